#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/text.h"

namespace dyad::cli {

using nlohmann::json;

void InputFlags::Register(CLI::App* command) {
  command
      ->add_option("FILE", inputs,
                   "Inputs: .txt (one document), .jsonl (one a line), "
                   ".html (one page), or - for standard input")
      ->required();
  command->add_option("--date", date,
                      "Publication date (YYYY-MM-DD) of documents that carry "
                      "none");
  command->add_option("--id", id,
                      "Id of a single-document input (default: the file name "
                      "without extension, or 'stdin')");
  command
      ->add_option(format_flag, format,
                   "How to read the inputs: auto (by extension), txt, "
                   "jsonl, html")
      ->capture_default_str();
  command
      ->add_option("--rejects", rejects,
                   "Where rejected documents are kept, with the reason "
                   "(JSON Lines, appended to)")
      ->capture_default_str();
}

std::string InputFlags::ToBatchOptions(BatchOptions* options) const {
  options->inputs = inputs;
  auto format_result = ParseInputFormat(format);
  if (!format_result.ok()) return "--format: " + format_result.error().message;
  options->format = *format_result;
  if (!date.empty()) {
    auto parsed = ParseIsoDate(date);
    if (!parsed.ok()) return "--date: " + parsed.error().message;
    options->read.default_date = *parsed;
  }
  options->read.id = id;
  options->rejects_path = rejects;
  return {};
}

SegmentCommand::SegmentCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "segment",
      "Print the sentences of documents, one JSON object a line: doc_id, "
      "index, text, span (byte offsets into the text as given), role "
      "(headline, caption, body)");
  input_.Register(command_);
  command_->add_flag("--tokens", tokens_,
                     "Add each sentence's tokens (text, folded, span, kind)");
  command_
      ->add_option("--emit", emit_,
                   "sentences, or documents: one record a document with "
                   "its text (the article text of an HTML page), date, "
                   "sentence count and dropped boilerplate")
      ->check(CLI::IsMember({"sentences", "documents"}))
      ->capture_default_str();
  command_->add_option("--max-bytes", max_bytes_,
                       "Reject documents longer than this (default 10 MiB)");
}

namespace {

const char* KindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "word";
}

json SpanJson(const Span& span) { return json::array({span.begin, span.end}); }

std::string Slice(const std::string& text, const Span& span) {
  return text.substr(span.begin, span.size());
}

}  // namespace

int SegmentCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad segment: " << error << "\n";
    return kExitUsage;
  }
  SegmentOptions segment_options;
  if (max_bytes_ > 0) segment_options.max_document_bytes = max_bytes_;
  segment_options.tokenize = tokens_;
  auto segmenter = Segmenter::Create(segment_options);
  if (!segmenter.ok()) {
    std::cerr << "dyad segment: " << segmenter.error().message << "\n";
    return kExitFailure;
  }
  int64_t sentences = 0, dropped = 0;
  const bool documents = emit_ == "documents";
  auto process = [&](const Document& doc, const Origin&) -> Status {
    Result<SegmentedDocument> segmented = (*segmenter)->Segment(doc);
    if (!segmented.ok()) return segmented.error();
    sentences += static_cast<int64_t>(segmented->sentences.size());
    dropped += static_cast<int64_t>(segmented->dropped.size());
    if (documents) {
      json j = json::parse(DocumentToJson(doc));
      j["sentences"] = segmented->sentences.size();
      json counts = json::object();
      for (const DroppedLine& line : segmented->dropped) {
        counts[BoilerplateKindName(line.kind)] =
            counts.value(BoilerplateKindName(line.kind), 0) + 1;
      }
      j["dropped"] = counts;
      j["dateline"] = segmented->dateline
                          ? json(Slice(doc.text, *segmented->dateline))
                          : json(nullptr);
      std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace)
                << '\n';
      return Status();
    }
    for (const Sentence& s : segmented->sentences) {
      json j;
      j["doc_id"] = doc.id;
      j["index"] = s.index;
      j["text"] = Slice(doc.text, s.span);
      j["span"] = SpanJson(s.span);
      j["role"] = TextRoleName(s.role);
      if (tokens_) {
        json tokens = json::array();
        for (const Token& t : s.tokens) {
          tokens.push_back({{"text", Slice(doc.text, t.span)},
                            {"folded", t.folded},
                            {"span", SpanJson(t.span)},
                            {"kind", KindName(t.kind)}});
        }
        j["tokens"] = std::move(tokens);
      }
      std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace)
                << '\n';
    }
    return Status();
  };
  BatchSummary summary = RunBatch(options, process);
  std::cout.flush();
  std::cerr << "dyad segment: " << summary.documents << " documents, "
            << sentences << " sentences, " << dropped
            << " boilerplate lines dropped, " << summary.rejected
            << " rejected\n";
  return ExitStatus(summary);
}

}  // namespace dyad::cli
