#include "src/time/calendar.h"

#include <array>
#include <cstdlib>
#include <utility>

namespace dyad::time {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromDate(const Date& date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t m = date.month;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date DateFromDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m),
              static_cast<int>(d)};
}

int Weekday(const Date& date) {
  int64_t days = DaysFromDate(date);
  // 1970-01-01 was a Thursday (4).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Date AddDays(const Date& date, int64_t days) {
  return DateFromDays(DaysFromDate(date) + days);
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[static_cast<size_t>(month - 1)];
}

IsoWeek IsoWeekOf(const Date& date) {
  // The week belongs to the year of its Thursday.
  Date thursday = AddDays(date, 4 - Weekday(date));
  int64_t first = DaysFromDate(Date{thursday.year, 1, 1});
  int week = static_cast<int>((DaysFromDate(thursday) - first) / 7) + 1;
  return IsoWeek{thursday.year, week};
}

Date MondayOfIsoWeek(int iso_year, int week) {
  Date jan4{iso_year, 1, 4};
  Date monday1 = AddDays(jan4, 1 - Weekday(jan4));
  return AddDays(monday1, int64_t{7} * (week - 1));
}

void AddMonths(int* year, int* month, int months) {
  int index = *year * 12 + (*month - 1) + months;
  *year = index >= 0 ? index / 12 : (index - 11) / 12;
  *month = index - *year * 12 + 1;
}

std::string Pad(int value, int width) {
  std::string digits = std::to_string(std::abs(value));
  if (static_cast<int>(digits.size()) < width)
    digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
  return value < 0 ? "-" + digits : digits;
}

namespace {

struct NamedZone {
  std::string_view name;
  Zone zone;
};

constexpr std::array<NamedZone, 24> kZones = {{
    {"et", {-300, DstRule::kUs}},    {"eastern", {-300, DstRule::kUs}},
    {"est", {-300, DstRule::kNone}}, {"edt", {-240, DstRule::kNone}},
    {"ct", {-360, DstRule::kUs}},    {"cst", {-360, DstRule::kNone}},
    {"cdt", {-300, DstRule::kNone}}, {"mt", {-420, DstRule::kUs}},
    {"mst", {-420, DstRule::kNone}}, {"mdt", {-360, DstRule::kNone}},
    {"pt", {-480, DstRule::kUs}},    {"pst", {-480, DstRule::kNone}},
    {"pdt", {-420, DstRule::kNone}}, {"gmt", {0, DstRule::kNone}},
    {"utc", {0, DstRule::kNone}},    {"bst", {60, DstRule::kNone}},
    {"uk", {0, DstRule::kEu}},       {"london", {0, DstRule::kEu}},
    {"british", {0, DstRule::kEu}},  {"cet", {60, DstRule::kNone}},
    {"cest", {120, DstRule::kNone}}, {"moscow", {180, DstRule::kNone}},
    {"msk", {180, DstRule::kNone}},  {"paris", {60, DstRule::kEu}},
}};

// The day of the n-th (1-based) given weekday of a month; n = -1 for last.
int NthWeekday(int year, int month, int weekday, int n) {
  if (n > 0) {
    int first = Weekday(Date{year, month, 1});
    return 1 + (weekday - first + 7) % 7 + 7 * (n - 1);
  }
  int last_day = DaysInMonth(year, month);
  int last = Weekday(Date{year, month, last_day});
  return last_day - (last - weekday + 7) % 7;
}

bool InSummerTime(DstRule rule, const Date& date) {
  Date begin, end;
  switch (rule) {
    case DstRule::kNone:
      return false;
    case DstRule::kUs:
      begin = Date{date.year, 3, NthWeekday(date.year, 3, 7, 2)};
      end = Date{date.year, 11, NthWeekday(date.year, 11, 7, 1)};
      break;
    case DstRule::kEu:
      begin = Date{date.year, 3, NthWeekday(date.year, 3, 7, -1)};
      end = Date{date.year, 10, NthWeekday(date.year, 10, 7, -1)};
      break;
  }
  return begin <= date && date < end;
}

}  // namespace

std::optional<Zone> ZoneNamed(std::string_view folded) {
  for (const NamedZone& z : kZones) {
    if (z.name == folded) return z.zone;
  }
  return std::nullopt;
}

int OffsetOn(const Zone& zone, const Date& date) {
  return zone.standard_minutes + (InSummerTime(zone.dst, date) ? 60 : 0);
}

std::string FormatOffset(int minutes) {
  if (minutes == 0) return "Z";
  char sign = minutes < 0 ? '-' : '+';
  int m = std::abs(minutes);
  return std::string(1, sign) + Pad(m / 60, 2) + ":" + Pad(m % 60, 2);
}

}  // namespace dyad::time
