// UTF-8 helpers shared by the text stage. Internal.
#ifndef DYAD_SRC_TEXT_UTF8_H_
#define DYAD_SRC_TEXT_UTF8_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::text {

// Decodes the code point at `*pos` of valid UTF-8 and advances `*pos`.
inline UChar32 NextCodePoint(std::string_view s, size_t* pos) {
  UChar32 c;
  int32_t i = static_cast<int32_t>(*pos);
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  *pos = static_cast<size_t>(i);
  return c;
}

// Decodes the code point that ends at `pos` (exclusive) of valid UTF-8.
inline UChar32 PreviousCodePoint(std::string_view s, size_t pos) {
  UChar32 c;
  int32_t i = static_cast<int32_t>(pos);
  U8_PREV(s.data(), 0, i, c);
  return c;
}

inline void AppendCodePoint(UChar32 c, std::string* out) {
  char buffer[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buffer, n, 4, c, error);
  if (!error) out->append(buffer, static_cast<size_t>(n));
}

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_UTF8_H_
