// Bad input gets one clear error line naming the input and the place, the
// rest of the batch goes on, and the rejected document is kept whole.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/reader.h"
#include "dyad/text.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::RunCommand;
using testing::TempDir;
using testing::Lines;
using testing::WriteFile;

std::vector<json> ReadJsonLines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

struct ValidateCase {
  std::string name;
  std::string text;
  size_t max_bytes;
  ErrorCode code;
  std::string message;  // a part the message must contain
};

TEST(BadInputValidate, EachFaultIsNamedWithItsPlace) {
  const std::vector<ValidateCase> cases = {
      {"empty", "", 100, ErrorCode::kInvalidArgument, "empty document"},
      {"blank", " \n\t \xC2\xA0\n", 100, ErrorCode::kInvalidArgument,
       "empty document"},
      {"nul", std::string("Russia\0vetoed", 13), 100,
       ErrorCode::kInvalidArgument, "NUL byte at byte 6 (line 1, column 7)"},
      {"stray continuation", "ab\ncd\x80x", 100, ErrorCode::kInvalidArgument,
       "invalid UTF-8 at byte 5 (line 2, column 3)"},
      {"truncated sequence", "Syria \xE2\x80", 100, ErrorCode::kInvalidArgument,
       "invalid UTF-8 at byte 6"},
      {"overlong", "x\xC0\xAF", 100, ErrorCode::kInvalidArgument,
       "invalid UTF-8 at byte 1"},
      {"surrogate", "x\xED\xA0\x80", 100, ErrorCode::kInvalidArgument,
       "invalid UTF-8 at byte 1"},
      {"latin-1", "caf\xE9 au lait", 100, ErrorCode::kInvalidArgument,
       "invalid UTF-8 at byte 3"},
      {"binary junk",
       std::string("\x7F"
                   "ELF\x02\x01\x01\x00\x00",
                   9),
       100, ErrorCode::kInvalidArgument, "byte"},
      {"too large", std::string(2000, 'a'), 1000, ErrorCode::kTooLarge,
       "document is 2,000 bytes, over the limit of 1,000 bytes"},
  };
  for (const ValidateCase& c : cases) {
    SCOPED_TRACE(c.name);
    Status s = ValidateText(c.text, c.max_bytes);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, c.code);
    EXPECT_NE(s.error().message.find(c.message), std::string::npos)
        << s.error().message;
  }
  EXPECT_TRUE(
      ValidateText("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", 100).ok());
}

TEST(BadInputValidate, FiftyMegabyteDocumentIsRejectedNotCrashed) {
  std::string big(50u << 20, 'a');
  for (size_t i = 80; i < big.size(); i += 81) big[i] = '\n';
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  Document doc{"big", big, std::nullopt, "", "", {}, {}};
  auto result = (*segmenter)->Segment(doc);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kTooLarge);
  EXPECT_NE(result.error().message.find("52,428,800 bytes"), std::string::npos);
}

TEST(BadInputJsonl, EveryBadLineIsRejectedAndTheRestGoesOn) {
  TempDir dir;
  const std::vector<std::string> lines = {
      R"({"id": "good-1", "text": "Russia vetoed the resolution.", "date": "2017-04-12"})",
      R"(this is not json)",
      R"({"id": "no-text", "date": "2017-04-12"})",
      R"({"id": "bad-date", "text": "Talks resumed.", "date": "2017-13-45"})",
      R"({"id": "number-text", "text": 42})",
      "{\"id\": \"latin1\", \"text\": \"caf\xE9\"}",
      R"({"id": "nul", "text": "Syria\u0000Russia"})",
      R"({"id": "empty", "text": "   "})",
      R"(["an", "array"])",
      R"({"id": "good-2", "text": "The talks ended.", "section": "world", "tags": ["a"]})",
      R"({"id": "truncated", "text": "The minister sa)",
  };
  std::string input;
  for (const std::string& l : lines) input += l + "\n";
  input.pop_back();  // the truncated last line has no newline
  ASSERT_TRUE(WriteFile(dir.File("in.jsonl"), input));

  auto r = RunCommand(
      testing::DyadBinary() + " segment --rejects rejects.jsonl in.jsonl", dir);
  EXPECT_EQ(r.status, 3) << r.err;
  auto out = ReadJsonLines(r.out);
  ASSERT_EQ(out.size(), 2u) << r.out;
  EXPECT_EQ(out[0]["doc_id"], "good-1");
  EXPECT_EQ(out[1]["doc_id"], "good-2");

  std::vector<std::string> expected_errors = {
      "in.jsonl:2: not JSON: ",
      "in.jsonl:3: document no-text: no \"text\" field",
      "in.jsonl:4: document bad-date: \"date\" is not a date: \"2017-13-45\"",
      "in.jsonl:5: document number-text: \"text\" is not a string",
      "in.jsonl:6: invalid UTF-8 at byte 29 of the line",
      "in.jsonl:7: document nul: NUL byte at byte 5",
      "in.jsonl:8: document empty: empty document",
      "in.jsonl:9: not a JSON object",
      "in.jsonl:11: truncated line (no newline at the end of the input), "
      "not JSON: at column 45: syntax error",
  };
  auto errors = Lines(r.err);
  ASSERT_EQ(errors.size(), expected_errors.size() + 1) << r.err;  // + summary
  for (size_t i = 0; i < expected_errors.size(); ++i) {
    EXPECT_EQ(errors[i].rfind("dyad: " + expected_errors[i], 0), 0u)
        << errors[i];
    EXPECT_NE(errors[i].find("(kept in rejects.jsonl)"), std::string::npos)
        << errors[i];
  }

  auto rejects = ReadJsonLines(
      testing::ReadFileOrNone(dir.File("rejects.jsonl")).value_or(""));
  ASSERT_EQ(rejects.size(), expected_errors.size());
  // Each rejected line is kept whole: parsing the kept bytes gives back the
  // line exactly as it was.
  EXPECT_EQ(rejects[0]["content"], lines[1]);
  EXPECT_EQ(rejects[0]["line"], 2);
  EXPECT_EQ(rejects[2]["id"], "bad-date");
  EXPECT_EQ(rejects[2]["content"], lines[3]);
  EXPECT_FALSE(rejects[4].contains("content"));
  EXPECT_TRUE(rejects[4].contains("content_base64"));
  EXPECT_EQ(json::parse(rejects[5]["content"].get<std::string>())["text"],
            std::string("Syria\0Russia", 12));
  EXPECT_EQ(rejects[8]["content"], lines[10]);
}

TEST(BadInputFiles, TextAndHtmlInputsKeepTheirBytes) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("good.txt"), "Russia vetoed it.\n"));
  ASSERT_TRUE(WriteFile(dir.File("junk.txt"),
                        std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  ASSERT_TRUE(WriteFile(dir.File("empty.txt"), ""));
  ASSERT_TRUE(WriteFile(dir.File("bad.html"), "<p>caf\xE9</p>"));
  auto r = RunCommand(
      testing::DyadBinary() + " segment good.txt junk.txt empty.txt bad.html",
      dir);
  EXPECT_EQ(r.status, 3) << r.err;
  auto errors = Lines(r.err);
  ASSERT_EQ(errors.size(), 4u) << r.err;
  EXPECT_EQ(errors[0].rfind("dyad: junk.txt: document junk: invalid UTF-8 at "
                            "byte 0 (line 1, column 1)",
                            0),
            0u)
      << errors[0];
  EXPECT_EQ(
      errors[1].rfind("dyad: empty.txt: document empty: empty document", 0), 0u)
      << errors[1];
  EXPECT_EQ(errors[2].rfind("dyad: bad.html: document bad: invalid UTF-8", 0),
            0u)
      << errors[2];
  // No --rejects: the default file in the working directory keeps them.
  auto rejects = ReadJsonLines(
      testing::ReadFileOrNone(dir.File("dyad-rejects.jsonl")).value_or(""));
  ASSERT_EQ(rejects.size(), 3u);
  EXPECT_EQ(rejects[0]["content_base64"], "iVBORw0KGgoAAAANSUhEUg==");
  EXPECT_EQ(rejects[1]["content"], "");
  EXPECT_EQ(ReadJsonLines(r.out).size(), 1u);
}

TEST(BadInputFiles, TooLargeDocumentIsRejectedWhole) {
  TempDir dir;
  std::string big(3000, 'x');
  ASSERT_TRUE(WriteFile(dir.File("big.txt"), big));
  auto r = RunCommand(testing::DyadBinary() +
                          " segment --max-bytes 1000 --rejects r.jsonl big.txt",
                      dir);
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("big.txt: document big: document is 3,000 bytes, over "
                       "the limit of 1,000 bytes"),
            std::string::npos)
      << r.err;
  auto rejects =
      ReadJsonLines(testing::ReadFileOrNone(dir.File("r.jsonl")).value_or(""));
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_EQ(rejects[0]["content"], big);
  EXPECT_EQ(rejects[0]["code"], "too large");
}

TEST(BadInputUsage, ExitStatuses) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("a.txt"), "Russia vetoed it."));
  struct Case {
    std::string args;
    int status;
    std::string err;
  };
  const std::vector<Case> cases = {
      {"segment a.txt", 0, ""},
      {"segment", 2, "FILE is required"},
      {"segment --date 2017-13-45 a.txt", 2, "--date: not a date"},
      {"segment --format pdf a.txt", 2, "--format: unknown format \"pdf\""},
      {"frobnicate", 2, ""},
      {"segment missing.txt", 1, "dyad: missing.txt: cannot open"},
      {"segment missing.txt a.txt", 1, "cannot open"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args);
    auto r = RunCommand(testing::DyadBinary() + " " + c.args, dir);
    EXPECT_EQ(r.status, c.status) << r.err;
    EXPECT_NE(r.err.find(c.err), std::string::npos) << r.err;
  }
  auto help = RunCommand(testing::DyadBinary() + " --help", dir);
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Exit status:"), std::string::npos);
  EXPECT_NE(help.out.find("3  some documents were rejected"),
            std::string::npos);
}

TEST(BadInputStdin, StandardInputWithFormat) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("in.jsonl"),
                        R"({"id": "a", "text": "Mr Comey said it. He left."})"
                        "\n"));
  auto r = RunCommand(
      "cat in.jsonl | " + testing::DyadBinary() + " segment --format jsonl -",
      dir);
  EXPECT_EQ(r.status, 0) << r.err;
  auto out = ReadJsonLines(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0]["text"], "Mr Comey said it.");
  EXPECT_EQ(out[1]["span"], json::array({18, 26}));

  auto txt = RunCommand("printf 'Putin called. Trump answered.' | " +
                            testing::DyadBinary() + " segment --id call -",
                        dir);
  EXPECT_EQ(txt.status, 0) << txt.err;
  auto sentences = ReadJsonLines(txt.out);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0]["doc_id"], "call");
}

}  // namespace
}  // namespace dyad
