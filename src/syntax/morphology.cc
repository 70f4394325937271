#include "src/syntax/morphology.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/core/word_table.h"

namespace dyad::syntax {
namespace {

int Index(PartOfSpeech pos) { return static_cast<int>(pos); }
uint8_t Bit(PartOfSpeech pos) { return static_cast<uint8_t>(1 << Index(pos)); }

// Where the lemma of a word form WordNet lists comes from, as one part of
// speech: settled once at load, so that Lemma tries the detachment rules
// on a listed form only when they find its base.
enum class Source : uint8_t {
  kNone,       // WordNet knows no base form
  kSelf,       // the word is its own base form
  kException,  // the exception list's base
  kDetached,   // a detachment rule's base
};

// What WordNet says of a word form, as every part of speech: the four
// indexes and exception lists share one table, so that one lookup finds
// the word as all of them.
struct Entry {
  static constexpr uint32_t kUnsettled = 0xFFFFFFFF;

  uint8_t known = 0;    // a bit for each part of speech: in its index
  uint8_t sources = 0;  // two bits for each part of speech: its Source
  // A form with an exception's or a detached lemma as some part of speech
  // has its LemmasOf settled at load, at this index of the settled list:
  // those lemmas cost a second lookup or a detachment to find.
  uint32_t settled = kUnsettled;

  Source source(PartOfSpeech pos) const {
    return static_cast<Source>((sources >> (2 * Index(pos))) & 3);
  }
  void set_source(PartOfSpeech pos, Source source) {
    const int shift = 2 * Index(pos);
    sources = static_cast<uint8_t>((sources & ~(3 << shift)) |
                                   (static_cast<int>(source) << shift));
  }
};

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's morphy detachment rules (morph.c), in its order.
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""},
                                             {"ses", "s"},
                                             {"xes", "x"},
                                             {"zes", "z"},
                                             {"ches", "ch"},
                                             {"shes", "sh"},
                                             {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""},
                                             {"ies", "y"},
                                             {"es", "e"},
                                             {"es", ""},
                                             {"ed", "e"},
                                             {"ed", ""},
                                             {"ing", "e"},
                                             {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjRules = {
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

std::span<const Rule> RulesOf(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kNoun:
      return kNounRules;
    case PartOfSpeech::kVerb:
      return kVerbRules;
    case PartOfSpeech::kAdjective:
      return kAdjRules;
    case PartOfSpeech::kAdverb:
      break;
  }
  return {};
}

constexpr PartOfSpeech kAllParts[] = {PartOfSpeech::kNoun, PartOfSpeech::kVerb,
                                      PartOfSpeech::kAdjective,
                                      PartOfSpeech::kAdverb};

class WordNetMorphology : public Morphology {
 public:
  std::string Lemma(std::string_view folded, PartOfSpeech pos) const override {
    if (folded.empty()) return {};
    std::string_view stored;
    const Entry* entry = words_.Find(folded, &stored);
    return std::string(LemmaOf(folded, entry, stored, pos));
  }

  WordLemmas LemmasOf(std::string_view folded) const override {
    if (folded.empty()) return {};
    std::string_view stored;
    const Entry* entry = words_.Find(folded, &stored);
    if (entry != nullptr && entry->settled != Entry::kUnsettled) {
      return settled_[entry->settled];
    }
    // Most words WordNet does not list are function words, names and
    // numbers, which no rule takes back to a listed word.
    if (entry == nullptr && !EndsLikeAnInflection(folded)) return {};
    return Lemmas(folded, entry, stored);
  }

  bool Knows(std::string_view lemma, PartOfSpeech pos) const override {
    const Entry* entry = words_.Find(lemma);
    return entry != nullptr && (entry->known & Bit(pos)) != 0;
  }

  // Once every file is read: the source of each listed form's lemmas, and
  // the lemmas themselves where a source costs more than the lookup.
  void SettleSources() {
    words_.ForEach([this](std::string_view word, Entry& entry) {
      bool costly = false;
      for (PartOfSpeech pos : kAllParts) {
        const Source source = Settle(word, entry, pos);
        entry.set_source(pos, source);
        costly = costly || source == Source::kException ||
                 source == Source::kDetached;
      }
      if (costly) {
        entry.settled = static_cast<uint32_t>(settled_.size());
        settled_.push_back(Lemmas(word, &entry, word));
      }
    });
  }

  Status LoadIndex(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      size_t space = line.find(' ');
      words_[line.substr(0, space)].known |= Bit(pos);
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

  Status LoadExceptions(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    while (std::getline(in, line)) {
      size_t space = line.find(' ');
      if (space == std::string::npos || space == 0) continue;
      size_t end = line.find(' ', space + 1);
      std::string base =
          line.substr(space + 1, end == std::string::npos ? std::string::npos
                                                          : end - space - 1);
      if (base.empty()) continue;
      // The first base listed is the usual one ("found find").
      const std::string_view form = std::string_view(line).substr(0, space);
      Entry& entry = words_[form];
      if (entry.source(pos) != Source::kException) {
        entry.set_source(pos, Source::kException);
        exceptions_[Index(pos)][form] = static_cast<uint32_t>(bases_.size());
        bases_.push_back(std::move(base));
      }
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

 private:
  // LemmasOf `folded`, given its entry (null when it has none) and the
  // table's copy of it.
  WordLemmas Lemmas(std::string_view folded, const Entry* entry,
                    std::string_view stored) const {
    WordLemmas out;
    out.noun = LemmaOf(folded, entry, stored, PartOfSpeech::kNoun);
    out.verb = LemmaOf(folded, entry, stored, PartOfSpeech::kVerb);
    out.adjective = LemmaOf(folded, entry, stored, PartOfSpeech::kAdjective);
    out.adverb =
        entry != nullptr && (entry->known & Bit(PartOfSpeech::kAdverb)) != 0;
    return out;
  }

  // Lemma of `folded` as `pos`, given its entry (null when it has none)
  // and the table's copy of it.
  std::string_view LemmaOf(std::string_view folded, const Entry* entry,
                           std::string_view stored, PartOfSpeech pos) const {
    if (entry == nullptr) return Detach(folded, pos);
    switch (entry->source(pos)) {
      case Source::kNone:
        break;
      case Source::kSelf:
        return stored;
      case Source::kException:
        return bases_[*exceptions_[Index(pos)].Find(folded)];
      case Source::kDetached:
        return Detach(folded, pos);
    }
    return {};
  }

  // The source of the lemma of `word`, which WordNet lists, as `pos`.
  Source Settle(std::string_view word, const Entry& entry,
                PartOfSpeech pos) const {
    if (entry.source(pos) == Source::kException) return Source::kException;
    const bool known = (entry.known & Bit(pos)) != 0;
    // WordNet lists some plurals as nouns of their own ("talks", "arms");
    // news coding wants the singular, so a known base wins over the plural
    // unless the word only looks plural ("crisis", "gas", "bus").
    if (known && !(pos == PartOfSpeech::kNoun && LooksPlural(word))) {
      return Source::kSelf;
    }
    if (!Detach(word, pos).empty()) return Source::kDetached;
    return known ? Source::kSelf : Source::kNone;
  }

  // The first base form WordNet's detachment rules for `pos` make of
  // `folded` that its index lists (the table's copy), or empty.
  std::string_view Detach(std::string_view folded, PartOfSpeech pos) const {
    if (!EndsLikeAnInflection(folded, pos)) return {};
    for (const Rule& rule : RulesOf(pos)) {
      // The last letters first: most words end in none of the suffixes.
      if (folded.size() <= rule.suffix.size() ||
          folded.back() != rule.suffix.back() ||
          !folded.ends_with(rule.suffix)) {
        continue;
      }
      // Most rules only cut the suffix: their base is a prefix of the word,
      // looked up where it is; the others' is put together.
      const std::string_view stem =
          folded.substr(0, folded.size() - rule.suffix.size());
      std::string joined;
      if (!rule.ending.empty()) joined.append(stem).append(rule.ending);
      const std::string_view candidate =
          rule.ending.empty() ? stem : std::string_view(joined);
      if (candidate.size() < 2) continue;
      std::string_view stored;
      const Entry* entry = words_.Find(candidate, &stored);
      if (entry != nullptr && (entry->known & Bit(pos)) != 0) return stored;
    }
    return {};
  }

  // True iff `w` ends in the last letter of one of the suffixes of the
  // detachment rules for `pos` (of any part of speech when none is given).
  static bool EndsLikeAnInflection(std::string_view w,
                                   std::optional<PartOfSpeech> pos = {}) {
    const bool noun = !pos || *pos == PartOfSpeech::kNoun;
    const bool verb = !pos || *pos == PartOfSpeech::kVerb;
    const bool adjective = !pos || *pos == PartOfSpeech::kAdjective;
    switch (w.back()) {
      case 's':  // "talks", "crises"
        return noun || verb;
      case 'n':  // "women"
        return noun;
      case 'd':  // "vetoed"
      case 'g':  // "speaking"
        return verb;
      case 'r':  // "bigger"
      case 't':  // "biggest"
        return adjective;
      default:
        return false;
    }
  }

  static bool LooksPlural(std::string_view w) {
    return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") &&
           !w.ends_with("us") && !w.ends_with("is");
  }

  WordTable<Entry> words_;
  // For each part of speech, the exception list's forms: their base's
  // index in bases_.
  std::array<WordTable<uint32_t>, 4> exceptions_;
  std::vector<std::string> bases_;   // of every exception list
  std::vector<WordLemmas> settled_;  // see Entry::settled
};

}  // namespace

Result<std::unique_ptr<Morphology>> Morphology::Load(
    const std::string& wordnet_dir) {
  auto morphology = std::make_unique<WordNetMorphology>();
  const std::pair<const char*, PartOfSpeech> kParts[] = {
      {"noun", PartOfSpeech::kNoun},
      {"verb", PartOfSpeech::kVerb},
      {"adj", PartOfSpeech::kAdjective},
      {"adv", PartOfSpeech::kAdverb}};
  for (const auto& [name, pos] : kParts) {
    const std::string base = wordnet_dir + "/";
    if (Status s = morphology->LoadIndex(base + "index." + name, pos);
        !s.ok()) {
      return s.error();
    }
    if (Status s = morphology->LoadExceptions(base + name + ".exc", pos);
        !s.ok()) {
      return s.error();
    }
  }
  morphology->SettleSources();
  return std::unique_ptr<Morphology>(std::move(morphology));
}

std::vector<WordLemmas> LemmatizeTokens(const Sentence& sentence,
                                        const Morphology& morphology) {
  std::vector<WordLemmas> lemmas;
  lemmas.reserve(sentence.tokens.size());
  for (const Token& token : sentence.tokens) {
    lemmas.push_back(token.kind == TokenKind::kWord
                         ? morphology.LemmasOf(token.folded)
                         : WordLemmas());
  }
  return lemmas;
}

}  // namespace dyad::syntax
