#include "json_body.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::server {
namespace {

using Type = JsonField::Type;

std::optional<JsonBody> Read(std::string_view body) {
  return ReadJsonBody(body, {"text", "date"});
}

TEST(JsonBodyTest, ReadsTheFieldsAskedFor) {
  std::optional<JsonBody> body = Read(
      R"({"id": "x", "text": "Putin \"spoke\"\n", "date": null, "n": [1, {"text": 2}]})");
  ASSERT_TRUE(body);
  EXPECT_TRUE(body->is_object);
  ASSERT_EQ(body->fields.size(), 2u);
  EXPECT_EQ(body->fields[0], (JsonField{Type::kString, "Putin \"spoke\"\n"}));
  EXPECT_EQ(body->fields[1], (JsonField{Type::kNull, ""}));

  body = Read(R"({"text": 3, "text": {"a": 1}})");
  ASSERT_TRUE(body);
  EXPECT_EQ(body->fields[0], (JsonField{Type::kOther, ""}));  // the last
  EXPECT_FALSE(body->fields[1]);

  body = Read(R"(["text", "date"])");
  ASSERT_TRUE(body);
  EXPECT_FALSE(body->is_object);
  EXPECT_FALSE(Read(R"({"text": "a",})"));
}

// The SAX reader against nlohmann's tree, on bodies where the two parsers
// differ or might: every one must be read alike.
TEST(JsonBodyTest, ReadsEveryBodyAsNlohmannDoes) {
  using namespace std::string_literals;
  const std::string bodies[] = {
      "",
      " ",
      "{}",
      "null",
      "\"text\"",
      "[1, 2]",
      R"({"text": "a"})",
      R"({"text": "a", "text": "b"})",
      R"({"text": "a", "date": "2017-05-02", "date": 7})",
      R"({"text": ["a"], "date": {"text": "b"}})",
      R"({"text": true, "date": false})",
      R"({"text": 1e400})",
      R"({"text": -0, "date": 123456789012345678901234567890})",
      R"({"text": 01})",
      R"({"text": "a",})",
      R"({"text": "a"} x)",
      R"({"text": "a"} )"
      "\n\t\r",
      R"({"text": "a"} // comment)",
      R"({"text": "a" /* comment */})",
      R"({'text': 'a'})",
      R"({"text": "\u00e9\/\b\f\n\r\t"})",
      R"({"text": "\ud83d\ude00"})",
      R"({"text": "\udc00"})",
      R"({"text": "\uDE00 alone"})",
      R"({"text": "\ud83d"})",
      R"({"text": "\ud83d\u0041"})",
      R"({"text": "\\udc00 is not an escape"})",
      R"({"text": "\x"})",
      R"({"text": "\u00"})",
      "{\"text\": \"a\x01\"}",
      "{\"text\": \"caf\xC3\xA9\"}",
      "{\"text\": \"\xC3\"}",
      "{\"text\": \"\xC0\x80\"}",
      "{\"text\": \"\xED\xA0\x80\"}",
      "{\"text\": \"\xF4\x90\x80\x80\"}",
      "{\"text\": \"\xFF\"}",
      "{\"text\": \"\xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\"}",
      "{\"text\": \"a\"}\xFF",
      "{\"text\": \"a\"}\xC2\xA0",
      "{\"text\": \"a\", \"d\xC3\xA9\": \"\xC3\xA9\"}",
      "{\"text\": \"a\", \"d\xC3\": 1}",
      "{\"text\": \"a\", \"date\": \"\xE2\x80\"}",
      "\xEF\xBB\xBF{\"text\": \"a\"}",
      "\xEF\xBB{\"text\": \"a\"}",
      "\xEF{\"text\": \"a\"}",
      "{\"text\": \"a\"}\0"s,
      "{\"text\": \"a\0b\"}"s,
      "{\"te\0xt\": \"a\"}"s,
      std::string(1000, '[') + std::string(1000, ']'),
      "{\"text\": " + std::string(500, '[') + std::string(500, ']') + "}",
  };
  for (const std::string& body : bodies) {
    EXPECT_EQ(ReadJsonBody(body, {"text", "date"}),
              ReadJsonBodyWithTree(body, {"text", "date"}))
        << body;
  }
}

}  // namespace
}  // namespace dyad::server
