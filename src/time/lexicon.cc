#include "src/time/lexicon.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "src/time/word_rows.h"

namespace dyad::time {
namespace {

struct Entry {
  std::string_view word;
  int value;
};

// The words of `table`'s rows, for a WordRows.
template <typename Row, size_t N>
std::array<std::string_view, N> WordsOf(const Row (&table)[N]) {
  std::array<std::string_view, N> words;
  for (size_t i = 0; i < N; ++i) words[i] = table[i].word;
  return words;
}

// The value of `word` in `table`, 0 when it has none.
template <size_t N>
int Find(const Entry (&table)[N], const WordRows& words,
         std::string_view word) {
  int row = words.Find(word);
  return row < 0 ? 0 : table[row].value;
}

constexpr Entry kMonths[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
    {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
};

constexpr Entry kMonthAbbreviations[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

constexpr Entry kWeekdays[] = {
    {"monday", 1}, {"tuesday", 2},  {"wednesday", 3}, {"thursday", 4},
    {"friday", 5}, {"saturday", 6}, {"sunday", 7},
};

constexpr Entry kSeasons[] = {
    {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4},
};

constexpr Entry kCardinals[] = {
    {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
    {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
    {"nine", 9},       {"ten", 10},      {"eleven", 11},   {"twelve", 12},
    {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
    {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},    {"forty", 40},    {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},   {"eighty", 80},   {"ninety", 90},   {"hundred", 100},
    {"dozen", 12},
};

constexpr Entry kOrdinals[] = {
    {"first", 1},       {"second", 2},        {"third", 3},
    {"fourth", 4},      {"fifth", 5},         {"sixth", 6},
    {"seventh", 7},     {"eighth", 8},        {"ninth", 9},
    {"tenth", 10},      {"eleventh", 11},     {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14},   {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17},  {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20},    {"twenty-first", 21},
    {"thirtieth", 30},  {"thirty-first", 31},
};

struct UnitEntry {
  std::string_view word;
  Unit unit;
  bool plural;
};

constexpr UnitEntry kUnits[] = {
    {"century", Unit::kCentury, false},
    {"centuries", Unit::kCentury, true},
    {"decade", Unit::kDecade, false},
    {"decades", Unit::kDecade, true},
    {"year", Unit::kYear, false},
    {"years", Unit::kYear, true},
    {"yr", Unit::kYear, false},
    {"yrs", Unit::kYear, true},
    {"quarter", Unit::kQuarter, false},
    {"quarters", Unit::kQuarter, true},
    {"month", Unit::kMonth, false},
    {"months", Unit::kMonth, true},
    {"fortnight", Unit::kFortnight, false},
    {"fortnights", Unit::kFortnight, true},
    {"week", Unit::kWeek, false},
    {"weeks", Unit::kWeek, true},
    {"weekend", Unit::kWeekend, false},
    {"weekends", Unit::kWeekend, true},
    {"day", Unit::kDay, false},
    {"days", Unit::kDay, true},
    {"hour", Unit::kHour, false},
    {"hours", Unit::kHour, true},
    {"minute", Unit::kMinute, false},
    {"minutes", Unit::kMinute, true},
    {"mins", Unit::kMinute, true},
    {"second", Unit::kSecond, false},
    {"seconds", Unit::kSecond, true},
    {"hrs", Unit::kHour, true},
};

const WordRows& Months() {
  static const WordRows kTable(WordsOf(kMonths));
  return kTable;
}

}  // namespace

int MonthNumber(std::string_view folded) {
  if (int m = Find(kMonths, Months(), folded)) return m;
  if (!folded.empty() && folded.back() == '.') folded.remove_suffix(1);
  static const WordRows kAbbreviations(WordsOf(kMonthAbbreviations));
  return Find(kMonthAbbreviations, kAbbreviations, folded);
}

bool IsMonthAbbreviation(std::string_view folded) {
  return Months().Find(folded) < 0 && MonthNumber(folded) != 0;
}

int WeekdayNumber(std::string_view folded, bool* plural) {
  static const WordRows kTable(WordsOf(kWeekdays));
  if (plural != nullptr) *plural = false;
  if (int w = Find(kWeekdays, kTable, folded)) return w;
  if (folded.size() > 1 && folded.back() == 's') {
    folded.remove_suffix(1);
    if (int w = Find(kWeekdays, kTable, folded)) {
      if (plural != nullptr) *plural = true;
      return w;
    }
  }
  return 0;
}

int SeasonNumber(std::string_view folded) {
  static const WordRows kTable(WordsOf(kSeasons));
  return Find(kSeasons, kTable, folded);
}

std::string_view SeasonCode(int season) {
  static constexpr std::array<std::string_view, 4> kCodes = {"SP", "SU", "FA",
                                                             "WI"};
  return season >= 1 && season <= 4 ? kCodes[static_cast<size_t>(season - 1)]
                                    : std::string_view();
}

std::string_view PartOfDayCode(std::string_view folded) {
  if (folded == "morning") return "MO";
  if (folded == "afternoon") return "AF";
  if (folded == "evening") return "EV";
  if (folded == "night") return "NI";
  return {};
}

Unit UnitNamed(std::string_view folded, bool* plural) {
  static const WordRows kTable(WordsOf(kUnits));
  if (int row = kTable.Find(folded); row >= 0) {
    if (plural != nullptr) *plural = kUnits[row].plural;
    return kUnits[row].unit;
  }
  if (plural != nullptr) *plural = false;
  return Unit::kNone;
}

int CardinalWord(std::string_view folded) {
  static const WordRows kTable(WordsOf(kCardinals));
  return Find(kCardinals, kTable, folded);
}

int OrdinalWord(std::string_view folded) {
  static const WordRows kTable(WordsOf(kOrdinals));
  if (int n = Find(kOrdinals, kTable, folded)) return n;
  // "1st", "2nd", "3rd", "28th".
  size_t digits = 0;
  while (digits < folded.size() && folded[digits] >= '0' &&
         folded[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 2 || folded.size() != digits + 2) return 0;
  std::string_view suffix = folded.substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return 0;
  return *ParseInt(folded.substr(0, digits));
}

std::optional<int> ParseInt(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace dyad::time
