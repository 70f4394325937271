// The admission of POST requests to the workers that code them: at most
// `workers` at once, at most `max_queued` more waiting, the rest turned away.
#ifndef DYAD_APPS_SERVER_ADMISSION_H_
#define DYAD_APPS_SERVER_ADMISSION_H_

#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

namespace dyad::server {

// Waiting requests are admitted in the order they came: under a steady load
// each then waits about as long as the others. (Waking one of many waiters
// on a shared condition variable picks no particular one, and the slowest
// 1% of requests waited twice as long as the median.) Thread-safe.
class Admission {
 public:
  Admission(int workers, int max_queued)
      : workers_(workers), max_queued_(max_queued) {}

  // Waits for a worker; false at once when the queue is full.
  bool Enter();
  // Frees the caller's worker, handing it to the longest waiting request,
  // if any. Call once for each Enter() that returned true.
  void Leave();
  // {coding, waiting}.
  std::pair<int, int> Counts();

 private:
  struct Waiter {
    std::condition_variable turn;
    bool admitted = false;
  };
  const int workers_;
  const int max_queued_;
  std::mutex mu_;
  int running_ = 0;
  std::deque<Waiter*> waiting_;
};

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_ADMISSION_H_
