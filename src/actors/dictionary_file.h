// Reads dyad's own dictionary format (data/README.md). Internal.
#ifndef DYAD_SRC_ACTORS_DICTIONARY_FILE_H_
#define DYAD_SRC_ACTORS_DICTIONARY_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/lexicon.h"

namespace dyad::actors {

// The kind of entries a file holds, from its name: countries*.txt,
// demonyms*.txt, places*.txt, organisations*.txt, groups*.txt,
// people*.txt, agents*.txt, titles*.txt. InvalidArgument for any other.
Result<ActorKind> KindOfFile(std::string_view file_name);

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the first day it names.
Result<Date> ParsePartialDate(std::string_view text);

// Parses the entries of one file, named `name` in messages. Every error
// names the line: `people.txt:42: empty alias`.
Result<std::vector<LexiconEntry>> ParseDictionary(std::string_view name,
                                                  std::string_view content,
                                                  ActorKind kind);

}  // namespace dyad::actors

#endif  // DYAD_SRC_ACTORS_DICTIONARY_FILE_H_
