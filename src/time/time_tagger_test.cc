// Table-driven tests of recognition and resolution: each row is a sentence,
// its publication date ("" for none) and every expression dyad should find
// in it, as "text -> TYPE value" joined by " ; " (" name" marks a name).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "dyad/time.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

struct Case {
  const char* dct;
  const char* text;
  const char* want;
};

std::string Describe(const std::vector<Timex>& found) {
  std::string out;
  for (const Timex& t : found) {
    if (!out.empty()) out += " ; ";
    out += t.text + " -> " + TimexTypeName(t.type) + " " + t.value;
    if (t.name) out += " name";
  }
  return out;
}

class TimeTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto s = Segmenter::Create();
    ASSERT_TRUE(s.ok());
    segmenter_ = std::move(s).value().release();
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    segmenter_ = nullptr;
  }

  static std::vector<Timex> Tag(const char* dct, const std::string& text,
                                const TimeOptions& options = {}) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    if (dct[0] != '\0') {
      auto date = ParseIsoDate(dct);
      EXPECT_TRUE(date.ok()) << dct;
      doc.published = *date;
    }
    auto segmented = segmenter_->Segment(doc);
    EXPECT_TRUE(segmented.ok()) << text;
    if (!segmented.ok()) return {};
    return TimeTagger(options).Tag(doc, *segmented);
  }

  static void Check(const std::vector<Case>& cases,
                    const TimeOptions& options = {}) {
    for (const Case& c : cases) {
      EXPECT_EQ(Describe(Tag(c.dct, c.text, options)), c.want)
          << "text: " << c.text << "\npublished: " << c.dct;
    }
  }

  static Segmenter* segmenter_;
};

Segmenter* TimeTaggerTest::segmenter_ = nullptr;

constexpr const char* kRef = "2017-05-02";  // a Tuesday, ISO week 18

TEST_F(TimeTaggerTest, TimeAbsoluteDates) {
  Check({
      {kRef, "They met on January 28, 2017.",
       "January 28, 2017 -> DATE 2017-01-28"},
      {kRef, "They met on Jan. 28, 2016.", "Jan. 28, 2016 -> DATE 2016-01-28"},
      {kRef, "They met on 28 January 2017.",
       "28 January 2017 -> DATE 2017-01-28"},
      {kRef, "The deal was signed on 2017-01-28.",
       "2017-01-28 -> DATE 2017-01-28"},
      {kRef, "The deal was signed on 1/28/2017.",
       "1/28/2017 -> DATE 2017-01-28"},
      {kRef, "The deal was signed on 28/1/2017.",
       "28/1/2017 -> DATE 2017-01-28"},
      {kRef, "The deal was signed on 3/4/2017.", "3/4/2017 -> DATE 2017-03-04"},
      {kRef, "The deal was signed on 28.01.2017.",
       "28.01.2017 -> DATE 2017-01-28"},
      {kRef, "The deal was signed on 1/28/17.", "1/28/17 -> DATE 2017-01-28"},
      {kRef, "The law changed in 2016.", "2016 -> DATE 2016"},
      {kRef, "Unemployment rose in the 1990s.", "the 1990s -> DATE 199"},
      {kRef, "Unemployment rose in the 1980's.", "the 1980's -> DATE 198"},
      {kRef, "Music changed in the '60s.", "the '60s -> DATE 196"},
      {kRef, "Music changed in the sixties.", "the sixties -> DATE 196"},
      {kRef, "Prices rose in spring 2016.", "spring 2016 -> DATE 2016-SP"},
      {kRef, "Prices rose in the summer of 2004.",
       "the summer of 2004 -> DATE 2004-SU"},
      {kRef, "Profits fell in Q3 2016.", "Q3 2016 -> DATE 2016-Q3"},
      {kRef, "Profits fell in the third quarter of 2016.",
       "the third quarter of 2016 -> DATE 2016-Q3"},
      {kRef, "Sales grew in the first half of 2015.",
       "the first half of 2015 -> DATE 2015-H1"},
      {kRef, "He was elected in May 2015.", "May 2015 -> DATE 2015-05"},
      {kRef, "He was elected in January, 2015.",
       "January, 2015 -> DATE 2015-01"},
      {kRef, "The war ended in the 20th century.",
       "the 20th century -> DATE 19"},
      {kRef, "Cities grew in the twenty-first century.",
       "the twenty-first century -> DATE 20"},
      {kRef, "It was built in the early 1990s.", "the early 1990s -> DATE 199"},
      {kRef, "It was built in late 2016.", "late 2016 -> DATE 2016"},
      {kRef, "It was built in mid-2016.", "mid-2016 -> DATE 2016"},
      {kRef, "It closed at the end of 2016.", "the end of 2016 -> DATE 2016"},
      {kRef, "It closed on Tuesday, January 10, 2017.",
       "Tuesday, January 10, 2017 -> DATE 2017-01-10"},
      {kRef, "The treaty was signed on the 28th of January 2016.",
       "the 28th of January 2016 -> DATE 2016-01-28"},
      {kRef, "The vote was on 29 February 2016.",
       "29 February 2016 -> DATE 2016-02-29"},
      {kRef, "The town was founded in 1066.", "1066 -> DATE 1066"},
      {kRef, "They celebrated Christmas 2016 at home.",
       "Christmas 2016 -> DATE 2016-12-25"},
      {kRef, "Easter 2016 fell in March.",
       "Easter 2016 -> DATE 2016-03-27 ; March -> DATE 2016-03"},
      {kRef, "It opened in the fourth quarter of 2015.",
       "the fourth quarter of 2015 -> DATE 2015-Q4"},
      {kRef, "Rates were cut in winter 2008.", "winter 2008 -> DATE 2008-WI"},
  });
}

TEST_F(TimeTaggerTest, TimeRelativeToPublication) {
  Check({
      {kRef, "Trump will speak to Putin today.", "today -> DATE 2017-05-02"},
      {kRef, "Trump spoke to Putin yesterday.", "yesterday -> DATE 2017-05-01"},
      {kRef, "Trump will speak to Putin tomorrow.",
       "tomorrow -> DATE 2017-05-03"},
      {kRef, "Trump will address the nation tonight.",
       "tonight -> TIME 2017-05-02TNI"},
      {kRef, "The talks collapsed last night.",
       "last night -> TIME 2017-05-01TNI"},
      {kRef, "The minister resigned this morning.",
       "this morning -> TIME 2017-05-02TMO"},
      {kRef, "The minister will resign this afternoon.",
       "this afternoon -> TIME 2017-05-02TAF"},
      {kRef, "Shares fell yesterday afternoon.",
       "yesterday afternoon -> TIME 2017-05-01TAF"},
      {kRef, "He will fly out tomorrow morning.",
       "tomorrow morning -> TIME 2017-05-03TMO"},
      {kRef, "Talks are under way this week.", "this week -> DATE 2017-W18"},
      {kRef, "Talks began last week.", "last week -> DATE 2017-W17"},
      {kRef, "Talks resume next week.", "next week -> DATE 2017-W19"},
      {kRef, "Trump ordered the strike last month.",
       "last month -> DATE 2017-04"},
      {kRef, "The report is due next month.", "next month -> DATE 2017-06"},
      {kRef, "Growth will slow this month.", "this month -> DATE 2017-05"},
      {kRef, "The law was passed last year.", "last year -> DATE 2016"},
      {kRef, "Elections are due next year.", "next year -> DATE 2018"},
      {kRef, "Growth will slow this year.", "this year -> DATE 2017"},
      {kRef, "The firm was sold earlier this month.",
       "earlier this month -> DATE 2017-05"},
      {kRef, "The firm will be sold later this year.",
       "later this year -> DATE 2017"},
      {kRef, "The plant closed two days ago.",
       "two days ago -> DATE 2017-04-30"},
      {kRef, "The plant closed three weeks ago.",
       "three weeks ago -> DATE 2017-W15"},
      {kRef, "The plant closed two months ago.",
       "two months ago -> DATE 2017-03"},
      {kRef, "The plant closed five years ago.", "five years ago -> DATE 2012"},
      {kRef, "The plant closed a year ago.", "a year ago -> DATE 2016"},
      {kRef, "The plant closed a decade ago.", "a decade ago -> DATE 2007"},
      {kRef, "The plant closed years ago.", "years ago -> DATE PAST_REF"},
      {kRef, "The plant will reopen two years from now.",
       "two years from now -> DATE 2019"},
      {kRef, "The company has recently cut jobs.", "recently -> DATE PAST_REF"},
      {kRef, "The company is now cutting jobs.", "now -> DATE PRESENT_REF"},
      {kRef, "The company is currently cutting jobs.",
       "currently -> DATE PRESENT_REF"},
      {kRef, "Things were different in the past.", "the past -> DATE PAST_REF"},
      {kRef, "Things will change in the future.",
       "the future -> DATE FUTURE_REF"},
      {kRef, "The firm grew last quarter.", "last quarter -> DATE 2017-Q1"},
      {kRef, "The firm will grow next quarter.",
       "next quarter -> DATE 2017-Q3"},
      {kRef, "The firm grew this quarter.", "this quarter -> DATE 2017-Q2"},
      {kRef, "Prices rose last summer.", "last summer -> DATE 2016-SU"},
      {kRef, "Prices will rise this summer.", "this summer -> DATE 2017-SU"},
      {kRef, "Elections are due next spring.", "next spring -> DATE 2018-SP"},
      {kRef, "The fighting stopped last weekend.",
       "last weekend -> DATE 2017-W17-WE"},
      {kRef, "The fighting will stop this weekend.",
       "this weekend -> DATE 2017-W18-WE"},
      {kRef, "The fighting stopped over the weekend.",
       "the weekend -> DATE 2017-W17-WE"},
      {kRef, "Rallies will be held at the weekend.",
       "the weekend -> DATE 2017-W18-WE"},
      {kRef, "He said he would leave the day after tomorrow.",
       "the day after tomorrow -> DATE 2017-05-04"},
      {kRef, "He left the day before yesterday.",
       "the day before yesterday -> DATE 2017-04-30"},
      {kRef, "The strike began early last year.",
       "early last year -> DATE 2016"},
      {kRef, "The strike began late last month.",
       "late last month -> DATE 2017-04"},
      {kRef, "The strike will end at the end of next month.",
       "the end of next month -> DATE 2017-06"},
      {kRef, "The plan will be ready by the end of the year.",
       "the end of the year -> DATE 2017"},
      {kRef, "He will report back later today.",
       "later today -> DATE 2017-05-02"},
      {kRef, "The rebels attacked late last night.",
       "late last night -> TIME 2017-05-01TNI"},
      {kRef, "She has worked here since last year.", "last year -> DATE 2016"},
      {kRef, "He has been in office since last July.",
       "last July -> DATE 2016-07"},
      {kRef, "He will take office next January.",
       "next January -> DATE 2018-01"},
      {kRef, "The company was sold in the first quarter.",
       "the first quarter -> DATE 2017-Q1"},
      {kRef, "The company expects growth in the fourth quarter.",
       "the fourth quarter -> DATE 2017-Q4"},
      {kRef, "Profits fell in the third quarter.",
       "the third quarter -> DATE 2016-Q3"},
      {kRef, "Sales grew in the first half of this year.",
       "the first half of this year -> DATE 2017-H1"},
      {kRef, "Exports rose in Q1.", "Q1 -> DATE 2017-Q1"},
      {kRef, "Exports will rise in Q3.", "Q3 -> DATE 2017-Q3"},
      {kRef, "The rebels regrouped in the spring.",
       "the spring -> DATE 2017-SP"},
  });
}

TEST_F(TimeTaggerTest, TimeTenseDecidesDirection) {
  Check({
      {kRef, "Trump met Putin on Monday.", "Monday -> DATE 2017-05-01"},
      {kRef, "Trump will meet Putin on Monday.", "Monday -> DATE 2017-05-08"},
      {kRef, "Trump met Putin on Friday.", "Friday -> DATE 2017-04-28"},
      {kRef, "Trump will meet Putin on Friday.", "Friday -> DATE 2017-05-05"},
      {kRef, "Trump is going to meet Putin on Friday.",
       "Friday -> DATE 2017-05-05"},
      {kRef, "Trump is to meet Putin on Friday.", "Friday -> DATE 2017-05-05"},
      {kRef, "The leaders are scheduled to meet on Friday.",
       "Friday -> DATE 2017-05-05"},
      {kRef, "The president plans to visit Moscow on Friday.",
       "Friday -> DATE 2017-05-05"},
      {kRef, "He'll visit Moscow on Friday.", "Friday -> DATE 2017-05-05"},
      {kRef, "The summit opens on Friday.", "Friday -> DATE 2017-05-05"},
      {kRef, "The ministers talked on Sunday.", "Sunday -> DATE 2017-04-30"},
      {kRef, "The ministers spoke on Tuesday.", "Tuesday -> DATE 2017-05-02"},
      {kRef, "The ministers spoke last Tuesday.",
       "last Tuesday -> DATE 2017-04-25"},
      {kRef, "The ministers will speak next Tuesday.",
       "next Tuesday -> DATE 2017-05-09"},
      {kRef, "The ministers spoke on Monday night.",
       "Monday night -> TIME 2017-05-01TNI"},
      {kRef, "The ministers will speak on Friday morning.",
       "Friday morning -> TIME 2017-05-05TMO"},
      {kRef, "The ministers spoke early Monday.",
       "early Monday -> DATE 2017-05-01"},
      {kRef, "Trump said on Sunday he would not back down.",
       "Sunday -> DATE 2017-04-30"},
      {kRef, "On Friday, the minister said the plan had failed.",
       "Friday -> DATE 2017-04-28"},
      {kRef, "He said he will travel to Moscow on Friday.",
       "Friday -> DATE 2017-05-05"},
      {kRef, "The talks, which began on Monday, will end on Friday.",
       "Monday -> DATE 2017-05-01 ; Friday -> DATE 2017-05-05"},
      {kRef, "A funeral will be held on Saturday.",
       "Saturday -> DATE 2017-05-06"},
      {kRef, "The senator died on Saturday.", "Saturday -> DATE 2017-04-29"},
      {kRef, "The UK was originally due to leave on 29 March.",
       "29 March -> DATE 2017-03-29"},
      {kRef, "In March, FBI director James Comey confirmed the inquiry.",
       "March -> DATE 2017-03"},
      {kRef, "The two presidents discussed Syria on January 28.",
       "January 28 -> DATE 2017-01-28"},
      {kRef, "The two presidents will meet on January 28.",
       "January 28 -> DATE 2018-01-28"},
      {kRef, "The new law takes effect on June 1.",
       "June 1 -> DATE 2017-06-01"},
      {kRef, "He said the talks would resume in September.",
       "September -> DATE 2017-09"},
      {kRef, "The plant closed in September.", "September -> DATE 2016-09"},
      {kRef, "The plant will reopen in February.", "February -> DATE 2018-02"},
      {kRef, "Rebels have held the town since December.",
       "December -> DATE 2016-12"},
      {kRef, "Prices have risen since the summer.",
       "the summer -> DATE 2016-SU"},
      {kRef, "Sales rose over Christmas.", "Christmas -> DATE 2016-12-25"},
      {kRef, "Sales will rise over Christmas.", "Christmas -> DATE 2017-12-25"},
      {kRef, "The shops were shut at Easter.", "Easter -> DATE 2017-04-16"},
      {kRef, "The offer closed on New Year's Day.",
       "New Year's Day -> DATE 2017-01-01"},
      {kRef, "Analysts cut their forecasts on Thursday.",
       "Thursday -> DATE 2017-04-27"},
      {kRef, "Mr Trump, who takes office on January 20, spoke on Monday.",
       "January 20 -> DATE 2017-01-20 ; Monday -> DATE 2017-05-01"},
      {kRef, "Leaders are expected to sign the deal on Thursday.",
       "Thursday -> DATE 2017-05-04"},
      {kRef, "Police were called to the house on Wednesday.",
       "Wednesday -> DATE 2017-04-26"},
      {kRef, "The vote is on Thursday.", "Thursday -> DATE 2017-05-04"},
  });
}

TEST_F(TimeTaggerTest, TimeTimesOfDayAndZones) {
  Check({
      {kRef, "The leaders are scheduled to speak at 12:30pm ET.",
       "12:30pm ET -> TIME 2017-05-02T12:30-04:00"},
      {kRef, "They speak at 12:30pm ET (4.30pm UK time).",
       "12:30pm ET -> TIME 2017-05-02T12:30-04:00 ; "
       "4.30pm UK time -> TIME 2017-05-02T16:30+01:00"},
      {kRef, "The polls close at 10pm.", "10pm -> TIME 2017-05-02T22:00"},
      {kRef, "The polls close at 10 p.m.", "10 p.m. -> TIME 2017-05-02T22:00"},
      {kRef, "The polls open at 7 am.", "7 am -> TIME 2017-05-02T07:00"},
      {kRef, "The polls open at 07:00 GMT.",
       "07:00 GMT -> TIME 2017-05-02T07:00Z"},
      {kRef, "The polls open at 0700 GMT.",
       "0700 GMT -> TIME 2017-05-02T07:00Z"},
      {kRef, "The meeting starts at 14:30.", "14:30 -> TIME 2017-05-02T14:30"},
      {kRef, "The meeting starts at noon.", "noon -> TIME 2017-05-02T12:00"},
      {kRef, "The curfew begins at midnight.",
       "midnight -> TIME 2017-05-02T24:00"},
      {kRef, "The rally began at 3pm local time.",
       "3pm local time -> TIME 2017-05-02T15:00"},
      {kRef, "The call took place at 9am EST.",
       "9am EST -> TIME 2017-05-02T09:00-05:00"},
      {kRef, "The call took place at 9am Moscow time.",
       "9am Moscow time -> TIME 2017-05-02T09:00+03:00"},
      {kRef, "The call took place at 12am.", "12am -> TIME 2017-05-02T00:00"},
      {kRef, "The call took place at 12pm.", "12pm -> TIME 2017-05-02T12:00"},
      {"2017-01-10", "The speech is at 8pm ET.",
       "8pm ET -> TIME 2017-01-10T20:00-05:00"},
      {"2017-01-10", "The speech is at 8pm UK time.",
       "8pm UK time -> TIME 2017-01-10T20:00Z"},
      {kRef, "The vote on Friday starts at 9am.",
       "Friday -> DATE 2017-05-05 ; 9am -> TIME 2017-05-05T09:00"},
      {kRef, "The vote on January 28, 2016 started at 9am.",
       "January 28, 2016 -> DATE 2016-01-28 ; 9am -> TIME 2016-01-28T09:00"},
      {"", "The vote started at 9am.", "9am -> TIME XXXX-XX-XXT09:00"},
      {kRef, "Markets had recovered by the afternoon.",
       "the afternoon -> TIME 2017-05-02TAF"},
      {kRef, "Shares fell on Monday but recovered by the afternoon.",
       "Monday -> DATE 2017-05-01 ; the afternoon -> TIME 2017-05-01TAF"},
      {kRef, "He arrived the night before.",
       "the night before -> TIME 2017-05-01TNI"},
  });
}

TEST_F(TimeTaggerTest, TimeDurations) {
  Check({
      {kRef, "He ruled for three years.", "three years -> DURATION P3Y"},
      {kRef, "He ruled for 3 years.", "3 years -> DURATION P3Y"},
      {kRef, "Five years after the war, the city was rebuilt.",
       "Five years -> DURATION P5Y"},
      {kRef, "He served a three-year term.", "three-year -> DURATION P3Y"},
      {kRef, "The 22-year-old scored twice.", "22-year-old -> DURATION P22Y"},
      {kRef, "The talks lasted 24 hours.", "24 hours -> DURATION PT24H"},
      {kRef, "The talks lasted 90 minutes.", "90 minutes -> DURATION PT90M"},
      {kRef, "The talks lasted half an hour.",
       "half an hour -> DURATION PT30M"},
      {kRef, "The talks lasted two and a half years.",
       "two and a half years -> DURATION P2.5Y"},
      {kRef, "The talks lasted one hour and 44 minutes.",
       "one hour and 44 minutes -> DURATION PT1H44M"},
      {kRef, "The talks lasted two years and six months.",
       "two years and six months -> DURATION P2Y6M"},
      {kRef, "The siege lasted more than a decade.",
       "more than a decade -> DURATION P1DE"},
      {kRef, "The siege lasted about six months.",
       "about six months -> DURATION P6M"},
      {kRef, "The siege lasted nearly 40 years.",
       "nearly 40 years -> DURATION P40Y"},
      {kRef, "The siege lasted at least a week.",
       "at least a week -> DURATION P1W"},
      {kRef, "They waited for years.", "years -> DURATION PXY"},
      {kRef, "They waited for several weeks.", "several weeks -> DURATION PXW"},
      {kRef, "They waited for a few days.", "a few days -> DURATION PXD"},
      {kRef, "They waited for a couple of months.",
       "a couple of months -> DURATION P2M"},
      {kRef, "After months of talks, a deal was reached.",
       "months -> DURATION PXM"},
      {kRef, "Prices rose over the past year.",
       "the past year -> DURATION P1Y"},
      {kRef, "Prices rose over the past three years.",
       "the past three years -> DURATION P3Y"},
      {kRef, "Prices rose over the last decade.",
       "the last decade -> DURATION P1DE"},
      {kRef, "Prices will rise over the next five years.",
       "the next five years -> DURATION P5Y"},
      {kRef, "Prices will rise in the coming weeks.",
       "the coming weeks -> DURATION PXW"},
      {kRef, "Prices rose over the past few months.",
       "the past few months -> DURATION PXM"},
      {kRef, "Prices rose in recent years.", "recent years -> DURATION PXY"},
      {kRef, "They stayed for a fortnight.", "a fortnight -> DURATION P2W"},
      {kRef, "They stayed for two fortnights.",
       "two fortnights -> DURATION P4W"},
      {kRef, "The ban lasted twenty-five years.",
       "twenty-five years -> DURATION P25Y"},
      {kRef, "The siege lasted a hundred days.",
       "a hundred days -> DURATION P100D"},
      {kRef, "The firm has a 12-month deadline.", "12-month -> DURATION P12M"},
      {kRef, "The sale ended a year-long dispute.",
       "year-long -> DURATION P1Y"},
      {kRef, "He was jailed for 18 months.", "18 months -> DURATION P18M"},
      {kRef, "The race took 53 seconds.", "53 seconds -> DURATION PT53S"},
      {kRef, "The project took a decade.", "a decade -> DURATION P1DE"},
      {kRef, "The empire lasted two centuries.",
       "two centuries -> DURATION P2CE"},
      {kRef, "Revenue for the three months to June rose.",
       "the three months -> DURATION P3M ; June -> DATE 2016-06"},
      {kRef, "The inquiry lasted three weeks.", "three weeks -> DURATION P3W"},
      {kRef, "It was his first win in two weeks.", "two weeks -> DURATION P2W"},
      {kRef, "The war lasted six days.", "six days -> DURATION P6D"},
  });
}

TEST_F(TimeTaggerTest, TimeSets) {
  Check({
      {kRef, "The committee meets every Monday.",
       "every Monday -> SET XXXX-WXX-1"},
      {kRef, "The committee meets on Mondays.", "Mondays -> SET XXXX-WXX-1"},
      {kRef, "The committee meets every week.", "every week -> SET P1W"},
      {kRef, "The committee meets every two years.",
       "every two years -> SET P2Y"},
      {kRef, "The committee meets every other week.",
       "every other week -> SET P2W"},
      {kRef, "The committee meets each year.", "each year -> SET P1Y"},
      {kRef, "The committee meets every morning.",
       "every morning -> SET XXXX-XX-XXTMO"},
      {kRef, "The paper is published daily.", "daily -> SET P1D"},
      {kRef, "The index is updated weekly.", "weekly -> SET P1W"},
      {kRef, "The prize is awarded annually.", "annually -> SET P1Y"},
      {kRef, "The committee meets twice a year.", "twice a year -> SET P1Y"},
      {kRef, "The committee meets three times a week.",
       "three times a week -> SET P1W"},
      {kRef, "The committee meets once a month.", "once a month -> SET P1M"},
      {kRef, "The scheme costs $5bn a year.", "a year -> SET P1Y"},
      {kRef, "Workers earn 7.50 an hour.", "an hour -> SET PT1H"},
      {kRef, "Fees rise by 5% a year.", "a year -> SET P1Y"},
      {kRef, "Patients receive 20mg per day.", "per day -> SET P1D"},
      {kRef, "This was the biggest monthly fall on record.", ""},
      {kRef, "He reads a daily newspaper.", ""},
      {kRef, "He told the Daily Mail that he would go.", ""},
      {kRef, "Protests are held every Friday.",
       "every Friday -> SET XXXX-WXX-5"},
  });
}

TEST_F(TimeTaggerTest, TimeNamesAreNotEventDates) {
  Check({
      {kRef, "Russia tried to interfere in the 2016 US election.",
       "2016 -> DATE 2016 name"},
      {kRef, "France hosted the 2007 World Cup.", "2007 -> DATE 2007 name"},
      {kRef, "The 9/11 attacks changed US policy.",
       "9/11 -> DATE 2001-09-11 name"},
      {kRef, "Israel won the Six-Day War.", "Six-Day -> DURATION P6D name"},
      {kRef, "Since the 11 September attacks, security has tightened.",
       "11 September -> DATE 2016-09-11 name"},
      {kRef, "Israel captured the city in the 1967 Middle East war.",
       "1967 -> DATE 1967 name"},
      {kRef, "The Good Friday Agreement was signed in 1998.",
       "Good Friday -> DATE 2017-04-14 name ; 1998 -> DATE 1998"},
      {kRef, "The march marked Bloody Sunday.",
       "Sunday -> DATE XXXX-WXX-7 name"},
      {kRef, "The party won the 2015 general election.",
       "2015 -> DATE 2015 name"},
      {kRef, "The October Revolution changed Russia.",
       "October -> DATE 2016-10 name"},
      {kRef, "Turnout rose in 2015 after the election.", "2015 -> DATE 2015"},
      {kRef, "The Sunday Times reported the story on Monday.",
       "Monday -> DATE 2017-05-01"},
      {kRef, "The Mail on Sunday reported the story.", ""},
      {kRef, "The film won at the 2005 Bafta film awards.",
       "2005 -> DATE 2005 name"},
      {kRef, "The 7/7 bombings killed 52 people.",
       "7/7 -> DATE 2005-07-07 name"},
  });
}

TEST_F(TimeTaggerTest, TimeWithoutPublicationDate) {
  Check({
      {"", "Trump spoke to Putin yesterday.", "yesterday -> DATE XXXX-XX-XX"},
      {"", "Trump spoke to Putin today.", "today -> DATE XXXX-XX-XX"},
      {"", "The two presidents met on January 28.",
       "January 28 -> DATE XXXX-01-28"},
      {"", "The two presidents met on January 28, 2017.",
       "January 28, 2017 -> DATE 2017-01-28"},
      {"", "The law was passed last year.", "last year -> DATE XXXX"},
      {"", "Talks began last week.", "last week -> DATE XXXX-WXX"},
      {"", "In March, Comey confirmed the inquiry.", "March -> DATE XXXX-03"},
      {"", "Trump met Putin on Monday.", "Monday -> DATE XXXX-WXX-1"},
      {"", "The plant closed two days ago.", "two days ago -> DATE XXXX-XX-XX"},
      {"", "The firm grew in 2004.", "2004 -> DATE 2004"},
      {"", "Profits fell in the third quarter.",
       "the third quarter -> DATE XXXX-Q3"},
      {"", "Sales rose over Christmas.", "Christmas -> DATE XXXX-12-25"},
      {"", "Prices rose last summer.", "last summer -> DATE XXXX-SU"},
      {"", "He ruled for three years.", "three years -> DURATION P3Y"},
      {"", "The company has recently cut jobs.", "recently -> DATE PAST_REF"},
      {"", "Things changed in the 1990s.", "the 1990s -> DATE 199"},
      {"", "The leaders speak at 12:30pm ET.",
       "12:30pm ET -> TIME XXXX-XX-XXT12:30"},
      {"", "The strike ended over the weekend.",
       "the weekend -> DATE XXXX-WXX-WE"},
      {"", "The report came out earlier this month.",
       "earlier this month -> DATE XXXX-XX"},
      {"", "Easter was cold.", "Easter -> DATE XXXX-XX-XX"},
  });
}

TEST_F(TimeTaggerTest, TimeReferenceDates) {
  Check({
      {kRef, "The deal was signed on March 3, 2016. The next day, shares rose.",
       "March 3, 2016 -> DATE 2016-03-03 ; The next day -> DATE 2016-03-04"},
      {kRef,
       "Troops arrived on January 5, 2016. Three weeks later the town fell.",
       "January 5, 2016 -> DATE 2016-01-05 ; "
       "Three weeks later -> DATE 2016-W04"},
      {kRef,
       "The fire started on 5 June 2015. The day before, it had been hot.",
       "5 June 2015 -> DATE 2015-06-05 ; The day before -> DATE 2015-06-04"},
      {kRef, "The plant closed on 5 June 2015. A year earlier it had grown.",
       "5 June 2015 -> DATE 2015-06-05 ; A year earlier -> DATE 2014"},
      {kRef, "The talks collapsed. The following week, fighting resumed.",
       "The following week -> DATE 2017-W19"},
      {kRef, "The vote was on May 1, 2015. The previous day was quiet.",
       "May 1, 2015 -> DATE 2015-05-01 ; The previous day -> DATE 2015-04-30"},
      {kRef, "He was freed on 2 June 2014, two years earlier than planned.",
       "2 June 2014 -> DATE 2014-06-02 ; two years earlier -> DATE 2012"},
      {kRef, "He will be freed in 2014 and retire two years later.",
       "2014 -> DATE 2014 ; two years later -> DATE 2016"},
      {kRef, "The war ended 23 years previously.",
       "23 years previously -> DATE 1994"},
  });
}

TEST_F(TimeTaggerTest, TimeNotTimeExpressions) {
  Check({
      {kRef, "You may go now.", "now -> DATE PRESENT_REF"},
      {kRef, "Protesters march on the capital.", ""},
      {kRef, "Officials may decide to march.", ""},
      {kRef, "The fall of Baghdad shocked the region.", ""},
      {kRef, "The Arab Spring began in Tunisia.", ""},
      {kRef, "Some 2017 people were hurt.", ""},
      {kRef, "Route 1066 was closed.", ""},
      {kRef, "The score was 3.5 points.", ""},
      {kRef, "Prices rose 2.5% in the year.", ""},
      {kRef, "He was the second man to be charged.", ""},
      {kRef, "She bought a quarter of the shares.", ""},
      {kRef, "Only one-quarter of those affected were insured.", ""},
      {kRef, "The vote passed by 1,500 votes.", ""},
      {kRef, "Version 2.1.3 was released.", ""},
      {kRef, "It had 1500 members.", ""},
      {kRef, "He won 6-3 6-4.", ""},
      {kRef, "Rachel August won the race.", ""},
      {kRef, "He will play alongside Jamie Noon in midfield.", ""},
      {kRef, "They played in the second half of the match.", ""},
      {kRef, "The shares fell 2017 points.", ""},
      {kRef, "She said a second time that she would go.", ""},
  });
}

TEST_F(TimeTaggerTest, TimeDayFirstOption) {
  TimeOptions day_first;
  day_first.day_first = true;
  Check(
      {
          {kRef, "The deal was signed on 3/4/2017.",
           "3/4/2017 -> DATE 2017-04-03"},
          {kRef, "The deal was signed on 1/28/2017.",
           "1/28/2017 -> DATE 2017-01-28"},
          {kRef, "The deal was signed on 28/1/2017.",
           "28/1/2017 -> DATE 2017-01-28"},
      },
      day_first);
}

TEST_F(TimeTaggerTest, TimeReferenceArticle) {
  const std::string text =
      "Donald Trump will speak by telephone with Vladimir Putin today to "
      "discuss the ongoing crisis in Syria.\n\n"
      "The leaders are scheduled to speak at 12:30pm ET (4.30pm UK time).\n\n"
      "Trump ordered the air strike on a Syria last month.\n\n"
      "Prior to that, on January 28, the two presidents discussed how to "
      "defeat Isis.\n\n"
      "In March, FBI director James Comey publicly confirmed that the agency "
      "has been investigating possible links between Donald Trump's election "
      "team and Russia's efforts to interfere in the 2016 US election.";
  EXPECT_EQ(Describe(Tag(kRef, text)),
            "today -> DATE 2017-05-02 ; "
            "12:30pm ET -> TIME 2017-05-02T12:30-04:00 ; "
            "4.30pm UK time -> TIME 2017-05-02T16:30+01:00 ; "
            "last month -> DATE 2017-04 ; "
            "January 28 -> DATE 2017-01-28 ; "
            "March -> DATE 2017-03 ; "
            "2016 -> DATE 2016 name");
}

// The reference article as it is, published 2017-05-02: every expression,
// and the dates its events get.
TEST_F(TimeTaggerTest, TimeReferenceArticleFile) {
  std::optional<std::string> article = testing::ReferenceArticle();
  if (!article) GTEST_SKIP() << "shared corpus not found";
  std::vector<Timex> found = Tag(kRef, *article);
  EXPECT_EQ(Describe(found),
            "today -> DATE 2017-05-02 ; "
            "January -> DATE 2017-01 ; "
            "today -> DATE 2017-05-02 ; "
            "12:30pm ET -> TIME 2017-05-02T12:30-04:00 ; "
            "4.30pm UK time -> TIME 2017-05-02T16:30+01:00 ; "
            "last month -> DATE 2017-04 ; "
            "January 28 -> DATE 2017-01-28 ; "
            "March -> DATE 2017-03 ; "
            "2016 -> DATE 2016 name");
  auto span_of = [&](const std::string& words) {
    size_t at = article->find(words);
    EXPECT_NE(at, std::string::npos) << words;
    return Span{static_cast<uint32_t>(at),
                static_cast<uint32_t>(at + words.size())};
  };
  auto in_sentence = [&](const std::string& words) {
    Span clause = span_of(words);
    std::vector<Timex> same;
    for (const Timex& t : found) {
      // The expressions of the sentence holding the clause.
      size_t stop = article->find_first_of(".\n", clause.end);
      size_t start = article->rfind('\n', clause.begin);
      if (t.span.begin > start && t.span.end <= stop) same.push_back(t);
    }
    return DateEvent(same, clause, Date{2017, 5, 2});
  };
  struct Row {
    const char* clause;
    const char* date;
    const char* basis;
  };
  const Row rows[] = {
      {"will speak by telephone with Vladimir Putin", "2017-05-02", "today"},
      {"Trump ordered", "2017-04", "last month"},
      {"the two presidents discussed how to defeat Isis", "2017-01-28",
       "January 28"},
      {"publicly confirmed", "2017-03", "March"},
      // The election names the interference; it does not date it.
      {"interfere in the 2016 US election", "2017-03", "March"},
      {"Russia denied the Syrian government was responsible", "2017-05-02",
       "published"},
  };
  for (const Row& r : rows) {
    std::optional<EventDate> date = in_sentence(r.clause);
    ASSERT_TRUE(date.has_value()) << r.clause;
    EXPECT_EQ(date->date, r.date) << r.clause;
    EXPECT_EQ(date->basis, r.basis) << r.clause;
  }
}

TEST_F(TimeTaggerTest, TimeSpansPointIntoTheOriginalText) {
  // Curly quotes and a no-break space are cleaned; spans must still cover
  // the original bytes.
  const std::string text =
      "\xE2\x80\x9CWe met on\xC2\xA0January 28,\xE2\x80\x9D he said.";
  std::vector<Timex> found = Tag(kRef, text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()),
            "January 28");
  EXPECT_EQ(found[0].text, "January 28");
  EXPECT_EQ(found[0].sentence_index, 0u);
  EXPECT_TRUE(found[0].relative);
  EXPECT_EQ(found[0].tense, Tense::kPast);
}

TEST_F(TimeTaggerTest, TimeAnchoredDate) {
  struct Row {
    TimexType type;
    const char* value;
    bool anchored;
  };
  const Row rows[] = {
      {TimexType::kDate, "2017-05-02", true},
      {TimexType::kDate, "2017-04", true},
      {TimexType::kDate, "2017-W18", true},
      {TimexType::kDate, "2016", true},
      {TimexType::kTime, "2017-05-02T12:30-04:00", true},
      {TimexType::kDate, "XXXX-01-28", false},
      {TimexType::kDate, "199", false},
      {TimexType::kDate, "PAST_REF", false},
      {TimexType::kDuration, "P3Y", false},
      {TimexType::kSet, "P1Y", false},
      {TimexType::kTime, "XXXX-XX-XXT09:00", false},
  };
  for (const Row& r : rows) {
    Timex t;
    t.type = r.type;
    t.value = r.value;
    EXPECT_EQ(t.IsAnchoredDate(), r.anchored) << r.value;
  }
}

// Sentences made of time words in random order: whatever the tagger makes
// of them, spans lie inside the text, in order, and every value is set.
TEST_F(TimeTaggerTest, TimeRandomTextKeepsInvariants) {
  const char* words[] = {
      "the",      "last",    "next",    "this",       "early",     "late",
      "mid",      "-",       "of",      "on",         "in",        "since",
      "ago",      "later",   "earlier", "a",          "two",       "twenty",
      "half",     "and",     "every",   "each",       "twice",     "times",
      "per",      "day",     "week",    "weekend",    "month",     "year",
      "years",    "decade",  "century", "quarter",    "Q3",        "spring",
      "summer",   "fall",    "January", "May",        "March",     "Monday",
      "Sunday",   "morning", "night",   "today",      "tonight",   "yesterday",
      "now",      "1990s",   "'",       "90s",        "2016",      "1066",
      "28",       "28th",    "12:30pm", "4.30pm",     "ET",        "UK",
      "time",     "noon",    "9/11",    "2017-01-28", "1/28/2017", "will",
      "said",     "met",     "more",    "than",       "about",     "Christmas",
      "Easter",   "New",     "Year",    "'s",         "Day",       "War",
      "election", "past",    "future",  "999999999",  "Good",      "Friday",
      ",",        ".",       "the",     "end",        "beginning", "previous"};
  const size_t n = sizeof(words) / sizeof(words[0]);
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  for (int sentence = 0; sentence < 3000; ++sentence) {
    std::string text;
    const int length = 2 + static_cast<int>(next() % 12);
    for (int k = 0; k < length; ++k) {
      if (!text.empty()) text += ' ';
      text += words[next() % n];
    }
    text += '.';
    for (const char* dct : {kRef, ""}) {
      uint32_t previous_end = 0;
      for (const Timex& t : Tag(dct, text)) {
        ASSERT_LE(t.span.end, text.size()) << text;
        ASSERT_LT(t.span.begin, t.span.end) << text;
        ASSERT_GE(t.span.begin, previous_end) << text;
        previous_end = t.span.end;
        ASSERT_FALSE(t.value.empty()) << text << " [" << t.text << "]";
        ASSERT_EQ(t.text, text.substr(t.span.begin, t.span.size()));
      }
    }
  }
}

TEST(TimeTypeTest, TimeNamesRoundTrip) {
  for (TimexType t : {TimexType::kDate, TimexType::kTime, TimexType::kDuration,
                      TimexType::kSet}) {
    auto parsed = ParseTimexType(TimexTypeName(t));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, t);
  }
  auto bad = ParseTimexType("date");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "not a TIMEX3 type: \"date\"");
}

}  // namespace
}  // namespace dyad
