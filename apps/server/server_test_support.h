// What the HTTP API tests share: a server started on a free loopback port,
// a client for it, and readers of JSON bodies and error answers.
#ifndef DYAD_APPS_SERVER_SERVER_TEST_SUPPORT_H_
#define DYAD_APPS_SERVER_SERVER_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "apps/server/server.h"

namespace dyad::server::test_support {

// Two sentences with events, for requests that need a realistic body.
inline constexpr const char* kText =
    "Russia condemned the United States on Monday. "
    "President Trump will meet Vladimir Putin in Moscow next week.";

// A started server on a free port (options.port is overridden), or null
// after a test failure.
inline std::unique_ptr<Server> StartServer(ServerOptions options) {
  options.port = 0;
  auto server = Server::Create(std::move(options));
  EXPECT_TRUE(server.ok()) << server.error().message;
  if (!server.ok()) return nullptr;
  Status started = (*server)->Start();
  EXPECT_TRUE(started.ok()) << started.error().message;
  return std::move(server).value();
}

inline std::unique_ptr<httplib::Client> ClientFor(const Server& server) {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
  client->set_read_timeout(30, 0);
  return client;
}

// The body as JSON; a discarded value when there is no response or the body
// is not JSON.
inline nlohmann::json BodyOf(const httplib::Result& res) {
  if (!res) return nlohmann::json();
  return nlohmann::json::parse(res->body, nullptr, false);
}

// Checks the shape of an error answer (JSON, {"error": {"code",
// "message"}}, a message) and returns its code.
inline std::string ErrorCodeOf(const httplib::Result& res) {
  if (!res) return "(no response)";
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  nlohmann::json body = BodyOf(res);
  if (!body.is_object() || !body.contains("error") ||
      !body["error"].is_object() || !body["error"]["code"].is_string() ||
      !body["error"]["message"].is_string()) {
    ADD_FAILURE() << "not an error body: " << res->body;
    return "(bad body)";
  }
  EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  return body["error"]["code"];
}

// The message of an error answer ("" when the body is not one).
inline std::string ErrorMessageOf(const httplib::Result& res) {
  nlohmann::json body = BodyOf(res);
  if (!body.is_object() || !body.contains("error") ||
      !body["error"].is_object() || !body["error"]["message"].is_string()) {
    return "";
  }
  return body["error"]["message"];
}

// Holds a server's only worker on the first document it codes until
// Release(), so that a test can fill the queue. Declare it before the
// server, which must not outlive it.
class HeldWorker {
 public:
  // One worker, no queue, and the hook that holds it.
  void Configure(ServerOptions& options) {
    options.workers = 1;
    options.max_queued = 0;
    options.before_coding = [this] {
      if (calls_++ == 0) {
        entered_.set_value();
        released_.wait();
      }
    };
  }
  // Returns once the worker holds a document.
  void WaitUntilHeld() { entered_.get_future().wait(); }
  void Release() { release_.set_value(); }

 private:
  std::promise<void> entered_, release_;
  std::shared_future<void> released_ = release_.get_future().share();
  std::atomic<int> calls_{0};
};

}  // namespace dyad::server::test_support

#endif  // DYAD_APPS_SERVER_SERVER_TEST_SUPPORT_H_
