// Options for dyad's stages, as plain structs. Every field has its default.
#ifndef DYAD_OPTIONS_H_
#define DYAD_OPTIONS_H_

#include <cstddef>
#include <optional>

#include "dyad/document.h"

namespace dyad {

// How documents are read from files, JSON Lines and HTML.
struct ReadOptions {
  // Publication date given to documents that carry none. Default: none.
  std::optional<Date> default_date;
  // Overrides the id of single-document inputs (a .txt or .html file, or
  // standard input). Default: empty, meaning the file name without its
  // extension, or "stdin".
  std::string id;
};

// How a document is checked, cleaned and split into sentences and tokens.
struct SegmentOptions {
  // Documents longer than this many bytes are rejected as too large.
  // Default: 10 MiB.
  size_t max_document_bytes = size_t{10} << 20;
  // Drop boilerplate lines ("MORE: ...", share prompts, bylines, copyright
  // lines) and count them. Default: true.
  bool drop_boilerplate = true;
  // Split sentences into tokens. Default: true.
  bool tokenize = true;
};

}  // namespace dyad

#endif  // DYAD_OPTIONS_H_
