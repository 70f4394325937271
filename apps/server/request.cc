#include "request.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <string_view>

#include "dyad/store.h"
#include "dyad/text.h"
#include "json_body.h"

namespace dyad::server {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// The media type without parameters, lower case: "application/json".
std::string MediaType(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return AsciiLower(type);
}

std::optional<ApiError> SetDate(std::string_view text, Document* document) {
  Result<Date> date = ParseIsoDate(text);
  if (!date.ok()) {
    return ApiError{400, "invalid_date", "\"date\": " + date.error().message};
  }
  document->published = *date;
  return std::nullopt;
}

std::optional<ApiError> SetMode(const std::string& mode, CodeRequest* out) {
  if (mode != "fast" && mode != "accurate") {
    return ApiError{
        400, "invalid_argument",
        "\"mode\" must be \"fast\" or \"accurate\", not \"" + mode + "\""};
  }
  out->mode = mode;
  return std::nullopt;
}

ApiError WrongType(const char* field, const char* type) {
  return {400, "invalid_argument",
          std::string("\"") + field + "\" must be " + type};
}

// Reads {"text", "date", "mode", "id"} into `out`; other fields are
// ignored.
std::optional<ApiError> FromJsonBody(const std::string& body,
                                     CodeRequest* out) {
  std::optional<JsonBody> doc =
      ReadJsonBody(body, {"text", "date", "mode", "id"});
  if (!doc) {
    return ApiError{400, "invalid_json", "the body is not valid JSON"};
  }
  if (!doc->is_object) {
    return ApiError{400, "invalid_argument", "the body must be a JSON object"};
  }
  using Type = JsonField::Type;
  const std::optional<JsonField>& text = doc->fields[0];
  if (!text) {
    return ApiError{400, "invalid_argument", "\"text\" is missing"};
  }
  if (text->type != Type::kString) return WrongType("text", "a string");
  out->document.text = std::move(doc->fields[0]->text);
  if (const auto& date = doc->fields[1]; date && date->type != Type::kNull) {
    if (date->type != Type::kString) {
      return WrongType("date", "a string (YYYY-MM-DD) or null");
    }
    if (auto e = SetDate(date->text, &out->document)) return e;
  }
  if (const auto& mode = doc->fields[2]; mode && mode->type != Type::kNull) {
    if (mode->type != Type::kString) return WrongType("mode", "a string");
    if (auto e = SetMode(mode->text, out)) return e;
  }
  if (const auto& id = doc->fields[3]; id && id->type != Type::kNull) {
    if (id->type != Type::kString) return WrongType("id", "a string or null");
    out->document.id = id->text;
  }
  return std::nullopt;
}

// Reads a text/plain body with ?date=, ?mode= and ?id= into `out`.
std::optional<ApiError> FromTextBody(const httplib::Request& req,
                                     CodeRequest* out) {
  if (req.has_param("id")) out->document.id = req.get_param_value("id");
  out->document.text = req.body;
  if (req.has_param("date") && !req.get_param_value("date").empty()) {
    if (auto e = SetDate(req.get_param_value("date"), &out->document)) {
      return e;
    }
  }
  if (req.has_param("mode")) return SetMode(req.get_param_value("mode"), out);
  return std::nullopt;
}

int NonBlankLines(std::string_view body) {
  int lines = 0;
  bool blank = true;
  for (char c : body) {
    if (c == '\n') {
      lines += blank ? 0 : 1;
      blank = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      blank = false;
    }
  }
  return lines + (blank ? 0 : 1);
}

bool IsJsonLinesType(const std::string& type) {
  return type == "application/x-ndjson" || type == "application/ndjson" ||
         type == "application/jsonl" || type == "application/x-jsonlines" ||
         type == "application/jsonlines";
}

// Collects what the JSON Lines reader finds, checks each document's text
// as `dyad ingest` does, and names documents that came without an id.
class DocumentCollector : public DocumentHandler {
 public:
  DocumentCollector(std::set<int64_t> lines_without_id,
                    size_t max_document_bytes, DocumentsRequest* out)
      : lines_without_id_(std::move(lines_without_id)),
        max_document_bytes_(max_document_bytes),
        out_(out) {}

  void OnDocument(Document document, const Origin& origin) override {
    if (lines_without_id_.count(origin.line)) {
      document.id.clear();
      document.id = ContentHash(document);
    }
    if (Status valid = ValidateText(document.text, max_document_bytes_);
        !valid.ok()) {
      return OnRejection(RejectDocument(document, origin, valid.error()));
    }
    out_->documents.push_back(std::move(document));
    out_->origins.push_back(origin);
  }
  void OnRejection(Rejection rejection) override {
    out_->rejects.push_back(std::move(rejection));
  }

 private:
  std::set<int64_t> lines_without_id_;
  size_t max_document_bytes_;
  DocumentsRequest* out_;
};

}  // namespace

std::optional<ApiError> CheckParameters(
    const httplib::Request& req,
    std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : req.params) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return ApiError{400, "bad_parameter",
                      "unknown parameter \"" + key + "\""};
    }
    if (req.params.count(key) > 1) {
      return ApiError{400, "bad_parameter",
                      "parameter \"" + key + "\" given more than once"};
    }
  }
  return std::nullopt;
}

std::optional<ApiError> ParseDocumentsRequest(const httplib::Request& req,
                                              size_t max_document_bytes,
                                              DocumentsRequest* out) {
  if (auto e = CheckParameters(req, {"mode", "date"})) return e;
  ReadOptions read;
  if (req.has_param("date") && !req.get_param_value("date").empty()) {
    Result<Date> date = ParseIsoDate(req.get_param_value("date"));
    if (!date.ok()) {
      return ApiError{400, "bad_parameter", "date: " + date.error().message};
    }
    read.default_date = *date;
  }
  if (req.has_param("mode")) {
    const std::string mode = req.get_param_value("mode");
    if (mode != "fast" && mode != "accurate") {
      return ApiError{
          400, "bad_parameter",
          "mode: must be \"fast\" or \"accurate\", not \"" + mode + "\""};
    }
    out->mode = mode;
  }

  const std::string type = MediaType(req);
  std::string lines;  // the records, one a line
  if (IsJsonLinesType(type)) {
    lines = req.body;
  } else if (type == "application/json" || type.empty()) {
    json doc = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded()) {
      if (!doc.is_object()) {
        return ApiError{400, "invalid_argument",
                        "the body must be one JSON document object or JSON "
                        "Lines of them"};
      }
      out->single = true;
      lines = doc.dump() + "\n";
    } else if (NonBlankLines(req.body) > 1) {
      lines = req.body;  // JSON Lines sent as application/json
    } else {
      return ApiError{400, "invalid_json", "the body is not valid JSON"};
    }
  } else {
    return ApiError{
        415, "unsupported_media_type",
        "send application/json or application/x-ndjson, not \"" + type + "\""};
  }

  // The reader names a record without an id after the input and its line;
  // a stored document needs a name that does not depend on where it sat.
  std::set<int64_t> lines_without_id;
  {
    std::istringstream in(lines);
    std::string line;
    for (int64_t number = 1; std::getline(in, line); ++number) {
      json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!record.is_object()) continue;
      auto id = record.find("id");
      if (id == record.end() || id->is_null()) lines_without_id.insert(number);
    }
  }
  DocumentCollector collector(std::move(lines_without_id), max_document_bytes,
                              out);
  std::istringstream in(lines);
  if (Status read_all = ReadDocuments(kDocumentsInput, in, InputFormat::kJsonl,
                                      read, collector);
      !read_all.ok()) {
    return ApiError{500, "internal", read_all.error().message};
  }
  if (out->documents.empty() && out->rejects.empty()) {
    return ApiError{400, "invalid_argument", "no documents in the body"};
  }
  return std::nullopt;
}

void SetJson(httplib::Response& res, int status, const ordered_json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace),
                  "application/json");
}

void SetError(httplib::Response& res, const ApiError& error) {
  SetJson(res, error.status,
          {{"error", {{"code", error.code}, {"message", error.message}}}});
}

ApiError StatusError(int status) {
  switch (status) {
    case 400:
      return {400, "bad_request", "malformed HTTP request"};
    case 404:
      return {404, "not_found", "no such route"};
    case 413:
      return {413, "payload_too_large", "request body over the size limit"};
    case 414:
      return {414, "uri_too_long", "request URI too long"};
    default:
      return {status, "http_" + std::to_string(status),
              "HTTP error " + std::to_string(status)};
  }
}

std::string AsciiLower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::optional<ApiError> ParseCodeRequest(const httplib::Request& req,
                                         CodeRequest* out) {
  out->document.id = "doc";
  const std::string type = MediaType(req);
  if (type == "text/plain") return FromTextBody(req, out);
  if (type == "application/json" || type.empty()) {
    return FromJsonBody(req.body, out);
  }
  return ApiError{415, "unsupported_media_type",
                  "send application/json or text/plain, not \"" + type + "\""};
}

}  // namespace dyad::server
