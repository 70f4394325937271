// Chunks view their words: the sentence's tokens, literals, and the
// compound prepositions Chunks keeps, which must survive the deque's growth
// and a move of the whole.
#include "src/syntax/chunker.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace dyad::syntax {
namespace {

struct Tagged {
  Sentence sentence;
  std::vector<TaggedToken> tags;

  void Add(std::string folded, Tag tag) {
    Token token;
    token.folded = std::move(folded);
    sentence.tokens.push_back(std::move(token));
    TaggedToken tagged;
    tagged.tag = tag;
    tags.push_back(tagged);
  }
};

TEST(ChunkerTest, TwoTokenPrepositionsAreOneChunkWithTheirWord) {
  Tagged t;
  t.Add("according", Tag::kPrep);
  t.Add("to", Tag::kTo);
  t.Add("the", Tag::kDet);
  t.Add("un", Tag::kProper);
  t.Add("because", Tag::kSub);
  t.Add("of", Tag::kPrep);
  t.Add("talks", Tag::kNoun);
  const Chunks chunks = ChunkSentence(t.sentence, t.tags);
  ASSERT_EQ(chunks.chunks.size(), 4u);
  EXPECT_EQ(chunks.chunks[0].kind, ChunkKind::kPrep);
  EXPECT_EQ(chunks.chunks[0].word, "according to");
  EXPECT_EQ(chunks.chunks[0].end, 2u);
  EXPECT_EQ(chunks.chunks[1].kind, ChunkKind::kNoun);
  EXPECT_EQ(chunks.chunks[2].word, "because of");
  EXPECT_EQ(chunks.chunks[3].head, 6u);
  EXPECT_EQ(chunks.compounds.size(), 1u);  // "because of" is a literal
}

// Many compounds, short (kept inside the string) and long (on the heap),
// enough for the deque to grow several times, then the chunks moved.
TEST(ChunkerTest, CompoundWordsOutliveGrowthAndMoves) {
  Tagged t;
  std::vector<std::string> expected;
  for (int i = 0; i < 200; ++i) {
    const std::string prep =
        (i % 2 == 0 ? "out" : "notwithstandingly") + std::to_string(i);
    t.Add(prep, Tag::kPrep);
    t.Add("of", Tag::kPrep);
    t.Add("x", Tag::kNoun);
    expected.push_back(prep + " of");
  }
  Chunks chunks = ChunkSentence(t.sentence, t.tags);
  const Chunks moved = std::move(chunks);
  std::vector<std::string> words;
  for (const Chunk& c : moved.chunks) {
    if (c.kind == ChunkKind::kPrep) words.emplace_back(c.word);
  }
  EXPECT_EQ(words, expected);
}

}  // namespace
}  // namespace dyad::syntax
