#include "src/coding/pattern_match.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/cameo.h"

namespace dyad::coding {
namespace {

// The first of the longest phrases that begin at `at` or `or_at` and end
// after `at`, found by going through them all: what PhraseIndex::Longest
// must answer.
const TokenRange* LongestByScan(const std::vector<TokenRange>& phrases,
                                uint32_t at, uint32_t or_at) {
  const TokenRange* best = nullptr;
  for (const TokenRange& r : phrases) {
    if ((r.begin == at || r.begin == or_at) && r.end > at &&
        (best == nullptr || r.end > best->end)) {
      best = &r;
    }
  }
  return best;
}

TEST(PhraseIndexTest, FindsTheFirstOfTheLongest) {
  // Phrases alike in their ends, nested, repeated, empty, and one that
  // begins at the sentence's end.
  const std::vector<TokenRange> phrases = {{2, 4}, {1, 4},  {2, 5}, {3, 5},
                                           {2, 5}, {6, 6},  {6, 8}, {7, 7},
                                           {8, 9}, {9, 10}, {0, 1}, {10, 10}};
  const PhraseIndex index(phrases, 10);
  for (uint32_t at = 0; at <= 10; ++at) {
    for (uint32_t or_at = at; or_at <= 10; ++or_at) {
      const TokenRange* expected = LongestByScan(phrases, at, or_at);
      const TokenRange* found = index.Longest(at, or_at);
      ASSERT_EQ(found == nullptr, expected == nullptr) << at << " " << or_at;
      if (expected == nullptr) continue;
      EXPECT_EQ(found->begin, expected->begin) << at << " " << or_at;
      EXPECT_EQ(found->end, expected->end) << at << " " << or_at;
    }
  }
}

// The same on many random sets of phrases, as a sentence's clauses and
// actor mentions give them (overlapping, repeated, some empty).
TEST(PhraseIndexTest, AgreesWithAScanOnRandomPhrases) {
  std::mt19937 random(8);
  for (int round = 0; round < 200; ++round) {
    const uint32_t tokens = 1 + random() % 30;
    std::vector<TokenRange> phrases(random() % 25);
    for (TokenRange& r : phrases) {
      r.begin = random() % (tokens + 1);
      r.end = std::min<uint32_t>(tokens, r.begin + random() % 6);
      r.end = std::max(r.end, r.begin);
    }
    const PhraseIndex index(phrases, tokens);
    for (uint32_t at = 0; at <= tokens; ++at) {
      for (uint32_t or_at = at; or_at <= tokens && or_at <= at + 3; ++or_at) {
        const TokenRange* expected = LongestByScan(phrases, at, or_at);
        const TokenRange* found = index.Longest(at, or_at);
        ASSERT_EQ(found == nullptr, expected == nullptr);
        if (expected == nullptr) continue;
        EXPECT_EQ(found->begin, expected->begin);
        EXPECT_EQ(found->end, expected->end);
      }
    }
  }
}

// A sentence of single words, each its own lemma unless `lemmas` names
// one ("met" -> "meet").
struct TestSentence {
  TestSentence(std::vector<std::string> folded,
               std::vector<std::pair<size_t, std::string>> lemmas = {}) {
    for (std::string& f : folded) {
      Token t;
      t.kind = f == "," || f == "-" ? TokenKind::kPunct : TokenKind::kWord;
      t.folded = std::move(f);
      sentence.tokens.push_back(std::move(t));
    }
    words.verb_lemma.resize(sentence.tokens.size());
    words.noun_lemma.resize(sentence.tokens.size());
    for (auto& [i, lemma] : lemmas) words.verb_lemma[i] = lemma;
  }
  Sentence sentence;
  SentenceWords words;
};

// A frame holds the forms of what follows its head: words, their lemmas,
// the words of its phrases, a phrase's hyphenated compound run together;
// not what comes before the head, nor a "by" agent it leaves out.
TEST(FrameTest, HoldsTheFormsAfterItsHead) {
  const TestSentence s({"talks", "were", "held", "by", "iran", "with", "a",
                        "cease", "-", "fire", "deal", "today"},
                       {{2, "hold"}});
  const PhraseIndex phrases({{4, 5}, {6, 10}}, s.sentence.tokens.size());
  Frame frame;
  BuildFrame(s.sentence, s.words, 2, phrases, std::nullopt, TokenRange{3, 5},
             &frame);
  for (std::string_view w :
       {"with", "cease", "fire", "deal", "ceasefire", "today"}) {
    EXPECT_TRUE(frame.Holds(w)) << w;
  }
  for (std::string_view w : {"talks", "held", "hold", "iran", "by", "peace"}) {
    EXPECT_FALSE(frame.Holds(w)) << w;
  }
}

class SentenceMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto table = CameoTable::Load("");
    ASSERT_TRUE(table.ok()) << table.error().message;
    cameo_ = table->release();
  }

  // The patterns of `file`, in its order.
  void Use(std::string_view file) {
    auto parsed = VerbDictionary::ParseFile("t.txt", file, *cameo_);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    parsed_ = std::move(*parsed);
    patterns_.clear();
    for (const VerbPattern& p : parsed_) patterns_.push_back(&p);
    index_ = PatternWordIndex::Of(patterns_);
  }

  // The text of the pattern that matches the verb at `head`, or "" for
  // none; its target in `target`.
  std::string Match(const TestSentence& s, std::vector<TokenRange> phrases,
                    uint32_t head, TokenRange* target = nullptr) {
    SentenceMatcher matcher;
    matcher.Reset(s.sentence, s.words, phrases);
    auto found = matcher.Match(patterns_, index_, false, head, std::nullopt,
                               std::nullopt);
    if (!found) return "";
    if (target != nullptr && found->target) *target = *found->target;
    return found->pattern->text;
  }

  static const CameoTable* cameo_;
  std::vector<VerbPattern> parsed_;
  std::vector<const VerbPattern*> patterns_;
  PatternWordIndex index_;
};
const CameoTable* SentenceMatcherTest::cameo_ = nullptr;

TEST_F(SentenceMatcherTest, MatchesTheFirstPatternThatFits) {
  Use("accuse + of | accuse + = 112");
  const TestSentence s({"russia", "accused", "ukraine", "of", "shelling"},
                       {{1, "accuse"}});
  TokenRange target;
  EXPECT_EQ(Match(s, {{0, 1}, {2, 3}}, 1, &target), "accuse + of");
  EXPECT_EQ(target.begin, 2u);
  EXPECT_EQ(target.end, 3u);
}

// The sentence's words let a pattern through that the clause's frame then
// rules out: "with" is in the sentence, but before the verb.
TEST_F(SentenceMatcherTest, AWordOnlyBeforeTheHeadDoesNotCount) {
  Use("meet with + | meet + = 040");
  const TestSentence s({"with", "russia", ",", "ukraine", "met", "turkey"},
                       {{4, "meet"}});
  EXPECT_EQ(Match(s, {{1, 2}, {3, 4}, {5, 6}}, 4), "meet +");
}

// No pattern's words are all in the sentence: nothing matches (and no
// frame is needed to know it).
TEST_F(SentenceMatcherTest, NothingMatchesWithoutThePatternsWords) {
  Use("meet with + = 040\nair [strike] on + = 195");
  const TestSentence s({"ukraine", "met", "turkey"}, {{1, "meet"}});
  EXPECT_EQ(Match(s, {{0, 1}, {2, 3}}, 1), "");
}

// A hyphenated compound run together is one of the sentence's forms:
// "cease-fire" reads as "ceasefire".
TEST_F(SentenceMatcherTest, FindsHyphenatedCompoundsRunTogether) {
  Use("agree to ceasefire = 0871");
  const TestSentence s({"israel", "agreed", "to", "a", "cease", "-", "fire"},
                       {{1, "agree"}});
  EXPECT_EQ(Match(s, {{0, 1}, {3, 7}}, 1), "agree to ceasefire");
}

// A matcher reset to another sentence matches as a new one would: nothing
// of the sentence before (its forms, phrases, compounds) is left over.
TEST_F(SentenceMatcherTest, ResetForgetsTheSentenceBefore) {
  Use("agree to ceasefire = 0871\nmeet with + | meet + = 040");
  const TestSentence first({"israel", "agreed", "to", "a", "cease", "-", "fire",
                            "with", "hamas", "and", "met", "egypt"},
                           {{1, "agree"}, {10, "meet"}});
  const TestSentence second({"israel", "agreed", "to", "talks"},
                            {{1, "agree"}});
  const TestSentence third({"hamas", "met", "with", "egypt"}, {{1, "meet"}});
  SentenceMatcher matcher;
  matcher.Reset(first.sentence, first.words,
                {{0, 1}, {3, 7}, {8, 9}, {11, 12}});
  auto found =
      matcher.Match(patterns_, index_, false, 1, std::nullopt, std::nullopt);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->pattern->text, "agree to ceasefire");
  found =
      matcher.Match(patterns_, index_, false, 10, std::nullopt, std::nullopt);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->pattern->text, "meet +");
  matcher.Reset(second.sentence, second.words, {{0, 1}, {3, 4}});
  EXPECT_FALSE(
      matcher.Match(patterns_, index_, false, 1, std::nullopt, std::nullopt));
  matcher.Reset(third.sentence, third.words, {{0, 1}, {3, 4}});
  found =
      matcher.Match(patterns_, index_, false, 1, std::nullopt, std::nullopt);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->pattern->text, "meet with +");
  EXPECT_EQ(Match(third, {{0, 1}, {3, 4}}, 1), "meet with +");
}

}  // namespace
}  // namespace dyad::coding
