#include "json_body.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <nlohmann/json.hpp>

#include "dyad/text.h"

namespace dyad::server {
namespace {

// RapidJSON's events for the fields asked for: only the root object's own
// members are recorded, each value as its type (and text).
class FieldHandler
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, FieldHandler> {
 public:
  FieldHandler(std::initializer_list<const char*> names, JsonBody* out)
      : names_(names), out_(out) {
    out_->fields.assign(names.size(), std::nullopt);
  }

  // Numbers and booleans.
  bool Default() { return Value(JsonField::Type::kOther, {}); }
  bool Null() { return Value(JsonField::Type::kNull, {}); }
  bool String(const char* text, rapidjson::SizeType length, bool) {
    return Value(JsonField::Type::kString, std::string_view(text, length));
  }
  bool StartObject() {
    if (depth_ == 0) out_->is_object = true;
    if (depth_ == 1) Value(JsonField::Type::kOther, {});
    ++depth_;
    return true;
  }
  bool Key(const char* text, rapidjson::SizeType length, bool) {
    if (depth_ == 1) {
      field_ = -1;
      const std::string_view key(text, length);
      int i = 0;
      for (const char* name : names_) {
        if (key == name) field_ = i;
        ++i;
      }
    }
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool StartArray() {
    if (depth_ == 1) Value(JsonField::Type::kOther, {});
    ++depth_;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }

 private:
  // A value: the root's, a member's of the root, or one deeper down.
  bool Value(JsonField::Type type, std::string_view text) {
    if (depth_ == 1 && field_ >= 0) {
      out_->fields[static_cast<size_t>(field_)] =
          JsonField{type, std::string(text)};
    }
    return true;
  }

  std::initializer_list<const char*> names_;
  JsonBody* out_;
  int depth_ = 0;
  int field_ = -1;  // the asked-for field the last key of the root named
};

// True iff `body` has a \u escape of a low surrogate (\uDC00-\uDFFF):
// RapidJSON takes one that does not follow a high surrogate as a
// character, nlohmann rejects the body. A backslash escaped itself only
// makes this answer true more often.
bool HasLowSurrogateEscape(std::string_view body) {
  auto low = [](char c) {
    return (c >= 'c' && c <= 'f') || (c >= 'C' && c <= 'F');
  };
  for (size_t i = body.find('\\'); i != std::string_view::npos;
       i = body.find('\\', i + 1)) {
    if (i + 3 < body.size() && body[i + 1] == 'u' &&
        (body[i + 2] == 'd' || body[i + 2] == 'D') && low(body[i + 3])) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<JsonBody> ReadJsonBody(
    std::string_view body, std::initializer_list<const char*> names) {
  // RapidJSON's stream ends at a NUL byte, where nlohmann reads on. A
  // body with bytes outside UTF-8 is not JSON to nlohmann: checked here,
  // a word at a time where it is ASCII, RapidJSON need not check each
  // string a byte at a time. (A blank body, which ValidateText rejects
  // too, is not JSON either.)
  if (!ValidateText(body, body.size()).ok() || HasLowSurrogateEscape(body)) {
    return ReadJsonBodyWithTree(body, names);
  }
  JsonBody out;
  FieldHandler handler(names, &out);
  // Read as bytes, without EncodedInputStream, which would drop a
  // byte-order mark (and the first bytes of a broken one) unseen.
  rapidjson::MemoryStream stream(body.data(), body.size());
  // Room for the longest string at once: from its default 256 bytes the
  // reader's stack grew by halves while it copied the text.
  rapidjson::Reader reader(nullptr, body.size() + 1);
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;
  if (reader.Parse<kFlags>(stream, handler).IsError()) {
    // A number too large for a double or a byte-order mark is JSON to
    // nlohmann: whatever the fault, nlohmann decides.
    return ReadJsonBodyWithTree(body, names);
  }
  return out;
}

std::optional<JsonBody> ReadJsonBodyWithTree(
    std::string_view body, std::initializer_list<const char*> names) {
  const nlohmann::json doc =
      nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return std::nullopt;
  JsonBody out;
  out.is_object = doc.is_object();
  for (const char* name : names) {
    std::optional<JsonField> field;
    if (out.is_object) {
      if (auto it = doc.find(name); it != doc.end()) {
        field = it->is_string() ? JsonField{JsonField::Type::kString,
                                            it->get<std::string>()}
                : it->is_null() ? JsonField{JsonField::Type::kNull, {}}
                                : JsonField{JsonField::Type::kOther, {}};
      }
    }
    out.fields.push_back(std::move(field));
  }
  return out;
}

}  // namespace dyad::server
