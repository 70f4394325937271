// Tests of cleaning: what each character becomes, and the mapping between
// clean and original byte ranges.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

struct CleanCase {
  std::string_view input;
  std::string_view clean;
};

TEST(CleanTable, Replacements) {
  const std::vector<CleanCase> cases = {
      {"plain ASCII text.", "plain ASCII text."},
      {"“Quoted” and ‘single’", "\"Quoted\" and 'single'"},
      {"«Guillemets» „low“", "\"Guillemets\" \"low\""},
      {"Russia’s", "Russia's"},
      {"en – em — minus −5", "en - em - minus -5"},
      {"non\u00A0breaking\u202Fspace", "non breaking space"},
      {"thin\u2009and\u200Ahair", "thin and hair"},
      {"soft\u00ADhyphen", "softhyphen"},
      {"\uFEFFbom first", "bom first"},
      {"zero\u200Bwidth", "zerowidth"},
      {"line\r\nends\rhere\n", "line\nends\nhere\n"},
      {"tab\there", "tab here"},
      {"wait…", "wait..."},
      {"cafe\u0301", "caf\u00E9"},
      {"A\u030Angstro\u0308m", "\u00C5ngstr\u00F6m"},
      {"already caf\u00E9", "already caf\u00E9"},
      {"Путин и Эрдоган", "Путин и Эрдоган"},
      {"北京时间", "北京时间"},
      {"line\u2028separator", "line\nseparator"},
  };
  for (const CleanCase& c : cases) {
    SCOPED_TRACE(c.input);
    CleanText clean = Clean(c.input);
    EXPECT_EQ(clean.text, c.clean);
    if (c.input == c.clean) {
      EXPECT_TRUE(clean.edits.empty());
    } else if (c.input.size() != c.clean.size()) {
      EXPECT_FALSE(clean.edits.empty());
    }
    uint32_t last_clean = 0, last_orig = 0;
    for (const TextEdit& e : clean.edits) {
      EXPECT_LE(last_clean, e.clean_begin);
      EXPECT_LE(last_orig, e.orig_begin);
      EXPECT_LE(e.clean_begin, e.clean_end);
      EXPECT_LE(e.orig_begin, e.orig_end);
      last_clean = e.clean_end;
      last_orig = e.orig_end;
    }
  }
}

TEST(CleanTable, MapsRangesBothWays) {
  //                   0123 456 789   (bytes of “ are 4..6)
  const std::string text = "Say “no” now";
  CleanText clean = Clean(text);
  ASSERT_EQ(clean.text, "Say \"no\" now");
  // Clean "no" is [5, 7); original "no" is [7, 9).
  EXPECT_EQ(clean.ToOriginal(5, 7), (Span{7, 9}));
  EXPECT_EQ(clean.FromOriginal(7, 9), (std::pair<uint32_t, uint32_t>{5, 7}));
  // The quote marks: one clean byte, three original bytes.
  EXPECT_EQ(clean.ToOriginal(4, 5), (Span{4, 7}));
  EXPECT_EQ(clean.ToOriginal(7, 8), (Span{9, 12}));
  // A range that starts or ends inside an edit widens to all of it.
  EXPECT_EQ(clean.FromOriginal(5, 8), (std::pair<uint32_t, uint32_t>{4, 6}));
  EXPECT_EQ(clean.FromOriginal(10, 11), (std::pair<uint32_t, uint32_t>{7, 8}));
  // The whole text, and the end.
  EXPECT_EQ(clean.ToOriginal(0, static_cast<uint32_t>(clean.text.size())),
            (Span{0, static_cast<uint32_t>(text.size())}));
  EXPECT_EQ(clean.ToOriginal(9, 12),
            (Span{13, static_cast<uint32_t>(text.size())}));
  EXPECT_EQ(clean.ToOriginal(12, 12),
            (Span{static_cast<uint32_t>(text.size()),
                  static_cast<uint32_t>(text.size())}));
}

TEST(CleanTable, MapsAroundDeletionsAndComposition) {
  // The BOM and the soft hyphen vanish; e + U+0301 becomes one character.
  const std::string text = "\uFEFFinter\u00ADnational cafe\u0301 staff";
  CleanText clean = Clean(text);
  ASSERT_EQ(clean.text, "international caf\u00E9 staff");
  const size_t word = clean.text.find("international");
  Span international = clean.ToOriginal(static_cast<uint32_t>(word),
                                        static_cast<uint32_t>(word + 13));
  EXPECT_EQ(text.substr(international.begin, international.size()),
            "inter\u00ADnational");
  const size_t cafe = clean.text.find("caf");
  Span span = clean.ToOriginal(static_cast<uint32_t>(cafe),
                               static_cast<uint32_t>(cafe + 5));
  EXPECT_EQ(text.substr(span.begin, span.size()), "cafe\u0301");
  // Half of the composed é maps to all of e + U+0301.
  Span half = clean.ToOriginal(static_cast<uint32_t>(cafe + 3),
                               static_cast<uint32_t>(cafe + 4));
  EXPECT_EQ(text.substr(half.begin, half.size()), "e\u0301");
  auto [b, e] = clean.FromOriginal(span.begin, span.end);
  EXPECT_EQ(clean.text.substr(b, e - b), "caf\u00E9");
}

}  // namespace
}  // namespace dyad
