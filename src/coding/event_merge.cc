#include <algorithm>
#include <cstdio>

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
    return e.modality == "future" || e.modality == "hypothetical";
  };
  return to_come(a) == to_come(b);
}

bool DatesAgree(const Event& a, const Event& b) {
  if (a.date.empty() || b.date.empty()) return a.date == b.date;
  if (a.date_basis == "published" || b.date_basis == "published") return true;
  return a.date.starts_with(b.date) || b.date.starts_with(a.date);
}

}  // namespace

// Two codes name the same actor at different precision when one extends
// the other ("USA" and "USAGOV").
bool SameActor(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a == b;
  return a.starts_with(b) || b.starts_with(a);
}

void MergeDuplicates(std::vector<Event>* events) {
  std::vector<Event> merged;
  for (Event& e : *events) {
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Event& m) {
      const bool same_sentence = m.mentions.front().sentence_index ==
                                 e.mentions.front().sentence_index;
      // "condemned North Korea, calling its programme a threat": in one
      // sentence, the same act said again without its other side is the
      // same event.
      const bool targets_agree =
          SameActor(m.target ? m.target->code : "",
                    e.target ? e.target->code : "") ||
          (same_sentence && m.cameo == e.cameo && (!m.target || !e.target));
      return SameActor(m.source.code, e.source.code) && targets_agree &&
             m.root == e.root && m.negated == e.negated && DatesAgree(m, e) &&
             TimesAgree(m, e) && (m.cameo == e.cameo || !same_sentence);
    });
    if (same == merged.end()) {
      merged.push_back(std::move(e));
      continue;
    }
    Event& m = *same;
    if (e.source.code.size() > m.source.code.size()) m.source = e.source;
    if (e.target && (!m.target || e.target->code.size() > m.target->code.size())) {
      m.target = e.target;
    }
    if (CodeRank(e.cameo) > CodeRank(m.cameo)) {
      m.cameo = e.cameo;
      m.cameo_name = e.cameo_name;
      m.goldstein = e.goldstein;
      m.plover_type = e.plover_type;
      m.plover_mode = e.plover_mode;
      m.quad_class = e.quad_class;
    }
    // The date read from the text beats the publication date; a more
    // precise one beats a less precise one.
    bool e_published = e.date_basis == "published";
    bool m_published = m.date_basis == "published";
    if ((m_published && !e_published) ||
        (m_published == e_published && e.date.size() > m.date.size())) {
      m.date = e.date;
      m.date_basis = e.date_basis;
    }
    if (!m.location && e.location) m.location = e.location;
    if (!m.attribution && e.attribution) m.attribution = e.attribution;
    for (EventMention& mention : e.mentions) {
      m.mentions.push_back(std::move(mention));
    }
  }
  *events = std::move(merged);
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
  const EventMention& m = event.mentions.front();
  add(event.doc_id);
  add(std::to_string(m.sentence_index));
  add(std::to_string(m.verb_span.begin));
  add(event.source.code);
  add(event.target ? event.target->code : "");
  add(event.cameo);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx",
                static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace dyad::coding
