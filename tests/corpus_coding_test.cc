// The BBC corpus coded end to end in fast mode: every article goes through,
// every event is well formed, and the stories that only use conflict words
// (sport, entertainment) code next to nothing while politics codes.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "dyad/pipeline.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

struct SectionCounts {
  int documents = 0;
  int discarded = 0;
  int with_events = 0;
};

TEST(BbcCorpusCoding, EveryArticleCodesAndOtherStoriesAreDiscarded) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: BBC corpus not tested";
  std::ifstream in(*shared + "/corpus/bbc-news.jsonl");
  if (!in) GTEST_SKIP() << "the BBC corpus is absent";
  PipelineOptions options;
  options.mode = CodingMode::kFast;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.error().message;
  std::map<std::string, SectionCounts> sections;
  std::string line;
  int events = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    Document doc;
    doc.id = j["id"];
    doc.text = j["text"];
    auto coded = (*pipeline)->Code(doc);
    ASSERT_TRUE(coded.ok()) << doc.id << ": " << coded.error().message;
    SectionCounts& s = sections[j["section"]];
    ++s.documents;
    if (!coded->discarded.empty()) ++s.discarded;
    if (!coded->events.empty()) ++s.with_events;
    for (const Event& e : coded->events) {
      ++events;
      ASSERT_FALSE(e.source.code.empty()) << doc.id;
      ASSERT_FALSE(e.mentions.empty()) << doc.id;
      ASSERT_EQ(e.root, e.cameo.substr(0, 2)) << doc.id;
      ASSERT_LE(e.source.span.end, doc.text.size()) << doc.id;
      ASSERT_EQ(doc.text.substr(e.source.span.begin, e.source.span.size()),
                e.source.text)
          << doc.id;
      // No publication date: nothing relative can be dated.
      EXPECT_NE(e.date_basis, "published") << doc.id;
    }
  }
  ASSERT_EQ(sections.size(), 5u);
  for (const char* other : {"sport", "entertainment"}) {
    const SectionCounts& s = sections[other];
    EXPECT_GE(s.discarded * 10, s.documents * 8) << other;    // >= 80%
    EXPECT_LE(s.with_events * 10, s.documents * 1) << other;  // <= 10%
  }
  const SectionCounts& politics = sections["politics"];
  EXPECT_LE(politics.discarded * 100, politics.documents * 3);  // <= 3%
  EXPECT_GE(politics.with_events * 2, politics.documents);      // >= 50%
  EXPECT_GT(events, 500);
}

}  // namespace
}  // namespace dyad
