#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dyad/export.h"

namespace dyad::cli {

ShowCommand::ShowCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "show",
      "Print one stored event (its id from dyad query) with every report: "
      "document, publisher, sentence, verb and matched pattern");
  store_.Register(command_, /*with_filters=*/false, /*with_limit=*/false);
  command_->add_option("EVENT_ID", event_id_, "The stored event's id")
      ->required();
  command_->add_flag("--json", json_,
                     "One JSON object: the event and its reports, each in "
                     "the Event contract");
}

namespace {

std::string ActorText(const EventActor& a) {
  std::string out = a.code;
  if (!a.name.empty()) out += " (" + a.name + ")";
  return out;
}

}  // namespace

int ShowCommand::Run() {
  std::unique_ptr<Store> store = store_.Open("show");
  if (!store) return kExitFailure;
  auto detail = store->Show(event_id_);
  if (!detail.ok()) return StoreFailure("show", detail.error());
  const EventRow& row = detail->row;
  if (json_) {
    std::cout << EventDetailToJson(*detail).dump(
                     2, ' ', false,
                     nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    return kExitOk;
  }
  std::cout << "event " << row.id << ": "
            << (row.date.empty() ? "(undated)" : row.date) << "  "
            << ActorText(row.source) << " -> "
            << (row.target ? ActorText(*row.target) : "(no target)") << "\n"
            << "  CAMEO " << row.cameo << " " << row.cameo_name << ", root "
            << row.root << ", quad class " << row.quad_class << ", Goldstein "
            << row.goldstein;
  if (!row.plover_type.empty()) {
    std::cout << ", PLOVER " << row.plover_type;
    if (!row.plover_mode.empty()) std::cout << "/" << row.plover_mode;
  }
  std::cout << "\n  " << row.num_mentions << " mentions in " << row.num_articles
            << " articles from " << row.num_sources << " sources\n";
  for (const EventReport& r : detail->reports) {
    const Event& e = r.event;
    std::cout << "\n" << e.doc_id;
    if (!r.doc_source.empty()) std::cout << "  " << r.doc_source;
    if (!r.published.empty()) std::cout << "  published " << r.published;
    if (!r.url.empty()) std::cout << "  " << r.url;
    std::cout << "\n  event " << e.event_id << ": " << e.source.text;
    if (e.target) std::cout << " -> " << e.target->text;
    std::cout << ", " << e.modality << (e.negated ? ", negated" : "");
    if (!e.date_basis.empty())
      std::cout << ", date from \"" << e.date_basis << "\"";
    std::cout << "\n";
    for (const EventMention& m : e.mentions) {
      std::cout << "  [" << m.sentence_index << "] " << m.sentence << "\n"
                << "      verb \"" << m.verb_text << "\" (" << m.verb_lemma
                << ") matched \"" << m.pattern << "\" by " << m.parser << "\n";
    }
  }
  return kExitOk;
}

}  // namespace dyad::cli
