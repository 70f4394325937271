// The row of a word in one of the time tables, for the time lexicon and the
// tense cues.
#ifndef DYAD_SRC_TIME_WORD_ROWS_H_
#define DYAD_SRC_TIME_WORD_ROWS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/core/word_table.h"

namespace dyad::time {

// A table's words, for lookup by word. The recognizer and the tense cues
// ask for most words of every sentence, most of them in no table: a word
// whose length and first letter begin no entry is refused at once, the
// others are looked up in a WordTable. Immutable once built, so safe to
// read from many threads.
class WordRows {
 public:
  // `words` in table order; a word listed twice is found at its first row,
  // as a scan would find it.
  template <typename Words>
  explicit WordRows(const Words& words) {
    int row = 0;
    for (std::string_view w : words) {
      if (!rows_.Find(w)) rows_[w] = row;
      ++row;
      if (!w.empty() && w.size() < kShort)
        first_letters_[w.size()] |= Bit(w[0]);
    }
  }

  // The row of `word`, or -1 when it has none.
  int Find(std::string_view word) const {
    if (word.empty()) return -1;
    if (word.size() < kShort &&
        (first_letters_[word.size()] & Bit(word[0])) == 0) {
      return -1;
    }
    const int* row = rows_.Find(word);
    return row ? *row : -1;
  }

 private:
  // Words shorter than this are screened by their first letter.
  static constexpr size_t kShort = 16;
  static uint64_t Bit(char c) {
    return uint64_t{1} << (static_cast<unsigned char>(c) % 64);
  }

  // By length: a bit for each first letter of the entries that long.
  std::array<uint64_t, kShort> first_letters_{};
  WordTable<int> rows_;
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_WORD_ROWS_H_
