// From the coder to the store: what `dyad ingest` keeps of a coded
// document.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <string>

#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad {

// The document, its sentences' text, its coded actor mentions and its
// events, ready for Store::Ingest. `version` is folded into the content
// hash ("fast", "accurate"), so that the same text coded another way is a
// new version that replaces the old; empty: ContentHash(document) alone.
StoredDocument ToStoredDocument(const Document& document, CodedDocument coded,
                                const std::string& version);

}  // namespace dyad

#endif  // DYAD_INGEST_H_
