// The subcommands of `dyad`. Each registers its options on the CLI11 app
// and runs when parsed, returning an exit status (see batch.h).
#ifndef DYAD_APPS_DYAD_COMMANDS_H_
#define DYAD_APPS_DYAD_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "batch.h"

namespace dyad::cli {

// The options every document-reading command shares: FILE..., --date, --id,
// --format, --rejects.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string date;
  std::string id;
  std::string format = "auto";
  std::string rejects = kDefaultRejects;

  void Register(CLI::App* command);
  // Fills `options` or returns a usage error message.
  std::string ToBatchOptions(BatchOptions* options) const;
};

class SegmentCommand {
 public:
  explicit SegmentCommand(CLI::App* app);
  bool parsed() const { return command_->parsed(); }
  int Run();

 private:
  CLI::App* command_;
  InputFlags input_;
  bool tokens_ = false;
  std::string emit_ = "sentences";
  size_t max_bytes_ = 0;
};

}  // namespace dyad::cli

#endif  // DYAD_APPS_DYAD_COMMANDS_H_
