// The small closed lists of lemmas the shallow back-end's clause rules rely
// on: verbs that take a clause, verbs of speech, modality verbs and
// adjectives, control verbs, and event nouns. Internal to the syntax stage.
#ifndef DYAD_SRC_SYNTAX_WORD_CLASSES_H_
#define DYAD_SRC_SYNTAX_WORD_CLASSES_H_

#include <string_view>

#include "dyad/syntax.h"

namespace dyad::syntax {

// "say", "deny", "believe": a following clause is their complement.
bool TakesClause(std::string_view verb_lemma);

// "say", "tell", "add", "warn": can follow a quotation ("...," Trump said).
bool IsSpeechVerb(std::string_view verb_lemma);

// "plan", "expect", "threaten", and the adjectives "likely", "due": the verb
// or adjective before "to" that makes the next verb the predicate. Sets
// `modality` to what it expresses.
bool IsModalityWord(std::string_view lemma, Modality* modality);

// "refuse", "agree", "decide": an infinitive after them is a complement, not
// a purpose clause.
bool TakesInfinitive(std::string_view verb_lemma);

// "urge", "ask", "tell": their object is the subject of the infinitive.
bool ObjectControls(std::string_view verb_lemma);

// "attack", "talk", "sanction", "visit": nouns that name events.
bool IsEventNoun(std::string_view noun_lemma);

// Prepositions that introduce the patient of an event noun: "attack on",
// "sanctions against", "talks with", "a visit to".
bool IsPatientPrep(std::string_view prep);

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_WORD_CLASSES_H_
