// Hand-written rules over tokens, in the manner of HeidelTime's patterns:
// each rule looks at the folded words from a start token and says how far
// an expression reaches and what it means. Rules that need the words before
// the expression ("in March", "on Monday") look back without taking them.
#include "src/time/timex_recognizer.h"

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "src/time/lexicon.h"
#include "src/time/word_rows.h"

namespace dyad::time {
namespace {

struct Word {
  std::string_view f;    // folded
  std::string_view raw;  // clean text
  TokenKind kind = TokenKind::kWord;
  bool cap = false;  // starts with an upper-case letter
  // Narrow, to keep a Word at 40 bytes: at 48 the vector of a sentence's
  // words fell in sizes the server's allocator served ~40 times slower.
  uint8_t start = 0;   // StartFlags
  uint16_t gates = 0;  // the Rules whose gates let them try the word
};

struct Match {
  size_t end = 0;
  TimexSpec spec;
};
using Opt = std::optional<Match>;

// A number of units: "three", "3", "a", "a few", "two and a half".
struct Quantity {
  double number = 0;
  bool known = true;  // false for "a few", "several"
  size_t end = 0;
};

// Inline, so that each call's words are known where it is compiled: the
// lengths are compared first and most words leave without a memcmp call.
// Out of line, it was a sixth of the cost of recognising time. Forced:
// with the rules' gates the compiler stopped inlining the long lists.
[[gnu::always_inline]] inline bool In(
    std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

// Words before a bare month, season or year that make it a date.
bool IsDatePreposition(std::string_view w) {
  return In(w, {"in",      "since",  "until",  "till",       "by",    "from",
                "to",      "during", "of",     "early",      "late",  "mid",
                "last",    "next",   "this",   "before",     "after", "between",
                "through", "and",    "or",     "throughout", "until", "-",
                "on",      "for",    "around", "circa",      "into",  "as"});
}

// Capitalised words after a date that make it part of a name.
bool IsNameHead(std::string_view raw) {
  return In(raw, {"War", "Wars", "Revolution", "Agreement", "Accord", "Accords",
                  "Rising", "Uprising", "Massacre", "Movement", "Offensive",
                  "Manifesto", "Declaration", "Treaty", "Coup"});
}

// Event nouns that a year or day before them names: "the 2016 US election".
bool IsEventNoun(std::string_view f) {
  return In(
      f,
      {"election",   "elections",  "vote",      "referendum",   "poll",
       "polls",      "campaign",   "primary",   "primaries",    "olympics",
       "olympic",    "games",      "cup",       "championship", "championships",
       "tournament", "final",      "finals",    "war",          "invasion",
       "attack",     "attacks",    "bombing",   "bombings",     "crisis",
       "summit",     "census",     "uprising",  "revolution",   "coup",
       "earthquake", "tsunami",    "massacre",  "genocide",     "agreement",
       "accord",     "accords",    "treaty",    "act",          "race",
       "grand",      "contest",    "budget",    "conference",   "convention",
       "raid",       "raids",      "riots",     "protests",     "strikes",
       "strike",     "hijackings", "attackers", "hijackers",    "awards",
       "festival",   "shootings",  "shooting",  "floods",       "ceremony",
       "series",     "tour",       "bombers",   "fire",         "scandal",
       "collapse",   "merger",     "takeover",  "uprisings",    "crash"});
}

// Words that may stand between a name's date and its event noun: "the
// 2016 US election", "the 2005 Bafta film awards".
bool IsEventModifier(const Word& w) {
  return w.kind == TokenKind::kWord &&
         !In(w.f, {"the",  "a",    "an",    "of",  "in",   "on",    "at",
                   "for",  "to",   "and",   "or",  "was",  "were",  "is",
                   "are",  "has",  "have",  "had", "will", "would", "said",
                   "says", "that", "which", "who", "by",   "with",  "from"});
}

std::string FormatNumber(double n) {
  if (n == std::floor(n)) return std::to_string(static_cast<long long>(n));
  std::string s = std::to_string(n);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

// The TIMEX3 duration of `q` units: "P3Y", "PT24H", "PXW", "P1DE".
std::string DurationValue(const Quantity& q, Unit unit) {
  double n = q.number;
  std::string_view letter;
  bool time = false;
  switch (unit) {
    case Unit::kCentury:
      letter = "CE";
      break;
    case Unit::kDecade:
      letter = "DE";
      break;
    case Unit::kYear:
      letter = "Y";
      break;
    case Unit::kQuarter:
      letter = "Q";
      break;
    case Unit::kMonth:
      letter = "M";
      break;
    case Unit::kFortnight:
      letter = "W";
      n *= 2;
      break;
    case Unit::kWeek:
      letter = "W";
      break;
    case Unit::kWeekend:
      letter = "WE";
      break;
    case Unit::kDay:
      letter = "D";
      break;
    case Unit::kHour:
      letter = "H";
      time = true;
      break;
    case Unit::kMinute:
      letter = "M";
      time = true;
      break;
    case Unit::kSecond:
      letter = "S";
      time = true;
      break;
    case Unit::kNone:
      return {};
  }
  if (q.known && n == 0.5) {
    // Halves in the next unit down: "half an hour" is PT30M.
    switch (unit) {
      case Unit::kYear:
        return "P6M";
      case Unit::kDecade:
        return "P5Y";
      case Unit::kCentury:
        return "P50Y";
      case Unit::kDay:
        return "PT12H";
      case Unit::kHour:
        return "PT30M";
      default:
        break;
    }
  }
  std::string count = q.known ? FormatNumber(n) : "X";
  return std::string(time ? "PT" : "P") + count + std::string(letter);
}

Grain GrainOf(Unit unit) {
  switch (unit) {
    case Unit::kCentury:
      return Grain::kCentury;
    case Unit::kDecade:
      return Grain::kDecade;
    case Unit::kYear:
      return Grain::kYear;
    case Unit::kQuarter:
      return Grain::kQuarter;
    case Unit::kMonth:
      return Grain::kMonth;
    case Unit::kFortnight:
    case Unit::kWeek:
      return Grain::kWeek;
    case Unit::kWeekend:
      return Grain::kWeekend;
    case Unit::kDay:
      return Grain::kDay;
    default:
      return Grain::kNone;
  }
}

// What a word may be to a time expression, as bits.
enum StartFlag : uint32_t {
  // An expression may begin with the word. Every rule's gate (XMayBegin)
  // names its first words, or a lexicon table's, or a number, so only
  // numbers, digit-led words ("28th"), quarters ("q3") and those words
  // (plural, or abbreviated with a full stop) can begin one; at the others
  // the rules are not tried. The list is read from the gates in this file
  // and from lexicon.cc at build time (start_words.cmake). A lone "'" ("in
  // '90s") is not in it, so Decade's "'" only counts after "the".
  kMayBegin = 1,
  // An expression that begins with "the" may go on with the word: the rules
  // that begin with "the" read next a number, a lexicon word (a unit, a
  // season, a part of the day, a numeral: all start words), one of the
  // start words "past", "next", "last", "early" ..., or one of the words
  // listed below. Checked against the rules by timex_recognizer_test.
  kMayFollowThe = 2,
  // An expression that begins with "a" or "an" may go on with the word: a
  // unit (a start word), or a word of a quantity ("a few", "a hundred")
  // or of a rate ("a dozen times"). Checked as kMayFollowThe is.
  kMayFollowA = 4,
};

// The rules that a gate (Matcher's XMayBegin) lets try a word, as bit
// numbers of Word::gates. NumericDate and Year go by the kind of token.
enum Rule : uint32_t {
  kModified,
  kMonthDate,
  kHolidays,
  kDeictic,
  kRelativeUnit,
  kWeekday,
  kAgo,
  kTimeOfDay,
  kSet,
  kDuration,
  kDecade,
  kSeason,
  kQuarterOrHalf,
  kRuleCount,
};

class Matcher {
 public:
  // `gated` false tries every rule at every start word (for the test that
  // checks the gates).
  Matcher(std::vector<Word> words, const TimeOptions& options, bool gated)
      : w_(std::move(words)),
        options_(options),
        gated_(gated),
        quantities_(w_.size()) {}

  // Appends the expressions to `*out`.
  void Run(std::vector<Mention>* out) {
    size_t i = 0;
    while (i < w_.size()) {
      if (gated_ && !MayStart(i)) {
        ++i;
        continue;
      }
      Opt best = Longest(i);
      if (!best) {
        ++i;
        continue;
      }
      Mention m{i, best->end, std::move(best->spec)};
      MarkName(&m);
      i = m.end;
      out->push_back(std::move(m));
    }
  }

  // The Rules whose gates let them try `w`, as bits.
  static uint32_t GatesOf(const Word& w) {
    const bool open[kRuleCount] = {
        ModifiedMayBegin(w),     MonthDateMayBegin(w),    HolidaysMayBegin(w),
        DeicticMayBegin(w),      RelativeUnitMayBegin(w), WeekdayMayBegin(w),
        AgoMayBegin(w),          TimeOfDayMayBegin(w),    SetMayBegin(w),
        DurationMayBegin(w),     DecadeMayBegin(w),       SeasonMayBegin(w),
        QuarterOrHalfMayBegin(w)};
    uint32_t gates = 0;
    for (uint32_t rule = 0; rule < kRuleCount; ++rule) {
      if (open[rule]) gates |= uint32_t{1} << rule;
    }
    return gates;
  }

 private:
  // Whether a time expression may begin at word `i`.
  bool MayStart(size_t i) const {
    if ((w_[i].start & kMayBegin) == 0) return false;
    // The articles are the commonest start words, "the" begins expressions
    // in eight rules and "a" in three, and most often the word after them
    // is none of theirs ("the ongoing crisis", "a deadly attack"): each
    // rule would find that out in turn.
    const std::string_view f = w_[i].f;
    if (f == "the") return (Next(i) & kMayFollowThe) != 0;
    if (f == "a" || f == "an") return (Next(i) & kMayFollowA) != 0;
    return true;
  }
  // The start flags of the word after word `i`, none at the end.
  uint32_t Next(size_t i) const { return i + 1 < size() ? w_[i + 1].start : 0; }

  // ---- Access to the words.
  size_t size() const { return w_.size(); }
  std::string_view F(size_t i) const {
    return i < w_.size() ? w_[i].f : std::string_view();
  }
  std::string_view Raw(size_t i) const {
    return i < w_.size() ? w_[i].raw : std::string_view();
  }
  [[gnu::always_inline]] bool Is(size_t i, std::string_view s) const {
    return F(i) == s;
  }
  [[gnu::always_inline]] bool IsAny(
      size_t i, std::initializer_list<std::string_view> l) const {
    return i < w_.size() && In(w_[i].f, l);
  }
  bool Cap(size_t i) const { return i < w_.size() && w_[i].cap; }
  std::string_view Prev(size_t i) const {
    return i > 0 ? w_[i - 1].f : std::string_view();
  }
  std::optional<int> Int(size_t i) const {
    if (i >= w_.size() || w_[i].kind != TokenKind::kNumber) return std::nullopt;
    return ParseInt(w_[i].f);
  }
  // A four-digit year 1000..2199.
  std::optional<int> YearAt(size_t i) const {
    if (i >= w_.size() || w_[i].f.size() != 4) return std::nullopt;
    std::optional<int> y = Int(i);
    if (!y || *y < 1000 || *y > 2199) return std::nullopt;
    return y;
  }
  // A month name, capitalised as names are.
  int MonthAt(size_t i) const {
    if (i >= w_.size() || !w_[i].cap) return 0;
    return MonthNumber(w_[i].f);
  }
  // A day of the month: "28", "28th", "the 28th" is left to callers.
  std::optional<int> DayAt(size_t i) const {
    std::optional<int> d = Int(i);
    if (!d && i < w_.size()) {
      int o = OrdinalWord(w_[i].f);
      if (o > 0 && w_[i].kind == TokenKind::kNumber) d = o;
    }
    if (!d || *d < 1 || *d > 31 || F(i).size() > 4) return std::nullopt;
    return d;
  }

  // ---- The rules, tried in order; the longest match wins, the earlier
  // rule on a tie.
  //
  // Each rule is tried only at a word its XMayBegin says it can begin at:
  // most of MayStart's words begin a few rules at most, and a rule that
  // fails at its first word still costs its setup. The gates are checked
  // against the rules by timex_recognizer_test (RecognizeUngated).
  // The gates are read once for each word of the start-word table, not at
  // each start word of a sentence (SetStartFlags); numbers excepted.
  Opt Longest(size_t i) const {
    Opt best;
    auto consider = [&](Opt m) {
      if (m && m->end > i && (!best || m->end > best->end)) best = std::move(m);
    };
    const Word& w = w_[i];
    const bool all = !gated_;
    const uint32_t gates = all ? ~uint32_t{0} : w.gates;
    auto open = [gates](Rule rule) { return ((gates >> rule) & 1) != 0; };
    if (open(kModified)) consider(Modified(i));
    if (open(kMonthDate)) consider(MonthDate(i));
    if (all || IsNumber(w)) consider(NumericDate(i));
    if (open(kHolidays)) consider(Holidays(i));
    if (open(kDeictic)) consider(Deictic(i));
    if (open(kRelativeUnit)) consider(RelativeUnit(i));
    if (open(kWeekday)) consider(Weekday(i));
    if (open(kAgo)) consider(Ago(i));
    if (open(kTimeOfDay)) consider(TimeOfDay(i));
    if (open(kSet)) consider(Set(i));
    if (open(kDuration)) consider(Duration(i));
    if (open(kDecade)) consider(Decade(i));
    if (open(kSeason)) consider(Season(i));
    if (open(kQuarterOrHalf)) consider(QuarterOrHalf(i));
    if (all || IsNumber(w)) consider(Year(i));
    return best;
  }

  // NumericDate, Year, and the day of MonthDate read a number token.
  static bool IsNumber(const Word& w) { return w.kind == TokenKind::kNumber; }

  // "early", "late", "mid", "the end of", "the beginning of" ... before a
  // date.
  static bool ModifiedMayBegin(const Word& w) {
    return In(w.f, {"early", "late", "mid", "the"});
  }
  Opt Modified(size_t i) const {
    std::string mod;
    size_t j = i;
    if (IsAny(i, {"early", "late", "mid"})) {
      mod = Is(i, "early") ? "START" : Is(i, "late") ? "END" : "MID";
      j = i + 1;
      if (Is(j, "-")) ++j;
    } else if (Is(i, "the") &&
               IsAny(i + 1, {"end", "beginning", "start", "middle"}) &&
               Is(i + 2, "of")) {
      mod = Is(i + 1, "end") ? "END" : Is(i + 1, "middle") ? "MID" : "START";
      j = i + 3;
      // "the end of the year": the current one.
      if (Is(j, "the")) {
        Unit unit = UnitNamed(F(j + 1));
        if (unit == Unit::kYear || unit == Unit::kMonth ||
            unit == Unit::kWeek || unit == Unit::kDecade ||
            unit == Unit::kCentury || unit == Unit::kQuarter) {
          Match m;
          m.end = j + 2;
          m.spec.grain = GrainOf(unit);
          m.spec.anchor = Anchor::kPublication;
          m.spec.mod = mod;
          return m;
        }
      }
    } else {
      return std::nullopt;
    }
    Opt inner;
    for (Opt m : {MonthDate(j), Year(j, /*context=*/true), Decade(j),
                  Season(j, /*context=*/true), RelativeUnit(j), Weekday(j),
                  QuarterOrHalf(j)}) {
      if (m && m->spec.type == TimexType::kDate &&
          (!inner || m->end > inner->end))
        inner = std::move(m);
    }
    if (!inner && (mod == "START" || mod == "END") && i + 1 == j) {
      // "early Tuesday", "late last night" as TIME.
      for (Opt m : {Weekday(j), Deictic(j)}) {
        if (m && (!inner || m->end > inner->end)) inner = std::move(m);
      }
    }
    if (!inner) return std::nullopt;
    inner->spec.mod = mod;
    return inner;
  }

  // "January 28", "Jan. 28, 2017", "28 January 2017", "the 28th of
  // January", "Tuesday, January 28", "January 2017", "in March", "last
  // July".
  static bool MonthDateMayBegin(const Word& w) {
    return IsNumber(w) || In(w.f, {"last", "next", "this", "the"}) ||
           (w.cap && (MonthNumber(w.f) > 0 || WeekdayNumber(w.f) > 0));
  }
  Opt MonthDate(size_t i) const {
    if (IsAny(i, {"last", "next", "this"}) && MonthAt(i + 1) &&
        !IsMonthAbbreviation(F(i + 1))) {
      Opt inner = MonthDate(i + 1);
      if (!inner || inner->spec.grain != Grain::kMonth ||
          inner->spec.anchor != Anchor::kTense)
        return std::nullopt;
      inner->spec.direction = Is(i, "last") ? -1 : Is(i, "next") ? 1 : 0;
      return inner;
    }
    size_t j = i;
    if (w_.size() > i && w_[i].cap && WeekdayNumber(F(i)) > 0) {
      j = i + 1;
      if (Is(j, ",")) ++j;
      if (!MonthAt(j) && !DayAt(j) && !Is(j, "the")) return std::nullopt;
    }
    Match m;
    // Month first.
    if (int month = MonthAt(j)) {
      size_t k = j + 1;
      if (std::optional<int> day = DayAt(k);
          day && !Is(k + 1, ":") &&
          !IsAny(k + 1, {"am", "pm", "a.m.", "p.m."}) && !(F(k).size() == 4)) {
        m.end = k + 1;
        m.spec.grain = Grain::kDay;
        m.spec.month = month;
        m.spec.day = *day;
        size_t y = m.end;
        if (Is(y, ",")) ++y;
        if (std::optional<int> year = YearAt(y)) {
          m.spec.year = *year;
          m.end = y + 1;
        } else {
          m.spec.anchor = Anchor::kTense;
        }
        if (!IsValidDate(m.spec.year ? m.spec.year : 2000, month, *day))
          return std::nullopt;
        return m;
      }
      size_t y = k;
      if (Is(y, ",") || Is(y, "of")) ++y;
      if (std::optional<int> year = YearAt(y)) {
        m.end = y + 1;
        m.spec.grain = Grain::kMonth;
        m.spec.month = month;
        m.spec.year = *year;
        return m;
      }
      if (j != i) return std::nullopt;
      // A month alone: "May" and "March" are words too, so they need a word
      // before them that makes them dates; abbreviations need a number.
      std::string_view f = F(j);
      if (IsMonthAbbreviation(f)) return std::nullopt;
      bool context = IsDatePreposition(Prev(j));
      if (!context && (month == 5 || month == 3)) return std::nullopt;
      if (!context && j > 0 && w_[j - 1].cap &&
          !In(Prev(j), {"a", "an", "the"}))
        return std::nullopt;  // inside a name: "Rachel August"
      m.end = j + 1;
      m.spec.grain = Grain::kMonth;
      m.spec.month = month;
      m.spec.anchor = Anchor::kTense;
      return m;
    }
    // Day first.
    size_t k = j;
    bool the = Is(k, "the");
    if (the) ++k;
    std::optional<int> day = DayAt(k);
    if (!day) return std::nullopt;
    if (the && OrdinalWord(F(k)) == 0) return std::nullopt;
    size_t mm = k + 1;
    if (Is(mm, "of")) ++mm;
    int month = MonthAt(mm);
    if (!month) return std::nullopt;
    m.end = mm + 1;
    m.spec.grain = Grain::kDay;
    m.spec.month = month;
    m.spec.day = *day;
    size_t y = m.end;
    if (Is(y, ",")) ++y;
    if (std::optional<int> year = YearAt(y)) {
      m.spec.year = *year;
      m.end = y + 1;
    } else {
      m.spec.anchor = Anchor::kTense;
    }
    if (!IsValidDate(m.spec.year ? m.spec.year : 2000, month, *day))
      return std::nullopt;
    return m;
  }

  // "2017-01-28", "1/28/2017", "28/1/17", "28.01.2017", and the names
  // "9/11" and "7/7".
  Opt NumericDate(size_t i) const {
    if (i >= w_.size() || w_[i].kind != TokenKind::kNumber) return std::nullopt;
    std::string_view f = F(i);
    Match m;
    m.end = i + 1;
    m.spec.grain = Grain::kDay;
    if (f == "9/11" || f == "7/7") {
      m.spec.year = f == "9/11" ? 2001 : 2005;
      m.spec.month = f == "9/11" ? 9 : 7;
      m.spec.day = f == "9/11" ? 11 : 7;
      m.spec.name = true;
      return m;
    }
    char sep = 0;
    for (char c : f) {
      if (c == '-' || c == '/' || c == '.') {
        sep = c;
        break;
      }
    }
    if (sep == 0) return std::nullopt;
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t p = 0; p <= f.size(); ++p) {
      if (p == f.size() || f[p] == sep) {
        parts.push_back(f.substr(start, p - start));
        start = p + 1;
      } else if (f[p] < '0' || f[p] > '9') {
        return std::nullopt;
      }
    }
    if (parts.size() != 3) return std::nullopt;
    std::optional<int> a = ParseInt(parts[0]), b = ParseInt(parts[1]),
                       c = ParseInt(parts[2]);
    if (!a || !b || !c) return std::nullopt;
    int year, month, day;
    if (sep == '-') {
      if (parts[0].size() != 4) return std::nullopt;
      year = *a, month = *b, day = *c;
    } else {
      if (parts[2].size() == 2) {
        year = *c < 50 ? 2000 + *c : 1900 + *c;
      } else if (parts[2].size() == 4) {
        year = *c;
      } else {
        return std::nullopt;
      }
      bool day_first = sep == '.' || options_.day_first;
      if (*a > 12 && *b <= 12) day_first = true;
      if (*b > 12 && *a <= 12) day_first = false;
      month = day_first ? *b : *a;
      day = day_first ? *a : *b;
    }
    if (year < 1000 || year > 2199 || !IsValidDate(year, month, day))
      return std::nullopt;
    m.spec.year = year;
    m.spec.month = month;
    m.spec.day = day;
    return m;
  }

  // Christmas, New Year's Day, Easter and other days a calendar names.
  static bool HolidaysMayBegin(const Word& w) {
    return w.cap &&
           In(w.f, {"christmas", "new", "boxing", "valentine", "halloween",
                    "hogmanay", "easter", "good", "thanksgiving"});
  }
  Opt Holidays(size_t i) const {
    if (!Cap(i)) return std::nullopt;
    Match m;
    m.spec.grain = Grain::kDay;
    m.spec.anchor = Anchor::kTense;
    size_t end = 0;
    std::string_view f = F(i);
    auto fixed = [&](int month, int day, size_t e) {
      m.spec.month = month;
      m.spec.day = day;
      end = e;
    };
    if (f == "christmas") {
      if (Is(i + 1, "eve"))
        fixed(12, 24, i + 2);
      else if (Is(i + 1, "day"))
        fixed(12, 25, i + 2);
      else
        fixed(12, 25, i + 1);
    } else if (f == "new" && Is(i + 1, "year") && Is(i + 2, "'s") &&
               IsAny(i + 3, {"day", "eve"})) {
      if (Is(i + 3, "eve"))
        fixed(12, 31, i + 4);
      else
        fixed(1, 1, i + 4);
    } else if (f == "boxing" && Is(i + 1, "day")) {
      fixed(12, 26, i + 2);
    } else if (f == "valentine" && Is(i + 1, "'s") && Is(i + 2, "day")) {
      fixed(2, 14, i + 3);
    } else if (f == "halloween") {
      fixed(10, 31, i + 1);
    } else if (f == "hogmanay") {
      fixed(12, 31, i + 1);
    } else if (f == "easter") {
      m.spec.holiday =
          Is(i + 1, "monday") ? Holiday::kEasterMonday : Holiday::kEaster;
      end = IsAny(i + 1, {"monday", "sunday"}) ? i + 2 : i + 1;
    } else if (f == "good" && Is(i + 1, "friday")) {
      m.spec.holiday = Holiday::kGoodFriday;
      end = i + 2;
    } else if (f == "thanksgiving") {
      m.spec.holiday = Holiday::kThanksgiving;
      end = Is(i + 1, "day") ? i + 2 : i + 1;
    }
    if (end == 0) return std::nullopt;
    m.end = end;
    if (std::optional<int> year = YearAt(end)) {
      m.spec.year = *year;
      m.spec.anchor = Anchor::kNone;
      m.end = end + 1;
    }
    return m;
  }

  // today, tonight, yesterday, tomorrow, this morning, last night, now,
  // recently, the past, the future.
  static bool DeicticMayBegin(const Word& w) {
    return In(w.f, {"later", "earlier", "today", "tonight", "yesterday",
                    "tomorrow", "this", "last", "the", "now", "currently",
                    "nowadays", "right", "these", "recently", "lately"});
  }
  Opt Deictic(size_t i) const {
    Match m;
    m.spec.grain = Grain::kDay;
    m.spec.anchor = Anchor::kPublication;
    size_t start = i;
    // "later today", "earlier this morning".
    if (IsAny(i, {"later", "earlier"}) &&
        (IsAny(i + 1, {"today", "tonight"}) ||
         (Is(i + 1, "this") && !PartOfDayCode(F(i + 2)).empty())))
      ++i;
    std::string_view f = F(i);
    size_t e = i + 1;
    if (f == "today" || f == "tonight" || f == "yesterday" || f == "tomorrow") {
      m.spec.offset = f == "yesterday" ? -1 : f == "tomorrow" ? 1 : 0;
      if (f == "tonight") {
        m.spec.type = TimexType::kTime;
        m.spec.part_of_day = "NI";
      } else if (std::string_view pod = PartOfDayCode(F(e)); !pod.empty()) {
        m.spec.type = TimexType::kTime;
        m.spec.part_of_day = std::string(pod);
        ++e;
      }
    } else if (f == "this" && !PartOfDayCode(F(i + 1)).empty() &&
               !Is(i + 1, "night")) {
      m.spec.type = TimexType::kTime;
      m.spec.part_of_day = std::string(PartOfDayCode(F(i + 1)));
      e = i + 2;
    } else if (f == "last" && IsAny(i + 1, {"night", "evening"})) {
      m.spec.type = TimexType::kTime;
      m.spec.offset = -1;
      m.spec.part_of_day = std::string(PartOfDayCode(F(i + 1)));
      e = i + 2;
    } else if (f == "the" && !PartOfDayCode(F(i + 1)).empty() &&
               In(Prev(i), {"by", "during", "in", "throughout", "until"}) &&
               !Is(i + 2, "of") && start == i) {
      // "by the afternoon": of the day last mentioned.
      m.spec.type = TimexType::kTime;
      m.spec.anchor = Anchor::kReference;
      m.spec.part_of_day = std::string(PartOfDayCode(F(i + 1)));
      e = i + 2;
    } else if (f == "the" && Is(i + 1, "day") &&
               ((Is(i + 2, "before") && Is(i + 3, "yesterday")) ||
                (Is(i + 2, "after") && Is(i + 3, "tomorrow")))) {
      m.spec.offset = Is(i + 2, "before") ? -2 : 2;
      e = i + 4;
    } else if (f == "now" || f == "currently" || f == "nowadays") {
      if (f == "now" && Prev(i) == "right") return std::nullopt;
      m.spec = TimexSpec();
      m.spec.fixed = "PRESENT_REF";
    } else if (f == "right" && Is(i + 1, "now")) {
      m.spec = TimexSpec();
      m.spec.fixed = "PRESENT_REF";
      e = i + 2;
    } else if (f == "these" && Is(i + 1, "days")) {
      m.spec = TimexSpec();
      m.spec.fixed = "PRESENT_REF";
      e = i + 2;
    } else if (f == "recently" || f == "lately") {
      m.spec = TimexSpec();
      m.spec.fixed = "PAST_REF";
    } else if (f == "the" && IsAny(i + 1, {"past", "future"}) &&
               In(Prev(i), {"in", "of"}) &&
               UnitNamed(F(i + 2)) == Unit::kNone && !Int(i + 2) &&
               CardinalWord(F(i + 2)) == 0 &&
               !IsAny(i + 2, {"few", "several", "couple"})) {
      m.spec = TimexSpec();
      m.spec.fixed = Is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
      e = i + 2;
    } else {
      return std::nullopt;
    }
    m.end = e;
    return m;
  }

  // this/last/next week, earlier this month, the previous day, the day
  // before, the weekend, the past year (a duration).
  static bool RelativeUnitMayBegin(const Word& w) {
    return In(w.f, {"earlier", "later", "this", "last", "next", "the", "that"});
  }
  Opt RelativeUnit(size_t i) const {
    Match m;
    size_t j = i;
    if (IsAny(j, {"earlier", "later"}) &&
        IsAny(j + 1, {"this", "last", "next"}))
      ++j;
    std::string_view det = F(j);
    if (det == "this" || det == "last" || det == "next") {
      bool plural;
      Unit unit = UnitNamed(F(j + 1), &plural);
      Grain grain = GrainOf(unit);
      if (grain == Grain::kNone || plural || unit == Unit::kFortnight)
        return std::nullopt;
      if (grain == Grain::kDay) return std::nullopt;  // "the last day"
      if (det == "last" && Prev(j) == "the") return std::nullopt;
      m.end = j + 2;
      m.spec.grain = grain;
      m.spec.anchor = Anchor::kPublication;
      m.spec.offset = det == "last" ? -1 : det == "next" ? 1 : 0;
      return m;
    }
    if (det == "the" || det == "that") {
      std::string_view which = F(j + 1);
      bool plural;
      Unit unit = UnitNamed(F(j + 2), &plural);
      Grain grain = GrainOf(unit);
      // "the previous day", "the following week", "the next day".
      if (IsAny(j + 1, {"previous", "following", "next", "same"}) &&
          grain != Grain::kNone && !plural) {
        if (which == "next" && unit != Unit::kDay &&
            In(Prev(j), {"over", "during", "within", "for", "in"}))
          return std::nullopt;  // "over the next year" is a duration
        m.end = j + 3;
        m.spec.grain = grain;
        m.spec.anchor = Anchor::kReference;
        m.spec.offset = which == "previous" ? -1 : which == "same" ? 0 : 1;
        if (which == "next" && Is(j + 2, "morning")) return std::nullopt;
        return m;
      }
      if (IsAny(j + 1, {"previous", "following", "next"}) &&
          IsAny(j + 2, {"morning", "afternoon", "evening", "night"})) {
        m.end = j + 3;
        m.spec.type = TimexType::kTime;
        m.spec.grain = Grain::kDay;
        m.spec.anchor = Anchor::kReference;
        m.spec.offset = which == "previous" ? -1 : 1;
        m.spec.part_of_day = std::string(PartOfDayCode(F(j + 2)));
        return m;
      }
      // "the day before", "the week after", "the night before".
      Unit u1 = UnitNamed(F(j + 1), &plural);
      if (det == "the" && !plural &&
          (u1 == Unit::kDay || u1 == Unit::kWeek || u1 == Unit::kMonth ||
           u1 == Unit::kYear || Is(j + 1, "night")) &&
          IsAny(j + 2, {"before", "after"}) &&
          !(Int(j + 3) || YearAt(j + 3) || MonthAt(j + 3) ||
            WeekdayNumber(F(j + 3)) ||
            IsAny(j + 3, {"the", "a", "his", "her", "their", "its"}))) {
        m.end = j + 3;
        m.spec.anchor = Anchor::kReference;
        m.spec.offset = Is(j + 2, "before") ? -1 : 1;
        if (Is(j + 1, "night")) {
          m.spec.type = TimexType::kTime;
          m.spec.grain = Grain::kDay;
          m.spec.part_of_day = "NI";
        } else {
          m.spec.grain = GrainOf(u1);
        }
        return m;
      }
      // "the weekend".
      if (det == "the" && Is(j + 1, "weekend")) {
        m.end = j + 2;
        m.spec.grain = Grain::kWeekend;
        m.spec.anchor = Anchor::kTense;
        return m;
      }
    }
    return std::nullopt;
  }

  // "on Monday", "last Tuesday", "Friday night", "on Mondays" (a set).
  static bool WeekdayMayBegin(const Word& w) {
    return In(w.f, {"last", "next", "this", "past", "coming"}) ||
           (w.cap && WeekdayNumber(w.f) > 0);
  }
  Opt Weekday(size_t i) const {
    size_t j = i;
    int direction = 0;
    bool has_det = false;
    if (IsAny(j, {"last", "next", "this", "past", "coming"})) {
      direction = Is(j, "last") || Is(j, "past")     ? -1
                  : Is(j, "next") || Is(j, "coming") ? 1
                                                     : 0;
      if ((Is(j, "past") || Is(j, "coming")) && !(Prev(j) == "the"))
        return std::nullopt;
      has_det = true;
      ++j;
    }
    bool plural;
    int weekday = WeekdayNumber(F(j), &plural);
    if (weekday == 0 || !Cap(j)) return std::nullopt;
    // Newspapers and names: "the Sunday Times", "Bloody Sunday".
    if (In(Raw(j + 1), {"Times", "Telegraph", "Mirror", "Express", "Post",
                        "Herald", "Independent", "Sport", "People", "Mail",
                        "Tribune", "Star", "Night", "Mercury", "Observer"}))
      return std::nullopt;
    if (Prev(j) == "on" && j >= 2 && Raw(j - 2) == "Mail") return std::nullopt;
    Match m;
    m.end = j + 1;
    if (plural) {
      if (has_det) return std::nullopt;
      m.spec.type = TimexType::kSet;
      m.spec.fixed = "XXXX-WXX-" + std::to_string(weekday);
      return m;
    }
    if (!has_det && j > 0 && w_[j - 1].cap &&
        In(F(j - 1), {"black", "bloody", "super", "holy", "ash", "palm",
                      "cyber", "shrove", "maundy", "blue", "fat"})) {
      m.spec.fixed = "XXXX-WXX-" + std::to_string(weekday);
      m.spec.name = true;
      return m;
    }
    m.spec.grain = Grain::kDay;
    m.spec.anchor = Anchor::kTense;
    m.spec.weekday = weekday;
    m.spec.direction = direction;
    if (std::string_view pod = PartOfDayCode(F(j + 1)); !pod.empty()) {
      m.spec.type = TimexType::kTime;
      m.spec.part_of_day = std::string(pod);
      ++m.end;
    }
    return m;
  }

  // A quantity: "3", "three", "twenty-five", "a", "a few", "several",
  // "two and a half", "half a".
  static bool QuantityMayBegin(const Word& w) {
    return IsNumber(w) ||
           In(w.f, {"half", "a", "an", "one", "several", "few", "many", "some",
                    "numerous"}) ||
           CardinalWord(w.f) > 0;
  }
  //
  // Ago, Set and Duration all read the quantity at the same word, and
  // Duration again when it recurses: it is worked out once a word.
  std::optional<Quantity> QuantityAt(size_t i) const {
    if (i >= quantities_.size()) return ReadQuantity(i);
    std::optional<std::optional<Quantity>>& memo = quantities_[i];
    if (!memo) memo = ReadQuantity(i);
    return *memo;
  }
  std::optional<Quantity> ReadQuantity(size_t i) const {
    Quantity q;
    if (Is(i, "half") && IsAny(i + 1, {"a", "an"})) {
      q.number = 0.5;
      q.end = i + 2;
      return q;
    }
    if (IsAny(i, {"a", "an"}) && IsAny(i + 1, {"few", "couple"})) {
      q.known = Is(i + 1, "couple");
      q.number = 2;
      q.end = i + 2;
      if (Is(q.end, "of")) ++q.end;
      return q;
    }
    if (IsAny(i, {"several", "few", "many", "some", "numerous"})) {
      if (Is(i, "some") && Int(i + 1)) return std::nullopt;
      q.known = false;
      q.end = i + 1;
      return q;
    }
    if (IsAny(i, {"a", "an", "one"}) && IsAny(i + 1, {"hundred", "dozen"})) {
      q.number = Is(i + 1, "hundred") ? 100 : 12;
      q.end = i + 2;
    } else if (IsAny(i, {"a", "an", "one"})) {
      q.number = 1;
      q.end = i + 1;
    } else if (i < size() && w_[i].kind == TokenKind::kNumber &&
               F(i).size() <= 9) {
      std::string_view f = F(i);
      bool dot = false;
      for (char c : f) {
        if (c == '.') {
          if (dot) return std::nullopt;
          dot = true;
        } else if (c < '0' || c > '9') {
          return std::nullopt;
        }
      }
      q.number = std::stod(std::string(f));
      q.end = i + 1;
    } else if (int n = CardinalWord(F(i)); n > 0 && n != 100) {
      q.number = n;
      q.end = i + 1;
      if (n >= 20 && n % 10 == 0) {
        size_t k = Is(i + 1, "-") ? i + 2 : i + 1;
        int units = CardinalWord(F(k));
        if (units > 0 && units < 10) {
          q.number += units;
          q.end = k + 1;
        }
      }
      if (Is(q.end, "hundred")) {
        q.number *= 100;
        ++q.end;
      }
    } else {
      return std::nullopt;
    }
    if (Is(q.end, "and") && Is(q.end + 1, "a") && Is(q.end + 2, "half")) {
      q.number += 0.5;
      q.end += 3;
    }
    return q;
  }

  // "two days ago", "three weeks later", "a year earlier", "two years from
  // now", "years ago" (PAST_REF).
  static bool AgoMayBegin(const Word& w) {
    return QuantityMayBegin(w) || UnitNamed(w.f) != Unit::kNone;
  }
  Opt Ago(size_t i) const {
    std::optional<Quantity> q = QuantityAt(i);
    size_t k;
    if (q) {
      k = q->end;
    } else {
      k = i;
      q = Quantity{0, false, i};
    }
    if (Is(k, "-")) return std::nullopt;
    bool plural;
    Unit unit = UnitNamed(F(k), &plural);
    if (unit == Unit::kNone || unit == Unit::kQuarter) return std::nullopt;
    std::string_view after = F(k + 1);
    bool from_now = after == "from" && Is(k + 2, "now");
    if (after == "previously") after = "earlier";
    if (after != "ago" && after != "later" && after != "earlier" && !from_now)
      return std::nullopt;
    Match m;
    m.end = from_now ? k + 3 : k + 2;
    if (!q->known || q->number != std::floor(q->number)) {
      if (after == "ago") {
        m.spec.fixed = "PAST_REF";
        return m;
      }
      if (from_now) {
        m.spec.fixed = "FUTURE_REF";
        return m;
      }
      return std::nullopt;
    }
    if (q->number > 10000) return std::nullopt;
    int n = static_cast<int>(q->number);
    int sign = after == "ago" || after == "earlier" ? -1 : 1;
    m.spec.anchor =
        after == "ago" || from_now ? Anchor::kPublication : Anchor::kReference;
    switch (unit) {
      case Unit::kHour:
      case Unit::kMinute:
      case Unit::kSecond:
        m.spec.type = TimexType::kTime;
        m.spec.grain = Grain::kDay;
        m.spec.offset = 0;
        return m;
      case Unit::kFortnight:
        m.spec.grain = Grain::kWeek;
        m.spec.offset = sign * 2 * n;
        return m;
      case Unit::kDecade:
        m.spec.grain = Grain::kYear;
        m.spec.offset = sign * 10 * n;
        return m;
      case Unit::kCentury:
        m.spec.grain = Grain::kCentury;
        m.spec.offset = sign * n;
        return m;
      default:
        m.spec.grain = GrainOf(unit);
        m.spec.offset = sign * n;
        return m;
    }
  }

  // "12:30pm", "4.30pm UK time", "3 p.m. ET", "14:30 GMT", "noon".
  static bool TimeOfDayMayBegin(const Word& w) {
    return IsNumber(w) || In(w.f, {"noon", "midday", "midnight"});
  }
  Opt TimeOfDay(size_t i) const {
    if (i >= size()) return std::nullopt;
    std::string_view f = F(i);
    int hour = -1, minute = 0;
    size_t e = i + 1;
    bool meridian = false, pm = false;
    if (f == "noon" || f == "midday" || f == "midnight") {
      if (i > 0 && w_[i].cap) return std::nullopt;  // "Jamie Noon"
      hour = f == "midnight" ? 24 : 12;
    } else if (w_[i].kind == TokenKind::kNumber) {
      std::string_view digits = f;
      if (digits.ends_with("am") || digits.ends_with("pm")) {
        meridian = true;
        pm = digits.ends_with("pm");
        digits.remove_suffix(2);
      }
      size_t sep = digits.find_first_of(":.");
      bool dotted = sep != std::string_view::npos && digits[sep] == '.';
      std::optional<int> h, mi;
      if (sep == std::string_view::npos) {
        if (digits.size() == 4 && !meridian) {
          h = ParseInt(digits.substr(0, 2));
          mi = ParseInt(digits.substr(2));
        } else {
          h = ParseInt(digits);
          mi = 0;
        }
      } else {
        if (digits.size() - sep - 1 != 2) return std::nullopt;
        h = ParseInt(digits.substr(0, sep));
        mi = ParseInt(digits.substr(sep + 1));
      }
      if (!h || !mi || *mi > 59) return std::nullopt;
      hour = *h;
      minute = *mi;
      if (!meridian && IsAny(e, {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})) {
        meridian = true;
        pm = F(e)[0] == 'p';
        ++e;
      }
      if (Is(e, "o'clock")) {
        ++e;
        meridian = true;
      }
      bool zone_next = ZoneAt(e, nullptr) > e;
      bool four_digits = sep == std::string_view::npos && digits.size() == 4;
      if (four_digits && !zone_next) return std::nullopt;
      if (!meridian && !zone_next) {
        // "12:30" alone needs "at" before it and is read as a 24-hour time.
        if (sep == std::string_view::npos || dotted) return std::nullopt;
        if (!In(Prev(i), {"at", "by", "until", "from", "before", "after",
                          "around", "about", "to"}))
          return std::nullopt;
      }
      if (meridian) {
        if (hour < 1 || hour > 12) return std::nullopt;
        if (pm && hour != 12) hour += 12;
        if (!pm && hour == 12 && f != "noon") hour = 0;
      } else if (hour > 23) {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    Match m;
    m.spec.type = TimexType::kTime;
    m.spec.grain = Grain::kDay;
    m.spec.anchor = Anchor::kPublication;
    m.spec.same_day = true;
    m.spec.hour = hour;
    m.spec.minute = minute;
    std::optional<Zone> zone;
    e = ZoneAt(e, &zone);
    m.spec.zone = zone;
    m.end = e;
    return m;
  }

  // A zone after a time: "ET", "GMT", "UK time", "local time", "Moscow
  // time". Returns where it ends (i when there is none).
  size_t ZoneAt(size_t i, std::optional<Zone>* zone) const {
    if (i >= size()) return i;
    if (Is(i, "local") && Is(i + 1, "time")) return i + 2;
    std::optional<Zone> z = ZoneNamed(F(i));
    if (!z) return i;
    std::string_view raw = Raw(i);
    bool upper = raw.size() >= 2 && raw[0] >= 'A' && raw[0] <= 'Z' &&
                 raw[1] >= 'A' && raw[1] <= 'Z';
    size_t e = i + 1;
    if (Is(e, "time")) {
      ++e;
    } else if (!upper) {
      return i;  // "london" needs "time"; abbreviations are upper case
    }
    if (zone != nullptr) *zone = z;
    return e;
  }

  // every Monday, each year, daily, twice a week, £5m a year.
  static bool SetMayBegin(const Word& w) {
    return QuantityMayBegin(w) ||
           In(w.f, {"daily", "weekly", "monthly", "annually", "yearly",
                    "hourly", "nightly", "quarterly", "fortnightly", "every",
                    "each", "once", "twice", "thrice", "per"});
  }
  Opt Set(size_t i) const {
    Match m;
    m.spec.type = TimexType::kSet;
    std::string_view f = F(i);
    static constexpr std::pair<std::string_view, std::string_view> kAdverbs[] =
        {{"daily", "P1D"},    {"weekly", "P1W"},    {"monthly", "P1M"},
         {"annually", "P1Y"}, {"yearly", "P1Y"},    {"hourly", "PT1H"},
         {"nightly", "TNI"},  {"quarterly", "P3M"}, {"fortnightly", "P2W"}};
    for (const auto& [word, value] : kAdverbs) {
      // "the biggest monthly fall" measures, it does not recur.
      if (f == word && !(i > 0 && w_[i].cap) &&  // "the Daily Mail"
          !(i + 1 < size() && w_[i + 1].kind == TokenKind::kWord &&
            !w_[i + 1].cap &&
            !IsAny(i + 1, {"and", "or", "by", "in", "at", "on", "for", "from",
                           "since", "to", "until", "basis", "as", "but"}))) {
        m.end = i + 1;
        m.spec.fixed = std::string(value);
        return m;
      }
    }
    if (f == "every" || f == "each") {
      size_t k = i + 1;
      Quantity q{1, true, k};
      if (Is(k, "other")) {
        q.number = 2;
        ++k;
      } else if (std::optional<Quantity> n = QuantityAt(k);
                 n && n->known && !IsAny(k, {"a", "an", "one"})) {
        q = *n;
        k = n->end;
      }
      bool plural;
      if (int wd = WeekdayNumber(F(k), &plural); wd > 0 && Cap(k)) {
        m.end = k + 1;
        m.spec.fixed = "XXXX-WXX-" + std::to_string(wd);
        return m;
      }
      if (std::string_view pod = PartOfDayCode(F(k)); !pod.empty()) {
        m.end = k + 1;
        m.spec.fixed = "XXXX-XX-XXT" + std::string(pod);
        return m;
      }
      Unit unit = UnitNamed(F(k), &plural);
      if (unit == Unit::kNone) return std::nullopt;
      m.end = k + 1;
      m.spec.fixed = DurationValue(q, unit);
      return m;
    }
    // "twice a year", "three times a week", "once a month".
    size_t k = i;
    std::string freq;
    if (IsAny(i, {"once", "twice", "thrice"})) {
      freq = Is(i, "once") ? "1X" : Is(i, "twice") ? "2X" : "3X";
      k = i + 1;
    } else if (std::optional<Quantity> q = QuantityAt(i);
               q && q->known && Is(q->end, "times")) {
      freq = FormatNumber(q->number) + "X";
      k = q->end + 1;
    }
    if (IsAny(k, {"a", "an", "per", "each"})) {
      bool plural;
      Unit unit = UnitNamed(F(k + 1), &plural);
      if (unit == Unit::kNone || plural) return std::nullopt;
      // Without a frequency, "a year" is a rate only after an amount:
      // "£5m a year", "eight hours a day", "per year".
      if (freq.empty() && !Is(k, "per")) {
        if (k == 0) return std::nullopt;
        const Word& before = w_[k - 1];
        bool amount =
            before.kind == TokenKind::kNumber || before.f == ")" ||
            In(before.f, {"m", "bn", "million", "billion", "cent", "%", "hours",
                          "minutes", "pounds", "dollars", "euros", "people",
                          "times", "tonnes", "barrels", "year", "k"}) ||
            before.f.ends_with("bn") || before.f.ends_with("m");
        if (!amount) return std::nullopt;
      }
      m.end = k + 2;
      m.spec.fixed = DurationValue(Quantity{1, true, 0}, unit);
      m.spec.freq = freq;
      return m;
    }
    return std::nullopt;
  }

  // "three years", "a three-year term", "22-year-old", "for years", "the
  // past two weeks", "more than a decade".
  static bool DurationMayBegin(const Word& w) {
    // The list first: "the" leaves before two lexicon look-ups.
    return In(w.f, {"more", "less", "fewer", "at", "up", "about", "around",
                    "approximately", "roughly", "almost", "nearly", "the",
                    "recent"}) ||
           QuantityMayBegin(w) || UnitNamed(w.f) != Unit::kNone;
  }
  Opt Duration(size_t i) const {
    size_t j = i;
    std::string mod;
    if (IsAny(j, {"more", "less", "fewer"}) && Is(j + 1, "than")) {
      mod = Is(j, "more") ? "MORE_THAN" : "LESS_THAN";
      j += 2;
    } else if (Is(j, "at") && IsAny(j + 1, {"least", "most"})) {
      mod = Is(j + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      j += 2;
    } else if (Is(j, "up") && Is(j + 1, "to")) {
      mod = "EQUAL_OR_LESS";
      j += 2;
    } else if (IsAny(j, {"about", "around", "approximately", "roughly",
                         "almost", "nearly"})) {
      mod = IsAny(j, {"almost", "nearly"}) ? "LESS_THAN" : "APPROX";
      j += 1;
    }
    if (j != i) {
      Opt inner = Duration(j);
      if (!inner || inner->spec.type != TimexType::kDuration)
        return std::nullopt;
      inner->spec.mod = mod;
      return inner;
    }
    Match m;
    m.spec.type = TimexType::kDuration;
    // "the three months to June".
    if (Is(i, "the") && !IsAny(i + 1, {"a", "an", "one", "some"})) {
      std::optional<Quantity> n = QuantityAt(i + 1);
      if (n && n->known) {
        Opt inner = Duration(i + 1);
        if (inner && inner->spec.type == TimexType::kDuration &&
            inner->end == n->end + 1 && !Is(inner->end, "-"))
          return inner->end > i ? Opt(Match{inner->end, inner->spec})
                                : std::nullopt;
      }
    }
    // "the past two weeks", "the last decade", "the next few months".
    if (Is(i, "the") && IsAny(i + 1, {"past", "last", "next", "coming",
                                      "previous", "first", "final"})) {
      size_t k = i + 2;
      Quantity q{1, true, k};
      bool counted = false;
      if (std::optional<Quantity> n = QuantityAt(k);
          n && !IsAny(k, {"a", "an"})) {
        q = *n;
        k = n->end;
        counted = true;
      }
      bool plural;
      Unit unit = UnitNamed(F(k), &plural);
      if (unit == Unit::kNone) return std::nullopt;
      if (plural && !counted) q.known = false;
      if (!plural && !counted && Is(i + 1, "next") && unit == Unit::kDay)
        return std::nullopt;
      if (IsAny(i + 1, {"first", "final"}) && !counted) return std::nullopt;
      m.end = k + 1;
      m.spec.fixed = DurationValue(q, unit);
      return m;
    }
    if (Is(i, "recent")) {
      bool plural;
      Unit unit = UnitNamed(F(i + 1), &plural);
      if (unit == Unit::kNone || !plural) return std::nullopt;
      m.end = i + 2;
      m.spec.fixed = DurationValue(Quantity{0, false, 0}, unit);
      return m;
    }
    std::optional<Quantity> q = QuantityAt(i);
    if (q && IsAny(i, {"a", "an"}) && q->end == i + 1 && Is(i + 2, "-") &&
        IsAny(i + 3, {"long", "old"}))
      return std::nullopt;  // "a year-long dispute": the article is not in it
    if (!q && Is(i + 1, "-") && Is(i + 2, "long")) {
      // "year-long", "decade-long".
      bool plural;
      Unit unit = UnitNamed(F(i), &plural);
      if (unit == Unit::kNone) return std::nullopt;
      m.end = i + 3;
      m.spec.fixed = DurationValue(Quantity{1, !plural, 0}, unit);
      return m;
    }
    if (!q) {
      // Bare plurals: "for years", "after months of talks".
      bool plural;
      Unit unit = UnitNamed(F(i), &plural);
      if (unit == Unit::kNone || !plural || unit == Unit::kQuarter)
        return std::nullopt;
      if (!In(Prev(i), {"for", "in", "over", "after", "within", "took", "take",
                        "lasted", "last", "spent", "spend"}) &&
          !Is(i + 1, "of"))
        return std::nullopt;
      if (i > 0 && In(Prev(i), {"in"}) && Is(i + 1, "to")) return std::nullopt;
      m.end = i + 1;
      m.spec.fixed = DurationValue(Quantity{0, false, 0}, unit);
      return m;
    }
    size_t k = q->end;
    bool hyphen = Is(k, "-");
    if (hyphen) ++k;
    bool plural;
    Unit unit = UnitNamed(F(k), &plural);
    if (unit == Unit::kNone) return std::nullopt;
    if (unit == Unit::kQuarter && !q->known) return std::nullopt;
    if (unit == Unit::kSecond && Is(k, "second") && !hyphen)
      return std::nullopt;  // "a second time"
    // "a" needs a singular unit ("a few weeks" is not "a" week).
    if (IsAny(i, {"a", "an"}) && q->end == i + 1 && plural) return std::nullopt;
    // "one-quarter of those affected" is a fraction.
    if (unit == Unit::kQuarter && (q->number < 2 || hyphen))
      return std::nullopt;
    m.end = k + 1;
    // "a 22-year-old", "a three-year-long".
    if (hyphen && Is(m.end, "-") && IsAny(m.end + 1, {"old", "long"}))
      m.end += 2;
    else if (!hyphen && Is(m.end, "old") && Prev(m.end) != "-")
      m.end += 1;
    else if (Is(m.end, "-") && Is(m.end + 1, "long"))
      m.end += 2;
    m.spec.fixed = DurationValue(*q, unit);
    // "one hour and 44 minutes", "two years and six months".
    if (!hyphen && q->known && Is(m.end, "and")) {
      std::optional<Quantity> q2 = QuantityAt(m.end + 1);
      bool plural2;
      Unit unit2 =
          q2 && q2->known ? UnitNamed(F(q2->end), &plural2) : Unit::kNone;
      if (unit2 != Unit::kNone && unit2 > unit &&
          !IsAny(m.end + 1, {"a", "an"})) {
        Quantity second = *q2;
        std::string tail = DurationValue(second, unit2);
        bool time1 = m.spec.fixed.starts_with("PT");
        bool time2 = tail.starts_with("PT");
        // P1Y + P6M -> P1Y6M; PT1H + PT44M -> PT1H44M; P2D + PT3H -> P2DT3H.
        m.spec.fixed +=
            time1 == time2 ? tail.substr(time2 ? 2 : 1) : tail.substr(1);
        m.end = q2->end + 1;
      }
    }
    return m;
  }

  // "the 1990s", "the '90s", "the nineties", "the 20th century".
  static bool DecadeMayBegin(const Word& w) {
    return IsNumber(w) || In(w.f, {"the", "'"});
  }
  Opt Decade(size_t i) const {
    size_t j = i;
    bool the = Is(j, "the");
    if (the) ++j;
    std::string mod;
    if (IsAny(j, {"early", "late", "mid"})) {
      if (!the) return std::nullopt;
      mod = Is(j, "early") ? "START" : Is(j, "late") ? "END" : "MID";
      ++j;
      if (Is(j, "-")) ++j;
    }
    Match m;
    m.spec.mod = mod;
    std::string_view f = F(j);
    int decade = -1;
    size_t e = j + 1;
    if (f.size() == 5 && f.back() == 's' && w_[j].kind == TokenKind::kNumber) {
      std::optional<int> y = ParseInt(f.substr(0, 4));
      if (y && *y % 10 == 0 && *y >= 1000 && *y < 2200) decade = *y;
    } else if (f.size() == 4 && Is(j + 1, "'s")) {
      std::optional<int> y = YearAt(j);
      if (y && *y % 10 == 0) {
        decade = *y;
        e = j + 2;
      }
    } else if (f == "'" && j + 1 < size() && F(j + 1).size() == 3 &&
               F(j + 1).back() == 's') {
      std::optional<int> y = ParseInt(F(j + 1).substr(0, 2));
      if (y && *y % 10 == 0) {
        decade = *y < 30 ? 2000 + *y : 1900 + *y;
        e = j + 2;
      }
    } else if (the) {
      static constexpr std::pair<std::string_view, int> kDecades[] = {
          {"twenties", 1920}, {"thirties", 1930}, {"forties", 1940},
          {"fifties", 1950},  {"sixties", 1960},  {"seventies", 1970},
          {"eighties", 1980}, {"nineties", 1990}};
      for (const auto& [word, year] : kDecades) {
        if (f == word) decade = year;
      }
      if (decade < 0) {
        int ordinal = OrdinalWord(f);
        if (Is(j + 1, "-") && CardinalWord(F(j)) >= 20) {
          int units = OrdinalWord(F(j + 2));
          if (units > 0 && units < 10) {
            ordinal = CardinalWord(F(j)) + units;
            j += 2;
          }
        }
        if (ordinal > 0 && ordinal <= 22 && Is(j + 1, "century")) {
          m.end = j + 2;
          m.spec.grain = Grain::kCentury;
          m.spec.year = (ordinal - 1) * 100;
          return m;
        }
      }
    }
    if (decade < 0) return std::nullopt;
    m.end = e;
    m.spec.grain = Grain::kDecade;
    m.spec.year = decade;
    return m;
  }

  // "spring 2016", "the summer of 2004", "last winter", "in the autumn".
  static bool SeasonMayBegin(const Word& w) {
    return In(w.f, {"this", "last", "next", "the"}) || SeasonNumber(w.f) > 0;
  }
  Opt Season(size_t i, bool context = false) const {
    size_t j = i;
    int offset = 0;
    bool relative = false;
    if (IsAny(j, {"this", "last", "next"})) {
      offset = Is(j, "last") ? -1 : Is(j, "next") ? 1 : 0;
      relative = true;
      ++j;
    }
    bool the = !relative && Is(j, "the");
    if (the) ++j;
    int season = SeasonNumber(F(j));
    if (season == 0) return std::nullopt;
    Match m;
    m.spec.grain = Grain::kSeason;
    m.spec.sub = season;
    size_t y = j + 1;
    if (Is(y, "of") || Is(y, ",")) ++y;
    if (std::optional<int> year = YearAt(y)) {
      m.end = y + 1;
      m.spec.year = *year;
      return m;
    }
    if (Is(j, "fall") && !relative && !the) return std::nullopt;
    if (Is(j + 1, "of")) return std::nullopt;  // "the fall of Baghdad"
    if (Cap(j) && j > 0 && !relative) return std::nullopt;  // "Arab Spring"
    m.end = j + 1;
    if (relative) {
      m.spec.anchor = Anchor::kPublication;
      m.spec.offset = offset;
      return m;
    }
    std::string_view before = Prev(i);
    if (!context &&
        !In(before, {"in", "during", "by", "until", "since", "through", "over",
                     "this", "before", "after", "throughout"}))
      return std::nullopt;
    if (Is(j, "fall") && !the) return std::nullopt;
    m.spec.anchor = Anchor::kTense;
    return m;
  }

  // "Q3", "Q3 2016", "the third quarter", "third-quarter", "the first half
  // of 2017", "this quarter".
  static bool QuarterOrHalfMayBegin(const Word& w) {
    return (w.f.size() == 2 && w.f[0] == 'q') || w.f == "the" ||
           OrdinalWord(w.f) > 0;
  }
  Opt QuarterOrHalf(size_t i) const {
    Match m;
    std::string_view f = F(i);
    if (f.size() == 2 && f[0] == 'q' && f[1] >= '1' && f[1] <= '4' && Cap(i)) {
      m.spec.grain = Grain::kQuarter;
      m.spec.sub = f[1] - '0';
      m.end = i + 1;
      if (std::optional<int> year = YearAt(i + 1)) {
        m.spec.year = *year;
        ++m.end;
      } else {
        m.spec.anchor = Anchor::kTense;
      }
      return m;
    }
    if (IsAny(i, {"this", "last", "next"}) && Is(i + 1, "quarter")) {
      return std::nullopt;  // handled by RelativeUnit
    }
    size_t j = i;
    bool the = Is(j, "the");
    if (the) ++j;
    int ordinal = OrdinalWord(F(j));
    if (IsAny(j, {"final", "last"}) && the) ordinal = 4;
    size_t k = j + 1;
    bool hyphen = Is(k, "-");
    if (hyphen) ++k;
    bool quarter = Is(k, "quarter");
    bool half = Is(k, "half");
    if (ordinal < 1 || (!quarter && !half) || (quarter && ordinal > 4) ||
        (half && ordinal > 2))
      return std::nullopt;
    if (half && IsAny(j, {"final", "last"})) ordinal = 2;
    if (!the && !hyphen) return std::nullopt;
    m.spec.grain = quarter ? Grain::kQuarter : Grain::kHalf;
    m.spec.sub = ordinal;
    m.end = k + 1;
    size_t y = m.end;
    if (Is(y, "of")) {
      if (std::optional<int> year = YearAt(y + 1)) {
        m.spec.year = *year;
        m.end = y + 2;
        return m;
      }
      if (IsAny(y + 1, {"this", "last", "next", "the"}) && Is(y + 2, "year")) {
        m.spec.anchor = Anchor::kPublication;
        m.spec.offset = Is(y + 1, "last") ? -1 : Is(y + 1, "next") ? 1 : 0;
        m.end = y + 3;
        return m;
      }
    }
    if (std::optional<int> year = YearAt(y)) {
      m.spec.year = *year;
      m.end = y + 1;
      return m;
    }
    if (half) return std::nullopt;  // "the second half" of a match
    m.spec.anchor = Anchor::kTense;
    return m;
  }

  // A year: "2016", "in 1998". Years before 1900 need a word before them.
  Opt Year(size_t i, bool context = false) const {
    std::optional<int> year = YearAt(i);
    if (!year) return std::nullopt;
    std::string_view before = Prev(i);
    if (In(before, {"$", "£", "€", "#", "no.", "number", "no", "nos", "flight",
                    "route", "version"}))
      return std::nullopt;
    std::string_view after = F(i + 1);
    if (In(after, {"%",        "people",   "votes",   "km",     "kilometres",
                   "miles",    "metres",   "meters",  "feet",   "tonnes",
                   "points",   "jobs",     "cases",   "deaths", "troops",
                   "soldiers", "members",  "seats",   "units",  "pounds",
                   "dollars",  "euros",    "-",       "times",  "hours",
                   "minutes",  "calories", "cars",    "homes",  "students",
                   "workers",  "staff",    "patients"}))
      return std::nullopt;
    if (*year < 1900 || *year > 2099) {
      if (!context && !IsDatePreposition(before)) return std::nullopt;
    }
    Match m;
    m.end = i + 1;
    m.spec.grain = Grain::kYear;
    m.spec.year = *year;
    return m;
  }

  // Dates that name something rather than date the events around them:
  // "the 2016 US election", "the Six-Day War", "the Sept. 11 attacks".
  void MarkName(Mention* m) const {
    TimexSpec& s = m->spec;
    if (s.name) return;
    if (IsNameHead(Raw(m->end)) ||
        (Is(m->end, "'") && IsNameHead(Raw(m->end + 1)))) {
      s.name = true;
      return;
    }
    if (s.type != TimexType::kDate ||
        (s.anchor != Anchor::kNone && s.anchor != Anchor::kTense))
      return;
    if (s.grain != Grain::kYear && s.grain != Grain::kMonth &&
        s.grain != Grain::kDay)
      return;
    std::string_view before = Prev(m->begin);
    if (!In(before,
            {"the", "a", "an", "'s", "its", "their", "his", "her", "this"}))
      return;
    for (size_t k = m->end; k < size() && k < m->end + 4; ++k) {
      if (IsEventNoun(F(k))) {
        s.name = true;
        return;
      }
      if (!IsEventModifier(w_[k])) return;
    }
  }

  std::vector<Word> w_;
  const TimeOptions& options_;
  bool gated_;
  // QuantityAt's answers, a word's once asked.
  mutable std::vector<std::optional<std::optional<Quantity>>> quantities_;
};

// In a start-word table entry, above the StartFlags: the gates of the word
// in lower case, then capitalised.
constexpr uint32_t kLowerGates = 3;
constexpr uint32_t kCapGates = kLowerGates + kRuleCount;
static_assert(kCapGates + kRuleCount <= 32 && kRuleCount <= 16);

// The start words with their StartFlags and gates, and the words that
// only follow an article.
const WordFlags& StartWordTable() {
  static constexpr std::string_view kStartWordList[] = {
#include "time_start_words.inc"
  };
  static const WordFlags kTable = [] {
    WordFlags table;
    for (std::string_view start : kStartWordList) {
      // "mondays", "Jan." and "Sept.": the lexicon reads those forms too.
      for (std::string_view suffix : {"", "s", "."}) {
        const std::string f = std::string(start).append(suffix);
        Word lower{f, f, TokenKind::kWord, false};
        Word cap{f, f, TokenKind::kWord, true};
        table.Add(f, kMayBegin | kMayFollowThe | kMayFollowA |
                         Matcher::GatesOf(lower) << kLowerGates |
                         Matcher::GatesOf(cap) << kCapGates);
      }
    }
    table.AddAll(
        std::initializer_list<std::string_view>{
            "end", "beginning", "start", "middle", "future", "previous",
            "following", "same", "final", "'", "twenties", "thirties",
            "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties"},
        kMayFollowThe);
    table.AddAll(
        std::initializer_list<std::string_view>{"-", "couple", "and", "times"},
        kMayFollowA);
    return table;
  }();
  return kTable;
}

// Sets the StartFlags and gates of `w`, whose other fields are set, from
// one lookup: the matcher asks them of every word of a sentence, and of the
// word after each article.
void SetStartFlags(Word* w) {
  const std::string_view f = w->f;
  if (w->kind == TokenKind::kNumber ||
      (!f.empty() && f[0] >= '0' && f[0] <= '9') ||
      (f.size() == 2 && f[0] == 'q')) {
    w->start = kMayBegin | kMayFollowThe | kMayFollowA;
    w->gates = static_cast<uint16_t>(Matcher::GatesOf(*w));
    return;
  }
  const uint32_t bits = StartWordTable().Find(f);
  w->start =
      static_cast<uint8_t>(bits & (kMayBegin | kMayFollowThe | kMayFollowA));
  w->gates =
      static_cast<uint16_t>((bits >> (w->cap ? kCapGates : kLowerGates)) &
                            ((uint32_t{1} << kRuleCount) - 1));
}

std::vector<Word> WordsOf(const SegmentedDocument& segmented,
                          const Sentence& sentence) {
  std::vector<Word> words;
  words.reserve(sentence.tokens.size());
  for (const Token& t : sentence.tokens) {
    Word w;
    w.f = t.folded;
    w.raw = segmented.CleanOf(t);
    w.kind = t.kind;
    w.cap = !w.raw.empty() && w.raw[0] >= 'A' && w.raw[0] <= 'Z';
    SetStartFlags(&w);
    words.push_back(w);
  }
  return words;
}

}  // namespace

void LoadRecognizerTables() { StartWordTable(); }

std::vector<Mention> Recognize(const SegmentedDocument& segmented,
                               const Sentence& sentence,
                               const TimeOptions& options) {
  std::vector<Mention> mentions;
  Recognize(segmented, sentence, options, &mentions);
  return mentions;
}

void Recognize(const SegmentedDocument& segmented, const Sentence& sentence,
               const TimeOptions& options, std::vector<Mention>* mentions) {
  mentions->clear();
  Matcher(WordsOf(segmented, sentence), options, /*gated=*/true).Run(mentions);
}

std::vector<Mention> RecognizeUngated(const SegmentedDocument& segmented,
                                      const Sentence& sentence,
                                      const TimeOptions& options) {
  std::vector<Mention> mentions;
  Matcher(WordsOf(segmented, sentence), options, /*gated=*/false)
      .Run(&mentions);
  return mentions;
}

}  // namespace dyad::time
