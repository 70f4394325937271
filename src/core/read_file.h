// Reading a whole file into memory, with errors that name the path.
// Internal.
#ifndef DYAD_SRC_CORE_READ_FILE_H_
#define DYAD_SRC_CORE_READ_FILE_H_

#include <string>

#include "dyad/error.h"

namespace dyad {

// Returns the bytes of the file at `path`. Errors: NotFound when it does not
// exist, IOError when it exists but cannot be opened or read; the message
// is "PATH: cannot open" or "PATH: read failed".
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace dyad

#endif  // DYAD_SRC_CORE_READ_FILE_H_
