// The compiled matcher against a plain map of every alias of dyad's own
// dictionaries.
#include "dyad/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

struct Alias {
  CleanText clean;
  std::vector<Token> tokens;
};

Alias Tokenized(const std::string& alias) {
  Alias a;
  a.clean = Clean(alias);
  a.tokens = Tokenize(a.clean, 0, static_cast<uint32_t>(a.clean.text.size()));
  return a;
}

std::vector<std::string> FoldedWords(const std::vector<Token>& tokens) {
  std::vector<std::string> folded;
  for (const Token& t : tokens) folded.push_back(t.folded);
  return folded;
}

// Every alias, read as text, matches itself whole, names its entry, and
// names only entries that have an alias of the same folded words.
TEST(LexiconTest, EveryAliasMatchesItselfAsAPlainMapSays) {
  auto lexicon = Lexicon::Load(LexiconOptions{});
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  const Lexicon& lex = **lexicon;

  std::map<std::vector<std::string>, std::set<uint32_t>> plain;
  for (uint32_t id = 0; id < lex.size(); ++id) {
    for (const std::string& alias : lex.entry(id).aliases) {
      Alias a = Tokenized(alias);
      if (!a.tokens.empty()) plain[FoldedWords(a.tokens)].insert(id);
    }
  }

  size_t checked = 0;
  for (uint32_t id = 0; id < lex.size(); ++id) {
    for (const std::string& alias : lex.entry(id).aliases) {
      Alias a = Tokenized(alias);
      if (a.tokens.empty()) continue;
      auto match = lex.LongestMatch(a.tokens, 0, a.clean.text);
      ASSERT_TRUE(match.has_value()) << alias;
      EXPECT_EQ(match->length, a.tokens.size()) << alias;
      EXPECT_NE(std::find(match->entries.begin(), match->entries.end(), id),
                match->entries.end())
          << alias;
      const std::set<uint32_t>& named = plain[FoldedWords(a.tokens)];
      for (uint32_t e : match->entries) {
        EXPECT_TRUE(named.count(e)) << alias << " names " << lex.entry(e).name;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

// A word no alias has ends the match; the longest alias wins over a prefix
// that is one too.
TEST(LexiconTest, LongestMatchStopsAtAnUnknownWord) {
  auto lexicon = Lexicon::Load(LexiconOptions{});
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  const struct {
    std::string text;
    size_t start;
    uint32_t length;  // 0: no match
  } kCases[] = {
      {"Vladimir Putin said", 0, 2}, {"Putin said", 0, 1},
      {"the United States", 1, 2},   {"zzqx Putin", 0, 0},
      {"said zzqx", 0, 0},
  };
  for (const auto& c : kCases) {
    Alias a = Tokenized(c.text);
    auto match = (*lexicon)->LongestMatch(a.tokens, c.start, a.clean.text);
    if (c.length == 0) {
      EXPECT_FALSE(match.has_value()) << c.text;
    } else {
      ASSERT_TRUE(match.has_value()) << c.text;
      EXPECT_EQ(match->length, c.length) << c.text;
    }
  }
}

}  // namespace
}  // namespace dyad
