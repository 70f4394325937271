// Part-of-speech tags for the shallow syntax back-end: closed-class words
// from a fixed table, open-class words from WordNet (via Morphology), suffix
// rules for unknown words, then a left-to-right pass of contextual rules that
// settles words WordNet allows as several parts of speech. Internal to the
// syntax stage.
#ifndef DYAD_SRC_SYNTAX_POS_TAGGER_H_
#define DYAD_SRC_SYNTAX_POS_TAGGER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "src/syntax/morphology.h"

namespace dyad::syntax {

// A coarse tag set, enough for noun and verb groups.
enum class Tag : uint8_t {
  kNoun,        // common noun: "attack", "leaders"
  kProper,      // capitalised name: "Trump", "US", "Kremlin"
  kPronoun,     // "he", "they", "it", "there"
  kNumber,      // "90", "2016", "12:30pm", "two"
  kDet,         // "the", "a", "his", "no", "any"
  kAdj,         // "deadly", "illegal", "US-backed"'s "backed"
  kAdv,         // "publicly", "also"
  kVerb,        // a lexical verb; see VerbForm
  kAux,         // forms of be, have, do; "'s", "'re", "'ve"
  kModal,       // "will", "would", "may", "could", "wo" (of "won't")
  kNeg,         // "not", "n't", "never"
  kTo,          // "to", infinitive marker or preposition
  kPrep,        // "on", "with", "after", "according"
  kConj,        // "and", "or", "but"
  kSub,         // subordinator: "that", "whether", "because", "while"
  kRel,         // relative pronoun: "who", "which", "whose"
  kPossessive,  // "'s" of "Russia's"
  kComma,
  kQuote,   // ' and "
  kHyphen,  // "-" joining two words: "US-backed"
  kParen,   // ( ) [ ]
  kPunct,   // anything else: . ; : ! ? and spaced dashes
  kSymbol,  // $ % & ...
};

enum class VerbForm : uint8_t {
  kNone,
  kBase,        // "speak", and the present of all persons but the third
  kPresent3,    // "speaks"
  kPast,        // "spoke"
  kParticiple,  // "spoken", and "-ed" forms read as participles
  kGerund,      // "speaking"
};

struct TaggedToken {
  Tag tag = Tag::kPunct;
  VerbForm form = VerbForm::kNone;
  bool capitalised = false;  // the clean text starts with a capital letter
  bool time = false;         // "today", "Monday", "March", "month", "year"
};

// The tagger's word tables: closed-class words, irregular verb forms.
struct TaggerTables;

// Tags sentences. Holds a reference to the Morphology, which must outlive
// it. Builds its word tables when constructed, then is immutable: safe to
// use from many threads at once.
class PosTagger {
 public:
  explicit PosTagger(const Morphology& morphology);
  ~PosTagger();

  // One TaggedToken for each of `sentence.tokens`, whose lemmas are
  // `lemmas` (LemmatizeTokens of the sentence).
  std::vector<TaggedToken> TagSentence(
      const SegmentedDocument& document, const Sentence& sentence,
      std::span<const WordLemmas> lemmas) const;

  const Morphology& morphology() const { return morphology_; }

 private:
  const Morphology& morphology_;
  std::unique_ptr<const TaggerTables> tables_;
};

// "noun", "verb", ... for tests and debugging.
const char* TagName(Tag tag);

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_POS_TAGGER_H_
