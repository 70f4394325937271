// The routes of dyad's HTTP API that read and write the event store:
// documents, events, stats and the actor network.
#ifndef DYAD_APPS_SERVER_STORE_ROUTES_H_
#define DYAD_APPS_SERVER_STORE_ROUTES_H_

#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "dyad/pipeline.h"
#include "request.h"
#include "store_access.h"

namespace dyad::server {

// The 404 `no_store` every store route answers when the server has none.
ApiError NoStoreError();

// Reads the event filters of `dyad query` from the query parameters (actor,
// source, target, dyad, directed, cameo, root, quad, from, to, text); the
// route also takes `extra`. Returns a 400 `bad_parameter` naming the
// parameter when one is unknown, repeated or malformed.
std::optional<ApiError> ParseEventFilter(
    const httplib::Request& req, std::initializer_list<std::string_view> extra,
    EventFilter* filter);

// The handlers of the store routes. Thread-safe.
class StoreRoutes {
 public:
  explicit StoreRoutes(std::unique_ptr<StoreAccess> access)
      : access_(std::move(access)) {}

  // POST /v1/documents, once `request` is read and its documents coded
  // (`coded[i]` is documents[i]'s): stores them in one Ingest and the
  // rejects (those of the request and those the coder refused) in the
  // rejects table, and answers {added, replaced, unchanged, events,
  // documents: [{id, line, events}], rejects: [{line, doc_id, reason}]}. A
  // single JSON document that is rejected is answered 400
  // `invalid_document` (and kept in the rejects table too).
  void StoreDocuments(const DocumentsRequest& request,
                      std::vector<Result<CodedDocument>> coded,
                      httplib::Response& res);

  // GET /v1/documents/{id} (req.matches[1]).
  void GetDocument(const httplib::Request& req, httplib::Response& res);
  // GET /v1/events?filters&limit&offset.
  void Events(const httplib::Request& req, httplib::Response& res);
  // GET /v1/events/{id} (req.matches[1]).
  void GetEvent(const httplib::Request& req, httplib::Response& res);
  // GET /v1/stats?by&filters.
  void Stats(const httplib::Request& req, httplib::Response& res);
  // GET /v1/dyads?filters&limit.
  void Dyads(const httplib::Request& req, httplib::Response& res);

  // The store part of GET /v1/health: {attached: true, counts: {documents,
  // sentences, actor_mentions, doc_events, events, rejects}}, or an
  // "error" in place of the counts when they cannot be read.
  nlohmann::ordered_json Health();

 private:
  std::unique_ptr<StoreAccess> access_;
};

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_STORE_ROUTES_H_
