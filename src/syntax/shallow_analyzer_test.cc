// The fast (shallow) syntax back-end over the shared table of sentences
// (syntax_cases.h): every field of every case is checked and the share
// right is printed; the test requires the floor the back-end achieves, and
// exact analyses of the reference article's key sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/syntax.h"
#include "dyad/text.h"
#include "src/syntax/morphology.h"
#include "src/syntax/shallow_analyzer.h"
#include "src/syntax/syntax_cases.h"

namespace dyad {
namespace {

using syntax::kSyntaxCases;
using syntax::SyntaxCase;

struct Analysed {
  SegmentedDocument segmented;
  SentenceSyntax syntax;
  const Sentence* sentence = nullptr;
};

class SyntaxShallowTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto segmenter = Segmenter::Create();
    ASSERT_TRUE(segmenter.ok()) << segmenter.error().message;
    segmenter_ = std::move(*segmenter).release();
    auto analyzer = CreateShallowAnalyzer();
    ASSERT_TRUE(analyzer.ok()) << analyzer.error().message;
    analyzer_ = std::move(*analyzer).release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    delete segmenter_;
    analyzer_ = nullptr;
    segmenter_ = nullptr;
  }

  // Segments `text` as one document and analyses its first sentence.
  static std::unique_ptr<Analysed> Analyse(std::string_view text) {
    auto out = std::make_unique<Analysed>();
    Document doc;
    doc.id = "case";
    doc.text = std::string(text);
    auto segmented = segmenter_->Segment(doc);
    EXPECT_TRUE(segmented.ok()) << text;
    if (!segmented.ok()) return out;
    out->segmented = std::move(*segmented);
    EXPECT_EQ(out->segmented.sentences.size(), 1u) << text;
    if (out->segmented.sentences.empty()) return out;
    out->sentence = &out->segmented.sentences.front();
    auto syntax = analyzer_->Analyze(out->segmented, *out->sentence);
    EXPECT_TRUE(syntax.ok()) << text;
    if (syntax.ok()) out->syntax = std::move(*syntax);
    return out;
  }

  static Segmenter* segmenter_;
  static Analyzer* analyzer_;
};

Segmenter* SyntaxShallowTest::segmenter_ = nullptr;
Analyzer* SyntaxShallowTest::analyzer_ = nullptr;

std::string HeadOf(const Analysed& a, const Constituent& c) {
  return a.sentence->tokens[c.head].folded;
}

std::string Heads(const Analysed& a, const std::vector<Constituent>& cs) {
  std::string out;
  for (const Constituent& c : cs) {
    if (!out.empty()) out += '|';
    out += HeadOf(a, c);
  }
  return out;
}

// The first main clause: the one the table describes.
const Clause* MainClause(const SentenceSyntax& syntax) {
  for (const Clause& c : syntax.clauses) {
    if (!c.parent && !c.predicate.is_noun) return &c;
  }
  return syntax.clauses.empty() ? nullptr : &syntax.clauses.front();
}

// True iff a clause under `clause` (at any depth) has predicate `lemma`.
bool EmbedsLemma(const SentenceSyntax& syntax, const Clause& clause,
                 std::string_view lemma, int depth = 0) {
  if (depth > 8) return false;
  for (uint32_t e : clause.embedded) {
    const Clause& c = syntax.clauses[e];
    if (c.predicate.lemma == lemma) return true;
    if (EmbedsLemma(syntax, c, lemma, depth + 1)) return true;
  }
  return false;
}

bool HasPrep(const Analysed& a, const Clause& c, std::string_view prep_head) {
  for (const PrepPhrase& p : c.preps) {
    if (p.prep + " " + HeadOf(a, p.object) == prep_head) return true;
  }
  return false;
}

// One field's verdict, for the per-field tally.
struct Tally {
  int right = 0;
  int total = 0;
};

TEST_F(SyntaxShallowTest, TableHasEnoughCasesAndTheWholeReferenceBody) {
  int reference = 0;
  for (const SyntaxCase& c : kSyntaxCases) reference += c.reference ? 1 : 0;
  EXPECT_GE(std::size(kSyntaxCases), 100u);
  EXPECT_EQ(reference, 13);
}

TEST_F(SyntaxShallowTest, SharesOfFieldsRightOnTheTable) {
  std::map<std::string, Tally> tally;
  int all_right = 0, all_total = 0;
  std::vector<std::string> misses;
  for (const SyntaxCase& k : kSyntaxCases) {
    auto a = Analyse(k.text);
    const Clause* main = a->sentence ? MainClause(a->syntax) : nullptr;
    auto check = [&](const char* field, bool ok, const std::string& got,
                     std::string_view want) {
      Tally& t = tally[field];
      ++t.total;
      ++all_total;
      if (ok) {
        ++t.right;
        ++all_right;
      } else {
        misses.push_back(std::string(field) + ": want \"" + std::string(want) +
                         "\" got \"" + got + "\" in: " + std::string(k.text));
      }
    };
    if (!main) {
      check("lemma", false, "(no clause)", k.lemma);
      continue;
    }
    const Predicate& p = main->predicate;
    check("lemma", p.lemma == k.lemma, p.lemma, k.lemma);
    const std::string subjects = Heads(*a, main->subjects);
    check("subjects", subjects == k.subjects, subjects, k.subjects);
    const std::string object =
        main->objects.empty() ? "" : HeadOf(*a, main->objects.front());
    check("object", object == k.object, object, k.object);
    const bool passive = p.voice == Voice::kPassive;
    if (!k.agent.empty()) {
      const bool ok = passive && !main->subjects.empty() &&
                      HeadOf(*a, main->subjects.front()) == k.agent;
      check("agent", ok, passive ? subjects : "(active)", k.agent);
    }
    check("negated", p.negated == k.negated, p.negated ? "true" : "false",
          k.negated ? "true" : "false");
    check("modality", ModalityName(p.modality) == k.modality,
          ModalityName(p.modality), k.modality);
    if (!k.prep.empty()) {
      std::string got;
      for (const PrepPhrase& pp : main->preps) {
        got += pp.prep + " " + HeadOf(*a, pp.object) + "; ";
      }
      check("prep", HasPrep(*a, *main, k.prep), got, k.prep);
    }
    if (!k.embedded.empty()) {
      check("embedded", EmbedsLemma(a->syntax, *main, k.embedded), "",
            k.embedded);
    }
  }
  std::cout << "[ shallow ] fields right on " << std::size(kSyntaxCases)
            << " sentences:\n";
  for (const auto& [field, t] : tally) {
    std::cout << "  " << field << ": " << t.right << "/" << t.total << " ("
              << (100 * t.right / std::max(1, t.total)) << "%)\n";
  }
  const double share = static_cast<double>(all_right) / all_total;
  std::cout << "  all fields: " << all_right << "/" << all_total << " ("
            << static_cast<int>(share * 1000) / 10.0 << "%)\n";
  for (const std::string& miss : misses) std::cout << "  miss " << miss << "\n";
  // The floor is what the back-end achieves today, less a small margin; a
  // change that lowers it must say why.
  // 100% when written; the table was written alongside the rules, so
  // this is a regression floor, not an estimate of accuracy on new text.
  EXPECT_GE(share, 0.95);
}

// The reference article's key sentences, field by field.
TEST_F(SyntaxShallowTest, ReferenceTrumpOrderedTheAirStrike) {
  auto a = Analyse(
      "Trump ordered the air strike on a Syria last month in following a "
      "deadly poison gas attack on civilians blamed on Assad's government.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "order");
  EXPECT_EQ(main->predicate.tense, Tense::kPast);
  EXPECT_EQ(main->predicate.voice, Voice::kActive);
  EXPECT_EQ(Heads(*a, main->subjects), "trump");
  ASSERT_FALSE(main->objects.empty());
  EXPECT_EQ(HeadOf(*a, main->objects.front()), "strike");
  // "blamed on Assad's government": the government is the agent.
  bool blamed = false;
  for (const Clause& c : a->syntax.clauses) {
    if (c.predicate.lemma != "blame") continue;
    blamed = true;
    EXPECT_EQ(c.predicate.voice, Voice::kPassive);
    EXPECT_EQ(Heads(*a, c.subjects), "government");
    EXPECT_EQ(Heads(*a, c.objects), "civilians");
  }
  EXPECT_TRUE(blamed);
}

// "over" after "handed" is the verb's particle, not "more than": the
// people handed over are no object with "over" in it.
TEST_F(SyntaxShallowTest, HandedOverIsAParticleNotAQuantity) {
  auto a = Analyse(
      "Italian police handed over three wanted smugglers to Greece on "
      "Tuesday.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "hand");
  EXPECT_TRUE(HasPrep(*a, *main, "over smugglers"));
  EXPECT_TRUE(HasPrep(*a, *main, "to greece"));
  // As a quantity "over" still reads "more than".
  auto b = Analyse("Over 100 people were killed.");
  const Clause* killed = MainClause(b->syntax);
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(Heads(*b, killed->objects), "people");
}

// "were hit": a participle the same as its verb's base form is passive.
TEST_F(SyntaxShallowTest, ParticipleLikeItsBaseFormIsPassive) {
  auto a = Analyse("Army posts near Kandahar were hit by rockets on Monday.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "hit");
  EXPECT_EQ(main->predicate.voice, Voice::kPassive);
  EXPECT_EQ(Heads(*a, main->subjects), "rockets");
  EXPECT_EQ(Heads(*a, main->objects), "posts");
}

// "cut", "beat": a past tense like its base form after its subject and
// before its object; a noun in a compound ("the tax cut plans").
TEST_F(SyntaxShallowTest, PastTenseLikeItsBaseForm) {
  auto a = Analyse("Jordan cut diplomatic ties with Iran on Monday.");
  const Clause* cut = MainClause(a->syntax);
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->predicate.lemma, "cut");
  EXPECT_EQ(cut->predicate.tense, Tense::kPast);
  EXPECT_EQ(Heads(*a, cut->objects), "ties");
  auto b = Analyse("Riot police beat dozens of students.");
  const Clause* beat = MainClause(b->syntax);
  ASSERT_NE(beat, nullptr);
  EXPECT_EQ(beat->predicate.lemma, "beat");
  auto c = Analyse("The tax cut plans were approved.");
  const Clause* approved = MainClause(c->syntax);
  ASSERT_NE(approved, nullptr);
  EXPECT_EQ(approved->predicate.lemma, "approve");
}

// A plural after a noun that qualifies it, before "to" and a noun phrase,
// ends a compound once the clause has its verb, or in a list of nouns;
// before an infinitive it is a verb.
TEST_F(SyntaxShallowTest, PluralBeforeToAndANounPhraseEndsACompound) {
  struct {
    const char* text;
    const char* verb;
    const char* prep;  // "PREP HEAD" of the main clause
  } const kCases[] = {
      {"Norway has delivered the first fighter jets to Ukraine.", "deliver",
       "to ukraine"},
      {"Japan sent rescue teams and relief supplies to Nepal.", "send",
       "to nepal"},
      {"Spain will send more search-and-rescue teams to Turkey.", "send",
       "to turkey"},
  };
  for (const auto& k : kCases) {
    auto a = Analyse(k.text);
    ASSERT_EQ(a->syntax.clauses.size(), 1u) << k.text;
    const Clause& main = a->syntax.clauses.front();
    EXPECT_EQ(main.predicate.lemma, k.verb) << k.text;
    EXPECT_TRUE(HasPrep(*a, main, k.prep)) << k.text;
  }
  auto b = Analyse("The army plans to withdraw from the town.");
  const Clause* main = MainClause(b->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "withdraw");
}

// "after" before a noun group, its "of" phrases and a finite verb opens a
// clause: the noun group is that verb's subject.
TEST_F(SyntaxShallowTest, AfterBeforeAClauseIsASubordinator) {
  auto a = Analyse(
      "Taiwan put its forces on alert after dozens of Chinese warplanes "
      "crossed the median line.");
  const Clause* crossed = nullptr;
  for (const Clause& c : a->syntax.clauses) {
    if (c.predicate.lemma == "cross") crossed = &c;
  }
  ASSERT_NE(crossed, nullptr);
  EXPECT_EQ(Heads(*a, crossed->subjects), "dozens");
  EXPECT_EQ(Heads(*a, crossed->objects), "line");
}

// The clause of `syntax` whose predicate is `lemma`, or null.
const Clause* ClauseOf(const SentenceSyntax& syntax, std::string_view lemma) {
  for (const Clause& c : syntax.clauses) {
    if (c.predicate.lemma == lemma) return &c;
  }
  return nullptr;
}

// "said six soldiers were killed and called the strike an aggression": a
// bare participle after "and" with an object is the speaker's second verb
// in the past tense, and an active verb after a passive complement is too.
TEST_F(SyntaxShallowTest, SecondVerbAfterPassiveComplementIsTheSpeakers) {
  auto a = Analyse(
      "The army said six soldiers were killed and called the strike an "
      "aggression.");
  const Clause* called = ClauseOf(a->syntax, "call");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->predicate.voice, Voice::kActive);
  EXPECT_EQ(called->relation, "coordinate");
  EXPECT_EQ(Heads(*a, called->subjects), "army");
  EXPECT_EQ(Heads(*a, called->objects), "strike|aggression");
  auto b = Analyse(
      "The Houthis said five fighters had been killed and vowed to "
      "retaliate.");
  const Clause* vowed = ClauseOf(b->syntax, "retaliate");
  ASSERT_NE(vowed, nullptr);
  EXPECT_EQ(vowed->relation, "coordinate");
  EXPECT_EQ(Heads(*b, vowed->subjects), "houthis");
  // A passive main clause keeps its second verb: "was arrested and
  // charged".
  auto c = Analyse("The minister was arrested and charged with fraud.");
  const Clause* charged = ClauseOf(c->syntax, "charge");
  ASSERT_NE(charged, nullptr);
  EXPECT_EQ(charged->predicate.voice, Voice::kPassive);
}

// "The Kremlin said rebels attacked the town": after a verb that takes a
// clause, a past tense before an object opens that clause; a participle
// before "by" or a preposition stays a reduced relative.
TEST_F(SyntaxShallowTest, ClauseWithoutThatAfterAReportingVerb) {
  auto a = Analyse("Police said 10,000 people attacked the police station.");
  const Clause* attacked = ClauseOf(a->syntax, "attack");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(attacked->predicate.voice, Voice::kActive);
  EXPECT_EQ(attacked->relation, "complement");
  EXPECT_EQ(Heads(*a, attacked->subjects), "people");
  EXPECT_EQ(Heads(*a, attacked->objects), "station");
  auto c = Analyse(
      "A Taliban spokesman said the group wanted good relations with the "
      "United States.");
  const Clause* wanted = ClauseOf(c->syntax, "want");
  ASSERT_NE(wanted, nullptr);
  EXPECT_EQ(wanted->predicate.voice, Voice::kActive);
  EXPECT_EQ(Heads(*c, wanted->subjects), "group");
  auto b = Analyse("Russia condemned the attack blamed on Assad.");
  const Clause* blamed = ClauseOf(b->syntax, "blame");
  ASSERT_NE(blamed, nullptr);
  EXPECT_EQ(blamed->predicate.voice, Voice::kPassive);
}

// "gave Qatar ten days": a count after a name is an object of its own;
// "Resolution 1701" stays one name.
TEST_F(SyntaxShallowTest, CountAfterANameIsItsOwnObject) {
  auto a = Analyse("Saudi Arabia gave Qatar ten days to comply.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "give");
  EXPECT_EQ(Heads(*a, main->objects), "qatar|days");
  auto b = Analyse("Israel accepted Resolution 1701 on Sunday.");
  const Clause* accepted = MainClause(b->syntax);
  ASSERT_NE(accepted, nullptr);
  EXPECT_EQ(Heads(*b, accepted->objects), "1701");
}

// "relief supplies to Nepal", "fighter jets to Ukraine": a plural noun
// before "to" is no verb unless it takes an infinitive ("plans to").
TEST_F(SyntaxShallowTest, PluralNounBeforeToIsANoun) {
  auto a = Analyse("China sent rescue teams and relief supplies to Nepal.");
  const Clause* sent = MainClause(a->syntax);
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->predicate.lemma, "send");
  EXPECT_EQ(Heads(*a, sent->objects), "teams|supplies");
  EXPECT_TRUE(HasPrep(*a, *sent, "to nepal"));
  EXPECT_EQ(ClauseOf(a->syntax, "supply"), nullptr);
  auto b = Analyse("Russia plans to hold talks.");
  const Clause* held = MainClause(b->syntax);
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->predicate.lemma, "hold");
  EXPECT_NE(held->predicate.modal.find("plans"), std::string::npos);
}

// "of privately owned newspapers", "28 convicted criminals", "to free
// jailed activists": a participle after an adverb, a count or an
// infinitive, before a noun, qualifies the noun.
TEST_F(SyntaxShallowTest, AdverbAndParticipleInsideANounPhrase) {
  auto a = Analyse(
      "The government ended the censorship of privately owned newspapers.");
  const Clause* ended = MainClause(a->syntax);
  ASSERT_NE(ended, nullptr);
  EXPECT_EQ(ended->predicate.lemma, "end");
  EXPECT_TRUE(HasPrep(*a, *ended, "of newspapers"));
  EXPECT_EQ(ClauseOf(a->syntax, "own"), nullptr);
  auto b = Analyse("Germany deported 28 convicted Afghan criminals to Kabul.");
  const Clause* deported = MainClause(b->syntax);
  ASSERT_NE(deported, nullptr);
  EXPECT_EQ(Heads(*b, deported->objects), "criminals");
  EXPECT_EQ(ClauseOf(b->syntax, "convict"), nullptr);
  auto c = Analyse(
      "Belarus refused to free jailed opposition politician Ales "
      "Kovalenko.");
  const Clause* freed = ClauseOf(c->syntax, "free");
  ASSERT_NE(freed, nullptr);
  EXPECT_EQ(Heads(*c, freed->objects), "kovalenko");
  EXPECT_EQ(ClauseOf(c->syntax, "jail"), nullptr);
}

// "was carried out by North Korea": a particle before a preposition
// leaves the phrase to the clause.
TEST_F(SyntaxShallowTest, ParticleBeforeAPreposition) {
  auto a = Analyse("A nuclear test was carried out by North Korea.");
  const Clause* carried = MainClause(a->syntax);
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->predicate.voice, Voice::kPassive);
  EXPECT_EQ(Heads(*a, carried->subjects), "korea");
  EXPECT_EQ(Heads(*a, carried->objects), "test");
}

// "after dozens of Chinese warplanes crossed": "after" before a quantity
// of something and a verb opens a clause of its own.
TEST_F(SyntaxShallowTest, AfterAQuantityAndAVerbIsAClause) {
  auto a = Analyse(
      "Taiwan put its forces on alert after dozens of Chinese warplanes "
      "crossed the median line.");
  const Clause* crossed = ClauseOf(a->syntax, "cross");
  ASSERT_NE(crossed, nullptr);
  EXPECT_EQ(crossed->relation, "adverbial");
  EXPECT_EQ(Heads(*a, crossed->subjects), "dozens");
}

// "Janjaweed militias have waged": a capitalised word unknown to WordNet
// opening the sentence is a name, though it ends in "-ed".
TEST_F(SyntaxShallowTest, UnknownCapitalisedWordOpeningASentenceIsAName) {
  auto a =
      Analyse("Janjaweed militias have waged a campaign against villagers.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "wage");
  EXPECT_EQ(Heads(*a, main->subjects), "militias");
}

// "called the strike "blatant aggression"": a quoted second object.
TEST_F(SyntaxShallowTest, QuotedSecondObject) {
  auto a = Analyse("Syria's army called the strike \"blatant aggression\".");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "call");
  EXPECT_EQ(Heads(*a, main->objects), "strike|aggression");
}

// "reoccupy", unknown to WordNet, is "occupy" done again: a verb.
TEST_F(SyntaxShallowTest, VerbDoneAgainIsAVerb) {
  auto a = Analyse("The army threatened to reoccupy the border zone.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "reoccupy");
  EXPECT_NE(main->predicate.modal.find("threaten"), std::string::npos);
  EXPECT_EQ(Heads(*a, main->objects), "zone");
}

TEST_F(SyntaxShallowTest, ReferenceRussiaDenied) {
  auto a = Analyse(
      "Russia denied the Syrian government was responsible for the sarin "
      "attack, which killed 90 people.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "deny");
  EXPECT_EQ(Heads(*a, main->subjects), "russia");
  EXPECT_TRUE(main->objects.empty());
  ASSERT_FALSE(main->embedded.empty());
  const Clause& said = a->syntax.clauses[main->embedded.front()];
  EXPECT_EQ(said.relation, "complement");
  EXPECT_EQ(said.predicate.lemma, "be");
  EXPECT_EQ(Heads(*a, said.subjects), "government");
  EXPECT_EQ(said.predicate.modality, Modality::kReported);
  // "which killed 90 people": the attack killed them.
  bool killed = false;
  for (const Clause& c : a->syntax.clauses) {
    if (c.predicate.lemma != "kill") continue;
    killed = true;
    EXPECT_EQ(c.relation, "relative");
    EXPECT_EQ(Heads(*a, c.subjects), "attack");
    EXPECT_EQ(Heads(*a, c.objects), "people");
  }
  EXPECT_TRUE(killed);
}

TEST_F(SyntaxShallowTest, ReferenceWhiteHouseAndKremlinSaid) {
  auto a = Analyse(
      "The leaders are scheduled to speak at 12:30pm ET (4.30pm UK time), "
      "and Syria is likely to be discussed, the White House and Kremlin "
      "said.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "say");
  EXPECT_EQ(Heads(*a, main->subjects), "house|kremlin");
  std::vector<std::string> said;
  for (uint32_t e : main->embedded) {
    said.push_back(a->syntax.clauses[e].predicate.lemma);
  }
  EXPECT_EQ(said, (std::vector<std::string>{"speak", "discuss"}));
  const Clause& speak = a->syntax.clauses[main->embedded[0]];
  EXPECT_EQ(speak.predicate.modal, "are scheduled to");
  EXPECT_EQ(speak.predicate.modality, Modality::kFuture);
  EXPECT_EQ(Heads(*a, speak.subjects), "leaders");
  const Clause& discuss = a->syntax.clauses[main->embedded[1]];
  EXPECT_EQ(discuss.predicate.voice, Voice::kPassive);
  EXPECT_EQ(Heads(*a, discuss.objects), "syria");
  EXPECT_EQ(discuss.predicate.modal, "is likely to");
}

TEST_F(SyntaxShallowTest, ReferenceMissileAttackIsAnEventNoun) {
  auto a = Analyse(
      "After a US missile attack on a Syrian airbase, Russian PM Dmitry "
      "Medvedev said the strikes were illegal.");
  bool found = false;
  for (const Clause& c : a->syntax.clauses) {
    if (c.predicate.lemma != "attack") continue;
    found = true;
    EXPECT_TRUE(c.predicate.is_noun);
    EXPECT_EQ(c.relation, "nominal");
    EXPECT_EQ(Heads(*a, c.subjects), "us");
    EXPECT_EQ(Heads(*a, c.objects), "airbase");
  }
  EXPECT_TRUE(found);
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(Heads(*a, main->subjects), "medvedev");
}

TEST_F(SyntaxShallowTest, ReferenceWillSpeakByTelephone) {
  auto a = Analyse(
      "Donald Trump will speak by telephone with Vladimir Putin today to "
      "discuss the ongoing crisis in Syria.");
  const Clause* main = MainClause(a->syntax);
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->predicate.lemma, "speak");
  EXPECT_EQ(main->predicate.tense, Tense::kFuture);
  EXPECT_EQ(main->predicate.modal, "will");
  EXPECT_TRUE(HasPrep(*a, *main, "with putin"));
  EXPECT_TRUE(HasPrep(*a, *main, "by telephone"));
  ASSERT_EQ(main->embedded.size(), 1u);
  const Clause& discuss = a->syntax.clauses[main->embedded[0]];
  EXPECT_EQ(discuss.relation, "purpose");
  EXPECT_EQ(Heads(*a, discuss.subjects), "trump");
  EXPECT_EQ(Heads(*a, discuss.objects), "crisis");
}

TEST_F(SyntaxShallowTest, SpansAndTokenRangesAreConsistent) {
  for (const SyntaxCase& k : kSyntaxCases) {
    auto a = Analyse(k.text);
    const size_t n = a->sentence ? a->sentence->tokens.size() : 0;
    for (uint32_t i = 0; i < a->syntax.clauses.size(); ++i) {
      const Clause& c = a->syntax.clauses[i];
      auto ok = [&](const Constituent& x) {
        return x.token_begin < x.token_end && x.token_end <= n &&
               x.head >= x.token_begin && x.head < x.token_end &&
               x.span.begin < x.span.end && x.span.end <= k.text.size();
      };
      EXPECT_TRUE(ok(c.predicate.words)) << k.text;
      for (const auto& s : c.subjects) EXPECT_TRUE(ok(s)) << k.text;
      for (const auto& o : c.objects) EXPECT_TRUE(ok(o)) << k.text;
      for (const auto& p : c.preps) EXPECT_TRUE(ok(p.object)) << k.text;
      if (c.parent) {
        EXPECT_LT(*c.parent, a->syntax.clauses.size());
        const auto& up = a->syntax.clauses[*c.parent].embedded;
        EXPECT_NE(std::find(up.begin(), up.end(), i), up.end()) << k.text;
      }
    }
  }
}

// Every field of an analysis, one line per clause.
std::string Describe(const SentenceSyntax& syntax) {
  auto range = [](const Constituent& c) {
    return std::to_string(c.token_begin) + "-" + std::to_string(c.token_end) +
           "@" + std::to_string(c.head) + "[" + std::to_string(c.span.begin) +
           "," + std::to_string(c.span.end) + ")";
  };
  std::string out;
  for (const Clause& c : syntax.clauses) {
    const Predicate& p = c.predicate;
    out += p.lemma + " " + range(p.words) + " " + std::to_string(p.head) +
           (p.is_noun ? " noun" : "") + " " + TenseName(p.tense) + " " +
           VoiceName(p.voice) + (p.negated ? " not" : "") + " " +
           ModalityName(p.modality) + " '" + p.modal + "' s:";
    for (const Constituent& x : c.subjects) out += range(x) + " ";
    out += "o:";
    for (const Constituent& x : c.objects) out += range(x) + " ";
    for (const PrepPhrase& x : c.preps) out += x.prep + ":" + range(x.object);
    out += " e:";
    for (uint32_t e : c.embedded) out += std::to_string(e) + " ";
    out += " p:" + (c.parent ? std::to_string(*c.parent) : "-") + " " +
           c.relation + "\n";
  }
  return out + syntax.note;
}

// The analysis given lemmas found beforehand, with another Morphology, as
// the coder finds them, is the analysis that finds its own.
TEST(ShallowAnalyzerLemmas, GivenLemmasGiveTheSameAnalysis) {
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok()) << segmenter.error().message;
  auto analyzer = syntax::CreateShallow();
  ASSERT_TRUE(analyzer.ok()) << analyzer.error().message;
  auto morphology = syntax::Morphology::Load(SyntaxOptions().wordnet_dir);
  ASSERT_TRUE(morphology.ok()) << morphology.error().message;
  int clauses = 0;
  for (const SyntaxCase& k : kSyntaxCases) {
    Document doc;
    doc.id = "case";
    doc.text = std::string(k.text);
    auto segmented = (*segmenter)->Segment(doc);
    ASSERT_TRUE(segmented.ok()) << k.text;
    for (const Sentence& sentence : segmented->sentences) {
      auto plain = (*analyzer)->Analyze(*segmented, sentence);
      const std::vector<syntax::WordLemmas> lemmas =
          syntax::LemmatizeTokens(sentence, **morphology);
      auto given = (*analyzer)->Analyze(*segmented, sentence, lemmas);
      ASSERT_TRUE(plain.ok() && given.ok()) << k.text;
      EXPECT_EQ(Describe(*given), Describe(*plain)) << k.text;
      clauses += static_cast<int>(plain->clauses.size());
    }
  }
  EXPECT_GT(clauses, 100);
}

}  // namespace
}  // namespace dyad
