#include "src/coding/pattern_match.h"

#include <algorithm>

namespace dyad::coding {
namespace {

bool IsArticle(std::string_view w) {
  return w == "a" || w == "an" || w == "the";
}

// Tokens the frame leaves out: articles, hyphens and quotation marks, and
// the possessive ending.
bool Invisible(const Token& token) {
  const std::string& f = token.folded;
  if (token.kind == TokenKind::kPunct) {
    return f == "-" || f == "\"" || f == "'" || f == "(" || f == ")";
  }
  return IsArticle(f) || f == "'s";
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

Frame BuildFrame(const Sentence& sentence, const SentenceWords& words,
                 uint32_t head, const std::vector<TokenRange>& phrases,
                 std::optional<TokenRange> logical_object,
                 std::optional<TokenRange> agent) {
  constexpr uint32_t kReach = 24;  // tokens after the head
  Frame frame;
  auto make_phrase = [&](TokenRange r) {
    FrameItem item;
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
    item.first_word = static_cast<uint32_t>(frame.phrase_words.size());
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (sentence.tokens[i].kind != TokenKind::kWord) continue;
      frame.phrase_words.push_back(sentence.tokens[i].folded);
      frame.phrase_lemmas.push_back(NounForm(sentence, words, i));
    }
    item.word_count =
        static_cast<uint32_t>(frame.phrase_words.size()) - item.first_word;
    // "cease-fire" as "ceasefire".
    if (h >= r.begin + 2 && sentence.tokens[h - 1].folded == "-") {
      item.joined = sentence.tokens[h - 2].folded + sentence.tokens[h].folded;
    }
    item.folded = sentence.tokens[h].folded;
    item.verb_lemma = words.verb_lemma[h];
    item.noun_lemma = words.noun_lemma[h];
    return item;
  };
  const uint32_t end = std::min<uint32_t>(
      static_cast<uint32_t>(sentence.tokens.size()), head + 1 + kReach);
  // At most an item for each token after the head, and the logical object;
  // about as many phrase words.
  frame.items.reserve(end - head);
  frame.phrase_words.reserve(end - head);
  frame.phrase_lemmas.reserve(end - head);
  if (logical_object) frame.items.push_back(make_phrase(*logical_object));
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
    const TokenRange* best = nullptr;
    for (const TokenRange& r : phrases) {
      if ((r.begin == i || r.begin == start) && r.end > i &&
          (best == nullptr || r.end > best->end)) {
        best = &r;
      }
    }
    if (best != nullptr) {
      frame.items.push_back(make_phrase(*best));
      i = best->end;
      continue;
    }
    if (!Invisible(token)) {
      FrameItem item;
      item.tokens = {i, i + 1};
      item.head = i;
      item.folded = token.folded;
      item.verb_lemma = words.verb_lemma[i];
      item.noun_lemma = words.noun_lemma[i];
      item.skippable = IsAdverb(token.folded);
      frame.items.push_back(std::move(item));
    }
    ++i;
  }
  // As many forms as are added below, duplicates counted.
  size_t form_count = 0;
  for (const FrameItem& item : frame.items) {
    form_count += 1 + !item.verb_lemma.empty() + !item.noun_lemma.empty() +
                  !item.joined.empty() + 2 * size_t{item.word_count};
  }
  frame.forms.Reset(form_count);
  for (const FrameItem& item : frame.items) {
    frame.forms.Insert(item.folded);
    if (!item.verb_lemma.empty()) frame.forms.Insert(item.verb_lemma);
    if (!item.noun_lemma.empty()) frame.forms.Insert(item.noun_lemma);
    if (!item.joined.empty()) frame.forms.Insert(item.joined);
    for (uint32_t w = item.first_word; w < item.first_word + item.word_count;
         ++w) {
      frame.forms.Insert(frame.phrase_words[w]);
      frame.forms.Insert(frame.phrase_lemmas[w]);
    }
  }
  return frame;
}

std::optional<PatternMatch> MatchPatterns(
    const std::vector<const VerbPattern*>& patterns,
    const PatternWordIndex& index, bool predicate_is_noun,
    const Sentence& sentence, const SentenceWords& words, uint32_t head,
    const Frame& frame) {
  // A pattern filed under a word the frame does not hold cannot match;
  // most of a head's patterns are never looked at.
  std::vector<uint32_t> candidates = index.wordless;
  frame.forms.ForEachContained(index.words, index.hashes, [&](size_t k) {
    candidates.insert(candidates.end(), index.filed[k].begin(),
                      index.filed[k].end());
  });
  std::sort(candidates.begin(), candidates.end());
  for (uint32_t position : candidates) {
    const VerbPattern* pattern = patterns[position];
    if (pattern->head_kind == VerbPattern::HeadKind::kVerb &&
        predicate_is_noun) {
      continue;
    }
    if (pattern->head_kind == VerbPattern::HeadKind::kNoun &&
        !predicate_is_noun) {
      continue;
    }
    bool possible = true;
    for (const PatternItem& item : pattern->after) {
      if (item.kind == PatternItem::Kind::kWord &&
          !frame.forms.Contains(item.word)) {
        possible = false;
        break;
      }
    }
    if (!possible) continue;
    // Words before the head, read backwards over hyphens ("air-strike").
    bool before_ok = true;
    int64_t t = static_cast<int64_t>(head) - 1;
    for (auto w = pattern->before.rbegin(); w != pattern->before.rend(); ++w) {
      while (t >= 0 && sentence.tokens[t].folded == "-") --t;
      if (t < 0 || (sentence.tokens[t].folded != *w &&
                    words.noun_lemma[t] != *w && words.verb_lemma[t] != *w)) {
        before_ok = false;
        break;
      }
      --t;
    }
    if (!before_ok) continue;
    std::optional<TokenRange> target;
    if (MatchFrom(pattern->after, 0, frame, 0, &target)) {
      return PatternMatch{pattern, target};
    }
  }
  return std::nullopt;
}

}  // namespace dyad::coding
