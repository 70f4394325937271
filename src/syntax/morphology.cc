#include "src/syntax/morphology.h"

#include <array>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "src/core/word_table.h"

namespace dyad::syntax {
namespace {

// What WordNet says of a word as one part of speech. The index and the
// exception list share one table, so that Lemma finds both with one
// lookup.
struct Entry {
  bool known = false;  // an entry of the index
  int base = -1;       // its exception list's base in bases_, or -1
};
using WordMap = WordTable<Entry>;

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

int Index(PartOfSpeech pos) { return static_cast<int>(pos); }

class WordNetMorphology : public Morphology {
 public:
  std::string Lemma(std::string_view folded, PartOfSpeech pos) const override {
    if (folded.empty()) return {};
    const int p = Index(pos);
    const Entry* entry = words_[p].Find(folded);
    if (entry != nullptr && entry->base >= 0) {
      return bases_[static_cast<size_t>(entry->base)];
    }
    const bool known = entry != nullptr && entry->known;
    // WordNet lists some plurals as nouns of their own ("talks", "arms");
    // news coding wants the singular, so a known base wins over the plural
    // unless the word only looks plural ("crisis", "gas", "bus").
    if (known && !(pos == PartOfSpeech::kNoun && LooksPlural(folded))) {
      return std::string(folded);
    }
    std::string candidate;
    auto try_rules = [&](const auto& rules) -> bool {
      for (const Rule& rule : rules) {
        // The last letters first: most words end in none of the suffixes.
        if (folded.size() <= rule.suffix.size() ||
            folded.back() != rule.suffix.back() ||
            !folded.ends_with(rule.suffix)) {
          continue;
        }
        candidate.assign(folded.substr(0, folded.size() - rule.suffix.size()));
        candidate.append(rule.ending);
        if (candidate.size() >= 2 && Knows(candidate, pos)) {
          return true;
        }
      }
      return false;
    };
    bool found = false;
    switch (pos) {
      case PartOfSpeech::kNoun:
        found = try_rules(kNounRules);
        break;
      case PartOfSpeech::kVerb:
        found = try_rules(kVerbRules);
        break;
      case PartOfSpeech::kAdjective:
        found = try_rules(kAdjRules);
        break;
      case PartOfSpeech::kAdverb:
        break;
    }
    if (found) return candidate;
    return known ? std::string(folded) : std::string();
  }

  bool Knows(std::string_view lemma, PartOfSpeech pos) const override {
    const Entry* entry = words_[Index(pos)].Find(lemma);
    return entry != nullptr && entry->known;
  }

  Status LoadIndex(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    WordMap& words = words_[Index(pos)];
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      size_t space = line.find(' ');
      words[line.substr(0, space)].known = true;
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

  Status LoadExceptions(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    WordMap& words = words_[Index(pos)];
    while (std::getline(in, line)) {
      size_t space = line.find(' ');
      if (space == std::string::npos || space == 0) continue;
      size_t end = line.find(' ', space + 1);
      std::string base =
          line.substr(space + 1, end == std::string::npos ? std::string::npos
                                                          : end - space - 1);
      if (base.empty()) continue;
      // The first base listed is the usual one ("found find").
      Entry& entry = words[line.substr(0, space)];
      if (entry.base < 0) {
        entry.base = static_cast<int>(bases_.size());
        bases_.push_back(std::move(base));
      }
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

 private:
  static bool LooksPlural(std::string_view w) {
    return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") &&
           !w.ends_with("us") && !w.ends_with("is");
  }

  std::array<WordMap, 4> words_;
  std::vector<std::string> bases_;  // of every exception list
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
  return std::unique_ptr<Morphology>(std::move(morphology));
}

}  // namespace dyad::syntax
