#include <cstring>
#include <string>

#include "dyad/text.h"
#include "src/text/utf8.h"

namespace dyad {
namespace {

// "byte 17 (line 2, column 5)", counting lines and columns in bytes from 1.
std::string Place(std::string_view text, size_t pos) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < pos; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "byte " + std::to_string(pos) + " (line " + std::to_string(line) +
         ", column " + std::to_string(pos - line_start + 1) + ")";
}

std::string WithThousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

Status ValidateText(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    return Error{ErrorCode::kTooLarge, "document is " +
                                           WithThousands(text.size()) +
                                           " bytes, over the limit of " +
                                           WithThousands(max_bytes) + " bytes"};
  }
  const size_t n = text.size();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  bool blank = true;
  size_t i = 0;
  while (i < n) {
    // Most news is ASCII: check eight bytes at a time for any high bit.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        // A NUL byte inside the word: ((w - 0x01..) & ~w & 0x80..) != 0.
        if (((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) ==
            0) {
          if (blank) {
            for (size_t k = i; k < i + 8; ++k) {
              if (p[k] > ' ') blank = false;
            }
          }
          i += 8;
          continue;
        }
      }
    }
    unsigned char c = p[i];
    if (c == 0) {
      return Error{ErrorCode::kInvalidArgument,
                   "NUL byte at " + Place(text, i)};
    }
    if (c < 0x80) {
      if (c > ' ') blank = false;
      ++i;
      continue;
    }
    size_t start = i;
    UChar32 cp = text::NextCodePoint(text, &i);
    if (cp < 0) {
      return Error{ErrorCode::kInvalidArgument,
                   "invalid UTF-8 at " + Place(text, start)};
    }
    if (cp != 0xA0 && cp != 0xFEFF && !(cp >= 0x2000 && cp <= 0x200B))
      blank = false;
  }
  if (n == 0) return Error{ErrorCode::kInvalidArgument, "empty document"};
  if (blank) {
    return Error{ErrorCode::kInvalidArgument,
                 "empty document (only white space)"};
  }
  return Status();
}

}  // namespace dyad
