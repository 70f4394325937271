// Resolution: a recognised expression's TIMEX3 value, from its meaning, the
// publication date, the dates mentioned before it and its clause's tense.
#ifndef DYAD_SRC_TIME_RESOLVER_H_
#define DYAD_SRC_TIME_RESOLVER_H_

#include <optional>
#include <string>

#include "dyad/document.h"
#include "dyad/time.h"
#include "src/time/timex_spec.h"

namespace dyad::time {

struct ResolveContext {
  std::optional<Date> published;
  // The latest date mentioned before the expression that is at least as
  // precise as the expression (a day for "the day before", a year will do
  // for "two years later").
  std::optional<Date> reference;
  // A year stated earlier in the same sentence ("Easter 2016 fell in
  // March"), which a month or day without its year takes.
  std::optional<int> sentence_year;
  // The nearest day-precise date in the expression's sentence.
  std::optional<Date> sentence_day;
  Tense tense = Tense::kPresent;
};

// Returns the TIMEX3 value of `spec`. What the context cannot give is
// written with X ("XXXX-XX-XX"), never guessed.
std::string Resolve(const TimexSpec& spec, const ResolveContext& context);

// The day of a holiday in a year.
Date HolidayDate(Holiday holiday, int year);

// The day a DATE or TIME value names, when it names exactly one
// ("2017-05-02", "2017-05-02T12:30"), else none.
std::optional<Date> DayOfValue(std::string_view value);

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_RESOLVER_H_
