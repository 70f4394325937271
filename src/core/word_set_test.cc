#include "src/core/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(WordSetTest, FindsWhatWasInsertedAndNothingElse) {
  // Words alike in length and in their first, middle and last letters
  // share a hash: they must still be told apart.
  const std::vector<std::string> words = {
      "talks", "tanks", "tasks", "a",     "an",        "the",
      "",      "with",  "withe", "cease", "ceasefire", "fire"};
  WordSet set;
  set.Reset(words.size());
  for (const std::string& w : words) set.Insert(w);
  for (const std::string& w : words) EXPECT_TRUE(set.Contains(w)) << w;
  for (std::string_view w : {"talk", "tacks", "b", "th", "wit", "firE"}) {
    EXPECT_FALSE(set.Contains(w)) << w;
  }
}

// A hash computed once answers as the word itself does, in sets of any
// size.
TEST(WordSetTest, LooksUpByAHashComputedOnce) {
  const std::vector<std::string> words = {"talks", "tanks", "with", "", "a"};
  const std::vector<std::string> absent = {"tasks", "wit", "b"};
  for (size_t room : {size_t{5}, size_t{40}, size_t{300}}) {
    WordSet set;
    set.Reset(room);
    for (const std::string& w : words) set.Insert(w);
    for (const std::string& w : words) {
      EXPECT_TRUE(set.Contains(w, WordSet::Hash(w))) << w;
    }
    for (const std::string& w : absent) {
      EXPECT_FALSE(set.Contains(w, WordSet::Hash(w))) << w;
    }
  }
}

// ForEachContained finds, in order, the words Contains finds.
TEST(WordSetTest, ForEachContainedFindsWhatContainsFinds) {
  const std::vector<std::string> inserted = {"talks", "with", "ceasefire",
                                             "a", "on"};
  const std::vector<std::string_view> asked = {
      "on", "tasks", "talks", "", "with", "wit", "a", "ceasefire", "on"};
  std::vector<uint64_t> hashes;
  for (std::string_view w : asked) hashes.push_back(WordSet::Hash(w));
  WordSet set;
  std::vector<size_t> found;
  set.ForEachContained(asked, hashes, [&](size_t k) { found.push_back(k); });
  EXPECT_TRUE(found.empty());  // before any Reset
  set.Reset(inserted.size());
  for (const std::string& w : inserted) set.Insert(w);
  set.ForEachContained(asked, hashes, [&](size_t k) { found.push_back(k); });
  std::vector<size_t> expected;
  for (size_t k = 0; k < asked.size(); ++k) {
    if (set.Contains(asked[k])) expected.push_back(k);
  }
  EXPECT_EQ(found, expected);
  EXPECT_EQ(found, (std::vector<size_t>{0, 2, 4, 6, 7, 8}));
}

TEST(WordSetTest, ResetEmptiesTheSet) {
  const std::string word = "strike";
  WordSet set;
  EXPECT_FALSE(set.Contains(word));
  set.Reset(1);
  set.Insert(word);
  set.Insert(word);  // twice: still one word, within the room made
  EXPECT_TRUE(set.Contains("strike"));
  set.Reset(1);
  EXPECT_FALSE(set.Contains("strike"));
}

TEST(WordSetTest, HoldsHundredsOfWords) {
  std::vector<std::string> words;
  for (int i = 0; i < 600; ++i) words.push_back("w" + std::to_string(i));
  WordSet set;
  set.Reset(words.size());
  for (const std::string& w : words) set.Insert(w);
  for (const std::string& w : words) EXPECT_TRUE(set.Contains(w)) << w;
  EXPECT_FALSE(set.Contains("w600"));
}

}  // namespace
}  // namespace dyad
