#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/export.h"
#include "table.h"

namespace dyad::cli {

QueryCommand::QueryCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "query",
      "Print the stored events that match the filters, by date: a table "
      "(default), JSON Lines (--json) or CSV (--csv)");
  store_.Register(command_, /*with_filters=*/true, /*with_limit=*/true);
  auto* json = command_->add_flag("--json", json_,
                                  "One JSON object an event (JSON Lines)");
  command_->add_flag("--csv", csv_, "CSV with a header row")->excludes(json);
}

int QueryCommand::Run() {
  if (Status s = ValidateFilter(store_.filter); !s.ok()) {
    return StoreFailure("query", s.error());
  }
  std::unique_ptr<Store> store = store_.Open("query");
  if (!store) return kExitFailure;
  Table table({">ID", "DATE", "SOURCE", "TARGET", "CAMEO", "EVENT",
               ">GOLDSTEIN", ">MENTIONS", ">ARTICLES", ">SOURCES", "FIRST"},
              {0, 0, 0, 0, 0, 36, 0, 0, 0, 0, 30});
  if (csv_) std::cout << EventRowCsvHeader() << '\n';
  int64_t n = 0;
  Status status =
      store->ForEachEvent(store_.filter, [&](const EventRow& row) -> Status {
        ++n;
        if (json_) {
          std::cout << EventRowToJson(row).dump(
                           -1, ' ', false,
                           nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        } else if (csv_) {
          std::cout << EventRowToCsv(row) << '\n';
        } else {
          char goldstein[16];
          std::snprintf(goldstein, sizeof(goldstein), "%.1f", row.goldstein);
          table.Add({std::to_string(row.id), row.date, row.source.code,
                     row.target ? row.target->code : "-", row.cameo,
                     row.cameo_name, goldstein,
                     std::to_string(row.num_mentions),
                     std::to_string(row.num_articles),
                     std::to_string(row.num_sources), row.doc_id});
        }
        return Status();
      });
  if (!status.ok()) return StoreFailure("query", status.error());
  if (!json_ && !csv_) table.Print(std::cout);
  std::cout.flush();
  std::cerr << "dyad query: " << n << " events\n";
  return kExitOk;
}

}  // namespace dyad::cli
