#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

#include "dyad/lexicon.h"
#include "dyad/verbs.h"
#include "src/coding/wordnet_synonyms.h"
#include "src/core/read_file.h"
#include "src/core/word_set.h"
#include "src/core/word_table.h"

namespace dyad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// A line without its `#` comment and surrounding blanks.
std::string_view EntryText(std::string_view line) {
  if (size_t hash = line.find('#'); hash != std::string_view::npos) {
    line = line.substr(0, hash);
  }
  return Trim(line);
}

std::vector<std::string_view> SplitOn(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (true) {
    size_t end = s.find(separator, pos);
    if (end == std::string_view::npos) {
      parts.push_back(s.substr(pos));
      return parts;
    }
    parts.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// Patterns are matched against folded tokens; ASCII letters are all that
// the files write in capitals, if any.
std::string Fold(std::string_view word) {
  std::string folded(word);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return folded;
}

// The tokenizer splits hyphen compounds ("cease-fire" is "cease", "-",
// "fire") and the matcher skips the hyphens, so a pattern word is split the
// same way.
void AppendWordParts(std::string_view word, std::vector<std::string>* out) {
  for (std::string_view part : SplitOn(word, '-')) {
    if (!part.empty()) out->push_back(Fold(part));
  }
}

// Parses one `|`-separated alternative; returns the message of what is
// wrong with it, or empty.
std::string ParsePattern(std::string_view text, VerbPattern* pattern) {
  std::vector<std::string_view> words = Words(text);
  if (words.empty()) return "empty pattern";
  int bracket = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool open = w.front() == '[', close = w.back() == ']';
    if (open != close || (open && w.size() < 3)) {
      return "malformed [head] in \"" + std::string(text) + "\"";
    }
    if (open) {
      if (bracket >= 0) {
        return "more than one [head] in \"" + std::string(text) + "\"";
      }
      bracket = static_cast<int>(i);
    }
  }
  size_t head_index = bracket >= 0 ? static_cast<size_t>(bracket) : 0;
  for (size_t i = 0; i < head_index; ++i) {
    if (words[i] == "+" || words[i] == "*") {
      return "a slot before the head in \"" + std::string(text) + "\"";
    }
    AppendWordParts(words[i], &pattern->before);
  }
  std::string_view head = words[head_index];
  if (bracket >= 0) head = head.substr(1, head.size() - 2);
  if (head.size() > 1 && head.back() == '~') {
    pattern->widen = true;
    head.remove_suffix(1);
  }
  if (head.starts_with("v:")) {
    pattern->head_kind = VerbPattern::HeadKind::kVerb;
    head.remove_prefix(2);
  } else if (head.starts_with("n:")) {
    pattern->head_kind = VerbPattern::HeadKind::kNoun;
    head.remove_prefix(2);
  }
  if (head.empty() || head == "+" || head == "*") {
    return "no head word in \"" + std::string(text) + "\"";
  }
  // A hyphenated head ("air-strike") is its last part, the others words
  // before it, as the tokenizer splits it.
  std::vector<std::string> head_parts;
  AppendWordParts(head, &head_parts);
  if (head_parts.empty()) {
    return "no head word in \"" + std::string(text) + "\"";
  }
  pattern->head = head_parts.back();
  head_parts.pop_back();
  for (std::string& part : head_parts) {
    pattern->before.push_back(std::move(part));
  }
  int targets = 0;
  for (size_t i = head_index + 1; i < words.size(); ++i) {
    PatternItem item;
    if (words[i] == "+") {
      item.kind = PatternItem::Kind::kTarget;
      ++targets;
      pattern->after.push_back(item);
    } else if (words[i] == "*") {
      if (!pattern->after.empty() &&
          pattern->after.back().kind == PatternItem::Kind::kGap) {
        return "two gaps in a row in \"" + std::string(text) + "\"";
      }
      item.kind = PatternItem::Kind::kGap;
      pattern->after.push_back(item);
    } else if (words[i] == "a" || words[i] == "an" || words[i] == "the") {
      continue;  // the matcher skips articles in the text
    } else {
      std::vector<std::string> parts;
      AppendWordParts(words[i], &parts);
      for (std::string& part : parts) {
        pattern->after.push_back({PatternItem::Kind::kWord, std::move(part)});
      }
    }
  }
  if (targets > 1) {
    return "more than one + in \"" + std::string(text) + "\"";
  }
  if (!pattern->after.empty() &&
      pattern->after.back().kind == PatternItem::Kind::kGap) {
    return "a pattern cannot end in a gap: \"" + std::string(text) + "\"";
  }
  pattern->text = std::string(Trim(text));
  // Content words say more than prepositions and slots: "appeal * restraint"
  // (0256) is more specific than "appeal to +" (020).
  auto weight = [](const std::string& w) { return IsFunctionWord(w) ? 1 : 3; };
  pattern->specificity = 3;
  for (const std::string& w : pattern->before)
    pattern->specificity += weight(w);
  for (const PatternItem& item : pattern->after) {
    if (item.kind == PatternItem::Kind::kWord) {
      pattern->specificity += weight(item.word);
    } else if (item.kind == PatternItem::Kind::kTarget) {
      pattern->specificity += 1;
    }
  }
  return {};
}

Result<std::vector<DiscardClass>> ParseDiscards(std::string_view name,
                                                std::string_view content) {
  std::vector<DiscardClass> classes;
  int line_number = 0;
  for (std::string_view line : SplitOn(content, '\n')) {
    ++line_number;
    line = EntryText(line);
    if (line.empty()) continue;
    size_t eq = line.rfind('=');
    std::string where = std::string(name) + ":" + std::to_string(line_number);
    std::string_view class_name =
        eq == std::string_view::npos ? "" : Trim(line.substr(eq + 1));
    if (class_name.empty() || Words(class_name).size() != 1) {
      return Error{ErrorCode::kCorruption,
                   where + ": expected `words | words = class`"};
    }
    auto it = std::find_if(
        classes.begin(), classes.end(),
        [&](const DiscardClass& c) { return c.name == class_name; });
    if (it == classes.end()) {
      classes.push_back({std::string(class_name), {}});
      it = classes.end() - 1;
    }
    for (std::string_view cue : SplitOn(line.substr(0, eq), '|')) {
      std::vector<std::string> words;
      for (std::string_view w : Words(cue)) AppendWordParts(w, &words);
      if (words.empty()) {
        return Error{ErrorCode::kCorruption, where + ": empty cue"};
      }
      it->cues.push_back(std::move(words));
    }
  }
  return classes;
}

// Which words a table may hold, by their length and first and last
// letters, a bit each: most words of a sentence head no pattern and start
// no cue, and a clear bit says so without hashing the word and probing.
class WordSketch {
 public:
  void Add(std::string_view word) {
    bits_[Key(word) / 64] |= uint64_t{1} << (Key(word) % 64);
  }
  // False when `word` was never added; true when it was, and for a few
  // words that share its bit.
  bool MayHold(std::string_view word) const {
    return (bits_[Key(word) / 64] >> (Key(word) % 64)) & 1;
  }

 private:
  static constexpr size_t kBits = 8192;
  static size_t Key(std::string_view word) {
    if (word.empty()) return 0;
    const auto first = static_cast<unsigned char>(word.front());
    const auto last = static_cast<unsigned char>(word.back());
    return ((word.size() & 0xf) << 9 | (first & 0x1f) << 4 | (last & 0xf)) %
           kBits;
  }
  std::array<uint64_t, kBits / 64> bits_{};
};

}  // namespace

// WordTable rather than std::unordered_map: these are looked up for most
// words of every sentence coded, and hashing each byte in a library call
// and following a node cost more than the rest of a lookup.
struct VerbDictionary::Tables {
  struct Head {
    std::vector<const VerbPattern*> patterns;  // most specific first
    PatternWordIndex index;                    // of `patterns`
    bool noun_pattern = false;                 // HasNounPattern
  };
  // The head `lemma`, or null when no pattern has it.
  const Head* Find(std::string_view lemma) const;

  std::vector<Head> heads;
  WordTable<uint32_t> head_at;  // a head's position in `heads`
  WordSketch head_words;        // the heads
  WordSketch noun_head_words;   // the heads with a noun pattern
  std::vector<std::vector<CueRef>> cues;
  WordTable<uint32_t> cues_at;  // a first word's position in `cues`
  WordSketch cue_words;         // the cues' first words
};

namespace {

// The position of `word` in `table`, the next one of `rows` (then added)
// when `word` is new.
template <typename Row>
uint32_t PositionOf(std::string_view word, WordTable<uint32_t>* table,
                    std::vector<Row>* rows) {
  if (const uint32_t* at = table->Find(word)) return *at;
  const uint32_t at = static_cast<uint32_t>(rows->size());
  (*table)[word] = at;
  rows->emplace_back();
  return at;
}

}  // namespace

VerbDictionary::VerbDictionary() : tables_(std::make_unique<Tables>()) {}

VerbDictionary::~VerbDictionary() = default;

bool IsFunctionWord(std::string_view word) {
  static const char* const kFunctionWords[] = {
      "to",   "with", "on",  "of",      "for",  "at",    "by",
      "from", "into", "in",  "against", "over", "about", "as",
      "that", "up",   "out", "off",     "down", "back",  "away"};
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords),
                   word) != std::end(kFunctionWords);
}

bool VerbPattern::HasTarget() const {
  return std::any_of(after.begin(), after.end(), [](const PatternItem& i) {
    return i.kind == PatternItem::Kind::kTarget;
  });
}

Result<std::vector<VerbPattern>> VerbDictionary::ParseFile(
    std::string_view name, std::string_view content, const CameoTable& cameo) {
  std::vector<VerbPattern> patterns;
  int line_number = 0;
  for (std::string_view line : SplitOn(content, '\n')) {
    ++line_number;
    line = EntryText(line);
    if (line.empty()) continue;
    std::string where = std::string(name) + ":" + std::to_string(line_number);
    auto fail = [&](const std::string& what) {
      return Error{ErrorCode::kCorruption, where + ": " + what};
    };
    size_t eq = line.rfind('=');
    if (eq == std::string_view::npos) {
      return fail("expected `patterns = CODE [flags]`");
    }
    std::vector<std::string_view> right = Words(line.substr(eq + 1));
    if (right.empty()) return fail("no CAMEO code after =");
    std::string code(right[0]);
    if (cameo.Find(code) == nullptr) {
      return fail("unknown CAMEO code " + code);
    }
    bool reciprocal = false, speech = false;
    for (size_t i = 1; i < right.size(); ++i) {
      if (right[i] == "reciprocal") {
        reciprocal = true;
      } else if (right[i] == "speech") {
        speech = true;
      } else {
        return fail("unknown flag \"" + std::string(right[i]) + "\"");
      }
    }
    for (std::string_view alternative : SplitOn(line.substr(0, eq), '|')) {
      VerbPattern pattern;
      if (std::string problem = ParsePattern(alternative, &pattern);
          !problem.empty()) {
        return fail(problem);
      }
      pattern.code = code;
      pattern.reciprocal = reciprocal;
      pattern.speech = speech;
      pattern.origin = where;
      patterns.push_back(std::move(pattern));
    }
  }
  return patterns;
}

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Load(
    const std::string& data_dir, const CameoTable& cameo,
    const std::vector<std::string>& extra_dirs,
    const std::string& wordnet_dir) {
  namespace fs = std::filesystem;
  std::unique_ptr<VerbDictionary> dict(new VerbDictionary);
  fs::path dir =
      fs::path(data_dir.empty() ? DefaultDataDir() : data_dir) / "verbs";
  std::vector<fs::path> folders = {dir};
  for (const std::string& extra : extra_dirs) {
    std::error_code ec;
    if (fs::is_directory(fs::path(extra) / "verbs", ec)) {
      folders.push_back(fs::path(extra) / "verbs");
    }
  }
  for (const fs::path& folder : folders) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->path().extension() == ".txt") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) {
      auto content = ReadFileToString(path.string());
      if (!content.ok()) return content.error();
      std::string name = path.filename().string();
      if (name == "discards.txt") {
        auto discards = ParseDiscards(name, *content);
        if (!discards.ok()) return discards.error();
        for (DiscardClass& c : *discards) {
          dict->discards_.push_back(std::move(c));
        }
        continue;
      }
      auto parsed = ParseFile(name, *content, cameo);
      if (!parsed.ok()) return parsed.error();
      dict->files_.push_back(name);
      for (VerbPattern& p : *parsed) dict->patterns_.push_back(std::move(p));
    }
  }
  if (dict->patterns_.empty()) {
    return Error{ErrorCode::kNotFound,
                 dir.string() + ": no verb pattern files (*.txt)"};
  }
  // Widen `verb~` patterns with WordNet synonyms.
  const size_t written = dict->patterns_.size();
  for (size_t i = 0; i < written; ++i) {
    if (!dict->patterns_[i].widen) continue;
    auto synonyms =
        coding::FirstSenseVerbSynonyms(wordnet_dir, dict->patterns_[i].head);
    if (!synonyms.ok()) return synonyms.error();
    for (const std::string& synonym : *synonyms) {
      VerbPattern copy = dict->patterns_[i];
      copy.widen = false;
      copy.widened_from = copy.head;
      copy.head = synonym;
      copy.text += " (WordNet: " + synonym + ")";
      dict->patterns_.push_back(std::move(copy));
    }
  }
  Tables& tables = *dict->tables_;
  for (const VerbPattern& p : dict->patterns_) {
    Tables::Head& head =
        tables.heads[PositionOf(p.head, &tables.head_at, &tables.heads)];
    head.patterns.push_back(&p);
    tables.head_words.Add(p.head);
    if (p.head_kind == VerbPattern::HeadKind::kNoun ||
        (p.head_kind == VerbPattern::HeadKind::kAny && !p.before.empty())) {
      head.noun_pattern = true;
      tables.noun_head_words.Add(p.head);
    }
  }
  for (uint32_t c = 0; c < dict->discards_.size(); ++c) {
    const auto& cues = dict->discards_[c].cues;
    for (uint32_t k = 0; k < cues.size(); ++k) {
      tables.cues[PositionOf(cues[k].front(), &tables.cues_at, &tables.cues)]
          .push_back({c, k});
      tables.cue_words.Add(cues[k].front());
    }
  }
  for (Tables::Head& head : tables.heads) {
    // Most specific first; between equals, the more specific code
    // ("0256" before "020").
    std::stable_sort(head.patterns.begin(), head.patterns.end(),
                     [](const VerbPattern* a, const VerbPattern* b) {
                       if (a->specificity != b->specificity) {
                         return a->specificity > b->specificity;
                       }
                       return a->code.size() > b->code.size();
                     });
    head.index = PatternWordIndex::Of(head.patterns);
  }
  return dict;
}

PatternWordIndex PatternWordIndex::Of(
    const std::vector<const VerbPattern*>& patterns) {
  std::unordered_map<std::string_view, uint32_t> needed_by;
  for (const VerbPattern* p : patterns) {
    std::set<std::string_view> words;
    for (const PatternItem& item : p->after) {
      if (item.kind == PatternItem::Kind::kWord) words.insert(item.word);
    }
    for (std::string_view w : words) ++needed_by[w];
  }
  PatternWordIndex index;
  std::unordered_map<std::string_view, uint32_t> slot_of;
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    std::string_view rarest;
    for (const PatternItem& item : patterns[i]->after) {
      if (item.kind == PatternItem::Kind::kWord &&
          (rarest.data() == nullptr ||
           needed_by[item.word] < needed_by[rarest])) {
        rarest = item.word;
      }
    }
    if (rarest.data() == nullptr) {
      index.wordless.push_back(i);
      continue;
    }
    auto [it, added] = slot_of.try_emplace(rarest, index.words.size());
    if (added) {
      index.words.push_back(rarest);
      index.hashes.push_back(WordSet::Hash(rarest));
      index.filed.emplace_back();
    }
    index.filed[it->second].push_back(i);
  }
  return index;
}

const VerbDictionary::Tables::Head* VerbDictionary::Tables::Find(
    std::string_view lemma) const {
  if (!head_words.MayHold(lemma)) return nullptr;
  const uint32_t* at = head_at.Find(lemma);
  return at == nullptr ? nullptr : &heads[*at];
}

const std::vector<const VerbPattern*>& VerbDictionary::ForHead(
    std::string_view lemma) const {
  static const std::vector<const VerbPattern*> kNone;
  const Tables::Head* head = tables_->Find(lemma);
  return head == nullptr ? kNone : head->patterns;
}

const std::vector<VerbDictionary::CueRef>& VerbDictionary::CuesStartingWith(
    std::string_view word) const {
  static const std::vector<CueRef> kNone;
  if (!tables_->cue_words.MayHold(word)) return kNone;
  const uint32_t* at = tables_->cues_at.Find(word);
  return at == nullptr ? kNone : tables_->cues[*at];
}

const PatternWordIndex& VerbDictionary::WordIndexForHead(
    std::string_view lemma) const {
  static const PatternWordIndex kNone;
  const Tables::Head* head = tables_->Find(lemma);
  return head == nullptr ? kNone : head->index;
}

bool VerbDictionary::IsHead(std::string_view lemma) const {
  return tables_->Find(lemma) != nullptr;
}

bool VerbDictionary::HasNounPattern(std::string_view lemma) const {
  if (!tables_->noun_head_words.MayHold(lemma)) return false;
  const Tables::Head* head = tables_->Find(lemma);
  return head != nullptr && head->noun_pattern;
}

size_t VerbDictionary::code_count() const {
  std::set<std::string_view> codes;
  for (const VerbPattern& p : patterns_) codes.insert(p.code);
  return codes.size();
}

}  // namespace dyad
