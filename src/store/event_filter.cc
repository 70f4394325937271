#include "src/store/event_filter.h"

#include <cctype>

namespace dyad {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD with a valid month and day.
bool IsPartialDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!AllDigits(s.substr(0, 4))) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !AllDigits(s.substr(5, 2))) return false;
  int year = std::stoi(std::string(s.substr(0, 4)));
  int month = std::stoi(std::string(s.substr(5, 2)));
  if (s.size() == 7) return month >= 1 && month <= 12;
  if (s[7] != '-' || !AllDigits(s.substr(8, 2))) return false;
  return IsValidDate(year, month, std::stoi(std::string(s.substr(8, 2))));
}

}  // namespace

Status ValidateFilter(const EventFilter& filter) {
  auto bad = [](std::string what) {
    return Status(Error{ErrorCode::kInvalidArgument, std::move(what)});
  };
  if (!filter.from.empty() && !IsPartialDate(filter.from)) {
    return bad("--from: not a date (YYYY, YYYY-MM or YYYY-MM-DD): \"" +
               filter.from + "\"");
  }
  if (!filter.to.empty() && !IsPartialDate(filter.to)) {
    return bad("--to: not a date (YYYY, YYYY-MM or YYYY-MM-DD): \"" +
               filter.to + "\"");
  }
  if (!filter.dyad.empty()) {
    size_t dash = filter.dyad.find('-');
    if (dash == std::string::npos || dash == 0 ||
        dash + 1 == filter.dyad.size()) {
      return bad("--dyad: not two actor codes joined by '-' (USA-RUS): \"" +
                 filter.dyad + "\"");
    }
  }
  if (!filter.root.empty() &&
      (filter.root.size() != 2 || !AllDigits(filter.root))) {
    return bad("--root: not a two-digit CAMEO root (04): \"" + filter.root +
               "\"");
  }
  if (!filter.cameo.empty() &&
      (filter.cameo.size() < 2 || filter.cameo.size() > 4 ||
       !AllDigits(filter.cameo))) {
    return bad("--cameo: not a CAMEO code of 2 to 4 digits (041): \"" +
               filter.cameo + "\"");
  }
  if (filter.quad_class < 0 || filter.quad_class > 4) {
    return bad("--quad: not a quad class 1 to 4: " +
               std::to_string(filter.quad_class));
  }
  if (filter.limit < 0) return bad("--limit: negative");
  if (filter.offset < 0) return bad("--offset: negative");
  return Status();
}

namespace store {
namespace {

// "(a op b)".
std::string Either(const std::string& a, const char* op, const std::string& b) {
  std::string sql = "(";
  sql.append(a).append(" ").append(op).append(" ").append(b).append(")");
  return sql;
}

class Builder {
 public:
  void Add(std::string condition) {
    sql_.where += sql_.where.empty() ? " WHERE " : " AND ";
    sql_.where += condition;
  }
  void Value(std::string v) { sql_.values.emplace_back(std::move(v)); }
  void Value(int64_t v) { sql_.values.emplace_back(v); }

  // `column` starts with `prefix`, written so that an index on the column
  // serves it: codes are upper-case ASCII, below '~'.
  std::string Prefix(const std::string& column, const std::string& prefix) {
    Value(prefix);
    Value(prefix + "~");
    std::string sql = "(";
    sql.append(column).append(" >= ? AND ").append(column).append(" < ?)");
    return sql;
  }

  FilterSql Take() { return std::move(sql_); }

 private:
  FilterSql sql_;
};

}  // namespace

FilterSql BuildFilterSql(const EventFilter& f) {
  Builder b;
  if (!f.actor.empty()) {
    std::string source = b.Prefix("e.source_code", f.actor);
    std::string target = b.Prefix("e.target_code", f.actor);
    b.Add(Either(source, "OR", target));
  }
  if (!f.source.empty()) b.Add(b.Prefix("e.source_code", f.source));
  if (!f.target.empty()) b.Add(b.Prefix("e.target_code", f.target));
  if (!f.dyad.empty()) {
    size_t dash = f.dyad.find('-');
    std::string a = f.dyad.substr(0, dash), c = f.dyad.substr(dash + 1);
    // Each Prefix adds its values, so they are called in placeholder order.
    std::string from_a = b.Prefix("e.source_code", a);
    std::string to_c = b.Prefix("e.target_code", c);
    std::string forward = Either(from_a, "AND", to_c);
    if (f.directed) {
      b.Add(forward);
    } else {
      std::string from_c = b.Prefix("e.source_code", c);
      std::string to_a = b.Prefix("e.target_code", a);
      b.Add(Either(forward, "OR", Either(from_c, "AND", to_a)));
    }
  }
  if (!f.cameo.empty()) {
    b.Value(f.cameo);
    b.Value(f.cameo + "~");
    b.Add("(e.cameo >= ? AND e.cameo < ?)");
  }
  if (!f.root.empty()) {
    b.Value(f.root);
    b.Add("e.root = ?");
  }
  if (f.quad_class != 0) {
    b.Value(static_cast<int64_t>(f.quad_class));
    b.Add("e.quad_class = ?");
  }
  // A date overlaps [from, to] when it is not before `from` cut to the
  // date's precision and, cut to `to`'s precision, not after `to`. The
  // plain range first lets the date index narrow the scan.
  if (!f.from.empty()) {
    b.Value(f.from.substr(0, 4));
    b.Value(f.from);
    b.Add("e.date >= ? AND e.date >= substr(?, 1, length(e.date))");
  }
  if (!f.to.empty()) {
    b.Value(f.to + "~");
    b.Value(f.to);
    b.Value(f.to);
    b.Add("e.date <> '' AND e.date < ? AND substr(e.date, 1, length(?)) <= ?");
  }
  if (!f.text.empty()) {
    b.Value(f.text);
    b.Add(
        "e.event_key IN (SELECT d.event_key FROM sentences_fts "
        "JOIN sentences s ON s.rowid = sentences_fts.rowid "
        "JOIN evidence v ON v.doc_key = s.doc_key AND "
        "v.sentence_index = s.sentence_index "
        "JOIN doc_events d ON d.doc_event_key = v.doc_event_key "
        "WHERE sentences_fts MATCH ?)");
  }
  return b.Take();
}

std::string LimitSql(const EventFilter& filter) {
  if (filter.limit <= 0 && filter.offset <= 0) return {};
  // SQLite takes an OFFSET only after a LIMIT; -1 is no limit.
  std::string sql =
      " LIMIT " + std::to_string(filter.limit > 0 ? filter.limit : -1);
  if (filter.offset > 0) sql += " OFFSET " + std::to_string(filter.offset);
  return sql;
}

}  // namespace store
}  // namespace dyad
