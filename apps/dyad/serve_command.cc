#include <csignal>
#include <iostream>

#include "commands.h"
#include "server.h"

namespace dyad::cli {

ServeCommand::ServeCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "serve",
      "Serve the HTTP API and the web page (/) until SIGINT or SIGTERM: "
      "POST /v1/code, GET /v1/health, /v1/version, /v1/openapi.json and, "
      "with --db, the store routes /v1/documents, /v1/events, /v1/stats, "
      "/v1/dyads (README: dyad serve). Listens on loopback unless given a "
      "token file");
  command_
      ->add_option("--addr", addr_,
                   "HOST:PORT to listen on ([::1]:PORT for IPv6; port 0 picks "
                   "a free one); a non-loopback host needs --token-file")
      ->capture_default_str();
  command_->add_option("--db", db_,
                       "The event store (SQLite file; created when missing) "
                       "that POST /v1/documents writes and the GET store "
                       "routes read");
  command_->add_option("--token-file", token_file_,
                       "File holding the bearer token every POST must send "
                       "(Authorization: Bearer TOKEN)");
  command_->add_option("--workers", workers_,
                       "Documents coded at once (default: every core)");
  command_
      ->add_option("--queue", queue_,
                   "Requests that may wait for a worker; beyond that, 503 "
                   "with Retry-After")
      ->capture_default_str();
  command_->add_option("--threads", threads_,
                       "Connections served at once (default: workers + queue "
                       "+ 8)");
  command_
      ->add_option("--max-body-bytes", max_body_bytes_,
                   "Larger request bodies get 413")
      ->capture_default_str();
  command_
      ->add_option("--read-timeout", read_timeout_,
                   "Seconds allowed to read a request")
      ->capture_default_str();
  command_
      ->add_option("--write-timeout", write_timeout_,
                   "Seconds allowed to write a response")
      ->capture_default_str();
  command_->add_flag("--load-accurate", load_accurate_,
                     "Load the accurate mode (Link Grammar) at start rather "
                     "than on its first request");
  command_->add_flag("--include-negated", include_negated_,
                     "Also return events the text says did not happen");
  command_->add_flag("--keep-all", keep_all_,
                     "Code sport, entertainment and business stories too");
  dict_.Register(command_);
}

int ServeCommand::Run() {
  auto fail = [](const std::string& message, int status) {
    std::cerr << "dyad serve: " << message << "\n";
    return status;
  };
  if (dict_.no_own) {
    return fail(
        "--no-own-dict is not supported: the coder needs dyad's own "
        "verb patterns and tables",
        kExitUsage);
  }
  auto address = server::ParseAddress(addr_);
  if (!address.ok()) return fail(address.error().message, kExitUsage);
  server::ServerOptions options;
  options.host = address->first;
  options.port = address->second;
  if (!token_file_.empty()) {
    auto token = server::ReadTokenFile(token_file_);
    if (!token.ok()) return fail(token.error().message, kExitUsage);
    options.token = *token;
  }
  options.db_path = db_;
  options.workers = workers_;
  options.max_queued = queue_;
  options.http_threads = threads_;
  options.max_body_bytes = max_body_bytes_;
  options.read_timeout_seconds = read_timeout_;
  options.write_timeout_seconds = write_timeout_;
  options.load_accurate_at_start = load_accurate_;
  options.pipeline.extra_dirs = dict_.extra_dirs;
  options.pipeline.include_negated = include_negated_;
  options.pipeline.discard_stories = !keep_all_;

  auto server = server::Server::Create(std::move(options));
  if (!server.ok()) {
    return fail(server.error().message,
                server.error().code == ErrorCode::kInvalidArgument
                    ? kExitUsage
                    : kExitFailure);
  }
  // The signals are blocked before the server's threads start, so that they
  // inherit the mask and only sigwait below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  if (Status started = (*server)->Start(); !started.ok()) {
    return fail(started.error().message, kExitFailure);
  }
  const std::string& host = (*server)->options().host;
  std::cerr << "dyad serve: listening on http://"
            << (host.find(':') != std::string::npos ? "[" + host + "]" : host)
            << ":" << (*server)->port() << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "dyad serve: stopping\n";
  (*server)->Stop();
  return kExitOk;
}

}  // namespace dyad::cli
