// Writing to the SQLite store: documents in one transaction per batch,
// replacing changed documents and recounting the stored events they touch.
#include <sqlite3.h>

#include <ctime>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "src/store/sqlite_store.h"

namespace dyad::store {
namespace {

Status Invalid(std::string message) {
  return Error{ErrorCode::kInvalidArgument, std::move(message)};
}

Status CheckDocument(const StoredDocument& d) {
  const std::string& id = d.document.id;
  if (id.empty()) return Invalid("a document without an id");
  for (const Event& e : d.events) {
    if (e.doc_id != id) {
      return Invalid("document " + id + ": event " + e.event_id +
                     " belongs to document \"" + e.doc_id + "\"");
    }
    if (e.mentions.empty()) {
      return Invalid("document " + id + ": event " + e.event_id +
                     " has no mention");
    }
    if (e.source.code.empty()) {
      return Invalid("document " + id + ": event " + e.event_id +
                     " has no source code");
    }
  }
  return Status();
}

std::string MetadataJson(const Document& d) {
  nlohmann::json pairs = nlohmann::json::array();
  for (const auto& [key, value] : d.metadata) pairs.push_back({key, value});
  return pairs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

// The statements of Ingest, prepared once per store.
struct IngestStatements {
  Statement find_doc, doc_event_keys, delete_evidence, delete_doc_events,
      delete_sentences, delete_actors, delete_doc, insert_doc, insert_sentence,
      insert_actor, upsert_event, find_event, insert_doc_event, insert_evidence,
      delete_rejects, recount, drop_unreported, copy_first_report,
      index_sentences, unindex_sentences;
};

// Here, where IngestStatements is complete.
SqliteStore::SqliteStore(std::unique_ptr<Db> db) : db_(std::move(db)) {}
SqliteStore::~SqliteStore() = default;

Status SqliteStore::PrepareIngest() {
  if (ingest_) return Status();
  const char* const sql[] = {
      "SELECT doc_key, content_hash FROM documents WHERE id = ?",
      "SELECT DISTINCT event_key FROM doc_events WHERE doc_key = ?",
      "DELETE FROM evidence WHERE doc_key = ?",
      "DELETE FROM doc_events WHERE doc_key = ?",
      "DELETE FROM sentences WHERE doc_key = ?",
      "DELETE FROM actor_mentions WHERE doc_key = ?",
      "DELETE FROM documents WHERE doc_key = ?",
      "INSERT INTO documents (id, content_hash, text, published, source, url, "
      "metadata, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      "INSERT INTO sentences (doc_key, sentence_index, text) VALUES (?, ?, ?)",
      "INSERT INTO actor_mentions (doc_key, sentence_index, span_begin, "
      "span_end, code, country, name, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      "INSERT INTO events (source_code, target_code, cameo, date, root, "
      "quad_class, goldstein, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (source_code, target_code, cameo, date) DO NOTHING",
      "SELECT event_key FROM events WHERE source_code = ? AND target_code = ? "
      "AND cameo = ? AND date = ?",
      "INSERT INTO doc_events (event_key, doc_key, event_id, date, "
      "date_basis, source_code, source_country, source_name, source_text, "
      "source_begin, source_end, target_code, target_country, target_name, "
      "target_text, target_begin, target_end, cameo, cameo_name, root, "
      "quad_class, goldstein, plover_type, plover_mode, negated, modality, "
      "location_country, location_text, location_begin, location_end, "
      "attribution_code, attribution_text, attribution_begin, "
      "attribution_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "INSERT INTO evidence (doc_event_key, ordinal, doc_key, sentence_index, "
      "sentence, verb_text, verb_lemma, verb_begin, verb_end, pattern, "
      "parser) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "DELETE FROM rejects WHERE doc_id = ?",
      // GDELT's counts: every mention, every article, every source; a
      // document without a source counts as a source of its own.
      "UPDATE events SET "
      "num_mentions = (SELECT count(*) FROM evidence v JOIN doc_events d "
      "  ON d.doc_event_key = v.doc_event_key WHERE d.event_key = ?1), "
      "num_articles = (SELECT count(DISTINCT doc_key) FROM doc_events "
      "  WHERE event_key = ?1), "
      "num_sources = (SELECT count(DISTINCT CASE WHEN doc.source = '' "
      "  THEN '#' || doc.id ELSE doc.source END) FROM doc_events d "
      "  JOIN documents doc ON doc.doc_key = d.doc_key "
      "  WHERE d.event_key = ?1), "
      "first_doc_event = (SELECT min(doc_event_key) FROM doc_events "
      "  WHERE event_key = ?1) "
      "WHERE event_key = ?1",
      "DELETE FROM events WHERE event_key = ? AND first_doc_event IS NULL",
      "UPDATE events SET (root, quad_class, goldstein, source_country, "
      "source_name, source_text, source_begin, source_end, target_country, "
      "target_name, target_text, target_begin, target_end, cameo_name, "
      "plover_type, plover_mode, doc_id, doc_source, url, event_id, "
      "sentence_index, verb_text, pattern, location_country, location_text, "
      "location_begin, location_end, sentence) = (SELECT d.root, "
      "d.quad_class, d.goldstein, d.source_country, d.source_name, "
      "d.source_text, d.source_begin, d.source_end, d.target_country, "
      "d.target_name, d.target_text, d.target_begin, d.target_end, "
      "d.cameo_name, d.plover_type, d.plover_mode, doc.id, doc.source, "
      "doc.url, d.event_id, v.sentence_index, v.verb_text, v.pattern, "
      "d.location_country, d.location_text, d.location_begin, "
      "d.location_end, v.sentence FROM doc_events d JOIN documents doc ON "
      "doc.doc_key = d.doc_key LEFT JOIN evidence v ON v.doc_event_key = "
      "d.doc_event_key AND v.ordinal = 0 WHERE d.doc_event_key = "
      "events.first_doc_event) WHERE event_key = ?1",
      "INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM "
      "sentences WHERE doc_key = ?1 AND sentence_index IN (SELECT "
      "sentence_index FROM evidence WHERE doc_key = ?1)",
      // External-content FTS5 forgets a row only when told its old text.
      "INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT "
      "'delete', rowid, text FROM sentences WHERE doc_key = ?1 AND "
      "sentence_index IN (SELECT sentence_index FROM evidence WHERE "
      "doc_key = ?1)",
  };
  std::vector<Statement> prepared;
  for (const char* s : sql) {
    auto stmt = db_->Prepare(s);
    if (!stmt.ok()) return stmt.error();
    prepared.push_back(std::move(stmt).value());
  }
  auto take = [&prepared](size_t i) { return std::move(prepared[i]); };
  ingest_.reset(new IngestStatements{
      take(0),  take(1),  take(2),  take(3),  take(4),  take(5),  take(6),
      take(7),  take(8),  take(9),  take(10), take(11), take(12), take(13),
      take(14), take(15), take(16), take(17), take(18), take(19)});
  return Status();
}

Result<IngestSummary> SqliteStore::Ingest(
    std::span<const StoredDocument> documents) {
  for (const StoredDocument& d : documents) {
    if (Status s = CheckDocument(d); !s.ok()) return s.error();
  }
  if (Status s = PrepareIngest(); !s.ok()) return s.error();
  IngestSummary summary;
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  Status status = InTransaction([&]() -> Status {
    std::set<int64_t> touched;
    for (const StoredDocument& d : documents) {
      if (Status s = IngestOne(d, now, &summary, &touched); !s.ok()) return s;
    }
    return Recount(touched);
  });
  if (!status.ok()) return status.error();
  return summary;
}

Status SqliteStore::IngestOne(const StoredDocument& d, int64_t now,
                              IngestSummary* summary,
                              std::set<int64_t>* touched) {
  IngestStatements& q = *ingest_;
  const Document& doc = d.document;
  const std::string hash =
      d.content_hash.empty() ? ContentHash(doc) : d.content_hash;
  q.find_doc.Bind(1, doc.id);
  auto found = q.find_doc.Step();
  if (!found.ok()) return found.status();
  int64_t old_key = *found ? q.find_doc.Int(0) : 0;
  bool same = *found && q.find_doc.Text(1) == hash;
  q.find_doc.Reset();
  if (same) {
    ++summary->unchanged;
    return Status();
  }
  if (*found) {
    q.doc_event_keys.Bind(1, old_key);
    while (true) {
      auto row = q.doc_event_keys.Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      touched->insert(q.doc_event_keys.Int(0));
    }
    q.doc_event_keys.Reset();
    for (Statement* s :
         {&q.unindex_sentences, &q.delete_evidence, &q.delete_doc_events,
          &q.delete_sentences, &q.delete_actors, &q.delete_doc}) {
      s->Bind(1, old_key);
      if (Status st = s->Run(); !st.ok()) return st;
    }
    ++summary->replaced;
  } else {
    ++summary->added;
  }

  Statement& ins = q.insert_doc;
  ins.Bind(1, doc.id);
  ins.Bind(2, hash);
  ins.Bind(3, doc.text);
  if (doc.published) {
    ins.Bind(4, doc.published->ToString());
  } else {
    ins.BindNull(4);
  }
  ins.Bind(5, doc.source);
  ins.Bind(6, doc.url);
  ins.Bind(7, MetadataJson(doc));
  ins.Bind(8, now);
  if (Status s = ins.Run(); !s.ok()) return s;
  const int64_t doc_key = sqlite3_last_insert_rowid(db_->handle());

  for (size_t i = 0; i < d.sentences.size(); ++i) {
    q.insert_sentence.Bind(1, doc_key);
    q.insert_sentence.Bind(2, static_cast<int64_t>(i));
    q.insert_sentence.Bind(3, d.sentences[i]);
    if (Status s = q.insert_sentence.Run(); !s.ok()) return s;
  }
  for (const StoredMention& m : d.actors) {
    Statement& s = q.insert_actor;
    s.Bind(1, doc_key);
    s.Bind(2, static_cast<int64_t>(m.sentence_index));
    s.Bind(3, static_cast<int64_t>(m.span.begin));
    s.Bind(4, static_cast<int64_t>(m.span.end));
    s.Bind(5, m.code);
    s.Bind(6, m.country);
    s.Bind(7, m.name);
    s.Bind(8, m.text);
    if (Status st = s.Run(); !st.ok()) return st;
  }
  for (const Event& e : d.events) {
    if (Status s = InsertEvent(e, doc_key, now, touched); !s.ok()) return s;
    ++summary->events;
  }
  q.index_sentences.Bind(1, doc_key);
  if (Status s = q.index_sentences.Run(); !s.ok()) return s;
  q.delete_rejects.Bind(1, doc.id);
  return q.delete_rejects.Run();
}

Status SqliteStore::InsertEvent(const Event& e, int64_t doc_key, int64_t now,
                                std::set<int64_t>* touched) {
  IngestStatements& q = *ingest_;
  const std::string target_code = e.target ? e.target->code : "";
  Statement& up = q.upsert_event;
  up.Bind(1, e.source.code);
  up.Bind(2, target_code);
  up.Bind(3, e.cameo);
  up.Bind(4, e.date);
  up.Bind(5, e.root);
  up.Bind(6, e.quad_class);
  up.Bind(7, e.goldstein);
  up.Bind(8, now);
  if (Status s = up.Run(); !s.ok()) return s;
  Statement& find = q.find_event;
  find.Bind(1, e.source.code);
  find.Bind(2, target_code);
  find.Bind(3, e.cameo);
  find.Bind(4, e.date);
  auto found = find.Step();
  if (!found.ok()) return found.status();
  const int64_t event_key = *found ? find.Int(0) : 0;
  find.Reset();
  if (event_key == 0) {
    return Error{ErrorCode::kInternal,
                 db_->path() + ": event row missing after insert"};
  }
  touched->insert(event_key);

  Statement& s = q.insert_doc_event;
  int i = 1;
  auto bind_span = [&](const Span& span) {
    s.Bind(i++, static_cast<int64_t>(span.begin));
    s.Bind(i++, static_cast<int64_t>(span.end));
  };
  auto bind_nulls = [&](int n) {
    while (n-- > 0) s.BindNull(i++);
  };
  s.Bind(i++, event_key);
  s.Bind(i++, doc_key);
  s.Bind(i++, e.event_id);
  s.Bind(i++, e.date);
  s.Bind(i++, e.date_basis);
  s.Bind(i++, e.source.code);
  s.Bind(i++, e.source.country);
  s.Bind(i++, e.source.name);
  s.Bind(i++, e.source.text);
  bind_span(e.source.span);
  if (e.target) {
    s.Bind(i++, e.target->code);
    s.Bind(i++, e.target->country);
    s.Bind(i++, e.target->name);
    s.Bind(i++, e.target->text);
    bind_span(e.target->span);
  } else {
    bind_nulls(6);
  }
  s.Bind(i++, e.cameo);
  s.Bind(i++, e.cameo_name);
  s.Bind(i++, e.root);
  s.Bind(i++, e.quad_class);
  s.Bind(i++, e.goldstein);
  s.Bind(i++, e.plover_type);
  s.Bind(i++, e.plover_mode);
  s.Bind(i++, e.negated ? 1 : 0);
  s.Bind(i++, e.modality);
  if (e.location) {
    s.Bind(i++, e.location->country);
    s.Bind(i++, e.location->text);
    bind_span(e.location->span);
  } else {
    bind_nulls(4);
  }
  if (e.attribution) {
    s.Bind(i++, e.attribution->code);
    s.Bind(i++, e.attribution->text);
    bind_span(e.attribution->span);
  } else {
    bind_nulls(4);
  }
  if (Status st = s.Run(); !st.ok()) return st;
  const int64_t doc_event_key = sqlite3_last_insert_rowid(db_->handle());

  for (size_t n = 0; n < e.mentions.size(); ++n) {
    const EventMention& m = e.mentions[n];
    Statement& v = q.insert_evidence;
    v.Bind(1, doc_event_key);
    v.Bind(2, static_cast<int64_t>(n));
    v.Bind(3, doc_key);
    v.Bind(4, static_cast<int64_t>(m.sentence_index));
    v.Bind(5, m.sentence);
    v.Bind(6, m.verb_text);
    v.Bind(7, m.verb_lemma);
    v.Bind(8, static_cast<int64_t>(m.verb_span.begin));
    v.Bind(9, static_cast<int64_t>(m.verb_span.end));
    v.Bind(10, m.pattern);
    v.Bind(11, m.parser);
    if (Status st = v.Run(); !st.ok()) return st;
  }
  return Status();
}

Status SqliteStore::Recount(const std::set<int64_t>& touched) {
  IngestStatements& q = *ingest_;
  for (int64_t key : touched) {
    q.recount.Bind(1, key);
    if (Status s = q.recount.Run(); !s.ok()) return s;
    q.drop_unreported.Bind(1, key);
    if (Status s = q.drop_unreported.Run(); !s.ok()) return s;
    q.copy_first_report.Bind(1, key);
    if (Status s = q.copy_first_report.Run(); !s.ok()) return s;
  }
  return Status();
}

Status SqliteStore::AddRejects(std::span<const Rejection> rejects) {
  auto insert = db_->Prepare(
      "INSERT OR IGNORE INTO rejects (input, line, format, doc_id, code, "
      "reason, content, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  return InTransaction([&]() -> Status {
    for (const Rejection& r : rejects) {
      Statement& s = *insert;
      s.Bind(1, r.origin.input);
      s.Bind(2, r.origin.line);
      s.Bind(3, static_cast<int64_t>(r.origin.format));
      s.Bind(4, r.doc_id);
      s.Bind(5, static_cast<int64_t>(r.error.code));
      s.Bind(6, r.error.message);
      s.BindBlob(7, r.content);
      s.Bind(8, now);
      if (Status st = s.Run(); !st.ok()) return st;
    }
    return Status();
  });
}

}  // namespace dyad::store
