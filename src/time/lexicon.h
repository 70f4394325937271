// The words of time expressions: months, weekdays, seasons, parts of the
// day, units, numbers in words. Constants, folded (lower case); each lookup
// returns 0 or an empty result for a word it does not know.
#ifndef DYAD_SRC_TIME_LEXICON_H_
#define DYAD_SRC_TIME_LEXICON_H_

#include <optional>
#include <string_view>

namespace dyad::time {

// 1..12 for a month name or abbreviation ("january", "jan", "jan.",
// "sept."), else 0.
int MonthNumber(std::string_view folded);
// True iff the month word is an abbreviation ("jan", "sept.").
bool IsMonthAbbreviation(std::string_view folded);

// 1 (Monday) .. 7 (Sunday) for a weekday name, else 0. `plural` is set when
// the word is a plural ("mondays").
int WeekdayNumber(std::string_view folded, bool* plural = nullptr);

// 1 spring, 2 summer, 3 autumn/fall, 4 winter, else 0.
int SeasonNumber(std::string_view folded);
// "SP", "SU", "FA", "WI" for 1..4.
std::string_view SeasonCode(int season);

// "MO", "AF", "EV", "NI" for morning, afternoon, evening, night; else empty.
std::string_view PartOfDayCode(std::string_view folded);

// The units of durations and relative dates, from the longest.
enum class Unit {
  kNone,
  kCentury,
  kDecade,
  kYear,
  kQuarter,
  kMonth,
  kFortnight,
  kWeek,
  kWeekend,
  kDay,
  kHour,
  kMinute,
  kSecond,
};

// The unit a word names ("year", "years", "yr", "hours"), or kNone.
// `plural` is set when the word is plural.
Unit UnitNamed(std::string_view folded, bool* plural = nullptr);

// The cardinal a word names: "one" 1 .. "twenty" 20, "thirty" .. "ninety",
// "hundred" 100, "dozen" 12; else 0.
int CardinalWord(std::string_view folded);
// The ordinal a word names: "first" 1 .. "thirty-first"'s parts ("twenty",
// then "first"), "1st", "28th"; else 0.
int OrdinalWord(std::string_view folded);

// Parses a non-negative decimal integer made only of digits; none else.
std::optional<int> ParseInt(std::string_view digits);

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_LEXICON_H_
