// The whole coder: a document in, its events out, through cleaning and
// segmentation, actors, time expressions, syntax and the verb patterns.
//
//   auto pipeline = dyad::Pipeline::Create({});
//   auto coded = (*pipeline)->Code(document);
//   for (const dyad::Event& e : coded->events) ...
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/cameo.h"
#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "dyad/options.h"
#include "dyad/syntax.h"
#include "dyad/text.h"
#include "dyad/time.h"
#include "dyad/verbs.h"

namespace dyad {

// Both modes analyse every sentence that may hold an event (MayHoldEvent)
// with dyad's shallow analysis.
enum class CodingMode {
  // Also parses with Link Grammar each such sentence in which the shallow
  // analysis finds no event, and keeps Link Grammar's reading when it is a
  // complete, plausible linkage that yields events.
  kAccurate,
  kFast,  // the shallow analysis alone
};

struct PipelineOptions {
  // Which syntax back-end analyses sentences. Default: accurate.
  CodingMode mode = CodingMode::kAccurate;
  // dyad's own dictionaries and tables (data/README.md). Default: empty,
  // DefaultDataDir().
  std::string data_dir;
  // Further dictionary folders loaded on top of dyad's own: actors in
  // dyad's format or PETRARCH's .actors and .agents files, and verb
  // patterns in a verbs/ folder inside. Default: none.
  std::vector<std::string> extra_dirs;
  // Report events the text says did not happen, with `negated` set.
  // Default: false.
  bool include_negated = false;
  // Code nothing in documents whose words mark them as sport,
  // entertainment or business stories (data/verbs/discards.txt): those in
  // which at least `discard_min_cues` cue words of one class occur and make
  // up at least `discard_share` of the words. Defaults: true, 4, 0.006.
  bool discard_stories = true;
  int discard_min_cues = 4;
  double discard_share = 0.006;
  SegmentOptions segment;
  // The syntax back-ends' options. Link Grammar here is the second reader
  // of sentences the shallow analysis found no event in, so the defaults
  // favour speed over SyntaxOptions' own: 100 linkages and 30 tokens at
  // most. On the gold set this codes the same events as 1000 and 40 (root
  // F1 0.590 against 0.589); on 400 BBC articles it makes accurate mode
  // 5.3x faster (bench/code_bench).
  SyntaxOptions syntax = CoderSyntaxOptions();

  static SyntaxOptions CoderSyntaxOptions() {
    SyntaxOptions options;
    options.link_max_linkages = 100;
    options.link_max_tokens = 30;
    return options;
  }
};

// A document and everything the pipeline found in it.
struct CodedDocument {
  SegmentedDocument segmented;
  std::vector<ActorMention> actors;  // coded on the publication date
  std::vector<Timex> times;
  std::vector<SentenceSyntax> syntax;  // the sentences analysed, in order
  std::vector<Event> events;           // in the order of their first mention
  // The class of story ("sport") when the document was discarded, else
  // empty.
  std::string discarded;
  // How many sentences the shallow analysis read, and how many of them
  // went on to Link Grammar (accurate mode).
  size_t analysed = 0;
  size_t parsed_by_link = 0;
};

// Immutable after Create: one pipeline codes documents on many threads at
// once (each call uses only its own state and the shared dictionaries).
class Pipeline {
 public:
  // Loads the actor dictionaries, the CAMEO table, the verb patterns,
  // WordNet and the syntax back-end of `options.mode`. The error names
  // what could not be loaded.
  static Result<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options);
  ~Pipeline();

  // Codes one document. InvalidArgument or TooLarge for a document that
  // cannot be segmented (bad UTF-8, over the size limit); the message names
  // the fault, the caller names the document.
  Result<CodedDocument> Code(const Document& document) const;

  // Codes `documents` on `threads` threads at once (0: one a core); the
  // results are in the order of the documents.
  std::vector<Result<CodedDocument>> CodeAll(
      std::span<const Document> documents, unsigned threads) const;

  // True iff `sentence` may hold an event: one of `mentions` (the
  // document's actor mentions) falls in it, and some word of it heads a
  // verb pattern (as a verb, a noun or as written). Only these sentences
  // are analysed; in accurate mode, only these reach Link Grammar.
  bool MayHoldEvent(const Sentence& sentence,
                    const std::vector<ActorMention>& mentions) const;

  const PipelineOptions& options() const { return options_; }
  const Lexicon& lexicon() const;
  const CameoTable& cameo() const;
  const VerbDictionary& verbs() const;

 private:
  struct Impl;
  Pipeline(const PipelineOptions& options, std::unique_ptr<Impl> impl);

  PipelineOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
