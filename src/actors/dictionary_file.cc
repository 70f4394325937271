#include "src/actors/dictionary_file.h"

#include <algorithm>

namespace dyad::actors {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(separator, start);
    parts.push_back(Trim(s.substr(start, at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

bool IsCodeChar(char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }

// An actor code: 3 to 15 capitals (or '-' for an unknown country), in
// groups of three.
bool IsValidCode(std::string_view code, ActorKind kind) {
  if (kind == ActorKind::kAgent) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), IsCodeChar);
  }
  return code.size() >= 3 && code.size() <= 15 && code.size() % 3 == 0 &&
         std::all_of(code.begin(), code.end(), IsCodeChar);
}

}  // namespace

Result<ActorKind> KindOfFile(std::string_view file_name) {
  struct Prefix {
    std::string_view prefix;
    ActorKind kind;
  };
  static constexpr Prefix kPrefixes[] = {
      {"countries", ActorKind::kCountry},
      {"demonyms", ActorKind::kDemonym},
      {"places", ActorKind::kPlace},
      {"organisations", ActorKind::kOrganisation},
      {"groups", ActorKind::kGroup},
      {"people", ActorKind::kPerson},
      {"agents", ActorKind::kAgent},
      {"titles", ActorKind::kTitle},
  };
  for (const Prefix& p : kPrefixes) {
    if (file_name.substr(0, p.prefix.size()) == p.prefix) return p.kind;
  }
  return Error{ErrorCode::kInvalidArgument,
               std::string(file_name) +
                   ": unknown kind of dictionary (a file name starts with "
                   "countries, demonyms, places, organisations, groups, "
                   "people, agents or titles)"};
}

Result<Date> ParsePartialDate(std::string_view text) {
  Error bad{ErrorCode::kInvalidArgument,
            "not a date: \"" + std::string(text) + "\""};
  auto digits = [&](size_t pos, size_t n) {
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  if (text.size() == 4) {
    int y = digits(0, 4);
    if (y < 1) return bad;
    return Date{y, 1, 1};
  }
  if (text.size() == 7 && text[4] == '-') {
    int y = digits(0, 4), m = digits(5, 2);
    if (y < 1 || m < 1 || m > 12) return bad;
    return Date{y, m, 1};
  }
  Result<Date> full = ParseIsoDate(text);
  if (!full.ok() || text.size() != 10) return bad;
  return full;
}

Result<std::vector<LexiconEntry>> ParseDictionary(std::string_view name,
                                                  std::string_view content,
                                                  ActorKind kind) {
  std::vector<LexiconEntry> entries;
  size_t pos = 0;
  int line_number = 0;
  while (pos <= content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    std::string where = std::string(name) + ":" + std::to_string(line_number);
    auto fail = [&](const std::string& what) {
      return Error{ErrorCode::kCorruption, where + ": " + what};
    };
    if (size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) {
      if (eol == content.size()) break;
      continue;
    }
    size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      return fail("no '=' between the names and the codes");
    }
    if (line.find('=', equals + 1) != std::string_view::npos) {
      return fail("more than one '='");
    }
    LexiconEntry entry;
    entry.kind = kind;
    entry.origin = where;
    for (std::string_view alias : Split(line.substr(0, equals), '|')) {
      if (alias.empty()) return fail("empty alias");
      entry.aliases.emplace_back(alias);
    }
    entry.name = entry.aliases.front();
    std::string_view codes = Trim(line.substr(equals + 1));
    if (codes.empty()) {
      if (kind != ActorKind::kAgent && kind != ActorKind::kTitle) {
        return fail("no code after '='");
      }
    } else {
      if (kind == ActorKind::kTitle) return fail("a title takes no code");
      for (std::string_view role : Split(codes, ';')) {
        if (role.empty()) return fail("empty code between ';'");
        DatedCode dated;
        size_t space = role.find(' ');
        dated.code = std::string(role.substr(0, space));
        if (!IsValidCode(dated.code, kind)) {
          return fail("bad code \"" + dated.code + "\"" +
                      (kind == ActorKind::kAgent
                           ? " (an agent's code is one role, e.g. GOV)"
                           : " (capitals in groups of three, e.g. RUSGOV)"));
        }
        if (space != std::string_view::npos) {
          std::string_view range = Trim(role.substr(space + 1));
          size_t dots = range.find("..");
          if (dots == std::string_view::npos) {
            return fail("bad date range \"" + std::string(range) +
                        "\" (expected FROM..TO)");
          }
          std::string_view from = range.substr(0, dots);
          std::string_view to = range.substr(dots + 2);
          if (from.empty() && to.empty()) return fail("empty date range");
          if (!from.empty()) {
            auto d = ParsePartialDate(from);
            if (!d.ok()) return fail(d.error().message);
            dated.from = *d;
          }
          if (!to.empty()) {
            auto d = ParsePartialDate(to);
            if (!d.ok()) return fail(d.error().message);
            dated.to = *d;
          }
          if (dated.from && dated.to && !(*dated.from < *dated.to)) {
            return fail("date range ends before it starts: \"" +
                        std::string(range) + "\"");
          }
        }
        entry.codes.push_back(std::move(dated));
      }
      // Ranges must not overlap: sort by start, then check neighbours.
      std::vector<const DatedCode*> sorted;
      for (const DatedCode& c : entry.codes) sorted.push_back(&c);
      std::sort(sorted.begin(), sorted.end(),
                [](const DatedCode* a, const DatedCode* b) {
                  if (!a->from) return b->from.has_value();
                  return b->from && *a->from < *b->from;
                });
      for (size_t i = 1; i < sorted.size(); ++i) {
        const DatedCode& a = *sorted[i - 1];
        const DatedCode& b = *sorted[i];
        if (!a.to || !b.from || *b.from < *a.to) {
          return fail("date ranges of " + a.code + " and " + b.code +
                      " overlap");
        }
      }
    }
    entries.push_back(std::move(entry));
    if (eol == content.size()) break;
  }
  return entries;
}

}  // namespace dyad::actors
