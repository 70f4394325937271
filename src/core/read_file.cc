#include "src/core/read_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {

Result<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    bool exists = std::filesystem::exists(path, ec);
    return Error{exists ? ErrorCode::kIOError : ErrorCode::kNotFound,
                 path + ": cannot open"};
  }
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIOError, path + ": read failed"};
  return std::move(s).str();
}

}  // namespace dyad
