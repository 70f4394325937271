// The store behind `dyad serve --db`: one connection that writes, used by
// one request at a time, and read-only connections lent to one request at a
// time, so that no Store object is ever used by two threads at once.
#ifndef DYAD_APPS_SERVER_STORE_ACCESS_H_
#define DYAD_APPS_SERVER_STORE_ACCESS_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/error.h"
#include "dyad/store.h"

namespace dyad::server {

// Thread-safe.
class StoreAccess {
 public:
  // Opens the store at `path` for writing, creating the file when it does
  // not exist (as `dyad ingest` does). The store's error, which names the
  // path, when it cannot. At most `max_idle_readers` read connections are
  // kept open between requests.
  static Result<std::unique_ptr<StoreAccess>> Open(const std::string& path,
                                                   size_t max_idle_readers);

  // A read connection, lent until the lease is destroyed.
  class Lease {
   public:
    Lease(StoreAccess* owner, std::unique_ptr<Store> store)
        : owner_(owner), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StoreAccess* owner_;
    std::unique_ptr<Store> store_;
  };

  // A read-only connection: an idle one or a new one. The store's error
  // when a new one cannot be opened.
  Result<Lease> Read();

  // The writer, held until the lock is destroyed; one holder at a time.
  class WriteLock {
   public:
    explicit WriteLock(StoreAccess* owner)
        : lock_(owner->write_mu_), store_(owner->writer_.get()) {}
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_; }

   private:
    std::unique_lock<std::mutex> lock_;
    Store* store_;
  };
  WriteLock Write() { return WriteLock(this); }

 private:
  StoreAccess(std::string path, std::unique_ptr<Store> writer,
              size_t max_idle_readers);
  void Return(std::unique_ptr<Store> store);

  const std::string path_;
  const size_t max_idle_readers_;
  std::mutex write_mu_;
  std::unique_ptr<Store> writer_;
  std::mutex idle_mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_STORE_ACCESS_H_
