#include "dyad/json_writer.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace dyad::json_text {
namespace {

constexpr uint64_t kEachByte = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The eight bytes at `p`, in the machine's order: the tests below look at
// every byte alike, so the order does not matter.
uint64_t Word(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

bool NeedsEscape(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
}

// True iff one of the bytes of `word` needs escaping. A byte b is below
// n (n <= 0x80) when b - n borrows into its high bit while b's own high
// bit is clear; a byte equals c when b ^ c is below 1. A borrow from a
// lower byte only ever follows a byte that is itself flagged, so no
// flag is raised when no byte needs escaping.
bool AnyNeedsEscape(uint64_t word) {
  const uint64_t quote = word ^ (kEachByte * '"');
  const uint64_t backslash = word ^ (kEachByte * '\\');
  return (((word - kEachByte * 0x20) | (quote - kEachByte) |
           (backslash - kEachByte)) &
          ~word & kHighBits) != 0;
}

bool IsAscii(std::string_view text) {
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= text.size(); i += 8) high |= Word(text.data() + i);
  for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  return (high & kHighBits) == 0;
}

// `text` with every byte outside a valid UTF-8 sequence replaced by U+FFFD;
// empty when `text` is valid already.
std::string Repaired(std::string_view text) {
  std::string out;
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool repaired = false;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) {
      if (!repaired) {
        out.assign(text.substr(0, static_cast<size_t>(start)));
        repaired = true;
      }
      out += "\xEF\xBF\xBD";
    } else if (repaired) {
      out.append(text.substr(static_cast<size_t>(start),
                             static_cast<size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace

bool Writer::String(const char* text, rapidjson::SizeType length, bool) {
  Prefix(rapidjson::kStringType);
  // Room for the quotes and six bytes for each byte ("\u001F").
  os_->Reserve(2 + 6 * size_t{length});
  os_->PutUnsafe('"');
  size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    const uint64_t word = Word(text + i);
    if (AnyNeedsEscape(word)) {
      for (size_t j = i; j < i + 8; ++j) PutEscaped(text[j]);
    } else {
      std::memcpy(os_->PushUnsafe(8), &word, 8);
    }
  }
  for (; i < length; ++i) PutEscaped(text[i]);
  os_->PutUnsafe('"');
  return EndValue(true);
}

void Writer::PutEscaped(char c) {
  if (!NeedsEscape(c)) {
    os_->PutUnsafe(c);
    return;
  }
  const auto byte = static_cast<unsigned char>(c);
  os_->PutUnsafe('\\');
  switch (byte) {
    case '"': os_->PutUnsafe('"'); break;
    case '\\': os_->PutUnsafe('\\'); break;
    case '\b': os_->PutUnsafe('b'); break;
    case '\t': os_->PutUnsafe('t'); break;
    case '\n': os_->PutUnsafe('n'); break;
    case '\f': os_->PutUnsafe('f'); break;
    case '\r': os_->PutUnsafe('r'); break;
    default: {
      static constexpr char kHex[] = "0123456789ABCDEF";
      char* out = os_->PushUnsafe(5);
      out[0] = 'u';
      out[1] = '0';
      out[2] = '0';
      out[3] = kHex[byte >> 4];
      out[4] = kHex[byte & 0xF];
    }
  }
}

void String(Writer& writer, std::string_view text) {
  if (!IsAscii(text)) {
    const std::string repaired = Repaired(text);
    if (!repaired.empty()) {
      writer.String(repaired.data(),
                    static_cast<rapidjson::SizeType>(repaired.size()));
      return;
    }
  }
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void StringOrNull(Writer& writer, std::string_view text) {
  if (text.empty()) {
    writer.Null();
  } else {
    String(writer, text);
  }
}

void SpanArray(Writer& writer, const Span& span) {
  writer.StartArray();
  writer.Uint(span.begin);
  writer.Uint(span.end);
  writer.EndArray();
}

}  // namespace dyad::json_text
