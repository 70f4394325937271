// Reads PETRARCH and TABARI actor and agent dictionaries (the `.actors` and
// `.agents` files of the Phoenix and CAMEO projects), so that users can bring
// the dictionaries they already have. Internal.
//
// How the formats map onto LexiconEntry:
//
// Both formats
//   - `#` and `;` start a comment that runs to the end of the line (but
//     TABARI's discard code `[###]` is read as a code); `<!-- ... -->` is a
//     comment that may span lines, and a line that starts with `<!` is a
//     comment. A line holding `---STOP---` ends the file.
//   - Phrases are written in capitals with `_` (or a space) between words:
//     both become one space, and the words must follow each other in the text
//     (PETRARCH lets other words come between words joined by a space: dyad
//     does not). A trailing `_` (TABARI's "whole word, not a stem") is
//     dropped: dyad only ever matches whole words.
//
// Actors (`.actors`, `.actors.txt`)
//   - An entry starts with its primary phrase at the start of a line,
//     optionally followed by codes: `AFGHANISTAN_  [AFG]`. Lines starting with
//     `+` add synonyms; lines whose first non-blank character is `[` add codes.
//   - A code is `[CODE]` (no date: the default) or `[CODE restriction]` with
//     restriction `YYMMDD-YYMMDD` (from-to), `<YYMMDD` (on or before) or
//     `>YYMMDD` (on or after); every limit includes its day. Dates are YYMMDD
//     or YYYYMMDD; two-digit years 00-30 are 20YY, 31-99 are 19YY, as in
//     TABARI and PETRARCH. Several bracketed codes may share a line (TABARI's
//     in-line form). `---` is the null code: "no code".
//   - LexiconEntry::codes lists the dated codes in file order and then the
//     first default, each as a DatedCode with an exclusive end (the day after
//     the written one), so LexiconEntry::CodeOn returns what PETRARCH would:
//     the first restriction that holds, else the default. Restrictions may
//     overlap. A dated null code is a DatedCode with an empty code; a null
//     default adds nothing.
//   - A primary phrase with no code at all before the next primary phrase
//     takes the codes of the next entry that has some, as PETRARCH does (the
//     real dictionaries rely on this: `IVO_JOSIPOVIC_` then `JOSIPOVIC_` then
//     the codes).
//   - Kind, by these rules in turn (a heuristic: the formats do not say):
//     kPerson when a code longer than three letters has dates or an ELI
//     ("elite") role, or the name has a middle initial ("FRANK_C._MOCKLER"),
//     unless the name has a word such as ARMY, PARTY, COUNCIL or the code is
//     a company's (MNC...); kCountry when the codes are three letters and
//     one is a country of `countries`; kPerson when dated, or when a synonym
//     is the surname alone ("SNOWDEN") or a title and a word of the name
//     ("PRESIDENT_KARZAI") and no phrase names an organisation; kGroup when
//     a code holds the role REB or IMG or starts with IMG (an armed group
//     with dates is a person only when it reads like one, as above); else
//     kOrganisation.
//   - Names are converted to the case news uses, which dyad's matcher reads
//     as a rule (see Lexicon::LongestMatch): "MOHAMMAD_ZAHIR_SHAH_" becomes
//     "Mohammad Zahir Shah" (must start with a capital in the text),
//     "NURI_AL-MALIKI" "Nuri al-Maliki", "AL-QAIDA" "al-Qaida" (any case).
//     A word stays in capitals only when it is clearly an acronym: two
//     letters alone ("UN"), or a two-letter word the file writes alone
//     inside a longer name that is not a person's ("UN Security Council"
//     but "Kim Jong Un"); no vowel ("DPRK"); dotted ("U.S."); with digits
//     or '&' ("MI5", "AT&T"); the initials of another phrase of the entry
//     ("NATO" beside "NORTH_ATLANTIC_TREATY_ORGANIZATION"). An alias in
//     capitals of at most five letters matches only capitals, so a doubtful
//     word is capitalised instead ("Kabul", "Qom", "Dgse"): that still
//     matches "KABUL" and "DGSE".
//   - A leading "THE_" is dropped (dyad reads "the" before any name); a
//     trailing acronym in parentheses, "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_",
//     gives two aliases, "Aden Abyan Islamic Army" and "AAIA"; a nickname in
//     quotes is dropped.
//
// Agents (`.agents`, `.agents.txt`)
//   - `PHRASE {PLURAL} [~CODE]`: one kAgent entry a line, its code the role
//     after `~`, which may hold several roles ("GOVMIL"). Aliases are in
//     lower case (they match any case).
//   - Plurals: `{PLURAL}` gives the plural, `{}` says there is none;
//     otherwise the regular plural of the last word is added ("-ies" after a
//     consonant and "y", "-es" after s, x, z, ch, sh, else "-s"), except when
//     the phrase ends with `_`.
//   - `!NAME! = A, B, C` defines a substitution set; `CONGRESS!PERSON!` then
//     stands for CONGRESSMAN, CONGRESSMEN... with no further plurals. A set
//     must be defined before it is used.
//
// Unusual but harmless lines are skipped and reported (PetrarchSkip, one a
// code when a line holds several): a date that is not a date, a range that
// ends before it starts, a code that is not capitals or digits in groups of
// three, compound (`A/B`) or discard (`###`, the whole entry) codes, an agent
// code placed before the actor's (`[IGO~]`) or not closed by `]`, a
// substitution marker inside a word or not defined, an agent line without a
// code, a second default code (the first one wins). Invalid UTF-8 (or a NUL
// byte) and an unclosed `<!--` comment are errors.
#ifndef DYAD_SRC_ACTORS_PETRARCH_READER_H_
#define DYAD_SRC_ACTORS_PETRARCH_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/lexicon.h"

namespace dyad::actors {

// Which PETRARCH/TABARI dictionary a file name names.
enum class PetrarchFile {
  kActors,  // *.actors, *.actors.txt
  kAgents,  // *.agents, *.agents.txt
  kNone,    // anything else: verb dictionaries, discard lists, issues
};

// Classifies `file_name` by its ending, ignoring case.
PetrarchFile PetrarchFileOf(std::string_view file_name);

// A line left out, with the reason: `line` counts from 1.
struct PetrarchSkip {
  int line = 0;
  std::string reason;
};

// The entries of one file, and the lines left out of them.
struct PetrarchDictionary {
  std::vector<LexiconEntry> entries;
  std::vector<PetrarchSkip> skipped;
};

// Parses a TABARI date, YYMMDD or YYYYMMDD (00-30 are 2000-2030, 31-99 are
// 1931-1999). Returns nothing unless it is six or eight digits naming a real
// day.
std::optional<Date> ParseTabariDate(std::string_view digits);

// Parses one actors file, named `name` in messages and origins
// ("Phoenix.Countries.actors.txt:105"). `countries` holds country codes,
// sorted (ISO 3166-1 alpha-3, and those of former countries, ISO 3166-3,
// such as "DDR"); an entry is a country only when its code is one. Errors
// (Corruption) name the file and the line.
Result<PetrarchDictionary> ParsePetrarchActors(
    std::string_view name, std::string_view content,
    const std::vector<std::string>& countries);

// Parses one agents file, named `name` in messages and origins.
Result<PetrarchDictionary> ParsePetrarchAgents(std::string_view name,
                                               std::string_view content);

}  // namespace dyad::actors

#endif  // DYAD_SRC_ACTORS_PETRARCH_READER_H_
