#include <algorithm>
#include <array>
#include <map>

#include "dyad/actors.h"

namespace dyad {
namespace {

bool IsCapitalised(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') ||
                        static_cast<unsigned char>(w[0]) >= 0xC3);
}

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Lower-case words inside names: "Bashar al-Assad", "Luiz Inacio Lula da
// Silva", "Ursula von der Leyen".
constexpr std::array<std::string_view, 16> kNameParticles = {
    "al", "bin", "ibn", "bint", "abu", "el", "de", "da", "do", "dos",
    "du", "van", "von", "der", "le", "la"};

constexpr std::array<std::string_view, 9> kPluralPersonWords = {
    "presidents", "leaders", "ministers", "premiers", "men",
    "women", "prime", "heads", "sides"};
constexpr std::array<std::string_view, 5> kPluralCountryWords = {
    "countries", "nations", "states", "governments", "neighbours"};

constexpr std::array<std::string_view, 5> kSingularPronouns = {
    "he", "she", "him", "his", "her"};
constexpr std::array<std::string_view, 3> kPluralPronouns = {"they", "them",
                                                             "their"};

int Priority(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return 0;
    case ActorKind::kOrganisation: return 1;
    case ActorKind::kGroup: return 2;
    case ActorKind::kPlace: return 3;
    case ActorKind::kCountry: return 4;
    case ActorKind::kDemonym: return 5;
    case ActorKind::kAgent: return 6;
    case ActorKind::kTitle: return 7;
  }
  return 8;
}

// A noun phrase being read: qualifiers, agents, a title, a name.
struct Phrase {
  size_t begin = 0;
  size_t end = 0;               // tokens [begin, end) of the mention
  std::optional<uint32_t> person;
  std::optional<uint32_t> base_entry;
  std::string base_code;        // from a country, place, organisation, group
  std::string role;             // the last agent's role, if any
  bool has_agent = false;
  bool titled = false;
  bool person_agent = false;    // an agent that may precede a name
  std::string unknown_name;
  size_t name_begin = 0;
};

class DocumentResolver {
 public:
  DocumentResolver(const Lexicon& lexicon, const SegmentedDocument& doc,
                   const std::optional<Date>& date)
      : lexicon_(lexicon), doc_(doc), date_(date) {}

  std::vector<ActorMention> Run() {
    for (const Sentence& sentence : doc_.sentences) {
      sentence_ = &sentence;
      sentence_start_ = mentions_.size();
      const auto& tokens = sentence.tokens;
      size_t i = 0;
      while (i < tokens.size()) {
        size_t next = TryPluralReference(i);
        if (next == i) next = TryPronoun(i);
        if (next == i) next = TryPhrase(i);
        i = next == i ? i + 1 : next;
      }
    }
    // Unknown people that nothing resolved carry no code: not actors.
    std::vector<ActorMention> out;
    std::vector<int64_t> renumber(mentions_.size(), -1);
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k].code.empty()) continue;
      renumber[k] = static_cast<int64_t>(out.size());
      out.push_back(mentions_[k]);
    }
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
  const std::string& Folded(size_t i) const { return tokens()[i].folded; }

  std::string Compose(const std::string& base, const std::string& role) const {
    if (role.empty()) return base;
    if (base.size() == 3 && !lexicon_.CountryOf(base).empty())
      return base + role;
    return base;
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
    for (uint32_t id : match.entries) {
      if (score(id) < score(best)) best = id;
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

  ActorMention MakeMention(size_t begin, size_t end) const {
    ActorMention m;
    m.sentence_index = sentence_->index;
    m.token_begin = static_cast<uint32_t>(begin);
    m.token_end = static_cast<uint32_t>(end);
    m.span = Span{tokens()[begin].span.begin, tokens()[end - 1].span.end};
    return m;
  }

  // `anaphor`: the mention is a pronoun or a plural reference, which later
  // mentions of the same person do not point back to.
  void Push(ActorMention m, bool anaphor = false) {
    if (!m.code.empty()) m.country = lexicon_.CountryOf(m.code);
    mentions_.push_back(std::move(m));
    anaphor_.push_back(anaphor);
  }

  size_t TryPhrase(size_t i) {
    Phrase p;
    size_t j = i;
    if (Folded(j) == "the" && j + 1 < tokens().size()) ++j;
    p.begin = j;
    bool after_possessive = false;  // the last token read was "'s"
    while (j < tokens().size()) {
      auto match = lexicon_.LongestMatch(tokens(), j, doc_.clean.text);
      if (!match) {
        bool may_name = (p.titled || p.person_agent) && !p.person &&
                        p.unknown_name.empty();
        if (may_name && tokens()[j].kind == TokenKind::kWord &&
            IsCapitalised(Word(j))) {
          size_t k = ScanName(j);
          if (k > j) {
            p.name_begin = j;
            p.unknown_name = std::string(
                doc_.clean.text.substr(tokens()[j].clean_begin,
                                       tokens()[k - 1].clean_end -
                                           tokens()[j].clean_begin));
            j = k;
            continue;
          }
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
            }
          }
        }
        break;
      }
      uint32_t id = Choose(*match);
      if (after_possessive) {
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
          p.person_agent = true;
          j += match->length;
          break;
        case ActorKind::kPerson:
          if (p.person || !p.unknown_name.empty()) {
            done = true;
            break;
          }
          p.person = id;
          p.name_begin = j;
          j += match->length;
          if (j < tokens().size() && Folded(j) == "'s") {
            // "Assad's government": the person qualifies what follows.
            auto next = j + 1 < tokens().size()
                            ? lexicon_.LongestMatch(tokens(), j + 1,
                                                    doc_.clean.text)
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
          p.base_code = e.CodeOn(date_);
          p.base_entry = id;
          j += match->length;
          if (j < tokens().size() && Folded(j) == "'s") {
            auto next = j + 1 < tokens().size()
                            ? lexicon_.LongestMatch(tokens(), j + 1,
                                                    doc_.clean.text)
                            : std::nullopt;
            if (next && AgentIn(*next)) {
              ++j;
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
    m.composed_code = Compose(p.base_code, p.role);
    if (p.person) {
      const LexiconEntry& e = lexicon_.entry(*p.person);
      m.person_entry = p.person;
      m.kind = ActorKind::kPerson;
      m.name = e.name;
      m.code = e.CodeOn(date_);
      if (m.code.empty()) m.code = m.composed_code;
      m.resolved_from = LastOfEntry(*p.person);
    } else if (!p.unknown_name.empty()) {
      m.kind = ActorKind::kPerson;
      m.name = p.unknown_name;
      m.code = m.composed_code;
      if (m.code.empty()) ResolveSurname(p.unknown_name, &m);
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
    } else if (p.has_agent) {
      // An agent alone: "the agency", "civilians", "the government".
      if (!ResolveAgent(p, &m)) return end;
    } else {
      return end > start ? end : start;  // a title alone
    }
    Push(std::move(m));
    return end;
  }

  bool IsPluralAgent(const Phrase& p) const {
    std::string_view last = Folded(p.end - 1);
    return last.size() > 1 && last.back() == 's' && last != "'s";
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
      if (prior.kind != ActorKind::kPerson || prior.code.empty()) continue;
      std::string_view prior_name = prior.name;
      if (prior_name.size() >= last.size() &&
          prior_name.substr(prior_name.size() - last.size()) == last) {
        m->code = prior.code;
        m->name = prior.name;
        m->person_entry = prior.person_entry;
        m->resolved_from = static_cast<uint32_t>(k);
        return;
      }
    }
  }

  // An agent alone takes what it stands for from the text only where that
  // is clear: a role word ("civilians") from the nearest country named in
  // its sentence; a word of office ("the agency") from the last
  // organisation named.
  bool ResolveAgent(const Phrase& p, ActorMention* m) {
    bool determined = p.begin > 0 && (Folded(p.begin - 1) == "the" ||
                                      Folded(p.begin - 1) == "its" ||
                                      Folded(p.begin - 1) == "their");
    if (p.role.empty()) {
      if (!determined) return false;
      for (size_t k = mentions_.size(); k-- > 0;) {
        const ActorMention& prior = mentions_[k];
        if (sentence_->index > prior.sentence_index + 3) break;
        if (prior.kind == ActorKind::kOrganisation) {
          m->kind = prior.kind;
          m->code = prior.code;
          m->name = prior.name;
          m->resolved_from = static_cast<uint32_t>(k);
          return true;
        }
      }
      return false;
    }
    if (!determined && !IsPluralAgent(p)) return false;
    // The nearest country or place named before it in the sentence: a
    // country named only later ("... at 4.30pm UK time") is no context.
    std::string country;
    for (size_t k = mentions_.size(); k-- > sentence_start_;) {
      const ActorMention& prior = mentions_[k];
      if ((prior.kind == ActorKind::kCountry ||
           prior.kind == ActorKind::kPlace) &&
          prior.token_end <= p.begin && !prior.country.empty()) {
        country = prior.country;
        m->resolved_from = static_cast<uint32_t>(k);
        break;
      }
    }
    if (country.empty()) return false;
    m->kind = ActorKind::kAgent;
    m->code = country + p.role;
    m->composed_code = m->code;
    m->name = CountryName(country);
    m->plural = IsPluralAgent(p);
    return true;
  }

  std::string CountryName(const std::string& country) const {
    auto id = lexicon_.CountryEntry(country);
    return id ? lexicon_.entry(*id).name : country;
  }

  // "the two presidents", "both countries", "the leaders": the actors most
  // often named so far in the document (and in the sentence itself).
  size_t TryPluralReference(size_t i) {
    size_t j = i;
    bool both = Folded(j) == "both";
    if (!both && Folded(j) != "the") return i;
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
    std::map<std::string, std::pair<int, size_t>> seen;  // key -> count, last
    auto consider = [&](size_t k) {
      if (anaphor_[k]) return;
      const ActorMention& m = mentions_[k];
      std::string key;
      if (persons && m.kind == ActorKind::kPerson) key = m.name;
      if (countries && !m.country.empty()) key = m.country;
      if (key.empty()) return;
      auto& [n, last] = seen[key];
      ++n;
      last = k;
    };
    for (size_t k = 0; k < mentions_.size(); ++k) consider(k);
    // Too few actors named so far: those named later in the same sentence
    // count ("the two presidents discussed ... after Putin called Trump").
    size_t before = mentions_.size();
    if (seen.size() < count) {
      for (size_t k = end; k < tokens().size();) {
        size_t next = TryPhrase(k);
        k = next == k ? k + 1 : next;
      }
      for (size_t k = before; k < mentions_.size(); ++k) consider(k);
    }
    std::vector<ActorMention> ahead(mentions_.begin() + before, mentions_.end());
    mentions_.resize(before);
    anaphor_.resize(before);
    std::vector<std::pair<std::string, std::pair<int, size_t>>> ranked(
        seen.begin(), seen.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      if (a.second.first != b.second.first) return a.second.first > b.second.first;
      return a.second.second > b.second.second;
    });
    if (ranked.size() < count) return i;
    std::vector<ActorMention> refs;
    for (size_t r = 0; r < count; ++r) {
      size_t k = ranked[r].second.second;
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

  // he, she, him, his, her: the last person named, in this sentence or the
  // two before it; they, them, their: the last plural mention.
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
      ActorMention m = MakeMention(i, i + 1);
      m.kind = prior.kind;
      m.code = prior.code;
      m.name = prior.name;
      m.person_entry = prior.person_entry;
      m.composed_code = prior.composed_code;
      m.plural = prior.plural;
      m.resolved_from = static_cast<uint32_t>(k);
      Push(std::move(m), /*anaphor=*/true);
      return i + 1;
    }
    return i + 1;
  }

  const Lexicon& lexicon_;
  const SegmentedDocument& doc_;
  const std::optional<Date>& date_;
  const Sentence* sentence_ = nullptr;
  size_t sentence_start_ = 0;
  std::vector<ActorMention> mentions_;
  std::vector<bool> anaphor_;  // parallel to mentions_
};

}  // namespace

std::vector<ActorMention> ActorRecognizer::Find(
    const SegmentedDocument& document, const std::optional<Date>& date) const {
  return DocumentResolver(lexicon_, document, date).Run();
}

std::string ActorRecognizer::CodeOn(const ActorMention& mention,
                                    const std::optional<Date>& date) const {
  if (mention.person_entry) {
    std::string code = lexicon_.entry(*mention.person_entry).CodeOn(date);
    if (!code.empty()) return code;
    return mention.composed_code;
  }
  return mention.code;
}

}  // namespace dyad
