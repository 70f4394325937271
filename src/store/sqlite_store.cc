// The SQLite back-end of Store: opening a store, and reading it.
#include "src/store/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>

#include "src/store/event_filter.h"
#include "src/store/schema.h"
#include "src/store/stats.h"

namespace dyad {
namespace store {
namespace {

// The stored event with the fields of its first report; the column order is
// what ReadEventRow reads.
constexpr const char* kEventRowColumns =
    "e.event_key, e.date, e.source_code, e.source_country, e.source_name, "
    "e.source_text, e.source_begin, e.source_end, "
    "CASE WHEN e.target_code = '' THEN NULL ELSE e.target_code END, "
    "e.target_country, e.target_name, e.target_text, e.target_begin, "
    "e.target_end, e.cameo, e.cameo_name, e.root, e.quad_class, e.goldstein, "
    "e.plover_type, e.plover_mode, e.num_mentions, e.num_articles, "
    "e.num_sources, e.doc_id, e.doc_source, e.url, e.event_id, "
    "e.sentence_index, e.sentence, e.verb_text, e.pattern, "
    "e.location_country, e.location_text, e.location_begin, e.location_end, "
    "e.added";

// A document event; the column order is what ReadDocEvent reads.
constexpr const char* kDocEventColumns =
    "d.doc_event_key, doc.id, doc.source, doc.url, doc.published, "
    "d.event_id, d.date, d.date_basis, d.source_code, d.source_country, "
    "d.source_name, d.source_text, d.source_begin, d.source_end, "
    "d.target_code, d.target_country, d.target_name, d.target_text, "
    "d.target_begin, d.target_end, d.cameo, d.cameo_name, d.root, "
    "d.quad_class, d.goldstein, d.plover_type, d.plover_mode, d.negated, "
    "d.modality, d.location_country, d.location_text, d.location_begin, "
    "d.location_end, d.attribution_code, d.attribution_text, "
    "d.attribution_begin, d.attribution_end";

Span SpanAt(const Statement& s, int column) {
  return Span{static_cast<uint32_t>(s.Int(column)),
              static_cast<uint32_t>(s.Int(column + 1))};
}

EventRow ReadEventRow(const Statement& s) {
  EventRow row;
  row.id = s.Int(0);
  row.date = s.Text(1);
  row.source =
      EventActor{s.Text(2), s.Text(3), s.Text(4), s.Text(5), SpanAt(s, 6)};
  if (!s.IsNull(8)) {
    row.target =
        EventActor{s.Text(8), s.Text(9), s.Text(10), s.Text(11), SpanAt(s, 12)};
  }
  row.cameo = s.Text(14);
  row.cameo_name = s.Text(15);
  row.root = s.Text(16);
  row.quad_class = static_cast<int>(s.Int(17));
  row.goldstein = s.Double(18);
  row.plover_type = s.Text(19);
  row.plover_mode = s.Text(20);
  row.num_mentions = s.Int(21);
  row.num_articles = s.Int(22);
  row.num_sources = s.Int(23);
  row.doc_id = s.Text(24);
  row.doc_source = s.Text(25);
  row.url = s.Text(26);
  row.event_id = s.Text(27);
  row.sentence_index = static_cast<uint32_t>(s.Int(28));
  row.sentence = s.Text(29);
  row.verb_text = s.Text(30);
  row.pattern = s.Text(31);
  if (!s.IsNull(32)) {
    row.location = EventLocation{s.Text(32), s.Text(33), SpanAt(s, 34)};
  }
  row.added = s.Int(36);
  return row;
}

// Reads kDocEventColumns into `report` (mentions not yet filled); returns
// the doc_event_key.
int64_t ReadDocEvent(const Statement& s, EventReport* report) {
  report->doc_source = s.Text(2);
  report->url = s.Text(3);
  report->published = s.Text(4);
  Event& e = report->event;
  e.doc_id = s.Text(1);
  e.event_id = s.Text(5);
  e.date = s.Text(6);
  e.date_basis = s.Text(7);
  e.source =
      EventActor{s.Text(8), s.Text(9), s.Text(10), s.Text(11), SpanAt(s, 12)};
  if (!s.IsNull(14)) {
    e.target = EventActor{s.Text(14), s.Text(15), s.Text(16), s.Text(17),
                          SpanAt(s, 18)};
  }
  e.cameo = s.Text(20);
  e.cameo_name = s.Text(21);
  e.root = s.Text(22);
  e.quad_class = static_cast<int>(s.Int(23));
  e.goldstein = s.Double(24);
  e.plover_type = s.Text(25);
  e.plover_mode = s.Text(26);
  e.negated = s.Int(27) != 0;
  e.modality = s.Text(28);
  if (!s.IsNull(29)) {
    e.location = EventLocation{s.Text(29), s.Text(30), SpanAt(s, 31)};
  }
  if (!s.IsNull(33)) {
    e.attribution = EventAttribution{s.Text(33), s.Text(34), SpanAt(s, 35)};
  }
  return s.Int(0);
}

void BindFilter(Statement& s, const FilterSql& sql, int first) {
  int i = first;
  for (const auto& value : sql.values) {
    if (const int64_t* n = std::get_if<int64_t>(&value)) {
      s.Bind(i++, *n);
    } else {
      s.Bind(i++, std::get<std::string>(value));
    }
  }
}

constexpr const char* kEventOrder = "e.date = '', e.date, e.event_key";

std::vector<std::pair<std::string, std::string>> MetadataFromJson(
    const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  nlohmann::json pairs = nlohmann::json::parse(text, nullptr, false);
  if (!pairs.is_array()) return out;
  for (const auto& p : pairs) {
    if (p.is_array() && p.size() == 2 && p[0].is_string() && p[1].is_string()) {
      out.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
    }
  }
  return out;
}

}  // namespace

Result<Statement*> SqliteStore::Cached(const std::string& sql) {
  auto it = cached_.find(sql);
  if (it == cached_.end()) {
    auto stmt = db_->Prepare(sql);
    if (!stmt.ok()) return stmt.error();
    it = cached_.emplace(sql, std::move(stmt).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

Status SqliteStore::InTransaction(const std::function<Status()>& body) {
  if (Status s = db_->Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Status status = body();
  if (status.ok()) status = db_->Exec("COMMIT");
  if (!status.ok()) (void)db_->Exec("ROLLBACK");
  return status;
}

Result<std::vector<Rejection>> SqliteStore::Rejects() {
  auto s = db_->Prepare(
      "SELECT input, line, format, doc_id, code, reason, content FROM "
      "rejects ORDER BY reject_key");
  if (!s.ok()) return s.error();
  std::vector<Rejection> out;
  while (true) {
    auto row = s->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    Rejection r;
    r.origin.input = s->Text(0);
    r.origin.line = s->Int(1);
    int64_t format = s->Int(2);
    r.origin.format = format >= 0 && format <= 3
                          ? static_cast<InputFormat>(format)
                          : InputFormat::kText;
    r.doc_id = s->Text(3);
    int64_t code = s->Int(4);
    r.error.code =
        code >= 0 && code <= static_cast<int64_t>(ErrorCode::kInternal)
            ? static_cast<ErrorCode>(code)
            : ErrorCode::kInternal;
    r.error.message = s->Text(5);
    r.content = s->Text(6);
    out.push_back(std::move(r));
  }
  return out;
}

Status SqliteStore::CheckFilter(const EventFilter& filter) {
  if (Status s = ValidateFilter(filter); !s.ok()) return s;
  if (filter.text.empty()) return Status();
  // FTS5 parses the query when it first runs; try it alone so that a
  // malformed one is the caller's error, not the store's.
  auto probe = db_->Prepare(
      "SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1");
  if (!probe.ok()) return probe.status();
  probe->Bind(1, filter.text);
  auto row = probe->Step();
  if (row.ok()) return Status();
  std::string why = row.error().message;
  if (size_t colon = why.rfind(": "); colon != std::string::npos) {
    why = why.substr(colon + 2);
  }
  return Error{
      ErrorCode::kInvalidArgument,
      "--text: not a full-text query: \"" + filter.text + "\" (" + why + ")"};
}

Status SqliteStore::ForEachEvent(
    const EventFilter& filter,
    const std::function<Status(const EventRow&)>& fn) {
  if (Status s = CheckFilter(filter); !s.ok()) return s;
  FilterSql where = BuildFilterSql(filter);
  std::string sql = std::string("SELECT ") + kEventRowColumns +
                    " FROM events e" + where.where + " ORDER BY " + kEventOrder;
  sql += LimitSql(filter);
  auto stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  BindFilter(*stmt, where, 1);
  while (true) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (Status s = fn(ReadEventRow(*stmt)); !s.ok()) return s;
  }
  return Status();
}

Result<std::vector<EventRow>> SqliteStore::Query(const EventFilter& filter) {
  std::vector<EventRow> rows;
  Status s = ForEachEvent(filter, [&rows](const EventRow& row) {
    rows.push_back(row);
    return Status();
  });
  if (!s.ok()) return s.error();
  return rows;
}

Result<std::vector<EventReport>> SqliteStore::Reports(const char* where,
                                                      int64_t key) {
  auto stmt = Cached(std::string("SELECT ") + kDocEventColumns +
                     " FROM doc_events d JOIN documents doc ON "
                     "doc.doc_key = d.doc_key WHERE " +
                     where + " ORDER BY d.doc_event_key");
  if (!stmt.ok()) return stmt.error();
  auto evidence = Cached(
      "SELECT sentence_index, sentence, verb_text, verb_lemma, verb_begin, "
      "verb_end, pattern, parser FROM evidence WHERE doc_event_key = ? "
      "ORDER BY ordinal");
  if (!evidence.ok()) return evidence.error();
  Statement& reports = **stmt;
  Statement& mentions = **evidence;
  reports.Bind(1, key);
  std::vector<EventReport> out;
  while (true) {
    auto row = reports.Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    EventReport report;
    int64_t doc_event_key = ReadDocEvent(reports, &report);
    mentions.Bind(1, doc_event_key);
    while (true) {
      auto m = mentions.Step();
      if (!m.ok()) return m.error();
      if (!*m) break;
      EventMention mention;
      mention.sentence_index = static_cast<uint32_t>(mentions.Int(0));
      mention.sentence = mentions.Text(1);
      mention.verb_text = mentions.Text(2);
      mention.verb_lemma = mentions.Text(3);
      mention.verb_span = SpanAt(mentions, 4);
      mention.pattern = mentions.Text(6);
      mention.parser = mentions.Text(7);
      report.event.mentions.push_back(std::move(mention));
    }
    mentions.Reset();
    out.push_back(std::move(report));
  }
  return out;
}

Status SqliteStore::ForEachDocumentEvent(
    const EventFilter& filter,
    const std::function<Status(const Event&, const EventRow&)>& fn) {
  return ForEachEvent(filter, [&](const EventRow& row) -> Status {
    auto reports = Reports("d.event_key = ?", row.id);
    if (!reports.ok()) return reports.status();
    for (const EventReport& r : *reports) {
      if (Status s = fn(r.event, row); !s.ok()) return s;
    }
    return Status();
  });
}

Result<StatsResult> SqliteStore::Stats(const EventFilter& filter,
                                       StatsPeriod period) {
  if (Status s = CheckFilter(filter); !s.ok()) return s.error();
  FilterSql where = BuildFilterSql(filter);
  auto stmt = db_->Prepare(
      "SELECT e.date, e.quad_class, e.goldstein, e.num_mentions FROM events "
      "e" +
      where.where);
  if (!stmt.ok()) return stmt.error();
  BindFilter(*stmt, where, 1);
  StatsCounter counter(period);
  while (true) {
    auto row = stmt->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    counter.Add(stmt->Text(0), static_cast<int>(stmt->Int(1)), stmt->Double(2),
                stmt->Int(3));
  }
  return counter.Finish();
}

Result<std::vector<DyadRow>> SqliteStore::Dyads(const EventFilter& filter) {
  if (Status s = CheckFilter(filter); !s.ok()) return s.error();
  FilterSql where = BuildFilterSql(filter);
  auto stmt = db_->Prepare(
      "SELECT e.source_code, e.target_code, count(*), sum(e.num_mentions), "
      "avg(e.goldstein) FROM events e" +
      where.where + (where.where.empty() ? " WHERE " : " AND ") +
      "e.target_code <> '' GROUP BY e.source_code, e.target_code "
      "ORDER BY 3 DESC, 1, 2" +
      LimitSql(filter));
  if (!stmt.ok()) return stmt.error();
  BindFilter(*stmt, where, 1);
  std::vector<DyadRow> out;
  while (true) {
    auto row = stmt->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.push_back(DyadRow{stmt->Text(0), stmt->Text(1), stmt->Int(2),
                          stmt->Int(3), stmt->Double(4)});
  }
  return out;
}

Result<EventDetail> SqliteStore::Show(int64_t event_id) {
  auto stmt = db_->Prepare(std::string("SELECT ") + kEventRowColumns +
                           " FROM events e WHERE e.event_key = ?");
  if (!stmt.ok()) return stmt.error();
  stmt->Bind(1, event_id);
  auto row = stmt->Step();
  if (!row.ok()) return row.error();
  if (!*row) {
    return Error{ErrorCode::kNotFound,
                 db_->path() + ": no event " + std::to_string(event_id)};
  }
  EventDetail detail;
  detail.row = ReadEventRow(*stmt);
  auto reports = Reports("d.event_key = ?", event_id);
  if (!reports.ok()) return reports.error();
  detail.reports = std::move(reports).value();
  return detail;
}

Result<StoredDocument> SqliteStore::GetDocument(const std::string& id) {
  auto doc = db_->Prepare(
      "SELECT doc_key, content_hash, text, published, source, url, metadata "
      "FROM documents WHERE id = ?");
  if (!doc.ok()) return doc.error();
  doc->Bind(1, id);
  auto found = doc->Step();
  if (!found.ok()) return found.error();
  if (!*found) {
    return Error{ErrorCode::kNotFound,
                 db_->path() + ": no document \"" + id + "\""};
  }
  StoredDocument out;
  const int64_t doc_key = doc->Int(0);
  out.document.id = id;
  out.content_hash = doc->Text(1);
  out.document.text = doc->Text(2);
  if (!doc->IsNull(3)) {
    auto date = ParseIsoDate(doc->Text(3));
    if (!date.ok()) {
      return Error{ErrorCode::kCorruption, db_->path() + ": document \"" + id +
                                               "\": " + date.error().message};
    }
    out.document.published = *date;
  }
  out.document.source = doc->Text(4);
  out.document.url = doc->Text(5);
  out.document.metadata = MetadataFromJson(doc->Text(6));

  auto sentences = db_->Prepare(
      "SELECT sentence_index, text FROM sentences WHERE doc_key = ? ORDER BY "
      "sentence_index");
  if (!sentences.ok()) return sentences.error();
  sentences->Bind(1, doc_key);
  while (true) {
    auto row = sentences->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    size_t index = static_cast<size_t>(sentences->Int(0));
    if (out.sentences.size() <= index) out.sentences.resize(index + 1);
    out.sentences[index] = sentences->Text(1);
  }
  auto actors = db_->Prepare(
      "SELECT sentence_index, span_begin, span_end, code, country, name, "
      "text FROM actor_mentions WHERE doc_key = ? ORDER BY rowid");
  if (!actors.ok()) return actors.error();
  actors->Bind(1, doc_key);
  while (true) {
    auto row = actors->Step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.actors.push_back(StoredMention{
        static_cast<uint32_t>(actors->Int(0)), SpanAt(*actors, 1),
        actors->Text(3), actors->Text(4), actors->Text(5), actors->Text(6)});
  }
  auto reports = Reports("d.doc_key = ?", doc_key);
  if (!reports.ok()) return reports.error();
  for (EventReport& r : *reports) out.events.push_back(std::move(r.event));
  return out;
}

Result<StoreCounts> SqliteStore::Counts() {
  auto s = db_->Prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM "
      "sentences), (SELECT count(*) FROM actor_mentions), (SELECT count(*) "
      "FROM doc_events), (SELECT count(*) FROM events), (SELECT count(*) "
      "FROM rejects)");
  if (!s.ok()) return s.error();
  auto row = s->Step();
  if (!row.ok()) return row.error();
  return StoreCounts{s->Int(0), s->Int(1), s->Int(2),
                     s->Int(3), s->Int(4), s->Int(5)};
}

}  // namespace store

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    return Error{ErrorCode::kIOError, path + ": a directory, not a dyad store"};
  }
  const bool exists = fs::exists(st);
  if (!exists && (options.read_only || !options.create)) {
    return Error{ErrorCode::kNotFound, path + ": no such dyad store"};
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE |
                                      (options.create ? SQLITE_OPEN_CREATE : 0);
  auto db = store::Db::Open(path, flags);
  if (!db.ok()) return db.error();
  sqlite3_busy_timeout((*db)->handle(), options.busy_timeout_ms);
  if (Status s = store::PrepareSchema(**db, options.read_only); !s.ok()) {
    return s.error();
  }
  // A 64 MB page cache: the indexes of a store of tens of thousands of
  // documents stay in memory while a batch is written or a query runs.
  if (Status s = (*db)->Exec("PRAGMA cache_size = -65536"); !s.ok()) {
    return s.error();
  }
  if (!options.read_only) {
    // Only now, with the file known to be a dyad store: WAL lets readers
    // work while an ingest writes, and a killed writer loses nothing that
    // was committed.
    auto mode = (*db)->Prepare("PRAGMA journal_mode = WAL");
    if (!mode.ok()) return mode.error();
    auto row = mode->Step();
    if (!row.ok()) return row.error();
    std::string sync = std::string("PRAGMA synchronous = ") +
                       (options.durable ? "FULL" : "NORMAL");
    if (Status s = (*db)->Exec(sync); !s.ok()) return s.error();
  }
  return std::unique_ptr<Store>(new store::SqliteStore(std::move(db).value()));
}

}  // namespace dyad
