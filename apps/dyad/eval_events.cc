#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"
#include "dyad/gold.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

using nlohmann::json;

std::string Figure(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

json CountsJson(const Counts& c) {
  return {{"precision", c.precision()},
          {"recall", c.recall()},
          {"f1", c.f1()},
          {"true_positives", c.true_positives},
          {"predicted", c.predicted},
          {"gold", c.gold}};
}

void PrintRow(const std::string& name, const Counts& c) {
  std::printf("%-8s %6s %6s %6s %6d %6d %6d\n", name.c_str(),
              Figure(c.precision()).c_str(), Figure(c.recall()).c_str(),
              Figure(c.f1()).c_str(), c.true_positives, c.predicted, c.gold);
}

// Every .jsonl file a path names: the file, or those in the folder and
// its subfolders, sorted.
std::vector<std::string> GoldFiles(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->path().extension() == ".jsonl") found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

int EvalCommand::RunEvents() {
  auto gold = LoadGold(GoldFiles(gold_paths_));
  if (!gold.ok()) {
    std::cerr << "dyad eval: " << gold.error().message << "\n";
    return kExitFailure;
  }
  PipelineOptions options;
  options.mode = mode_ == "fast" ? CodingMode::kFast : CodingMode::kAccurate;
  options.include_negated = include_negated_;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::cerr << "dyad eval: " << pipeline.error().message << "\n";
    return kExitFailure;
  }
  const std::vector<GoldDocument>& docs = *gold;
  std::vector<Document> documents;
  for (const GoldDocument& d : docs) documents.push_back(d.document);
  const std::vector<Result<CodedDocument>> coded = (*pipeline)->CodeAll(
      documents, threads_ > 0 ? static_cast<unsigned>(threads_) : 0);

  GoldScores scores;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!coded[i].ok()) {
      std::cerr << "dyad eval: " << docs[i].origin << ": "
                << coded[i].error().message << "\n";
      return kExitFailure;
    }
    ScoreDocument(docs[i], coded[i]->events, include_negated_, &scores);
  }

  json by_root = json::object();
  for (const auto& [root, c] : scores.by_root) by_root[root] = CountsJson(c);
  json result = {{"mode", mode_},
                 {"documents", docs.size()},
                 {"code", CountsJson(scores.code)},
                 {"root", CountsJson(scores.root)},
                 {"by_root", by_root},
                 {"actor_accuracy", scores.actor_accuracy()},
                 {"date_accuracy", scores.date_accuracy()},
                 {"paired", scores.paired}};
  if (json_) {
    std::cout << result.dump() << "\n";
  } else {
    std::printf("dyad eval: %zu documents, %s mode\n", docs.size(),
                mode_.c_str());
    std::printf("%-8s %6s %6s %6s %6s %6s %6s\n", "", "P", "R", "F1", "TP",
                "dyad", "gold");
    PrintRow("code", scores.code);
    PrintRow("root", scores.root);
    for (const auto& [root, c] : scores.by_root) PrintRow("  " + root, c);
    std::printf(
        "actor accuracy %s, date accuracy %s (over %d events paired "
        "by root)\n",
        Figure(scores.actor_accuracy()).c_str(),
        Figure(scores.date_accuracy()).c_str(), scores.paired);
  }
  if (differences_) {
    for (const EventDifference& d : scores.differences) {
      std::cout << d.doc_id << "\t" << d.kind << "\tgold " << d.gold
                << "\tdyad " << d.dyad << "\n";
    }
  }
  if (floor_.empty()) return kExitOk;
  std::ifstream in(floor_);
  std::stringstream text;
  text << in.rdbuf();
  json floor = in ? json::parse(text.str(), nullptr, false) : json();
  if (!floor.is_object() || !floor.contains(mode_) ||
      !floor[mode_].is_object()) {
    std::cerr << "dyad eval: " << floor_ << ": no figures for mode " << mode_
              << "\n";
    return kExitFailure;
  }
  bool below = false;
  for (const auto& [key, value] : floor[mode_].items()) {
    double measured = key == "root_f1"   ? scores.root.f1()
                      : key == "code_f1" ? scores.code.f1()
                                         : -1;
    if (measured < 0 || !value.is_number()) {
      std::cerr << "dyad eval: " << floor_ << ": unknown figure " << key
                << "\n";
      return kExitFailure;
    }
    if (measured + 1e-9 < value.get<double>()) {
      std::cerr << "dyad eval: " << key << " " << Figure(measured)
                << " is below the floor " << value.get<double>() << "\n";
      below = true;
    }
  }
  return below ? kExitFailure : kExitOk;
}

}  // namespace dyad::cli
