#include "src/time/calendar.h"

#include <gtest/gtest.h>

#include "src/time/resolver.h"

namespace dyad::time {
namespace {

TEST(TimeCalendarTest, TimeWeekdaysAndIsoWeeks) {
  struct Row {
    Date date;
    int weekday;
    int iso_year;
    int iso_week;
  };
  const Row rows[] = {
      {{2017, 5, 2}, 2, 2017, 18},   {{2017, 1, 1}, 7, 2016, 52},
      {{2004, 12, 31}, 5, 2004, 53}, {{2005, 1, 1}, 6, 2004, 53},
      {{2010, 1, 3}, 7, 2009, 53},   {{2010, 1, 4}, 1, 2010, 1},
      {{2016, 2, 29}, 1, 2016, 9},   {{1970, 1, 1}, 4, 1970, 1},
      {{2000, 3, 1}, 3, 2000, 9},    {{2019, 12, 30}, 1, 2020, 1},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Weekday(r.date), r.weekday) << r.date.ToString();
    IsoWeek w = IsoWeekOf(r.date);
    EXPECT_EQ(w.year, r.iso_year) << r.date.ToString();
    EXPECT_EQ(w.week, r.iso_week) << r.date.ToString();
    EXPECT_EQ(DateFromDays(DaysFromDate(r.date)), r.date);
    Date monday = MondayOfIsoWeek(w.year, w.week);
    EXPECT_EQ(Weekday(monday), 1);
    EXPECT_EQ(IsoWeekOf(monday).week, w.week);
  }
}

TEST(TimeCalendarTest, TimeArithmetic) {
  EXPECT_EQ(AddDays(Date{2017, 5, 2}, -2), (Date{2017, 4, 30}));
  EXPECT_EQ(AddDays(Date{2016, 12, 31}, 1), (Date{2017, 1, 1}));
  EXPECT_EQ(AddDays(Date{2016, 2, 28}, 1), (Date{2016, 2, 29}));
  int y = 2017, m = 1;
  AddMonths(&y, &m, -1);
  EXPECT_EQ(y, 2016);
  EXPECT_EQ(m, 12);
  AddMonths(&y, &m, 14);
  EXPECT_EQ(y, 2018);
  EXPECT_EQ(m, 2);
  EXPECT_EQ(DaysInMonth(2016, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(Pad(5, 2), "05");
  EXPECT_EQ(Pad(199, 3), "199");
}

TEST(TimeCalendarTest, TimeZonesFollowSummerTime) {
  struct Row {
    const char* zone;
    Date date;
    const char* offset;
  };
  const Row rows[] = {
      {"et", {2017, 5, 2}, "-04:00"},     {"et", {2017, 1, 10}, "-05:00"},
      {"et", {2017, 3, 12}, "-04:00"},    {"et", {2017, 3, 11}, "-05:00"},
      {"et", {2017, 11, 5}, "-05:00"},    {"uk", {2017, 5, 2}, "+01:00"},
      {"uk", {2017, 3, 26}, "+01:00"},    {"uk", {2017, 3, 25}, "Z"},
      {"uk", {2017, 10, 29}, "Z"},        {"gmt", {2017, 5, 2}, "Z"},
      {"bst", {2017, 1, 2}, "+01:00"},    {"est", {2017, 5, 2}, "-05:00"},
      {"moscow", {2017, 5, 2}, "+03:00"}, {"pt", {2017, 7, 1}, "-07:00"},
      {"cet", {2017, 7, 1}, "+01:00"},
  };
  for (const Row& r : rows) {
    std::optional<Zone> zone = ZoneNamed(r.zone);
    ASSERT_TRUE(zone.has_value()) << r.zone;
    EXPECT_EQ(FormatOffset(OffsetOn(*zone, r.date)), r.offset)
        << r.zone << " " << r.date.ToString();
  }
  EXPECT_FALSE(ZoneNamed("xyz").has_value());
}

TEST(TimeCalendarTest, TimeHolidays) {
  EXPECT_EQ(HolidayDate(Holiday::kEaster, 2017), (Date{2017, 4, 16}));
  EXPECT_EQ(HolidayDate(Holiday::kEaster, 2016), (Date{2016, 3, 27}));
  EXPECT_EQ(HolidayDate(Holiday::kEaster, 2005), (Date{2005, 3, 27}));
  EXPECT_EQ(HolidayDate(Holiday::kGoodFriday, 2017), (Date{2017, 4, 14}));
  EXPECT_EQ(HolidayDate(Holiday::kEasterMonday, 2017), (Date{2017, 4, 17}));
  EXPECT_EQ(HolidayDate(Holiday::kThanksgiving, 2017), (Date{2017, 11, 23}));
  EXPECT_EQ(HolidayDate(Holiday::kThanksgiving, 2012), (Date{2012, 11, 22}));
}

TEST(TimeCalendarTest, TimeDayOfValue) {
  EXPECT_EQ(DayOfValue("2017-05-02"), (Date{2017, 5, 2}));
  EXPECT_EQ(DayOfValue("2017-05-02T12:30-04:00"), (Date{2017, 5, 2}));
  EXPECT_EQ(DayOfValue("2017-05-02TNI"), (Date{2017, 5, 2}));
  EXPECT_FALSE(DayOfValue("2017-05").has_value());
  EXPECT_FALSE(DayOfValue("XXXX-05-02").has_value());
  EXPECT_FALSE(DayOfValue("2017-02-30").has_value());
  EXPECT_FALSE(DayOfValue("2017-W18-WE").has_value());
}

}  // namespace
}  // namespace dyad::time
