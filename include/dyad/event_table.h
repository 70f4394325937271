// Events as rows of a table: dyad's own flat columns (for CSV and TSV) and
// GDELT 2.0's event-table columns, with what dyad knows filled in and the
// rest empty.
#ifndef DYAD_EVENT_TABLE_H_
#define DYAD_EVENT_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad {

// The names of dyad's flat columns: event_id, doc_id, sentence_index, date,
// date_basis, source_code, source_country, source_name, source_text,
// target_code, target_country, target_name, target_text, cameo, cameo_name,
// root, quad_class, goldstein, plover_type, plover_mode, negated, modality,
// location_country, location_text, attribution_code, attribution_text,
// verb, lemma, pattern, parser, mentions, sentence.
const std::vector<std::string>& EventTableColumns();

// One event as EventTableColumns() values; empty strings where unknown.
std::vector<std::string> EventTableRow(const Event& event);

// GDELT 2.0's 61 event columns, GLOBALEVENTID to SOURCEURL.
const std::vector<std::string>& GdeltColumns();

// How often an event was reported: within one document (its mentions) or,
// in a store, across documents and sources.
struct GdeltCounts {
  int64_t num_mentions = 1;
  int64_t num_sources = 1;
  int64_t num_articles = 1;
};

// One event as GdeltColumns() values: a numeric GLOBALEVENTID derived from
// the event id, the dates, each actor's code split into country, known
// group, religion and type codes, the event codes, quad class, Goldstein
// value, `counts`, the action location's name and type (country level;
// dyad has no FIPS codes or coordinates), `date_added` (YYYYMMDDHHMMSS) and
// `source_url`. Empty where dyad knows nothing.
std::vector<std::string> GdeltRow(const Event& event, const GdeltCounts& counts,
                                  const std::string& date_added,
                                  const std::string& source_url);

// Joins `fields` as a line (no newline) of comma-separated values, quoting
// where RFC 4180 requires.
std::string CsvLine(const std::vector<std::string>& fields);
// Joins `fields` with tabs, turning tabs and line breaks inside a field into
// spaces.
std::string TsvLine(const std::vector<std::string>& fields);

}  // namespace dyad

#endif  // DYAD_EVENT_TABLE_H_
