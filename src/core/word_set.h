// A small set of borrowed words, for lookups in an inner loop: the forms
// of a clause that verb patterns are checked against. Internal.
#ifndef DYAD_SRC_CORE_WORD_SET_H_
#define DYAD_SRC_CORE_WORD_SET_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dyad {

// Open addressing in one array, with a hash of the length and three
// letters: std::unordered_set allocates a node for each word and hashes
// every byte, which cost more than the lookups it served. The views are
// not copied: what they show must outlive the set. A set no one changes is
// safe to read from many threads at once.
class WordSet {
 public:
  // Empties the set and makes room for up to `count` words.
  void Reset(size_t count) {
    shift_ = 64 - 4;
    while ((size_t{1} << (64 - shift_)) < 2 * count) --shift_;
    slots_.assign(size_t{1} << (64 - shift_), std::string_view());
  }

  // Adds `word` unless it is there. At most `count` words of the last
  // Reset; a word's data() is not null (no view of a std::string or of a
  // literal has a null one).
  void Insert(std::string_view word) { slots_[SlotOf(word)] = word; }

  // True iff `word` was inserted since the last Reset.
  bool Contains(std::string_view word) const {
    return Contains(word, Hash(word));
  }

  // The same, for a `hash` that is Hash(word): words looked up again and
  // again can have theirs computed once.
  bool Contains(std::string_view word, uint64_t hash) const {
    return !slots_.empty() && slots_[SlotOf(word, hash)].data() != nullptr;
  }

  // Calls found(k) for each k, in order, such that words[k] is in the
  // set; hashes[k] is Hash(words[k]). One loop over many words, with the
  // set's array kept at hand: a call of Contains for each word read it
  // again every time.
  template <typename Found>
  void ForEachContained(std::span<const std::string_view> words,
                        std::span<const uint64_t> hashes, Found found) const {
    if (slots_.empty()) return;
    const std::string_view* slots = slots_.data();
    const size_t mask = slots_.size() - 1;
    const int shift = shift_;
    for (size_t k = 0; k < words.size(); ++k) {
      size_t slot = static_cast<size_t>(hashes[k] >> shift);
      while (slots[slot].data() != nullptr && slots[slot] != words[k]) {
        slot = (slot + 1) & mask;
      }
      if (slots[slot].data() != nullptr) found(k);
    }
  }

  // The length and three letters (first, middle, last), spread by
  // Fibonacci hashing: the words are short, a collision costs one more
  // comparison, and hashing every byte cost more than the rest of a
  // lookup. The same in every set.
  static uint64_t Hash(std::string_view word) {
    uint64_t key = word.size();
    if (!word.empty()) {
      auto letter = [&](size_t i) -> uint64_t {
        return static_cast<unsigned char>(word[i]);
      };
      key = key << 24 | letter(0) << 16 | letter(word.size() / 2) << 8 |
            letter(word.size() - 1);
    }
    return key * 0x9E3779B97F4A7C15ull;
  }

 private:
  // The slot that holds `word`, or the empty one where it would go.
  size_t SlotOf(std::string_view word) const {
    return SlotOf(word, Hash(word));
  }
  size_t SlotOf(std::string_view word, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = static_cast<size_t>(hash >> shift_);
    while (slots_[slot].data() != nullptr && slots_[slot] != word) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  // A power of two, at least twice `count`, so that a probe soon meets an
  // empty slot: one with a null data().
  std::vector<std::string_view> slots_;
  // 64 - log2(slots_.size()): a hash's top bits pick the slot.
  int shift_ = 60;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORD_SET_H_
