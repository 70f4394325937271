// English lemmas from Debian's WordNet files: the exception lists
// (verb.exc, noun.exc, adj.exc) and WordNet's detachment rules checked
// against the index files. Internal to the syntax stage.
#ifndef DYAD_SRC_SYNTAX_MORPHOLOGY_H_
#define DYAD_SRC_SYNTAX_MORPHOLOGY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/error.h"
#include "dyad/text.h"

namespace dyad::syntax {

enum class PartOfSpeech { kNoun, kVerb, kAdjective, kAdverb };

// What Morphology makes of one word form as each part of speech. The views
// point into the Morphology and live as long as it.
struct WordLemmas {
  std::string_view noun;       // Lemma(word, kNoun)
  std::string_view verb;       // Lemma(word, kVerb)
  std::string_view adjective;  // Lemma(word, kAdjective)
  bool adverb = false;         // Knows(word, kAdverb)
};

// Immutable after Load: safe to use from many threads at once.
class Morphology {
 public:
  // Reads `wordnet_dir`/{verb,noun,adj,adv}.exc and index.{verb,noun,adj,
  // adv}. NotFound naming the file when one is missing.
  static Result<std::unique_ptr<Morphology>> Load(
      const std::string& wordnet_dir);
  virtual ~Morphology() = default;

  // The base form of the lower-case word `folded` as `pos`: "spoke" ->
  // "speak", "vetoed" -> "veto", "strikes" -> "strike", "talks" -> "talk".
  // Returns `folded` itself when it is already a base form WordNet knows,
  // and empty when WordNet knows no base form for it as `pos`.
  virtual std::string Lemma(std::string_view folded,
                            PartOfSpeech pos) const = 0;

  // Lemma of `folded` as a noun, a verb and an adjective, and whether it is
  // an adverb, for the price of about one Lemma: the parts of speech share
  // one table.
  virtual WordLemmas LemmasOf(std::string_view folded) const = 0;

  // True iff `lemma` is an entry of WordNet's index for `pos`.
  virtual bool Knows(std::string_view lemma, PartOfSpeech pos) const = 0;
};

// LemmasOf the folded form of each of `sentence.tokens`, in order, and
// nothing for numbers, symbols and punctuation: what the tagger, the clause
// builder and the coder read of a sentence's words, found once.
std::vector<WordLemmas> LemmatizeTokens(const Sentence& sentence,
                                        const Morphology& morphology);

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_MORPHOLOGY_H_
