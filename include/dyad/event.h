// Events: who did what to whom, when and where, coded in CAMEO and PLOVER,
// with the evidence for each. The fields and their JSON names are the
// Event contract of the design notes; tests, scripts and users depend on
// them.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/json_writer.h"

namespace dyad {

// One side of an event.
struct EventActor {
  std::string code;     // CAMEO actor code: "USAGOV", "IGOUNO"
  std::string country;  // ISO 3166-1 alpha-3, or empty when unknown
  std::string name;     // canonical name ("Donald Trump", "Russia")
  std::string text;     // the words of the article
  Span span;            // [begin, end) bytes of the document's text
};

struct EventLocation {
  std::string country;  // ISO 3166-1 alpha-3
  std::string text;
  Span span;
};

struct EventAttribution {
  std::string code;  // the speaker's actor code
  std::string text;  // the speaker's words in the article
  Span span;
};

// Where an event was read: the words of its predicate, the pattern that
// coded it and the syntax back-end that analysed the sentence.
struct EventMention {
  uint32_t sentence_index = 0;
  std::string sentence;  // the sentence's text
  std::string verb_text;
  std::string verb_lemma;
  Span verb_span;
  std::string pattern;  // the verb pattern as written in data/verbs
  std::string parser;   // "link" or "shallow"
};

struct Event {
  std::string event_id;  // stable: the same input and dictionaries give
                         // the same id
  std::string doc_id;
  // ISO 8601 as precise as known ("2017-05-02", "2017-04", "2017"), or
  // empty when unknown; `date_basis` is the time expression it came from,
  // "published", or empty.
  std::string date;
  std::string date_basis;
  EventActor source;
  std::optional<EventActor> target;  // none for an event without one
  std::string cameo;                 // "041"
  std::string cameo_name;            // "Discuss by telephone"
  std::string root;                  // "04"
  int quad_class = 0;                // 1 to 4
  double goldstein = 0;
  std::string plover_type;  // "CONSULT"; empty when PLOVER has none
  std::string plover_mode;  // "phone"; empty when PLOVER gives none
  bool negated = false;
  std::string modality = "asserted";  // asserted|future|reported|hypothetical
  std::optional<EventLocation> location;
  std::optional<EventAttribution> attribution;
  // Every place in the document that reports this event, the first being
  // the one whose fields the event carries (sentence_index, sentence and
  // evidence in the JSON). Never empty.
  std::vector<EventMention> mentions;
};

// The event as one JSON object with the contract's fields in the
// contract's order, null where unknown: event_id, doc_id, sentence_index,
// sentence, date, date_basis, source, target, cameo, cameo_name, root,
// quad_class, goldstein, plover, negated, modality, location, attribution,
// evidence (of the first mention, plus "mentions": every mention's
// sentence_index, verb and span).
nlohmann::ordered_json EventToJson(const Event& event);

// The same object written straight to `writer`, without a tree: what
// `dyad code` and POST /v1/code use.
void WriteEventJson(const Event& event, json_text::Writer& writer);

// The same object as one line of JSON text.
std::string EventJsonText(const Event& event);

// Reads an event back from EventToJson's output (the round trip gives an
// equal event). InvalidArgument, naming the field, when a field is missing
// or of the wrong type.
Result<Event> EventFromJson(const nlohmann::json& json);

}  // namespace dyad

#endif  // DYAD_EVENT_H_
