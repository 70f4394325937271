#include "src/actors/petrarch_reader.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>

#include "src/text/utf8.h"

namespace dyad::actors {
namespace {

// ---------------------------------------------------------------- text

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char a = s[i], b = suffix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return false;
  }
  return true;
}

// Maps every code point of `s` (valid UTF-8) through `map`.
template <typename Map>
std::string MapCodePoints(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    UChar32 c = text::NextCodePoint(s, &i);
    if (c >= 0) text::AppendCodePoint(map(c), &out);
  }
  return out;
}

std::string Upper(std::string_view s) {
  return MapCodePoints(s, [](UChar32 c) { return u_toupper(c); });
}
std::string Lower(std::string_view s) {
  return MapCodePoints(s, [](UChar32 c) { return u_tolower(c); });
}

// The first letter of `part` in upper case and the rest in lower case,
// except that the letter after "O'" or "N'" is a capital too ("O'Connor",
// "N'Djamena"), and "MC" starts "McCain". Apostrophes after longer stems
// ("People's", "Qa'ida") change nothing.
std::string Capitalise(std::string_view part) {
  std::string out;
  out.reserve(part.size());
  bool capital_next = true;
  bool seen_letter = false;
  size_t run = 0;  // letters since the last non-letter
  size_t i = 0;
  while (i < part.size()) {
    UChar32 c = text::NextCodePoint(part, &i);
    if (c < 0) continue;  // the reader has checked the UTF-8
    if (u_isalpha(c)) {
      c = capital_next ? u_toupper(c) : u_tolower(c);
      capital_next = false;
      seen_letter = true;
      ++run;
    } else {
      if (seen_letter) capital_next = c == '\'' && run == 1;
      run = 0;
    }
    text::AppendCodePoint(c, &out);
  }
  if (out.size() >= 4 && out[0] == 'M' && out[1] == 'c' && out[2] >= 'a' &&
      out[2] <= 'z' && IsAsciiLetter(out[3])) {
    out[2] = static_cast<char>(out[2] - 'a' + 'A');
  }
  return out;
}

// Splits a phrase on '_' and blanks.
std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase) {
    if (c == '_' || IsBlank(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// ---------------------------------------------------------------- lines

// The content lines of a dictionary, comments removed.
class LineReader {
 public:
  LineReader(std::string_view name, std::string_view content)
      : name_(name), content_(content) {}

  // Sets `*text` to the next line, comments removed and trailing blanks
  // trimmed (leading blanks are kept: they mark code lines), and `*number`
  // to its number. Returns false at the end or on an error (see error()).
  bool Next(std::string_view* text, int* number) {
    while (pos_ <= content_.size() && !stopped_) {
      size_t eol = content_.find('\n', pos_);
      if (eol == std::string_view::npos) eol = content_.size();
      std::string_view line = content_.substr(pos_, eol - pos_);
      pos_ = eol + 1;
      ++number_;
      if (!ValidUtf8(line)) {
        error_ = Error{ErrorCode::kCorruption, Where() + ": invalid UTF-8"};
        return false;
      }
      buffer_ = StripComments(line);
      if (buffer_.find("---STOP---") != std::string::npos) {
        stopped_ = true;
        break;
      }
      std::string_view kept = buffer_;
      while (!kept.empty() && IsBlank(kept.back())) kept.remove_suffix(1);
      if (Trim(kept).empty()) continue;
      *text = kept;
      *number = number_;
      return true;
    }
    if (in_block_ && !error_) {
      error_ = Error{ErrorCode::kCorruption,
                     std::string(name_) + ":" + std::to_string(block_line_) +
                         ": \"<!--\" comment is never closed by \"-->\""};
    }
    return false;
  }

  const std::optional<Error>& error() const { return error_; }

 private:
  std::string Where() const {
    return std::string(name_) + ":" + std::to_string(number_);
  }

  static bool ValidUtf8(std::string_view line) {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(line.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(line.data(), i, n, c);
      if (c <= 0) return false;  // invalid, or a NUL byte
    }
    return true;
  }

  std::string StripComments(std::string_view line) {
    std::string out;
    size_t i = 0;
    if (!in_block_) {
      std::string_view trimmed = Trim(line);
      // PETRARCH skips any line that starts with "<!", even "<! -- x -->".
      if (trimmed.substr(0, 2) == "<!" && trimmed.substr(0, 4) != "<!--") {
        return out;
      }
    }
    while (i < line.size()) {
      if (in_block_) {
        size_t close = line.find("-->", i);
        if (close == std::string_view::npos) return out;
        in_block_ = false;
        i = close + 3;
        continue;
      }
      char c = line[i];
      if (line.substr(i, 5) == "[###]") {  // TABARI's discard code
        out += line.substr(i, 5);
        i += 5;
        continue;
      }
      if (c == '#' || c == ';') break;
      if (line.substr(i, 4) == "<!--") {
        in_block_ = true;
        block_line_ = number_;
        i += 4;
        continue;
      }
      out += c;
      ++i;
    }
    return out;
  }

  std::string_view name_;
  std::string_view content_;
  size_t pos_ = 0;
  int number_ = 0;
  bool stopped_ = false;
  bool in_block_ = false;
  int block_line_ = 0;
  std::string buffer_;
  std::optional<Error> error_;
};

// ---------------------------------------------------------------- codes

Date DayAfter(Date d) {
  if (IsValidDate(d.year, d.month, d.day + 1))
    return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

// A CAMEO code: capitals and digits in groups of three, at most fifteen.
bool IsCameoCode(std::string_view code) {
  return code.size() >= 3 && code.size() <= 15 && code.size() % 3 == 0 &&
         std::all_of(code.begin(), code.end(),
                     [](char c) { return IsUpper(c) || IsDigit(c); });
}

// A bracketed code: "[AFGGOV 331108-730717]", "[AFG]", "[~GOV]".
struct BracketCode {
  DatedCode dated;          // the code empty for the null code "---"
  bool restricted = false;  // has a date restriction
  std::string skip;         // why it is left out; empty when it is not
  bool discard = false;     // TABARI's discard code "###"
};

// Reads a code alone: "AFGGOV", "---", "###".
BracketCode ReadCode(std::string_view text) {
  BracketCode out;
  std::string code = Upper(text);
  if (code == "---") return out;
  if (code == "###") {
    out.discard = true;
    out.skip =
        "discard code [###] (PETRARCH reads discards from a separate "
        "list)";
  } else if (code.find('/') != std::string::npos) {
    out.skip = "compound code \"" + code + "\" is not supported";
  } else if (!IsCameoCode(code)) {
    out.skip = "bad code \"" + code +
               "\" (capitals or digits in groups of three, e.g. AFGGOV)";
  } else {
    out.dated.code = std::move(code);
  }
  return out;
}

// Reads a date of a restriction into `*date`, or says why it cannot.
std::string ReadDate(std::string_view digits, std::optional<Date>* date) {
  digits = Trim(digits);
  *date = ParseTabariDate(digits);
  if (*date) return {};
  return "not a date: \"" + std::string(digits) +
         "\" (expected YYMMDD or YYYYMMDD)";
}

// Reads the inside of an actor's brackets: "AFGGOV 331108-730717",
// "AFGGOV >011222", "AFGGOV <900823", "AFG".
BracketCode ReadActorCode(std::string_view inside) {
  inside = Trim(inside);
  size_t end = inside.find_first_of(" \t<>");
  BracketCode out = ReadCode(inside.substr(0, end));
  std::string_view rest = end == std::string_view::npos
                              ? std::string_view()
                              : Trim(inside.substr(end));
  if (!out.skip.empty() || rest.empty()) return out;
  out.restricted = true;
  if (rest[0] == '<' || rest[0] == '>') {
    std::optional<Date> d;
    out.skip = ReadDate(rest.substr(1), &d);
    if (!out.skip.empty()) return out;
    // Both limits include their day; DatedCode::to excludes it.
    if (rest[0] == '<') {
      out.dated.to = DayAfter(*d);
    } else {
      out.dated.from = d;
    }
    return out;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    out.skip = "bad date restriction \"" + std::string(rest) +
               "\" (expected FROM-TO, <DATE or >DATE)";
    return out;
  }
  std::optional<Date> from, to;
  out.skip = ReadDate(rest.substr(0, dash), &from);
  if (out.skip.empty()) out.skip = ReadDate(rest.substr(dash + 1), &to);
  if (!out.skip.empty()) return out;
  if (*to < *from) {
    out.skip =
        "date range ends before it starts: \"" + std::string(rest) + "\"";
    return out;
  }
  out.dated.from = from;
  out.dated.to = DayAfter(*to);
  return out;
}

// ---------------------------------------------------------------- case

template <size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Words written in lower case inside a name: "Islamic Republic of
// Afghanistan", "Osama bin Laden", "Ursula von der Leyen".
constexpr std::string_view kParticles[] = {
    "OF",  "THE", "AND",   "FOR", "IN",  "ON",  "AT",   "TO",  "BY",
    "DE",  "DEL", "DELLA", "DEI", "DES", "DU",  "LA",   "LE",  "LES",
    "LOS", "LAS", "DA",    "DO",  "DOS", "DAS", "DI",   "VON", "VAN",
    "DER", "DEN", "TER",   "AL",  "EL",  "BIN", "BINT", "IBN", "Y",
    "E",   "YE",  "ET",    "UND", "UL",  "UD",  "AS",   "AD",  "ASH"};

// Arabic and Persian articles and links joined by a hyphen: "al-Maliki",
// "Mazar-i-Sharif", "Jaish-e-Mohammad", "ad-Din".
constexpr std::string_view kHyphenParticles[] = {
    "AL",  "EL",  "AD", "AS", "AN", "AR", "AT", "AZ",
    "ASH", "ATH", "UL", "UD", "E",  "I",  "YE", "ES"};

constexpr std::string_view kRomanNumerals[] = {"II",  "III",  "IV", "VI",
                                               "VII", "VIII", "IX"};

// Abbreviations written without a period that are not acronyms.
constexpr std::string_view kAbbreviations[] = {
    "MR", "MRS", "MS",  "DR",  "ST",  "JR",  "SR",   "MT", "FT",
    "LT", "SGT", "CPL", "PVT", "CDR", "MGR", "SHRI", "SMT"};

// Words that precede a person's name: an alias "PRESIDENT_KARZAI" beside
// "HAMID_KARZAI" shows the entry is a person.
constexpr std::string_view kPersonTitles[] = {
    "MR",       "MR.",       "MRS",        "MRS.",    "MS",
    "MS.",      "DR",        "DR.",        "SIR",     "LORD",
    "LADY",     "PRESIDENT", "PRES.",      "PRIME",   "MINISTER",
    "PREMIER",  "KING",      "QUEEN",      "PRINCE",  "PRINCESS",
    "SHEIKH",   "SHEIK",     "EMIR",       "SULTAN",  "GENERAL",
    "GEN.",     "MULLAH",    "AYATOLLAH",  "IMAM",    "CHANCELLOR",
    "SENATOR",  "SEN.",      "GOVERNOR",   "GOV.",    "COLONEL",
    "COL.",     "CAPTAIN",   "CAPT.",      "ADMIRAL", "ADM.",
    "MARSHAL",  "POPE",      "CARDINAL",   "BISHOP",  "ARCHBISHOP",
    "REV.",     "SECRETARY", "AMBASSADOR", "SPEAKER", "CHAIRMAN",
    "COMMANDER"};

bool IsVowel(char c, bool first) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' ||
         (c == 'Y' && !first);
}

// The initial letters of the words (split at '-' too) of each phrase of an
// entry, for telling acronyms from words.
using Initials = std::vector<std::string>;

std::string InitialsOf(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    bool start = true;
    for (char c : w) {
      if (c == '-' || c == '/') {
        start = true;
      } else if (start) {
        if (IsUpper(c)) out += c;
        start = false;
      }
    }
  }
  return out;
}

// True iff `letters` can be read, in order, from `initials` starting with
// its first letter.
bool SpellsInitials(std::string_view letters, std::string_view initials) {
  if (letters.size() < 2 || initials.size() < letters.size() ||
      initials[0] != letters[0]) {
    return false;
  }
  size_t k = 0;
  for (char c : initials) {
    if (k < letters.size() && c == letters[k]) ++k;
  }
  return k == letters.size();
}

// Whether a word (in capitals) is clearly an acronym and stays in capitals.
// Doubtful words are not: a capitalised alias still matches capitals.
bool IsAcronym(std::string_view word, bool alone, const Initials& initials,
               size_t self, const std::set<std::string>* known) {
  if (word.empty() || IsDigit(word[0])) return false;  // "2ND" is "2nd"
  std::string letters;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (IsUpper(c)) letters += c;
    if (IsUpper(c) && i + 2 < word.size() && word[i + 1] == '.' &&
        IsUpper(word[i + 2])) {
      return true;  // "U.S.", "A.R."
    }
  }
  if (word.find('&') != std::string_view::npos) return true;  // "AT&T"
  if (std::any_of(word.begin(), word.end(), IsDigit)) {
    return true;  // "MI5", "MS-13"
  }
  if (letters.size() < 2 || word.back() == '.') return false;  // "GEN."
  if (alone && letters.size() <= 2) return true;               // "UN", "EU"
  if (known != nullptr && known->count(std::string(word)) > 0) return true;
  if (In(word, kAbbreviations)) return false;
  bool vowel = false;
  for (size_t i = 0; i < letters.size(); ++i)
    vowel |= IsVowel(letters[i], i == 0);
  if (!vowel) return true;  // "DPRK", "PKK"
  if (letters.size() <= 6) {
    for (size_t k = 0; k < initials.size(); ++k) {
      if (k != self && SpellsInitials(letters, initials[k])) return true;
    }
  }
  return false;
}

// One word of a name in the case news writes it.
std::string NameCase(const std::string& word, bool first, bool alone,
                     const Initials& initials, size_t self,
                     const std::set<std::string>* known) {
  if (!first && In(word, kParticles)) return Lower(word);
  if (!first && In(word, kRomanNumerals)) return word;
  if (IsAcronym(word, alone, initials, self, known)) return word;
  std::string out;
  size_t start = 0;
  while (start <= word.size()) {
    size_t end = word.find_first_of("-/", start);
    if (end == std::string::npos) end = word.size();
    std::string part = word.substr(start, end - start);
    bool joined_after = end < word.size();
    if (joined_after && In(part, kHyphenParticles)) {
      out += Lower(part);
    } else if (!part.empty() && IsDigit(part[0])) {
      out += Lower(part);  // "2nd", "16th"
    } else {
      std::string cased = Capitalise(part);
      // "Cote d'Ivoire", "Amis de l'Enfance"
      if (cased.size() > 2 && (cased[0] == 'D' || cased[0] == 'L') &&
          cased[1] == '\'' && (!first || start > 0)) {
        cased[0] = static_cast<char>(cased[0] - 'A' + 'a');
      }
      out += cased;
    }
    if (end < word.size()) out += word[end];
    start = end + 1;
  }
  return out;
}

// Prepares a phrase's words: capitals, no quoted nickname, no leading
// "THE" or trailing ", THE".
std::vector<std::string> NameWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (std::string& w : Words(Upper(phrase))) {
    if (w.size() >= 2 && w.front() == '"' && w.back() == '"') continue;
    w.erase(std::remove(w.begin(), w.end(), '"'), w.end());
    if (!w.empty()) words.push_back(std::move(w));
  }
  if (words.size() >= 2 && words.front() == "THE") words.erase(words.begin());
  if (words.size() >= 2 && words.back() == "THE" &&
      words[words.size() - 2].back() == ',') {
    words.pop_back();
    words.back().pop_back();
  }
  return words;
}

// The aliases one actor phrase gives, in name case.
// `known`: two-letter acronyms the file writes alone ("UN"), kept in
// capitals inside longer names ("UN Security Council"); nullptr for people
// ("Kim Jong Un").
std::vector<std::string> ActorAliases(const std::vector<std::string>& words,
                                      const Initials& initials, size_t self,
                                      const std::set<std::string>* known) {
  std::vector<std::string> out;
  if (words.empty()) return out;
  auto cased = [&](const std::vector<std::string>& ws) {
    std::vector<std::string> parts;
    for (size_t i = 0; i < ws.size(); ++i) {
      parts.push_back(
          NameCase(ws[i], i == 0, ws.size() == 1, initials, self, known));
    }
    return Join(parts);
  };
  // "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)": the name, and the acronym alone.
  const std::string& last = words.back();
  if (words.size() >= 2 && last.size() >= 4 && last.front() == '(' &&
      last.back() == ')') {
    std::string inner = last.substr(1, last.size() - 2);
    std::vector<std::string> base(words.begin(), words.end() - 1);
    bool letters = std::all_of(inner.begin(), inner.end(), IsUpper);
    bool vowel = false;
    for (size_t i = 0; i < inner.size(); ++i)
      vowel |= IsVowel(inner[i], i == 0);
    if (letters && (!vowel || SpellsInitials(inner, InitialsOf(base)))) {
      out.push_back(cased(base));
      out.push_back(inner);
      return out;
    }
  }
  out.push_back(cased(words));
  return out;
}

// ---------------------------------------------------------------- actors

struct PendingActor {
  int line = 0;
  std::vector<std::string> phrases;  // the primary phrase first
  std::vector<DatedCode> restricted;
  std::optional<DatedCode> default_code;  // code empty for "---"
  bool has_codes = false;                 // any bracket, even "---"
  bool discard = false;
};

bool HasRole(std::string_view code, std::string_view role) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.substr(i, 3) == role) return true;
  }
  return false;
}

// Words that name organisations, never people.
// clang-format off
constexpr std::string_view kOrganisationWords[] = {
    "ARMY", "BRIGADE", "BRIGADES", "FRONT", "ORGANIZATION", "ORGANISATION",
    "GROUP", "FORCE", "FORCES", "MOVEMENT", "PARTY", "COUNCIL", "MINISTRY",
    "DEPARTMENT", "COMMITTEE", "COMMISSION", "UNION", "ASSOCIATION",
    "FOUNDATION", "INSTITUTE", "AGENCY", "BANK", "COMPANY", "CORPORATION",
    "INC", "INC.", "LTD", "LTD.", "OFFICE", "GOVERNMENT", "ADMINISTRATION",
    "REGIME", "SERVICE", "SERVICES", "NETWORK", "ALLIANCE", "LEAGUE", "SOCIETY",
    "CENTER", "CENTRE", "UNIVERSITY", "ASSEMBLY", "CONGRESS", "PARLIAMENT",
    "COURT", "POLICE", "GUARD", "GUARDS", "MILITIA", "TROOPS", "FEDERATION",
    "FUND", "PROGRAMME", "PROGRAM", "NEWS", "TIMES", "INTERNATIONAL",
    "MEMORIAL", "TANK", "CLOTHIERS", "TRUST", "STATE"};
// clang-format on

bool NamesOrganisation(const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return In(w, kOrganisationWords);
  });
}

// Whether an entry's name has a middle initial ("FRANK_C._MOCKLER") or two
// leading ones ("G._M._QUADER").
bool HasInitials(const std::vector<std::string>& name) {
  auto initial = [&](size_t i) {
    return i < name.size() && name[i].size() == 2 && IsUpper(name[i][0]) &&
           name[i][1] == '.';
  };
  for (size_t i = 1; i + 1 < name.size(); ++i) {
    if (initial(i)) return true;
  }
  return initial(0) && initial(1);
}

// Weaker signs that the phrases of an entry (primary first) name a person,
// when none of them names an organisation: the surname alone as a synonym
// ("SNOWDEN" beside "EDWARD_SNOWDEN"), or a title before one of the name's
// words ("PRESIDENT_KARZAI" beside "HAMID_KARZAI", "SHEIKH_AHMED_YASSIN").
bool SoundsLikePerson(const std::vector<std::vector<std::string>>& phrases) {
  const std::vector<std::string>& name = phrases.front();
  if (name.size() < 2) return false;
  for (const std::vector<std::string>& p : phrases) {
    if (NamesOrganisation(p) ||
        std::find(p.begin(), p.end(), "OF") != p.end()) {
      return false;
    }
  }
  auto in_name = [&](const std::string& w) {
    return !In(w, kParticles) && !In(w, kPersonTitles) &&
           std::find(name.begin(), name.end(), w) != name.end();
  };
  for (size_t k = 0; k < phrases.size(); ++k) {
    const std::vector<std::string>& p = phrases[k];
    if (k > 0 && p.size() == 1 && p[0].size() >= 3 && p[0] == name.back() &&
        std::all_of(p[0].begin(), p[0].end(), IsUpper)) {
      return true;
    }
    size_t i = 0;
    while (i < p.size() && In(p[i], kPersonTitles)) ++i;
    if (i > 0 && i < p.size() && in_name(p[i])) return true;
  }
  return false;
}

ActorKind KindOf(const LexiconEntry& e,
                 const std::vector<std::vector<std::string>>& phrases,
                 const std::vector<std::string>& countries) {
  bool dated_role = false, dated = false, eli = false, all_three = true,
       country = false, group = false, company = false;
  for (const DatedCode& c : e.codes) {
    if (c.code.empty()) continue;
    if (c.code.size() != 3) all_three = false;
    if (c.from || c.to) {
      dated = true;
      if (c.code.size() != 3) dated_role = true;
    }
    if (c.code == "ELI" || HasRole(c.code, "ELI")) eli = true;
    if (c.code.size() == 3 &&
        std::binary_search(countries.begin(), countries.end(), c.code))
      country = true;
    if (c.code.substr(0, 3) == "IMG" || HasRole(c.code, "REB") ||
        HasRole(c.code, "IMG"))
      group = true;
    if (c.code.substr(0, 3) == "MNC") company = true;
  }
  const std::vector<std::string>& name = phrases.front();
  const bool organisation = company || NamesOrganisation(name);
  const bool initials = HasInitials(name);
  const bool sounds = SoundsLikePerson(phrases);
  // An armed group with dates is a person only when it reads like one.
  const bool may_be_person = !group || initials || sounds;
  if (dated_role && (!organisation || initials) && may_be_person) {
    return ActorKind::kPerson;
  }
  if (all_three && country) return ActorKind::kCountry;
  if (!organisation &&
      (eli || initials || (dated && may_be_person) || (!group && sounds))) {
    return ActorKind::kPerson;
  }
  if (group) return ActorKind::kGroup;
  return ActorKind::kOrganisation;
}

std::string Origin(std::string_view name, int line) {
  return std::string(name) + ":" + std::to_string(line);
}

}  // namespace

PetrarchFile PetrarchFileOf(std::string_view file_name) {
  if (EndsWithIgnoringCase(file_name, ".actors") ||
      EndsWithIgnoringCase(file_name, ".actors.txt")) {
    return PetrarchFile::kActors;
  }
  if (EndsWithIgnoringCase(file_name, ".agents") ||
      EndsWithIgnoringCase(file_name, ".agents.txt")) {
    return PetrarchFile::kAgents;
  }
  return PetrarchFile::kNone;
}

std::optional<Date> ParseTabariDate(std::string_view digits) {
  if ((digits.size() != 6 && digits.size() != 8) ||
      !std::all_of(digits.begin(), digits.end(), IsDigit)) {
    return std::nullopt;
  }
  auto number = [&](size_t pos, size_t n) {
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (digits[i] - '0');
    return v;
  };
  size_t y = digits.size() - 4;
  int year = number(0, y);
  if (y == 2) year += year <= 30 ? 2000 : 1900;
  int month = number(y, 2), day = number(y + 2, 2);
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

Result<PetrarchDictionary> ParsePetrarchActors(
    std::string_view name, std::string_view content,
    const std::vector<std::string>& countries) {
  PetrarchDictionary out;
  LineReader reader(name, content);
  std::vector<PendingActor> parsed;
  PendingActor* pending = nullptr;
  auto skip = [&](int line, std::string reason) {
    out.skipped.push_back(PetrarchSkip{line, std::move(reason)});
  };
  // Adds the bracketed codes of `text` to the pending entry.
  auto add_codes = [&](std::string_view text, int line) {
    size_t pos = 0;
    while ((pos = text.find('[', pos)) != std::string_view::npos) {
      size_t close = text.find(']', pos);
      if (close == std::string_view::npos) {
        skip(line, "code not closed by ']'");
        return;
      }
      BracketCode c = ReadActorCode(text.substr(pos + 1, close - pos - 1));
      pos = close + 1;
      if (!c.skip.empty()) {
        if (c.discard) pending->discard = true;
        skip(line, c.skip);
        continue;
      }
      pending->has_codes = true;
      if (c.restricted) {
        pending->restricted.push_back(std::move(c.dated));
      } else if (pending->default_code) {
        skip(line,
             "a second code without dates (" +
                 (c.dated.code.empty() ? std::string("---") : c.dated.code) +
                 ") never applies: the first one wins");
      } else {
        pending->default_code = std::move(c.dated);
      }
    }
  };

  std::string_view text;
  int line = 0;
  while (reader.Next(&text, &line)) {
    std::string_view trimmed = Trim(text);
    bool indented = IsBlank(text.front());
    if (trimmed.front() == '[') {
      if (!pending) {
        skip(line, "a code before any entry");
        continue;
      }
      add_codes(trimmed, line);
    } else if (trimmed.front() == '+') {
      if (!pending) {
        skip(line, "a synonym before any entry");
        continue;
      }
      std::string_view phrase = trimmed.substr(1);
      if (phrase.find('[') != std::string_view::npos) {
        skip(line, "a synonym line with a code");
        continue;
      }
      phrase = Trim(phrase);
      if (phrase.empty()) {
        skip(line, "an empty synonym");
        continue;
      }
      pending->phrases.emplace_back(phrase);
    } else if (indented) {
      skip(line, "an indented line that is neither a code nor a synonym");
    } else {
      size_t bracket = trimmed.find('[');
      pending = &parsed.emplace_back();
      pending->line = line;
      pending->phrases.emplace_back(Trim(trimmed.substr(0, bracket)));
      if (bracket != std::string_view::npos) {
        add_codes(trimmed.substr(bracket), line);
      }
    }
  }
  if (reader.error()) return *reader.error();

  // An entry without codes takes those of the next entry that has some.
  std::vector<DatedCode> next;
  for (size_t k = parsed.size(); k-- > 0;) {
    PendingActor& p = parsed[k];
    if (p.discard) continue;
    if (p.default_code) {
      if (!p.default_code->code.empty()) {
        p.restricted.push_back(std::move(*p.default_code));
      }
      p.default_code.reset();
    }
    if (p.has_codes) {
      next = p.restricted;
    } else {
      p.restricted = next;
    }
  }

  std::vector<std::vector<std::vector<std::string>>> words(parsed.size());
  std::set<std::string> known;  // two-letter acronyms written alone
  for (size_t k = 0; k < parsed.size(); ++k) {
    for (const std::string& phrase : parsed[k].phrases) {
      words[k].push_back(NameWords(phrase));
      const std::vector<std::string>& w = words[k].back();
      if (w.size() == 1 && w[0].size() == 2 && IsUpper(w[0][0]) &&
          IsUpper(w[0][1])) {
        known.insert(w[0]);
      }
    }
  }
  for (size_t k = 0; k < parsed.size(); ++k) {
    PendingActor& p = parsed[k];
    if (p.discard) continue;
    LexiconEntry e;
    e.origin = Origin(name, p.line);
    e.codes = std::move(p.restricted);
    e.kind = KindOf(e, words[k], countries);
    Initials initials;
    for (const std::vector<std::string>& w : words[k]) {
      initials.push_back(InitialsOf(w));
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < words[k].size(); ++i) {
      for (std::string& alias :
           ActorAliases(words[k][i], initials, i,
                        e.kind == ActorKind::kPerson ? nullptr : &known)) {
        if (seen.insert(alias).second) e.aliases.push_back(std::move(alias));
      }
    }
    if (e.aliases.empty()) {
      skip(p.line, "an entry with no words");
      continue;
    }
    e.name = e.aliases.front();
    out.entries.push_back(std::move(e));
  }
  std::stable_sort(out.skipped.begin(), out.skipped.end(),
                   [](const PetrarchSkip& a, const PetrarchSkip& b) {
                     return a.line < b.line;
                   });
  return out;
}

namespace {

// The regular plural of a phrase in capitals: of its last word.
std::string RegularPlural(const std::string& phrase) {
  if (phrase.empty() || !IsUpper(phrase.back())) return {};
  char last = phrase.back();
  char before = phrase.size() >= 2 ? phrase[phrase.size() - 2] : ' ';
  if (last == 'Y' && IsUpper(before) && !IsVowel(before, false)) {
    return phrase.substr(0, phrase.size() - 1) + "IES";
  }
  if (last == 'S' || last == 'X' || last == 'Z' ||
      (last == 'H' && (before == 'C' || before == 'S'))) {
    return phrase + "ES";
  }
  return phrase + "S";
}

// Expands the substitution markers of `phrase` into `out`, or returns why
// it cannot.
std::string ExpandMarkers(
    const std::string& phrase,
    const std::map<std::string, std::vector<std::string>>& markers,
    std::vector<std::string>* out) {
  size_t open = phrase.find('!');
  if (open == std::string::npos) {
    out->push_back(phrase);
    return {};
  }
  size_t close = phrase.find('!', open + 1);
  if (close == std::string::npos)
    return "substitution marker not closed by '!'";
  std::string marker = phrase.substr(open + 1, close - open - 1);
  auto it = markers.find(marker);
  if (it == markers.end()) {
    return "substitution marker !" + marker + "! is not defined above";
  }
  bool letter_before = open > 0 && IsAsciiLetter(phrase[open - 1]);
  bool letter_after =
      close + 1 < phrase.size() && IsAsciiLetter(phrase[close + 1]);
  if (letter_before && letter_after) {
    return "substitution marker !" + marker + "! inside a word";
  }
  for (const std::string& item : it->second) {
    std::string expanded =
        phrase.substr(0, open) + item + phrase.substr(close + 1);
    std::string why = ExpandMarkers(expanded, markers, out);
    if (!why.empty()) return why;
  }
  return {};
}

std::string AgentAlias(std::string_view phrase) {
  return Lower(Join(Words(phrase)));
}

}  // namespace

Result<PetrarchDictionary> ParsePetrarchAgents(std::string_view name,
                                               std::string_view content) {
  PetrarchDictionary out;
  LineReader reader(name, content);
  std::map<std::string, std::vector<std::string>> markers;
  auto skip = [&](int line, std::string reason) {
    out.skipped.push_back(PetrarchSkip{line, std::move(reason)});
  };

  std::string_view text;
  int line = 0;
  while (reader.Next(&text, &line)) {
    std::string_view trimmed = Trim(text);
    size_t equals = trimmed.find('=');
    if (trimmed.front() == '!' && equals != std::string_view::npos) {
      size_t close = trimmed.find('!', 1);
      if (close == std::string_view::npos || close > equals || close == 1) {
        skip(line, "bad substitution set (expected !NAME! = A, B, C)");
        continue;
      }
      std::vector<std::string> items;
      std::string_view list = trimmed.substr(equals + 1);
      size_t start = 0;
      while (start <= list.size()) {
        size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view item = Trim(list.substr(start, comma - start));
        if (!item.empty()) items.push_back(Upper(item));
        start = comma + 1;
      }
      if (items.empty()) {
        skip(line, "empty substitution set");
        continue;
      }
      markers[Upper(trimmed.substr(1, close - 1))] = std::move(items);
      continue;
    }
    size_t bracket = trimmed.find('[');
    if (bracket == std::string_view::npos) {
      skip(line, "no [~CODE]");
      continue;
    }
    size_t close = trimmed.find(']', bracket);
    if (close == std::string_view::npos) {
      skip(line, "code not closed by ']'");
      continue;
    }
    std::string_view code =
        Trim(trimmed.substr(bracket + 1, close - bracket - 1));
    if (!code.empty() && code.back() == '~') {
      skip(line, "a code placed before the actor's (" + std::string(code) +
                     ") is not supported");
      continue;
    }
    if (code.empty() || code.front() != '~') {
      skip(line, "an agent code starts with '~' (e.g. [~GOV])");
      continue;
    }
    BracketCode role = ReadCode(code.substr(1));
    if (!role.skip.empty() || role.dated.code.empty()) {
      skip(line, role.skip.empty() ? "null agent code" : role.skip);
      continue;
    }
    std::string_view phrase = trimmed.substr(0, bracket);
    std::optional<std::string> plural;  // set: written in braces
    if (size_t brace = phrase.find('{'); brace != std::string_view::npos) {
      size_t end = phrase.find('}', brace);
      if (end == std::string_view::npos) {
        skip(line, "'{' not closed by '}'");
        continue;
      }
      plural = Upper(Trim(phrase.substr(brace + 1, end - brace - 1)));
      phrase = phrase.substr(0, brace);
    }
    std::string singular = Upper(Trim(phrase));
    if (singular.empty()) {
      skip(line, "no phrase before the code");
      continue;
    }
    std::vector<std::string> forms;
    std::string why = ExpandMarkers(singular, markers, &forms);
    bool marked = forms.size() != 1 || forms[0] != singular;
    if (why.empty() && plural && !plural->empty()) {
      why = ExpandMarkers(*plural, markers, &forms);
    } else if (why.empty() && !plural && !marked && singular.back() != '_') {
      std::string regular = RegularPlural(singular);
      if (!regular.empty()) forms.push_back(regular);
    }
    if (!why.empty()) {
      skip(line, why);
      continue;
    }
    LexiconEntry e;
    e.kind = ActorKind::kAgent;
    e.origin = Origin(name, line);
    std::set<std::string> seen;
    for (const std::string& form : forms) {
      std::string alias = AgentAlias(form);
      if (!alias.empty() && seen.insert(alias).second) {
        e.aliases.push_back(std::move(alias));
      }
    }
    if (e.aliases.empty()) {
      skip(line, "no phrase before the code");
      continue;
    }
    e.name = e.aliases.front();
    e.codes.push_back(std::move(role.dated));
    out.entries.push_back(std::move(e));
  }
  if (reader.error()) return *reader.error();
  return out;
}

}  // namespace dyad::actors
