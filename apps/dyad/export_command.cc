#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/export.h"

namespace dyad::cli {

ExportCommand::ExportCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "export",
      "Write the whole store, or the events that match the filters, to "
      "standard output: jsonl (each document event in the Event contract, "
      "with its stored event's id and counts), csv (one row a stored "
      "event), gdelt (GDELT 2.0 event rows, tab-separated), plover (PLOVER "
      "JSON records)");
  store_.Register(command_, /*with_filters=*/true, /*with_limit=*/true);
  command_->add_option("--format", format_, "jsonl, csv, gdelt or plover")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt", "plover"}))
      ->capture_default_str();
}

int ExportCommand::Run() {
  if (Status s = ValidateFilter(store_.filter); !s.ok()) {
    return StoreFailure("export", s.error());
  }
  std::unique_ptr<Store> store = store_.Open("export");
  if (!store) return kExitFailure;
  const auto replace = nlohmann::json::error_handler_t::replace;
  int64_t written = 0, skipped = 0;
  Status status;
  if (format_ == "jsonl") {
    status = store->ForEachDocumentEvent(
        store_.filter, [&](const Event& event, const EventRow& row) {
          nlohmann::json j = EventToJson(event);
          j["stored_event"] = {{"id", row.id},
                               {"num_mentions", row.num_mentions},
                               {"num_articles", row.num_articles},
                               {"num_sources", row.num_sources}};
          std::cout << j.dump(-1, ' ', false, replace) << '\n';
          ++written;
          return Status();
        });
  } else {
    if (format_ == "csv") std::cout << EventRowCsvHeader() << '\n';
    status = store->ForEachEvent(store_.filter, [&](const EventRow& row) {
      if (format_ == "csv") {
        std::cout << EventRowToCsv(row) << '\n';
      } else if (format_ == "gdelt") {
        std::cout << EventRowToGdelt(row) << '\n';
      } else if (auto plover = EventRowToPlover(row)) {
        std::cout << plover->dump(-1, ' ', false, replace) << '\n';
      } else {
        ++skipped;
        return Status();
      }
      ++written;
      return Status();
    });
  }
  if (!status.ok()) return StoreFailure("export", status.error());
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "dyad export: cannot write to standard output\n";
    return kExitFailure;
  }
  std::cerr << "dyad export: " << written << " records";
  if (skipped > 0) {
    std::cerr << "; " << skipped
              << " events left out, of CAMEO roots 01 and 02, which PLOVER "
                 "does not code";
  }
  std::cerr << "\n";
  return kExitOk;
}

}  // namespace dyad::cli
