// The verb-pattern dictionary: for each CAMEO event code, the verbs, verb +
// particle + preposition frames and event nouns that express it, read from
// dyad's own files (data/verbs/*.txt, described in data/README.md), and the
// words that mark stories which use conflict words for other things.
#ifndef DYAD_VERBS_H_
#define DYAD_VERBS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/cameo.h"
#include "dyad/error.h"

namespace dyad {

// One element of a pattern after its head.
struct PatternItem {
  enum class Kind {
    kWord,    // a literal word, folded
    kTarget,  // `+`: the noun phrase whose actor is the target
    kGap,     // `*`: up to kMaxGap words or phrases
  };
  Kind kind = Kind::kWord;
  std::string word;  // for kWord
};

struct VerbPattern {
  enum class HeadKind { kAny, kVerb, kNoun };

  std::string text;  // as written: "air [strike] on +"
  std::string code;  // the CAMEO event code: "195"
  std::string head;  // the predicate lemma: "strike"
  HeadKind head_kind = HeadKind::kAny;
  std::vector<std::string> before;  // words right before the head: "air"
  std::vector<PatternItem> after;   // the rest, in order
  bool reciprocal = false;          // the event goes both ways
  // The head was written `verb~`: the pattern also holds for the verb's
  // WordNet synonyms (its most frequent sense), added at load time.
  bool widen = false;
  // For a pattern added that way, the head it was written with.
  std::string widened_from;
  bool speech = false;  // a verb of saying
  // How specific the pattern is: 3 for the head and each content word, 1
  // for each preposition or particle and for `+`. When several match a
  // clause, the most specific wins; between equals, the longer code.
  int specificity = 0;
  // Where it was written, for messages and evidence: "04_consult.txt:12".
  std::string origin;

  // True iff the pattern names its target slot.
  bool HasTarget() const;
};

// True iff `word` is a preposition or particle of a pattern ("to", "with",
// "out" ...): it weighs 1 in a pattern's specificity, a content word 3.
bool IsFunctionWord(std::string_view word);

// Finds, among one head's patterns, those a clause may match from the
// words the clause holds, instead of trying every pattern: each pattern
// that needs words after its head is filed under one of them, the one
// fewest of the head's patterns need. The views show the patterns' words,
// which must outlive the index.
struct PatternWordIndex {
  // Builds the index of `patterns` (one head's, in the order they are
  // tried).
  static PatternWordIndex Of(const std::vector<const VerbPattern*>& patterns);

  // The words patterns are filed under, each once.
  std::vector<std::string_view> words;
  // The hash of each of `words` that a clause's set of words looks it up
  // by (WordSet::Hash), computed once.
  std::vector<uint64_t> hashes;
  // For each of `words`, the positions in `patterns` of those filed under
  // it, ascending.
  std::vector<std::vector<uint32_t>> filed;
  // The positions of the patterns with no word after their head,
  // ascending.
  std::vector<uint32_t> wordless;
};

// The largest number of words or phrases a `*` gap spans.
inline constexpr int kMaxGap = 8;

// A class of words that marks a story of another kind (discards.txt):
// "sport", "entertainment", "business".
struct DiscardClass {
  std::string name;
  // Each cue as folded words: {"box", "office"}.
  std::vector<std::vector<std::string>> cues;
};

// The dictionary, immutable after Load: safe to use from many threads at
// once without locking.
class VerbDictionary {
 public:
  // Loads every data_dir/verbs/*.txt (data_dir empty: DefaultDataDir() of
  // dyad/lexicon.h) but discards.txt, which it reads as the discard cues,
  // then those of each of `extra_dirs` that has a verbs/ folder (a user's
  // own patterns, added after dyad's). Every code must be in `cameo`.
  // NotFound when dyad's folder has no pattern file; Corruption naming the
  // file and the line ("04_consult.txt:12: unknown CAMEO code 499") for a
  // malformed line.
  // Patterns whose head is written `verb~` are copied for each single-word
  // synonym of the verb's first sense in `wordnet_dir`'s index.verb and
  // data.verb (Debian's wordnet-base); NotFound when those are missing.
  static Result<std::unique_ptr<VerbDictionary>> Load(
      const std::string& data_dir, const CameoTable& cameo,
      const std::vector<std::string>& extra_dirs = {},
      const std::string& wordnet_dir = "/usr/share/wordnet");

  // Parses one pattern file's text, named `name` in messages; what Load
  // does for each file. Exposed for `dyad dict check` and tests.
  static Result<std::vector<VerbPattern>> ParseFile(std::string_view name,
                                                    std::string_view content,
                                                    const CameoTable& cameo);

  ~VerbDictionary();

  // The patterns whose head is `lemma`, most specific first; empty when
  // none. The reference stays valid as long as the dictionary.
  const std::vector<const VerbPattern*>& ForHead(std::string_view lemma) const;
  // The index of ForHead(lemma); empty when `lemma` heads no pattern.
  const PatternWordIndex& WordIndexForHead(std::string_view lemma) const;
  // True iff some pattern has `lemma` as its head.
  bool IsHead(std::string_view lemma) const;
  // True iff some pattern with head `lemma` reads it as a noun only: one
  // written as a noun (`n:`), or with words before its head (`joint
  // [exercise]`) and not written as a verb.
  bool HasNounPattern(std::string_view lemma) const;

  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<DiscardClass>& discards() const { return discards_; }

  // A discard cue: indices into discards() and its class's cues.
  struct CueRef {
    uint32_t discard_class = 0;
    uint32_t cue = 0;
  };
  // The cues whose first word is `word` (folded); empty when none.
  const std::vector<CueRef>& CuesStartingWith(std::string_view word) const;
  // The number of distinct codes with at least one pattern.
  size_t code_count() const;
  // The files read, in order.
  const std::vector<std::string>& files() const { return files_; }

 private:
  VerbDictionary();

  // What is looked up by a word, in tables built for it (verb_dictionary.cc):
  // each head's patterns and their index, and the discard cues by their
  // first word.
  struct Tables;

  std::vector<VerbPattern> patterns_;
  std::vector<DiscardClass> discards_;
  std::vector<std::string> files_;
  std::unique_ptr<Tables> tables_;
};

}  // namespace dyad

#endif  // DYAD_VERBS_H_
