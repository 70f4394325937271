#include "src/text/layout.h"

#include <array>
#include <cctype>
#include <string>

namespace dyad::text {
namespace {

constexpr bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr char Lower(char c) {
  return IsUpper(c) ? static_cast<char>(c + 32) : c;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// A line searched for lower-case phrases whatever its case, with its
// words counted. One pass lowers the line and counts its words, so that the
// searches are finds that skip ahead to a phrase's first letter; a line of
// the usual length is lowered on the stack rather than the heap. The pass
// stops once past kMaxWords words: lines that long are searched for
// nothing.
class LineSearch {
 public:
  static constexpr size_t kMaxWords = 60;

  explicit LineSearch(std::string_view line) {
    char* lower = small_.data();
    if (line.size() > small_.size()) {
      large_.resize(line.size());
      lower = large_.data();
    }
    // Branch-free, by table: a word starts at a character that is not a
    // space after one that is (or at the start).
    static constexpr auto kTables = [] {
      // Lower case, and 1 for a space.
      std::array<std::array<unsigned char, 256>, 2> t{};
      for (int c = 0; c < 256; ++c) {
        t[0][c] = static_cast<unsigned char>(Lower(static_cast<char>(c)));
        t[1][c] = IsSpace(static_cast<char>(c)) ? 1 : 0;
      }
      return t;
    }();
    const auto& to_lower = kTables[0];
    const auto& is_space = kTables[1];
    const unsigned char* bytes =
        reinterpret_cast<const unsigned char*>(line.data());
    const size_t n = line.size();
    size_t words = 0;
    size_t after_space = 1;
    for (size_t i = 0; i < n && words <= kMaxWords + 1; ++i) {
      const size_t space = static_cast<size_t>(is_space[bytes[i]]);
      words += after_space & (space ^ 1);
      after_space = space;
      lower[i] = static_cast<char>(to_lower[bytes[i]]);
    }
    words_ = words;
    lower_ = std::string_view(lower, line.size());
  }
  LineSearch(const LineSearch&) = delete;
  LineSearch& operator=(const LineSearch&) = delete;

  // The number of words, or kMaxWords + 2 for a line of more than
  // kMaxWords + 1.
  size_t words() const { return words_; }

  // True iff `needle` (lower case) occurs in the line, case aside. Only for
  // lines of at most kMaxWords words.
  bool Contains(std::string_view needle) const {
    return lower_.find(needle) != std::string_view::npos;
  }

 private:
  std::array<char, 512> small_;
  std::string large_;
  std::string_view lower_;
  size_t words_ = 0;
};

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         StartsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// Counts words, stopping once past `limit` (the callers only compare).
size_t CountWords(std::string_view s, size_t limit = 1000) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words > limit) break;
    }
  }
  return words;
}

// The line without trailing punctuation and spaces, for whole-line matches.
std::string_view StripTrailing(std::string_view s) {
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '.' ||
                        s.back() == ':' || s.back() == '>' || s.back() == '|'))
    s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view s, std::string_view lower) {
  return s.size() == lower.size() && StartsWithNoCase(s, lower);
}

// A prefix that ends in a letter must end a word of `s`: "subscribe" opens
// "Subscribe now" but not "Subscribers lost access".
template <size_t N>
bool AnyPrefix(std::string_view s,
               const std::array<std::string_view, N>& list) {
  for (std::string_view p : list) {
    if (!StartsWithNoCase(s, p)) continue;
    bool ends_in_letter = IsLower(p.back()) || IsUpper(p.back());
    if (!ends_in_letter || s.size() == p.size() ||
        !std::isalpha(static_cast<unsigned char>(s[p.size()])))
      return true;
  }
  return false;
}

template <size_t N>
bool AnyEqual(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view p : list) {
    if (EqualsNoCase(s, p)) return true;
  }
  return false;
}

// "By Jane Smith", "By JANE SMITH and John Doe, Reuters": a short line of
// capitalised names after "By".
bool IsByline(std::string_view line) {
  if (StartsWithNoCase(line, "reporting by ") ||
      StartsWithNoCase(line, "additional reporting by ") ||
      StartsWithNoCase(line, "editing by ") ||
      StartsWithNoCase(line, "written by ")) {
    return CountWords(line) <= 20;
  }
  if (!StartsWithNoCase(line, "by ") || CountWords(line) > 12) return false;
  std::string_view rest = line.substr(3);
  size_t names = 0;
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (IsSpace(rest[i]) || rest[i] == ',')) ++i;
    size_t start = i;
    while (i < rest.size() && !IsSpace(rest[i]) && rest[i] != ',') ++i;
    std::string_view word = rest.substr(start, i - start);
    if (word.empty()) break;
    if (word == "and" || word == "&" || word == "in" || word == "-" ||
        word == "|")
      continue;
    if (!IsUpper(word[0]) && static_cast<unsigned char>(word[0]) < 0x80)
      return false;
    ++names;
  }
  return names >= 1 && !EndsLikeSentence(line);
}

constexpr std::array<std::string_view, 16> kLinkPrefixes = {
    "more:",
    "read more:",
    "related:",
    "see also:",
    "watch:",
    "read:",
    "listen:",
    "related articles:",
    "related stories:",
    "recommended:",
    "read next:",
    "also read:",
    "you may also like:",
    "most read:",
    "click here to",
    "read the full story"};
constexpr std::array<std::string_view, 10> kLinkLines = {
    "read more",         "more on this story", "related topics",
    "related content",   "click here",         "continue reading",
    "see more",          "advertisement",      "story continues below",
    "skip advertisement"};
constexpr std::array<std::string_view, 9> kSharePrefixes = {
    "share this", "share on ",  "share via ", "follow us on", "follow @",
    "like us on", "tweet this", "email this", "share:"};
constexpr std::array<std::string_view, 5> kShareLines = {
    "share", "print", "comments", "share this article", "share this story"};
constexpr std::array<std::string_view, 10> kSubscriptionPrefixes = {
    "subscribe",
    "sign up for",
    "sign up to",
    "get our",
    "register for",
    "already a subscriber",
    "to continue reading",
    "become a member",
    "support our journalism",
    "newsletter:"};
constexpr std::array<std::string_view, 3> kCopyrightPrefixes = {
    "copyright", "(c) ", "\xC2\xA9"};
constexpr std::array<std::string_view, 12> kCaptionPrefixes = {
    "image caption", "image copyright", "photo:",     "picture:",
    "pictured:",     "caption:",        "image:",     "(photo",
    "photograph:",   "media caption",   "file photo", "[photo"};
constexpr std::array<std::string_view, 8> kCaptionSuffixes = {
    "getty images", "(reuters)", "(ap)",  "/reuters",
    "/afp",         "afp photo", "(afp)", "/ap"};

// "CNN", "AP": two or more capital letters.
bool IsAcronym(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

// The length of a place name in title case that opens `p` and is followed
// by an agency in brackets: "Washington (CNN)", "Hong Kong (Reuters)".
// Returns 0 when there is none.
size_t TitleCasePlaceLength(std::string_view p) {
  constexpr int kMaxWords = 3;
  size_t i = 0;
  for (int word = 0; word < kMaxWords; ++word) {
    if (i >= p.size() || !IsUpper(p[i])) return 0;
    ++i;
    if (i >= p.size() || !IsLower(p[i])) return 0;
    while (i < p.size() && IsLower(p[i])) ++i;
    if (i + 1 < p.size() && p[i] == ' ' && p[i + 1] == '(') return i;
    if (i >= p.size() || p[i] != ' ') return 0;
    ++i;
  }
  return 0;
}

// Whether the sentence that `rest` opens holds a spaced dash, which closes
// an aside that a dash before `rest` opened.
bool OpensAside(std::string_view rest) {
  size_t end = rest.find_first_of(".!?\n");
  std::string_view sentence =
      end == std::string_view::npos ? rest : rest.substr(0, end);
  return sentence.find(" -") != std::string_view::npos;
}

}  // namespace

bool EndsLikeSentence(std::string_view p) {
  while (!p.empty() && (IsSpace(p.back()) || p.back() == '"' ||
                        p.back() == '\'' || p.back() == ')' || p.back() == ']'))
    p.remove_suffix(1);
  return !p.empty() && (p.back() == '.' || p.back() == '!' || p.back() == '?');
}

std::vector<Paragraph> SplitLines(std::string_view clean) {
  std::vector<Paragraph> out;
  size_t pos = 0;
  bool joinable = false;  // the last paragraph may continue on the next line
  while (pos < clean.size()) {
    size_t eol = clean.find('\n', pos);
    if (eol == std::string_view::npos) eol = clean.size();
    size_t b = pos, e = eol;
    while (b < e && IsSpace(clean[b])) ++b;
    while (e > b && IsSpace(clean[e - 1])) --e;
    if (b == e) {
      joinable = false;
    } else {
      std::string_view line = clean.substr(b, e - b);
      if (joinable && IsLower(line[0])) {
        out.back().end = static_cast<uint32_t>(e);
      } else {
        out.push_back(Paragraph{static_cast<uint32_t>(b),
                                static_cast<uint32_t>(e), std::nullopt});
      }
      std::string_view para =
          clean.substr(out.back().begin, out.back().end - out.back().begin);
      joinable = !EndsLikeSentence(para) && para.back() != ':';
    }
    pos = eol + 1;
  }
  return out;
}

std::optional<BoilerplateKind> ClassifyBoilerplate(std::string_view line) {
  std::string_view whole = StripTrailing(line);
  const LineSearch search(line);
  const size_t words = search.words();
  if (AnyPrefix(line, kLinkPrefixes) || AnyEqual(whole, kLinkLines))
    return BoilerplateKind::kLink;
  if ((AnyPrefix(line, kSharePrefixes) && words <= 12) ||
      AnyEqual(whole, kShareLines))
    return BoilerplateKind::kShare;
  if (words <= LineSearch::kMaxWords && search.Contains("cookie") &&
      (search.Contains("we use") || search.Contains("this site") ||
       search.Contains("this website") || search.Contains("accept") ||
       search.Contains("consent")))
    return BoilerplateKind::kCookie;
  if (words <= 30 &&
      (AnyPrefix(line, kSubscriptionPrefixes) ||
       search.Contains("subscribe to our") ||
       search.Contains("sign up for our") || search.Contains("sign up to our")))
    return BoilerplateKind::kSubscription;
  if (AnyPrefix(line, kCopyrightPrefixes) ||
      (words <= 30 && search.Contains("all rights reserved")))
    return BoilerplateKind::kCopyright;
  if (IsByline(line)) return BoilerplateKind::kByline;
  return std::nullopt;
}

std::vector<TextRole> InferRoles(std::string_view clean,
                                 const std::vector<Paragraph>& paragraphs) {
  std::vector<TextRole> roles(paragraphs.size(), TextRole::kBody);
  auto text = [&](size_t i) {
    return clean.substr(paragraphs[i].begin,
                        paragraphs[i].end - paragraphs[i].begin);
  };
  auto body_like = [&](size_t i) {
    return EndsLikeSentence(text(i)) || CountWords(text(i), 31) > 30;
  };
  size_t first_body = 0;
  while (first_body < paragraphs.size() && !body_like(first_body)) ++first_body;
  if (first_body < paragraphs.size()) {
    for (size_t i = 0; i < first_body; ++i) {
      roles[i] = i == 0 ? TextRole::kHeadline : TextRole::kCaption;
    }
  }
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::string_view p = text(i);
    if (AnyPrefix(p, kCaptionPrefixes)) {
      roles[i] = TextRole::kCaption;
    } else if (i >= first_body && !EndsLikeSentence(p)) {
      for (std::string_view suffix : kCaptionSuffixes) {
        if (EndsWithNoCase(p, suffix)) roles[i] = TextRole::kCaption;
      }
    }
  }
  return roles;
}

size_t DatelineLength(std::string_view p) {
  constexpr size_t kMaxDateline = 80;
  size_t i = 0, letters = 0;
  // The place, in capitals: "MOSCOW", "NEW YORK", "ST. PETERSBURG",
  // "BRUSSELS/LONDON".
  while (i < p.size() && (IsUpper(p[i]) || p[i] == ' ' || p[i] == '.' ||
                          p[i] == '\'' || p[i] == '/')) {
    if (IsUpper(p[i])) ++letters;
    ++i;
  }
  while (i > 0 && p[i - 1] == ' ') --i;
  // A capitalised word running straight into lower case ("NATO's") is a
  // word of the sentence, not a place, unless the place is in title case
  // and an agency follows: "Washington (CNN) -".
  bool title_case = false;
  if (i < p.size() &&
      (IsLower(p[i]) || std::isdigit(static_cast<unsigned char>(p[i])))) {
    i = TitleCasePlaceLength(p);
    if (i == 0) return 0;
    title_case = true;
  }
  bool place = letters >= 3 || title_case;
  // ", May 2" or ", Lebanon": a few words up to the agency or the dash.
  bool qualified = false;
  if (place && i < p.size() && p[i] == ',') {
    size_t j = i + 1;
    while (j < p.size() && j < kMaxDateline && p[j] != '(' && p[j] != '-' &&
           p[j] != '.' && p[j] != '\n')
      ++j;
    if (j >= p.size() || CountWords(p.substr(i + 1, j - i - 1)) > 5) return 0;
    i = j;
    while (i > 0 && p[i - 1] == ' ') --i;
    qualified = true;
  }
  while (i < p.size() && p[i] == ' ') ++i;
  bool agency = false;
  if (i < p.size() && p[i] == '(') {
    size_t close = p.find(')', i);
    if (close == std::string_view::npos || close - i > 30) return 0;
    std::string_view name = p.substr(i + 1, close - i - 1);
    agency = CountWords(name) <= 4;
    i = close + 1;
    // "Washington (CNN)President Trump": CNN's dateline has no dash.
    if (agency && i < p.size() && IsUpper(p[i]) && IsAcronym(name)) return i;
  }
  if (!place && !agency) return 0;
  if (title_case && !agency) return 0;
  while (i < p.size() && p[i] == ' ') ++i;
  size_t dashes = 0;
  while (i < p.size() && p[i] == '-') {
    ++i;
    ++dashes;
  }
  if (dashes == 0 || dashes > 2 || i >= p.size() || p[i] != ' ' ||
      i > kMaxDateline)
    return 0;
  while (i < p.size() && p[i] == ' ') ++i;
  // The sentence after a dateline starts as sentences do. "NATO - the
  // Western alliance - said": a bare word in capitals whose dash opens an
  // aside that another dash closes is the subject of the sentence.
  if (i < p.size() && IsLower(p[i])) return 0;
  if (!agency && !qualified && OpensAside(p.substr(i))) return 0;
  return i;
}

}  // namespace dyad::text
