// The rules news needs on top of ICU's sentence breaks. Internal.
#ifndef DYAD_SRC_TEXT_SENTENCE_RULES_H_
#define DYAD_SRC_TEXT_SENTENCE_RULES_H_

#include <string_view>

namespace dyad::text {

// Returns true iff a sentence break that ICU proposes between `before` and
// `after` (both parts of one paragraph, `before` ending where `after`
// begins) is not a sentence end in news text: a title ("Mr."), an initial
// ("James B. Comey"), an abbreviation before a number ("Jan. 28", "No. 10"),
// a dotted abbreviation inside a sentence ("U.S. officials", "9 a.m. ET"),
// a quotation that its speaker tag follows ("'Stop!' he said", "'Enough!'
// Trump tweeted"), or a title that ends in ! or ? and goes on in lower case
// ("a poll of Kerrang! magazine readers").
bool IsFalseBreak(std::string_view before, std::string_view after);

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_SENTENCE_RULES_H_
