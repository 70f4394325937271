// Sources: documents read from plain text, JSON Lines and HTML, and the
// rejects file where a document that cannot be read or coded is kept whole.
#ifndef DYAD_READER_H_
#define DYAD_READER_H_

#include <cstdint>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/options.h"

namespace dyad {

enum class InputFormat {
  kAuto,   // from the file name: .jsonl/.ndjson, .html/.htm, else text
  kText,   // the whole input is one document
  kJsonl,  // one JSON object a line: id, text, [date, source, url, ...]
  kHtml,   // one web page; its article text is extracted
};

// Parses "txt", "text", "jsonl", "html" (or "auto"). InvalidArgument else.
Result<InputFormat> ParseInputFormat(std::string_view name);
// Returns the format a file of this name is read as under kAuto.
InputFormat FormatForPath(std::string_view path);

// Where a document came from: the input's name ("-" for standard input) and,
// for JSON Lines, the 1-based line.
struct Origin {
  std::string input;
  int64_t line = 0;  // 0 when the input holds a single document
  InputFormat format = InputFormat::kText;

  // "file.jsonl:12" or "file.txt".
  std::string ToString() const;
};

// A document that could not be read or processed, kept with the reason.
struct Rejection {
  Origin origin;
  std::string doc_id;  // empty when it could not be read
  Error error;
  // The rejected bytes exactly as read (a JSON Lines record, a file), or the
  // document as a JSON Lines record when it was rejected after reading.
  std::string content;

  // One line for a person: `in.jsonl:3: document d7: "date" is not a date:
  // "2017-13-45"`.
  std::string Message() const;
  // One JSON object, no newline: input, line, id, code, reason, and the
  // content as "content" (UTF-8) or "content_base64" (anything else).
  std::string ToJson() const;
};

// Builds the Rejection of a document that was read but failed later.
Rejection RejectDocument(const Document& document, const Origin& origin,
                         Error error);

// Returns the document as one JSON Lines record (no newline): id, text,
// date, source, url and its metadata fields, the way the JSONL reader reads it.
std::string DocumentToJson(const Document& document);

// Receives what a reader finds, in input order.
class DocumentHandler {
 public:
  virtual ~DocumentHandler() = default;
  virtual void OnDocument(Document document, const Origin& origin) = 0;
  virtual void OnRejection(Rejection rejection) = 0;
};

// Reads every document of `in`, named `name` in messages, and hands each to
// `handler`; a bad record is handed over as a Rejection and reading goes on.
// Returns IOError only when the stream itself fails.
Status ReadDocuments(std::string_view name, std::istream& in,
                     InputFormat format, const ReadOptions& options,
                     DocumentHandler& handler);

// Opens `path` ("-" for standard input) and reads it as above. Returns
// NotFound or IOError, naming the path, when it cannot be opened or read.
Status ReadPath(const std::string& path, InputFormat format,
                const ReadOptions& options, DocumentHandler& handler);

// Extracts the article of an HTML page: its headline (<h1>), captions
// (<figcaption>) and paragraphs, without scripts, styles, navigation,
// headers, footers, forms and asides, one block a paragraph. Fills id from
// `options`, url from <link rel=canonical> or og:url, source from
// og:site_name, the date from article:published_time or <time datetime>.
Result<Document> ParseHtml(std::string_view html, const ReadOptions& options);

// Appends rejections to a JSON Lines file, opened on the first write, so
// that an earlier run's rejects are never overwritten.
class RejectsFile {
 public:
  explicit RejectsFile(std::string path) : path_(std::move(path)) {}
  Status Write(const Rejection& rejection);
  const std::string& path() const { return path_; }
  int64_t count() const { return count_; }

 private:
  std::string path_;
  std::ofstream out_;
  int64_t count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_READER_H_
