// The subcommands of `dyad`. Each registers its options on the CLI11 app
// and runs when parsed, returning an exit status (see batch.h).
#ifndef DYAD_APPS_DYAD_COMMANDS_H_
#define DYAD_APPS_DYAD_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "batch.h"
#include "dyad/lexicon.h"
#include "dyad/store.h"

namespace dyad::cli {

// A subcommand: registers its options on construction, runs when parsed.
class Command {
 public:
  virtual ~Command() = default;
  bool parsed() const { return command_->parsed(); }
  // Returns the exit status (see batch.h).
  virtual int Run() = 0;

 protected:
  CLI::App* command_ = nullptr;
};

// The options every document-reading command shares: FILE..., --date, --id,
// --format, --rejects.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string date;
  std::string id;
  std::string format = "auto";
  std::string rejects = kDefaultRejects;
  // The name of the input-format option: "--format", or "--input-format"
  // for commands whose --format names the output.
  std::string format_flag = "--format";

  void Register(CLI::App* command);
  // Fills `options` or returns a usage error message.
  std::string ToBatchOptions(BatchOptions* options) const;
};

// The options of commands that load actor dictionaries.
struct DictFlags {
  std::vector<std::string> extra_dirs;
  bool no_own = false;

  void Register(CLI::App* command);
  Result<std::unique_ptr<Lexicon>> Load(const std::string& data_dir = {}) const;
};

class ActorsCommand : public Command {
 public:
  explicit ActorsCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  DictFlags dict_;
};

class DictCommand : public Command {
 public:
  explicit DictCommand(CLI::App* app);
  int Run() override;

 private:
  CLI::App* check_;
  std::string dir_;
  DictFlags dict_;
};

class SegmentCommand : public Command {
 public:
  explicit SegmentCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  bool tokens_ = false;
  std::string emit_ = "sentences";
  size_t max_bytes_ = 0;
};

class TimeCommand : public Command {
 public:
  explicit TimeCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  bool day_first_ = false;
};

// `dyad eval SUBJECT ...`: measures dyad against gold annotations, one
// subcommand a kind of gold (now `timeml`).
class EvalCommand : public Command {
 public:
  explicit EvalCommand(CLI::App* app);
  int Run() override;

 private:
  int RunTimeml();
  int RunEvents();  // eval_events.cc

  CLI::App* timeml_;
  std::vector<std::string> gold_paths_;
  std::string mode_ = "accurate";
  std::string floor_;
  bool include_negated_ = false;
  int threads_ = 0;
  std::vector<std::string> timeml_paths_;
  bool json_ = false;
  bool differences_ = false;
};

// `dyad parse`: the clauses of each sentence, from the fast (shallow) or the
// accurate (Link Grammar) syntax back-end.
class ParseCommand : public Command {
 public:
  explicit ParseCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  DictFlags dict_;
  std::string mode_ = "accurate";
};

// `dyad code`: events, one a line, as JSON, CSV, TSV or GDELT columns.
class CodeCommand : public Command {
 public:
  explicit CodeCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  DictFlags dict_;
  std::string mode_ = "accurate";
  std::string output_ = "jsonl";
  bool include_negated_ = false;
  bool keep_all_ = false;
  int threads_ = 0;
};

// `dyad ingest`: codes documents and keeps them in an event store.
class IngestCommand : public Command {
 public:
  explicit IngestCommand(CLI::App* app);
  int Run() override;

 private:
  InputFlags input_;
  DictFlags dict_;
  std::string db_;
  std::string mode_ = "accurate";
  int threads_ = 0;
  int batch_ = 64;
  bool keep_all_ = false;
};

// The options of the commands that read a store: --db and the event
// filters (--actor, --source, --target, --dyad, --directed, --cameo, --root,
// --quad, --from, --to, --text and, when asked for, --limit).
struct StoreFlags {
  std::string db;
  EventFilter filter;

  void Register(CLI::App* command, bool with_filters, bool with_limit);
  // Opens the store read-only. On failure prints "dyad NAME: reason" and
  // returns nothing.
  std::unique_ptr<Store> Open(const char* name) const;
};

// Prints a store error as "dyad NAME: message" and returns the exit status:
// usage (2) for a bad filter value, failure (1) otherwise.
int StoreFailure(const char* name, const Error& error);

// `dyad query`: the stored events that match, as a table, JSON Lines or CSV.
class QueryCommand : public Command {
 public:
  explicit QueryCommand(CLI::App* app);
  int Run() override;

 private:
  StoreFlags store_;
  bool json_ = false;
  bool csv_ = false;
};

// `dyad stats`: counts, Goldstein sums and means, quad classes per period.
class StatsCommand : public Command {
 public:
  explicit StatsCommand(CLI::App* app);
  int Run() override;

 private:
  StoreFlags store_;
  std::string by_ = "month";
  bool json_ = false;
  bool csv_ = false;
};

// `dyad export`: the whole store or a filtered part as JSON Lines (the
// Event contract), CSV, GDELT 2.0 rows or PLOVER records.
class ExportCommand : public Command {
 public:
  explicit ExportCommand(CLI::App* app);
  int Run() override;

 private:
  StoreFlags store_;
  std::string format_ = "jsonl";
};

// `dyad show`: one stored event with every report, its sentences and the
// matched patterns.
class ShowCommand : public Command {
 public:
  explicit ShowCommand(CLI::App* app);
  int Run() override;

 private:
  StoreFlags store_;
  int64_t event_id_ = 0;
  bool json_ = false;
};

// `dyad rejects`: the documents a store's ingests rejected, with the reason.
class RejectsCommand : public Command {
 public:
  explicit RejectsCommand(CLI::App* app);
  int Run() override;

 private:
  StoreFlags store_;
  bool json_ = false;
};

// `dyad serve`: the HTTP API (apps/server/server.h) until SIGINT or SIGTERM.
class ServeCommand : public Command {
 public:
  explicit ServeCommand(CLI::App* app);
  int Run() override;

 private:
  DictFlags dict_;
  std::string addr_ = "127.0.0.1:8080";
  std::string db_;
  std::string token_file_;
  int workers_ = 0;
  int queue_ = 32;
  int threads_ = 0;
  size_t max_body_bytes_ = size_t{10} << 20;
  int read_timeout_ = 10;
  int write_timeout_ = 10;
  bool load_accurate_ = false;
  bool include_negated_ = false;
  bool keep_all_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_APPS_DYAD_COMMANDS_H_
