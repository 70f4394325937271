#include <algorithm>
#include <charconv>
#include <string_view>

#include "src/coding/event_assembly.h"

namespace dyad::coding {
namespace {

// A code is more specific when it is longer, or, at three digits, when it
// is not the root's "not specified" code (040 < 041).
int CodeRank(const std::string& code) {
  return static_cast<int>(code.size()) * 2 + (code.back() != '0' ? 1 : 0);
}

// "met on Friday" and "would visit in the autumn" are two happenings: one
// that took place and one still to come.
bool TimesAgree(const Event& a, const Event& b) {
  auto to_come = [](const Event& e) {
    const std::string_view modality = e.modality;
    return modality == "future" || modality == "hypothetical";
  };
  return to_come(a) == to_come(b);
}

bool DatesAgree(const Event& a, const Event& b) {
  if (a.date.empty() || b.date.empty()) return a.date == b.date;
  if (std::string_view(a.date_basis) == "published" ||
      std::string_view(b.date_basis) == "published") {
    return true;
  }
  return a.date.starts_with(b.date) || b.date.starts_with(a.date);
}

}  // namespace

// Two codes name the same actor at different precision when one extends
// the other ("USA" and "USAGOV").
bool SameActor(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a == b;
  return a.starts_with(b) || b.starts_with(a);
}

void MergeDuplicates(std::vector<Event>* events) {
  // In place, events[0, kept) being the merged events so far: an event
  // is moved only when one before it was merged away.
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    const auto merged_end = events->begin() + kept;
    auto same = std::find_if(events->begin(), merged_end, [&](const Event& m) {
      if (m.root != e.root || m.negated != e.negated) return false;
      const bool same_sentence = m.mentions.front().sentence_index ==
                                 e.mentions.front().sentence_index;
      // "condemned North Korea, calling its programme a threat": in one
      // sentence, the same act said again without its other side is the
      // same event.
      const bool targets_agree =
          SameActor(CodeOf(m.target), CodeOf(e.target)) ||
          (same_sentence && m.cameo == e.cameo && (!m.target || !e.target));
      return SameActor(m.source.code, e.source.code) && targets_agree &&
             DatesAgree(m, e) && TimesAgree(m, e) &&
             (m.cameo == e.cameo || !same_sentence);
    });
    if (same == merged_end) {
      if (kept != i) (*events)[kept] = std::move(e);
      ++kept;
      continue;
    }
    // `e` is dropped once merged: what `m` takes from it is moved.
    Event& m = *same;
    if (e.source.code.size() > m.source.code.size()) {
      m.source = std::move(e.source);
    }
    if (e.target && (!m.target || e.target->code.size() > m.target->code.size())) {
      m.target = std::move(e.target);
    }
    if (CodeRank(e.cameo) > CodeRank(m.cameo)) {
      m.cameo = std::move(e.cameo);
      m.cameo_name = std::move(e.cameo_name);
      m.goldstein = e.goldstein;
      m.plover_type = std::move(e.plover_type);
      m.plover_mode = std::move(e.plover_mode);
      m.quad_class = e.quad_class;
    }
    // The date read from the text beats the publication date; a more
    // precise one beats a less precise one.
    bool e_published = e.date_basis == "published";
    bool m_published = m.date_basis == "published";
    if ((m_published && !e_published) ||
        (m_published == e_published && e.date.size() > m.date.size())) {
      m.date = std::move(e.date);
      m.date_basis = std::move(e.date_basis);
    }
    if (!m.location && e.location) m.location = std::move(e.location);
    if (!m.attribution && e.attribution) {
      m.attribution = std::move(e.attribution);
    }
    for (EventMention& mention : e.mentions) {
      m.mentions.push_back(std::move(mention));
    }
  }
  events->erase(events->begin() + kept, events->end());
}

std::string MakeEventId(const Event& event) {
  // FNV-1a over what places the event in its document.
  uint64_t hash = 14695981039346656037ull;
  auto add = [&](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xff;
    hash *= 1099511628211ull;
  };
  auto add_number = [&](uint32_t n) {
    char digits[10];
    const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    add(std::string_view(digits, end - digits));
  };
  const EventMention& m = event.mentions.front();
  add(event.doc_id);
  add_number(m.sentence_index);
  add_number(m.verb_span.begin);
  add(event.source.code);
  add(CodeOf(event.target));
  add(event.cameo);
  // In hexadecimal, 16 digits.
  std::string id(16, '0');
  for (size_t i = id.size(); i-- > 0; hash >>= 4) {
    id[i] = "0123456789abcdef"[hash & 0xf];
  }
  return id;
}

}  // namespace dyad::coding
