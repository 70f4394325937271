#include "store_access.h"

namespace dyad::server {

StoreAccess::StoreAccess(std::string path, std::unique_ptr<Store> writer,
                         size_t max_idle_readers)
    : path_(std::move(path)),
      max_idle_readers_(max_idle_readers),
      writer_(std::move(writer)) {}

Result<std::unique_ptr<StoreAccess>> StoreAccess::Open(
    const std::string& path, size_t max_idle_readers) {
  StoreOptions options;
  options.create = true;
  auto writer = OpenSqliteStore(path, options);
  if (!writer.ok()) return writer.error();
  return std::unique_ptr<StoreAccess>(
      new StoreAccess(path, std::move(writer).value(), max_idle_readers));
}

Result<StoreAccess::Lease> StoreAccess::Read() {
  {
    std::lock_guard lock(idle_mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  // Read-only, so that a bug in a read route cannot change the store.
  StoreOptions options;
  options.read_only = true;
  auto store = OpenSqliteStore(path_, options);
  if (!store.ok()) return store.error();
  return Lease(this, std::move(store).value());
}

void StoreAccess::Return(std::unique_ptr<Store> store) {
  std::lock_guard lock(idle_mu_);
  if (idle_.size() < max_idle_readers_) idle_.push_back(std::move(store));
}

StoreAccess::Lease::~Lease() {
  if (store_) owner_->Return(std::move(store_));
}

}  // namespace dyad::server
