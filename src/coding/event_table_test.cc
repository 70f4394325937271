#include "dyad/event_table.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace dyad {
namespace {

Event Strike() {
  Event e;
  e.event_id = "00000000000000ff";
  e.doc_id = "d";
  e.date = "2017-04-07";
  e.date_basis = "Friday";
  e.source = {"USAGOV", "USA", "Donald Trump", "Trump", {0, 5}};
  e.target = EventActor{"IMGMUSISI", "", "Islamic State", "Isis", {20, 24}};
  e.cameo = "1951";
  e.cameo_name = "Employ precision-guided aerial munitions";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.modality = "asserted";
  e.location = EventLocation{"SYR", "Syria", {30, 35}};
  e.mentions.push_back({3,
                        "Trump, \"said\", bombed\tIsis",
                        "bombed",
                        "bomb",
                        {6, 12},
                        "bomb +",
                        "link"});
  return e;
}

TEST(EventTableTest, FlatRowHasOneValuePerColumn) {
  auto row = EventTableRow(Strike());
  ASSERT_EQ(row.size(), EventTableColumns().size());
  EXPECT_EQ(row[0], "00000000000000ff");
  EXPECT_EQ(row[5], "USAGOV");
  EXPECT_EQ(row[9], "IMGMUSISI");
  EXPECT_EQ(row[17], "-10");
  EXPECT_EQ(row.back(), "Trump, \"said\", bombed\tIsis");
}

TEST(EventTableTest, CsvAndTsvQuoting) {
  EXPECT_EQ(CsvLine({"a", "b,c", "say \"no\"", ""}),
            "a,\"b,c\",\"say \"\"no\"\"\",");
  EXPECT_EQ(TsvLine({"a\tb", "c\nd", "e"}), "a b\tc d\te");
}

TEST(EventTableTest, GdeltRowSplitsActorCodes) {
  auto row = GdeltRow(Strike(), {3, 2, 2}, "20170502120000", "http://x");
  const auto& columns = GdeltColumns();
  ASSERT_EQ(row.size(), 61u);
  ASSERT_EQ(columns.size(), 61u);
  auto at = [&](const std::string& name) {
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(at("GLOBALEVENTID"), "15");
  EXPECT_EQ(at("SQLDATE"), "20170407");
  EXPECT_EQ(at("MonthYear"), "201704");
  EXPECT_EQ(at("Year"), "2017");
  EXPECT_EQ(at("Actor1Code"), "USAGOV");
  EXPECT_EQ(at("Actor1CountryCode"), "USA");
  EXPECT_EQ(at("Actor1Type1Code"), "GOV");
  EXPECT_EQ(at("Actor2Code"), "IMGMUSISI");
  EXPECT_EQ(at("Actor2CountryCode"), "");
  EXPECT_EQ(at("Actor2Type1Code"), "IMG");
  EXPECT_EQ(at("Actor2Religion1Code"), "MUS");
  EXPECT_EQ(at("Actor2KnownGroupCode"), "ISI");
  EXPECT_EQ(at("EventCode"), "1951");
  EXPECT_EQ(at("EventBaseCode"), "195");
  EXPECT_EQ(at("EventRootCode"), "19");
  EXPECT_EQ(at("QuadClass"), "4");
  EXPECT_EQ(at("NumMentions"), "3");
  EXPECT_EQ(at("NumSources"), "2");
  EXPECT_EQ(at("ActionGeo_Type"), "1");
  EXPECT_EQ(at("ActionGeo_FullName"), "Syria");
  EXPECT_EQ(at("DATEADDED"), "20170502120000");
  EXPECT_EQ(at("SOURCEURL"), "http://x");
}

// The columns are GDELT 2.0's, in its order, as its published header says.
TEST(EventTableTest, GdeltColumnsMatchTheReferenceHeader) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent";
  auto header = testing::ReadFileOrNone(
      *shared +
      "/reference/GDELT_2.0_Events_Column_Labels_Header_Row_"
      "Sep2016.csv");
  if (!header) GTEST_SKIP() << "the GDELT header file is absent";
  size_t from = 0;
  for (const std::string& column : GdeltColumns()) {
    size_t at = header->find("\n" + column + ",", from);
    ASSERT_NE(at, std::string::npos) << column << " missing or out of order";
    from = at + 1;
  }
}

}  // namespace
}  // namespace dyad
