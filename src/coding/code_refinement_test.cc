// The rules that refine a matched clause's CAMEO code, each on its own
// inputs: hand-made sentences and clauses, and dyad's own CAMEO table.
#include "src/coding/code_refinement.h"

#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace dyad::coding {
namespace {

// A sentence made of the words of `words`, separated by single spaces; a
// word written "floods/flood" is the token "floods" with noun lemma
// "flood". `text` is the document's text the spans index.
struct TestSentence {
  std::string text;
  Sentence sentence;
  SentenceWords words;
};

TestSentence Make(const std::string& words) {
  TestSentence s;
  std::istringstream in(words);
  std::string word;
  while (in >> word) {
    std::string lemma;
    if (size_t slash = word.find('/'); slash != std::string::npos) {
      lemma = word.substr(slash + 1);
      word.resize(slash);
    }
    if (!s.text.empty()) s.text += ' ';
    Token t;
    t.span = {static_cast<uint32_t>(s.text.size()),
              static_cast<uint32_t>(s.text.size() + word.size())};
    t.clean_begin = t.span.begin;
    t.clean_end = t.span.end;
    s.text += word;
    for (char c : word) {
      t.folded +=
          static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    s.sentence.tokens.push_back(std::move(t));
    s.words.verb_lemma.emplace_back();
    s.words.noun_lemma.push_back(lemma);
  }
  s.sentence.span = {0, static_cast<uint32_t>(s.text.size())};
  return s;
}

// Tokens [begin, end) as a constituent.
Constituent Phrase(uint32_t begin, uint32_t end) {
  Constituent c;
  c.token_begin = begin;
  c.token_end = end;
  c.head = end - 1;
  return c;
}

// The code a rule returned, or "-" for none.
std::string CodeOf(const CameoCode* code) {
  return code == nullptr ? "-" : code->code;
}
std::string CodeOf(const char* code) { return code == nullptr ? "-" : code; }

class CodeRefinementTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto table = CameoTable::Load(std::string(DYAD_SOURCE_DIR) + "/data");
    ASSERT_TRUE(table.ok()) << table.error().message;
    cameo_ = table->release();
  }
  static void TearDownTestSuite() {
    delete cameo_;
    cameo_ = nullptr;
  }

  // `code` from the table; fails the test when it is missing.
  static const CameoCode& Code(const std::string& code) {
    const CameoCode* found = cameo_->Find(code);
    EXPECT_NE(found, nullptr) << code;
    static const CameoCode kNone;
    return found == nullptr ? kNone : *found;
  }

  static CameoTable* cameo_;
};
CameoTable* CodeRefinementTest::cameo_ = nullptr;

struct CodeCase {
  const char* deed;
  const char* expected;  // "-": none
};

TEST(IntentCodeTest, IntentOfADeed) {
  const CodeCase kCases[] = {
      {"040", "036"},
      {"041", "036"},
      {"046", "036"},
      {"060", "031"},
      {"061", "0311"},
      {"070", "033"},
      {"074", "0334"},
      {"080", "035"},
      {"0811", "0351"},
      {"086", "0355"},
      {"0863", "0355"},
      {"0874", "0356"},
      // No intent of its own in CAMEO: none.
      {"010", "-"},
      {"036", "-"},
      {"083", "-"},
      {"190", "-"},
      {"1823", "-"},
      {"04", "-"},
      {"", "-"},
  };
  for (const CodeCase& c : kCases) {
    EXPECT_EQ(CodeOf(IntentCode(c.deed)), c.expected) << c.deed;
  }
}

TEST(ThreatCodeTest, ThreatOfADeed) {
  const CodeCase kCases[] = {
      {"161", "1313"},
      {"1622", "1311"},
      {"164", "134"},
      {"1663", "136"},
      {"172", "132"},
      {"1722", "1322"},
      {"175", "137"},
      {"191", "1381"},
      {"192", "1382"},
      {"195", "1384"},
      {"2041", "1385"},
      // Any violence (18x) is a threat of it; any protest (14x) a threat to
      // protest.
      {"180", "1383"},
      {"1823", "1383"},
      {"141", "133"},
      {"1411", "133"},
      // Already a threat: none.
      {"130", "-"},
      {"1382", "-"},
      // No threat of its own in CAMEO: a threat not specified.
      {"010", "130"},
      {"020", "130"},
      {"173", "130"},
      {"200", "130"},
      {"", "130"},
  };
  for (const CodeCase& c : kCases) {
    EXPECT_EQ(CodeOf(ThreatCode(c.deed)), c.expected) << c.deed;
  }
}

TEST(IntentWordsTest, ModalsAndReadyTo) {
  EXPECT_TRUE(IsIntentModal("pledged to"));
  EXPECT_TRUE(IsIntentModal("be willing to"));
  EXPECT_FALSE(IsIntentModal("will"));
  EXPECT_FALSE(IsIntentModal(""));

  TestSentence ready = Make("France is ready to send troops");
  EXPECT_TRUE(IsReadyTo(ready.sentence, 4));
  EXPECT_FALSE(IsReadyTo(ready.sentence, 5));
  EXPECT_FALSE(IsReadyTo(ready.sentence, 1));
  TestSentence wants = Make("France wants to send troops");
  EXPECT_FALSE(IsReadyTo(wants.sentence, 3));
}

TEST(IntentWordsTest, WishModals) {
  EXPECT_TRUE(IsWishModal("aiming to"));
  EXPECT_TRUE(IsWishModal("hopes to"));
  EXPECT_TRUE(IsWishModal("hoping to"));
  EXPECT_TRUE(IsWishModal("wanted to"));
  EXPECT_TRUE(IsWishModal("sought to"));
  EXPECT_FALSE(IsWishModal("threatened to"));
  EXPECT_FALSE(IsWishModal("plans to"));
  EXPECT_FALSE(IsWishModal(""));
}

struct SentenceCase {
  const char* words;
  const char* code;
  const char* expected;  // "-": none
};

TEST_F(CodeRefinementTest, ProtestPurpose) {
  const SentenceCase kCases[] = {
      {"Protesters demanded the president's resignation", "141", "1411"},
      {"Workers went on strike against the pension reform", "143", "1432"},
      {"Students marched for equality", "141", "1413"},
      {"They marched to demand an end to military rule", "141", "1414"},
      // The first cue decides.
      {"They marched for democracy and his resignation", "141", "1414"},
      // A policy word is written in lower case: "Bill" is a name.
      {"Bill marched", "141", "-"},
      {"They marched", "141", "-"},
      // Not a root-14 code with subcodes.
      {"They protested against his resignation", "140", "-"},
      {"They protested against his resignation", "1411", "-"},
      {"They demanded his resignation", "100", "-"},
  };
  for (const SentenceCase& c : kCases) {
    TestSentence s = Make(c.words);
    EXPECT_EQ(CodeOf(ProtestPurpose(s.text, s.sentence, s.words, *cameo_,
                                    Code(c.code))),
              c.expected)
        << c.words << " " << c.code;
  }
}

TEST_F(CodeRefinementTest, Humanitarian) {
  const SentenceCase kCases[] = {
      {"Turkey sent aid to Pakistan after the floods/flood", "070", "073"},
      {"The UN appealed for help to reach survivors/survivor", "023", "0233"},
      {"Japan promised aid after the earthquake", "033", "0333"},
      {"Turkey sent aid to Somalia", "070", "-"},
      // Money for relief is humanitarian; a loan stays economic.
      {"The US pledged $35 million after the tsunami", "0331", "0333"},
      {"Japan offered a loan after the earthquake", "071", "-"},
      {"Japan pledged $35 million to Kenya", "0331", "-"},
  };
  for (const SentenceCase& c : kCases) {
    TestSentence s = Make(c.words);
    EXPECT_EQ(CodeOf(Humanitarian(s.sentence, s.words, *cameo_, Code(c.code))),
              c.expected)
        << c.words << " " << c.code;
  }
}

TEST_F(CodeRefinementTest, CriminalInquiry) {
  struct Case {
    const char* code;
    const char* source;
    const char* country;
    const char* expected;
  };
  const Case kCases[] = {
      {"090", "UKRSPY", "UKR", "091"},
      {"090", "ITAJUD", "ITA", "091"},
      {"090", "BRACOP", "BRA", "091"},
      // A government's or a parliament's inquiry is not specified.
      {"090", "GBRLEG", "GBR", "-"},
      {"090", "NLDGOV", "NLD", "-"},
      {"090", "IGOUNO", "", "-"},
      // Only an investigation not specified.
      {"093", "UKRSPY", "UKR", "-"},
      {"173", "UKRCOP", "UKR", "-"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(CodeOf(CriminalInquiry(*cameo_, c.code, c.source, c.country)),
              c.expected)
        << c.code << " " << c.source;
  }
}

TEST(KillsHundredsTest, CountsTheObjects) {
  struct Case {
    const char* words;
    uint32_t object_begin, object_end;
    bool expected;
  };
  const Case kCases[] = {
      {"Fighters killed more than 150 villagers", 2, 6, true},
      {"Fighters killed 1,200 villagers", 2, 4, true},
      {"Fighters killed 12 villagers", 2, 4, false},
      {"Fighters killed hundreds of villagers", 2, 5, false},
      // Only the objects count.
      {"150 fighters killed 12 villagers", 3, 5, false},
  };
  for (const Case& c : kCases) {
    TestSentence s = Make(c.words);
    Clause clause;
    clause.objects.push_back(Phrase(c.object_begin, c.object_end));
    EXPECT_EQ(KillsHundreds(s.sentence, clause), c.expected) << c.words;
  }
}

TEST_F(CodeRefinementTest, MeansNamed) {
  struct Case {
    const char* words;
    uint32_t subject_end;  // the subject is tokens [0, subject_end)
    const char* prep;      // the one prepositional phrase, to the end
    uint32_t prep_begin;   // its object's first token
    const char* code;
    const char* expected;  // "-": none
  };
  const Case kCases[] = {
      {"Taliban suicide bombers attacked a base", 3, "", 0, "190", "1831"},
      {"Soldiers were killed by a car bomb", 0, "by", 4, "1823", "1832"},
      {"Soldiers were killed by a roadside bomb", 0, "by", 4, "1823", "1833"},
      {"Soldiers were killed in an IED blast", 0, "in", 4, "180", "1833"},
      {"Russian warplanes attacked Georgian troops", 2, "", 0, "190", "195"},
      {"A missile strike hit the town", 3, "", 0, "190", "195"},
      {"Troops attacked the town with artillery", 1, "with", 5, "190", "194"},
      // Aircraft and artillery do not make a killing a use of force.
      {"Militants killed soldiers with a drone", 1, "with", 4, "1823", "-"},
      // The target is not the means.
      {"Militants launched an attack on US jets", 1, "on", 5, "190", "-"},
      // No means named, or no such act.
      {"Militants attacked the town", 1, "", 0, "190", "-"},
      {"Suicide bombers were arrested", 2, "", 0, "173", "-"},
  };
  for (const Case& c : kCases) {
    TestSentence s = Make(c.words);
    Clause clause;
    if (c.subject_end > 0) clause.subjects.push_back(Phrase(0, c.subject_end));
    if (*c.prep != '\0') {
      PrepPhrase pp;
      pp.prep = c.prep;
      pp.object =
          Phrase(c.prep_begin, static_cast<uint32_t>(s.sentence.tokens.size()));
      clause.preps.push_back(std::move(pp));
    }
    EXPECT_EQ(CodeOf(MeansNamed(s.sentence, clause, *cameo_, Code(c.code))),
              c.expected)
        << c.words << " " << c.code;
  }
}

}  // namespace
}  // namespace dyad::coding
