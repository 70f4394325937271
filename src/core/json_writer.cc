#include "dyad/json_writer.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace dyad::json_text {
namespace {

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
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
