#include "apps/server/admission.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace dyad::server {
namespace {

// Waits until `admission` counts `waiting` waiting requests.
void WaitForWaiting(Admission& admission, int waiting) {
  while (admission.Counts().second < waiting) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

TEST(AdmissionTest, WaitingRequestsAreAdmittedInTheOrderTheyCame) {
  Admission admission(/*workers=*/1, /*max_queued=*/5);
  ASSERT_TRUE(admission.Enter());  // the worker is busy
  std::mutex mu;
  std::vector<int> admitted;
  std::vector<std::thread> requests;
  for (int i = 0; i < 5; ++i) {
    requests.emplace_back([&, i] {
      ASSERT_TRUE(admission.Enter());
      {
        std::lock_guard lock(mu);
        admitted.push_back(i);
      }
      admission.Leave();
    });
    // Request i is queued before request i + 1 is made.
    WaitForWaiting(admission, i + 1);
  }
  admission.Leave();
  for (std::thread& t : requests) t.join();
  EXPECT_EQ(admitted, (std::vector<int>{0, 1, 2, 3, 4}));
  EXPECT_EQ(admission.Counts(), std::make_pair(0, 0));
}

TEST(AdmissionTest, AFullQueueTurnsRequestsAwayAtOnce) {
  Admission admission(/*workers=*/2, /*max_queued=*/1);
  ASSERT_TRUE(admission.Enter());
  ASSERT_TRUE(admission.Enter());
  std::thread waiting([&] {
    ASSERT_TRUE(admission.Enter());
    admission.Leave();
  });
  WaitForWaiting(admission, 1);
  EXPECT_FALSE(admission.Enter());
  EXPECT_EQ(admission.Counts(), std::make_pair(2, 1));
  admission.Leave();  // goes to the waiting request
  waiting.join();
  EXPECT_EQ(admission.Counts(), std::make_pair(1, 0));
  admission.Leave();
  EXPECT_EQ(admission.Counts(), std::make_pair(0, 0));
  EXPECT_TRUE(admission.Enter());
  admission.Leave();
}

}  // namespace
}  // namespace dyad::server
