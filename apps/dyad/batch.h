// Shared by the commands that read documents: reads every input, hands each
// document to the command, keeps rejected documents, and turns the outcome
// into the exit status documented in `dyad --help`.
#ifndef DYAD_APPS_DYAD_BATCH_H_
#define DYAD_APPS_DYAD_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/reader.h"

namespace dyad::cli {

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitRejected = 3;

// The rejects file used when none is named.
inline constexpr const char* kDefaultRejects = "dyad-rejects.jsonl";

struct BatchOptions {
  std::vector<std::string> inputs;  // paths, "-" for standard input
  InputFormat format = InputFormat::kAuto;
  ReadOptions read;
  std::string rejects_path = kDefaultRejects;
  // Also told of each rejection, after it is written to the rejects file
  // (`dyad ingest` keeps them in its store too). Default: none.
  std::function<void(const Rejection&)> on_rejection;
};

struct BatchSummary {
  int64_t documents = 0;      // read and processed
  int64_t rejected = 0;       // kept in the rejects file
  int64_t failed_inputs = 0;  // inputs that could not be opened or read
  bool rejects_unwritten = false;
};

// Processes one document; an error rejects it.
using ProcessFn = std::function<Status(const Document&, const Origin&)>;

// Runs `process` over every document of every input, in order. Each problem
// is one line on stderr, prefixed "dyad: ".
BatchSummary RunBatch(const BatchOptions& options, const ProcessFn& process);

// Runs the batch for the commands that code documents several at a time:
// a document whose text is not valid (ValidateText, `max_bytes`) is
// rejected with its place in the input; the others are gathered and handed
// to `flush` `chunk_size` at a time, in input order; the rest (perhaps
// none) once the inputs end.
using ChunkFn = std::function<void(const std::vector<Document>& chunk)>;
BatchSummary RunInChunks(const BatchOptions& options, size_t max_bytes,
                         size_t chunk_size, const ChunkFn& flush);

// 0 when everything went through, 3 when documents were rejected, 1 when an
// input or the rejects file failed.
int ExitStatus(const BatchSummary& summary);

}  // namespace dyad::cli

#endif  // DYAD_APPS_DYAD_BATCH_H_
