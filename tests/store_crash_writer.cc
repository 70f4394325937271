// The writer the crash test kills: ingests batches of synthetic documents
// into a store, one transaction a batch, and prints "committed B" after each
// batch B is committed.
//
//   store_crash_writer DB BATCHES BATCH_SIZE
//
// Run again on the same store it finds the committed batches already there
// (unchanged documents) and finishes the job.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "dyad/store.h"
#include "tests/store_fixtures.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: store_crash_writer DB BATCHES BATCH_SIZE\n");
    return 2;
  }
  const int batches = std::atoi(argv[2]), size = std::atoi(argv[3]);
  auto store = dyad::OpenSqliteStore(argv[1], dyad::StoreOptions{});
  if (!store.ok()) {
    std::fprintf(stderr, "store_crash_writer: %s\n",
                 store.error().message.c_str());
    return 1;
  }
  for (int b = 0; b < batches; ++b) {
    std::vector<dyad::StoredDocument> batch;
    for (int i = 0; i < size; ++i) {
      batch.push_back(dyad::testing::SyntheticDocument(b * size + i));
    }
    auto summary = (*store)->Ingest(batch);
    if (!summary.ok()) {
      std::fprintf(stderr, "store_crash_writer: batch %d: %s\n", b,
                   summary.error().message.c_str());
      return 1;
    }
    std::printf("committed %d\n", b);
    std::fflush(stdout);
  }
  return 0;
}
