// The reference article, end to end through segmentation.
#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

class ReferenceArticleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto text = testing::ReferenceArticle();
    if (!text) GTEST_SKIP() << "../shared is absent: no reference article";
    doc_.id = "000_e734f56ed95d1ba3";
    doc_.text = *text;
    doc_.published = Date{2017, 5, 2};
    auto segmenter = Segmenter::Create();
    ASSERT_TRUE(segmenter.ok());
    auto result = (*segmenter)->Segment(doc_);
    ASSERT_TRUE(result.ok()) << result.error().message;
    seg_ = std::move(result).value();
  }

  std::string Text(const Sentence& s) const {
    return doc_.text.substr(s.span.begin, s.span.size());
  }

  Document doc_;
  SegmentedDocument seg_;
};

TEST_F(ReferenceArticleTest, HeadlineCaptionAndThirteenBodySentences) {
  ASSERT_EQ(seg_.CountRole(TextRole::kHeadline), 1u);
  ASSERT_EQ(seg_.CountRole(TextRole::kCaption), 1u);
  EXPECT_EQ(seg_.CountRole(TextRole::kBody), 13u);
  EXPECT_EQ(Text(seg_.sentences[0]),
            "Trump to speak to Putin by phone today to discuss Syria crisis");
  EXPECT_EQ(Text(seg_.sentences[1]),
            "Trump speaks to Putin on the phone in January");
  EXPECT_EQ(seg_.sentences[0].role, TextRole::kHeadline);
  EXPECT_EQ(seg_.sentences[1].role, TextRole::kCaption);
}

TEST_F(ReferenceArticleTest, DropsTheTwoMoreLines) {
  ASSERT_EQ(seg_.dropped.size(), 2u);
  for (const DroppedLine& line : seg_.dropped) {
    EXPECT_EQ(line.kind, BoilerplateKind::kLink);
    EXPECT_EQ(doc_.text.substr(line.span.begin, 5), "MORE:");
  }
  for (const Sentence& s : seg_.sentences) {
    EXPECT_EQ(Text(s).find("MORE:"), std::string::npos) << Text(s);
  }
}

TEST_F(ReferenceArticleTest, NoSplitAtTitlesOrTimes) {
  bool saw_times = false, saw_comey = false;
  for (const Sentence& s : seg_.sentences) {
    std::string text = Text(s);
    EXPECT_NE(text, "Mr");
    EXPECT_FALSE(text.ends_with("Mr")) << text;
    EXPECT_FALSE(text.starts_with("30pm")) << text;
    if (text.find("12:30pm ET (4.30pm UK time), and Syria") !=
        std::string::npos)
      saw_times = true;
    if (text.starts_with("Mr Comey said the investigation")) saw_comey = true;
  }
  EXPECT_TRUE(saw_times);
  EXPECT_TRUE(saw_comey);
}

TEST_F(ReferenceArticleTest, QuoteWithSpeakerIsOneSentence) {
  EXPECT_EQ(Text(seg_.sentences[4]),
            "\u201cWe\u2019re not getting along with Russia at all,\u201d "
            "Trump said after Russia vetoed a US-backed resolution on Syria "
            "at the UN security council.");
  EXPECT_EQ(Text(seg_.sentences.back()),
            "He told the House Intelligence Committee: \u201cThis work is "
            "very complex, and there is no way for me to give you a "
            "timetable for when it will be done.\u201d");
}

TEST_F(ReferenceArticleTest, TokensSplitPossessivesAndCompounds) {
  const Sentence& s = seg_.sentences[4];
  std::vector<std::string> folded;
  for (const Token& t : s.tokens) folded.push_back(t.folded);
  auto has_sequence = [&](std::vector<std::string> want) {
    return std::search(folded.begin(), folded.end(), want.begin(),
                       want.end()) != folded.end();
  };
  EXPECT_TRUE(has_sequence({"a", "us", "-", "backed", "resolution"}));
  EXPECT_TRUE(has_sequence({"\"", "we", "'re", "not"}));
  const Sentence& assad = seg_.sentences[7];
  bool possessive = false;
  for (size_t i = 0; i + 1 < assad.tokens.size(); ++i) {
    if (assad.tokens[i].folded == "assad" &&
        assad.tokens[i + 1].folded == "'s") {
      possessive = true;
      // The original apostrophe is a 3-byte curly one.
      EXPECT_EQ(assad.tokens[i + 1].span.size(), 4u);
    }
  }
  EXPECT_TRUE(possessive);
}

TEST_F(ReferenceArticleTest, EverySpanRoundTrips) {
  for (const Sentence& s : seg_.sentences) {
    ASSERT_LE(s.span.end, doc_.text.size());
    Status sentence_ok =
        ValidateText(doc_.text.substr(s.span.begin, s.span.size()), 1 << 20);
    EXPECT_TRUE(sentence_ok.ok()) << "sentence " << s.index;
    for (const Token& t : s.tokens) {
      ASSERT_GE(t.span.begin, s.span.begin);
      ASSERT_LE(t.span.end, s.span.end);
      std::string original = doc_.text.substr(t.span.begin, t.span.size());
      EXPECT_EQ(Clean(original).text, std::string(seg_.CleanOf(t)))
          << "token at " << t.span.begin;
    }
  }
}

}  // namespace
}  // namespace dyad
