#include "src/text/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <string>

#include "src/text/utf8.h"

namespace dyad::text {
namespace {

// What a character is to the windows, of ICU's Sentence_Break classes.
enum class BreakClass : uint8_t {
  kOther,
  kClose,     // Close
  kSpace,     // Sp
  kLetter,    // Upper, Lower, OLetter
  kTerminal,  // ATerm, STerm
  kSeparator  // Sep, CR
};

BreakClass ClassOf(UChar32 c) {
  // ICU reads line ends as the spaces it is given in their place.
  if (c == '\n') return BreakClass::kSpace;
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CLOSE:
      return BreakClass::kClose;
    case U_SB_SP:
      return BreakClass::kSpace;
    case U_SB_UPPER:
    case U_SB_LOWER:
    case U_SB_OLETTER:
      return BreakClass::kLetter;
    case U_SB_ATERM:
    case U_SB_STERM:
      return BreakClass::kTerminal;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return BreakClass::kSeparator;
    default:
      return BreakClass::kOther;
  }
}

const std::array<BreakClass, 128> kAsciiClasses = [] {
  std::array<BreakClass, 128> table{};
  for (UChar32 c = 0; c < 128; ++c) table[c] = ClassOf(c);
  return table;
}();

// The class of the character at `*pos`, which moves past it.
inline BreakClass ClassAt(std::string_view s, size_t* pos) {
  unsigned char b = static_cast<unsigned char>(s[*pos]);
  if (b < 0x80) {
    ++*pos;
    return kAsciiClasses[b];
  }
  return ClassOf(NextCodePoint(s, pos));
}

// Returns the first position at or after `i` whose byte may start a
// terminal or a separator: ". ! ?", CR, or the first byte of a non-ASCII
// character. The bytes between need no decoding.
size_t NextCandidate(std::string_view s, size_t i) {
  static constexpr std::array<bool, 256> kCandidate = [] {
    std::array<bool, 256> table{};
    for (int b = 0; b < 256; ++b) {
      table[b] = b == '.' || b == '!' || b == '?' || b == '\r' || b >= 0xC0;
    }
    return table;
  }();
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  while (i < n && !kCandidate[bytes[i]]) ++i;
  return i;
}

struct Window {
  size_t begin = 0;
  size_t end = 0;
};

// The stretches of `paragraph` that ICU must read, in order (see
// SentenceBreaks).
std::vector<Window> Windows(std::string_view paragraph) {
  const std::vector<Window> whole = {{0, paragraph.size()}};
  std::vector<Window> out;
  size_t i = 0;
  while ((i = NextCandidate(paragraph, i)) < paragraph.size()) {
    const size_t terminal = i;
    BreakClass c = ClassAt(paragraph, &i);
    if (c == BreakClass::kSeparator) return whole;
    if (c != BreakClass::kTerminal) continue;
    // Back to the start of the word, or into the last window.
    const size_t last_end = out.empty() ? 0 : out.back().end;
    size_t begin = terminal;
    while (begin > last_end && paragraph[begin - 1] != ' ' &&
           paragraph[begin - 1] != '\n') {
      --begin;
    }
    // The rules a terminal starts read on over closing quotes, spaces,
    // numbers and punctuation to the next letter or terminal, which
    // decides them. A terminal there opens a window of its own, which
    // merges with this one.
    size_t end = i;
    // Whether the terminal ends the paragraph: closing quotes and
    // brackets, then spaces, follow it to the end.
    bool closes_paragraph = true;
    bool spaced = false;
    while (end < paragraph.size()) {
      size_t after = end;
      BreakClass d = ClassAt(paragraph, &after);
      if (d == BreakClass::kSeparator) return whole;
      if (d == BreakClass::kLetter || d == BreakClass::kTerminal) {
        i = end;
        end = after;
        closes_paragraph = false;
        break;
      }
      if (d == BreakClass::kSpace) {
        spaced = true;
      } else if (d != BreakClass::kClose || spaced) {
        closes_paragraph = false;
      }
      end = after;
      i = end;
    }
    if (!out.empty() && begin <= last_end) {
      out.back().end = end;
    } else if (!closes_paragraph) {
      // A window of one terminal that ends the paragraph is one sentence
      // to ICU, which need not read it: most paragraphs end so.
      out.push_back(Window{begin, end});
    }
  }
  return out;
}

}  // namespace

std::vector<uint32_t> SentenceBreaks(icu::BreakIterator* breaks,
                                     std::string_view paragraph) {
  std::vector<uint32_t> out;
  std::string unwrapped;
  UText text = UTEXT_INITIALIZER;
  for (const Window& w : Windows(paragraph)) {
    std::string_view window = paragraph.substr(w.begin, w.end - w.begin);
    if (window.find('\n') != std::string_view::npos) {
      unwrapped.assign(window);
      std::replace(unwrapped.begin(), unwrapped.end(), '\n', ' ');
      window = unwrapped;
    }
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text, window.data(), static_cast<int64_t>(window.size()),
                   &status);
    breaks->setText(&text, status);
    if (U_FAILURE(status)) {
      out.clear();
      break;
    }
    // ICU breaks where its text ends, which is no break of the paragraph:
    // a window ends after a letter, or where the paragraph does.
    for (int32_t cut = breaks->next(); cut != icu::BreakIterator::DONE &&
                                       static_cast<size_t>(cut) < window.size();
         cut = breaks->next()) {
      out.push_back(static_cast<uint32_t>(w.begin + cut));
    }
  }
  // Leave the iterator pointing at nothing of ours before the text closes.
  breaks->setText(icu::UnicodeString());
  utext_close(&text);
  return out;
}

}  // namespace dyad::text
