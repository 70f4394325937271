// The subcommands of `dyad`. Each registers its options on the CLI11 app
// and runs when parsed, returning an exit status (see batch.h).
#ifndef DYAD_APPS_DYAD_COMMANDS_H_
#define DYAD_APPS_DYAD_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "batch.h"
#include "dyad/lexicon.h"

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

// `dyad serve`: the HTTP API (apps/server/server.h) until SIGINT or SIGTERM.
class ServeCommand : public Command {
 public:
  explicit ServeCommand(CLI::App* app);
  int Run() override;

 private:
  DictFlags dict_;
  std::string addr_ = "127.0.0.1:8080";
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
