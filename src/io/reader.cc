#include "dyad/reader.h"

#include <exception>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/text.h"

namespace dyad {
namespace {

using nlohmann::json;

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t v = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) |
                 uint8_t(bytes[i + 2]);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == bytes.size()) {
    uint32_t v = uint8_t(bytes[i]) << 16;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == bytes.size()) {
    uint32_t v = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

// True iff `bytes` may be written as a JSON string: valid UTF-8. NUL bytes
// are allowed here; JSON escapes them.
bool IsUtf8(std::string_view bytes) {
  Status s = ValidateText(bytes, bytes.size());
  return s.ok() || s.error().message.rfind("NUL", 0) == 0 ||
         s.error().message.rfind("empty", 0) == 0;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// nlohmann's messages read "[json.exception.parse_error.101] parse error at
// line 1, column 45: ..."; a record is one line, so the column is the place.
std::string JsonReason(const std::exception& e) {
  std::string what = e.what();
  if (!what.empty() && what[0] == '[') {
    size_t close = what.find("] ");
    if (close != std::string::npos) what = what.substr(close + 2);
  }
  const std::string kPrefix = "parse error at line 1, ";
  if (what.rfind(kPrefix, 0) == 0) what = "at " + what.substr(kPrefix.size());
  return what;
}

class JsonlReader {
 public:
  JsonlReader(std::string_view name, const ReadOptions& options,
              DocumentHandler& handler)
      : name_(name),
        stem_(FileStem(name)),
        options_(options),
        handler_(handler) {}

  // `unterminated`: the input ended without a newline after this line.
  void Line(std::string line, int64_t number, bool unterminated) {
    Origin origin{name_, number, InputFormat::kJsonl};
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    auto reject = [&](std::string reason, std::string id = {}) {
      handler_.OnRejection(
          Rejection{origin, std::move(id),
                    Error{ErrorCode::kInvalidArgument, std::move(reason)},
                    std::move(line)});
    };
    Status utf8 = ValidateText(line, line.size());
    if (!utf8.ok()) {
      // Positions within the line read better than within the file.
      std::string m = utf8.error().message;
      size_t paren = m.find(" (line");
      if (paren != std::string::npos) m = m.substr(0, paren);
      return reject(m + " of the line");
    }
    json record;
    try {
      record = json::parse(line);
    } catch (const std::exception& e) {
      return reject(std::string(unterminated ? "truncated line (no newline "
                                               "at the end of the input), "
                                             : "") +
                    "not JSON: " + JsonReason(e));
    }
    if (!record.is_object()) return reject("not a JSON object");
    Document doc;
    auto id = record.find("id");
    if (id == record.end() || id->is_null()) {
      doc.id = stem_ + "-" + std::to_string(number);
    } else if (id->is_string()) {
      doc.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      doc.id = id->dump();
    } else {
      return reject("\"id\" is not a string or an integer");
    }
    auto text = record.find("text");
    if (text == record.end()) return reject("no \"text\" field", doc.id);
    if (!text->is_string()) return reject("\"text\" is not a string", doc.id);
    doc.text = text->get<std::string>();
    for (auto& [key, value] : record.items()) {
      if (key == "id" || key == "text") continue;
      if (key == "date") {
        if (value.is_null()) continue;
        if (!value.is_string()) {
          return reject("\"date\" is not a date: " + value.dump(), doc.id);
        }
        auto date = ParseIsoDate(value.get<std::string>());
        if (!date.ok()) {
          return reject("\"date\" is " + date.error().message, doc.id);
        }
        doc.published = *date;
      } else if ((key == "source" || key == "url") && value.is_string()) {
        (key == "source" ? doc.source : doc.url) = value.get<std::string>();
      } else {
        doc.metadata.emplace_back(key, value.dump());
      }
    }
    if (!doc.published) doc.published = options_.default_date;
    handler_.OnDocument(std::move(doc), origin);
  }

 private:
  std::string name_;
  std::string stem_;
  const ReadOptions& options_;
  DocumentHandler& handler_;
};

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  std::string n = Lower(name);
  if (n == "auto") return InputFormat::kAuto;
  if (n == "txt" || n == "text") return InputFormat::kText;
  if (n == "jsonl" || n == "ndjson") return InputFormat::kJsonl;
  if (n == "html" || n == "htm") return InputFormat::kHtml;
  return Error{ErrorCode::kInvalidArgument,
               "unknown format \"" + std::string(name) +
                   "\" (expected txt, jsonl or html)"};
}

InputFormat FormatForPath(std::string_view path) {
  size_t dot = path.find_last_of('.');
  size_t slash = path.find_last_of('/');
  if (dot == std::string_view::npos ||
      (slash != std::string_view::npos && dot < slash))
    return InputFormat::kText;
  std::string ext = Lower(path.substr(dot + 1));
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
  if (ext == "html" || ext == "htm") return InputFormat::kHtml;
  return InputFormat::kText;
}

std::string Origin::ToString() const {
  return line > 0 ? input + ":" + std::to_string(line) : input;
}

std::string Rejection::Message() const {
  std::string m = origin.ToString() + ": ";
  if (!doc_id.empty()) m += "document " + doc_id + ": ";
  return m + error.message;
}

std::string Rejection::ToJson() const {
  nlohmann::ordered_json j;
  j["input"] = origin.input;
  j["line"] = origin.line > 0 ? json(origin.line) : json(nullptr);
  j["id"] = doc_id.empty() ? json(nullptr) : json(doc_id);
  j["code"] = ErrorCodeName(error.code);
  j["reason"] = error.message;
  if (IsUtf8(content)) {
    j["content"] = content;
  } else {
    j["content_base64"] = Base64(content);
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string DocumentToJson(const Document& document) {
  nlohmann::ordered_json j;
  j["id"] = document.id;
  j["text"] = document.text;
  if (document.published) j["date"] = document.published->ToString();
  if (!document.source.empty()) j["source"] = document.source;
  if (!document.url.empty()) j["url"] = document.url;
  for (const auto& [key, value] : document.metadata) {
    j[key] = json::parse(value, nullptr, false);
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Rejection RejectDocument(const Document& document, const Origin& origin,
                         Error error) {
  std::string content = origin.format == InputFormat::kJsonl
                            ? DocumentToJson(document)
                            : document.text;
  // A JSON record cannot carry invalid UTF-8; keep the raw text instead.
  if (origin.format == InputFormat::kJsonl && !IsUtf8(document.text))
    content = document.text;
  return Rejection{origin, document.id, std::move(error), std::move(content)};
}

Status ReadDocuments(std::string_view name, std::istream& in,
                     InputFormat format, const ReadOptions& options,
                     DocumentHandler& handler) {
  if (format == InputFormat::kAuto) format = FormatForPath(name);
  if (format == InputFormat::kJsonl) {
    JsonlReader reader(name, options, handler);
    std::string line;
    int64_t number = 0;
    while (std::getline(in, line)) {
      reader.Line(std::move(line), ++number, in.eof());
    }
    if (in.bad()) {
      return Error{ErrorCode::kIOError, std::string(name) + ": read failed"};
    }
    return Status();
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    return Error{ErrorCode::kIOError, std::string(name) + ": read failed"};
  }
  std::string bytes = std::move(buffer).str();
  Origin origin{std::string(name), 0, format};
  std::string id = !options.id.empty() ? options.id
                   : name == "-"       ? std::string("stdin")
                                       : FileStem(name);
  if (format == InputFormat::kHtml) {
    Status utf8 = ValidateText(bytes, bytes.size());
    if (!utf8.ok()) {
      handler.OnRejection(
          Rejection{origin, id, utf8.error(), std::move(bytes)});
      return Status();
    }
    ReadOptions html_options = options;
    html_options.id = id;
    Result<Document> doc = ParseHtml(bytes, html_options);
    if (!doc.ok()) {
      handler.OnRejection(Rejection{origin, id, doc.error(), std::move(bytes)});
      return Status();
    }
    handler.OnDocument(std::move(doc).value(), origin);
    return Status();
  }
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(bytes);
  doc.published = options.default_date;
  handler.OnDocument(std::move(doc), origin);
  return Status();
}

Status ReadPath(const std::string& path, InputFormat format,
                const ReadOptions& options, DocumentHandler& handler) {
  if (path == "-")
    return ReadDocuments("-", std::cin, format, options, handler);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{ErrorCode::kNotFound, path + ": cannot open"};
  }
  return ReadDocuments(path, in, format, options, handler);
}

Status RejectsFile::Write(const Rejection& rejection) {
  if (!out_.is_open()) {
    out_.open(path_, std::ios::app | std::ios::binary);
    if (!out_) {
      return Error{ErrorCode::kIOError, path_ + ": cannot open for writing"};
    }
  }
  out_ << rejection.ToJson() << '\n';
  out_.flush();
  if (!out_) return Error{ErrorCode::kIOError, path_ + ": write failed"};
  ++count_;
  return Status();
}

}  // namespace dyad
