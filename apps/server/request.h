// Reading the requests of dyad's HTTP API and writing its JSON answers and
// errors.
#ifndef DYAD_APPS_SERVER_REQUEST_H_
#define DYAD_APPS_SERVER_REQUEST_H_

#include <httplib.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/reader.h"

namespace dyad::server {

// An error answered to the client as {"error": {"code", "message"}}.
struct ApiError {
  int status = 500;
  std::string code;  // "invalid_json", "unauthorized", ...
  std::string message;
};

// Sets `body` as the JSON answer with `status`.
void SetJson(httplib::Response& res, int status,
             const nlohmann::ordered_json& body);
// Sets `error` as the answer.
void SetError(httplib::Response& res, const ApiError& error);
// The error of a status httplib answered on its own (400 for a malformed
// request, 413, ...).
ApiError StatusError(int status);

// `s` with ASCII letters in lower case.
std::string AsciiLower(std::string s);

// A request to code one document.
struct CodeRequest {
  Document document;  // id "doc" unless given
  std::string mode = "fast";
};

// Reads the document of POST /v1/code: from a JSON body ({"text", "date",
// "mode", "id"}; other fields ignored) when the Content-Type is
// application/json or absent, from the body and the query (?date=, ?mode=,
// ?id=) when it is text/plain. Returns the error to answer otherwise: 400
// for bad JSON, wrong types, a bad date or mode; 415 for another media type.
// The text itself is checked by the pipeline.
std::optional<ApiError> ParseCodeRequest(const httplib::Request& req,
                                         CodeRequest* out);

// Returns a 400 `bad_parameter` error naming the first query parameter of
// `req` that is not in `allowed` or is given more than once.
std::optional<ApiError> CheckParameters(
    const httplib::Request& req,
    std::initializer_list<std::string_view> allowed);

// The documents of POST /v1/documents, read as `dyad ingest` reads JSON
// Lines: each record's line (1 for a single JSON document) and reason
// are kept for those that cannot be read.
struct DocumentsRequest {
  std::vector<Document> documents;  // those read well, in body order
  std::vector<Origin> origins;      // where each came from (its line)
  std::vector<Rejection> rejects;   // the records that could not be read
  std::string mode = "fast";
  bool single = false;  // the body was one JSON document, not JSON Lines
};

// The input name of POST /v1/documents in rejections ("dyad rejects").
inline constexpr const char* kDocumentsInput = "POST /v1/documents";

// Reads the body of POST /v1/documents: one JSON document {"id", "text",
// "date", "source", "url", ...} (application/json or no Content-Type), or
// JSON Lines of them (application/x-ndjson, or a body that is not one JSON
// value and has more than one line), with ?mode=fast|accurate and ?date=
// (the publication date of documents without one). A record that fails
// (not JSON, no text, a bad date, text that is empty, not UTF-8, holds NUL
// bytes or is over `max_document_bytes`) goes to `out->rejects`. A record
// without an id is named by its content (ContentHash), so that the same
// record sent twice is the same document. Returns the error to answer
// otherwise: 400 for a bad parameter, a body that is one JSON value but not
// an object, a single line that is not JSON, no records; 415 for another
// media type.
std::optional<ApiError> ParseDocumentsRequest(const httplib::Request& req,
                                              size_t max_document_bytes,
                                              DocumentsRequest* out);

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_REQUEST_H_
