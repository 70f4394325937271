// The accurate syntax back-end: Link Grammar's English dictionary, in
// process. The sentence handed to Link Grammar is rebuilt from dyad's tokens,
// so every Link Grammar word maps back, by its byte range, to the tokens and
// spans dyad reports; the links of the best linkage are then read into
// clauses.
#include <link-grammar/link-includes.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/syntax.h"
#include "src/syntax/link_clauses.h"
#include "src/syntax/morphology.h"

namespace dyad {
namespace {

using syntax::Morphology;
using Parse = syntax::LinkParse;
using Link = syntax::LinkEdge;
using Word = syntax::LinkWord;

// Owners of Link Grammar's C handles.
struct DictionaryDeleter {
  void operator()(Dictionary_s* d) const { dictionary_delete(d); }
};
struct OptionsDeleter {
  void operator()(Parse_Options_s* o) const { parse_options_delete(o); }
};
struct SentenceDeleter {
  void operator()(Sentence_s* s) const { sentence_delete(s); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* l) const { linkage_delete(l); }
};
using LgDictionary = std::unique_ptr<Dictionary_s, DictionaryDeleter>;
using LgOptions = std::unique_ptr<Parse_Options_s, OptionsDeleter>;
using LgSentence = std::unique_ptr<Sentence_s, SentenceDeleter>;
using LgLinkage = std::unique_ptr<Linkage_s, LinkageDeleter>;

// Link Grammar reports through a global handler; its messages (dictionary
// start-up, "no complete linkage") are for people at a terminal, and dyad
// reports what matters in SentenceSyntax::note instead.
void DropLgMessage(lg_errinfo*, void*) {}

// A capitalised word that stands in for a sentence-initial name whose lower
// case is also an English word ("Trump", "Rice", "Bush"): Link Grammar
// lower-cases the first word of a sentence whenever the lower case is in its
// dictionary, which turns "Trump ordered ..." into the verb "trump". The
// stand-in is in no dictionary, so it can only be read as a proper noun.
constexpr std::string_view kStandIn = "Zorblat";

bool Contains(std::initializer_list<std::string_view> list,
              std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsQuote(std::string_view text) {
  return text == "\"" || text == "'" || text == "`" || text == "``" ||
         text == "''";
}

// The link type: the leading upper-case letters of a label ("Ss*s" -> "S",
// "MVp" -> "MV", "Pv" -> "P"), and what follows.
std::string_view LinkType(std::string_view label) {
  size_t n = 0;
  while (n < label.size() && label[n] >= 'A' && label[n] <= 'Z') ++n;
  return label.substr(0, n);
}
std::string_view LinkSubtype(std::string_view label) {
  return label.substr(LinkType(label).size());
}

// The sentence as Link Grammar sees it: dyad's tokens, less quotation marks
// (which cost Link Grammar linkages and tell it nothing about structure),
// spaced as in the text, each with its byte range in `text`.
struct LgInput {
  std::string text;
  std::vector<uint32_t> token;  // dyad token index of each included token
  std::vector<uint32_t> begin;  // its byte range in `text`
  std::vector<uint32_t> end;
};

LgInput BuildInput(const SegmentedDocument& document, const Sentence& sentence,
                   bool stand_in_first) {
  LgInput in;
  bool pending_space = false;
  for (uint32_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    pending_space |= t.space_before;
    std::string_view text = document.CleanOf(t);
    if (t.kind == TokenKind::kPunct && IsQuote(text)) continue;
    if (!in.text.empty() && pending_space) in.text += ' ';
    pending_space = false;
    if (stand_in_first && in.token.empty()) text = kStandIn;
    in.token.push_back(i);
    in.begin.push_back(static_cast<uint32_t>(in.text.size()));
    in.text.append(text);
    in.end.push_back(static_cast<uint32_t>(in.text.size()));
  }
  return in;
}

// Removes Link Grammar's guess marks ("Trump[!]", "sarin[?].n") and the
// brackets around a word left without links ("[the]").
std::string StripMarks(std::string_view display) {
  std::string s(display);
  for (std::string_view mark : {"[!]", "[~]", "[?]", "[*]", "[&]"}) {
    for (size_t p; (p = s.find(mark)) != std::string::npos;) {
      s.erase(p, mark.size());
    }
  }
  if (s.size() > 2 && s.front() == '[' && s.back() == ']') {
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

Parse ReadLinkage(const Sentence& sentence, const LgInput& in,
                  Linkage linkage) {
  Parse p;
  const int n = linkage_get_num_words(linkage);
  p.words.resize(n);
  for (int w = 0; w < n; ++w) {
    std::string_view display = linkage_get_word(linkage, w);
    if (display == "LEFT-WALL" || display == "RIGHT-WALL") continue;
    const int b = linkage_get_word_byte_start(linkage, w);
    const int e = linkage_get_word_byte_end(linkage, w);
    Word& word = p.words[w];
    // The included tokens that overlap [b, e).
    for (size_t k = 0; k < in.token.size(); ++k) {
      if (static_cast<int>(in.begin[k]) < e &&
          static_cast<int>(in.end[k]) > b) {
        if (word.first < 0) word.first = static_cast<int>(in.token[k]);
        word.last = static_cast<int>(in.token[k]);
      }
    }
    if (word.first < 0) continue;
    // The head: the last word token that is not a contraction suffix
    // ("backed" of "US-backed", "did" of "didn't").
    word.head = word.first;
    for (int t = word.last; t >= word.first; --t) {
      const Token& token = sentence.tokens[t];
      if (token.kind != TokenKind::kPunct &&
          !syntax::IsContractionSuffix(token.folded)) {
        word.head = t;
        break;
      }
    }
    word.folded = sentence.tokens[word.head].folded;
    std::string s = StripMarks(display);
    const size_t surface = static_cast<size_t>(std::max(0, e - b));
    if (s.size() > surface + 1 && s[surface] == '.') {
      word.subscript = s.substr(surface + 1);
    }
  }
  const int num_links = linkage_get_num_links(linkage);
  p.links.reserve(num_links);
  for (int i = 0; i < num_links; ++i) {
    std::string_view label = linkage_get_link_label(linkage, i);
    Link link;
    link.left = static_cast<int>(linkage_get_link_lword(linkage, i));
    link.right = static_cast<int>(linkage_get_link_rword(linkage, i));
    link.type = std::string(LinkType(label));
    link.sub = std::string(LinkSubtype(label));
    p.links.push_back(std::move(link));
  }
  return p;
}

// Whether parse `a` is better than `b`: fewer null words, then no
// post-processing violations.
bool Better(const Parse& a, const Parse& b) {
  if (a.null_count != b.null_count) return a.null_count < b.null_count;
  return a.violations < b.violations;
}

class LinkAnalyzer : public Analyzer {
 public:
  LinkAnalyzer(const SyntaxOptions& options, LgDictionary dictionary,
               std::unique_ptr<Morphology> morphology,
               std::unique_ptr<Analyzer> shallow)
      : options_(options),
        dictionary_(std::move(dictionary)),
        morphology_(std::move(morphology)),
        shallow_(std::move(shallow)) {}

  Result<SentenceSyntax> Analyze(const SegmentedDocument& document,
                                 const Sentence& sentence) const override;
  SyntaxBackend backend() const override { return SyntaxBackend::kLink; }

 private:
  // Parses `in`; false when Link Grammar found no linkage at all.
  bool ParseInput(const Sentence& sentence, const LgInput& in,
                  Parse& out) const;
  Result<SentenceSyntax> Fallback(const SegmentedDocument& document,
                                  const Sentence& sentence,
                                  std::string_view why) const;

  SyntaxOptions options_;
  LgDictionary dictionary_;  // read-only after creation; Link Grammar
                             // allows one dictionary in many threads
  std::unique_ptr<Morphology> morphology_;
  std::unique_ptr<Analyzer> shallow_;
};

bool LinkAnalyzer::ParseInput(const Sentence& sentence, const LgInput& in,
                              Parse& out) const {
  // Link Grammar's message handler is per thread: each thread that parses
  // silences its warnings ("Combinatorial explosion!") once.
  thread_local bool silenced = false;
  if (!silenced) {
    lg_error_set_handler(DropLgMessage, nullptr);
    silenced = true;
  }
  LgOptions opts(parse_options_create());
  parse_options_set_verbosity(opts.get(), 0);
  parse_options_set_linkage_limit(opts.get(),
                                  std::max(1, options_.link_max_linkages));
  // Link Grammar's clock counts whole seconds.
  parse_options_set_max_parse_time(
      opts.get(),
      std::max(1, static_cast<int>(std::ceil(options_.link_timeout_seconds))));
  parse_options_set_min_null_count(opts.get(), 0);
  parse_options_set_max_null_count(opts.get(), 0);
  parse_options_set_islands_ok(opts.get(), false);
  parse_options_set_spell_guess(opts.get(), 0);
  parse_options_set_display_morphology(opts.get(), 0);
  LgSentence sent(sentence_create(in.text.c_str(), dictionary_.get()));
  if (!sent || sentence_split(sent.get(), opts.get()) < 0) return false;
  int found = sentence_parse(sent.get(), opts.get());
  out.timed_out = parse_options_timer_expired(opts.get());
  if (found <= 0 && !out.timed_out) {
    // No complete linkage: the one that leaves the fewest words out.
    parse_options_set_min_null_count(opts.get(), 1);
    parse_options_set_max_null_count(opts.get(), sentence_length(sent.get()));
    found = sentence_parse(sent.get(), opts.get());
    out.timed_out = parse_options_timer_expired(opts.get());
  }
  if (found <= 0) return false;
  // The first linkage without post-processing violations, when there is one
  // among those sorted.
  const int sorted =
      std::min(found, sentence_num_linkages_post_processed(sent.get()));
  int pick = 0;
  for (int i = 0; i < sorted; ++i) {
    if (sentence_num_violations(sent.get(), i) == 0) {
      pick = i;
      break;
    }
  }
  LgLinkage linkage(linkage_create(pick, sent.get(), opts.get()));
  if (!linkage) return false;
  const bool timed_out = out.timed_out;
  out = ReadLinkage(sentence, in, linkage.get());
  out.timed_out = timed_out;
  out.null_count = sentence_null_count(sent.get());
  out.violations = sentence_num_violations(sent.get(), pick);
  return true;
}

Result<SentenceSyntax> LinkAnalyzer::Fallback(const SegmentedDocument& document,
                                              const Sentence& sentence,
                                              std::string_view why) const {
  auto result = shallow_->Analyze(document, sentence);
  if (!result.ok()) return result;
  result->note = std::string(why) + ": shallow fallback";
  return result;
}

// Whether word 1 is a subject or inside one ("Donald Trump", "Russian PM
// Dmitry Medvedev"): a name first in a sentence usually is.
bool FirstWordInSubject(const Parse& parse) {
  for (const Link& l : parse.links) {
    if (l.left != 1) continue;
    if (l.type == "S" || l.type == "SX" || l.type == "G" || l.type == "GN" ||
        l.type == "AN" || l.type == "A" || l.type == "YS" || l.type == "SJ" ||
        l.type == "D" || l.type == "MX" || l.type == "M") {
      return true;
    }
  }
  return false;
}

bool StartsWithCapitalName(const SegmentedDocument& document,
                           const Sentence& sentence) {
  for (const Token& t : sentence.tokens) {
    std::string_view text = document.CleanOf(t);
    if (t.kind == TokenKind::kPunct && IsQuote(text)) continue;
    if (t.kind != TokenKind::kWord || text.size() < 2) return false;
    if (!(text[0] >= 'A' && text[0] <= 'Z')) return false;
    return !Contains(
        {"the",  "a",     "an",    "in",   "on",  "at",    "after", "before",
         "but",  "and",   "he",    "she",  "it",  "they",  "we",    "i",
         "this", "that",  "there", "his",  "her", "their", "its",   "prior",
         "when", "while", "as",    "for",  "if",  "mr",    "mrs",   "ms",
         "dr",   "some",  "many",  "most", "one", "two",   "three", "no",
         "not",  "by",    "with",  "from", "to",  "of",    "what",  "who",
         "why",  "how",   "where"},
        t.folded);
  }
  return false;
}

Result<SentenceSyntax> LinkAnalyzer::Analyze(const SegmentedDocument& document,
                                             const Sentence& sentence) const {
  if (sentence.tokens.empty()) {
    SentenceSyntax empty;
    empty.sentence_index = sentence.index;
    empty.backend = SyntaxBackend::kLink;
    return empty;
  }
  if (static_cast<int>(sentence.tokens.size()) > options_.link_max_tokens) {
    return Fallback(document, sentence, "too long");
  }
  LgInput in = BuildInput(document, sentence, false);
  Parse parse;
  bool ok = ParseInput(sentence, in, parse);
  // A capitalised first word read in lower case ("Trump" as "trump") when
  // the parse is imperfect or makes it a verb: try it as a name.
  if (StartsWithCapitalName(document, sentence) &&
      (!ok || !FirstWordInSubject(parse))) {
    LgInput named = BuildInput(document, sentence, true);
    Parse retry;
    if (ParseInput(sentence, named, retry) &&
        (!ok || (!Better(parse, retry) && FirstWordInSubject(retry)))) {
      parse = std::move(retry);
      ok = true;
    }
  }
  if (!ok) {
    return Fallback(document, sentence,
                    parse.timed_out ? "timeout" : "no linkage");
  }
  SentenceSyntax out;
  out.sentence_index = sentence.index;
  out.backend = SyntaxBackend::kLink;
  if (parse.timed_out) {
    out.note = "timeout: partial linkage";
  } else if (parse.null_count > 0) {
    out.note = "partial linkage";
  }
  out.clauses = syntax::ReadClauses(document, sentence, parse, *morphology_);
  return out;
}

}  // namespace

Result<std::unique_ptr<Analyzer>> CreateLinkAnalyzer(
    const SyntaxOptions& options) {
  auto morphology = Morphology::Load(options.wordnet_dir);
  if (!morphology.ok()) return morphology.error();
  auto shallow = CreateShallowAnalyzer(options);
  if (!shallow.ok()) return shallow.error();
  lg_error_set_handler(DropLgMessage, nullptr);
  LgDictionary dictionary(dictionary_create_lang("en"));
  if (!dictionary) {
    return Error{ErrorCode::kNotFound,
                 "Link Grammar: cannot load the English dictionary (package "
                 "link-grammar-dictionaries-en)"};
  }
  return std::unique_ptr<Analyzer>(new LinkAnalyzer(
      options, std::move(dictionary), std::move(morphology).value(),
      std::move(shallow).value()));
}

}  // namespace dyad
