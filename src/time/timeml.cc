// TimeML through libxml2's tree API. libxml2 reports the line of a syntax
// error and of every element, which is what the messages need.
#include "dyad/timeml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "src/core/read_file.h"

namespace dyad {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

Error Corrupt(std::string_view name, long line, const std::string& what) {
  return Error{ErrorCode::kCorruption,
               std::string(name) + ":" + std::to_string(line) + ": " + what};
}

bool NameIs(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::optional<std::string> Attribute(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return std::nullopt;
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string Content(xmlNode* node) {
  xmlChar* v = xmlNodeGetContent(node);
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

xmlNode* Child(xmlNode* parent, const char* name) {
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (NameIs(c, name)) return c;
  }
  return nullptr;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The first error libxml2 reports: later ones ("premature end of data")
// only follow from it.
struct FirstError {
  bool set = false;
  int line = 0;
  std::string message;
};

void CaptureError(void* data, xmlErrorPtr e) {
  auto* ctxt = static_cast<xmlParserCtxt*>(data);
  auto* first = static_cast<FirstError*>(ctxt->_private);
  if (first == nullptr || first->set || e == nullptr ||
      e->level < XML_ERR_ERROR)
    return;
  first->set = true;
  first->line = e->line;
  first->message = e->message != nullptr ? e->message : "not well-formed XML";
  while (!first->message.empty() && IsSpace(first->message.back()))
    first->message.pop_back();
}

class TextWalker {
 public:
  TextWalker(std::string_view name, TimemlDocument* doc)
      : name_(name), doc_(doc) {}

  Status Walk(xmlNode* parent, bool inside_timex) {
    for (xmlNode* n = parent->children; n != nullptr; n = n->next) {
      switch (n->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (n->content != nullptr)
            doc_->text += reinterpret_cast<const char*>(n->content);
          break;
        case XML_ENTITY_REF_NODE:
          return Corrupt(
              name_, xmlGetLineNo(n),
              "undefined entity &" +
                  std::string(reinterpret_cast<const char*>(n->name)) + ";");
        case XML_ELEMENT_NODE:
          if (NameIs(n, "TIMEX3")) {
            if (inside_timex)
              return Corrupt(name_, xmlGetLineNo(n), "nested TIMEX3");
            if (Status s = Timex(n); !s.ok()) return s;
          } else if (Status s = Walk(n, inside_timex); !s.ok()) {
            return s;
          }
          break;
        default:
          break;
      }
    }
    return Status();
  }

 private:
  Status Timex(xmlNode* n) {
    const long line = xmlGetLineNo(n);
    GoldTimex t;
    t.line = static_cast<int>(line);
    t.tid = Attribute(n, "tid").value_or("");
    std::optional<std::string> type = Attribute(n, "type");
    if (!type) return Corrupt(name_, line, "TIMEX3 without a type");
    Result<TimexType> parsed = ParseTimexType(*type);
    if (!parsed.ok()) return Corrupt(name_, line, parsed.error().message);
    t.type = *parsed;
    std::optional<std::string> value = Attribute(n, "value");
    if (!value || value->empty())
      return Corrupt(name_, line, "TIMEX3 without a value");
    t.value = *value;
    size_t begin = doc_->text.size();
    if (Status s = Walk(n, true); !s.ok()) return s;
    size_t end = doc_->text.size();
    while (begin < end && IsSpace(doc_->text[begin])) ++begin;
    while (end > begin && IsSpace(doc_->text[end - 1])) --end;
    if (begin == end) return Corrupt(name_, line, "empty TIMEX3");
    t.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    doc_->timexes.push_back(std::move(t));
    return Status();
  }

  std::string_view name_;
  TimemlDocument* doc_;
};

double Ratio(int64_t a, int64_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

Prf MakePrf(int64_t hits, int64_t system, int64_t gold) {
  Prf p;
  p.precision = Ratio(hits, system);
  p.recall = Ratio(hits, gold);
  p.f1 = p.precision + p.recall == 0
             ? 0.0
             : 2 * p.precision * p.recall / (p.precision + p.recall);
  return p;
}

}  // namespace

Result<TimemlDocument> ParseTimeml(std::string_view xml,
                                   std::string_view name) {
  xmlInitParser();
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Error{ErrorCode::kInternal, "libxml2: out of memory"};
  // Errors go to this context's handler, not to stderr.
  FirstError first;
  ctxt->_private = &first;
  ctxt->sax->serror = CaptureError;
  std::string url(name);
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(
      ctxt.get(), xml.data(), static_cast<int>(xml.size()), url.c_str(),
      nullptr, XML_PARSE_NONET | XML_PARSE_NOWARNING));
  if (!doc || first.set) {
    if (!first.set) first.message = "not well-formed XML";
    return Corrupt(name, first.line, first.message);
  }
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || !NameIs(root, "TimeML"))
    return Corrupt(name, root != nullptr ? xmlGetLineNo(root) : 1,
                   "the root element is not <TimeML>");
  TimemlDocument out;
  out.name = std::string(name);
  if (xmlNode* id = Child(root, "DOCID")) out.doc_id = Content(id);
  if (out.doc_id.empty())
    out.doc_id = std::filesystem::path(out.name).stem().string();
  if (xmlNode* dct = Child(root, "DCT")) {
    xmlNode* timex = Child(dct, "TIMEX3");
    if (timex == nullptr)
      return Corrupt(name, xmlGetLineNo(dct), "<DCT> without a TIMEX3");
    std::optional<std::string> value = Attribute(timex, "value");
    if (!value)
      return Corrupt(name, xmlGetLineNo(timex), "DCT without a value");
    Result<Date> date = ParseIsoDate(*value);
    if (!date.ok())
      return Corrupt(name, xmlGetLineNo(timex),
                     "DCT value: " + date.error().message);
    out.dct = *date;
  }
  xmlNode* text = Child(root, "TEXT");
  if (text == nullptr)
    return Corrupt(name, xmlGetLineNo(root), "no <TEXT> element");
  TextWalker walker(name, &out);
  if (Status s = walker.Walk(text, false); !s.ok()) return s.error();
  return out;
}

Result<TimemlDocument> ReadTimemlFile(const std::string& path) {
  auto text = ReadFileToString(path);
  if (!text.ok()) {
    Error error = text.error();
    if (error.code == ErrorCode::kNotFound) error.message += ": no such file";
    return error;
  }
  return ParseTimeml(*text, path);
}

Result<std::vector<std::string>> ListTimemlFiles(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Error{ErrorCode::kNotFound, dir + ": not a directory"};
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tml")
      files.push_back(entry.path().string());
  }
  if (ec) return Error{ErrorCode::kIOError, dir + ": " + ec.message()};
  if (files.empty())
    return Error{ErrorCode::kInvalidArgument, dir + ": no .tml files"};
  std::sort(files.begin(), files.end());
  return files;
}

void TimexCounts::Add(const TimexCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  value += o.value;
  type += o.type;
}

TimexScores ScoreTimexes(const TimexCounts& c) {
  TimexScores s;
  s.strict = MakePrf(c.strict, c.system, c.gold);
  s.relaxed = MakePrf(c.relaxed, c.system, c.gold);
  s.value = MakePrf(c.value, c.system, c.gold);
  s.type = MakePrf(c.type, c.system, c.gold);
  s.value_accuracy = Ratio(c.value, c.relaxed);
  s.type_accuracy = Ratio(c.type, c.relaxed);
  return s;
}

const char* TimexDifferenceName(TimexDifference::Kind kind) {
  switch (kind) {
    case TimexDifference::Kind::kMissed:
      return "missed";
    case TimexDifference::Kind::kSpurious:
      return "spurious";
    case TimexDifference::Kind::kSpan:
      return "span";
    case TimexDifference::Kind::kType:
      return "type";
    case TimexDifference::Kind::kValue:
      return "value";
  }
  return "missed";
}

TimexCounts CompareTimexes(std::span<const GoldTimex> gold,
                           std::span<const Timex> system,
                           std::vector<TimexDifference>* differences) {
  using Kind = TimexDifference::Kind;
  TimexCounts c;
  c.gold = static_cast<int64_t>(gold.size());
  c.system = static_cast<int64_t>(system.size());
  std::vector<std::optional<size_t>> pair(gold.size());
  std::vector<bool> used(system.size(), false);
  // Exact spans first, then any overlap, each system expression once.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if (pair[g]) continue;
      for (size_t s = 0; s < system.size(); ++s) {
        if (used[s]) continue;
        const Span& a = gold[g].span;
        const Span& b = system[s].span;
        bool hit = pass == 0 ? a == b : a.begin < b.end && b.begin < a.end;
        if (hit) {
          pair[g] = s;
          used[s] = true;
          break;
        }
      }
    }
  }
  auto note = [&](Kind kind, std::optional<size_t> g, std::optional<size_t> s) {
    if (differences != nullptr) differences->push_back({kind, g, s});
  };
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!pair[g]) {
      note(Kind::kMissed, g, std::nullopt);
      continue;
    }
    const Timex& s = system[*pair[g]];
    ++c.relaxed;
    if (s.span == gold[g].span) {
      ++c.strict;
    } else {
      note(Kind::kSpan, g, pair[g]);
    }
    if (s.value == gold[g].value) {
      ++c.value;
    } else {
      note(Kind::kValue, g, pair[g]);
    }
    if (s.type == gold[g].type) {
      ++c.type;
    } else {
      note(Kind::kType, g, pair[g]);
    }
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (!used[s]) note(Kind::kSpurious, std::nullopt, s);
  }
  return c;
}

Result<std::vector<TimemlResult>> EvaluateTimeml(
    std::span<const TimemlDocument> documents, const Segmenter& segmenter,
    const TimeTagger& tagger) {
  std::vector<TimemlResult> results;
  results.reserve(documents.size());
  for (const TimemlDocument& d : documents) {
    Document doc;
    doc.id = d.doc_id;
    doc.text = d.text;
    doc.published = d.dct;
    Result<SegmentedDocument> segmented = segmenter.Segment(doc);
    if (!segmented.ok())
      return Error{segmented.error().code,
                   d.name + ": " + segmented.error().message};
    TimemlResult r;
    r.document = &d;
    r.system = tagger.Tag(doc, *segmented);
    r.counts = CompareTimexes(d.timexes, r.system, &r.differences);
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace dyad
