// Writing JSON text straight from dyad's structures, without building a
// document tree first: the paths that write the most JSON (`dyad code`,
// POST /v1/code) use it. RapidJSON's Writer does the writing; the helpers
// here add dyad's conventions for strings, nulls and spans.
#ifndef DYAD_JSON_WRITER_H_
#define DYAD_JSON_WRITER_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::json_text {

using Buffer = rapidjson::StringBuffer;

// RapidJSON's Writer, writing strings and keys a run of bytes at a time:
// RapidJSON escapes and copies them byte by byte, which cost more than
// coding a document. The text written is byte for byte RapidJSON's own
// ('"', '\\' and control characters escaped, every other byte as it is).
// These methods hide the base class's of the same names, which do the
// same more slowly; the other methods are the base class's.
class Writer : public rapidjson::Writer<Buffer> {
 public:
  explicit Writer(Buffer& buffer) : rapidjson::Writer<Buffer>(buffer) {}

  bool String(const char* text, rapidjson::SizeType length,
              bool copy = false);
  bool Key(const char* text, rapidjson::SizeType length, bool copy = false) {
    return String(text, length, copy);
  }
  // Writes [first, second], as StartArray, two Uints and EndArray would,
  // in one go.
  void UintPair(uint32_t first, uint32_t second);

  // A key given as a literal, whose length is known without a strlen.
  // Inline, so that the compiler sees the literal: a key with nothing to
  // escape, as every key dyad writes, is copied at once.
  template <size_t N>
  bool Key(const char (&text)[N]) {
    constexpr size_t kLength = N - 1;
    bool plain = true;
    for (size_t i = 0; i < kLength; ++i) {
      plain &= static_cast<unsigned char>(text[i]) >= 0x20 &&
               text[i] != '"' && text[i] != '\\';
    }
    if (!plain) return String(text, kLength);
    Prefix(rapidjson::kStringType);
    char* out = os_->Push(kLength + 2);
    out[0] = '"';
    std::memcpy(out + 1, text, kLength);
    out[kLength + 1] = '"';
    return EndValue(true);
  }

 private:
  // Writes byte `c` of a string, one that must be escaped.
  void PutEscaped(char c);
};

// Writes `text` as a JSON string. Each byte that is not part of valid UTF-8
// is written as U+FFFD, as nlohmann's error_handler_t::replace does, so
// that the output is always valid JSON.
void String(Writer& writer, std::string_view text);

// Writes null for an empty `text`, else String.
void StringOrNull(Writer& writer, std::string_view text);

// Writes [begin, end].
void SpanArray(Writer& writer, const Span& span);

// The buffer's text.
inline std::string TextOf(const Buffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace dyad::json_text

#endif  // DYAD_JSON_WRITER_H_
