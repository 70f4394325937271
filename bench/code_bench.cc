// End-to-end coding on a JSON Lines corpus: `Pipeline::Code` over every
// document (cleaning, segmentation, actors, time, syntax, patterns,
// merging), fast and accurate modes, one thread and every core; documents,
// sentences and MB per second, events, and peak memory.
//
//   code_bench CORPUS.jsonl [max_documents] [modes: fast,accurate]
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_support.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"

namespace {

struct Run {
  double seconds = 0;
  size_t sentences = 0;
  size_t analysed = 0;
  size_t parsed = 0;
  size_t events = 0;
  size_t discarded = 0;
};

Run CodeAll(const dyad::Pipeline& pipeline,
            const std::vector<dyad::Document>& docs, unsigned threads) {
  std::atomic<size_t> next{0}, sentences{0}, events{0}, discarded{0};
  std::atomic<size_t> analysed{0}, parsed{0};
  auto work = [&] {
    for (size_t i; (i = next++) < docs.size();) {
      auto coded = pipeline.Code(docs[i]);
      if (!coded.ok()) continue;
      sentences += coded->segmented.sentences.size();
      events += coded->events.size();
      analysed += coded->analysed;
      parsed += coded->parsed_by_link;
      if (!coded->discarded.empty()) ++discarded;
    }
  };
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
  Run r;
  r.seconds = dyad::bench::SecondsSince(start);
  r.sentences = sentences;
  r.analysed = analysed;
  r.parsed = parsed;
  r.events = events;
  r.discarded = discarded;
  return r;
}

// Codes every document on one thread and stores them, 64 to a
// transaction, in a fresh SQLite store, each batch written while the next
// is coded: what `dyad ingest --threads 1` does.
double CodeAndStore(const dyad::Pipeline& pipeline,
                    const std::vector<dyad::Document>& docs) {
  char path[] = "/tmp/code_bench.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return -1;
  close(fd);
  std::remove(path);
  auto store = dyad::OpenSqliteStore(path, dyad::StoreOptions{});
  if (!store.ok()) {
    std::cerr << "code_bench: " << store.error().message << "\n";
    return -1;
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<dyad::StoredDocument> batch;
  // As `dyad ingest` does: a batch is stored while the next is coded.
  std::future<void> writing;
  auto flush = [&] {
    if (writing.valid()) writing.get();
    writing = std::async(
        std::launch::async, [&store, b = std::move(batch)]() mutable {
          auto done = (*store)->Ingest(b);
          if (!done.ok()) {
            std::cerr << "code_bench: " << done.error().message << "\n";
          }
        });
    batch.clear();
  };
  for (const dyad::Document& doc : docs) {
    auto coded = pipeline.Code(doc);
    if (!coded.ok()) continue;
    batch.push_back(dyad::ToStoredDocument(doc, std::move(*coded), ""));
    if (batch.size() == 64) flush();
  }
  flush();
  writing.get();
  const double seconds = dyad::bench::SecondsSince(start);
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove((std::string(path) + suffix).c_str());
  }
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: code_bench CORPUS.jsonl [max_documents] "
                 "[fast,accurate]\n";
    return 2;
  }
  auto docs = dyad::bench::LoadCorpus(argv[1]);
  if (argc > 2 && std::atoi(argv[2]) > 0) {
    docs.resize(std::min<size_t>(docs.size(), std::atoi(argv[2])));
  }
  const std::string modes = argc > 3 ? argv[3] : "fast,accurate";
  const double mb = dyad::bench::TotalBytes(docs) / 1e6;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf(
      "code_bench: dyad code end to end (Pipeline::Code), "
      "documents in memory, output not written\n");
  std::printf("machine: %s\n", dyad::bench::MachineDescription().c_str());
  std::printf("corpus: %s, %zu documents, %.2f MB\n", argv[1], docs.size(), mb);
  for (const char* mode : {"fast", "accurate"}) {
    if (modes.find(mode) == std::string::npos) continue;
    dyad::PipelineOptions options;
    options.mode = std::string(mode) == "fast" ? dyad::CodingMode::kFast
                                               : dyad::CodingMode::kAccurate;
    auto start = std::chrono::steady_clock::now();
    auto pipeline = dyad::Pipeline::Create(options);
    if (!pipeline.ok()) {
      std::cerr << "code_bench: " << pipeline.error().message << "\n";
      return 1;
    }
    std::printf("%s mode: dictionaries and parser loaded in %.2f s\n", mode,
                dyad::bench::SecondsSince(start));
    double one_thread_rate = 0;
    for (unsigned threads : {1u, cores}) {
      if (threads == cores && cores == 1) break;
      Run r = CodeAll(**pipeline, docs, threads);
      const double rate = docs.size() / r.seconds;
      if (threads == 1) one_thread_rate = rate;
      std::printf(
          "  %u thread%s: %.1f documents/s, %.0f sentences/s, %.3f MB/s "
          "(%.1f s); %zu events, %zu documents discarded",
          threads, threads == 1 ? "" : "s", rate, r.sentences / r.seconds,
          mb / r.seconds, r.seconds, r.events, r.discarded);
      if (threads > 1 && one_thread_rate > 0) {
        std::printf("; %.2fx one thread", rate / one_thread_rate);
      }
      std::printf("\n");
      if (threads == 1) {
        const double stored = CodeAndStore(**pipeline, docs);
        if (stored > 0) {
          std::printf(
              "    code and ingest into SQLite (dyad ingest): %.1f documents/s "
              "= %.2fx coding alone; target at least 0.90x\n",
              docs.size() / stored, r.seconds / stored);
        }
        std::printf(
            "    %zu sentences analysed (%.1f%%), %zu parsed by Link Grammar "
            "(%.1f%% of all sentences)\n",
            r.analysed, 100.0 * r.analysed / std::max<size_t>(1, r.sentences),
            r.parsed, 100.0 * r.parsed / std::max<size_t>(1, r.sentences));
        if (options.mode == dyad::CodingMode::kAccurate) {
          std::printf(
              "    accurate mode vs the link-parser baseline (~30 "
              "sentences/s, bench/syntax_bench): %.0fx; target 10x\n",
              r.sentences / r.seconds / 30.0);
        } else {
          // The 50,000/s target is the fast syntax back-end's alone
          // (bench/syntax_bench); this is the whole coding.
          std::printf(
              "    fast mode end to end: %.0f sentences/s (the 50,000/s "
              "target is the fast syntax back-end's: bench/syntax_bench)\n",
              r.sentences / r.seconds);
        }
      }
    }
  }
  const double peak = dyad::bench::PeakRssMb();
  std::printf(
      "peak memory: %.0f MB (the larger pipeline, with the corpus "
      "in memory); target under 300 MB: %s\n",
      peak, peak < 300 ? "met" : "NOT met");
  return 0;
}
