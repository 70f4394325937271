// Stored events written out: JSON, CSV, GDELT 2.0 event rows and PLOVER
// records, one event at a time, so that any number can be streamed.
#ifndef DYAD_EXPORT_H_
#define DYAD_EXPORT_H_

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/event.h"
#include "dyad/event_table.h"  // GdeltColumns()
#include "dyad/store.h"

namespace dyad {

// The stored event as one JSON object: id, date, source and target ({code,
// country, name, text} or null), cameo, cameo_name, root, quad_class,
// goldstein, plover {type, mode}, num_mentions, num_articles, num_sources,
// and the first report: doc_id, doc_source, url, event_id, sentence_index,
// sentence, verb, pattern.
nlohmann::ordered_json EventRowToJson(const EventRow& row);

// The stored event with every report, as `dyad show --json` prints it and
// GET /v1/events/{id} answers: EventRowToJson(detail.row) and "reports", in
// the order they were stored, each {doc_source, url, published (YYYY-MM-DD
// or ""), event (EventToJson, with every mention)}.
nlohmann::ordered_json EventDetailToJson(const EventDetail& detail);

// One period of Stats: {period, events, mentions, goldstein_sum,
// goldstein_mean, quad: [events of quad class 1, 2, 3, 4]}.
nlohmann::ordered_json StatsRowToJson(const StatsRow& row);

// One pair of Store::Dyads: {source, target, events, mentions,
// goldstein_mean}.
nlohmann::ordered_json DyadRowToJson(const DyadRow& row);

// A stored document: id, text, date (YYYY-MM-DD or null), source and url
// (null when empty), sentences [{index, text}], actors as stored
// [{sentence_index, span, code, country, name, text}] (country and name
// null when empty) and events (EventToJson of each).
nlohmann::ordered_json StoredDocumentToJson(const StoredDocument& stored);

// The CSV columns of EventRowToCsv, comma-separated, no newline.
std::string EventRowCsvHeader();
// One CSV line (RFC 4180 quoting), no newline: id, date, source_code,
// source_country, source_name, target_code, target_country, target_name,
// cameo, cameo_name, root, quad_class, goldstein, plover_type, plover_mode,
// num_mentions, num_articles, num_sources, doc_id, doc_source, url,
// sentence.
std::string EventRowToCsv(const EventRow& row);

// One GDELT 2.0 event row, tab-separated, no newline, with the fields dyad
// knows filled and the rest empty: GLOBALEVENTID (the stored id), SQLDATE,
// MonthYear, Year, FractionDate (each only as precise as the date), actor
// codes, names (upper case), countries and role (Type1) codes, EventCode,
// EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
// NumSources, NumArticles, DATEADDED and SOURCEURL (the url of the first
// report, or its document id). Tabs and newlines in text become spaces.
std::string EventRowToGdelt(const EventRow& row);

// The event as a PLOVER JSON record (PLOVER manual, "JSON Data Fields"):
// id, date, source and recipient as lists of actor objects {code (country),
// sector, actor_text, identifier_text, cameo_code}, event [type], mode,
// quad_code, event_scale (Goldstein), event_text, text (the sentence),
// text_info {sequence, start, end}, cite_info {citation, url, publication},
// event_loc, num_mentions/num_articles/num_sources, coder. Nothing when the
// event has no PLOVER type (CAMEO roots 01 and 02 have none).
std::optional<nlohmann::ordered_json> EventRowToPlover(const EventRow& row);

// Splits a CAMEO actor code into its country and the rest: "USAGOV" with
// country "USA" gives {"USA", "GOV"}; "IGOUNO" without a country gives
// {"IGO", "UNO"}.
std::pair<std::string, std::string> SplitActorCode(std::string_view code,
                                                   std::string_view country);

}  // namespace dyad

#endif  // DYAD_EXPORT_H_
