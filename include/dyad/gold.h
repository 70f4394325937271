// The event gold set (tests/gold/README.md) and how dyad's events are
// scored against it: precision, recall and F1 for events (same source,
// target and code; and at root level), per root, plus actor and date
// accuracy.
#ifndef DYAD_GOLD_H_
#define DYAD_GOLD_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/event.h"

namespace dyad {

// One expected event: actor codes, CAMEO code and date as the gold set
// writes them. An empty target is an event without one.
struct GoldEvent {
  std::string source;
  std::string target;
  std::string cameo;
  std::string date;
  bool negated = false;  // from "negated_events"
};

struct GoldDocument {
  Document document;  // id, text and publication date
  std::vector<GoldEvent> events;
  std::vector<std::string> tags;
  std::string origin;  // "batch_a.jsonl:12", for messages
};

// Reads gold JSON Lines files. InvalidArgument naming the file and the line
// for a line that is not a gold document: no id, text or date, a bad date,
// an event without source or code.
Result<std::vector<GoldDocument>> LoadGold(
    const std::vector<std::string>& paths);

struct Counts {
  int true_positives = 0;
  int predicted = 0;
  int gold = 0;

  double precision() const;
  double recall() const;
  double f1() const;
};

// A predicted or missed event, for listing differences.
struct EventDifference {
  std::string doc_id;
  std::string kind;  // "missed", "spurious", "wrong actors", "wrong date"
  std::string gold;  // "RUS>USA 129 2017-05-02", or empty
  std::string dyad;  // the same for dyad's event, or empty
};

struct GoldScores {
  Counts code;                            // same source, target and code
  Counts root;                            // same source, target and root
  std::map<std::string, Counts> by_root;  // root level, per gold root
  // Over gold events paired with one of dyad's of the same root: the share
  // whose source and target are both right, and the share whose date is
  // right.
  int paired = 0;
  int actors_right = 0;
  int dates_right = 0;
  double actor_accuracy() const;
  double date_accuracy() const;
  std::vector<EventDifference> differences;
};

// Adds one document's comparison to `scores`. `include_negated` scores the
// gold set's negated events too (dyad's events must then include them).
void ScoreDocument(const GoldDocument& gold, const std::vector<Event>& dyad,
                   bool include_negated, GoldScores* scores);

}  // namespace dyad

#endif  // DYAD_GOLD_H_
