// Chunks view their words: the sentence's tokens, literals, and the
// compound prepositions Chunks keeps, which must survive the list's growth
// and a move of the whole. Chunks are made in place, and an infinitive's
// verb group takes the place of its "to".
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

  void Add(std::string folded, Tag tag, VerbForm form = VerbForm::kNone) {
    Token token;
    token.folded = std::move(folded);
    sentence.tokens.push_back(std::move(token));
    TaggedToken tagged;
    tagged.tag = tag;
    tagged.form = form;
    tags.push_back(tagged);
  }
};

TEST(ChunkerTest, InfinitiveTakesThePlaceOfItsTo) {
  Tagged t;
  t.Add("russia", Tag::kProper);
  t.Add("plans", Tag::kVerb, VerbForm::kPresent3);
  t.Add("to", Tag::kTo);
  t.Add("visit", Tag::kVerb, VerbForm::kBase);
  t.Add("to", Tag::kTo);
  t.Add("syria", Tag::kProper);
  t.Add("to", Tag::kTo);
  t.Add("talk", Tag::kVerb, VerbForm::kBase);
  const Chunks chunks = ChunkSentence(t.sentence, t.tags);
  const std::vector<Chunk>& c = chunks.chunks;
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[1].kind, ChunkKind::kVerb);
  EXPECT_FALSE(c[1].infinitive);
  EXPECT_TRUE(c[1].finite);
  EXPECT_EQ(c[2].kind, ChunkKind::kVerb);
  EXPECT_TRUE(c[2].infinitive);
  EXPECT_FALSE(c[2].finite);
  EXPECT_EQ(c[2].begin, 3u);
  EXPECT_EQ(c[2].head, 3u);
  EXPECT_EQ(c[3].kind, ChunkKind::kPrep);  // "to Syria"
  EXPECT_EQ(c[3].word, "to");
  EXPECT_EQ(c[4].kind, ChunkKind::kNoun);
  EXPECT_EQ(c[5].kind, ChunkKind::kVerb);  // the last chunk, moved back
  EXPECT_TRUE(c[5].infinitive);
  EXPECT_EQ(c[5].begin, 7u);
  EXPECT_EQ(c[5].end, 8u);
}

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

// "more than 130 people" is one noun group; "more" with no number after
// it, or "handed over two suspects", is no quantity's modifier.
TEST(ChunkerTest, QuantityModifierOnlyBeforeANumber) {
  const struct {
    std::vector<std::pair<std::string, Tag>> words;
    size_t chunks;
    uint32_t first_end;  // the first chunk's end
  } cases[] = {
      {{{"more", Tag::kAdj},
        {"than", Tag::kPrep},
        {"130", Tag::kNumber},
        {"people", Tag::kNoun}},
       1,
       4},
      {{{"nearly", Tag::kAdv}, {"200", Tag::kNumber}, {"troops", Tag::kNoun}},
       1,
       3},
      {{{"more", Tag::kAdj}, {"than", Tag::kPrep}, {"ever", Tag::kAdv}}, 3, 1},
      {{{"nearly", Tag::kAdv}, {"all", Tag::kDet}, {"troops", Tag::kNoun}},
       2,
       1},
      {{{"handed", Tag::kVerb},
        {"over", Tag::kPrep},
        {"two", Tag::kNumber},
        {"suspects", Tag::kNoun}},
       3,
       1},
  };
  for (const auto& c : cases) {
    Tagged t;
    for (const auto& [word, tag] : c.words) t.Add(word, tag);
    const Chunks chunks = ChunkSentence(t.sentence, t.tags);
    ASSERT_EQ(chunks.chunks.size(), c.chunks) << c.words[0].first;
    EXPECT_EQ(chunks.chunks[0].end, c.first_end) << c.words[0].first;
  }
}

// Many compounds, short (kept inside the string) and long (on the heap),
// enough for the list to grow many times, then the chunks moved.
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
