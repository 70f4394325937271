// EventFilter as SQL: the WHERE clause over the `events` table (alias e)
// and its bound values, shared by queries, counts and exports.
#ifndef DYAD_SRC_STORE_EVENT_FILTER_H_
#define DYAD_SRC_STORE_EVENT_FILTER_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "dyad/store.h"

namespace dyad::store {

struct FilterSql {
  std::string where;  // " WHERE ..." or empty; placeholders are '?'
  std::vector<std::variant<int64_t, std::string>> values;  // in order
};

// Requires ValidateFilter(filter).ok(). The limit and offset are not part
// of it (see LimitSql).
FilterSql BuildFilterSql(const EventFilter& filter);

// " LIMIT n OFFSET m" for the filter's limit and offset, or empty.
std::string LimitSql(const EventFilter& filter);

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_EVENT_FILTER_H_
