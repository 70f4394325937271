// The row of a word in one of the time tables, for the time lexicon, and
// the bits of a word in the word sets of the recognizer and the tense cues.
#ifndef DYAD_SRC_TIME_WORD_ROWS_H_
#define DYAD_SRC_TIME_WORD_ROWS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/core/word_table.h"

namespace dyad::time {

// A quick "no" for most words outside a set of words, before they are
// hashed: the set's words of each length and first letter end in few
// letters. The recognizer and the tense cues ask for every word of a
// sentence, and most are in none of their sets.
class WordScreen {
 public:
  void Add(std::string_view word) {
    if (!word.empty() && word.size() < kShort)
      last_letters_[word.size()][Index(word[0])] |= Bit(word.back());
  }

  // False when `word` is surely not in the set; empty words never are.
  bool MayHold(std::string_view word) const {
    if (word.empty()) return false;
    return word.size() >= kShort ||
           (last_letters_[word.size()][Index(word[0])] & Bit(word.back())) != 0;
  }

 private:
  // Words shorter than this are screened.
  static constexpr size_t kShort = 16;
  static size_t Index(char c) { return static_cast<unsigned char>(c) % 32; }
  static uint32_t Bit(char c) { return uint32_t{1} << Index(c); }

  // By length and first letter: a bit for each last letter of the words.
  std::array<std::array<uint32_t, 32>, kShort> last_letters_{};
};

// A table's words, for lookup by word. Immutable once built, so safe to
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
      screen_.Add(w);
    }
  }

  // The row of `word`, or -1 when it has none.
  int Find(std::string_view word) const {
    if (!screen_.MayHold(word)) return -1;
    const int* row = rows_.Find(word);
    return row ? *row : -1;
  }

 private:
  WordScreen screen_;
  WordTable<int> rows_;
};

// Bits for words: which of some word lists each word is in. Built once,
// then immutable, so safe to read from many threads.
class WordFlags {
 public:
  // Adds `flag` to the bits of `word`.
  void Add(std::string_view word, uint32_t flag) {
    flags_[word] |= flag;
    screen_.Add(word);
  }
  // Adds `flag` to the bits of each of `words`.
  template <typename Words>
  void AddAll(const Words& words, uint32_t flag) {
    for (std::string_view w : words) Add(w, flag);
  }

  // The bits of `word`, 0 for a word in no list.
  uint32_t Find(std::string_view word) const {
    if (!screen_.MayHold(word)) return 0;
    const uint32_t* flags = flags_.Find(word);
    return flags ? *flags : 0;
  }

 private:
  WordScreen screen_;
  WordTable<uint32_t> flags_;
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_WORD_ROWS_H_
