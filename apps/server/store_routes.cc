#include "store_routes.h"

#include <algorithm>
#include <charconv>

#include "dyad/export.h"
#include "dyad/ingest.h"

namespace dyad::server {
namespace {

using nlohmann::ordered_json;

// The row limits of GET /v1/events and /v1/dyads.
constexpr int64_t kDefaultLimit = 100;
constexpr int64_t kMaxLimit = 1000;

ApiError BadParameter(std::string message) {
  return {400, "bad_parameter", std::move(message)};
}

// The store's filter errors name the command-line option ("--from: ...");
// the parameter has the same name without the dashes.
std::string AsParameterMessage(const std::string& message) {
  return message.rfind("--", 0) == 0 ? message.substr(2) : message;
}

// The answer to a store error: a bad filter value is the client's.
ApiError StoreError(const Error& error) {
  if (error.code == ErrorCode::kInvalidArgument) {
    return BadParameter(AsParameterMessage(error.message));
  }
  return {500, "store_error", error.message};
}

std::optional<int64_t> ParseInt64(const std::string& text) {
  int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

// Reads the integer parameter `name` into `out` (left as it is when the
// parameter is absent or empty).
std::optional<ApiError> IntParameter(const httplib::Request& req,
                                     const char* name, int64_t min, int64_t max,
                                     int64_t* out) {
  if (!req.has_param(name)) return std::nullopt;
  const std::string text = req.get_param_value(name);
  if (text.empty()) return std::nullopt;
  std::optional<int64_t> value = ParseInt64(text);
  if (!value) {
    return BadParameter(std::string(name) + ": not an integer: \"" + text +
                        "\"");
  }
  if (*value < min || *value > max) {
    return BadParameter(std::string(name) + ": must be from " +
                        std::to_string(min) + " to " + std::to_string(max) +
                        ", not " + text);
  }
  *out = *value;
  return std::nullopt;
}

// The id of GET /v1/events/{id}: a non-negative integer.
std::optional<int64_t> EventId(const std::string& text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
      })) {
    return std::nullopt;
  }
  return ParseInt64(text);
}

ordered_json RejectJson(const Rejection& r) {
  return {
      {"line", r.origin.line},
      {"doc_id", r.doc_id.empty() ? ordered_json() : ordered_json(r.doc_id)},
      {"reason", r.error.message}};
}

}  // namespace

ApiError NoStoreError() {
  return {404, "no_store",
          "this server has no store: start dyad serve with --db PATH"};
}

std::optional<ApiError> ParseEventFilter(
    const httplib::Request& req, std::initializer_list<std::string_view> extra,
    EventFilter* filter) {
  static constexpr std::string_view kFilterParameters[] = {
      "actor", "source", "target", "dyad", "directed", "cameo",
      "root",  "quad",   "from",   "to",   "text"};
  for (const auto& [key, value] : req.params) {
    const bool known =
        std::find(std::begin(kFilterParameters), std::end(kFilterParameters),
                  key) != std::end(kFilterParameters) ||
        std::find(extra.begin(), extra.end(), key) != extra.end();
    if (!known) return BadParameter("unknown parameter \"" + key + "\"");
    if (req.params.count(key) > 1) {
      return BadParameter("parameter \"" + key + "\" given more than once");
    }
  }
  auto text = [&](const char* name, std::string* out) {
    if (req.has_param(name)) *out = req.get_param_value(name);
  };
  text("actor", &filter->actor);
  text("source", &filter->source);
  text("target", &filter->target);
  text("dyad", &filter->dyad);
  text("cameo", &filter->cameo);
  text("root", &filter->root);
  text("from", &filter->from);
  text("to", &filter->to);
  text("text", &filter->text);
  if (req.has_param("directed")) {
    const std::string directed = req.get_param_value("directed");
    if (directed == "true" || directed == "1") {
      filter->directed = true;
    } else if (directed == "false" || directed == "0" || directed.empty()) {
      filter->directed = false;
    } else {
      return BadParameter("directed: not true or false: \"" + directed + "\"");
    }
  }
  if (req.has_param("quad")) {
    const std::string quad = req.get_param_value("quad");
    std::optional<int64_t> value = ParseInt64(quad);
    if (!quad.empty() && (!value || *value < 1 || *value > 4)) {
      return BadParameter("quad: not a quad class 1 to 4: \"" + quad + "\"");
    }
    filter->quad_class = value ? static_cast<int>(*value) : 0;
  }
  if (Status valid = ValidateFilter(*filter); !valid.ok()) {
    return BadParameter(AsParameterMessage(valid.error().message));
  }
  return std::nullopt;
}

void StoreRoutes::StoreDocuments(const DocumentsRequest& request,
                                 std::vector<Result<CodedDocument>> coded,
                                 httplib::Response& res) {
  std::vector<Rejection> rejects = request.rejects;
  std::vector<StoredDocument> stored;
  ordered_json documents = ordered_json::array();
  for (size_t i = 0; i < request.documents.size(); ++i) {
    const Document& document = request.documents[i];
    if (!coded[i].ok()) {
      rejects.push_back(
          RejectDocument(document, request.origins[i], coded[i].error()));
      continue;
    }
    documents.push_back({{"id", document.id},
                         {"line", request.origins[i].line},
                         {"events", coded[i]->events.size()}});
    stored.push_back(
        ToStoredDocument(document, std::move(coded[i]).value(), request.mode));
  }
  std::stable_sort(rejects.begin(), rejects.end(),
                   [](const Rejection& a, const Rejection& b) {
                     return a.origin.line < b.origin.line;
                   });
  Result<IngestSummary> summary = IngestSummary{};
  {
    StoreAccess::WriteLock writer = access_->Write();
    if (!stored.empty()) summary = writer->Ingest(stored);
    if (summary.ok() && !rejects.empty()) {
      if (Status kept = writer->AddRejects(rejects); !kept.ok()) {
        summary = kept.error();
      }
    }
  }
  if (!summary.ok()) return SetError(res, StoreError(summary.error()));
  if (request.single && !rejects.empty()) {
    const Rejection& r = rejects.front();
    return SetError(
        res, {400, "invalid_document",
              (r.doc_id.empty() ? "" : "document \"" + r.doc_id + "\": ") +
                  r.error.message});
  }
  ordered_json rejected = ordered_json::array();
  for (const Rejection& r : rejects) rejected.push_back(RejectJson(r));
  ordered_json body;
  body["added"] = summary->added;
  body["replaced"] = summary->replaced;
  body["unchanged"] = summary->unchanged;
  body["events"] = summary->events;
  body["documents"] = std::move(documents);
  body["rejects"] = std::move(rejected);
  SetJson(res, 200, body);
}

void StoreRoutes::GetDocument(const httplib::Request& req,
                              httplib::Response& res) {
  if (auto e = CheckParameters(req, {})) return SetError(res, *e);
  const std::string id = req.matches[1];
  auto store = access_->Read();
  if (!store.ok()) return SetError(res, StoreError(store.error()));
  Result<StoredDocument> document = (**store).GetDocument(id);
  if (!document.ok()) {
    if (document.error().code == ErrorCode::kNotFound) {
      return SetError(res, {404, "not_found", "no document \"" + id + "\""});
    }
    return SetError(res, StoreError(document.error()));
  }
  SetJson(res, 200, StoredDocumentToJson(*document));
}

void StoreRoutes::Events(const httplib::Request& req, httplib::Response& res) {
  EventFilter filter;
  if (auto e = ParseEventFilter(req, {"limit", "offset"}, &filter)) {
    return SetError(res, *e);
  }
  int64_t limit = kDefaultLimit, offset = 0;
  if (auto e = IntParameter(req, "limit", 1, kMaxLimit, &limit)) {
    return SetError(res, *e);
  }
  if (auto e =
          IntParameter(req, "offset", 0, INT64_MAX - kMaxLimit - 1, &offset)) {
    return SetError(res, *e);
  }
  // One row more than asked tells whether there is a next page.
  filter.limit = limit + 1;
  filter.offset = offset;
  auto store = access_->Read();
  if (!store.ok()) return SetError(res, StoreError(store.error()));
  ordered_json events = ordered_json::array();
  int64_t rows = 0;
  Status status = (**store).ForEachEvent(filter, [&](const EventRow& row) {
    if (++rows <= limit) events.push_back(EventRowToJson(row));
    return Status();
  });
  if (!status.ok()) return SetError(res, StoreError(status.error()));
  ordered_json body;
  body["events"] = std::move(events);
  body["limit"] = limit;
  body["offset"] = offset;
  body["next_offset"] =
      rows > limit ? ordered_json(offset + limit) : ordered_json();
  SetJson(res, 200, body);
}

void StoreRoutes::GetEvent(const httplib::Request& req,
                           httplib::Response& res) {
  if (auto e = CheckParameters(req, {})) return SetError(res, *e);
  const std::string text = req.matches[1];
  std::optional<int64_t> id = EventId(text);
  if (!id) {
    return SetError(res, BadParameter("id: not an event id: \"" + text + "\""));
  }
  auto store = access_->Read();
  if (!store.ok()) return SetError(res, StoreError(store.error()));
  Result<EventDetail> detail = (**store).Show(*id);
  if (!detail.ok()) {
    if (detail.error().code == ErrorCode::kNotFound) {
      return SetError(res, {404, "not_found", "no event " + text});
    }
    return SetError(res, StoreError(detail.error()));
  }
  SetJson(res, 200, EventDetailToJson(*detail));
}

void StoreRoutes::Stats(const httplib::Request& req, httplib::Response& res) {
  EventFilter filter;
  if (auto e = ParseEventFilter(req, {"by"}, &filter)) return SetError(res, *e);
  std::string by = req.has_param("by") ? req.get_param_value("by") : "";
  if (by.empty()) by = "month";
  Result<StatsPeriod> period = ParseStatsPeriod(by);
  if (!period.ok()) {
    return SetError(res, BadParameter("by: " + period.error().message));
  }
  auto store = access_->Read();
  if (!store.ok()) return SetError(res, StoreError(store.error()));
  Result<StatsResult> stats = (**store).Stats(filter, *period);
  if (!stats.ok()) return SetError(res, StoreError(stats.error()));
  ordered_json rows = ordered_json::array();
  for (const StatsRow& row : stats->rows) rows.push_back(StatsRowToJson(row));
  ordered_json body;
  body["by"] = by;
  body["rows"] = std::move(rows);
  body["imprecise"] = stats->imprecise;
  SetJson(res, 200, body);
}

void StoreRoutes::Dyads(const httplib::Request& req, httplib::Response& res) {
  EventFilter filter;
  if (auto e = ParseEventFilter(req, {"limit"}, &filter)) {
    return SetError(res, *e);
  }
  filter.limit = kDefaultLimit;
  if (auto e = IntParameter(req, "limit", 1, kMaxLimit, &filter.limit)) {
    return SetError(res, *e);
  }
  auto store = access_->Read();
  if (!store.ok()) return SetError(res, StoreError(store.error()));
  Result<std::vector<DyadRow>> dyads = (**store).Dyads(filter);
  if (!dyads.ok()) return SetError(res, StoreError(dyads.error()));
  ordered_json rows = ordered_json::array();
  for (const DyadRow& row : *dyads) rows.push_back(DyadRowToJson(row));
  SetJson(res, 200, {{"dyads", std::move(rows)}});
}

ordered_json StoreRoutes::Health() {
  ordered_json health = {{"attached", true}};
  auto store = access_->Read();
  Result<StoreCounts> counts =
      store.ok() ? (**store).Counts() : Result<StoreCounts>(store.error());
  if (!counts.ok()) {
    health["error"] = counts.error().message;
    return health;
  }
  health["counts"] = {{"documents", counts->documents},
                      {"sentences", counts->sentences},
                      {"actor_mentions", counts->actor_mentions},
                      {"doc_events", counts->doc_events},
                      {"events", counts->events},
                      {"rejects", counts->rejects}};
  return health;
}

}  // namespace dyad::server
