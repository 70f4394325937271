#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/actors.h"
#include "dyad/syntax.h"

namespace dyad::cli {

using nlohmann::ordered_json;

ParseCommand::ParseCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "parse",
      "Print the clauses of each sentence, one JSON object a main clause: "
      "doc_id, sentence_index, predicate {text, lemma, span, tense, voice, "
      "negated, modality, modal, is_noun}, subject and objects ([{text, "
      "span}]), preps ([{prep, head, text, span}]), relation, embedded "
      "(nested clauses), back_end, note. --mode fast analyses every "
      "sentence (it is cheap); --mode accurate sends to Link Grammar only "
      "the sentences that name an actor and hold a candidate predicate, and "
      "prints nothing for the others");
  command_
      ->add_option("--mode", mode_, "accurate (Link Grammar) or fast (shallow)")
      ->check(CLI::IsMember({"accurate", "fast"}))
      ->capture_default_str();
  input_.Register(command_);
  dict_.Register(command_);
}

namespace {

ordered_json SpanJson(const Span& span) { return {span.begin, span.end}; }

std::string Slice(const std::string& text, const Span& span) {
  return text.substr(span.begin, span.size());
}

ordered_json ConstituentJson(const Document& doc, const Constituent& c) {
  return {{"text", Slice(doc.text, c.span)}, {"span", SpanJson(c.span)}};
}

ordered_json ClauseJson(const Document& doc, const Sentence& sentence,
                        const SentenceSyntax& syntax, uint32_t index) {
  const Clause& c = syntax.clauses[index];
  const Predicate& p = c.predicate;
  ordered_json j;
  j["predicate"] = {{"text", Slice(doc.text, p.words.span)},
                    {"lemma", p.lemma},
                    {"span", SpanJson(p.words.span)},
                    {"tense", TenseName(p.tense)},
                    {"voice", VoiceName(p.voice)},
                    {"negated", p.negated},
                    {"modality", ModalityName(p.modality)},
                    {"modal", p.modal},
                    {"is_noun", p.is_noun}};
  ordered_json subjects = ordered_json::array();
  for (const Constituent& s : c.subjects) {
    subjects.push_back(ConstituentJson(doc, s));
  }
  j["subject"] = std::move(subjects);
  ordered_json objects = ordered_json::array();
  for (const Constituent& o : c.objects) {
    objects.push_back(ConstituentJson(doc, o));
  }
  j["objects"] = std::move(objects);
  ordered_json preps = ordered_json::array();
  for (const PrepPhrase& pp : c.preps) {
    const Token& head = sentence.tokens[pp.object.head];
    preps.push_back({{"prep", pp.prep},
                     {"head", Slice(doc.text, head.span)},
                     {"text", Slice(doc.text, pp.object.span)},
                     {"span", SpanJson(pp.object.span)}});
  }
  j["preps"] = std::move(preps);
  j["relation"] = c.relation;
  ordered_json embedded = ordered_json::array();
  for (uint32_t e : c.embedded) {
    if (e < syntax.clauses.size() && e != index) {
      embedded.push_back(ClauseJson(doc, sentence, syntax, e));
    }
  }
  j["embedded"] = std::move(embedded);
  return j;
}

}  // namespace

int ParseCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad parse: " << error << "\n";
    return kExitUsage;
  }
  const bool accurate = mode_ == "accurate";
  auto analyzer = accurate ? CreateLinkAnalyzer() : CreateShallowAnalyzer();
  if (!analyzer.ok()) {
    std::cerr << "dyad parse: " << (accurate ? "accurate" : "fast")
              << " mode unavailable: " << analyzer.error().message << "\n";
    return kExitFailure;
  }
  std::unique_ptr<Lexicon> lexicon;
  if (accurate) {
    auto loaded = dict_.Load();
    if (!loaded.ok()) {
      std::cerr << "dyad parse: " << loaded.error().message << "\n";
      return kExitFailure;
    }
    lexicon = std::move(*loaded);
  }
  SegmentOptions segment_options;
  segment_options.tokenize = true;
  auto segmenter = Segmenter::Create(segment_options);
  if (!segmenter.ok()) {
    std::cerr << "dyad parse: " << segmenter.error().message << "\n";
    return kExitFailure;
  }
  int64_t sentences = 0, parsed = 0, clauses = 0;
  auto process = [&](const Document& doc, const Origin&) -> Status {
    auto segmented = (*segmenter)->Segment(doc);
    if (!segmented.ok()) return segmented.error();
    std::vector<ActorMention> mentions;
    if (lexicon) {
      mentions = ActorRecognizer(*lexicon).Find(*segmented, doc.published);
    }
    for (const Sentence& sentence : segmented->sentences) {
      ++sentences;
      if (accurate && !IsParseCandidate(*segmented, sentence, mentions)) {
        continue;
      }
      auto syntax = (*analyzer)->Analyze(*segmented, sentence);
      if (!syntax.ok()) return syntax.error();
      ++parsed;
      for (uint32_t i = 0; i < syntax->clauses.size(); ++i) {
        if (syntax->clauses[i].parent) continue;
        ++clauses;
        ordered_json j;
        j["doc_id"] = doc.id;
        j["sentence_index"] = sentence.index;
        ordered_json clause = ClauseJson(doc, sentence, *syntax, i);
        for (auto& [key, value] : clause.items()) j[key] = std::move(value);
        j["back_end"] = BackendName(syntax->backend);
        j["note"] = syntax->note;
        std::cout << j.dump(-1, ' ', false,
                            ordered_json::error_handler_t::replace)
                  << '\n';
      }
    }
    return Status();
  };
  BatchSummary summary = RunBatch(options, process);
  std::cout.flush();
  std::cerr << "dyad parse: " << summary.documents << " documents, "
            << sentences << " sentences, " << parsed << " analysed, " << clauses
            << " main clauses, " << summary.rejected << " rejected\n";
  return ExitStatus(summary);
}

}  // namespace dyad::cli
