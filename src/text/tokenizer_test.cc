// Tests of tokenization: splits, kinds, spacing, folding and the original
// bytes each token stands for.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

// `tokens` are the original bytes of each token; `kinds` has one letter a
// token (w word, n number, p punct, s symbol) and `spaces` one a token
// (+ when space precedes it, . when not).
struct TokenCase {
  std::string_view input;
  std::vector<std::string_view> tokens;
  std::string_view kinds;
  std::string_view spaces;
};

char KindLetter(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return 'w';
    case TokenKind::kNumber:
      return 'n';
    case TokenKind::kPunct:
      return 'p';
    case TokenKind::kSymbol:
      return 's';
  }
  return '?';
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

TEST(TokenizeTable, SplitsAndKinds) {
  const std::vector<TokenCase> cases = {
      {"Russia's army", {"Russia", "'s", "army"}, "www", "+.+"},
      {"Russia’s support", {"Russia", "’s", "support"}, "www", "+.+"},
      {"the Kremlin’s", {"the", "Kremlin", "’s"}, "www", "++."},
      {"US-backed resolution",
       {"US", "-", "backed", "resolution"},
       "wpww",
       "+..+"},
      {"all-time low", {"all", "-", "time", "low"}, "wpww", "+..+"},
      {"don't", {"do", "n't"}, "ww", "+."},
      {"We're", {"We", "'re"}, "ww", "+."},
      {"We’re", {"We", "’re"}, "ww", "+."},
      {"They've, we'll, I'd, I'm",
       {"They", "'ve", ",", "we", "'ll", ",", "I", "'d", ",", "I", "'m"},
       "wwpwwpwwpww",
       "+..+..+..+."},
      {"can't won't", {"ca", "n't", "wo", "n't"}, "wwww", "+.+."},
      {"U.S. officials", {"U.S.", "officials"}, "ww", "++"},
      {"the U.N.'s envoy", {"the", "U.N.", "'s", "envoy"}, "wwww", "++.+"},
      {"the E.U.’s", {"the", "E.U.", "’s"}, "www", "++."},
      {"didn’t", {"did", "n’t"}, "ww", "+."},
      {"Mr… Comey", {"Mr", "…", "Comey"}, "wpw", "+.+"},
      {"the U.S…", {"the", "U.S", "…"}, "wwp", "++."},
      {"the U.S.-led force",
       {"the", "U.S.", "-", "led", "force"},
       "wwpww",
       "++..+"},
      {"Mr. Comey", {"Mr.", "Comey"}, "ww", "++"},
      {"Mr Comey", {"Mr", "Comey"}, "ww", "++"},
      {"Lt. Col. Petrova", {"Lt.", "Col.", "Petrova"}, "www", "+++"},
      {"James B. Comey", {"James", "B.", "Comey"}, "www", "+++"},
      {"on Jan. 28", {"on", "Jan.", "28"}, "wwn", "+++"},
      {"No. 10", {"No.", "10"}, "wn", "++"},
      {"said no.", {"said", "no", "."}, "wwp", "++."},
      {"rose 3.5%", {"rose", "3.5", "%"}, "wns", "++."},
      {"at 12:30pm ET", {"at", "12:30pm", "ET"}, "wnw", "+++"},
      {"(4.30pm UK time)",
       {"(", "4.30pm", "UK", "time", ")"},
       "pnwwp",
       "+.++."},
      {"on 2017-01-28", {"on", "2017-01-28"}, "wn", "++"},
      {"on 1/28/2017", {"on", "1/28/2017"}, "wn", "++"},
      {"1,000 troops", {"1,000", "troops"}, "nw", "++"},
      {"$1.2bn", {"$", "1.2bn"}, "sn", "+."},
      {"O'Brien", {"O'Brien"}, "w", "+"},
      {"O’Brien said", {"O’Brien", "said"}, "ww", "++"},
      {"at 9 a.m. The", {"at", "9", "a.m.", "The"}, "wnww", "++++"},
      {"e.g. Texas", {"e.g.", "Texas"}, "ww", "++"},
      {"Wait... what?", {"Wait", "...", "what", "?"}, "wpwp", "+.+."},
      {"Wait… what?", {"Wait", "…", "what", "?"}, "wpwp", "+.+."},
      {"“Stop!” he said.",
       {"“", "Stop", "!", "”", "he", "said", "."},
       "pwppwwp",
       "+...++."},
      {"the 1990s", {"the", "1990s"}, "wn", "++"},
      {"Bashar al-Assad", {"Bashar", "al", "-", "Assad"}, "wwpw", "++.."},
      {"Putin — again", {"Putin", "—", "again"}, "wpw", "+++"},
      {"Путин заявил", {"Путин", "заявил"}, "ww", "++"},
      {"café", {"café"}, "w", "+"},
      {"cafe\u0301 owners", {"cafe\u0301", "owners"}, "ww", "++"},
      {"AT&T", {"AT", "&", "T"}, "wsw", "+.."},
      {"#MeToo @user", {"#", "MeToo", "@", "user"}, "swsw", "+.+."},
      {"the ’90s", {"the", "’", "90s"}, "wpn", "++."},
  };
  for (const TokenCase& c : cases) {
    SCOPED_TRACE(c.input);
    CleanText clean = Clean(c.input);
    std::vector<Token> tokens =
        Tokenize(clean, 0, static_cast<uint32_t>(clean.text.size()));
    std::vector<std::string> texts;
    std::string kinds, spaces;
    for (const Token& t : tokens) {
      texts.push_back(std::string(c.input.substr(t.span.begin, t.span.size())));
      kinds += KindLetter(t.kind);
      spaces += t.space_before ? '+' : '.';
      std::string_view token_clean =
          std::string_view(clean.text)
              .substr(t.clean_begin, t.clean_end - t.clean_begin);
      EXPECT_EQ(Clean(texts.back()).text, token_clean);
      if (IsAscii(token_clean)) {
        EXPECT_EQ(t.folded, AsciiLower(token_clean));
      }
    }
    std::vector<std::string> expected(c.tokens.begin(), c.tokens.end());
    EXPECT_EQ(texts, expected);
    EXPECT_EQ(kinds, c.kinds);
    EXPECT_EQ(spaces, c.spaces);
  }
}

TEST(TokenizeTable, FoldsCaseBeyondAscii) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"ÉCOLE", "école"}, {"ПУТИН", "путин"}, {"Erdoğan", "erdoğan"},
      {"U.S.", "u.s."},   {"We’re", "we"},    {"cafe\u0301", "café"},
      {"ΑΘΗΝΑ", "αθηνα"},
  };
  for (const auto& [input, folded] : cases) {
    SCOPED_TRACE(input);
    CleanText clean = Clean(input);
    std::vector<Token> tokens =
        Tokenize(clean, 0, static_cast<uint32_t>(clean.text.size()));
    EXPECT_EQ(tokens.empty() ? "" : tokens[0].folded, folded);
  }
}

TEST(TokenizeTable, SubrangeOffsetsAreIntoTheWholeText) {
  CleanText clean = Clean("First part. “Second” part.");
  const uint32_t begin = static_cast<uint32_t>(clean.text.find("\"Second"));
  std::vector<Token> tokens =
      Tokenize(clean, begin, static_cast<uint32_t>(clean.text.size()));
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].clean_begin, begin);
  EXPECT_EQ(tokens[0].span, (Span{12, 15}));  // the 3-byte “
  EXPECT_TRUE(tokens[0].space_before);
  EXPECT_EQ(tokens[1].folded, "second");
  EXPECT_FALSE(tokens[1].space_before);
}

}  // namespace
}  // namespace dyad
