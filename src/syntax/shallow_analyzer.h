// The fast syntax back-end as dyad's own stages hold it: the analysis
// CreateShallowAnalyzer gives, with a way in for a caller that has the
// sentence's lemmas already (the coder finds them to choose its
// sentences). Internal to dyad.
#ifndef DYAD_SRC_SYNTAX_SHALLOW_ANALYZER_H_
#define DYAD_SRC_SYNTAX_SHALLOW_ANALYZER_H_

#include <memory>
#include <span>

#include "dyad/syntax.h"
#include "src/syntax/morphology.h"
#include "src/syntax/pos_tagger.h"

namespace dyad::syntax {

// Immutable after creation: safe to use from many threads at once.
class ShallowAnalyzer : public Analyzer {
 public:
  explicit ShallowAnalyzer(std::unique_ptr<Morphology> morphology);

  // LemmatizeTokens of the sentence with morphology(), then the analysis.
  Result<SentenceSyntax> Analyze(const SegmentedDocument& document,
                                 const Sentence& sentence) const override;

  // The analysis of `sentence`, whose tokens' lemmas are `lemmas`:
  // LemmatizeTokens of it with morphology() or a Morphology loaded from
  // the same files. The result is the other Analyze's.
  Result<SentenceSyntax> Analyze(const SegmentedDocument& document,
                                 const Sentence& sentence,
                                 std::span<const WordLemmas> lemmas) const;

  SyntaxBackend backend() const override { return SyntaxBackend::kShallow; }

  // The WordNet lemmas the analyzer reads words with.
  const Morphology& morphology() const { return *morphology_; }

 private:
  std::unique_ptr<Morphology> morphology_;
  PosTagger tagger_;
};

// CreateShallowAnalyzer, as the class above.
Result<std::unique_ptr<ShallowAnalyzer>> CreateShallow(
    const SyntaxOptions& options = {});

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_SHALLOW_ANALYZER_H_
