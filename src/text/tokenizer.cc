#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "dyad/text.h"
#include "src/text/edit_map.h"
#include "src/text/utf8.h"

namespace dyad {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Word characters: letters, digits and combining marks.
// ASCII letters and digits, for the fast path of IsWordChar.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9');
  }
  return table;
}();

// Word characters: letters, digits and combining marks.
inline bool IsWordChar(std::string_view s, size_t pos, size_t* next) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *next = pos + 1;
    return kAsciiAlnum[c];
  }
  size_t i = pos;
  UChar32 cp = text::NextCodePoint(s, &i);
  *next = i;
  return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool IsLetterAt(std::string_view s, size_t pos) {
  size_t next;
  return pos < s.size() && IsWordChar(s, pos, &next) && !IsDigit(s[pos]);
}

// Abbreviations that keep their period: titles, and months and "No" when a
// number follows.
constexpr std::array<std::string_view, 30> kTitleAbbreviations = {
    "Mr",  "Mrs", "Ms",  "Dr",     "Prof", "Gen", "Lt",  "Col", "Maj",  "Capt",
    "Sgt", "Cpl", "Adm", "Cmdr",   "Brig", "Gov", "Sen", "Rep", "Rev",  "Hon",
    "St",  "Mt",  "Ft",  "Messrs", "Jr",   "Sr",  "Inc", "Ltd", "Corp", "vs"};
constexpr std::array<std::string_view, 14> kNumberAbbreviations = {
    "Jan", "Feb",  "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "No",  "Nos"};

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Contracted and possessive endings split off as tokens of their own.
size_t CliticLength(std::string_view s, size_t pos, size_t end) {
  // s[pos] is the apostrophe.
  auto ends_word = [&](size_t p) {
    size_t next;
    return p >= end || !IsWordChar(s, p, &next);
  };
  static constexpr std::array<std::string_view, 6> kClitics = {"s",  "re", "ve",
                                                               "ll", "d",  "m"};
  for (std::string_view clitic : kClitics) {
    size_t n = clitic.size();
    if (pos + 1 + n > end) continue;
    bool match = true;
    for (size_t k = 0; k < n; ++k) {
      char c = s[pos + 1 + k];
      if ((c | 0x20) != clitic[k]) match = false;
    }
    if (match && ends_word(pos + 1 + n)) return n + 1;
  }
  return 0;
}

TokenKind KindOfSymbol(UChar32 cp) {
  if (cp < 0x80) {
    switch (cp) {
      case '$':
      case '%':
      case '&':
      case '@':
      case '#':
      case '+':
      case '=':
      case '<':
      case '>':
      case '^':
      case '|':
      case '~':
      case '*':
      case '/':
      case '\\':
      case '`':
        return TokenKind::kSymbol;
      default:
        return TokenKind::kPunct;
    }
  }
  uint32_t mask = U_GET_GC_MASK(cp);
  return (mask & U_GC_S_MASK) != 0 ? TokenKind::kSymbol : TokenKind::kPunct;
}

void Fold(std::string_view text, std::string* out) {
  // Most tokens are ASCII: lower-case them in place in one pass.
  out->resize(text.size());
  char* dst = out->data();
  size_t i = 0;
  for (; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) break;
    dst[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (i == text.size()) return;
  out->resize(i);
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    UChar32 cp = text::NextCodePoint(text, &i);
    text::AppendCodePoint(u_foldCase(cp, U_FOLD_CASE_DEFAULT), out);
  }
}

class Tokenizer {
 public:
  Tokenizer(const CleanText& clean, uint32_t begin, uint32_t end)
      : spans_(clean), s_(clean.text), pos_(begin), end_(end) {}

  std::vector<Token> Run() {
    // News averages about five bytes a token.
    tokens_.reserve((end_ - pos_) / 4 + 4);
    while (pos_ < end_) {
      if (IsSpace(s_[pos_])) {
        space_ = true;
        ++pos_;
        continue;
      }
      size_t next;
      if (IsWordChar(s_, pos_, &next)) {
        Word();
      } else {
        Punctuation();
      }
    }
    return std::move(tokens_);
  }

 private:
  void Emit(size_t b, size_t e, TokenKind kind) {
    const bool first = tokens_.empty();
    Token& t = tokens_.emplace_back();
    t.clean_begin = static_cast<uint32_t>(b);
    t.clean_end = static_cast<uint32_t>(e);
    t.span = spans_.ToOriginal(t.clean_begin, t.clean_end);
    Fold(s_.substr(b, e - b), &t.folded);
    t.kind = kind;
    t.space_before = space_ || first;
    space_ = false;
  }

  // Whether the period at `p` belongs to the abbreviation before it: not
  // when it starts an ellipsis ("Mr..."), which the clean text may have
  // made of one original character that no token may split.
  bool EndsAbbreviation(size_t p) const {
    return p < end_ && s_[p] == '.' && (p + 1 >= end_ || s_[p + 1] != '.');
  }

  // Scans word characters from pos_; returns where they stop.
  size_t ScanRun(size_t p) {
    size_t next;
    while (p < end_ && IsWordChar(s_, p, &next)) p = next;
    return p;
  }

  void Word() {
    const size_t b = pos_;
    size_t e = ScanRun(b);
    bool number = IsDigit(s_[b]);
    if (number) {
      // "3.5", "12:30", "1,000", "2017-01-28", "1/28/2017", then a unit
      // or suffix already included by ScanRun ("4.30pm", "1990s").
      while (e + 1 < end_ &&
             (s_[e] == '.' || s_[e] == ',' || s_[e] == ':' || s_[e] == '/' ||
              s_[e] == '-') &&
             IsDigit(s_[e - 1]) && IsDigit(s_[e + 1])) {
        e = ScanRun(e + 1);
      }
    } else if (e - b == 1 && IsAsciiAlpha(s_[b])) {
      // Dotted abbreviations: "U.S.", "a.m.", "U.N.", "e.g.".
      size_t p = e;
      while (p + 1 < end_ && s_[p] == '.' && IsAsciiAlpha(s_[p + 1]) &&
             (p + 2 >= end_ || !IsLetterAt(s_, p + 2))) {
        p += 2;
      }
      if (p > e) {
        e = EndsAbbreviation(p) ? p + 1 : p;
        pos_ = e;
        Emit(b, e, TokenKind::kWord);
        Clitic();  // "the U.N.'s envoy"
        return;
      }
    }
    // "don't" -> "do" "n't": the apostrophe at `a` ends a negation.
    auto negation = [&](size_t a) {
      return !number && a + 1 < end_ && a >= b + 2 && s_[a] == '\'' &&
             (s_[a + 1] | 0x20) == 't' && (s_[a - 1] | 0x20) == 'n' &&
             (a + 2 >= end_ || !IsLetterAt(s_, a + 2));
    };
    // Apostrophes: clitics split off; inside names ("O'Brien") kept.
    while (e + 1 < end_ && s_[e] == '\'') {
      if (CliticLength(s_, e, end_) > 0 || negation(e)) break;
      if (!IsLetterAt(s_, e + 1)) break;
      e = ScanRun(e + 1);
    }
    if (negation(e)) {
      Emit(b, e - 1, TokenKind::kWord);
      pos_ = e + 2;
      Emit(e - 1, e + 2, TokenKind::kWord);
      return;
    }
    std::string_view word = s_.substr(b, e - b);
    if (e < end_ && s_[e] == '.' && !number) {
      bool keep = In(word, kTitleAbbreviations);
      if (!keep && In(word, kNumberAbbreviations)) {
        size_t p = e + 1;
        while (p < end_ && s_[p] == ' ') ++p;
        keep = p < end_ && IsDigit(s_[p]);
      }
      // An initial inside a name: "James B. Comey".
      if (!keep && word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' &&
          e + 2 < end_ && s_[e + 1] == ' ' && s_[e + 2] >= 'A' &&
          s_[e + 2] <= 'Z')
        keep = true;
      if (keep && EndsAbbreviation(e)) ++e;
    }
    pos_ = e;
    Emit(b, e, number ? TokenKind::kNumber : TokenKind::kWord);
    Clitic();
  }

  // Emits the possessive or contracted ending that may follow a word.
  void Clitic() {
    if (pos_ < end_ && s_[pos_] == '\'') {
      size_t n = CliticLength(s_, pos_, end_);
      if (n > 0) {
        Emit(pos_, pos_ + n, TokenKind::kWord);
        pos_ += n;
      }
    }
  }

  void Punctuation() {
    const size_t b = pos_;
    char c = s_[b];
    if (c == '.' || c == '-') {
      size_t e = b;
      while (e < end_ && s_[e] == c) ++e;
      pos_ = e;
      Emit(b, e, TokenKind::kPunct);
      return;
    }
    size_t i = b;
    UChar32 cp = text::NextCodePoint(s_, &i);
    pos_ = i;
    Emit(b, i, KindOfSymbol(cp));
  }

  text::OriginalSpans spans_;  // tokens come in order
  std::string_view s_;
  size_t pos_;
  size_t end_;
  bool space_ = false;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> Tokenize(const CleanText& clean, uint32_t begin,
                            uint32_t end) {
  return Tokenizer(clean, begin, end).Run();
}

}  // namespace dyad
