// Calendar arithmetic for resolving time expressions: day numbers, weekdays,
// ISO weeks, month and year steps, daylight saving rules for the zones news
// names.
#ifndef DYAD_SRC_TIME_CALENDAR_H_
#define DYAD_SRC_TIME_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad::time {

// Days since 1970-01-01 of a valid date, and back.
int64_t DaysFromDate(const Date& date);
Date DateFromDays(int64_t days);

// ISO weekday: 1 Monday .. 7 Sunday.
int Weekday(const Date& date);

Date AddDays(const Date& date, int64_t days);

int DaysInMonth(int year, int month);

// The ISO 8601 week of a date: its week-based year and week number (1..53).
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(const Date& date);
// The Monday of an ISO week.
Date MondayOfIsoWeek(int iso_year, int week);

// Year and month after stepping `months` from year/month.
void AddMonths(int* year, int* month, int months);

// Zero-padded decimal: Pad(5, 2) == "05".
std::string Pad(int value, int width);

// How a zone named in text is offset from UTC on a given day.
enum class DstRule {
  kNone,  // a fixed offset
  kUs,    // second Sunday of March to first Sunday of November
  kEu,    // last Sunday of March to last Sunday of October
};
struct Zone {
  int standard_minutes = 0;  // offset from UTC outside summer time
  DstRule dst = DstRule::kNone;
};
// Returns the zone an abbreviation or name stands for: "et", "est", "gmt",
// "bst", "utc", "cet", "uk", "london", "moscow" (folded), or none.
std::optional<Zone> ZoneNamed(std::string_view folded);
// The offset in minutes of `zone` on `date` (summer time decided by day).
int OffsetOn(const Zone& zone, const Date& date);
// "+01:00", "-04:00", "Z" for zero.
std::string FormatOffset(int minutes);

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_CALENDAR_H_
