// The SQLite back-end of the Store interface, shared by its two halves.
#ifndef DYAD_SRC_STORE_SQLITE_STORE_H_
#define DYAD_SRC_STORE_SQLITE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "src/store/sqlite_db.h"

namespace dyad::store {

// The prepared statements of Ingest (sqlite_ingest.cc).
struct IngestStatements;

// The SQLite back-end of Store (see dyad/store.h for the contract). Its
// methods live in sqlite_store.cc (opening, reading) and sqlite_ingest.cc
// (writing).
class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<Db> db);
  ~SqliteStore() override;

  Result<IngestSummary> Ingest(
      std::span<const StoredDocument> documents) override;
  Status AddRejects(std::span<const Rejection> rejects) override;
  Result<std::vector<Rejection>> Rejects() override;
  Result<std::vector<EventRow>> Query(const EventFilter& filter) override;
  Status ForEachEvent(
      const EventFilter& filter,
      const std::function<Status(const EventRow&)>& fn) override;
  Status ForEachDocumentEvent(
      const EventFilter& filter,
      const std::function<Status(const Event&, const EventRow&)>& fn) override;
  Result<StatsResult> Stats(const EventFilter& filter,
                            StatsPeriod period) override;
  Result<std::vector<DyadRow>> Dyads(const EventFilter& filter) override;
  Result<EventDetail> Show(int64_t event_id) override;
  Result<StoredDocument> GetDocument(const std::string& id) override;
  Result<StoreCounts> Counts() override;

 private:
  Status PrepareIngest();
  // ValidateFilter, and the full-text query parses.
  Status CheckFilter(const EventFilter& filter);
  Status IngestOne(const StoredDocument& d, int64_t now, IngestSummary* summary,
                   std::set<int64_t>* touched);
  Status InsertEvent(const Event& e, int64_t doc_key, int64_t now,
                     std::set<int64_t>* touched);
  Status Recount(const std::set<int64_t>& touched);
  // Runs `body` in one write transaction, rolled back when it fails.
  Status InTransaction(const std::function<Status()>& body);
  // A statement prepared once per store and reset for each use.
  Result<Statement*> Cached(const std::string& sql);
  // The reports of the stored events or the document `where` selects.
  Result<std::vector<EventReport>> Reports(const char* where, int64_t key);

  std::unique_ptr<Db> db_;
  std::unique_ptr<IngestStatements> ingest_;
  std::map<std::string, Statement> cached_;
};

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_SQLITE_STORE_H_
