// Reading a Link Grammar linkage into dyad's clauses: verb groups from
// auxiliary chains, subjects, objects and prepositions from their links,
// passives undone, modal verbs folded into their infinitives, complement,
// purpose, relative and coordinate clauses, event nouns. Internal to the
// accurate back-end (link_analyzer.cc), which maps the words onto tokens.
#ifndef DYAD_SRC_SYNTAX_LINK_CLAUSES_H_
#define DYAD_SRC_SYNTAX_LINK_CLAUSES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/syntax.h"
#include "src/syntax/morphology.h"

namespace dyad::syntax {

// One word of a linkage, mapped onto dyad's tokens.
struct LinkWord {
  int first = -1;  // dyad tokens [first, last]; -1 for the walls
  int last = -1;
  int head = -1;          // the token that carries the word's meaning
  std::string subscript;  // "v", "v-d", "n", "q-d", "j-n" ...; may be empty
  std::string folded;     // folded text of the head token
};

// One link, between words `left` < `right`.
struct LinkEdge {
  int left = 0;
  int right = 0;
  std::string type;  // the label's leading capitals: "S", "O", "MV" ...
  std::string sub;   // the rest: "s*s", "p" ...
};

// A parsed sentence: its words (word 0 is the left wall) and links.
struct LinkParse {
  std::vector<LinkWord> words;
  std::vector<LinkEdge> links;
  int null_count = 0;  // words left without links
  int violations = 0;  // Link Grammar's post-processing violations
  bool timed_out = false;
};

// True iff `folded` is a contraction's ending: "n't", "'s", "'re" ...
bool IsContractionSuffix(std::string_view folded);

// The clauses of `sentence` that `parse` shows: main clauses first, then
// embedded ones, then event nouns; lemmas from `morphology`.
std::vector<Clause> ReadClauses(const SegmentedDocument& document,
                                const Sentence& sentence,
                                const LinkParse& parse,
                                const Morphology& morphology);

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_LINK_CLAUSES_H_
