#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/export.h"
#include "table.h"

namespace dyad::cli {

StatsCommand::StatsCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "stats",
      "Count the stored events that match the filters per day, ISO week, "
      "month or year: events, mentions, Goldstein sum and mean, events of "
      "each quad class");
  store_.Register(command_, /*with_filters=*/true, /*with_limit=*/false);
  command_->add_option("--by", by_, "day, week, month or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}))
      ->capture_default_str();
  auto* json = command_->add_flag("--json", json_, "One JSON object a period");
  command_->add_flag("--csv", csv_, "CSV with a header row")->excludes(json);
}

namespace {

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.*f", digits, v);
  return buf;
}

}  // namespace

int StatsCommand::Run() {
  auto period = ParseStatsPeriod(by_);
  if (!period.ok()) return StoreFailure("stats", period.error());
  if (Status s = ValidateFilter(store_.filter); !s.ok()) {
    return StoreFailure("stats", s.error());
  }
  std::unique_ptr<Store> store = store_.Open("stats");
  if (!store) return kExitFailure;
  auto stats = store->Stats(store_.filter, *period);
  if (!stats.ok()) return StoreFailure("stats", stats.error());
  Table table({"PERIOD", ">EVENTS", ">MENTIONS", ">GOLDSTEIN_SUM",
               ">GOLDSTEIN_MEAN", ">Q1", ">Q2", ">Q3", ">Q4"},
              {});
  if (csv_) {
    std::cout << "period,events,mentions,goldstein_sum,goldstein_mean,quad1,"
                 "quad2,quad3,quad4\n";
  }
  for (const StatsRow& r : stats->rows) {
    if (json_) {
      std::cout << StatsRowToJson(r).dump() << '\n';
    } else {
      std::vector<std::string> cells = {r.period,
                                        std::to_string(r.events),
                                        std::to_string(r.mentions),
                                        Fixed(r.goldstein_sum, 1),
                                        Fixed(r.goldstein_mean, 2),
                                        std::to_string(r.quad[0]),
                                        std::to_string(r.quad[1]),
                                        std::to_string(r.quad[2]),
                                        std::to_string(r.quad[3])};
      if (csv_) {
        for (size_t i = 0; i < cells.size(); ++i) {
          std::cout << (i > 0 ? "," : "") << cells[i];
        }
        std::cout << '\n';
      } else {
        table.Add(std::move(cells));
      }
    }
  }
  if (!json_ && !csv_) table.Print(std::cout);
  std::cout.flush();
  std::cerr << "dyad stats: " << stats->rows.size() << " periods";
  if (stats->imprecise > 0) {
    std::cerr << "; " << stats->imprecise
              << " matching events left out, dated less precisely than a "
              << by_ << " or not at all";
  }
  std::cerr << "\n";
  return kExitOk;
}

}  // namespace dyad::cli
