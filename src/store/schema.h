// The SQLite store's schema: recognising a dyad store, creating it in an
// empty file and migrating an older one, with the version in
// PRAGMA user_version and dyad's mark in PRAGMA application_id.
#ifndef DYAD_SRC_STORE_SCHEMA_H_
#define DYAD_SRC_STORE_SCHEMA_H_

#include <cstdint>

#include "dyad/error.h"
#include "src/store/sqlite_db.h"

namespace dyad::store {

// PRAGMA application_id of a dyad store: "dyad" in ASCII.
inline constexpr int64_t kDyadApplicationId = 0x64796164;

// Checks that `db` is empty or a dyad store, and (unless `read_only`)
// creates or migrates the schema to kStoreSchemaVersion. Nothing is written
// before the checks pass. Errors name the path: Corruption for a file that
// is not a SQLite database, InvalidArgument for another program's database,
// a newer schema, or (read_only) an empty file or an older schema.
Status PrepareSchema(Db& db, bool read_only);

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_SCHEMA_H_
