#include "dyad/document.h"

#include <cstdio>

namespace dyad {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `pos`; returns -1 when they are not there.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// Accepts what may follow the date in ISO 8601: "Thh:mm[:ss[.fff]]" and a
// zone ("Z", "+02:00", "+0200"); a space may stand for "T".
bool IsTimeSuffix(std::string_view s) {
  if (s.empty()) return true;
  if (s[0] != 'T' && s[0] != ' ') return false;
  int hh = Digits(s, 1, 2);
  if (hh < 0 || hh > 24 || s.size() < 6 || s[3] != ':') return false;
  int mm = Digits(s, 4, 2);
  if (mm < 0 || mm > 59) return false;
  size_t i = 6;
  if (i < s.size() && s[i] == ':') {
    int ss = Digits(s, i + 1, 2);
    if (ss < 0 || ss > 60) return false;
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      size_t start = i;
      while (i < s.size() && IsDigit(s[i])) ++i;
      if (i == start) return false;
    }
  }
  if (i == s.size()) return true;
  if (s[i] == 'Z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  std::string_view zone = s.substr(i + 1);
  if (zone.size() == 5 && zone[2] == ':')
    return Digits(zone, 0, 2) >= 0 && Digits(zone, 3, 2) >= 0;
  if (zone.size() == 4) return Digits(zone, 0, 4) >= 0;
  if (zone.size() == 2) return Digits(zone, 0, 2) >= 0;
  return false;
}

}  // namespace

std::string Date::ToString() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

Result<Date> ParseIsoDate(std::string_view text) {
  auto fail = [&] {
    return Error{ErrorCode::kInvalidArgument,
                 "not a date: \"" + std::string(text.substr(0, 64)) + "\""};
  };
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return fail();
  Date date{Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2)};
  if (!IsValidDate(date.year, date.month, date.day)) return fail();
  if (!IsTimeSuffix(text.substr(10))) return fail();
  return date;
}

const char* TextRoleName(TextRole role) {
  switch (role) {
    case TextRole::kHeadline:
      return "headline";
    case TextRole::kCaption:
      return "caption";
    case TextRole::kBody:
      return "body";
  }
  return "body";
}

}  // namespace dyad
