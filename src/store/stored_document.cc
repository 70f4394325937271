#include "dyad/ingest.h"

namespace dyad {

StoredDocument ToStoredDocument(const Document& document, CodedDocument coded,
                                const std::string& version) {
  StoredDocument stored;
  stored.document = document;
  stored.content_hash =
      version.empty() ? std::string() : ContentHash(document) + ":" + version;
  const std::string& text = document.text;
  for (const Sentence& s : coded.segmented.sentences) {
    stored.sentences.push_back(text.substr(s.span.begin, s.span.size()));
  }
  for (const ActorMention& m : coded.actors) {
    if (m.code.empty()) continue;
    stored.actors.push_back({m.sentence_index, m.span, m.code, m.country,
                             m.name, text.substr(m.span.begin, m.span.size())});
  }
  stored.events = std::move(coded.events);
  return stored;
}

}  // namespace dyad
