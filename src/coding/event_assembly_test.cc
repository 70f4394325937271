// How clauses become events, on a small fixed pattern file so that the
// cases test the assembly, not the dictionary: roles, passives, negation,
// reported speech, compounds, reciprocal verbs, event nouns, dates and
// merging.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/pipeline.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

constexpr const char* kPatterns = R"(
say | tell + = 010 speech
urge + = 020
speak by telephone with + | speak to + by phone = 041 reciprocal
meet | meet + | meet with + | hold talks with + = 040 reciprocal
discuss = 040 reciprocal
visit + = 042
veto + = 129
condemn + | call + illegal | say + * illegal = 111
accuse + of = 112
deny + * responsible | deny responsibility = 016
congratulate + | praise + = 051
bomb + | air [strike] on + | missile [attack] on + = 195
attack + | [attack] on + = 190
gas [attack] on + = 2041
arrest + = 173
)";

class EventAssemblyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    dir_ = new testing::TempDir;
    const std::string data = std::string(DYAD_SOURCE_DIR) + "/data";
    fs::create_directory_symlink(data + "/actors", dir_->File("actors"));
    fs::create_directory_symlink(data + "/cameo", dir_->File("cameo"));
    fs::create_directory(dir_->File("verbs"));
    ASSERT_TRUE(testing::WriteFile(dir_->File("verbs/test.txt"), kPatterns));
    for (CodingMode mode : {CodingMode::kFast, CodingMode::kAccurate}) {
      for (bool negated : {false, true}) {
        PipelineOptions options;
        options.data_dir = dir_->path();
        options.mode = mode;
        options.include_negated = negated;
        auto p = Pipeline::Create(options);
        ASSERT_TRUE(p.ok()) << p.error().message;
        pipelines_[mode == CodingMode::kFast ? 0 : 1][negated] = p->release();
      }
    }
  }
  static void TearDownTestSuite() {
    for (auto& pair : pipelines_) {
      for (Pipeline*& p : pair) {
        delete p;
        p = nullptr;
      }
    }
    delete dir_;
  }

  // "SRC>TGT CODE DATE" for each event, with "!" before a negated one and
  // "@SPEAKER" after an attributed one.
  static std::vector<std::string> Code(const std::string& text,
                                       const std::string& date, CodingMode mode,
                                       bool include_negated = false) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.published = *ParseIsoDate(date);
    const Pipeline* p =
        pipelines_[mode == CodingMode::kFast ? 0 : 1][include_negated];
    auto coded = p->Code(doc);
    EXPECT_TRUE(coded.ok());
    std::vector<std::string> out;
    if (!coded.ok()) return out;
    for (const Event& e : coded->events) {
      std::string s = (e.negated ? "!" : "") + e.source.code + ">" +
                      (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                      e.date;
      if (e.attribution) s += " @" + e.attribution->code;
      out.push_back(s);
    }
    return out;
  }

  static testing::TempDir* dir_;
  static Pipeline* pipelines_[2][2];
};
testing::TempDir* EventAssemblyTest::dir_ = nullptr;
Pipeline* EventAssemblyTest::pipelines_[2][2] = {};

struct Case {
  const char* text;
  const char* date;
  std::vector<std::string> events;
  bool accurate_too;  // Link Grammar gives the same
};

const Case kCases[] = {
    // Subject and object, and the passive undone.
    {"Russia vetoed a French resolution on Syria.",
     "2017-05-02",
     {"RUS>FRA 129 2017-05-02"},
     true},
    {"Syria was bombed by Russia on Tuesday.",
     "2016-10-06",
     {"RUS>SYR 195 2016-10-04"},
     true},
    // An event without a known target keeps a null one.
    {"Turkish police arrested 20 activists.",
     "2016-11-04",
     {"TURCOP>- 173 2016-11-04"},
     true},
    // Negation: left out by default.
    {"Russia did not veto the French resolution.", "2017-05-02", {}, true},
    // Reported speech: the statement and the attributed event.
    {"The Kremlin said on Monday that Syria had attacked Turkey.",
     "2017-05-02",
     {"RUSGOV>- 010 2017-05-01", "SYR>TUR 190 2017-05-01 @RUSGOV"},
     true},
    // The speaker's own deed is reported too, as the gold set does.
    {"Putin said Russia had condemned the strikes on Syria.",
     "2017-05-02",
     {"RUSGOV>- 010 2017-05-02", "RUS>- 111 2017-05-02 @RUSGOV"},
     false},
    // Coordinated objects, and a name the analysis cut at "of".
    {"US Secretary of State Antony Blinken and Russian Foreign Minister "
     "Sergei Lavrov met on Friday.",
     "2022-01-22",
     {"USAGOV>RUSGOV 040 2022-01-21", "RUSGOV>USAGOV 040 2022-01-21"},
     false},
    {"Germany urged Russia and Ukraine on Tuesday to resume talks.",
     "2014-08-20",
     {"DEU>RUS 020 2014-08-19", "DEU>UKR 020 2014-08-19"},
     false},
    // Compounds and reciprocal verbs.
    {"Russia and China vetoed the French resolution.",
     "2017-05-02",
     {"RUS>FRA 129 2017-05-02", "CHN>FRA 129 2017-05-02"},
     true},
    // A meeting in a country neither side is from: "at a third location".
    {"Donald Trump met Vladimir Putin in Hamburg on Friday.",
     "2017-07-09",
     {"USAGOV>RUSGOV 044 2017-07-07", "RUSGOV>USAGOV 044 2017-07-07"},
     true},
    {"Donald Trump met Vladimir Putin in Moscow on Friday.",
     "2017-07-09",
     {"USAGOV>RUSGOV 040 2017-07-07", "RUSGOV>USAGOV 040 2017-07-07"},
     false},
    // Event nouns, their premodifier as the source, and the target.
    {"Syria condemned a US missile attack on a Syrian airbase.",
     "2017-04-08",
     {"SYR>USA 111 2017-04-08", "USA>SYR 195 2017-04-08"},
     false},
    // A noun the parent clause takes as object belongs to its subject.
    {"Trump ordered the air strike on Syria last month.",
     "2017-05-02",
     {"USAGOV>SYR 195 2017-04"},
     false},
    // "the strikes" stands for the side that struck.
    {"After a US missile attack on Syria, Russia called the strikes illegal.",
     "2017-04-08",
     {"USA>SYR 195 2017-04-08", "RUS>USA 111 2017-04-08"},
     false},
    // A role taken up during the month: the month's end decides.
    {"Trump spoke to Putin by phone in January.",
     "2017-05-02",
     {"USAGOV>RUSGOV 041 2017-01", "RUSGOV>USAGOV 041 2017-01"},
     false},
    // One happening told twice in a document is one event.
    {"Trump to speak to Putin by phone today\n\nDonald Trump will speak by "
     "telephone with Vladimir Putin today.",
     "2017-05-02",
     {"USAGOV>RUSGOV 041 2017-05-02", "RUSGOV>USAGOV 041 2017-05-02"},
     false},
    // Nothing without an actor on each needed side or without a pattern.
    {"The weather was fine in Moscow on Tuesday.", "2017-05-02", {}, true},
};

TEST_F(EventAssemblyTest, FastBackEnd) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Code(c.text, c.date, CodingMode::kFast), c.events) << c.text;
  }
}

TEST_F(EventAssemblyTest, AccurateBackEnd) {
  for (const Case& c : kCases) {
    if (!c.accurate_too) continue;
    EXPECT_EQ(Code(c.text, c.date, CodingMode::kAccurate), c.events) << c.text;
  }
}

TEST_F(EventAssemblyTest, NegatedEventsOnRequest) {
  EXPECT_EQ(Code("Russia did not veto the French resolution.", "2017-05-02",
                 CodingMode::kFast, true),
            std::vector<std::string>{"!RUS>FRA 129 2017-05-02"});
}

TEST_F(EventAssemblyTest, EventsCarryEvidence) {
  Document doc;
  doc.id = "e";
  doc.text = "Russia vetoed a French resolution on Syria.";
  doc.published = Date{2017, 5, 2};
  auto coded = pipelines_[0][0]->Code(doc);
  ASSERT_TRUE(coded.ok());
  ASSERT_EQ(coded->events.size(), 1u);
  const Event& e = coded->events[0];
  EXPECT_EQ(e.cameo_name, "Veto");
  EXPECT_EQ(e.root, "12");
  EXPECT_EQ(e.quad_class, 3);
  EXPECT_EQ(e.source.text, "Russia");
  EXPECT_EQ(e.source.span, (Span{0, 6}));
  EXPECT_EQ(e.target->text, "French");
  EXPECT_EQ(e.date_basis, "published");
  EXPECT_EQ(e.modality, "asserted");
  ASSERT_EQ(e.mentions.size(), 1u);
  EXPECT_EQ(e.mentions[0].verb_text, "vetoed");
  EXPECT_EQ(e.mentions[0].verb_lemma, "veto");
  EXPECT_EQ(e.mentions[0].pattern, "veto +");
  EXPECT_EQ(e.mentions[0].parser, "shallow");
  EXPECT_EQ(e.mentions[0].sentence, doc.text);
  EXPECT_EQ(e.event_id.size(), 16u);
  // The same input gives the same id.
  auto again = pipelines_[0][0]->Code(doc);
  EXPECT_EQ(again->events[0].event_id, e.event_id);
}

}  // namespace
}  // namespace dyad
