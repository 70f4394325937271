// The store routes of the HTTP API end to end: a server with a store on a
// free loopback port, in process, asked with httplib::Client. Reads run
// against a store filled by hand (so the answers can be computed by hand);
// writes against a fresh store each.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "apps/server/server.h"
#include "apps/server/server_test_support.h"
#include "dyad/export.h"
#include "dyad/store.h"
#include "tests/store_fixtures.h"
#include "tests/test_support.h"

namespace dyad::server {
namespace {

using nlohmann::json;
using test_support::BodyOf;
using test_support::ClientFor;
using test_support::ErrorCodeOf;
using test_support::ErrorMessageOf;
using test_support::HeldWorker;
using test_support::kText;
using test_support::StartServer;
using testing::MakeDocument;
using testing::FilterCorpus;
using testing::MakeEvent;
using testing::TempDir;

constexpr const char* kToken = "s3cret";


class StoreReadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->File("store.db");
    {
      auto store = OpenSqliteStore(db_, {});
      ASSERT_TRUE(store.ok()) << store.error().message;
      auto summary = (*store)->Ingest(FilterCorpus());
      ASSERT_TRUE(summary.ok()) << summary.error().message;
    }
    ServerOptions options;
    options.db_path = db_;
    server_ = StartServer(options).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    client_ = ClientFor(*server_);
  }

  // GET `path`, which must answer 200 with JSON.
  json Get(const std::string& path) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    return BodyOf(res);
  }

  static TempDir* dir_;
  static std::string db_;
  static Server* server_;
  std::unique_ptr<httplib::Client> client_;
};

TempDir* StoreReadTest::dir_ = nullptr;
std::string StoreReadTest::db_;
Server* StoreReadTest::server_ = nullptr;

TEST_F(StoreReadTest, HealthReportsTheStoreAndItsCounts) {
  json health = Get("/v1/health");
  EXPECT_EQ(health["store"]["attached"], true);
  EXPECT_EQ(health["store"]["counts"]["documents"], 4);
  EXPECT_EQ(health["store"]["counts"]["events"], 8);
  EXPECT_EQ(health["store"]["counts"]["doc_events"], 8);
  EXPECT_EQ(health["store"]["counts"]["rejects"], 0);
}

TEST_F(StoreReadTest, EventsAreTheStoresRowsAsDyadQueryPrintsThem) {
  json page = Get("/v1/events");
  EXPECT_EQ(page["limit"], 100);
  EXPECT_EQ(page["offset"], 0);
  EXPECT_TRUE(page["next_offset"].is_null());
  ASSERT_EQ(page["events"].size(), 8u);
  auto store = OpenSqliteStore(db_, {.read_only = true});
  ASSERT_TRUE(store.ok());
  auto rows = (*store)->Query({});
  ASSERT_TRUE(rows.ok());
  for (size_t i = 0; i < rows->size(); ++i) {
    EXPECT_EQ(page["events"][i], json::parse(EventRowToJson((*rows)[i]).dump()))
        << i;
  }
  EXPECT_EQ(page["events"][0]["date"], "2016");
  EXPECT_TRUE(page["events"][7]["date"].is_null());  // undated last
}

TEST_F(StoreReadTest, EveryFilterIsAParameter) {
  struct Case {
    std::string query;
    std::set<std::string> expected;  // "SOURCE>TARGET:CAMEO"
  };
  const std::vector<Case> cases = {
      {"actor=SYR", {"RUSGOV>SYRGOV:042", "USAMIL>SYRMIL:195"}},
      {"source=USA",
       {"USAGOV>RUSGOV:041", "USAMIL>SYRMIL:195", "USAGOV>RUSGOV:046"}},
      {"target=USAMIL", {"RUSMIL>USAMIL:138"}},
      {"dyad=USA-RUS&directed=true",
       {"USAGOV>RUSGOV:041", "USAGOV>RUSGOV:046"}},
      {"dyad=RUSGOV-USAGOV&directed=false",
       {"USAGOV>RUSGOV:041", "USAGOV>RUSGOV:046", "RUSGOV>USAGOV:112",
        "RUSGOV>USAGOV:041"}},
      {"cameo=041", {"USAGOV>RUSGOV:041", "RUSGOV>USAGOV:041"}},
      {"root=19", {"USAMIL>SYRMIL:195"}},
      {"quad=3", {"RUSGOV>USAGOV:112", "RUSMIL>USAMIL:138"}},
      {"from=2017-04&to=2017-04",
       {"RUSGOV>SYRGOV:042", "RUSGOV>USAGOV:112", "USAMIL>SYRMIL:195"}},
      {"text=sarin", {"USAGOV>RUSGOV:041", "USAMIL>SYRMIL:195"}},
      {"text=%22sarin%20attack%22&actor=SYR", {"USAMIL>SYRMIL:195"}},
      {"actor=CHN", {}},
      {"actor=&cameo=",
       {"USAGOV>RUSGOV:041", "RUSGOV>SYRGOV:042", "RUSGOV>USAGOV:112",
        "USAMIL>SYRMIL:195", "IGOUNO>:040", "USAGOV>RUSGOV:046",
        "RUSMIL>USAMIL:138", "RUSGOV>USAGOV:041"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.query);
    json page = Get("/v1/events?" + c.query);
    std::set<std::string> got;
    for (const json& e : page["events"]) {
      got.insert(e["source"]["code"].get<std::string>() + ">" +
                 (e["target"].is_null()
                      ? ""
                      : e["target"]["code"].get<std::string>()) +
                 ":" + e["cameo"].get<std::string>());
    }
    EXPECT_EQ(got, c.expected);
    EXPECT_EQ(page["events"].size(), c.expected.size());
  }
}

TEST_F(StoreReadTest, PagesWalkTheWholeResultExactlyOnce) {
  std::vector<int64_t> all;
  const json everything = Get("/v1/events");
  for (const json& e : everything["events"]) all.push_back(e["id"]);
  ASSERT_EQ(all.size(), 8u);
  for (int limit : {1, 3, 8, 9}) {
    SCOPED_TRACE(limit);
    std::vector<int64_t> walked;
    json offset = 0;
    int pages = 0;
    while (!offset.is_null() && pages++ < 20) {
      json page = Get("/v1/events?limit=" + std::to_string(limit) +
                      "&offset=" + offset.dump());
      EXPECT_EQ(page["limit"], limit);
      EXPECT_EQ(page["offset"], offset);
      EXPECT_LE(page["events"].size(), static_cast<size_t>(limit));
      for (const json& e : page["events"]) walked.push_back(e["id"]);
      offset = page["next_offset"];
    }
    EXPECT_EQ(walked, all);
    EXPECT_EQ(pages, (8 + limit - 1) / limit);
  }
  // Past the end: nothing, and no next page.
  json past = Get("/v1/events?offset=8");
  EXPECT_TRUE(past["events"].empty());
  EXPECT_TRUE(past["next_offset"].is_null());
  // Paging within a filter.
  json first = Get("/v1/events?source=RUS&limit=2");
  EXPECT_EQ(first["next_offset"], 2);
  json second = Get("/v1/events?source=RUS&limit=2&offset=2");
  EXPECT_TRUE(second["next_offset"].is_null());
  EXPECT_EQ(first["events"].size() + second["events"].size(), 4u);
}

TEST_F(StoreReadTest, BadParametersAre400NamingTheParameter) {
  struct Case {
    std::string path;
    std::string parameter;
  };
  const std::vector<Case> cases = {
      {"/v1/events?from=2017-13", "from"},
      {"/v1/events?to=May%202017", "to"},
      {"/v1/events?from=2017-02-30", "from"},
      {"/v1/events?dyad=USARUS", "dyad"},
      {"/v1/events?root=4", "root"},
      {"/v1/events?cameo=04x", "cameo"},
      {"/v1/events?quad=5", "quad"},
      {"/v1/events?quad=two", "quad"},
      {"/v1/events?directed=maybe", "directed"},
      {"/v1/events?limit=0", "limit"},
      {"/v1/events?limit=1001", "limit"},
      {"/v1/events?limit=ten", "limit"},
      {"/v1/events?offset=-1", "offset"},
      {"/v1/events?offset=1.5", "offset"},
      {"/v1/events?text=%22unbalanced", "text"},
      {"/v1/events?colour=red", "colour"},
      {"/v1/events?actor=RUS&actor=USA", "actor"},
      {"/v1/events?by=month", "by"},
      {"/v1/stats?by=decade", "by"},
      {"/v1/stats?from=yesterday", "from"},
      {"/v1/stats?limit=5", "limit"},
      {"/v1/dyads?limit=5000", "limit"},
      {"/v1/dyads?root=123", "root"},
      {"/v1/dyads?offset=1", "offset"},
      {"/v1/events/1?full=yes", "full"},
      {"/v1/documents/d1?x=1", "x"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    auto res = client_->Get(c.path.c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << res->body;
    EXPECT_EQ(ErrorCodeOf(res), "bad_parameter");
    const std::string message = ErrorMessageOf(res);
    EXPECT_NE(message.find(c.parameter), std::string::npos) << message;
    EXPECT_EQ(message.find("--"), std::string::npos) << message;
  }
}

TEST_F(StoreReadTest, EventWithEveryReportAsDyadShowPrintsIt) {
  json page = Get("/v1/events?cameo=041&from=2017-05-02");
  ASSERT_EQ(page["events"].size(), 1u);
  const int64_t id = page["events"][0]["id"];
  json detail = Get("/v1/events/" + std::to_string(id));
  EXPECT_EQ(detail["id"], id);
  EXPECT_EQ(detail["cameo"], "041");
  ASSERT_EQ(detail["reports"].size(), 1u);
  EXPECT_EQ(detail["reports"][0]["doc_source"], "BBC");
  EXPECT_EQ(detail["reports"][0]["event"]["doc_id"], "d1");
  EXPECT_EQ(detail["reports"][0]["event"]["event_id"], "d1-1");
  auto store = OpenSqliteStore(db_, {.read_only = true});
  ASSERT_TRUE(store.ok());
  auto shown = (*store)->Show(id);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(detail, json::parse(EventDetailToJson(*shown).dump()));

  for (const char* bad :
       {"/v1/events/abc", "/v1/events/-1", "/v1/events/1x", "/v1/events/1/2"}) {
    SCOPED_TRACE(bad);
    auto res = client_->Get(bad);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(ErrorCodeOf(res), "bad_parameter");
  }
  auto unknown = client_->Get("/v1/events/999999");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(ErrorCodeOf(unknown), "not_found");
}

TEST_F(StoreReadTest, StatsByPeriodAsComputedByHand) {
  json months = Get("/v1/stats");
  EXPECT_EQ(months["by"], "month");
  // 2017-01: 041; 2017-03: 040; 2017-04: 042 (+1.9, q1), 112 (-2.0, q3),
  // 195 (-10.0, q4); 2017-05: 041. "2016" and the undated are imprecise.
  ASSERT_EQ(months["rows"].size(), 4u);
  EXPECT_EQ(months["imprecise"], 2);
  const json& april = months["rows"][2];
  EXPECT_EQ(april["period"], "2017-04");
  EXPECT_EQ(april["events"], 3);
  EXPECT_EQ(april["mentions"], 3);
  EXPECT_DOUBLE_EQ(april["goldstein_sum"].get<double>(), 1.9 - 2.0 - 10.0);
  EXPECT_DOUBLE_EQ(april["goldstein_mean"].get<double>(),
                   (1.9 - 2.0 - 10.0) / 3);
  EXPECT_EQ(april["quad"], json::parse("[1, 0, 1, 1]"));

  json years = Get("/v1/stats?by=year");
  EXPECT_EQ(years["by"], "year");
  ASSERT_EQ(years["rows"].size(), 2u);
  EXPECT_EQ(years["rows"][0]["period"], "2016");
  EXPECT_EQ(years["rows"][1]["events"], 6);
  EXPECT_EQ(years["imprecise"], 1);

  json weeks = Get("/v1/stats?by=week&dyad=USA-RUS");
  ASSERT_EQ(weeks["rows"].size(), 3u);  // 2017-W04, 2017-W14, 2017-W18
  EXPECT_EQ(weeks["rows"][0]["period"], "2017-W04");
  EXPECT_EQ(weeks["imprecise"], 2);
  EXPECT_EQ(Get("/v1/stats?by=day")["rows"].size(), 4u);
}

TEST_F(StoreReadTest, DyadsAreTheActorNetwork) {
  json all = Get("/v1/dyads");
  // Most events first, then by source and target; the UN's event has no
  // target and is left out.
  const std::vector<std::string> expected = {
      "RUSGOV>USAGOV 2 -0.5", "USAGOV>RUSGOV 2 4.0", "RUSGOV>SYRGOV 1 1.9",
      "RUSMIL>USAMIL 1 -7.0", "USAMIL>SYRMIL 1 -10.0"};
  std::vector<std::string> got;
  for (const json& d : all["dyads"]) {
    got.push_back(d["source"].get<std::string>() + ">" +
                  d["target"].get<std::string>() + " " + d["events"].dump() +
                  " " + d["goldstein_mean"].dump());
    EXPECT_EQ(d["mentions"], d["events"]);  // one mention an event here
  }
  EXPECT_EQ(got, expected);
  EXPECT_EQ(Get("/v1/dyads?limit=2")["dyads"].size(), 2u);
  json syria = Get("/v1/dyads?actor=SYR");
  ASSERT_EQ(syria["dyads"].size(), 2u);
  EXPECT_EQ(syria["dyads"][0]["target"], "SYRGOV");
  EXPECT_TRUE(Get("/v1/dyads?actor=IGO")["dyads"].empty());
}

TEST_F(StoreReadTest, DocumentAsStored) {
  json doc = Get("/v1/documents/d1");
  EXPECT_EQ(doc["id"], "d1");
  EXPECT_EQ(doc["text"],
            "Trump spoke to Putin about the sarin attack. Putin visited "
            "Damascus. ");
  EXPECT_TRUE(doc["date"].is_null());
  EXPECT_EQ(doc["source"], "BBC");
  EXPECT_TRUE(doc["url"].is_null());
  ASSERT_EQ(doc["sentences"].size(), 2u);
  EXPECT_EQ(doc["sentences"][1]["index"], 1);
  EXPECT_EQ(doc["sentences"][1]["text"], "Putin visited Damascus.");
  ASSERT_EQ(doc["actors"].size(), 4u);
  EXPECT_EQ(doc["actors"][0]["code"], "USAGOV");
  EXPECT_EQ(doc["actors"][0]["span"], json::parse("[0, 5]"));
  ASSERT_EQ(doc["events"].size(), 2u);
  EXPECT_EQ(doc["events"][0]["event_id"], "d1-1");
  EXPECT_EQ(doc["events"][0]["cameo"], "041");
  EXPECT_EQ(doc["events"][1]["source"]["code"], "RUSGOV");

  auto unknown = client_->Get("/v1/documents/nope");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(ErrorCodeOf(unknown), "not_found");
}

TEST_F(StoreReadTest, StoreRoutesAnswerOtherMethodsWith405) {
  auto del = client_->Delete("/v1/events/1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(del->get_header_value("Allow"), "GET, HEAD");
  auto get = client_->Get("/v1/documents");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  auto post = client_->Post("/v1/events", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
}

// A fresh store and server for each test; POST needs kToken.
class StoreWriteTest : public ::testing::Test {
 protected:
  void SetUp() override { Start({}); }

  void Start(ServerOptions options) {
    server_.reset();
    options.db_path = dir_.File("store.db");
    options.token = kToken;
    server_ = StartServer(std::move(options));
    ASSERT_NE(server_, nullptr);
    client_ = ClientFor(*server_);
  }

  httplib::Result Post(const std::string& path, const std::string& body,
                       const char* type = "application/json") {
    return client_->Post(path.c_str(),
                         {{"Authorization", std::string("Bearer ") + kToken}},
                         body, type);
  }

  json Counts() {
    auto res = client_->Get("/v1/health");
    EXPECT_TRUE(res);
    return BodyOf(res)["store"]["counts"];
  }

  TempDir dir_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(StoreWriteTest, StoresADocumentOnceAndServesItBack) {
  const json document = {{"id", "a1"},
                         {"text", kText},
                         {"date", "2017-05-02"},
                         {"source", "BBC"},
                         {"url", "https://example.com/a1"}};
  auto first = Post("/v1/documents", document.dump());
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  json summary = BodyOf(first);
  EXPECT_EQ(summary["added"], 1);
  EXPECT_EQ(summary["replaced"], 0);
  EXPECT_EQ(summary["unchanged"], 0);
  ASSERT_EQ(summary["documents"].size(), 1u);
  EXPECT_EQ(summary["documents"][0]["id"], "a1");
  EXPECT_EQ(summary["documents"][0]["line"], 1);
  const int events = summary["documents"][0]["events"];
  EXPECT_GT(events, 0);
  EXPECT_EQ(summary["events"], events);
  EXPECT_TRUE(summary["rejects"].empty());

  auto got = client_->Get("/v1/documents/a1");
  ASSERT_TRUE(got);
  ASSERT_EQ(got->status, 200) << got->body;
  json doc = BodyOf(got);
  EXPECT_EQ(doc["text"], kText);
  EXPECT_EQ(doc["date"], "2017-05-02");
  EXPECT_EQ(doc["source"], "BBC");
  EXPECT_EQ(doc["url"], "https://example.com/a1");
  EXPECT_EQ(doc["sentences"].size(), 2u);
  EXPECT_FALSE(doc["actors"].empty());
  ASSERT_EQ(doc["events"].size(), static_cast<size_t>(events));
  EXPECT_EQ(doc["events"][0]["doc_id"], "a1");
  const json before = Counts();
  EXPECT_EQ(before["documents"], 1);

  // The same document again: nothing stored.
  auto second = Post("/v1/documents", document.dump());
  ASSERT_TRUE(second);
  ASSERT_EQ(second->status, 200) << second->body;
  json again = BodyOf(second);
  EXPECT_EQ(again["added"], 0);
  EXPECT_EQ(again["unchanged"], 1);
  EXPECT_EQ(again["events"], 0);
  EXPECT_EQ(Counts(), before);

  // Coded the other way it is a new version that replaces the old.
  auto accurate = Post("/v1/documents?mode=accurate", document.dump());
  ASSERT_TRUE(accurate);
  ASSERT_EQ(accurate->status, 200) << accurate->body;
  EXPECT_EQ(BodyOf(accurate)["replaced"], 1);
  EXPECT_EQ(Counts()["documents"], 1);
}

TEST_F(StoreWriteTest, BadJsonLinesAreRejectedAndTheRestStored) {
  const std::string body =
      json{{"id", "b1"}, {"text", kText}, {"date", "2017-05-02"}}.dump() +
      "\n" + "{\"id\": \"b2\", \"text\": \n" +  // 2: not JSON
      json{{"id", "b3"}, {"text", "Russia condemned Ukraine."}}.dump() +
      "\n\n" +                // 4: blank
      "{\"id\": \"b5\"}\n" +  // 5: no text
      "{\"id\": \"b6\", \"text\": \"x\", \"date\": \"2017-13-45\"}\n" +
      "{\"id\": \"b7\", \"text\": \"Russia \xc3\x28\"}\n" +  // 7: UTF-8
      "{\"id\": \"b8\", \"text\": \"a\\u0000b\"}\n" +        // 8: NUL
      "{\"id\": \"b9\", \"text\": 42}\n" +                   // 9: type
      "[1, 2]\n";                                            // 10
  auto res = Post("/v1/documents", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json summary = BodyOf(res);
  EXPECT_EQ(summary["added"], 2);
  ASSERT_EQ(summary["documents"].size(), 2u);
  EXPECT_EQ(summary["documents"][0]["id"], "b1");
  EXPECT_EQ(summary["documents"][0]["line"], 1);
  EXPECT_EQ(summary["documents"][1]["id"], "b3");
  EXPECT_EQ(summary["documents"][1]["line"], 3);
  std::vector<int> lines;
  for (const json& r : summary["rejects"]) {
    lines.push_back(r["line"]);
    EXPECT_FALSE(r["reason"].get<std::string>().empty()) << r;
  }
  EXPECT_EQ(lines, (std::vector<int>{2, 5, 6, 7, 8, 9, 10}));
  EXPECT_TRUE(summary["rejects"][0]["doc_id"].is_null());
  EXPECT_EQ(summary["rejects"][1]["doc_id"], "b5");
  EXPECT_NE(summary["rejects"][1]["reason"].get<std::string>().find("text"),
            std::string::npos);
  EXPECT_NE(summary["rejects"][2]["reason"].get<std::string>().find("date"),
            std::string::npos);

  auto stored = client_->Get("/v1/documents/b3");
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 200);
  auto rejected = client_->Get("/v1/documents/b6");
  ASSERT_TRUE(rejected);
  EXPECT_EQ(rejected->status, 404);

  // The rejects are kept in the store, as `dyad ingest` keeps them.
  json counts = Counts();
  EXPECT_EQ(counts["documents"], 2);
  EXPECT_EQ(counts["rejects"], 7);
  auto store = OpenSqliteStore(dir_.File("store.db"), {.read_only = true});
  ASSERT_TRUE(store.ok());
  auto kept = (*store)->Rejects();
  ASSERT_TRUE(kept.ok());
  ASSERT_EQ(kept->size(), 7u);
  EXPECT_EQ((*kept)[1].origin.input, "POST /v1/documents");
  EXPECT_EQ((*kept)[1].origin.line, 5);
  EXPECT_EQ((*kept)[1].doc_id, "b5");
}

TEST_F(StoreWriteTest, JsonLinesAreDetectedAndDocumentsGetTheDefaultDate) {
  const std::string body =
      json{{"id", "c1"}, {"text", kText}}.dump() + "\n" +
      json{{"id", "c2"}, {"text", kText}, {"date", "2016-01-01"}}.dump() + "\n";
  auto res = Post("/v1/documents?date=2017-05-02", body);  // application/json
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(BodyOf(res)["added"], 2);
  auto c1 = client_->Get("/v1/documents/c1");
  auto c2 = client_->Get("/v1/documents/c2");
  ASSERT_TRUE(c1);
  ASSERT_TRUE(c2);
  EXPECT_EQ(BodyOf(c1)["date"], "2017-05-02");
  EXPECT_EQ(BodyOf(c2)["date"], "2016-01-01");
  // "Monday" before 2017-05-02 is 2017-05-01.
  json monday =
      BodyOf(client_->Get("/v1/events?from=2017-05-01&to=2017-05-01"));
  EXPECT_FALSE(monday["events"].empty()) << monday;
}

TEST_F(StoreWriteTest, ADocumentWithoutAnIdIsNamedByItsContent) {
  const std::string body = json{{"text", kText}, {"date", "2017-05-02"}}.dump();
  auto first = Post("/v1/documents", body);
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200) << first->body;
  const std::string id = BodyOf(first)["documents"][0]["id"];
  EXPECT_EQ(id.size(), 16u) << id;
  auto second = Post("/v1/documents", body);
  ASSERT_TRUE(second);
  EXPECT_EQ(BodyOf(second)["unchanged"], 1);
  EXPECT_EQ(BodyOf(second)["documents"][0]["id"], id);
  auto got = client_->Get(("/v1/documents/" + id).c_str());
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, 200);
}

struct BadPost {
  std::string name;
  std::string path;
  std::string content_type;
  std::string body;
  int status;
  std::string code;
  bool kept;  // in the rejects table
};

TEST_F(StoreWriteTest, BadRequestsGetJsonErrors) {
  const std::vector<BadPost> cases = {
      {"not JSON", "/v1/documents", "application/json", "{\"text\": ", 400,
       "invalid_json", false},
      {"empty", "/v1/documents", "application/json", "", 400, "invalid_json",
       false},
      {"array", "/v1/documents", "application/json", "[1, 2]", 400,
       "invalid_argument", false},
      {"no lines", "/v1/documents", "application/x-ndjson", "\n\n", 400,
       "invalid_argument", false},
      {"text a number", "/v1/documents", "application/json",
       R"({"id": "e1", "text": 1})", 400, "invalid_document", true},
      {"no text", "/v1/documents", "application/json", R"({"id": "e2"})", 400,
       "invalid_document", true},
      {"bad date", "/v1/documents", "application/json",
       R"({"id": "e3", "text": "x", "date": "2017-13-45"})", 400,
       "invalid_document", true},
      {"empty text", "/v1/documents", "application/json",
       R"({"id": "e4", "text": ""})", 400, "invalid_document", true},
      {"id an object", "/v1/documents", "application/json",
       R"({"id": {}, "text": "x"})", 400, "invalid_document", true},
      {"bad mode", "/v1/documents?mode=slow", "application/json",
       R"({"text": "x"})", 400, "bad_parameter", false},
      {"bad date parameter", "/v1/documents?date=yesterday", "application/json",
       R"({"text": "x"})", 400, "bad_parameter", false},
      {"unknown parameter", "/v1/documents?id=x", "application/json",
       R"({"text": "x"})", 400, "bad_parameter", false},
      {"plain text", "/v1/documents", "text/plain", "Russia condemned Ukraine.",
       415, "unsupported_media_type", false},
  };
  int kept = 0;
  for (const BadPost& c : cases) {
    SCOPED_TRACE(c.name);
    auto res = Post(c.path, c.body, c.content_type.c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, c.status) << res->body;
    EXPECT_EQ(ErrorCodeOf(res), c.code);
    kept += c.kept ? 1 : 0;
  }
  json counts = Counts();
  EXPECT_EQ(counts["documents"], 0);
  EXPECT_EQ(counts["rejects"], kept);
}

TEST_F(StoreWriteTest, WritesNeedTheToken) {
  const std::string body = json{{"id", "t1"}, {"text", kText}}.dump();
  auto none = client_->Post("/v1/documents", body, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(ErrorCodeOf(none), "unauthorized");
  EXPECT_EQ(none->get_header_value("WWW-Authenticate"), "Bearer");
  auto wrong = client_->Post("/v1/documents", {{"Authorization", "Bearer x"}},
                             body, "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(Counts()["documents"], 0);
  // Reads need none.
  auto read = client_->Get("/v1/events");
  ASSERT_TRUE(read);
  EXPECT_EQ(read->status, 200);
}

TEST_F(StoreWriteTest, BodyOverTheLimitIs413) {
  ServerOptions options;
  options.max_body_bytes = 1000;
  Start(options);
  const std::string body =
      json{{"id", "big"}, {"text", std::string(1000, 'a')}}.dump();
  auto res = Post("/v1/documents", body);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(ErrorCodeOf(res), "payload_too_large");
  EXPECT_EQ(Counts()["documents"], 0);
}

TEST_F(StoreWriteTest, FullQueueIs503WithRetryAfter) {
  HeldWorker held;
  ServerOptions options;
  held.Configure(options);
  Start(options);
  const std::string body = json{{"id", "q1"}, {"text", kText}}.dump();
  auto first = std::async(std::launch::async,
                          [&] { return Post("/v1/documents", body); });
  held.WaitUntilHeld();
  auto busy = ClientFor(*server_)->Post(
      "/v1/documents", {{"Authorization", std::string("Bearer ") + kToken}},
      json{{"id", "q2"}, {"text", kText}}.dump(), "application/json");
  held.Release();
  ASSERT_TRUE(busy);
  EXPECT_EQ(busy->status, 503);
  EXPECT_EQ(ErrorCodeOf(busy), "overloaded");
  EXPECT_EQ(busy->get_header_value("Retry-After"), "1");
  auto done = first.get();
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 200);
  EXPECT_EQ(Counts()["documents"], 1);
}

TEST_F(StoreWriteTest, ReadsGoOnWhileDocumentsAreWritten) {
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0}, reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      auto client = ClientFor(*server_);
      while (!stop) {
        for (const char* path :
             {"/v1/events?limit=5", "/v1/stats", "/v1/dyads", "/v1/health"}) {
          auto res = client->Get(path);
          if (!res || res->status != 200) ++failures;
          ++reads;
        }
      }
    });
  }
  const char* dates[] = {"2017-05-01", "2017-05-02", "2017-05-03", "2017-05-04",
                         "2017-05-05"};
  for (int i = 0; i < 5; ++i) {
    json document = {{"text", kText}, {"date", dates[i]}};
    document["id"] = dates[i];
    auto res = Post("/v1/documents", document.dump());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
  }
  stop = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_GT(reads, 0);
  EXPECT_EQ(Counts()["documents"], 5);
}

TEST_F(StoreWriteTest, CodesAndStoresTheReferenceArticle) {
  auto article = testing::ReferenceArticle();
  if (!article) GTEST_SKIP() << "no ../shared: the reference article is absent";
  const std::string body = json{
      {"id", "reference"},
      {"text", *article},
      {"source", "reference"}}.dump();
  auto res = Post("/v1/documents?date=2017-05-02", body);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(BodyOf(res)["added"], 1);
  json calls = BodyOf(client_->Get(
      "/v1/events?cameo=041&from=2017-05-02&to=2017-05-02&source=USA"));
  ASSERT_FALSE(calls["events"].empty()) << calls;
  EXPECT_EQ(calls["events"][0]["doc_id"], "reference");
  json doc = BodyOf(client_->Get("/v1/documents/reference"));
  EXPECT_EQ(doc["date"], "2017-05-02");
  EXPECT_EQ(doc["sentences"].size(), 15u);
  json detail = BodyOf(
      client_->Get(("/v1/events/" + calls["events"][0]["id"].dump()).c_str()));
  ASSERT_EQ(detail["reports"].size(), 1u);
  EXPECT_EQ(detail["reports"][0]["event"]["date"], "2017-05-02");
  EXPECT_FALSE(BodyOf(client_->Get("/v1/dyads"))["dyads"].empty());
}

TEST(StoreServerTest, WithoutAStoreTheStoreRoutesAre404NoStore) {
  auto server = StartServer({});
  ASSERT_NE(server, nullptr);
  auto client = ClientFor(*server);
  for (const char* path : {"/v1/events", "/v1/events/1", "/v1/stats",
                           "/v1/dyads", "/v1/documents/d1"}) {
    SCOPED_TRACE(path);
    auto res = client->Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_EQ(ErrorCodeOf(res), "no_store");
    EXPECT_EQ(ErrorMessageOf(res),
              "this server has no store: start dyad serve with --db PATH");
  }
  auto post = client->Post("/v1/documents", json{{"text", kText}}.dump(),
                           "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 404);
  EXPECT_EQ(ErrorCodeOf(post), "no_store");
  json health = BodyOf(client->Get("/v1/health"));
  EXPECT_EQ(health["store"]["attached"], false);
}

TEST(StoreServerTest, TheStoreIsCreatedWhenMissing) {
  TempDir dir;
  ServerOptions options;
  options.db_path = dir.File("new.db");
  auto server = Server::Create(options);
  ASSERT_TRUE(server.ok()) << server.error().message;
  EXPECT_TRUE(std::filesystem::exists(dir.File("new.db")));
}

TEST(StoreServerTest, AStoreThatCannotBeOpenedStopsTheServerNamingThePath) {
  TempDir dir;
  ASSERT_TRUE(testing::WriteFile(dir.File("not-a-db"), "hello, not SQLite"));
  for (const std::string& path :
       {dir.path(), dir.File("missing/dir/x.db"), dir.File("not-a-db")}) {
    SCOPED_TRACE(path);
    ServerOptions options;
    options.db_path = path;
    auto server = Server::Create(options);
    ASSERT_FALSE(server.ok());
    EXPECT_NE(server.error().message.find(path), std::string::npos)
        << server.error().message;
  }
  auto result = testing::RunCommand("'" + testing::DyadBinary() +
                                        "' serve --addr 127.0.0.1:0 --db '" +
                                        dir.File("missing/dir/x.db") + "'",
                                    dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_NE(result.err.find(dir.File("missing/dir/x.db")), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace dyad::server
