#include "src/actors/petrarch_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "tests/test_support.h"

namespace dyad::actors {
namespace {

// Sorted, as Lexicon::Load passes them: a few of ISO 3166-1 and, for "DDR",
// of ISO 3166-3.
const std::vector<std::string> kCountries = {"AFG", "DDR", "GBR", "HRV",
                                             "IRQ", "RUS", "SYR", "USA"};

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += "|";
    out += p;
  }
  return out;
}

// "AFGELI 1932-01-01..1933-11-09; AFG .."; "---" for an empty code.
std::string Codes(const LexiconEntry& e) {
  std::string out;
  for (const DatedCode& c : e.codes) {
    if (!out.empty()) out += "; ";
    out += c.code.empty() ? "---" : c.code;
    out += " ";
    if (c.from) out += c.from->ToString();
    out += "..";
    if (c.to) out += c.to->ToString();
  }
  return out;
}

std::string Skipped(const PetrarchDictionary& d) {
  std::string out;
  for (const PetrarchSkip& s : d.skipped) {
    if (!out.empty()) out += "\n";
    out += std::to_string(s.line) + ": " + s.reason;
  }
  return out;
}

const LexiconEntry* Find(const std::vector<LexiconEntry>& entries,
                         std::string_view name) {
  for (const LexiconEntry& e : entries) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(PetrarchDateTest, ReadsSixAndEightDigitDates) {
  struct Case {
    const char* text;
    const char* expected;  // "" when not a date
  };
  const Case cases[] = {
      {"331108", "1933-11-08"},
      {"070723", "2007-07-23"},
      {"300101", "2030-01-01"},
      {"310101", "1931-01-01"},
      {"000229", "2000-02-29"},
      {"19270101", "1927-01-01"},
      {"20130408", "2013-04-08"},
      {"010229", ""},
      {"2004017", ""},
      {"9008223", ""},
      {"1920030320", ""},
      {"33110", ""},
      {"33-1108", ""},
      {"331308", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    std::optional<Date> d = ParseTabariDate(c.text);
    EXPECT_EQ(d ? d->ToString() : "", c.expected) << c.text;
  }
}

TEST(PetrarchFileTest, ClassifiesFileNames) {
  struct Case {
    const char* name;
    PetrarchFile expected;
  };
  const Case cases[] = {
      {"Phoenix.Countries.actors.txt", PetrarchFile::kActors},
      {"CAMEO.actors", PetrarchFile::kActors},
      {"OLD.ACTORS", PetrarchFile::kActors},
      {"Phoenix.agents.txt", PetrarchFile::kAgents},
      {"CAMEO.agents", PetrarchFile::kAgents},
      {"CAMEO.2.0.txt", PetrarchFile::kNone},
      {"Phoenix.discards.txt", PetrarchFile::kNone},
      {"CAMEO.091003.master.verbs", PetrarchFile::kNone},
      {"agents.txt", PetrarchFile::kNone},
      {"people.txt", PetrarchFile::kNone},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PetrarchFileOf(c.name), c.expected) << c.name;
  }
}

// One constructs a file, and the first entry it gives.
TEST(PetrarchActorsTest, ReadsEachConstruct) {
  struct Case {
    const char* what;
    const char* content;
    ActorKind kind;
    const char* aliases;  // the name first
    const char* codes;
  };
  const Case cases[] = {
      {"country with synonyms", "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_ \n",
       ActorKind::kCountry, "Afghanistan|Afghan|Kabul", "AFG .."},
      {"dated codes, two-digit years, inclusive ends",
       "MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n"
       "\t[AFGELI 320101-331108]\n\t[AFGGOV 331108-730717]\n"
       "\t[AFGELI 730717-070723]\n",
       ActorKind::kPerson, "Mohammad Zahir Shah",
       "AFGELI 1932-01-01..1933-11-09; AFGGOV 1933-11-08..1973-07-18; "
       "AFGELI 1973-07-17..2007-07-24"},
      {"open restrictions; the default comes last",
       "HAMID_KARZAI_  [AFGMIL]\n\t[AFGGOV >011222]\n"
       "  \t[AFGELI < 19991231]\n\t[AFGGOV 19950601 - 19990815]\n",
       ActorKind::kPerson, "Hamid Karzai",
       "AFGGOV 2001-12-22..; AFGELI ..2000-01-01; "
       "AFGGOV 1995-06-01..1999-08-16; AFGMIL .."},
      {"codes in line (TABARI), null default",
       "JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---] #BK 16 Jul 2009\n",
       ActorKind::kPerson, "Jean Marie Guehenno",
       "IGOUNO 2000-01-01..2008-08-02"},
      {"dated null code", "DOL_AMROTH\n\t[--- <950630]\n\t[GBR]\n",
       ActorKind::kCountry, "Dol Amroth", "--- ..1995-07-01; GBR .."},
      {"lower-case code", "PALESTINIAN [pse]\n", ActorKind::kOrganisation,
       "Palestinian", "PSE .."},
      {"acronym spelled by a synonym",
       "NATO_\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\t\n\t[IGOWSTNAT]# x\n",
       ActorKind::kOrganisation, "NATO|North Atlantic Treaty Organization",
       "IGOWSTNAT .."},
      {"leading THE, two-letter acronym alone and inside a name",
       "THE_UNITED_NATIONS_ [IGOUNO]\n+UN_\n+U.N.\n+UN_SECURITY_COUNCIL\n",
       ActorKind::kOrganisation, "United Nations|UN|U.N.|UN Security Council",
       "IGOUNO .."},
      {"acronym in parentheses",
       "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13\n",
       ActorKind::kGroup, "Aden Abyan Islamic Army|AAIA", "YEMREB .."},
      {"other parentheses stay", "SAMOA_(AMERICAN)_  [USAASM]\n",
       ActorKind::kOrganisation, "Samoa (American)", "USAASM .."},
      {"comments of every kind and ---STOP---",
       "<!-- a header\nover two lines -->\n<! -- odd -->\n"
       "AFGHANISTAN [AFG] ; KEDS comment\n# a comment\n"
       "+KABUL <!-- inline --> # trailing\n---STOP---\nIRAQ [IRQ]\n",
       ActorKind::kCountry, "Afghanistan|Kabul", "AFG .."},
      {"space and underscore both join words",
       "PRESIDENT HOSNI_MUBARAK [EGYGOV 811014-110211]\n", ActorKind::kPerson,
       "President Hosni Mubarak", "EGYGOV 1981-10-14..2011-02-12"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    auto parsed = ParsePetrarchActors("x.actors", c.content, kCountries);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_FALSE(parsed->entries.empty());
    const LexiconEntry& e = parsed->entries.front();
    EXPECT_EQ(ActorKindName(e.kind), std::string(ActorKindName(c.kind)));
    EXPECT_EQ(Join(e.aliases), c.aliases);
    EXPECT_EQ(e.name, e.aliases.front());
    EXPECT_EQ(Codes(e), c.codes);
    EXPECT_EQ(Skipped(*parsed), "");
  }
}

TEST(PetrarchActorsTest, ConvertsNamesToTheCaseNewsWrites) {
  struct Case {
    const char* phrase;
    const char* name;
  };
  const Case cases[] = {
      {"MOHAMMAD_ZAHIR_SHAH_", "Mohammad Zahir Shah"},
      {"NURI_AL-MALIKI_", "Nuri al-Maliki"},
      {"AL-QAIDA", "al-Qaida"},
      {"MAZAR-I-SHARIF_", "Mazar-i-Sharif"},
      {"JAISH-E-MOHAMMAD", "Jaish-e-Mohammad"},
      {"ISLAMIC_REPUBLIC_OF_AFGHANISTAN", "Islamic Republic of Afghanistan"},
      {"OSAMA_BIN_LADEN", "Osama bin Laden"},
      {"BRENDAN_O'CONNOR_", "Brendan O'Connor"},
      {"COTE_D'IVOIRE", "Cote d'Ivoire"},
      {"PEOPLE'S_LIBERATION_ARMY", "People's Liberation Army"},
      {"AL-QA'IDA", "al-Qa'ida"},
      {"JOHN_MCCAIN", "John McCain"},
      {"FRANK_C._MOCKLER_", "Frank C. Mockler"},
      {"WALTER_J._STOESSEL,_JR.", "Walter J. Stoessel, Jr."},
      {"KING_ABDULLAH_II", "King Abdullah II"},
      {"U.S._STATE_DEPARTMENT", "U.S. State Department"},
      {"2ND_OF_JUNE_MOVEMENT_", "2nd of June Movement"},
      {"ERDO\xC4\x9E"
       "AN",
       "Erdo\xC4\x9F"
       "an"},
      {"MR_ASSAD", "Mr Assad"},
      {"RICHARD_\"DICKIE\"_BRADLEY_", "Richard Bradley"},
      {"CITIZENS_FOUNDATION,_THE_", "Citizens Foundation"},
      {"THE_HAGUE", "Hague"},
      {"KIM_JONG_UN", "Kim Jong Un"},
      {"KABUL", "Kabul"},
      {"QOM", "Qom"},
      {"EU", "EU"},
      {"DPRK", "DPRK"},
      {"MI5", "MI5"},
      {"AT&T", "AT&T"},
      {"UN_Secy_Gen", "Un Secy Gen"},
  };
  for (const Case& c : cases) {
    std::string content = std::string(c.phrase) + " [USAGOV]\n";
    auto parsed = ParsePetrarchActors("x.actors", content, kCountries);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->entries.size(), 1u) << c.phrase;
    EXPECT_EQ(parsed->entries[0].name, c.name) << c.phrase;
  }
}

TEST(PetrarchActorsTest, TellsKinds) {
  struct Case {
    const char* content;
    ActorKind kind;
  };
  const Case cases[] = {
      {"UNITED_KINGDOM [GBR]", ActorKind::kCountry},
      {"GERMAN_DEMOCRATIC_REPUBLIC [DDR 491007-901003]\n\t[DDR]",
       ActorKind::kCountry},
      {"KOSOVO [KSV]", ActorKind::kOrganisation},
      {"REUTERS [MNC]", ActorKind::kOrganisation},
      {"AFGHAN_NATIONAL_ARMY [AFGMIL]", ActorKind::kOrganisation},
      {"FREE_SYRIAN_ARMY [SYRREB]", ActorKind::kGroup},
      {"ISLAMIC_STATE\n+ISIS\n\t[IMGMUSISI >20130408]", ActorKind::kGroup},
      {"SHEIKH_AHMED_YASSIN\n+AHMED_YASSIN\n\t[PSEREBHMS 870101-040322]",
       ActorKind::kPerson},
      {"BARBER_CONABLE_\t[IGOUNODEVWBK 860701-910831]", ActorKind::kPerson},
      {"HISASHI_OWADA [IGO >20090206]", ActorKind::kPerson},
      {"NABILA_A._GOLDI_MZALI_\t[IGOMEAARL]", ActorKind::kPerson},
      {"G._M._QUADER_\n\t[BGDGOV]", ActorKind::kPerson},
      {"DENG_XIAOPING [CHNELI]", ActorKind::kPerson},
      {"EDWARD_SNOWDEN [USAOPP]\n+SNOWDEN", ActorKind::kPerson},
      {"BASHAR_AL-ASSAD [SYRGOV]\n+PRESIDENT_BASHAR_AL-ASSAD",
       ActorKind::kPerson},
      {"KOSOVAR_PRIME_MINISTER [KSVGOV]\n+PRIME_MINISTER_OF_KOSOVO",
       ActorKind::kOrganisation},
      {"ARTHUR_J._GALLAGHER [MNCUSA]", ActorKind::kOrganisation},
      {"ROBERT_F._KENNEDY_MEMORIAL_CENTER [NGOUSAHRI]",
       ActorKind::kOrganisation},
      {"NIGHT_AVENGERS [HNDREB]\n+AVENGERS", ActorKind::kGroup},
  };
  for (const Case& c : cases) {
    auto parsed = ParsePetrarchActors("x.actors", c.content, kCountries);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->entries.size(), 1u) << c.content;
    EXPECT_EQ(ActorKindName(parsed->entries[0].kind),
              std::string(ActorKindName(c.kind)))
        << c.content;
  }
}

TEST(PetrarchActorsTest, EntriesWithoutCodesTakeTheNextEntrysCodes) {
  auto parsed = ParsePetrarchActors(
      "x.actors",
      "IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\nJOSIPOVIC_\n"
      "\t[HRVGOV >20120219]\n\t[HRVGOVLEG 20031222-20100218]\n"
      "ZORAN_MILANOVIC_\n\t[HRVGOV >20111223]\nLAST_ONE\n",
      kCountries);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_EQ(parsed->entries.size(), 5u);
  const char* josipovic =
      "HRVGOV 2012-02-19..; HRVGOVLEG 2003-12-22..2010-02-19";
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Codes(parsed->entries[i]), josipovic) << i;
    EXPECT_EQ(parsed->entries[i].kind, ActorKind::kPerson) << i;
  }
  EXPECT_EQ(parsed->entries[0].origin, "x.actors:1");
  EXPECT_EQ(parsed->entries[2].origin, "x.actors:3");
  EXPECT_EQ(Codes(parsed->entries[3]), "HRVGOV 2011-12-23..");
  // The last entry has nothing to borrow from: no code, as in PETRARCH.
  EXPECT_EQ(parsed->entries[4].name, "Last One");
  EXPECT_TRUE(parsed->entries[4].codes.empty());
}

TEST(PetrarchActorsTest, CodeOnGivesWhatPetrarchWould) {
  auto parsed = ParsePetrarchActors(
      "x.actors",
      "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n"
      "\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n"
      "\t[HOBELI >20130119]\n",
      kCountries);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_EQ(parsed->entries.size(), 1u);
  const LexiconEntry& e = parsed->entries[0];
  struct Case {
    Date date;
    const char* code;
  };
  const Case cases[] = {
      {{2008, 1, 20}, "HOBCIV"},  // both ends hold; the first listed wins
      {{2008, 1, 21}, "HOBMIL"},
      {{2010, 1, 10}, "ORCHOB"},  // listed before the wider range
      {{2012, 11, 9}, "HOBMIL"},
      {{2012, 11, 10}, "HOB"},  // no restriction holds: the default
      {{2013, 1, 19}, "HOBELI"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(e.CodeOn(c.date), c.code) << c.date.ToString();
  }
}

TEST(PetrarchActorsTest, SkipsUnusualLinesAndSaysWhy) {
  struct Case {
    const char* content;
    const char* skipped;  // "line: reason", the start of the reason
    size_t entries;
  };
  const Case cases[] = {
      {"A [USA]\n\t[ARMUNR 9008223-911221]", "2: not a date: \"9008223\"", 1},
      {"A [EGYGOV 20121207-20120802]", "1: date range ends before it starts",
       1},
      {"A [MNEGOV 20121204]", "1: bad date restriction \"20121204\"", 1},
      {"LORIEN  [ELR/GAL]", "1: compound code \"ELR/GAL\"", 1},
      {"A [NGOEEURENV]", "1: bad code \"NGOEEURENV\"", 1},
      {"A [+++]", "1: bad code \"+++\"", 1},
      {"A [PRTGOV >060309]\n\t[PRTELI]\n\t[PRTGOV]",
       "3: a second code without dates (PRTGOV)", 1},
      {"+SYNONYM\nA [USA]", "1: a synonym before any entry", 1},
      {"[USA]\nA [USA]", "1: a code before any entry", 1},
      {"A [USA]\n\tJOHN_MCCLOY_\t[IGOUNO]",
       "2: an indented line that is neither a code nor a synonym", 1},
      {"A [USA]\n+B [GBR]", "2: a synonym line with a code", 1},
      {"A [USAGOV 900101", "1: code not closed by ']'", 1},
      {"NASGUL  [###]\n+RINGWRAITH\nB [GBR]", "1: discard code [###]", 1},
  };
  for (const Case& c : cases) {
    auto parsed = ParsePetrarchActors("x.actors", c.content, kCountries);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    std::string skipped = Skipped(*parsed);
    EXPECT_EQ(skipped.substr(0, std::string(c.skipped).size()), c.skipped)
        << c.content << "\n"
        << skipped;
    EXPECT_EQ(parsed->entries.size(), c.entries) << c.content;
  }
}

TEST(PetrarchActorsTest, ErrorsNameTheFileAndLine) {
  struct Case {
    std::string content;
    const char* error;
  };
  const Case cases[] = {
      {"A [USA]\n<!-- never closed\nB [GBR]\n",
       "x.actors:2: \"<!--\" comment is never closed by \"-->\""},
      {"A [USA]\nB\xFF [GBR]\n", "x.actors:2: invalid UTF-8"},
      {std::string("A [USA]\n\nB\0 [GBR]\n", 18), "x.actors:3: invalid UTF-8"},
  };
  for (const Case& c : cases) {
    auto parsed = ParsePetrarchActors("x.actors", c.content, kCountries);
    ASSERT_FALSE(parsed.ok()) << c.content;
    EXPECT_EQ(parsed.error().code, ErrorCode::kCorruption);
    EXPECT_EQ(parsed.error().message, c.error);
  }
}

TEST(PetrarchAgentsTest, ReadsEachConstruct) {
  struct Case {
    const char* content;  // the last line gives the entry checked
    const char* aliases;
    const char* code;
  };
  const Case cases[] = {
      {"PRESIDENT [~GOV] # ns 6/26/01", "president|presidents", "GOV"},
      {"POLICE {} [~COP]", "police", "COP"},
      {"THIEF {THIEVES} [~CRM]", "thief|thieves", "CRM"},
      {"HEAD_OF_NATIONAL_POLICE {HEADS_OF_NATIONAL_POLICE } [~COP]",
       "head of national police|heads of national police", "COP"},
      {"SECRETARY [~GOV]", "secretary|secretaries", "GOV"},
      {"ATTORNEY [~JUD]", "attorney|attorneys", "JUD"},
      {"BOSS [~BUS]", "boss|bosses", "BUS"},
      {"CHURCH [~REL]", "church|churches", "REL"},
      {"MINISTRY_DELEGATION_  [~GOV]", "ministry delegation", "GOV"},
      {"CAPT. [~MIL]", "capt.", "MIL"},
      {"FOREIGN_MINISTER [~GOVFRM]", "foreign minister|foreign ministers",
       "GOVFRM"},
      {"CHIEF EXECUTIVE [~GOV]", "chief executive|chief executives", "GOV"},
      {"SNEAK_THIEF {SNEAK_THIEVES}[~CRM]", "sneak thief|sneak thieves", "CRM"},
      {"!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
       "CONGRESS!PERSON! [~LEG]",
       "congressman|congressmen|congresswoman|congresswomen|congressperson",
       "LEG"},
      {"!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\n"
       "!MINIST! FOR_AGRICULTURE [~GOVAGR]",
       "minister for agriculture|ministers for agriculture|"
       "ministry for agriculture|ministries for agriculture",
       "GOVAGR"},
      {"!PERSON! = MAN, MEN\nFIRE!PERSON! {} [~GOV]", "fireman|firemen", "GOV"},
  };
  for (const Case& c : cases) {
    auto parsed = ParsePetrarchAgents("x.agents", c.content);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->entries.size(), 1u) << c.content;
    const LexiconEntry& e = parsed->entries[0];
    EXPECT_EQ(e.kind, ActorKind::kAgent);
    EXPECT_EQ(Join(e.aliases), c.aliases) << c.content;
    EXPECT_EQ(e.name, e.aliases.front());
    ASSERT_EQ(e.codes.size(), 1u);
    EXPECT_EQ(e.codes[0].code, c.code) << c.content;
    EXPECT_FALSE(e.codes[0].from || e.codes[0].to);
    EXPECT_EQ(Skipped(*parsed), "") << c.content;
  }
}

TEST(PetrarchAgentsTest, SkipsUnusualLinesAndSaysWhy) {
  struct Case {
    const char* content;
    const char* skipped;
  };
  const Case cases[] = {
      {"OBSERVERS_IN [IGO~]",
       "1: a code placed before the actor's (IGO~) is not supported"},
      {"DEPARMENT_OF_ENVIRONMENT [~ENV}", "1: code not closed by ']'"},
      {"ISLAMIC_EXTREMIST", "1: no [~CODE]"},
      {"!MINIST! = MINISTER\nAD!MINIST!RATION [~GOV]",
       "2: substitution marker !MINIST! inside a word"},
      {"FOO!BAR! [~GOV]", "1: substitution marker !BAR! is not defined"},
      {"FOO!BAR [~GOV]", "1: substitution marker not closed by '!'"},
      {"X {Y [~GOV]", "1: '{' not closed by '}'"},
      {"X [~GO]", "1: bad code \"GO\""},
      {"X [GOV]", "1: an agent code starts with '~'"},
      {"X [~---]", "1: null agent code"},
      {"!EMPTY! = ,\nX [~GOV]", "1: empty substitution set"},
  };
  for (const Case& c : cases) {
    auto parsed = ParsePetrarchAgents("x.agents", c.content);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    std::string skipped = Skipped(*parsed);
    EXPECT_EQ(skipped.substr(0, std::string(c.skipped).size()), c.skipped)
        << c.content << "\n"
        << skipped;
  }
}

// The real Phoenix dictionaries, when the shared material is present.
class PetrarchPhoenixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto shared = dyad::testing::SharedDir();
    if (!shared) {
      GTEST_SKIP() << "../shared (or $DYAD_SHARED) is absent: the Phoenix "
                      "dictionaries are not available";
    }
    dir_ = *shared + "/dictionaries/phoenix";
    if (!std::filesystem::is_directory(dir_)) {
      GTEST_SKIP() << dir_ << " is absent";
    }
  }

  PetrarchDictionary Read(const std::string& file) {
    auto text = dyad::testing::ReadFileOrNone(dir_ + "/" + file);
    EXPECT_TRUE(text) << file;
    if (!text) return {};
    auto parsed = PetrarchFileOf(file) == PetrarchFile::kAgents
                      ? ParsePetrarchAgents(file, *text)
                      : ParsePetrarchActors(file, *text, kCountries);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    return parsed.ok() ? std::move(*parsed) : PetrarchDictionary{};
  }

  std::string dir_;
};

TEST_F(PetrarchPhoenixTest, CountriesHoldDatedLeaders) {
  PetrarchDictionary d = Read("Phoenix.Countries.actors.txt");
  EXPECT_GT(d.entries.size(), 15000u);
  EXPECT_LT(d.skipped.size(), 30u) << Skipped(d);

  const LexiconEntry* shah = Find(d.entries, "Mohammad Zahir Shah");
  ASSERT_NE(shah, nullptr);
  EXPECT_EQ(shah->kind, ActorKind::kPerson);
  EXPECT_EQ(shah->origin, "Phoenix.Countries.actors.txt:105");
  EXPECT_EQ(shah->CodeOn(Date{1932, 6, 1}), "AFGELI");
  EXPECT_EQ(shah->CodeOn(Date{1950, 6, 1}), "AFGGOV");
  EXPECT_EQ(shah->CodeOn(Date{1973, 7, 17}), "AFGGOV");
  EXPECT_EQ(shah->CodeOn(Date{1973, 7, 18}), "AFGELI");
  EXPECT_EQ(shah->CodeOn(Date{2007, 7, 23}), "AFGELI");
  EXPECT_EQ(shah->CodeOn(Date{2010, 1, 1}), "");

  const LexiconEntry* afghanistan = Find(d.entries, "Afghanistan");
  ASSERT_NE(afghanistan, nullptr);
  EXPECT_EQ(afghanistan->kind, ActorKind::kCountry);
  EXPECT_EQ(Codes(*afghanistan), "AFG ..");
  std::string aliases = "|" + Join(afghanistan->aliases) + "|";
  EXPECT_NE(aliases.find("|Kabul|"), std::string::npos) << aliases;
  EXPECT_NE(aliases.find("|Afghan|"), std::string::npos) << aliases;
  EXPECT_NE(aliases.find("|Mazar-i-Sharif|"), std::string::npos) << aliases;

  // Three primary phrases without codes share the next ones.
  const LexiconEntry* josipovic = Find(d.entries, "Ivo Josipovic");
  ASSERT_NE(josipovic, nullptr);
  EXPECT_EQ(josipovic->CodeOn(Date{2013, 1, 1}), "HRVGOV");
}

TEST_F(PetrarchPhoenixTest, InternationalHoldsOrganisations) {
  PetrarchDictionary d = Read("Phoenix.International.actors.txt");
  EXPECT_GT(d.entries.size(), 7000u);
  EXPECT_LT(d.skipped.size(), 20u) << Skipped(d);

  const LexiconEntry* un = Find(d.entries, "United Nations");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->kind, ActorKind::kOrganisation);
  EXPECT_EQ(Codes(*un), "IGOUNO ..");

  const LexiconEntry* nato = Find(d.entries, "NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(Join(nato->aliases), "NATO|North Atlantic Treaty Organization");
  EXPECT_EQ(Codes(*nato), "IGOWSTNAT ..");

  const LexiconEntry* annan = Find(d.entries, "Kofi Annan");
  ASSERT_NE(annan, nullptr);
  EXPECT_EQ(annan->kind, ActorKind::kPerson);
  EXPECT_EQ(annan->CodeOn(Date{2000, 1, 1}), "IGOUNO");
  EXPECT_EQ(annan->CodeOn(Date{2010, 1, 1}), "ELI");
}

TEST_F(PetrarchPhoenixTest, MilNonStateHoldsGroups) {
  PetrarchDictionary d = Read("Phoenix.MilNonState.actors.txt");
  EXPECT_GT(d.entries.size(), 900u);
  EXPECT_EQ(Skipped(d), "");
  const LexiconEntry* aaia = Find(d.entries, "Aden Abyan Islamic Army");
  ASSERT_NE(aaia, nullptr);
  EXPECT_EQ(aaia->kind, ActorKind::kGroup);
  EXPECT_EQ(Codes(*aaia), "YEMREB ..");
  EXPECT_NE(std::find(aaia->aliases.begin(), aaia->aliases.end(), "AAIA"),
            aaia->aliases.end());
}

TEST_F(PetrarchPhoenixTest, AgentsHoldPluralsAndSubstitutions) {
  PetrarchDictionary d = Read("Phoenix.agents.txt");
  EXPECT_GT(d.entries.size(), 2000u);
  struct Case {
    const char* name;
    const char* aliases;
    const char* code;
  };
  const Case cases[] = {
      {"chamber of commerce", "chamber of commerce|chambers of commerce",
       "BUS"},
      {"police", "police", "COP"},
      {"cattleman", "cattleman|cattlemen|cattlewoman|cattlewomen|cattleperson",
       "AGR"},
      {"minister for agriculture",
       "minister for agriculture|ministers for agriculture|"
       "ministry for agriculture|ministries for agriculture",
       "GOVAGR"},
  };
  for (const Case& c : cases) {
    const LexiconEntry* e = Find(d.entries, c.name);
    ASSERT_NE(e, nullptr) << c.name;
    EXPECT_EQ(Join(e->aliases), c.aliases);
    EXPECT_EQ(Codes(*e), std::string(c.code) + " ..");
  }
  std::string skipped = Skipped(d);
  EXPECT_NE(skipped.find("544: code not closed by ']'"), std::string::npos)
      << skipped;
  EXPECT_NE(skipped.find("2365: a code placed before the actor's (IGO~)"),
            std::string::npos)
      << skipped;
}

bool HaveIsoCodes() {
  return std::filesystem::exists(LexiconOptions{}.iso_codes_dir +
                                 "/iso_3166-1.json");
}

// The entry an alias matches at the start of `text`, or "".
std::string MatchAt(const Lexicon& lexicon, const std::string& text) {
  CleanText clean = Clean(text);
  std::vector<Token> tokens =
      Tokenize(clean, 0, static_cast<uint32_t>(clean.text.size()));
  auto match = lexicon.LongestMatch(tokens, 0, clean.text);
  if (!match) return "";
  return lexicon.entry(match->entries.front()).name;
}

TEST(PetrarchLexiconTest, LoadsPetrarchFilesBesideDyadsAndSkipsTheRest) {
  if (!HaveIsoCodes()) GTEST_SKIP() << "Debian's iso-codes is not installed";
  dyad::testing::TempDir dir;
  ASSERT_TRUE(dyad::testing::WriteFile(
      dir.File("mini.actors"),
      "AFGHANISTAN_  [AFG]\n+KABUL_\n\t[AFG 9008223-911221]\n"
      "SOVIET_UNION [SUN]\nUNITED_NATIONS [IGOUNO]\n+UN\n"));
  ASSERT_TRUE(dyad::testing::WriteFile(dir.File("mini.agents.txt"),
                                       "PRESIDENT [~GOV]\n"));
  ASSERT_TRUE(dyad::testing::WriteFile(
      dir.File("people_extra.txt"),
      "Vladimir Putin | Putin = RUSGOV 2012-05-07..\n"));
  ASSERT_TRUE(dyad::testing::WriteFile(dir.File("CAMEO.verbs"), "--- x\n"));
  ASSERT_TRUE(dyad::testing::WriteFile(dir.File("notes.md"), "# notes\n"));

  LexiconOptions options;
  options.load_own = false;
  options.extra_dirs = {dir.path()};
  auto lexicon = Lexicon::Load(options);
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  const LexiconStats& stats = (*lexicon)->stats();
  EXPECT_EQ(stats.files, 3u);
  EXPECT_EQ(Join(stats.skipped_files), "CAMEO.verbs|notes.md");
  EXPECT_EQ(Join(stats.skipped_lines),
            "mini.actors:3: not a date: \"9008223\" (expected YYMMDD or "
            "YYYYMMDD)");
  EXPECT_EQ(stats.entries_by_kind.at("agent"), 1u);
  EXPECT_EQ(stats.entries_by_kind.at("person"), 1u);

  // The PETRARCH country joins its iso-codes entry; a country of the past
  // stays an entry of its own.
  EXPECT_EQ(MatchAt(**lexicon, "Kabul"), "Afghanistan");
  EXPECT_EQ(MatchAt(**lexicon, "KABUL"), "Afghanistan");
  EXPECT_EQ(MatchAt(**lexicon, "kabul"), "");
  EXPECT_EQ(MatchAt(**lexicon, "Soviet Union"), "Soviet Union");
  EXPECT_EQ(MatchAt(**lexicon, "UN"), "United Nations");
  EXPECT_EQ(MatchAt(**lexicon, "Un"), "");
  EXPECT_EQ(MatchAt(**lexicon, "Presidents"), "president");
}

TEST(PetrarchLexiconTest, ErrorsInPetrarchFilesNameTheFile) {
  if (!HaveIsoCodes()) GTEST_SKIP() << "Debian's iso-codes is not installed";
  dyad::testing::TempDir dir;
  ASSERT_TRUE(dyad::testing::WriteFile(dir.File("bad.agents"),
                                       "PRESIDENT [~GOV]\n<!-- open\n"));
  LexiconOptions options;
  options.load_own = false;
  options.extra_dirs = {dir.path()};
  auto lexicon = Lexicon::Load(options);
  ASSERT_FALSE(lexicon.ok());
  EXPECT_EQ(lexicon.error().message,
            "bad.agents:2: \"<!--\" comment is never closed by \"-->\"");
}

TEST_F(PetrarchPhoenixTest, TheLexiconLoadsTheFolderQuickly) {
  if (!HaveIsoCodes()) GTEST_SKIP() << "Debian's iso-codes is not installed";
  LexiconOptions options;
  options.load_own = false;
  options.extra_dirs = {dir_};
  auto start = std::chrono::steady_clock::now();
  auto lexicon = Lexicon::Load(options);
  auto took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
  const LexiconStats& stats = (*lexicon)->stats();
  EXPECT_EQ(stats.files, 4u);
  EXPECT_EQ(Join(stats.skipped_files), "CAMEO.2.0.txt|Phoenix.discards.txt");
  EXPECT_GT(stats.entries_by_kind.at("person"), 15000u);
  EXPECT_GT(stats.entries_by_kind.at("agent"), 2000u);
  EXPECT_EQ(MatchAt(**lexicon, "Mohammad Zahir Shah"), "Mohammad Zahir Shah");
  // Generous, for sanitizer builds: a release build takes about 0.2 s.
  EXPECT_LT(std::chrono::duration<double>(took).count(), 10.0);
}

}  // namespace
}  // namespace dyad::actors
