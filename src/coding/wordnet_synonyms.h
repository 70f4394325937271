// Verb synonyms from Debian's WordNet files (index.verb, data.verb): the
// other words of a verb's most frequent sense, used to widen a verb
// pattern marked `~` (data/README.md). Internal.
#ifndef DYAD_SRC_CODING_WORDNET_SYNONYMS_H_
#define DYAD_SRC_CODING_WORDNET_SYNONYMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/error.h"

namespace dyad::coding {

// The single-word synonyms of `verb` in its first WordNet sense ("condemn"
// -> "reprobate", "decry", "objurgate", "excoriate"), without `verb`
// itself, in WordNet's order; empty when WordNet does not know the verb.
// NotFound naming the file when index.verb or data.verb is missing.
Result<std::vector<std::string>> FirstSenseVerbSynonyms(
    const std::string& wordnet_dir, std::string_view verb);

}  // namespace dyad::coding

#endif  // DYAD_SRC_CODING_WORDNET_SYNONYMS_H_
