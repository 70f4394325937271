// From a sentence's clauses to events: verb patterns pick the code, the
// clause's roles pick the actors, the time expressions the date
// (event_assembly.cc); and the events of a document that report one
// happening become one (event_merge.cc). Internal.
#ifndef DYAD_SRC_CODING_EVENT_ASSEMBLY_H_
#define DYAD_SRC_CODING_EVENT_ASSEMBLY_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/actors.h"
#include "dyad/cameo.h"
#include "dyad/event.h"
#include "dyad/syntax.h"
#include "dyad/time.h"
#include "dyad/verbs.h"
#include "src/coding/pattern_match.h"

namespace dyad::coding {

// What coding one sentence needs; everything is borrowed.
struct SentenceInput {
  const Document* document = nullptr;
  const Sentence* sentence = nullptr;
  const SentenceSyntax* syntax = nullptr;
  const SentenceWords* words = nullptr;
  std::vector<const ActorMention*> actors;  // this sentence's, in order
  std::span<const Timex> times;             // this sentence's
};

struct CodingContext {
  const VerbDictionary* verbs = nullptr;
  const CameoTable* cameo = nullptr;
  const ActorRecognizer* recognizer = nullptr;
  bool include_negated = false;
};

// The events of one sentence, each with one mention, in clause order.
// `earlier` are the document's events so far: a target named only by an
// event noun ("said the strikes were illegal") is the source of the latest
// of them that is a use of force.
std::vector<Event> CodeSentence(const SentenceInput& input,
                                const CodingContext& context,
                                const std::vector<Event>& earlier);

// Merges the events of one document that report the same happening: the
// same source and target (one code may refine the other: USA, USAGOV), the
// same code or, from different sentences, codes of one root ("will speak
// by telephone" and "are scheduled to speak"), and dates that agree (equal,
// one a refinement of the other, or one only the publication date). The
// merged event keeps the most specific code, actors and date, and every
// mention.
// Keeps the order of first mentions.
void MergeDuplicates(std::vector<Event>* events);

// A stable id from the document and the first mention's place and codes.
std::string MakeEventId(const Event& event);

// The code of `actor` (an event's target), empty when there is none.
inline std::string_view CodeOf(const std::optional<EventActor>& actor) {
  return actor ? std::string_view(actor->code) : std::string_view();
}

// True iff two actor codes name the same actor at different precision,
// one extending the other ("USA" and "USAGOV"), or are equal.
bool SameActor(std::string_view a, std::string_view b);

}  // namespace dyad::coding

#endif  // DYAD_SRC_CODING_EVENT_ASSEMBLY_H_
