// Actor recognition: the actors a document names, with their CAMEO codes on
// a given date, and within-document resolution of surnames, titles,
// pronouns and plural references ("the two presidents").
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/lexicon.h"
#include "dyad/text.h"

namespace dyad {

struct ActorMention {
  uint32_t sentence_index = 0;
  uint32_t token_begin = 0;  // [token_begin, token_end) of the sentence
  uint32_t token_end = 0;
  Span span;            // into Document::text
  std::string code;     // "RUSGOV"; empty when no role holds on the date
  std::string country;  // ISO 3166-1 alpha-3, or empty
  std::string name;     // canonical name, or the words of an unknown one
  ActorKind kind = ActorKind::kCountry;  // what the head of the phrase is
  bool plural = false;
  // For a mention that stands for an earlier one ("Mr Comey", "he", "the
  // two presidents", "the agency"): the index, in the same result, of that
  // mention; a pronoun or plural reference points at a mention that names
  // the actor, never at another pronoun.
  std::optional<uint32_t> resolved_from;

  // How the code depends on the date: the person entry (whose role changes
  // with time), or none; and the code composed from the words around it,
  // used when the person has no role on a date or is not in the dictionary.
  std::optional<uint32_t> person_entry;
  std::string composed_code;
};

// Finds actors. Holds a reference to the lexicon, which must outlive it.
// Immutable: one recognizer may be used from many threads at once.
class ActorRecognizer {
 public:
  explicit ActorRecognizer(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Every actor mention of the document, in text order, coded with the roles
  // that hold on `date` (usually the publication date; nothing when unknown,
  // see LexiconEntry::CodeOn). Plural references ("the two presidents",
  // "they" after them) give one mention for each actor they stand for, with
  // the same span, in the order the actors were first named. A capital or
  // seat of power where something happens ("talks in Moscow") is coded as its
  // country, not its government; one inside a longer name ("Real Madrid",
  // "the Washington Post") is no mention.
  std::vector<ActorMention> Find(const SegmentedDocument& document,
                                 const std::optional<Date>& date) const;

  // The code of `mention` on another date, e.g. an event's.
  std::string CodeOn(const ActorMention& mention,
                     const std::optional<Date>& date) const;

  const Lexicon& lexicon() const { return lexicon_; }

 private:
  const Lexicon& lexicon_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
