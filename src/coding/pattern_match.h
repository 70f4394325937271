// Matching verb patterns against a clause: the clause becomes a frame of
// words and noun phrases after its predicate, and a pattern matches when
// its words and slots can be found in that frame in order. Internal.
#ifndef DYAD_SRC_CODING_PATTERN_MATCH_H_
#define DYAD_SRC_CODING_PATTERN_MATCH_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/actors.h"
#include "dyad/syntax.h"
#include "dyad/verbs.h"
#include "src/core/word_set.h"
#include "src/syntax/morphology.h"

namespace dyad::coding {

// A run of tokens [begin, end) of a sentence.
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The tokens of constituent `c`.
inline TokenRange RangeOf(const Constituent& c) {
  return {c.token_begin, c.token_end};
}

// What follows a predicate: single words and whole noun phrases. The
// views borrow from the sentence's tokens and its SentenceWords, which
// outlive the frame built from them.
struct FrameItem {
  bool phrase = false;
  TokenRange tokens;
  uint32_t head = 0;  // the token standing for the item
  std::string_view folded;
  std::string_view verb_lemma;
  std::string_view noun_lemma;
  std::string_view last_word;  // a phrase's last token, folded
  // A phrase's words, folded, with their noun lemmas, hyphens left out:
  // "military cooperation" may match its last two words. They are
  // word_count of the frame's phrase_words and phrase_lemmas from
  // first_word.
  uint32_t first_word = 0;
  uint32_t word_count = 0;
  std::string joined;      // its last hyphenated compound run together:
                           // "ceasefire" for "cease-fire"
  bool skippable = false;  // an adverb the patterns may step over
};

struct Frame {
  std::vector<FrameItem> items;
  // The words of every phrase among the items, one after another, and
  // their noun forms: one array for the frame rather than two for each
  // phrase.
  std::vector<std::string_view> phrase_words;
  std::vector<std::string_view> phrase_lemmas;

  // True iff `word` is a form a pattern word could match in the frame (a
  // folded form, a lemma, a phrase word, a joined compound): a pattern
  // with a word the frame does not hold cannot match, and is dismissed
  // before any backtracking. Goes through the forms: most frames are asked
  // about the words of one or two patterns (the sentence's forms rule out
  // the rest), fewer lookups than a set of the forms would take insertions.
  bool Holds(std::string_view word) const;
};

// Words of a sentence with their lemmas, computed once per sentence.
struct SentenceWords {
  std::vector<std::string> verb_lemma;
  std::vector<std::string> noun_lemma;
};

// Token `i`'s noun lemma, or its folded form when it has none: the form a
// word is compared in as a noun ("talks" -> "talk", "syria").
inline const std::string& NounForm(const Sentence& sentence,
                                   const SentenceWords& words, uint32_t i) {
  return words.noun_lemma[i].empty() ? sentence.tokens[i].folded
                                     : words.noun_lemma[i];
}

// The verb and noun lemmas of the sentence's words, from `lemmas`
// (syntax::LemmatizeTokens of the sentence).
SentenceWords LemmatizeSentence(const Sentence& sentence,
                                std::span<const syntax::WordLemmas> lemmas);

// The noun phrases known in a sentence (objects and prepositional objects
// of every clause, and actor mentions), indexed by their first token once
// for all the frames built in the sentence: each frame looks up the longest
// phrase at every token after its head, and going through every phrase
// there cost more than the rest of building the frame.
class PhraseIndex {
 public:
  PhraseIndex() = default;
  // Indexes `phrases` as Reset does.
  PhraseIndex(const std::vector<TokenRange>& phrases, size_t token_count);

  // Indexes `phrases` of a sentence of `token_count` tokens, in place of
  // what was indexed before (whose storage it reuses).
  void Reset(const std::vector<TokenRange>& phrases, size_t token_count);

  // The first, in the order given, of the longest phrases that begin at
  // token `at` or at token `or_at` and end after `at`; null when none.
  const TokenRange* Longest(uint32_t at, uint32_t or_at) const;

 private:
  // The first of the longest phrases beginning at token t: its position in
  // phrases_ plus one, 0 when none does. One more than the tokens, for a
  // phrase that begins at the sentence's end.
  const TokenRange* LongestFrom(uint32_t t) const;

  std::vector<TokenRange> phrases_;
  std::vector<uint32_t> longest_from_;
};

// Builds into `frame` the frame of the clause whose predicate head is token
// `head`, from the phrases known in the sentence; in a passive clause
// `logical_object`, when given, comes first and `agent` (the "by" phrase)
// is left out. What `frame` held is dropped; its storage is reused, as one
// sentence builds several frames.
void BuildFrame(const Sentence& sentence, const SentenceWords& words,
                uint32_t head, const PhraseIndex& phrases,
                std::optional<TokenRange> logical_object,
                std::optional<TokenRange> agent, Frame* frame);

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  std::optional<TokenRange> target;  // the phrase in the `+` slot
};

// Matches verb patterns against the clauses of one sentence. What the
// clauses share is computed once: the phrases indexed by first token, and
// every form a word of the sentence takes (folded, lemmas, hyphenated
// compounds run together), which rules out most of a head's patterns
// before the clause's frame is built; a clause whose patterns all need a
// word the sentence lacks needs no frame. Not for use by several threads
// at once: it reuses its storage from one frame, and one sentence, to the
// next.
class SentenceMatcher {
 public:
  SentenceMatcher() = default;

  // Starts on a sentence, in place of the one before. Borrows `sentence`
  // and `words`, which must outlive the calls of Match until the next
  // Reset. `phrases` are the noun phrases known in the sentence (objects
  // and prepositional objects of every clause, and actor mentions).
  void Reset(const Sentence& sentence, const SentenceWords& words,
             const std::vector<TokenRange>& phrases);

  // Returns the first of `patterns` (most specific first) that matches the
  // predicate at `head` of the sentence: its words before the head are the
  // tokens right before it, and the rest match the frame of the clause
  // (BuildFrame, with `logical_object` and `agent`). `index` is that of
  // `patterns`: only those it finds from the sentence's words are tried.
  std::optional<PatternMatch> Match(
      const std::vector<const VerbPattern*>& patterns,
      const PatternWordIndex& index, bool predicate_is_noun, uint32_t head,
      std::optional<TokenRange> logical_object,
      std::optional<TokenRange> agent);

  // forms_ shows the strings of compounds_, which a copy would not.
  SentenceMatcher(const SentenceMatcher&) = delete;
  SentenceMatcher& operator=(const SentenceMatcher&) = delete;

 private:
  // True iff `pattern` may match the predicate at `head`, from what its
  // head is and the words right before the head.
  bool FitsHead(const VerbPattern& pattern, bool predicate_is_noun,
                uint32_t head) const;

  const Sentence* sentence_ = nullptr;
  const SentenceWords* words_ = nullptr;
  PhraseIndex phrases_;
  std::vector<std::string> compounds_;  // forms_ shows them
  WordSet forms_;
  // One bit for each of a head's patterns, set for those worth trying:
  // going through them in order finds the first match as going through
  // the patterns would, without sorting.
  std::vector<uint64_t> candidates_;
  Frame frame_;
};

}  // namespace dyad::coding

#endif  // DYAD_SRC_CODING_PATTERN_MATCH_H_
