// Syntax: a sentence becomes clauses — who is the subject, what is the
// predicate, what are its objects — through one interface with two
// back-ends: accurate (Link Grammar, in-process) and fast (dyad's own
// shallow analysis over tagged tokens).
#ifndef DYAD_SYNTAX_H_
#define DYAD_SYNTAX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/text.h"
#include "dyad/time.h"

namespace dyad {

// Tense (kPast, kPresent, kFuture, kUnknown) and TenseName are dyad/time.h's.
enum class Voice { kActive, kPassive };
// As in the Event contract: "asserted" | "future" | "reported" |
// "hypothetical".
enum class Modality { kAsserted, kFuture, kReported, kHypothetical };
enum class SyntaxBackend { kLink, kShallow };

const char* VoiceName(Voice voice);        // "active", "passive"
const char* ModalityName(Modality m);      // "asserted", "future", ...
const char* BackendName(SyntaxBackend b);  // "link", "shallow"

// A run of the sentence's tokens: a noun phrase, a name, a verb group.
struct Constituent {
  uint32_t token_begin = 0;  // [token_begin, token_end) of Sentence::tokens
  uint32_t token_end = 0;
  uint32_t head = 0;  // the head token's index
  Span span;          // into Document::text
};

struct PrepPhrase {
  std::string prep;  // folded: "on", "with", "against", "by telephone with"
  Constituent object;
};

struct Predicate {
  Constituent words;     // the verb group or the event noun
  uint32_t head = 0;     // the head token (main verb or noun)
  std::string lemma;     // "speak", "veto", "attack"
  bool is_noun = false;  // an event noun: "attack", "talks", "sanctions"
  Tense tense = Tense::kUnknown;
  Voice voice = Voice::kActive;
  bool negated = false;  // "did not meet", "never met", "no talks"
  Modality modality = Modality::kAsserted;
  // The words that set the modality, folded: "will", "may", "plans to",
  // "threatened to", "is expected to"; empty when asserted.
  std::string modal;
};

// One clause. Roles are logical: passive voice is undone, so `subjects`
// holds the agent ("ordered by Trump" -> Trump) and the surface subject of
// a passive is among `objects`.
struct Clause {
  Predicate predicate;
  std::vector<Constituent> subjects;  // several when coordinated
  std::vector<Constituent> objects;
  std::vector<PrepPhrase> preps;
  // Clauses embedded in this one (complements of say/deny/accuse, purpose
  // clauses, relative clauses), as indices into SentenceSyntax::clauses.
  std::vector<uint32_t> embedded;
  std::optional<uint32_t> parent;
  // How this clause hangs from its parent: "complement", "purpose",
  // "relative", "coordinate", "adverbial" (after/before/when/because ...
  // clauses), or empty for a main clause.
  std::string relation;
};

struct SentenceSyntax {
  uint32_t sentence_index = 0;
  std::vector<Clause> clauses;  // main clauses first, then embedded ones
  SyntaxBackend backend = SyntaxBackend::kShallow;
  // How the result came about when not the plain way: "partial linkage",
  // "no linkage: shallow fallback", "timeout: shallow fallback".
  std::string note;
};

struct SyntaxOptions {
  // Debian's WordNet files (verb.exc, noun.exc, index.verb ...), for lemmas.
  // Default: /usr/share/wordnet.
  std::string wordnet_dir = "/usr/share/wordnet";
  // Link Grammar: seconds allowed per sentence before falling back.
  // Default: 1. Link Grammar's clock counts whole seconds, so a fraction is
  // rounded up; 1 is the least it honours. On the BBC corpus (bench/
  // syntax_bench) 0.1% of the sentences parsed reach it.
  double link_timeout_seconds = 1.0;
  // Link Grammar: the most linkages examined per sentence. Default: 1000,
  // the `link-parser` program's own. When a sentence has more linkages than
  // this (most news sentences have thousands to millions), Link Grammar
  // ranks a random sample of this size, so the limit decides which linkage
  // comes first: on 332 BBC candidate sentences, 100 gave the same clauses
  // as 1000 for only 47% of them, and got two of the reference article's
  // sentences wrong, while running 1.6x faster; 2000 agreed with 1000 on
  // 78% at half the speed. Lower it for speed only knowing that the
  // analyses change.
  int link_max_linkages = 1000;
  // Sentences longer than this many tokens skip Link Grammar and go to the
  // shallow back-end. Default: 40. Link Grammar's memory grows steeply with
  // length: at 60 the BBC corpus peaked at 388 MB (one sentence's parse),
  // at 40 it peaked at 247 MB and ran 1.24x faster, sending 6.5% of the
  // candidate sentences to the shallow back-end instead.
  int link_max_tokens = 40;
};

// Turns sentences into clauses. Implementations are immutable after
// creation and safe to use from many threads at once.
class Analyzer {
 public:
  virtual ~Analyzer() = default;
  // Analyses one sentence of a segmented document (its tokens must be set).
  virtual Result<SentenceSyntax> Analyze(const SegmentedDocument& document,
                                         const Sentence& sentence) const = 0;
  virtual SyntaxBackend backend() const = 0;
};

// The fast back-end: part-of-speech tags from a lexicon (WordNet plus
// closed-class words, suffix and context rules), noun and verb groups,
// subject and object by position, passive and reported-speech patterns.
Result<std::unique_ptr<Analyzer>> CreateShallowAnalyzer(
    const SyntaxOptions& options = {});

// The accurate back-end: Link Grammar's English dictionary, loaded once and
// shared; per-call sentences and options; a sentence with no complete
// linkage takes the best partial one, and failing that the shallow
// back-end's analysis, saying so in SentenceSyntax::note.
Result<std::unique_ptr<Analyzer>> CreateLinkAnalyzer(
    const SyntaxOptions& options = {});

// Returns true iff `sentence` of `document` is worth a parser's time: at
// least one of `mentions` (all of the document's actor mentions, as from
// ActorRecognizer::Find; only those of this sentence count) falls in it, and
// some other word of it can be an event predicate: a word that can be a verb
// by its form (an irregular verb form, a regular -ed/-ing/-s ending, a base
// form after a modal, "to" or an actor) or an event noun ("attack",
// "talks", "sanctions"). Needs the sentence's tokens. Cheap: no dictionary
// is loaded; safe from many threads.
bool IsParseCandidate(const SegmentedDocument& document,
                      const Sentence& sentence,
                      const std::vector<ActorMention>& mentions);

}  // namespace dyad

#endif  // DYAD_SYNTAX_H_
