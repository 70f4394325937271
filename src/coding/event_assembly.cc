#include "src/coding/event_assembly.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <tuple>

#include "src/coding/code_refinement.h"

namespace dyad::coding {
namespace {

std::string_view Slice(const std::string& text, const Span& span) {
  return std::string_view(text).substr(span.begin, span.size());
}

// Gives `event` the CAMEO code `code` and what follows from it: name,
// root, quad class, Goldstein value, PLOVER type and mode.
void SetCode(const CameoCode& code, Event* event) {
  event->cameo = code.code;
  event->cameo_name = code.name;
  event->root = code.root;
  event->quad_class = code.quad_class;
  event->goldstein = code.goldstein;
  event->plover_type = code.plover_type;
  event->plover_mode = code.plover_mode;
}

// Prepositions whose object can be an event's target ("talks with",
// "sanctions against", "a visit to", "strikes on").
bool IsTargetPrep(std::string_view p) {
  return p == "with" || p == "to" || p == "against" || p == "on" || p == "at" ||
         p == "toward" || p == "towards" || p == "into" || p == "from" ||
         p == "for" || p == "over" || p == "upon" || p == "between";
}

// Per clause: the pattern it matched, if any.
struct ClauseMatch {
  std::optional<PatternMatch> match;
  // The code the clause reports: the pattern's, or the intent to do it
  // ("willing to hold talks" is 036, not 040).
  std::string code;
  bool intent = false;  // `code` was turned into an intent
};

class SentenceCoder {
 public:
  // `matcher` is reset to the sentence.
  SentenceCoder(const SentenceInput& input, const CodingContext& context,
                const std::vector<Event>& earlier, SentenceMatcher* matcher)
      : in_(input),
        cx_(context),
        earlier_(earlier),
        clauses_(input.syntax->clauses),
        matcher_(*matcher) {
    matcher_.Reset(*input.sentence, *input.words, PhrasesOf(input));
  }

  std::vector<Event> Run() {
    AddDictionaryNouns();
    FindAccordingTo();
    matches_.resize(clauses_.size());
    for (size_t i = 0; i < clauses_.size(); ++i) MatchClause(i);
    AddCoordinatedObjects();
    // In text order, so that "after a US missile attack ..., Medvedev said
    // the strikes were illegal" knows the attack when it reads the strikes.
    std::vector<size_t> order(clauses_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return clauses_[a].predicate.head < clauses_[b].predicate.head;
    });
    std::vector<Event> events;
    for (size_t i : order) EmitClause(i, &events);
    EmitSpeakerTag(&events);
    if (!denials_.empty()) {
      const CameoCode* deny = cx_.cameo->Find("016");
      for (Event& e : events) {
        if (deny == nullptr || e.cameo != "010" ||
            std::find(denials_.begin(), denials_.end(), e.source.code) ==
                denials_.end()) {
          continue;
        }
        SetCode(*deny, &e);
      }
    }
    MergeStanceIntoStatement(&events);
    FoldPurposeIntoProtest(&events);
    return events;
  }

 private:
  // Every noun phrase the analysis found, and every actor mention: the
  // units a pattern's `+` and words can match.
  static std::vector<TokenRange> PhrasesOf(const SentenceInput& in) {
    std::vector<TokenRange> phrases;
    for (const Clause& c : in.syntax->clauses) {
      for (const Constituent& o : c.objects) phrases.push_back(RangeOf(o));
      for (const PrepPhrase& p : c.preps) phrases.push_back(RangeOf(p.object));
      for (const Constituent& s : c.subjects) phrases.push_back(RangeOf(s));
    }
    for (const ActorMention* m : in.actors) {
      phrases.push_back({m->token_begin, m->token_end});
    }
    return phrases;
  }

  // An event noun of the dictionary that the analysis did not take as a
  // predicate ("joint military exercises", "a tip-off") becomes a clause of
  // its own, hung from the clause whose object holds it, so that its
  // patterns are tried: only nouns written as nouns (`n:`) or with words
  // before them (`joint [exercise]`), which cannot be mistaken for verbs.
  void AddDictionaryNouns() {
    const auto& tokens = in_.sentence->tokens;
    const size_t analysed = clauses_.size();
    for (uint32_t t = 0; t < tokens.size(); ++t) {
      if (tokens[t].kind != TokenKind::kWord) continue;
      const std::string& lemma = NounForm(*in_.sentence, *in_.words, t);
      if (!cx_.verbs->HasNounPattern(lemma)) continue;
      bool taken = false;
      for (size_t k = 0; k < analysed && !taken; ++k) {
        taken = clauses_[k].predicate.head == t;
      }
      if (taken) continue;
      Clause c;
      c.predicate.words = {t, t + 1, t, tokens[t].span};
      c.predicate.head = t;
      c.predicate.lemma = lemma;
      c.predicate.is_noun = true;
      c.relation = "nominal";
      for (size_t k = 0; k < analysed; ++k) {
        for (const Constituent& o : clauses_[k].objects) {
          if (t >= o.token_begin && t < o.token_end) {
            c.parent = static_cast<uint32_t>(k);
          }
        }
      }
      if (c.parent) {
        clauses_[*c.parent].embedded.push_back(
            static_cast<uint32_t>(clauses_.size()));
      }
      clauses_.push_back(std::move(c));
    }
  }

  // "..., according to the Kremlin": the sentence's events are reported by
  // the actor named there, whichever clause the analysis hung it from.
  void FindAccordingTo() {
    const auto& tokens = in_.sentence->tokens;
    for (size_t t = 0; t + 2 < tokens.size(); ++t) {
      if (Word(t) != "according" || Word(t + 1) != "to") {
        continue;
      }
      for (const ActorMention* m : in_.actors) {
        if (m->token_begin >= t + 2 && m->token_begin <= t + 4 &&
            !m->code.empty()) {
          according_to_ = m;
          return;
        }
      }
    }
    FindSpeakerTag();
  }

  // "Russia has massed troops near the border, US officials said on
  // Friday.": a speaker tag after the last comma, whichever way the
  // analysis read it. Its speaker reports the sentence's other events and
  // makes a statement of its own (EmitSpeakerTag).
  void FindSpeakerTag() {
    const auto& tokens = in_.sentence->tokens;
    size_t comma = tokens.size();
    for (size_t t = tokens.size(); t-- > 0;) {
      if (Word(t) == ",") {
        comma = t;
        break;
      }
    }
    if (comma == tokens.size() || comma == 0) return;
    for (size_t t = comma + 1; t < tokens.size() && t <= comma + 9; ++t) {
      std::string_view f = Word(t);
      if (f != "said" && f != "says" && f != "told" && f != "added" &&
          f != "announced" && f != "stated") {
        continue;
      }
      // A tag ends the sentence: "..., officials said on Friday." — not
      // "After the attack, Medvedev said the strikes were illegal."
      if (tokens.size() - t > 8) return;
      // "..., US officials said" or "..., said Mr Comey".
      for (const ActorMention* m : in_.actors) {
        if (m->code.empty()) continue;
        bool before = m->token_begin > comma && m->token_end <= t;
        // "said Mr Comey", but "told BBC Sport" names the listener.
        bool after = m->token_begin == t + 1 && f != "told";
        if (before || after) {
          according_to_ = m;
          tag_verb_ = static_cast<uint32_t>(t);
          tag_comma_ = static_cast<uint32_t>(comma);
          return;
        }
      }
      return;
    }
  }

  // The statement of a speaker tag's speaker, unless a clause made it.
  void EmitSpeakerTag(std::vector<Event>* out) const {
    if (!tag_verb_ || according_to_ == nullptr) return;
    const ActorMention& who = *according_to_;
    for (const Event& e : *out) {
      if (e.cameo == "010" && SameActor(e.source.code, who.code)) return;
    }
    const CameoCode* code = cx_.cameo->Find("010");
    const auto& patterns = cx_.verbs->ForHead("say");
    if (code == nullptr) return;
    const Token& verb = in_.sentence->tokens[*tag_verb_];
    Event e;
    e.doc_id = in_.document->id;
    Span span{std::min(who.span.begin, verb.span.begin),
              std::max(who.span.end, verb.span.end)};
    span.end = std::max(span.end, in_.sentence->span.end);
    // Dated by the tag's own words ("..., officials said on Friday").
    std::vector<Timex> own;
    const uint32_t comma_end = in_.sentence->tokens[tag_comma_].span.end;
    for (const Timex& t : in_.times) {
      if (t.span.begin >= comma_end) own.push_back(t);
    }
    if (auto date = DateEvent(own, span, in_.document->published)) {
      e.date = date->date;
      e.date_basis = date->basis;
    }
    auto source = ActorOf(who, e.date);
    if (!source) return;
    e.source = std::move(*source);
    SetCode(*code, &e);
    EventMention m;
    m.sentence_index = in_.sentence->index;
    m.sentence = std::string(Slice(in_.document->text, in_.sentence->span));
    m.verb_text = std::string(Slice(in_.document->text, verb.span));
    m.verb_lemma = "say";
    m.verb_span = verb.span;
    m.pattern = patterns.empty() ? "say" : patterns.back()->text;
    m.parser = BackendName(in_.syntax->backend);
    e.mentions.push_back(std::move(m));
    e.event_id = MakeEventId(e);
    out->push_back(std::move(e));
  }

  void MatchClause(size_t i) {
    const Clause& c = clauses_[i];
    const Predicate& p = c.predicate;
    const auto& patterns = cx_.verbs->ForHead(p.lemma);
    if (patterns.empty()) {
      MatchModalVerb(i);
      return;
    }
    std::optional<TokenRange> logical_object, agent;
    if (p.voice == Voice::kPassive) {
      if (!c.objects.empty()) logical_object = RangeOf(c.objects.front());
      for (const PrepPhrase& pp : c.preps) {
        if (pp.prep != "by") continue;
        TokenRange r = RangeOf(pp.object);
        if (r.begin > 0 && Word(r.begin - 1) == "by") {
          --r.begin;
        }
        agent = r;
        break;
      }
    }
    matches_[i].match =
        matcher_.Match(patterns, cx_.verbs->WordIndexForHead(p.lemma),
                       p.is_noun, p.head, logical_object, agent);
    if (!matches_[i].match) {
      MatchModalVerb(i);
      return;
    }
    matches_[i].code = matches_[i].match->pattern->code;
    ApplyModal(i);
  }

  // The code of matched clause `i` under its modal words: "ready to send
  // troops", "pledged to send" are the intent to, "threatened to ban" the
  // threat of; what one wants to do is no deed.
  void ApplyModal(size_t i) {
    const Predicate& p = clauses_[i].predicate;
    if (IsReadyTo(*in_.sentence, p.head) || IsIntentModal(p.modal)) {
      if (const char* intent = IntentCode(matches_[i].code)) {
        matches_[i].code = intent;
        matches_[i].intent = true;
      }
    } else if (p.modal.find("threaten") != std::string::npos) {
      if (const char* threat = ThreatCode(matches_[i].code)) {
        matches_[i].code = threat;
      }
    } else if (IsWishModal(p.modal)) {
      // "wants to hold talks" is the intent to; "aiming to expel 10,000
      // people a week" no deed.
      if (const char* intent = IntentCode(matches_[i].code)) {
        matches_[i].code = intent;
        matches_[i].intent = true;
      } else {
        matches_[i].match.reset();
      }
    }
  }

  // "offered condolences and assistance", "would resume military aid and
  // intelligence sharing": the first or the last of a clause's coordinated
  // objects that makes the clause match another code, read without the
  // others, is a clause of its own with that object alone.
  void AddCoordinatedObjects() {
    const size_t analysed = clauses_.size();
    for (size_t i = 0; i < analysed; ++i) {
      if (!matches_[i].match || clauses_[i].predicate.is_noun ||
          clauses_[i].predicate.voice != Voice::kActive) {
        continue;
      }
      // A copy: clauses_ grows below.
      const std::vector<Constituent> objects = clauses_[i].objects;
      const size_t n = objects.size();
      if (n < 2) continue;
      bool coordinated = true;
      for (size_t j = 1; j < n; ++j) {
        coordinated = coordinated && Conjoined(objects[j - 1].token_end,
                                               objects[j].token_begin);
      }
      if (!coordinated) continue;
      std::vector<std::string> codes = {matches_[i].code,
                                        matches_[i].match->pattern->code};
      for (size_t j : {size_t{0}, n - 1}) {
        // The frame steps over the other objects.
        const TokenRange others =
            j == 0 ? TokenRange{objects[0].token_end, objects[n - 1].token_end}
                   : TokenRange{objects[0].token_begin, objects[j].token_begin};
        const uint32_t head = clauses_[i].predicate.head;
        const std::string& lemma = clauses_[i].predicate.lemma;
        auto match = matcher_.Match(cx_.verbs->ForHead(lemma),
                                    cx_.verbs->WordIndexForHead(lemma), false,
                                    head, std::nullopt, others);
        if (!match || std::find(codes.begin(), codes.end(),
                                match->pattern->code) != codes.end()) {
          continue;
        }
        codes.push_back(match->pattern->code);
        Clause conjunct = clauses_[i];
        conjunct.objects = {objects[j]};
        conjunct.embedded.clear();
        clauses_.push_back(std::move(conjunct));
        ClauseMatch m;
        m.match = match;
        m.code = match->pattern->code;
        matches_.push_back(std::move(m));
        ApplyModal(clauses_.size() - 1);
      }
    }
  }

  // True iff tokens [end, begin) join two coordinated phrases: "and", a
  // comma, or a comma and "and".
  bool Conjoined(uint32_t end, uint32_t begin) const {
    if (end >= begin) return false;
    bool joined = false;
    for (uint32_t t = end; t < begin; ++t) {
      std::string_view f = Word(t);
      if (f == "and") {
        joined = true;
      } else if (f != ",") {
        return false;
      }
    }
    return joined;
  }

  // "threatened to retaliate against Israel", "refused to comment": when
  // the deed folded under a modal verb matches nothing of its own, the
  // modal verb's patterns that spell out a deed (a content word after
  // their head: `threaten * to retaliate against +`, `refuse to comment`)
  // are tried from the modal verb on. A bare `hope` or `threaten` would
  // code every hope or threat of anything.
  void MatchModalVerb(size_t i) {
    const Predicate& p = clauses_[i].predicate;
    if (p.modal.empty() || p.is_noun) return;
    for (uint32_t t = p.words.token_begin; t < p.head; ++t) {
      std::string_view lemma = in_.words->verb_lemma[t];
      if (lemma.empty() || lemma == "be" || lemma == "have") continue;
      const auto& patterns = cx_.verbs->ForHead(lemma);
      if (patterns.empty()) continue;
      std::vector<const VerbPattern*> spelt_out;
      for (const VerbPattern* pattern : patterns) {
        if (NamesContentWord(*pattern)) spelt_out.push_back(pattern);
      }
      matches_[i].match =
          matcher_.Match(spelt_out, PatternWordIndex::Of(spelt_out), false, t,
                         std::nullopt, std::nullopt);
      if (matches_[i].match) {
        matches_[i].code = matches_[i].match->pattern->code;
        return;
      }
    }
  }

  // True iff `pattern` names a word after its head other than a
  // preposition or particle: "comment" in `refuse to comment`.
  static bool NamesContentWord(const VerbPattern& pattern) {
    return std::any_of(pattern.after.begin(), pattern.after.end(),
                       [](const PatternItem& item) {
                         return item.kind == PatternItem::Kind::kWord &&
                                !IsFunctionWord(item.word);
                       });
  }

  // True iff `m`, after `last` and a comma, starts the rest of a list of
  // actors like `last` (same kind and role) that a final "and" closes.
  bool ListEndsInAnd(const ActorMention* m, const ActorMention* last) const {
    auto like = [&](const ActorMention* a) {
      return a->kind == last->kind && !a->country.empty() &&
             !last->country.empty() &&
             a->code.substr(a->country.size()) ==
                 last->code.substr(last->country.size());
    };
    const ActorMention* prev = m;
    if (!like(m)) return false;
    for (const ActorMention* n : in_.actors) {
      if (n->token_begin < prev->token_end || n->code.empty()) continue;
      if (n->token_begin != prev->token_end + 1 || !like(n)) return false;
      std::string_view between = Word(prev->token_end);
      if (between == "and") return true;
      if (between != ",") return false;
      prev = n;
    }
    return false;
  }

  // The actors of a phrase: the first mention that starts in it, and those
  // coordinated with it ("Russia and China", "Blinken and Lavrov", even
  // past the phrase's end when the analysis cut it short); mentions of one
  // plural reference ("the two presidents") share a range and all count.
  std::vector<const ActorMention*> ActorsIn(TokenRange r) const {
    std::vector<const ActorMention*> found;
    const auto& tokens = in_.sentence->tokens;
    for (const ActorMention* m : in_.actors) {
      if (m->code.empty()) continue;
      if (found.empty()) {
        // Or one the analysis cut the phrase's start from ("Janjaweed
        // militias" read as "militias").
        if ((m->token_begin >= r.begin && m->token_begin < r.end) ||
            (m->token_begin < r.begin && m->token_end > r.begin)) {
          found.push_back(m);
        }
        continue;
      }
      // "Iran's Revolutionary Guards", "Syria's Assad": the country's own
      // body or person that the phrase is about, not the country; so for
      // a person in apposition ("Iran's supreme leader, Ayatollah Ali
      // Khamenei, accused ...").
      const bool possessive = found.size() == 1 &&
                              found.front()->kind == ActorKind::kCountry &&
                              m->country == found.front()->country &&
                              found.front()->token_end < tokens.size() &&
                              Word(found.front()->token_end) == "'s";
      const bool adjacent = m->token_begin == found.front()->token_end + 1 &&
                            m->token_begin < r.end;
      const bool apposition = m->kind == ActorKind::kPerson &&
                              r.end < tokens.size() && Word(r.end) == "," &&
                              m->token_begin == r.end + 1;
      if (possessive && (adjacent || apposition)) {
        found.front() = m;
        continue;
      }
      if (Describes(*found.back(), *m, r) ||
          (found.size() == 1 && IsBacker(*found.front()) &&
           m->token_end <= r.end)) {
        found.back() = m;
        continue;
      }
      const ActorMention* last = found.back();
      if (m->token_begin == last->token_begin) {
        found.push_back(m);
        continue;
      }
      if (m->token_begin < last->token_end) continue;  // "his" in a name
      const bool past_end = m->token_begin >= r.end;
      // Past the phrase, a comma joins a list of like actors that ends in
      // "and" ("the leaders of India, Indonesia, Sri Lanka and Thailand").
      const bool alike = past_end && ListEndsInAnd(m, last);
      bool coordinated = false, other = false;
      for (uint32_t t = last->token_end; t < m->token_begin; ++t) {
        std::string_view f = Word(t);
        if (f == "and" || f == "&" || (f == "," && (!past_end || alike))) {
          coordinated = true;
        } else if (f != "the" && f != "both") {
          other = true;
        }
      }
      // Inside the phrase a mention after "and" or a comma counts; past
      // it, only one right after "and".
      if (coordinated && !other) {
        found.push_back(m);
      } else if (m->token_begin >= r.end) {
        break;
      }
    }
    // "hundreds of thousands of protesters", "a group of soldiers": the
    // actor follows the quantity.
    if (found.empty() && r.end + 1 < tokens.size() && Word(r.end) == "of") {
      static const char* const kQuantities[] = {
          "hundreds", "thousands", "dozens", "millions",  "tens",
          "scores",   "group",     "crowd",  "crowds",    "number",
          "band",     "unit",      "units",  "contingent"};
      std::string_view head = Word(r.end - 1);
      if (std::find(std::begin(kQuantities), std::end(kQuantities), head) !=
          std::end(kQuantities)) {
        uint32_t from = r.end + 1;
        while (from < tokens.size() && from < r.end + 4 &&
               (Word(from) == "thousands" || Word(from) == "of" ||
                Word(from) == "the")) {
          ++from;
        }
        // Past words that qualify the actor: "hundreds of thousands of
        // undocumented Afghan migrants".
        uint32_t at = from;
        while (at < tokens.size() && at < from + 2 && !StartsMention(at) &&
               tokens[at].kind == TokenKind::kWord && !IsTargetPrep(Word(at)) &&
               Word(at) != "of" && Word(at) != "and" && Word(at) != "in" &&
               Word(at) != "who") {
          ++at;
        }
        return ActorsIn({at, at + 1});
      }
    }
    return found;
  }

  // Where the first relative clause after token `head` that tells of an
  // event noun begins (its "that" or "which"), else the sentence's end:
  // what it tells ("the air strike that killed seven aid workers") is
  // another happening, not whom the clause's event is meant for ("deal
  // with anyone who joined the protests" is).
  uint32_t RelativeAfter(uint32_t head) const {
    const auto& tokens = in_.sentence->tokens;
    uint32_t end = static_cast<uint32_t>(tokens.size());
    for (const Clause& r : clauses_) {
      if (r.relation != "relative" || r.predicate.head <= head) continue;
      for (uint32_t t = r.predicate.head; t-- > head + 2;) {
        std::string_view f = Word(t);
        if (f != "that" && f != "which") continue;
        const bool of_event =
            std::any_of(clauses_.begin(), clauses_.end(), [&](const Clause& n) {
              return n.predicate.is_noun && n.predicate.head == t - 1;
            });
        if (of_event) end = std::min(end, t);
        break;
      }
    }
    return end;
  }

  // True iff the tokens `r` lie within one of the sentence's time
  // expressions ("Monday", "last week").
  bool IsTime(TokenRange r) const {
    if (r.begin >= r.end) return false;
    const auto& tokens = in_.sentence->tokens;
    const Span span{tokens[r.begin].span.begin, tokens[r.end - 1].span.end};
    return std::any_of(in_.times.begin(), in_.times.end(), [&](const Timex& t) {
      return t.span.begin <= span.begin && span.end <= t.span.end;
    });
  }

  // True iff `first`, a demonym, a country or a region (or a role they
  // qualify), describes the body or group `named` after it in the phrase
  // `r` (or past it, when `first` is), with only lower-case words between:
  // "the Lebanese group Hezbollah", "the West African bloc ECOWAS", "the
  // Palestinian militant group Hamas".
  bool Describes(const ActorMention& first, const ActorMention& named,
                 TokenRange r) const {
    if (first.kind == ActorKind::kPerson ||
        first.kind == ActorKind::kOrganisation ||
        first.kind == ActorKind::kGroup ||
        (named.kind != ActorKind::kOrganisation &&
         named.kind != ActorKind::kGroup) ||
        named.token_begin <= first.token_end ||
        (named.token_end > r.end && first.token_begin < r.end)) {
      return false;
    }
    const auto& tokens = in_.sentence->tokens;
    for (uint32_t t = first.token_end; t < named.token_begin; ++t) {
      std::string_view word = Slice(in_.document->text, tokens[t].span);
      std::string_view f = Word(t);
      if (tokens[t].kind != TokenKind::kWord || word.empty() ||
          !std::islower(static_cast<unsigned char>(word.front())) ||
          f == "and" || f == "or" || f == "of" || IsTargetPrep(f)) {
        return false;
      }
    }
    return true;
  }

  // True iff clause `c` has a subject of its own other than a pronoun
  // ("a suicide bomber", not "it" or "they").
  bool NamesSomeoneElse(const Clause& c) const {
    return std::any_of(
        c.subjects.begin(), c.subjects.end(), [&](const Constituent& s) {
          if (s.token_end != s.token_begin + 1) return true;
          std::string_view f = Word(s.token_begin);
          return f != "it" && f != "they" && f != "he" && f != "she" &&
                 f != "we" && f != "i" && f != "this";
        });
  }

  // True iff `m` names who backs, drafts, brokers or holds what the noun
  // after it names ("a US-backed plan", "a US-drafted resolution",
  // "Houthi-controlled areas"): the other side of an event done to that
  // only when no one else is named.
  bool IsBacker(const ActorMention& m) const {
    static const char* const kSuffixes[] = {
        "backed",    "drafted",  "sponsored",  "brokered",
        "supported", "proposed", "controlled", "held"};
    const auto& tokens = in_.sentence->tokens;
    const uint32_t e = m.token_end;
    return e + 1 < tokens.size() && Word(e) == "-" &&
           std::find(std::begin(kSuffixes), std::end(kSuffixes), Word(e + 1)) !=
               std::end(kSuffixes);
  }

  // True iff `actors` are all backers (IsBacker).
  bool AllBackers(const std::vector<const ActorMention*>& actors) const {
    return !actors.empty() &&
           std::all_of(actors.begin(), actors.end(),
                       [&](const ActorMention* m) { return IsBacker(*m); });
  }

  // True iff `r` is one of the pronouns "it", "them", "him" or "her".
  bool IsPronoun(TokenRange r) const {
    if (r.end != r.begin + 1) return false;
    std::string_view f = Word(r.begin);
    return f == "it" || f == "them" || f == "him" || f == "her";
  }

  // True iff an actor mention starts at token `t`.
  bool StartsMention(uint32_t t) const {
    return std::any_of(in_.actors.begin(), in_.actors.end(),
                       [&](const ActorMention* m) {
                         return m->token_begin == t && !m->code.empty();
                       });
  }

  std::vector<const ActorMention*> Sources(size_t i, int depth = 0) const {
    const Clause& c = clauses_[i];
    std::vector<const ActorMention*> sources;
    // "a Security Council resolution demanding a ceasefire", "a draft
    // resolution describing the settlements as illegal": a text does not
    // act, and the body named in it is not the clause's subject; nor are
    // the events its clause names ("a resolution authorising a no-fly
    // zone").
    if (c.predicate.voice == Voice::kActive && !c.subjects.empty() &&
        std::all_of(c.subjects.begin(), c.subjects.end(),
                    [&](const Constituent& s) { return IsText(s.head); })) {
      return sources;
    }
    const auto& tokens = in_.sentence->tokens;
    for (const Constituent& s : c.subjects) {
      auto found = ActorsIn(RangeOf(s));
      // "a suicide bomber from the Pakistani Taliban", "a delegation from
      // China": a subject that names no actor is the one it comes from.
      uint32_t from = s.token_end;
      if (found.empty() && from + 1 < tokens.size() && Word(from) == "from") {
        ++from;
        if (Word(from) == "the") ++from;
        if (StartsMention(from)) found = ActorsIn({from, from + 1});
      }
      for (const ActorMention* m : found) sources.push_back(m);
    }
    // "an attack blamed on Assad's government": when the analysis has not
    // made the "on" phrase the agent, it is.
    if (sources.empty() && c.predicate.voice == Voice::kPassive &&
        (c.predicate.lemma == "blame" || c.predicate.lemma == "pin")) {
      for (const PrepPhrase& pp : c.preps) {
        if (pp.prep == "on") {
          for (const ActorMention* m : ActorsIn(RangeOf(pp.object))) {
            sources.push_back(m);
          }
        }
      }
    }
    if (!sources.empty() || !c.parent || depth > 4) return sources;
    const Clause& parent = clauses_[*c.parent];
    if (c.predicate.is_noun) {
      // "Trump ordered the strike": the strike is Trump's, whichever clause
      // the analysis hung it from; "an attack blamed on Assad's
      // government": the attack is the government's.
      for (size_t k = 0; k < clauses_.size(); ++k) {
        if (k == i || clauses_[k].predicate.is_noun) continue;
        for (const Constituent& o : clauses_[k].objects) {
          if (c.predicate.head >= o.token_begin &&
              c.predicate.head < o.token_end) {
            return Sources(k, depth + 1);
          }
        }
      }
      if (parent.predicate.voice == Voice::kPassive &&
          parent.predicate.head > c.predicate.head) {
        return Sources(*c.parent, depth + 1);
      }
      // "the Syrian government was responsible for a sarin attack".
      for (size_t k = 0; k < clauses_.size(); ++k) {
        const Clause& r = clauses_[k];
        bool responsible = std::any_of(r.objects.begin(), r.objects.end(),
                                       [&](const Constituent& o) {
                                         return Word(o.head) == "responsible";
                                       });
        if (!responsible) continue;
        for (const PrepPhrase& pp : r.preps) {
          if (pp.prep == "for" && c.predicate.head >= pp.object.token_begin &&
              c.predicate.head < pp.object.token_end) {
            return Sources(k, depth + 1);
          }
        }
      }
      return sources;
    }
    // A verb clause without a subject of its own (and not a passive, whose
    // agent is simply unsaid) inherits its parent's: "refused to put",
    // "will speak ... to discuss", "said it would"; what is said of someone
    // else ("Police said a suicide bomber blew himself up") is not the
    // speaker's deed.
    if (c.predicate.voice == Voice::kActive &&
        (c.relation == "purpose" || c.relation == "coordinate" ||
         c.relation == "complement") &&
        !(c.relation == "complement" && NamesSomeoneElse(c))) {
      return Sources(*c.parent, depth + 1);
    }
    return sources;
  }

  // True iff `m` is the armed forces of a state among `sources` ("Turkey
  // sent troops to its border with Syria", "Serbia put its army on alert",
  // "delivered fighter jets to Ukraine"): what the state acts with, not
  // the other side.
  static bool IsOwnForce(const ActorMention& m,
                         const std::vector<const ActorMention*>& sources) {
    if (m.country.empty() || m.code != m.country + "MIL") return false;
    return std::any_of(
        sources.begin(), sources.end(), [&](const ActorMention* s) {
          return s->country == m.country &&
                 (s->code == s->country || s->code == s->country + "GOV");
        });
  }

  // True iff the predicate at `head` is what someone "stopped short of" or
  // "fell short of" doing: it did not happen.
  bool StoppedShortOf(uint32_t head) const {
    if (head < 3 || Word(head - 1) != "of" || Word(head - 2) != "short") {
      return false;
    }
    std::string_view verb = in_.words->verb_lemma[head - 3];
    return verb == "stop" || verb == "fall";
  }

  // True iff an actor stands right before the event noun at `head`, within
  // its phrase: "a US missile attack", "Saturday's Russian strikes".
  // Only actors from token `from` on count ("helicopters dropped barrel
  // bombs" names no side of the bombs after the verb).
  bool OwnSideNamed(uint32_t head, uint32_t from = 0) const {
    const auto& tokens = in_.sentence->tokens;
    for (const ActorMention* m : in_.actors) {
      if (m->code.empty() || m->token_begin < from || m->token_end > head ||
          head - m->token_end > 3) {
        continue;
      }
      bool within = true;
      for (uint32_t t = m->token_end; t < head; ++t) {
        if (tokens[t].kind != TokenKind::kWord || IsTargetPrep(Word(t)) ||
            Word(t) == "of" || Word(t) == "by") {
          within = false;
        }
      }
      if (within) return true;
    }
    return false;
  }

  // True iff clause `c` embeds nothing said (no complement clause).
  bool SaysNothing(const Clause& c) const {
    return std::none_of(c.embedded.begin(), c.embedded.end(), [&](uint32_t k) {
      return k < clauses_.size() && clauses_[k].relation == "complement";
    });
  }

  // True iff `sources` name two different actors.
  static bool TwoSidesOrMore(const std::vector<const ActorMention*>& sources) {
    return std::any_of(sources.begin(), sources.end(),
                       [&](const ActorMention* s) {
                         return s->code != sources.front()->code;
                       });
  }

  // True iff time expression `t` is a possessive before a noun
  // ("Saturday's vetoes").
  bool QualifiesNoun(const Timex& t) const {
    for (const Token& token : in_.sentence->tokens) {
      if (token.span.begin >= t.span.end) return token.folded == "'s";
    }
    return false;
  }

  // True iff token `t` is a noun naming a text that others adopt or
  // reject: a resolution, a draft, a motion, a bill.
  bool IsText(uint32_t t) const {
    static const char* const kTexts[] = {"resolution", "draft", "motion",
                                         "bill", "decree"};
    std::string_view lemma = NounForm(*in_.sentence, *in_.words, t);
    return std::find(std::begin(kTexts), std::end(kTexts), lemma) !=
           std::end(kTexts);
  }

  std::vector<const ActorMention*> Targets(
      size_t i, const PatternMatch& match,
      const std::vector<const ActorMention*>& sources, int depth = 0) const {
    const Clause& c = clauses_[i];
    // "fired tear gas on Monday at protesters": a time expression in the
    // `+` slot names no side; the other side is sought as for a pattern
    // without one.
    if (match.target && !IsTime(*match.target)) {
      auto found = SlotActors(c, *match.target);
      std::erase_if(found, [&](const ActorMention* m) {
        return IsOwnForce(*m, sources);
      });
      // "filed a lawsuit against Myanmar ..., accusing it of genocide": a
      // pronoun in the slot of a participle clause stands for the other
      // side of the clause it comments on.
      if (found.empty() && IsPronoun(*match.target) &&
          c.relation == "adverbial" && c.parent && depth < 4 &&
          matches_[*c.parent].match) {
        return Targets(*c.parent, *matches_[*c.parent].match, sources,
                       depth + 1);
      }
      // "vetoed a US-drafted resolution at the UN": the body named after
      // it, rather than the text's backer.
      if (AllBackers(found)) {
        // "food deliveries to Houthi-controlled areas of northern Yemen".
        if (const PrepPhrase* of = OfPhraseAfter(c, *match.target)) {
          auto other = ActorsIn(RangeOf(of->object));
          if (!other.empty() && !AllBackers(other)) return other;
        }
        // The last such phrase: one before it qualifies the text itself
        // ("a US-backed resolution on Syria at the UN": the UN).
        std::vector<const ActorMention*> named;
        uint32_t latest = 0;
        for (const PrepPhrase& pp : c.preps) {
          if (!IsTargetPrep(pp.prep) ||
              pp.object.token_begin < match.target->end ||
              pp.object.token_begin < latest) {
            continue;
          }
          auto other = ActorsIn(RangeOf(pp.object));
          if (!other.empty() && !AllBackers(other)) {
            named = std::move(other);
            latest = pp.object.token_begin;
          }
        }
        if (!named.empty()) return named;
        for (uint32_t k : c.embedded) {
          if (k >= clauses_.size() || k == i) continue;
          if (!CarriesOtherSide(clauses_[k].relation)) continue;
          auto other = OtherSide(k, sources, 1);
          if (!other.empty() && !AllBackers(other)) return other;
        }
      }
      return found;
    }
    if (match.pattern->speech) return {};
    // "will speak with Putin ... to discuss": the purpose shares the
    // event's other side.
    if (c.relation == "purpose" && c.parent && depth < 4 &&
        matches_[*c.parent].match) {
      auto inherited =
          Targets(*c.parent, *matches_[*c.parent].match, sources, depth + 1);
      if (!inherited.empty()) return inherited;
    }
    // A reciprocal verb without a `+` ("the two presidents discussed")
    // takes its other side from its subjects, never from its topic.
    if (match.pattern->reciprocal) return {};

    return OtherSide(i, sources, 0);
  }

  // The first object, else prepositional object, of clause `i`, else of
  // what it intends (its complement and purpose clauses: "Poland offered to
  // host a US base"), that names an actor other than the sources and
  // other than a possessive pronoun ("his condolences").
  std::vector<const ActorMention*> OtherSide(
      size_t i, const std::vector<const ActorMention*>& sources,
      int depth) const {
    const Clause& c = clauses_[i];
    auto usable = [&](TokenRange r) {
      std::vector<const ActorMention*> found;
      for (const ActorMention* m : ActorsIn(r)) {
        std::string_view f = Word(m->token_begin);
        if (m->token_end - m->token_begin == 1 &&
            (f == "his" || f == "her" || f == "its" || f == "their")) {
          continue;
        }
        bool is_source = std::any_of(
            sources.begin(), sources.end(),
            [&](const ActorMention* s) { return s->code == m->code; });
        if (!is_source && !IsOwnForce(*m, sources)) found.push_back(m);
      }
      return found;
    };
    std::vector<const ActorMention*> backers;  // the answer if no other
    // Backers are kept for last; the territory they hold is its country
    // ("aid to Houthi-controlled areas of Yemen").
    auto better = [&](std::vector<const ActorMention*> found,
                      std::optional<TokenRange> phrase = std::nullopt) {
      if (AllBackers(found)) {
        if (phrase) {
          if (const PrepPhrase* of = OfPhraseAfter(c, *phrase)) {
            auto held = usable(RangeOf(of->object));
            if (!held.empty() && !AllBackers(held)) return held;
          }
        }
        if (backers.empty()) backers = std::move(found);
        return std::vector<const ActorMention*>{};
      }
      return found;
    };
    for (const Constituent& o : c.objects) {
      auto found = usable(RangeOf(o));
      // "expanded the rights of Saudi women", "ended the censorship of
      // newspapers": an object that names no actor is about the people or
      // the body its "of" phrase names; a country or a place there says
      // where ("rebel-held areas of Syria").
      if (found.empty()) {
        if (const PrepPhrase* of = OfPhraseAfter(c, RangeOf(o))) {
          found = usable(RangeOf(of->object));
          std::erase_if(found, [](const ActorMention* m) {
            return m->kind == ActorKind::kCountry ||
                   m->kind == ActorKind::kPlace ||
                   m->kind == ActorKind::kDemonym;
          });
        }
      }
      found = better(std::move(found), RangeOf(o));
      if (!found.empty()) return found;
    }
    for (const PrepPhrase& pp : c.preps) {
      // "accept mediation by the African Union": in an active clause a
      // "by" phrase names the other side too.
      if (!IsTargetPrep(pp.prep) &&
          !(pp.prep == "by" && c.predicate.voice == Voice::kActive)) {
        continue;
      }
      auto found = better(usable(RangeOf(pp.object)), RangeOf(pp.object));
      if (!found.empty()) return found;
    }
    if (depth > 2) return backers;
    for (uint32_t k : c.embedded) {
      if (k >= clauses_.size() || k == i) continue;
      if (!CarriesOtherSide(clauses_[k].relation)) continue;
      auto found = better(OtherSide(k, sources, depth + 1));
      if (!found.empty()) return found;
    }
    return backers;
  }

  // True iff clause `said` is a verbal act (a statement, an appeal, an
  // offer, praise, a demand, a criticism, a rejection, a threat) and
  // clause `during` a consultation (a call, a meeting, a visit) it is the
  // purpose of: one says it there.
  bool SaidInConsultation(size_t said, size_t during) const {
    const std::string& code = matches_[said].code;
    const std::string& consultation = matches_[during].code;
    if (!matches_[said].match || code.empty() ||
        !consultation.starts_with("04")) {
      return false;
    }
    const std::string_view root = std::string_view(code).substr(0, 2);
    return root == "01" || root == "02" || root == "03" || root == "05" ||
           root == "10" || root == "11" || root == "12" || root == "13";
  }

  // True iff clause `c` stages events only in play: "simulating a
  // blockade", "rehearsed an attack".
  static bool Rehearses(const Clause& c) {
    std::string_view v = c.predicate.lemma;
    return !c.predicate.is_noun &&
           (v == "simulate" || v == "rehearse" || v == "practise" ||
            v == "practice" || v == "mimic");
  }

  // True iff clause `i` says what its noun does as a rule, not what
  // happened: a relative clause in the simple present ("newspapers that
  // criticise the government"), not a statement ("which says"), what is
  // going on ("who is visiting China") nor what is scheduled ("which
  // attends the G7 meeting on Friday").
  bool Habitual(size_t i) const {
    const Clause& c = clauses_[i];
    const Predicate& p = c.predicate;
    if (std::string_view(c.relation) != "relative" || p.is_noun ||
        p.tense != Tense::kPresent || !p.modal.empty() ||
        p.voice != Voice::kActive || matches_[i].code.starts_with("01") ||
        Slice(in_.document->text, p.words.span).ends_with("ing")) {
      return false;
    }
    // A time named after the verb, before the next comma, schedules it.
    const auto& tokens = in_.sentence->tokens;
    uint32_t end = in_.sentence->span.end;
    for (uint32_t t = p.head + 1; t < tokens.size(); ++t) {
      if (Word(t) == ",") {
        end = tokens[t].span.begin;
        break;
      }
    }
    return std::none_of(
        in_.times.begin(), in_.times.end(), [&](const Timex& t) {
          return t.span.begin >= p.words.span.end && t.span.end <= end;
        });
  }

  // True iff clause `i` is what another clause intends, asks, demands,
  // threatens or refuses ("offered to host", "urged Israel to halt",
  // "threatened to strike"): that clause's event is the one that happened.
  bool Subordinate(size_t i, int depth_left = 6) const {
    if (depth_left <= 0) return false;
    const Clause& self = clauses_[i];
    auto governs = [&](size_t k, bool noun) {
      const ClauseMatch& m = matches_[k];
      if (m.match->pattern->speech) return false;
      std::string_view root = std::string_view(m.code).substr(0, 2);
      // Intents, appeals, demands, refusals, threats; a denial or another
      // comment ("denied that it attacked", "praised Egypt's role in
      // brokering"); an accusation or a verdict ("accused Russia of
      // launching an invasion", "found him guilty of recruiting child
      // soldiers"), but not an event noun it condemns that names its own
      // side ("condemned a US missile attack") or is blamed on someone ("an
      // attack blamed on Assad's government"); for a noun, also what is
      // eased or ended ("lifted the sanctions"), what is investigated
      // ("investigating the air strike"), reductions ("suspended the
      // talks") and the means of a use of force ("dropped barrel bombs
      // filled with chlorine"); what is investigated or goes with a use of
      // force is an event when the noun names its own side ("investigating
      // a Russian air strike", "struck Gaza after Hamas rocket attacks").
      const bool judged =
          root == "11" &&
          !(noun && (OwnSideNamed(self.predicate.head) ||
                     clauses_[k].predicate.voice == Voice::kPassive));
      return root == "01" || root == "02" || root == "03" || root == "05" ||
             root == "10" || judged || root == "12" || root == "13" ||
             (noun && (root == "08" || root == "16")) ||
             (noun &&
              (root == "09" || root == "18" || root == "19" || root == "20") &&
              !OwnSideNamed(self.predicate.head,
                            clauses_[k].predicate.head + 1));
    };
    if (self.predicate.is_noun) {
      // An event noun that is what another clause asks, refuses or
      // suspends ("called for talks", "suspended peace talks").
      for (size_t k = 0; k < clauses_.size(); ++k) {
        // "simulating a blockade of the island's ports": an event staged
        // in play.
        if (k != i && Rehearses(clauses_[k]) &&
            std::any_of(clauses_[k].objects.begin(), clauses_[k].objects.end(),
                        [&](const Constituent& o) {
                          return self.predicate.head >= o.token_begin &&
                                 self.predicate.head < o.token_end;
                        })) {
          return true;
        }
        const auto& m = matches_[k].match;
        if (k == i || !m || clauses_[k].predicate.is_noun) continue;
        if (!governs(k, true) && !Subordinate(k, depth_left - 1)) {
          continue;
        }
        for (const Constituent& o : clauses_[k].objects) {
          if (self.predicate.head >= o.token_begin &&
              self.predicate.head < o.token_end) {
            return true;
          }
        }
      }
    }
    size_t child = i;
    std::optional<uint32_t> p = self.parent;
    for (int depth = 0; p && depth < 4; ++depth) {
      std::string_view relation = clauses_[child].relation;
      // "accused Russia of launching", "condemned them for killing",
      // "praised Egypt's role in brokering": a gerund after "of", "for" or
      // "in" is what the verb is about.
      const uint32_t head = clauses_[child].predicate.head;
      // "denied detaining her": a gerund right after the verb is its
      // object too.
      const bool gerund_object =
          relation == "adverbial" && head > 0 &&
          (Word(head - 1) == "of" || Word(head - 1) == "for" ||
           Word(head - 1) == "in" || head - 1 == clauses_[*p].predicate.head) &&
          Slice(in_.document->text, clauses_[child].predicate.words.span)
              .ends_with("ing");
      if (relation != "complement" && relation != "purpose" &&
          relation != "coordinate" && !gerund_object &&
          !(relation == "nominal" && depth == 0)) {
        return false;
      }
      if (matches_[*p].match) {
        // "telephoned Erdogan to offer condolences", "met Abbas to urge
        // restraint": what is said is said in the call or the meeting.
        if (relation == "purpose" && SaidInConsultation(child, *p)) {
          return Subordinate(*p, depth_left - 1);
        }
        // "allowed IAEA inspectors to visit the plant": what one allows
        // is allowed, not done.
        if (relation == "complement" && matches_[*p].code.starts_with("08") &&
            !clauses_[child].predicate.is_noun) {
          return true;
        }
        // What is intended includes its parts: "agreed to resume talks";
        // and what an event is done for is not done ("blocked roads in a
        // bid to force her to resign").
        return relation == "purpose" || governs(*p, relation == "nominal") ||
               Subordinate(*p, depth_left - 1);
      }
      child = *p;
      p = clauses_[*p].parent;
    }
    return false;
  }

  // True iff a clause embedded as `relation` may name the other side of
  // the clause it is embedded in: "agreed to talks with Iran", "will speak
  // with Putin ... to discuss".
  static bool CarriesOtherSide(std::string_view relation) {
    return relation == "complement" || relation == "purpose" ||
           relation == "coordinate" || relation == "nominal";
  }

  // The "of" phrase of clause `c` that follows `r` right away, or null.
  static const PrepPhrase* OfPhraseAfter(const Clause& c, TokenRange r) {
    for (const PrepPhrase& pp : c.preps) {
      if (pp.prep == "of" && pp.object.token_begin >= r.end &&
          pp.object.token_begin <= r.end + 1) {
        return &pp;
      }
    }
    return nullptr;
  }

  // The actors of the phrase in a pattern's `+` slot. A phrase without
  // one takes those of the "of"/"between"/"with" phrase after it ("links
  // between Trump's team and Russia", "the border with Ukraine"), else, when it
  // names a use of force ("the strikes"), the side that used it in the latest
  // such event.
  std::vector<const ActorMention*> SlotActors(const Clause& c,
                                              TokenRange slot) const {
    auto found = ActorsIn(slot);
    if (!found.empty()) return found;
    for (const PrepPhrase& pp : c.preps) {
      if ((pp.prep == "of" || pp.prep == "between" || pp.prep == "with") &&
          pp.object.token_begin >= slot.end &&
          pp.object.token_begin <= slot.end + 1) {
        found = ActorsIn(RangeOf(pp.object));
        if (!found.empty()) return found;
      }
    }
    return found;
  }

  // The first actor named after the predicate at `head` and before token
  // `end` that `accept` takes, other than the sources and the speaker of a
  // speaker tag.
  template <typename Accept>
  const ActorMention* ActorAfter(
      uint32_t head, uint32_t end,
      const std::vector<const ActorMention*>& sources, Accept accept) const {
    for (const ActorMention* m : in_.actors) {
      if (m->token_begin <= head || m->token_begin >= end) continue;
      if (m->code.empty() || !accept(*m)) continue;
      bool is_source = std::any_of(
          sources.begin(), sources.end(),
          [&](const ActorMention* s) { return SameActor(s->code, m->code); });
      if (!is_source && m != according_to_) return m;
    }
    return nullptr;
  }

  // The side that used force in the latest such event before this one, for
  // a `+` phrase that only names it.
  std::optional<EventActor> ForceUser(TokenRange slot,
                                      const std::vector<Event>& now) const {
    uint32_t last = slot.end;
    while (last > slot.begin &&
           in_.sentence->tokens[last - 1].kind != TokenKind::kWord) {
      --last;
    }
    if (last == slot.begin) return std::nullopt;
    std::string_view noun = in_.words->noun_lemma[last - 1];
    static const char* const kForceNouns[] = {
        "strike",  "airstrike", "attack",      "bombing",
        "raid",    "shelling",  "bombardment", "offensive",
        "assault", "invasion",  "incursion"};
    if (std::find(std::begin(kForceNouns), std::end(kForceNouns), noun) ==
        std::end(kForceNouns)) {
      return std::nullopt;
    }
    for (const std::vector<Event>* events : {&now, &earlier_}) {
      for (auto e = events->rbegin(); e != events->rend(); ++e) {
        if (e->root >= "18" && e->root <= "20") return e->source;
      }
    }
    return std::nullopt;
  }

  // The speaker of the nearest verb of saying whose complement holds this
  // clause ("Medvedev said [the strikes were illegal]"); an adverbial or a
  // relative clause of the saying is not what was said.
  const ActorMention* Speaker(size_t i) const {
    if (according_to_ != nullptr) {
      // Not for the tag's own verb.
      if (tag_verb_ && clauses_[i].predicate.head == *tag_verb_) return nullptr;
      return according_to_;
    }
    size_t child = i;
    std::optional<uint32_t> p = clauses_[i].parent;
    for (int depth = 0; p && depth < 6; ++depth) {
      std::string_view relation = clauses_[child].relation;
      if (relation != "complement" && relation != "coordinate" &&
          relation != "purpose") {
        return nullptr;
      }
      const auto& m = matches_[*p].match;
      if (m && m->pattern->speech) {
        if (relation != "complement") return nullptr;
        auto speakers = Sources(*p);
        return speakers.empty() ? nullptr : speakers.front();
      }
      child = *p;
      p = clauses_[*p].parent;
    }
    return nullptr;
  }

  // "France said it was ready to send troops", "Russia said it would back
  // Serbia": a speaker stating its own stance (an intent, an appeal, a
  // demand, a refusal, a threat, a comment) makes one event, not a
  // statement beside it; what a speaker reports of deeds, its own
  // included, keeps both (as the gold set codes them).
  void MergeStanceIntoStatement(std::vector<Event>* events) const {
    std::vector<std::string> speakers;
    for (Event& e : *events) {
      if (!e.attribution || !SameActor(e.attribution->code, e.source.code)) {
        continue;
      }
      std::string_view r = e.root;
      const bool stance = r == "01" || r == "02" || r == "03" || r == "10" ||
                          r == "12" || r == "13";
      // "Obama said the US now recognised ...", "the military said it was
      // investigating ...": announcing one's own present act is the act.
      const bool own_present = std::find(present_.begin(), present_.end(),
                                         e.event_id) != present_.end();
      if (!stance && !own_present) continue;
      speakers.push_back(e.attribution->code);
      e.attribution.reset();
      if (e.modality == "reported") e.modality = "asserted";
    }
    if (speakers.empty()) return;
    std::erase_if(*events, [&](const Event& e) {
      return e.cameo == "010" && std::find(speakers.begin(), speakers.end(),
                                           e.source.code) != speakers.end();
    });
  }

  // "began a hunger strike to protest against detention": what a protest
  // protests against is its purpose, which its subcode already says
  // (ProtestPurpose), not another event: a plain "protest" beside a more
  // telling act of protest by the same side is dropped.
  static void FoldPurposeIntoProtest(std::vector<Event>* events) {
    auto plain = [](const Event& e) {
      return e.root == "14" && e.mentions.front().verb_lemma == "protest";
    };
    // The same side, whichever role its protest gave it ("Palestinian
    // prisoners" on hunger strike, PSE, are PSEOPP when they protest).
    auto side = [](const Event& e) {
      return e.source.country.empty() ? e.source.code : e.source.country;
    };
    std::vector<std::string> telling;  // sides of other acts of protest
    for (const Event& e : *events) {
      if (e.root == "14" && !plain(e)) telling.push_back(side(e));
    }
    std::erase_if(*events, [&](const Event& e) {
      return plain(e) && std::find(telling.begin(), telling.end(), side(e)) !=
                             telling.end();
    });
  }

  Span ClauseSpan(const Clause& c) const {
    Span s = c.predicate.words.span;
    auto widen = [&](const Constituent& k) {
      s.begin = std::min(s.begin, k.span.begin);
      s.end = std::max(s.end, k.span.end);
    };
    for (const Constituent& k : c.subjects) widen(k);
    for (const Constituent& k : c.objects) widen(k);
    for (const PrepPhrase& k : c.preps) widen(k.object);
    return s;
  }

  std::optional<EventLocation> LocationOf(const Clause& c) const {
    for (const PrepPhrase& pp : c.preps) {
      if (pp.prep != "in" && pp.prep != "inside") continue;
      for (const ActorMention* m : ActorsIn(RangeOf(pp.object))) {
        if ((m->kind == ActorKind::kCountry || m->kind == ActorKind::kPlace) &&
            !m->country.empty()) {
          return EventLocation{m->country,
                               std::string(Slice(in_.document->text, m->span)),
                               m->span};
        }
      }
    }
    return std::nullopt;
  }

  // The actor as coded on the event's date. A date known only to the
  // month or year is read as its last day, or the publication date when
  // that comes first: "in January" 2017 finds Trump in office.
  std::optional<EventActor> ActorOf(const ActorMention& m,
                                    const std::string& date) const {
    std::string code = m.code;
    if (date.size() >= 4) {
      std::optional<Date> day;
      if (date.size() >= 10) {
        if (auto d = ParseIsoDate(std::string_view(date).substr(0, 10));
            d.ok()) {
          day = *d;
        }
      } else {
        int year = std::atoi(date.substr(0, 4).c_str());
        int month =
            date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 12;
        int last = 31;
        while (last > 28 && !IsValidDate(year, month, last)) --last;
        if (IsValidDate(year, month, last)) day = Date{year, month, last};
        const auto& published = in_.document->published;
        if (day && published &&
            std::tie(published->year, published->month, published->day) <
                std::tie(day->year, day->month, day->day)) {
          day = published;
        }
      }
      if (day) code = cx_.recognizer->CodeOn(m, *day);
    }
    if (code.empty()) return std::nullopt;
    EventActor a;
    a.code = std::move(code);
    a.country = m.country;
    a.name = m.name;
    a.text = std::string(Slice(in_.document->text, m.span));
    a.span = m.span;
    return a;
  }

  void EmitClause(size_t i, std::vector<Event>* out) const {
    const auto& found = matches_[i].match;
    if (!found || Subordinate(i) || Habitual(i)) return;
    const Clause& c = clauses_[i];
    const Predicate& p = c.predicate;
    const std::string_view relation = c.relation;
    const CameoCode* code = cx_.cameo->Find(matches_[i].code);
    if (code == nullptr) return;
    // "threatened to reoccupy parts of Gaza": a threat not specified takes
    // the code of the deed it threatens (1382).
    if (std::string_view(code->code) == "130") {
      for (uint32_t k : c.embedded) {
        if (k >= clauses_.size() || !matches_[k].match ||
            (clauses_[k].relation != "complement" &&
             clauses_[k].relation != "purpose")) {
          continue;
        }
        const char* threat = ThreatCode(matches_[k].code);
        if (threat != nullptr && std::string_view(threat) != "130") {
          if (const CameoCode* t = cx_.cameo->Find(threat)) code = t;
          break;
        }
      }
    }
    const bool negated = p.negated || StoppedShortOf(p.head);
    if (negated) {
      // "Putin said Russia had never interfered": a speaker saying its own
      // side did not do a hostile deed denies it (016).
      const ActorMention* speaker = Speaker(i);
      auto sources = Sources(i);
      if (speaker != nullptr && !sources.empty() && code->root >= "10" &&
          SameActor(speaker->code, sources.front()->code)) {
        denials_.push_back(speaker->code);
      }
      if (!cx_.include_negated) return;
    }
    // "will speak with Putin ... to discuss Syria": one happening.
    if (relation == "purpose" && c.parent && matches_[*c.parent].match &&
        std::string_view(matches_[*c.parent].code).substr(0, 2) == code->root) {
      return;
    }
    // "rejected the demands, saying he would serve out his term": a
    // speaker's comment on its own act is part of that act, not another
    // statement.
    if (found->pattern->speech && relation == "adverbial" && c.parent &&
        matches_[*c.parent].match &&
        Slice(in_.document->text, p.words.span).ends_with("ing")) {
      return;
    }
    std::vector<const ActorMention*> sources = Sources(i);
    if (sources.empty()) return;
    std::vector<const ActorMention*> targets = Targets(i, *found, sources);
    // "The leaders are scheduled to speak at 12:30pm": sides that speak or
    // talk, with no one spoken to and nothing said, talk with each other
    // (040 both ways, which a call's report merges into), rather than each
    // making a statement.
    const bool conversation = found->pattern->speech && targets.empty() &&
                              !p.is_noun &&
                              (p.lemma == "speak" || p.lemma == "talk") &&
                              SaysNothing(c) && TwoSidesOrMore(sources);
    if (conversation) {
      if (const CameoCode* consult = cx_.cameo->Find("040")) code = consult;
    }
    // The root of the code the deed has, whatever refines it below.
    const std::string_view root = code->root;
    std::optional<EventActor> force_user;
    if (targets.empty() && found->target) {
      force_user = ForceUser(*found->target, *out);
    }
    // A threat's other side is whoever it is meant for, often named only
    // in its condition ("threatened to close the strait if the EU imposed
    // an embargo"): the first other actor after the verb. So for reduced
    // relations ("suspended aid over the coup in Myanmar"), for protests,
    // whose other side is often named only in their purpose ("went on
    // strike against the government's plans"), and for investigations,
    // whose other side is named in what they look into ("opened an
    // investigation into bribery at the infrastructure ministry"); for
    // concessions and rejections, whose other side is often named only in
    // what prompted them ("withdrew the bill after days of protests",
    // "refused to lift the state of emergency, despite opposition
    // demands"). Sides that act on each other ("Israel and Hezbollah
    // halted their fighting") have theirs already.
    const bool mutual = found->pattern->reciprocal && TwoSidesOrMore(sources);
    if (targets.empty() && !force_user && !mutual &&
        (root == "08" || root == "09" || root == "12" || root == "13" ||
         root == "14" || root == "16")) {
      const ActorMention* meant = ActorAfter(
          p.head, RelativeAfter(p.head), sources,
          [](const ActorMention& m) { return m.kind != ActorKind::kPlace; });
      if (meant != nullptr) targets.push_back(meant);
    }
    // Force used on a place ("struck port facilities in Odesa", "bombed
    // targets near the Georgian town of Gori") is used on its country: the
    // first country, place or demonym within a few words (before any
    // speaker tag).
    if (targets.empty() && !force_user && root >= "18" && root <= "20") {
      const ActorMention* place = ActorAfter(
          p.head, tag_verb_ ? tag_comma_ : p.head + 13, sources,
          [](const ActorMention& m) {
            return !m.country.empty() && (m.kind == ActorKind::kCountry ||
                                          m.kind == ActorKind::kPlace ||
                                          m.kind == ActorKind::kDemonym);
          });
      if (place != nullptr) targets.push_back(place);
    }

    Event base;
    base.doc_id = in_.document->id;
    // A statement is dated by its own words ("said on Tuesday"), never by
    // what it reports ("... had met on Sunday").
    std::vector<Timex> own;
    std::span<const Timex> times = in_.times;
    if (found->pattern->speech) {
      const Span span = ClauseSpan(c);
      // "said yesterday that ...": up to where what is said begins.
      uint32_t said_begins = in_.sentence->span.end;
      for (uint32_t k : c.embedded) {
        if (k < clauses_.size() && k != i) {
          said_begins = std::min(said_begins, ClauseSpan(clauses_[k]).begin);
        }
      }
      for (const Timex& t : in_.times) {
        bool inside = t.span.begin >= span.begin && t.span.end <= span.end;
        bool before_said =
            t.span.begin >= p.words.span.end && t.span.end <= said_begins;
        if (inside || before_said) own.push_back(t);
      }
      times = own;
    }
    // "called Saturday's vetoes a travesty", "Thursday's bombing was
    // condemned on Saturday": a day named as a possessive dates the noun
    // it qualifies, not a verb's clause.
    std::vector<Timex> unqualified;
    if (!p.is_noun) {
      for (const Timex& t : times) {
        if (!QualifiesNoun(t)) unqualified.push_back(t);
      }
      times = unqualified;
    }
    auto date = DateEvent(times, ClauseSpan(c), in_.document->published);
    if (date) {
      base.date = date->date;
      base.date_basis = date->basis;
    }
    const ActorMention* speaker = found->pattern->speech ? nullptr : Speaker(i);
    // "Obama said the United States now recognised ...", "Ahmadinejad
    // announced that Iran would free ...": a government's leader naming
    // the country names the government that acts ("..., a Qatari official
    // said" reports the country's deed).
    if (speaker != nullptr && speaker->kind == ActorKind::kPerson &&
        speaker->code == speaker->country + "GOV") {
      for (const ActorMention*& s : sources) {
        if (s->kind == ActorKind::kCountry && s->code == speaker->country) {
          s = speaker;
        }
      }
    }
    // "Britain said it would send weapons to Ukraine": a speaker's own
    // future deed of cooperation is an intent to do it (0332), as CAMEO
    // codes it; a future visit or meeting stays what it is.
    bool intent = matches_[i].intent;
    if (speaker != nullptr && !intent &&
        (p.modality == Modality::kFuture ||
         p.modality == Modality::kHypothetical) &&
        (root == "06" || root == "07" || root == "08") &&
        SameActor(speaker->code, sources.front()->code)) {
      if (const char* to = IntentCode(code->code)) {
        if (const CameoCode* c2 = cx_.cameo->Find(to)) {
          code = c2;
          intent = true;
        }
      }
    }
    if (const CameoCode* purposed = ProtestPurpose(
            in_.document->text, *in_.sentence, *in_.words, *cx_.cameo, *code)) {
      code = purposed;
    }
    if (const CameoCode* by_means =
            MeansNamed(*in_.sentence, c, *cx_.cameo, *code)) {
      code = by_means;
    }
    if (const CameoCode* relief =
            Humanitarian(*in_.sentence, *in_.words, *cx_.cameo, *code)) {
      code = relief;
    }
    if (std::string_view(code->code) == "1823" &&
        KillsHundreds(*in_.sentence, c)) {
      if (const CameoCode* mass = cx_.cameo->Find("202")) code = mass;
    }
    SetCode(*code, &base);
    base.negated = negated;
    Modality modality = p.modality;
    // A statement made ("said") is asserted, whatever the tense of what it
    // says; "will say" keeps its modal.
    if (found->pattern->speech && p.modal.empty()) {
      modality = Modality::kAsserted;
    }
    if (speaker != nullptr && modality == Modality::kAsserted) {
      modality = Modality::kReported;
    }
    if (speaker == nullptr && modality == Modality::kReported) {
      modality = Modality::kAsserted;
    }
    base.modality = ModalityName(modality);
    base.location = LocationOf(c);
    // A meeting in a country that is neither side's is CAMEO's "meet at a
    // third location" (decided per event below, once the sides are known).
    const bool may_be_third = std::string_view(base.cameo) == "040" ||
                              std::string_view(base.cameo) == "043";
    if (speaker != nullptr) {
      auto who = ActorOf(*speaker, base.date);
      if (who)
        base.attribution = EventAttribution{who->code, who->text, who->span};
    }
    EventMention mention;
    mention.sentence_index = in_.sentence->index;
    mention.sentence =
        std::string(Slice(in_.document->text, in_.sentence->span));
    mention.verb_text = std::string(Slice(in_.document->text, p.words.span));
    mention.verb_lemma = p.lemma;
    mention.verb_span = p.words.span;
    mention.pattern = found->pattern->text;
    mention.parser = BackendName(in_.syntax->backend);
    base.mentions.push_back(std::move(mention));

    // `last`: the last dyad takes `base` itself rather than a copy.
    auto emit = [&](const ActorMention& s, const ActorMention* t, bool last) {
      auto source = ActorOf(s, base.date);
      if (!source) return;
      // "Tens of thousands of Israelis protested", "10,000 people joined an
      // opposition march": a crowd that demonstrates or riots is the
      // opposition of its country.
      if ((base.cameo.starts_with("141") || base.cameo.starts_with("145")) &&
          !source->country.empty() &&
          (s.kind == ActorKind::kDemonym ||
           source->code == source->country + "CVL")) {
        source->code = source->country + "OPP";
      }
      std::optional<EventActor> target;
      if (t != nullptr) {
        target = ActorOf(*t, base.date);
      } else if (force_user) {
        target = force_user;
      }
      if (target && target->code == source->code) return;
      for (const Event& e : *out) {  // one clause, one event per dyad
        if (e.mentions.front().verb_span == p.words.span &&
            e.cameo == base.cameo && e.source.code == source->code &&
            CodeOf(e.target) == CodeOf(target)) {
          return;
        }
      }
      // Made in place: an Event is dozens of strings to move.
      if (last) {
        out->push_back(std::move(base));
      } else {
        out->push_back(base);
      }
      Event& e = out->back();
      e.source = std::move(*source);
      e.target = std::move(target);
      if (const CameoCode* crime = CriminalInquiry(
              *cx_.cameo, e.cameo, e.source.code, e.source.country)) {
        SetCode(*crime, &e);
      }
      if (may_be_third && e.location && e.target && !e.source.country.empty() &&
          !e.target->country.empty() &&
          e.location->country != e.source.country &&
          e.location->country != e.target->country) {
        if (const CameoCode* third = cx_.cameo->Find("044")) {
          SetCode(*third, &e);
        }
      }
      e.event_id = MakeEventId(e);
      if (p.tense == Tense::kPresent && speaker != nullptr) {
        present_.push_back(e.event_id);
      }
    };
    // The dyads, source first (a null target for none). An intent is one
    // side's ("willing to hold talks with").
    std::vector<std::pair<const ActorMention*, const ActorMention*>> dyads;
    if ((found->pattern->reciprocal || conversation) && !intent &&
        (!targets.empty() || sources.size() >= 2)) {
      if (targets.empty()) {
        for (const ActorMention* a : sources) {
          for (const ActorMention* b : sources) {
            if (a != b && a->code != b->code) dyads.emplace_back(a, b);
          }
        }
      } else {
        for (const ActorMention* s : sources) {
          for (const ActorMention* t : targets) {
            dyads.emplace_back(s, t);
            dyads.emplace_back(t, s);
          }
        }
      }
    } else {
      for (const ActorMention* s : sources) {
        if (targets.empty()) {
          dyads.emplace_back(s, nullptr);
        } else {
          for (const ActorMention* t : targets) dyads.emplace_back(s, t);
        }
      }
    }
    for (size_t k = 0; k < dyads.size(); ++k) {
      emit(*dyads[k].first, dyads[k].second, k + 1 == dyads.size());
    }
  }

  // Token `t`'s folded form. A view: compared with a literal, it compares
  // the lengths first, where GCC 12's std::string measures the literal and
  // compares the bytes every time.
  std::string_view Word(size_t t) const {
    return in_.sentence->tokens[t].folded;
  }

  const SentenceInput& in_;
  const CodingContext& cx_;
  const std::vector<Event>& earlier_;
  std::vector<Clause> clauses_;  // the analysis's, and dictionary nouns
  SentenceMatcher& matcher_;
  std::vector<ClauseMatch> matches_;
  const ActorMention* according_to_ = nullptr;
  // Speakers who deny their own side's deed in this sentence.
  mutable std::vector<std::string> denials_;
  // Ids of events told in the present tense by a speaker.
  mutable std::vector<std::string> present_;
  std::optional<uint32_t> tag_verb_;  // the "said" of a speaker tag
  uint32_t tag_comma_ = 0;            // the comma before the tag
};

}  // namespace

std::vector<Event> CodeSentence(const SentenceInput& input,
                                const CodingContext& context,
                                const std::vector<Event>& earlier) {
  // One matcher a thread: its storage, grown to the longest sentence
  // yet, serves every sentence after.
  thread_local SentenceMatcher matcher;
  return SentenceCoder(input, context, earlier, &matcher).Run();
}

}  // namespace dyad::coding
