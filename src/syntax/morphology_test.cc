// WordNet lemmas: exceptions first, then detachment checked against the
// index.
#include "src/syntax/morphology.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::syntax {
namespace {

struct LemmaCase {
  std::string_view word;
  PartOfSpeech pos;
  std::string_view lemma;  // "" when WordNet knows no base form
};

constexpr PartOfSpeech kN = PartOfSpeech::kNoun;
constexpr PartOfSpeech kV = PartOfSpeech::kVerb;
constexpr PartOfSpeech kA = PartOfSpeech::kAdjective;

class MorphologyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists("/usr/share/wordnet/index.verb")) {
      GTEST_SKIP() << "wordnet-base is not installed";
    }
    auto loaded = Morphology::Load("/usr/share/wordnet");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    morphology_ = std::move(*loaded);
  }
  std::unique_ptr<Morphology> morphology_;
};

TEST_F(MorphologyTest, LemmaTable) {
  const LemmaCase cases[] = {
      {"spoke", kV, "speak"},
      {"vetoed", kV, "veto"},
      {"struck", kV, "strike"},
      {"talks", kN, "talk"},
      {"talks", kV, "talk"},
      {"crises", kN, "crisis"},
      {"crisis", kN, "crisis"},
      {"said", kV, "say"},
      {"was", kV, "be"},
      {"were", kV, "be"},
      {"has", kV, "have"},
      {"denied", kV, "deny"},
      {"ordered", kV, "order"},
      {"discussed", kV, "discuss"},
      {"shelled", kV, "shell"},
      {"bombed", kV, "bomb"},
      {"accused", kV, "accuse"},
      {"investigating", kV, "investigate"},
      {"killed", kV, "kill"},
      {"strikes", kN, "strike"},
      {"sanctions", kN, "sanction"},
      {"leaders", kN, "leader"},
      {"countries", kN, "country"},
      {"women", kN, "woman"},
      {"attacks", kN, "attack"},
      {"met", kV, "meet"},
      {"held", kV, "hold"},
      {"withdrew", kV, "withdraw"},
      {"stopped", kV, "stop"},
      {"news", kN, "news"},
      {"gas", kN, "gas"},
      {"bigger", kA, "big"},
      {"better", kA, "good"},
      {"xyzzy", kN, ""},
      {"talked", kN, ""},
  };
  for (const LemmaCase& c : cases) {
    EXPECT_EQ(morphology_->Lemma(c.word, c.pos), c.lemma)
        << c.word << " as " << static_cast<int>(c.pos);
  }
}

TEST_F(MorphologyTest, KnowsIndexEntries) {
  EXPECT_TRUE(morphology_->Knows("veto", kV));
  EXPECT_TRUE(morphology_->Knows("crisis", kN));
  EXPECT_FALSE(morphology_->Knows("vetoed", kV));
  EXPECT_FALSE(morphology_->Knows("crisis", kV));
}

// WordNet's morphy as it reads plainly, one ordered set or map for each
// part of speech: the reference the shared table must agree with.
class PlainMorphy {
 public:
  explicit PlainMorphy(const std::string& dir) {
    const char* kNames[] = {"noun", "verb", "adj", "adv"};
    for (int p = 0; p < 4; ++p) {
      std::ifstream index(dir + "/index." + kNames[p]);
      for (std::string line; std::getline(index, line);) {
        if (line.empty() || line[0] == ' ') continue;
        known_[p].insert(line.substr(0, line.find(' ')));
      }
      std::ifstream exceptions(dir + "/" + kNames[p] + ".exc");
      for (std::string line; std::getline(exceptions, line);) {
        const size_t space = line.find(' ');
        if (space == std::string::npos || space == 0) continue;
        const size_t end = line.find(' ', space + 1);
        std::string base = line.substr(
            space + 1, end == std::string::npos ? end : end - space - 1);
        if (!base.empty()) bases_[p].emplace(line.substr(0, space), base);
      }
    }
  }

  std::string Lemma(const std::string& w, int p) const {
    if (w.empty()) return "";
    if (auto it = bases_[p].find(w); it != bases_[p].end()) return it->second;
    const bool known = known_[p].contains(w);
    const bool looks_plural = w.size() >= 4 && w.ends_with('s') &&
                              !w.ends_with("ss") && !w.ends_with("us") &&
                              !w.ends_with("is");
    if (known && !(p == 0 && looks_plural)) return w;
    for (const auto& [suffix, ending] : Rules(p)) {
      if (w.size() <= suffix.size() || !w.ends_with(suffix)) continue;
      std::string candidate = w.substr(0, w.size() - suffix.size()) + ending;
      if (candidate.size() >= 2 && known_[p].contains(candidate)) {
        return candidate;
      }
    }
    return known ? w : "";
  }

  bool Knows(const std::string& w, int p) const {
    return known_[p].contains(w);
  }

  // Every form either list names, and every form a rule could take back
  // to an entry of the index ("talk" -> "talks", "talked", "talking").
  std::set<std::string> Forms() const {
    std::set<std::string> forms;
    for (int p = 0; p < 4; ++p) {
      for (const std::string& w : known_[p]) {
        forms.insert(w);
        for (const auto& [suffix, ending] : Rules(p)) {
          if (w.ends_with(ending)) {
            forms.insert(w.substr(0, w.size() - ending.size()) + suffix);
          }
        }
      }
      for (const auto& [form, base] : bases_[p]) forms.insert(form);
    }
    return forms;
  }

 private:
  static std::vector<std::pair<std::string, std::string>> Rules(int p) {
    switch (p) {
      case 0:
        return {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
      case 1:
        return {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
      case 2:
        return {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
      default:
        return {};
    }
  }

  std::array<std::set<std::string>, 4> known_;
  std::array<std::map<std::string, std::string>, 4> bases_;
};

// Every WordNet form and every regular inflection of one, plus words no
// list names, as each part of speech, against the plain reading.
TEST_F(MorphologyTest, AgreesWithPlainMorphyOnEveryForm) {
  const PlainMorphy plain("/usr/share/wordnet");
  std::set<std::string> forms = plain.Forms();
  ASSERT_GT(forms.size(), 300000u);
  for (const char* w : {"", "s", "xyzzy", "trumps", "the", "was", "'s"}) {
    forms.insert(w);
  }
  size_t checked = 0;
  for (const std::string& w : forms) {
    const WordLemmas lemmas = morphology_->LemmasOf(w);
    const std::string_view views[] = {lemmas.noun, lemmas.verb,
                                      lemmas.adjective};
    for (int p = 0; p < 4; ++p) {
      const PartOfSpeech pos = static_cast<PartOfSpeech>(p);
      const std::string expected = plain.Lemma(w, p);
      ASSERT_EQ(morphology_->Lemma(w, pos), expected) << w << " as " << p;
      if (p < 3) {
        ASSERT_EQ(views[p], expected) << w << " as " << p;
      }
      ASSERT_EQ(morphology_->Knows(w, pos), plain.Knows(w, p)) << w;
    }
    ASSERT_EQ(lemmas.adverb, plain.Knows(w, 3)) << w;
    ++checked;
  }
  EXPECT_EQ(checked, forms.size());
}

TEST(MorphologyLoad, MissingDirectoryIsNotFound) {
  auto loaded = Morphology::Load("/nonexistent/wordnet");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
  EXPECT_NE(loaded.error().message.find("/nonexistent/wordnet/index.noun"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
