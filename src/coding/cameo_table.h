// Reads dyad's table of CAMEO event codes (data/README.md). Internal.
#ifndef DYAD_SRC_CODING_CAMEO_TABLE_H_
#define DYAD_SRC_CODING_CAMEO_TABLE_H_

#include <string_view>
#include <vector>

#include "dyad/cameo.h"

namespace dyad::coding {

// Parses the text of an event_codes.tsv file, named `name` in messages, and
// checks it as CameoTable::Load does. Returns the codes in the order of the
// file, each with its root and quad class filled in. Every error is a
// Corruption naming the line: "event_codes.tsv:42: duplicate code 041".
Result<std::vector<CameoCode>> ParseEventCodes(std::string_view name,
                                               std::string_view content);

}  // namespace dyad::coding

#endif  // DYAD_SRC_CODING_CAMEO_TABLE_H_
