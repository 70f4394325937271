#include <optional>
#include <string>
#include <vector>

#include "dyad/time.h"
#include "src/time/resolver.h"
#include "src/time/tense.h"
#include "src/time/timex_recognizer.h"

namespace dyad {

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

Result<TimexType> ParseTimexType(std::string_view name) {
  for (TimexType t : {TimexType::kDate, TimexType::kTime, TimexType::kDuration,
                      TimexType::kSet}) {
    if (name == TimexTypeName(t)) return t;
  }
  return Error{ErrorCode::kInvalidArgument,
               "not a TIMEX3 type: \"" + std::string(name) + "\""};
}

bool Timex::IsAnchoredDate() const {
  if (type != TimexType::kDate && type != TimexType::kTime) return false;
  if (value.size() < 4) return false;
  for (size_t i = 0; i < value.size() && value[i] != 'T'; ++i) {
    char c = value[i];
    if (i < 4 && (c < '0' || c > '9')) return false;
    if (c == 'X') return false;
  }
  return true;
}

TimeTagger::TimeTagger(const TimeOptions& options) : options_(options) {
  time::LoadRecognizerTables();
}

namespace {

// The latest date mentioned at least as precisely as `grain` needs.
std::optional<Date> ReferenceFor(time::Grain grain,
                                 const std::optional<Date>& day,
                                 const std::optional<Date>& month,
                                 const std::optional<Date>& year) {
  switch (grain) {
    case time::Grain::kDay:
    case time::Grain::kWeek:
    case time::Grain::kWeekend:
      return day;
    case time::Grain::kMonth:
    case time::Grain::kSeason:
    case time::Grain::kQuarter:
    case time::Grain::kHalf:
      return month;
    default:
      return year;
  }
}

// Keeps a resolved value as the latest date of its precision: a day counts
// as a month and a year too; "2016-03" as a month and a year.
void Remember(std::string_view value, std::optional<Date>* day,
              std::optional<Date>* month, std::optional<Date>* year) {
  if (std::optional<Date> d = time::DayOfValue(value)) {
    *day = *month = *year = d;
    return;
  }
  auto digits = [&](size_t from, size_t n) -> std::optional<int> {
    if (value.size() < from + n) return std::nullopt;
    for (size_t i = from; i < from + n; ++i) {
      if (value[i] < '0' || value[i] > '9') return std::nullopt;
    }
    return std::stoi(std::string(value.substr(from, n)));
  };
  std::optional<int> y = digits(0, 4);
  if (!y) return;
  if (value.size() == 4) {
    *year = Date{*y, 1, 1};
    return;
  }
  std::optional<int> m = value[4] == '-' ? digits(5, 2) : std::nullopt;
  if (m && value.size() == 7 && *m >= 1 && *m <= 12) {
    *month = *year = Date{*y, *m, 1};
  } else {
    *year = Date{*y, 1, 1};
  }
}

}  // namespace

std::vector<Timex> TimeTagger::Tag(const Document& document,
                                   const SegmentedDocument& segmented) const {
  std::vector<Timex> out;
  // The latest dates mentioned so far, by precision, for "the day before"
  // and "two years later".
  std::optional<Date> last_day, last_month, last_year;
  // A sentence's, their storage kept for the next.
  std::vector<time::Mention> mentions;
  std::vector<std::optional<Date>> days;
  time::SentenceTense tense;
  for (const Sentence& sentence : segmented.sentences) {
    time::Recognize(segmented, sentence, options_, &mentions);
    if (mentions.empty()) continue;
    const size_t first = out.size();
    days.assign(mentions.size(), std::nullopt);
    // A year stated just before in the same clause: "Easter 2016 fell in
    // March", not "founded in 1987, said revenue to June".
    std::optional<int> sentence_year;
    size_t sentence_year_end = 0;
    auto year_for = [&](size_t k) -> std::optional<int> {
      if (!sentence_year || sentence_year_end > mentions[k].begin ||
          mentions[k].begin - sentence_year_end > 6)
        return std::nullopt;
      for (size_t i = sentence_year_end; i < mentions[k].begin; ++i) {
        std::string_view f = sentence.tokens[i].folded;
        if (f == "," || f == ";" || f == ":" || f == "(" || f == "\"")
          return std::nullopt;
      }
      return sentence_year;
    };
    auto resolve = [&](size_t k, const std::optional<Date>& sentence_day) {
      const time::Mention& m = mentions[k];
      Timex& t = out[first + k];
      time::ResolveContext context;
      context.published = document.published;
      context.reference =
          ReferenceFor(m.spec.grain, last_day, last_month, last_year);
      context.sentence_day = sentence_day;
      context.sentence_year = year_for(k);
      context.tense = t.tense;
      t.value = time::Resolve(m.spec, context);
      if (t.name || (t.type != TimexType::kDate && t.type != TimexType::kTime))
        return;
      days[k] = time::DayOfValue(t.value);
      Remember(t.value, &last_day, &last_month, &last_year);
      if (m.spec.anchor == time::Anchor::kNone && m.spec.year != 0 &&
          (m.spec.grain == time::Grain::kYear ||
           m.spec.grain == time::Grain::kMonth ||
           m.spec.grain == time::Grain::kDay)) {
        sentence_year = m.spec.year;
        sentence_year_end = m.end;
      }
    };
    bool tense_read = false;  // read at the first need
    for (const time::Mention& m : mentions) {
      Timex t;
      t.sentence_index = sentence.index;
      t.span = Span{sentence.tokens[m.begin].span.begin,
                    sentence.tokens[m.end - 1].span.end};
      t.text = document.text.substr(t.span.begin, t.span.size());
      t.type = m.spec.type;
      t.mod = m.spec.mod;
      t.freq = m.spec.freq;
      t.name = m.spec.name;
      t.relative = m.spec.anchor != time::Anchor::kNone;
      // What comes "since" a time is after it: the time is past.
      if (m.begin > 0 && sentence.tokens[m.begin - 1].folded == "since") {
        t.tense = Tense::kPast;
      } else {
        if (!tense_read) {
          tense.Read(segmented, sentence);
          tense_read = true;
        }
        t.tense = tense.ClauseTense(m.begin, m.end);
      }
      out.push_back(std::move(t));
    }
    // Days first, in order, each one the reference for the next; then the
    // times of day that take their day from the sentence.
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].spec.same_day) continue;
      resolve(k, std::nullopt);
    }
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (!mentions[k].spec.same_day) continue;
      std::optional<Date> nearest;
      size_t best = SIZE_MAX;
      for (size_t o = 0; o < mentions.size(); ++o) {
        if (o == k || !days[o] || mentions[o].spec.same_day) continue;
        size_t d = o < k ? mentions[k].begin - mentions[o].end
                         : mentions[o].begin - mentions[k].end;
        if (d < best) {
          best = d;
          nearest = days[o];
        }
      }
      resolve(k, nearest);
    }
  }
  return out;
}

}  // namespace dyad
