// Crash safety: a writer killed with SIGKILL at any moment leaves a store
// that passes SQLite's integrity check, in which every batch it reported
// committed is complete and no batch is partial; running it again finishes
// the job with the same content as a run that was never killed.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "dyad/store.h"
#include "tests/store_fixtures.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

constexpr int kBatches = 30, kBatchSize = 25;

// Starts the writer; its stdout is read through `*out`.
pid_t StartWriter(const std::string& db, int* out) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    const std::string batches = std::to_string(kBatches),
                      size = std::to_string(kBatchSize);
    execl(DYAD_STORE_CRASH_WRITER, DYAD_STORE_CRASH_WRITER, db.c_str(),
          batches.c_str(), size.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  *out = fds[0];
  return pid;
}

// Reads "committed B" lines until `want` of them have come (or the writer
// ends); returns how many came.
int ReadCommits(int fd, int want) {
  int commits = 0;
  std::string pending;
  char buf[256];
  while (commits < want) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n <= 0) break;
    pending.append(buf, static_cast<size_t>(n));
    size_t nl;
    while ((nl = pending.find('\n')) != std::string::npos) {
      if (pending.rfind("committed ", 0) == 0) ++commits;
      pending.erase(0, nl + 1);
    }
  }
  return commits;
}

std::string IntegrityCheck(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  std::string result = "no answer";
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) ==
          SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return result;
}

// Every document of the first `batches` batches is stored whole; the store
// holds whole batches only.
void ExpectWholeBatches(Store& store, int batches) {
  for (int d = 0; d < batches * kBatchSize; ++d) {
    StoredDocument want = testing::SyntheticDocument(d);
    auto got = store.GetDocument(want.document.id);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(got->sentences.size(), want.sentences.size());
    EXPECT_EQ(got->actors.size(), want.actors.size());
    ASSERT_EQ(got->events.size(), want.events.size());
    for (size_t i = 0; i < want.events.size(); ++i) {
      EXPECT_EQ(EventToJson(got->events[i]).dump(),
                EventToJson(want.events[i]).dump());
    }
  }
  auto counts = store.Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents % kBatchSize, 0) << counts->documents;
  EXPECT_GE(counts->documents, batches * kBatchSize);
}

std::string Fingerprint(Store& store) {
  auto rows = store.Query({});
  if (!rows.ok()) return rows.error().message;
  std::string out;
  for (const EventRow& r : *rows) {
    out += std::to_string(r.id) + ":" + r.source.code + ">" +
           (r.target ? r.target->code : "") + ":" + r.cameo + "@" + r.date +
           " " + std::to_string(r.num_mentions) + "/" +
           std::to_string(r.num_articles) + "/" +
           std::to_string(r.num_sources) + "\n";
  }
  return out;
}

TEST(StoreCrash, AWriterKilledAtAnyMomentLeavesWholeBatches) {
  testing::TempDir dir;
  const std::string clean = dir.File("clean.db"), killed = dir.File("k.db");

  int out = -1;
  pid_t pid = StartWriter(clean, &out);
  ASSERT_GT(pid, 0);
  EXPECT_EQ(ReadCommits(out, kBatches), kBatches);
  close(out);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);

  // Kill the writer three times, each at another point: right after a
  // commit was reported, and a little later, inside the next transaction.
  const int kill_after[] = {3, 9, 16};
  const int delay_us[] = {0, 700, 2500};
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    pid = StartWriter(killed, &out);
    ASSERT_GT(pid, 0);
    int commits = ReadCommits(out, kill_after[round]);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us[round]));
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    close(out);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before the kill";
    EXPECT_EQ(IntegrityCheck(killed), "ok");
    auto store = OpenSqliteStore(killed, {});
    ASSERT_TRUE(store.ok()) << store.error().message;
    ExpectWholeBatches(**store, commits);
  }

  pid = StartWriter(killed, &out);
  ASSERT_GT(pid, 0);
  EXPECT_EQ(ReadCommits(out, kBatches), kBatches);
  close(out);
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(IntegrityCheck(killed), "ok");

  auto a = OpenSqliteStore(clean, {});
  auto b = OpenSqliteStore(killed, {});
  ASSERT_TRUE(a.ok() && b.ok());
  auto ca = (*a)->Counts();
  auto cb = (*b)->Counts();
  ASSERT_TRUE(ca.ok() && cb.ok());
  EXPECT_EQ(ca->documents, kBatches * kBatchSize);
  EXPECT_EQ(cb->documents, ca->documents);
  EXPECT_EQ(cb->sentences, ca->sentences);
  EXPECT_EQ(cb->actor_mentions, ca->actor_mentions);
  EXPECT_EQ(cb->doc_events, ca->doc_events);
  EXPECT_EQ(cb->events, ca->events);
  // Event ids follow insertion order, which the reruns keep.
  EXPECT_EQ(Fingerprint(**b), Fingerprint(**a));
}

}  // namespace
}  // namespace dyad
