#include "src/store/schema.h"

#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::store {
namespace {

// Migrations[i] takes a store from schema version i to i + 1. Version 0 is
// an empty file. Append; never edit a released step.
const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE documents (
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  published TEXT,
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  metadata TEXT NOT NULL DEFAULT '[]',
  added INTEGER NOT NULL,
  -- Last, so that reading the columns before it never walks the text.
  text TEXT NOT NULL
);
CREATE TABLE sentences (
  doc_key INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (doc_key, sentence_index)
);
-- Full-text index of the sentences that report an event (the ones a text
-- filter can reach), kept by the store as documents come and go.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='sentences', content_rowid='rowid');
CREATE TABLE actor_mentions (
  doc_key INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  code TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actor_mentions_doc ON actor_mentions (doc_key);
CREATE INDEX actor_mentions_code ON actor_mentions (code);
-- One row per happening: the document events with the same source, target
-- ('' for none), CAMEO code and date. Counts, and the fields of the first
-- report (copied so that a query reads this table alone), are recomputed
-- whenever a document that reports the event is added or replaced.
CREATE TABLE events (
  event_key INTEGER PRIMARY KEY,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  cameo TEXT NOT NULL,
  date TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  first_doc_event INTEGER,
  added INTEGER NOT NULL,
  source_country TEXT, source_name TEXT, source_text TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_country TEXT, target_name TEXT, target_text TEXT,
  target_begin INTEGER, target_end INTEGER,
  cameo_name TEXT, plover_type TEXT, plover_mode TEXT,
  doc_id TEXT, doc_source TEXT, url TEXT, event_id TEXT,
  sentence_index INTEGER, verb_text TEXT, pattern TEXT,
  location_country TEXT, location_text TEXT,
  location_begin INTEGER, location_end INTEGER,
  sentence TEXT,
  UNIQUE (source_code, target_code, cameo, date)
);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_root ON events (root, date);
CREATE INDEX events_quad ON events (quad_class, date);
-- Serves date ranges, and covers what Stats reads.
CREATE INDEX events_stats ON events (date, quad_class, goldstein, num_mentions);
-- Query's order: by date, undated last, then by key.
CREATE INDEX events_order ON events (date = '', date);
-- The events of one document, every field of the Event contract.
CREATE TABLE doc_events (
  doc_event_key INTEGER PRIMARY KEY,
  event_key INTEGER NOT NULL,
  doc_key INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  date TEXT NOT NULL,
  date_basis TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_code TEXT,
  target_country TEXT,
  target_name TEXT,
  target_text TEXT,
  target_begin INTEGER,
  target_end INTEGER,
  cameo TEXT NOT NULL,
  cameo_name TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  location_country TEXT,
  location_text TEXT,
  location_begin INTEGER,
  location_end INTEGER,
  attribution_code TEXT,
  attribution_text TEXT,
  attribution_begin INTEGER,
  attribution_end INTEGER
);
CREATE INDEX doc_events_event ON doc_events (event_key);
CREATE INDEX doc_events_doc ON doc_events (doc_key);
-- Where each document event was read (Event::mentions), in order.
CREATE TABLE evidence (
  doc_event_key INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  doc_key INTEGER NOT NULL,
  sentence_index INTEGER NOT NULL,
  verb_text TEXT NOT NULL,
  verb_lemma TEXT NOT NULL,
  verb_begin INTEGER NOT NULL,
  verb_end INTEGER NOT NULL,
  pattern TEXT NOT NULL,
  parser TEXT NOT NULL,
  sentence TEXT NOT NULL,
  PRIMARY KEY (doc_event_key, ordinal)
) WITHOUT ROWID;
CREATE INDEX evidence_sentence ON evidence (doc_key, sentence_index);
CREATE TABLE rejects (
  reject_key INTEGER PRIMARY KEY,
  input TEXT NOT NULL,
  line INTEGER NOT NULL,
  format INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  code INTEGER NOT NULL,
  reason TEXT NOT NULL,
  content BLOB NOT NULL,
  added INTEGER NOT NULL,
  UNIQUE (input, line, doc_id, reason)
);
CREATE INDEX rejects_doc ON rejects (doc_id);
)sql",
};

constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == kStoreSchemaVersion);

struct Header {
  int64_t application_id = 0;
  int64_t version = 0;
  std::vector<std::string> tables;
};

Result<Header> ReadHeader(Db& db) {
  Header header;
  // The first read of the file: a file that is not a database fails here.
  auto tables = db.Prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
      "name NOT LIKE 'sqlite_%' ORDER BY name");
  if (!tables.ok()) return tables.error();
  while (true) {
    auto row = tables->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    header.tables.push_back(tables->Text(0));
  }
  auto id = db.QueryInt("PRAGMA application_id");
  if (!id.ok()) return id.error();
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.error();
  header.application_id = *id;
  header.version = *version;
  return header;
}

std::string Joined(const std::vector<std::string>& names, size_t most) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < most; ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  if (names.size() > most) out += ", ...";
  return out;
}

// Why `header` is not a store this dyad can use, or empty when it is (or is
// an empty file).
std::string Refusal(const Header& header) {
  if (header.application_id == kDyadApplicationId) {
    if (header.version > kStoreSchemaVersion) {
      return "a dyad store of schema version " +
             std::to_string(header.version) + ", newer than this dyad's " +
             std::to_string(kStoreSchemaVersion) + "; use a newer dyad";
    }
    return {};
  }
  if (header.application_id == 0 && header.version == 0 &&
      header.tables.empty()) {
    return {};
  }
  std::string what = "a SQLite database of another program (";
  if (header.tables.empty()) {
    what += "application id " + std::to_string(header.application_id);
  } else {
    what += "tables: " + Joined(header.tables, 5);
  }
  return what + "), not a dyad store; it is left untouched";
}

Status Migrate(Db& db) {
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  // Another process may have created or migrated the schema meanwhile.
  auto header = ReadHeader(db);
  Status status;
  if (!header.ok()) {
    status = header.status();
  } else if (std::string why = Refusal(*header); !why.empty()) {
    status = Error{ErrorCode::kInvalidArgument, db.path() + ": " + why};
  } else {
    for (int64_t v = header->version; v < kStoreSchemaVersion && status.ok();
         ++v) {
      status = db.Exec(kMigrations[v]);
    }
    if (status.ok()) {
      status = db.Exec(
          "PRAGMA application_id = " + std::to_string(kDyadApplicationId) +
          "; PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
    }
  }
  if (!status.ok()) {
    (void)db.Exec("ROLLBACK");
    return status;
  }
  return db.Exec("COMMIT");
}

}  // namespace

Status PrepareSchema(Db& db, bool read_only) {
  auto header = ReadHeader(db);
  if (!header.ok()) {
    Error error = header.error();
    if (error.code == ErrorCode::kCorruption) {
      error.message = db.path() +
                      ": not a SQLite database, so not a dyad "
                      "store; it is left untouched";
    }
    return error;
  }
  if (std::string why = Refusal(*header); !why.empty()) {
    return Error{ErrorCode::kInvalidArgument, db.path() + ": " + why};
  }
  if (header->version == kStoreSchemaVersion) return Status();
  if (read_only) {
    if (header->version == 0) {
      return Error{ErrorCode::kInvalidArgument,
                   db.path() + ": an empty file, not a dyad store"};
    }
    return Error{ErrorCode::kInvalidArgument,
                 db.path() + ": a dyad store of schema version " +
                     std::to_string(header->version) +
                     "; open it for writing (dyad ingest) to upgrade it"};
  }
  return Migrate(db);
}

}  // namespace dyad::store
