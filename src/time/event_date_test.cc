#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "dyad/time.h"

namespace dyad {
namespace {

Timex Make(uint32_t begin, uint32_t end, TimexType type, const char* value,
           bool name = false) {
  Timex t;
  t.span = Span{begin, end};
  t.text = "t" + std::to_string(begin);
  t.type = type;
  t.value = value;
  t.name = name;
  return t;
}

struct Row {
  std::vector<Timex> timexes;
  Span clause;
  std::optional<Date> published;
  const char* date;  // nullptr: no date
  const char* basis;
};

TEST(TimeEventDateTest, TimeDateEvent) {
  const Date pub{2017, 5, 2};
  using T = TimexType;
  const std::vector<Row> rows = {
      // The expression inside the clause dates it.
      {{Make(10, 15, T::kDate, "2017-05-02")},
       {0, 20},
       pub,
       "2017-05-02",
       "t10"},
      {{Make(10, 15, T::kDate, "2017-04")}, {0, 20}, pub, "2017-04", "t10"},
      {{Make(10, 15, T::kDate, "2016")}, {0, 20}, pub, "2016", "t10"},
      {{Make(10, 15, T::kTime, "2017-05-02T12:30-04:00")},
       {0, 20},
       pub,
       "2017-05-02",
       "t10"},
      {{Make(10, 15, T::kTime, "2017-05-01TNI")},
       {0, 20},
       pub,
       "2017-05-01",
       "t10"},
      // A week inside one month: the month; across two: the year.
      {{Make(10, 15, T::kDate, "2017-W18")}, {0, 20}, pub, "2017-05", "t10"},
      {{Make(10, 15, T::kDate, "2017-W17")}, {0, 20}, pub, "2017-04", "t10"},
      {{Make(10, 15, T::kDate, "2017-W22")}, {0, 20}, pub, "2017", "t10"},
      {{Make(10, 15, T::kDate, "2017-W17-WE")}, {0, 20}, pub, "2017-04", "t10"},
      {{Make(10, 15, T::kDate, "2004-W53")}, {0, 20}, pub, nullptr, ""},
      {{Make(10, 15, T::kDate, "2016-SU")}, {0, 20}, pub, "2016", "t10"},
      {{Make(10, 15, T::kDate, "2016-Q3")}, {0, 20}, pub, "2016", "t10"},
      {{Make(10, 15, T::kDate, "2016-H1")}, {0, 20}, pub, "2016", "t10"},
      // Of two, the one inside the clause, else the nearest.
      {{Make(0, 5, T::kDate, "2017-01-28"), Make(30, 35, T::kDate, "2017-03")},
       {25, 40},
       pub,
       "2017-03",
       "t30"},
      {{Make(0, 5, T::kDate, "2017-01-28"), Make(50, 55, T::kDate, "2017-03")},
       {10, 20},
       pub,
       "2017-01-28",
       "t0"},
      {{Make(0, 5, T::kDate, "2017-01-28"), Make(22, 25, T::kDate, "2017-03")},
       {10, 20},
       pub,
       "2017-03",
       "t22"},
      // Names, durations, sets and vague references never date.
      {{Make(10, 15, T::kDate, "2016", true)},
       {0, 20},
       pub,
       "2017-05-02",
       "published"},
      {{Make(10, 15, T::kDuration, "P3Y")},
       {0, 20},
       pub,
       "2017-05-02",
       "published"},
      {{Make(10, 15, T::kSet, "XXXX-WXX-1")},
       {0, 20},
       pub,
       "2017-05-02",
       "published"},
      {{Make(10, 15, T::kDate, "PAST_REF")},
       {0, 20},
       pub,
       "2017-05-02",
       "published"},
      {{Make(10, 15, T::kDate, "FUTURE_REF")},
       {0, 20},
       pub,
       "2017-05-02",
       "published"},
      {{Make(10, 15, T::kDate, "PRESENT_REF")},
       {0, 20},
       pub,
       "2017-05-02",
       "t10"},
      {{Make(10, 15, T::kDate, "PRESENT_REF")},
       {0, 20},
       std::nullopt,
       nullptr,
       ""},
      {{Make(0, 4, T::kDate, "2016", true), Make(10, 15, T::kDate, "2017-03")},
       {0, 8},
       pub,
       "2017-03",
       "t10"},
      // Without an attached expression: the publication date, else none.
      {{}, {0, 20}, pub, "2017-05-02", "published"},
      {{}, {0, 20}, std::nullopt, nullptr, ""},
      // An attached expression without a known year: unknown, not a guess.
      {{Make(10, 15, T::kDate, "XXXX-01-28")}, {0, 20}, pub, nullptr, ""},
      {{Make(10, 15, T::kDate, "XXXX-XX-XX")},
       {0, 20},
       std::nullopt,
       nullptr,
       ""},
      {{Make(10, 15, T::kDate, "199")}, {0, 20}, pub, nullptr, ""},
      {{Make(10, 15, T::kDate, "2016-01-28")},
       {0, 20},
       std::nullopt,
       "2016-01-28",
       "t10"},
  };
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    std::optional<EventDate> got = DateEvent(r.timexes, r.clause, r.published);
    if (r.date == nullptr) {
      EXPECT_FALSE(got.has_value()) << "row " << i << ": " << got->date;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << "row " << i;
    EXPECT_EQ(got->date, r.date) << "row " << i;
    EXPECT_EQ(got->basis, r.basis) << "row " << i;
    EXPECT_EQ(got->timex.has_value(), std::string(r.basis) != "published")
        << "row " << i;
  }
}

}  // namespace
}  // namespace dyad
