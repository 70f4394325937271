// The JSON body of POST /v1/code: a coded document with everything a page
// needs to highlight its text.
#ifndef DYAD_APPS_SERVER_DOCUMENT_JSON_H_
#define DYAD_APPS_SERVER_DOCUMENT_JSON_H_

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/pipeline.h"

namespace dyad::server {

// One JSON object, written straight from the coded document: id, date (or
// null), mode, discarded (the story class, or null), then
//   sentences: {index, span, role, text}
//   actors:    {sentence_index, text, span, code, country, name, kind,
//               resolved_from}
//   times:     {sentence_index, text, span, type, value, mod}
//   events:    EventToJson of each event (its predicate's span is in
//               evidence.verb.span)
// Spans are [begin, end) bytes of `document.text`; empty strings are null.
std::string CodedDocumentJsonText(const Document& document,
                                  const CodedDocument& coded,
                                  std::string_view mode);

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_DOCUMENT_JSON_H_
