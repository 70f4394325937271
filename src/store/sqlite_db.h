// A thin RAII layer over the SQLite C API: a connection and prepared
// statements whose failures come back as dyad errors naming the database.
#ifndef DYAD_SRC_STORE_SQLITE_DB_H_
#define DYAD_SRC_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/error.h"

namespace dyad::store {

// The error of a failed SQLite call: `path: what: sqlite's message`. The code
// follows the SQLite result: NOTADB and CORRUPT are Corruption, CANTOPEN and
// PERM are IOError, the rest IOError too (a disk, a lock), MISUSE Internal.
Error SqliteError(const std::string& path, int rc, std::string_view what,
                  sqlite3* db);

class Statement;

// One connection. Not thread-safe.
class Db {
 public:
  // Opens `path` with the sqlite3_open_v2 `flags`. On failure nothing is
  // left open.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, int flags);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // The single integer the statement returns (a PRAGMA, a count).
  Result<int64_t> QueryInt(std::string_view sql);

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }
  Error ErrorOf(int rc, std::string_view what) const {
    return SqliteError(path_, rc, what, db_);
  }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class Statement {
 public:
  Statement(Db* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  void Bind(int index, int64_t value);
  void Bind(int index, int value) { Bind(index, static_cast<int64_t>(value)); }
  void Bind(int index, double value);
  void Bind(int index, std::string_view value);
  void Bind(int index, const char* value) {
    Bind(index, std::string_view(value));
  }
  void Bind(int index, const std::string& value) {
    Bind(index, std::string_view(value));
  }
  void BindBlob(int index, std::string_view bytes);
  // Binds NULL when `value` is empty.
  void BindOrNull(int index, std::string_view value);
  void BindNull(int index);

  // Advances: true when a row is ready, false when done.
  Result<bool> Step();
  // Steps a statement that returns no rows, then resets it.
  Status Run();
  // Ready for new bindings and another run.
  void Reset();

  int64_t Int(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  bool IsNull(int column) const;

 private:
  Db* db_;
  sqlite3_stmt* stmt_;
};

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_SQLITE_DB_H_
