// The event store: ingest throughput and the latency of each kind of query
// on a store of 38,000 documents (synthetic news with realistic shapes:
// 12-20 sentences, 3-8 events among 40 actors over five years, events
// repeated across documents), or of the events of a JSON Lines file (the
// output of dyad code) given as argument.
//
//   store_bench [DOCUMENTS] [EVENTS.jsonl]
//   store_bench --corpus CORPUS.jsonl [COPIES]
//   store_bench --db STORE
// The third form times the queries alone on an existing store.
// With DYAD_STORE_BENCH_KEEP=FILE in the environment, the store is kept
// there afterwards (to examine its queries with sqlite3).
// The second form stores a news corpus COPIES times over (default 20; the
// BBC corpus gives about 38,000 documents), each copy with its own ids,
// publication dates spread over 2004-2005 and publishers, coded with dyad's
// fast pipeline: every document, its sentences, actors and events.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/bench_support.h"
#include "dyad/ingest.h"
#include "dyad/store.h"
#include "tests/store_fixtures.h"

namespace {

using dyad::EventFilter;
using dyad::StoredDocument;

// Documents made of the events of a JSON Lines file, grouped by doc_id,
// their sentences taken from the events' mentions.
std::vector<StoredDocument> DocumentsFromEvents(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "store_bench: cannot read " << path << "\n";
    std::exit(1);
  }
  std::map<std::string, StoredDocument> docs;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    auto j = nlohmann::json::parse(line, nullptr, false);
    auto event = dyad::EventFromJson(j);
    if (!event.ok()) {
      std::cerr << "store_bench: " << path << ":" << n << ": "
                << event.error().message << "\n";
      continue;
    }
    StoredDocument& d = docs[event->doc_id];
    d.document.id = event->doc_id;
    for (const dyad::EventMention& m : event->mentions) {
      if (d.sentences.size() <= m.sentence_index) {
        d.sentences.resize(m.sentence_index + 1);
      }
      d.sentences[m.sentence_index] = m.sentence;
    }
    d.events.push_back(std::move(event).value());
  }
  std::vector<StoredDocument> out;
  for (auto& [id, d] : docs) {
    for (const std::string& s : d.sentences) d.document.text += s + " ";
    out.push_back(std::move(d));
  }
  return out;
}

// The corpus `copies` times over, coded in fast mode on every core.
std::vector<StoredDocument> CodedCorpus(const std::string& path, int copies) {
  std::vector<dyad::Document> corpus = dyad::bench::LoadCorpus(path);
  dyad::PipelineOptions options;
  options.mode = dyad::CodingMode::kFast;
  options.discard_stories = false;
  auto pipeline = dyad::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "store_bench: " << pipeline.error().message << "\n";
    std::exit(1);
  }
  const char* const kSources[] = {"BBC", "Reuters", "AP", "AFP", "Guardian"};
  std::vector<StoredDocument> out;
  for (int k = 0; k < copies; ++k) {
    std::vector<dyad::Document> copy = corpus;
    for (size_t i = 0; i < copy.size(); ++i) {
      copy[i].id += "-" + std::to_string(k);
      copy[i].source = kSources[(i + k) % 5];
      // A day of 2004-2005, the same for the same document and copy.
      int day = static_cast<int>((i * 7919 + k * 104729) % 728);
      dyad::Date date{2004, 1, 1};
      static const int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
      while (true) {
        int in_month = kDays[date.month - 1] -
                       (date.month == 2 && date.year == 2005 ? 1 : 0);
        if (day < in_month) break;
        day -= in_month;
        if (++date.month > 12) {
          date.month = 1;
          ++date.year;
        }
      }
      date.day = day + 1;
      copy[i].published = date;
    }
    auto coded = (*pipeline)->CodeAll(copy, 0);
    for (size_t i = 0; i < copy.size(); ++i) {
      if (!coded[i].ok()) continue;
      out.push_back(
          dyad::ToStoredDocument(copy[i], std::move(*coded[i]), "fast"));
    }
  }
  return out;
}

struct Timing {
  double median_ms = 0;
  size_t rows = 0;
};

template <typename Fn>
Timing Time(Fn fn, int runs = 7) {
  std::vector<double> ms;
  Timing t;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    t.rows = fn();
    ms.push_back(dyad::bench::SecondsSince(start) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  t.median_ms = ms[ms.size() / 2];
  return t;
}

EventFilter Filter(void (*set)(EventFilter&)) {
  EventFilter f;
  set(f);
  return f;
}

// Times every query of the list on the store at `path`, read-only.
// Returns whether all of them ran under 50 ms.
bool RunQueries(const std::string& path) {
  dyad::StoreOptions ro;
  ro.read_only = true;
  auto reader = dyad::OpenSqliteStore(path, ro);
  if (!reader.ok()) {
    std::cerr << reader.error().message << "\n";
    return false;
  }
  dyad::Store& r = **reader;
  const std::vector<std::pair<std::string, EventFilter>> queries = {
      {"--actor RUS", Filter([](EventFilter& f) { f.actor = "RUS"; })},
      {"--actor GBR", Filter([](EventFilter& f) { f.actor = "GBR"; })},
      {"--dyad GBR-USA", Filter([](EventFilter& f) { f.dyad = "GBR-USA"; })},
      {"--from 2005-01 --to 2005-03", Filter([](EventFilter& f) {
         f.from = "2005-01";
         f.to = "2005-03";
       })},
      {"--text election", Filter([](EventFilter& f) { f.text = "election"; })},
      {"--source USAGOV", Filter([](EventFilter& f) { f.source = "USAGOV"; })},
      {"--target SYR", Filter([](EventFilter& f) { f.target = "SYR"; })},
      {"--dyad USA-RUS", Filter([](EventFilter& f) { f.dyad = "USA-RUS"; })},
      {"--dyad USA-RUS --directed", Filter([](EventFilter& f) {
         f.dyad = "USA-RUS";
         f.directed = true;
       })},
      {"--cameo 041", Filter([](EventFilter& f) { f.cameo = "041"; })},
      {"--root 19", Filter([](EventFilter& f) { f.root = "19"; })},
      {"--quad 4", Filter([](EventFilter& f) { f.quad_class = 4; })},
      {"--from 2017-05 --to 2017-05", Filter([](EventFilter& f) {
         f.from = "2017-05";
         f.to = "2017-05";
       })},
      {"--text sarin", Filter([](EventFilter& f) { f.text = "sarin"; })},
      {"--text '\"sarin attack\"' --actor SYR", Filter([](EventFilter& f) {
         f.text = "\"sarin attack\"";
         f.actor = "SYR";
       })},
      {"--dyad USA-RUS --root 04 --from 2017 --to 2017",
       Filter([](EventFilter& f) {
         f.dyad = "USA-RUS";
         f.root = "04";
         f.from = "2017";
         f.to = "2017";
       })},
      {"(no filter) --limit 100",
       Filter([](EventFilter& f) { f.limit = 100; })},
      {"--actor RUS --limit 100", Filter([](EventFilter& f) {
         f.actor = "RUS";
         f.limit = 100;
       })},
  };
  std::printf(
      "\nquery latency, median of 7, every matching event read (target: "
      "under 50 ms)\n");
  bool all_met = true;
  for (const auto& [name, filter] : queries) {
    Timing t = Time([&, &filter = filter] {
      auto rows = r.Query(filter);
      return rows.ok() ? rows->size() : 0;
    });
    all_met = all_met && t.median_ms < 50;
    std::printf("  %-48s %8.2f ms %7zu events  %s\n", name.c_str(), t.median_ms,
                t.rows, t.median_ms < 50 ? "met" : "NOT met");
  }
  auto stats = [&](const char* name, EventFilter f, dyad::StatsPeriod p) {
    Timing t = Time([&] {
      auto s = r.Stats(f, p);
      return s.ok() ? s->rows.size() : 0;
    });
    all_met = all_met && t.median_ms < 50;
    std::printf("  %-48s %8.2f ms %7zu periods %s\n", name, t.median_ms, t.rows,
                t.median_ms < 50 ? "met" : "NOT met");
  };
  stats("stats --by month (everything)", {}, dyad::StatsPeriod::kMonth);
  stats("stats --by week --dyad USA-RUS",
        Filter([](EventFilter& f) { f.dyad = "USA-RUS"; }),
        dyad::StatsPeriod::kWeek);
  Timing show = Time([&] {
    auto d = r.Show(1);
    return d.ok() ? d->reports.size() : 0;
  });
  std::printf("  %-48s %8.2f ms %7zu reports %s\n", "show 1", show.median_ms,
              show.rows, show.median_ms < 50 ? "met" : "NOT met");
  std::printf("all under 50 ms: %s\n", all_met ? "yes" : "NO");
  return all_met;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "--db") {
    std::printf("store_bench: queries on %s\nmachine: %s, SQLite %s\n", argv[2],
                dyad::bench::MachineDescription().c_str(),
                sqlite3_libversion());
    RunQueries(argv[2]);
    std::printf("peak memory: %.0f MB\n", dyad::bench::PeakRssMb());
    return 0;
  }
  const int64_t wanted =
      argc > 1 ? std::max(1, std::atoi(argv[1])) : int64_t{38000};
  std::vector<StoredDocument> docs;
  std::string what;
  if (argc > 2 && std::string(argv[1]) == "--corpus") {
    const int copies = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
    docs = CodedCorpus(argv[2], copies);
    what = "documents: " + std::string(argv[2]) + " " + std::to_string(copies) +
           " times over, coded in fast mode";
  } else if (argc > 2) {
    docs = DocumentsFromEvents(argv[2]);
    what = std::string("the events of ") + argv[2];
  } else {
    for (int64_t i = 0; i < wanted; ++i) {
      docs.push_back(dyad::testing::SyntheticDocument(i));
    }
    what = "synthetic documents";
  }
  int64_t events = 0, sentences = 0;
  for (const StoredDocument& d : docs) {
    events += static_cast<int64_t>(d.events.size());
    sentences += static_cast<int64_t>(d.sentences.size());
  }

  const std::string dir = std::filesystem::temp_directory_path() /
                          ("dyad-store-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/bench.db";
  auto store = dyad::OpenSqliteStore(path, {});
  if (!store.ok()) {
    std::cerr << store.error().message << "\n";
    return 1;
  }
  constexpr size_t kBatch = 500;
  auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < docs.size(); i += kBatch) {
    size_t end = std::min(docs.size(), i + kBatch);
    auto summary = (*store)->Ingest(
        std::span<const StoredDocument>(docs.data() + i, end - i));
    if (!summary.ok()) {
      std::cerr << summary.error().message << "\n";
      return 1;
    }
  }
  const double ingest_s = dyad::bench::SecondsSince(start);
  start = std::chrono::steady_clock::now();
  auto again = (*store)->Ingest(docs);
  const double reingest_s = dyad::bench::SecondsSince(start);
  if (!again.ok() || again->unchanged != static_cast<int64_t>(docs.size())) {
    std::cerr << "store_bench: re-ingest stored something\n";
    return 1;
  }
  auto counts = (*store)->Counts();
  if (!counts.ok()) return 1;

  std::printf(
      "store_bench: the SQLite event store (WAL, one transaction per %zu "
      "documents)\n",
      kBatch);
  std::printf("machine: %s, SQLite %s\n",
              dyad::bench::MachineDescription().c_str(), sqlite3_libversion());
  std::printf(
      "data: %zu %s, %lld sentences, %lld document events -> %lld stored "
      "events\n",
      docs.size(), what.c_str(), static_cast<long long>(sentences),
      static_cast<long long>(events), static_cast<long long>(counts->events));
  std::printf(
      "ingest: %.2f s, %.0f documents/s, %.0f events/s; re-ingest of the "
      "same input (nothing stored): %.2f s; file %.1f MB\n",
      ingest_s, static_cast<double>(docs.size()) / ingest_s,
      static_cast<double>(events) / ingest_s, reingest_s,
      static_cast<double>(std::filesystem::file_size(path) +
                          (std::filesystem::exists(path + "-wal")
                               ? std::filesystem::file_size(path + "-wal")
                               : 0)) /
          1e6);

  // Queries as an analyst runs them: after the ingest has finished (its
  // connection closed, which checkpoints the write-ahead log), from a
  // reader that holds nothing else.
  const double ingest_peak = dyad::bench::PeakRssMb();
  store->reset();
  std::vector<StoredDocument>().swap(docs);
  RunQueries(path);
  std::printf("peak memory: %.0f MB (during the ingest, corpus in memory)\n",
              ingest_peak);
  if (const char* keep = std::getenv("DYAD_STORE_BENCH_KEEP"); keep && *keep) {
    std::filesystem::rename(path, keep);
    std::printf("store kept: %s\n", keep);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
