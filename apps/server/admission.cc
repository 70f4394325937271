#include "admission.h"

namespace dyad::server {

bool Admission::Enter() {
  std::unique_lock lock(mu_);
  if (running_ < workers_ && waiting_.empty()) {
    ++running_;
    return true;
  }
  if (running_ + static_cast<int>(waiting_.size()) >= workers_ + max_queued_) {
    return false;
  }
  Waiter waiter;
  waiting_.push_back(&waiter);
  waiter.turn.wait(lock, [&] { return waiter.admitted; });
  return true;
}

void Admission::Leave() {
  std::lock_guard lock(mu_);
  if (waiting_.empty()) {
    --running_;
    return;
  }
  Waiter* next = waiting_.front();
  waiting_.pop_front();
  next->admitted = true;
  // Notified under the lock: the waiter, which lives on its own stack,
  // cannot return from Enter() before this call is over.
  next->turn.notify_one();
}

std::pair<int, int> Admission::Counts() {
  std::lock_guard lock(mu_);
  return {running_, static_cast<int>(waiting_.size())};
}

}  // namespace dyad::server
