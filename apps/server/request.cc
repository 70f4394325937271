#include "request.h"

#include <algorithm>
#include <cctype>
#include <string_view>

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
  json doc = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return ApiError{400, "invalid_json", "the body is not valid JSON"};
  }
  if (!doc.is_object()) {
    return ApiError{400, "invalid_argument", "the body must be a JSON object"};
  }
  auto text = doc.find("text");
  if (text == doc.end()) {
    return ApiError{400, "invalid_argument", "\"text\" is missing"};
  }
  if (!text->is_string()) return WrongType("text", "a string");
  out->document.text = text->get<std::string>();
  if (auto date = doc.find("date"); date != doc.end() && !date->is_null()) {
    if (!date->is_string()) {
      return WrongType("date", "a string (YYYY-MM-DD) or null");
    }
    if (auto e = SetDate(date->get<std::string>(), &out->document)) return e;
  }
  if (auto mode = doc.find("mode"); mode != doc.end() && !mode->is_null()) {
    if (!mode->is_string()) return WrongType("mode", "a string");
    if (auto e = SetMode(mode->get<std::string>(), out)) return e;
  }
  if (auto id = doc.find("id"); id != doc.end() && !id->is_null()) {
    if (!id->is_string()) return WrongType("id", "a string or null");
    out->document.id = id->get<std::string>();
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

}  // namespace

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
