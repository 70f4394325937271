// `dyad ingest` end to end on the gold sentences (420 dated news
// sentences, no shared corpus needed): the store holds what `dyad code`
// prints, a second run stores nothing twice, rejected documents land in the
// store's rejects table, and an ingest killed with SIGKILL is finished by
// running the same command again, with the same content as a clean run.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "dyad/store.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

using testing::RunCommand;
using testing::TempDir;

std::string GoldSentences() {
  return std::string(DYAD_SOURCE_DIR) + "/tests/gold/sentences/batch_a.jsonl";
}

StoreCounts CountsOf(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  auto store = OpenSqliteStore(db, options);
  EXPECT_TRUE(store.ok()) << store.error().message;
  if (!store.ok()) return {};
  auto counts = (*store)->Counts();
  EXPECT_TRUE(counts.ok());
  return counts.ok() ? *counts : StoreCounts{};
}

TEST(IngestCommandTest, StoresWhatCodeFindsOnceAndKeepsRejects) {
  TempDir dir;
  const std::string ingest = testing::DyadBinary() +
                             " ingest --mode fast --db store.db " +
                             GoldSentences();
  auto first = RunCommand(ingest, dir);
  ASSERT_EQ(first.status, 0) << first.err;
  auto code = RunCommand(
      testing::DyadBinary() + " code --mode fast " + GoldSentences(), dir);
  ASSERT_EQ(code.status, 0);
  size_t coded = 0;
  std::istringstream lines(code.out);
  for (std::string line; std::getline(lines, line);) coded += !line.empty();
  StoreCounts counts = CountsOf(dir.File("store.db"));
  EXPECT_GT(counts.documents, 200);
  EXPECT_EQ(counts.doc_events, static_cast<int64_t>(coded));
  EXPECT_GT(counts.events, 0);

  auto again = RunCommand(ingest, dir);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 new, 0 replaced"), std::string::npos)
      << again.err;
  StoreCounts after = CountsOf(dir.File("store.db"));
  EXPECT_EQ(after.documents, counts.documents);
  EXPECT_EQ(after.doc_events, counts.doc_events);

  ASSERT_TRUE(testing::WriteFile(
      dir.File("bad.jsonl"),
      "{\"id\": \"ok\", \"date\": \"2017-05-02\", \"text\": \"Russia vetoed "
      "a French resolution.\"}\n{\"id\": \"bad\", \"text\": 7}\n"));
  auto bad = RunCommand(
      testing::DyadBinary() + " ingest --mode fast --db store.db bad.jsonl",
      dir);
  EXPECT_EQ(bad.status, 3) << bad.err;
  auto rejects =
      RunCommand(testing::DyadBinary() + " rejects --db store.db --json", dir);
  EXPECT_EQ(rejects.status, 0) << rejects.err;
  EXPECT_NE(rejects.out.find("bad"), std::string::npos) << rejects.out;
}

TEST(IngestCommandTest, AKilledIngestIsFinishedByRunningItAgain) {
  TempDir dir;
  const std::string args = " ingest --mode fast --threads 1 --batch 4 --db ";
  // A clean run, for comparison.
  auto clean = RunCommand(
      testing::DyadBinary() + args + "clean.db " + GoldSentences(), dir);
  ASSERT_EQ(clean.status, 0) << clean.err;
  const StoreCounts want = CountsOf(dir.File("clean.db"));

  // Kill an ingest as soon as it has committed something.
  const std::string db = dir.File("killed.db");
  pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stderr);
    execl(testing::DyadBinary().c_str(), "dyad", "ingest", "--mode", "fast",
          "--threads", "1", "--batch", "4", "--db", db.c_str(),
          GoldSentences().c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  ASSERT_GT(pid, 0);
  bool killed_early = false;
  for (int i = 0; i < 2000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    StoreOptions options;
    options.read_only = true;
    auto store = OpenSqliteStore(db, options);
    if (!store.ok()) continue;
    auto counts = (*store)->Counts();
    if (counts.ok() && counts->documents > 0) {
      killed_early = counts->documents < want.documents;
      break;
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  StoreCounts partial = CountsOf(db);
  EXPECT_LE(partial.documents, want.documents);
  EXPECT_EQ(partial.documents % 4 == 0 || partial.documents == want.documents,
            true)
      << "a batch of 4 is all or nothing: " << partial.documents;
  if (!killed_early) {
    std::cerr << "note: the ingest finished before it could be killed\n";
  }

  auto rerun = RunCommand(
      testing::DyadBinary() + args + "killed.db " + GoldSentences(), dir);
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  StoreCounts got = CountsOf(db);
  EXPECT_EQ(got.documents, want.documents);
  EXPECT_EQ(got.sentences, want.sentences);
  EXPECT_EQ(got.actor_mentions, want.actor_mentions);
  EXPECT_EQ(got.doc_events, want.doc_events);
  EXPECT_EQ(got.events, want.events);
}

}  // namespace
}  // namespace dyad
