#include "dyad/event.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

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

void WriteEventJson(const Event& event, json_text::Writer& w) {
  using json_text::SpanArray;
  using json_text::String;
  using json_text::StringOrNull;
  auto actor = [&](const EventActor& a) {
    w.StartObject();
    w.Key("code");
    String(w, a.code);
    w.Key("country");
    StringOrNull(w, a.country);
    w.Key("name");
    StringOrNull(w, a.name);
    w.Key("text");
    String(w, a.text);
    w.Key("span");
    SpanArray(w, a.span);
    w.EndObject();
  };
  auto verb = [&](const EventMention& m) {
    w.StartObject();
    w.Key("text");
    String(w, m.verb_text);
    w.Key("lemma");
    String(w, m.verb_lemma);
    w.Key("span");
    SpanArray(w, m.verb_span);
    w.EndObject();
  };
  // The contract's nested object of a location or an attribution.
  auto placed = [&](std::string_view code_key, const std::string& code,
                    const std::string& text, const Span& span) {
    w.StartObject();
    w.Key(code_key.data(), code_key.size());
    String(w, code);
    w.Key("text");
    String(w, text);
    w.Key("span");
    SpanArray(w, span);
    w.EndObject();
  };

  const EventMention& first = event.mentions.front();
  w.StartObject();
  w.Key("event_id");
  String(w, event.event_id);
  w.Key("doc_id");
  String(w, event.doc_id);
  w.Key("sentence_index");
  w.Uint(first.sentence_index);
  w.Key("sentence");
  String(w, first.sentence);
  w.Key("date");
  StringOrNull(w, event.date);
  w.Key("date_basis");
  StringOrNull(w, event.date_basis);
  w.Key("source");
  actor(event.source);
  w.Key("target");
  if (event.target) {
    actor(*event.target);
  } else {
    w.Null();
  }
  w.Key("cameo");
  String(w, event.cameo);
  w.Key("cameo_name");
  String(w, event.cameo_name);
  w.Key("root");
  String(w, event.root);
  w.Key("quad_class");
  w.Int(event.quad_class);
  w.Key("goldstein");
  w.Double(event.goldstein);
  w.Key("plover");
  w.StartObject();
  w.Key("type");
  StringOrNull(w, event.plover_type);
  w.Key("mode");
  StringOrNull(w, event.plover_mode);
  w.EndObject();
  w.Key("negated");
  w.Bool(event.negated);
  w.Key("modality");
  String(w, event.modality);
  w.Key("location");
  if (event.location) {
    placed("country", event.location->country, event.location->text,
           event.location->span);
  } else {
    w.Null();
  }
  w.Key("attribution");
  if (event.attribution) {
    placed("code", event.attribution->code, event.attribution->text,
           event.attribution->span);
  } else {
    w.Null();
  }
  w.Key("evidence");
  w.StartObject();
  w.Key("verb");
  verb(first);
  w.Key("pattern");
  String(w, first.pattern);
  w.Key("parser");
  String(w, first.parser);
  w.EndObject();
  w.Key("mentions");
  w.StartArray();
  for (const EventMention& m : event.mentions) {
    w.StartObject();
    w.Key("sentence_index");
    w.Uint(m.sentence_index);
    w.Key("sentence");
    String(w, m.sentence);
    w.Key("verb");
    verb(m);
    w.Key("pattern");
    String(w, m.pattern);
    w.Key("parser");
    String(w, m.parser);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

std::string EventJsonText(const Event& event) {
  json_text::Writer writer(2048);
  WriteEventJson(event, writer);
  return writer.Take();
}

ordered_json EventToJson(const Event& event) {
  return ordered_json::parse(EventJsonText(event));
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
