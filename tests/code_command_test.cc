// `dyad code` end to end: output formats, input order on many threads, bad
// documents rejected while the batch goes on, discarded stories.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::RunCommand;
using testing::TempDir;
using testing::Lines;
using testing::WriteFile;

// Six documents, each coding one event, and a bad one in the middle.
std::string Batch() {
  const char* texts[] = {
      "Russia vetoed a French resolution on Syria on Tuesday.",
      "Turkish police arrested 20 activists in Ankara on Monday.",
      "Israeli jets bombed Gaza on Wednesday.",
      "Iran condemned the United States on Thursday.",
      "Germany praised France on Friday.",
      "China accused Japan of provocation on Sunday.",
  };
  std::string out;
  int i = 0;
  for (const char* t : texts) {
    if (i == 3) out += "{\"id\": \"broken\", \"text\": 42}\n";
    out += json{{"id", "d" + std::to_string(i++)},
                {"date", "2017-05-02"},
                {"text", t}}
               .dump() +
           "\n";
  }
  return out;
}

TEST(CodeCommandTest, JsonLinesInInputOrderWhateverTheThreads) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("in.jsonl"), Batch()));
  auto one = RunCommand(
      testing::DyadBinary() + " code --mode fast --threads 1 in.jsonl", dir);
  auto four = RunCommand(
      testing::DyadBinary() + " code --mode fast --threads 4 in.jsonl", dir);
  EXPECT_EQ(one.status, 3) << one.err;  // a document was rejected
  EXPECT_EQ(one.out, four.out);
  EXPECT_NE(one.err.find("broken"), std::string::npos) << one.err;
  EXPECT_NE(one.err.find("6 documents"), std::string::npos) << one.err;
  auto lines = Lines(one.out);
  ASSERT_GE(lines.size(), 6u) << one.out;
  std::string last_doc;
  std::vector<std::string> docs;
  for (const std::string& line : lines) {
    json e = json::parse(line);
    for (const char* key :
         {"event_id", "doc_id", "sentence_index", "sentence", "date",
          "date_basis", "source", "target", "cameo", "cameo_name", "root",
          "quad_class", "goldstein", "plover", "negated", "modality",
          "location", "attribution", "evidence"}) {
      EXPECT_TRUE(e.contains(key)) << key;
    }
    if (e["doc_id"] != last_doc) docs.push_back(e["doc_id"]);
    last_doc = e["doc_id"];
  }
  EXPECT_EQ(docs,
            (std::vector<std::string>{"d0", "d1", "d2", "d3", "d4", "d5"}));
  // The rejected record is kept where the user can find it.
  auto rejects = testing::ReadFileOrNone(dir.File("dyad-rejects.jsonl"));
  ASSERT_TRUE(rejects.has_value());
  EXPECT_NE(rejects->find("broken"), std::string::npos);
}

TEST(CodeCommandTest, CsvTsvAndGdeltColumns) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("in.txt"),
                        "Russia vetoed a French resolution on Syria.\n"));
  auto csv = RunCommand(testing::DyadBinary() +
                            " code --mode fast --date 2017-05-02 --format csv "
                            "in.txt",
                        dir);
  ASSERT_EQ(csv.status, 0) << csv.err;
  auto lines = Lines(csv.out);
  ASSERT_EQ(lines.size(), 2u) << csv.out;
  EXPECT_TRUE(lines[0].starts_with("event_id,doc_id,sentence_index,date,"));
  EXPECT_NE(lines[1].find(",RUS,"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find(",129,Veto,12,3,"), std::string::npos) << lines[1];

  auto tsv = RunCommand(testing::DyadBinary() +
                            " code --mode fast --date 2017-05-02 --format tsv "
                            "in.txt",
                        dir);
  ASSERT_EQ(tsv.status, 0);
  EXPECT_TRUE(Lines(tsv.out)[0].starts_with("event_id\tdoc_id\t"));

  auto gdelt = RunCommand(testing::DyadBinary() +
                              " code --mode fast --date 2017-05-02 --format "
                              "gdelt in.txt",
                          dir);
  ASSERT_EQ(gdelt.status, 0);
  auto rows = Lines(gdelt.out);
  ASSERT_EQ(rows.size(), 1u);
  std::vector<std::string> fields;
  std::istringstream in(rows[0]);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (rows[0].back() == '\t') fields.push_back("");
  EXPECT_EQ(fields.size(), 61u);
  EXPECT_EQ(fields[1], "20170502");
  EXPECT_EQ(fields[5], "RUS");
}

TEST(CodeCommandTest, NegatedEventsOnlyOnRequest) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(dir.File("in.txt"),
                        "Russia did not veto the French resolution.\n"));
  auto plain = RunCommand(
      testing::DyadBinary() + " code --mode fast --date 2017-05-02 in.txt",
      dir);
  EXPECT_EQ(plain.status, 0);
  EXPECT_TRUE(plain.out.empty()) << plain.out;
  auto negated = RunCommand(testing::DyadBinary() +
                                " code --mode fast --date 2017-05-02 "
                                "--include-negated in.txt",
                            dir);
  auto lines = Lines(negated.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(json::parse(lines[0])["negated"], true);
}

TEST(CodeCommandTest, SportStoriesCodeNothingUnlessAsked) {
  TempDir dir;
  ASSERT_TRUE(WriteFile(
      dir.File("in.txt"),
      "France beat Ireland in Dublin\n\nFrance beat Ireland 26-19 in the Six "
      "Nations on Saturday. The France coach praised his striker after the "
      "match, and the Ireland captain said the team had let in two soft "
      "tries. Ireland attacked France in the second half but the French "
      "defence held out until the final whistle. The championship resumes "
      "next week when England play Scotland at Twickenham.\n"));
  auto plain = RunCommand(
      testing::DyadBinary() + " code --mode fast --date 2005-02-14 in.txt",
      dir);
  EXPECT_EQ(plain.status, 0);
  EXPECT_TRUE(plain.out.empty()) << plain.out;
  EXPECT_NE(plain.err.find("1 discarded"), std::string::npos) << plain.err;
  auto all = RunCommand(testing::DyadBinary() +
                            " code --mode fast --date 2005-02-14 --keep-all "
                            "in.txt",
                        dir);
  EXPECT_FALSE(all.out.empty());
}

// The shipped dictionary: "call for" names what is appealed for, with no
// addressee (02x), in both modes.
TEST(CodeCommandTest, CallForIsAnAppeal) {
  TempDir dir;
  std::string in;
  in += json{{"id", "ceasefire"},
             {"date", "2020-01-01"},
             {"text", "Egypt called for a ceasefire."}}
            .dump() +
        "\n";
  in += json{{"id", "release"},
             {"date", "2020-01-01"},
             {"text",
              "Britain called for the release of the detained journalists."}}
            .dump() +
        "\n";
  ASSERT_TRUE(WriteFile(dir.File("in.jsonl"), in));
  for (const char* mode : {"fast", "accurate"}) {
    auto run = RunCommand(
        testing::DyadBinary() + " code --mode " + mode + " in.jsonl", dir);
    ASSERT_EQ(run.status, 0) << run.err;
    std::vector<std::string> got;
    for (const std::string& line : Lines(run.out)) {
      json e = json::parse(line);
      got.push_back(e["doc_id"].get<std::string>() + " " +
                    e["source"]["code"].get<std::string>() + ">" +
                    (e["target"].is_null() ? "-" : "?") + " " +
                    e["cameo"].get<std::string>());
    }
    EXPECT_EQ(got, (std::vector<std::string>{"ceasefire EGY>- 0256",
                                             "release GBR>- 0253"}))
        << mode;
  }
}

}  // namespace
}  // namespace dyad
