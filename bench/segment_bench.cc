// Segmentation throughput on a JSON Lines corpus: clean, sentences and
// tokens, on one thread and on all cores.
//
//   segment_bench CORPUS.jsonl [passes]
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include "bench/bench_support.h"
#include "dyad/text.h"

namespace {

using dyad::Document;
using dyad::Segmenter;

struct Run {
  double seconds = 0;
  size_t sentences = 0;
  size_t tokens = 0;
};

// Segments every document once, on `threads` threads taking documents in
// turn; returns the wall time.
Run SegmentAll(const Segmenter& segmenter, const std::vector<Document>& docs,
               unsigned threads) {
  std::atomic<size_t> next{0}, sentences{0}, tokens{0};
  auto start = std::chrono::steady_clock::now();
  auto work = [&] {
    size_t my_sentences = 0, my_tokens = 0;
    for (size_t i = next++; i < docs.size(); i = next++) {
      auto result = segmenter.Segment(docs[i]);
      if (!result.ok()) continue;
      my_sentences += result->sentences.size();
      for (const auto& s : result->sentences) my_tokens += s.tokens.size();
    }
    sentences += my_sentences;
    tokens += my_tokens;
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return Run{dyad::bench::SecondsSince(start), sentences, tokens};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: segment_bench CORPUS.jsonl [passes]\n";
    return 2;
  }
  int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  auto docs = dyad::bench::LoadCorpus(argv[1]);
  const double mb = static_cast<double>(dyad::bench::TotalBytes(docs)) / 1e6;
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) {
    std::cerr << segmenter.error().message << "\n";
    return 1;
  }
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());

  std::printf("segment_bench: clean + sentences + tokens\n");
  std::printf("machine: %s\n", dyad::bench::MachineDescription().c_str());
  std::printf("corpus: %s, %zu documents, %.2f MB of text\n", argv[1],
              docs.size(), mb);
  SegmentAll(**segmenter, docs, 1);  // warm-up: ICU data, allocator
  double one_mbs = 0;
  for (unsigned threads : {1u, cores}) {
    Run best;
    best.seconds = 1e30;
    for (int p = 0; p < passes; ++p) {
      Run run = SegmentAll(**segmenter, docs, threads);
      if (run.seconds < best.seconds) best = run;
    }
    double mbs = mb / best.seconds;
    if (threads == 1) one_mbs = mbs;
    std::printf(
        "%u thread%s: %.1f MB/s, %.0f sentences/s, %.0f tokens/s "
        "(best of %d passes, %zu sentences)\n",
        threads, threads == 1 ? "" : "s", mbs, best.sentences / best.seconds,
        best.tokens / best.seconds, passes, best.sentences);
    if (threads == 1 && cores == 1) break;
  }
  std::printf(
      "target: 50 MB/s on one core; measured %.1f MB/s = %.2fx the "
      "target (%s)\n",
      one_mbs, one_mbs / 50.0, one_mbs >= 50.0 ? "met" : "NOT met");
  std::printf("peak memory: %.0f MB\n", dyad::bench::PeakRssMb());
  return 0;
}
