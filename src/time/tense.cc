// Tense from surface cues, until the syntax stage gives each clause its own.
#include "src/time/tense.h"

#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "dyad/time.h"
#include "src/time/word_rows.h"

namespace dyad {
namespace {

using Cue = time::TenseCue;

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

// What the cues ask of a word, as bits: which of the word lists below it
// is in. A sentence's words are looked up once each; the cues used to test
// each word against a dozen lists.
enum WordFlag : uint32_t {
  kBoundary = 1u << 0,         // ends a clause: ";", ",", "that", "but"
  kAdverb = 1u << 1,           // between an auxiliary and its participle
  kBeenBeing = 1u << 2,        // "been", "being"
  kFutureWord = 1u << 3,       // "will", "shall", "tomorrow"
  kBe = 1u << 4,               // "is", "are", "am"
  kPlanTo = 1u << 5,           // "due", "plans" ... before "to"
  kPastAux = 1u << 6,          // "was", "were", "had"
  kPlanFor = 1u << 7,          // "planned", "due" ... before "for"
  kPastWord = 1u << 8,         // "yesterday", "ago", "been"
  kIrregular = 1u << 9,        // kIrregularPast
  kEedVerb = 1u << 10,         // -eed forms that are verbs: "agreed"
  kEdNotVerb = 1u << 11,       // -ed forms that are not: "hundred"
  kPassiveAux = 1u << 12,      // before a participle that is no cue
  kPerfectAux = 1u << 13,      // "has", "have", "'ve"
  kDeterminer = 1u << 14,      // before a participle used as an adjective
  kSharedForm = 1u << 15,      // present and past alike: "cut", "put"
  kBeforeBareForm = 1u << 16,  // before a shared form in the present
  kPresentWord = 1u << 17,     // "is", "says", "does"
  kSubject = 1u << 18,         // before a verb in -s: "he", "who"
  kNotVerb = 1u << 19,         // after "to", not a verb: "the", "date"
};

uint32_t FlagsOf(std::string_view folded) {
  struct Group {
    uint32_t flag;
    std::initializer_list<std::string_view> words;
  };
  static const time::WordFlags kTable = [] {
    const Group groups[] = {
        {kBoundary,
         {";", ":", "\"", "(", ")", ",", "--", "that", "which", "who", "while",
          "whereas", "but", "because", "although"}},
        {kAdverb,
         {"not", "also", "already", "then", "now", "since", "just", "never",
          "been", "being"}},
        {kBeenBeing, {"been", "being"}},
        {kFutureWord, {"will", "'ll", "shall", "tomorrow", "would"}},
        {kBe, {"is", "are", "am"}},
        {kPlanTo,
         {"scheduled", "due", "set", "expected", "plans", "plan", "planning",
          "intends", "aims", "poised", "slated"}},
        {kPastAux, {"was", "were", "had"}},
        {kPlanFor, {"scheduled", "planned", "slated", "due", "set"}},
        {kPastWord, {"yesterday", "ago", "been"}},
        {kEedVerb, {"agreed", "freed", "decreed", "guaranteed", "refereed"}},
        {kEdNotVerb,
         {"hundred",  "sacred",      "naked",     "wicked",     "kindred",
          "alleged",  "so-called",   "armed",     "united",     "detailed",
          "related",  "limited",     "concerned", "interested", "supposed",
          "advanced", "experienced", "qualified", "skilled",    "talented",
          "aged",     "beloved",     "learned",   "rugged",     "crooked",
          "ragged",   "wretched",    "embed",     "infrared",   "bed",
          "based"}},
        {kPassiveAux,
         {"be", "being", "is", "are", "am", "been", "was", "were", "had",
          "will", "would", "'ll"}},
        {kPerfectAux, {"has", "have", "'ve"}},
        {kDeterminer, {"the", "a", "an", "this", "these", "those", "its"}},
        {kSharedForm,
         {"cut", "put", "hit", "let", "quit", "shut", "hurt", "spread", "cost",
          "beat", "bet", "cast", "burst", "split", "upset", "shed", "read"}},
        {kBeforeBareForm,
         {"to",     "will",  "would", "can",  "could", "may", "might", "must",
          "should", "shall", "n't",   "do",   "does",  "did", "'ll",   "not",
          "i",      "you",   "we",    "they", "a",     "the", "and"}},
        {kPresentWord, {"is", "are", "am", "says", "say", "does", "do"}},
        {kSubject, {"he", "she", "it", "who", "which", "that"}},
        {kNotVerb,
         {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our",
          "my", "your", "some", "date"}},
    };
    time::WordFlags table;
    for (const Group& group : groups) table.AddAll(group.words, group.flag);
    table.AddAll(kIrregularPast, kIrregular);
    return table;
  }();
  return kTable.Find(folded);
}

// Sets `*flags` to the FlagsOf each token's word.
void FlagsOfWords(const Sentence& sentence, std::vector<uint32_t>* flags) {
  flags->clear();
  for (const Token& t : sentence.tokens) flags->push_back(FlagsOf(t.folded));
}

// -ed forms that are not verbs in the past.
bool IsPastParticipleLike(std::string_view w, uint32_t flags) {
  if (w.size() < 4 || !w.ends_with("ed")) return false;
  if (w.ends_with("eed")) return (flags & kEedVerb) != 0;
  return (flags & kEdNotVerb) == 0;
}

// A word after "to" that reads as a verb: lower case, not a determiner.
bool VerbLike(const Sentence& sentence, const std::vector<uint32_t>& flags,
              size_t i) {
  if (i >= flags.size()) return false;
  std::string_view x = sentence.tokens[i].folded;
  if (x.empty() || !(x[0] >= 'a' && x[0] <= 'z')) return false;
  return (flags[i] & kNotVerb) == 0;
}

// "planned more marches for": a plan for a time to come.
bool ForFollows(const Sentence& sentence, const std::vector<uint32_t>& flags,
                size_t i) {
  for (size_t k = i + 1; k < flags.size() && k <= i + 4; ++k) {
    if (sentence.tokens[k].folded == "for") return true;
    if (flags[k] & kBoundary) return false;
  }
  return false;
}

// Sets `*out` to the cue each token gives; multi-word future cues mark
// their first word. `flags` are the tokens' FlagsOf.
void Cues(const SegmentedDocument& segmented, const Sentence& sentence,
          const std::vector<uint32_t>& flags, std::vector<Cue>* out) {
  const size_t n = sentence.tokens.size();
  std::vector<Cue>& cues = *out;
  cues.assign(n, Cue::kNone);
  for (size_t i = 0; i < n; ++i) {
    std::string_view x = sentence.tokens[i].folded;
    const uint32_t f = flags[i];
    // Worked out only when asked: most words are settled before.
    auto capitalized = [&] {
      std::string_view raw = segmented.CleanOf(sentence.tokens[i]);
      return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    };
    std::string_view next =
        i + 1 < n ? sentence.tokens[i + 1].folded : std::string_view();
    const uint32_t prev = i > 0 ? flags[i - 1] : 0;
    // The auxiliary before a participle carries the tense: "will be held",
    // "is expected", "was killed", "has been accused".
    uint32_t aux = prev;
    if (i >= 2) {
      std::string_view before = sentence.tokens[i - 1].folded;
      if ((prev & kAdverb) || (before.size() > 4 && before.ends_with("ly")))
        aux = (prev & kBeenBeing) ? prev : flags[i - 2];
    }
    if ((f & kFutureWord) || (x == "wo" && next == "n't")) {
      cues[i] = Cue::kFuture;
    } else if (x == "going" && next == "to" &&
               VerbLike(sentence, flags, i + 2)) {
      cues[i] = Cue::kFuture;
    } else if ((f & kBe) && next == "to" && VerbLike(sentence, flags, i + 2)) {
      cues[i] = Cue::kFuture;
      cues[i + 1] = Cue::kFuture;
    } else if ((f & kPlanTo) && next == "to" &&
               VerbLike(sentence, flags, i + 2)) {
      // "was due to leave" looked forward from a past that has gone by.
      Cue cue = (aux & kPastAux) ? Cue::kPast : Cue::kFuture;
      cues[i] = cue;
      cues[i + 1] = cue;
      ++i;
    } else if ((f & kPlanFor) && ForFollows(sentence, flags, i)) {
      cues[i] = (aux & kPastAux) ? Cue::kPast : Cue::kFuture;
    } else if (f & kPastWord) {
      cues[i] = Cue::kPast;
    } else if ((f & kIrregular) ||
               (IsPastParticipleLike(x, f) && (i == 0 || !capitalized()))) {
      if (aux & kPassiveAux) {
        // The auxiliary is (or was) the cue.
      } else if (aux & kPerfectAux) {
        cues[i] = Cue::kPast;
      } else if (!(prev & kDeterminer)) {
        // "the alleged plot": a participle after a determiner is an
        // adjective.
        cues[i] = Cue::kPast;
      }
    } else if ((f & kSharedForm) && !(prev & kBeforeBareForm)) {
      // Forms shared by present and past: in news, mostly the past.
      cues[i] = Cue::kPast;
    } else if (f & kPresentWord) {
      cues[i] = Cue::kPresent;
    } else if (x.size() >= 3 && x.back() == 's' && x[x.size() - 2] != '\'' &&
               (prev & kSubject) && !capitalized()) {
      // "who takes office": a verb in the present after its subject.
      cues[i] = Cue::kPresent;
    }
  }
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
                             const Sentence& sentence) {
  Read(segmented, sentence);
}

void SentenceTense::Read(const SegmentedDocument& segmented,
                         const Sentence& sentence) {
  FlagsOfWords(sentence, &flags_);
  Cues(segmented, sentence, flags_, &cues_);
}

Tense SentenceTense::ClauseTense(size_t begin, size_t end) const {
  const size_t n = cues_.size();
  if (begin >= n) return Tense::kPresent;
  if (end > n) end = n;
  size_t lo = begin;
  while (lo > 0 && !(flags_[lo - 1] & kBoundary)) --lo;
  size_t hi = end;
  while (hi < n && !(flags_[hi] & kBoundary)) ++hi;
  Cue cue = Nearest(cues_, lo, hi, begin, end);
  if (cue == Cue::kNone) cue = Nearest(cues_, 0, n, begin, end);
  return ToTense(cue);
}

}  // namespace time

}  // namespace dyad
