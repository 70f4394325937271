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

// Copies `n` bytes, 0 < n < 8, with two fixed-size copies that may
// overlap instead of a call or a loop.
void CopyShort(char* out, const char* text, size_t n) {
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, text, 4);
    std::memcpy(&tail, text + n - 4, 4);
    std::memcpy(out, &head, 4);
    std::memcpy(out + n - 4, &tail, 4);
  } else if (n >= 2) {
    uint16_t head, tail;
    std::memcpy(&head, text, 2);
    std::memcpy(&tail, text + n - 2, 2);
    std::memcpy(out, &head, 2);
    std::memcpy(out + n - 2, &tail, 2);
  } else {
    out[0] = text[0];
  }
}

bool IsAscii(std::string_view text) {
  size_t i = 0;
  uint64_t high = 0;
  for (; i + 8 <= text.size(); i += 8) high |= Word(text.data() + i);
  if (i < text.size() && text.size() >= 8) {
    // The last eight bytes, some of them read already: one more word.
    high |= Word(text.data() + text.size() - 8);
  } else {
    for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  }
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
    if (!repaired) {
      // Runs of ASCII, valid as they are, eight bytes at a time: text
      // that is not all ASCII is mostly ASCII.
      while (i + 8 <= n && (Word(text.data() + i) & kHighBits) == 0) i += 8;
      if (i == n) break;
    }
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
  auto put = [this](char c) {
    if (NeedsEscape(c)) {
      PutEscaped(c);
    } else {
      os_->PutUnsafe(c);
    }
  };
  size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    const uint64_t word = Word(text + i);
    if (AnyNeedsEscape(word)) {
      for (size_t j = i; j < i + 8; ++j) put(text[j]);
    } else {
      std::memcpy(os_->PushUnsafe(8), &word, 8);
    }
  }
  if (i < length && length >= 8) {
    // The last eight bytes, overlapping some already written. When none
    // needs escaping, those were written as they are, just before the
    // end of the output, and the eight can be written over them.
    const uint64_t word = Word(text + length - 8);
    if (!AnyNeedsEscape(word)) {
      char* end = os_->PushUnsafe(length - i) + (length - i);
      std::memcpy(end - 8, &word, 8);
      i = length;
    }
  } else if (i < length) {
    // Shorter than a word, as most keys are: tested without a store
    // between the bytes, then copied at once.
    bool plain = true;
    for (size_t j = 0; j < length; ++j) plain &= !NeedsEscape(text[j]);
    if (plain) {
      CopyShort(os_->PushUnsafe(length), text, length);
      i = length;
    }
  }
  for (; i < length; ++i) put(text[i]);
  os_->PutUnsafe('"');
  return EndValue(true);
}

void Writer::UintPair(uint32_t first, uint32_t second) {
  Prefix(rapidjson::kArrayType);
  // Two numbers of at most ten digits, a comma and the brackets.
  char* begin = os_->Push(23);
  char* p = begin;
  *p++ = '[';
  p = rapidjson::internal::u32toa(first, p);
  *p++ = ',';
  p = rapidjson::internal::u32toa(second, p);
  *p++ = ']';
  os_->Pop(static_cast<size_t>(23 - (p - begin)));
  EndValue(true);
}

void Writer::PutEscaped(char c) {
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
  writer.UintPair(span.begin, span.end);
}

}  // namespace dyad::json_text
