// Opening a store: creating the schema in an empty file, recognising a
// dyad store, and refusing — with the path named and the file untouched —
// whatever is not one.
#include "src/store/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "dyad/store.h"
#include "tests/store_fixtures.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

using testing::ReadFileOrNone;
using testing::TempDir;
using testing::WriteFile;

// Runs SQL on a database with the plain SQLite API, outside dyad.
void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

// The first column of the first row, as text ("" when there is none).
std::string RawValue(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  std::string value;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW &&
      sqlite3_column_text(stmt, 0) != nullptr) {
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

TEST(StoreSchema, ANewFileGetsTheSchemaVersionAndDyadsMark) {
  TempDir dir;
  const std::string path = dir.File("new.db");
  {
    auto store = OpenSqliteStore(path, {});
    ASSERT_TRUE(store.ok()) << store.error().message;
  }
  EXPECT_EQ(RawValue(path, "PRAGMA user_version"),
            std::to_string(kStoreSchemaVersion));
  EXPECT_EQ(RawValue(path, "PRAGMA application_id"),
            std::to_string(store::kDyadApplicationId));
  EXPECT_EQ(RawValue(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawValue(path,
                     "SELECT count(*) FROM sqlite_schema WHERE name IN "
                     "('documents', 'sentences', 'sentences_fts', "
                     "'actor_mentions', 'events', 'doc_events', "
                     "'evidence', 'rejects')"),
            "8");
  auto reopened = OpenSqliteStore(path, {});
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
}

TEST(StoreSchema, AnEmptyFileIsMigratedFromVersionZero) {
  TempDir dir;
  const std::string path = dir.File("empty.db");
  ASSERT_TRUE(WriteFile(path, ""));
  auto store = OpenSqliteStore(path, {});
  ASSERT_TRUE(store.ok()) << store.error().message;
  auto summary = (*store)->Ingest(
      std::vector<StoredDocument>{testing::SyntheticDocument(3)});
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(summary->added, 1);
  EXPECT_EQ(RawValue(path, "PRAGMA user_version"),
            std::to_string(kStoreSchemaVersion));
}

struct BadCase {
  std::string name;
  // Makes the file at `path`.
  void (*make)(const std::string& path);
  StoreOptions options;
  ErrorCode code;
  std::string message;
};

StoreOptions ReadOnly() {
  StoreOptions o;
  o.read_only = true;
  return o;
}

TEST(StoreSchema, WhatIsNotADyadStoreIsRefusedAndLeftUntouched) {
  const std::vector<BadCase> cases = {
      {"not a database",
       [](const std::string& p) {
         WriteFile(
             p, "id,text\n1,Trump spoke to Putin\n" + std::string(4096, 'x'));
       },
       {},
       ErrorCode::kCorruption,
       "not a SQLite database"},
      {"another program's database",
       [](const std::string& p) {
         RawSql(p,
                "CREATE TABLE customers (id INTEGER, name TEXT);"
                "INSERT INTO customers VALUES (1, 'Ada');");
       },
       {},
       ErrorCode::kInvalidArgument,
       "another program (tables: customers)"},
      {"another program's empty database with its own id",
       [](const std::string& p) { RawSql(p, "PRAGMA application_id = 42;"); },
       {},
       ErrorCode::kInvalidArgument,
       "application id 42"},
      {"a newer dyad",
       [](const std::string& p) {
         RawSql(p,
                "PRAGMA application_id = 1685676388;"
                "PRAGMA user_version = 99;"
                "CREATE TABLE documents (x);");
       },
       {},
       ErrorCode::kInvalidArgument,
       "schema version 99"},
      {"an empty file, read-only",
       [](const std::string& p) { WriteFile(p, ""); }, ReadOnly(),
       ErrorCode::kInvalidArgument, "not a dyad store"},
      {"another program's database, read-only",
       [](const std::string& p) { RawSql(p, "CREATE TABLE t (x);"); },
       ReadOnly(), ErrorCode::kInvalidArgument, "another program"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    const std::string path = dir.File("x.db");
    c.make(path);
    auto before = ReadFileOrNone(path);
    ASSERT_TRUE(before.has_value());
    auto store = OpenSqliteStore(path, c.options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, c.code);
    EXPECT_NE(store.error().message.find(path), std::string::npos)
        << store.error().message;
    EXPECT_NE(store.error().message.find(c.message), std::string::npos)
        << store.error().message;
    EXPECT_EQ(ReadFileOrNone(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
  }
}

TEST(StoreSchema, AMissingFileIsNotCreatedWhenOnlyReading) {
  TempDir dir;
  const std::string path = dir.File("missing.db");
  auto store = OpenSqliteStore(path, ReadOnly());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code, ErrorCode::kNotFound);
  EXPECT_NE(store.error().message.find(path), std::string::npos);
  StoreOptions no_create;
  no_create.create = false;
  EXPECT_EQ(OpenSqliteStore(path, no_create).error().code,
            ErrorCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(StoreSchema, ADirectoryOrAMissingFolderIsAnIOError) {
  TempDir dir;
  auto store = OpenSqliteStore(dir.path(), {});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code, ErrorCode::kIOError);
  EXPECT_NE(store.error().message.find(dir.path()), std::string::npos);

  auto nowhere = OpenSqliteStore(dir.File("no/such/dir/s.db"), {});
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.error().code, ErrorCode::kIOError);
}

TEST(StoreSchema, AnUnreadableFileIsAnIOError) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files of any mode";
  TempDir dir;
  const std::string path = dir.File("locked.db");
  {
    auto made = OpenSqliteStore(path, {});
    ASSERT_TRUE(made.ok());
  }
  std::filesystem::permissions(path, std::filesystem::perms::none);
  auto locked = OpenSqliteStore(path, ReadOnly());
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, ErrorCode::kIOError);
}

}  // namespace
}  // namespace dyad
