// The event store: what dyad codes, kept so that analysts can query it —
// documents, their sentences and actor mentions, the events coded from each
// document with their evidence, and the events aggregated across documents.
//
// One interface, `Store`; the embedded SQLite back-end (one file, no server)
// is opened with OpenSqliteStore. A PostgreSQL back-end will implement the
// same interface, so nothing here names SQLite.
//
// Two kinds of event:
//   - a *document event* is one `Event` as the coder made it for one
//     document (Event::event_id is unique within the document);
//   - a *stored event* (EventRow) is one happening reported by any number of
//     documents: all document events with the same source code, target code
//     (or none), CAMEO code and date. Its num_mentions, num_articles and
//     num_sources are counted as GDELT counts them, over every document
//     that reports it.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/event.h"
#include "dyad/reader.h"

namespace dyad {

// An actor as recognised in a sentence (dyad actors' output).
struct StoredMention {
  uint32_t sentence_index = 0;
  Span span;            // [begin, end) bytes of the document's text
  std::string code;     // CAMEO actor code: "USAGOV"
  std::string country;  // ISO 3166-1 alpha-3, or empty
  std::string name;     // canonical name, or empty
  std::string text;     // the words of the article

  friend bool operator==(const StoredMention&, const StoredMention&) = default;
};

// Everything stored about one coded document.
struct StoredDocument {
  // id, text, published, source (the publisher, e.g. "BBC"; it decides
  // num_sources), url and metadata are stored; blocks are not.
  Document document;
  // Identifies this version of the document together with document.id.
  // Empty: ContentHash(document) is used. A caller whose coding depends on
  // more than the text (dictionary versions) may fold that in here so that a
  // re-coded document replaces the old one.
  std::string content_hash;
  // The text of each sentence; the index is the sentence_index events and
  // mentions refer to. The sentences that report an event are what
  // EventFilter::text searches.
  std::vector<std::string> sentences;
  std::vector<StoredMention> actors;
  // The document's events; each event's doc_id must be document.id and its
  // mentions must not be empty.
  std::vector<Event> events;
};

// A stable hash of what a document says: its id, text, publication date,
// source, url and metadata. 16 lower-case hex digits.
std::string ContentHash(const Document& document);

// Options of OpenSqliteStore. Defaults suit a command-line ingest.
struct StoreOptions {
  // Open for reading only: nothing is ever written, the file must exist and
  // hold a dyad store. Default false.
  bool read_only = false;
  // Create the file when it does not exist (ignored when read_only).
  // Default true.
  bool create = true;
  // How long a statement waits for another connection's lock before it
  // fails with IOError ("database is locked"). Default 10 s.
  int busy_timeout_ms = 10000;
  // Sync the write-ahead log on every commit (survives power loss, not only
  // a killed process). Default false: a commit survives kill -9 but the
  // last commits may be lost if the machine loses power.
  bool durable = false;
};

// What one Ingest call did.
struct IngestSummary {
  int64_t added = 0;      // documents not stored before
  int64_t replaced = 0;   // documents whose content hash changed
  int64_t unchanged = 0;  // same id and hash: nothing written
  int64_t events = 0;     // document events written
};

// Which stored events a query, a count or an export covers. Every field is
// optional; set fields are combined with AND. Actor codes match as prefixes:
// "RUS" matches RUS, RUSGOV, RUSMIL.
struct EventFilter {
  std::string actor;   // source or target starts with it. Default: any.
  std::string source;  // source code starts with it. Default: any.
  std::string target;  // target code starts with it. Default: any.
  // A dyad "USA-RUS": source starts with USA and target with RUS, or, unless
  // `directed`, the other way round. Default: any.
  std::string dyad;
  bool directed = false;
  std::string cameo;   // a CAMEO code and those under it: "04", "041".
                       // Default: any.
  std::string root;    // two-digit CAMEO root: "04". Default: any.
  int quad_class = 0;  // 1 to 4; 0: any.
  // ISO dates, as precise as wanted ("2017", "2017-05", "2017-05-02"),
  // inclusive. An event matches when its date (as precise as known)
  // overlaps [from, to]; events without a date match neither. Default: any.
  std::string from;
  std::string to;
  // SQLite FTS5 query over the sentences that report the event:
  // `sarin attack`, `"sarin attack"`, `sarin OR chlorine`. Default: any.
  std::string text;
  int64_t limit = 0;  // at most this many rows; 0: no limit.
  // Rows to skip before the first one returned, in the order rows come
  // (with `limit`, pages of a query). Default: 0.
  int64_t offset = 0;
};

// Returns InvalidArgument, naming the option (--from, --dyad ...), when a
// filter value is malformed: a date that is not YYYY[-MM[-DD]], a dyad
// without '-', a root that is not two digits, a CAMEO code that is not 2 to
// 4 digits, a quad class out of 1..4, a negative limit or offset. (A
// full-text query that does not parse is refused by the store, also as
// InvalidArgument.)
Status ValidateFilter(const EventFilter& filter);

// One stored event, with the fields of its first report (the document event
// stored first).
struct EventRow {
  // Stable while any document reports the event; what `dyad show` takes.
  int64_t id = 0;
  std::string date;  // as precise as known; empty when unknown
  EventActor source;
  std::optional<EventActor> target;
  std::string cameo;
  std::string cameo_name;
  std::string root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_type;
  std::string plover_mode;
  int64_t num_mentions = 0;  // mentions in every document
  int64_t num_articles = 0;  // documents
  int64_t num_sources = 0;   // distinct document sources (publishers); a
                             // document without one counts as its own
  // The first report.
  std::string doc_id;
  std::string doc_source;  // its publisher
  std::string url;
  std::string event_id;  // Event::event_id in that document
  uint32_t sentence_index = 0;
  std::string sentence;
  std::string verb_text;
  std::string pattern;
  std::optional<EventLocation> location;
  int64_t added = 0;  // when the event was first stored, Unix seconds UTC
};

// One document event that reports a stored event, for `dyad show`.
struct EventReport {
  std::string doc_source;
  std::string url;
  std::string published;  // YYYY-MM-DD or empty
  Event event;            // with every mention (sentence and evidence)
};

struct EventDetail {
  EventRow row;
  std::vector<EventReport> reports;  // in the order they were stored
};

// Periods of Stats.
enum class StatsPeriod { kDay, kWeek, kMonth, kYear };

// Parses "day", "week", "month", "year". InvalidArgument otherwise.
Result<StatsPeriod> ParseStatsPeriod(std::string_view name);

// Counts of stored events in one period.
struct StatsRow {
  // "2017-05-02", "2017-W18" (ISO week), "2017-05" or "2017".
  std::string period;
  int64_t events = 0;
  int64_t mentions = 0;  // sum of num_mentions
  double goldstein_sum = 0;
  double goldstein_mean = 0;       // goldstein_sum / events
  int64_t quad[4] = {0, 0, 0, 0};  // events of quad class 1..4
};

struct StatsResult {
  std::vector<StatsRow> rows;  // in period order
  // Matching events whose date is less precise than the period (a month
  // when counting by day) or unknown; they are in no row.
  int64_t imprecise = 0;
};

// The stored events from one actor to another: one edge of the actor
// network.
struct DyadRow {
  std::string source;  // the stored events' full source code: "USAGOV"
  std::string target;  // and target code: "RUSGOV"
  int64_t events = 0;
  int64_t mentions = 0;       // sum of num_mentions
  double goldstein_mean = 0;  // mean Goldstein value of the events
};

// How many rows each part of the store holds.
struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t actor_mentions = 0;
  int64_t doc_events = 0;
  int64_t events = 0;
  int64_t rejects = 0;
};

// A stored event store. One object is one connection: use it from one
// thread at a time; open one Store per thread. Any number of Store objects
// (in this or other processes) may read while one writes; they see the
// store as of the last committed Ingest.
class Store {
 public:
  virtual ~Store() = default;

  // Stores the documents in one transaction: all of them or, on error,
  // none. A document whose id and content hash are already stored is left
  // as it is; one whose id is stored with another hash replaces the old
  // version (its sentences, mentions and events) and the counts of the
  // events it reported are recomputed. A stored reject of the same doc_id is
  // removed. InvalidArgument, naming the document, when an event's doc_id
  // is not the document's or an event has no mention; IOError when the
  // database cannot be written.
  virtual Result<IngestSummary> Ingest(
      std::span<const StoredDocument> documents) = 0;

  // Keeps rejected documents with the reason, in one transaction. The same
  // rejection (input, line, doc_id, reason) is kept once.
  virtual Status AddRejects(std::span<const Rejection> rejects) = 0;

  // The rejections, oldest first.
  virtual Result<std::vector<Rejection>> Rejects() = 0;

  // The stored events matching `filter`, by date then id (undated last).
  virtual Result<std::vector<EventRow>> Query(const EventFilter& filter) = 0;

  // Calls `fn` on each stored event matching `filter`, in Query's order,
  // without holding them all in memory; stops at the first error `fn`
  // returns and returns it.
  virtual Status ForEachEvent(
      const EventFilter& filter,
      const std::function<Status(const EventRow&)>& fn) = 0;

  // Calls `fn` on each document event (the Event contract, every field as
  // ingested) of each stored event matching `filter`, with its stored event.
  virtual Status ForEachDocumentEvent(
      const EventFilter& filter,
      const std::function<Status(const Event&, const EventRow&)>& fn) = 0;

  // Counts of the matching events per period.
  virtual Result<StatsResult> Stats(const EventFilter& filter,
                                    StatsPeriod period) = 0;

  // The matching events with a target, grouped by (source code, target
  // code): most events first, then by source and target code.
  // `filter.limit` and `filter.offset` cut the pairs, not the events.
  virtual Result<std::vector<DyadRow>> Dyads(const EventFilter& filter) = 0;

  // One stored event with every report. NotFound when there is none.
  virtual Result<EventDetail> Show(int64_t event_id) = 0;

  // A stored document as ingested (content_hash filled). NotFound when the
  // id is not stored.
  virtual Result<StoredDocument> GetDocument(const std::string& id) = 0;

  virtual Result<StoreCounts> Counts() = 0;
};

// The schema version this dyad writes, kept in PRAGMA user_version.
inline constexpr int kStoreSchemaVersion = 1;

// Opens (or creates) the SQLite store at `path`, in WAL mode, creating or
// migrating the schema to kStoreSchemaVersion. Errors name the path:
//   NotFound: the file does not exist and creating is off (or read_only);
//   IOError: it cannot be opened or read (a directory, no permission);
//   Corruption: it is not a SQLite database;
//   InvalidArgument: a SQLite database of another program (tables and no
//     dyad schema), or of a newer dyad schema.
// In every error case the file is left as it was.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               const StoreOptions& options);

}  // namespace dyad

#endif  // DYAD_STORE_H_
