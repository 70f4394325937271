// The export formats: GDELT's 61 columns as the reference table names
// them, CSV quoting, PLOVER records and actor code splitting.
#include "dyad/export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_support.h"

namespace dyad {
namespace {

EventRow Row() {
  EventRow row;
  row.id = 7;
  row.date = "2017-05-02";
  row.source = EventActor{"USAGOV", "USA", "Donald Trump", "Trump", {0, 5}};
  row.target = EventActor{"IGOUNO", "", "United Nations", "the UN", {9, 15}};
  row.cameo = "0411";
  row.cameo_name = "Discuss, by phone";
  row.root = "04";
  row.quad_class = 1;
  row.goldstein = 1.5;
  row.plover_type = "CONSULT";
  row.plover_mode = "phone";
  row.num_mentions = 3;
  row.num_articles = 2;
  row.num_sources = 1;
  row.doc_id = "d1";
  row.doc_source = "BBC";
  row.sentence = "He said \"yes\",\tthen\nleft.";
  row.verb_text = "spoke";
  row.added = 1493726400;  // 2017-05-02 12:00:00 UTC
  return row;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.push_back("");
  return out;
}

TEST(Export, GdeltColumnsAreTheReferenceTablesColumns) {
  ASSERT_EQ(GdeltColumns().size(), 61u);
  EXPECT_EQ(GdeltColumns().front(), "GLOBALEVENTID");
  EXPECT_EQ(GdeltColumns().back(), "SOURCEURL");
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  auto table = testing::ReadFileOrNone(
      *shared +
      "/reference/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  if (!table) GTEST_SKIP() << "the GDELT column table is absent";
  std::vector<std::string> names;
  std::istringstream in(*table);
  std::string line;
  std::getline(in, line);  // tableId,dataType,...
  while (std::getline(in, line)) {
    if (!line.empty()) names.push_back(line.substr(0, line.find(',')));
  }
  EXPECT_EQ(names, GdeltColumns());
}

TEST(Export, AGdeltRowFillsWhatDyadKnows) {
  std::vector<std::string> f = SplitTabs(EventRowToGdelt(Row()));
  ASSERT_EQ(f.size(), 61u);
  auto at = [&](const std::string& column) {
    for (size_t i = 0; i < GdeltColumns().size(); ++i) {
      if (GdeltColumns()[i] == column) return f[i];
    }
    return std::string("?");
  };
  EXPECT_EQ(at("GLOBALEVENTID"), "7");
  EXPECT_EQ(at("SQLDATE"), "20170502");
  EXPECT_EQ(at("MonthYear"), "201705");
  EXPECT_EQ(at("Year"), "2017");
  EXPECT_EQ(at("FractionDate"), "2017.4164");  // (5 * 30 + 2) / 365
  EXPECT_EQ(at("Actor1Code"), "USAGOV");
  EXPECT_EQ(at("Actor1Name"), "DONALD TRUMP");
  EXPECT_EQ(at("Actor1CountryCode"), "USA");
  EXPECT_EQ(at("Actor1Type1Code"), "GOV");
  EXPECT_EQ(at("Actor2Code"), "IGOUNO");
  EXPECT_EQ(at("Actor2CountryCode"), "");
  // An international body: its class as the type, the body as the group.
  EXPECT_EQ(at("Actor2Type1Code"), "IGO");
  EXPECT_EQ(at("Actor2KnownGroupCode"), "UNO");
  EXPECT_EQ(at("EventCode"), "0411");
  EXPECT_EQ(at("EventBaseCode"), "041");
  EXPECT_EQ(at("EventRootCode"), "04");
  EXPECT_EQ(at("QuadClass"), "1");
  EXPECT_EQ(at("GoldsteinScale"), "1.5");
  EXPECT_EQ(at("NumMentions"), "3");
  EXPECT_EQ(at("NumSources"), "1");
  EXPECT_EQ(at("NumArticles"), "2");
  EXPECT_EQ(at("AvgTone"), "");
  EXPECT_EQ(at("DATEADDED"), "20170502120000");
  EXPECT_EQ(at("SOURCEURL"), "d1");  // no url: the document's id

  EventRow month = Row();
  month.date = "2017-05";
  month.url = "https://bbc.example/1";
  f = SplitTabs(EventRowToGdelt(month));
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[2], "201705");
  EXPECT_EQ(f[4], "");
  EXPECT_EQ(f[60], "https://bbc.example/1");
}

TEST(Export, CsvQuotesWhatNeedsIt) {
  std::string line = EventRowToCsv(Row());
  EXPECT_EQ(line.substr(0, 46),
            "7,2017-05-02,USAGOV,USA,Donald Trump,IGOUNO,,U");
  EXPECT_NE(line.find(",\"Discuss, by phone\","), std::string::npos);
  EXPECT_NE(line.find(",\"He said \"\"yes\"\",\tthen\nleft.\""),
            std::string::npos);
  size_t columns = 1;
  for (char c : EventRowCsvHeader()) columns += c == ',';
  EXPECT_EQ(columns, 22u);
}

TEST(Export, PloverRecordsFollowTheManualsFields) {
  auto record = EventRowToPlover(Row());
  ASSERT_TRUE(record.has_value());
  const auto& j = *record;
  EXPECT_EQ(j["id"], "dyad-7");
  EXPECT_EQ(j["date"], "2017-05-02");
  EXPECT_EQ(j["event"], nlohmann::ordered_json::array({"CONSULT"}));
  EXPECT_EQ(j["mode"], nlohmann::ordered_json::array({"phone"}));
  EXPECT_EQ(j["source"][0]["code"], "USA");
  EXPECT_EQ(j["source"][0]["sector"], "GOV");
  EXPECT_EQ(j["source"][0]["actor_text"], "Trump");
  EXPECT_EQ(j["recipient"][0]["code"], "IGO");
  EXPECT_EQ(j["recipient"][0]["sector"], "UNO");
  EXPECT_EQ(j["quad_code"], 1);
  EXPECT_EQ(j["event_scale"], 1.5);
  EXPECT_EQ(j["cite_info"]["publication"], "BBC");
  EXPECT_FALSE(j.contains("event_loc"));

  EventRow statement = Row();
  statement.plover_type = "";
  EXPECT_FALSE(EventRowToPlover(statement).has_value());
}

TEST(Export, ActorCodesSplitIntoCountryAndTheRest) {
  const struct {
    const char* code;
    const char* country;
    const char* first;
    const char* rest;
  } cases[] = {
      {"USAGOV", "USA", "USA", "GOV"}, {"RUS", "RUS", "RUS", ""},
      {"IGOUNO", "", "IGO", "UNO"},    {"IGOEUREEC", "", "IGO", "EUREEC"},
      {"GOV", "", "GOV", ""},          {"USAMILREB", "USA", "USA", "MILREB"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    auto [first, rest] = SplitActorCode(c.code, c.country);
    EXPECT_EQ(first, c.first);
    EXPECT_EQ(rest, c.rest);
  }
}

TEST(Export, JsonNamesEveryField) {
  auto j = EventRowToJson(Row());
  for (const char* key :
       {"id",          "date",           "source",       "target",
        "cameo",       "cameo_name",     "root",         "quad_class",
        "goldstein",   "plover",         "num_mentions", "num_articles",
        "num_sources", "doc_id",         "doc_source",   "url",
        "event_id",    "sentence_index", "sentence",     "verb",
        "pattern"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["target"]["country"], nullptr);
  EXPECT_EQ(j["url"], nullptr);
  EventRow alone = Row();
  alone.target.reset();
  EXPECT_EQ(EventRowToJson(alone)["target"], nullptr);
}

}  // namespace
}  // namespace dyad
