// Positions mapped through a CleanText's edits, between the clean text and
// the original: the arithmetic of CleanText::ToOriginal and FromOriginal,
// and OriginalSpans, which maps ranges that come in order without
// searching. Internal to the text stage.
#ifndef DYAD_SRC_TEXT_EDIT_MAP_H_
#define DYAD_SRC_TEXT_EDIT_MAP_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad::text {

// Maps a position through sorted `edits` in one direction; the member
// pointers project an edit onto the side mapped from and to. Each mapping
// takes the index of the edit that decides it, which callers find by
// binary search or, for positions in order, by walking.
template <uint32_t TextEdit::*FromBegin, uint32_t TextEdit::*FromEnd,
          uint32_t TextEdit::*ToBegin, uint32_t TextEdit::*ToEnd>
struct EditMap {
  // The edits before the one Start(x) needs end at or before x; the rest
  // do not.
  static bool EndsBy(const TextEdit& e, uint32_t x) { return e.*FromEnd <= x; }
  // The edits before the one End(x) needs begin before x; the rest do not.
  static bool BeginsBefore(const TextEdit& e, uint32_t x) {
    return e.*FromBegin < x;
  }

  // A position where a range starts: inside an edit, its start. `i` is the
  // first edit for which EndsBy(x) is false.
  static uint32_t Start(const std::vector<TextEdit>& edits, size_t i,
                        uint32_t x) {
    if (i < edits.size() && edits[i].*FromBegin <= x &&
        edits[i].*FromBegin < edits[i].*FromEnd)
      return edits[i].*ToBegin;
    if (i == 0) return x;
    const TextEdit& p = edits[i - 1];
    return x - p.*FromEnd + p.*ToEnd;
  }
  // A position where a range ends: inside an edit, its end. `i` is the
  // first edit for which BeginsBefore(x) is false.
  static uint32_t End(const std::vector<TextEdit>& edits, size_t i,
                      uint32_t x) {
    if (i == 0) return x;
    const TextEdit& p = edits[i - 1];
    if (p.*FromEnd >= x) return p.*ToEnd;
    return x - p.*FromEnd + p.*ToEnd;
  }

  static uint32_t Start(const std::vector<TextEdit>& edits, uint32_t x) {
    return Start(edits, Find(edits, x, EndsBy), x);
  }
  static uint32_t End(const std::vector<TextEdit>& edits, uint32_t x) {
    return End(edits, Find(edits, x, BeginsBefore), x);
  }

 private:
  static size_t Find(const std::vector<TextEdit>& edits, uint32_t x,
                     bool (*before)(const TextEdit&, uint32_t)) {
    return std::partition_point(
               edits.begin(), edits.end(),
               [&](const TextEdit& e) { return before(e, x); }) -
           edits.begin();
  }
};

using CleanToOriginal = EditMap<&TextEdit::clean_begin, &TextEdit::clean_end,
                                &TextEdit::orig_begin, &TextEdit::orig_end>;

using OriginalToClean = EditMap<&TextEdit::orig_begin, &TextEdit::orig_end,
                                &TextEdit::clean_begin, &TextEdit::clean_end>;

// CleanText::ToOriginal for ranges that come in order, each beginning and
// ending no earlier than the one before, as a sentence's tokens do: the
// edits are walked once rather than searched for each range. `clean` must
// outlive it.
class OriginalSpans {
 public:
  explicit OriginalSpans(const CleanText& clean) : edits_(clean.edits) {}

  // What clean.ToOriginal(begin, end) returns.
  Span ToOriginal(uint32_t begin, uint32_t end) {
    if (edits_.empty()) return Span{begin, end};
    while (start_ < edits_.size() &&
           CleanToOriginal::EndsBy(edits_[start_], begin)) {
      ++start_;
    }
    uint32_t b = CleanToOriginal::Start(edits_, start_, begin);
    if (begin == end) return Span{b, b};
    while (end_ < edits_.size() &&
           CleanToOriginal::BeginsBefore(edits_[end_], end)) {
      ++end_;
    }
    uint32_t e = CleanToOriginal::End(edits_, end_, end);
    return Span{b, std::max(b, e)};
  }

 private:
  const std::vector<TextEdit>& edits_;
  size_t start_ = 0;  // the first edit that does not end by the last begin
  size_t end_ = 0;    // the first edit that begins at or after the last end
};

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_EDIT_MAP_H_
