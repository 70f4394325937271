#include "src/syntax/morphology.h"

#include <array>
#include <fstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace dyad::syntax {
namespace {

// Heterogeneous lookup, so that a string_view needs no copy to be looked up.
struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};
using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
using WordMap =
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

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
    if (auto it = exceptions_[p].find(folded); it != exceptions_[p].end()) {
      return it->second;
    }
    const bool known = index_[p].contains(folded);
    // WordNet lists some plurals as nouns of their own ("talks", "arms");
    // news coding wants the singular, so a known base wins over the plural
    // unless the word only looks plural ("crisis", "gas", "bus").
    if (known && !(pos == PartOfSpeech::kNoun && LooksPlural(folded))) {
      return std::string(folded);
    }
    std::string candidate;
    auto try_rules = [&](const auto& rules) -> bool {
      for (const Rule& rule : rules) {
        if (folded.size() <= rule.suffix.size() ||
            !folded.ends_with(rule.suffix)) {
          continue;
        }
        candidate.assign(folded.substr(0, folded.size() - rule.suffix.size()));
        candidate.append(rule.ending);
        if (candidate.size() >= 2 && index_[p].contains(candidate)) {
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
    return index_[Index(pos)].contains(lemma);
  }

  Status LoadIndex(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    WordSet& set = index_[Index(pos)];
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      size_t space = line.find(' ');
      set.emplace(line.substr(0, space));
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

  Status LoadExceptions(const std::string& path, PartOfSpeech pos) {
    std::ifstream in(path);
    if (!in) return Error{ErrorCode::kNotFound, path + ": cannot open"};
    std::string line;
    WordMap& map = exceptions_[Index(pos)];
    while (std::getline(in, line)) {
      size_t space = line.find(' ');
      if (space == std::string::npos || space == 0) continue;
      size_t end = line.find(' ', space + 1);
      std::string base =
          line.substr(space + 1, end == std::string::npos ? std::string::npos
                                                          : end - space - 1);
      if (base.empty()) continue;
      // The first base listed is the usual one ("found find").
      map.emplace(line.substr(0, space), std::move(base));
    }
    if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
    return Status();
  }

 private:
  static bool LooksPlural(std::string_view w) {
    return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") &&
           !w.ends_with("us") && !w.ends_with("is");
  }

  std::array<WordSet, 4> index_;
  std::array<WordMap, 4> exceptions_;
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
