// The tense of the clause around a time expression, read from the
// sentence's words (ClauseTense of dyad/time.h). Internal to the time stage.
#ifndef DYAD_SRC_TIME_TENSE_H_
#define DYAD_SRC_TIME_TENSE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/time.h"

namespace dyad::time {

// What a word says of the tense around it.
enum class TenseCue { kNone, kPast, kPresent, kFuture };

// The tense cues of one sentence, read once for all the time expressions in
// it: ClauseTense reads the whole sentence again for each expression.
class SentenceTense {
 public:
  // `sentence` is a sentence of `segmented`; both must outlive this.
  SentenceTense(const SegmentedDocument& segmented, const Sentence& sentence);

  // What dyad::ClauseTense(segmented, sentence, begin, end) returns.
  Tense ClauseTense(size_t begin, size_t end) const;

 private:
  // Declared in this order: the constructor reads the flags while it
  // makes the cues.
  std::vector<uint32_t> flags_;  // which word lists a token is in (tense.cc)
  std::vector<TenseCue> cues_;   // one a token
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_TENSE_H_
