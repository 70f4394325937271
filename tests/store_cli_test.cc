// dyad query, stats, export, show and rejects on a store built from
// hand-made documents: each output format, and each bad input giving one
// clear line and leaving the files alone.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/export.h"
#include "dyad/store.h"
#include "tests/store_fixtures.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::MakeDocument;
using testing::MakeEvent;
using testing::ReadFileOrNone;
using testing::RunCommand;
using testing::Lines;
using testing::TempDir;

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = line.find(sep, start);
    out.push_back(line.substr(start, at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return out;
}

class StoreCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(dir_.File("s.db"), {});
    ASSERT_TRUE(store.ok()) << store.error().message;
    Event call = MakeEvent("bbc-1", "bbc-1-e1", "USAGOV", "RUSGOV", "041",
                           "2017-05-02", 0);
    call.source.name = "Donald Trump";
    call.location = EventLocation{"SYR", "Syria", {40, 45}};
    std::vector<StoredDocument> docs = {
        MakeDocument("bbc-1", "BBC",
                     {"Trump will speak to Putin about the sarin attack, "
                      "the White House said."},
                     {call}),
        MakeDocument("cnn-1", "CNN", {"Trump and Putin talk by phone."},
                     {MakeEvent("cnn-1", "cnn-1-e1", "USAGOV", "RUSGOV", "041",
                                "2017-05-02")}),
        MakeDocument(
            "cnn-2", "CNN",
            {"Russia accused the US of aggression.", "The UN said nothing."},
            {MakeEvent("cnn-2", "cnn-2-e1", "RUSGOV", "USAGOV", "112",
                       "2017-04-07"),
             MakeEvent("cnn-2", "cnn-2-e2", "IGOUNO", "", "010", "2017-04",
                       1)}),
    };
    docs[0].document.url = "https://bbc.example/1";
    ASSERT_TRUE((*store)->Ingest(docs).ok());
    Rejection r;
    r.origin = Origin{"in.jsonl", 3, InputFormat::kJsonl};
    r.doc_id = "bad-1";
    r.error = Error{ErrorCode::kInvalidArgument, "empty document"};
    r.content = R"({"id":"bad-1","text":""})";
    ASSERT_TRUE((*store)->AddRejects(std::vector<Rejection>{r}).ok());
  }

  testing::CommandResult Dyad(const std::string& args) {
    std::string command = "'";
    command.append(testing::DyadBinary()).append("' ").append(args);
    return RunCommand(command, dir_);
  }

  TempDir dir_;
};

TEST_F(StoreCli, QueryPrintsATableJsonLinesOrCsv) {
  auto table = Dyad("query --db s.db --dyad USA-RUS");
  ASSERT_EQ(table.status, 0) << table.err;
  std::vector<std::string> lines = Lines(table.out);
  ASSERT_EQ(lines.size(), 3u) << table.out;  // header and two events
  EXPECT_EQ(lines[0].substr(0, 7), "ID  DAT");
  EXPECT_NE(lines[1].find("2017-04-07"), std::string::npos);
  EXPECT_NE(lines[2].find("Discuss by telephone"), std::string::npos);
  EXPECT_NE(table.err.find("2 events"), std::string::npos);

  auto jsonl = Dyad("query --db s.db --json --cameo 041");
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  lines = Lines(jsonl.out);
  ASSERT_EQ(lines.size(), 1u);
  json j = json::parse(lines[0]);
  EXPECT_EQ(j["source"]["code"], "USAGOV");
  EXPECT_EQ(j["target"]["code"], "RUSGOV");
  EXPECT_EQ(j["num_mentions"], 2);
  EXPECT_EQ(j["num_articles"], 2);
  EXPECT_EQ(j["num_sources"], 2);
  EXPECT_EQ(j["doc_id"], "bbc-1");

  auto csv = Dyad("query --db s.db --csv --text sarin");
  ASSERT_EQ(csv.status, 0) << csv.err;
  lines = Lines(csv.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], EventRowCsvHeader());
  EXPECT_EQ(lines[1].substr(0, 21), "1,2017-05-02,USAGOV,U");
  // The sentence holds a comma, so it is quoted.
  EXPECT_NE(lines[1].find("\"Trump will speak to Putin about the sarin "
                          "attack, the White House said.\""),
            std::string::npos);

  auto limited = Dyad("query --db s.db --json --limit 1");
  ASSERT_EQ(limited.status, 0);
  EXPECT_EQ(Lines(limited.out).size(), 1u);
}

TEST_F(StoreCli, StatsCountByMonth) {
  auto r = Dyad("stats --db s.db --by month --json");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  json april = json::parse(lines[0]);
  EXPECT_EQ(april["period"], "2017-04");
  EXPECT_EQ(april["events"], 2);
  EXPECT_DOUBLE_EQ(april["goldstein_sum"].get<double>(), -2.0);
  EXPECT_EQ(april["quad"], json::array({1, 0, 1, 0}));
  json may = json::parse(lines[1]);
  EXPECT_EQ(may["mentions"], 2);

  auto days = Dyad("stats --db s.db --by day --root 11");
  ASSERT_EQ(days.status, 0) << days.err;
  lines = Lines(days.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("2017-04-07"), std::string::npos);
  EXPECT_NE(lines[1].find("-2.0"), std::string::npos);

  auto imprecise = Dyad("stats --db s.db --by day");
  EXPECT_NE(imprecise.err.find("1 matching events left out"), std::string::npos)
      << imprecise.err;
}

TEST_F(StoreCli, ExportWritesEachFormat) {
  auto jsonl = Dyad("export --db s.db --format jsonl");
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  std::vector<std::string> lines = Lines(jsonl.out);
  ASSERT_EQ(lines.size(), 4u);  // the document events
  int calls = 0;
  for (const std::string& line : lines) {
    json j = json::parse(line);
    auto event = EventFromJson(j);
    ASSERT_TRUE(event.ok()) << event.error().message;
    if (event->cameo == "041") {
      ++calls;
      EXPECT_EQ(j["stored_event"]["num_articles"], 2);
    }
  }
  EXPECT_EQ(calls, 2);

  auto gdelt = Dyad("export --db s.db --format gdelt --cameo 041");
  ASSERT_EQ(gdelt.status, 0) << gdelt.err;
  lines = Lines(gdelt.out);
  ASSERT_EQ(lines.size(), 1u);
  std::vector<std::string> f = Split(lines[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "20170502");
  EXPECT_EQ(f[5], "USAGOV");
  EXPECT_EQ(f[6], "DONALD TRUMP");
  EXPECT_EQ(f[26], "041");
  EXPECT_EQ(f[60], "https://bbc.example/1");

  auto plover = Dyad("export --db s.db --format plover");
  ASSERT_EQ(plover.status, 0) << plover.err;
  lines = Lines(plover.out);
  ASSERT_EQ(lines.size(), 2u);  // the 010 statement has no PLOVER type
  EXPECT_NE(plover.err.find("1 events left out"), std::string::npos);
  json p = json::parse(lines[1]);
  EXPECT_EQ(p["event"], json::array({"CONSULT"}));
  EXPECT_EQ(p["mode"], json::array({"phone"}));
  EXPECT_EQ(p["source"][0]["code"], "USA");
  EXPECT_EQ(p["source"][0]["sector"], "GOV");
  EXPECT_EQ(p["event_loc"]["cc3"], "SYR");

  auto csv = Dyad("export --db s.db --format csv");
  ASSERT_EQ(csv.status, 0);
  EXPECT_EQ(Lines(csv.out).size(), 4u);  // header and three events
}

TEST_F(StoreCli, ShowPrintsEveryReport) {
  auto r = Dyad("show --db s.db 1");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("event 1: 2017-05-02  USAGOV (Donald Trump) -> "
                       "RUSGOV"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2 mentions in 2 articles from 2 sources"),
            std::string::npos);
  EXPECT_NE(r.out.find("bbc-1  BBC"), std::string::npos);
  EXPECT_NE(r.out.find("cnn-1  CNN"), std::string::npos);
  EXPECT_NE(r.out.find("matched \"speak to $ by phone\""), std::string::npos);
  EXPECT_NE(r.out.find("[0] Trump and Putin talk by phone."),
            std::string::npos);

  auto j = Dyad("show --db s.db 1 --json");
  ASSERT_EQ(j.status, 0) << j.err;
  json detail = json::parse(j.out);
  ASSERT_EQ(detail["reports"].size(), 2u);
  EXPECT_EQ(detail["reports"][1]["event"]["doc_id"], "cnn-1");

  auto missing = Dyad("show --db s.db 42");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no event 42"), std::string::npos);
}

TEST_F(StoreCli, RejectsListsTheReason) {
  auto r = Dyad("rejects --db s.db");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "in.jsonl:3: document bad-1: empty document\n");
  auto j = Dyad("rejects --db s.db --json");
  ASSERT_EQ(j.status, 0);
  EXPECT_EQ(json::parse(j.out)["reason"], "empty document");
}

TEST_F(StoreCli, BadInputGetsOneClearLineAndTouchesNothing) {
  ASSERT_TRUE(testing::WriteFile(dir_.File("notes.txt"),
                                 "not a database\n" + std::string(200, 'x')));
  struct Case {
    std::string args;
    int status;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"query --db missing.db", 1, "missing.db: no such dyad store"},
      {"stats --db missing.db", 1, "missing.db: no such dyad store"},
      {"rejects --db notes.txt", 1, "notes.txt: not a SQLite database"},
      {"export --db notes.txt", 1, "notes.txt: not a SQLite database"},
      {"query --db .", 1, "a directory"},
      {"query --db s.db --from 2017-13", 2, "--from: not a date"},
      {"query --db s.db --dyad USARUS", 2, "--dyad"},
      {"query --db s.db --quad 7", 2, "--quad"},
      {"query --db s.db --text '\"open'", 2, "--text: not a full-text query"},
      {"stats --db s.db --by fortnight", 2, "--by"},
      {"export --db s.db --format xml", 2, "--format"},
      {"show --db s.db abc", 2, "EVENT_ID"},
  };
  auto before = ReadFileOrNone(dir_.File("notes.txt"));
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args);
    auto r = Dyad(c.args);
    EXPECT_EQ(r.status, c.status) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.File("missing.db")));
  EXPECT_EQ(ReadFileOrNone(dir_.File("notes.txt")), before);
}

}  // namespace
}  // namespace dyad
