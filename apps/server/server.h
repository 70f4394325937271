// dyad's HTTP API: coding documents over HTTP (cpp-httplib), with JSON
// errors, a bounded coding queue, bearer-token writes and an OpenAPI
// description that the route table is tested against.
//
//   auto server = dyad::server::Server::Create(options);
//   if (server.ok() && (*server)->Start().ok()) (*server)->Wait();
#ifndef DYAD_APPS_SERVER_SERVER_H_
#define DYAD_APPS_SERVER_SERVER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/error.h"
#include "dyad/pipeline.h"

namespace dyad::server {

struct ServerOptions {
  // The address to listen on: an IPv4 or IPv6 literal or "localhost".
  // Default: 127.0.0.1. Any address that is not loopback needs `token`.
  std::string host = "127.0.0.1";
  // The port; 0 picks a free one (see Server::port). Default: 8080.
  int port = 8080;
  // When non-empty, every POST needs "Authorization: Bearer <token>".
  // Default: empty, no authentication (allowed on loopback only).
  std::string token;
  // Request bodies over this many bytes get 413. Default: 10 MiB, dyad's
  // document limit (SegmentOptions::max_document_bytes).
  size_t max_body_bytes = size_t{10} << 20;
  // Seconds allowed to read a request and to write a response, and an
  // idle keep-alive connection is kept. Defaults: 10, 10, 5.
  int read_timeout_seconds = 10;
  int write_timeout_seconds = 10;
  int keep_alive_seconds = 5;
  // Documents coded at once. Default: 0, one per core.
  int workers = 0;
  // Coding requests that may wait for a worker; beyond workers + this,
  // POST /v1/code answers 503 with Retry-After. Default: 32.
  int max_queued = 32;
  // The Retry-After of a 503, in seconds. Default: 1.
  int retry_after_seconds = 1;
  // Connections served at once (cpp-httplib's thread pool); connections
  // beyond it wait to be accepted. Default: 0, workers + max_queued + 8, so
  // that a full queue is answered with 503 rather than left waiting.
  int http_threads = 0;
  // Load the accurate pipeline (Link Grammar, ~0.5 s and ~200 MB) at
  // Create rather than on the first request that asks for it.
  // Default: false.
  bool load_accurate_at_start = false;
  // The event store the store routes (POST /v1/documents, GET
  // /v1/documents/{id}, /v1/events, /v1/events/{id}, /v1/stats, /v1/dyads)
  // read and write: a SQLite file, created when missing. Default: empty,
  // no store; those routes answer 404 `no_store`.
  std::string db_path;
  // Dictionaries and coder options for both pipelines; `mode` is ignored
  // (each request chooses) and `segment.max_document_bytes` is set to
  // `max_body_bytes`.
  PipelineOptions pipeline;
  // Called on the worker thread just before a document is coded, while the
  // request holds a worker. For tests (to hold workers busy). Default: none.
  std::function<void()> before_coding;
};

// One route the server answers.
struct Route {
  std::string method;  // "GET", "POST"
  // "/v1/code"; a last segment in braces, "/v1/events/{id}", is a parameter
  // that matches the rest of the path.
  std::string path;
  std::string summary;
};

// True iff `path` is one that `route_path` (a Route::path) answers.
bool RoutePathMatches(std::string_view route_path, std::string_view path);

// The host and port of "HOST:PORT", "[IPV6]:PORT" or ":PORT" (host
// 127.0.0.1). InvalidArgument naming the text otherwise.
Result<std::pair<std::string, int>> ParseAddress(std::string_view address);

// True iff `host` is a loopback address: 127.0.0.0/8, ::1 or "localhost".
bool IsLoopback(std::string_view host);

// Reads a token file: its content without surrounding whitespace. NotFound
// or IOError naming the path when unreadable, InvalidArgument when empty.
Result<std::string> ReadTokenFile(const std::string& path);

// The OpenAPI 3 description of the routes (apps/server/openapi.json, built
// into the program).
std::string_view OpenApiJson();

// An HTTP server for dyad. Thread-safe: Start, Stop and the accessors may
// be called from any thread.
class Server {
 public:
  // Checks `options`, opens the store when `db_path` is set, and loads the
  // fast pipeline (and the accurate one when `load_accurate_at_start`).
  // InvalidArgument when the host is not loopback and no token is given, or
  // an option is out of range; the store's error (naming the path) when it
  // cannot be opened or created; the pipeline's error when it cannot load.
  static Result<std::unique_ptr<Server>> Create(ServerOptions options);
  // Stops the server if it runs.
  ~Server();

  // Binds and starts serving on a thread of its own; returns once the
  // socket listens. IOError naming the address when it cannot bind.
  Status Start();
  // Stops accepting, finishes the requests in progress, and returns. Safe
  // to call more than once.
  void Stop();
  // Blocks until the server stops (by Stop, from another thread). Requires
  // a successful Start.
  void Wait();

  // The port bound (the chosen one when options.port was 0); 0 before
  // Start.
  int port() const;
  const ServerOptions& options() const;

  // Every route the server answers, in the order registered.
  static const std::vector<Route>& Routes();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_SERVER_H_
