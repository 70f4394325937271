// The row of a word in one of the time tables, for the time lexicon, and
// the bits of a word in the word sets of the recognizer and the tense cues.
#ifndef DYAD_SRC_TIME_WORD_ROWS_H_
#define DYAD_SRC_TIME_WORD_ROWS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

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
    screen_.Add(word);
    if (word.empty() || word.size() > 8) {
      flags_[word] |= flag;
      return;
    }
    if (2 * (short_size_ + 1) > short_.size()) GrowShort();
    Short& slot = short_[ShortSlotOf(word.size(), Pack(word))];
    if (slot.length == 0) ++short_size_;
    slot = Short{Pack(word), static_cast<uint32_t>(word.size()),
                 slot.flags | flag};
  }
  // Adds `flag` to the bits of each of `words`.
  template <typename Words>
  void AddAll(const Words& words, uint32_t flag) {
    for (std::string_view w : words) Add(w, flag);
  }

  // The bits of `word`, 0 for a word in no list.
  uint32_t Find(std::string_view word) const {
    if (!screen_.MayHold(word)) return 0;
    if (word.size() <= 8) {
      if (short_.empty()) return 0;
      return short_[ShortSlotOf(word.size(), Pack(word))].flags;
    }
    const uint32_t* flags = flags_.Find(word);
    return flags ? *flags : 0;
  }

 private:
  // Words of one to eight bytes, most of those asked for, are kept as
  // their bytes in an integer and found by comparing two integers; a
  // WordTable compares the bytes in a library call.
  struct Short {
    uint64_t bytes = 0;
    uint32_t length = 0;  // 0 for an empty slot
    uint32_t flags = 0;
  };

  // The bytes of a word of one to eight bytes, in two loads that may
  // overlap: with the length, they tell the word.
  static uint64_t Pack(std::string_view word) {
    const char* p = word.data();
    const size_t n = word.size();
    auto load = [](const char* at, size_t bytes) {
      uint64_t x = 0;
      std::memcpy(&x, at, bytes);
      return x;
    };
    if (n >= 4) return load(p, 4) | load(p + n - 4, 4) << 32;
    if (n >= 2) return load(p, 2) | load(p + n - 2, 2) << 16;
    return load(p, 1);
  }

  // The slot that holds the word of `length` and `bytes`, or the empty one
  // where it would go.
  size_t ShortSlotOf(size_t length, uint64_t bytes) const {
    const size_t mask = short_.size() - 1;
    size_t i =
        static_cast<size_t>(((bytes ^ length) * 0x9E3779B97F4A7C15ull) >> 32) &
        mask;
    while (short_[i].length != 0 &&
           (short_[i].length != length || short_[i].bytes != bytes)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  // Doubles the short slots (16 at first), keeping every word.
  void GrowShort() {
    std::vector<Short> old = std::move(short_);
    short_.assign(old.empty() ? 16 : 2 * old.size(), Short{});
    for (const Short& slot : old) {
      if (slot.length != 0) short_[ShortSlotOf(slot.length, slot.bytes)] = slot;
    }
  }

  WordScreen screen_;
  std::vector<Short> short_;  // a power of two, at most half full
  size_t short_size_ = 0;
  WordTable<uint32_t> flags_;  // the longer words
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_WORD_ROWS_H_
