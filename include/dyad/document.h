// The document model: what every source produces and every later stage reads.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/error.h"

namespace dyad {

// A calendar day in the proleptic Gregorian calendar.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31, valid for the month and year

  // Returns "YYYY-MM-DD".
  std::string ToString() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses an ISO 8601 calendar date, "YYYY-MM-DD", optionally followed by a
// time ("2017-05-02T14:30:00Z", "2017-05-02 14:30"), whose time part is
// checked and dropped. Returns InvalidArgument naming the text otherwise,
// e.g. `not a date: "2017-13-45"`.
Result<Date> ParseIsoDate(std::string_view text);

// Returns true iff year/month/day name a real day.
bool IsValidDate(int year, int month, int day);

// [begin, end) byte offsets into a document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// The part a piece of text plays in an article.
enum class TextRole { kHeadline, kCaption, kBody };

// Returns "headline", "caption" or "body".
const char* TextRoleName(TextRole role);

// A paragraph whose role the source format states (an HTML <h1>, a
// <figcaption>), as opposed to one whose role is inferred from plain text.
struct TextBlock {
  Span span;
  TextRole role = TextRole::kBody;
};

// One news document as read from a source. Plain data; copyable.
struct Document {
  std::string id;
  // The text as given (for HTML: the article text extracted from the page).
  // Every span dyad reports is a byte range of this string.
  std::string text;
  // The publication date, when known. Relative time expressions ("today",
  // "last month") are resolved against it.
  std::optional<Date> published;
  std::string source;  // publisher or feed name; empty when unknown
  std::string url;     // empty when unknown
  // Any other fields of the input record, by name, each value as JSON text
  // (a string field keeps its quotes), so that nothing the user gave is lost.
  std::vector<std::pair<std::string, std::string>> metadata;
  // The paragraph structure when the source format states it; empty when the
  // text is plain and its structure is to be inferred.
  std::vector<TextBlock> blocks;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
