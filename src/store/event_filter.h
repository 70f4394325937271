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

// Requires ValidateFilter(filter).ok(). The limit is not part of it.
FilterSql BuildFilterSql(const EventFilter& filter);

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_EVENT_FILTER_H_
