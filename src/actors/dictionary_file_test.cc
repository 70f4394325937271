#include "src/actors/dictionary_file.h"

#include <gtest/gtest.h>

namespace dyad::actors {
namespace {

TEST(DictionaryFile, ParsesNamesCodesAndRanges) {
  auto entries = ParseDictionary(
      "people.txt",
      "# leaders\n"
      "\n"
      "Donald Trump | Donald J. Trump | Trump = USABUS ..2017-01-20 ; "
      "USAGOV 2017-01-20..2021-01-20 ; USAELI 2021-01-20..2025-01-20 ; "
      "USAGOV 2025-01-20..   # two terms\n"
      "Kofi Annan = IGOUNO 1997..2007\n",
      ActorKind::kPerson);
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  ASSERT_EQ(entries->size(), 2u);
  const LexiconEntry& trump = (*entries)[0];
  EXPECT_EQ(trump.name, "Donald Trump");
  EXPECT_EQ(trump.aliases.size(), 3u);
  EXPECT_EQ(trump.origin, "people.txt:3");
  ASSERT_EQ(trump.codes.size(), 4u);
  EXPECT_EQ(trump.CodeOn(Date{2016, 12, 31}), "USABUS");
  EXPECT_EQ(trump.CodeOn(Date{2017, 1, 20}), "USAGOV");
  EXPECT_EQ(trump.CodeOn(Date{2017, 5, 2}), "USAGOV");
  EXPECT_EQ(trump.CodeOn(Date{2021, 1, 19}), "USAGOV");
  EXPECT_EQ(trump.CodeOn(Date{2021, 1, 20}), "USAELI");
  EXPECT_EQ(trump.CodeOn(Date{2026, 11, 24}), "USAGOV");
  // With no date, the country all the codes share.
  EXPECT_EQ(trump.CodeOn(std::nullopt), "USA");
  const LexiconEntry& annan = (*entries)[1];
  EXPECT_EQ(annan.CodeOn(Date{1996, 12, 31}), "");
  EXPECT_EQ(annan.CodeOn(Date{1997, 1, 1}), "IGOUNO");
  EXPECT_EQ(annan.CodeOn(Date{2006, 12, 31}), "IGOUNO");
  EXPECT_EQ(annan.CodeOn(Date{2007, 1, 1}), "");
  EXPECT_EQ(annan.CodeOn(std::nullopt), "IGOUNO");
}

TEST(DictionaryFile, AgentsAndTitlesMayHaveNoCode) {
  auto agents = ParseDictionary("agents.txt",
                                "president | presidents = GOV\n"
                                "spokesman | spokeswoman =\n",
                                ActorKind::kAgent);
  ASSERT_TRUE(agents.ok()) << agents.error().message;
  EXPECT_EQ((*agents)[0].codes[0].code, "GOV");
  EXPECT_TRUE((*agents)[1].codes.empty());
}

struct BadCase {
  std::string content;
  ActorKind kind;
  std::string error;
};

TEST(DictionaryFile, ErrorsNameTheFileAndLine) {
  const std::vector<BadCase> cases = {
      {"Vladimir Putin RUSGOV\n", ActorKind::kPerson,
       "people.txt:1: no '=' between the names and the codes"},
      {"# c\nPutin || Vladimir Putin = RUSGOV\n", ActorKind::kPerson,
       "people.txt:2: empty alias"},
      {"Putin = \n", ActorKind::kPerson, "people.txt:1: no code after '='"},
      {"Putin = RUSgov\n", ActorKind::kPerson,
       "people.txt:1: bad code \"RUSgov\""},
      {"Putin = RUSGO\n", ActorKind::kPerson, "people.txt:1: bad code"},
      {"Putin = RUSGOV 2000\n", ActorKind::kPerson,
       "people.txt:1: bad date range \"2000\" (expected FROM..TO)"},
      {"Putin = RUSGOV 2000-13..2008\n", ActorKind::kPerson,
       "people.txt:1: not a date: \"2000-13\""},
      {"Putin = RUSGOV 2008..2000\n", ActorKind::kPerson,
       "people.txt:1: date range ends before it starts"},
      {"Putin = RUSGOV 2000..2008 ; RUSGOV 2007..2012\n", ActorKind::kPerson,
       "people.txt:1: date ranges of RUSGOV and RUSGOV overlap"},
      {"Putin = RUSGOV ..2008 ; RUSELI\n", ActorKind::kPerson, "overlap"},
      {"Putin = RUSGOV ;\n", ActorKind::kPerson,
       "people.txt:1: empty code between ';'"},
      {"Putin = A = B\n", ActorKind::kPerson, "more than one '='"},
      {"president = GOVMIL\n", ActorKind::kAgent,
       "an agent's code is one role"},
      {"Mr = GOV\n", ActorKind::kTitle, "a title takes no code"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.content);
    auto result = ParseDictionary("people.txt", c.content, c.kind);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find(c.error), std::string::npos)
        << result.error().message;
  }
}

TEST(DictionaryFile, KindComesFromTheFileName) {
  EXPECT_EQ(*KindOfFile("people_g20.txt"), ActorKind::kPerson);
  EXPECT_EQ(*KindOfFile("countries.txt"), ActorKind::kCountry);
  EXPECT_EQ(*KindOfFile("agents.txt"), ActorKind::kAgent);
  EXPECT_FALSE(KindOfFile("verbs.txt").ok());
}

TEST(DictionaryFile, PartialDates) {
  EXPECT_EQ(*ParsePartialDate("2017"), (Date{2017, 1, 1}));
  EXPECT_EQ(*ParsePartialDate("2017-05"), (Date{2017, 5, 1}));
  EXPECT_EQ(*ParsePartialDate("2017-05-02"), (Date{2017, 5, 2}));
  EXPECT_FALSE(ParsePartialDate("17").ok());
  EXPECT_FALSE(ParsePartialDate("2017-02-30").ok());
  EXPECT_FALSE(ParsePartialDate("2017-05-02T10:00").ok());
}

}  // namespace
}  // namespace dyad::actors
