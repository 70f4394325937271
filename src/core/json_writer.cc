#include "dyad/json_writer.h"

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/itoa.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace dyad::json_text {
namespace {

constexpr uint64_t kEachByte = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The eight bytes at `p`, the first the lowest: std::countr_zero of a
// mask of them finds the first flagged.
static_assert(std::endian::native == std::endian::little);
uint64_t Word(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

bool NeedsEscape(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
}

// The high bit of each byte of `word` that needs a closer look: one that
// must be escaped, and with `high` (kHighBits or 0) one outside ASCII. A
// byte b is below n (n <= 0x80) when b - n borrows into its high bit
// while b's own high bit is clear; a byte equals c when b ^ c is below 1.
// A borrow from a lower byte only ever follows a byte that is itself
// flagged, so the lowest bit set is always a byte that needs the look,
// and no bit is set when no byte does.
uint64_t Flagged(uint64_t word, uint64_t high) {
  const uint64_t quote = word ^ (kEachByte * '"');
  const uint64_t backslash = word ^ (kEachByte * '\\');
  return ((((word - kEachByte * 0x20) | (quote - kEachByte) |
            (backslash - kEachByte)) &
           ~word) |
          (high & word)) &
         kHighBits;
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

// Writes byte `c` of a string, one that must be escaped, as RapidJSON
// escapes it, at `out`; returns the end.
char* PutEscaped(char c, char* out) {
  const auto byte = static_cast<unsigned char>(c);
  *out++ = '\\';
  switch (byte) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\b': *out++ = 'b'; break;
    case '\t': *out++ = 't'; break;
    case '\n': *out++ = 'n'; break;
    case '\f': *out++ = 'f'; break;
    case '\r': *out++ = 'r'; break;
    default: {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out[0] = 'u';
      out[1] = '0';
      out[2] = '0';
      out[3] = kHex[byte >> 4];
      out[4] = kHex[byte & 0xF];
      out += 5;
    }
  }
  return out;
}

// Writes the character at text[*i] at `out` and moves *i past it;
// returns the end of what it wrote. With `repair`, a byte outside ASCII
// starts a UTF-8 sequence, written as it is when valid, else as U+FFFD.
char* Character(const char* text, size_t length, bool repair, size_t* i,
                char* out) {
  const char c = text[*i];
  if (!repair || static_cast<unsigned char>(c) < 0x80) {
    ++*i;
    if (NeedsEscape(c)) return PutEscaped(c, out);
    *out = c;
    return out + 1;
  }
  auto end = static_cast<int32_t>(*i);
  UChar32 code_point;
  U8_NEXT(text, end, static_cast<int32_t>(length), code_point);
  if (code_point < 0) {
    *i = static_cast<size_t>(end);
    std::memcpy(out, "\xEF\xBF\xBD", 3);
    return out + 3;
  }
  // At most four bytes: a loop costs less than a call to memcpy.
  for (; *i < static_cast<size_t>(end); ++*i) *out++ = text[*i];
  return out;
}

}  // namespace

Writer::Writer(size_t expected_size) { text_.resize(expected_size); }

void Writer::Grow(size_t n) {
  text_.resize(std::max(2 * text_.size(), size_ + n));
}

std::string Writer::Take() {
  text_.resize(size_);
  size_ = 0;
  separator_ = 0;
  return std::move(text_);
}

void Writer::Key(const char* text, size_t length) {
  Quoted(text, length, /*repair=*/false);
  separator_ = ':';
}

void Writer::String(const char* text, size_t length) {
  Quoted(text, length, /*repair=*/false);
}

void Writer::Utf8String(std::string_view text) {
  Quoted(text.data(), text.size(), /*repair=*/true);
}

// One pass over the bytes, eight at a time: those up to the first that
// needs a closer look (escaping, or with `repair` a check that it is
// valid UTF-8) are copied at once, as most bytes are.
void Writer::Quoted(const char* text, size_t length, bool repair) {
  // Room for the quotes and six bytes for each byte ("\u001F"; a
  // replacement character takes three), and for a whole word written at
  // the end of a short string.
  char* out = Begin(8 + 6 * length);
  *out++ = '"';
  const uint64_t high = repair ? kHighBits : 0;
  size_t i = 0;
  if (length < 8 && length > 0) {
    // Shorter than a word, as most codes and names are: tested as a word
    // padded with bytes that need no look, and written as one.
    uint64_t word = kEachByte * 'a';
    CopyShort(reinterpret_cast<char*>(&word), text, length);
    if (Flagged(word, high) == 0) {
      std::memcpy(out, &word, 8);
      out += length;
      i = length;
    }
  }
  while (length - i >= 8) {
    const uint64_t word = Word(text + i);
    const uint64_t flagged = Flagged(word, high);
    // The whole word, of which the bytes after the first flagged one are
    // written over next.
    std::memcpy(out, &word, 8);
    if (flagged == 0) {
      out += 8;
      i += 8;
      continue;
    }
    const size_t plain = static_cast<size_t>(std::countr_zero(flagged)) / 8;
    out += plain;
    i += plain;
    out = Character(text, length, repair, &i, out);
  }
  if (i < length && length >= 8) {
    // The last bytes, fewer than eight: the word that ends the string
    // overlaps bytes already written. When none of its bytes needs a
    // closer look, those were written as they are, just before `out`,
    // and the word can be written over them.
    const uint64_t word = Word(text + length - 8);
    if (Flagged(word, high) == 0) {
      const size_t rest = length - i;
      std::memcpy(out + rest - 8, &word, 8);
      out += rest;
      i = length;
    }
  }
  while (i < length) out = Character(text, length, repair, &i, out);
  *out++ = '"';
  End(out, ',');
}

void Writer::Plain(const char* text, size_t n) {
  char* out = Begin(n);
  std::memcpy(out, text, n);
  End(out + n, ',');
}

void Writer::Null() { Plain("null", 4); }

void Writer::Bool(bool value) {
  if (value) {
    Plain("true", 4);
  } else {
    Plain("false", 5);
  }
}

void Writer::Int(int value) {
  char* out = Begin(11);
  End(rapidjson::internal::i32toa(value, out), ',');
}

void Writer::Uint(unsigned value) {
  char* out = Begin(10);
  End(rapidjson::internal::u32toa(value, out), ',');
}

void Writer::Double(double value) {
  if (!std::isfinite(value)) {
    // RapidJSON writes the separator and then fails.
    End(Begin(0), ',');
    return;
  }
  // RapidJSON's Writer's default: as many decimal places as it takes.
  constexpr int kMaxDecimalPlaces = 324;
  char* out = Begin(25);
  End(rapidjson::internal::dtoa(value, out, kMaxDecimalPlaces), ',');
}

void Writer::UintPair(uint32_t first, uint32_t second) {
  // Two numbers of at most ten digits, a comma and the brackets.
  char* out = Begin(23);
  *out++ = '[';
  out = rapidjson::internal::u32toa(first, out);
  *out++ = ',';
  out = rapidjson::internal::u32toa(second, out);
  *out++ = ']';
  End(out, ',');
}

void StringOrNull(Writer& writer, std::string_view text) {
  if (text.empty()) {
    writer.Null();
  } else {
    writer.Utf8String(text);
  }
}

void SpanArray(Writer& writer, const Span& span) {
  writer.UintPair(span.begin, span.end);
}

}  // namespace dyad::json_text

