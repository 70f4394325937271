#include "src/text/sentence_rules.h"

#include <algorithm>
#include <array>

namespace dyad::text {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) {
  return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

template <size_t N>
bool In(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Titles and ranks: never the last word of a sentence.
constexpr std::array<std::string_view, 44> kTitles = {
    "Mr",   "Mrs",  "Ms",   "Dr",   "Prof",  "Gen",  "Lt",    "Col",  "Maj",
    "Capt", "Cpt",  "Sgt",  "Cpl",  "Pvt",   "Adm",  "Cmdr",  "Brig", "Gov",
    "Sen",  "Rep",  "Rev",  "Hon",  "Pres",  "Supt", "Insp",  "Det",  "Messrs",
    "Mme",  "Mlle", "Fr",   "St",   "Mt",    "Ft",   "Gens",  "Sens", "Reps",
    "Amb",  "Sec",  "Atty", "Msgr", "Lieut", "Cdr",  "Comdr", "Dept"};

// Abbreviations that stand before a number: "Jan. 28", "No. 10", "Art. 5".
constexpr std::array<std::string_view, 22> kBeforeNumber = {
    "Jan",  "Feb", "Mar", "Apr", "Jun",  "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "No",   "Nos", "no",  "Art",
    "Vol",  "Fig", "pp",  "p",   "Para", "ch"};

// Abbreviations that usually sit inside a sentence but may end one.
constexpr std::array<std::string_view, 10> kInnerAbbreviations = {
    "Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr", "approx", "est", "Ave"};

// Abbreviations that never end a sentence.
constexpr std::array<std::string_view, 8> kNeverLast = {
    "e.g", "i.e", "vs", "v", "cf", "viz", "ca", "c"};

// Words that begin sentences: after "U.S." or "Inc." they mean a new one.
constexpr std::array<std::string_view, 84> kSentenceStarters = {
    "The",      "A",       "An",        "This",      "That",      "These",
    "Those",    "It",      "Its",       "He",        "She",       "They",
    "We",       "I",       "You",       "His",       "Her",       "Their",
    "Our",      "My",      "But",       "And",       "Or",        "So",
    "Yet",      "In",      "On",        "At",        "For",       "With",
    "After",    "Before",  "When",      "While",     "If",        "As",
    "Although", "Though",  "However",   "Meanwhile", "There",     "Here",
    "What",     "Who",     "Why",       "How",       "Where",     "Mr",
    "Mrs",      "Ms",      "Dr",        "Some",      "Many",      "Most",
    "All",      "No",      "One",       "Two",       "Both",      "Last",
    "Next",     "Earlier", "Later",     "According", "Since",     "Under",
    "During",   "Despite", "Officials", "Such",      "Now",       "Then",
    "Still",    "Also",    "Instead",   "Today",     "Yesterday", "Asked",
    "Analysts", "Critics", "Another",   "Each",      "Every",     "Other"};

// Verbs that tag a quotation with its speaker: `"...!" he said`.
constexpr std::array<std::string_view, 14> kSpeechVerbs = {
    "said",    "says",     "told",    "added",     "asked",
    "replied", "insisted", "warned",  "explained", "declared",
    "shouted", "wrote",    "tweeted", "continued"};

// Words that may follow the verb of a speaker tag: `Trump said on Tuesday`,
// where `Aides said he was furious` is a sentence of its own.
constexpr std::array<std::string_view, 14> kAfterSpeechVerb = {
    "on",   "in",    "at",   "to",   "after",   "before", "during",
    "from", "while", "when", "late", "earlier", "later",  "as"};

// Time zones after a time of day: "9 a.m. ET".
constexpr std::array<std::string_view, 32> kTimeZones = {
    "ET",  "EST", "EDT",  "CT",  "CST",  "CDT",  "MT",      "MST",
    "MDT", "PT",  "PST",  "PDT", "AKST", "HST",  "GMT",     "UTC",
    "BST", "CET", "CEST", "EET", "EEST", "WET",  "MSK",     "IST",
    "JST", "KST", "HKT",  "SGT", "AEST", "AEDT", "Eastern", "Pacific"};

// The word that ends at `end` (exclusive), letters, digits and internal
// periods included.
std::string_view WordBefore(std::string_view s, size_t end) {
  size_t b = end;
  while (b > 0 && (IsAlpha(s[b - 1]) || IsDigit(s[b - 1]) || s[b - 1] == '.'))
    --b;
  return s.substr(b, end - b);
}

// The first word of `s`, letters only.
std::string_view FirstWord(std::string_view s) {
  size_t e = 0;
  while (e < s.size() && IsAlpha(s[e])) ++e;
  return s.substr(0, e);
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// "U.S", "a.m", "U.N": single letters separated by periods (the final
// period already removed).
bool IsDottedAbbreviation(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool letter_place = i % 2 == 0;
    if (letter_place ? !IsAlpha(w[i]) : w[i] != '.') return false;
  }
  return w.size() % 2 == 1;
}

// Whether `after`, which follows speech in quotes, opens with the tag that
// names its speaker: a short clause (up to six words) with a speech verb
// among its first four words and no comma before the verb, which would
// make it a new sentence with a tag inside ("However, he added, ...").
// After "." the tag is strict as well, since such a quotation usually ends
// a sentence: the verb comes first (`said Trump`), ends the clause, or goes
// on with a time or place (`Trump said on Tuesday`), so that `"..." Aides
// said he was furious` stays a sentence of its own.
bool IsSpeakerTag(std::string_view after, bool strict) {
  size_t sentence_end = after.find_first_of(".!?");
  std::string_view tag = sentence_end == std::string_view::npos
                             ? after
                             : after.substr(0, sentence_end);
  if (CountWords(tag) > 6) return false;
  size_t pos = 0;
  for (int word = 0; word < 4 && pos < tag.size(); ++word) {
    while (pos < tag.size() && IsSpace(tag[pos])) ++pos;
    size_t start = pos;
    while (pos < tag.size() && !IsSpace(tag[pos]) && tag[pos] != ',') ++pos;
    if (In(tag.substr(start, pos - start), kSpeechVerbs)) {
      if (!strict || word == 0 || pos == tag.size() || tag[pos] == ',')
        return true;
      std::string_view rest = tag.substr(pos);
      while (!rest.empty() && IsSpace(rest.front())) rest.remove_prefix(1);
      return In(FirstWord(rest), kAfterSpeechVerb);
    }
    if (pos < tag.size() && tag[pos] == ',') return false;
  }
  return false;
}

// Whether `after`, which follows "a.m." or "p.m.", goes on with the time:
// "ET", "Moscow time", "Eastern Time".
bool ContinuesTime(std::string_view after) {
  std::string_view first = FirstWord(after);
  if (In(first, kTimeZones)) return true;
  std::string_view rest = after.substr(first.size());
  while (!rest.empty() && IsSpace(rest.front())) rest.remove_prefix(1);
  std::string_view second = FirstWord(rest);
  return second == "time" || second == "Time";
}

// "K. Rowling": an initial that the next word of a name follows.
bool StartsWithInitial(std::string_view s) {
  return s.size() >= 2 && IsUpper(s[0]) && s[1] == '.' &&
         (s.size() == 2 || IsSpace(s[2]));
}

}  // namespace

bool IsFalseBreak(std::string_view before, std::string_view after) {
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  while (!after.empty() && IsSpace(after.front())) after.remove_prefix(1);
  if (before.empty() || after.empty()) return false;
  const char next = after.front();

  // ICU ends a sentence at every ! and ?, but one that goes on in lower
  // case was a quotation with its speaker ("'Stop!' he said") or a title
  // ("a poll of Kerrang! magazine readers", "Who Wants to be a
  // Millionaire? on Christmas Day").
  size_t q = before.size();
  while (q > 0 && IsCloser(before[q - 1])) --q;
  if (q > 0 && (before[q - 1] == '!' || before[q - 1] == '?') && IsLower(next))
    return true;
  // Quotations: the break came after . ! or ? inside quotes or brackets.
  if (q < before.size() && q > 0) {
    char terminal = before[q - 1];
    if ((terminal == '.' || terminal == '!' || terminal == '?') &&
        IsSpeakerTag(after, /*strict=*/terminal == '.'))
      return true;
  }
  if (before.back() != '.') return false;

  std::string_view word = WordBefore(before, before.size() - 1);
  if (word.empty()) return false;
  // The word itself may hold the final period of a dotted abbreviation.
  std::string_view next_word = FirstWord(after);
  // "St." is Saint before a name but Street at the end of a sentence:
  // "on Kirov St. The building".
  if (In(word, kTitles))
    return !(word == "St" && In(next_word, kSentenceStarters));
  if (In(word, kNeverLast)) return true;
  if (In(word, kBeforeNumber) && IsDigit(next)) return true;

  bool next_starts_sentence =
      !IsUpper(next) || In(next_word, kSentenceStarters);

  // An initial: "James B. Comey", "J. K. Rowling".
  if (word.size() == 1 && IsUpper(word[0]) && IsUpper(next)) {
    if (StartsWithInitial(after)) return true;
    // "no Plan B. The prime minister": no name goes on with "The".
    if (In(next_word, kSentenceStarters)) return false;
    size_t start = before.size() - 2;
    size_t p = start;
    while (p > 0 && IsSpace(before[p - 1])) --p;
    if (p == 0) return true;
    std::string_view previous = WordBefore(before, p);
    if (!previous.empty() && IsUpper(previous.front())) return true;
    if (p > 0 && before[p - 1] == '.') return true;
  }
  // "at 9 a.m. The meeting" and "at 3 a.m. Local residents" end a sentence
  // unless a time zone follows: "at 9 a.m. ET".
  if ((word == "a.m" || word == "p.m" || word == "A.M" || word == "P.M") &&
      IsUpper(next))
    return ContinuesTime(after);
  if ((IsDottedAbbreviation(word) || In(word, kInnerAbbreviations)) &&
      !next_starts_sentence)
    return true;
  return false;
}

}  // namespace dyad::text
