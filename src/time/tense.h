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
  // No sentence's cues until Read.
  SentenceTense() = default;
  // `sentence` is a sentence of `segmented`.
  SentenceTense(const SegmentedDocument& segmented, const Sentence& sentence);

  // Reads the cues of `sentence`, a sentence of `segmented`, in place of
  // those read before; their storage serves again, so the tagger keeps one
  // SentenceTense for all the sentences of a document.
  void Read(const SegmentedDocument& segmented, const Sentence& sentence);

  // What dyad::ClauseTense(segmented, sentence, begin, end) returns.
  Tense ClauseTense(size_t begin, size_t end) const;

 private:
  std::vector<uint32_t> flags_;  // which word lists a token is in (tense.cc)
  std::vector<TenseCue> cues_;   // one a token
};

}  // namespace dyad::time

#endif  // DYAD_SRC_TIME_TENSE_H_
