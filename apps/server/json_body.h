// The top-level fields of a JSON request body, read without building a
// document tree: POST /v1/code reads four fields of a body whose text is
// most of it, and parsing it into a tree cost as much as writing the
// answer. Internal to the server.
#ifndef DYAD_APPS_SERVER_JSON_BODY_H_
#define DYAD_APPS_SERVER_JSON_BODY_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::server {

// A field's value as far as a request reads it: its type, and its text
// when it is a string.
struct JsonField {
  enum class Type { kString, kNull, kOther };
  Type type = Type::kOther;
  std::string text;  // for kString

  bool operator==(const JsonField&) const = default;
};

// What a body holds: whether it is an object, and the fields asked for
// that it has (of duplicate keys the last, as nlohmann's parser keeps).
struct JsonBody {
  bool is_object = false;
  std::vector<std::optional<JsonField>> fields;  // in the order asked

  bool operator==(const JsonBody&) const = default;
};

// Reads the fields named `names` of the JSON text `body`; nullopt when the
// body is not JSON, exactly when nlohmann's parser (strict, no comments)
// rejects it. RapidJSON's SAX reader does the reading; a body it would
// read differently from nlohmann (one it rejects, one with a NUL byte or
// bytes outside UTF-8, or one with a \u escape of a low surrogate, which
// nlohmann rejects unless it follows a high one) is read by
// ReadJsonBodyWithTree.
std::optional<JsonBody> ReadJsonBody(std::string_view body,
                                     std::initializer_list<const char*> names);

// The same with nlohmann's parser and a document tree: slower, and the
// reference that ReadJsonBody is tested against.
std::optional<JsonBody> ReadJsonBodyWithTree(
    std::string_view body, std::initializer_list<const char*> names);

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_JSON_BODY_H_
