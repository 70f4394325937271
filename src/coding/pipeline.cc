#include "dyad/pipeline.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <numeric>
#include <optional>
#include <thread>

#include "src/coding/event_assembly.h"
#include "src/coding/pattern_match.h"
#include "src/syntax/morphology.h"
#include "src/syntax/shallow_analyzer.h"

namespace dyad {

struct Pipeline::Impl {
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<ActorRecognizer> recognizer;
  std::unique_ptr<CameoTable> cameo;
  std::unique_ptr<VerbDictionary> verbs;
  std::unique_ptr<Segmenter> segmenter;
  std::unique_ptr<TimeTagger> tagger;
  // Both modes; its WordNet lemmas are the coder's too.
  std::unique_ptr<syntax::ShallowAnalyzer> shallow;
  std::unique_ptr<Analyzer> link;  // accurate mode only
};

namespace {

// Adds the discard cues of `sentence` to `counts`, by class
// (VerbDictionary::discards' order; `counts` is that long); returns the
// number of words it has.
size_t CountCues(const Sentence& sentence, const VerbDictionary& verbs,
                 std::vector<int>& counts) {
  const std::vector<DiscardClass>& classes = verbs.discards();
  // A cue word matches its plural too ("goal" and "goals").
  auto same = [](const std::string& token, const std::string& w) {
    return token == w || (token.size() == w.size() + 1 && token.back() == 's' &&
                          token.compare(0, w.size(), w) == 0);
  };
  size_t words = 0;
  const auto& tokens = sentence.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    const std::string& f = tokens[i].folded;
    for (std::string_view first :
         {std::string_view(f),
          f.size() > 1 && f.back() == 's'
              ? std::string_view(f).substr(0, f.size() - 1)
              : std::string_view()}) {
      if (first.empty()) continue;
      for (const VerbDictionary::CueRef& ref : verbs.CuesStartingWith(first)) {
        const auto& cue = classes[ref.discard_class].cues[ref.cue];
        size_t t = i + 1;
        bool match = true;
        for (size_t w = 1; w < cue.size(); ++w) {
          while (t < tokens.size() && tokens[t].folded == "-") ++t;
          if (t >= tokens.size() || !same(tokens[t].folded, cue[w])) {
            match = false;
            break;
          }
          ++t;
        }
        if (match) ++counts[ref.discard_class];
      }
    }
  }
  return words;
}

// The class with most cues in `counts` (classes may be listed in several
// files under one name), and its count.
std::pair<std::string, int> TopClass(const std::vector<DiscardClass>& classes,
                                     const std::vector<int>& counts) {
  std::map<std::string, int> by_name;
  for (size_t c = 0; c < classes.size() && c < counts.size(); ++c) {
    by_name[classes[c].name] += counts[c];
  }
  std::pair<std::string, int> best{"", 0};
  for (const auto& [name, count] : by_name) {
    if (count > best.second) best = {name, count};
  }
  return best;
}

// What the discard cues say of a document: the class of story its words
// mark it as (empty when none), and which of its sentences read alone as
// sport, entertainment or business (two cues of one class: "Australia's
// fast bowlers bombarded England's batsmen"), for stories too short or too
// mixed to be discarded whole. Indexed by sentence index.
struct Discards {
  std::string story;
  std::vector<bool> sentence;
};

Discards ReadDiscards(const SegmentedDocument& segmented,
                      const VerbDictionary& verbs,
                      const PipelineOptions& options) {
  Discards out;
  const std::vector<DiscardClass>& classes = verbs.discards();
  if (classes.empty()) return out;
  size_t words = 0;
  std::vector<int> counts(classes.size()), in_sentence;
  for (const Sentence& sentence : segmented.sentences) {
    in_sentence.assign(classes.size(), 0);
    words += CountCues(sentence, verbs, in_sentence);
    for (size_t c = 0; c < classes.size(); ++c) counts[c] += in_sentence[c];
    if (out.sentence.size() <= sentence.index) {
      out.sentence.resize(sentence.index + 1);
    }
    // Most sentences have no cue, and fewer than two in all cannot make
    // two of one class: no need to add up the classes by name.
    const int cues = std::accumulate(in_sentence.begin(), in_sentence.end(), 0);
    out.sentence[sentence.index] =
        cues >= 2 && TopClass(classes, in_sentence).second >= 2;
  }
  auto [best, best_count] = TopClass(classes, counts);
  if (best_count >= options.discard_min_cues &&
      best_count >= options.discard_share * static_cast<double>(words)) {
    out.story = best;
  }
  return out;
}

// True iff word `i` of the sentence heads a verb pattern (as a verb, a
// noun or as written).
bool HeadsPattern(const Sentence& sentence, const coding::SentenceWords& w,
                  const VerbDictionary& verbs, size_t i) {
  if (sentence.tokens[i].kind != TokenKind::kWord) return false;
  return (!w.verb_lemma[i].empty() && verbs.IsHead(w.verb_lemma[i])) ||
         (!w.noun_lemma[i].empty() && verbs.IsHead(w.noun_lemma[i])) ||
         verbs.IsHead(sentence.tokens[i].folded);
}

// True iff some word of the sentence can head a verb pattern.
bool HasPatternHead(const Sentence& sentence, const coding::SentenceWords& w,
                    const VerbDictionary& verbs) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    if (HeadsPattern(sentence, w, verbs, i)) return true;
  }
  return false;
}

// True iff some word of the sentence that heads a verb pattern is not a
// predicate of `syntax`: only then can another parse find what this one
// missed.
bool LeftUnread(const Sentence& sentence, const coding::SentenceWords& w,
                const SentenceSyntax& syntax, const VerbDictionary& verbs) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    if (!HeadsPattern(sentence, w, verbs, i)) continue;
    bool read =
        std::any_of(syntax.clauses.begin(), syntax.clauses.end(),
                    [&](const Clause& c) { return c.predicate.head == i; });
    if (!read) return true;
  }
  return false;
}

// Why a Link Grammar analysis should not be trusted, or null: a partial
// linkage (words left out of the parse), or a predicate read in a name
// ("Trump to speak ..." with "Trump" as the verb).
const char* Implausible(const SentenceSyntax& syntax, const Sentence& sentence,
                        const std::vector<const ActorMention*>& actors) {
  const std::vector<Token>& tokens = sentence.tokens;
  if (syntax.backend != SyntaxBackend::kLink) return nullptr;
  if (!syntax.note.empty()) {
    return "partial linkage";
  }
  for (const Clause& c : syntax.clauses) {
    for (const Constituent& subject : c.subjects) {
      // "According to the Kremlin, ..." with "According" as a subject.
      const std::string& head = tokens[subject.head].folded;
      if (subject.token_end - subject.token_begin == 1 &&
          (head == "according" || head.ends_with("ly"))) {
        return "adverb as subject";
      }
    }
    for (const ActorMention* m : actors) {
      if (c.predicate.head >= m->token_begin &&
          c.predicate.head < m->token_end) {
        return "predicate in a name";
      }
    }
  }
  return nullptr;
}

}  // namespace

Pipeline::Pipeline(const PipelineOptions& options, std::unique_ptr<Impl> impl)
    : options_(options), impl_(std::move(impl)) {}

Pipeline::~Pipeline() = default;

const Lexicon& Pipeline::lexicon() const { return *impl_->lexicon; }
const CameoTable& Pipeline::cameo() const { return *impl_->cameo; }
const VerbDictionary& Pipeline::verbs() const { return *impl_->verbs; }

Result<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  LexiconOptions lexicon_options;
  lexicon_options.data_dir = options.data_dir;
  lexicon_options.extra_dirs = options.extra_dirs;
  auto lexicon = Lexicon::Load(lexicon_options);
  if (!lexicon.ok()) return lexicon.error();
  impl->lexicon = std::move(*lexicon);
  impl->recognizer = std::make_unique<ActorRecognizer>(*impl->lexicon);
  auto cameo = CameoTable::Load(options.data_dir);
  if (!cameo.ok()) return cameo.error();
  impl->cameo = std::move(*cameo);
  auto verbs =
      VerbDictionary::Load(options.data_dir, *impl->cameo, options.extra_dirs,
                           options.syntax.wordnet_dir);
  if (!verbs.ok()) return verbs.error();
  impl->verbs = std::move(*verbs);
  SegmentOptions segment = options.segment;
  segment.tokenize = true;
  auto segmenter = Segmenter::Create(segment);
  if (!segmenter.ok()) return segmenter.error();
  impl->segmenter = std::move(*segmenter);
  impl->tagger = std::make_unique<TimeTagger>();
  auto shallow = syntax::CreateShallow(options.syntax);
  if (!shallow.ok()) return shallow.error();
  impl->shallow = std::move(*shallow);
  if (options.mode == CodingMode::kAccurate) {
    auto link = CreateLinkAnalyzer(options.syntax);
    if (!link.ok()) return link.error();
    impl->link = std::move(*link);
  }
  return std::unique_ptr<Pipeline>(new Pipeline(options, std::move(impl)));
}

std::vector<Result<CodedDocument>> Pipeline::CodeAll(
    std::span<const Document> documents, unsigned threads) const {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::optional<Result<CodedDocument>>> results(documents.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < documents.size();) {
      results[i] = Code(documents[i]);
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads && t < documents.size(); ++t) {
    workers.emplace_back(work);
  }
  work();
  for (std::thread& w : workers) w.join();
  std::vector<Result<CodedDocument>> out;
  out.reserve(results.size());
  for (auto& r : results) out.push_back(std::move(*r));
  return out;
}

bool Pipeline::MayHoldEvent(const Sentence& sentence,
                            const std::vector<ActorMention>& mentions) const {
  bool actor =
      std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) {
        return m.sentence_index == sentence.index;
      });
  if (!actor) return false;
  const std::vector<syntax::WordLemmas> lemmas =
      syntax::LemmatizeTokens(sentence, impl_->shallow->morphology());
  return HasPatternHead(sentence, coding::LemmatizeSentence(sentence, lemmas),
                        *impl_->verbs);
}

Result<CodedDocument> Pipeline::Code(const Document& document) const {
  CodedDocument coded;
  auto segmented = impl_->segmenter->Segment(document);
  if (!segmented.ok()) return segmented.error();
  coded.segmented = std::move(*segmented);
  coded.actors = impl_->recognizer->Find(coded.segmented, document.published);
  coded.times = impl_->tagger->Tag(document, coded.segmented);
  Discards discards;
  if (options_.discard_stories) {
    discards = ReadDiscards(coded.segmented, *impl_->verbs, options_);
    coded.discarded = discards.story;
    if (!coded.discarded.empty()) return coded;
  }
  coding::CodingContext context;
  context.verbs = impl_->verbs.get();
  context.cameo = impl_->cameo.get();
  context.recognizer = impl_->recognizer.get();
  context.include_negated = options_.include_negated;

  size_t next_actor = 0, next_time = 0;
  for (const Sentence& sentence : coded.segmented.sentences) {
    coding::SentenceInput input;
    input.document = &document;
    input.sentence = &sentence;
    while (next_actor < coded.actors.size() &&
           coded.actors[next_actor].sentence_index < sentence.index) {
      ++next_actor;
    }
    for (size_t a = next_actor;
         a < coded.actors.size() &&
         coded.actors[a].sentence_index == sentence.index;
         ++a) {
      input.actors.push_back(&coded.actors[a]);
    }
    size_t first_time = next_time;
    while (first_time < coded.times.size() &&
           coded.times[first_time].sentence_index < sentence.index) {
      ++first_time;
    }
    next_time = first_time;
    while (next_time < coded.times.size() &&
           coded.times[next_time].sentence_index == sentence.index) {
      ++next_time;
    }
    input.times = std::span<const Timex>(coded.times.data() + first_time,
                                         next_time - first_time);
    if (input.actors.empty()) continue;
    if (sentence.index < discards.sentence.size() &&
        discards.sentence[sentence.index]) {
      continue;
    }
    // Found once, for the coder and the shallow analysis.
    const std::vector<syntax::WordLemmas> lemmas =
        syntax::LemmatizeTokens(sentence, impl_->shallow->morphology());
    coding::SentenceWords words = coding::LemmatizeSentence(sentence, lemmas);
    if (!HasPatternHead(sentence, words, *impl_->verbs)) continue;
    // Both modes read the sentence with the shallow analysis first. In
    // accurate mode a sentence in which it finds no event goes to Link
    // Grammar, whose reading is kept when it is plausible and finds one:
    // on the gold set this beats either analysis alone (README).
    auto syntax = impl_->shallow->Analyze(coded.segmented, sentence, lemmas);
    if (!syntax.ok()) return syntax.error();
    ++coded.analysed;
    input.syntax = &*syntax;
    input.words = &words;
    std::vector<Event> found =
        coding::CodeSentence(input, context, coded.events);
    // A sentence over Link Grammar's length limit would only come back as
    // the shallow analysis already read.
    const bool parsable = sentence.tokens.size() <=
                          static_cast<size_t>(options_.syntax.link_max_tokens);
    if (found.empty() && impl_->link && parsable &&
        LeftUnread(sentence, words, *syntax, *impl_->verbs)) {
      auto parsed = impl_->link->Analyze(coded.segmented, sentence);
      if (!parsed.ok()) return parsed.error();
      ++coded.parsed_by_link;
      if (parsed->backend == SyntaxBackend::kLink &&
          Implausible(*parsed, sentence, input.actors) == nullptr) {
        input.syntax = &*parsed;
        found = coding::CodeSentence(input, context, coded.events);
        if (!found.empty()) syntax = std::move(parsed);
      }
    }
    for (Event& e : found) coded.events.push_back(std::move(e));
    coded.syntax.push_back(std::move(*syntax));
  }
  coding::MergeDuplicates(&coded.events);
  return coded;
}

}  // namespace dyad
