// WordRows and WordFlags turn most words away by their length and first and
// last letters before hashing them, and WordFlags keeps words of up to
// eight bytes as integers: these tests check them against plain scans of
// their lists, on the listed words and on words near them.
#include "src/time/word_rows.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::time {
namespace {

const std::vector<std::string_view> kWords = {
    "january",
    "jan",
    "jan.",
    "may",
    "may",
    "a",
    "an",
    "the",
    "'",
    "'s",
    "twenty-first",
    "a.m.",
    "o'clock",
    "yr",
    "",
    "q",
    "characteristically",
    "internationalization",
    "nineteenth",
    "x",
    "s",
    "2016",
};

// The words to look up: the listed ones, and words that share their
// length, first or last letters, or that differ by a letter.
std::vector<std::string> Probes() {
  std::vector<std::string> probes = {
      "janu",
      "uary",
      "januaty",
      "o'clocks",
      "a.m",
      "twenty-firsts",
      "",
      "t",
      "th",
      "tha",
      "thee",
      "said",
      "was",
      "in",
      "of",
      "and",
      "to",
      "jun",
      "june",
      "jan,",
      "mays",
      "mat",
      "aa",
      "an.",
      "''",
      "'t",
      "characteristicallz",
      "internationalisation",
      "2017",
      "Jan",
      "MAY",
      "\xc3\xa9t\xc3\xa9",
      "q1",
      "xx",
      "ss",
      "s.",
  };
  for (std::string_view w : kWords) {
    std::string word(w);
    probes.push_back(word);
    probes.push_back(word + "s");
    probes.push_back(word + ".");
    if (!word.empty()) {
      probes.push_back(word.substr(1));
      probes.push_back(word.substr(0, word.size() - 1));
      std::string changed = word;
      changed.back() = changed.back() == 'z' ? 'y' : 'z';
      probes.push_back(changed);
      changed = word;
      changed.front() = changed.front() == 'z' ? 'y' : 'z';
      probes.push_back(changed);
    }
  }
  return probes;
}

TEST(TimeWordRowsTest, FindsTheRowAScanFinds) {
  const WordRows rows(kWords);
  for (const std::string& probe : Probes()) {
    int expected = -1;
    for (size_t i = 0; i < kWords.size(); ++i) {
      if (kWords[i] == probe && !probe.empty()) {
        expected = static_cast<int>(i);
        break;
      }
    }
    EXPECT_EQ(rows.Find(probe), expected) << "\"" << probe << "\"";
  }
}

TEST(TimeWordFlagsTest, FindsTheListsAScanFinds) {
  const std::vector<std::vector<std::string_view>> lists = {
      {kWords.begin(), kWords.begin() + 8},
      {kWords.begin() + 4, kWords.end()},
      {"the", "that", "2016", "'"},
  };
  WordFlags flags;
  for (size_t l = 0; l < lists.size(); ++l) {
    flags.AddAll(lists[l], uint32_t{1} << l);
  }
  for (const std::string& probe : Probes()) {
    uint32_t expected = 0;
    for (size_t l = 0; l < lists.size(); ++l) {
      for (std::string_view w : lists[l]) {
        if (w == probe && !probe.empty()) expected |= uint32_t{1} << l;
      }
    }
    EXPECT_EQ(flags.Find(probe), expected) << "\"" << probe << "\"";
  }
}

}  // namespace
}  // namespace dyad::time
