// Reading the requests of dyad's HTTP API and writing its JSON answers and
// errors.
#ifndef DYAD_APPS_SERVER_REQUEST_H_
#define DYAD_APPS_SERVER_REQUEST_H_

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "dyad/document.h"

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

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_REQUEST_H_
