#include "dyad/timeml.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace dyad {
namespace {

constexpr const char* kDoc = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-05-02" functionInDocument="CREATION_TIME">2017-05-02</TIMEX3></DCT>
<TEXT>
Trump <EVENT eid="e1">spoke</EVENT> to Putin <TIMEX3 tid="t1" type="DATE" value="2017-05-02">today</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P3Y"> for three years</TIMEX3>.
Talks began <TIMEX3 tid="t3" type="DATE" value="2017-W17">last week</TIMEX3>.
</TEXT>
</TimeML>
)";

TEST(TimeTimemlTest, TimeParsesTempEval3Documents) {
  auto doc = ParseTimeml(kDoc, "d1.tml");
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->doc_id, "d1");
  ASSERT_TRUE(doc->dct.has_value());
  EXPECT_EQ(*doc->dct, (Date{2017, 5, 2}));
  EXPECT_EQ(doc->text,
            "\nTrump spoke to Putin today &  for three years.\n"
            "Talks began last week.\n");
  ASSERT_EQ(doc->timexes.size(), 3u);
  const GoldTimex& t1 = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(t1.span.begin, t1.span.size()), "today");
  EXPECT_EQ(t1.type, TimexType::kDate);
  EXPECT_EQ(t1.value, "2017-05-02");
  EXPECT_EQ(t1.tid, "t1");
  EXPECT_EQ(t1.line, 6);
  const GoldTimex& t2 = doc->timexes[1];
  // Spaces inside the tag are not part of the span.
  EXPECT_EQ(doc->text.substr(t2.span.begin, t2.span.size()), "for three years");
  EXPECT_EQ(t2.type, TimexType::kDuration);
  EXPECT_EQ(doc->timexes[2].line, 7);
}

TEST(TimeTimemlTest, TimeErrorsNameFileAndLine) {
  struct Row {
    const char* xml;
    const char* message;
  };
  const Row rows[] = {
      {"<TimeML>\n<TEXT>a <TIMEX3 tid=\"t1\" value=\"2017\">b</TIMEX3>\n"
       "</TEXT></TimeML>",
       "x.tml:2: TIMEX3 without a type"},
      {"<TimeML>\n<TEXT>\na <TIMEX3 tid=\"t1\" type=\"DATE\">b</TIMEX3>"
       "</TEXT></TimeML>",
       "x.tml:3: TIMEX3 without a value"},
      {"<TimeML><TEXT>\n\n<TIMEX3 type=\"DAY\" value=\"2017\">b</TIMEX3>"
       "</TEXT></TimeML>",
       "x.tml:3: not a TIMEX3 type: \"DAY\""},
      {"<TimeML><TEXT>\n<TIMEX3 type=\"DATE\" value=\"2017\">a <TIMEX3 "
       "type=\"DATE\" value=\"2017\">b</TIMEX3></TIMEX3></TEXT></TimeML>",
       "x.tml:2: nested TIMEX3"},
      {"<TimeML><TEXT>\n<TIMEX3 type=\"DATE\" value=\"2017\"> </TIMEX3>"
       "</TEXT></TimeML>",
       "x.tml:2: empty TIMEX3"},
      {"<TimeML>\n<DCT><TIMEX3 type=\"DATE\" value=\"2017-13-45\">x</TIMEX3>"
       "</DCT><TEXT>a</TEXT></TimeML>",
       "x.tml:2: DCT value: not a date: \"2017-13-45\""},
      {"<TimeML>\n<DCT></DCT><TEXT>a</TEXT></TimeML>",
       "x.tml:2: <DCT> without a TIMEX3"},
      {"<TimeML>\n<DOCID>a</DOCID>\n</TimeML>", "x.tml:1: no <TEXT> element"},
      {"<Other><TEXT>a</TEXT></Other>",
       "x.tml:1: the root element is not <TimeML>"},
  };
  for (const Row& r : rows) {
    auto doc = ParseTimeml(r.xml, "x.tml");
    ASSERT_FALSE(doc.ok()) << r.xml;
    EXPECT_EQ(doc.error().code, ErrorCode::kCorruption);
    EXPECT_EQ(doc.error().message, r.message);
  }
  // Malformed XML: libxml2's message, with the line of the fault.
  auto bad = ParseTimeml(
      "<TimeML>\n<TEXT>\n<TIMEX3 type=\"DATE\">a</TEXT>\n"
      "</TimeML>",
      "bad.tml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message.rfind("bad.tml:3: ", 0), 0u)
      << bad.error().message;
  auto entity =
      ParseTimeml("<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>", "e.tml");
  ASSERT_FALSE(entity.ok());
  EXPECT_EQ(entity.error().message.rfind("e.tml:1: ", 0), 0u)
      << entity.error().message;
}

TEST(TimeTimemlTest, TimeUnreadableFiles) {
  auto missing = ReadTimemlFile("/nonexistent/dir/x.tml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message.find("/nonexistent/dir/x.tml"),
            std::string::npos);
  auto listed = ListTimemlFiles("/nonexistent/dir");
  ASSERT_FALSE(listed.ok());
  EXPECT_EQ(listed.error().code, ErrorCode::kNotFound);
  testing::TempDir dir;
  auto empty = ListTimemlFiles(dir.path());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
}

Timex SystemTimex(uint32_t begin, uint32_t end, TimexType type,
                  const char* value) {
  Timex t;
  t.span = Span{begin, end};
  t.type = type;
  t.value = value;
  return t;
}

TEST(TimeTimemlTest, TimeScoresTheTempEval3Way) {
  using T = TimexType;
  GoldTimex g1{{0, 5}, "t1", T::kDate, "2017-05-02", 1};
  GoldTimex g2{{10, 25}, "t2", T::kDuration, "P3Y", 2};
  GoldTimex g3{{30, 40}, "t3", T::kDate, "2017-W17", 3};
  GoldTimex g4{{50, 60}, "t4", T::kSet, "P1Y", 4};
  std::vector<GoldTimex> gold = {g1, g2, g3, g4};
  std::vector<Timex> system = {
      SystemTimex(0, 5, T::kDate, "2017-05-02"),  // exact, right
      SystemTimex(14, 25, T::kDuration, "P3Y"),   // overlap, right
      SystemTimex(30, 40, T::kDate, "2017-W18"),  // exact, wrong value
      SystemTimex(70, 75, T::kDate, "2016"),      // spurious
  };
  std::vector<TimexDifference> differences;
  TimexCounts c = CompareTimexes(gold, system, &differences);
  EXPECT_EQ(c.gold, 4);
  EXPECT_EQ(c.system, 4);
  EXPECT_EQ(c.strict, 2);
  EXPECT_EQ(c.relaxed, 3);
  EXPECT_EQ(c.value, 2);
  EXPECT_EQ(c.type, 3);
  ASSERT_EQ(differences.size(), 4u);
  EXPECT_EQ(differences[0].kind, TimexDifference::Kind::kSpan);
  EXPECT_EQ(differences[1].kind, TimexDifference::Kind::kValue);
  EXPECT_EQ(differences[2].kind, TimexDifference::Kind::kMissed);
  EXPECT_EQ(*differences[2].gold, 3u);
  EXPECT_EQ(differences[3].kind, TimexDifference::Kind::kSpurious);
  EXPECT_EQ(*differences[3].system, 3u);
  TimexScores s = ScoreTimexes(c);
  EXPECT_DOUBLE_EQ(s.strict.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.strict.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.relaxed.f1, 0.75);
  EXPECT_DOUBLE_EQ(s.value.f1, 0.5);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.type_accuracy, 1.0);
  TimexScores none = ScoreTimexes(TimexCounts{});
  EXPECT_EQ(none.strict.f1, 0.0);
}

TEST(TimeTimemlTest, TimeExactSpansArePairedFirst) {
  using T = TimexType;
  // The wide system expression overlaps both gold ones; the exact pair
  // must not be stolen by the earlier overlap.
  std::vector<GoldTimex> gold = {{{0, 10}, "t1", T::kDate, "2016", 1},
                                 {{12, 20}, "t2", T::kDate, "2017", 1}};
  std::vector<Timex> system = {SystemTimex(5, 20, T::kDate, "2016"),
                               SystemTimex(0, 10, T::kDate, "2016")};
  TimexCounts c = CompareTimexes(gold, system, nullptr);
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.relaxed, 2);
}

// The gold set under tests/timeml: written for dyad, annotated by the
// TIMEX3 guidelines; the figures guard against regressions.
TEST(TimeTimemlTest, TimeGoldSetScores) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/timeml";
  auto files = ListTimemlFiles(dir);
  ASSERT_TRUE(files.ok()) << files.error().message;
  EXPECT_GE(files->size(), 15u);
  std::vector<TimemlDocument> docs;
  size_t tags = 0;
  for (const std::string& f : *files) {
    auto doc = ReadTimemlFile(f);
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    ASSERT_TRUE(doc->dct.has_value()) << f;
    tags += doc->timexes.size();
    docs.push_back(std::move(doc).value());
  }
  EXPECT_GE(tags, 120u);
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  TimeTagger tagger;
  auto results = EvaluateTimeml(docs, **segmenter, tagger);
  ASSERT_TRUE(results.ok()) << results.error().message;
  TimexCounts total;
  for (const TimemlResult& r : *results) total.Add(r.counts);
  EXPECT_EQ(total.gold, static_cast<int64_t>(tags));
  TimexScores s = ScoreTimexes(total);
  EXPECT_GE(s.strict.f1, 0.95);
  EXPECT_GE(s.relaxed.f1, 0.97);
  EXPECT_GE(s.value.f1, 0.95);
  EXPECT_GE(s.type_accuracy, 0.97);
}

TEST(TimeTimemlTest, TimeEvalCommand) {
  testing::TempDir dir;
  const std::string dyad = testing::DyadBinary();
  const std::string gold = std::string(DYAD_SOURCE_DIR) + "/tests/timeml";
  auto ok =
      testing::RunCommand(dyad + " eval timeml '" + gold + "' --json", dir);
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("\"strict\""), std::string::npos) << ok.out;
  EXPECT_NE(ok.out.find("\"value_accuracy\""), std::string::npos);
  auto table = testing::RunCommand(dyad + " eval timeml '" + gold + "'", dir);
  EXPECT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("Strict match"), std::string::npos);
  EXPECT_NE(table.out.find("Value accuracy"), std::string::npos);

  ASSERT_TRUE(testing::WriteFile(
      dir.File("broken.tml"),
      "<TimeML>\n<TEXT>\n<TIMEX3 type=\"DATE\">a</TEXT>\n</TimeML>\n"));
  auto broken = testing::RunCommand(dyad + " eval timeml broken.tml", dir);
  EXPECT_EQ(broken.status, 1);
  EXPECT_NE(broken.err.find("broken.tml:3:"), std::string::npos) << broken.err;
  auto missing = testing::RunCommand(dyad + " eval timeml nowhere", dir);
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("nowhere"), std::string::npos);
  auto usage = testing::RunCommand(dyad + " eval", dir);
  EXPECT_EQ(usage.status, 2);
}

TEST(TimeTimemlTest, TimeTimeCommand) {
  testing::TempDir dir;
  ASSERT_TRUE(
      testing::WriteFile(dir.File("a.txt"),
                         "Trump spoke to Putin last month. He will call "
                         "again on Friday at 12:30pm ET."));
  auto r = testing::RunCommand(
      testing::DyadBinary() + " time --date 2017-05-02 a.txt", dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"last month\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"value\":\"2017-04\""), std::string::npos);
  EXPECT_NE(r.out.find("\"value\":\"2017-05-05\""), std::string::npos);
  EXPECT_NE(r.out.find("\"value\":\"2017-05-05T12:30-04:00\""),
            std::string::npos);
  EXPECT_NE(r.out.find("\"doc_id\":\"a\""), std::string::npos);
  EXPECT_NE(r.out.find("\"sentence_index\":1"), std::string::npos);
  auto bad = testing::RunCommand(
      testing::DyadBinary() + " time --date 2017-13-45 a.txt", dir);
  EXPECT_EQ(bad.status, 2);
}

}  // namespace
}  // namespace dyad
