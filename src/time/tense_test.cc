#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"
#include "dyad/time.h"

namespace dyad {
namespace {

// Each row: a sentence, a word in it, and the tense of that word's clause.
struct Row {
  const char* sentence;
  const char* word;
  Tense tense;
};

TEST(TimeTenseTest, TimeClauseTense) {
  const Row rows[] = {
      {"Trump will meet Putin on Monday.", "Monday", Tense::kFuture},
      {"Trump'll meet Putin on Monday.", "Monday", Tense::kFuture},
      {"Trump won't meet Putin on Monday.", "Monday", Tense::kFuture},
      {"Trump shall meet Putin on Monday.", "Monday", Tense::kFuture},
      {"Trump is going to meet Putin on Monday.", "Monday", Tense::kFuture},
      {"Trump is to meet Putin on Monday.", "Monday", Tense::kFuture},
      {"The leaders are scheduled to meet on Monday.", "Monday",
       Tense::kFuture},
      {"Trump plans to meet Putin on Monday.", "Monday", Tense::kFuture},
      {"They meet tomorrow.", "tomorrow", Tense::kFuture},
      {"Trump met Putin on Monday.", "Monday", Tense::kPast},
      {"Trump visited Moscow on Monday.", "Monday", Tense::kPast},
      {"Trump has visited Moscow since March.", "March", Tense::kPast},
      {"Trump was in Moscow on Monday.", "Monday", Tense::kPast},
      {"The senator died on Saturday.", "Saturday", Tense::kPast},
      {"Analysts cut their forecasts on Thursday.", "Thursday", Tense::kPast},
      {"The summit opens on Friday.", "Friday", Tense::kPresent},
      {"The talks are on Friday.", "Friday", Tense::kPresent},
      {"A funeral will be held on Saturday.", "Saturday", Tense::kFuture},
      {"The UK was originally due to leave on Friday.", "Friday", Tense::kPast},
      {"On Friday, the minister said the plan had failed.", "Friday",
       Tense::kPast},
      {"The talks, which began on Monday, will end on Friday.", "Monday",
       Tense::kPast},
      {"The talks, which began on Monday, will end on Friday.", "Friday",
       Tense::kFuture},
      {"He said he would travel on Friday.", "Friday", Tense::kFuture},
      {"Trump said on Sunday he would not back down.", "Sunday", Tense::kPast},
      {"Organisers planned more marches for the weekend.", "weekend",
       Tense::kFuture},
      {"The alleged plot was uncovered in May.", "May", Tense::kPast},
      {"The united front holds in May.", "May", Tense::kPresent},
      {"Mr Trump, who takes office on January 20, spoke.", "January",
       Tense::kPresent},
      // One row for each of the cues' word lists.
      {"Troops have already attacked the town on Monday.", "Monday",
       Tense::kPast},
      {"We've met them on Monday.", "Monday", Tense::kPast},
      {"The deal was agreed on Monday.", "Monday", Tense::kPast},
      {"The hundred days end on Friday.", "Friday", Tense::kPresent},
      {"They want to cut taxes on Friday.", "Friday", Tense::kPresent},
      {"The trip is to the coast on Friday.", "Friday", Tense::kPresent},
      {"Aid was set for the region on Monday.", "Monday", Tense::kPast},
      {"Ministers say the vote is on Friday.", "Friday", Tense::kPresent},
      {"It happened ten years ago, in March.", "March", Tense::kPast},
      {"Talks between them, which resume in March.", "March", Tense::kPresent},
  };
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  for (const Row& r : rows) {
    Document doc;
    doc.text = r.sentence;
    auto segmented = (*segmenter)->Segment(doc);
    ASSERT_TRUE(segmented.ok());
    ASSERT_EQ(segmented->sentences.size(), 1u) << r.sentence;
    const Sentence& s = segmented->sentences[0];
    size_t at = s.tokens.size();
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (segmented->CleanOf(s.tokens[i]) == r.word) at = i;
    }
    ASSERT_LT(at, s.tokens.size()) << r.word;
    EXPECT_EQ(TenseName(ClauseTense(*segmented, s, at, at + 1)),
              std::string(TenseName(r.tense)))
        << r.sentence << " [" << r.word << "]";
  }
}

}  // namespace
}  // namespace dyad
