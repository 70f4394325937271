// Helpers shared by dyad's tests.
#ifndef DYAD_TESTS_TEST_SUPPORT_H_
#define DYAD_TESTS_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <vector>

namespace dyad::testing {

// The shared test material (../shared beside the checkout, or $DYAD_SHARED),
// or nothing when it is absent.
std::optional<std::string> SharedDir();

// Returns the whole file, or nothing when it cannot be read.
std::optional<std::string> ReadFileOrNone(const std::string& path);

// The reference article, or nothing when ../shared is absent.
std::optional<std::string> ReferenceArticle();

// The path of the built dyad command.
std::string DyadBinary();

// A fresh, empty directory for one test, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Runs a shell command; returns its exit status and what it printed on
// stdout and stderr.
struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};
CommandResult RunCommand(const std::string& command, const TempDir& dir);

// Writes `content` to `path`; returns false on failure.
bool WriteFile(const std::string& path, const std::string& content);

// The lines of `text` (a command's output), without their newlines.
std::vector<std::string> Lines(const std::string& text);

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEST_SUPPORT_H_
