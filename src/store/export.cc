#include "dyad/export.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <nlohmann/json.hpp>

#include "dyad/event_table.h"

namespace dyad {
namespace {

using nlohmann::ordered_json;

ordered_json OrNull(const std::string& s) {
  return s.empty() ? ordered_json() : ordered_json(s);
}

ordered_json ActorJson(const std::optional<EventActor>& actor) {
  if (!actor) return nullptr;
  return {{"code", actor->code},
          {"country", OrNull(actor->country)},
          {"name", OrNull(actor->name)},
          {"text", actor->text}};
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", v);
  return buf;
}

std::string Upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

ordered_json PloverActor(const EventActor& actor) {
  auto [country, sector] = SplitActorCode(actor.code, actor.country);
  return {{"code", country},
          {"sector", OrNull(sector)},
          {"actor_text", actor.text},
          {"identifier_text", OrNull(actor.name)},
          {"cameo_code", actor.code}};
}

}  // namespace

std::pair<std::string, std::string> SplitActorCode(std::string_view code,
                                                   std::string_view country) {
  if (!country.empty() && code.substr(0, country.size()) == country) {
    return {std::string(country), std::string(code.substr(country.size()))};
  }
  if (code.size() <= 3) return {std::string(code), ""};
  return {std::string(code.substr(0, 3)), std::string(code.substr(3))};
}

nlohmann::ordered_json EventRowToJson(const EventRow& row) {
  ordered_json j;
  j["id"] = row.id;
  j["date"] = OrNull(row.date);
  j["source"] = ActorJson(row.source);
  j["target"] = ActorJson(row.target);
  j["cameo"] = row.cameo;
  j["cameo_name"] = row.cameo_name;
  j["root"] = row.root;
  j["quad_class"] = row.quad_class;
  j["goldstein"] = row.goldstein;
  j["plover"] = {{"type", OrNull(row.plover_type)},
                 {"mode", OrNull(row.plover_mode)}};
  j["num_mentions"] = row.num_mentions;
  j["num_articles"] = row.num_articles;
  j["num_sources"] = row.num_sources;
  j["doc_id"] = row.doc_id;
  j["doc_source"] = OrNull(row.doc_source);
  j["url"] = OrNull(row.url);
  j["event_id"] = row.event_id;
  j["sentence_index"] = row.sentence_index;
  j["sentence"] = row.sentence;
  j["verb"] = row.verb_text;
  j["pattern"] = row.pattern;
  return j;
}

ordered_json EventDetailToJson(const EventDetail& detail) {
  ordered_json j = EventRowToJson(detail.row);
  ordered_json reports = ordered_json::array();
  for (const EventReport& r : detail.reports) {
    reports.push_back({{"doc_source", r.doc_source},
                       {"url", r.url},
                       {"published", r.published},
                       {"event", EventToJson(r.event)}});
  }
  j["reports"] = std::move(reports);
  return j;
}

ordered_json StatsRowToJson(const StatsRow& row) {
  ordered_json j;
  j["period"] = row.period;
  j["events"] = row.events;
  j["mentions"] = row.mentions;
  j["goldstein_sum"] = row.goldstein_sum;
  j["goldstein_mean"] = row.goldstein_mean;
  j["quad"] = {row.quad[0], row.quad[1], row.quad[2], row.quad[3]};
  return j;
}

ordered_json DyadRowToJson(const DyadRow& row) {
  ordered_json j;
  j["source"] = row.source;
  j["target"] = row.target;
  j["events"] = row.events;
  j["mentions"] = row.mentions;
  j["goldstein_mean"] = row.goldstein_mean;
  return j;
}

ordered_json StoredDocumentToJson(const StoredDocument& stored) {
  const Document& d = stored.document;
  ordered_json j;
  j["id"] = d.id;
  j["text"] = d.text;
  j["date"] = d.published ? ordered_json(d.published->ToString()) : nullptr;
  j["source"] = OrNull(d.source);
  j["url"] = OrNull(d.url);
  ordered_json sentences = ordered_json::array();
  for (size_t i = 0; i < stored.sentences.size(); ++i) {
    sentences.push_back({{"index", i}, {"text", stored.sentences[i]}});
  }
  j["sentences"] = std::move(sentences);
  ordered_json actors = ordered_json::array();
  for (const StoredMention& m : stored.actors) {
    actors.push_back({{"sentence_index", m.sentence_index},
                      {"span", {m.span.begin, m.span.end}},
                      {"code", m.code},
                      {"country", OrNull(m.country)},
                      {"name", OrNull(m.name)},
                      {"text", m.text}});
  }
  j["actors"] = std::move(actors);
  ordered_json events = ordered_json::array();
  for (const Event& e : stored.events) events.push_back(EventToJson(e));
  j["events"] = std::move(events);
  return j;
}

std::string EventRowCsvHeader() {
  return "id,date,source_code,source_country,source_name,target_code,"
         "target_country,target_name,cameo,cameo_name,root,quad_class,"
         "goldstein,plover_type,plover_mode,num_mentions,num_articles,"
         "num_sources,doc_id,doc_source,url,sentence";
}

std::string EventRowToCsv(const EventRow& row) {
  const EventActor none;
  const EventActor& target = row.target ? *row.target : none;
  return CsvLine({
      std::to_string(row.id),
      row.date,
      row.source.code,
      row.source.country,
      row.source.name,
      target.code,
      target.country,
      target.name,
      row.cameo,
      row.cameo_name,
      row.root,
      std::to_string(row.quad_class),
      Number(row.goldstein),
      row.plover_type,
      row.plover_mode,
      std::to_string(row.num_mentions),
      std::to_string(row.num_articles),
      std::to_string(row.num_sources),
      row.doc_id,
      row.doc_source,
      row.url,
      row.sentence,
  });
}

std::string EventRowToGdelt(const EventRow& row) {
  // The stored event as an Event, so that one function (dyad/event_table.h)
  // lays out GDELT rows for `dyad code` and for exports alike.
  Event e;
  e.date = row.date;
  e.source = row.source;
  e.source.name = Upper(e.source.name);
  e.target = row.target;
  if (e.target) e.target->name = Upper(e.target->name);
  e.cameo = row.cameo;
  e.root = row.root;
  e.quad_class = row.quad_class;
  e.goldstein = row.goldstein;
  e.location = row.location;
  EventMention mention;
  mention.sentence_index = row.sentence_index;
  e.mentions.push_back(std::move(mention));
  std::string added;
  if (row.added > 0) {
    std::time_t t = static_cast<std::time_t>(row.added);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof(buf), "%Y%m%d%H%M%S", &tm);
    added = buf;
  }
  GdeltCounts counts{row.num_mentions, row.num_sources, row.num_articles};
  std::vector<std::string> fields =
      GdeltRow(e, counts, added, row.url.empty() ? row.doc_id : row.url);
  fields[0] = std::to_string(row.id);  // the stored event's id
  return TsvLine(fields);
}

std::optional<nlohmann::ordered_json> EventRowToPlover(const EventRow& row) {
  if (row.plover_type.empty()) return std::nullopt;
  ordered_json j;
  j["id"] = "dyad-" + std::to_string(row.id);
  j["date"] = OrNull(row.date);
  j["source"] = ordered_json::array({PloverActor(row.source)});
  j["recipient"] = row.target ? ordered_json::array({PloverActor(*row.target)})
                              : ordered_json::array();
  j["event"] = ordered_json::array({row.plover_type});
  j["mode"] = row.plover_mode.empty() ? ordered_json::array()
                                      : ordered_json::array({row.plover_mode});
  j["quad_code"] = row.quad_class;
  j["event_scale"] = row.goldstein;
  j["event_text"] = row.verb_text.empty()
                        ? ordered_json::array()
                        : ordered_json::array({row.verb_text});
  j["text"] = row.sentence;
  j["text_info"] = {{"sequence", row.sentence_index}};
  ordered_json cite = {{"citation", row.doc_id}};
  if (!row.url.empty()) cite["url"] = row.url;
  if (!row.doc_source.empty()) cite["publication"] = row.doc_source;
  j["cite_info"] = cite;
  if (row.location) {
    j["event_loc"] = {{"cc3", row.location->country},
                      {"name", row.location->text}};
  }
  j["cameo_code"] = row.cameo;
  j["num_mentions"] = row.num_mentions;
  j["num_articles"] = row.num_articles;
  j["num_sources"] = row.num_sources;
  j["coder"] = "dyad";
  return j;
}

}  // namespace dyad
