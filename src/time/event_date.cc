#include <optional>
#include <string>

#include "dyad/time.h"
#include "src/time/calendar.h"
#include "src/time/lexicon.h"

namespace dyad {
namespace {

// Whether an expression can date an event at all.
bool Dates(const Timex& t) {
  if (t.name) return false;
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return false;
  return t.value != "PAST_REF" && t.value != "FUTURE_REF";
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "YYYY-MM-DD", "YYYY-MM" or "YYYY" for a value, or none when the value has
// no known year or is wider than a year.
std::optional<std::string> EventDateOf(std::string_view value) {
  size_t t = value.find('T');
  if (t != std::string_view::npos) value = value.substr(0, t);
  if (value.size() < 4 || !AllDigits(value.substr(0, 4))) return std::nullopt;
  std::string year(value.substr(0, 4));
  if (value.size() == 4) return year;
  if (value[4] != '-') return std::nullopt;
  std::string_view rest = value.substr(5);
  if (rest.size() == 2 && AllDigits(rest)) return std::string(value);
  if (rest.size() == 5 && AllDigits(rest.substr(0, 2)) && rest[2] == '-' &&
      AllDigits(rest.substr(3)))
    return std::string(value);
  if (!rest.empty() && rest[0] == 'W' && rest.size() >= 3 &&
      AllDigits(rest.substr(1, 2))) {
    // A week: its month when it lies in one, else its year.
    int week = *time::ParseInt(rest.substr(1, 2));
    bool weekend = rest.size() > 3;
    Date monday = time::MondayOfIsoWeek(std::stoi(year), week);
    Date first = weekend ? time::AddDays(monday, 5) : monday;
    Date last = time::AddDays(monday, 6);
    if (first.year != last.year) return std::nullopt;
    if (first.month == last.month)
      return time::Pad(first.year, 4) + "-" + time::Pad(first.month, 2);
    return time::Pad(first.year, 4);
  }
  // A quarter, half or season of a known year.
  if (rest == "Q1" || rest == "Q2" || rest == "Q3" || rest == "Q4" ||
      rest == "H1" || rest == "H2" || rest == "SP" || rest == "SU" ||
      rest == "FA" || rest == "WI")
    return year;
  return std::nullopt;
}

bool Overlaps(const Span& a, const Span& b) {
  return a.begin < b.end && b.begin < a.end;
}

uint32_t Distance(const Span& a, const Span& b) {
  if (Overlaps(a, b)) return 0;
  return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

}  // namespace

std::optional<EventDate> DateEvent(std::span<const Timex> timexes, Span clause,
                                   const std::optional<Date>& published) {
  std::optional<size_t> chosen;
  uint32_t best = UINT32_MAX;
  for (size_t k = 0; k < timexes.size(); ++k) {
    if (!Dates(timexes[k])) continue;
    uint32_t d = Distance(timexes[k].span, clause);
    if (d < best) {
      best = d;
      chosen = k;
    }
  }
  if (chosen) {
    const Timex& t = timexes[*chosen];
    if (t.value == "PRESENT_REF") {
      if (!published) return std::nullopt;
      return EventDate{published->ToString(), t.text, chosen};
    }
    std::optional<std::string> date = EventDateOf(t.value);
    if (!date) return std::nullopt;
    return EventDate{*date, t.text, chosen};
  }
  if (published) return EventDate{published->ToString(), "published", {}};
  return std::nullopt;
}

}  // namespace dyad
