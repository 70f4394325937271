// The closed word lists: one table of class bits answers every question.
#include "src/syntax/word_classes.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dyad::syntax {
namespace {

struct ClassCase {
  std::string_view word;
  bool takes_clause, speech, takes_infinitive, object_controls, event_noun;
};

TEST(WordClasses, EachListAnswersForItsOwnWords) {
  const ClassCase cases[] = {
      // word        clause speech infin. control event
      {"say", true, true, false, false, false},
      {"told", false, true, false, false, false},
      {"believe", true, false, false, false, false},
      {"tell", true, true, true, true, false},
      {"refuse", false, false, true, false, false},
      {"press", false, false, false, true, false},
      {"attack", false, false, false, false, true},
      {"call", false, false, true, true, true},
      {"strike", false, false, false, false, true},
      {"promise", true, false, true, false, true},
      {"", false, false, false, false, false},
      {"syria", false, false, false, false, false},
      {"says", false, false, false, false, false},
  };
  for (const ClassCase& c : cases) {
    EXPECT_EQ(TakesClause(c.word), c.takes_clause) << c.word;
    EXPECT_EQ(IsSpeechVerb(c.word), c.speech) << c.word;
    EXPECT_EQ(TakesInfinitive(c.word), c.takes_infinitive) << c.word;
    EXPECT_EQ(ObjectControls(c.word), c.object_controls) << c.word;
    EXPECT_EQ(IsEventNoun(c.word), c.event_noun) << c.word;
  }
}

TEST(WordClasses, ModalityWords) {
  const struct {
    std::string_view word;
    bool modal;
    Modality modality;
  } cases[] = {
      {"plan", true, Modality::kFuture},
      {"promise", true, Modality::kFuture},
      {"likely", true, Modality::kHypothetical},
      {"threaten", true, Modality::kHypothetical},
      {"say", false, Modality::kAsserted},
      {"plans", false, Modality::kAsserted},
  };
  for (const auto& c : cases) {
    Modality modality = Modality::kAsserted;
    EXPECT_EQ(IsModalityWord(c.word, &modality), c.modal) << c.word;
    EXPECT_EQ(modality, c.modality) << c.word;
  }
}

}  // namespace
}  // namespace dyad::syntax
