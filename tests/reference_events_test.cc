// The reference article coded end to end with dyad's own dictionaries: the
// events the product exists to find, in both modes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "dyad/pipeline.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

struct Expected {
  const char* what;
  const char* source;  // a code, or a prefix ending in '*'
  const char* target;  // likewise; "" for none, "*" for any
  const char* cameo;   // a code, or a prefix ending in '*'
  const char* date;    // "" for any
};

bool Fits(const std::string& pattern, const std::string& value) {
  if (pattern == "*") return true;
  if (!pattern.empty() && pattern.back() == '*') {
    return value.starts_with(pattern.substr(0, pattern.size() - 1));
  }
  return pattern == value;
}

// The events the issue lists for the reference article.
const Expected kExpected[] = {
    {"the planned Trump-Putin call", "USAGOV", "RUSGOV", "041", "2017-05-02"},
    {"the Russian veto at the UN", "RUS*", "*", "129", ""},
    {"the US strikes on Syria last month", "USA*", "SYR", "195", "2017-04"},
    {"Medvedev calling the strikes illegal", "RUS*", "USA*", "111", ""},
    {"Russia denying Syrian responsibility", "RUS*", "*", "016", ""},
    {"the gas attack on civilians blamed on Assad's government", "SYRGOV",
     "SYRCVL", "20*", ""},
    {"the January 28 call", "*", "*", "04*", "2017-01-28"},
    {"Putin's congratulations", "RUSGOV", "USAGOV", "051", "2017-01-28"},
    {"the FBI investigation", "USACOP", "*", "09*", ""},
};

class ReferenceEventsTest : public ::testing::TestWithParam<CodingMode> {
 protected:
  void SetUp() override {
    auto text = testing::ReferenceArticle();
    if (!text) GTEST_SKIP() << "../shared is absent: no reference article";
    PipelineOptions options;
    options.mode = GetParam();
    auto pipeline = Pipeline::Create(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.error().message;
    Document doc;
    doc.id = "000_e734f56ed95d1ba3";
    doc.text = *text;
    doc.published = Date{2017, 5, 2};
    auto coded = (*pipeline)->Code(doc);
    ASSERT_TRUE(coded.ok()) << coded.error().message;
    events_ = coded->events;
  }

  std::string Listing() const {
    std::string out;
    for (const Event& e : events_) {
      out += e.source.code + ">" + (e.target ? e.target->code : "-") + " " +
             e.cameo + " " + e.date + " (" + e.mentions[0].pattern + ")\n";
    }
    return out;
  }

  std::vector<Event> events_;
};

TEST_P(ReferenceEventsTest, FindsEveryEventOfTheIssue) {
  for (const Expected& x : kExpected) {
    bool found = false;
    for (const Event& e : events_) {
      if (Fits(x.source, e.source.code) &&
          Fits(x.target, e.target ? e.target->code : "") &&
          Fits(x.cameo, e.cameo) && (*x.date == 0 || e.date == x.date)) {
        found = true;
      }
    }
    EXPECT_TRUE(found) << x.what << "\ndyad gave:\n" << Listing();
  }
}

TEST_P(ReferenceEventsTest, TheCallAnnouncedTwiceIsOneFutureEvent) {
  int calls = 0;
  for (const Event& e : events_) {
    if (e.cameo == "041" && e.date == "2017-05-02" &&
        e.source.code == "USAGOV") {
      ++calls;
      EXPECT_EQ(e.modality, "future");
      EXPECT_GE(e.mentions.size(), 2u) << "headline and body";
      // "will speak ... today" (sentence 2) and "are scheduled to speak"
      // (sentence 6) report the same call.
      for (uint32_t sentence : {0u, 2u, 6u}) {
        EXPECT_TRUE(std::any_of(e.mentions.begin(), e.mentions.end(),
                                [&](const EventMention& m) {
                                  return m.sentence_index == sentence;
                                }))
            << "no mention in sentence " << sentence << "\n"
            << Listing();
      }
    }
  }
  EXPECT_EQ(calls, 1) << Listing();
}

INSTANTIATE_TEST_SUITE_P(Modes, ReferenceEventsTest,
                         ::testing::Values(CodingMode::kFast,
                                           CodingMode::kAccurate),
                         [](const auto& info) {
                           return info.param == CodingMode::kFast ? "Fast"
                                                                  : "Accurate";
                         });

}  // namespace
}  // namespace dyad
