// Shared by dyad's benchmark programs: the machine, the corpus, timing.
#ifndef DYAD_BENCH_BENCH_SUPPORT_H_
#define DYAD_BENCH_BENCH_SUPPORT_H_

#include <chrono>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::bench {

// One line describing the machine: CPU model, cores, compiler, build type.
std::string MachineDescription();

// Peak resident memory of this process so far, in MB.
double PeakRssMb();

// Reads a JSON Lines corpus into memory. Exits with a message when the file
// is absent or unreadable.
std::vector<Document> LoadCorpus(const std::string& path);

// Total bytes of text in `docs`.
size_t TotalBytes(const std::vector<Document>& docs);

// Seconds elapsed since `start`.
inline double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_SUPPORT_H_
