#include "src/coding/pattern_match.h"

#include <algorithm>
#include <bit>

namespace dyad::coding {
namespace {

bool IsArticle(std::string_view w) {
  return w == "a" || w == "an" || w == "the";
}

// Tokens the frame leaves out: articles, hyphens and quotation marks, and
// the possessive ending.
bool Invisible(const Token& token) {
  std::string_view f = token.folded;
  if (token.kind == TokenKind::kPunct) {
    return f == "-" || f == "\"" || f == "'" || f == "(" || f == ")";
  }
  return IsArticle(f) || f == "'s";
}

// True iff `token` is a hyphen. As views, as all words compared with
// literals here: GCC 12's std::string == "literal" measures the literal
// and compares the bytes whatever the lengths.
bool IsHyphen(const Token& token) {
  return std::string_view(token.folded) == "-";
}

bool IsAdverb(std::string_view f) {
  if (f == "also" || f == "again" || f == "formally" || f == "still" ||
      f == "jointly" || f == "then" || f == "later" || f == "publicly" ||
      f == "yesterday" || f == "today" || f == "tonight") {
    return true;
  }
  return f.size() > 4 && f.ends_with("ly") && f != "early" && f != "only" &&
         f != "family" && f != "italy" && f != "rally" && f != "ally";
}

bool WordMatches(const FrameItem& item, std::string_view word) {
  return item.folded == word || item.verb_lemma == word ||
         item.noun_lemma == word ||
         (!item.joined.empty() && item.joined == word);
}

// How many pattern words from `p` on end the phrase `item` ("military
// cooperation" in "its military cooperation"): 0 when fewer than two do.
size_t WordsEndingPhrase(const std::vector<PatternItem>& pattern, size_t p,
                         const Frame& frame, const FrameItem& item) {
  size_t run = 0;
  while (p + run < pattern.size() &&
         pattern[p + run].kind == PatternItem::Kind::kWord) {
    ++run;
  }
  for (size_t k = std::min<size_t>(run, item.word_count); k >= 2; --k) {
    size_t first = item.first_word + item.word_count - k;
    bool all = true;
    for (size_t j = 0; j < k && all; ++j) {
      std::string_view w = pattern[p + j].word;
      all = frame.phrase_words[first + j] == w ||
            frame.phrase_lemmas[first + j] == w;
    }
    if (all) return k;
  }
  return 0;
}

// Backtracking over the pattern's items from `p`, the frame's from `f`.
bool MatchFrom(const std::vector<PatternItem>& pattern, size_t p,
               const Frame& frame, size_t f,
               std::optional<TokenRange>* target) {
  if (p == pattern.size()) return true;
  const PatternItem& item = pattern[p];
  if (item.kind == PatternItem::Kind::kGap) {
    for (int skip = 0; skip <= kMaxGap && f + skip <= frame.items.size();
         ++skip) {
      if (MatchFrom(pattern, p + 1, frame, f + skip, target)) return true;
    }
    return false;
  }
  if (f >= frame.items.size()) return false;
  const FrameItem& here = frame.items[f];
  bool matched = false;
  if (item.kind == PatternItem::Kind::kTarget) {
    // "called [the strikes illegal]": the analysis may take a complement
    // adjective into the object; the word after `+` can end the phrase.
    if (here.phrase && p + 1 < pattern.size() &&
        pattern[p + 1].kind == PatternItem::Kind::kWord &&
        here.tokens.end - here.tokens.begin >= 2 &&
        here.last_word == pattern[p + 1].word) {
      std::optional<TokenRange> saved = *target;
      *target = TokenRange{here.tokens.begin, here.tokens.end - 1};
      if (MatchFrom(pattern, p + 2, frame, f + 1, target)) return true;
      *target = saved;
    }
    if (here.phrase) {
      std::optional<TokenRange> saved = *target;
      *target = here.tokens;
      if (MatchFrom(pattern, p + 1, frame, f + 1, target)) return true;
      *target = saved;
    }
  } else {
    if (here.phrase) {
      if (size_t k = WordsEndingPhrase(pattern, p, frame, here);
          k > 0 && MatchFrom(pattern, p + k, frame, f + 1, target)) {
        return true;
      }
    }
    matched = WordMatches(here, item.word);
    if (matched && MatchFrom(pattern, p + 1, frame, f + 1, target)) {
      return true;
    }
  }
  // An adverb ("met secretly with") may be stepped over.
  if (here.skippable) return MatchFrom(pattern, p, frame, f + 1, target);
  return false;
}

}  // namespace

SentenceWords LemmatizeSentence(const Sentence& sentence,
                                std::span<const syntax::WordLemmas> lemmas) {
  SentenceWords words;
  words.verb_lemma.reserve(sentence.tokens.size());
  words.noun_lemma.reserve(sentence.tokens.size());
  // Most tokens have no verb lemma or no noun lemma (LemmatizeTokens leaves
  // those of all but words empty): an empty string is made as such, without
  // the copy of an empty view.
  auto add = [](std::vector<std::string>& to, std::string_view lemma) {
    if (lemma.empty()) {
      to.emplace_back();
    } else {
      to.emplace_back(lemma);
    }
  };
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    add(words.verb_lemma, lemmas[i].verb);
    add(words.noun_lemma, lemmas[i].noun);
  }
  return words;
}

PhraseIndex::PhraseIndex(const std::vector<TokenRange>& phrases,
                         size_t token_count) {
  Reset(phrases, token_count);
}

void PhraseIndex::Reset(const std::vector<TokenRange>& phrases,
                        size_t token_count) {
  phrases_.assign(phrases.begin(), phrases.end());
  longest_from_.assign(token_count + 1, 0);
  for (uint32_t k = 0; k < phrases_.size(); ++k) {
    const TokenRange& r = phrases_[k];
    if (r.begin > token_count) continue;  // no frame reaches it
    const TokenRange* best = LongestFrom(r.begin);
    if (best == nullptr || r.end > best->end) longest_from_[r.begin] = k + 1;
  }
}

const TokenRange* PhraseIndex::LongestFrom(uint32_t t) const {
  if (t >= longest_from_.size() || longest_from_[t] == 0) return nullptr;
  return &phrases_[longest_from_[t] - 1];
}

const TokenRange* PhraseIndex::Longest(uint32_t at, uint32_t or_at) const {
  const TokenRange* best = LongestFrom(at);
  if (best != nullptr && best->end <= at) best = nullptr;
  if (or_at == at) return best;
  const TokenRange* other = LongestFrom(or_at);
  if (other == nullptr || other->end <= at) return best;
  if (best == nullptr || other->end > best->end ||
      (other->end == best->end && other < best)) {
    return other;
  }
  return best;
}

void BuildFrame(const Sentence& sentence, const SentenceWords& words,
                uint32_t head, const PhraseIndex& phrases,
                std::optional<TokenRange> logical_object,
                std::optional<TokenRange> agent, Frame* frame) {
  constexpr uint32_t kReach = 24;  // tokens after the head
  frame->items.clear();
  frame->phrase_words.clear();
  frame->phrase_lemmas.clear();
  // Items are made in place: a FrameItem is a dozen fields to move.
  auto add_phrase = [&](TokenRange r) {
    FrameItem& item = frame->items.emplace_back();
    item.phrase = true;
    item.tokens = r;
    // The head of a noun phrase is its last word before any preposition
    // or clause: "any responsibility", "the sarin attack".
    uint32_t h = r.begin;
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (sentence.tokens[i].kind == TokenKind::kWord) h = i;
    }
    item.head = h;
    item.last_word = sentence.tokens[r.end - 1].folded;
    item.first_word = static_cast<uint32_t>(frame->phrase_words.size());
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (sentence.tokens[i].kind != TokenKind::kWord) continue;
      frame->phrase_words.push_back(sentence.tokens[i].folded);
      frame->phrase_lemmas.push_back(NounForm(sentence, words, i));
    }
    item.word_count =
        static_cast<uint32_t>(frame->phrase_words.size()) - item.first_word;
    // "cease-fire" as "ceasefire".
    if (h >= r.begin + 2 && IsHyphen(sentence.tokens[h - 1])) {
      item.joined = sentence.tokens[h - 2].folded + sentence.tokens[h].folded;
    }
    item.folded = sentence.tokens[h].folded;
    item.verb_lemma = words.verb_lemma[h];
    item.noun_lemma = words.noun_lemma[h];
  };
  const uint32_t end = std::min<uint32_t>(
      static_cast<uint32_t>(sentence.tokens.size()), head + 1 + kReach);
  // At most an item for each token after the head, and the logical object;
  // about as many phrase words.
  frame->items.reserve(end - head);
  frame->phrase_words.reserve(end - head);
  frame->phrase_lemmas.reserve(end - head);
  if (logical_object) add_phrase(*logical_object);
  uint32_t i = head + 1;
  while (i < end) {
    if (agent && i == agent->begin) {
      i = std::max(i + 1, agent->end);
      continue;
    }
    if (logical_object && i >= logical_object->begin &&
        i < logical_object->end) {
      i = logical_object->end;
      continue;
    }
    const Token& token = sentence.tokens[i];
    // The longest phrase starting here, articles before it included.
    uint32_t start = i;
    while (start < end && IsArticle(sentence.tokens[start].folded)) ++start;
    if (const TokenRange* best = phrases.Longest(i, start)) {
      add_phrase(*best);
      i = best->end;
      continue;
    }
    if (!Invisible(token)) {
      FrameItem& item = frame->items.emplace_back();
      item.tokens = {i, i + 1};
      item.head = i;
      item.folded = token.folded;
      item.verb_lemma = words.verb_lemma[i];
      item.noun_lemma = words.noun_lemma[i];
      item.skippable = IsAdverb(token.folded);
    }
    ++i;
  }
}

bool Frame::Holds(std::string_view word) const {
  for (const FrameItem& item : items) {
    if (item.folded == word || item.verb_lemma == word ||
        item.noun_lemma == word || item.joined == word) {
      return true;
    }
  }
  return std::find(phrase_words.begin(), phrase_words.end(), word) !=
             phrase_words.end() ||
         std::find(phrase_lemmas.begin(), phrase_lemmas.end(), word) !=
             phrase_lemmas.end();
}

void SentenceMatcher::Reset(const Sentence& sentence,
                            const SentenceWords& words,
                            const std::vector<TokenRange>& phrases) {
  sentence_ = &sentence;
  words_ = &words;
  phrases_.Reset(phrases, sentence.tokens.size());
  // Every form a frame of the sentence can hold (BuildFrame), whichever
  // its head: a pattern word missing here is missing from every frame.
  const std::vector<Token>& tokens = sentence.tokens;
  compounds_.clear();
  for (size_t h = 2; h < tokens.size(); ++h) {
    if (IsHyphen(tokens[h - 1])) {
      compounds_.push_back(tokens[h - 2].folded + tokens[h].folded);
    }
  }
  forms_.Reset(3 * tokens.size() + compounds_.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Most lemmas are the word itself: those need no second insertion.
    const std::string& folded = tokens[i].folded;
    forms_.Insert(folded);
    for (const std::string* lemma :
         {&words.verb_lemma[i], &words.noun_lemma[i]}) {
      if (!lemma->empty() && *lemma != folded) forms_.Insert(*lemma);
    }
  }
  for (const std::string& compound : compounds_) forms_.Insert(compound);
}

bool SentenceMatcher::FitsHead(const VerbPattern& pattern,
                               bool predicate_is_noun, uint32_t head) const {
  if (pattern.head_kind == VerbPattern::HeadKind::kVerb && predicate_is_noun) {
    return false;
  }
  if (pattern.head_kind == VerbPattern::HeadKind::kNoun && !predicate_is_noun) {
    return false;
  }
  // Words before the head, read backwards over hyphens ("air-strike").
  int64_t t = static_cast<int64_t>(head) - 1;
  for (auto w = pattern.before.rbegin(); w != pattern.before.rend(); ++w) {
    while (t >= 0 && IsHyphen(sentence_->tokens[t])) --t;
    if (t < 0 || (sentence_->tokens[t].folded != *w &&
                  words_->noun_lemma[t] != *w && words_->verb_lemma[t] != *w)) {
      return false;
    }
    --t;
  }
  return true;
}

std::optional<PatternMatch> SentenceMatcher::Match(
    const std::vector<const VerbPattern*>& patterns,
    const PatternWordIndex& index, bool predicate_is_noun, uint32_t head,
    std::optional<TokenRange> logical_object, std::optional<TokenRange> agent) {
  // A pattern filed under a word the sentence does not hold cannot match;
  // most of a head's patterns are never looked at.
  candidates_.assign((patterns.size() + 63) / 64, 0);
  auto mark = [&](uint32_t position) {
    candidates_[position / 64] |= uint64_t{1} << (position % 64);
  };
  for (uint32_t position : index.wordless) mark(position);
  forms_.ForEachContained(index.words, index.hashes, [&](size_t k) {
    for (uint32_t position : index.filed[k]) mark(position);
  });
  // The frame is built for the first pattern the sentence's words allow,
  // and then rules out those its own words do not.
  bool built = false;
  for (size_t w = 0; w < candidates_.size(); ++w) {
    for (uint64_t bits = candidates_[w]; bits != 0; bits &= bits - 1) {
      const VerbPattern* pattern = patterns[w * 64 + std::countr_zero(bits)];
      if (!FitsHead(*pattern, predicate_is_noun, head)) continue;
      auto words_held = [&](auto holds) {
        return std::all_of(pattern->after.begin(), pattern->after.end(),
                           [&](const PatternItem& item) {
                             return item.kind != PatternItem::Kind::kWord ||
                                    holds(item.word);
                           });
      };
      if (!built) {
        if (!words_held(
                [&](std::string_view w) { return forms_.Contains(w); })) {
          continue;
        }
        BuildFrame(*sentence_, *words_, head, phrases_, logical_object, agent,
                   &frame_);
        built = true;
      }
      if (!words_held([&](std::string_view w) { return frame_.Holds(w); })) {
        continue;
      }
      std::optional<TokenRange> target;
      if (MatchFrom(pattern->after, 0, frame_, 0, &target)) {
        return PatternMatch{pattern, target};
      }
    }
  }
  return std::nullopt;
}

}  // namespace dyad::coding
