// The CAMEO event codes: each code's name, root, quad class, Goldstein value
// and PLOVER event, loaded from dyad's own table (data/cameo/event_codes.tsv,
// described in data/README.md).
#ifndef DYAD_CAMEO_H_
#define DYAD_CAMEO_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/error.h"

namespace dyad {

// One CAMEO event code and what an event coded with it reports.
struct CameoCode {
  std::string code;         // "041": two digits for a root, else three or four
  std::string name;         // "Discuss by telephone"
  std::string root;         // "04": the code's first two digits
  int quad_class = 0;       // 1 verbal cooperation, 2 material cooperation,
                            // 3 verbal conflict, 4 material conflict
  double goldstein = 0;     // the Goldstein scale value, in [-10, 10]
  std::string plover_type;  // "CONSULT"; empty for roots 01 and 02
  std::string plover_mode;  // "phone"; empty when PLOVER gives no mode
};

// The table of CAMEO event codes. Immutable after Load: safe to use from
// many threads at once without locking.
class CameoTable {
 public:
  // Loads `data_dir`/cameo/event_codes.tsv (data_dir empty: DefaultDataDir()
  // of dyad/lexicon.h). NotFound when the file cannot be read; Corruption,
  // with a message naming the file and the line ("event_codes.tsv:42: ..."),
  // for a malformed line, a bad or duplicate code, a Goldstein value that is
  // not a number in [-10, 10], a bad PLOVER type or mode, or a code whose
  // root (or, for a four-digit code, whose three-digit parent) is missing.
  static Result<std::unique_ptr<CameoTable>> Load(const std::string& data_dir);

  // The code, or nullptr when the table has no such code. The pointer stays
  // valid as long as the table.
  const CameoCode* Find(std::string_view code) const;

  // Every code, in the order of the file.
  const std::vector<CameoCode>& codes() const { return codes_; }
  // The number of codes, roots included.
  size_t size() const { return codes_.size(); }
  // The number of roots (two-digit codes).
  size_t root_count() const { return root_count_; }

  // The quad class of a CAMEO root: 1 for roots 1-5, 2 for 6-9, 3 for
  // 10-14, 4 for 15-20; 0 for any other number.
  static int QuadClassOfRoot(int root);

 private:
  CameoTable() = default;

  std::vector<CameoCode> codes_;
  std::map<std::string, size_t, std::less<>> index_;  // code -> codes_[i]
  size_t root_count_ = 0;
};

}  // namespace dyad

#endif  // DYAD_CAMEO_H_
