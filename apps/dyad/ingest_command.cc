#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <iostream>

#include "commands.h"
#include "dyad/ingest.h"

namespace dyad::cli {

IngestCommand::IngestCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "ingest",
      "Code documents and keep them in an event store: documents, sentences, "
      "actor mentions, events and their evidence, one transaction per batch. "
      "Ingesting the same input again stores nothing twice; a changed "
      "document replaces its old events; a killed ingest is finished by "
      "running it again. Rejected documents go to the store's rejects table "
      "(dyad rejects) and to --rejects");
  command_->add_option("--db", db_, "The store (SQLite file; created)")
      ->required();
  input_.format_flag = "--input-format";
  input_.Register(command_);
  command_->add_option("--mode", mode_, "accurate or fast, as for dyad code")
      ->check(CLI::IsMember({"accurate", "fast"}))
      ->capture_default_str();
  command_->add_option("--threads", threads_,
                       "Documents coded at once (default: every core)");
  command_
      ->add_option("--batch", batch_,
                   "Documents a transaction holds (default: 64)")
      ->check(CLI::PositiveNumber);
  command_->add_flag("--keep-all", keep_all_,
                     "Code sport, entertainment and business stories too");
  dict_.Register(command_);
}

namespace {

// Progress on a terminal: documents, rate, events, rejects and, when the
// inputs are files, the time left by bytes read.
class Progress {
 public:
  Progress(const std::vector<std::string>& inputs) : tty_(isatty(2)) {
    std::error_code ec;
    for (const std::string& in : inputs) {
      if (in == "-") {
        total_bytes_ = 0;
        break;
      }
      total_bytes_ += std::filesystem::file_size(in, ec);
    }
    start_ = std::chrono::steady_clock::now();
  }
  void Update(int64_t docs, int64_t bytes, int64_t events, int64_t rejects) {
    if (!tty_) return;
    double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
            .count();
    std::fprintf(stderr,
                 "\rdyad ingest: %lld documents, %.0f/s, %lld events, "
                 "%lld rejected",
                 static_cast<long long>(docs), s > 0 ? docs / s : 0.0,
                 static_cast<long long>(events),
                 static_cast<long long>(rejects));
    if (total_bytes_ > 0 && bytes > 0 && s > 0) {
      double left = s * (static_cast<double>(total_bytes_) / bytes - 1);
      std::fprintf(stderr, ", ETA %.0f s   ", std::max(0.0, left));
    }
    std::fflush(stderr);
  }
  void Done() {
    if (tty_) std::fprintf(stderr, "\n");
  }

 private:
  bool tty_;
  uintmax_t total_bytes_ = 0;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

int IngestCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad ingest: " << error << "\n";
    return kExitUsage;
  }
  StoreOptions store_options;
  auto store = OpenSqliteStore(db_, store_options);
  if (!store.ok()) {
    std::cerr << "dyad ingest: " << store.error().message << "\n";
    return kExitFailure;
  }
  PipelineOptions pipeline_options;
  pipeline_options.mode =
      mode_ == "fast" ? CodingMode::kFast : CodingMode::kAccurate;
  pipeline_options.extra_dirs = dict_.extra_dirs;
  pipeline_options.discard_stories = !keep_all_;
  auto pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    std::cerr << "dyad ingest: " << pipeline.error().message << "\n";
    return kExitFailure;
  }
  Progress progress(options.inputs);
  int64_t docs = 0, bytes = 0, events = 0, added = 0, replaced = 0,
          unchanged = 0, rejected = 0;
  bool failed = false;
  std::vector<Rejection> pending_rejects;
  options.on_rejection = [&](const Rejection& r) {
    pending_rejects.push_back(r);
    ++rejected;
  };

  // What one batch's write did.
  struct Written {
    int64_t documents = 0;
    Result<IngestSummary> summary = IngestSummary{};
    Status rejects;
  };
  std::future<Written> writing;
  auto collect = [&] {
    if (!writing.valid()) return;
    Written w = writing.get();
    if (!w.summary.ok()) {
      std::cerr << "dyad ingest: " << db_ << ": " << w.summary.error().message
                << "\n";
      failed = true;
      return;
    }
    if (!w.rejects.ok()) {
      std::cerr << "dyad ingest: " << db_ << ": " << w.rejects.error().message
                << "\n";
      failed = true;
    }
    docs += w.documents;
    events += w.summary->events;
    added += w.summary->added;
    replaced += w.summary->replaced;
    unchanged += w.summary->unchanged;
    progress.Update(docs, bytes, events, rejected);
  };

  // One transaction per batch: coded on every core (or --threads), then
  // stored.
  auto flush = [&](const std::vector<Document>& chunk) {
    if (failed) return;
    std::vector<Result<CodedDocument>> results =
        (*pipeline)->CodeAll(chunk, static_cast<unsigned>(std::max(0, threads_)));
    std::vector<StoredDocument> batch;
    for (size_t i = 0; i < chunk.size(); ++i) {
      if (!results[i].ok()) {
        std::cerr << "dyad ingest: " << chunk[i].id << ": "
                  << results[i].error().message << "\n";
        failed = true;
        continue;
      }
      bytes += static_cast<int64_t>(chunk[i].text.size());
      batch.push_back(
          ToStoredDocument(chunk[i], std::move(*results[i]), mode_));
    }
    // Stored while the next batch is coded; one write at a time.
    collect();
    writing = std::async(std::launch::async,
                         [&store, batch = std::move(batch),
                          rejects = std::move(pending_rejects)]() mutable {
                           Written w;
                           w.documents = static_cast<int64_t>(batch.size());
                           w.summary = (*store)->Ingest(batch);
                           if (!rejects.empty())
                             w.rejects = (*store)->AddRejects(rejects);
                           return w;
                         });
    pending_rejects.clear();
  };
  BatchSummary summary =
      RunInChunks(options, pipeline_options.segment.max_document_bytes,
                  static_cast<size_t>(batch_), flush);
  collect();
  progress.Done();
  std::cerr << "dyad ingest: " << db_ << ": " << docs << " documents (" << added
            << " new, " << replaced << " replaced, " << unchanged
            << " unchanged), " << events << " events stored, " << rejected
            << " rejected\n";
  if (failed) return kExitFailure;
  return ExitStatus(summary);
}

}  // namespace dyad::cli
