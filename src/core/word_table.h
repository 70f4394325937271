// A map from words to small values, for dictionaries read once and then
// looked up in inner loops: WordNet's index and exception lists. Internal.
#ifndef DYAD_SRC_CORE_WORD_TABLE_H_
#define DYAD_SRC_CORE_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// A hash of `word` that reads it eight bytes at a time (words shorter than
// eight in two loads that may overlap) instead of a byte at a time.
inline uint64_t WordHash(std::string_view word) {
  const char* p = word.data();
  const size_t n = word.size();
  auto load = [](const char* at, size_t bytes) {
    uint64_t x = 0;
    std::memcpy(&x, at, bytes);
    return x;
  };
  uint64_t h = n * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](uint64_t x) {
    h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) mix(load(p + i, 8));
    if (i < n) mix(load(p + n - 8, 8));
  } else if (n >= 4) {
    mix(load(p, 4) | load(p + n - 4, 4) << 32);
  } else if (n >= 2) {
    mix(load(p, 2) | load(p + n - 2, 2) << 16);
  } else if (n == 1) {
    mix(static_cast<unsigned char>(p[0]));
  }
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

// Open addressing in one array of small slots, the words themselves in
// one string: std::unordered_map hashed every byte in a library call and
// followed a node for each lookup, most of the cost of finding a lemma.
// Values must be cheap to copy. Safe to read from many threads at once
// once no one adds to it.
template <typename T>
class WordTable {
 public:
  // The value of `word`, added as T{} when missing.
  T& operator[](std::string_view word) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Slot& slot = slots_[SlotOf(word)];
    if (slot.length == kEmpty) {
      slot.offset = static_cast<uint32_t>(words_.size());
      slot.length = static_cast<uint32_t>(word.size());
      words_.append(word);
      ++size_;
    }
    return slot.value;
  }

  // The value of `word`, or null when it was never added.
  const T* Find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[SlotOf(word)];
    return slot.length == kEmpty ? nullptr : &slot.value;
  }

  // Like Find, and when `word` is there sets `*stored` to the table's own
  // copy of it, which stays valid until a word is added.
  const T* Find(std::string_view word, std::string_view* stored) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[SlotOf(word)];
    if (slot.length == kEmpty) return nullptr;
    *stored = WordAt(slot);
    return &slot.value;
  }

  // Calls `f(word, value)` for every word added, in no particular order.
  // `f` may change the value but must not add words.
  template <typename F>
  void ForEach(F&& f) {
    for (Slot& slot : slots_) {
      if (slot.length != kEmpty) f(WordAt(slot), slot.value);
    }
  }

  // How many words were added.
  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Slot {
    uint32_t offset = 0;
    uint32_t length = kEmpty;
    T value{};
  };

  std::string_view WordAt(const Slot& slot) const {
    return std::string_view(words_).substr(slot.offset, slot.length);
  }

  // The slot that holds `word`, or the empty one where it would go.
  size_t SlotOf(std::string_view word) const {
    const size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(WordHash(word)) & mask;
    while (slots_[i].length != kEmpty &&
           (slots_[i].length != word.size() || WordAt(slots_[i]) != word)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  // Doubles the slots (16 at first), keeping every word and value.
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    for (const Slot& slot : old) {
      if (slot.length != kEmpty) slots_[SlotOf(WordAt(slot))] = slot;
    }
  }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string words_;        // every word added, one after another
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SRC_CORE_WORD_TABLE_H_
