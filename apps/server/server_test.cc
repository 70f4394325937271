// The HTTP API end to end: a server on a free loopback port, in process,
// asked with httplib::Client; every route and every error.
#include "apps/server/server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "apps/server/server_test_support.h"
#include "tests/test_support.h"

extern char** environ;

namespace dyad::server {
namespace {

using nlohmann::json;
using test_support::ClientFor;
using test_support::ErrorCodeOf;
using test_support::HeldWorker;
using test_support::kText;
using test_support::StartServer;

// True iff `out` holds a whole response: headers and Content-Length bytes.
bool CompleteResponse(const std::string& out) {
  size_t end = out.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  size_t length = out.find("Content-Length: ");
  if (length == std::string::npos || length > end) return true;
  size_t body = std::stoul(out.substr(length + 16));
  return out.size() >= end + 4 + body;
}

// Sends raw bytes on a fresh connection; returns what comes back before the
// server closes it or `wait` passes.
std::string SendRaw(int port, const std::string& bytes,
                    std::chrono::seconds wait = std::chrono::seconds(5)) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return "(connect failed)";
  }
  timeval tv{static_cast<time_t>(wait.count()), 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (!bytes.empty()) send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    out.append(buffer, static_cast<size_t>(n));
    if (CompleteResponse(out)) break;  // rather than wait for keep-alive
  }
  close(fd);
  return out;
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = StartServer({}).release(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    client_ = ClientFor(*server_);
  }

  static Server* server_;
  std::unique_ptr<httplib::Client> client_;
};

Server* ServerTest::server_ = nullptr;

TEST_F(ServerTest, Health) {
  auto res = client_->Get("/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  json body = json::parse(res->body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["modes"]["fast"], "ready");
  EXPECT_GE(body["workers"].get<int>(), 1);
}

TEST_F(ServerTest, Version) {
  auto res = client_->Get("/v1/version");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  json body = json::parse(res->body);
  EXPECT_EQ(body["name"], "dyad");
  EXPECT_EQ(body["api"], "v1");
  EXPECT_FALSE(body["version"].get<std::string>().empty());
}

// The OpenAPI description and the route table agree both ways, and every
// route in the table is served.
TEST_F(ServerTest, OpenApiDescribesEveryRouteAndNothingElse) {
  auto res = client_->Get("/v1/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  json spec = json::parse(res->body);
  EXPECT_EQ(spec["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::string> described;
  for (const auto& [path, item] : spec["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(c));
      described.insert(upper + " " + path);
      EXPECT_TRUE(operation.contains("responses")) << upper << " " << path;
    }
  }
  std::set<std::string> registered;
  for (const Route& route : Server::Routes()) {
    registered.insert(route.method + " " + route.path);
    httplib::Result answer =
        route.method == "GET"
            ? client_->Get(route.path.c_str())
            : client_->Post(route.path.c_str(), R"({"text": "x"})",
                            "application/json");
    ASSERT_TRUE(answer) << route.path;
    // This server has no store: the store routes are there, and say so.
    if (answer->status != 404 || ErrorCodeOf(answer) != "no_store") {
      EXPECT_NE(answer->status, 404) << route.method << " " << route.path;
    }
    EXPECT_NE(answer->status, 405) << route.method << " " << route.path;
  }
  EXPECT_EQ(described, registered);
}

TEST_F(ServerTest, CodesJsonDocument) {
  json request = {{"text", kText}, {"date", "2017-05-02"}, {"id", "d1"}};
  auto res = client_->Post("/v1/code", request.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = json::parse(res->body);
  EXPECT_EQ(body["id"], "d1");
  EXPECT_EQ(body["date"], "2017-05-02");
  EXPECT_EQ(body["mode"], "fast");
  EXPECT_TRUE(body["discarded"].is_null());
  const std::string text = kText;
  auto span_text = [&](const json& span) {
    return text.substr(span[0].get<size_t>(),
                       span[1].get<size_t>() - span[0].get<size_t>());
  };
  ASSERT_EQ(body["sentences"].size(), 2u);
  for (const json& s : body["sentences"]) {
    EXPECT_EQ(span_text(s["span"]), s["text"]);
    EXPECT_TRUE(s["role"] == "headline" || s["role"] == "body") << s;
  }
  std::set<std::string> codes;
  for (const json& a : body["actors"]) {
    EXPECT_EQ(span_text(a["span"]), a["text"]);
    if (a["code"].is_string()) codes.insert(a["code"]);
  }
  EXPECT_TRUE(codes.count("RUS")) << body["actors"].dump();
  bool monday = false;
  for (const json& t : body["times"]) {
    EXPECT_EQ(span_text(t["span"]), t["text"]);
    if (t["text"] == "Monday") monday = t["value"] == "2017-05-01";
  }
  EXPECT_TRUE(monday) << body["times"].dump();
  ASSERT_FALSE(body["events"].empty());
  for (const json& e : body["events"]) {
    EXPECT_EQ(e["doc_id"], "d1");
    const json& verb = e["evidence"]["verb"];
    EXPECT_EQ(span_text(verb["span"]), verb["text"]);
  }
}

TEST_F(ServerTest, CodesPlainTextWithQueryParameters) {
  json request = {{"text", kText}, {"date", "2017-05-02"}, {"id", "d1"}};
  auto from_json =
      client_->Post("/v1/code", request.dump(), "application/json");
  auto from_text = client_->Post("/v1/code?date=2017-05-02&mode=fast&id=d1",
                                 kText, "text/plain; charset=utf-8");
  ASSERT_TRUE(from_json);
  ASSERT_TRUE(from_text);
  ASSERT_EQ(from_text->status, 200) << from_text->body;
  EXPECT_EQ(json::parse(from_text->body), json::parse(from_json->body));
}

TEST_F(ServerTest, CodesReferenceArticle) {
  auto article = testing::ReferenceArticle();
  if (!article) GTEST_SKIP() << "no ../shared";
  auto res = client_->Post("/v1/code?date=2017-05-02", *article, "text/plain");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json body = json::parse(res->body);
  EXPECT_EQ(body["sentences"].size(), 15u);
  ASSERT_FALSE(body["events"].empty());
  const json& first = body["events"][0];
  EXPECT_EQ(first["cameo"], "041");
  EXPECT_EQ(first["source"]["code"], "USAGOV");
  EXPECT_EQ(first["date"], "2017-05-02");
  bool today = false;
  for (const json& t : body["times"]) {
    today = today || (t["text"] == "today" && t["value"] == "2017-05-02");
  }
  EXPECT_TRUE(today);
}

TEST_F(ServerTest, AccurateModeLoadsOnDemand) {
  json request = {
      {"text", kText}, {"date", "2017-05-02"}, {"mode", "accurate"}};
  auto res = client_->Post("/v1/code", request.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(json::parse(res->body)["mode"], "accurate");
  auto health = client_->Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(json::parse(health->body)["modes"]["accurate"], "ready");
}

struct BadRequest {
  std::string name;
  std::string path;
  std::string content_type;
  std::string body;
  int status;
  std::string code;
};

TEST_F(ServerTest, BadRequestsGetJsonErrors) {
  const std::vector<BadRequest> cases = {
      {"not JSON", "/v1/code", "application/json", "{\"text\": ", 400,
       "invalid_json"},
      {"not UTF-8 JSON", "/v1/code", "application/json",
       "{\"text\": \"\xff\xfe\"}", 400, "invalid_json"},
      {"array", "/v1/code", "application/json", "[1, 2]", 400,
       "invalid_argument"},
      {"no text", "/v1/code", "application/json", "{}", 400,
       "invalid_argument"},
      {"text a number", "/v1/code", "application/json", R"({"text": 1})", 400,
       "invalid_argument"},
      {"date a number", "/v1/code", "application/json",
       R"({"text": "x", "date": 20170502})", 400, "invalid_argument"},
      {"not a date", "/v1/code", "application/json",
       R"({"text": "x", "date": "2017-13-45"})", 400, "invalid_date"},
      {"unknown mode", "/v1/code", "application/json",
       R"({"text": "x", "mode": "slow"})", 400, "invalid_argument"},
      {"mode a bool", "/v1/code", "application/json",
       R"({"text": "x", "mode": true})", 400, "invalid_argument"},
      {"id an object", "/v1/code", "application/json",
       R"({"text": "x", "id": {}})", 400, "invalid_argument"},
      {"empty text", "/v1/code", "application/json", R"({"text": ""})", 400,
       "invalid_text"},
      {"NUL in text", "/v1/code", "application/json", R"({"text": "a\u0000b"})",
       400, "invalid_text"},
      {"plain text not UTF-8", "/v1/code", "text/plain", "Russia \xc3\x28", 400,
       "invalid_text"},
      {"plain text bad date", "/v1/code?date=yesterday", "text/plain",
       "Russia condemned Ukraine.", 400, "invalid_date"},
      {"plain text bad mode", "/v1/code?mode=x", "text/plain",
       "Russia condemned Ukraine.", 400, "invalid_argument"},
      {"other media type", "/v1/code", "application/xml", "<doc/>", 415,
       "unsupported_media_type"},
      {"unknown route", "/v1/nothing", "application/json", "{}", 404,
       "not_found"},
      {"wrong method", "/v1/health", "application/json", "{}", 405,
       "method_not_allowed"},
  };
  for (const BadRequest& c : cases) {
    SCOPED_TRACE(c.name);
    auto res = client_->Post(c.path.c_str(), c.body, c.content_type.c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, c.status) << res->body;
    EXPECT_EQ(ErrorCodeOf(res), c.code);
  }
  auto health = client_->Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(ServerTest, UnknownRoutesAre404) {
  for (const char* path : {"/v1", "/v1/code/x", "/v2/code", "/v1/Health",
                           "/v1/openapi_json", "/v1/code/"}) {
    SCOPED_TRACE(path);
    auto res = client_->Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_EQ(ErrorCodeOf(res), "not_found");
  }
}

TEST_F(ServerTest, WrongMethodsAre405WithAllow) {
  auto get = client_->Get("/v1/code");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(ErrorCodeOf(get), "method_not_allowed");
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  auto del = client_->Delete("/v1/code");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto put = client_->Put("/v1/version", "{}", "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value("Allow"), "GET, HEAD");
}

TEST_F(ServerTest, BodyOverTheLimitIs413) {
  std::string huge((size_t{10} << 20) + 1, 'a');
  auto res = client_->Post("/v1/code", huge, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(ErrorCodeOf(res), "payload_too_large");
}

TEST_F(ServerTest, MalformedHttpNeverCrashes) {
  const int port = server_->port();
  std::string garbage = SendRaw(port, "GARBAGE\r\n\r\n");
  EXPECT_NE(garbage.find("400"), std::string::npos) << garbage;
  SendRaw(port, std::string("\0\xff\r\n\r\n\r\n", 8));
  SendRaw(port, "GET /v1/health HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n");
  // Promises more body than it sends, then hangs up.
  SendRaw(port,
          "POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          "Content-Length: 1000\r\n\r\nRussia",
          std::chrono::seconds(1));
  std::string chunked = SendRaw(
      port,
      "POST /v1/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
      "Transfer-Encoding: chunked\r\nConnection: "
      "close\r\n\r\nzz\r\nab\r\n0\r\n\r\n");
  EXPECT_EQ(chunked.find("200 OK"), std::string::npos) << chunked;
  auto health = client_->Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerTimeoutTest, ReadTimeoutClosesSlowConnections) {
  ServerOptions options;
  options.read_timeout_seconds = 1;
  auto server = StartServer(options);
  ASSERT_NE(server, nullptr);
  auto start = std::chrono::steady_clock::now();
  // Half a request line, then silence: the server must hang up.
  std::string answer =
      SendRaw(server->port(), "GET /v1/hea", std::chrono::seconds(10));
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_LT(waited, std::chrono::seconds(8));
  EXPECT_EQ(answer.find("200"), std::string::npos);
}

TEST(ServerAuthTest, WritesNeedTheBearerToken) {
  ServerOptions options;
  options.token = "s3cret-token";
  auto server = StartServer(options);
  ASSERT_NE(server, nullptr);
  auto client = ClientFor(*server);
  const std::string body = json{{"text", kText}}.dump();

  auto none = client->Post("/v1/code", body, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(ErrorCodeOf(none), "unauthorized");
  EXPECT_EQ(none->get_header_value("WWW-Authenticate"), "Bearer");

  for (const char* header :
       {"Bearer wrong", "Bearer s3cret-token2", "Bearer s3cret-toke",
        "Basic s3cret-token", "Bearer "}) {
    SCOPED_TRACE(header);
    auto wrong = client->Post("/v1/code", {{"Authorization", header}}, body,
                              "application/json");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_EQ(ErrorCodeOf(wrong), "unauthorized");
  }

  auto right =
      client->Post("/v1/code", {{"Authorization", "Bearer s3cret-token"}}, body,
                   "application/json");
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 200) << right->body;

  auto health = client->Get("/v1/health");  // reads stay open
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerLimitsTest, FullQueueIs503WithRetryAfter) {
  HeldWorker held;
  ServerOptions options;
  held.Configure(options);
  options.retry_after_seconds = 2;
  auto server = StartServer(options);
  ASSERT_NE(server, nullptr);
  const std::string body = json{{"text", kText}}.dump();
  auto first = std::async(std::launch::async, [&] {
    return ClientFor(*server)->Post("/v1/code", body, "application/json");
  });
  held.WaitUntilHeld();
  auto busy = ClientFor(*server)->Post("/v1/code", body, "application/json");
  held.Release();
  ASSERT_TRUE(busy);
  EXPECT_EQ(busy->status, 503);
  EXPECT_EQ(ErrorCodeOf(busy), "overloaded");
  EXPECT_EQ(busy->get_header_value("Retry-After"), "2");
  auto done = first.get();
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 200);
  auto again = ClientFor(*server)->Post("/v1/code", body, "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

TEST(ServerLimitsTest, ConfiguredBodyLimit) {
  ServerOptions options;
  options.max_body_bytes = 100;
  auto server = StartServer(options);
  ASSERT_NE(server, nullptr);
  auto client = ClientFor(*server);
  auto small =
      client->Post("/v1/code", "Russia condemned Ukraine.", "text/plain");
  ASSERT_TRUE(small);
  EXPECT_EQ(small->status, 200);
  auto big = client->Post("/v1/code", std::string(101, 'a'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(ErrorCodeOf(big), "payload_too_large");
}

TEST(ServerOptionsTest, RefusesNonLoopbackWithoutToken) {
  for (const char* host : {"0.0.0.0", "::", "192.168.1.10", "example.com"}) {
    SCOPED_TRACE(host);
    ServerOptions options;
    options.host = host;
    auto server = Server::Create(options);
    ASSERT_FALSE(server.ok());
    EXPECT_EQ(server.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(server.error().message.find("token"), std::string::npos);
  }
  ServerOptions with_token;
  with_token.host = "0.0.0.0";
  with_token.token = "t";
  EXPECT_TRUE(Server::Create(with_token).ok());
}

TEST(ServerOptionsTest, StartStopAreIdempotent) {
  auto server = StartServer({});
  ASSERT_NE(server, nullptr);
  EXPECT_GT(server->port(), 0);
  EXPECT_FALSE(server->Start().ok());
  server->Stop();
  server->Stop();
  server->Wait();
}

TEST(ServerOptionsTest, BindFailureIsAnError) {
  auto first = StartServer({});
  ASSERT_NE(first, nullptr);
  ServerOptions options;
  options.port = first->port();
  auto second = Server::Create(options);
  ASSERT_TRUE(second.ok());
  Status started = (*second)->Start();
  ASSERT_FALSE(started.ok());
  EXPECT_EQ(started.error().code, ErrorCode::kIOError);
}

TEST(AddressTest, Parses) {
  struct Case {
    const char* text;
    bool ok;
    const char* host;
    int port;
  };
  const Case cases[] = {
      {"127.0.0.1:8080", true, "127.0.0.1", 8080},
      {":9000", true, "127.0.0.1", 9000},
      {"[::1]:80", true, "::1", 80},
      {"localhost:0", true, "localhost", 0},
      {"0.0.0.0:65535", true, "0.0.0.0", 65535},
      {"127.0.0.1", false, "", 0},
      {"127.0.0.1:", false, "", 0},
      {"127.0.0.1:65536", false, "", 0},
      {"127.0.0.1:80a", false, "", 0},
      {"::1:80", false, "", 0},
      {"", false, "", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto parsed = ParseAddress(c.text);
    ASSERT_EQ(parsed.ok(), c.ok);
    if (!c.ok) continue;
    EXPECT_EQ(parsed->first, c.host);
    EXPECT_EQ(parsed->second, c.port);
  }
}

TEST(AddressTest, Loopback) {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) {
    EXPECT_TRUE(IsLoopback(host)) << host;
  }
  for (const char* host : {"0.0.0.0", "::", "10.0.0.1", "128.0.0.1",
                           "localhost.example.com", ""}) {
    EXPECT_FALSE(IsLoopback(host)) << host;
  }
}

TEST(TokenFileTest, ReadsAndTrims) {
  testing::TempDir dir;
  ASSERT_TRUE(testing::WriteFile(dir.File("token"), "  abc123\n"));
  ASSERT_TRUE(testing::WriteFile(dir.File("empty"), " \n"));
  auto token = ReadTokenFile(dir.File("token"));
  ASSERT_TRUE(token.ok());
  EXPECT_EQ(*token, "abc123");
  EXPECT_FALSE(ReadTokenFile(dir.File("empty")).ok());
  EXPECT_EQ(ReadTokenFile(dir.File("missing")).error().code,
            ErrorCode::kNotFound);
}

// `dyad serve` as a subprocess.
TEST(ServeCommandTest, RefusesNonLoopbackWithoutTokenFile) {
  testing::TempDir dir;
  auto result = testing::RunCommand(
      "'" + testing::DyadBinary() + "' serve --addr 0.0.0.0:0", dir);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("--token-file"), std::string::npos) << result.err;
  auto bad = testing::RunCommand(
      "'" + testing::DyadBinary() + "' serve --addr nonsense", dir);
  EXPECT_EQ(bad.status, 2);
}

// Finds a port free now (the server binds it a moment later).
int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t size = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size);
  close(fd);
  return ntohs(addr.sin_port);
}

TEST(ServeCommandTest, ServesUntilSigterm) {
  testing::TempDir dir;
  ASSERT_TRUE(testing::WriteFile(dir.File("token"), "tok\n"));
  const int port = FreePort();
  std::vector<std::string> args = {testing::DyadBinary(),
                                   "serve",
                                   "--addr",
                                   "127.0.0.1:" + std::to_string(port),
                                   "--token-file",
                                   dir.File("token")};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, dir.File("err").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ),
            0);
  posix_spawn_file_actions_destroy(&actions);

  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(0, 200000);
  int health = 0;
  for (int i = 0; i < 200 && health != 200; ++i) {
    if (auto res = client.Get("/v1/health")) health = res->status;
    if (health != 200)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(health, 200);
  auto unauthorized = client.Post("/v1/code", "x", "text/plain");
  ASSERT_TRUE(unauthorized);
  EXPECT_EQ(unauthorized->status, 401);
  auto coded = client.Post("/v1/code", {{"Authorization", "Bearer tok"}},
                           "Russia condemned Ukraine.", "text/plain");
  ASSERT_TRUE(coded);
  EXPECT_EQ(coded->status, 200);

  kill(pid, SIGTERM);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(testing::ReadFileOrNone(dir.File("err"))
                .value_or("")
                .find("listening on http://127.0.0.1:" + std::to_string(port)),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::server
