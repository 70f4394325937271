#include "dyad/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "src/actors/dictionary_file.h"
#include "src/actors/petrarch_reader.h"
#include "src/core/read_file.h"
#include "src/core/word_table.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// How an alias's case constrains the text it matches.
enum class CaseRule : uint8_t {
  kAny,          // "president": any case
  kCapitalised,  // "Chad", "Turkey": the first word starts with a capital
  kExact,        // "US", "IS", "FBI": exactly as written
};

bool HasLower(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

CaseRule RuleFor(std::string_view alias) {
  size_t letters = 0;
  for (char c : alias) letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
  if (!HasLower(alias) && letters > 0 && letters <= 5) return CaseRule::kExact;
  if (!alias.empty() && alias[0] >= 'A' && alias[0] <= 'Z')
    return CaseRule::kCapitalised;
  return CaseRule::kAny;
}

// The index of a code's first three bytes among all codes of three
// capitals, or nothing when they are not three capitals.
std::optional<size_t> CapitalsIndex(std::string_view code) {
  if (code.size() < 3) return std::nullopt;
  size_t index = 0;
  for (size_t i = 0; i < 3; ++i) {
    const auto letter = static_cast<unsigned char>(code[i] - 'A');
    if (letter >= 26) return std::nullopt;
    index = index * 26 + letter;
  }
  return index;
}

}  // namespace

// Aliases by their folded words, in flat tables built at load: the
// recogniser asks for the longest alias at nearly every token.
class Lexicon::Trie {
 public:
  struct Terminal {
    uint32_t entry;
    CaseRule rule;
    std::vector<std::string> words;  // the alias's clean tokens, for kExact
  };

  Trie() : terminals_(1) {}

  void Add(const std::vector<std::string>& folded,
           std::vector<std::string> words, CaseRule rule, uint32_t entry) {
    if (!folded.front().empty()) starts_.set(StartBit(folded.front()));
    uint32_t node = kRoot;
    for (const std::string& f : folded) {
      Word& word = vocabulary_[f];
      if (word.id == kNone) {
        word.id = static_cast<uint32_t>(vocabulary_.size() - 1);
      }
      uint32_t* child =
          node == kRoot ? &word.root_child : edges_.Insert(node, word.id);
      if (*child == kNone) {
        *child = static_cast<uint32_t>(terminals_.size());
        terminals_.emplace_back();
      }
      node = *child;
    }
    auto& list = terminals_[node];
    for (const Terminal& t : list) {
      if (t.entry == entry && t.rule == rule) return;
    }
    list.push_back(Terminal{entry, rule, std::move(words)});
  }

  // False only when no alias starts with `word`.
  bool MayStart(std::string_view word) const {
    return word.empty() || starts_[StartBit(word)];
  }

  std::optional<Match> Longest(const std::vector<Token>& tokens, size_t i,
                               std::string_view clean) const {
    // The entries are listed for the longest match alone, not at every
    // node that fits on the way.
    uint32_t best = kNone;
    size_t best_end = i;
    uint32_t node = kRoot;
    for (size_t j = i; j < tokens.size(); ++j) {
      const Word* word = vocabulary_.Find(tokens[j].folded);
      if (word == nullptr) break;
      node = node == kRoot ? word->root_child : edges_.Find(node, word->id);
      if (node == kNone) break;
      for (const Terminal& t : terminals_[node]) {
        if (Fits(t, tokens, i, clean)) {
          best = node;
          best_end = j + 1;
          break;
        }
      }
    }
    if (best == kNone) return std::nullopt;
    Match match;
    match.length = static_cast<uint32_t>(best_end - i);
    for (const Terminal& t : terminals_[best]) {
      if (Fits(t, tokens, i, clean)) match.entries.push_back(t.entry);
    }
    return match;
  }

 private:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // A folded word of an alias: its id, and the root's edge by it, so that
  // the first word of a match costs one lookup.
  struct Word {
    uint32_t id = kNone;
    uint32_t root_child = kNone;
  };

  // The edges below the root, by (node, word id): one array of slots, a
  // power of two in size and at most half full, probed in turn from the
  // key's hash.
  class EdgeTable {
   public:
    // The child of `node` by `word`, or kNone.
    uint32_t Find(uint32_t node, uint32_t word) const {
      if (slots_.empty()) return kNone;
      return slots_[SlotOf(Key(node, word))].child;
    }

    // The child of `node` by `word`, kNone until the caller sets it. Valid
    // until the next call.
    uint32_t* Insert(uint32_t node, uint32_t word) {
      if (2 * (size_ + 1) > slots_.size()) Grow();
      const uint64_t key = Key(node, word);
      Slot& slot = slots_[SlotOf(key)];
      if (slot.child == kNone) {
        slot.key = key;
        ++size_;
      }
      return &slot.child;
    }

   private:
    struct Slot {
      uint64_t key = 0;
      uint32_t child = kNone;
    };

    static uint64_t Key(uint32_t node, uint32_t word) {
      return (uint64_t{node} << 32) | word;
    }

    size_t SlotOf(uint64_t key) const {
      const size_t mask = slots_.size() - 1;
      size_t i =
          static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
      while (slots_[i].child != kNone && slots_[i].key != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    // Doubles the slots (1024 at first), keeping every edge.
    void Grow() {
      std::vector<Slot> old = std::move(slots_);
      slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
      for (const Slot& slot : old) {
        if (slot.child != kNone) slots_[SlotOf(slot.key)] = slot;
      }
    }

    std::vector<Slot> slots_;
    size_t size_ = 0;
  };

  // Most tokens start no alias, and the recogniser asks about nearly all
  // of them: a bit by a cheap hash of a word's length and outer bytes turns
  // most away before the word's full hash and lookup.
  static constexpr int kStartBits = 20;

  static size_t StartBit(std::string_view word) {
    const auto byte = [&](size_t k) {
      return uint64_t{static_cast<unsigned char>(word[k])};
    };
    const uint64_t key = word.size() | byte(0) << 8 |
                         byte(word.size() - 1) << 16 |
                         byte(word.size() > 1 ? 1 : 0) << 24;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >>
                               (64 - kStartBits));
  }

  static bool Fits(const Terminal& t, const std::vector<Token>& tokens,
                   size_t i, std::string_view clean) {
    auto text = [&](size_t k) {
      return clean.substr(tokens[k].clean_begin,
                          tokens[k].clean_end - tokens[k].clean_begin);
    };
    switch (t.rule) {
      case CaseRule::kAny:
        return true;
      case CaseRule::kCapitalised: {
        std::string_view first = text(i);
        return !first.empty() && ((first[0] >= 'A' && first[0] <= 'Z') ||
                                  static_cast<unsigned char>(first[0]) >= 0x80);
      }
      case CaseRule::kExact:
        for (size_t k = 0; k < t.words.size(); ++k) {
          if (text(i + k) != t.words[k]) return false;
        }
        return true;
    }
    return false;
  }

  WordTable<Word> vocabulary_;  // each folded word of an alias
  EdgeTable edges_;
  std::vector<std::vector<Terminal>> terminals_;  // by node; node 0 is root
  std::bitset<size_t{1} << kStartBits> starts_;   // StartBit of first words
};

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry:
      return "country";
    case ActorKind::kDemonym:
      return "demonym";
    case ActorKind::kPlace:
      return "place";
    case ActorKind::kOrganisation:
      return "organisation";
    case ActorKind::kGroup:
      return "group";
    case ActorKind::kPerson:
      return "person";
    case ActorKind::kAgent:
      return "agent";
    case ActorKind::kTitle:
      return "title";
  }
  return "country";
}

std::string LexiconEntry::CodeOn(const std::optional<Date>& date) const {
  if (codes.empty()) return {};
  if (date) {
    for (const DatedCode& c : codes) {
      if (c.HoldsOn(*date)) return c.code;
    }
    return {};
  }
  bool all_same =
      std::all_of(codes.begin(), codes.end(),
                  [&](const DatedCode& c) { return c.code == codes[0].code; });
  if (all_same) return codes[0].code;
  std::string country = codes[0].code.substr(0, 3);
  for (const DatedCode& c : codes) {
    if (c.code.substr(0, 3) != country) return {};
  }
  return country;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env != nullptr && *env)
    return env;
  return DYAD_DATA_DIR;
}

Lexicon::Lexicon() : trie_(std::make_unique<Trie>()) {}
Lexicon::~Lexicon() = default;

std::string Lexicon::CountryOf(std::string_view code) const {
  const std::optional<size_t> index = CapitalsIndex(code);
  if (!index || !countries_[*index]) return {};
  return std::string(code.substr(0, 3));
}

std::optional<uint32_t> Lexicon::CountryEntry(std::string_view alpha3) const {
  auto it = country_entries_.find(alpha3);
  if (it == country_entries_.end()) return std::nullopt;
  return it->second;
}

std::optional<Lexicon::Match> Lexicon::LongestMatch(
    const std::vector<Token>& tokens, size_t i,
    std::string_view clean_text) const {
  // Most tokens start no alias: they leave before the trie is walked.
  if (i >= tokens.size() || !trie_->MayStart(tokens[i].folded)) {
    return std::nullopt;
  }
  return trie_->Longest(tokens, i, clean_text);
}

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const LexiconOptions& options) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  auto& country_entry = lexicon->country_entries_;  // alpha-3 -> entry

  // Every ISO 3166-1 country, from Debian's iso-codes.
  fs::path iso = fs::path(options.iso_codes_dir) / "iso_3166-1.json";
  auto iso_text = ReadFileToString(iso.string());
  if (!iso_text.ok()) {
    return Error{ErrorCode::kNotFound,
                 iso.string() + ": cannot open (install Debian's iso-codes)"};
  }
  nlohmann::json countries =
      nlohmann::json::parse(*iso_text, nullptr, /*allow_exceptions=*/false);
  if (countries.is_discarded() || !countries.contains("3166-1")) {
    return Error{ErrorCode::kCorruption,
                 iso.string() + ": not the iso-codes 3166-1 JSON"};
  }
  std::vector<std::string> petrarch_countries;
  for (const auto& c : countries["3166-1"]) {
    if (!c.contains("alpha_3") || !c.contains("name")) continue;
    LexiconEntry e;
    e.kind = ActorKind::kCountry;
    std::string code = c["alpha_3"].get<std::string>();
    e.codes.push_back(DatedCode{code, std::nullopt, std::nullopt});
    for (const char* field : {"common_name", "name", "official_name"}) {
      if (c.contains(field)) e.aliases.push_back(c[field].get<std::string>());
    }
    e.name = e.aliases.front();
    e.origin = "iso_3166-1.json:" + code;
    // For telling countries in PETRARCH dictionaries below.
    petrarch_countries.push_back(code);
    if (std::optional<size_t> index = CapitalsIndex(code);
        index && code.size() == 3) {
      lexicon->countries_.set(*index);
    }
    country_entry[code] = static_cast<uint32_t>(lexicon->entries_.size());
    lexicon->entries_.push_back(std::move(e));
  }

  // Today's countries, and those of the past (ISO 3166-3: "DDR", "SUN",
  // "YUG"), which stay entries of their own. The file is optional.
  if (auto former = ReadFileToString(
          (fs::path(options.iso_codes_dir) / "iso_3166-3.json").string());
      former.ok()) {
    nlohmann::json json =
        nlohmann::json::parse(*former, nullptr, /*allow_exceptions=*/false);
    if (!json.is_discarded() && json.contains("3166-3")) {
      for (const auto& c : json["3166-3"]) {
        if (c.contains("alpha_3") && c["alpha_3"].is_string())
          petrarch_countries.push_back(c["alpha_3"].get<std::string>());
      }
    }
  }
  std::sort(petrarch_countries.begin(), petrarch_countries.end());

  // A dictionary file of a folder, and how to read it.
  enum class Format { kDyad, kPetrarchActors, kPetrarchAgents };
  struct Folder {
    fs::path path;
    bool own;  // dyad's data: every .txt file must be of dyad's format
  };
  std::vector<Folder> dirs;
  if (options.load_own) {
    std::string own =
        options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
    dirs.push_back(Folder{fs::path(own) / "actors", true});
  }
  for (const std::string& d : options.extra_dirs) {
    dirs.push_back(Folder{d, false});
  }

  // Countries a dictionary has named: the first name stays, except that
  // dyad's own files name a country as they please.
  std::vector<bool> named(lexicon->entries_.size(), false);
  auto add = [&](LexiconEntry e, Format format) -> Status {
    // A country's own names join its iso-codes entry.
    if (e.kind == ActorKind::kCountry && e.codes.size() == 1 &&
        !e.codes[0].from && !e.codes[0].to) {
      const std::string& code = e.codes[0].code;
      auto it = country_entry.find(code);
      if (it == country_entry.end() && format != Format::kDyad) {
        lexicon->entries_.push_back(std::move(e));  // a country of the past
        return Status();
      }
      if (it == country_entry.end()) {
        return Error{ErrorCode::kCorruption,
                     e.origin + ": " + code +
                         " is not an ISO 3166-1 alpha-3 country code"};
      }
      LexiconEntry& target = lexicon->entries_[it->second];
      // The short name news uses becomes the canonical name.
      if (format == Format::kDyad || !named[it->second]) target.name = e.name;
      named[it->second] = true;
      for (std::string& a : e.aliases) target.aliases.push_back(std::move(a));
      return Status();
    }
    lexicon->entries_.push_back(std::move(e));
    return Status();
  };

  for (const Folder& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir.path, ec)) {
      return Error{ErrorCode::kNotFound,
                   dir.path.string() + ": no such dictionary folder"};
    }
    std::vector<fs::path> files;
    for (const auto& f : fs::directory_iterator(dir.path, ec)) {
      if (f.is_regular_file()) files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::string name = file.filename().string();
      Format format = Format::kDyad;
      std::optional<ActorKind> kind;
      switch (dir.own ? actors::PetrarchFile::kNone
                      : actors::PetrarchFileOf(name)) {
        case actors::PetrarchFile::kActors:
          format = Format::kPetrarchActors;
          break;
        case actors::PetrarchFile::kAgents:
          format = Format::kPetrarchAgents;
          break;
        case actors::PetrarchFile::kNone: {
          if (file.extension() != ".txt") {
            if (!dir.own) lexicon->stats_.skipped_files.push_back(name);
            continue;
          }
          auto k = actors::KindOfFile(name);
          if (!k.ok()) {
            if (dir.own) return k.error();
            lexicon->stats_.skipped_files.push_back(name);
            continue;
          }
          kind = *k;
          break;
        }
      }
      auto text = ReadFileToString(file.string());
      if (!text.ok()) return text.error();
      std::vector<LexiconEntry> entries;
      if (format == Format::kDyad) {
        auto parsed = actors::ParseDictionary(name, *text, *kind);
        if (!parsed.ok()) return parsed.error();
        entries = std::move(*parsed);
      } else {
        auto parsed =
            format == Format::kPetrarchActors
                ? actors::ParsePetrarchActors(name, *text, petrarch_countries)
                : actors::ParsePetrarchAgents(name, *text);
        if (!parsed.ok()) return parsed.error();
        entries = std::move(parsed->entries);
        for (const actors::PetrarchSkip& s : parsed->skipped) {
          lexicon->stats_.skipped_lines.push_back(
              name + ":" + std::to_string(s.line) + ": " + s.reason);
        }
      }
      ++lexicon->stats_.files;
      for (LexiconEntry& e : entries) {
        if (Status added = add(std::move(e), format); !added.ok()) {
          return added.error();
        }
      }
    }
  }

  // Compile every alias into the trie, tokenised as text is.
  for (uint32_t id = 0; id < lexicon->entries_.size(); ++id) {
    LexiconEntry& e = lexicon->entries_[id];
    std::set<std::string> seen;
    for (const std::string& alias : e.aliases) {
      if (!seen.insert(alias).second) continue;
      CleanText clean = Clean(alias);
      std::vector<Token> tokens =
          Tokenize(clean, 0, static_cast<uint32_t>(clean.text.size()));
      if (tokens.empty()) continue;
      std::vector<std::string> folded, words;
      for (const Token& t : tokens) {
        folded.push_back(t.folded);
        words.emplace_back(
            clean.text.substr(t.clean_begin, t.clean_end - t.clean_begin));
      }
      lexicon->trie_->Add(folded, std::move(words), RuleFor(clean.text), id);
      ++lexicon->stats_.aliases;
    }
    ++lexicon->stats_.entries_by_kind[ActorKindName(e.kind)];
  }
  return lexicon;
}

}  // namespace dyad
