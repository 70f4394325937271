#include "dyad/json_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unicode/utf8.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace dyad::json_text {
namespace {

using Buffer = rapidjson::StringBuffer;
using RapidJsonWriter = rapidjson::Writer<Buffer>;

std::string TextOf(const Buffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

// `text` with each byte outside a valid UTF-8 sequence replaced by U+FFFD,
// a character at a time: what Utf8String is to write, escaped.
std::string RepairedSlowly(std::string_view text) {
  std::string out;
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(static_cast<size_t>(start),
                             static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string Written(std::string_view text) {
  Writer writer;
  String(writer, text);
  return writer.Take();
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

// Strings repaired as they are written keep the separators around them.
TEST(JsonWriterTest, RepairedStringsFollowTheirSeparator) {
  Writer writer;
  writer.StartObject();
  writer.Key("a");
  String(writer, "caf\xC3\xA9");
  writer.Key("b");
  String(writer, "a long text, then a stray byte: \xFF\"");
  writer.Key("c");
  String(writer, "\xC3");
  writer.EndObject();
  EXPECT_EQ(writer.text(),
            "{\"a\":\"caf\xC3\xA9\",\"b\":\"a long text, then a stray "
            "byte: \xEF\xBF\xBD\\\"\",\"c\":\"\xEF\xBF\xBD\"}");
}

// Keys given as literals, plain or with bytes to escape, as RapidJSON
// writes them.
TEST(JsonWriterTest, LiteralKeysAreWrittenAsRapidJsonWritesThem) {
  Writer ours;
  Buffer theirs_buffer;
  RapidJsonWriter theirs(theirs_buffer);
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
  EXPECT_EQ(ours.text(), TextOf(theirs_buffer));
  EXPECT_EQ(ours.text(), R"({"":null,"sentence_index":3,"say \"no\"\n":true})");
}

// Spans as RapidJSON writes an array of two numbers, inside arrays and
// objects and at the root.
TEST(JsonWriterTest, SpansAreWrittenAsRapidJsonWritesThem) {
  const Span spans[] = {{0, 0}, {3, 17}, {9, 10}, {4294967295u, 4294967295u}};
  Writer ours;
  Buffer theirs_buffer;
  RapidJsonWriter theirs(theirs_buffer);
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
  EXPECT_EQ(ours.text(), TextOf(theirs_buffer));

  Writer root;
  SpanArray(root, spans[2]);
  EXPECT_EQ(root.text(), "[9,10]");
}

TEST(JsonWriterTest, EmptyIsNullAndSpansArePairs) {
  Writer writer;
  writer.StartArray();
  StringOrNull(writer, "");
  StringOrNull(writer, "RUS");
  SpanArray(writer, Span{3, 17});
  writer.EndArray();
  EXPECT_EQ(writer.text(), R"([null,"RUS",[3,17]])");
}

// dyad's Writer against RapidJSON's own on strings of every length up to
// three words with every byte value at every position, and on random ones.
TEST(JsonWriterTest, StringsAreWrittenAsRapidJsonWritesThem) {
  auto both = [](std::string_view text) {
    Writer ours;
    Buffer theirs_buffer;
    RapidJsonWriter theirs(theirs_buffer);
    ours.StartObject();
    theirs.StartObject();
    ours.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    theirs.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    ours.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    theirs.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    ours.EndObject();
    theirs.EndObject();
    return std::pair(std::string(ours.text()), TextOf(theirs_buffer));
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
  const std::string alphabet =
      std::string("ab\"\\\n\t\x01\x1F\x7F\x80\xC3\xA9 ");
  for (int n = 0; n < 500; ++n) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    auto [ours, theirs] = both(text);
    EXPECT_EQ(ours, theirs);
  }
}

// Strings with bytes outside valid UTF-8, of every length up to three
// words with every byte value at every position after a lead byte, and
// random ones: written as RapidJSON writes the string repaired first.
TEST(JsonWriterTest, RepairedStringsAreWrittenAsRapidJsonWritesThem) {
  auto check = [](const std::string& text) {
    Writer ours;
    ours.StartArray();
    String(ours, text);
    ours.EndArray();
    Buffer theirs_buffer;
    RapidJsonWriter theirs(theirs_buffer);
    const std::string repaired = RepairedSlowly(text);
    theirs.StartArray();
    theirs.String(repaired.data(),
                  static_cast<rapidjson::SizeType>(repaired.size()));
    theirs.EndArray();
    EXPECT_EQ(ours.text(), TextOf(theirs_buffer)) << text;
  };
  for (size_t length = 1; length <= 25; ++length) {
    for (int byte = 0; byte < 256; ++byte) {
      for (size_t at = 0; at < length; ++at) {
        std::string text(length, 'x');
        text[at] = static_cast<char>(byte);
        check(text);
        // After a lead byte, as a continuation or not.
        if (at > 0) {
          text[at - 1] = '\xC3';
          check(text);
          text[at - 1] = '\xE2';
          check(text);
        }
      }
    }
  }
  std::mt19937 random(11);
  const std::string alphabet =
      std::string("ab\"\\\n\x01\x7F\x80\xA9\xBF\xC3\xE2\xED\xF0\xF4\xFF ");
  for (int n = 0; n < 2000; ++n) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    check(text);
  }
}

// Numbers, literals and nesting: the separators and the digits RapidJSON
// writes, from a writer that starts with no room at all.
TEST(JsonWriterTest, ValuesAndNestingAreWrittenAsRapidJsonWritesThem) {
  Writer ours(0);
  Buffer theirs_buffer;
  RapidJsonWriter theirs(theirs_buffer);
  auto both = [&](auto write) {
    write(ours);
    write(theirs);
  };
  both([](auto& w) { w.StartObject(); });
  both([](auto& w) { w.Key("ints"); });
  both([](auto& w) { w.StartArray(); });
  for (int value : {0, 1, -1, 42, -2147483647 - 1, 2147483647}) {
    both([&](auto& w) { w.Int(value); });
  }
  both([](auto& w) { w.EndArray(); });
  both([](auto& w) { w.Key("uints"); });
  both([](auto& w) { w.StartArray(); });
  for (unsigned value : {0u, 9u, 10u, 4294967295u}) {
    both([&](auto& w) { w.Uint(value); });
  }
  both([](auto& w) { w.EndArray(); });
  both([](auto& w) { w.Key("doubles"); });
  both([](auto& w) { w.StartArray(); });
  for (double value : {0.0, -0.0, 1.0, -10.0, 2.5, 0.1, 3.4, 1e21, 1e-7,
                       123456789.125, std::numeric_limits<double>::max(),
                       std::numeric_limits<double>::denorm_min(),
                       // Not written at all, as RapidJSON's Writer fails.
                       std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()}) {
    both([&](auto& w) { w.Double(value); });
  }
  both([](auto& w) { w.EndArray(); });
  both([](auto& w) { w.Key("empty"); });
  both([](auto& w) { w.StartObject(); });
  both([](auto& w) { w.EndObject(); });
  both([](auto& w) { w.Key("nested"); });
  both([](auto& w) { w.StartArray(); });
  both([](auto& w) { w.StartArray(); });
  both([](auto& w) { w.EndArray(); });
  both([](auto& w) { w.StartObject(); });
  both([](auto& w) { w.Key("t"); });
  both([](auto& w) { w.Bool(true); });
  both([](auto& w) { w.Key("f"); });
  both([](auto& w) { w.Bool(false); });
  both([](auto& w) { w.Key("n"); });
  both([](auto& w) { w.Null(); });
  both([](auto& w) { w.EndObject(); });
  both([](auto& w) { w.Null(); });
  both([](auto& w) { w.EndArray(); });
  both([](auto& w) { w.Key("long"); });
  const std::string long_text(5000, 'z');
  both([&](auto& w) {
    w.String(long_text.data(),
             static_cast<rapidjson::SizeType>(long_text.size()));
  });
  both([](auto& w) { w.EndObject(); });
  EXPECT_EQ(ours.text(), TextOf(theirs_buffer));
  EXPECT_EQ(ours.Take(), TextOf(theirs_buffer));
}

}  // namespace
}  // namespace dyad::json_text
