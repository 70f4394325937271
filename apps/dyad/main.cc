// dyad: political event data from news text. See `dyad --help`.
#include <iostream>

#include "commands.h"

namespace {

constexpr const char* kFooter = R"(Exit status:
  0  every document went through
  3  some documents were rejected; each is named on stderr and kept whole,
     with the reason, in the rejects file (--rejects, default
     dyad-rejects.jsonl, appended to)
  2  usage error
  1  anything else (an input that cannot be read, a failure to write))";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "dyad: who did what to whom, when, where, and according to "
      "whom, coded from news text."};
  app.name("dyad");
  app.footer(kFooter);
  app.set_version_flag("--version", DYAD_VERSION);
  app.require_subcommand(1);

  dyad::cli::SegmentCommand segment(&app);
  dyad::cli::TimeCommand time(&app);
  dyad::cli::EvalCommand eval(&app);
  dyad::cli::ActorsCommand actors(&app);
  dyad::cli::DictCommand dict(&app);
  dyad::cli::ParseCommand parse(&app);
  dyad::cli::CodeCommand code(&app);
  dyad::cli::IngestCommand ingest(&app);
  dyad::cli::QueryCommand query(&app);
  dyad::cli::StatsCommand stats(&app);
  dyad::cli::ExportCommand export_command(&app);
  dyad::cli::ShowCommand show(&app);
  dyad::cli::RejectsCommand rejects(&app);
  dyad::cli::ServeCommand serve(&app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return dyad::cli::kExitUsage;
  }
  dyad::cli::Command* const commands[] = {
      &segment, &time,  &eval,  &actors,         &dict, &parse,   &code,
      &ingest,  &query, &stats, &export_command, &show, &rejects, &serve};
  for (dyad::cli::Command* command : commands) {
    if (command->parsed()) return command->Run();
  }
  return dyad::cli::kExitUsage;
}
