// Actor dictionaries: countries, demonyms, places, organisations, armed
// groups, people with roles that change over time, and agents (role words
// such as "president" or "troops"), compiled once into an immutable matcher.
#ifndef DYAD_LEXICON_H_
#define DYAD_LEXICON_H_

#include <bitset>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/error.h"
#include "dyad/text.h"

namespace dyad {

// What an entry names; decides how it combines with its neighbours.
enum class ActorKind {
  kCountry,       // "Russia", "the US": a country, code "RUS"
  kDemonym,       // "Russian", "Syrians": qualifies an agent or a name
  kPlace,         // "Moscow", "the Kremlin": a seat of power, "RUSGOV"
  kOrganisation,  // "the UN", "the FBI", "the House Intelligence Committee"
  kGroup,         // "Isis", "the Taliban": armed and militant groups
  kPerson,        // "Vladimir Putin": roles with date ranges
  kAgent,         // "president", "troops": a role code without a country
  kTitle,         // "Mr", "Mrs", "Dr": precedes a name, no role of its own
};

// Returns "country", "demonym", "place", "organisation", "group", "person",
// "agent" or "title".
const char* ActorKindName(ActorKind kind);

// A code that holds from `from` (inclusive) to `to` (exclusive); an absent
// end is open.
struct DatedCode {
  std::string code;
  std::optional<Date> from;
  std::optional<Date> to;

  bool HoldsOn(const Date& date) const {
    return (!from || !(date < *from)) && (!to || date < *to);
  }
};

struct LexiconEntry {
  ActorKind kind = ActorKind::kCountry;
  std::string name;                  // the canonical name
  std::vector<std::string> aliases;  // every form matched, the name first
  std::vector<DatedCode> codes;      // for agents: the role code alone ("GOV")
  std::string origin;                // "people_g20.txt:12", for messages

  // The code that holds on `date`. With no date, the code when all ranges
  // share one, else the country shared by all codes ("GBR"), else empty.
  // Returns empty when no code holds on the date.
  std::string CodeOn(const std::optional<Date>& date) const;
};

struct LexiconOptions {
  // dyad's own dictionaries (see data/README.md). Default: $DYAD_DATA, else
  // the data/ folder of the source tree dyad was built from.
  std::string data_dir;
  // Debian's iso-codes JSON, for every ISO 3166-1 country name.
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  // Load dyad's own dictionaries; false to use only `extra_dirs`.
  bool load_own = true;
  // Further folders loaded on top: PETRARCH/TABARI actor and agent
  // dictionaries (*.actors, *.actors.txt, *.agents, *.agents.txt) and files
  // of dyad's format (named as in data/README.md). Any other file, such as a
  // verb dictionary or a discard list, is skipped and listed in
  // LexiconStats::skipped_files.
  std::vector<std::string> extra_dirs;
};

// Counts by kind, for `dyad dict check`.
struct LexiconStats {
  std::map<std::string, size_t> entries_by_kind;
  size_t aliases = 0;
  size_t files = 0;  // files read
  // Files of extra_dirs that hold no actors or agents, not read
  // ("CAMEO.2.0.txt").
  std::vector<std::string> skipped_files;
  // Lines of PETRARCH/TABARI dictionaries left out as unusual but harmless,
  // each "file:line: reason".
  std::vector<std::string> skipped_lines;
};

// The compiled dictionaries. Immutable after Load: safe to use from many
// threads at once without locking.
class Lexicon {
 public:
  // Loads and checks every dictionary. Errors name the file and the line.
  static Result<std::unique_ptr<Lexicon>> Load(const LexiconOptions& options);
  ~Lexicon();

  // A dictionary match: `length` tokens starting where asked, naming the
  // entries listed (several when an alias is shared, e.g. a surname).
  struct Match {
    uint32_t length = 0;
    std::vector<uint32_t> entries;
  };

  // The longest alias that starts at tokens[i] and fits its case rules
  // (an alias written in capitals, such as "US" or "IS", matches only
  // capitals; a capitalised alias matches only a capitalised word; a lower
  // case alias matches any case). Returns nothing when none does.
  std::optional<Match> LongestMatch(const std::vector<Token>& tokens, size_t i,
                                    std::string_view clean_text) const;

  // The ISO 3166-1 alpha-3 country that `code` starts with ("RUSGOV" ->
  // "RUS"), or empty for codes of no country ("IGOUNO", "IMGISI").
  std::string CountryOf(std::string_view code) const;

  // The entry of an ISO 3166-1 alpha-3 country, or nothing.
  std::optional<uint32_t> CountryEntry(std::string_view alpha3) const;

  const LexiconEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  const LexiconStats& stats() const { return stats_; }

 private:
  class Trie;
  Lexicon();

  std::vector<LexiconEntry> entries_;
  // ISO alpha-3 codes, each a bit at the index of its three capitals
  // (CountryOf is asked of every mention).
  std::bitset<26 * 26 * 26> countries_;
  std::map<std::string, uint32_t, std::less<>> country_entries_;
  std::unique_ptr<Trie> trie_;
  LexiconStats stats_;
};

// The default data folder: $DYAD_DATA, else the build's source data/.
std::string DefaultDataDir();

}  // namespace dyad

#endif  // DYAD_LEXICON_H_
