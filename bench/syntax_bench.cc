// Syntax back-ends on a JSON Lines corpus, one core: the `link-parser`
// command line on a sample of the sentences the accurate back-end parses
// (the baseline), the accurate back-end over the whole corpus through the
// candidate filter (an actor and a candidate predicate, and a word that
// heads a verb pattern of data/verbs, as `dyad code` requires), the fast
// back-end over every sentence, and peak memory. End-to-end coding, where
// accurate mode parses far fewer sentences, is bench/code_bench's.
//
//   syntax_bench CORPUS.jsonl [baseline_sample] [max_documents]
//                [link_max_linkages] [link_max_tokens]
// The last two override SyntaxOptions' defaults, for tuning.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "bench/bench_support.h"
#include "dyad/actors.h"
#include "dyad/pipeline.h"
#include "dyad/syntax.h"

namespace {

// Seconds `link-parser` takes over `lines` (one sentence a line), less its
// start-up, measured on an empty input; negative when it cannot run.
double TimeLinkParser(const std::vector<std::string>& lines) {
  char dir_template[] = "/tmp/syntax_bench.XXXXXX";
  const char* dir = mkdtemp(dir_template);
  if (dir == nullptr) return -1;
  const std::string input = std::string(dir) + "/sentences.txt";
  const std::string empty = std::string(dir) + "/empty.txt";
  {
    std::ofstream out(input);
    for (const auto& l : lines) out << l << "\n";
    std::ofstream(empty).flush();
  }
  const std::string pin = std::system("command -v taskset >/dev/null 2>&1") == 0
                              ? "taskset -c 0 "
                              : "";
  auto run = [&](const std::string& file) {
    const std::string cmd = pin + "link-parser -graphics=0 -verbosity=0 < " +
                            file + " >/dev/null 2>&1";
    auto start = std::chrono::steady_clock::now();
    int status = std::system(cmd.c_str());
    double s = dyad::bench::SecondsSince(start);
    return (status == 0) ? s : -1.0;
  };
  const double startup = run(empty);
  const double total = run(input);
  std::remove(input.c_str());
  std::remove(empty.c_str());
  rmdir(dir);
  if (startup < 0 || total < 0) return -1;
  return std::max(1e-9, total - startup);
}

std::string OneLine(std::string_view text) {
  std::string s(text);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: syntax_bench CORPUS.jsonl [baseline_sample] "
                 "[max_documents] [link_max_linkages] [link_max_tokens]\n";
    return 2;
  }
  const size_t sample = argc > 2 ? std::max(1, std::atoi(argv[2])) : 300;
  auto docs = dyad::bench::LoadCorpus(argv[1]);
  if (argc > 3 && std::atoi(argv[3]) > 0)
    docs.resize(std::min<size_t>(docs.size(), std::atoi(argv[3])));

  auto lexicon = dyad::Lexicon::Load(dyad::LexiconOptions{});
  auto segmenter = dyad::Segmenter::Create();
  if (!lexicon.ok() || !segmenter.ok()) {
    std::cerr << "syntax_bench: cannot load the lexicon or the segmenter\n";
    return 1;
  }
  dyad::ActorRecognizer recognizer(**lexicon);
  dyad::SyntaxOptions options;
  if (argc > 4) options.link_max_linkages = std::atoi(argv[4]);
  if (argc > 5) options.link_max_tokens = std::atoi(argv[5]);
  auto load_start = std::chrono::steady_clock::now();
  auto link = dyad::CreateLinkAnalyzer(options);
  const double link_load = dyad::bench::SecondsSince(load_start);
  auto shallow = dyad::CreateShallowAnalyzer();
  // The verb patterns decide which sentences may hold an event, as in
  // `dyad code`; a fast pipeline is the cheapest holder of them.
  dyad::PipelineOptions filter_options;
  filter_options.mode = dyad::CodingMode::kFast;
  auto filter = dyad::Pipeline::Create(filter_options);
  if (!filter.ok()) {
    std::cerr << "syntax_bench: " << filter.error().message << "\n";
    return 1;
  }
  if (!link.ok() || !shallow.ok()) {
    std::cerr << "syntax_bench: "
              << (link.ok() ? shallow.error() : link.error()).message << "\n";
    return 1;
  }

  // One document at a time, so that peak memory is the dictionaries' and
  // not the corpus's: segmentation and actor recognition untimed, then the
  // accurate back-end through the candidate filter. The fast back-end runs
  // in a pass of its own afterwards: interleaved with Link Grammar, whose
  // parses evict its tables from the caches, it measured half its speed.
  size_t sentences = 0, candidates = 0, link_clauses = 0, shallow_clauses = 0;
  size_t verb_candidates = 0;  // passed the candidate filter alone
  double link_seconds = 0, shallow_seconds = 0;
  std::map<std::string, size_t> notes;
  std::vector<std::string> candidate_text;
  for (const auto& d : docs) {
    auto segmented = (*segmenter)->Segment(d);
    if (!segmented.ok()) continue;
    const dyad::SegmentedDocument& doc = *segmented;
    const auto mentions = recognizer.Find(doc, std::nullopt);
    sentences += doc.sentences.size();
    auto start = std::chrono::steady_clock::now();
    for (const auto& sentence : doc.sentences) {
      if (!dyad::IsParseCandidate(doc, sentence, mentions)) continue;
      ++verb_candidates;
      if (!(*filter)->MayHoldEvent(sentence, mentions)) continue;
      ++candidates;
      auto r = (*link)->Analyze(doc, sentence);
      if (!r.ok()) continue;
      link_clauses += r->clauses.size();
      if (!r->note.empty()) ++notes[r->note];
    }
    link_seconds += dyad::bench::SecondsSince(start);
    for (const auto& sentence : doc.sentences) {
      if (dyad::IsParseCandidate(doc, sentence, mentions) &&
          (*filter)->MayHoldEvent(sentence, mentions)) {
        candidate_text.push_back(OneLine(doc.CleanOf(sentence)));
      }
    }
  }

  // The fast back-end over every sentence, segmentation untimed.
  for (const auto& d : docs) {
    auto segmented = (*segmenter)->Segment(d);
    if (!segmented.ok()) continue;
    auto start = std::chrono::steady_clock::now();
    for (const auto& sentence : segmented->sentences) {
      auto r = (*shallow)->Analyze(*segmented, sentence);
      if (r.ok()) shallow_clauses += r->clauses.size();
    }
    shallow_seconds += dyad::bench::SecondsSince(start);
  }

  // The baseline: link-parser on an even sample of the candidate sentences.
  std::vector<std::string> baseline;
  const size_t step = std::max<size_t>(1, candidate_text.size() / sample);
  for (size_t i = 0; i < candidate_text.size() && baseline.size() < sample;
       i += step) {
    baseline.push_back(candidate_text[i]);
  }
  const double lp_seconds = TimeLinkParser(baseline);
  const double lp_rate = lp_seconds > 0 ? baseline.size() / lp_seconds : 0;

  const double link_rate = sentences / link_seconds;
  const double parsed_rate = candidates / link_seconds;
  const double shallow_rate = sentences / shallow_seconds;
  const double peak = dyad::bench::PeakRssMb();
  const dyad::SyntaxOptions& defaults = options;
  std::printf(
      "syntax_bench: syntax back-ends, one thread; segmentation and "
      "actor recognition excluded\n");
  std::printf("machine: %s\n", dyad::bench::MachineDescription().c_str());
  std::printf("corpus: %s, %zu documents, %zu sentences\n", argv[1],
              docs.size(), sentences);
  std::printf(
      "link options: timeout %.2f s, %d linkages, %d tokens at most; "
      "dictionary loaded in %.2f s\n",
      defaults.link_timeout_seconds, defaults.link_max_linkages,
      defaults.link_max_tokens, link_load);
  if (lp_seconds > 0) {
    std::printf(
        "baseline link-parser: %.1f sentences/s (%zu candidate "
        "sentences, start-up excluded)\n",
        lp_rate, baseline.size());
  } else {
    std::printf(
        "baseline link-parser: not run (is the link-grammar package "
        "installed?)\n");
  }
  std::printf(
      "accurate: %.1f sentences/s over all sentences (%.1f parsed/s); "
      "%zu of %zu sentences (%.1f%%) reached the parser; %zu clauses\n",
      link_rate, parsed_rate, candidates, sentences,
      100.0 * candidates / std::max<size_t>(1, sentences), link_clauses);
  std::printf(
      "  filters: %.1f%% name an actor and hold a candidate predicate; "
      "%.1f%% of all also hold a verb-pattern head (data/verbs)\n",
      100.0 * verb_candidates / std::max<size_t>(1, sentences),
      100.0 * candidates / std::max<size_t>(1, sentences));
  for (const auto& [note, n] : notes) {
    std::printf("  %-32s %zu (%.1f%% of parsed)\n", note.c_str(), n,
                100.0 * n / std::max<size_t>(1, candidates));
  }
  if (lp_rate > 0) {
    std::printf("accurate vs baseline: %.1fx; target 10x: %s\n",
                link_rate / lp_rate,
                link_rate >= 10 * lp_rate ? "met" : "NOT met");
  }
  std::printf(
      "fast: %.0f sentences/s, %zu clauses; target 50,000/s: %.2fx "
      "(%s)\n",
      shallow_rate, shallow_clauses, shallow_rate / 50000.0,
      shallow_rate >= 50000 ? "met" : "NOT met");
  std::printf("peak memory: %.0f MB; target under 300 MB: %s\n", peak,
              peak < 300 ? "met" : "NOT met");
  return 0;
}
