// A plain-text table for people: a header, one row a line, columns padded
// to their widest cell (counted in UTF-8 characters), long cells cut.
#ifndef DYAD_APPS_DYAD_TABLE_H_
#define DYAD_APPS_DYAD_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

namespace dyad::cli {

class Table {
 public:
  // `max_widths[i]` caps column i (0: no cap); a cut cell ends in "…".
  // Columns whose header starts with '>' are right-aligned (the '>' is not
  // printed).
  Table(std::vector<std::string> header, std::vector<size_t> max_widths);
  void Add(std::vector<std::string> row);
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<bool> right_;
  std::vector<size_t> max_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace dyad::cli

#endif  // DYAD_APPS_DYAD_TABLE_H_
