#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>

#include "dyad/text.h"
#include "src/text/edit_map.h"
#include "src/text/utf8.h"

namespace dyad {
namespace {

// What a character becomes in the clean text. nullptr: keep it as it is.
const char* Replacement(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // ‘ ’ ‚ ‛
    case 0x2032:
    case 0x2039:
    case 0x203A:
    case 0x00B4:  // ′ ‹ › ´
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:  // “ ” „ ‟
    case 0x00AB:
    case 0x00BB:
    case 0x2033:  // « » ″
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:  // hyphens, – —
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return "\n";
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:  // invisible
      return "";
    case 0x2026:  // …
      return "...";
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return " ";  // en quad .. hair space
  if (c >= 0x80 && c < 0xA0) return " ";       // C1 controls
  return nullptr;
}

bool NeedsNfc(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

}  // namespace

std::pair<uint32_t, uint32_t> CleanText::FromOriginal(uint32_t begin,
                                                      uint32_t end) const {
  if (edits.empty()) return {begin, end};
  uint32_t b = text::OriginalToClean::Start(edits, begin);
  uint32_t e = begin == end ? b : text::OriginalToClean::End(edits, end);
  return {b, std::max(b, e)};
}

Span CleanText::ToOriginal(uint32_t begin, uint32_t end) const {
  if (edits.empty()) return Span{begin, end};
  uint32_t b = text::CleanToOriginal::Start(edits, begin);
  uint32_t e = begin == end ? b : text::CleanToOriginal::End(edits, end);
  return Span{b, std::max(b, e)};
}

CleanText Clean(std::string_view text) {
  CleanText out;
  out.text.reserve(text.size());
  const size_t n = text.size();
  auto record = [&](size_t orig_begin, size_t orig_end, size_t clean_begin) {
    out.edits.push_back(TextEdit{static_cast<uint32_t>(clean_begin),
                                 static_cast<uint32_t>(out.text.size()),
                                 static_cast<uint32_t>(orig_begin),
                                 static_cast<uint32_t>(orig_end)});
  };
  // Where the current NFC segment starts, in both texts: composition never
  // reaches back past a character with a normalization boundary before it.
  size_t boundary_in = 0, boundary_out = 0;
  const icu::Normalizer2* nfc = nullptr;
  size_t i = 0;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b < 0x7F) {
      size_t start = i;
      while (i < n && static_cast<unsigned char>(text[i]) >= 0x20 &&
             static_cast<unsigned char>(text[i]) < 0x7F) {
        ++i;
      }
      boundary_in = i - 1;
      boundary_out = out.text.size() + (i - 1 - start);
      out.text.append(text.data() + start, i - start);
      continue;
    }
    if (b < 0x80) {
      size_t out_start = out.text.size();
      if (b == '\r') {
        size_t end = (i + 1 < n && text[i + 1] == '\n') ? i + 2 : i + 1;
        out.text += '\n';
        if (end - i != 1) record(i, end, out_start);
        i = end;
      } else {
        // Tabs become spaces; form feeds and vertical tabs end lines;
        // other controls are spaces. Same length: no edit to record.
        out.text += (b == '\n' || b == '\f' || b == '\v') ? '\n' : ' ';
        ++i;
      }
      boundary_in = i;
      boundary_out = out.text.size();
      continue;
    }
    size_t start = i;
    UChar32 c = text::NextCodePoint(text, &i);
    if (const char* r = Replacement(c)) {
      size_t out_start = out.text.size();
      out.text += r;
      record(start, i, out_start);
      boundary_in = i;
      boundary_out = out.text.size();
      continue;
    }
    if (!NeedsNfc(c)) {
      if (u_getCombiningClass(c) == 0) {
        boundary_in = start;
        boundary_out = out.text.size();
      }
      out.text.append(text.data() + start, i - start);
      continue;
    }
    // Normalise from the last boundary to the next character that starts a
    // new segment, and record the whole segment as one edit.
    UErrorCode status = U_ZERO_ERROR;
    if (nfc == nullptr) nfc = icu::Normalizer2::getNFCInstance(status);
    size_t end = i;
    while (end < n) {
      size_t next = end;
      UChar32 d = text::NextCodePoint(text, &next);
      if (nfc->hasBoundaryBefore(d)) break;
      end = next;
    }
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized);
    nfc->normalizeUTF8(
        0,
        icu::StringPiece(text.data() + boundary_in,
                         static_cast<int32_t>(end - boundary_in)),
        sink, nullptr, status);
    if (U_FAILURE(status)) {
      out.text.append(text.data() + start, i - start);
      continue;
    }
    while (!out.edits.empty() && out.edits.back().clean_end > boundary_out) {
      out.edits.pop_back();
    }
    out.text.resize(boundary_out);
    out.text += normalized;
    if (normalized != text.substr(boundary_in, end - boundary_in)) {
      record(boundary_in, end, boundary_out);
    }
    i = end;
    boundary_in = i;
    boundary_out = out.text.size();
  }
  return out;
}

}  // namespace dyad
