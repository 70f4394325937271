// Rules that choose or refine the CAMEO code of a clause whose pattern
// matched: the intent or the threat of a deed, a protest's purpose, the
// means of an attack, aid in a disaster, a killing of hundreds. Each reads
// only what it is given. Internal.
#ifndef DYAD_SRC_CODING_CODE_REFINEMENT_H_
#define DYAD_SRC_CODING_CODE_REFINEMENT_H_

#include <cstdint>
#include <string_view>

#include "dyad/cameo.h"
#include "dyad/syntax.h"
#include "dyad/text.h"
#include "src/coding/pattern_match.h"

namespace dyad::coding {

// The CAMEO intent code for a deed one is ready to do: "ready to send
// troops" (074) is an intent to provide peacekeepers (0334). Null when
// CAMEO has none.
const char* IntentCode(std::string_view code);

// The CAMEO threat code for a deed threatened: "threatened to ban the
// opposition party" (1722) is a threat to ban it (1322), "to reoccupy"
// (192) a threat of occupation (1382). A deed CAMEO has no threat of its
// own for is a threat not specified (130); null for a code that is already
// a threat (13x).
const char* ThreatCode(std::string_view code);

// True iff a predicate's modal words state an intent: "pledged to",
// "promised to", "offered to", "vowed to", "agreed to".
bool IsIntentModal(std::string_view modal);

// True iff a predicate's modal words state a wish: "aiming to", "hopes
// to", "wanted to", "seeks to", "sought to". What one wishes to do is not
// done.
bool IsWishModal(std::string_view modal);

// True iff the predicate at token `head` of `sentence` follows "ready to",
// "willing to", "prepared to".
bool IsReadyTo(const Sentence& sentence, uint32_t head);

// A protest's subcode follows the purpose the sentence states, wherever
// it states it ("protesters demanding the president's resignation
// clashed with police", "went on strike against the government's plans",
// "to demand an end to military rule"): the first cue decides. Returns
// that subcode of `code` from `cameo`; null for a code other than a
// root-14 one with subcodes, or without a cue. `text` is the document's
// text, which the sentence's token spans index.
const CameoCode* ProtestPurpose(std::string_view text, const Sentence& sentence,
                                const SentenceWords& words,
                                const CameoTable& cameo, const CameoCode& code);

// Aid given, promised or asked for in a disaster or for its victims
// ("sent aid to Pakistan after the floods", "appealed for help to reach
// survivors") is humanitarian aid: returns 073, 0333, 0233 from `cameo`
// rather than aid not specified (070, 033, 023) or money (071, 0331,
// 0231); a loan or a credit stays economic aid. Null when `code` is no
// such aid or the sentence names no disaster or relief.
const CameoCode* Humanitarian(const Sentence& sentence,
                              const SentenceWords& words,
                              const CameoTable& cameo, const CameoCode& code);

// An investigation not specified (090) that police, prosecutors, courts
// or an intelligence service make (`source_code` ends in COP, JUD or SPY
// after `source_country`) is a criminal one: "the SBU opened an
// investigation into a deputy head of the presidential office" is 091.
// Null otherwise.
const CameoCode* CriminalInquiry(const CameoTable& cameo, std::string_view code,
                                 std::string_view source_code,
                                 std::string_view source_country);

// True iff the objects of `clause` count a hundred or more ("killed more
// than 130 people"): a killing of that many is a mass killing (202), as
// "killed hundreds of" is.
bool KillsHundreds(const Sentence& sentence, const Clause& clause);

// A killing or an attack whose means `clause` names, in its subject or in
// a "by", "in", "with", "during", "from" phrase ("a suicide bomber killed
// 12 soldiers", "killed by a roadside bomb", "warplanes attacked tanks",
// "a missile strike killed six soldiers"), takes the code of those means:
// returns suicide (1831), car or truck (1832) or roadside (1833) bombing;
// for a use of military force (19x), aerial weapons (195) or artillery
// (194), which do not make a killing outside combat (1823) one. Null when
// `code` is no such act (180, 183, 190, 1823) or no means is named.
const CameoCode* MeansNamed(const Sentence& sentence, const Clause& clause,
                            const CameoTable& cameo, const CameoCode& code);

}  // namespace dyad::coding

#endif  // DYAD_SRC_CODING_CODE_REFINEMENT_H_
