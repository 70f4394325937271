#include <unicode/brkiter.h>

#include <string>

#include "dyad/text.h"
#include "src/text/layout.h"
#include "src/text/sentence_breaks.h"
#include "src/text/sentence_rules.h"

namespace dyad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

class Segmenter::Impl {
 public:
  explicit Impl(std::unique_ptr<icu::BreakIterator> prototype)
      : prototype_(std::move(prototype)) {}

  // ICU break iterators are not thread-safe; each thread gets its own
  // clone. All clones come from the same English rules, so one per thread
  // serves every Segmenter.
  icu::BreakIterator* ForThisThread() const {
    thread_local std::unique_ptr<icu::BreakIterator> iterator(
        prototype_->clone());
    return iterator.get();
  }

 private:
  std::unique_ptr<icu::BreakIterator> prototype_;
};

Segmenter::Segmenter(const SegmentOptions& options, std::unique_ptr<Impl> impl)
    : options_(options), impl_(std::move(impl)) {}

Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(
    const SegmentOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> prototype(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(),
                                                 status));
  if (U_FAILURE(status) || prototype == nullptr) {
    return Error{ErrorCode::kInternal,
                 std::string("ICU has no English sentence rules: ") +
                     u_errorName(status)};
  }
  return std::unique_ptr<Segmenter>(
      new Segmenter(options, std::make_unique<Impl>(std::move(prototype))));
}

std::vector<std::pair<uint32_t, uint32_t>> Segmenter::SplitParagraph(
    std::string_view paragraph) const {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && IsSpace(paragraph[b])) ++b;
    while (e > b && IsSpace(paragraph[e - 1])) --e;
    if (b < e) out.emplace_back(b, e);
  };
  // A line end inside a paragraph is a hard wrap (SplitLines joined the
  // lines), but ICU takes it for a paragraph end and breaks there:
  // SentenceBreaks gives ICU the line ends as spaces, which keeps every
  // offset.
  size_t start = 0;
  for (uint32_t c : text::SentenceBreaks(impl_->ForThisThread(), paragraph)) {
    if (text::IsFalseBreak(paragraph.substr(start, c - start),
                           paragraph.substr(c))) {
      continue;
    }
    emit(start, c);
    start = c;
  }
  emit(start, paragraph.size());
  return out;
}

size_t SegmentedDocument::CountRole(TextRole role) const {
  size_t n = 0;
  for (const Sentence& s : sentences) n += s.role == role ? 1 : 0;
  return n;
}

Result<SegmentedDocument> Segmenter::Segment(const Document& document) const {
  Status valid = ValidateText(document.text, options_.max_document_bytes);
  if (!valid.ok()) return valid.error();

  SegmentedDocument out;
  out.clean = Clean(document.text);
  const std::string& clean = out.clean.text;

  std::vector<text::Paragraph> paragraphs;
  if (document.blocks.empty()) {
    paragraphs = text::SplitLines(clean);
  } else {
    for (const TextBlock& block : document.blocks) {
      auto [b, e] = out.clean.FromOriginal(block.span.begin, block.span.end);
      while (b < e && IsSpace(clean[b])) ++b;
      while (e > b && IsSpace(clean[e - 1])) --e;
      if (b < e) paragraphs.push_back(text::Paragraph{b, e, block.role});
    }
  }

  if (options_.drop_boilerplate) {
    std::vector<text::Paragraph> kept;
    kept.reserve(paragraphs.size());
    for (const text::Paragraph& p : paragraphs) {
      std::string_view line(clean.data() + p.begin, p.end - p.begin);
      if (auto kind = text::ClassifyBoilerplate(line)) {
        out.dropped.push_back(
            DroppedLine{out.clean.ToOriginal(p.begin, p.end), *kind});
      } else {
        kept.push_back(p);
      }
    }
    paragraphs.swap(kept);
  }

  std::vector<TextRole> roles;
  if (document.blocks.empty()) {
    roles = text::InferRoles(clean, paragraphs);
  } else {
    for (const text::Paragraph& p : paragraphs)
      roles.push_back(p.stated_role.value_or(TextRole::kBody));
  }

  bool first_body = true;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    uint32_t begin = paragraphs[i].begin;
    const uint32_t end = paragraphs[i].end;
    if (roles[i] == TextRole::kBody && first_body) {
      first_body = false;
      size_t n = text::DatelineLength(
          std::string_view(clean.data() + begin, end - begin));
      if (n > 0 && begin + n < end) {
        uint32_t dateline_end = begin + static_cast<uint32_t>(n);
        while (dateline_end > begin && IsSpace(clean[dateline_end - 1]))
          --dateline_end;
        out.dateline = out.clean.ToOriginal(begin, dateline_end);
        begin += static_cast<uint32_t>(n);
      }
    }
    std::string_view paragraph(clean.data() + begin, end - begin);
    for (auto [b, e] : SplitParagraph(paragraph)) {
      Sentence sentence;
      sentence.index = static_cast<uint32_t>(out.sentences.size());
      sentence.clean_begin = begin + b;
      sentence.clean_end = begin + e;
      sentence.span =
          out.clean.ToOriginal(sentence.clean_begin, sentence.clean_end);
      sentence.role = roles[i];
      if (options_.tokenize) {
        sentence.tokens =
            Tokenize(out.clean, sentence.clean_begin, sentence.clean_end);
      }
      out.sentences.push_back(std::move(sentence));
    }
  }
  return out;
}

const char* BoilerplateKindName(BoilerplateKind kind) {
  switch (kind) {
    case BoilerplateKind::kLink:
      return "link";
    case BoilerplateKind::kShare:
      return "share";
    case BoilerplateKind::kCookie:
      return "cookie";
    case BoilerplateKind::kSubscription:
      return "subscription";
    case BoilerplateKind::kByline:
      return "byline";
    case BoilerplateKind::kCopyright:
      return "copyright";
  }
  return "link";
}

}  // namespace dyad
