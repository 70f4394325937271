#include "bench/bench_support.h"

#include <sys/resource.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include "dyad/reader.h"

namespace dyad::bench {
namespace {

class Collector : public DocumentHandler {
 public:
  explicit Collector(std::vector<Document>* docs) : docs_(docs) {}
  void OnDocument(Document document, const Origin&) override {
    docs_->push_back(std::move(document));
  }
  void OnRejection(Rejection rejection) override {
    std::cerr << "bench: " << rejection.Message() << "\n";
  }

 private:
  std::vector<Document>* docs_;
};

}  // namespace

std::string MachineDescription() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  std::string line;
  while (std::getline(info, line)) {
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  std::string out = cpu + ", " +
                    std::to_string(std::thread::hardware_concurrency()) +
                    " cores, g++ " + __VERSION__;
#ifdef NDEBUG
  out += ", optimised build";
#else
  out += ", DEBUG build (figures are not representative)";
#endif
  return out;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

std::vector<Document> LoadCorpus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "bench: " << path << " is absent; nothing to measure\n";
    std::exit(0);
  }
  std::vector<Document> docs;
  Collector collector(&docs);
  Status status =
      ReadDocuments(path, in, InputFormat::kJsonl, ReadOptions{}, collector);
  if (!status.ok()) {
    std::cerr << "bench: " << status.error().message << "\n";
    std::exit(1);
  }
  return docs;
}

size_t TotalBytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.text.size();
  return n;
}

}  // namespace dyad::bench
