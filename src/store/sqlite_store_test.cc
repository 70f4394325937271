// The SQLite store: round trips of every field, idempotent and replacing
// ingest, cross-document counts, every filter and every period against
// hand-computed expectations, and readers during an ingest.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "dyad/store.h"
#include "tests/store_fixtures.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

using testing::FilterCorpus;
using testing::MakeDocument;
using testing::MakeEvent;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path,
                                 StoreOptions options = {}) {
  auto store = OpenSqliteStore(path, options);
  EXPECT_TRUE(store.ok()) << store.error().message;
  return store.ok() ? std::move(store).value() : nullptr;
}

IngestSummary IngestOrDie(Store& store, std::vector<StoredDocument> docs) {
  auto summary = store.Ingest(docs);
  EXPECT_TRUE(summary.ok()) << summary.error().message;
  return summary.ok() ? *summary : IngestSummary{};
}

// Every field of the Event contract set, none left at its default.
Event FullEvent() {
  Event e =
      MakeEvent("full", "full-e1", "USAGOV", "RUSGOV", "041", "2017-05-02", 2);
  e.date_basis = "today";
  e.source = EventActor{"USAGOV", "USA", "Donald Trump", "Trump", {0, 5}};
  e.target = EventActor{"RUSGOV", "RUS", "Vladimir Putin", "Putin", {18, 23}};
  e.negated = true;
  e.modality = "future";
  e.location = EventLocation{"SYR", "Syria", {50, 55}};
  e.attribution = EventAttribution{"USAGOV", "the White House", {60, 75}};
  EventMention second;
  second.sentence_index = 3;
  second.sentence = "They will talk by phone.";
  second.verb_text = "talk";
  second.verb_lemma = "talk";
  second.verb_span = Span{90, 94};
  second.pattern = "talk by phone";
  second.parser = "link";
  e.mentions.push_back(second);
  return e;
}

TEST(SqliteStore, EveryFieldOfTheEventContractRoundTrips) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  StoredDocument doc = MakeDocument(
      "full", "BBC", {"s0", "s1", "Trump will speak to Putin.", "s3"},
      {FullEvent(), MakeEvent("full", "full-e2", "SYRGOV", "", "010", "", 0)});
  doc.document.published = Date{2017, 5, 2};
  doc.document.url = "https://bbc.example/a";
  doc.document.metadata = {{"section", "\"world\""}, {"words", "512"}};
  doc.actors.push_back(StoredMention{1, {3, 9}, "IGOUNO", "", "", "the UN"});
  IngestOrDie(*store, {doc});

  auto back = store->GetDocument("full");
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->document.id, "full");
  EXPECT_EQ(back->document.text, doc.document.text);
  ASSERT_TRUE(back->document.published.has_value());
  EXPECT_EQ(*back->document.published, (Date{2017, 5, 2}));
  EXPECT_EQ(back->document.source, "BBC");
  EXPECT_EQ(back->document.url, "https://bbc.example/a");
  EXPECT_EQ(back->document.metadata, doc.document.metadata);
  EXPECT_EQ(back->content_hash, ContentHash(doc.document));
  EXPECT_EQ(back->sentences, doc.sentences);
  EXPECT_EQ(back->actors, doc.actors);
  ASSERT_EQ(back->events.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    // EventToJson writes every field, so equal JSON is an equal event.
    EXPECT_EQ(EventToJson(back->events[i]).dump(),
              EventToJson(doc.events[i]).dump());
  }
  EXPECT_FALSE(back->events[1].target.has_value());
  EXPECT_FALSE(back->events[1].location.has_value());
  EXPECT_FALSE(back->events[1].attribution.has_value());
  EXPECT_EQ(back->events[1].date, "");

  // And through a fresh connection, read-only.
  store.reset();
  StoreOptions ro;
  ro.read_only = true;
  auto reader = OpenOrDie(dir.File("s.db"), ro);
  ASSERT_NE(reader, nullptr);
  auto again = reader->GetDocument("full");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(EventToJson(again->events[0]).dump(),
            EventToJson(doc.events[0]).dump());
  EXPECT_EQ(reader->GetDocument("nope").error().code, ErrorCode::kNotFound);
}

TEST(SqliteStore, IngestingTheSameInputTwiceStoresNothingTwice) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  std::vector<StoredDocument> docs;
  for (int i = 0; i < 5; ++i) docs.push_back(testing::SyntheticDocument(i));
  IngestSummary first = IngestOrDie(*store, docs);
  EXPECT_EQ(first.added, 5);
  auto before = store->Counts();
  ASSERT_TRUE(before.ok());
  auto rows_before = store->Query({});
  ASSERT_TRUE(rows_before.ok());

  IngestSummary second = IngestOrDie(*store, docs);
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(second.replaced, 0);
  EXPECT_EQ(second.unchanged, 5);
  EXPECT_EQ(second.events, 0);
  auto after = store->Counts();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->documents, before->documents);
  EXPECT_EQ(after->sentences, before->sentences);
  EXPECT_EQ(after->actor_mentions, before->actor_mentions);
  EXPECT_EQ(after->doc_events, before->doc_events);
  EXPECT_EQ(after->events, before->events);
  auto rows_after = store->Query({});
  ASSERT_TRUE(rows_after.ok());
  ASSERT_EQ(rows_after->size(), rows_before->size());
  for (size_t i = 0; i < rows_after->size(); ++i) {
    EXPECT_EQ((*rows_after)[i].id, (*rows_before)[i].id);
    EXPECT_EQ((*rows_after)[i].num_mentions, (*rows_before)[i].num_mentions);
  }
}

TEST(SqliteStore, AChangedDocumentReplacesItsEventsAndTheCounts) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  auto a = MakeDocument(
      "a", "BBC", {"Trump called Putin.", "Putin met Assad."},
      {MakeEvent("a", "a1", "USAGOV", "RUSGOV", "041", "2017-05-02", 0),
       MakeEvent("a", "a2", "RUSGOV", "SYRGOV", "042", "2017-05-01", 1)});
  auto b = MakeDocument(
      "b", "CNN", {"Trump phoned Putin."},
      {MakeEvent("b", "b1", "USAGOV", "RUSGOV", "041", "2017-05-02", 0)});
  IngestOrDie(*store, {a, b});
  EventFilter call;
  call.cameo = "041";
  auto rows = store->Query(call);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].num_articles, 2);
  EXPECT_EQ((*rows)[0].num_sources, 2);

  // A new version of "a": the call is gone, a new accusation appears.
  auto a2 = MakeDocument(
      "a", "BBC", {"Putin met Assad.", "Russia accused the US."},
      {MakeEvent("a", "a2", "RUSGOV", "SYRGOV", "042", "2017-05-01", 0),
       MakeEvent("a", "a3", "RUSGOV", "USAGOV", "112", "2017-05-02", 1)});
  IngestSummary s = IngestOrDie(*store, {a2});
  EXPECT_EQ(s.replaced, 1);
  EXPECT_EQ(s.events, 2);
  rows = store->Query(call);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].num_articles, 1);
  EXPECT_EQ((*rows)[0].num_sources, 1);
  EXPECT_EQ((*rows)[0].doc_id, "b");  // the first report is now b's

  // The full-text index forgot the old sentences and knows the new ones.
  EventFilter old_words, new_words;
  old_words.text = "called";
  new_words.text = "accused";
  auto old_rows = store->Query(old_words);
  auto new_rows = store->Query(new_words);
  ASSERT_TRUE(old_rows.ok() && new_rows.ok());
  EXPECT_TRUE(old_rows->empty());
  ASSERT_EQ(new_rows->size(), 1u);
  EXPECT_EQ((*new_rows)[0].cameo, "112");

  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->sentences, 3);
  EXPECT_EQ(counts->doc_events, 3);
  EXPECT_EQ(counts->events, 3);  // 041 USA-RUS, 042 RUS-SYR, 112 RUS-USA

  // An event reported only by the old version disappears.
  auto b2 = MakeDocument(
      "b", "CNN", {"Nothing happened."},
      {MakeEvent("b", "b9", "CHNGOV", "", "010", "2017-05-03", 0)});
  IngestOrDie(*store, {b2});
  rows = store->Query(call);
  ASSERT_TRUE(rows.ok());
  EXPECT_TRUE(rows->empty());
  auto doc = store->GetDocument("a");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences, a2.sentences);
  ASSERT_EQ(doc->events.size(), 2u);
  EXPECT_EQ(doc->events[1].event_id, "a3");
}

TEST(SqliteStore, TheSameEventAcrossDocumentsIsCountedAsGdeltCountsIt) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  Event twice =
      MakeEvent("d1", "d1-e1", "USAGOV", "RUSGOV", "041", "2017-05-02", 0);
  twice.mentions.push_back(twice.mentions.front());
  twice.mentions.back().sentence_index = 1;
  IngestOrDie(
      *store,
      {MakeDocument("d1", "BBC", {"x", "y"}, {twice}),
       MakeDocument(
           "d2", "BBC", {"x"},
           {MakeEvent("d2", "d2-e1", "USAGOV", "RUSGOV", "041", "2017-05-02")}),
       MakeDocument(
           "d3", "CNN", {"x"},
           {MakeEvent("d3", "d3-e1", "USAGOV", "RUSGOV", "041", "2017-05-02")}),
       // No publisher: a source of its own.
       MakeDocument(
           "d4", "", {"x"},
           {MakeEvent("d4", "d4-e1", "USAGOV", "RUSGOV", "041", "2017-05-02")}),
       MakeDocument(
           "d5", "", {"x"},
           {MakeEvent("d5", "d5-e1", "USAGOV", "RUSGOV", "041", "2017-05-02"),
            // Another date, direction or code: another event.
            MakeEvent("d5", "d5-e2", "USAGOV", "RUSGOV", "041", "2017-05-03"),
            MakeEvent("d5", "d5-e3", "RUSGOV", "USAGOV", "041", "2017-05-02"),
            MakeEvent("d5", "d5-e4", "USAGOV", "RUSGOV", "042",
                      "2017-05-02")})});
  auto rows = store->Query({});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 4u);
  const EventRow& call = (*rows)[0];
  EXPECT_EQ(call.date, "2017-05-02");
  EXPECT_EQ(call.cameo, "041");
  EXPECT_EQ(call.source.code, "USAGOV");
  EXPECT_EQ(call.num_mentions, 6);  // 2 in d1, 1 in each of d2..d5
  EXPECT_EQ(call.num_articles, 5);
  EXPECT_EQ(call.num_sources, 4);  // BBC, CNN, d4, d5
  EXPECT_EQ(call.doc_id, "d1");
  EXPECT_EQ(call.event_id, "d1-e1");

  auto detail = store->Show(call.id);
  ASSERT_TRUE(detail.ok()) << detail.error().message;
  ASSERT_EQ(detail->reports.size(), 5u);
  EXPECT_EQ(detail->reports[0].event.doc_id, "d1");
  EXPECT_EQ(detail->reports[0].doc_source, "BBC");
  ASSERT_EQ(detail->reports[0].event.mentions.size(), 2u);
  EXPECT_EQ(detail->reports[0].event.mentions[1].sentence_index, 1u);
  EXPECT_EQ(detail->reports[0].event.mentions[0].pattern,
            "speak to $ by phone");
  EXPECT_EQ(detail->reports[2].event.doc_id, "d3");
  EXPECT_EQ(store->Show(999).error().code, ErrorCode::kNotFound);
}


struct FilterCase {
  std::string name;
  EventFilter filter;
  std::set<std::string> expected;  // "SOURCE>TARGET:CAMEO@DATE"
};

std::string KeyOf(const EventRow& r) {
  return r.source.code + ">" + (r.target ? r.target->code : "") + ":" +
         r.cameo + "@" + r.date;
}

TEST(SqliteStore, EveryFilterSelectsTheHandComputedEvents) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  IngestOrDie(*store, FilterCorpus());
  const std::string call = "USAGOV>RUSGOV:041@2017-05-02",
                    visit = "RUSGOV>SYRGOV:042@2017-04-20",
                    accuse = "RUSGOV>USAGOV:112@2017-04-07",
                    strike = "USAMIL>SYRMIL:195@2017-04-07",
                    un = "IGOUNO>:040@2017-03",
                    talks = "USAGOV>RUSGOV:046@2016",
                    threat = "RUSMIL>USAMIL:138@",
                    january = "RUSGOV>USAGOV:041@2017-01-28";
  auto f = [](auto set) {
    EventFilter filter;
    set(filter);
    return filter;
  };
  const std::vector<FilterCase> cases = {
      {"none", {}, {call, visit, accuse, strike, un, talks, threat, january}},
      {"actor prefix",
       f([](EventFilter& x) { x.actor = "SYR"; }),
       {visit, strike}},
      {"actor code",
       f([](EventFilter& x) { x.actor = "USAMIL"; }),
       {strike, threat}},
      {"source",
       f([](EventFilter& x) { x.source = "RUS"; }),
       {visit, accuse, threat, january}},
      {"target",
       f([](EventFilter& x) { x.target = "USA"; }),
       {accuse, threat, january}},
      {"dyad either way",
       f([](EventFilter& x) { x.dyad = "USA-RUS"; }),
       {call, accuse, talks, threat, january}},
      {"dyad directed",
       f([](EventFilter& x) {
         x.dyad = "USA-RUS";
         x.directed = true;
       }),
       {call, talks}},
      {"dyad full codes",
       f([](EventFilter& x) { x.dyad = "RUSGOV-USAGOV"; }),
       {call, accuse, talks, january}},
      {"cameo", f([](EventFilter& x) { x.cameo = "041"; }), {call, january}},
      {"cameo parent",
       f([](EventFilter& x) { x.cameo = "04"; }),
       {call, visit, un, talks, january}},
      {"root", f([](EventFilter& x) { x.root = "19"; }), {strike}},
      {"quad 3", f([](EventFilter& x) { x.quad_class = 3; }), {accuse, threat}},
      {"quad 4", f([](EventFilter& x) { x.quad_class = 4; }), {strike}},
      {"from day",
       f([](EventFilter& x) { x.from = "2017-04-08"; }),
       {call, visit}},
      {"from month overlaps a month",
       f([](EventFilter& x) { x.from = "2017-03-15"; }),
       {call, visit, accuse, strike, un}},
      {"to day",
       f([](EventFilter& x) { x.to = "2017-03-31"; }),
       {un, talks, january}},
      {"from and to a month",
       f([](EventFilter& x) {
         x.from = "2017-04";
         x.to = "2017-04";
       }),
       {visit, accuse, strike}},
      {"a year",
       f([](EventFilter& x) {
         x.from = "2017";
         x.to = "2017";
       }),
       {call, visit, accuse, strike, un, january}},
      {"text", f([](EventFilter& x) { x.text = "sarin"; }), {call, strike}},
      {"text phrase",
       f([](EventFilter& x) { x.text = "\"sarin attack\""; }),
       {call, strike}},
      {"text and actor",
       f([](EventFilter& x) {
         x.text = "sarin";
         x.actor = "SYR";
       }),
       {strike}},
      {"US-Russia consultations in 2017",
       f([](EventFilter& x) {
         x.dyad = "USA-RUS";
         x.root = "04";
         x.from = "2017-01-01";
         x.to = "2017-12-31";
       }),
       {call, january}},
      {"nothing", f([](EventFilter& x) { x.actor = "CHN"; }), {}},
  };
  for (const FilterCase& c : cases) {
    SCOPED_TRACE(c.name);
    auto rows = store->Query(c.filter);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    std::set<std::string> got;
    for (const EventRow& r : *rows) got.insert(KeyOf(r));
    EXPECT_EQ(got, c.expected);
    EXPECT_EQ(got.size(), rows->size());
  }
}

TEST(SqliteStore, RowsComeByDateThenIdAndTheLimitCuts) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  IngestOrDie(*store, FilterCorpus());
  auto rows = store->Query({});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 8u);
  EXPECT_EQ((*rows)[0].date, "2016");
  EXPECT_EQ((*rows)[1].date, "2017-01-28");
  EXPECT_EQ((*rows)[2].date, "2017-03");
  EXPECT_EQ((*rows)[7].date, "");  // undated last
  EventFilter limited;
  limited.limit = 3;
  auto some = store->Query(limited);
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->size(), 3u);
  EXPECT_EQ((*some)[2].id, (*rows)[2].id);
}

TEST(SqliteStore, OffsetSkipsRowsInQueryOrder) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  IngestOrDie(*store, FilterCorpus());
  auto all = store->Query({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 8u);
  // Pages of 3 from every offset, past the end too.
  for (int64_t offset = 0; offset <= 9; ++offset) {
    SCOPED_TRACE(offset);
    EventFilter page;
    page.limit = 3;
    page.offset = offset;
    auto rows = store->Query(page);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    std::vector<int64_t> got, expected;
    for (const EventRow& r : *rows) got.push_back(r.id);
    for (int64_t i = offset; i < std::min<int64_t>(offset + 3, 8); ++i) {
      expected.push_back((*all)[static_cast<size_t>(i)].id);
    }
    EXPECT_EQ(got, expected);
  }
  // An offset without a limit: every row after it.
  EventFilter rest;
  rest.offset = 5;
  auto tail = store->Query(rest);
  ASSERT_TRUE(tail.ok());
  ASSERT_EQ(tail->size(), 3u);
  EXPECT_EQ((*tail)[0].id, (*all)[5].id);
  // With a filter, the offset counts matching rows only.
  EventFilter russia;
  russia.source = "RUS";
  russia.offset = 1;
  russia.limit = 2;
  auto some = store->Query(russia);
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->size(), 2u);
  // RUS sources by date: 2017-01-28 (041), 2017-04-07 (112), 2017-04-20
  // (042), undated (138).
  EXPECT_EQ((*some)[0].cameo, "112");
  EXPECT_EQ((*some)[1].cameo, "042");
}

struct DyadCase {
  std::string name;
  EventFilter filter;
  // "SOURCE>TARGET events mentions goldstein_mean", in order.
  std::vector<std::string> expected;
};

std::string DyadKey(const DyadRow& d) {
  char mean[32];
  std::snprintf(mean, sizeof mean, "%.2f", d.goldstein_mean);
  return d.source + ">" + d.target + " " + std::to_string(d.events) + " " +
         std::to_string(d.mentions) + " " + mean;
}

TEST(SqliteStore, DyadsGroupEventsWithATargetByActorPair) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  IngestOrDie(*store, FilterCorpus());
  // A second report of the 2017-05-02 call: one more mention, no new event.
  IngestOrDie(*store, {MakeDocument("d5", "CNN", {"Trump called Putin."},
                                    {MakeEvent("d5", "d5-1", "USAGOV", "RUSGOV",
                                               "041", "2017-05-02")})});
  auto f = [](auto set) {
    EventFilter filter;
    set(filter);
    return filter;
  };
  // USAGOV>RUSGOV: 041 (+1.0, 2 mentions) and 046 (+7.0); RUSGOV>USAGOV:
  // 112 (-2.0) and 041 (+1.0); one event each: RUSGOV>SYRGOV 042 (+1.9),
  // RUSMIL>USAMIL 138 (-7.0), USAMIL>SYRMIL 195 (-10.0). The UN's 040 has
  // no target. Ties go by source, then target.
  const std::vector<DyadCase> cases = {
      {"all",
       {},
       {"RUSGOV>USAGOV 2 2 -0.50", "USAGOV>RUSGOV 2 3 4.00",
        "RUSGOV>SYRGOV 1 1 1.90", "RUSMIL>USAMIL 1 1 -7.00",
        "USAMIL>SYRMIL 1 1 -10.00"}},
      {"limit",
       f([](EventFilter& x) { x.limit = 2; }),
       {"RUSGOV>USAGOV 2 2 -0.50", "USAGOV>RUSGOV 2 3 4.00"}},
      {"offset",
       f([](EventFilter& x) {
         x.limit = 2;
         x.offset = 1;
       }),
       {"USAGOV>RUSGOV 2 3 4.00", "RUSGOV>SYRGOV 1 1 1.90"}},
      {"actor",
       f([](EventFilter& x) { x.actor = "SYR"; }),
       {"RUSGOV>SYRGOV 1 1 1.90", "USAMIL>SYRMIL 1 1 -10.00"}},
      {"date",
       f([](EventFilter& x) { x.from = "2017-04"; }),
       {"RUSGOV>SYRGOV 1 1 1.90", "RUSGOV>USAGOV 1 1 -2.00",
        "USAGOV>RUSGOV 1 2 1.00", "USAMIL>SYRMIL 1 1 -10.00"}},
      {"text",
       f([](EventFilter& x) { x.text = "sarin"; }),
       {"USAGOV>RUSGOV 1 2 1.00", "USAMIL>SYRMIL 1 1 -10.00"}},
      {"only untargeted", f([](EventFilter& x) { x.actor = "IGO"; }), {}},
  };
  for (const DyadCase& c : cases) {
    SCOPED_TRACE(c.name);
    auto dyads = store->Dyads(c.filter);
    ASSERT_TRUE(dyads.ok()) << dyads.error().message;
    std::vector<std::string> got;
    for (const DyadRow& d : *dyads) got.push_back(DyadKey(d));
    EXPECT_EQ(got, c.expected);
  }
  EventFilter bad;
  bad.dyad = "USARUS";
  auto refused = store->Dyads(bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("--dyad"), std::string::npos);
}

TEST(SqliteStore, StatsCountEachPeriodAsComputedByHand) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  IngestOrDie(*store, FilterCorpus());

  auto months = store->Stats({}, StatsPeriod::kMonth);
  ASSERT_TRUE(months.ok());
  // 2017-01: 041 (+1.0, quad 1); 2017-03: 040 (+1.0, q1);
  // 2017-04: 042 (+1.9, q1), 112 (-2.0, q3), 195 (-10.0, q4);
  // 2017-05: 041 (+1.0, q1). Imprecise: "2016" and undated.
  ASSERT_EQ(months->rows.size(), 4u);
  EXPECT_EQ(months->imprecise, 2);
  const StatsRow& april = months->rows[2];
  EXPECT_EQ(april.period, "2017-04");
  EXPECT_EQ(april.events, 3);
  EXPECT_EQ(april.mentions, 3);
  EXPECT_DOUBLE_EQ(april.goldstein_sum, 1.9 - 2.0 - 10.0);
  EXPECT_DOUBLE_EQ(april.goldstein_mean, (1.9 - 2.0 - 10.0) / 3);
  EXPECT_EQ(april.quad[0], 1);
  EXPECT_EQ(april.quad[1], 0);
  EXPECT_EQ(april.quad[2], 1);
  EXPECT_EQ(april.quad[3], 1);
  EXPECT_EQ(months->rows[0].period, "2017-01");
  EXPECT_EQ(months->rows[3].period, "2017-05");

  auto years = store->Stats({}, StatsPeriod::kYear);
  ASSERT_TRUE(years.ok());
  ASSERT_EQ(years->rows.size(), 2u);
  EXPECT_EQ(years->rows[0].period, "2016");
  EXPECT_EQ(years->rows[0].events, 1);
  EXPECT_EQ(years->rows[1].events, 6);
  EXPECT_EQ(years->imprecise, 1);

  auto days = store->Stats({}, StatsPeriod::kDay);
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->rows.size(), 4u);  // 01-28, 04-07 (2), 04-20, 05-02
  EXPECT_EQ(days->rows[1].period, "2017-04-07");
  EXPECT_EQ(days->rows[1].events, 2);
  EXPECT_EQ(days->imprecise, 3);

  auto weeks = store->Stats({}, StatsPeriod::kWeek);
  ASSERT_TRUE(weeks.ok());
  // 2017-01-28 is a Saturday of ISO week 4; 2017-04-07 of week 14;
  // 2017-04-20 of week 16; 2017-05-02 of week 18.
  ASSERT_EQ(weeks->rows.size(), 4u);
  EXPECT_EQ(weeks->rows[0].period, "2017-W04");
  EXPECT_EQ(weeks->rows[1].period, "2017-W14");
  EXPECT_EQ(weeks->rows[2].period, "2017-W16");
  EXPECT_EQ(weeks->rows[3].period, "2017-W18");

  EventFilter dyad;
  dyad.dyad = "USA-RUS";
  auto dyad_months = store->Stats(dyad, StatsPeriod::kMonth);
  ASSERT_TRUE(dyad_months.ok());
  ASSERT_EQ(dyad_months->rows.size(), 3u);  // 2017-01, 2017-04, 2017-05
  EXPECT_EQ(dyad_months->rows[1].period, "2017-04");
  EXPECT_DOUBLE_EQ(dyad_months->rows[1].goldstein_sum, -2.0);
  EXPECT_EQ(dyad_months->imprecise, 2);  // 2016 and the undated threat
}

TEST(SqliteStore, BadFiltersAreRefusedNamingTheOption) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  struct Case {
    EventFilter filter;
    std::string message;
  };
  auto f = [](auto set) {
    EventFilter filter;
    set(filter);
    return filter;
  };
  const std::vector<Case> cases = {
      {f([](EventFilter& x) { x.from = "2017-13"; }), "--from"},
      {f([](EventFilter& x) { x.to = "May 2017"; }), "--to"},
      {f([](EventFilter& x) { x.from = "2017-02-30"; }), "--from"},
      {f([](EventFilter& x) { x.dyad = "USARUS"; }), "--dyad"},
      {f([](EventFilter& x) { x.dyad = "USA-"; }), "--dyad"},
      {f([](EventFilter& x) { x.root = "4"; }), "--root"},
      {f([](EventFilter& x) { x.cameo = "04x"; }), "--cameo"},
      {f([](EventFilter& x) { x.quad_class = 5; }), "--quad"},
      {f([](EventFilter& x) { x.limit = -1; }), "--limit"},
      {f([](EventFilter& x) { x.offset = -1; }), "--offset"},
      {f([](EventFilter& x) { x.text = "\"unbalanced"; }), "--text"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    auto rows = store->Query(c.filter);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(rows.error().message.find(c.message), std::string::npos)
        << rows.error().message;
  }
}

TEST(SqliteStore, RejectsAreKeptOnceAndDroppedWhenTheDocumentGoesIn) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  Rejection bad_date;
  bad_date.origin = Origin{"in.jsonl", 4, InputFormat::kJsonl};
  bad_date.doc_id = "d7";
  bad_date.error = Error{ErrorCode::kInvalidArgument,
                         "\"date\" is not a date: \"2017-13-45\""};
  bad_date.content = R"({"id":"d7","text":"x","date":"2017-13-45"})";
  Rejection binary;
  binary.origin = Origin{"junk.txt", 0, InputFormat::kText};
  binary.error = Error{ErrorCode::kInvalidArgument, "invalid UTF-8 at byte 1"};
  binary.content = std::string("x\xff\x00y", 4);
  ASSERT_TRUE(store->AddRejects(std::vector<Rejection>{bad_date, binary}).ok());
  ASSERT_TRUE(store->AddRejects(std::vector<Rejection>{bad_date}).ok());
  auto rejects = store->Rejects();
  ASSERT_TRUE(rejects.ok());
  ASSERT_EQ(rejects->size(), 2u);
  EXPECT_EQ((*rejects)[0].Message(), bad_date.Message());
  EXPECT_EQ((*rejects)[0].origin.line, 4);
  EXPECT_EQ((*rejects)[0].origin.format, InputFormat::kJsonl);
  EXPECT_EQ((*rejects)[0].content, bad_date.content);
  EXPECT_EQ((*rejects)[1].content, binary.content);
  EXPECT_EQ((*rejects)[1].error.code, ErrorCode::kInvalidArgument);

  IngestOrDie(*store, {MakeDocument("d7", "BBC", {"x"}, {})});
  rejects = store->Rejects();
  ASSERT_TRUE(rejects.ok());
  ASSERT_EQ(rejects->size(), 1u);
  EXPECT_EQ((*rejects)[0].origin.input, "junk.txt");
}

TEST(SqliteStore, ABatchWithABadDocumentStoresNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  Event stray = MakeEvent("other", "o1", "USAGOV", "", "010", "2017");
  Event silent = MakeEvent("b", "b1", "USAGOV", "", "010", "2017");
  silent.mentions.clear();
  struct Case {
    StoredDocument bad;
    std::string message;
  };
  const std::vector<Case> cases = {
      {MakeDocument("b", "", {"x"}, {stray}), "belongs to document"},
      {MakeDocument("b", "", {"x"}, {silent}), "has no mention"},
      {MakeDocument("", "", {"x"}, {}), "without an id"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    auto result = store->Ingest(
        std::vector<StoredDocument>{testing::SyntheticDocument(1), c.bad});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(result.error().message.find(c.message), std::string::npos)
        << result.error().message;
    auto counts = store->Counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->documents, 0);
  }
}

TEST(SqliteStore, ReadersSeeWholeBatchesWhileAnIngestRuns) {
  TempDir dir;
  const std::string path = dir.File("s.db");
  auto writer = OpenOrDie(path);
  ASSERT_NE(writer, nullptr);
  constexpr int kBatches = 40, kBatchSize = 10;
  std::atomic<bool> done{false};
  std::atomic<int> reads{0}, partial{0}, errors{0};
  std::thread reader([&] {
    StoreOptions ro;
    ro.read_only = true;
    auto store = OpenSqliteStore(path, ro);
    if (!store.ok()) {
      ++errors;
      return;
    }
    while (!done) {
      auto counts = (*store)->Counts();
      EventFilter filter;
      filter.actor = "RUS";
      auto rows = (*store)->Query(filter);
      if (!counts.ok() || !rows.ok()) {
        ++errors;
        continue;
      }
      if (counts->documents % kBatchSize != 0) ++partial;
      ++reads;
    }
  });
  for (int b = 0; b < kBatches; ++b) {
    std::vector<StoredDocument> batch;
    for (int i = 0; i < kBatchSize; ++i) {
      batch.push_back(testing::SyntheticDocument(b * kBatchSize + i));
    }
    IngestOrDie(*writer, batch);
  }
  done = true;
  reader.join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(partial, 0);
  EXPECT_GT(reads, 0);
  auto counts = writer->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, kBatches * kBatchSize);
}

TEST(SqliteStore, ForEachDocumentEventGivesTheEventContractBack) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("s.db"));
  ASSERT_NE(store, nullptr);
  auto corpus = FilterCorpus();
  IngestOrDie(*store, corpus);
  std::set<std::string> seen;
  EventFilter filter;
  filter.actor = "USA";
  Status s = store->ForEachDocumentEvent(
      filter, [&](const Event& e, const EventRow& row) {
        EXPECT_EQ(e.source.code, row.source.code);
        for (const StoredDocument& d : corpus) {
          for (const Event& original : d.events) {
            if (original.event_id == e.event_id) {
              EXPECT_EQ(EventToJson(e).dump(), EventToJson(original).dump());
            }
          }
        }
        seen.insert(e.event_id);
        return Status();
      });
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(seen, (std::set<std::string>{"d1-1", "d2-1", "d2-2", "d3-2", "d3-3",
                                         "d4-1"}));
}

}  // namespace
}  // namespace dyad
