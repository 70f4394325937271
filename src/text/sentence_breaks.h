// Where ICU's sentence rules break a paragraph, found by running ICU only
// around the characters that can end a sentence. Internal to the text stage.
#ifndef DYAD_SRC_TEXT_SENTENCE_BREAKS_H_
#define DYAD_SRC_TEXT_SENTENCE_BREAKS_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text {

// Returns the offsets strictly inside `paragraph` at which `breaks`, an ICU
// sentence break iterator, breaks it, in order, its line ends read as
// spaces: what iterating over the whole paragraph gives. Returns none when
// ICU fails. Leaves `breaks` pointing at no text.
//
// ICU reads only part of the paragraph, which is most of the cost saved.
// Without line separators, its rules break only after a terminal (". ! ?")
// and the closing quotes and spaces after it, as the letter before the
// terminal and the text up to the first letter or terminal after it
// decide. So ICU runs over windows, each from the start of the word before
// a terminal to that letter, windows that meet merged; at a window's start,
// after a space with no terminal's rule pending, ICU's rules are in the
// state they start a text in. A window whose one terminal ends the
// paragraph (only closing quotes, then spaces, after it) holds no break and
// is not read. A paragraph with a CR or a separator (U+0085, U+2028,
// U+2029) is read whole.
std::vector<uint32_t> SentenceBreaks(icu::BreakIterator* breaks,
                                     std::string_view paragraph);

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_SENTENCE_BREAKS_H_
