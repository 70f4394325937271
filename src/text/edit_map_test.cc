// OriginalSpans maps ranges in order by walking the edits; these tests
// check it against CleanText::ToOriginal, which searches them.
#include "src/text/edit_map.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::text {
namespace {

TEST(OriginalSpans, AgreesWithToOriginalOnRangesInOrder) {
  static constexpr std::string_view kPieces[] = {
      // Kept.
      "a", "word", " ", ".", "\xC3\xA9",
      // Replaced: curly quotes, no-break space, dash, CR LF.
      "\xE2\x80\x9C", "\xE2\x80\x99", "\xC2\xA0", "\xE2\x80\x94", "\r\n",
      // Lengthened: the ellipsis.
      "\xE2\x80\xA6",
      // Removed: zero-width space, soft hyphen.
      "\xE2\x80\x8B", "\xC2\xAD",
      // Composed: e and a combining acute.
      "e\xCC\x81"};
  std::mt19937 random(20170502);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(1, 30);
  std::uniform_int_distribution<int> step(0, 3);
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    for (int k = length(random); k > 0; --k) text += kPieces[piece(random)];
    CleanText clean = Clean(text);
    SCOPED_TRACE(text);
    // Ranges whose begins and ends never go back, empty ones and ones
    // that start or end inside an edit among them.
    OriginalSpans spans(clean);
    const uint32_t size = static_cast<uint32_t>(clean.text.size());
    uint32_t begin = 0, end = 0;
    while (begin <= size) {
      end = std::min(size, std::max(end, begin) + step(random));
      ASSERT_EQ(spans.ToOriginal(begin, end), clean.ToOriginal(begin, end))
          << "clean range " << begin << ", " << end;
      // Sometimes the next range begins where this one ends, sometimes
      // within it, and a range may be empty.
      begin = n % 3 == 0 ? end + 1 : begin + 1 + step(random) / 2;
    }
  }
}

}  // namespace
}  // namespace dyad::text
