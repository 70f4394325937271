// Actor recognition on a JSON Lines corpus: dictionary load time, matcher
// throughput on one core (segmentation excluded), and the count of actor
// mentions by code.
//
//   actors_bench CORPUS.jsonl [passes]
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include "bench/bench_support.h"
#include "dyad/actors.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: actors_bench CORPUS.jsonl [passes]\n";
    return 2;
  }
  int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  auto docs = dyad::bench::LoadCorpus(argv[1]);
  const double mb = static_cast<double>(dyad::bench::TotalBytes(docs)) / 1e6;

  auto load_start = std::chrono::steady_clock::now();
  auto lexicon = dyad::Lexicon::Load(dyad::LexiconOptions{});
  double load_seconds = dyad::bench::SecondsSince(load_start);
  if (!lexicon.ok()) {
    std::cerr << lexicon.error().message << "\n";
    return 1;
  }
  auto segmenter = dyad::Segmenter::Create();
  if (!segmenter.ok()) return 1;
  std::vector<dyad::SegmentedDocument> segmented;
  for (const auto& d : docs) {
    auto s = (*segmenter)->Segment(d);
    if (s.ok()) segmented.push_back(std::move(s).value());
  }
  dyad::ActorRecognizer recognizer(**lexicon);

  double best = 1e30;
  std::map<std::string, size_t> by_code;
  size_t mentions = 0;
  for (int p = 0; p < passes; ++p) {
    std::map<std::string, size_t> counts;
    size_t n = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& s : segmented) {
      for (const auto& m : recognizer.Find(s, std::nullopt)) {
        ++counts[m.code];
        ++n;
      }
    }
    double seconds = dyad::bench::SecondsSince(start);
    if (seconds < best) best = seconds;
    by_code = std::move(counts);
    mentions = n;
  }
  std::printf(
      "actors_bench: actor recognition (matching, composition, "
      "coreference), segmentation excluded\n");
  std::printf("machine: %s\n", dyad::bench::MachineDescription().c_str());
  std::printf(
      "corpus: %s, %zu documents, %.2f MB of text, no publication "
      "dates\n",
      argv[1], docs.size(), mb);
  std::printf(
      "dictionaries: %zu entries, %zu aliases, loaded in %.3f s "
      "(target: start-up under 1 s: %s)\n",
      (*lexicon)->size(), (*lexicon)->stats().aliases, load_seconds,
      load_seconds < 1.0 ? "met" : "NOT met");
  double mbs = mb / best;
  std::printf(
      "1 thread: %.1f MB/s, %zu mentions (best of %d passes); "
      "target 20 MB/s: %.2fx (%s)\n",
      mbs, mentions, passes, mbs / 20.0, mbs >= 20.0 ? "met" : "NOT met");
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const auto& [code, n] : by_code) ranked.emplace_back(n, code);
  std::sort(ranked.rbegin(), ranked.rend());
  std::printf("mentions by code (top 40 of %zu codes):\n", ranked.size());
  for (size_t i = 0; i < ranked.size() && i < 40; ++i) {
    std::printf("  %-12s %zu\n", ranked[i].second.c_str(), ranked[i].first);
  }
  std::printf("peak memory: %.0f MB\n", dyad::bench::PeakRssMb());
  return 0;
}
