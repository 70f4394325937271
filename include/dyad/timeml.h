// TimeML: reading TempEval-3 .tml documents, and scoring dyad's time
// expressions against their TIMEX3 annotations the way TempEval-3 does.
#ifndef DYAD_TIMEML_H_
#define DYAD_TIMEML_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/text.h"
#include "dyad/time.h"

namespace dyad {

// A TIMEX3 annotation of a TimeML document.
struct GoldTimex {
  Span span;  // bytes of TimemlDocument::text, trimmed of spaces
  std::string tid;
  TimexType type = TimexType::kDate;
  std::string value;
  int line = 0;  // the line of its tag in the file
};

// A TimeML document in the TempEval-3 format: <TimeML> holding <DOCID>,
// <DCT><TIMEX3 value=...></DCT> and <TEXT> with TIMEX3 (and EVENT, SIGNAL)
// tags inline.
struct TimemlDocument {
  std::string name;         // the file name it was read from, for messages
  std::string doc_id;       // <DOCID>, else the file name without directory
                            // and extension
  std::optional<Date> dct;  // the document creation time, when given
  std::string text;  // the text of <TEXT>, tags removed, entities decoded
  std::vector<GoldTimex> timexes;  // the TIMEX3 tags inside <TEXT>
};

// Parses a TimeML document; `name` is used in messages. Errors are
// Corruption naming the file and line: not XML, no <TimeML> root, no
// <TEXT>, a TIMEX3 without type or value or with an unknown type, nested
// TIMEX3 tags, a DCT value that is not a date.
Result<TimemlDocument> ParseTimeml(std::string_view xml, std::string_view name);

// Reads and parses a file. NotFound or IOError naming the path when it
// cannot be read; otherwise as ParseTimeml.
Result<TimemlDocument> ReadTimemlFile(const std::string& path);

// The .tml files directly inside `dir`, sorted by name. NotFound when `dir`
// is not a directory, InvalidArgument when it holds no .tml file.
Result<std::vector<std::string>> ListTimemlFiles(const std::string& dir);

// Counts behind the TempEval-3 time expression scores.
struct TimexCounts {
  int64_t gold = 0;     // gold expressions
  int64_t system = 0;   // expressions dyad found
  int64_t strict = 0;   // pairs with exactly the same span
  int64_t relaxed = 0;  // pairs whose spans overlap (one-to-one)
  int64_t value = 0;    // overlapping pairs with the same value
  int64_t type = 0;     // overlapping pairs with the same type

  void Add(const TimexCounts& other);
};

struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// The TempEval-3 figures, as fractions (0..1).
struct TimexScores {
  Prf strict;   // exact span match
  Prf relaxed;  // overlapping span match
  // "Value F1" and "type F1" of TempEval-3: an expression counts when its
  // span overlaps and its attribute is right; precision over dyad's
  // expressions, recall over the gold ones.
  Prf value;
  Prf type;
  double value_accuracy = 0;  // right values among overlapping pairs
  double type_accuracy = 0;   // right types among overlapping pairs
};

TimexScores ScoreTimexes(const TimexCounts& counts);

// One difference between the gold and dyad's expressions.
struct TimexDifference {
  enum class Kind {
    kMissed,    // a gold expression dyad did not find
    kSpurious,  // an expression dyad found that the gold does not have
    kSpan,      // overlapping, but not the same span
    kType,      // overlapping, with another type
    kValue,     // overlapping, with another value
  };
  Kind kind = Kind::kMissed;
  std::optional<size_t> gold;    // index into the gold expressions
  std::optional<size_t> system;  // index into dyad's expressions
};

// Returns "missed", "spurious", "span", "type" or "value".
const char* TimexDifferenceName(TimexDifference::Kind kind);

// Pairs gold and system expressions of one text (each at most once, in text
// order, preferring exact spans), counts the pairs and, when `differences`
// is not null, lists what differs.
TimexCounts CompareTimexes(std::span<const GoldTimex> gold,
                           std::span<const Timex> system,
                           std::vector<TimexDifference>* differences);

// dyad's output on one TimeML document, compared with its gold.
struct TimemlResult {
  const TimemlDocument* document = nullptr;  // points into the input
  std::vector<Timex> system;
  TimexCounts counts;
  std::vector<TimexDifference> differences;
};

// Runs `segmenter` and `tagger` on the text of each document, with its DCT
// as the publication date, and compares. An error (a text the segmenter
// rejects) names the document's file.
Result<std::vector<TimemlResult>> EvaluateTimeml(
    std::span<const TimemlDocument> documents, const Segmenter& segmenter,
    const TimeTagger& tagger);

}  // namespace dyad

#endif  // DYAD_TIMEML_H_
