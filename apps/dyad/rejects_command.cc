#include <iostream>

#include "commands.h"

namespace dyad::cli {

RejectsCommand::RejectsCommand(CLI::App* app) {
  command_ = app->add_subcommand(
      "rejects",
      "List the documents a store's ingests rejected, with the reason, "
      "oldest first");
  store_.Register(command_, /*with_filters=*/false, /*with_limit=*/false);
  command_->add_flag("--json", json_,
                     "One JSON object a rejection, as in a rejects file "
                     "(input, line, id, code, reason, content)");
}

int RejectsCommand::Run() {
  std::unique_ptr<Store> store = store_.Open("rejects");
  if (!store) return kExitFailure;
  auto rejects = store->Rejects();
  if (!rejects.ok()) return StoreFailure("rejects", rejects.error());
  for (const Rejection& r : *rejects) {
    std::cout << (json_ ? r.ToJson() : r.Message()) << '\n';
  }
  std::cout.flush();
  std::cerr << "dyad rejects: " << rejects->size() << " rejected documents\n";
  return kExitOk;
}

}  // namespace dyad::cli
