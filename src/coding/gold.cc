#include "dyad/gold.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "src/core/read_file.h"

namespace dyad {
namespace {

using nlohmann::json;

double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

std::string Describe(const std::string& source, const std::string& target,
                     const std::string& cameo, const std::string& date) {
  return source + ">" + (target.empty() ? "-" : target) + " " + cameo + " " +
         date;
}

struct Item {
  std::string source, target, cameo, date;
  bool used = false;
};

// Pairs gold and dyad items whose `same` holds, one to one, in order;
// returns the number of pairs.
template <typename Same>
int Pair(std::vector<Item>* gold, std::vector<Item>* dyad, Same same) {
  int pairs = 0;
  for (Item& g : *gold) {
    if (g.used) continue;
    for (Item& d : *dyad) {
      if (!d.used && same(g, d)) {
        g.used = d.used = true;
        ++pairs;
        break;
      }
    }
  }
  return pairs;
}

}  // namespace

double Counts::precision() const { return Ratio(true_positives, predicted); }
double Counts::recall() const { return Ratio(true_positives, gold); }
double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double GoldScores::actor_accuracy() const {
  return Ratio(actors_right, paired);
}
double GoldScores::date_accuracy() const { return Ratio(dates_right, paired); }

Result<std::vector<GoldDocument>> LoadGold(
    const std::vector<std::string>& paths) {
  std::vector<GoldDocument> documents;
  for (const std::string& path : paths) {
    auto content = ReadFileToString(path);
    if (!content.ok()) return content.error();
    std::string name = path.substr(path.find_last_of('/') + 1);
    size_t pos = 0;
    int line_number = 0;
    while (pos < content->size()) {
      size_t end = content->find('\n', pos);
      if (end == std::string::npos) end = content->size();
      std::string_view line(content->data() + pos, end - pos);
      pos = end + 1;
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      std::string where = path + ":" + std::to_string(line_number);
      auto fail = [&](const std::string& what) {
        return Error{ErrorCode::kInvalidArgument, where + ": " + what};
      };
      json j = json::parse(line, nullptr, false);
      if (!j.is_object()) return fail("not a JSON object");
      GoldDocument doc;
      doc.origin = name + ":" + std::to_string(line_number);
      for (const char* key : {"id", "text", "date"}) {
        if (!j.contains(key) || !j[key].is_string()) {
          return fail(std::string("\"") + key +
                      "\" is missing or not a string");
        }
      }
      doc.document.id = j["id"];
      doc.document.text = j["text"];
      auto date = ParseIsoDate(j["date"].get<std::string>());
      if (!date.ok()) return fail("\"date\": " + date.error().message);
      doc.document.published = *date;
      for (const char* list : {"events", "negated_events"}) {
        if (!j.contains(list)) continue;
        if (!j[list].is_array())
          return fail(std::string(list) + " is not a list");
        for (const json& e : j[list]) {
          if (!e.is_object() || !e.contains("source") ||
              !e["source"].is_string() || !e.contains("cameo") ||
              !e["cameo"].is_string()) {
            return fail(std::string("an event of \"") + list +
                        "\" has no source or cameo");
          }
          GoldEvent g;
          g.source = e["source"];
          if (e.contains("target") && e["target"].is_string()) {
            g.target = e["target"];
          }
          g.cameo = e["cameo"];
          if (e.contains("date") && e["date"].is_string()) g.date = e["date"];
          g.negated = std::string(list) == "negated_events";
          doc.events.push_back(std::move(g));
        }
      }
      if (j.contains("tags") && j["tags"].is_array()) {
        for (const json& t : j["tags"]) {
          if (t.is_string()) doc.tags.push_back(t);
        }
      }
      documents.push_back(std::move(doc));
    }
  }
  return documents;
}

void ScoreDocument(const GoldDocument& gold, const std::vector<Event>& dyad,
                   bool include_negated, GoldScores* scores) {
  std::vector<Item> g, d;
  for (const GoldEvent& e : gold.events) {
    if (e.negated && !include_negated) continue;
    g.push_back({e.source, e.target, e.cameo, e.date});
  }
  for (const Event& e : dyad) {
    if (e.negated && !include_negated) continue;
    d.push_back(
        {e.source.code, e.target ? e.target->code : "", e.cameo, e.date});
  }
  auto root = [](const std::string& code) { return code.substr(0, 2); };
  // Code level.
  {
    std::vector<Item> gg = g, dd = d;
    int tp = Pair(&gg, &dd, [](const Item& a, const Item& b) {
      return a.source == b.source && a.target == b.target && a.cameo == b.cameo;
    });
    scores->code.true_positives += tp;
    scores->code.predicted += static_cast<int>(d.size());
    scores->code.gold += static_cast<int>(g.size());
  }
  // Root level, overall and per root.
  std::vector<Item> gg = g, dd = d;
  int tp = Pair(&gg, &dd, [&](const Item& a, const Item& b) {
    return a.source == b.source && a.target == b.target &&
           root(a.cameo) == root(b.cameo);
  });
  scores->root.true_positives += tp;
  scores->root.predicted += static_cast<int>(d.size());
  scores->root.gold += static_cast<int>(g.size());
  for (const Item& a : gg) {
    Counts& c = scores->by_root[root(a.cameo)];
    ++c.gold;
    if (a.used) ++c.true_positives;
  }
  for (const Item& b : dd) ++scores->by_root[root(b.cameo)].predicted;
  // Actor and date accuracy over gold events paired by root with one of
  // dyad's: first the root-level matches, then same root with other actors.
  for (Item& a : gg) a.used = false;
  for (Item& b : dd) b.used = false;
  std::vector<std::pair<Item, Item>> pairs;
  auto pair_all = [&](auto same) {
    for (Item& a : gg) {
      if (a.used) continue;
      for (Item& b : dd) {
        if (!b.used && same(a, b)) {
          a.used = b.used = true;
          pairs.push_back({a, b});
          break;
        }
      }
    }
  };
  pair_all([&](const Item& a, const Item& b) {
    return a.source == b.source && a.target == b.target &&
           root(a.cameo) == root(b.cameo);
  });
  pair_all([&](const Item& a, const Item& b) {
    return root(a.cameo) == root(b.cameo) &&
           (a.source == b.source || a.target == b.target);
  });
  pair_all([&](const Item& a, const Item& b) {
    return root(a.cameo) == root(b.cameo);
  });
  for (const auto& [a, b] : pairs) {
    ++scores->paired;
    bool actors = a.source == b.source && a.target == b.target;
    bool date = a.date == b.date;
    if (actors) ++scores->actors_right;
    if (date) ++scores->dates_right;
    std::string gold_text = Describe(a.source, a.target, a.cameo, a.date);
    std::string dyad_text = Describe(b.source, b.target, b.cameo, b.date);
    if (!actors) {
      scores->differences.push_back(
          {gold.document.id, "wrong actors", gold_text, dyad_text});
    } else if (a.cameo != b.cameo) {
      scores->differences.push_back(
          {gold.document.id, "wrong code", gold_text, dyad_text});
    } else if (!date) {
      scores->differences.push_back(
          {gold.document.id, "wrong date", gold_text, dyad_text});
    }
  }
  for (const Item& a : gg) {
    if (!a.used) {
      scores->differences.push_back(
          {gold.document.id, "missed",
           Describe(a.source, a.target, a.cameo, a.date), ""});
    }
  }
  for (const Item& b : dd) {
    if (!b.used) {
      scores->differences.push_back(
          {gold.document.id, "spurious", "",
           Describe(b.source, b.target, b.cameo, b.date)});
    }
  }
}

}  // namespace dyad
