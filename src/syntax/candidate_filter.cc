// Which sentences go to a parser. Parsing is the costly step of coding a
// document, and a sentence without an actor cannot yield an event, nor one
// without a word that could be its predicate; everything else is cheap
// string tests, with no dictionary to load.
#include <algorithm>
#include <string_view>
#include <vector>

#include "dyad/syntax.h"

namespace dyad {
namespace {

bool In(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Irregular verb forms that news reports events with, past and participle,
// and a few base forms that are rarely anything but verbs.
bool IsIrregularVerbForm(std::string_view w) {
  return In({"said",      "says",       "told",     "met",         "meets",
             "held",      "holds",      "took",     "taken",       "gave",
             "given",     "made",       "sent",     "spoke",       "spoken",
             "struck",    "fought",     "led",      "left",        "won",
             "lost",      "sought",     "brought",  "began",       "begun",
             "broke",     "broken",     "withdrew", "withdrawn",   "threw",
             "shot",      "hit",        "put",      "set",         "cut",
             "let",       "quit",       "beat",     "beaten",      "bought",
             "sold",      "built",      "caught",   "drove",       "driven",
             "fled",      "flew",       "forbade",  "forgave",     "froze",
             "got",       "went",       "gone",     "grew",        "heard",
             "hid",       "kept",       "knew",     "known",       "laid",
             "meant",     "paid",       "ran",      "rose",        "risen",
             "saw",       "seen",       "seized",   "shook",       "stole",
             "stood",     "swore",      "sworn",    "taught",      "thought",
             "tore",      "understood", "wrote",    "written",     "overthrew",
             "undertook", "vowed",      "signed",   "agreed",      "urged",
             "warned",    "denied",     "accused",  "condemned",   "attacked",
             "killed",    "arrested",   "ordered",  "vetoed",      "discuss",
             "meet",      "speak",      "talk",     "attack",      "visit",
             "sign",      "urge",       "warn",     "deny",        "accuse",
             "condemn",   "kill",       "arrest",   "order",       "veto",
             "say",       "tell",       "call",     "ask",         "reject",
             "accept",    "support",    "oppose",   "threaten",    "invade",
             "bomb",      "strike",     "fight",    "negotiate",   "agree",
             "demand",    "impose",     "lift",     "ban",         "block",
             "help",      "host",       "invite",   "praise",      "criticise",
             "criticize", "blame",      "back",     "sanction",    "expel",
             "recognise", "recognize",  "protest",  "release",     "free",
             "announce",  "confirm",    "launch",   "congratulate"},
            w);
}

bool IsEventNounForm(std::string_view w) {
  return In(
      {"attack",        "attacks",      "strike",     "strikes",   "talks",
       "meeting",       "meetings",     "visit",      "visits",    "summit",
       "sanctions",     "veto",         "invasion",   "war",       "raid",
       "raids",         "bombing",      "bombings",   "offensive", "deal",
       "agreement",     "treaty",       "ceasefire",  "protest",   "protests",
       "clashes",       "election",     "vote",       "boycott",   "embargo",
       "arrest",        "arrests",      "killing",    "killings",  "threat",
       "threats",       "accusations",  "criticism",  "aid",       "support",
       "investigation", "negotiations", "withdrawal", "deployment"},
      w);
}

// Words that can never be the predicate of an event.
bool IsClosedClass(std::string_view w) {
  return In({"the",    "a",     "an",     "and",   "or",     "but",  "of",
             "in",     "on",    "at",     "to",    "for",    "with", "by",
             "from",   "as",    "is",     "are",   "was",    "were", "be",
             "been",   "being", "has",    "have",  "had",    "do",   "does",
             "did",    "will",  "would",  "may",   "might",  "can",  "could",
             "should", "must",  "shall",  "not",   "n't",    "that", "this",
             "these",  "those", "it",     "its",   "he",     "she",  "they",
             "his",    "her",   "their",  "who",   "which",  "what", "there",
             "also",   "very",  "more",   "most",  "than",   "then", "so",
             "if",     "when",  "while",  "after", "before", "into", "over",
             "about",  "all",   "any",    "some",  "no",     "such", "only",
             "just",   "now",   "still",  "yet",   "'s",     "'re",  "'ve",
             "'ll",    "'d",    "'m",     "us",    "we",     "you",  "i",
             "me",     "him",   "them",   "our",   "your",   "my",   "news",
             "is",     "this",  "always", "never", "often",  "again"},
            w);
}

bool IsModalOrTo(std::string_view w) {
  return In(
      {"will", "would", "may", "might", "can", "could", "should", "must",
       "shall", "to", "n't", "not", "'ll", "did", "does", "do", "wo", "ca"},
      w);
}

bool Lowercase(const SegmentedDocument& document, const Token& t) {
  std::string_view text = document.CleanOf(t);
  return !text.empty() && text[0] >= 'a' && text[0] <= 'z';
}

}  // namespace

bool IsParseCandidate(const SegmentedDocument& document,
                      const Sentence& sentence,
                      const std::vector<ActorMention>& mentions) {
  const size_t n = sentence.tokens.size();
  std::vector<bool> in_actor(n, false);
  std::vector<bool> after_actor(n + 1, false);
  bool any = false;
  for (const ActorMention& m : mentions) {
    if (m.sentence_index != sentence.index || m.token_end > n ||
        m.token_begin >= m.token_end) {
      continue;
    }
    any = true;
    std::fill(in_actor.begin() + m.token_begin, in_actor.begin() + m.token_end,
              true);
    after_actor[m.token_end] = true;
  }
  if (!any) return false;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = sentence.tokens[i];
    if (in_actor[i] || t.kind != TokenKind::kWord) continue;
    const std::string& w = t.folded;
    if (IsClosedClass(w)) continue;
    if (IsIrregularVerbForm(w) || IsEventNounForm(w)) return true;
    if (!Lowercase(document, t)) continue;
    if (w.size() >= 5 && (w.ends_with("ed") || w.ends_with("ing"))) {
      return true;
    }
    // A base or -s form right after a modal, "to" or an actor: "will
    // veto", "to condemn", "Russia vetoes".
    if (i > 0 &&
        (IsModalOrTo(sentence.tokens[i - 1].folded) || after_actor[i])) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad
