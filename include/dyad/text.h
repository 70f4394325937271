// Cleaning and segmentation: a Document's text becomes sentences and tokens,
// each with byte spans into the text as given.
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/options.h"

namespace dyad {

// One place where the clean text differs from the original: clean bytes
// [clean_begin, clean_end) stand for original bytes [orig_begin, orig_end).
struct TextEdit {
  uint32_t clean_begin = 0;
  uint32_t clean_end = 0;
  uint32_t orig_begin = 0;
  uint32_t orig_end = 0;
};

// Text normalised for matching, with the way back to the original.
struct CleanText {
  // Unicode NFC; curly quotes and apostrophes as ASCII ' and ", dashes and
  // minus signs as '-', no-break and other spaces as ' ', invisible
  // characters (zero-width space, soft hyphen, BOM) removed, CR LF and CR as
  // '\n', other control characters as ' '.
  std::string text;
  // Sorted by position; empty when the original was already clean.
  std::vector<TextEdit> edits;

  // Returns the original byte range that clean bytes [begin, end) come from.
  // A range that starts or ends inside an edit is widened to cover all of it,
  // so the result always falls on UTF-8 character boundaries.
  Span ToOriginal(uint32_t begin, uint32_t end) const;
  // The inverse: the clean byte range that original bytes [begin, end)
  // became, widened the same way.
  std::pair<uint32_t, uint32_t> FromOriginal(uint32_t begin,
                                             uint32_t end) const;
};

// Normalises `text`, which must be valid UTF-8 (see ValidateText).
CleanText Clean(std::string_view text);

// Returns OK iff `text` is non-empty valid UTF-8 without NUL bytes, of at
// most `max_bytes` bytes. The error names the first fault and its place,
// e.g. "invalid UTF-8 at byte 1234 (line 3, column 7)".
Status ValidateText(std::string_view text, size_t max_bytes);

enum class TokenKind {
  kWord,    // letters, possibly with digits, internal periods ("U.S.")
  kNumber,  // starts with a digit: "2017", "3.5", "12:30pm", "2017-01-28"
  kPunct,   // punctuation: . , ; : ! ? " ' ( ) - and the like
  kSymbol,  // symbols: $ % & @ # + = and the like
};

// A token. Possessive and contracted endings ("'s", "n't", "'re") and the
// parts of hyphenated compounds ("US", "-", "backed") are tokens of their own.
struct Token {
  Span span;             // into Document::text, the original bytes
  uint32_t clean_begin;  // into SegmentedDocument::clean.text
  uint32_t clean_end;
  std::string folded;  // the clean form, case-folded, for matching
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes it in the text
};

struct Sentence {
  uint32_t index = 0;        // 0-based, over all sentences of the document
  Span span;                 // into Document::text
  uint32_t clean_begin = 0;  // into SegmentedDocument::clean.text
  uint32_t clean_end = 0;
  TextRole role = TextRole::kBody;
  std::vector<Token> tokens;  // empty unless SegmentOptions::tokenize
};

// Why a line was dropped as boilerplate.
enum class BoilerplateKind {
  kLink,          // "MORE: ...", "Read more", "Related: ..."
  kShare,         // "Share this article", "Follow us on Twitter"
  kCookie,        // cookie notices
  kSubscription,  // "Subscribe to our newsletter", "Sign up for ..."
  kByline,        // "By Jane Smith, Reuters"
  kCopyright,     // "Copyright 2017 ...", "(c) ...", "All rights reserved"
};

// Returns "link", "share", "cookie", "subscription", "byline", "copyright".
const char* BoilerplateKindName(BoilerplateKind kind);

struct DroppedLine {
  Span span;  // into Document::text
  BoilerplateKind kind;
};

// The result of segmenting one document.
struct SegmentedDocument {
  CleanText clean;
  std::vector<Sentence> sentences;  // headline, captions and body, in order
  std::vector<DroppedLine> dropped;
  // The dateline that opened the body ("MOSCOW (Reuters) -"), which is not
  // part of any sentence; its place is what news datelines name.
  std::optional<Span> dateline;

  // The clean text of a token or sentence.
  std::string_view CleanOf(const Token& token) const {
    return std::string_view(clean.text)
        .substr(token.clean_begin, token.clean_end - token.clean_begin);
  }
  std::string_view CleanOf(const Sentence& sentence) const {
    return std::string_view(clean.text)
        .substr(sentence.clean_begin,
                sentence.clean_end - sentence.clean_begin);
  }
  size_t CountRole(TextRole role) const;
};

// Splits documents into sentences and tokens. Immutable after Create: one
// Segmenter may be used from many threads at once without locking.
class Segmenter {
 public:
  // Fails only when ICU cannot provide its English sentence rules.
  static Result<std::unique_ptr<Segmenter>> Create(
      const SegmentOptions& options = {});
  ~Segmenter();

  // Validates the document's text (see ValidateText), cleans it, drops
  // boilerplate lines, marks the headline and captions, and splits the rest
  // into sentences and tokens. Errors are InvalidArgument or TooLarge with a
  // message that names the fault and its byte offset.
  Result<SegmentedDocument> Segment(const Document& document) const;

  // Splits one paragraph of clean text into sentences; returns the
  // [begin, end) byte ranges of the sentences within it, trimmed of spaces.
  // Exposed for tests.
  std::vector<std::pair<uint32_t, uint32_t>> SplitParagraph(
      std::string_view paragraph) const;

  const SegmentOptions& options() const { return options_; }

 private:
  class Impl;
  Segmenter(const SegmentOptions& options, std::unique_ptr<Impl> impl);

  SegmentOptions options_;
  std::unique_ptr<Impl> impl_;
};

// Splits `clean` text [begin, end) into tokens. Exposed for tests and for
// stages that tokenise text of their own.
std::vector<Token> Tokenize(const CleanText& clean, uint32_t begin,
                            uint32_t end);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
