#include "tests/test_support.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::optional<std::string> SharedDir() {
  const char* env = std::getenv("DYAD_SHARED");
  std::string dir = env != nullptr ? env : DYAD_SHARED_DIR;
  if (std::filesystem::is_directory(dir)) return dir;
  return std::nullopt;
}

std::optional<std::string> ReadFileOrNone(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

std::optional<std::string> ReferenceArticle() {
  auto shared = SharedDir();
  if (!shared) return std::nullopt;
  return ReadFileOrNone(*shared + "/corpus/seed/000_e734f56ed95d1ba3.txt");
}

std::string DyadBinary() { return DYAD_BINARY; }

TempDir::TempDir() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "dyad-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  path_ = made != nullptr ? made : "";
}

TempDir::~TempDir() {
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

CommandResult RunCommand(const std::string& command, const TempDir& dir) {
  std::string out = dir.File(".stdout"), err = dir.File(".stderr");
  std::string full = "cd '" + dir.path() + "' && ( " + command + " ) >'" + out +
                     "' 2>'" + err + "' </dev/null";
  int raw = std::system(full.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = ReadFileOrNone(out).value_or("");
  result.err = ReadFileOrNone(err).value_or("");
  return result;
}

bool WriteFile(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary);
  f << content;
  return static_cast<bool>(f);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

}  // namespace dyad::testing
