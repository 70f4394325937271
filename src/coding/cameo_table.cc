#include "src/coding/cameo_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "dyad/lexicon.h"
#include "src/core/read_file.h"

namespace dyad {
namespace coding {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
// PLOVER modes are lower case words joined by '-' or '_': "third-party",
// "martial-law", "heavy-weapons".
bool IsModeChar(char c) {
  return (c >= 'a' && c <= 'z') || c == '-' || c == '_';
}

// The value of a Goldstein column, or nothing unless the whole column is one
// finite number.
std::optional<double> ParseNumber(std::string_view text) {
  double value = 0;
  auto [end, ec] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() ||
      !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

Result<std::vector<CameoCode>> ParseEventCodes(std::string_view name,
                                               std::string_view content) {
  std::vector<CameoCode> codes;
  std::vector<int> lines;  // the line of codes[i], for messages
  std::map<std::string, size_t, std::less<>> seen;
  auto fail_at = [&](int line, const std::string& what) {
    return Error{ErrorCode::kCorruption,
                 std::string(name) + ":" + std::to_string(line) + ": " + what};
  };

  size_t pos = 0;
  int line_number = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    auto fail = [&](const std::string& what) {
      return fail_at(line_number, what);
    };

    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::vector<std::string_view> columns;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      columns.push_back(TrimSpaces(line.substr(start, tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    // Editors drop trailing tabs; empty PLOVER columns may go with them.
    while (columns.size() > 3 && columns.back().empty()) columns.pop_back();
    if (columns.size() < 3 || columns.size() > 5) {
      return fail(
          "expected 3 to 5 columns separated by tabs (code, name, "
          "goldstein, plover_type, plover_mode), found " +
          std::to_string(columns.size()));
    }

    CameoCode c;
    c.code = std::string(columns[0]);
    if (c.code.size() < 2 || c.code.size() > 4 ||
        !std::all_of(c.code.begin(), c.code.end(), IsDigit)) {
      return fail("bad code \"" + c.code + "\": 2 to 4 digits");
    }
    c.root = c.code.substr(0, 2);
    c.quad_class = CameoTable::QuadClassOfRoot(std::stoi(c.root));
    if (c.quad_class == 0) {
      return fail("bad code \"" + c.code + "\": the root " + c.root +
                  " is not a CAMEO root (01 to 20)");
    }
    if (auto first = seen.find(c.code); first != seen.end()) {
      return fail("duplicate code " + c.code + " (first at line " +
                  std::to_string(lines[first->second]) + ")");
    }

    c.name = std::string(columns[1]);
    if (c.name.empty()) return fail("code " + c.code + " has no name");

    std::optional<double> goldstein = ParseNumber(columns[2]);
    if (!goldstein) {
      return fail("the Goldstein value of " + c.code + " is not a number: \"" +
                  std::string(columns[2]) + "\"");
    }
    if (*goldstein < -10 || *goldstein > 10) {
      return fail("the Goldstein value of " + c.code +
                  " is outside [-10, 10]: " + std::string(columns[2]));
    }
    c.goldstein = *goldstein;

    if (columns.size() > 3) c.plover_type = std::string(columns[3]);
    if (columns.size() > 4) c.plover_mode = std::string(columns[4]);
    if (!std::all_of(c.plover_type.begin(), c.plover_type.end(), IsUpper)) {
      return fail("bad PLOVER type \"" + c.plover_type +
                  "\": capital letters, such as CONSULT");
    }
    if (!std::all_of(c.plover_mode.begin(), c.plover_mode.end(), IsModeChar)) {
      return fail("bad PLOVER mode \"" + c.plover_mode +
                  "\": lower case letters, '-' and '_', such as third-party");
    }
    if (c.plover_type.empty() && !c.plover_mode.empty()) {
      return fail("PLOVER mode \"" + c.plover_mode + "\" without a type");
    }

    seen.emplace(c.code, codes.size());
    codes.push_back(std::move(c));
    lines.push_back(line_number);
  }

  if (codes.empty()) {
    return Error{ErrorCode::kCorruption,
                 std::string(name) + ": no event codes"};
  }
  // Checked once the whole file is read, so that the order of lines is free.
  for (size_t i = 0; i < codes.size(); ++i) {
    const CameoCode& c = codes[i];
    if (c.code.size() > 2 && !seen.contains(c.root)) {
      return fail_at(lines[i], "the root " + c.root + " of code " + c.code +
                                   " is not in the table");
    }
    if (c.code.size() == 4 && !seen.contains(c.code.substr(0, 3))) {
      return fail_at(lines[i], "the parent " + c.code.substr(0, 3) +
                                   " of code " + c.code +
                                   " is not in the table");
    }
  }
  return codes;
}

}  // namespace coding

Result<std::unique_ptr<CameoTable>> CameoTable::Load(
    const std::string& data_dir) {
  std::filesystem::path path =
      std::filesystem::path(data_dir.empty() ? DefaultDataDir() : data_dir) /
      "cameo" / "event_codes.tsv";
  auto text = ReadFileToString(path.string());
  if (!text.ok()) return text.error();
  auto codes = coding::ParseEventCodes(path.filename().string(), *text);
  if (!codes.ok()) return codes.error();
  std::unique_ptr<CameoTable> table(new CameoTable());
  table->codes_ = std::move(*codes);
  for (size_t i = 0; i < table->codes_.size(); ++i) {
    table->index_.emplace(table->codes_[i].code, i);
    if (table->codes_[i].code.size() == 2) ++table->root_count_;
  }
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

int CameoTable::QuadClassOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

}  // namespace dyad
