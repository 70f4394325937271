// Hand-built documents and events for the store's tests, the crash writer
// and the store benchmark.
#ifndef DYAD_TESTS_STORE_FIXTURES_H_
#define DYAD_TESTS_STORE_FIXTURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/store.h"

namespace dyad::testing {

// An event of document `doc_id` between `source` and `target` (empty: none)
// with CAMEO `cameo` on `date`, read in sentence `sentence_index`; the root,
// quad class, Goldstein value and PLOVER type follow from the code, the
// rest is filled plausibly.
Event MakeEvent(const std::string& doc_id, const std::string& event_id,
                const std::string& source, const std::string& target,
                const std::string& cameo, const std::string& date,
                uint32_t sentence_index = 0);

// A document `id` published by `source` (a publisher such as "BBC"), whose
// sentences are `sentences`, with `events`; an actor mention is made for
// each event's source and target.
StoredDocument MakeDocument(const std::string& id, const std::string& source,
                            std::vector<std::string> sentences,
                            std::vector<Event> events);

// The `index`-th document of a deterministic synthetic news corpus: 12 to
// 20 sentences, 3 to 8 events among 40 actors over 2015-2019, 10
// publishers; the same index always gives the same document. `version`
// changes the text (and so the content hash) and the events.
StoredDocument SyntheticDocument(int64_t index, int version = 0);

// Four documents from three publishers with eight events between 2016 and
// 2017-05 (one undated, one without a target), small enough that what any
// filter, count or aggregate over them gives can be computed by hand; each
// event's event_id is "<doc>-<n>".
std::vector<StoredDocument> FilterCorpus();

}  // namespace dyad::testing

#endif  // DYAD_TESTS_STORE_FIXTURES_H_
