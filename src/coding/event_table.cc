#include "dyad/event_table.h"

#include <cstdio>
#include <set>
#include <string_view>

namespace dyad {
namespace {

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string SpanText(const Span& s) {
  return std::to_string(s.begin) + "-" + std::to_string(s.end);
}

bool IsRole(std::string_view chunk) {
  static const std::set<std::string_view> kRoles = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "MED",
      "CVL", "BUS", "ELI", "SPY", "REF", "LAB", "EDU", "HLH", "IGO",
      "NGO", "IMG", "UAF", "CRM", "AGR", "DEV", "ENV", "HRI", "MOD",
      "RAD", "SET", "INS", "NGM", "UIS", "PRI"};
  return kRoles.contains(chunk);
}

bool IsReligion(std::string_view chunk) {
  static const std::set<std::string_view> kReligions = {
      "MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH", "ORT", "PRO"};
  return kReligions.contains(chunk);
}

// A CAMEO actor code split as GDELT reports it: Code, Name, CountryCode,
// KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code,
// Type2Code, Type3Code.
void AppendActor(const EventActor* actor, std::vector<std::string>* row) {
  if (actor == nullptr) {
    row->insert(row->end(), 10, "");
    return;
  }
  std::string country, group;
  std::vector<std::string> religions, types;
  const std::string& code = actor->code;
  size_t i = 0;
  if (!actor->country.empty() && code.starts_with(actor->country)) {
    country = actor->country;
    i = 3;
  }
  for (; i + 3 <= code.size(); i += 3) {
    std::string chunk = code.substr(i, 3);
    if (IsRole(chunk)) {
      types.push_back(chunk);
    } else if (IsReligion(chunk)) {
      religions.push_back(chunk);
    } else if (group.empty()) {
      group = chunk;
    }
  }
  religions.resize(2);
  types.resize(3);
  row->push_back(code);
  row->push_back(actor->name);
  row->push_back(country);
  row->push_back(group);
  row->push_back("");  // ethnic code: dyad has none
  row->push_back(religions[0]);
  row->push_back(religions[1]);
  row->push_back(types[0]);
  row->push_back(types[1]);
  row->push_back(types[2]);
}

}  // namespace

const std::vector<std::string>& EventTableColumns() {
  static const std::vector<std::string> kColumns = {"event_id",
                                                    "doc_id",
                                                    "sentence_index",
                                                    "date",
                                                    "date_basis",
                                                    "source_code",
                                                    "source_country",
                                                    "source_name",
                                                    "source_text",
                                                    "target_code",
                                                    "target_country",
                                                    "target_name",
                                                    "target_text",
                                                    "cameo",
                                                    "cameo_name",
                                                    "root",
                                                    "quad_class",
                                                    "goldstein",
                                                    "plover_type",
                                                    "plover_mode",
                                                    "negated",
                                                    "modality",
                                                    "location_country",
                                                    "location_text",
                                                    "attribution_code",
                                                    "attribution_text",
                                                    "verb",
                                                    "lemma",
                                                    "pattern",
                                                    "parser",
                                                    "mentions",
                                                    "sentence"};
  return kColumns;
}

std::vector<std::string> EventTableRow(const Event& e) {
  const EventMention& m = e.mentions.front();
  std::string mentions;
  for (const EventMention& each : e.mentions) {
    if (!mentions.empty()) mentions += ' ';
    mentions +=
        std::to_string(each.sentence_index) + ":" + SpanText(each.verb_span);
  }
  const EventActor* t = e.target ? &*e.target : nullptr;
  return {e.event_id,
          e.doc_id,
          std::to_string(m.sentence_index),
          e.date,
          e.date_basis,
          e.source.code,
          e.source.country,
          e.source.name,
          e.source.text,
          t ? t->code : "",
          t ? t->country : "",
          t ? t->name : "",
          t ? t->text : "",
          e.cameo,
          e.cameo_name,
          e.root,
          std::to_string(e.quad_class),
          Number(e.goldstein),
          e.plover_type,
          e.plover_mode,
          e.negated ? "true" : "false",
          e.modality,
          e.location ? e.location->country : "",
          e.location ? e.location->text : "",
          e.attribution ? e.attribution->code : "",
          e.attribution ? e.attribution->text : "",
          m.verb_text,
          m.verb_lemma,
          m.pattern,
          m.parser,
          mentions,
          m.sentence};
}

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear",
                                  "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"}) {
      for (const char* field : {"Code", "Name", "CountryCode", "KnownGroupCode",
                                "EthnicCode", "Religion1Code", "Religion2Code",
                                "Type1Code", "Type2Code", "Type3Code"}) {
        c.push_back(std::string(actor) + field);
      }
    }
    for (const char* field :
         {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
          "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
          "NumArticles", "AvgTone"}) {
      c.push_back(field);
    }
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* field : {"Type", "FullName", "CountryCode", "ADM1Code",
                                "ADM2Code", "Lat", "Long", "FeatureID"}) {
        c.push_back(std::string(geo) + field);
      }
    }
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return kColumns;
}

std::vector<std::string> GdeltRow(const Event& e, const GdeltCounts& counts,
                                  const std::string& date_added,
                                  const std::string& source_url) {
  std::vector<std::string> row;
  row.reserve(61);
  // 15 hex digits of the event id fit a signed 64-bit integer.
  unsigned long long id = 0;
  std::sscanf(e.event_id.substr(0, 15).c_str(), "%llx", &id);
  row.push_back(std::to_string(id));
  // Each date column only as precise as the date: SQLDATE and FractionDate
  // need the day, MonthYear the month.
  const std::string& d = e.date;
  row.push_back(
      d.size() >= 10 ? d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2) : "");
  row.push_back(d.size() >= 7 ? d.substr(0, 4) + d.substr(5, 2) : "");
  row.push_back(d.size() >= 4 ? d.substr(0, 4) : "");
  if (d.size() >= 10) {
    // GDELT's approximation: (month * 30 + day) / 365 of a year.
    const int month = std::stoi(d.substr(5, 2)),
              day = std::stoi(d.substr(8, 2));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.4f",
                  std::stoi(d.substr(0, 4)) + (month * 30 + day) / 365.0);
    row.push_back(buffer);
  } else {
    row.push_back("");
  }
  AppendActor(&e.source, &row);
  AppendActor(e.target ? &*e.target : nullptr, &row);
  // The first sentence of a document stands for GDELT's lead paragraph.
  row.push_back(e.mentions.front().sentence_index <= 1 ? "1" : "0");
  row.push_back(e.cameo);
  row.push_back(e.cameo.substr(0, 3));
  row.push_back(e.root);
  row.push_back(std::to_string(e.quad_class));
  row.push_back(Number(e.goldstein));
  row.push_back(std::to_string(counts.num_mentions));
  row.push_back(std::to_string(counts.num_sources));
  row.push_back(std::to_string(counts.num_articles));
  row.push_back("");              // AvgTone: dyad does not measure tone
  row.insert(row.end(), 16, "");  // actor locations: unknown
  if (e.location) {
    row.push_back("1");  // country level
    row.push_back(e.location->text);
    row.insert(row.end(), 6, "");  // FIPS codes and coordinates: none
  } else {
    row.insert(row.end(), 8, "");
  }
  row.push_back(date_added);
  row.push_back(source_url);
  return row;
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      line += f;
      continue;
    }
    line += '"';
    for (char c : f) {
      if (c == '"') line += '"';
      line += c;
    }
    line += '"';
  }
  return line;
}

std::string TsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    for (char c : fields[i]) {
      line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  return line;
}

}  // namespace dyad
