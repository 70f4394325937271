// WordNet lemmas: exceptions first, then detachment checked against the
// index.
#include "src/syntax/morphology.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string_view>

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

TEST(MorphologyLoad, MissingDirectoryIsNotFound) {
  auto loaded = Morphology::Load("/nonexistent/wordnet");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
  EXPECT_NE(loaded.error().message.find("/nonexistent/wordnet/index.noun"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::syntax
