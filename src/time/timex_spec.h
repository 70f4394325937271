// What a recognised time expression means before it is resolved: the parts
// the words give, and what the value is to be computed from.
#ifndef DYAD_SRC_TIME_TIMEX_SPEC_H_
#define DYAD_SRC_TIME_TIMEX_SPEC_H_

#include <optional>
#include <string>

#include "dyad/time.h"
#include "src/time/calendar.h"

namespace dyad::time {

// The calendar period a DATE value names, from the widest.
enum class Grain {
  kNone,
  kCentury,
  kDecade,
  kYear,
  kHalf,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kWeekend,
  kDay,
};

// What the value is computed from.
enum class Anchor {
  kNone,         // nothing: the words give the whole value
  kPublication,  // `offset` grains from the publication date ("last month")
  kReference,    // `offset` grains from the latest day mentioned before
                 // ("the day before", "three weeks later")
  kTense,        // a calendar point without its year or week ("January 28",
                 // "in March", "on Monday"), placed before or after the
                 // publication date by the tense of its clause
};

// Holidays whose day a rule gives.
enum class Holiday {
  kNone,
  kEaster,
  kGoodFriday,
  kEasterMonday,
  kThanksgiving
};

struct TimexSpec {
  TimexType type = TimexType::kDate;
  // The whole value when it needs no resolving: "P3Y", "PAST_REF",
  // "XXXX-WXX-1".
  std::string fixed;
  Grain grain = Grain::kNone;
  Anchor anchor = Anchor::kNone;
  int year = 0;       // the year; a decade as 1990, a century as 1900
  int month = 0;      // 1..12, 0 when not given
  int day = 0;        // 1..31, 0 when not given
  int sub = 0;        // the quarter, half or season (1..4), 0 when not given
  int weekday = 0;    // 1 Monday .. 7 Sunday, 0 when not given
  int direction = 0;  // a weekday's: -1 "last", +1 "next", 0 by tense
  int offset = 0;     // in grains from the anchor
  Holiday holiday = Holiday::kNone;
  // Time of day, for TIME values.
  std::string part_of_day;  // "MO", "AF", "EV", "NI" or empty
  int hour = -1;            // 0..24, -1 when not given
  int minute = 0;
  std::optional<Zone> zone;
  // A time of day without its day: the day is the nearest day-precise date
  // in the same sentence, else the publication date.
  bool same_day = false;
  std::string mod;
  std::string freq;
  bool name = false;
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_TIMEX_SPEC_H_
