#include <iostream>

#include "commands.h"

namespace dyad::cli {

void StoreFlags::Register(CLI::App* command, bool with_filters,
                          bool with_limit) {
  command->add_option("--db", db, "The dyad store (a SQLite file)")->required();
  if (!with_filters) return;
  EventFilter& f = filter;
  command->add_option("--actor", f.actor,
                      "Source or target code, or its prefix (RUS matches "
                      "RUSGOV, RUSMIL)");
  command->add_option("--source", f.source, "Source code or prefix");
  command->add_option("--target", f.target, "Target code or prefix");
  command->add_option("--dyad", f.dyad,
                      "Two codes or prefixes, USA-RUS: events between them, "
                      "either direction unless --directed");
  command->add_flag("--directed", f.directed,
                    "With --dyad: only from the first to the second");
  command->add_option("--cameo", f.cameo,
                      "CAMEO code and the codes under it (041, 04)");
  command->add_option("--root", f.root, "Two-digit CAMEO root (04)");
  command->add_option("--quad", f.quad_class,
                      "Quad class: 1 verbal cooperation, 2 material "
                      "cooperation, 3 verbal conflict, 4 material conflict");
  command->add_option("--from", f.from,
                      "First date (YYYY, YYYY-MM or YYYY-MM-DD); an event "
                      "dated as a month or year matches when it overlaps");
  command->add_option("--to", f.to, "Last date, inclusive");
  command->add_option("--text", f.text,
                      "Full-text search (SQLite FTS5) of the sentences "
                      "that report the event: sarin, \"sarin attack\", "
                      "sarin OR chlorine");
  if (with_limit) {
    command->add_option("--limit", f.limit, "At most this many events");
  }
}

std::unique_ptr<Store> StoreFlags::Open(const char* name) const {
  StoreOptions options;
  options.read_only = true;
  auto store = OpenSqliteStore(db, options);
  if (!store.ok()) {
    std::cerr << "dyad " << name << ": " << store.error().message << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

int StoreFailure(const char* name, const Error& error) {
  std::cerr << "dyad " << name << ": " << error.message << "\n";
  return error.code == ErrorCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

}  // namespace dyad::cli
