// Stats: stored events counted per day, ISO week, month or year. Kept apart
// from the SQL so that every back-end counts the same way.
#ifndef DYAD_SRC_STORE_STATS_H_
#define DYAD_SRC_STORE_STATS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/store.h"

namespace dyad::store {

// The period an event date falls in ("2017-05-02" by week: "2017-W18"), or
// nothing when the date is less precise than the period or not a date.
std::optional<std::string> PeriodOf(std::string_view date, StatsPeriod period);

// Adds events one at a time and gives the rows in period order.
class StatsCounter {
 public:
  explicit StatsCounter(StatsPeriod period) : period_(period) {}
  void Add(std::string_view date, int quad_class, double goldstein,
           int64_t num_mentions);
  StatsResult Finish() const;

 private:
  StatsPeriod period_;
  std::map<std::string, StatsRow> rows_;
  int64_t imprecise_ = 0;
};

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_STATS_H_
