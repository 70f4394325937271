// Errors as values. No exception crosses dyad's API: every fallible function
// returns a Status or a Result<T> that carries an Error.
#ifndef DYAD_ERROR_H_
#define DYAD_ERROR_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace dyad {

enum class ErrorCode {
  kInvalidArgument,  // the caller's input is malformed (bad UTF-8, bad date)
  kNotFound,         // a file or an entry does not exist
  kCorruption,       // stored or dictionary data is inconsistent
  kIOError,          // the operating system refused a read or a write
  kTooLarge,         // an input is over a configured limit
  kInternal,         // a bug in dyad or a failure in a third-party library
};

// Returns the lower-case name of `code`, e.g. "invalid argument".
const char* ErrorCodeName(ErrorCode code);

// What went wrong and where. `message` names the place, e.g.
// "actors.txt:42: empty alias".
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
};

// Either success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT

  bool ok() const { return ok_; }
  // Requires !ok().
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

// Either a T or an Error.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT
  Result(Error error) : v_(std::move(error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  // Require ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  // Requires !ok().
  const Error& error() const { return std::get<1>(v_); }
  Status status() const { return ok() ? Status() : Status(error()); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace dyad

#endif  // DYAD_ERROR_H_
