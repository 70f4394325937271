// Tense from surface cues, until the syntax stage gives each clause its own.
#include "src/time/tense.h"

#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/time.h"
#include "src/time/word_rows.h"

namespace dyad {
namespace {

using Cue = time::TenseCue;

// Inline, so that each call's words are known where it is compiled: the
// lengths are compared first and most words leave without a memcmp call.
inline bool In(std::string_view w,
               std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

// Past-tense forms of common irregular verbs ("said", "met", "went"). Here
// rather than in the time lexicon, whose words start_words.cmake reads as
// words a time expression may begin with.
constexpr std::string_view kIrregularPast[] = {
    "was",       "were",       "had",       "did",       "said",
    "told",      "made",       "went",      "came",      "took",
    "gave",      "got",        "saw",       "knew",      "thought",
    "found",     "left",       "felt",      "kept",      "held",
    "brought",   "began",      "ran",       "met",       "paid",
    "sent",      "built",      "spent",     "lost",      "won",
    "stood",     "understood", "wrote",     "spoke",     "broke",
    "chose",     "fell",       "fought",    "led",       "meant",
    "sold",      "bought",     "caught",    "taught",    "threw",
    "grew",      "drew",       "flew",      "became",    "forgot",
    "hid",       "lay",        "rose",      "sat",       "shook",
    "sang",      "struck",     "swore",     "tore",      "woke",
    "wore",      "wept",       "withdrew",  "overtook",  "undertook",
    "upheld",    "withheld",   "arose",     "bore",      "bent",
    "bled",      "blew",       "dealt",     "dug",       "drank",
    "drove",     "ate",        "fed",       "fled",      "forbade",
    "forgave",   "froze",      "hung",      "heard",     "knelt",
    "laid",      "lent",       "lit",       "mistook",   "rang",
    "rode",      "sank",       "shot",      "shone",     "slept",
    "slid",      "sought",     "sped",      "spun",      "stole",
    "stuck",     "stung",      "strove",    "swept",     "swam",
    "swung",     "trod",       "overcame",  "overthrew", "foresaw",
    "oversaw",   "awoke",      "beheld",    "befell",    "begot",
    "bid",       "bit",        "bound",     "bred",      "clung",
    "crept",     "dove",       "dreamt",    "fled",      "flung",
    "forgot",    "forsook",    "ground",    "knew",      "leapt",
    "learnt",    "misled",     "mislaid",   "outgrew",   "outran",
    "overheard", "overrode",   "overslept", "partook",   "rebuilt",
    "reread",    "resold",     "retold",    "rewrote",   "rode",
    "saw",       "sewed",      "shed",      "shrank",    "slew",
    "slung",     "smote",      "sold",      "sowed",     "spat",
    "spelt",     "spilt",      "sprang",    "stank",     "stank",
    "strode",    "strung",     "stuck",     "swelled",   "throve",
    "underwent", "undid",      "unwound",   "upset",     "wed",
    "withstood", "won",        "wound",     "wrung",     "told",
};

bool IsIrregularPast(std::string_view folded) {
  static const time::WordRows kTable(kIrregularPast);
  return kTable.Find(folded) >= 0;
}

bool IsBoundary(std::string_view w) {
  return In(w, {";", ":", "\"", "(", ")", ",", "--", "that", "which", "who",
                "while", "whereas", "but", "because", "although"});
}

// -ed forms that are not verbs in the past.
bool IsPastParticipleLike(std::string_view w) {
  if (w.size() < 4 || !w.ends_with("ed")) return false;
  if (w.ends_with("eed"))
    return In(w, {"agreed", "freed", "decreed", "guaranteed", "refereed"});
  return !In(w,
             {"hundred",  "sacred",      "naked",     "wicked",     "kindred",
              "alleged",  "so-called",   "armed",     "united",     "detailed",
              "related",  "limited",     "concerned", "interested", "supposed",
              "advanced", "experienced", "qualified", "skilled",    "talented",
              "aged",     "beloved",     "learned",   "rugged",     "crooked",
              "ragged",   "wretched",    "embed",     "infrared",   "bed",
              "based"});
}

// A word after "to" that reads as a verb: lower case, not a determiner.
bool VerbLike(const std::vector<std::string_view>& w, size_t i) {
  if (i >= w.size()) return false;
  std::string_view x = w[i];
  if (x.empty() || !(x[0] >= 'a' && x[0] <= 'z')) return false;
  return !In(x, {"the", "a", "an", "this", "that", "his", "her", "their", "its",
                 "our", "my", "your", "some", "date"});
}

// "planned more marches for": a plan for a time to come.
bool ForFollows(const std::vector<std::string_view>& w, size_t i) {
  for (size_t k = i + 1; k < w.size() && k <= i + 4; ++k) {
    if (w[k] == "for") return true;
    if (IsBoundary(w[k])) return false;
  }
  return false;
}

// The cue each token gives; multi-word future cues mark their first word.
std::vector<Cue> Cues(const SegmentedDocument& segmented,
                      const Sentence& sentence,
                      std::vector<std::string_view>* words) {
  const size_t n = sentence.tokens.size();
  words->clear();
  for (const Token& t : sentence.tokens) words->push_back(t.folded);
  const std::vector<std::string_view>& w = *words;
  std::vector<Cue> cues(n, Cue::kNone);
  for (size_t i = 0; i < n; ++i) {
    std::string_view x = w[i];
    std::string_view raw = segmented.CleanOf(sentence.tokens[i]);
    bool capitalized = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    std::string_view next = i + 1 < n ? w[i + 1] : std::string_view();
    std::string_view prev = i > 0 ? w[i - 1] : std::string_view();
    // The auxiliary before a participle carries the tense: "will be held",
    // "is expected", "was killed", "has been accused".
    std::string_view aux = prev;
    if (i >= 2 && (In(prev, {"not", "also", "already", "then", "now", "since",
                             "just", "never", "been", "being"}) ||
                   (prev.size() > 4 && prev.ends_with("ly"))))
      aux = In(prev, {"been", "being"}) ? prev : w[i - 2];
    if (In(x, {"will", "'ll", "shall", "tomorrow", "would"}) ||
        (x == "wo" && next == "n't")) {
      cues[i] = Cue::kFuture;
    } else if (x == "going" && next == "to" && VerbLike(w, i + 2)) {
      cues[i] = Cue::kFuture;
    } else if (In(x, {"is", "are", "am"}) && next == "to" &&
               VerbLike(w, i + 2)) {
      cues[i] = Cue::kFuture;
      cues[i + 1] = Cue::kFuture;
    } else if (In(x, {"scheduled", "due", "set", "expected", "plans", "plan",
                      "planning", "intends", "aims", "poised", "slated"}) &&
               next == "to" && VerbLike(w, i + 2)) {
      // "was due to leave" looked forward from a past that has gone by.
      Cue cue = In(aux, {"was", "were", "had"}) ? Cue::kPast : Cue::kFuture;
      cues[i] = cue;
      cues[i + 1] = cue;
      ++i;
    } else if (In(x, {"scheduled", "planned", "slated", "due", "set"}) &&
               ForFollows(w, i)) {
      cues[i] = In(aux, {"was", "were", "had"}) ? Cue::kPast : Cue::kFuture;
    } else if (In(x, {"yesterday", "ago", "been"})) {
      cues[i] = Cue::kPast;
    } else if (IsIrregularPast(x) ||
               (IsPastParticipleLike(x) && (!capitalized || i == 0))) {
      if (In(aux, {"be", "being", "is", "are", "am", "been", "was", "were",
                   "had", "will", "would", "'ll"})) {
        // The auxiliary is (or was) the cue.
      } else if (In(aux, {"has", "have", "'ve"})) {
        cues[i] = Cue::kPast;
      } else if (!In(prev,
                     {"the", "a", "an", "this", "these", "those", "its"})) {
        // "the alleged plot": a participle after a determiner is an
        // adjective.
        cues[i] = Cue::kPast;
      }
    } else if (In(x, {"cut", "put", "hit", "let", "quit", "shut", "hurt",
                      "spread", "cost", "beat", "bet", "cast", "burst", "split",
                      "upset", "shed", "read"}) &&
               !In(prev, {"to",    "will", "would",  "can",   "could", "may",
                          "might", "must", "should", "shall", "n't",   "do",
                          "does",  "did",  "'ll",    "not",   "i",     "you",
                          "we",    "they", "a",      "the",   "and"})) {
      // Forms shared by present and past: in news, mostly the past.
      cues[i] = Cue::kPast;
    } else if (In(x, {"is", "are", "am", "says", "say", "does", "do"})) {
      cues[i] = Cue::kPresent;
    } else if (x.size() >= 3 && x.back() == 's' && x[x.size() - 2] != '\'' &&
               !capitalized &&
               In(prev, {"he", "she", "it", "who", "which", "that"})) {
      // "who takes office": a verb in the present after its subject.
      cues[i] = Cue::kPresent;
    }
  }
  return cues;
}

Tense ToTense(Cue cue) {
  switch (cue) {
    case Cue::kPast:
      return Tense::kPast;
    case Cue::kFuture:
      return Tense::kFuture;
    default:
      return Tense::kPresent;
  }
}

// The cue nearest to [begin, end) within [lo, hi); on a tie the one before
// wins, since a time phrase mostly follows its verb ("said on Sunday he
// would").
Cue Nearest(const std::vector<Cue>& cues, size_t lo, size_t hi, size_t begin,
            size_t end) {
  Cue best = Cue::kNone;
  size_t best_distance = SIZE_MAX;
  for (size_t i = lo; i < hi; ++i) {
    if (cues[i] == Cue::kNone) continue;
    size_t d = i < begin ? begin - i : (i >= end ? i - end + 1 : 0);
    if (d < best_distance) {
      best = cues[i];
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

const char* TenseName(Tense tense) {
  switch (tense) {
    case Tense::kPast:
      return "past";
    case Tense::kPresent:
      return "present";
    case Tense::kFuture:
      return "future";
    case Tense::kUnknown:
      return "unknown";
  }
  return "present";
}

Tense ClauseTense(const SegmentedDocument& segmented, const Sentence& sentence,
                  size_t begin, size_t end) {
  return time::SentenceTense(segmented, sentence).ClauseTense(begin, end);
}

namespace time {

SentenceTense::SentenceTense(const SegmentedDocument& segmented,
                             const Sentence& sentence)
    : cues_(Cues(segmented, sentence, &words_)) {}

Tense SentenceTense::ClauseTense(size_t begin, size_t end) const {
  const size_t n = cues_.size();
  if (begin >= n) return Tense::kPresent;
  if (end > n) end = n;
  size_t lo = begin;
  while (lo > 0 && !IsBoundary(words_[lo - 1])) --lo;
  size_t hi = end;
  while (hi < n && !IsBoundary(words_[hi])) ++hi;
  Cue cue = Nearest(cues_, lo, hi, begin, end);
  if (cue == Cue::kNone) cue = Nearest(cues_, 0, n, begin, end);
  return ToTense(cue);
}

}  // namespace time

}  // namespace dyad
