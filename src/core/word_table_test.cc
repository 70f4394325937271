#include "src/core/word_table.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace dyad {
namespace {

TEST(WordTableTest, FindsWhatWasAddedAndNothingElse) {
  // Lengths around the hash's loads (1, 2, 4, 8 bytes) and words that
  // share their first and last bytes.
  const std::vector<std::string> words = {
      "",         "a",         "an",        "ant",       "talk",
      "talks",    "tanks",     "abcdefgh",  "abcdefgha", "abcdefghia",
      "ceasefire", "cease-fire", "strikes", "striker"};
  WordTable<int> table;
  for (size_t i = 0; i < words.size(); ++i) {
    table[words[i]] = static_cast<int>(i) + 1;
  }
  EXPECT_EQ(table.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const int* value = table.Find(words[i]);
    ASSERT_NE(value, nullptr) << words[i];
    EXPECT_EQ(*value, static_cast<int>(i) + 1) << words[i];
  }
  for (std::string_view w : {"b", "at", "tal", "talkss", "abcdefgi",
                             "abcdefghib", "ceasefirE", "strike"}) {
    EXPECT_EQ(table.Find(w), nullptr) << w;
  }
}

TEST(WordTableTest, AddingAgainKeepsOneWordAndItsValue) {
  WordTable<int> table;
  EXPECT_EQ(table.Find("veto"), nullptr);
  table["veto"] = 3;
  table["veto"] += 1;
  EXPECT_EQ(table.size(), 1u);
  ASSERT_NE(table.Find("veto"), nullptr);
  EXPECT_EQ(*table.Find("veto"), 4);
}

// Many words, through many doublings, against std::map.
TEST(WordTableTest, KeepsThousandsOfWordsAsAMapDoes) {
  WordTable<uint32_t> table;
  std::map<std::string, uint32_t> reference;
  for (uint32_t i = 0; i < 20000; ++i) {
    std::string word = "w" + std::to_string(i * 7919 % 30011);
    table[word] = i;
    reference[word] = i;
  }
  EXPECT_EQ(table.size(), reference.size());
  for (const auto& [word, value] : reference) {
    const uint32_t* found = table.Find(word);
    ASSERT_NE(found, nullptr) << word;
    EXPECT_EQ(*found, value) << word;
  }
  EXPECT_EQ(table.Find("w30011"), nullptr);
}

// The stored copy outlives the looked-up word and equals it.
TEST(WordTableTest, FindGivesTheTablesOwnCopy) {
  WordTable<int> table;
  table["veto"] = 1;
  table["vetoes"] = 2;
  std::string word = "vetoes";
  std::string_view stored;
  const int* value = table.Find(word, &stored);
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(*value, 2);
  word = "xxxxxx";
  EXPECT_EQ(stored, "vetoes");
  std::string_view untouched = "kept";
  EXPECT_EQ(table.Find("vetoed", &untouched), nullptr);
  EXPECT_EQ(untouched, "kept");
}

TEST(WordTableTest, ForEachVisitsEveryWordOnceAndMayChangeItsValue) {
  WordTable<int> table;
  std::map<std::string, int> reference;
  for (int i = 0; i < 100; ++i) {
    table["w" + std::to_string(i)] = i;
    reference["w" + std::to_string(i)] = i;
  }
  std::map<std::string, int> seen;
  table.ForEach([&](std::string_view word, int& value) {
    seen[std::string(word)] += value;
    value = -1;
  });
  EXPECT_EQ(seen, reference);
  EXPECT_EQ(*table.Find("w42"), -1);
}

// Words that differ in any one byte, at any length, hash apart: every
// byte is read.
TEST(WordTableTest, HashReadsEveryByte) {
  std::unordered_set<std::string> words;
  for (std::string word : {"x", "xy", "xyz", "xyzw", "xyzwv", "xyzwvut",
                           "xyzwvuts", "xyzwvutsr", "xyzwvutsrqponml"}) {
    for (size_t i = 0; i < word.size(); ++i) {
      for (char c = 'a'; c <= 'z'; ++c) {
        std::string w = word;
        w[i] = c;
        words.insert(w);
      }
    }
  }
  std::unordered_set<uint64_t> hashes;
  for (const std::string& w : words) hashes.insert(WordHash(w));
  EXPECT_EQ(hashes.size(), words.size());
}

}  // namespace
}  // namespace dyad
