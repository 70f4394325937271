// Writing JSON text straight from dyad's structures, without building a
// document tree first: the paths that write the most JSON (`dyad code`,
// POST /v1/code) use it.
#ifndef DYAD_JSON_WRITER_H_
#define DYAD_JSON_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::json_text {

// Writes JSON text into a string of its own, byte for byte as RapidJSON's
// Writer does for the same calls ('"', '\\' and control characters
// escaped as RapidJSON escapes them, every other byte as it is; numbers
// in RapidJSON's forms). It keeps no stack of levels: a comma or a colon
// goes before a value according to what was written last alone, so the
// calls must make well-formed JSON (a key before each member's value,
// every start matched by an end), which is all it checks.
class Writer {
 public:
  // `expected_size`: about how many bytes the text will take, room for
  // which is made at once; more is made as needed.
  explicit Writer(size_t expected_size = 256);

  void StartObject() { Punctuation('{', 0); }
  void EndObject() { Close('}'); }
  void StartArray() { Punctuation('[', 0); }
  void EndArray() { Close(']'); }

  // A member's name, with the colon after it.
  void Key(const char* text, size_t length);
  // A name given as a literal, whose length is known without a strlen.
  // Always inline, so that the compiler sees the literal and makes the
  // test itself: a name with nothing to escape, as every name dyad
  // writes, is copied at once.
  template <size_t N>
  [[gnu::always_inline]] void Key(const char (&text)[N]) {
    constexpr size_t kLength = N - 1;
    bool plain = true;
    for (size_t i = 0; i < kLength; ++i) {
      plain &= static_cast<unsigned char>(text[i]) >= 0x20 && text[i] != '"' &&
               text[i] != '\\';
    }
    if (!plain) return Key(text, kLength);
    char* out = Begin(kLength + 3);
    out[0] = '"';
    std::memcpy(out + 1, text, kLength);
    out[kLength + 1] = '"';
    out[kLength + 2] = ':';
    End(out + kLength + 3, 0);
  }

  // `length` bytes as a string, every byte outside what must be escaped
  // as it is, valid UTF-8 or not.
  void String(const char* text, size_t length);
  // `text` as a string, each byte that is not part of valid UTF-8 written
  // as U+FFFD, as nlohmann's error_handler_t::replace does, so that the
  // text written is always valid JSON.
  void Utf8String(std::string_view text);

  void Null();
  void Bool(bool value);
  void Int(int value);
  void Uint(unsigned value);
  // The shortest digits that read back as `value` (RapidJSON's Grisu2);
  // nothing at all for a NaN or an infinity, as RapidJSON's Writer.
  void Double(double value);
  // [first, second], as StartArray, two Uints and EndArray would write.
  void UintPair(uint32_t first, uint32_t second);

  // The text written so far.
  std::string_view text() const { return {text_.data(), size_}; }
  // The text written; the writer is left empty.
  std::string Take();

 private:
  // Makes room for the separator and `n` bytes more, writes the separator
  // and returns where the `n` bytes go.
  [[gnu::always_inline]] char* Begin(size_t n) {
    if (text_.size() - size_ < n + 1) Grow(n + 1);
    char* out = text_.data() + size_;
    if (separator_ != 0) *out++ = separator_;
    return out;
  }
  // Ends a write at `out`, with `separator` the byte due before the next
  // value or key (0 for none).
  void End(char* out, char separator) {
    size_ = static_cast<size_t>(out - text_.data());
    separator_ = separator;
  }
  void Grow(size_t n);
  // Writes `c` after the separator due, and `separator` is due next.
  void Punctuation(char c, char separator) {
    char* out = Begin(1);
    *out++ = c;
    End(out, separator);
  }
  // The end of an object or an array: no separator before it.
  void Close(char c) {
    separator_ = 0;
    Punctuation(c, ',');
  }
  void Quoted(const char* text, size_t length, bool repair);
  // `n` bytes of `text`, a number or a literal, as a value.
  void Plain(const char* text, size_t n);

  std::string text_;  // [0, size_) is written, the rest is room
  size_t size_ = 0;
  char separator_ = 0;  // ',', ':' or 0: what goes before the next write
};

// Writes `text` as a JSON string (Writer::Utf8String).
inline void String(Writer& writer, std::string_view text) {
  writer.Utf8String(text);
}

// Writes null for an empty `text`, else String.
void StringOrNull(Writer& writer, std::string_view text);

// Writes [begin, end].
void SpanArray(Writer& writer, const Span& span);

}  // namespace dyad::json_text

#endif  // DYAD_JSON_WRITER_H_
