#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/actors.h"
#include "dyad/cameo.h"
#include "dyad/verbs.h"

namespace dyad::cli {

using nlohmann::ordered_json;

void DictFlags::Register(CLI::App* command) {
  command->add_option("--dict", extra_dirs,
                      "A further folder of dictionaries loaded on top of "
                      "dyad's own (repeatable)");
  command->add_flag("--no-own-dict", no_own,
                    "Use only the --dict folders, not dyad's own");
}

Result<std::unique_ptr<Lexicon>> DictFlags::Load(
    const std::string& data_dir) const {
  LexiconOptions options;
  options.data_dir = data_dir;
  options.load_own = !no_own;
  options.extra_dirs = extra_dirs;
  return Lexicon::Load(options);
}

ActorsCommand::ActorsCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "actors",
      "Print the actors each document names, one JSON object a mention: "
      "doc_id, sentence_index, text, span, code, country, name, "
      "resolved_from");
  input_.Register(command_);
  dict_.Register(command_);
}

int ActorsCommand::Run() {
  BatchOptions options;
  if (std::string error = input_.ToBatchOptions(&options); !error.empty()) {
    std::cerr << "dyad actors: " << error << "\n";
    return kExitUsage;
  }
  auto lexicon = dict_.Load();
  if (!lexicon.ok()) {
    std::cerr << "dyad actors: " << lexicon.error().message << "\n";
    return kExitFailure;
  }
  auto segmenter = Segmenter::Create();
  if (!segmenter.ok()) {
    std::cerr << "dyad actors: " << segmenter.error().message << "\n";
    return kExitFailure;
  }
  ActorRecognizer recognizer(**lexicon);
  int64_t total = 0;
  auto process = [&](const Document& doc, const Origin&) -> Status {
    auto segmented = (*segmenter)->Segment(doc);
    if (!segmented.ok()) return segmented.error();
    std::vector<ActorMention> mentions =
        recognizer.Find(*segmented, doc.published);
    total += static_cast<int64_t>(mentions.size());
    auto text_of = [&](const Span& s) {
      return doc.text.substr(s.begin, s.size());
    };
    for (const ActorMention& m : mentions) {
      ordered_json j;
      j["doc_id"] = doc.id;
      j["sentence_index"] = m.sentence_index;
      j["text"] = text_of(m.span);
      j["span"] = {m.span.begin, m.span.end};
      j["code"] = m.code;
      j["country"] =
          m.country.empty() ? ordered_json() : ordered_json(m.country);
      j["name"] = m.name;
      j["kind"] = ActorKindName(m.kind);
      if (m.resolved_from) {
        const ActorMention& from = mentions[*m.resolved_from];
        j["resolved_from"] = {{"sentence_index", from.sentence_index},
                              {"text", text_of(from.span)},
                              {"span", {from.span.begin, from.span.end}}};
      } else {
        j["resolved_from"] = nullptr;
      }
      std::cout << j.dump(-1, ' ', false,
                          ordered_json::error_handler_t::replace)
                << '\n';
    }
    return Status();
  };
  BatchSummary summary = RunBatch(options, process);
  std::cout.flush();
  std::cerr << "dyad actors: " << summary.documents << " documents, " << total
            << " actor mentions, " << summary.rejected << " rejected\n";
  return ExitStatus(summary);
}

DictCommand::DictCommand(CLI::App* app) {
  command_ = app->add_subcommand("dict", "Work with dictionaries");
  check_ = command_->add_subcommand(
      "check",
      "Load and validate a dictionary folder (default: dyad's own data/) and "
      "print what it holds; errors name the file and the line");
  check_->add_option("DIR", dir_, "The folder holding actors/ and the tables");
  dict_.Register(check_);
  command_->require_subcommand(1);
}

int DictCommand::Run() {
  auto lexicon = dict_.Load(dir_);
  if (!lexicon.ok()) {
    std::cerr << "dyad dict check: " << lexicon.error().message << "\n";
    return kExitFailure;
  }
  const LexiconStats& stats = (*lexicon)->stats();
  std::cout << "actors: " << (*lexicon)->size() << " entries, " << stats.aliases
            << " aliases, from " << stats.files << " files and iso-codes\n";
  for (const auto& [kind, count] : stats.entries_by_kind) {
    std::cout << "  " << kind << ": " << count << "\n";
  }
  for (const std::string& file : stats.skipped_files) {
    std::cout << "skipped (not a dictionary of actors or agents): " << file
              << "\n";
  }
  if (!stats.skipped_lines.empty()) {
    std::cout << stats.skipped_lines.size() << " lines skipped:\n";
    for (const std::string& line : stats.skipped_lines) {
      std::cout << "  " << line << "\n";
    }
  }
  auto cameo = CameoTable::Load(dir_);
  if (!cameo.ok()) {
    std::cerr << "dyad dict check: " << cameo.error().message << "\n";
    return kExitFailure;
  }
  std::cout << "cameo: " << (*cameo)->size() << " event codes, "
            << (*cameo)->root_count() << " roots\n";
  if (dict_.no_own && dir_.empty()) return kExitOk;
  auto verbs = VerbDictionary::Load(dir_, **cameo);
  if (!verbs.ok()) {
    std::cerr << "dyad dict check: " << verbs.error().message << "\n";
    return kExitFailure;
  }
  std::map<std::string, size_t> by_root;
  size_t reciprocal = 0, speech = 0;
  std::map<std::string, std::string> widened;  // head -> its synonyms
  for (const VerbPattern& p : (*verbs)->patterns()) {
    ++by_root[p.code.substr(0, 2)];
    reciprocal += p.reciprocal;
    speech += p.speech;
    if (!p.widened_from.empty() &&
        widened[p.widened_from].find(" " + p.head) == std::string::npos) {
      widened[p.widened_from] += " " + p.head;
    }
  }
  std::cout << "verbs: " << (*verbs)->patterns().size() << " patterns for "
            << (*verbs)->code_count() << " CAMEO codes in " << by_root.size()
            << " roots, from " << (*verbs)->files().size() << " files ("
            << reciprocal << " reciprocal, " << speech << " speech)\n";
  for (const auto& [root, count] : by_root) {
    std::cout << "  " << root << ": " << count << "\n";
  }
  for (const auto& [head, synonyms] : widened) {
    std::cout << "widened with WordNet: " << head << "~ ->" << synonyms << "\n";
  }
  for (const DiscardClass& c : (*verbs)->discards()) {
    std::cout << "discards: " << c.name << ": " << c.cues.size() << " cues\n";
  }
  return kExitOk;
}

}  // namespace dyad::cli
