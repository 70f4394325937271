#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/text.h"
#include "dyad/time.h"
#include "dyad/timeml.h"

namespace dyad::cli {

using nlohmann::json;

EvalCommand::EvalCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "eval",
      "Measure dyad against gold annotations: `dyad eval GOLD.jsonl...` "
      "codes the event gold set (tests/gold/README.md) and prints "
      "precision, recall and F1 at code and root level, per root, actor and "
      "date accuracy; `dyad eval timeml DIR` scores time expressions");
  command_->require_subcommand(0, 1);
  command_->add_option("GOLD", gold_paths_,
                       "Gold JSON Lines files or folders of them");
  command_->add_option("--mode", mode_, "accurate or fast")
      ->check(CLI::IsMember({"accurate", "fast"}))
      ->capture_default_str();
  command_->add_flag("--include-negated", include_negated_,
                     "Score the gold set's negated events too");
  command_->add_option(
      "--floor", floor_,
      "A JSON file of lowest acceptable F1 figures per mode "
      "({\"fast\": {\"root_f1\": 0.5, \"code_f1\": 0.4}, ...}); "
      "exit 1 when a figure falls below");
  command_->add_option("--threads", threads_,
                       "Documents coded at once (default: every core)");
  command_->add_flag("--json", json_, "Print the figures as one JSON object");
  command_->add_flag("--differences", differences_,
                     "Also list every missed, spurious or wrong event");
  timeml_ = command_->add_subcommand(
      "timeml",
      "Score dyad's time expressions against TimeML (.tml, TempEval-3 "
      "format) the way TempEval-3 does: strict and relaxed span "
      "precision/recall/F1, value and type accuracy and F1");
  timeml_
      ->add_option("PATH", timeml_paths_,
                   "Directories of .tml files, or .tml files")
      ->required();
  timeml_->add_flag("--json", json_, "Print the figures as one JSON object");
  timeml_->add_flag("--differences", differences_,
                    "Also list every missed, spurious or wrong expression");
}

int EvalCommand::Run() {
  if (timeml_->parsed()) return RunTimeml();
  if (!gold_paths_.empty()) return RunEvents();
  std::cerr << "dyad eval: give gold files, or `timeml DIR`\n";
  return kExitUsage;
}

namespace {

json PrfJson(const Prf& p) {
  return {{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
}

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%6.2f", 100 * x);
  return buf;
}

void PrintDifferences(const TimemlResult& r) {
  const TimemlDocument& d = *r.document;
  for (const TimexDifference& diff : r.differences) {
    std::cout << d.name;
    if (diff.gold) std::cout << ":" << d.timexes[*diff.gold].line;
    std::cout << ": " << TimexDifferenceName(diff.kind);
    if (diff.gold) {
      const GoldTimex& g = d.timexes[*diff.gold];
      std::cout << "  gold \"" << d.text.substr(g.span.begin, g.span.size())
                << "\" " << TimexTypeName(g.type) << " " << g.value;
    }
    if (diff.system) {
      const Timex& s = r.system[*diff.system];
      std::cout << "  dyad \"" << s.text << "\" " << TimexTypeName(s.type)
                << " " << s.value;
    }
    std::cout << "\n";
  }
}

}  // namespace

int EvalCommand::RunTimeml() {
  std::vector<std::string> files;
  bool failed = false;
  for (const std::string& path : timeml_paths_) {
    if (path.ends_with(".tml")) {
      files.push_back(path);
      continue;
    }
    Result<std::vector<std::string>> listed = ListTimemlFiles(path);
    if (!listed.ok()) {
      std::cerr << "dyad eval: " << listed.error().message << "\n";
      failed = true;
      continue;
    }
    files.insert(files.end(), listed->begin(), listed->end());
  }
  std::vector<TimemlDocument> documents;
  for (const std::string& file : files) {
    Result<TimemlDocument> doc = ReadTimemlFile(file);
    if (!doc.ok()) {
      std::cerr << "dyad eval: " << doc.error().message << "\n";
      failed = true;
      continue;
    }
    documents.push_back(std::move(doc).value());
  }
  if (failed) return kExitFailure;
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) {
    std::cerr << "dyad eval: " << segmenter.error().message << "\n";
    return kExitFailure;
  }
  const TimeTagger tagger;
  Result<std::vector<TimemlResult>> results =
      EvaluateTimeml(documents, **segmenter, tagger);
  if (!results.ok()) {
    std::cerr << "dyad eval: " << results.error().message << "\n";
    return kExitFailure;
  }
  TimexCounts total;
  for (const TimemlResult& r : *results) total.Add(r.counts);
  const TimexScores s = ScoreTimexes(total);
  if (differences_) {
    for (const TimemlResult& r : *results) PrintDifferences(r);
  }
  if (json_) {
    json j = {
        {"documents", documents.size()},   {"gold", total.gold},
        {"system", total.system},          {"strict", PrfJson(s.strict)},
        {"relaxed", PrfJson(s.relaxed)},   {"value", PrfJson(s.value)},
        {"type", PrfJson(s.type)},         {"value_accuracy", s.value_accuracy},
        {"type_accuracy", s.type_accuracy}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::cout << "=== Timex performance (TempEval-3 manner) ===\n"
            << documents.size() << " documents, " << total.gold
            << " gold expressions, " << total.system << " found by dyad\n"
            << "                    F1       P       R\n"
            << "Strict match    " << Percent(s.strict.f1) << "  "
            << Percent(s.strict.precision) << "  " << Percent(s.strict.recall)
            << "\n"
            << "Relaxed match   " << Percent(s.relaxed.f1) << "  "
            << Percent(s.relaxed.precision) << "  " << Percent(s.relaxed.recall)
            << "\n"
            << "Value           " << Percent(s.value.f1) << "  "
            << Percent(s.value.precision) << "  " << Percent(s.value.recall)
            << "\n"
            << "Type            " << Percent(s.type.f1) << "  "
            << Percent(s.type.precision) << "  " << Percent(s.type.recall)
            << "\n"
            << "Value accuracy  " << Percent(s.value_accuracy)
            << "   (of relaxed matches)\n"
            << "Type accuracy   " << Percent(s.type_accuracy)
            << "   (of relaxed matches)\n";
  return kExitOk;
}

}  // namespace dyad::cli
