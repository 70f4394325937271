#include "dyad/syntax.h"

namespace dyad {

const char* VoiceName(Voice voice) {
  return voice == Voice::kPassive ? "passive" : "active";
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kFuture:
      return "future";
    case Modality::kReported:
      return "reported";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

const char* BackendName(SyntaxBackend b) {
  return b == SyntaxBackend::kLink ? "link" : "shallow";
}

}  // namespace dyad
