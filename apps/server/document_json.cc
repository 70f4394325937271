#include "document_json.h"

#include <string>

#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/time.h"

namespace dyad::server {
namespace {

using nlohmann::ordered_json;

ordered_json SpanJson(const Span& span) {
  return ordered_json::array({span.begin, span.end});
}

ordered_json OrNull(const std::string& s) {
  return s.empty() ? ordered_json() : ordered_json(s);
}

// Spans come from the pipeline and lie within the text; the check keeps a
// bug there from becoming an out-of-range read here.
std::string TextOf(const Document& document, const Span& span) {
  if (span.begin > span.end || span.end > document.text.size()) return {};
  return document.text.substr(span.begin, span.size());
}

}  // namespace

ordered_json CodedDocumentToJson(const Document& document,
                                 const CodedDocument& coded,
                                 std::string_view mode) {
  ordered_json out;
  out["id"] = document.id;
  out["date"] = document.published
                    ? ordered_json(document.published->ToString())
                    : ordered_json();
  out["mode"] = std::string(mode);
  out["discarded"] = OrNull(coded.discarded);

  ordered_json sentences = ordered_json::array();
  for (const Sentence& s : coded.segmented.sentences) {
    sentences.push_back({{"index", s.index},
                         {"span", SpanJson(s.span)},
                         {"role", TextRoleName(s.role)},
                         {"text", TextOf(document, s.span)}});
  }
  out["sentences"] = std::move(sentences);

  ordered_json actors = ordered_json::array();
  for (const ActorMention& a : coded.actors) {
    actors.push_back(
        {{"sentence_index", a.sentence_index},
         {"text", TextOf(document, a.span)},
         {"span", SpanJson(a.span)},
         {"code", OrNull(a.code)},
         {"country", OrNull(a.country)},
         {"name", OrNull(a.name)},
         {"kind", ActorKindName(a.kind)},
         {"resolved_from",
          a.resolved_from ? ordered_json(*a.resolved_from) : ordered_json()}});
  }
  out["actors"] = std::move(actors);

  ordered_json times = ordered_json::array();
  for (const Timex& t : coded.times) {
    times.push_back({{"sentence_index", t.sentence_index},
                     {"text", t.text},
                     {"span", SpanJson(t.span)},
                     {"type", TimexTypeName(t.type)},
                     {"value", t.value},
                     {"mod", OrNull(t.mod)}});
  }
  out["times"] = std::move(times);

  ordered_json events = ordered_json::array();
  for (const Event& e : coded.events) events.push_back(EventToJson(e));
  out["events"] = std::move(events);
  return out;
}

}  // namespace dyad::server
