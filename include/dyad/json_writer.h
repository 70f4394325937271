// Writing JSON text straight from dyad's structures, without building a
// document tree first: the paths that write the most JSON (`dyad code`,
// POST /v1/code) use it. RapidJSON's Writer does the writing; the helpers
// here add dyad's conventions for strings, nulls and spans.
#ifndef DYAD_JSON_WRITER_H_
#define DYAD_JSON_WRITER_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::json_text {

using Buffer = rapidjson::StringBuffer;
using Writer = rapidjson::Writer<Buffer>;

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
