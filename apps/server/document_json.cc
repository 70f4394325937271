#include "document_json.h"

#include <string>

#include "dyad/event.h"
#include "dyad/json_writer.h"
#include "dyad/lexicon.h"
#include "dyad/time.h"

namespace dyad::server {
namespace {

// Spans come from the pipeline and lie within the text; the check keeps a
// bug there from becoming an out-of-range read here.
std::string_view TextOf(const Document& document, const Span& span) {
  if (span.begin > span.end || span.end > document.text.size()) return {};
  return std::string_view(document.text).substr(span.begin, span.size());
}

// About the bytes of the answer, a little more rather than less: room
// made once costs less than room made twice. The sizes are those of news
// articles' answers, keys, numbers and codes, besides their text.
size_t ExpectedSize(const Document& document, const CodedDocument& coded) {
  size_t size = 128 + document.text.size() +
                64 * coded.segmented.sentences.size() +
                160 * coded.actors.size() + 128 * coded.times.size();
  for (const Event& e : coded.events) {
    size += 640 + e.mentions.front().sentence.size();
    for (const EventMention& m : e.mentions) size += 160 + m.sentence.size();
  }
  return size;
}

}  // namespace

std::string CodedDocumentJsonText(const Document& document,
                                  const CodedDocument& coded,
                                  std::string_view mode) {
  using json_text::SpanArray;
  using json_text::String;
  using json_text::StringOrNull;
  json_text::Writer w(ExpectedSize(document, coded));
  w.StartObject();
  w.Key("id");
  String(w, document.id);
  w.Key("date");
  if (document.published) {
    String(w, document.published->ToString());
  } else {
    w.Null();
  }
  w.Key("mode");
  String(w, mode);
  w.Key("discarded");
  StringOrNull(w, coded.discarded);

  w.Key("sentences");
  w.StartArray();
  for (const Sentence& s : coded.segmented.sentences) {
    w.StartObject();
    w.Key("index");
    w.Uint(s.index);
    w.Key("span");
    SpanArray(w, s.span);
    w.Key("role");
    String(w, TextRoleName(s.role));
    w.Key("text");
    String(w, TextOf(document, s.span));
    w.EndObject();
  }
  w.EndArray();

  w.Key("actors");
  w.StartArray();
  for (const ActorMention& a : coded.actors) {
    w.StartObject();
    w.Key("sentence_index");
    w.Uint(a.sentence_index);
    w.Key("text");
    String(w, TextOf(document, a.span));
    w.Key("span");
    SpanArray(w, a.span);
    w.Key("code");
    StringOrNull(w, a.code);
    w.Key("country");
    StringOrNull(w, a.country);
    w.Key("name");
    StringOrNull(w, a.name);
    w.Key("kind");
    String(w, ActorKindName(a.kind));
    w.Key("resolved_from");
    if (a.resolved_from) {
      w.Uint(*a.resolved_from);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("times");
  w.StartArray();
  for (const Timex& t : coded.times) {
    w.StartObject();
    w.Key("sentence_index");
    w.Uint(t.sentence_index);
    w.Key("text");
    String(w, t.text);
    w.Key("span");
    SpanArray(w, t.span);
    w.Key("type");
    String(w, TimexTypeName(t.type));
    w.Key("value");
    String(w, t.value);
    w.Key("mod");
    StringOrNull(w, t.mod);
    w.EndObject();
  }
  w.EndArray();

  w.Key("events");
  w.StartArray();
  for (const Event& e : coded.events) WriteEventJson(e, w);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace dyad::server
