#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/text.h"
#include "dyad/time.h"

namespace dyad::cli {

using nlohmann::json;

TimeCommand::TimeCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "time",
      "Print the time expressions of documents, one JSON object a line: "
      "doc_id, sentence_index, text, span (byte offsets into the text as "
      "given), type (DATE, TIME, DURATION, SET), value (TIMEX3), mod, name "
      "(part of a name, never an event's date), relative, tense");
  input_.Register(command_);
  command_->add_flag("--day-first", day_first_,
                     "Read all-numeric dates such as 1/2/2017 day first "
                     "(default: month first, the US order)");
}

int TimeCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad time: " << error << "\n";
    return kExitUsage;
  }
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) {
    std::cerr << "dyad time: " << segmenter.error().message << "\n";
    return kExitFailure;
  }
  TimeOptions time_options;
  time_options.day_first = day_first_;
  const TimeTagger tagger(time_options);
  int64_t expressions = 0;
  auto process = [&](const Document& doc, const Origin&) -> Status {
    Result<SegmentedDocument> segmented = (*segmenter)->Segment(doc);
    if (!segmented.ok()) return segmented.error();
    for (const Timex& t : tagger.Tag(doc, *segmented)) {
      ++expressions;
      json j;
      j["doc_id"] = doc.id;
      j["sentence_index"] = t.sentence_index;
      j["text"] = t.text;
      j["span"] = json::array({t.span.begin, t.span.end});
      j["type"] = TimexTypeName(t.type);
      j["value"] = t.value;
      j["mod"] = t.mod.empty() ? json(nullptr) : json(t.mod);
      if (!t.freq.empty()) j["freq"] = t.freq;
      j["name"] = t.name;
      j["relative"] = t.relative;
      j["tense"] = TenseName(t.tense);
      std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace)
                << '\n';
    }
    return Status();
  };
  BatchSummary summary = RunBatch(options, process);
  std::cout.flush();
  std::cerr << "dyad time: " << summary.documents << " documents, "
            << expressions << " time expressions, " << summary.rejected
            << " rejected\n";
  return ExitStatus(summary);
}

}  // namespace dyad::cli
