#include "dyad/gold.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/test_support.h"

namespace dyad {
namespace {

Event Made(const std::string& source, const std::string& target,
           const std::string& cameo, const std::string& date,
           bool negated = false) {
  Event e;
  e.source.code = source;
  if (!target.empty()) e.target = EventActor{target, "", "", "", {}};
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.date = date;
  e.negated = negated;
  e.mentions.emplace_back();
  return e;
}

TEST(GoldTest, ScoresCodeRootActorsAndDates) {
  GoldDocument gold;
  gold.document.id = "g";
  gold.events = {{"RUS", "USA", "129", "2017-05-02"},
                 {"USAGOV", "SYR", "195", "2017-04"},
                 {"RUSGOV", "USAGOV", "041", "2017-01-28"},
                 {"RUSGOV", "", "016", "2017-05-02"},
                 {"SYRGOV", "SYRCVL", "2041", "2017-04", true}};
  std::vector<Event> dyad = {
      Made("RUS", "USA", "129", "2017-05-02"),     // right
      Made("USAGOV", "SYR", "190", "2017-04"),     // right root only
      Made("RUSGOV", "USA", "041", "2017-01-28"),  // wrong target
      Made("RUSGOV", "", "016", "2017-05"),        // wrong date
      Made("CHN", "", "010", "2017-05-02"),        // spurious
      Made("SYRGOV", "SYRCVL", "2041", "2017-04", true)};
  GoldScores scores;
  ScoreDocument(gold, dyad, false, &scores);
  EXPECT_EQ(scores.code.true_positives, 2);  // 129, 016
  EXPECT_EQ(scores.code.predicted, 5);
  EXPECT_EQ(scores.code.gold, 4);
  EXPECT_EQ(scores.root.true_positives, 3);
  EXPECT_DOUBLE_EQ(scores.root.precision(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(scores.root.recall(), 3.0 / 4);
  EXPECT_EQ(scores.by_root["04"].gold, 1);
  EXPECT_EQ(scores.by_root["04"].true_positives, 0);
  EXPECT_EQ(scores.by_root["01"].predicted, 2);
  EXPECT_EQ(scores.paired, 4);
  EXPECT_EQ(scores.actors_right, 3);
  EXPECT_EQ(scores.dates_right, 3);

  GoldScores with_negated;
  ScoreDocument(gold, dyad, true, &with_negated);
  EXPECT_EQ(with_negated.code.true_positives, 3);
  EXPECT_EQ(with_negated.code.gold, 5);
}

TEST(GoldTest, PerfectAndEmpty) {
  GoldDocument gold;
  gold.events = {{"RUS", "USA", "129", "2017-05-02"}};
  GoldScores scores;
  ScoreDocument(gold, {Made("RUS", "USA", "129", "2017-05-02")}, false,
                &scores);
  EXPECT_DOUBLE_EQ(scores.code.f1(), 1.0);
  GoldScores none;
  ScoreDocument(GoldDocument{}, {}, false, &none);
  EXPECT_DOUBLE_EQ(none.code.f1(), 0.0);
  EXPECT_EQ(none.code.predicted, 0);
}

TEST(GoldTest, LoadErrorsNameFileAndLine) {
  testing::TempDir dir;
  struct Case {
    const char* content;
    const char* message;
  } cases[] = {
      {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017-05-02\"}\nnope",
       ":2: not a JSON object"},
      {"{\"text\": \"x\", \"date\": \"2017-05-02\"}", ":1: \"id\" is missing"},
      {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017-13-02\"}",
       ":1: \"date\":"},
      {"{\"id\": \"a\", \"text\": \"x\", \"date\": \"2017-05-02\", "
       "\"events\": [{\"target\": \"USA\"}]}",
       ":1: an event of \"events\" has no source or cameo"},
  };
  for (const Case& c : cases) {
    std::string path = dir.File("g.jsonl");
    ASSERT_TRUE(testing::WriteFile(path, c.content));
    auto loaded = LoadGold({path});
    ASSERT_FALSE(loaded.ok()) << c.content;
    EXPECT_NE(loaded.error().message.find(path + c.message), std::string::npos)
        << loaded.error().message;
  }
}

TEST(GoldTest, ProjectGoldSetLoadsAndIsLargeEnough) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/gold/";
  auto loaded = LoadGold(
      {dir + "sentences/batch_a.jsonl", dir + "sentences/batch_b.jsonl",
       dir + "articles/batch_a.jsonl", dir + "articles/batch_b.jsonl"});
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  size_t articles = 0;
  std::set<std::string> roots;
  for (const GoldDocument& d : *loaded) {
    if (d.origin.starts_with("batch") &&
        d.document.text.find("\n\n") != std::string::npos) {
      ++articles;
    }
    for (const GoldEvent& e : d.events) roots.insert(e.cameo.substr(0, 2));
  }
  EXPECT_GE(loaded->size(), 420u);
  EXPECT_GE(articles, 20u);
  EXPECT_EQ(roots.size(), 20u);
}

}  // namespace
}  // namespace dyad
