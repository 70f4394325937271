#include "dyad/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad::json_text {
namespace {

std::string Written(std::string_view text) {
  Buffer buffer;
  Writer writer(buffer);
  String(writer, text);
  return TextOf(buffer);
}

TEST(JsonWriterTest, StringsAreEscapedAndKeptWhole) {
  struct Case {
    std::string_view text;
    std::string_view json;
  };
  const Case cases[] = {
      {"", R"("")"},
      {"Putin", R"("Putin")"},
      {"say \"no\"\n", R"("say \"no\"\n")"},
      {"back\\slash\ttab", R"("back\\slash\ttab")"},
      {"Zürich – Genève", "\"Zürich – Genève\""},
      {std::string_view("\x01", 1), R"("\u0001")"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Written(c.text), c.json) << c.text;
  }
}

TEST(JsonWriterTest, InvalidUtf8BecomesReplacementCharacters) {
  struct Case {
    std::string_view text;
    std::string_view json;
  };
  const Case cases[] = {
      {"a\xFFz", "\"a\xEF\xBF\xBDz\""},
      {"\xC3", "\"\xEF\xBF\xBD\""},                  // truncated sequence
      {"\xC3\xA9\x80", "\"\xC3\xA9\xEF\xBF\xBD\""},  // stray continuation
      {"\xED\xA0\x80x",
       "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx\""},  // surrogate
  };
  for (const Case& c : cases) {
    const std::string json = Written(c.text);
    EXPECT_EQ(json, c.json);
    // And the result is JSON that a strict parser reads.
    EXPECT_NO_THROW(nlohmann::json::parse(json));
  }
}

TEST(JsonWriterTest, EmptyIsNullAndSpansArePairs) {
  Buffer buffer;
  Writer writer(buffer);
  writer.StartArray();
  StringOrNull(writer, "");
  StringOrNull(writer, "RUS");
  SpanArray(writer, Span{3, 17});
  writer.EndArray();
  EXPECT_EQ(TextOf(buffer), R"([null,"RUS",[3,17]])");
}

}  // namespace
}  // namespace dyad::json_text
