#include "batch.h"

#include <iostream>

#include "dyad/text.h"

namespace dyad::cli {
namespace {

class Handler : public DocumentHandler {
 public:
  Handler(const BatchOptions& options, const ProcessFn& process,
          BatchSummary* summary)
      : rejects_(options.rejects_path),
        on_rejection_(options.on_rejection),
        process_(process),
        summary_(summary) {}

  void OnDocument(Document document, const Origin& origin) override {
    Status status = process_(document, origin);
    if (status.ok()) {
      ++summary_->documents;
    } else {
      OnRejection(RejectDocument(document, origin, status.error()));
    }
  }

  void OnRejection(Rejection rejection) override {
    ++summary_->rejected;
    Status written = rejects_.Write(rejection);
    std::cerr << "dyad: " << rejection.Message();
    if (written.ok()) {
      std::cerr << " (kept in " << rejects_.path() << ")\n";
    } else {
      summary_->rejects_unwritten = true;
      std::cerr << " (NOT kept: " << written.error().message << ")\n";
    }
    if (on_rejection_) on_rejection_(rejection);
  }

 private:
  RejectsFile rejects_;
  const std::function<void(const Rejection&)>& on_rejection_;
  const ProcessFn& process_;
  BatchSummary* summary_;
};

}  // namespace

BatchSummary RunBatch(const BatchOptions& options, const ProcessFn& process) {
  BatchSummary summary;
  Handler handler(options, process, &summary);
  for (const std::string& input : options.inputs) {
    Status status = ReadPath(input, options.format, options.read, handler);
    if (!status.ok()) {
      ++summary.failed_inputs;
      std::cerr << "dyad: " << status.error().message << "\n";
    }
  }
  return summary;
}

BatchSummary RunInChunks(const BatchOptions& options, size_t max_bytes,
                         size_t chunk_size, const ChunkFn& flush) {
  std::vector<Document> chunk;
  auto process = [&](const Document& doc, const Origin&) -> Status {
    if (Status valid = ValidateText(doc.text, max_bytes); !valid.ok()) {
      return valid;
    }
    chunk.push_back(doc);
    if (chunk.size() >= chunk_size) {
      flush(chunk);
      chunk.clear();
    }
    return Status();
  };
  BatchSummary summary = RunBatch(options, process);
  flush(chunk);
  return summary;
}

int ExitStatus(const BatchSummary& summary) {
  if (summary.failed_inputs > 0 || summary.rejects_unwritten)
    return kExitFailure;
  return summary.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dyad::cli
