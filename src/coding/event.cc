#include "dyad/event.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json SpanJson(const Span& span) {
  return ordered_json::array({span.begin, span.end});
}

ordered_json OrNull(const std::string& s) {
  return s.empty() ? ordered_json() : ordered_json(s);
}

ordered_json ActorJson(const EventActor& actor) {
  return ordered_json{{"code", actor.code},
                      {"country", OrNull(actor.country)},
                      {"name", OrNull(actor.name)},
                      {"text", actor.text},
                      {"span", SpanJson(actor.span)}};
}

ordered_json VerbJson(const EventMention& m) {
  return ordered_json{{"text", m.verb_text},
                      {"lemma", m.verb_lemma},
                      {"span", SpanJson(m.verb_span)}};
}

// Reading back: each helper records the first fault it meets, naming the
// field, and the caller checks once at the end.
class Reader {
 public:
  std::string String(const json& j, const char* key, bool nullable = false) {
    auto it = j.find(key);
    if (it != j.end() && it->is_string()) return it->get<std::string>();
    if (nullable && (it == j.end() || it->is_null())) return {};
    Fail(key, "a string");
    return {};
  }
  Span SpanOf(const json& j, const char* key) {
    auto it = j.find(key);
    if (it != j.end() && it->is_array() && it->size() == 2 &&
        (*it)[0].is_number_unsigned() && (*it)[1].is_number_unsigned()) {
      return Span{(*it)[0].get<uint32_t>(), (*it)[1].get<uint32_t>()};
    }
    Fail(key, "a [begin, end] pair");
    return {};
  }
  const json& Object(const json& j, const char* key) {
    static const json kEmpty = json::object();
    auto it = j.find(key);
    if (it != j.end() && it->is_object()) return *it;
    Fail(key, "an object");
    return kEmpty;
  }
  bool Nullish(const json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null();
  }
  EventActor Actor(const json& j) {
    EventActor actor;
    actor.code = String(j, "code");
    actor.country = String(j, "country", true);
    actor.name = String(j, "name", true);
    actor.text = String(j, "text");
    actor.span = SpanOf(j, "span");
    return actor;
  }
  EventMention Mention(const json& j) {
    EventMention m;
    auto it = j.find("sentence_index");
    if (it != j.end() && it->is_number_unsigned()) {
      m.sentence_index = it->get<uint32_t>();
    } else {
      Fail("sentence_index", "a non-negative integer");
    }
    m.sentence = String(j, "sentence");
    const json& verb = Object(j, "verb");
    m.verb_text = String(verb, "text");
    m.verb_lemma = String(verb, "lemma");
    m.verb_span = SpanOf(verb, "span");
    m.pattern = String(j, "pattern");
    m.parser = String(j, "parser");
    return m;
  }
  void Fail(const char* key, const char* what) {
    if (fault_.empty()) fault_ = std::string("\"") + key + "\" is not " + what;
  }
  const std::string& fault() const { return fault_; }

 private:
  std::string fault_;
};

}  // namespace

ordered_json EventToJson(const Event& event) {
  const EventMention& first = event.mentions.front();
  ordered_json mentions = ordered_json::array();
  for (const EventMention& m : event.mentions) {
    mentions.push_back({{"sentence_index", m.sentence_index},
                        {"sentence", m.sentence},
                        {"verb", VerbJson(m)},
                        {"pattern", m.pattern},
                        {"parser", m.parser}});
  }
  ordered_json j = {
      {"event_id", event.event_id},
      {"doc_id", event.doc_id},
      {"sentence_index", first.sentence_index},
      {"sentence", first.sentence},
      {"date", OrNull(event.date)},
      {"date_basis", OrNull(event.date_basis)},
      {"source", ActorJson(event.source)},
      {"target", event.target ? ActorJson(*event.target) : ordered_json()},
      {"cameo", event.cameo},
      {"cameo_name", event.cameo_name},
      {"root", event.root},
      {"quad_class", event.quad_class},
      {"goldstein", event.goldstein},
      {"plover",
       {{"type", OrNull(event.plover_type)},
        {"mode", OrNull(event.plover_mode)}}},
      {"negated", event.negated},
      {"modality", event.modality},
      {"location", event.location
                       ? ordered_json{{"country", event.location->country},
                                      {"text", event.location->text},
                                      {"span", SpanJson(event.location->span)}}
                       : ordered_json()},
      {"attribution",
       event.attribution
           ? ordered_json{{"code", event.attribution->code},
                          {"text", event.attribution->text},
                          {"span", SpanJson(event.attribution->span)}}
           : ordered_json()},
      {"evidence",
       {{"verb", VerbJson(first)},
        {"pattern", first.pattern},
        {"parser", first.parser}}},
      {"mentions", std::move(mentions)}};
  return j;
}

Result<Event> EventFromJson(const json& j) {
  if (!j.is_object()) {
    return Error{ErrorCode::kInvalidArgument, "event is not a JSON object"};
  }
  Reader r;
  Event e;
  e.event_id = r.String(j, "event_id");
  e.doc_id = r.String(j, "doc_id");
  e.date = r.String(j, "date", true);
  e.date_basis = r.String(j, "date_basis", true);
  e.source = r.Actor(r.Object(j, "source"));
  if (!r.Nullish(j, "target")) e.target = r.Actor(r.Object(j, "target"));
  e.cameo = r.String(j, "cameo");
  e.cameo_name = r.String(j, "cameo_name");
  e.root = r.String(j, "root");
  if (auto it = j.find("quad_class");
      it != j.end() && it->is_number_integer()) {
    e.quad_class = it->get<int>();
  } else {
    r.Fail("quad_class", "an integer");
  }
  if (auto it = j.find("goldstein"); it != j.end() && it->is_number()) {
    e.goldstein = it->get<double>();
  } else {
    r.Fail("goldstein", "a number");
  }
  const json& plover = r.Object(j, "plover");
  e.plover_type = r.String(plover, "type", true);
  e.plover_mode = r.String(plover, "mode", true);
  if (auto it = j.find("negated"); it != j.end() && it->is_boolean()) {
    e.negated = it->get<bool>();
  } else {
    r.Fail("negated", "true or false");
  }
  e.modality = r.String(j, "modality");
  if (!r.Nullish(j, "location")) {
    const json& loc = r.Object(j, "location");
    e.location = EventLocation{r.String(loc, "country"), r.String(loc, "text"),
                               r.SpanOf(loc, "span")};
  }
  if (!r.Nullish(j, "attribution")) {
    const json& at = r.Object(j, "attribution");
    e.attribution = EventAttribution{r.String(at, "code"), r.String(at, "text"),
                                     r.SpanOf(at, "span")};
  }
  if (auto it = j.find("mentions");
      it != j.end() && it->is_array() && !it->empty()) {
    for (const json& m : *it) e.mentions.push_back(r.Mention(m));
  } else {
    r.Fail("mentions", "a non-empty array");
  }
  if (!r.fault().empty()) {
    return Error{ErrorCode::kInvalidArgument, "event: " + r.fault()};
  }
  return e;
}

}  // namespace dyad
