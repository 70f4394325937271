// Actor recognition on news sentences, against dyad's own dictionaries:
// each case is a short text, a date and every mention expected, in order.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/lexicon.h"
#include "dyad/text.h"
#include "tests/test_support.h"

namespace dyad {
namespace {

constexpr std::optional<Date> kNoDate = std::nullopt;
constexpr Date kArticleDate{2017, 5, 2};  // the reference article's date

// A mention expected: its exact text and code; for resolution cases also the
// index, in the same list, of the mention it was resolved from (-1: none).
struct Expected {
  std::string text;
  std::string code;
  int from = kUnchecked;

  static constexpr int kUnchecked = -2;
};

struct PhraseCase {
  std::string text;
  std::optional<Date> date;
  std::vector<Expected> mentions;  // all the mentions, in text order
};

class ActorRecognizerTest : public ::testing::Test {
 protected:
  // The dictionaries are loaded once for all the tests of the suite.
  static void SetUpTestSuite() {
    auto lexicon = Lexicon::Load(LexiconOptions{});
    ASSERT_TRUE(lexicon.ok()) << lexicon.error().message;
    lexicon_ = std::move(lexicon).value();
    auto segmenter = Segmenter::Create();
    ASSERT_TRUE(segmenter.ok()) << segmenter.error().message;
    segmenter_ = std::move(segmenter).value();
  }

  static void TearDownTestSuite() {
    segmenter_.reset();
    lexicon_.reset();
  }

  void SetUp() override {
    ASSERT_NE(lexicon_, nullptr);
    ASSERT_NE(segmenter_, nullptr);
  }

  struct Found {
    Document doc;
    std::vector<ActorMention> mentions;

    std::string TextOf(const ActorMention& m) const {
      return doc.text.substr(m.span.begin, m.span.size());
    }
    std::string Describe() const {
      std::ostringstream out;
      for (size_t i = 0; i < mentions.size(); ++i) {
        const ActorMention& m = mentions[i];
        out << "  [" << i << "] \"" << TextOf(m) << "\" " << m.code;
        if (m.resolved_from) out << " <- [" << *m.resolved_from << "]";
        out << "\n";
      }
      return out.str();
    }
  };

  static Found Find(const std::string& text, const std::optional<Date>& date) {
    Found found;
    found.doc.id = "case";
    found.doc.text = text;
    found.doc.published = date;
    auto segmented = segmenter_->Segment(found.doc);
    EXPECT_TRUE(segmented.ok()) << segmented.error().message;
    if (!segmented.ok()) return found;
    found.mentions = ActorRecognizer(*lexicon_).Find(*segmented, date);
    return found;
  }

  // Checks that the mentions found are exactly those expected.
  static void Check(const PhraseCase& c) {
    SCOPED_TRACE(c.text + " @ " +
                 (c.date ? c.date->ToString() : std::string("no date")));
    Found found = Find(c.text, c.date);
    ASSERT_EQ(found.mentions.size(), c.mentions.size()) << "found:\n"
                                                        << found.Describe();
    for (size_t i = 0; i < c.mentions.size(); ++i) {
      const ActorMention& m = found.mentions[i];
      const Expected& e = c.mentions[i];
      EXPECT_EQ(found.TextOf(m), e.text) << "mention " << i << "\n"
                                         << found.Describe();
      EXPECT_EQ(m.code, e.code) << "mention " << i << " \"" << e.text << "\"\n"
                                << found.Describe();
      if (e.from == Expected::kUnchecked) continue;
      if (e.from < 0) {
        EXPECT_FALSE(m.resolved_from.has_value())
            << "mention " << i << " \"" << e.text << "\"\n"
            << found.Describe();
      } else {
        ASSERT_TRUE(m.resolved_from.has_value())
            << "mention " << i << " \"" << e.text << "\"\n"
            << found.Describe();
        EXPECT_EQ(*m.resolved_from, static_cast<uint32_t>(e.from))
            << "mention " << i << " \"" << e.text << "\"\n"
            << found.Describe();
      }
    }
  }

  static void CheckAll(const std::vector<PhraseCase>& cases) {
    for (const PhraseCase& c : cases) Check(c);
  }

  inline static std::unique_ptr<Lexicon> lexicon_;
  inline static std::unique_ptr<Segmenter> segmenter_;
};

// The country a code starts with: three capitals that ISO 3166-1 knows.
TEST_F(ActorRecognizerTest, CountryOfACode) {
  struct Case {
    std::string_view code;
    std::string_view country;
  };
  const Case cases[] = {
      {"RUSGOV", "RUS"},  {"USA", "USA"}, {"GBRMED", "GBR"}, {"ZWE", "ZWE"},
      {"AFG", "AFG"},     {"IGOUNO", ""}, {"IMGISI", ""},    {"DDR", ""},
      {"RU", ""},         {"", ""},       {"rusgov", ""},    {"RuS", ""},
      {"R\xC3\xA9S", ""}, {"[US", ""},    {"ZZZ", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(lexicon_->CountryOf(c.code), c.country) << c.code;
  }
}

// Countries by their short and long names, U.S./US/USA, and demonyms.
TEST_F(ActorRecognizerTest, CountriesAndDemonyms) {
  const Date d = kArticleDate;
  CheckAll({
      {"Russia and China blocked the resolution.",
       d,
       {{"Russia", "RUS"}, {"China", "CHN"}}},
      {"The United States and the United Kingdom issued a joint statement.",
       d,
       {{"United States", "USA"}, {"United Kingdom", "GBR"}}},
      {"The U.S. imposed new sanctions on Iran.",
       d,
       {{"U.S.", "USA"}, {"Iran", "IRN"}}},
      {"Trade between the USA and Canada grew last year.",
       d,
       {{"USA", "USA"}, {"Canada", "CAN"}}},
      {"The US warned North Korea and South Korea welcomed it.",
       d,
       {{"US", "USA"}, {"North Korea", "PRK"}, {"South Korea", "KOR"}}},
      {"Britain and France condemned the strike.",
       d,
       {{"Britain", "GBR"}, {"France", "FRA"}}},
      {"Ivory Coast and the Democratic Republic of the Congo signed a pact.",
       d,
       {{"Ivory Coast", "CIV"}, {"Democratic Republic of the Congo", "COD"}}},
      {"Myanmar, also known as Burma, freed the prisoners.",
       d,
       {{"Myanmar", "MMR"}, {"Burma", "MMR"}}},
      {"Saudi Arabia and the United Arab Emirates cut ties with Qatar.",
       d,
       {{"Saudi Arabia", "SAU"},
        {"United Arab Emirates", "ARE"},
        {"Qatar", "QAT"}}},
      {"Venezuela accused Colombia of provocation.",
       d,
       {{"Venezuela", "VEN"}, {"Colombia", "COL"}}},
      {"Iran said Israel was behind the attack.",
       d,
       {{"Iran", "IRN"}, {"Israel", "ISR"}}},
      {"Egypt reopened its border with Gaza.",
       d,
       {{"Egypt", "EGY"}, {"Gaza", "PSE"}}},
      {"Mali and Niger closed the border, but the Niger Delta was calm.",
       d,
       {{"Mali", "MLI"}, {"Niger", "NER"}, {"Niger Delta", "NGA"}}},
      {"Syrians fled to Lebanon.", d, {{"Syrians", "SYR"}, {"Lebanon", "LBN"}}},
      {"A Briton was among the Iraqis detained.",
       d,
       {{"Briton", "GBR"}, {"Iraqis", "IRQ"}}},
      {"Afghans queued at the Pakistani border.",
       d,
       {{"Afghans", "AFG"}, {"Pakistani", "PAK"}}},
      {"The Syrians and the Iraqis disagreed.",
       d,
       {{"Syrians", "SYR"}, {"Iraqis", "IRQ"}}},
  });
}

// Capitals and seats of power stand for governments, legislatures and
// armies.
TEST_F(ActorRecognizerTest, CapitalsAndMetonyms) {
  const Date d = kArticleDate;
  CheckAll({
      {"Moscow rejected the accusation.", d, {{"Moscow", "RUSGOV"}}},
      {"Damascus denied using chemical weapons.", d, {{"Damascus", "SYRGOV"}}},
      {"Tehran and Riyadh restored relations.",
       d,
       {{"Tehran", "IRNGOV"}, {"Riyadh", "SAUGOV"}}},
      {"Beijing warned Washington against interference.",
       d,
       {{"Beijing", "CHNGOV"}, {"Washington", "USAGOV"}}},
      {"Kiev accused Moscow of shelling.",
       d,
       {{"Kiev", "UKRGOV"}, {"Moscow", "RUSGOV"}}},
      {"Brussels fined the company.", d, {{"Brussels", "IGOEUREEC"}}},
      {"The White House declined to comment.", d, {{"White House", "USAGOV"}}},
      {"The Kremlin said the talks were useful.", d, {{"Kremlin", "RUSGOV"}}},
      {"The Pentagon confirmed the strike.", d, {{"Pentagon", "USAMIL"}}},
      {"Downing Street said the prime minister was confident.",
       d,
       {{"Downing Street", "GBRGOV"}, {"prime minister", "GBRGOV"}}},
      {"The Elysee announced a reshuffle.", d, {{"Elysee", "FRAGOV"}}},
      {"The Knesset passed the bill and Capitol Hill took note.",
       d,
       {{"Knesset", "ISRLEG"}, {"Capitol Hill", "USALEG"}}},
      {"Kremlin officials said Washington had been warned.",
       d,
       {{"Kremlin officials", "RUSGOV"}, {"Washington", "USAGOV"}}},
      // With a role word, a capital names the country's body of that role.
      {"A Moscow court jailed the activist.",
       d,
       {{"Moscow court", "RUSJUD"}, {"activist", "RUSOPP"}}},
      {"London police arrested two men.", d, {{"London police", "GBRCOP"}}},
  });
}

// A place where something happens, or inside a longer name, is no actor.
TEST_F(ActorRecognizerTest, PlacesThatDoNotAct) {
  const Date d = kArticleDate;
  CheckAll({
      {"Talks were held in Moscow.", d, {{"Moscow", "RUS"}}},
      {"Hamas fired rockets towards Jerusalem.",
       d,
       {{"Hamas", "PSEREBHMS"}, {"Jerusalem", "ISR"}}},
      // The place where it happens is the country of the role word before
      // it.
      {"Protesters gathered outside the White House.",
       d,
       {{"Protesters", "USAOPP"}, {"White House", "USA"}}},
      {"Thousands of protesters marched in Khartoum on Saturday.",
       d,
       {{"protesters", "SDNOPP"}, {"Khartoum", "SDN"}}},
      {"Tens of thousands of protesters packed Cairo's Tahrir Square.",
       d,
       {{"protesters", "EGYOPP"}, {"Cairo", "EGYGOV"}}},
      // Irregular plurals are role words too.
      {"Aid reached 1.2 million people in Yemen.",
       d,
       {{"people", "YEMCVL"}, {"Yemen", "YEM"}}},
      // Without a place there is no country to give it.
      {"Protesters gathered outside the building.", d, {}},
      {"The men were arrested in north London on Tuesday.",
       d,
       {{"London", "GBR"}}},
      {"The Paris-based group published its report.", d, {{"Paris", "FRA"}}},
      {"Ronaldo scored twice for Real Madrid.", d, {}},
      {"She won gold at the Athens Olympics.", d, {}},
      {"The report first appeared in The Washington Post.", d, {}},
      {"He was played by Denzel Washington.", d, {}},
  });
}

// A country's people and its bodies outside the state, named without their
// country, are those of the actor named before them, unless a place where
// it happens is named after them.
TEST_F(ActorRecognizerTest, DomesticRolesTakeTheActingSidesCountry) {
  const Date d = kArticleDate;
  CheckAll({
      {"Egyptian police detained dozens of journalists on Friday.",
       d,
       {{"Egyptian police", "EGYCOP"}, {"journalists", "EGYMED"}}},
      {"The Zimbabwean government banned opposition rallies.",
       d,
       {{"Zimbabwean government", "ZWEGOV"}, {"opposition", "ZWEOPP"}}},
      {"Kenyan President William Ruto met opposition leaders.",
       d,
       {{"Kenyan President William Ruto", "KENGOV"},
        {"opposition leaders", "KENOPP"}}},
      {"Authorities in Minsk jailed opposition activist Olga Petrova.",
       d,
       {{"Authorities", "BLRGOV"},
        {"Minsk", "BLR"},
        {"opposition activist Olga Petrova", "BLROPP"}}},
      // A country's own people address its government; a person word
      // after a state's official is not taken for that state's.
      {"Bangladesh's opposition called a strike to demand the prime "
       "minister's resignation.",
       d,
       {{"Bangladesh's opposition", "BGDOPP"}, {"prime minister", "BGDGOV"}}},
      {"Putin met the prime minister.", d, {{"Putin", "RUSGOV"}}},
      {"Kenyan opposition leader Raila Odinga was detained by security "
       "forces.",
       d,
       {{"Kenyan opposition leader Raila Odinga", "KENOPP"},
        {"security forces", "KENCOP"}}},
      // A country's one parliament needs no article.
      {"Israeli Prime Minister Benjamin Netanyahu told parliament that "
       "talks had failed.",
       d,
       {{"Israeli Prime Minister Benjamin Netanyahu", "ISRGOV"},
        {"parliament", "ISRLEG"}}},
      // Words may qualify the role word after its article; an opposition
      // party is the opposition.
      {"Zimbabwe's government threatened to ban the main opposition party.",
       d,
       {{"Zimbabwe's government", "ZWEGOV"}, {"opposition party", "ZWEOPP"}}},
      {"Italian prosecutors raided the infrastructure ministry.",
       d,
       {{"Italian prosecutors", "ITAJUD"}, {"ministry", "ITAGOV"}}},
      {"Italian prosecutors raided a ministry.",
       d,
       {{"Italian prosecutors", "ITAJUD"}}},
      // The place where it happens comes first.
      {"Russian troops fired on protesters in Tbilisi.",
       d,
       {{"Russian troops", "RUSMIL"},
        {"protesters", "GEOOPP"},
        {"Tbilisi", "GEO"}}},
      // Not the reporters a leader speaks to, nor a role of the state.
      {"Putin spoke to reporters on Monday.", d, {{"Putin", "RUSGOV"}}},
      {"Chinese hackers targeted officials.", d, {{"Chinese", "CHN"}}},
      // A role word before a singular noun or a verb is no group.
      {"Thailand's government lifted its ban on political party "
       "activities.",
       d,
       {{"Thailand's government", "THAGOV"}, {"political party", "THAPTY"}}},
      {"Syrian forces took an opposition stronghold.",
       d,
       {{"Syrian forces", "SYRMIL"}}},
  });
}

// Qualifiers, agents, titles and names combine into one actor.
TEST_F(ActorRecognizerTest, Composition) {
  const Date d = kArticleDate;
  CheckAll({
      {"Russian PM Dmitry Medvedev criticised the strikes.",
       d,
       {{"Russian PM Dmitry Medvedev", "RUSGOV"}}},
      {"The Syrian government denied the claim.",
       d,
       {{"Syrian government", "SYRGOV"}}},
      {"Syrian president Bashar al-Assad received the envoy.",
       d,
       {{"Syrian president Bashar al-Assad", "SYRGOV"}}},
      {"US troops will stay in Syria.",
       d,
       {{"US troops", "USAMIL"}, {"Syria", "SYR"}}},
      {"FBI director James Comey testified on Tuesday.",
       d,
       {{"FBI director James Comey", "USACOP"}}},
      {"Russia's foreign minister met his Turkish counterpart.",
       d,
       {{"Russia's foreign minister", "RUSGOV"}, {"Turkish", "TUR"}}},
      {"Israeli soldiers shot a Palestinian teenager.",
       d,
       {{"Israeli soldiers", "ISRMIL"}, {"Palestinian", "PSE"}}},
      {"Afghan police arrested the suspects.",
       d,
       {{"Afghan police", "AFGCOP"}}},
      {"Syrian rebels shelled the city.", d, {{"Syrian rebels", "SYRREB"}}},
      {"The president of Syria addressed the nation.",
       d,
       {{"president of Syria", "SYRGOV"}}},
      {"French foreign minister Jean Dupontel arrived on Monday.",
       d,
       {{"French foreign minister Jean Dupontel", "FRAGOV"}}},
      {"Assad's government retook the city.",
       d,
       {{"Assad's government", "SYRGOV"}}},
      {"Assad's forces shelled the suburbs.",
       d,
       {{"Assad's forces", "SYRMIL"}}},
      {"Putin's government and Erdogan's government disagreed.",
       d,
       {{"Putin's government", "RUSGOV"}, {"Erdogan's government", "TURGOV"}}},
      {"Netanyahu's cabinet approved the plan.",
       d,
       {{"Netanyahu's cabinet", "ISRGOV"}}},
      {"Egypt's army said it had killed militants.",
       d,
       {{"Egypt's army", "EGYMIL"}}},
      // A role shared across "and".
      {"Egyptian and Israeli forces coordinated operations.",
       d,
       {{"Egyptian", "EGYMIL"}, {"Israeli forces", "ISRMIL"}}},
      // A role word alone after "and" is of the role's country before it.
      {"British warplanes and warships struck targets across Yemen.",
       d,
       {{"British warplanes", "GBRMIL"},
        {"warships", "GBRMIL"},
        {"Yemen", "YEM"}}},
      // So when the second names a body: its role word's role.
      {"Iranian and EU negotiators resumed talks.",
       d,
       {{"Iranian", "IRNGOV"}, {"EU negotiators", "IGOEUREEC"}}},
      {"The foreign ministers of Armenia and Azerbaijan met.",
       d,
       {{"foreign ministers of Armenia", "ARMGOV"}, {"Azerbaijan", "AZEGOV"}}},
      // An institution takes the country of the national actor before it;
      // a bare role word after "in COUNTRY" takes that country.
      {"Saudi activists demanded that the government act.",
       d,
       {{"Saudi activists", "SAUOPP"}, {"government", "SAUGOV"}}},
      {"France sent troops to protect civilians in the Central African "
       "Republic.",
       d,
       {{"France", "FRA"},
        {"troops", "FRAMIL"},
        {"civilians", "CAFCVL"},
        {"Central African Republic", "CAF"}}},
      {"The Iraqi army retook Mosul from Islamic State militants.",
       d,
       {{"Iraqi army", "IRQMIL"},
        {"Mosul", "IRQ"},
        {"Islamic State militants", "IMGMUSISI"}}},
      {"North Korean leader Kim Jong Un watched the launch.",
       d,
       {{"North Korean leader Kim Jong Un", "PRKGOV"}}},
      {"US Secretary of State Rex Tillerson flew to Moscow.",
       d,
       {{"US Secretary of State Rex Tillerson", "USAGOV"},
        {"Moscow", "RUSGOV"}}},
      {"Iranian President Hassan Rouhani met Iraqi Prime Minister Haider "
       "al-Abadi.",
       d,
       {{"Iranian President Hassan Rouhani", "IRNGOV"},
        {"Iraqi Prime Minister Haider al-Abadi", "IRQGOV"}}},
      {"The German chancellor and the British prime minister spoke.",
       d,
       {{"German chancellor", "DEUGOV"}, {"British prime minister", "GBRGOV"}}},
      {"The jailed US Marine was freed.", d, {{"US Marine", "USAMIL"}}},
      // "of" a country's body: that body's role.
      {"Members of Niger's presidential guard detained him.",
       d,
       {{"Members of Niger's presidential guard", "NERMIL"}}},
      // A role after "of" runs on through a list of countries.
      {"The leaders of Chile, Peru and Bolivia met.",
       d,
       {{"leaders of Chile", "CHLGOV"},
        {"Peru", "PERGOV"},
        {"Bolivia", "BOLGOV"}}},
      // A coalition a state leads stands for that state's forces.
      {"The Saudi-led coalition struck the port.",
       d,
       {{"Saudi-led coalition", "SAUMIL"}}},
      {"A US-led invasion began.", d, {{"US", "USA"}}},
      {"The Egyptian presidency issued a statement.",
       d,
       {{"Egyptian presidency", "EGYGOV"}}},
      // A state's news agency and broadcasters are its media.
      {"Iran's state news agency reported the arrests.",
       d,
       {{"Iran's state news agency", "IRNMED"}}},
      {"Russian state television showed the damage.",
       d,
       {{"Russian state television", "RUSMED"}}},
      // Words that qualify the role word come between.
      {"Brazilian federal police raided the offices.",
       d,
       {{"Brazilian federal police", "BRACOP"}}},
      {"South Korean trainee doctors walked out.",
       d,
       {{"South Korean trainee doctors", "KORHLH"}}},
      // Rioters, like protesters, are the opposition.
      {"Iranian police dispersed rioters.",
       d,
       {{"Iranian police", "IRNCOP"}, {"rioters", "IRNOPP"}}},
      // Farmers, fishermen and tourists are civilians.
      {"Kenyan farmers sued the government.",
       d,
       {{"Kenyan farmers", "KENCVL"}, {"government", "KENGOV"}}},
      // A rebel or militia leader leads rebels, not a government.
      {"Congolese militia leader Thomas Lubanga was convicted.",
       d,
       {{"Congolese militia leader Thomas Lubanga", "CODREB"}}},
      {"Syrian rebel leaders met.", d, {{"Syrian rebel leaders", "SYRREB"}}},
      // Pirates are criminals; naval ships, the military; what a country's
      // people own, its business.
      {"Somali pirates hijacked a Greek-owned oil tanker.",
       d,
       {{"Somali pirates", "SOMCRM"}, {"Greek", "GRCBUS"}}},
      {"Indian naval ships delivered food to Sri Lanka.",
       d,
       {{"Indian naval ships", "INDMIL"}, {"Sri Lanka", "LKA"}}},
      {"A state-owned company and a US-owned factory closed.",
       d,
       {{"US", "USABUS"}}},
      // So after a country's possessive: the country's body.
      {"Brazil's federal police raided the offices.",
       d,
       {{"Brazil's federal police", "BRACOP"}}},
      {"Russia's two biggest oil companies cut output.",
       d,
       {{"Russia's two biggest oil companies", "RUSBUS"}}},
      {"Iran's nuclear programme grew.", d, {{"Iran", "IRN"}}},
      {"A Brazilian former minister spoke.", d, {{"Brazilian", "BRA"}}},
      {"Ukrainian forces shelled Russian positions.",
       d,
       {{"Ukrainian forces", "UKRMIL"}, {"Russian positions", "RUSMIL"}}},
      {"Ukrainian forces shelled rebel positions.",
       d,
       {{"Ukrainian forces", "UKRMIL"}, {"rebel", "UKRREB"}}},
      {"Nigerian soldiers rescued girls kidnapped by Boko Haram.",
       d,
       {{"Nigerian soldiers", "NGAMIL"}, {"Boko Haram", "NGAREB"}}},
      {"Nigerian army spokesman Sani Usman denied the report.",
       d,
       {{"Nigerian army spokesman Sani Usman", "NGAMIL"}}},
      {"Kenyan opposition leader Raila Odinga rejected the result.",
       d,
       {{"Kenyan opposition leader Raila Odinga", "KENOPP"}}},
      {"Jordan's King Abdullah II met Egyptian President Abdel Fattah "
       "el-Sisi.",
       d,
       {{"Jordan's King Abdullah II", "JORGOV"},
        {"Egyptian President Abdel Fattah el-Sisi", "EGYGOV"}}},
      {"Chinese state media said Russian journalists were detained.",
       d,
       {{"Chinese state media", "CHNMED"}, {"Russian journalists", "RUSMED"}}},
      {"Turkish prosecutors charged Venezuelan opposition leaders.",
       d,
       {{"Turkish prosecutors", "TURJUD"},
        {"Venezuelan opposition leaders", "VENOPP"}}},
      {"Russian lawmakers met Egyptian protesters.",
       d,
       {{"Russian lawmakers", "RUSLEG"}, {"Egyptian protesters", "EGYOPP"}}},
      {"The Brazilian Senate voted and Peru's Congress followed.",
       d,
       {{"Brazilian Senate", "BRALEG"}, {"Peru's Congress", "PERLEG"}}},
      {"Yemeni civilians fled as Libyan rebels advanced.",
       d,
       {{"Yemeni civilians", "YEMCVL"}, {"Libyan rebels", "LBYREB"}}},
      {"Israeli intelligence briefed a Pakistani court.",
       d,
       {{"Israeli intelligence", "ISRSPY"}, {"Pakistani court", "PAKJUD"}}},
      {"Cuban doctors, Greek students and Spanish workers joined.",
       d,
       {{"Cuban doctors", "CUBHLH"},
        {"Greek students", "GRCEDU"},
        {"Spanish workers", "ESPLAB"}}},
      {"Sudanese refugees and Chinese companies were named.",
       d,
       {{"Sudanese refugees", "SDNREF"}, {"Chinese companies", "CHNBUS"}}},
      {"The British embassy and the Israeli prime minister responded.",
       d,
       {{"British embassy", "GBRGOV"}, {"Israeli prime minister", "ISRGOV"}}},
      {"America will not back down, the envoy said.",
       d,
       {{"America", "USA"}, {"envoy", "USAGOV"}}},
      {"UN Secretary-General Antonio Guterres called for calm.",
       d,
       {{"UN Secretary-General Antonio Guterres", "IGOUNO"}}},
      {"Gen. David Petraeus and Gen Petraeus are the same man.",
       d,
       {{"Gen. David Petraeus", "USAELI"}, {"Gen Petraeus", "USAELI"}}},
  });
}

// Case rules: capitals-only aliases and capitalised names against common
// words.
TEST_F(ActorRecognizerTest, CaseRules) {
  const Date d = kArticleDate;
  CheckAll({
      {"Let us talk about it, he said.", d, {}},
      {"US officials said it was up to us.", d, {{"US officials", "USAGOV"}}},
      {"IS claimed the attack, but it is unclear who is behind it.",
       d,
       {{"IS", "IMGMUSISI"}}},
      {"Is Russia ready for talks?", d, {{"Russia", "RUS"}}},
      {"We ate turkey at Christmas and Turkey objected.",
       d,
       {{"Turkey", "TUR"}}},
      {"A hanging chad decided the count in Florida, not Chad.",
       d,
       {{"Chad", "TCD"}}},
      {"China bought fine china from Chile and chile peppers.",
       d,
       {{"China", "CHN"}, {"Chile", "CHL"}}},
      {"He said the general election and the general public matter.", d, {}},
      {"Said Mr Irish: the gadget will sell, as Mr Wellington agreed.", d, {}},
  });
}

// People whose role changes with time: the role that holds on the date,
// and with no date the country all the roles share, or nothing.
TEST_F(ActorRecognizerTest, DatedRoles) {
  CheckAll({
      // Donald Trump: businessman, president, former, president again.
      {"Donald Trump spoke.", Date{2016, 6, 1}, {{"Donald Trump", "USABUS"}}},
      {"Donald Trump spoke.", Date{2017, 5, 2}, {{"Donald Trump", "USAGOV"}}},
      {"Donald Trump spoke.", Date{2022, 6, 1}, {{"Donald Trump", "USAELI"}}},
      {"Donald Trump spoke.", Date{2025, 3, 1}, {{"Donald Trump", "USAGOV"}}},
      {"Donald Trump spoke.", kNoDate, {{"Donald Trump", "USA"}}},
      // Dmitry Medvedev: president 2008-2012, prime minister 2012-2020.
      {"Dmitry Medvedev spoke.",
       Date{2010, 6, 1},
       {{"Dmitry Medvedev", "RUSGOV"}}},
      {"Dmitry Medvedev spoke.",
       Date{2015, 6, 1},
       {{"Dmitry Medvedev", "RUSGOV"}}},
      // With no date, every range's code is RUSGOV: that code.
      {"Dmitry Medvedev spoke.", kNoDate, {{"Dmitry Medvedev", "RUSGOV"}}},
      // Barack Obama: president-elect, president, former president.
      {"Barack Obama spoke.", Date{2008, 12, 1}, {{"Barack Obama", "USAPTY"}}},
      {"Barack Obama spoke.", Date{2010, 6, 1}, {{"Barack Obama", "USAGOV"}}},
      {"Barack Obama spoke.", Date{2018, 6, 1}, {{"Barack Obama", "USAELI"}}},
      // Vladimir Putin: in the Kremlin administration until he took over the
      // FSB on 1998-07-25; prime minister and president since 1999.
      {"Vladimir Putin spoke.",
       Date{1998, 3, 1},
       {{"Vladimir Putin", "RUSGOV"}}},
      {"Vladimir Putin spoke.",
       Date{1998, 10, 1},
       {{"Vladimir Putin", "RUSSPY"}}},
      {"Vladimir Putin spoke.",
       Date{2017, 5, 2},
       {{"Vladimir Putin", "RUSGOV"}}},
      {"Vladimir Putin spoke.", kNoDate, {{"Vladimir Putin", "RUS"}}},
      // Angela Merkel: opposition leader, chancellor, former chancellor.
      {"Angela Merkel spoke.", Date{2004, 6, 1}, {{"Angela Merkel", "DEUOPP"}}},
      {"Angela Merkel spoke.", Date{2010, 6, 1}, {{"Angela Merkel", "DEUGOV"}}},
      {"Angela Merkel spoke.", Date{2022, 6, 1}, {{"Angela Merkel", "DEUELI"}}},
      // Tony Blair: opposition leader, prime minister 1997-2007, former.
      {"Tony Blair spoke.", Date{1996, 6, 1}, {{"Tony Blair", "GBROPP"}}},
      {"Tony Blair spoke.", Date{2000, 6, 1}, {{"Tony Blair", "GBRGOV"}}},
      {"Tony Blair spoke.", Date{2010, 6, 1}, {{"Tony Blair", "GBRELI"}}},
      {"Tony Blair spoke.", kNoDate, {{"Tony Blair", "GBR"}}},
      // Boris Johnson: journalist, MP, mayor, foreign secretary, prime
      // minister, columnist again.
      {"Boris Johnson spoke.", Date{1995, 6, 1}, {{"Boris Johnson", "GBRMED"}}},
      {"Boris Johnson spoke.", Date{2005, 6, 1}, {{"Boris Johnson", "GBRLEG"}}},
      {"Boris Johnson spoke.", Date{2010, 6, 1}, {{"Boris Johnson", "GBRGOV"}}},
      {"Boris Johnson spoke.", Date{2017, 5, 2}, {{"Boris Johnson", "GBRGOV"}}},
      {"Boris Johnson spoke.", Date{2023, 9, 1}, {{"Boris Johnson", "GBRMED"}}},
      // Emmanuel Macron: economy minister until 2016-08-30, candidate,
      // president.
      {"Emmanuel Macron spoke.",
       Date{2016, 6, 1},
       {{"Emmanuel Macron", "FRAGOV"}}},
      {"Emmanuel Macron spoke.",
       Date{2016, 10, 1},
       {{"Emmanuel Macron", "FRAPTY"}}},
      {"Emmanuel Macron spoke.",
       Date{2018, 6, 1},
       {{"Emmanuel Macron", "FRAGOV"}}},
      // Recep Tayyip Erdogan: out of office, prime minister, president.
      {"Recep Tayyip Erdogan spoke.",
       Date{2000, 6, 1},
       {{"Recep Tayyip Erdogan", "TUROPP"}}},
      {"Recep Tayyip Erdogan spoke.",
       Date{2005, 6, 1},
       {{"Recep Tayyip Erdogan", "TURGOV"}}},
      {"Recep Tayyip Erdogan spoke.",
       Date{2016, 6, 1},
       {{"Recep Tayyip Erdogan", "TURGOV"}}},
      // Benjamin Netanyahu: out of office in 2000, prime minister in 2012,
      // opposition leader in 2022.
      {"Benjamin Netanyahu spoke.",
       Date{2000, 6, 1},
       {{"Benjamin Netanyahu", "ISRELI"}}},
      {"Benjamin Netanyahu spoke.",
       Date{2012, 6, 1},
       {{"Benjamin Netanyahu", "ISRGOV"}}},
      {"Benjamin Netanyahu spoke.",
       Date{2022, 6, 1},
       {{"Benjamin Netanyahu", "ISROPP"}}},
      // Hassan Rouhani: president 2013-2021.
      {"Hassan Rouhani spoke.",
       Date{2010, 6, 1},
       {{"Hassan Rouhani", "IRNELI"}}},
      {"Hassan Rouhani spoke.",
       Date{2015, 6, 1},
       {{"Hassan Rouhani", "IRNGOV"}}},
      {"Hassan Rouhani spoke.",
       Date{2022, 6, 1},
       {{"Hassan Rouhani", "IRNELI"}}},
      // Ashraf Ghani: president 2014-2021.
      {"Ashraf Ghani spoke.", Date{2016, 6, 1}, {{"Ashraf Ghani", "AFGGOV"}}},
      {"Ashraf Ghani spoke.", Date{2022, 6, 1}, {{"Ashraf Ghani", "AFGELI"}}},
      // Volodymyr Zelensky: entertainer, candidate from 2018-12-31,
      // president from 2019-05-20.
      {"Volodymyr Zelensky spoke.",
       Date{2018, 6, 1},
       {{"Volodymyr Zelensky", "UKRELI"}}},
      {"Volodymyr Zelensky spoke.",
       Date{2019, 3, 1},
       {{"Volodymyr Zelensky", "UKRPTY"}}},
      {"Volodymyr Zelensky spoke.",
       Date{2020, 6, 1},
       {{"Volodymyr Zelensky", "UKRGOV"}}},
      // Kofi Annan: UN secretary-general, then Syria envoy in 2012.
      {"Kofi Annan spoke.", Date{1999, 6, 1}, {{"Kofi Annan", "IGOUNO"}}},
      {"Kofi Annan spoke.", Date{2010, 6, 1}, {{"Kofi Annan", "GHAELI"}}},
      {"Kofi Annan spoke.", Date{2012, 6, 1}, {{"Kofi Annan", "IGOUNO"}}},
      {"Kofi Annan spoke.", kNoDate, {}},  // IGOUNO and GHAELI share nothing
      // Jens Stoltenberg: Norwegian prime minister, NATO secretary-general.
      {"Jens Stoltenberg spoke.",
       Date{2010, 6, 1},
       {{"Jens Stoltenberg", "NORGOV"}}},
      {"Jens Stoltenberg spoke.",
       Date{2016, 6, 1},
       {{"Jens Stoltenberg", "IGOWSTNAT"}}},
      // James Comey: deputy attorney general, FBI director, fired 2017-05-09.
      {"James Comey spoke.", Date{2004, 6, 1}, {{"James Comey", "USAGOV"}}},
      {"James Comey spoke.", Date{2017, 5, 2}, {{"James Comey", "USACOP"}}},
      {"James Comey spoke.", Date{2018, 6, 1}, {{"James Comey", "USAELI"}}},
      // Bashar al-Assad: president until 2024-12-08.
      {"Bashar al-Assad spoke.",
       Date{2017, 5, 2},
       {{"Bashar al-Assad", "SYRGOV"}}},
      {"Bashar al-Assad spoke.",
       Date{2025, 3, 1},
       {{"Bashar al-Assad", "SYRELI"}}},
      // Surnames and other names of the same people.
      {"Putin met Erdogan and Netanyahu.",
       Date{2017, 5, 2},
       {{"Putin", "RUSGOV"}, {"Erdogan", "TURGOV"}, {"Netanyahu", "ISRGOV"}}},
      {"President Zelenskyy thanked Stoltenberg.",
       Date{2022, 6, 1},
       {{"President Zelenskyy", "UKRGOV"}, {"Stoltenberg", "IGOWSTNAT"}}},
  });
}

// A person outside every range of the dictionary takes the role the words
// around the name give.
TEST_F(ActorRecognizerTest, ComposedRoleWhenTheDictionaryHasNone) {
  CheckAll({
      {"Afghan finance minister Ashraf Ghani presented the budget.",
       Date{2003, 6, 1},
       {{"Afghan finance minister Ashraf Ghani", "AFGGOV"}}},
      {"Ashraf Ghani presented the budget.", Date{2003, 6, 1}, {}},
      // Comey was the federal prosecutor in Manhattan in 2002, before the
      // dictionary's first range.
      {"US prosecutor James Comey charged the executives.",
       Date{2002, 6, 1},
       {{"US prosecutor James Comey", "USAJUD"}}},
  });
}

// With no date, a person whose roles share only a country takes the more
// precise code the words around the name give.
TEST_F(ActorRecognizerTest, NoDate) {
  CheckAll({
      {"US Secretary of State Condoleezza Rice arrived.",
       kNoDate,
       {{"US Secretary of State Condoleezza Rice", "USAGOV"}}},
      {"Condoleezza Rice arrived.", kNoDate, {{"Condoleezza Rice", "USA"}}},
      {"Russian PM Dmitry Medvedev arrived.",
       kNoDate,
       {{"Russian PM Dmitry Medvedev", "RUSGOV"}}},
      {"Syrian rebels and Russian troops clashed.",
       kNoDate,
       {{"Syrian rebels", "SYRREB"}, {"Russian troops", "RUSMIL"}}},
  });
}

// Title case says nothing about names: a capitalised word before a surname
// is not taken for a first name there.
TEST_F(ActorRecognizerTest, TitleCase) {
  CheckAll({
      {"Russia Welcomes Putin Pledge On Syria.",
       kArticleDate,
       {{"Russia", "RUS"}, {"Putin", "RUSGOV"}, {"Syria", "SYR"}}},
  });
}

// The code of a mention on another date: the person's, else the composed.
TEST_F(ActorRecognizerTest, CodeOnAnotherDate) {
  Found found = Find(
      "Donald Trump and Afghan finance minister Ashraf Ghani "
      "spoke.",
      Date{2003, 6, 1});
  ASSERT_EQ(found.mentions.size(), 2u) << found.Describe();
  ActorRecognizer recognizer(*lexicon_);
  const ActorMention& trump = found.mentions[0];
  EXPECT_EQ(trump.code, "USABUS");
  EXPECT_EQ(recognizer.CodeOn(trump, Date{2017, 5, 2}), "USAGOV");
  EXPECT_EQ(recognizer.CodeOn(trump, Date{2022, 6, 1}), "USAELI");
  const ActorMention& ghani = found.mentions[1];
  EXPECT_EQ(ghani.code, "AFGGOV");
  EXPECT_EQ(ghani.composed_code, "AFGGOV");
  EXPECT_EQ(recognizer.CodeOn(ghani, Date{2022, 6, 1}), "AFGELI");
  EXPECT_EQ(recognizer.CodeOn(ghani, Date{2010, 6, 1}), "AFGGOV");
}

// International bodies and armed groups.
TEST_F(ActorRecognizerTest, OrganisationsAndGroups) {
  const Date d = kArticleDate;
  CheckAll({
      {"The UN called for restraint.", d, {{"UN", "IGOUNO"}}},
      {"The UN security council met on Friday.",
       d,
       {{"UN security council", "IGOUNO"}}},
      {"The United Nations Security Council voted.",
       d,
       {{"United Nations Security Council", "IGOUNO"}}},
      {"NATO and the EU agreed.",
       d,
       {{"NATO", "IGOWSTNAT"}, {"EU", "IGOEUREEC"}}},
      // The EU's bodies are the EU.
      {"The European Anti-Fraud Office opened an investigation.",
       d,
       {{"European Anti-Fraud Office", "IGOEUREEC"}}},
      {"Nato allies and the European Union disagreed.",
       d,
       {{"Nato", "IGOWSTNAT"}, {"European Union", "IGOEUREEC"}}},
      {"The African Union sent peacekeepers.",
       d,
       {{"African Union", "IGOAFRAFU"}}},
      {"The World Health Organization, the IMF and the World Bank met.",
       d,
       {{"World Health Organization", "IGOUNOHLHWHO"},
        {"IMF", "IGOBUSIMF"},
        {"World Bank", "IGOUNODEVWBK"}}},
      {"Isis fighters seized the town.", d, {{"Isis fighters", "IMGMUSISI"}}},
      {"ISIS claimed responsibility.", d, {{"ISIS", "IMGMUSISI"}}},
      {"Islamic State lost Raqqa.",
       d,
       {{"Islamic State", "IMGMUSISI"}, {"Raqqa", "SYR"}}},
      {"Al-Qaeda and al Qaeda are one group.",
       d,
       {{"Al-Qaeda", "IMGMUSALQ"}, {"al Qaeda", "IMGMUSALQ"}}},
      {"The Taliban attacked a checkpoint.", d, {{"Taliban", "AFGREBTAL"}}},
      {"The Taliban closed the schools.",
       Date{2022, 6, 1},
       {{"Taliban", "AFGGOVTAL"}}},
      {"The Taliban closed the schools.",
       Date{1998, 6, 1},
       {{"Taliban", "AFGGOVTAL"}}},
      {"Hezbollah and Hamas praised the attack.",
       d,
       {{"Hezbollah", "LBNREBHEZ"}, {"Hamas", "PSEREBHMS"}}},
      {"The Houthis fired a missile.", d, {{"Houthis", "YEMREB"}}},
      {"Houthi rebels seized the port.", d, {{"Houthi rebels", "YEMREB"}}},
      {"Boko Haram and al-Shabab were named.",
       d,
       {{"Boko Haram", "NGAREB"}, {"al-Shabab", "SOMREB"}}},
      {"The Free Syrian Army took the town.",
       Date{2012, 6, 1},
       {{"Free Syrian Army", "SYRREB"}}},
      // The Free Syrian Army was founded in 2011: before, "FSA" is a UK
      // regulator.
      {"The FSA fined the bank.", Date{2004, 6, 1}, {}},
      {"The Afghan Taliban said so.", d, {{"Afghan Taliban", "AFGREBTAL"}}},
  });
}

// Surnames, titles, pronouns and plural references stand for actors named
// earlier; `from` is the index of that mention.
TEST_F(ActorRecognizerTest, ResolutionWithinADocument) {
  const Date d = kArticleDate;
  CheckAll({
      {"James Comey testified on Tuesday. Mr Comey said the FBI was "
       "investigating. The agency declined to comment.",
       d,
       {{"James Comey", "USACOP", -1},
        {"Mr Comey", "USACOP", 0},
        {"FBI", "USACOP", -1},
        {"agency", "USACOP", 2}}},
      {"FBI director James Comey said the agency was investigating.",
       d,
       {{"FBI director James Comey", "USACOP", -1}, {"agency", "USACOP", 0}}},
      {"The FBI opened an inquiry. The agency said it had evidence. The "
       "bureau declined to comment.",
       d,
       {{"FBI", "USACOP", -1},
        {"agency", "USACOP", 0},
        {"bureau", "USACOP", 0}}},
      {"Defence Minister Ivan Petrovsky of Ukraine arrived in Paris. Mr "
       "Petrovsky said his country was ready.",
       Date{2020, 6, 1},
       {{"Defence Minister Ivan Petrovsky of Ukraine", "UKRGOV", -1},
        {"Paris", "FRA", -1},
        {"Mr Petrovsky", "UKRGOV", 0},
        {"his", "UKRGOV", 2}}},
      // A name part alone, first or last word, after the name in full.
      {"President Moon Jae-in arrived. Moon said talks would follow.",
       Date{2018, 4, 27},
       {{"President Moon Jae-in", "KORGOV", -1}, {"Moon", "KORGOV", 0}}},
      {"Kenyan opposition leader Grace Atieno spoke. Atieno said she would "
       "run.",
       d,
       {{"Kenyan opposition leader Grace Atieno", "KENOPP", -1},
        {"Atieno", "KENOPP", 0},
        {"she", "KENOPP", 1}}},
      {"Vladimir Putin spoke on Monday. Putin said Russia was ready.",
       d,
       {{"Vladimir Putin", "RUSGOV", -1},
        {"Putin", "RUSGOV", 0},
        {"Russia", "RUS", -1}}},
      {"Recep Tayyip Erdogan arrived in Ankara. He said his government would "
       "respond.",
       Date{2016, 6, 1},
       {{"Recep Tayyip Erdogan", "TURGOV", -1},
        {"Ankara", "TUR", -1},
        {"He", "TURGOV", 0},
        {"his", "TURGOV", 0}}},
      {"James Comey spoke. He said he was confident.",
       d,
       {{"James Comey", "USACOP", -1},
        {"He", "USACOP", 0},
        {"he", "USACOP", 0}}},
      {"Theresa May spoke on Thursday. She said talks would go on. Mrs May "
       "then left.",
       Date{2018, 6, 1},
       {{"Theresa May", "GBRGOV", -1},
        {"She", "GBRGOV", 0},
        {"Mrs May", "GBRGOV", 0}}},
      {"Donald Trump met Vladimir Putin in Hamburg. The two presidents "
       "talked for two hours. They agreed to meet again.",
       Date{2017, 7, 7},
       {{"Donald Trump", "USAGOV", -1},
        {"Vladimir Putin", "RUSGOV", -1},
        {"Hamburg", "DEU", -1},
        {"The two presidents", "USAGOV", 0},
        {"The two presidents", "RUSGOV", 1},
        {"They", "USAGOV", 0},
        {"They", "RUSGOV", 1}}},
      {"Angela Merkel hosted Emmanuel Macron in Berlin. The leaders "
       "discussed the budget.",
       Date{2018, 6, 1},
       {{"Angela Merkel", "DEUGOV", -1},
        {"Emmanuel Macron", "FRAGOV", -1},
        {"Berlin", "DEU", -1},
        {"The leaders", "DEUGOV", 0},
        {"The leaders", "FRAGOV", 1}}},
      {"India and Pakistan exchanged fire. Both countries blamed each other.",
       d,
       {{"India", "IND", -1},
        {"Pakistan", "PAK", -1},
        {"Both countries", "IND", 0},
        {"Both countries", "PAK", 1}}},
      {"Donald Trump met Vladimir Putin. The two presidents discussed Syria. "
       "Both countries will send observers.",
       Date{2017, 7, 7},
       {{"Donald Trump", "USAGOV", -1},
        {"Vladimir Putin", "RUSGOV", -1},
        {"The two presidents", "USAGOV", 0},
        {"The two presidents", "RUSGOV", 1},
        {"Syria", "SYR", -1},
        {"Both countries", "USA", 0},
        {"Both countries", "RUS", 1}}},
      {"Syrian rebels said they would fight on.",
       d,
       {{"Syrian rebels", "SYRREB", -1}, {"they", "SYRREB", 0}}},
      // Too few actors named for the plural reference.
      {"The two presidents met.", d, {}},
      // A pronoun looks back two sentences at most.
      {"James Comey spoke. The room was full. It was late. He left.",
       d,
       {{"James Comey", "USACOP", -1}}},
  });
}

// Names the dictionary lacks keep their surnames from the dictionary's
// people: "Mike Powell" is not Colin Powell, "Mrs Blair" after "Cherie
// Blair" not Tony.
TEST_F(ActorRecognizerTest, OtherPeopleWithTheSameSurname) {
  const Date d = kArticleDate;
  CheckAll({
      {"Aviation analyst Mike Powell said fares would rise. Powell expects "
       "more cuts.",
       d,
       {}},
      {"The first lady, Melania Trump, visited a hospital.", d, {}},
      {"The award went to costume designer Sandy Powell.", d, {}},
      {"Boris Johnson spoke. Mr Son replied.",
       d,
       {{"Boris Johnson", "GBRGOV", -1}}},
      {"On Monday Putin spoke to reporters.", d, {{"Putin", "RUSGOV"}}},
      {"The Council of Mortgage Lenders said prices would fall after the IMF "
       "report.",
       d,
       {{"IMF", "IGOBUSIMF"}}},
  });
}

// The reference article, through the segmenter: the actors the brief
// names, in order, with the codes that hold on 2017-05-02.
TEST_F(ActorRecognizerTest, ReferenceArticle) {
  auto text = testing::ReferenceArticle();
  if (!text) GTEST_SKIP() << "../shared is absent: no reference article";
  Found found = Find(*text, kArticleDate);
  const std::vector<Expected> expected = {
      {"Trump", "USAGOV"},
      {"Putin", "RUSGOV"},
      {"Syria", "SYR"},
      {"Donald Trump", "USAGOV"},
      {"Vladimir Putin", "RUSGOV"},
      {"US president", "USAGOV"},
      {"Russia", "RUS"},
      {"the two countries", "USA"},
      {"the two countries", "RUS"},
      {"Syrian president", "SYRGOV"},
      {"Bashar al-Assad", "SYRGOV"},
      {"UN security council", "IGOUNO"},
      {"Russian PM Dmitry Medvedev", "RUSGOV"},
      {"The leaders", "USAGOV"},
      {"The leaders", "RUSGOV"},
      {"White House", "USAGOV"},
      {"Kremlin", "RUSGOV"},
      {"Assad\u2019s government", "SYRGOV"},
      {"Syrian government", "SYRGOV"},
      {"the two presidents", "USAGOV"},
      {"the two presidents", "RUSGOV"},
      {"Isis", "IMGMUSISI"},
      {"FBI director James Comey", "USACOP"},
      {"agency", "USACOP"},
      {"Mr Comey", "USACOP"},
      {"Mr Trump", "USAGOV"},
      {"Russian government", "RUSGOV"},
      {"Mr Comey", "USACOP"},
      {"He", "USACOP"},
      {"House Intelligence Committee", "USALEG"},
  };
  // Each expected mention in order; others may come between them.
  size_t at = 0;
  for (const Expected& e : expected) {
    while (at < found.mentions.size() &&
           !(found.TextOf(found.mentions[at]) == e.text &&
             found.mentions[at].code == e.code))
      ++at;
    ASSERT_LT(at, found.mentions.size())
        << "\"" << e.text << "\" " << e.code << " not found in order in:\n"
        << found.Describe();
    ++at;
  }
  // Nothing but these codes, and no "Isis" coded as anything but a group.
  for (const ActorMention& m : found.mentions) {
    EXPECT_FALSE(m.code.empty()) << found.TextOf(m);
    if (found.TextOf(m) == "Isis") {
      EXPECT_EQ(m.code.substr(0, 3), "IMG");
    }
  }
  // "the two presidents" stand for Trump and Putin, named before; "He" in
  // the last sentence for Comey.
  auto at_text = [&](const std::string& text) {
    std::vector<const ActorMention*> out;
    for (const ActorMention& m : found.mentions)
      if (found.TextOf(m) == text) out.push_back(&m);
    return out;
  };
  auto presidents = at_text("the two presidents");
  ASSERT_EQ(presidents.size(), 2u) << found.Describe();
  for (const ActorMention* m : presidents) {
    ASSERT_TRUE(m->resolved_from.has_value());
    const ActorMention& target = found.mentions[*m->resolved_from];
    EXPECT_LT(target.span.begin, m->span.begin);
    EXPECT_EQ(target.name, m->name);
  }
  EXPECT_EQ(presidents[0]->name, "Donald Trump");
  EXPECT_EQ(presidents[1]->name, "Vladimir Putin");
  auto he = at_text("He");
  ASSERT_EQ(he.size(), 1u) << found.Describe();
  ASSERT_TRUE(he[0]->resolved_from.has_value());
  EXPECT_EQ(found.mentions[*he[0]->resolved_from].name, "James Comey");
  auto agency = at_text("agency");
  ASSERT_EQ(agency.size(), 1u);
  ASSERT_TRUE(agency[0]->resolved_from.has_value());
  EXPECT_EQ(found.TextOf(found.mentions[*agency[0]->resolved_from]),
            "FBI director James Comey");
}

}  // namespace
}  // namespace dyad
