// Noun and verb groups over tagged tokens, for the shallow syntax back-end:
// "a US missile attack", "has been accused", "according to". Internal to the
// syntax stage.
#ifndef DYAD_SRC_SYNTAX_CHUNKER_H_
#define DYAD_SRC_SYNTAX_CHUNKER_H_

#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/syntax.h"
#include "src/syntax/pos_tagger.h"

namespace dyad::syntax {

enum class ChunkKind : uint8_t {
  kNoun,  // a noun group or a pronoun
  kAdj,   // adjectives with no noun: "were illegal"
  kVerb,  // a verb group
  kPrep,  // "on", "according to", "because of"
  kConj,  // "and", "or", "but"
  kComma,
  kSub,  // "that", "whether", and "after"/"before" opening a clause
  kRel,  // "who", "which", relative "that"
  kAdv,  // adverbs outside a verb group
  kQuote,
  kParen,
  kPunct,  // . ; : ! ? dashes, symbols on their own
};

struct Chunk {
  ChunkKind kind = ChunkKind::kPunct;
  uint32_t begin = 0;  // [begin, end) of the sentence's tokens
  uint32_t end = 0;
  uint32_t head = 0;      // the head token
  std::string_view word;  // folded: the preposition, subordinator,
                          // conjunction

  // Noun groups.
  uint32_t possessor_end = 0;  // > begin when it opens with "Russia's"
  bool time = false;           // "today", "last month", "January 28"
  bool no = false;             // "no talks"
  bool in_parens = false;

  // Verb groups.
  bool infinitive = false;  // after "to"
  bool finite = false;
  bool passive = false;
  bool negated = false;
  bool copula = false;  // only forms of be: "was responsible"
  VerbForm head_form = VerbForm::kNone;
  Tense tense = Tense::kUnknown;
  std::string_view modal;  // the modal verb, folded: "will", "may"
};

// A sentence's chunks. Their words view the sentence's tokens, string
// literals and `compounds`, so the chunks are cheap to make and move; a
// move keeps the views valid, a copy would not.
struct Chunks {
  Chunks() = default;
  Chunks(Chunks&&) = default;
  Chunks& operator=(Chunks&&) = default;
  Chunks(const Chunks&) = delete;
  Chunks& operator=(const Chunks&) = delete;

  std::vector<Chunk> chunks;
  // The words of two-token prepositions: "according to", "ahead of". A
  // list, whose strings stay where they are as it grows and which, unlike
  // a deque, allocates nothing for the many sentences with none.
  std::list<std::string> compounds;
};

// Groups the tagged tokens of `sentence`, which must outlive the result.
Chunks ChunkSentence(const Sentence& sentence,
                     const std::vector<TaggedToken>& tags);

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_CHUNKER_H_
