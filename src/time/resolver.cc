#include "src/time/resolver.h"

#include <cstdlib>

#include "src/time/calendar.h"
#include "src/time/lexicon.h"

namespace dyad::time {
namespace {

std::string Ymd(const Date& d) {
  return Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
}

std::string Week(const Date& d, bool weekend) {
  IsoWeek w = IsoWeekOf(d);
  return Pad(w.year, 4) + "-W" + Pad(w.week, 2) + (weekend ? "-WE" : "");
}

// The quarter (1..4), half (1..2) and season (1..4, winter 4) of a month.
int QuarterOf(int month) { return (month - 1) / 3 + 1; }
int HalfOf(int month) { return month <= 6 ? 1 : 2; }
int SeasonOf(int month) {
  if (month >= 3 && month <= 5) return 1;
  if (month >= 6 && month <= 8) return 2;
  if (month >= 9 && month <= 11) return 3;
  return 4;
}

// Value of a period given by year and sub-part.
std::string Period(Grain grain, int year, int month, int sub) {
  switch (grain) {
    case Grain::kCentury:
      return Pad(year / 100, 2);
    case Grain::kDecade:
      return Pad(year / 10, 3);
    case Grain::kYear:
      return Pad(year, 4);
    case Grain::kHalf:
      return Pad(year, 4) + "-H" + std::to_string(sub);
    case Grain::kQuarter:
      return Pad(year, 4) + "-Q" + std::to_string(sub);
    case Grain::kSeason:
      return Pad(year, 4) + "-" + std::string(SeasonCode(sub));
    case Grain::kMonth:
      return Pad(year, 4) + "-" + Pad(month, 2);
    default:
      return Pad(year, 4);
  }
}

std::string Unknown(const TimexSpec& s) {
  switch (s.grain) {
    case Grain::kCentury:
      return "XX";
    case Grain::kDecade:
      return "XXX";
    case Grain::kYear:
      return "XXXX";
    case Grain::kHalf:
      return s.sub ? "XXXX-H" + std::to_string(s.sub) : "XXXX-HX";
    case Grain::kQuarter:
      return s.sub ? "XXXX-Q" + std::to_string(s.sub) : "XXXX-QX";
    case Grain::kSeason:
      return s.sub ? "XXXX-" + std::string(SeasonCode(s.sub)) : "XXXX-XX";
    case Grain::kMonth:
      return s.month ? "XXXX-" + Pad(s.month, 2) : "XXXX-XX";
    case Grain::kWeek:
      return "XXXX-WXX";
    case Grain::kWeekend:
      return "XXXX-WXX-WE";
    case Grain::kDay:
      if (s.weekday) return "XXXX-WXX-" + std::to_string(s.weekday);
      if (s.month && s.day)
        return "XXXX-" + Pad(s.month, 2) + "-" + Pad(s.day, 2);
      return "XXXX-XX-XX";
    case Grain::kNone:
      break;
  }
  return "XXXX-XX-XX";
}

// Picks the occurrence of a yearly point nearest the anchor in the
// direction the tense gives: past, the latest not after it; future, the
// first not before it; present, the nearest one.
int YearByTense(Tense tense, const Date& anchor, const Date& in_anchor_year) {
  if (tense == Tense::kPast && in_anchor_year > anchor) return anchor.year - 1;
  if (tense == Tense::kFuture && in_anchor_year < anchor)
    return anchor.year + 1;
  if (tense == Tense::kPresent) {
    // Within half a year either way.
    int64_t gap = DaysFromDate(in_anchor_year) - DaysFromDate(anchor);
    if (gap > 183) return anchor.year - 1;
    if (gap < -183) return anchor.year + 1;
  }
  return anchor.year;
}

std::string ByTense(const TimexSpec& s, const Date& a, Tense tense, Date* day) {
  if (s.weekday) {
    int aw = Weekday(a);
    int forward = (s.weekday - aw + 7) % 7;
    int backward = (aw - s.weekday + 7) % 7;
    int delta;
    if (s.direction < 0) {
      delta = -(backward == 0 ? 7 : backward);
    } else if (s.direction > 0) {
      delta = forward == 0 ? 7 : forward;
    } else if (tense == Tense::kPast) {
      delta = -backward;
    } else {
      // The present tense names a coming day: "the summit opens on Friday".
      delta = forward;
    }
    *day = AddDays(a, delta);
    return Ymd(*day);
  }
  if (s.holiday != Holiday::kNone) {
    Date d = HolidayDate(s.holiday, a.year);
    *day = HolidayDate(s.holiday, YearByTense(tense, a, d));
    return Ymd(*day);
  }
  switch (s.grain) {
    case Grain::kDay: {
      int day_in_year = s.day;
      if (s.month == 2 && s.day == 29 && DaysInMonth(a.year, 2) == 28)
        day_in_year = 28;
      int year = YearByTense(tense, a, Date{a.year, s.month, day_in_year});
      if (!IsValidDate(year, s.month, s.day)) return Unknown(s);
      *day = Date{year, s.month, s.day};
      return Ymd(*day);
    }
    case Grain::kMonth: {
      // "last July" is the latest July before this month, "next July" the
      // first after it.
      Tense t = s.direction < 0   ? Tense::kPast
                : s.direction > 0 ? Tense::kFuture
                                  : tense;
      int year = YearByTense(t, a, Date{a.year, s.month, 1});
      if (s.direction < 0 && s.month == a.month) --year;
      if (s.direction > 0 && s.month == a.month) ++year;
      return Period(Grain::kMonth, year, s.month, 0);
    }
    case Grain::kQuarter:
    case Grain::kHalf:
    case Grain::kSeason: {
      int now = s.grain == Grain::kQuarter ? QuarterOf(a.month)
                : s.grain == Grain::kHalf  ? HalfOf(a.month)
                                           : SeasonOf(a.month);
      int year = a.year;
      if (s.grain == Grain::kSeason && now == 4 && a.month <= 2) --year;
      if (tense == Tense::kPast && s.sub > now) --year;
      if (tense == Tense::kFuture && s.sub < now) ++year;
      return Period(s.grain, year, 0, s.sub);
    }
    case Grain::kWeekend: {
      // "the weekend": the one before a weekday in the past tense, else the
      // coming one (or the one under way).
      int offset = tense == Tense::kPast && Weekday(a) < 6 ? -1 : 0;
      return Week(AddDays(a, 7 * offset), true);
    }
    default:
      return Unknown(s);
  }
}

std::string Offset(const TimexSpec& s, const Date& a, Date* day) {
  switch (s.grain) {
    case Grain::kDay:
      *day = AddDays(a, s.offset);
      return Ymd(*day);
    case Grain::kWeek:
    case Grain::kWeekend:
      return Week(AddDays(a, int64_t{7} * s.offset),
                  s.grain == Grain::kWeekend);
    case Grain::kMonth: {
      int y = a.year, m = a.month;
      AddMonths(&y, &m, s.offset);
      return Period(Grain::kMonth, y, m, 0);
    }
    case Grain::kQuarter: {
      int q = s.sub ? s.sub : QuarterOf(a.month);
      if (s.sub) return Period(Grain::kQuarter, a.year + s.offset, 0, q);
      int index = a.year * 4 + (q - 1) + s.offset;
      return Period(Grain::kQuarter, index / 4, 0, index % 4 + 1);
    }
    case Grain::kHalf: {
      int h = s.sub ? s.sub : HalfOf(a.month);
      if (s.sub) return Period(Grain::kHalf, a.year + s.offset, 0, h);
      int index = a.year * 2 + (h - 1) + s.offset;
      return Period(Grain::kHalf, index / 2, 0, index % 2 + 1);
    }
    case Grain::kSeason: {
      int season = s.sub ? s.sub : SeasonOf(a.month);
      int year = a.year;
      if (!s.sub && season == 4 && a.month <= 2) --year;
      return Period(Grain::kSeason, year + s.offset, 0, season);
    }
    case Grain::kYear:
      return Period(Grain::kYear, a.year + s.offset, 0, 0);
    case Grain::kDecade:
      return Period(Grain::kDecade, (a.year / 10 + s.offset) * 10, 0, 0);
    case Grain::kCentury:
      return Period(Grain::kCentury, (a.year / 100 + s.offset) * 100, 0, 0);
    case Grain::kNone:
      break;
  }
  return Unknown(s);
}

std::string Absolute(const TimexSpec& s, Date* day) {
  if (s.holiday != Holiday::kNone) {
    *day = HolidayDate(s.holiday, s.year);
    return Ymd(*day);
  }
  switch (s.grain) {
    case Grain::kDay:
      *day = Date{s.year, s.month, s.day};
      return Ymd(*day);
    case Grain::kNone:
      return Unknown(s);
    default:
      return Period(s.grain, s.year, s.month, s.sub);
  }
}

std::string TimePart(const TimexSpec& s, const std::optional<Date>& day) {
  std::string t;
  if (s.hour >= 0) {
    t = "T" + Pad(s.hour, 2) + ":" + Pad(s.minute, 2);
    if (s.zone && day) t += FormatOffset(OffsetOn(*s.zone, *day));
  } else if (!s.part_of_day.empty()) {
    t = "T" + s.part_of_day;
  }
  return t;
}

}  // namespace

Date HolidayDate(Holiday holiday, int year) {
  if (holiday == Holiday::kThanksgiving) {
    // The fourth Thursday of November.
    int first = Weekday(Date{year, 11, 1});
    return Date{year, 11, 1 + (4 - first + 7) % 7 + 21};
  }
  // Anonymous Gregorian algorithm for Easter Sunday.
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  Date easter{year, month, day};
  if (holiday == Holiday::kGoodFriday) return AddDays(easter, -2);
  if (holiday == Holiday::kEasterMonday) return AddDays(easter, 1);
  return easter;
}

std::optional<Date> DayOfValue(std::string_view value) {
  if (value.size() < 10 || (value.size() > 10 && value[10] != 'T'))
    return std::nullopt;
  std::optional<int> y = ParseInt(value.substr(0, 4)),
                     m = ParseInt(value.substr(5, 2)),
                     d = ParseInt(value.substr(8, 2));
  if (!y || !m || !d || value[4] != '-' || value[7] != '-' ||
      !IsValidDate(*y, *m, *d))
    return std::nullopt;
  return Date{*y, *m, *d};
}

std::string Resolve(const TimexSpec& spec, const ResolveContext& context) {
  if (!spec.fixed.empty()) return spec.fixed;
  std::optional<Date> anchor;
  switch (spec.anchor) {
    case Anchor::kNone:
      break;
    case Anchor::kPublication:
    case Anchor::kTense:
      anchor = context.published;
      break;
    case Anchor::kReference:
      anchor = context.reference ? context.reference : context.published;
      break;
  }
  if (spec.same_day && context.sentence_day) anchor = context.sentence_day;
  std::optional<Date> day;
  std::string value;
  if (spec.anchor == Anchor::kNone) {
    Date d;
    value = Absolute(spec, &d);
    if (spec.grain == Grain::kDay) day = d;
  } else if (spec.anchor == Anchor::kTense && context.sentence_year &&
             spec.weekday == 0 && spec.grain != Grain::kWeekend) {
    TimexSpec dated = spec;
    dated.anchor = Anchor::kNone;
    dated.year = *context.sentence_year;
    Date d;
    value = Absolute(dated, &d);
    if (spec.grain == Grain::kDay) day = DayOfValue(value);
  } else if (!anchor) {
    value = Unknown(spec);
  } else {
    Date d;
    value = spec.anchor == Anchor::kTense
                ? ByTense(spec, *anchor, context.tense, &d)
                : Offset(spec, *anchor, &d);
    if (spec.grain == Grain::kDay) day = DayOfValue(value);
  }
  if (spec.type == TimexType::kTime) value += TimePart(spec, day);
  return value;
}

}  // namespace dyad::time
