// The paragraph level of segmentation: lines, boilerplate, headline and
// captions, datelines. Works on clean text. Internal.
#ifndef DYAD_SRC_TEXT_LAYOUT_H_
#define DYAD_SRC_TEXT_LAYOUT_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad::text {

struct Paragraph {
  uint32_t begin = 0;  // clean-text offsets, trimmed of white space
  uint32_t end = 0;
  // Set when the source format stated the role; inferred otherwise.
  std::optional<TextRole> stated_role;
};

// Splits clean text into paragraphs: one a line, except that a line that
// does not end a sentence continues on the next when that starts in lower
// case (hard-wrapped text).
std::vector<Paragraph> SplitLines(std::string_view clean);

// Returns the kind of boilerplate `line` is, or nothing for a content line.
std::optional<BoilerplateKind> ClassifyBoilerplate(std::string_view line);

// Assigns roles to the paragraphs of a plain-text document: the short
// unpunctuated lines before the first body paragraph are the headline and
// captions; lines that credit or describe a photo are captions.
std::vector<TextRole> InferRoles(std::string_view clean,
                                 const std::vector<Paragraph>& paragraphs);

// Returns the length of the dateline that opens `paragraph` ("MOSCOW
// (Reuters) - ", "WASHINGTON, May 2 (AP) -- "), including the space after
// it, or 0 when it has none.
size_t DatelineLength(std::string_view paragraph);

// True iff the paragraph ends like a sentence: with . ! or ?, possibly
// followed by closing quotes or brackets.
bool EndsLikeSentence(std::string_view paragraph);

}  // namespace dyad::text

#endif  // DYAD_SRC_TEXT_LAYOUT_H_
