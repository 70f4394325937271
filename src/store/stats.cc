#include "src/store/stats.h"

#include "src/time/calendar.h"

namespace dyad {

Result<StatsPeriod> ParseStatsPeriod(std::string_view name) {
  if (name == "day") return StatsPeriod::kDay;
  if (name == "week") return StatsPeriod::kWeek;
  if (name == "month") return StatsPeriod::kMonth;
  if (name == "year") return StatsPeriod::kYear;
  return Error{
      ErrorCode::kInvalidArgument,
      "not a period (day, week, month, year): \"" + std::string(name) + "\""};
}

namespace store {

std::optional<std::string> PeriodOf(std::string_view date, StatsPeriod period) {
  switch (period) {
    case StatsPeriod::kYear:
      if (date.size() < 4) return std::nullopt;
      return std::string(date.substr(0, 4));
    case StatsPeriod::kMonth:
      if (date.size() < 7) return std::nullopt;
      return std::string(date.substr(0, 7));
    case StatsPeriod::kDay:
      if (date.size() < 10) return std::nullopt;
      return std::string(date.substr(0, 10));
    case StatsPeriod::kWeek: {
      if (date.size() < 10) return std::nullopt;
      auto day = ParseIsoDate(date.substr(0, 10));
      if (!day.ok()) return std::nullopt;
      time::IsoWeek week = time::IsoWeekOf(*day);
      return std::to_string(week.year) + "-W" + time::Pad(week.week, 2);
    }
  }
  return std::nullopt;
}

void StatsCounter::Add(std::string_view date, int quad_class, double goldstein,
                       int64_t num_mentions) {
  std::optional<std::string> period = PeriodOf(date, period_);
  if (!period) {
    ++imprecise_;
    return;
  }
  StatsRow& row = rows_[*period];
  row.period = *period;
  ++row.events;
  row.mentions += num_mentions;
  row.goldstein_sum += goldstein;
  if (quad_class >= 1 && quad_class <= 4) ++row.quad[quad_class - 1];
}

StatsResult StatsCounter::Finish() const {
  StatsResult result;
  result.imprecise = imprecise_;
  for (const auto& [period, row] : rows_) {
    StatsRow out = row;
    out.goldstein_mean =
        out.events > 0 ? out.goldstein_sum / static_cast<double>(out.events)
                       : 0.0;
    result.rows.push_back(out);
  }
  return result;
}

}  // namespace store
}  // namespace dyad
