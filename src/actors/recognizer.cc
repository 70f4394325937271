#include <algorithm>
#include <array>
#include <set>

#include "dyad/actors.h"

namespace dyad {
namespace {

bool IsCapitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') ||
                        static_cast<unsigned char>(w[0]) >= 0xC3);
}

// Inline, so that the list's words are known where it is compiled: the
// lengths are compared first and most words leave without a memcmp call.
// Out of line, the pronoun test alone at every word cost a tenth of
// recognising actors.
template <size_t N>
[[gnu::always_inline]] inline bool In(
    std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// Lower-case words inside names: "Bashar al-Assad", "Luiz Inacio Lula da
// Silva", "Ursula von der Leyen".
constexpr std::array<std::string_view, 16> kNameParticles = {
    "al", "bin", "ibn", "bint", "abu", "el",  "de", "da",
    "do", "dos", "du",  "van",  "von", "der", "le", "la"};

constexpr std::array<std::string_view, 9> kPluralPersonWords = {
    "presidents", "leaders", "ministers", "premiers", "men",
    "women",      "prime",   "heads",     "sides"};
constexpr std::array<std::string_view, 5> kPluralCountryWords = {
    "countries", "nations", "states", "governments", "neighbours"};

constexpr std::array<std::string_view, 5> kSingularPronouns = {
    "he", "she", "him", "his", "her"};
constexpr std::array<std::string_view, 3> kPluralPronouns = {"they", "them",
                                                             "their"};

// Words before a place that make it where something happens rather than who
// acts: "talks in Moscow", "at the White House", "in central London",
// "rockets fired towards Jerusalem".
constexpr std::array<std::string_view, 13> kLocatives = {
    "in",         "at",   "near",   "outside", "inside",  "across", "around",
    "throughout", "into", "within", "via",     "towards", "toward"};
constexpr std::array<std::string_view, 16> kDirections = {
    "central", "northern", "southern", "eastern",  "western", "north",
    "south",   "east",     "west",     "downtown", "greater", "inner",
    "outer",   "suburban", "rural",    "occupied"};
// "a Paris-based group": the place says where, not who.
constexpr std::array<std::string_view, 5> kWhereSuffixes = {
    "based", "born", "headquartered", "registered", "listed"};

// Words that title case leaves in lower case: "Trump to Meet Putin in
// Helsinki".
constexpr std::array<std::string_view, 24> kMinorWords = {
    "a",  "an",  "the", "and", "but",  "or",   "nor",  "for",
    "so", "yet", "at",  "by",  "in",   "of",   "on",   "to",
    "up", "as",  "off", "out", "with", "from", "into", "vs"};

// Other words that a missing full stop may leave capitalised mid-sentence
// ("democracy in Asia The Kyrgyz Republic").
constexpr std::array<std::string_view, 12> kOtherFunctionWords = {
    "it",   "its",  "we",    "our",   "i",     "you",
    "this", "that", "these", "those", "there", "here"};

// What a demonym before them makes its military's: "Russian positions",
// "Israeli outposts".
constexpr std::array<std::string_view, 2> kMilitarySites = {"positions",
                                                            "outposts"};

// Words before a role word that say its holder is out of that office.
constexpr std::array<std::string_view, 7> kNotInOffice = {
    "former", "ex", "late", "then", "exiled", "deposed", "ousted"};

// Roles of a country's people and of its bodies outside the state, which
// an actor named before them in the sentence gives its country to.
constexpr std::array<std::string_view, 9> kDomesticRoles = {
    "OPP", "CVL", "MED", "LAB", "EDU", "HLH", "PTY", "BUS", "REB"};

// Capitalised words that are not names: "On Monday Putin said".
constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday",   "tuesday",  "wednesday", "thursday", "friday",
    "saturday", "sunday",   "january",   "february", "march",
    "april",    "june",     "july",      "august",   "september",
    "october",  "november", "december",  "may"};

int Priority(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson:
      return 0;
    case ActorKind::kOrganisation:
      return 1;
    case ActorKind::kGroup:
      return 2;
    case ActorKind::kPlace:
      return 3;
    case ActorKind::kCountry:
      return 4;
    case ActorKind::kDemonym:
      return 5;
    case ActorKind::kAgent:
      return 6;
    case ActorKind::kTitle:
      return 7;
  }
  return 8;
}

// The code of a dictionary person named with the words `composed` gives: the
// role that holds on the date, else the composed code. With no date, when
// the person's roles share only a country ("GBR"), words that say more
// ("British Prime Minister Tony Blair": GBRGOV) are taken.
std::string PersonCode(const Lexicon& lexicon, const LexiconEntry& person,
                       const std::string& composed,
                       const std::optional<Date>& date) {
  std::string code = person.CodeOn(date);
  if (code.empty()) return composed;
  if (!date && code.size() == 3 && composed.size() > 3 &&
      lexicon.CountryOf(composed) == code)
    return composed;
  return code;
}

// A noun phrase being read: qualifiers, agents, a title, a name.
struct Phrase {
  size_t begin = 0;
  size_t end = 0;  // tokens [begin, end) of the mention
  std::optional<uint32_t> person;
  std::optional<uint32_t> base_entry;
  std::string base_code;  // from a country, place, organisation, group
  std::string role;       // the last agent's role, if any
  std::string head_role;  // the role of the last agent word, if any
  bool has_agent = false;
  bool titled = false;
  bool person_agent = false;  // an agent that may precede a name
  std::string unknown_name;
  size_t name_begin = 0;
};

class DocumentResolver {
 public:
  DocumentResolver(const Lexicon& lexicon, const SegmentedDocument& doc,
                   const std::optional<Date>& date)
      : lexicon_(lexicon), doc_(doc), date_(date) {}

  std::vector<ActorMention> Run() {
    // News names an actor every six tokens or so: room for them all at once
    // rather than half a dozen reallocations of mentions of 176 bytes.
    size_t tokens = 0;
    for (const Sentence& sentence : doc_.sentences) {
      tokens += sentence.tokens.size();
    }
    mentions_.reserve(tokens / 5);
    anaphor_.reserve(tokens / 5);
    body_.reserve(tokens / 5);
    full_names_.reserve(tokens / 20);
    for (const Sentence& sentence : doc_.sentences) {
      sentence_ = &sentence;
      sentence_start_ = mentions_.size();
      title_case_ = IsTitleCase(sentence);
      const auto& tokens = sentence.tokens;
      size_t i = 0;
      while (i < tokens.size()) {
        size_t next = TryPluralReference(i);
        if (next == i) next = TryPronoun(i);
        if (next == i) next = TryNamePart(i);
        if (next == i) next = TryPhrase(i);
        i = next == i ? i + 1 : next;
      }
      ResolveFromLaterPlace();
    }
    // Unknown people that nothing resolved carry no code: not actors. The
    // others move down in place, the result being the mentions' own vector.
    std::vector<int64_t> renumber(mentions_.size(), -1);
    size_t kept = 0;
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k].code.empty()) continue;
      renumber[k] = static_cast<int64_t>(kept);
      if (kept != k) mentions_[kept] = std::move(mentions_[k]);
      ++kept;
    }
    mentions_.erase(mentions_.begin() + static_cast<ptrdiff_t>(kept),
                    mentions_.end());
    std::vector<ActorMention> out = std::move(mentions_);
    for (ActorMention& m : out) {
      if (m.resolved_from) {
        int64_t to = renumber[*m.resolved_from];
        if (to < 0) {
          m.resolved_from.reset();
        } else {
          m.resolved_from = static_cast<uint32_t>(to);
        }
      }
    }
    return out;
  }

 private:
  const std::vector<Token>& tokens() const { return sentence_->tokens; }
  std::string_view Word(size_t i) const { return doc_.CleanOf(tokens()[i]); }
  // A view, which compares with a literal without a strlen: the words are
  // compared with many.
  std::string_view Folded(size_t i) const { return tokens()[i].folded; }

  std::string Compose(const std::string& base, const std::string& role) const {
    if (role.empty()) return base;
    if (base.size() == 3 && !lexicon_.CountryOf(base).empty())
      return base + role;
    return base;
  }

  // A capital stands for the government, but before a role word other than
  // an official's it names the country's body of that role: "a Moscow court"
  // is RUSJUD, "London police" GBRCOP; "Kremlin officials" and "the Downing
  // Street media chief" stay the government's.
  std::string ComposePhrase(const Phrase& p) const {
    if (p.base_entry && !p.head_role.empty() && p.head_role != "GOV" &&
        lexicon_.entry(*p.base_entry).kind == ActorKind::kPlace &&
        p.base_code.size() == 6 && p.base_code.substr(3) == "GOV") {
      std::string country = lexicon_.CountryOf(p.base_code);
      if (!country.empty()) return country + p.head_role;
    }
    return Compose(p.base_code, p.role);
  }

  // Headlines, often written in title case ("Trump Meets Putin in
  // Helsinki"), say nothing about which words are names. A sentence is taken
  // for title case when its only words in lower case are those that title
  // case leaves so.
  bool IsTitleCase(const Sentence& sentence) const {
    if (sentence.role == TextRole::kHeadline) return true;
    for (const Token& t : sentence.tokens) {
      std::string_view w = doc_.CleanOf(t);
      if (t.kind == TokenKind::kWord && w[0] >= 'a' && w[0] <= 'z' &&
          !In(t.folded, kMinorWords))
        return false;
    }
    return true;
  }

  // A capitalised word inside a sentence that the dictionaries do not know,
  // so most likely part of a name: "Mike" in "Mike Powell", "Real" in "Real
  // Madrid", "Olympics" in "Athens Olympics". Not the sentence's first word,
  // nor one after an opening quote or bracket, nor a day or a month.
  bool IsUnknownNameWord(size_t k) const {
    if (title_case_ || k == 0 || k >= tokens().size()) return false;
    const Token& t = tokens()[k];
    if (t.kind != TokenKind::kWord || !IsCapitalised(Word(k))) return false;
    std::string_view before = Folded(k - 1);
    if (before == "\"" || before == "'" || before == "(" || before == "[" ||
        before == ":" || before == "-")
      return false;
    if (In(Folded(k), kCalendarWords) || In(Folded(k), kMinorWords) ||
        In(Folded(k), kDirections) || In(Folded(k), kSingularPronouns) ||
        In(Folded(k), kPluralPronouns) || In(Folded(k), kOtherFunctionWords))
      return false;
    return !lexicon_.LongestMatch(tokens(), k, doc_.clean.text);
  }

  // The place of a phrase is where something happens, not an actor: "in
  // Moscow", "at the White House", "from north London", "a Paris-based
  // firm".
  bool IsLocation(const Phrase& p) const {
    size_t k = p.begin;
    if (k > 0 && Folded(k - 1) == "the") --k;
    if (k > 0 && In(Folded(k - 1), kDirections)) return true;  // "north London"
    if (k > 0 && In(Folded(k - 1), kLocatives)) return true;
    size_t e = p.end;
    return e + 1 < tokens().size() && Folded(e) == "-" &&
           !tokens()[e].space_before && In(Folded(e + 1), kWhereSuffixes);
  }

  // The best entry of a match: by kind, then a person with a role on the
  // date before one without.
  uint32_t Choose(const Lexicon::Match& match) const {
    uint32_t best = match.entries.front();
    auto score = [&](uint32_t id) {
      const LexiconEntry& e = lexicon_.entry(id);
      int s = Priority(e.kind) * 2;
      if (e.kind == ActorKind::kPerson && e.CodeOn(date_).empty()) s += 1;
      return s;
    };
    // Each entry scored once, and a lone entry not at all: a person's score
    // asks for its code on the date, a string made each time.
    if (match.entries.size() == 1) return best;
    int best_score = score(best);
    for (size_t k = 1; k < match.entries.size(); ++k) {
      const int s = score(match.entries[k]);
      if (s < best_score) {
        best = match.entries[k];
        best_score = s;
      }
    }
    return best;
  }

  // The agent among a match's entries, if any: after a possessive ("Peru's
  // Congress") a word that is also a body's name is read as the role word.
  std::optional<uint32_t> AgentIn(const Lexicon::Match& match) const {
    for (uint32_t id : match.entries) {
      if (lexicon_.entry(id).kind == ActorKind::kAgent) return id;
    }
    return std::nullopt;
  }

  // Capitalised words of a name, with particles and hyphens inside it.
  size_t ScanName(size_t i) const {
    size_t j = i;
    while (j < tokens().size()) {
      if (tokens()[j].kind == TokenKind::kWord && IsCapitalised(Word(j))) {
        ++j;
        continue;
      }
      bool hyphen = Folded(j) == "-";
      bool particle = In(Folded(j), kNameParticles);
      if (j > i && (hyphen || particle) && j + 1 < tokens().size()) {
        const Token& next = tokens()[j + 1];
        bool joined = hyphen ? !next.space_before : true;
        if (joined && (IsCapitalised(Word(j + 1)) ||
                       (particle && Folded(j + 1) == "-"))) {
          ++j;
          continue;
        }
      }
      break;
    }
    // A name does not end on a particle or a hyphen.
    while (j > i && !IsCapitalised(Word(j - 1))) --j;
    return j;
  }

  // Where a demonym's role word starts after the words that qualify it
  // ("South Korean trainee doctors", "Brazilian federal police"), or `j`
  // when no role word follows within three lower-case words. "former" and
  // its like name someone out of the office: not composed.
  size_t AgentAfterQualifiers(const Phrase& p, size_t j) const {
    if (p.has_agent || p.person || !p.unknown_name.empty() || !p.base_entry ||
        lexicon_.entry(*p.base_entry).kind != ActorKind::kDemonym)
      return j;
    return RoleWordAfterQualifiers(j, 3);
  }

  // Where a role word starts after at most `reach` lower-case words that
  // qualify it from token `j` on ("federal police", "two biggest oil
  // companies"), or `j` when none does.
  size_t RoleWordAfterQualifiers(size_t j, size_t reach) const {
    for (size_t k = j; k < j + reach && k < tokens().size(); ++k) {
      const Token& t = tokens()[k];
      std::string_view w = Word(k);
      if (t.kind != TokenKind::kWord || IsCapitalised(w) ||
          In(Folded(k), kMinorWords) || In(Folded(k), kNotInOffice))
        return j;
      if (k > j) {
        if (auto match = lexicon_.LongestMatch(tokens(), k, doc_.clean.text)) {
          return AgentIn(*match) ? k : j;
        }
      }
      // A plural noun ends the phrase: "Chinese hackers targeted officials".
      if (w.ends_with("s") && !w.ends_with("ss")) return j;
    }
    return j;
  }

  // The end of "-led coalition" ("-led forces") at token `j`, or `j`.
  size_t LedCoalition(size_t j) const {
    if (j + 2 >= tokens().size() || Folded(j) != "-" || Folded(j + 1) != "led")
      return j;
    const std::string_view what = Folded(j + 2);
    if (what == "coalition" || what == "forces" || what == "alliance") {
      return j + 3;
    }
    return j;
  }

  ActorMention MakeMention(size_t begin, size_t end) const {
    ActorMention m;
    m.sentence_index = sentence_->index;
    m.token_begin = static_cast<uint32_t>(begin);
    m.token_end = static_cast<uint32_t>(end);
    m.span = Span{tokens()[begin].span.begin, tokens()[end - 1].span.end};
    return m;
  }

  // `anaphor`: the mention is a pronoun or a plural reference, which later
  // mentions of the same person do not point back to. Taken by reference:
  // a mention is 176 bytes, and a copy by value was a second move of each.
  void Push(ActorMention&& m, bool anaphor = false,
            std::optional<uint32_t> body = std::nullopt) {
    if (!m.code.empty()) m.country = lexicon_.CountryOf(m.code);
    if (m.kind == ActorKind::kPerson && !anaphor &&
        m.token_end - m.token_begin >= 2) {
      full_names_.push_back(mentions_.size());
    }
    mentions_.push_back(std::move(m));
    anaphor_.push_back(anaphor);
    body_.push_back(body);
  }

  // The mention that `k` stands for, when `k` is itself a pronoun or another
  // reference: the chain ends at a mention that names the actor.
  uint32_t Antecedent(size_t k) const {
    while (anaphor_[k] && mentions_[k].resolved_from)
      k = *mentions_[k].resolved_from;
    return static_cast<uint32_t>(k);
  }

  size_t TryPhrase(size_t i) {
    size_t j = i;
    if (Folded(j) == "the" && j + 1 < tokens().size()) ++j;
    // Most tokens start no phrase: they leave here, inlined where asked,
    // without the large frame of reading one. The first word's match is
    // kept for the reading.
    std::optional<Lexicon::Match> first =
        lexicon_.LongestMatch(tokens(), j, doc_.clean.text);
    if (!first) return i;
    return ReadPhrase(i, j, std::move(first));
  }

  // Reads the phrase whose first dictionary word, matched as `first`, is
  // token `j`, `i` being where TryPhrase was asked.
  [[gnu::noinline]] size_t ReadPhrase(size_t i, size_t j,
                                      std::optional<Lexicon::Match> first) {
    Phrase p;
    p.begin = j;
    bool after_possessive = false;  // the last token read was "'s"
    while (j < tokens().size()) {
      std::optional<Lexicon::Match> match =
          j == p.begin ? std::move(first)
                       : lexicon_.LongestMatch(tokens(), j, doc_.clean.text);
      if (!match) {
        bool may_name =
            (p.titled || p.person_agent) && !p.person && p.unknown_name.empty();
        if (may_name && tokens()[j].kind == TokenKind::kWord &&
            IsCapitalised(Word(j))) {
          size_t k = ScanName(j);
          if (k > j) {
            p.name_begin = j;
            p.unknown_name = std::string(doc_.clean.text.substr(
                tokens()[j].clean_begin,
                tokens()[k - 1].clean_end - tokens()[j].clean_begin));
            j = k;
            continue;
          }
        }
        if (size_t k = AgentAfterQualifiers(p, j); k > j) {
          j = k;
          after_possessive = true;  // read the word as the role word
          continue;
        }
        // "the president of Syria"
        if (p.has_agent && p.base_code.empty() && Folded(j) == "of" &&
            j + 1 < tokens().size()) {
          size_t k = j + 1;
          if (Folded(k) == "the" && k + 1 < tokens().size()) ++k;
          auto of = lexicon_.LongestMatch(tokens(), k, doc_.clean.text);
          if (of) {
            const LexiconEntry& e = lexicon_.entry(Choose(*of));
            if (e.kind == ActorKind::kCountry || e.kind == ActorKind::kPlace ||
                e.kind == ActorKind::kOrganisation) {
              p.base_code = e.CodeOn(date_);
              p.base_entry = Choose(*of);
              j = k + of->length;
              // "members of Niger's presidential guard": the role is the
              // body's after the possessive.
              if (j + 1 < tokens().size() && Folded(j) == "'s") {
                auto body =
                    lexicon_.LongestMatch(tokens(), j + 1, doc_.clean.text);
                auto agent = body ? AgentIn(*body) : std::nullopt;
                if (agent && !lexicon_.entry(*agent).codes.empty()) {
                  p.role = p.head_role = lexicon_.entry(*agent).codes[0].code;
                  j += 1 + body->length;
                }
              }
            }
          }
        }
        break;
      }
      uint32_t id = Choose(*match);
      // After a possessive ("Peru's Congress") or a country's name ("the
      // Brazilian Senate"), a word that is also a body's name is read as the
      // role word.
      if (after_possessive ||
          (p.base_entry && !p.has_agent &&
           (lexicon_.entry(*p.base_entry).kind == ActorKind::kCountry ||
            lexicon_.entry(*p.base_entry).kind == ActorKind::kDemonym))) {
        if (auto agent = AgentIn(*match)) id = *agent;
        after_possessive = false;
      }
      const LexiconEntry& e = lexicon_.entry(id);
      bool done = false;
      switch (e.kind) {
        case ActorKind::kTitle:
          if (p.person || !p.unknown_name.empty()) {
            done = true;
            break;
          }
          p.titled = true;
          j += match->length;
          break;
        case ActorKind::kAgent:
          if (p.person || !p.unknown_name.empty()) {
            done = true;
            break;
          }
          p.has_agent = true;
          if (!e.codes.empty()) p.role = e.codes[0].code;
          p.head_role = e.codes.empty() ? std::string() : e.codes[0].code;
          p.person_agent = true;
          j += match->length;
          break;
        case ActorKind::kPerson:
          if (p.person || !p.unknown_name.empty()) {
            done = true;
            break;
          }
          if (match->length == 1) {
            // "Mike Powell" is not Colin Powell, nor "Melania Trump" Donald:
            // a surname after an unknown first name, or alone after such a
            // name earlier in the document (unless the dictionary's person
            // was named in full), is someone the dictionary lacks.
            std::string surname(Word(j));
            if (j == p.begin && j > 0 && IsUnknownNameWord(j - 1)) {
              local_surnames_.insert(surname);
              return j + 1;
            }
            if (local_surnames_.count(surname) && !LastOfEntry(id)) {
              p.name_begin = j;
              p.unknown_name = surname;
              j += 1;
              done = true;
              break;
            }
          }
          p.person = id;
          p.name_begin = j;
          j += match->length;
          if (j < tokens().size() && Folded(j) == "'s") {
            // "Assad's government": the person qualifies what follows.
            auto next =
                j + 1 < tokens().size()
                    ? lexicon_.LongestMatch(tokens(), j + 1, doc_.clean.text)
                    : std::nullopt;
            if (next && AgentIn(*next)) {
              std::string code = e.CodeOn(date_);
              std::string country = lexicon_.CountryOf(code);
              p.base_code = country.empty() ? code : country;
              p.base_entry = id;
              p.person.reset();
              p.role.clear();
              p.has_agent = false;
              p.person_agent = false;
              p.titled = false;
              ++j;
              after_possessive = true;
              break;
            }
          }
          done = true;
          break;
        default:  // country, demonym, place, organisation, group
          if (p.person || p.has_agent || !p.unknown_name.empty() ||
              !p.base_code.empty()) {
            done = true;
            break;
          }
          if (p.titled && match->length == 1 && IsCapitalised(Word(j)) &&
              e.kind != ActorKind::kOrganisation &&
              e.kind != ActorKind::kGroup) {
            // "Mr Irish", "Mr Wellington": a surname, not a country.
            size_t k = ScanName(j);
            p.name_begin = j;
            p.unknown_name = std::string(doc_.clean.text.substr(
                tokens()[j].clean_begin,
                tokens()[k - 1].clean_end - tokens()[j].clean_begin));
            j = k;
            done = true;
            break;
          }
          p.base_code = e.CodeOn(date_);
          p.base_entry = id;
          j += match->length;
          if (size_t k = LedCoalition(j); k > j) {
            // "the Saudi-led coalition": the leading state's forces.
            p.has_agent = true;
            p.role = p.head_role = "MIL";
            j = k;
            done = true;
            break;
          }
          if (j < tokens().size() && In(Folded(j), kMilitarySites) &&
              e.kind == ActorKind::kDemonym) {
            // "shelled Russian positions": a country's military's.
            p.has_agent = true;
            p.role = p.head_role = "MIL";
            j += 1;
            done = true;
            break;
          }
          if (j + 1 < tokens().size() && Folded(j) == "-" &&
              !tokens()[j].space_before && Folded(j + 1) == "owned" &&
              (e.kind == ActorKind::kCountry ||
               e.kind == ActorKind::kDemonym)) {
            // "a Greek-owned oil tanker", "a US-owned car factory": the
            // country's business.
            p.has_agent = true;
            p.role = p.head_role = "BUS";
            done = true;
            break;
          }
          if (j < tokens().size() && Folded(j) == "'s") {
            auto next =
                j + 1 < tokens().size()
                    ? lexicon_.LongestMatch(tokens(), j + 1, doc_.clean.text)
                    : std::nullopt;
            if (next && AgentIn(*next)) {
              ++j;
              after_possessive = true;
            } else if (size_t k = RoleWordAfterQualifiers(j + 1, 4);
                       k > j + 1) {
              // "Brazil's federal police", "Nepal's royal government",
              // "Russia's two biggest oil companies": the country's body
              // that the words between qualify.
              j = k;
              after_possessive = true;
            } else {
              done = true;
            }
          }
          break;
      }
      if (done) break;
    }
    p.end = j;
    if (p.end <= p.begin) return i;
    return Finish(p, i);
  }

  size_t Finish(const Phrase& p, size_t start) {
    const size_t end = p.end;
    ActorMention m = MakeMention(p.begin, end);
    m.composed_code = ComposePhrase(p);
    bool anaphor = false;
    std::optional<uint32_t> body;
    if (p.base_entry && (p.person || !p.unknown_name.empty() || p.has_agent) &&
        lexicon_.entry(*p.base_entry).kind == ActorKind::kOrganisation) {
      body = p.base_entry;
    }
    if (p.person) {
      const LexiconEntry& e = lexicon_.entry(*p.person);
      m.person_entry = p.person;
      m.kind = ActorKind::kPerson;
      m.name = e.name;
      m.code = PersonCode(lexicon_, e, m.composed_code, date_);
      m.resolved_from = LastOfEntry(*p.person);
    } else if (!p.unknown_name.empty()) {
      m.kind = ActorKind::kPerson;
      m.name = p.unknown_name;
      m.code = m.composed_code;
      if (m.code.empty()) ResolveSurname(p.unknown_name, &m);
      if (size_t space = p.unknown_name.rfind(' '); space != std::string::npos)
        local_surnames_.insert(p.unknown_name.substr(space + 1));
    } else if (p.base_entry) {
      const LexiconEntry& e = lexicon_.entry(*p.base_entry);
      m.kind = p.has_agent ? ActorKind::kAgent : e.kind;
      m.name = e.name;
      // "Syrian president", "Assad's government": named by their country.
      std::string country = lexicon_.CountryOf(m.composed_code);
      if ((e.kind == ActorKind::kDemonym || e.kind == ActorKind::kPerson) &&
          !country.empty()) {
        m.name = CountryName(country);
      }
      m.code = m.composed_code;
      m.plural = p.has_agent && IsPluralAgent(p);
      // A place or a country at the end of a longer name ("Real Madrid",
      // "Tony Jordan", "Air China", "Hotel Rwanda") is no actor, nor a place
      // at its start ("the Athens Olympics", "the Washington Post"); a
      // country there names whose it is ("US Federal Reserve", "UK Film
      // Council").
      bool place = e.kind == ActorKind::kPlace;
      if ((place || e.kind == ActorKind::kCountry) && !p.has_agent &&
          ((p.begin > 0 && IsUnknownNameWord(p.begin - 1)) ||
           (place && IsUnknownNameWord(p.end))))
        return end;
      if (place && !p.has_agent) {
        // A place where something happens is its country.
        if (IsLocation(p)) {
          if (std::string c = lexicon_.CountryOf(m.code); !c.empty())
            m.code = m.composed_code = c;
        }
      }
    } else if (p.has_agent) {
      // An agent alone: "the agency", "civilians", "the government".
      if (!ResolveAgent(p, &m)) return end;
      anaphor = p.role.empty();  // "the agency" stands for the FBI named
    } else {
      return end > start ? end : start;  // a title alone
    }
    const bool pending = m.code.empty();
    Push(std::move(m), anaphor, body);
    if (pending) pending_.push_back({mentions_.size() - 1, p.role});
    return end;
  }

  bool IsPluralAgent(const Phrase& p) const {
    std::string_view last = Folded(p.end - 1);
    if (last == "people" || last == "men" || last == "women" ||
        last == "children" || last == "militiamen" || last == "police") {
      return true;
    }
    return last.size() > 1 && last.back() == 's' && last != "'s";
  }

  // A role word that qualifies a plural noun after it stands for that
  // group: "opposition supporters", "opposition rallies", "political party
  // activities".
  bool QualifiesPlural(const Phrase& p) const {
    if (p.end >= tokens().size()) return false;
    const Token& t = tokens()[p.end];
    std::string_view w = Word(p.end);
    if (t.kind != TokenKind::kWord || w.size() < 4 || IsCapitalised(w))
      return false;
    return w.back() == 's' && w[w.size() - 2] != 's' &&
           w[w.size() - 2] != '\'' &&
           lexicon_.LongestMatch(tokens(), p.end, doc_.clean.text) ==
               std::nullopt;
  }

  std::optional<uint32_t> LastOfEntry(uint32_t entry) const {
    for (size_t k = mentions_.size(); k-- > 0;) {
      if (mentions_[k].person_entry == entry && !anaphor_[k])
        return static_cast<uint32_t>(k);
    }
    return std::nullopt;
  }

  // "Mr Smith" after "Foreign Minister John Smith".
  void ResolveSurname(const std::string& name, ActorMention* m) {
    std::string_view last = name;
    if (size_t space = last.rfind(' '); space != std::string_view::npos)
      last = last.substr(space + 1);
    for (size_t k = mentions_.size(); k-- > 0;) {
      const ActorMention& prior = mentions_[k];
      if (prior.kind != ActorKind::kPerson || prior.code.empty() || anaphor_[k])
        continue;
      // The whole last word: "Mr Son" is not "Johnson".
      std::string_view prior_name = prior.name;
      size_t at = prior_name.size() - std::min(prior_name.size(), last.size());
      if (prior_name.size() >= last.size() && prior_name.substr(at) == last &&
          (at == 0 || prior_name[at - 1] == ' ' || prior_name[at - 1] == '-')) {
        m->code = prior.code;
        m->name = prior.name;
        m->person_entry = prior.person_entry;
        m->resolved_from = static_cast<uint32_t>(k);
        return;
      }
    }
  }

  // Role words of the sentence just read that no country named before them
  // explains ("thousands of protesters marched in Khartoum", "protesters
  // packed Cairo's Tahrir Square") take the country of the first place or
  // country named after them as where it happens: after a locative ("in",
  // "through", "near" ...; "in central Athens") or as a possessive
  // ("Cairo's", "Germany's").
  //
  // Without such a place, the people of a country and its own bodies
  // outside the state ("detained 42 journalists", "refused to free jailed
  // opposition politician Ales Kovalenko", "massacred hundreds of
  // villagers") are those of the nearest actor named before them in the
  // sentence: news names the country of a domestic crackdown once, on the
  // side that acts.
  void ResolveFromLaterPlace() {
    for (const auto& [k, role] : pending_) {
      ActorMention& m = mentions_[k];
      std::string country;
      for (size_t j = k + 1; j < mentions_.size(); ++j) {
        const ActorMention& place = mentions_[j];
        if (place.kind != ActorKind::kPlace &&
            place.kind != ActorKind::kCountry)
          continue;
        country = place.country.empty() ? lexicon_.CountryOf(place.code)
                                        : place.country;
        if (!country.empty() && IsWhereItHappens(place)) break;
        country.clear();
      }
      // Not the reporters a leader speaks to, often foreign ones.
      if (country.empty() && In(role, kDomesticRoles)) {
        for (size_t j = k; j-- > sentence_start_;) {
          const ActorMention& prior = mentions_[j];
          if (prior.token_end > m.token_begin || prior.country.empty())
            continue;
          if (prior.kind != ActorKind::kPerson || role != "MED")
            country = prior.country;
          break;
        }
      }
      if (country.empty()) continue;
      m.code = m.composed_code = country + role;
      m.country = country;
      m.name = CountryName(country);
    }
    pending_.clear();
  }

  // Whether a place or country mention says where something happens: "in
  // Minsk", "through London", "in central Athens", "Cairo's Tahrir Square".
  bool IsWhereItHappens(const ActorMention& place) const {
    size_t k = place.token_begin;
    if (k > 0 && Folded(k - 1) == "the") --k;
    if (k > 0 && In(Folded(k - 1), kDirections)) --k;
    if (k > 0 && (In(Folded(k - 1), kLocatives) || Folded(k - 1) == "through"))
      return true;
    return place.token_end < tokens().size() &&
           Folded(place.token_end) == "'s";
  }

  // An agent alone takes what it stands for from the text only where that
  // is clear: a role word ("civilians") from the nearest country named in
  // its sentence; a word of office ("the agency") from the last
  // organisation named.
  bool ResolveAgent(const Phrase& p, ActorMention* m) {
    // "told parliament": a country's one parliament needs no article.
    const bool determined =
        Determined(p.begin) ||
        (p.end == p.begin + 1 && Folded(p.begin) == "parliament" &&
         !IsCapitalised(Word(p.begin)));
    if (p.role.empty()) {
      // "the Council of Mortgage Lenders" is named by what follows.
      if (!determined || (p.end < tokens().size() && Folded(p.end) == "of"))
        return false;
      for (size_t k = mentions_.size(); k-- > 0;) {
        const ActorMention& prior = mentions_[k];
        if (sentence_->index > prior.sentence_index + 3) break;
        if (prior.kind == ActorKind::kOrganisation && !prior.code.empty()) {
          uint32_t named = Antecedent(k);
          m->kind = prior.kind;
          m->code = mentions_[named].code;
          m->name = mentions_[named].name;
          m->resolved_from = named;
          return true;
        }
        if (body_[k]) {
          // "FBI director James Comey said the agency ...": the FBI.
          const LexiconEntry& e = lexicon_.entry(*body_[k]);
          if (std::string code = e.CodeOn(date_); !code.empty()) {
            m->kind = ActorKind::kOrganisation;
            m->code = code;
            m->name = e.name;
            m->resolved_from = static_cast<uint32_t>(k);
            return true;
          }
        }
      }
      return false;
    }
    if (!determined && !IsPluralAgent(p) && !QualifiesPlural(p)) return false;
    // "civilians in the Central African Republic": the country right after.
    std::string country = CountryAfterIn(p.end);
    // Else the nearest country or place named before it in the sentence: a
    // country named only later ("... at 4.30pm UK time") is no context, nor
    // is a person, whose counterpart is often foreign ("Assad received the
    // envoy").
    // "the government", "the opposition", "the army" after a national
    // actor ("Saudi activists demanded that the government ...") are that
    // country's; a person word ("the envoy") is not, being often foreign.
    static const char* const kInstitutions[] = {
        "government", "opposition", "army",        "military",
        "police",     "parliament", "authorities", "regime",
        "cabinet",    "judiciary",  "ministry"};
    const bool institution =
        determined && p.end == p.begin + 1 &&
        std::find(std::begin(kInstitutions), std::end(kInstitutions),
                  Folded(p.begin)) != std::end(kInstitutions);
    for (size_t k = mentions_.size();
         country.empty() && k-- > sentence_start_;) {
      const ActorMention& prior = mentions_[k];
      // "the opposition ... demanded the prime minister's resignation",
      // "opposition leader Bobi Wine was arrested by security forces": a
      // country's own people and bodies outside the state deal with its
      // government and its police.
      const bool governed =
          (p.role == "GOV" || p.role == "COP") && IsDomestic(prior);
      if ((prior.kind == ActorKind::kCountry ||
           prior.kind == ActorKind::kPlace ||
           (institution && (prior.kind == ActorKind::kAgent ||
                            prior.kind == ActorKind::kPerson ||
                            prior.kind == ActorKind::kDemonym)) ||
           governed) &&
          prior.token_end <= p.begin && !prior.country.empty()) {
        country = prior.country;
        m->resolved_from = static_cast<uint32_t>(k);
        break;
      }
    }
    if (country.empty()) {
      // Perhaps the place where it happens, named later in the sentence
      // ("protesters marched in Khartoum"): ResolveFromLaterPlace decides
      // once the sentence is read; without one the mention is dropped.
      m->kind = ActorKind::kAgent;
      m->code.clear();
      m->composed_code.clear();
      m->name.clear();
      m->plural = IsPluralAgent(p);
      return true;
    }
    m->kind = ActorKind::kAgent;
    m->code = country + p.role;
    m->composed_code = m->code;
    m->name = CountryName(country);
    m->plural = IsPluralAgent(p);
    return true;
  }

  // True iff "the", "its" or "their" comes before token `i`, or before at
  // most two lower-case words that qualify it: "the government", "the main
  // opposition party", "the infrastructure ministry".
  bool Determined(size_t i) const {
    for (size_t k = i; k-- > 0 && k + 3 > i;) {
      std::string_view f = Folded(k);
      if (f == "the" || f == "its" || f == "their") return true;
      if (tokens()[k].kind != TokenKind::kWord || IsCapitalised(Word(k)) ||
          In(f, kMinorWords) || In(f, kNotInOffice) ||
          lexicon_.LongestMatch(tokens(), k, doc_.clean.text))
        return false;
    }
    return false;
  }

  // True iff `m` is a country's people or one of its bodies outside the
  // state (kDomesticRoles): "BGDOPP", "THAOPP".
  static bool IsDomestic(const ActorMention& m) {
    return !m.country.empty() && m.code.size() == m.country.size() + 3 &&
           m.code.starts_with(m.country) &&
           In(std::string_view(m.code).substr(m.country.size()),
              kDomesticRoles);
  }

  // The country named by "in [the] COUNTRY" at token `i`, or empty.
  std::string CountryAfterIn(size_t i) const {
    if (i >= tokens().size() || Folded(i) != "in") return {};
    size_t j = i + 1;
    if (j < tokens().size() && Folded(j) == "the") ++j;
    auto match = lexicon_.LongestMatch(tokens(), j, doc_.clean.text);
    if (!match) return {};
    for (uint32_t id : match->entries) {
      const LexiconEntry& e = lexicon_.entry(id);
      if (e.kind == ActorKind::kCountry || e.kind == ActorKind::kPlace) {
        return lexicon_.CountryOf(e.CodeOn(date_));
      }
    }
    return {};
  }

  std::string CountryName(const std::string& country) const {
    auto id = lexicon_.CountryEntry(country);
    return id ? lexicon_.entry(*id).name : country;
  }

  // "the two presidents", "both countries", "the leaders": the actors most
  // often named so far in the document (and in the sentence itself).
  size_t TryPluralReference(size_t i) {
    // Asked at every token: those that start no such reference leave
    // without the frame of the rest.
    const std::string_view first = Folded(i);
    if (first != "both" && first != "the") return i;
    return ResolvePluralReference(i);
  }

  size_t ResolvePluralReference(size_t i) {
    size_t j = i;
    const bool both = Folded(j) == "both";
    ++j;
    size_t count = 2;
    if (j < tokens().size() && (Folded(j) == "two" || Folded(j) == "three")) {
      count = Folded(j) == "two" ? 2 : 3;
      ++j;
    } else if (!both && j < tokens().size() && Folded(j) != "leaders") {
      return i;  // "the presidents" is too vague; "the leaders" is not
    }
    if (j >= tokens().size()) return i;
    bool persons = In(Folded(j), kPluralPersonWords);
    bool countries = In(Folded(j), kPluralCountryWords);
    if (!persons && !countries) return i;
    size_t end = j + 1;
    if (Folded(j) == "prime" && end < tokens().size() &&
        Folded(end) == "ministers")
      ++end;
    // Count the candidates: people by entry or name, countries by code.
    // Pronouns and earlier plural references add to how salient an actor
    // is, but the reference points at a mention that names it.
    // The keys are views of the mentions' own strings, and a handful of
    // actors is searched in turn: a map of copied strings cost more than
    // the rest of the reference. The order of `seen` is no matter, the
    // ranking below being a total order.
    struct Seen {
      std::string_view key;
      int count = 0;
      size_t first = 0;
      std::optional<size_t> last;
    };
    std::vector<Seen> seen;
    auto count_all = [&] {
      seen.clear();
      for (size_t k = 0; k < mentions_.size(); ++k) {
        const ActorMention& m = mentions_[k];
        std::string_view key;
        if (persons && m.kind == ActorKind::kPerson) key = m.name;
        if (countries && !m.country.empty()) key = m.country;
        if (key.empty()) continue;
        auto s = std::find_if(seen.begin(), seen.end(),
                              [&](const Seen& x) { return x.key == key; });
        if (s == seen.end()) {
          s = seen.insert(seen.end(), Seen{key, 0, 0, std::nullopt});
        }
        if (s->count++ == 0) s->first = k;
        if (!anaphor_[k]) s->last = k;
      }
    };
    count_all();
    // Too few actors named so far: those named later in the same sentence
    // count ("the two presidents discussed ... after Putin called Trump").
    // Counted again from the start, as new mentions may move the old ones.
    size_t before = mentions_.size();
    if (seen.size() < count) {
      for (size_t k = end; k < tokens().size();) {
        size_t next = TryPhrase(k);
        k = next == k ? k + 1 : next;
      }
      count_all();
    }
    std::vector<ActorMention> ahead(mentions_.begin() + before,
                                    mentions_.end());
    mentions_.resize(before);
    anaphor_.resize(before);
    body_.resize(before);
    std::vector<Seen> ranked;
    for (const Seen& s : seen) {
      if (s.last) ranked.push_back(s);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Seen& a, const Seen& b) {
      if (a.count != b.count) return a.count > b.count;
      return *a.last > *b.last;
    });
    if (ranked.size() < count) return i;
    ranked.resize(count);
    // One mention each, in the order the actors were first named.
    std::sort(ranked.begin(), ranked.end(),
              [](const Seen& a, const Seen& b) { return a.first < b.first; });
    std::vector<ActorMention> refs;
    for (size_t r = 0; r < count; ++r) {
      size_t k = *ranked[r].last;
      const ActorMention& target =
          k < before ? mentions_[k] : ahead[k - before];
      ActorMention m = MakeMention(i, end);
      m.kind = target.kind;
      m.code = countries ? target.country : target.code;
      m.name = countries ? std::string(target.country) : target.name;
      if (countries) {
        m.kind = ActorKind::kCountry;
        m.name = CountryName(target.country);
      }
      m.person_entry = countries ? std::nullopt : target.person_entry;
      m.composed_code = target.composed_code;
      m.plural = true;
      if (k < before) m.resolved_from = static_cast<uint32_t>(k);
      refs.push_back(std::move(m));
    }
    for (ActorMention& m : refs) Push(std::move(m), /*anaphor=*/true);
    return end;
  }

  // A capitalised word the dictionaries do not know, alone, that is the
  // first or the last word of a person named in full earlier in the
  // document: "Moon" after "President Moon Jae-in", "Kovalenko" after
  // "opposition politician Ales Kovalenko".
  size_t TryNamePart(size_t i) {
    if (tokens()[i].kind != TokenKind::kWord || !IsCapitalised(Word(i)) ||
        title_case_) {
      return i;
    }
    if (i + 1 < tokens().size() && IsCapitalised(Word(i + 1)) &&
        tokens()[i + 1].kind == TokenKind::kWord) {
      return i;  // part of a longer name
    }
    // The first or the last word of a name is the word with a space after
    // or before it: no search for the name's spaces, which cost more than
    // the rest at every capitalised word. A word with a space is neither.
    const std::string_view word = Word(i);
    if (word.find(' ') != std::string_view::npos) return i;
    const size_t size = word.size();
    for (size_t n = full_names_.size(); n-- > 0;) {
      const size_t k = full_names_[n];
      const ActorMention& prior = mentions_[k];
      if (prior.kind != ActorKind::kPerson || prior.code.empty()) continue;
      const std::string_view name = prior.name;
      if (name.size() <= size) continue;
      const bool first = name[size] == ' ' && name.starts_with(word);
      const bool last =
          name[name.size() - size - 1] == ' ' && name.ends_with(word);
      if (!first && !last) continue;
      // A word the dictionaries know is read as they say.
      if (lexicon_.LongestMatch(tokens(), i, doc_.clean.text)) return i;
      ActorMention m = MakeMention(i, i + 1);
      m.kind = ActorKind::kPerson;
      m.code = prior.code;
      m.composed_code = prior.composed_code;
      m.name = prior.name;
      m.person_entry = prior.person_entry;
      m.resolved_from = static_cast<uint32_t>(k);
      Push(std::move(m));
      return i + 1;
    }
    return i;
  }

  // he, she, him, his, her: the last person named, in this sentence or the
  // two before it; they, them, their: the last plural mention, and all the
  // actors of a plural reference ("the two presidents ... they").
  size_t TryPronoun(size_t i) {
    bool singular = In(Folded(i), kSingularPronouns);
    bool plural = In(Folded(i), kPluralPronouns);
    if (!singular && !plural) return i;
    for (size_t k = mentions_.size(); k-- > 0;) {
      const ActorMention& prior = mentions_[k];
      if (sentence_->index > prior.sentence_index + 2) break;
      bool fits = singular ? prior.kind == ActorKind::kPerson && !prior.plural
                           : prior.plural;
      if (!fits) continue;
      size_t first = k;
      while (plural && first > 0 && anaphor_[first - 1] &&
             mentions_[first - 1].span == prior.span)
        --first;
      for (size_t g = first; g <= k; ++g) {
        const ActorMention& target = mentions_[g];
        ActorMention m = MakeMention(i, i + 1);
        m.kind = target.kind;
        m.code = target.code;
        m.name = target.name;
        m.person_entry = target.person_entry;
        m.composed_code = target.composed_code;
        m.plural = target.plural;
        m.resolved_from = Antecedent(g);
        Push(std::move(m), /*anaphor=*/true);
      }
      return i + 1;
    }
    return i + 1;
  }

  const Lexicon& lexicon_;
  const SegmentedDocument& doc_;
  const std::optional<Date>& date_;
  const Sentence* sentence_ = nullptr;
  size_t sentence_start_ = 0;
  // Role words of the current sentence waiting for a place named after
  // them: (index in mentions_, role).
  std::vector<std::pair<size_t, std::string>> pending_;
  std::vector<ActorMention> mentions_;
  std::vector<bool> anaphor_;  // parallel to mentions_
  // Indices in mentions_ of people named in two words or more.
  std::vector<size_t> full_names_;
  // Also parallel: the organisation that qualifies a person or a role ("FBI
  // director James Comey"), for a later "the agency".
  std::vector<std::optional<uint32_t>> body_;
  bool title_case_ = false;  // the sentence being read
  // Surnames of people named in full but not in the dictionary ("Sandy
  // Powell"): the surname alone is then theirs.
  std::set<std::string, std::less<>> local_surnames_;
};

}  // namespace

namespace {

// The role of a code made of a country and one role ("ISRMIL" -> "MIL"), or
// empty.
std::string RoleOf(const ActorMention& m) {
  if (m.country.empty() || m.code.size() != 6 ||
      m.code.compare(0, 3, m.country) != 0) {
    return {};
  }
  return m.code.substr(3);
}

// A role shared across "and": "Egyptian and Israeli forces" are both
// forces, "the foreign ministers of Armenia and Azerbaijan" both
// ministers.
void ShareCoordinatedRoles(const Lexicon& lexicon,
                           const SegmentedDocument& document,
                           std::vector<ActorMention>* mentions) {
  // The role of a mention's last word, when it is a role word: "GOV" for
  // "EU negotiators", whose code, the body's, names none.
  auto last_role = [&](const ActorMention& m) -> std::string {
    const Sentence& sentence = document.sentences[m.sentence_index];
    auto match = lexicon.LongestMatch(sentence.tokens, m.token_end - 1,
                                      document.clean.text);
    if (!match || match->length != 1) return {};
    for (uint32_t id : match->entries) {
      const LexiconEntry& e = lexicon.entry(id);
      if (e.kind == ActorKind::kAgent && !e.codes.empty()) {
        return e.codes[0].code;
      }
    }
    return {};
  };
  for (size_t k = 0; k + 1 < mentions->size(); ++k) {
    ActorMention& a = (*mentions)[k];
    ActorMention& b = (*mentions)[k + 1];
    if (a.sentence_index != b.sentence_index ||
        b.token_begin != a.token_end + 1) {
      continue;
    }
    const Sentence& sentence = document.sentences[a.sentence_index];
    if (sentence.tokens[a.token_end].folded != "and") continue;
    const bool a_bare =
        a.code == a.country && !a.country.empty() &&
        (a.kind == ActorKind::kDemonym || a.kind == ActorKind::kCountry);
    const bool b_bare = b.code == b.country && !b.country.empty() &&
                        b.kind == ActorKind::kCountry;
    const std::string b_role = b.kind != ActorKind::kAgent ? std::string()
                               : !RoleOf(b).empty()        ? RoleOf(b)
                                                           : last_role(b);
    if (a_bare && !b_role.empty() && b.token_end > b.token_begin + 1) {
      // "Egyptian and Israeli forces", "US and South Korean troops",
      // "Iranian and EU negotiators".
      a.code = a.country + b_role;
      a.composed_code = a.code;
      a.kind = ActorKind::kAgent;
    } else if (a.kind == ActorKind::kAgent && !a.country.empty() &&
               !RoleOf(a).empty() && b.kind == ActorKind::kAgent &&
               b.token_end == b.token_begin + 1 && !last_role(b).empty()) {
      // "British warplanes and warships": a role word alone after "and"
      // is of the country of the role before it, not of a place named
      // later.
      b.code = b.composed_code = a.country + last_role(b);
      b.country = a.country;
      b.name = a.name;
    } else if (b_bare && a.kind == ActorKind::kAgent && !RoleOf(a).empty() &&
               a.token_end >= 2 &&
               sentence.tokens[a.token_end - 2].folded == "of") {
      b.code = b.country + RoleOf(a);  // "ministers of Armenia and Azerbaijan"
      b.composed_code = b.code;
      b.kind = ActorKind::kAgent;
    }
  }
  // "the leaders of India, Indonesia, Sri Lanka and Thailand": the role
  // runs on through a list of bare countries after "of".
  for (size_t k = 0; k + 1 < mentions->size(); ++k) {
    const ActorMention& a = (*mentions)[k];
    const Sentence& sentence = document.sentences[a.sentence_index];
    const std::string role = RoleOf(a);
    if (a.kind != ActorKind::kAgent || role.empty() || a.token_end < 2 ||
        sentence.tokens[a.token_end - 2].folded != "of") {
      continue;
    }
    uint32_t end = a.token_end;
    for (size_t j = k + 1; j < mentions->size(); ++j) {
      ActorMention& b = (*mentions)[j];
      if (b.sentence_index != a.sentence_index || b.token_begin != end + 1) {
        break;
      }
      const std::string& between = sentence.tokens[end].folded;
      const bool bare = b.code == b.country && !b.country.empty() &&
                        b.kind == ActorKind::kCountry;
      if ((between != "," && between != "and") || !bare) break;
      b.code = b.composed_code = b.country + role;
      b.kind = ActorKind::kAgent;
      end = b.token_end;
      if (between == "and") break;
    }
  }
}

}  // namespace

std::vector<ActorMention> ActorRecognizer::Find(
    const SegmentedDocument& document, const std::optional<Date>& date) const {
  std::vector<ActorMention> mentions =
      DocumentResolver(lexicon_, document, date).Run();
  ShareCoordinatedRoles(lexicon_, document, &mentions);
  return mentions;
}

std::string ActorRecognizer::CodeOn(const ActorMention& mention,
                                    const std::optional<Date>& date) const {
  if (mention.person_entry) {
    return PersonCode(lexicon_, lexicon_.entry(*mention.person_entry),
                      mention.composed_code, date);
  }
  return mention.code;
}

}  // namespace dyad
