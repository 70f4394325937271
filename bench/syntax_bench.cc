// Syntax back-ends on a JSON Lines corpus, one core: the `link-parser`
// command line on a sample of the sentences the accurate back-end parses
// (the baseline), the accurate back-end over the whole corpus through the
// candidate filter (an actor and a candidate predicate, and a word that
// heads a verb pattern of data/verbs, as `dyad code` requires), the fast
// back-end over every sentence, and peak memory. Link Grammar runs with the
// limits `dyad code` uses (PipelineOptions::CoderSyntaxOptions: 100
// linkages, 30 tokens; longer sentences get the fast back-end's reading,
// counted as "too long"). End-to-end coding, where accurate mode parses
// far fewer sentences, is bench/code_bench's.
//
//   syntax_bench CORPUS.jsonl [baseline_sample] [max_documents]
//                [link_max_linkages] [link_max_tokens]
// The last two override those limits, for tuning.
#include <link-grammar/link-includes.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
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

// The cost of the linkage Link Grammar ranks first (the first without
// post-processing violations, as the accurate back-end picks) when it may
// consider `limit` linkages: words left out, then disjunct cost, then total
// link length. `ok` is false when the sentence got no linkage.
// `all_extracted` says whether every linkage was ranked (their number was
// within the limit) rather than a random sample of them.
struct LinkageCost {
  bool ok = false;
  int nulls = 0;
  double disjunct = 0;
  int length = 0;
  bool all_extracted = false;
  bool operator==(const LinkageCost& o) const {
    return ok == o.ok && nulls == o.nulls && disjunct == o.disjunct &&
           length == o.length;
  }
};

// `max_disjunct_cost` < 0 keeps the dictionary's own; `complete_only`
// forbids leaving words out.
LinkageCost BestLinkageCost(Dictionary dictionary, const std::string& text,
                            int limit, int seconds,
                            double max_disjunct_cost = -1,
                            bool complete_only = false) {
  LinkageCost cost;
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_linkage_limit(opts, limit);
  parse_options_set_max_parse_time(opts, seconds);
  parse_options_set_min_null_count(opts, 0);
  parse_options_set_max_null_count(opts, 0);
  parse_options_set_spell_guess(opts, 0);
  if (max_disjunct_cost >= 0) {
    parse_options_set_disjunct_cost(opts, max_disjunct_cost);
  }
  Sentence sent = sentence_create(text.c_str(), dictionary);
  if (sent != nullptr && sentence_split(sent, opts) >= 0) {
    int found = sentence_parse(sent, opts);
    if (found <= 0 && !complete_only) {
      parse_options_set_min_null_count(opts, 1);
      parse_options_set_max_null_count(opts, sentence_length(sent));
      found = sentence_parse(sent, opts);
    }
    if (found > 0) {
      const int sorted =
          std::min(found, sentence_num_linkages_post_processed(sent));
      int pick = 0;
      for (int i = 0; i < sorted; ++i) {
        if (sentence_num_violations(sent, i) == 0) {
          pick = i;
          break;
        }
      }
      if (Linkage linkage = linkage_create(pick, sent, opts)) {
        cost.ok = true;
        cost.nulls = sentence_null_count(sent);
        cost.disjunct = linkage_disjunct_cost(linkage);
        cost.length = linkage_link_cost(linkage);
        cost.all_extracted = sentence_num_linkages_found(sent) <= limit;
        linkage_delete(linkage);
      }
    }
  }
  if (sent != nullptr) sentence_delete(sent);
  parse_options_delete(opts);
  return cost;
}

// Whether Link Grammar's exact counting can prove, within `limit` linkages,
// which complete linkage is the cheapest. When every linkage made only of
// disjuncts costing at most c is ranked (their number is within the limit)
// and the cheapest of them costs T <= c, no linkage costs less than T: each
// of its disjuncts would cost at most T <= c, so it would have been ranked.
// The search starts at c = 0 and raises c to the cheapest cost found, until
// the proof holds or the number of linkages passes the limit.
bool ProvablyBest(Dictionary dictionary, const std::string& text, int limit,
                  int seconds) {
  constexpr double kDictionaryMaxCost = 2.7;  // en/4.0.dict's own
  double c = 0;
  while (true) {
    LinkageCost best = BestLinkageCost(dictionary, text, limit, seconds, c,
                                       /*complete_only=*/true);
    if (!best.ok) {
      if (c >= kDictionaryMaxCost) return false;
      c = std::min(kDictionaryMaxCost, c + 1);
      continue;
    }
    if (!best.all_extracted) return false;
    if (best.disjunct <= c + 1e-9) return true;
    c = best.disjunct;
  }
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
  dyad::SyntaxOptions options = dyad::PipelineOptions::CoderSyntaxOptions();
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
  std::vector<size_t> candidate_tokens;
  std::vector<std::pair<size_t, size_t>> candidate_at;  // document, sentence
  for (size_t doc_index = 0; doc_index < docs.size(); ++doc_index) {
    const auto& d = docs[doc_index];
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
        candidate_tokens.push_back(sentence.tokens.size());
        candidate_at.emplace_back(doc_index, sentence.index);
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
  std::vector<size_t> baseline_tokens;
  std::vector<std::pair<size_t, size_t>> baseline_at;
  const size_t step = std::max<size_t>(1, candidate_text.size() / sample);
  for (size_t i = 0; i < candidate_text.size() && baseline.size() < sample;
       i += step) {
    baseline.push_back(candidate_text[i]);
    baseline_tokens.push_back(candidate_tokens[i]);
    baseline_at.push_back(candidate_at[i]);
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

  // Whether the limits lose the best linkage: on the baseline sample's
  // sentences within the token limit, the first-ranked linkage at the
  // coder's linkage limit against one ranked among 10,000 linkages with a
  // generous clock. (After the memory figure: this loads a second
  // dictionary.)
  if (Dictionary dictionary = dictionary_create_lang("en")) {
    size_t compared = 0, same = 0, worse = 0;
    for (size_t i = 0; i < baseline.size(); ++i) {
      if (static_cast<int>(baseline_tokens[i]) > options.link_max_tokens) {
        continue;
      }
      const int seconds = std::max(
          1, static_cast<int>(std::ceil(options.link_timeout_seconds)));
      LinkageCost tuned = BestLinkageCost(dictionary, baseline[i],
                                          options.link_max_linkages, seconds);
      LinkageCost full = BestLinkageCost(dictionary, baseline[i], 10000, 30);
      if (!full.ok) continue;
      ++compared;
      if (tuned == full) {
        ++same;
      } else if (!tuned.ok || tuned.nulls > full.nulls ||
                 (tuned.nulls == full.nulls &&
                  tuned.disjunct > full.disjunct + 1e-9)) {
        ++worse;
      }
    }
    // Whether any limit could keep it: how often the best complete linkage
    // can be proved the best at all, at the coder's limit and at 1,000.
    size_t provable = 0, provable_1000 = 0, complete = 0;
    for (size_t i = 0; i < baseline.size(); ++i) {
      if (static_cast<int>(baseline_tokens[i]) > options.link_max_tokens) {
        continue;
      }
      ++complete;
      if (ProvablyBest(dictionary, baseline[i], options.link_max_linkages,
                       30)) {
        ++provable;
        ++provable_1000;
      } else if (ProvablyBest(dictionary, baseline[i], 1000, 30)) {
        ++provable_1000;
      }
    }
    dictionary_delete(dictionary);
    std::printf(
        "best complete linkage provably found (exact counts by disjunct-cost "
        "level): %zu of %zu (%.1f%%) at %d linkages, %zu (%.1f%%) at 1,000\n",
        provable, complete, 100.0 * provable / std::max<size_t>(1, complete),
        options.link_max_linkages, provable_1000,
        100.0 * provable_1000 / std::max<size_t>(1, complete));
    std::printf(
        "best linkage kept at %d linkages: %zu of %zu sampled sentences "
        "within %d tokens (%.1f%%) rank first a linkage of the same cost as "
        "among 10,000; %zu (%.1f%%) a costlier one\n",
        options.link_max_linkages, same, compared, options.link_max_tokens,
        100.0 * same / std::max<size_t>(1, compared), worse,
        100.0 * worse / std::max<size_t>(1, compared));
  }

  // What the costlier pick changes for coding: the clauses (predicate
  // lemma, voice, negation, subject and object heads) the accurate
  // back-end reads at the coder's limits against those it reads from a
  // 10,000-linkage parse, on the same sentences.
  dyad::SyntaxOptions full_options = options;
  full_options.link_max_linkages = 10000;
  full_options.link_timeout_seconds = 30;
  if (auto full = dyad::CreateLinkAnalyzer(full_options); full.ok()) {
    auto signature = [](const dyad::SentenceSyntax& syntax) {
      std::vector<std::string> out;
      for (const dyad::Clause& c : syntax.clauses) {
        std::string sig = c.predicate.lemma + "|" +
                          dyad::VoiceName(c.predicate.voice) +
                          (c.predicate.negated ? "|not" : "|") + "|s";
        for (const auto& x : c.subjects) sig += ":" + std::to_string(x.head);
        sig += "|o";
        for (const auto& x : c.objects) sig += ":" + std::to_string(x.head);
        out.push_back(std::move(sig));
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    size_t compared = 0, same = 0;
    for (size_t i = 0; i < baseline_at.size(); ++i) {
      if (static_cast<int>(baseline_tokens[i]) > options.link_max_tokens) {
        continue;
      }
      auto segmented = (*segmenter)->Segment(docs[baseline_at[i].first]);
      if (!segmented.ok()) continue;
      const dyad::Sentence& sentence =
          segmented->sentences[baseline_at[i].second];
      auto tuned = (*link)->Analyze(*segmented, sentence);
      auto reference = (*full)->Analyze(*segmented, sentence);
      if (!tuned.ok() || !reference.ok()) continue;
      ++compared;
      if (signature(*tuned) == signature(*reference)) ++same;
    }
    std::printf("same clauses as from 10,000 linkages: %zu of %zu (%.1f%%)\n",
                same, compared, 100.0 * same / std::max<size_t>(1, compared));
  }
  return 0;
}
