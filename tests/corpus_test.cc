// Every article of the BBC corpus goes through segmentation.
#include <gtest/gtest.h>

#include <fstream>

#include "dyad/reader.h"
#include "dyad/text.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

class CountingHandler : public DocumentHandler {
 public:
  explicit CountingHandler(const Segmenter& segmenter)
      : segmenter_(segmenter) {}

  void OnDocument(Document document, const Origin& origin) override {
    ++documents;
    auto result = segmenter_.Segment(document);
    if (!result.ok()) {
      ADD_FAILURE() << origin.ToString() << ": " << result.error().message;
      return;
    }
    for (const Sentence& s : result->sentences) {
      ++sentences;
      ASSERT_LE(s.span.end, document.text.size());
      ASSERT_LT(s.span.begin, s.span.end);
      if (s.role == TextRole::kHeadline) ++headlines;
    }
  }
  void OnRejection(Rejection rejection) override {
    ADD_FAILURE() << rejection.Message();
  }

  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t headlines = 0;

 private:
  const Segmenter& segmenter_;
};

TEST(BbcCorpus, EveryArticleSegmentsWithoutError) {
  auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is absent: BBC corpus not tested";
  std::string path = *shared + "/corpus/bbc-news.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " is absent";
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  CountingHandler handler(**segmenter);
  ASSERT_TRUE(
      ReadDocuments(path, in, InputFormat::kJsonl, ReadOptions{}, handler)
          .ok());
  EXPECT_EQ(handler.documents, 1891);
  // About 20 sentences an article; a collapse or an explosion of the count
  // means the splitter broke.
  EXPECT_GT(handler.sentences, 1891 * 12);
  EXPECT_LT(handler.sentences, 1891 * 40);
}

}  // namespace
}  // namespace dyad
