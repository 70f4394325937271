#include "src/coding/event_assembly.h"

#include <algorithm>
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
  SentenceCoder(const SentenceInput& input, const CodingContext& context,
                const std::vector<Event>& earlier)
      : in_(input),
        cx_(context),
        earlier_(earlier),
        clauses_(input.syntax->clauses) {}

  std::vector<Event> Run() {
    CollectPhrases();
    AddDictionaryNouns();
    FindAccordingTo();
    matches_.resize(clauses_.size());
    for (size_t i = 0; i < clauses_.size(); ++i) MatchClause(i);
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
  void CollectPhrases() {
    for (const Clause& c : clauses_) {
      for (const Constituent& o : c.objects) phrases_.push_back(RangeOf(o));
      for (const PrepPhrase& p : c.preps) {
        phrases_.push_back(RangeOf(p.object));
      }
      for (const Constituent& s : c.subjects) phrases_.push_back(RangeOf(s));
    }
    for (const ActorMention* m : in_.actors) {
      phrases_.push_back({m->token_begin, m->token_end});
    }
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
      bool taken = false;
      for (size_t k = 0; k < analysed && !taken; ++k) {
        taken = clauses_[k].predicate.head == t;
      }
      if (taken) continue;
      const std::string& lemma = NounForm(*in_.sentence, *in_.words, t);
      bool noun_head = false;
      for (const VerbPattern* p : cx_.verbs->ForHead(lemma)) {
        if (p->head_kind == VerbPattern::HeadKind::kNoun ||
            (p->head_kind == VerbPattern::HeadKind::kAny &&
             !p->before.empty())) {
          noun_head = true;
          break;
        }
      }
      if (!noun_head) continue;
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
      if (tokens[t].folded != "according" || tokens[t + 1].folded != "to") {
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
      if (tokens[t].folded == ",") {
        comma = t;
        break;
      }
    }
    if (comma == tokens.size() || comma == 0) return;
    for (size_t t = comma + 1; t < tokens.size() && t <= comma + 9; ++t) {
      const std::string& f = tokens[t].folded;
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
    if (patterns.empty()) return;
    std::optional<TokenRange> logical_object, agent;
    if (p.voice == Voice::kPassive) {
      if (!c.objects.empty()) logical_object = RangeOf(c.objects.front());
      for (const PrepPhrase& pp : c.preps) {
        if (pp.prep != "by") continue;
        TokenRange r = RangeOf(pp.object);
        if (r.begin > 0 && in_.sentence->tokens[r.begin - 1].folded == "by") {
          --r.begin;
        }
        agent = r;
        break;
      }
    }
    Frame frame = BuildFrame(*in_.sentence, *in_.words, p.head, phrases_,
                             logical_object, agent);
    matches_[i].match = MatchPatterns(patterns,
                                      cx_.verbs->WordIndexForHead(p.lemma),
                                      p.is_noun, *in_.sentence,
                                      *in_.words, p.head, frame);
    if (!matches_[i].match) return;
    matches_[i].code = matches_[i].match->pattern->code;
    // "ready to send troops", "pledged to send" (as a modal): the intent
    // to, not the deed.
    if (IsReadyTo(*in_.sentence, p.head) || IsIntentModal(p.modal)) {
      if (const char* intent = IntentCode(matches_[i].code)) {
        matches_[i].code = intent;
        matches_[i].intent = true;
      }
    } else if (p.modal.find("threaten") != std::string::npos) {
      if (const char* threat = ThreatCode(matches_[i].code)) {
        matches_[i].code = threat;
      }
    }
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
    const auto& tokens = in_.sentence->tokens;
    const ActorMention* prev = m;
    if (!like(m)) return false;
    for (const ActorMention* n : in_.actors) {
      if (n->token_begin < prev->token_end || n->code.empty()) continue;
      if (n->token_begin != prev->token_end + 1 || !like(n)) return false;
      const std::string& between = tokens[prev->token_end].folded;
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
        if (m->token_begin >= r.begin && m->token_begin < r.end) {
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
                              tokens[found.front()->token_end].folded == "'s";
      const bool adjacent = m->token_begin == found.front()->token_end + 1 &&
                            m->token_begin < r.end;
      const bool apposition =
          m->kind == ActorKind::kPerson && r.end < tokens.size() &&
          tokens[r.end].folded == "," && m->token_begin == r.end + 1;
      if (possessive && (adjacent || apposition)) {
        found.front() = m;
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
        const std::string& f = tokens[t].folded;
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
    if (found.empty() && r.end + 1 < tokens.size() &&
        tokens[r.end].folded == "of") {
      static const char* const kQuantities[] = {
          "hundreds", "thousands", "dozens", "millions",  "tens",
          "scores",   "group",     "crowd",  "crowds",    "number",
          "band",     "unit",      "units",  "contingent"};
      const std::string& head = tokens[r.end - 1].folded;
      if (std::find(std::begin(kQuantities), std::end(kQuantities), head) !=
          std::end(kQuantities)) {
        uint32_t from = r.end + 1;
        while (from < tokens.size() && from < r.end + 4 &&
               (tokens[from].folded == "thousands" ||
                tokens[from].folded == "of" || tokens[from].folded == "the")) {
          ++from;
        }
        return ActorsIn({from, from + 1});
      }
    }
    return found;
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
    for (const Constituent& s : c.subjects) {
      for (const ActorMention* m : ActorsIn(RangeOf(s))) sources.push_back(m);
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
        bool responsible = std::any_of(
            r.objects.begin(), r.objects.end(), [&](const Constituent& o) {
              return in_.sentence->tokens[o.head].folded == "responsible";
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
    // "will speak ... to discuss".
    if (c.predicate.voice == Voice::kActive &&
        (c.relation == "purpose" || c.relation == "coordinate" ||
         c.relation == "complement")) {
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
    const auto& t = in_.sentence->tokens;
    if (head < 3 || t[head - 1].folded != "of" ||
        t[head - 2].folded != "short") {
      return false;
    }
    const std::string& verb = in_.words->verb_lemma[head - 3];
    return verb == "stop" || verb == "fall";
  }

  // True iff an actor stands right before the event noun at `head`, within
  // its phrase: "a US missile attack", "Saturday's Russian strikes".
  bool OwnSideNamed(uint32_t head) const {
    const auto& tokens = in_.sentence->tokens;
    for (const ActorMention* m : in_.actors) {
      if (m->code.empty() || m->token_end > head || head - m->token_end > 3) {
        continue;
      }
      bool within = true;
      for (uint32_t t = m->token_end; t < head; ++t) {
        if (tokens[t].kind != TokenKind::kWord ||
            IsTargetPrep(tokens[t].folded) || tokens[t].folded == "of" ||
            tokens[t].folded == "by") {
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
    const std::string& lemma = NounForm(*in_.sentence, *in_.words, t);
    return std::find(std::begin(kTexts), std::end(kTexts), lemma) !=
           std::end(kTexts);
  }

  std::vector<const ActorMention*> Targets(
      size_t i, const PatternMatch& match,
      const std::vector<const ActorMention*>& sources, int depth = 0) const {
    const Clause& c = clauses_[i];
    if (match.target) {
      auto found = SlotActors(c, *match.target);
      std::erase_if(found, [&](const ActorMention* m) {
        return IsOwnForce(*m, sources);
      });
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
        const std::string& f = in_.sentence->tokens[m->token_begin].folded;
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
    for (const Constituent& o : c.objects) {
      auto found = usable(RangeOf(o));
      if (!found.empty()) return found;
    }
    for (const PrepPhrase& pp : c.preps) {
      // "accept mediation by the African Union": in an active clause a
      // "by" phrase names the other side too.
      if (!IsTargetPrep(pp.prep) &&
          !(pp.prep == "by" && c.predicate.voice == Voice::kActive)) {
        continue;
      }
      auto found = usable(RangeOf(pp.object));
      if (!found.empty()) return found;
    }
    if (depth > 2) return {};
    for (uint32_t k : c.embedded) {
      if (k >= clauses_.size() || k == i) continue;
      const std::string& relation = clauses_[k].relation;
      if (relation != "complement" && relation != "purpose" &&
          relation != "coordinate" && relation != "nominal") {
        continue;
      }
      auto found = OtherSide(k, sources, depth + 1);
      if (!found.empty()) return found;
    }
    return {};
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
      // eased or ended ("lifted the sanctions") and reductions ("suspended
      // the talks").
      const bool judged =
          root == "11" &&
          !(noun && (OwnSideNamed(self.predicate.head) ||
                     clauses_[k].predicate.voice == Voice::kPassive));
      return root == "01" || root == "02" || root == "03" || root == "05" ||
             root == "10" || judged || root == "12" || root == "13" ||
             (noun && (root == "08" || root == "16"));
    };
    if (self.predicate.is_noun) {
      // An event noun that is what another clause asks, refuses or
      // suspends ("called for talks", "suspended peace talks").
      for (size_t k = 0; k < clauses_.size(); ++k) {
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
      const std::string& relation = clauses_[child].relation;
      // "accused Russia of launching", "condemned them for killing": a
      // gerund after "of" or "for" is what the verb is about.
      const uint32_t head = clauses_[child].predicate.head;
      const bool gerund_object =
          relation == "adverbial" && head > 0 &&
          (in_.sentence->tokens[head - 1].folded == "of" ||
           in_.sentence->tokens[head - 1].folded == "for") &&
          Slice(in_.document->text, clauses_[child].predicate.words.span)
              .ends_with("ing");
      if (relation != "complement" && relation != "purpose" &&
          relation != "coordinate" && !gerund_object &&
          !(relation == "nominal" && depth == 0)) {
        return false;
      }
      if (matches_[*p].match) {
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
    const std::string& noun = in_.words->noun_lemma[last - 1];
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
      const std::string& relation = clauses_[child].relation;
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
      const std::string& r = e.root;
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
        if (auto d = ParseIsoDate(date.substr(0, 10)); d.ok()) day = *d;
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
    a.code = code;
    a.country = m.country;
    a.name = m.name;
    a.text = std::string(Slice(in_.document->text, m.span));
    a.span = m.span;
    return a;
  }

  void EmitClause(size_t i, std::vector<Event>* out) const {
    const auto& found = matches_[i].match;
    if (!found || Subordinate(i)) return;
    const Clause& c = clauses_[i];
    const Predicate& p = c.predicate;
    const CameoCode* code = cx_.cameo->Find(matches_[i].code);
    if (code == nullptr) return;
    // "threatened to reoccupy parts of Gaza": a threat not specified takes
    // the code of the deed it threatens (1382).
    if (code->code == "130") {
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
    if (c.relation == "purpose" && c.parent && matches_[*c.parent].match &&
        std::string_view(matches_[*c.parent].code).substr(0, 2) == code->root) {
      return;
    }
    // "rejected the demands, saying he would serve out his term": a
    // speaker's comment on its own act is part of that act, not another
    // statement.
    if (found->pattern->speech && c.relation == "adverbial" && c.parent &&
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
    // investigation into bribery at the infrastructure ministry").
    if (targets.empty() && !force_user &&
        (code->root == "09" || code->root == "13" || code->root == "14" ||
         code->root == "16")) {
      const ActorMention* meant = ActorAfter(
          p.head, static_cast<uint32_t>(in_.sentence->tokens.size()), sources,
          [](const ActorMention& m) { return m.kind != ActorKind::kPlace; });
      if (meant != nullptr) targets.push_back(meant);
    }
    // Force used on a place ("struck port facilities in Odesa", "bombed
    // targets near the Georgian town of Gori") is used on its country: the
    // first country, place or demonym within a few words (before any
    // speaker tag).
    if (targets.empty() && !force_user && code->root >= "18" &&
        code->root <= "20") {
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
        (code->root == "06" || code->root == "07" || code->root == "08") &&
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
    if (code->code == "1823" && KillsHundreds(*in_.sentence, c)) {
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
    const bool may_be_third = base.cameo == "040" || base.cameo == "043";
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

    auto emit = [&](const ActorMention& s, const ActorMention* t) {
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
            e.source.code == source->code &&
            (e.target ? e.target->code : "") == (target ? target->code : "")) {
          return;
        }
      }
      Event e = base;
      e.source = std::move(*source);
      e.target = std::move(target);
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
      out->push_back(std::move(e));
    };
    // An intent is one side's ("willing to hold talks with").
    if ((found->pattern->reciprocal || conversation) && !intent) {
      if (targets.empty()) {
        for (const ActorMention* a : sources) {
          for (const ActorMention* b : sources) {
            if (a != b && a->code != b->code) emit(*a, b);
          }
        }
        if (sources.size() >= 2) return;
      } else {
        for (const ActorMention* s : sources) {
          for (const ActorMention* t : targets) {
            emit(*s, t);
            emit(*t, s);
          }
        }
        return;
      }
    }
    for (const ActorMention* s : sources) {
      if (targets.empty()) {
        emit(*s, nullptr);
      } else {
        for (const ActorMention* t : targets) emit(*s, t);
      }
    }
  }

  const SentenceInput& in_;
  const CodingContext& cx_;
  const std::vector<Event>& earlier_;
  std::vector<Clause> clauses_;  // the analysis's, and dictionary nouns
  std::vector<TokenRange> phrases_;
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
  return SentenceCoder(input, context, earlier).Run();
}

}  // namespace dyad::coding
