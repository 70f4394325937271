#include "dyad/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

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

// A string found not to be valid UTF-8 after it was written is written
// again in its place, after the separator.
TEST(JsonWriterTest, RepairedStringsFollowTheirSeparator) {
  Buffer buffer;
  Writer writer(buffer);
  writer.StartObject();
  writer.Key("a");
  String(writer, "caf\xC3\xA9");
  writer.Key("b");
  String(writer, "a long text, then a stray byte: \xFF\"");
  writer.Key("c");
  String(writer, "\xC3");
  writer.EndObject();
  EXPECT_EQ(TextOf(buffer),
            "{\"a\":\"caf\xC3\xA9\",\"b\":\"a long text, then a stray "
            "byte: \xEF\xBF\xBD\\\"\",\"c\":\"\xEF\xBF\xBD\"}");
}

// Keys given as literals, plain or with bytes to escape, as RapidJSON
// writes them.
TEST(JsonWriterTest, LiteralKeysAreWrittenAsRapidJsonWritesThem) {
  Buffer ours_buffer;
  Writer ours(ours_buffer);
  Buffer theirs_buffer;
  rapidjson::Writer<Buffer> theirs(theirs_buffer);
  ours.StartObject();
  theirs.StartObject();
  ours.Key("");
  theirs.Key("");
  ours.Null();
  theirs.Null();
  ours.Key("sentence_index");
  theirs.Key("sentence_index");
  ours.Uint(3);
  theirs.Uint(3);
  ours.Key("say \"no\"\n");
  theirs.Key("say \"no\"\n");
  ours.Bool(true);
  theirs.Bool(true);
  ours.EndObject();
  theirs.EndObject();
  EXPECT_EQ(TextOf(ours_buffer), TextOf(theirs_buffer));
  EXPECT_EQ(TextOf(ours_buffer),
            R"({"":null,"sentence_index":3,"say \"no\"\n":true})");
}

// Spans as RapidJSON writes an array of two numbers, inside arrays and
// objects and at the root.
TEST(JsonWriterTest, SpansAreWrittenAsRapidJsonWritesThem) {
  const Span spans[] = {{0, 0}, {3, 17}, {9, 10}, {4294967295u, 4294967295u}};
  Buffer ours_buffer;
  Writer ours(ours_buffer);
  Buffer theirs_buffer;
  rapidjson::Writer<Buffer> theirs(theirs_buffer);
  ours.StartObject();
  theirs.StartObject();
  ours.Key("spans");
  theirs.Key("spans");
  ours.StartArray();
  theirs.StartArray();
  for (const Span& span : spans) {
    SpanArray(ours, span);
    theirs.StartArray();
    theirs.Uint(span.begin);
    theirs.Uint(span.end);
    theirs.EndArray();
  }
  ours.EndArray();
  theirs.EndArray();
  ours.Key("span");
  theirs.Key("span");
  SpanArray(ours, spans[1]);
  theirs.StartArray();
  theirs.Uint(spans[1].begin);
  theirs.Uint(spans[1].end);
  theirs.EndArray();
  ours.EndObject();
  theirs.EndObject();
  EXPECT_EQ(TextOf(ours_buffer), TextOf(theirs_buffer));

  Buffer root_buffer;
  Writer root(root_buffer);
  SpanArray(root, spans[2]);
  EXPECT_EQ(TextOf(root_buffer), "[9,10]");
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

// dyad's Writer against RapidJSON's own on strings of every length up to
// three words with every byte value at every position, and on random ones.
TEST(JsonWriterTest, StringsAreWrittenAsRapidJsonWritesThem) {
  auto both = [](std::string_view text) {
    Buffer ours_buffer;
    Writer ours(ours_buffer);
    Buffer theirs_buffer;
    rapidjson::Writer<Buffer> theirs(theirs_buffer);
    ours.StartObject();
    theirs.StartObject();
    ours.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    theirs.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    ours.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    theirs.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    ours.EndObject();
    theirs.EndObject();
    return std::pair(TextOf(ours_buffer), TextOf(theirs_buffer));
  };
  for (size_t length = 1; length <= 25; ++length) {
    for (int byte = 0; byte < 256; ++byte) {
      for (size_t at = 0; at < length; ++at) {
        std::string text(length, 'x');
        text[at] = static_cast<char>(byte);
        auto [ours, theirs] = both(text);
        EXPECT_EQ(ours, theirs)
            << "byte " << byte << " at " << at << " of " << length;
      }
    }
  }
  std::mt19937 random(7);
  const std::string alphabet = std::string("ab\"\\\n\t\x01\x1F\x7F\x80\xC3\xA9 ");
  for (int n = 0; n < 500; ++n) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    auto [ours, theirs] = both(text);
    EXPECT_EQ(ours, theirs);
  }
}

}  // namespace
}  // namespace dyad::json_text
