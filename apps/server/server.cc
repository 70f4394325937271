#include "server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "admission.h"
#include "document_json.h"
#include "request.h"
#include "store_routes.h"
#include "web_assets.h"

namespace dyad::server {
namespace {

// Compares in time independent of where the strings differ.
bool SameToken(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) {
    diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  }
  return diff == 0;
}

}  // namespace

bool RoutePathMatches(std::string_view route_path, std::string_view path) {
  size_t brace = route_path.find('{');
  if (brace == std::string_view::npos) return route_path == path;
  return path.size() > brace &&
         path.substr(0, brace) == route_path.substr(0, brace);
}

const std::vector<Route>& Server::Routes() {
  static const std::vector<Route> routes = {
      {"POST", "/v1/code",
       "Code a document: events, actors, time expressions and sentences"},
      {"GET", "/v1/health", "Whether the server is up and which modes load"},
      {"GET", "/v1/version", "dyad's version"},
      {"GET", "/v1/openapi.json", "This API's OpenAPI 3 description"},
      {"POST", "/v1/documents",
       "Code documents and keep them in the store; rejected ones are kept "
       "with the reason"},
      {"GET", "/v1/documents/{id}",
       "A stored document: text, sentences, actor mentions and events"},
      {"GET", "/v1/events",
       "The stored events that match filters, a page at a time"},
      {"GET", "/v1/events/{id}", "One stored event with every report"},
      {"GET", "/v1/stats",
       "Stored events per day, week, month or year: counts, Goldstein, quad "
       "classes"},
      {"GET", "/v1/dyads",
       "The actor network: stored events per (source, target) pair"},
  };
  return routes;
}

// Connections the kernel may hold for the server to accept.
constexpr int kListenBacklog = 1024;

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<Pipeline> fast;
  std::mutex accurate_mu;
  std::unique_ptr<Pipeline> accurate;
  std::optional<Error> accurate_error;
  std::unique_ptr<Admission> admission;
  // Null when the server has no store.
  std::unique_ptr<StoreRoutes> store;
  httplib::Server http;
  std::thread thread;
  std::mutex thread_mu;
  std::mutex state_mu;
  std::condition_variable state_cv;
  bool listening_done = false;
  int port = 0;
  // The listening socket, as httplib's socket options hook saw it.
  std::atomic<int> listen_socket{-1};

  // Loads the accurate pipeline once; later calls return it or the error.
  Result<const Pipeline*> Accurate() {
    std::lock_guard lock(accurate_mu);
    if (!accurate && !accurate_error) {
      PipelineOptions pipeline_options = options.pipeline;
      pipeline_options.mode = CodingMode::kAccurate;
      auto created = Pipeline::Create(pipeline_options);
      if (created.ok()) {
        accurate = std::move(created).value();
      } else {
        accurate_error = created.error();
      }
    }
    if (accurate_error) return *accurate_error;
    return accurate.get();
  }

  std::string AccurateState() {
    std::lock_guard lock(accurate_mu);
    return accurate ? "ready" : accurate_error ? "failed" : "not loaded";
  }

  std::optional<ApiError> Authorize(const httplib::Request& req) const {
    if (options.token.empty()) return std::nullopt;
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() ||
        AsciiLower(header.substr(0, prefix.size())) != AsciiLower(prefix)) {
      return ApiError{401, "unauthorized",
                      "writes need \"Authorization: Bearer <token>\""};
    }
    if (!SameToken(std::string_view(header).substr(prefix.size()),
                   options.token)) {
      return ApiError{401, "unauthorized", "wrong token"};
    }
    return std::nullopt;
  }

  // Runs `code` on a worker with the pipeline of `mode` ("fast",
  // "accurate"). Returns the error to answer instead: 503 (with
  // Retry-After set on `res`) when the queue is full, 500 when the
  // pipeline does not load.
  std::optional<ApiError> WithPipeline(
      const std::string& mode, httplib::Response& res,
      const std::function<void(const Pipeline&)>& code) {
    if (!admission->Enter()) {
      res.set_header("Retry-After",
                     std::to_string(options.retry_after_seconds));
      return ApiError{503, "overloaded",
                      "every worker is busy and the queue is full; retry "
                      "later"};
    }
    struct Leave {
      Admission* admission;
      ~Leave() { admission->Leave(); }
    } leave{admission.get()};
    const Pipeline* pipeline = fast.get();
    if (mode == "accurate") {
      Result<const Pipeline*> loaded = Accurate();
      if (!loaded.ok()) {
        return ApiError{
            500, "internal",
            "the accurate pipeline did not load: " + loaded.error().message};
      }
      pipeline = *loaded;
    }
    if (options.before_coding) options.before_coding();
    code(*pipeline);
    return std::nullopt;
  }

  std::optional<ApiError> Unauthorized(const httplib::Request& req,
                                       httplib::Response& res) const {
    std::optional<ApiError> e = Authorize(req);
    if (e) res.set_header("WWW-Authenticate", "Bearer");
    return e;
  }

  void Code(const httplib::Request& req, httplib::Response& res) {
    if (auto e = Unauthorized(req, res)) return SetError(res, *e);
    CodeRequest request;
    if (auto e = ParseCodeRequest(req, &request)) return SetError(res, *e);
    std::optional<Result<CodedDocument>> coded;
    if (auto e = WithPipeline(request.mode, res, [&](const Pipeline& p) {
          coded = p.Code(request.document);
        })) {
      return SetError(res, *e);
    }
    if (!coded->ok()) {
      const Error& e = coded->error();
      if (e.code == ErrorCode::kTooLarge) {
        return SetError(res, {413, "payload_too_large", e.message});
      }
      if (e.code == ErrorCode::kInvalidArgument) {
        return SetError(res, {400, "invalid_text", "\"text\": " + e.message});
      }
      return SetError(res, {500, "internal", e.message});
    }
    res.status = 200;
    // Moved into the body rather than copied by set_content: the answer
    // is several times the size of the article.
    res.body = CodedDocumentJsonText(request.document, **coded, request.mode);
    res.set_header("Content-Type", "application/json");
  }

  void Documents(const httplib::Request& req, httplib::Response& res) {
    if (auto e = Unauthorized(req, res)) return SetError(res, *e);
    if (!store) return SetError(res, NoStoreError());
    DocumentsRequest request;
    if (auto e = ParseDocumentsRequest(req, options.max_body_bytes, &request)) {
      return SetError(res, *e);
    }
    std::vector<Result<CodedDocument>> coded;
    if (!request.documents.empty()) {
      // One worker codes the request's documents one after another, so
      // that a large upload cannot take every worker.
      if (auto e = WithPipeline(request.mode, res, [&](const Pipeline& p) {
            for (const Document& d : request.documents) {
              coded.push_back(p.Code(d));
            }
          })) {
        return SetError(res, *e);
      }
    }
    store->StoreDocuments(request, std::move(coded), res);
  }

  // The handler of a store route: answers 404 `no_store` without a store.
  std::function<void(const httplib::Request&, httplib::Response&)> ForStore(
      void (StoreRoutes::*route)(const httplib::Request&, httplib::Response&)) {
    return [this, route](const httplib::Request& req, httplib::Response& res) {
      if (!store) return SetError(res, NoStoreError());
      ((*store).*route)(req, res);
    };
  }

  void Health(httplib::Response& res) {
    auto [coding, queued] = admission->Counts();
    SetJson(res, 200,
            {{"status", "ok"},
             {"modes", {{"fast", "ready"}, {"accurate", AccurateState()}}},
             {"workers", options.workers},
             {"coding", coding},
             {"queued", queued},
             {"store", store ? store->Health()
                             : nlohmann::ordered_json{{"attached", false}}}});
  }

  // Answers what httplib could not route: 405 for a known path asked with
  // another method, 404 for an unknown one.
  void Unrouted(const httplib::Request& req, httplib::Response& res) {
    std::string allow;
    for (const Route& route : Routes()) {
      if (!RoutePathMatches(route.path, req.path)) continue;
      if (!allow.empty()) allow += ", ";
      allow += route.method;
      if (route.method == "GET") allow += ", HEAD";
    }
    if (allow.empty()) {
      return SetError(res, {404, "not_found", "no route " + req.path});
    }
    res.set_header("Allow", allow);
    SetError(res, {405, "method_not_allowed",
                   req.method + " " + req.path + ": allowed: " + allow});
  }

  // Wraps a handler so that no exception leaves it.
  httplib::Server::Handler Guard(
      std::function<void(const httplib::Request&, httplib::Response&)> f) {
    return [f = std::move(f)](const httplib::Request& req,
                              httplib::Response& res) {
      try {
        f(req, res);
      } catch (const std::exception& e) {
        SetError(res, {500, "internal", e.what()});
      } catch (...) {
        SetError(res, {500, "internal", "unknown error"});
      }
    };
  }

  // The handler of each route of Routes(), by method and path.
  std::function<void(const httplib::Request&, httplib::Response&)> HandlerFor(
      const Route& route) {
    const std::string key = route.method + " " + route.path;
    if (key == "POST /v1/code") {
      return [this](const auto& req, auto& res) { Code(req, res); };
    }
    if (key == "GET /v1/health") {
      return [this](const auto&, auto& res) { Health(res); };
    }
    if (key == "GET /v1/version") {
      return [](const auto&, auto& res) {
        SetJson(res, 200,
                {{"name", "dyad"}, {"version", DYAD_VERSION}, {"api", "v1"}});
      };
    }
    if (key == "POST /v1/documents") {
      return [this](const auto& req, auto& res) { Documents(req, res); };
    }
    if (key == "GET /v1/documents/{id}") {
      return ForStore(&StoreRoutes::GetDocument);
    }
    if (key == "GET /v1/events") return ForStore(&StoreRoutes::Events);
    if (key == "GET /v1/events/{id}") return ForStore(&StoreRoutes::GetEvent);
    if (key == "GET /v1/stats") return ForStore(&StoreRoutes::Stats);
    if (key == "GET /v1/dyads") return ForStore(&StoreRoutes::Dyads);
    if (key == "GET /v1/openapi.json") {
      return [](const auto&, auto& res) {
        res.set_content(std::string(OpenApiJson()), "application/json");
      };
    }
    return nullptr;
  }

  // Registers exactly the routes of Routes(), so that the table the OpenAPI
  // test checks is the one served. False when a route has no handler.
  bool Register() {
    for (const Route& route : Routes()) {
      auto handler = HandlerFor(route);
      if (!handler) return false;
      // httplib matches paths as regular expressions; a parameter
      // ("{id}", the last segment) is the rest of the path, req.matches[1].
      std::string pattern;
      const size_t brace = route.path.find('{');
      for (char c : route.path.substr(0, brace)) {
        if (std::string_view(".+*?()[]{}|^$\\").find(c) !=
            std::string_view::npos) {
          pattern += '\\';
        }
        pattern += c;
      }
      if (brace != std::string::npos) pattern += "(.+)";
      if (route.method == "GET") {
        http.Get(pattern, Guard(std::move(handler)));
      } else if (route.method == "POST") {
        http.Post(pattern, Guard(std::move(handler)));
      } else {
        return false;
      }
    }
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) {
          if (!res.body.empty()) {
            return httplib::Server::HandlerResponse::Unhandled;
          }
          if (res.status == 404) {
            Unrouted(req, res);
          } else {
            SetError(res, StatusError(res.status));
          }
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_exception_handler([](const httplib::Request&,
                                  httplib::Response& res, std::exception_ptr) {
      SetError(res, {500, "internal", "unexpected error"});
    });
    return true;
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(ServerOptions options) {
  auto invalid = [](std::string message) -> Result<std::unique_ptr<Server>> {
    return Error{ErrorCode::kInvalidArgument, std::move(message)};
  };
  if (!IsLoopback(options.host) && options.token.empty()) {
    return invalid("refusing to listen on " + options.host +
                   ", which is not a loopback address, without a token "
                   "(--token-file)");
  }
  if (options.port < 0 || options.port > 65535) return invalid("bad port");
  if (options.workers <= 0) {
    options.workers =
        static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }
  if (options.max_queued < 0 || options.max_body_bytes == 0 ||
      options.read_timeout_seconds <= 0 || options.write_timeout_seconds <= 0 ||
      options.keep_alive_seconds <= 0 || options.retry_after_seconds <= 0 ||
      options.http_threads < 0) {
    return invalid("queue, sizes and timeouts must be positive");
  }
  if (options.http_threads == 0) {
    options.http_threads = options.workers + options.max_queued + 8;
  }
  options.pipeline.segment.max_document_bytes = options.max_body_bytes;

  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  // Before the pipelines load, so that a bad path fails at once.
  if (!impl->options.db_path.empty()) {
    auto access = StoreAccess::Open(
        impl->options.db_path, static_cast<size_t>(impl->options.http_threads));
    if (!access.ok()) return access.error();
    impl->store = std::make_unique<StoreRoutes>(std::move(access).value());
  }
  PipelineOptions fast_options = impl->options.pipeline;
  fast_options.mode = CodingMode::kFast;
  auto fast = Pipeline::Create(fast_options);
  if (!fast.ok()) return fast.error();
  impl->fast = std::move(fast).value();
  if (impl->options.load_accurate_at_start) {
    if (auto accurate = impl->Accurate(); !accurate.ok()) {
      return accurate.error();
    }
  }
  impl->admission = std::make_unique<Admission>(impl->options.workers,
                                                impl->options.max_queued);
  const ServerOptions& o = impl->options;
  httplib::Server& http = impl->http;
  const size_t threads = static_cast<size_t>(o.http_threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // httplib's default also sets SO_REUSEPORT, which would let a second
  // server bind the same port and share its connections unnoticed.
  http.set_socket_options([impl = impl.get()](auto sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    impl->listen_socket = sock;
  });
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.read_timeout_seconds, 0);
  http.set_write_timeout(o.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(o.keep_alive_seconds);
  // Answers go out as soon as they are written: with Nagle's algorithm
  // (httplib's default) a response's last segment waited for the client's
  // delayed ACK, about 40 ms (GET /v1/version at 64 connections: p50 43 ms,
  // 2,366 requests/s; with TCP_NODELAY 1.1 ms, 23,856 requests/s).
  http.set_tcp_nodelay(true);
  if (!impl->Register()) {
    return Error{ErrorCode::kInternal,
                 "a route of Server::Routes() has no handler"};
  }
  ServeWebPage(http, EmbeddedWebAssets());
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Start() {
  std::lock_guard lock(impl_->thread_mu);
  if (impl_->thread.joinable()) {
    return Error{ErrorCode::kInvalidArgument, "the server already started"};
  }
  const ServerOptions& o = impl_->options;
  httplib::Server& http = impl_->http;
  int port = o.port;
  if (port == 0) {
    port = http.bind_to_any_port(o.host);
  } else if (!http.bind_to_port(o.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    return Error{ErrorCode::kIOError,
                 "cannot listen on " + o.host + ":" + std::to_string(o.port)};
  }
  // Debian's cpp-httplib is built with a listen backlog of 5: when more
  // clients than that connect at once (a page's burst, wrk's 64 connections
  // reconnecting after httplib's fifth request on each), the kernel drops
  // their SYNs and each retries a second later (at 64 connections on a busy
  // machine: p99 0.8 s, and requests past wrk's 2 s timeout). Listening
  // again on the bound socket raises the backlog (the kernel caps it at
  // net.core.somaxconn).
  if (impl_->listen_socket >= 0) ::listen(impl_->listen_socket, kListenBacklog);
  {
    std::lock_guard state(impl_->state_mu);
    impl_->port = port;
    impl_->listening_done = false;
  }
  impl_->thread = std::thread([impl = impl_.get()] {
    impl->http.listen_after_bind();
    {
      std::lock_guard state(impl->state_mu);
      impl->listening_done = true;
    }
    impl->state_cv.notify_all();
  });
  // httplib's stop() does nothing until the accept loop runs.
  while (!http.is_running()) {
    {
      std::lock_guard state(impl_->state_mu);
      if (impl_->listening_done) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Status();
}

void Server::Stop() {
  std::lock_guard lock(impl_->thread_mu);
  if (!impl_->thread.joinable()) return;
  impl_->http.stop();
  impl_->thread.join();
}

void Server::Wait() {
  std::unique_lock state(impl_->state_mu);
  impl_->state_cv.wait(state, [&] { return impl_->listening_done; });
}

int Server::port() const {
  std::lock_guard state(impl_->state_mu);
  return impl_->port;
}

const ServerOptions& Server::options() const { return impl_->options; }

}  // namespace dyad::server
