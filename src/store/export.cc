#include "dyad/export.h"

#include <cctype>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <nlohmann/json.hpp>

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

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", v);
  return buf;
}

// GDELT fields hold no tabs or line breaks.
std::string TsvField(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
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

std::string EventRowCsvHeader() {
  return "id,date,source_code,source_country,source_name,target_code,"
         "target_country,target_name,cameo,cameo_name,root,quad_class,"
         "goldstein,plover_type,plover_mode,num_mentions,num_articles,"
         "num_sources,doc_id,doc_source,url,sentence";
}

std::string EventRowToCsv(const EventRow& row) {
  const EventActor none;
  const EventActor& target = row.target ? *row.target : none;
  const std::string fields[] = {
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
  };
  std::string out;
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) out += ',';
    out += CsvField(fields[i]);
  }
  return out;
}

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kColumns = {"GLOBALEVENTID",
                                                    "SQLDATE",
                                                    "MonthYear",
                                                    "Year",
                                                    "FractionDate",
                                                    "Actor1Code",
                                                    "Actor1Name",
                                                    "Actor1CountryCode",
                                                    "Actor1KnownGroupCode",
                                                    "Actor1EthnicCode",
                                                    "Actor1Religion1Code",
                                                    "Actor1Religion2Code",
                                                    "Actor1Type1Code",
                                                    "Actor1Type2Code",
                                                    "Actor1Type3Code",
                                                    "Actor2Code",
                                                    "Actor2Name",
                                                    "Actor2CountryCode",
                                                    "Actor2KnownGroupCode",
                                                    "Actor2EthnicCode",
                                                    "Actor2Religion1Code",
                                                    "Actor2Religion2Code",
                                                    "Actor2Type1Code",
                                                    "Actor2Type2Code",
                                                    "Actor2Type3Code",
                                                    "IsRootEvent",
                                                    "EventCode",
                                                    "EventBaseCode",
                                                    "EventRootCode",
                                                    "QuadClass",
                                                    "GoldsteinScale",
                                                    "NumMentions",
                                                    "NumSources",
                                                    "NumArticles",
                                                    "AvgTone",
                                                    "Actor1Geo_Type",
                                                    "Actor1Geo_FullName",
                                                    "Actor1Geo_CountryCode",
                                                    "Actor1Geo_ADM1Code",
                                                    "Actor1Geo_ADM2Code",
                                                    "Actor1Geo_Lat",
                                                    "Actor1Geo_Long",
                                                    "Actor1Geo_FeatureID",
                                                    "Actor2Geo_Type",
                                                    "Actor2Geo_FullName",
                                                    "Actor2Geo_CountryCode",
                                                    "Actor2Geo_ADM1Code",
                                                    "Actor2Geo_ADM2Code",
                                                    "Actor2Geo_Lat",
                                                    "Actor2Geo_Long",
                                                    "Actor2Geo_FeatureID",
                                                    "ActionGeo_Type",
                                                    "ActionGeo_FullName",
                                                    "ActionGeo_CountryCode",
                                                    "ActionGeo_ADM1Code",
                                                    "ActionGeo_ADM2Code",
                                                    "ActionGeo_Lat",
                                                    "ActionGeo_Long",
                                                    "ActionGeo_FeatureID",
                                                    "DATEADDED",
                                                    "SOURCEURL"};
  return kColumns;
}

std::string EventRowToGdelt(const EventRow& row) {
  std::vector<std::string> f(GdeltColumns().size());
  f[0] = std::to_string(row.id);
  const std::string& d = row.date;
  if (d.size() >= 10) {
    f[1] = d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
    // GDELT's approximation: (month * 30 + day) / 365 of a year.
    int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%.4f",
                  std::stoi(d.substr(0, 4)) + (month * 30 + day) / 365.0);
    f[4] = buf;
  }
  if (d.size() >= 7) f[2] = d.substr(0, 4) + d.substr(5, 2);
  if (d.size() >= 4) f[3] = d.substr(0, 4);
  auto actor = [&f](const EventActor& a, size_t at) {
    f[at] = a.code;
    f[at + 1] = Upper(a.name);
    f[at + 2] = a.country;
    auto [country, role] = SplitActorCode(a.code, a.country);
    // A role code such as GOV or MIL after the country is GDELT's Type1.
    if (!a.country.empty() && country == a.country && role.size() >= 3) {
      f[at + 7] = role.substr(0, 3);
    }
  };
  actor(row.source, 5);
  if (row.target) actor(*row.target, 15);
  f[26] = row.cameo;
  f[27] = row.cameo.substr(0, std::min<size_t>(3, row.cameo.size()));
  f[28] = row.root;
  f[29] = std::to_string(row.quad_class);
  f[30] = Number(row.goldstein);
  f[31] = std::to_string(row.num_mentions);
  f[32] = std::to_string(row.num_sources);
  f[33] = std::to_string(row.num_articles);
  if (row.added > 0) {
    std::time_t t = static_cast<std::time_t>(row.added);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof(buf), "%Y%m%d%H%M%S", &tm);
    f[59] = buf;
  }
  f[60] = row.url.empty() ? row.doc_id : row.url;
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i > 0) out += '\t';
    out += TsvField(f[i]);
  }
  return out;
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
