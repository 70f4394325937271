// Time expressions: recognised in segmented documents, given TIMEX3 values
// anchored on the publication date, and used to date events.
//
//   dyad::TimeTagger tagger;
//   std::vector<dyad::Timex> found = tagger.Tag(document, segmented);
//   auto date = dyad::DateEvent(found_in_sentence, clause_span,
//                               document.published);
#ifndef DYAD_TIME_H_
#define DYAD_TIME_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/text.h"

namespace dyad {

// The TIMEX3 types.
enum class TimexType {
  kDate,      // a calendar day, week, month, season, quarter, year, decade
  kTime,      // a time of day or a part of a day ("12:30pm", "tonight")
  kDuration,  // a length of time ("three years", "a 22-year-old")
  kSet,       // a recurring time ("every Monday", "annually")
};

// Returns "DATE", "TIME", "DURATION" or "SET".
const char* TimexTypeName(TimexType type);
// Parses the names above (upper case, as TimeML writes them).
// InvalidArgument naming the text otherwise.
Result<TimexType> ParseTimexType(std::string_view name);

// The tense of the clause around an expression, which decides whether
// "on Monday" or "in March" is the one before or after the publication date.
// Shared with the syntax stage (dyad/syntax.h), whose clauses may have no
// tense the words decide: kUnknown ("to discuss", "attack"); the time stage
// never returns it.
enum class Tense { kPast, kPresent, kFuture, kUnknown };

// Returns "past", "present", "future" or "unknown".
const char* TenseName(Tense tense);

// A time expression found in a document.
struct Timex {
  uint32_t sentence_index = 0;  // the Sentence::index it was found in
  Span span;                    // into Document::text
  std::string text;             // Document::text within span
  TimexType type = TimexType::kDate;
  // The TIMEX3 value: "2017-05-02", "2017-04", "2017-W18", "2016-SP",
  // "2017-Q3", "199" (the 1990s), "2017-05-02T12:30-04:00", "2017-05-02TNI",
  // "P3Y", "PXY", "XXXX-WXX-1", "PAST_REF", "PRESENT_REF", "FUTURE_REF".
  // What cannot be known is written with X: "XXXX-01-28" for "January 28"
  // without a publication date, "XXXX-XX-XX" for an unanchored "yesterday".
  std::string value;
  // The TIMEX3 mod, or empty: "START", "MID", "END", "APPROX",
  // "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE".
  std::string mod;
  // For a SET, how often, in TIMEX3 form ("2X"), or empty.
  std::string freq;
  // The expression is part of a name rather than the time of the events
  // around it: "2016" in "the 2016 US election", "9/11", "Six-Day" in "the
  // Six-Day War". It still has a value; it never dates an event.
  bool name = false;
  // The expression is relative ("yesterday", "last month", "on Monday",
  // "January 28" without a year) and was resolved against the publication
  // date or an earlier date in the text; false for absolute ones.
  bool relative = false;
  // The tense that decided the direction of a relative expression.
  Tense tense = Tense::kPresent;

  // True iff the value names a calendar period with a known year:
  // "2017-05-02", "2017-04", "2017-W18", "2016", "2017-05-02T12:30", ...
  // False for durations, sets, X-forms and the *_REF values.
  bool IsAnchoredDate() const;
};

// How time expressions are read.
struct TimeOptions {
  // All-numeric dates whose first two numbers could both be the month
  // ("1/2/2017") are read day first, the way most of the world writes them.
  // Default: false, month first, the US order. Unambiguous dates
  // ("28/1/2017") are read correctly either way.
  bool day_first = false;
};

// Finds time expressions and resolves their values. The rules are constants
// compiled into dyad. Immutable after construction: one TimeTagger may be
// used from many threads at once without locking.
class TimeTagger {
 public:
  explicit TimeTagger(const TimeOptions& options = {});

  // Returns the time expressions of every sentence of `segmented` (which
  // must be `document` segmented with tokens), in text order, without
  // overlaps. Relative expressions are resolved against
  // `document.published`, or, for those that refer back ("the day before",
  // "three weeks later"), against the latest day-precise date before them
  // in the document, else the publication date. Without a publication date,
  // what depends on it keeps X in its value and absolute expressions are
  // still resolved.
  std::vector<Timex> Tag(const Document& document,
                         const SegmentedDocument& segmented) const;

  const TimeOptions& options() const { return options_; }

 private:
  TimeOptions options_;
};

// Decides the tense of the clause around tokens [begin, end) of `sentence`,
// a sentence of `segmented`, from its words: will/'ll/shall/going to/is
// to/scheduled to/plans to/ tomorrow make it future; a past-tense verb (an -ed
// form or a common irregular past form) past; otherwise present. The clause is
// the stretch between semicolons, colons, quotation marks and commas around the
// tokens; when it has no cue the nearest cue in the sentence decides.
Tense ClauseTense(const SegmentedDocument& segmented, const Sentence& sentence,
                  size_t begin, size_t end);

// The date of an event, as an analyst reads it.
struct EventDate {
  // ISO 8601, as precise as known: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
  std::string date;
  // The text of the time expression the date came from, or "published".
  std::string basis;
  // The index into the expressions given to DateEvent of the one used, or
  // none when the date is the publication date.
  std::optional<size_t> timex;
};

// Dates an event whose clause or predicate spans `clause` (bytes of the
// document's text) in a sentence whose time expressions are `timexes`. The
// expression attached to the clause dates it: one inside `clause`, else
// the nearest one in the sentence; names, durations, sets and vague
// references ("recently") never do. A week is dated by its month when it
// lies in one, else by its year; a season, quarter or half by its year.
// An attached expression whose value has no known year (an unanchored
// "yesterday", "the 1990s") makes the date unknown: returns none rather
// than fall back. With no attached expression the publication date dates
// the event (basis "published"); with none of these, returns none.
std::optional<EventDate> DateEvent(std::span<const Timex> timexes, Span clause,
                                   const std::optional<Date>& published);

}  // namespace dyad

#endif  // DYAD_TIME_H_
