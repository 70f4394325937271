// Each rule is tried only at the words its XMayBegin gate names, and only
// at the start words read from the gates; this test checks both against
// the rules, re2-style: recognition must find what trying every rule at
// every word finds, on sentences that exercise each rule and on the
// project's articles.
#include "src/time/timex_recognizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "dyad/time.h"

namespace dyad::time {
namespace {

std::string Describe(const std::vector<Mention>& mentions) {
  std::ostringstream out;
  for (const Mention& m : mentions) {
    const TimexSpec& s = m.spec;
    out << m.begin << "-" << m.end << " " << static_cast<int>(s.type) << " "
        << s.fixed << " " << static_cast<int>(s.grain) << " "
        << static_cast<int>(s.anchor) << " " << s.year << " " << s.month << " "
        << s.day << " " << s.sub << " " << s.weekday << " " << s.direction
        << " " << s.offset << " " << static_cast<int>(s.holiday) << " "
        << s.part_of_day << " " << s.hour << " " << s.minute << " "
        << s.zone.has_value() << " " << s.same_day << " " << s.mod << " "
        << s.freq << " " << s.name << "\n";
  }
  return out.str();
}

// Sentences with an expression of each rule, and with words its gate lets
// through that the rule then turns down.
const char* const kSentences[] = {
    "In early March 2016, late last night, mid-2004 and the end of the year.",
    "The beginning of the 1990s; the middle of next week; early Tuesday.",
    "On Tuesday, January 28, 2017, Jan. 28, 28 January 2017 and the 28th of "
    "January; January 2017, in March, last July and this May.",
    "On 2017-01-28, 1/28/2017, 28/1/17, 28.01.2017, 9/11 and 7/7.",
    "At Christmas, Christmas Eve, New Year's Day, New Year's Eve, Boxing Day, "
    "Valentine's Day, Halloween, Hogmanay, Easter Monday, Good Friday and "
    "Thanksgiving Day 2016.",
    "Today, tonight, yesterday morning, tomorrow, this morning, last night, "
    "later today, earlier this evening, by the afternoon, the day before "
    "yesterday, now, right now, currently, these days, recently, lately, in "
    "the past and of the future.",
    "This week, last month, next year, earlier this month, the previous day, "
    "the following morning, the day before, the night before, the weekend, "
    "that same day.",
    "On Monday, last Tuesday, this Friday night, the coming Sunday, on "
    "Mondays, Black Friday and the Sunday Times.",
    "Two days ago, three weeks later, a year earlier, two years from now, "
    "years ago, 10 minutes later, one fortnight ago and a decade previously.",
    "At 12:30pm, 4.30pm UK time, 3 p.m. ET, at 14:30, 1400 GMT, noon, "
    "midnight and six o'clock.",
    "Daily, weekly meetings, every Monday, each year, every other week, every "
    "morning, twice a week, three times a year, £5m a year, per day.",
    "Three years, a three-year term, a 22-year-old, for years, the past two "
    "weeks, more than a decade, at least a month, up to six hours, about two "
    "years, nearly a week, recent months, year-long, one hour and 44 "
    "minutes, the three months to June, the next few months.",
    "The 1990s, the '90s, the nineties, the 20th century, the early 1980s, "
    "the 1960's and the twenty-first century.",
    "Spring 2016, the summer of 2004, last winter, in the autumn, this fall.",
    "Q3, Q3 2016, the third quarter, third-quarter profits, the first half of "
    "2017, the final quarter of last year, the second half.",
    "In 2016, since 1998, in 1066, 2,000 people, flight 1549 and the 2016 US "
    "election.",
    "A few weeks, several months, a couple of days, half an hour, two and a "
    "half years, a hundred years, twenty-five days and some 30 years.",
    // After "the", each kind of word CanFollowThe lets through, and words
    // it turns away.
    "The start of 2016, the same week, the following year, the final three "
    "days, the first two weeks, the previous month, the twenties, in the "
    "future, the middle of May, the eve of the vote and the talks.",
    // After "a", the same.
    "A week ago, an hour later, a year-long row, a few days ago, a couple of "
    "weeks, a hundred years, a dozen times a year, a - day wait, a new plan.",
};

// The texts of tests/timeml (tags stripped) and of the gold set's articles.
std::vector<std::string> ProjectTexts() {
  std::vector<std::string> texts;
  const std::filesystem::path root(DYAD_SOURCE_DIR);
  const std::regex tag("<[^>]*>");
  for (const auto& entry :
       std::filesystem::directory_iterator(root / "tests/timeml")) {
    if (entry.path().extension() != ".tml") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(std::regex_replace(buffer.str(), tag, " "));
  }
  for (const auto& entry :
       std::filesystem::directory_iterator(root / "tests/gold/articles")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      texts.push_back(
          nlohmann::json::parse(line).at("text").get<std::string>());
    }
  }
  return texts;
}

TEST(TimexRecognizerTest, GatesLeaveTheMatchesAsTheyAre) {
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  std::vector<std::string> texts(std::begin(kSentences), std::end(kSentences));
  std::vector<std::string> project = ProjectTexts();
  ASSERT_GE(project.size(), 20u);
  texts.insert(texts.end(), project.begin(), project.end());
  for (bool day_first : {false, true}) {
    TimeOptions options;
    options.day_first = day_first;
    size_t found = 0;
    for (const std::string& text : texts) {
      Document doc;
      doc.id = "t";
      doc.text = text;
      auto segmented = (*segmenter)->Segment(doc);
      ASSERT_TRUE(segmented.ok()) << text;
      for (const Sentence& sentence : segmented->sentences) {
        std::vector<Mention> gated = Recognize(*segmented, sentence, options);
        found += gated.size();
        EXPECT_EQ(Describe(gated),
                  Describe(RecognizeUngated(*segmented, sentence, options)))
            << text;
      }
    }
    EXPECT_GT(found, 300u);
  }
}

}  // namespace
}  // namespace dyad::time
