// Recognition: which tokens of a sentence are time expressions, and what
// each means (a TimexSpec), before anything is resolved.
#ifndef DYAD_SRC_TIME_TIMEX_RECOGNIZER_H_
#define DYAD_SRC_TIME_TIMEX_RECOGNIZER_H_

#include <cstddef>
#include <vector>

#include "dyad/text.h"
#include "dyad/time.h"
#include "src/time/timex_spec.h"

namespace dyad::time {

// Tokens [begin, end) of a sentence and what they mean.
struct Mention {
  size_t begin = 0;
  size_t end = 0;
  TimexSpec spec;
};

// Builds the word tables Recognize reads, which are otherwise built at its
// first call (a million instructions): TimeTagger calls it when it is
// made, so that no document pays for them. Safe to call from many threads.
void LoadRecognizerTables();

// Returns the time expressions of `sentence`, a sentence of `segmented`
// with its tokens, left to right, without overlaps: at each token the
// longest expression that starts there wins.
std::vector<Mention> Recognize(const SegmentedDocument& segmented,
                               const Sentence& sentence,
                               const TimeOptions& options);

// As above, into `*mentions`, which is cleared first: its storage serves
// the next sentence too.
void Recognize(const SegmentedDocument& segmented, const Sentence& sentence,
               const TimeOptions& options, std::vector<Mention>* mentions);

// As Recognize, but tries every rule at every word, not only the rules
// whose first words it is at the words that may begin an expression. For
// the test that checks each rule's first words against the rule; not for
// use.
std::vector<Mention> RecognizeUngated(const SegmentedDocument& segmented,
                                      const Sentence& sentence,
                                      const TimeOptions& options);

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_TIMEX_RECOGNIZER_H_
