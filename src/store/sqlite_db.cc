#include "src/store/sqlite_db.h"

#include <utility>

namespace dyad::store {

Error SqliteError(const std::string& path, int rc, std::string_view what,
                  sqlite3* db) {
  ErrorCode code = ErrorCode::kIOError;
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = ErrorCode::kCorruption;
      break;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
      code = ErrorCode::kInternal;
      break;
    default:
      break;
  }
  std::string message = path + ": " + std::string(what);
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  if (detail != nullptr && *detail != '\0') {
    message += ": ";
    message += detail;
  }
  return Error{code, std::move(message)};
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Error error = SqliteError(path, rc, "cannot open", db);
    sqlite3_close(db);
    return error;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Db>(new Db(db, path));
}

Db::~Db() { sqlite3_close(db_); }

Status Db::Exec(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK) return ErrorOf(rc, "cannot run \"" + text + "\"");
  return Status();
}

Result<Statement> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()),
                              &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return ErrorOf(rc, "cannot prepare a statement");
  }
  return Statement(this, stmt);
}

Result<int64_t> Db::QueryInt(std::string_view sql) {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.error();
  auto row = stmt->Step();
  if (!row.ok()) return row.error();
  if (!*row) return Error{ErrorCode::kInternal, path_ + ": no row"};
  return stmt->Int(0);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}

void Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}

void Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
}

void Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()),
                    SQLITE_TRANSIENT);
}

void Statement::BindOrNull(int index, std::string_view value) {
  if (value.empty()) {
    BindNull(index);
  } else {
    Bind(index, value);
  }
}

void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->ErrorOf(rc, "cannot run a statement");
}

Status Statement::Run() {
  auto done = Step();
  Reset();
  if (!done.ok()) return done.error();
  return Status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::Double(int column) const {
  return sqlite3_column_double(stmt_, column);
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     sqlite3_column_bytes(stmt_, column));
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

}  // namespace dyad::store
