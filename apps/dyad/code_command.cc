#include <ctime>
#include <iostream>
#include <thread>

#include "commands.h"
#include "dyad/event_table.h"
#include "dyad/pipeline.h"

namespace dyad::cli {

CodeCommand::CodeCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "code",
      "Code events: who did what to whom, when. One event a line: JSON (the "
      "Event contract of DESIGN.md), CSV or TSV (dyad's flat columns, with a "
      "header) or GDELT 2.0 event-table columns (tab-separated, no header). "
      "Events the text says did not happen are left out unless "
      "--include-negated. Documents whose words mark them as sport, "
      "entertainment or business stories code nothing unless --keep-all");
  input_.format_flag = "--input-format";
  input_.Register(command_);
  command_
      ->add_option("--mode", mode_,
                   "accurate (Link Grammar on candidate sentences) or fast "
                   "(dyad's shallow analysis)")
      ->check(CLI::IsMember({"accurate", "fast"}))
      ->capture_default_str();
  command_->add_option("--format", output_, "Output: jsonl, csv, tsv or gdelt")
      ->check(CLI::IsMember({"jsonl", "csv", "tsv", "gdelt"}))
      ->capture_default_str();
  command_->add_flag("--include-negated", include_negated_,
                     "Also print events the text says did not happen, with "
                     "\"negated\": true");
  command_->add_flag("--keep-all", keep_all_,
                     "Code sport, entertainment and business stories too");
  command_->add_option("--threads", threads_,
                       "Documents coded at once (default: every core); the "
                       "output keeps the input order");
  dict_.Register(command_);
}

namespace {

std::string NowStamp() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y%m%d%H%M%S", &utc);
  return buffer;
}

}  // namespace

int CodeCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad code: " << error << "\n";
    return kExitUsage;
  }
  if (dict_.no_own) {
    std::cerr << "dyad code: --no-own-dict is not supported: the coder needs "
                 "dyad's own verb patterns and tables\n";
    return kExitUsage;
  }
  PipelineOptions pipeline_options;
  pipeline_options.mode =
      mode_ == "fast" ? CodingMode::kFast : CodingMode::kAccurate;
  pipeline_options.extra_dirs = dict_.extra_dirs;
  pipeline_options.include_negated = include_negated_;
  pipeline_options.discard_stories = !keep_all_;
  auto pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    std::cerr << "dyad code: " << pipeline.error().message << "\n";
    return kExitFailure;
  }
  unsigned threads = threads_ > 0
                         ? static_cast<unsigned>(threads_)
                         : std::max(1u, std::thread::hardware_concurrency());
  const std::string date_added = NowStamp();
  if (output_ == "csv") std::cout << CsvLine(EventTableColumns()) << '\n';
  if (output_ == "tsv") std::cout << TsvLine(EventTableColumns()) << '\n';

  int64_t sentences = 0, events = 0, discarded = 0, failed = 0;
  auto print = [&](const Document& doc, const CodedDocument& coded) {
    sentences += static_cast<int64_t>(coded.segmented.sentences.size());
    if (!coded.discarded.empty()) ++discarded;
    for (const Event& e : coded.events) {
      ++events;
      if (output_ == "jsonl") {
        std::cout << EventJsonText(e) << '\n';
      } else if (output_ == "csv") {
        std::cout << CsvLine(EventTableRow(e)) << '\n';
      } else if (output_ == "tsv") {
        std::cout << TsvLine(EventTableRow(e)) << '\n';
      } else {
        GdeltCounts counts;
        counts.num_mentions = static_cast<int64_t>(e.mentions.size());
        std::cout << TsvLine(GdeltRow(e, counts, date_added, doc.url)) << '\n';
      }
    }
  };

  // Documents are coded a chunk at a time on `threads` threads and printed
  // in input order.
  auto flush = [&](const std::vector<Document>& chunk) {
    std::vector<Result<CodedDocument>> results =
        (*pipeline)->CodeAll(chunk, threads);
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (results[i].ok()) {
        print(chunk[i], *results[i]);
      } else {
        ++failed;
        std::cerr << "dyad code: " << chunk[i].id << ": "
                  << results[i].error().message << "\n";
      }
    }
  };
  BatchSummary summary = RunInChunks(
      options, pipeline_options.segment.max_document_bytes, 8 * threads, flush);
  std::cout.flush();
  std::cerr << "dyad code: " << summary.documents << " documents, " << sentences
            << " sentences, " << events << " events, " << discarded
            << " discarded as "
            << "sport/entertainment/business, " << summary.rejected
            << " rejected\n";
  if (failed > 0) return kExitFailure;
  return ExitStatus(summary);
}

}  // namespace dyad::cli
