#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "dyad/lexicon.h"
#include "dyad/verbs.h"
#include "src/core/word_set.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

class VerbDictionaryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto table = CameoTable::Load("");
    ASSERT_TRUE(table.ok()) << table.error().message;
    cameo_ = table->release();
  }
  static const CameoTable* cameo_;
};
const CameoTable* VerbDictionaryTest::cameo_ = nullptr;

std::string Items(const VerbPattern& p) {
  std::string out;
  for (const std::string& w : p.before) out += w + " ";
  out += "[" + p.head + "]";
  for (const PatternItem& i : p.after) {
    out += " ";
    out += i.kind == PatternItem::Kind::kWord     ? i.word
           : i.kind == PatternItem::Kind::kTarget ? "+"
                                                  : "*";
  }
  return out;
}

TEST_F(VerbDictionaryTest, ParsesPatterns) {
  struct Case {
    const char* line;
    std::vector<std::string> items;  // each alternative, normalised
    std::string code;
    bool reciprocal, speech;
  } cases[] = {
      {"veto + = 129", {"[veto] +"}, "129", false, false},
      {"speak by telephone with + | phone [call] with + = 041",
       {"[speak] by telephone with +", "phone [call] with +"},
       "041",
       false,
       false},
      {"meet with + = 040 reciprocal", {"[meet] with +"}, "040", true, false},
      {"say | tell + = 010 speech", {"[say]", "[tell] +"}, "010", false, true},
      {"deny + * responsible = 016",
       {"[deny] + * responsible"},
       "016",
       false,
       false},
      {"block + with a veto = 129  # comment",
       {"[block] + with veto"},
       "129",
       false,
       false},
      {"Air [Strike] on + = 195", {"air [strike] on +"}, "195", false, false},
      {"air-strike on + = 195", {"air [strike] on +"}, "195", false, false},
      {"agree to a cease-fire = 0871",
       {"[agree] to cease fire"},
       "0871",
       false,
       false},
  };
  for (const Case& c : cases) {
    auto parsed = VerbDictionary::ParseFile("t.txt", c.line, *cameo_);
    ASSERT_TRUE(parsed.ok()) << c.line << ": " << parsed.error().message;
    ASSERT_EQ(parsed->size(), c.items.size()) << c.line;
    for (size_t i = 0; i < c.items.size(); ++i) {
      const VerbPattern& p = (*parsed)[i];
      EXPECT_EQ(Items(p), c.items[i]) << c.line;
      EXPECT_EQ(p.code, c.code) << c.line;
      EXPECT_EQ(p.reciprocal, c.reciprocal) << c.line;
      EXPECT_EQ(p.speech, c.speech) << c.line;
      EXPECT_EQ(p.origin, "t.txt:1");
    }
  }
}

TEST_F(VerbDictionaryTest, HeadKindsAndSpecificity) {
  auto parsed = VerbDictionary::ParseFile(
      "t.txt", "v:strike + | n:strike on + | air [strike] on + = 190", *cameo_);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ((*parsed)[0].head_kind, VerbPattern::HeadKind::kVerb);
  EXPECT_EQ((*parsed)[1].head_kind, VerbPattern::HeadKind::kNoun);
  EXPECT_EQ((*parsed)[2].head_kind, VerbPattern::HeadKind::kAny);
  EXPECT_EQ((*parsed)[0].specificity, 4);  // strike +
  EXPECT_EQ((*parsed)[2].specificity, 8);  // air [strike] on +
  EXPECT_TRUE((*parsed)[0].HasTarget());
}

TEST_F(VerbDictionaryTest, WidensMarkedHeadsWithWordNetSynonyms) {
  testing::TempDir dir;
  std::filesystem::create_directory(dir.File("verbs"));
  ASSERT_TRUE(testing::WriteFile(dir.File("verbs/t.txt"),
                                 "condemn~ + = 111\nveto + = 129\n"));
  auto dict = VerbDictionary::Load(dir.path(), *cameo_);
  ASSERT_TRUE(dict.ok()) << dict.error().message;
  ASSERT_FALSE((*dict)->ForHead("decry").empty());
  const VerbPattern& decry = *(*dict)->ForHead("decry").front();
  EXPECT_EQ(decry.code, "111");
  EXPECT_EQ(decry.widened_from, "condemn");
  EXPECT_EQ(decry.text, "condemn~ + (WordNet: decry)");
  EXPECT_TRUE((*dict)->ForHead("condemn").front()->widen);
  // Unmarked heads are not widened ("veto" would bring "blackball").
  EXPECT_TRUE((*dict)->ForHead("blackball").empty());
}

// Lookups by head, by first cue word, and the heads that are read as
// nouns only, from one loaded dictionary; words it lacks find nothing.
TEST_F(VerbDictionaryTest, LooksUpHeadsAndCues) {
  testing::TempDir dir;
  std::filesystem::create_directory(dir.File("verbs"));
  ASSERT_TRUE(testing::WriteFile(
      dir.File("verbs/t.txt"),
      "v:strike + | air [strike] on + = 195\n"
      "n:talks with + = 040\nv:meet + | meet with + = 040\n"
      "v:attack + = 190\nv:boost | joint [exercise] = 030\n"));
  ASSERT_TRUE(testing::WriteFile(dir.File("verbs/discards.txt"),
                                 "box office | goal | box = sport\n"));
  auto dict = VerbDictionary::Load(dir.path(), *cameo_);
  ASSERT_TRUE(dict.ok()) << dict.error().message;
  const VerbDictionary& d = **dict;
  EXPECT_EQ(d.ForHead("strike").size(), 2u);
  EXPECT_EQ(d.ForHead("meet").size(), 2u);
  EXPECT_TRUE(d.ForHead("strikes").empty());
  EXPECT_TRUE(d.WordIndexForHead("talk").words.empty());
  EXPECT_EQ(d.WordIndexForHead("talks").words.size(), 1u);
  for (std::string_view head : {"strike", "talks", "meet", "exercise"}) {
    EXPECT_TRUE(d.IsHead(head)) << head;
  }
  EXPECT_FALSE(d.IsHead("talk"));
  // Written as a noun, or with a word before the head and not as a verb.
  for (std::string_view head : {"strike", "talks", "exercise"}) {
    EXPECT_TRUE(d.HasNounPattern(head)) << head;
  }
  for (std::string_view head : {"meet", "attack", "boost", "no-such"}) {
    EXPECT_FALSE(d.HasNounPattern(head)) << head;
  }
  EXPECT_EQ(d.CuesStartingWith("box").size(), 2u);
  EXPECT_EQ(d.CuesStartingWith("goal").size(), 1u);
  EXPECT_TRUE(d.CuesStartingWith("office").empty());
}

TEST_F(VerbDictionaryTest, RejectsMalformedLinesNamingTheLine) {
  struct Case {
    const char* content;
    const char* message;
  } cases[] = {
      {"veto +", "t.txt:1: expected `patterns = CODE [flags]`"},
      {"\n\nveto + = 999", "t.txt:3: unknown CAMEO code 999"},
      {"veto + =", "t.txt:1: no CAMEO code after ="},
      {"veto + = 129 loud", "t.txt:1: unknown flag \"loud\""},
      {"veto | | block = 129", "t.txt:1: empty pattern"},
      {"[air] [strike] = 195", "t.txt:1: more than one [head]"},
      {"+ veto = 129", "t.txt:1: no head word"},
      {"deny * * responsible = 016", "t.txt:1: two gaps in a row"},
      {"deny + * = 016", "t.txt:1: a pattern cannot end in a gap"},
      {"meet + with + = 040", "t.txt:1: more than one +"},
      {"air [strike = 195", "t.txt:1: malformed [head]"},
  };
  for (const Case& c : cases) {
    auto parsed = VerbDictionary::ParseFile("t.txt", c.content, *cameo_);
    ASSERT_FALSE(parsed.ok()) << c.content;
    EXPECT_EQ(parsed.error().code, ErrorCode::kCorruption);
    EXPECT_TRUE(parsed.error().message.starts_with(c.message))
        << c.content << " -> " << parsed.error().message;
  }
}

// The floor for dyad's own dictionary: every root, at least 180
// codes and 2,000 patterns.
TEST_F(VerbDictionaryTest, OwnDictionaryCoversCameo) {
  auto dict = VerbDictionary::Load("", *cameo_);
  ASSERT_TRUE(dict.ok()) << dict.error().message;
  std::set<std::string> roots, codes;
  for (const VerbPattern& p : (*dict)->patterns()) {
    roots.insert(p.code.substr(0, 2));
    codes.insert(p.code);
  }
  EXPECT_EQ(roots.size(), 20u);
  EXPECT_GE(codes.size(), 180u);
  EXPECT_EQ((*dict)->code_count(), codes.size());
  EXPECT_GE((*dict)->patterns().size(), 2000u);
  EXPECT_FALSE((*dict)->ForHead("veto").empty());
  EXPECT_TRUE((*dict)->ForHead("no-such-verb").empty());
  // Most specific first.
  const auto& attack = (*dict)->ForHead("attack");
  for (size_t i = 1; i < attack.size(); ++i) {
    EXPECT_GE(attack[i - 1]->specificity, attack[i]->specificity);
  }
  // A pardon is forgiveness (056), not a release (0841), as the gold set
  // codes it: no second file's pattern for the same words overrides it.
  for (const VerbPattern* p : (*dict)->ForHead("pardon")) {
    EXPECT_EQ(p->code, "056") << p->text;
  }
  std::set<std::string> classes;
  for (const DiscardClass& c : (*dict)->discards()) {
    classes.insert(c.name);
    EXPECT_GE(c.cues.size(), 30u) << c.name;
  }
  EXPECT_EQ(classes,
            (std::set<std::string>{"business", "entertainment", "sport"}));
}

// Each pattern with words after its head is filed under the one fewest
// of the head's patterns need; a set of words finds every pattern whose
// words it holds.
TEST_F(VerbDictionaryTest, WordIndexFilesPatternsUnderTheirRarestWord) {
  auto parsed = VerbDictionary::ParseFile(
      "index.txt",
      "meet = 040\n"
      "meet with + = 040\n"
      "meet with + on the sidelines of = 044\n"
      "meet + * at summit = 044\n"
      "meet in secret with + = 040\n",
      *cameo_);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  std::vector<const VerbPattern*> patterns;
  for (const VerbPattern& p : *parsed) patterns.push_back(&p);
  const PatternWordIndex index = PatternWordIndex::Of(patterns);

  EXPECT_EQ(index.wordless, std::vector<uint32_t>{0});
  std::map<std::string_view, std::vector<uint32_t>> filed;
  ASSERT_EQ(index.words.size(), index.filed.size());
  ASSERT_EQ(index.words.size(), index.hashes.size());
  for (size_t k = 0; k < index.words.size(); ++k) {
    EXPECT_EQ(index.hashes[k], WordSet::Hash(index.words[k]));
  }
  for (size_t k = 0; k < index.words.size(); ++k) {
    filed[index.words[k]] = index.filed[k];
  }
  // "with" is needed by three patterns, "on" and "sidelines" by one: the
  // first of those in the pattern is taken.
  const std::map<std::string_view, std::vector<uint32_t>> expected = {
      {"with", {1}}, {"on", {2}}, {"at", {3}}, {"in", {4}}};
  EXPECT_EQ(filed, expected);

  // Whatever words a clause holds, a pattern all of whose words are among
  // them is found.
  const std::vector<std::set<std::string_view>> clauses = {
      {}, {"with"}, {"with", "on", "the", "sidelines", "of"},
      {"at", "summit"}, {"in", "secret", "with"}, {"on"}};
  for (const auto& words : clauses) {
    std::set<uint32_t> found(index.wordless.begin(), index.wordless.end());
    for (size_t k = 0; k < index.words.size(); ++k) {
      if (words.contains(index.words[k])) {
        found.insert(index.filed[k].begin(), index.filed[k].end());
      }
    }
    for (uint32_t i = 0; i < patterns.size(); ++i) {
      bool all = true;
      for (const PatternItem& item : patterns[i]->after) {
        if (item.kind == PatternItem::Kind::kWord &&
            !words.contains(item.word)) {
          all = false;
        }
      }
      if (all) {
        EXPECT_TRUE(found.contains(i)) << Items(*patterns[i]);
      }
    }
  }
}

}  // namespace
}  // namespace dyad
