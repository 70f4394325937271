// Tests of sentence splitting, of roles, boilerplate and datelines, and of
// the spans that tie sentences and tokens to the original text. The
// sentences are invented news prose.
#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/text.h"
#include "src/text/layout.h"

namespace dyad {
namespace {

const Segmenter& TheSegmenter() {
  static const std::unique_ptr<Segmenter> segmenter = [] {
    auto created = Segmenter::Create();
    EXPECT_TRUE(created.ok()) << created.error().message;
    return std::move(created).value();
  }();
  return *segmenter;
}

// ---------------------------------------------------------------------------
// Sentence splitting within one paragraph.

// `input` may hold curly quotes and dashes: it is cleaned before it is split.
// `sentences` are written as clean text (ASCII quotes, '-' for dashes).
struct SplitCase {
  std::string_view input;
  std::vector<std::string_view> sentences;
};

std::vector<std::string> SplitClean(std::string_view input) {
  CleanText clean = Clean(input);
  std::vector<std::string> out;
  for (auto [b, e] : TheSegmenter().SplitParagraph(clean.text)) {
    out.push_back(clean.text.substr(b, e - b));
  }
  return out;
}

void ExpectSplits(const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.input);
    std::vector<std::string> expected(c.sentences.begin(), c.sentences.end());
    EXPECT_EQ(SplitClean(c.input), expected);
  }
}

TEST(SegmentSplit, TitlesAndRanks) {
  ExpectSplits({
      {"Mr. Haddad met Mrs. Okafor at the embassy on Tuesday. They discussed "
       "grain exports.",
       {"Mr. Haddad met Mrs. Okafor at the embassy on Tuesday.",
        "They discussed grain exports."}},
      {"Dr. Ayesha Rahman, who runs the clinic in Kunduz, said supplies were "
       "low. The ministry did not respond.",
       {"Dr. Ayesha Rahman, who runs the clinic in Kunduz, said supplies were "
        "low.",
        "The ministry did not respond."}},
      {"Gen. Viktor Orlov told reporters the drills would continue. Western "
       "diplomats called them provocative.",
       {"Gen. Viktor Orlov told reporters the drills would continue.",
        "Western diplomats called them provocative."}},
      {"Lt. Col. Anna Petrova said the battalion had pulled back from the "
       "village overnight. Her account could not be verified.",
       {"Lt. Col. Anna Petrova said the battalion had pulled back from the "
        "village overnight.",
        "Her account could not be verified."}},
      {"Sen. Mark Ellison and Rep. Dana Whitfield both appeared on Sunday "
       "talk shows. Neither mentioned the memo.",
       {"Sen. Mark Ellison and Rep. Dana Whitfield both appeared on Sunday "
        "talk shows.",
        "Neither mentioned the memo."}},
      {"Gov. Luis Romero ordered flags lowered to half-staff. The order takes "
       "effect at noon.",
       {"Gov. Luis Romero ordered flags lowered to half-staff.",
        "The order takes effect at noon."}},
      {"Brig. Gen. Tariq Nasser briefed reporters in Amman. He showed "
       "satellite images of the convoy.",
       {"Brig. Gen. Tariq Nasser briefed reporters in Amman.",
        "He showed satellite images of the convoy."}},
      {"Mourners filled St. Mary's Cathedral for the funeral. Police closed "
       "the surrounding streets.",
       {"Mourners filled St. Mary's Cathedral for the funeral.",
        "Police closed the surrounding streets."}},
      {"He was born in St. Louis. His family later moved to Chicago.",
       {"He was born in St. Louis.", "His family later moved to Chicago."}},
      {"The embassy is on Kirov St. The building was evacuated at noon.",
       {"The embassy is on Kirov St.", "The building was evacuated at noon."}},
      {"Mr Haddad and Mrs Okafor, who met in London, declined to comment. Dr "
       "Rahman did too.",
       {"Mr Haddad and Mrs Okafor, who met in London, declined to comment.",
        "Dr Rahman did too."}},
      {"Prof. Elena Morozova of Moscow State University disagreed. She called "
       "the report one-sided.",
       {"Prof. Elena Morozova of Moscow State University disagreed.",
        "She called the report one-sided."}},
      {"Two climbers were rescued on Mt. Elbrus on Friday. One was treated "
       "for frostbite.",
       {"Two climbers were rescued on Mt. Elbrus on Friday.",
        "One was treated for frostbite."}},
      {"Adm. Harold Brandt, head of U.S. Pacific Command, testified on "
       "Wednesday. He warned of a growing threat.",
       {"Adm. Harold Brandt, head of U.S. Pacific Command, testified on "
        "Wednesday.",
        "He warned of a growing threat."}},
      {"The bill was introduced by Sen. Carla Nunez (D-Ariz.) and two "
       "Republicans. It has little chance of passing.",
       {"The bill was introduced by Sen. Carla Nunez (D-Ariz.) and two "
        "Republicans.",
        "It has little chance of passing."}},
  });
}

TEST(SegmentSplit, CountryAbbreviations) {
  ExpectSplits({
      {"U.S. officials said the talks in Geneva had stalled. A spokesman "
       "declined to elaborate.",
       {"U.S. officials said the talks in Geneva had stalled.",
        "A spokesman declined to elaborate."}},
      {"Protesters gathered outside the U.S. Embassy in Ankara on Friday. "
       "Some burned flags.",
       {"Protesters gathered outside the U.S. Embassy in Ankara on Friday.",
        "Some burned flags."}},
      {"Moscow responded by imposing new sanctions on the U.S. The move had "
       "been widely expected.",
       {"Moscow responded by imposing new sanctions on the U.S.",
        "The move had been widely expected."}},
      {"The resolution was drafted by the U.K. and France. Russia is expected "
       "to veto it.",
       {"The resolution was drafted by the U.K. and France.",
        "Russia is expected to veto it."}},
      {"The U.N. Security Council will meet on Monday. Diplomats expect a "
       "vote by Wednesday.",
       {"The U.N. Security Council will meet on Monday.",
        "Diplomats expect a vote by Wednesday."}},
      {"Farm ministers from across the E.U. gathered in Brussels. Talks ran "
       "late into the night.",
       {"Farm ministers from across the E.U. gathered in Brussels.",
        "Talks ran late into the night."}},
      {"Britain has long been the closest ally of the U.S. But the "
       "relationship has been tested.",
       {"Britain has long been the closest ally of the U.S.",
        "But the relationship has been tested."}},
      {"The U.S.-led coalition said the strike killed 12 militants. The claim "
       "could not be verified.",
       {"The U.S.-led coalition said the strike killed 12 militants.",
        "The claim could not be verified."}},
      {"The U.S. Treasury Department announced new sanctions. They target six "
       "Russian banks.",
       {"The U.S. Treasury Department announced new sanctions.",
        "They target six Russian banks."}},
      {"The measure was backed by the U.S., Britain and France. China "
       "abstained.",
       {"The measure was backed by the U.S., Britain and France.",
        "China abstained."}},
      {"Several ministers blamed the U.S. Some also blamed Israel.",
       {"Several ministers blamed the U.S.", "Some also blamed Israel."}},
      {"The talks were hosted by the U.N. In a statement, the host said "
       "progress had been made.",
       {"The talks were hosted by the U.N.",
        "In a statement, the host said progress had been made."}},
      {"The U.S. Ambassador to the U.N., Nadia Hale, spoke first. Russia's "
       "envoy followed.",
       {"The U.S. Ambassador to the U.N., Nadia Hale, spoke first.",
        "Russia's envoy followed."}},
      {"The rally was held in Springfield, Ill. Thousands attended.",
       {"The rally was held in Springfield, Ill.", "Thousands attended."}},
      {"He served in the U.S. Army for 20 years before entering politics. He "
       "retired as a colonel.",
       {"He served in the U.S. Army for 20 years before entering politics.",
        "He retired as a colonel."}},
  });
}

TEST(SegmentSplit, DatesAndNumberAbbreviations) {
  ExpectSplits({
      {"The talks began on Jan. 28 in Astana. They ended two days later.",
       {"The talks began on Jan. 28 in Astana.", "They ended two days later."}},
      {"The attacks of Sept. 11, 2001 reshaped the region. Few dispute that "
       "now.",
       {"The attacks of Sept. 11, 2001 reshaped the region.",
        "Few dispute that now."}},
      {"Voting is scheduled for Feb. 3. Polling stations open early.",
       {"Voting is scheduled for Feb. 3.", "Polling stations open early."}},
      {"The ceasefire agreed in Minsk on Feb. 12 collapsed within days. Both "
       "sides blamed each other.",
       {"The ceasefire agreed in Minsk on Feb. 12 collapsed within days.",
        "Both sides blamed each other."}},
      {"The next round of talks is set for late Aug. The venue has not been "
       "announced.",
       {"The next round of talks is set for late Aug.",
        "The venue has not been announced."}},
      {"Police were called to No. 10 Downing Street shortly after midnight. "
       "Nobody was hurt.",
       {"Police were called to No. 10 Downing Street shortly after midnight.",
        "Nobody was hurt."}},
      {"The measure, known as Resolution No. 2334, passed without a veto. "
       "Israel condemned it.",
       {"The measure, known as Resolution No. 2334, passed without a veto.",
        "Israel condemned it."}},
      {"A spokesman for No. 10 said the call had been constructive. Details "
       "were not released.",
       {"A spokesman for No. 10 said the call had been constructive.",
        "Details were not released."}},
      {"Asked whether he would resign, the minister said no. The crowd "
       "outside cheered.",
       {"Asked whether he would resign, the minister said no.",
        "The crowd outside cheered."}},
  });
}

TEST(SegmentSplit, Initials) {
  ExpectSplits({
      {"FBI Director James B. Comey testified before the committee. His "
       "remarks lasted two hours.",
       {"FBI Director James B. Comey testified before the committee.",
        "His remarks lasted two hours."}},
      {"The first novel by J. K. Rowling sold millions of copies. A film "
       "followed.",
       {"The first novel by J. K. Rowling sold millions of copies.",
        "A film followed."}},
      {"Former President George W. Bush attended the ceremony. He did not "
       "speak.",
       {"Former President George W. Bush attended the ceremony.",
        "He did not speak."}},
      {"The letter was signed by H. R. Maddox, the national security adviser. "
       "It was dated March 3.",
       {"The letter was signed by H. R. Maddox, the national security "
        "adviser.",
        "It was dated March 3."}},
      {"The fund is run by former J.P. Morgan bankers. It manages $2bn.",
       {"The fund is run by former J.P. Morgan bankers.", "It manages $2bn."}},
      {"The government has no Plan B. The prime minister said so on Tuesday.",
       {"The government has no Plan B.",
        "The prime minister said so on Tuesday."}},
      {"The ruling came from Judge James L. Robart. The White House "
       "appealed.",
       {"The ruling came from Judge James L. Robart.",
        "The White House appealed."}},
      {"Martin Luther King Jr. Day is a federal holiday. Schools are closed.",
       {"Martin Luther King Jr. Day is a federal holiday.",
        "Schools are closed."}},
      {"The bill was drafted by Robert Hale Jr. He is the governor's cousin.",
       {"The bill was drafted by Robert Hale Jr.",
        "He is the governor's cousin."}},
  });
}

TEST(SegmentSplit, TimesAndNumbers) {
  ExpectSplits({
      {"The leaders are due to speak at 12:30pm ET (4.30pm UK time), the "
       "White House said. A readout will follow.",
       {"The leaders are due to speak at 12:30pm ET (4.30pm UK time), the "
        "White House said.",
        "A readout will follow."}},
      {"Inflation rose to 3.5% in March. The central bank is expected to act.",
       {"Inflation rose to 3.5% in March.",
        "The central bank is expected to act."}},
      {"The company reported a loss of $1.2bn for the quarter. Its shares "
       "fell 8%.",
       {"The company reported a loss of $1.2bn for the quarter.",
        "Its shares fell 8%."}},
      {"The meeting will begin at 9 a.m. on Monday, officials said. "
       "Reporters will not be admitted.",
       {"The meeting will begin at 9 a.m. on Monday, officials said.",
        "Reporters will not be admitted."}},
      {"Delegates will arrive at 9 a.m. The meeting begins an hour later.",
       {"Delegates will arrive at 9 a.m.",
        "The meeting begins an hour later."}},
      {"The blast happened at about 10:15 p.m. local time. No group claimed "
       "responsibility.",
       {"The blast happened at about 10:15 p.m. local time.",
        "No group claimed responsibility."}},
      {"The vote is set for 3 p.m. ET on Thursday. Results are expected by "
       "evening.",
       {"The vote is set for 3 p.m. ET on Thursday.",
        "Results are expected by evening."}},
      {"The strike hit the market at 3 a.m. Local residents said they heard "
       "two blasts.",
       {"The strike hit the market at 3 a.m.",
        "Local residents said they heard two blasts."}},
      {"The plane landed at 5:45 a.m. Officials met it on the tarmac.",
       {"The plane landed at 5:45 a.m.", "Officials met it on the tarmac."}},
      {"The talks resumed at 10 a.m. Eastern on Friday. They ended at noon.",
       {"The talks resumed at 10 a.m. Eastern on Friday.",
        "They ended at noon."}},
      {"The attack took place at approx. 3 p.m. Witnesses described chaos.",
       {"The attack took place at approx. 3 p.m.",
        "Witnesses described chaos."}},
      {"The curfew begins at 8 p.m. Moscow time on Friday. Shops must close "
       "an hour earlier.",
       {"The curfew begins at 8 p.m. Moscow time on Friday.",
        "Shops must close an hour earlier."}},
      {"Turnout was 61.4 percent, the highest since 1992. Officials hailed "
       "the figure.",
       {"Turnout was 61.4 percent, the highest since 1992.",
        "Officials hailed the figure."}},
      {"The index closed at 2,345.67. Trading was light.",
       {"The index closed at 2,345.67.", "Trading was light."}},
      {"The Senate voted 52-48. Both senators from Maine voted against.",
       {"The Senate voted 52-48.", "Both senators from Maine voted against."}},
  });
}

TEST(SegmentSplit, Quotations) {
  ExpectSplits({
      {"“We’re not getting along with the Kremlin at all,” Miller said after "
       "the vote failed. Moscow dismissed the remark.",
       {"\"We're not getting along with the Kremlin at all,\" Miller said "
        "after the vote failed.",
        "Moscow dismissed the remark."}},
      {"\"Stop!\" he said. The men kept running.",
       {"\"Stop!\" he said.", "The men kept running."}},
      {"\"Is this a war?\" asked one resident. Nobody answered her.",
       {"\"Is this a war?\" asked one resident.", "Nobody answered her."}},
      {"“Get out now!” shouted a police officer. The crowd scattered.",
       {"\"Get out now!\" shouted a police officer.", "The crowd scattered."}},
      {"“Enough!” Miller tweeted on Saturday. The post was shared thousands "
       "of times.",
       {"\"Enough!\" Miller tweeted on Saturday.",
        "The post was shared thousands of times."}},
      {"“We will not back down,” she said. “Not now, not ever.”",
       {"\"We will not back down,\" she said.", "\"Not now, not ever.\""}},
      {"He called the strike “a grave mistake.” The ministry later softened "
       "its tone.",
       {"He called the strike \"a grave mistake.\"",
        "The ministry later softened its tone."}},
      {"The president called the report \"fake news.\" Aides said he was "
       "furious.",
       {"The president called the report \"fake news.\"",
        "Aides said he was furious."}},
      {"He dismissed the charge as “nonsense.” The minister said nothing more "
       "about it.",
       {"He dismissed the charge as \"nonsense.\"",
        "The minister said nothing more about it."}},
      {"‘We will respond,’ the minister said. ‘Nobody should doubt it.’",
       {"'We will respond,' the minister said.", "'Nobody should doubt it.'"}},
      {"Asked if talks would resume, the spokesman said: “No.” He then left "
       "the room.",
       {"Asked if talks would resume, the spokesman said: \"No.\"",
        "He then left the room."}},
      {"“Why should we trust them?” asked a protester outside parliament. "
       "Police moved in shortly afterwards.",
       {"\"Why should we trust them?\" asked a protester outside parliament.",
        "Police moved in shortly afterwards."}},
      {"“Who is next?” Miller asked reporters on Friday. Nobody answered.",
       {"\"Who is next?\" Miller asked reporters on Friday.",
        "Nobody answered."}},
      {"“Is it really right?” Mr Kennedy also said students want action on "
       "climate. He did not elaborate.",
       {"\"Is it really right?\"",
        "Mr Kennedy also said students want action on climate.",
        "He did not elaborate."}},
      {"\"They will have to raise rates.\" However, he added, it may wait. "
       "Markets rose.",
       {"\"They will have to raise rates.\"", "However, he added, it may wait.",
        "Markets rose."}},
      {"“We will win!” The crowd roared its approval. Then it dispersed.",
       {"\"We will win!\"", "The crowd roared its approval.",
        "Then it dispersed."}},
      {"\"No comment.\" That was all he would say.",
       {"\"No comment.\"", "That was all he would say."}},
      {"\"It's over,\" said Sen. Jane Doe, R-Maine. \"We lost.\"",
       {"\"It's over,\" said Sen. Jane Doe, R-Maine.", "\"We lost.\""}},
      {"The band topped a poll of Kerrang! magazine readers. Its album sold "
       "well.",
       {"The band topped a poll of Kerrang! magazine readers.",
        "Its album sold well."}},
      {"She will appear on Who Wants to Be a Millionaire? on Christmas Day. "
       "The show is recorded.",
       {"She will appear on Who Wants to Be a Millionaire? on Christmas Day.",
        "The show is recorded."}},
      {"\"We are ready. We have always been ready,\" the general said.",
       {"\"We are ready.", "We have always been ready,\" the general said."}},
      {"Relations are “at an all-time low”, the spokesman said. He offered no "
       "details.",
       {"Relations are \"at an all-time low\", the spokesman said.",
        "He offered no details."}},
  });
}

TEST(SegmentSplit, ColonsEllipsesAndParentheses) {
  ExpectSplits({
      {"He told the committee: “This work is very complex, and I cannot give "
       "you a date.” The hearing then adjourned.",
       {"He told the committee: \"This work is very complex, and I cannot "
        "give you a date.\"",
        "The hearing then adjourned."}},
      {"The message from the army was simple: “Leave now.” Most residents "
       "did.",
       {"The message from the army was simple: \"Leave now.\"",
        "Most residents did."}},
      {"The statement ended with a warning: further strikes would follow. "
       "Ankara did not comment.",
       {"The statement ended with a warning: further strikes would follow.",
        "Ankara did not comment."}},
      {"We will see what happens... The president then left the podium.",
       {"We will see what happens...", "The president then left the podium."}},
      {"The talks … have stalled again, a diplomat said. Neither side will "
       "move.",
       {"The talks ... have stalled again, a diplomat said.",
        "Neither side will move."}},
      {"The leaders spoke for an hour (the call was arranged on Monday). "
       "Details were not released.",
       {"The leaders spoke for an hour (the call was arranged on Monday).",
        "Details were not released."}},
      {"The ministry denied the report. (It later withdrew the denial.) "
       "Journalists were not surprised.",
       {"The ministry denied the report.", "(It later withdrew the denial.)",
        "Journalists were not surprised."}},
      {"The council met on Monday to discuss the\nbudget. It approved the "
       "plan.",
       {"The council met on Monday to discuss the\nbudget.",
        "It approved the plan."}},
      {"The group (known locally as Daesh) claimed the attack. Its statement "
       "appeared online.",
       {"The group (known locally as Daesh) claimed the attack.",
        "Its statement appeared online."}},
  });
}

TEST(SegmentSplit, LatinAndCompanyAbbreviations) {
  ExpectSplits({
      {"Smaller parties, e.g. the Greens, gained seats. The ruling bloc lost "
       "its majority.",
       {"Smaller parties, e.g. the Greens, gained seats.",
        "The ruling bloc lost its majority."}},
      {"Several states, e.g. Texas and Ohio, refused to comply. Others asked "
       "for more time.",
       {"Several states, e.g. Texas and Ohio, refused to comply.",
        "Others asked for more time."}},
      {"The court ruled on the core question, i.e. whether the order was "
       "lawful. An appeal is likely.",
       {"The court ruled on the core question, i.e. whether the order was "
        "lawful.",
        "An appeal is likely."}},
      {"The final, Germany vs. France, drew a record audience. Tickets sold "
       "out in minutes.",
       {"The final, Germany vs. France, drew a record audience.",
        "Tickets sold out in minutes."}},
      {"The case, Tanner v. Ohio, was cited repeatedly. Protesters gathered "
       "outside.",
       {"The case, Tanner v. Ohio, was cited repeatedly.",
        "Protesters gathered outside."}},
      {"They discussed trade, energy, security, etc. The talks ran long.",
       {"They discussed trade, energy, security, etc.", "The talks ran long."}},
      {"Apple Inc. said on Tuesday it would build a plant in Texas. The plant "
       "will employ 500 people.",
       {"Apple Inc. said on Tuesday it would build a plant in Texas.",
        "The plant will employ 500 people."}},
      {"The contract went to Baltic Trading Ltd. The terms were not "
       "disclosed.",
       {"The contract went to Baltic Trading Ltd.",
        "The terms were not disclosed."}},
      {"Exxon Mobil Corp. Chief Executive Darren Woods met the minister. The "
       "talks were cordial.",
       {"Exxon Mobil Corp. Chief Executive Darren Woods met the minister.",
        "The talks were cordial."}},
      {"The firm was founded as Hartley & Sons Co. It went bankrupt in 1998.",
       {"The firm was founded as Hartley & Sons Co.",
        "It went bankrupt in 1998."}},
      {"He now advises Halliburton Co. Analysts say the move raises "
       "questions.",
       {"He now advises Halliburton Co.",
        "Analysts say the move raises questions."}},
      {"Shares of Boeing Co. rose 2% in early trading. Airbus shares fell.",
       {"Shares of Boeing Co. rose 2% in early trading.",
        "Airbus shares fell."}},
  });
}

TEST(SegmentSplit, CurlyQuotesAndDashes) {
  ExpectSplits({
      {"The minister — who spoke on condition of anonymity — said the talks "
       "had failed. Another round is planned.",
       {"The minister - who spoke on condition of anonymity - said the talks "
        "had failed.",
        "Another round is planned."}},
      {"The attack—the deadliest this year—killed 14 people. Hospitals were "
       "overwhelmed.",
       {"The attack-the deadliest this year-killed 14 people.",
        "Hospitals were overwhelmed."}},
      {"“It is a dark day for our country,” the mayor said – before leaving "
       "the podium. Reporters followed her out.",
       {"\"It is a dark day for our country,\" the mayor said - before "
        "leaving the podium.",
        "Reporters followed her out."}},
      {"Russia’s foreign ministry called the strike “an act of aggression.” "
       "Washington rejected the charge.",
       {"Russia's foreign ministry called the strike \"an act of "
        "aggression.\"",
        "Washington rejected the charge."}},
      {"The EU’s top diplomat said the bloc was “deeply concerned”. She urged "
       "restraint.",
       {"The EU's top diplomat said the bloc was \"deeply concerned\".",
        "She urged restraint."}},
      {"Will the ceasefire hold? Few in Aleppo believe it will.",
       {"Will the ceasefire hold?", "Few in Aleppo believe it will."}},
  });
}

// ---------------------------------------------------------------------------
// Whole documents: roles, boilerplate, datelines.

std::string TextOf(const Document& document, Span span) {
  return document.text.substr(span.begin, span.size());
}

Document PlainDocument(std::string text) {
  Document document;
  document.id = "test";
  document.text = std::move(text);
  return document;
}

SegmentedDocument SegmentOrDie(const Document& document) {
  auto result = TheSegmenter().Segment(document);
  EXPECT_TRUE(result.ok()) << result.error().message;
  return result.ok() ? std::move(result).value() : SegmentedDocument{};
}

struct RoleCase {
  std::string_view text;
  // The text of each sentence as given (original bytes) with its role.
  std::vector<std::pair<std::string_view, TextRole>> sentences;
};

TEST(SegmentDocument, RolesOfPlainText) {
  const std::vector<RoleCase> cases = {
      {"Putin and Erdogan agree to restore trade ties\n"
       "\n"
       "The two leaders met in Sochi on Wednesday\n"
       "\n"
       "Russia will lift a ban on Turkish tomatoes. Turkey will buy more gas.",
       {{"Putin and Erdogan agree to restore trade ties", TextRole::kHeadline},
        {"The two leaders met in Sochi on Wednesday", TextRole::kCaption},
        {"Russia will lift a ban on Turkish tomatoes.", TextRole::kBody},
        {"Turkey will buy more gas.", TextRole::kBody}}},
      {"Flood waters rise in Dhaka\n"
       "Image caption Rescue boats on a flooded street in Dhaka\n"
       "Hundreds of families have left their homes. More rain is forecast.\n"
       "Soldiers carry sandbags near the river bank (Reuters)\n"
       "The army has sent 2,000 troops.",
       {{"Flood waters rise in Dhaka", TextRole::kHeadline},
        {"Image caption Rescue boats on a flooded street in Dhaka",
         TextRole::kCaption},
        {"Hundreds of families have left their homes.", TextRole::kBody},
        {"More rain is forecast.", TextRole::kBody},
        {"Soldiers carry sandbags near the river bank (Reuters)",
         TextRole::kCaption},
        {"The army has sent 2,000 troops.", TextRole::kBody}}},
      // Hard-wrapped lines join when the next starts in lower case.
      {"The council met on Monday to discuss the\n"
       "budget. It approved the plan.\r\n"
       "Critics said it was rushed.",
       {{"The council met on Monday to discuss the\nbudget.", TextRole::kBody},
        {"It approved the plan.", TextRole::kBody},
        {"Critics said it was rushed.", TextRole::kBody}}},
  };
  for (const RoleCase& c : cases) {
    SCOPED_TRACE(c.text);
    Document document = PlainDocument(std::string(c.text));
    SegmentedDocument segmented = SegmentOrDie(document);
    std::vector<std::string> got, expected;
    for (size_t i = 0; i < segmented.sentences.size(); ++i) {
      const Sentence& s = segmented.sentences[i];
      EXPECT_EQ(s.index, i);
      got.push_back(std::string(TextRoleName(s.role)) + ": " +
                    TextOf(document, s.span));
    }
    for (const auto& [text, role] : c.sentences) {
      expected.push_back(std::string(TextRoleName(role)) + ": " +
                         std::string(text));
    }
    EXPECT_EQ(got, expected);
  }
}

TEST(SegmentDocument, StatedBlocksKeepTheirRoles) {
  Document document = PlainDocument(
      "Kremlin “ready” for talks\n"
      "Mr Peskov spoke to reporters\n"
      "The Kremlin said on Monday it was “ready” for talks. No date was set.");
  const size_t caption = document.text.find("Mr Peskov");
  const size_t body = document.text.find("The Kremlin said");
  document.blocks = {
      {Span{0, static_cast<uint32_t>(caption - 1)}, TextRole::kHeadline},
      {Span{static_cast<uint32_t>(caption), static_cast<uint32_t>(body - 1)},
       TextRole::kCaption},
      {Span{static_cast<uint32_t>(body),
            static_cast<uint32_t>(document.text.size())},
       TextRole::kBody},
  };
  SegmentedDocument segmented = SegmentOrDie(document);
  ASSERT_EQ(segmented.sentences.size(), 4u);
  EXPECT_EQ(TextOf(document, segmented.sentences[0].span),
            "Kremlin “ready” for talks");
  EXPECT_EQ(segmented.sentences[0].role, TextRole::kHeadline);
  EXPECT_EQ(segmented.sentences[1].role, TextRole::kCaption);
  EXPECT_EQ(TextOf(document, segmented.sentences[2].span),
            "The Kremlin said on Monday it was “ready” for talks.");
  EXPECT_EQ(segmented.sentences[2].role, TextRole::kBody);
  EXPECT_EQ(segmented.sentences[3].role, TextRole::kBody);
  EXPECT_EQ(segmented.CountRole(TextRole::kBody), 2u);
}

struct BoilerplateCase {
  std::string_view line;
  std::optional<BoilerplateKind> kind;  // nothing: a content line
};

TEST(SegmentBoilerplate, LinesAreClassified) {
  const std::vector<BoilerplateCase> cases = {
      {"MORE: Eight things we learned from the summit", BoilerplateKind::kLink},
      {"Read more", BoilerplateKind::kLink},
      {"Read more: Iran tests a new missile", BoilerplateKind::kLink},
      {"Related: Oil prices slide on supply fears", BoilerplateKind::kLink},
      {"Share this article", BoilerplateKind::kShare},
      {"Follow us on Twitter for the latest updates", BoilerplateKind::kShare},
      {"We use cookies to improve your experience. By continuing to browse "
       "you accept our use of cookies.",
       BoilerplateKind::kCookie},
      {"Subscribe to our newsletter", BoilerplateKind::kSubscription},
      {"Sign up for our morning briefing", BoilerplateKind::kSubscription},
      {"By Jane Smith, Reuters", BoilerplateKind::kByline},
      {"By JANE SMITH and Omar Haddad", BoilerplateKind::kByline},
      {"Reporting by Omar Haddad; Editing by Jane Smith",
       BoilerplateKind::kByline},
      {"Copyright 2017 Reuters. All rights reserved.",
       BoilerplateKind::kCopyright},
      {"© 2017 The Associated Press", BoilerplateKind::kCopyright},
      {"(c) Example News Ltd", BoilerplateKind::kCopyright},
      {"By the end of the day, the rebels had withdrawn.", std::nullopt},
      {"More than 300 people were killed in the fighting.", std::nullopt},
      {"Share prices in Moscow fell 3% on the news.", std::nullopt},
      {"Subscribers to the service lost access on Monday.", std::nullopt},
      {"Copyrighted images were removed from the site.", std::nullopt},
  };
  for (const BoilerplateCase& c : cases) {
    SCOPED_TRACE(c.line);
    // A body sentence first, so that the line is not taken as a headline.
    Document document =
        PlainDocument("The talks ended without a deal on Friday.\n" +
                      std::string(c.line) + "\n");
    SegmentedDocument segmented = SegmentOrDie(document);
    std::vector<std::string> dropped, expected;
    for (const DroppedLine& line : segmented.dropped) {
      dropped.push_back(std::string(BoilerplateKindName(line.kind)) + ": " +
                        TextOf(document, line.span));
    }
    if (c.kind.has_value()) {
      expected.push_back(std::string(BoilerplateKindName(*c.kind)) + ": " +
                         std::string(c.line));
    }
    EXPECT_EQ(dropped, expected);
    EXPECT_EQ(segmented.sentences.size(), c.kind.has_value() ? 1u : 2u);
  }
}

// The phrase searches count words up to a limit and lower a line on the
// stack or, when it is long, the heap: the limits hold either way.
TEST(SegmentBoilerplate, WordLimitsHoldForShortAndLongLines) {
  auto cookie_notice = [](int words, std::string_view filler) {
    std::string line = "We use cookies";
    for (int i = 3; i < words; ++i) {
      line += ' ';
      line += filler;
    }
    return line;
  };
  for (std::string_view filler : {"and", "notwithstanding-the-aforesaid"}) {
    SCOPED_TRACE(filler);
    EXPECT_EQ(text::ClassifyBoilerplate(cookie_notice(60, filler)),
              BoilerplateKind::kCookie);
    EXPECT_EQ(text::ClassifyBoilerplate(cookie_notice(61, filler)),
              std::nullopt);
    EXPECT_EQ(text::ClassifyBoilerplate(cookie_notice(200, filler)),
              std::nullopt);
  }
  EXPECT_GT(cookie_notice(60, "notwithstanding-the-aforesaid").size(), 1000u);
  auto rights_reserved = [](int words) {
    std::string line = "All rights reserved";
    for (int i = 3; i < words; ++i) line += " here";
    return line;
  };
  EXPECT_EQ(text::ClassifyBoilerplate(rights_reserved(30)),
            BoilerplateKind::kCopyright);
  EXPECT_EQ(text::ClassifyBoilerplate(rights_reserved(31)), std::nullopt);
}

TEST(SegmentBoilerplate, DroppedLinesLeaveTheArticle) {
  Document document = PlainDocument(
      "Oil falls as OPEC talks stall\n"
      "By Jane Smith, Reuters\n"
      "\n"
      "LONDON (Reuters) - Oil prices fell on Tuesday. Brent crude lost 2%.\n"
      "MORE: Saudi Arabia’s plans for Aramco\n"
      "Share this article\n"
      "Analysts expect further falls.\n"
      "Subscribe to our newsletter\n"
      "Copyright 2017 Reuters. All rights reserved.\n");
  SegmentedDocument segmented = SegmentOrDie(document);
  std::vector<std::string> kinds;
  for (const DroppedLine& line : segmented.dropped) {
    kinds.push_back(BoilerplateKindName(line.kind));
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"byline", "link", "share",
                                             "subscription", "copyright"}));
  ASSERT_EQ(segmented.dropped.size(), 5u);
  EXPECT_EQ(TextOf(document, segmented.dropped[1].span),
            "MORE: Saudi Arabia’s plans for Aramco");
  std::vector<std::string> sentences;
  for (const Sentence& s : segmented.sentences) {
    sentences.push_back(TextOf(document, s.span));
  }
  EXPECT_EQ(sentences,
            (std::vector<std::string>{
                "Oil falls as OPEC talks stall", "Oil prices fell on Tuesday.",
                "Brent crude lost 2%.", "Analysts expect further falls."}));
  EXPECT_EQ(segmented.sentences[0].role, TextRole::kHeadline);
  EXPECT_EQ(segmented.CountRole(TextRole::kBody), 3u);
  ASSERT_TRUE(segmented.dateline.has_value());
  EXPECT_EQ(TextOf(document, *segmented.dateline), "LONDON (Reuters) -");
}

TEST(SegmentBoilerplate, KeptWhenDisabled) {
  SegmentOptions options;
  options.drop_boilerplate = false;
  auto segmenter = Segmenter::Create(options);
  ASSERT_TRUE(segmenter.ok());
  auto result =
      (*segmenter)
          ->Segment(PlainDocument("Talks stall.\nShare this article\n"));
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->dropped.empty());
  EXPECT_EQ(result->sentences.size(), 2u);
}

struct DatelineCase {
  std::string_view text;
  std::string_view dateline;        // original bytes; empty: none
  std::string_view first_sentence;  // original bytes
};

TEST(SegmentDateline, IsNotPartOfTheFirstSentence) {
  const std::vector<DatelineCase> cases = {
      {"MOSCOW (Reuters) - Russia said on Monday it would expel 23 "
       "diplomats.",
       "MOSCOW (Reuters) -",
       "Russia said on Monday it would expel 23 diplomats."},
      {"WASHINGTON, May 2 (AP) -- The Senate voted to extend the program.",
       "WASHINGTON, May 2 (AP) --", "The Senate voted to extend the program."},
      {"NEW YORK (Reuters) - Stocks rose. Bonds fell.", "NEW YORK (Reuters) -",
       "Stocks rose."},
      {"BEIRUT, Lebanon — Syrian forces shelled the town overnight.",
       "BEIRUT, Lebanon —", "Syrian forces shelled the town overnight."},
      {"ST. PETERSBURG, Russia (AP) — A blast hit a metro train.",
       "ST. PETERSBURG, Russia (AP) —", "A blast hit a metro train."},
      {"(CNN) - The Pentagon confirmed the strike.", "(CNN) -",
       "The Pentagon confirmed the strike."},
      {"KIEV, Ukraine, March 3 (Reuters) - Kiev said it would respond.",
       "KIEV, Ukraine, March 3 (Reuters) -", "Kiev said it would respond."},
      {"BRUSSELS/LONDON (Reuters) - EU leaders met on Friday.",
       "BRUSSELS/LONDON (Reuters) -", "EU leaders met on Friday."},
      {"NEW DELHI (Reuters) -- India said it would respond.",
       "NEW DELHI (Reuters) --", "India said it would respond."},
      {"SANA’A, Yemen — Air strikes hit the city.", "SANA’A, Yemen —",
       "Air strikes hit the city."},
      {"GENEVA (Reuters) - “We are ready,” the envoy said.",
       "GENEVA (Reuters) -", "“We are ready,” the envoy said."},
      {"Washington (CNN) - The president said he would respond.",
       "Washington (CNN) -", "The president said he would respond."},
      {"Washington (CNN)The president said he would respond.",
       "Washington (CNN)", "The president said he would respond."},
      {"Hong Kong (Reuters) - Shares rose.", "Hong Kong (Reuters) -",
       "Shares rose."},
      {"NATO - the Western alliance - said it would respond.", "",
       "NATO - the Western alliance - said it would respond."},
      {"NATO — the Western alliance — said it would respond.", "",
       "NATO — the Western alliance — said it would respond."},
      {"Apple (AAPL) - the iPhone maker - rose 2%.", "",
       "Apple (AAPL) - the iPhone maker - rose 2%."},
      {"Donald Trump (R) met his rivals.", "",
       "Donald Trump (R) met his rivals."},
      {"NATO's chief said the alliance would respond. Allies agreed.", "",
       "NATO's chief said the alliance would respond."},
      {"US President Donald Trump spoke to Mr Putin. The call was short.", "",
       "US President Donald Trump spoke to Mr Putin."},
      {"UN - the world body - has condemned the attack.", "",
       "UN - the world body - has condemned the attack."},
  };
  for (const DatelineCase& c : cases) {
    SCOPED_TRACE(c.text);
    Document document = PlainDocument(std::string(c.text));
    SegmentedDocument segmented = SegmentOrDie(document);
    std::string dateline = segmented.dateline.has_value()
                               ? TextOf(document, *segmented.dateline)
                               : "";
    EXPECT_EQ(dateline, c.dateline);
    std::string first = segmented.sentences.empty()
                            ? ""
                            : TextOf(document, segmented.sentences[0].span);
    EXPECT_EQ(first, c.first_sentence);
  }
}

TEST(SegmentDocument, RejectsInvalidText) {
  auto bad = TheSegmenter().Segment(PlainDocument("Talks \xC3\x28 stalled."));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  SegmentOptions options;
  options.max_document_bytes = 10;
  auto segmenter = Segmenter::Create(options);
  ASSERT_TRUE(segmenter.ok());
  auto large = (*segmenter)->Segment(PlainDocument("The talks stalled again."));
  ASSERT_FALSE(large.ok());
  EXPECT_EQ(large.error().code, ErrorCode::kTooLarge);
}

// ---------------------------------------------------------------------------
// Spans: every sentence and token maps back to whole characters of the
// original, and the original bytes clean to the clean text.

bool IsCharBoundary(std::string_view text, uint32_t pos) {
  if (pos == 0 || pos == text.size()) return true;
  if (pos > text.size()) return false;
  return (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Segments `original` and checks that every sentence and token span falls
// on character boundaries, in order, and that its original bytes clean to
// its clean text. Returns the number of sentences.
size_t ExpectSpansRoundTrip(std::string_view original) {
  Document document = PlainDocument(std::string(original));
  SegmentedDocument segmented = SegmentOrDie(document);
  uint32_t last_sentence_end = 0;
  for (const Sentence& sentence : segmented.sentences) {
    EXPECT_LE(last_sentence_end, sentence.span.begin);
    EXPECT_LT(sentence.span.begin, sentence.span.end);
    EXPECT_LE(sentence.span.end, original.size());
    EXPECT_TRUE(IsCharBoundary(original, sentence.span.begin));
    EXPECT_TRUE(IsCharBoundary(original, sentence.span.end));
    last_sentence_end = sentence.span.end;
    EXPECT_EQ(
        Clean(original.substr(sentence.span.begin, sentence.span.size())).text,
        segmented.CleanOf(sentence));
    EXPECT_FALSE(sentence.tokens.empty());
    uint32_t last_token_end = sentence.span.begin;
    for (const Token& token : sentence.tokens) {
      std::string_view bytes =
          original.substr(token.span.begin, token.span.size());
      SCOPED_TRACE(bytes);
      EXPECT_LE(last_token_end, token.span.begin);
      EXPECT_LT(token.span.begin, token.span.end);
      EXPECT_LE(token.span.end, sentence.span.end);
      EXPECT_TRUE(IsCharBoundary(original, token.span.begin));
      EXPECT_TRUE(IsCharBoundary(original, token.span.end));
      EXPECT_GE(token.clean_begin, sentence.clean_begin);
      EXPECT_LE(token.clean_end, sentence.clean_end);
      EXPECT_EQ(Clean(bytes).text, segmented.CleanOf(token));
      last_token_end = token.span.end;
    }
  }
  return segmented.sentences.size();
}

TEST(SpanRoundTrip, SentencesAndTokensMapToTheOriginal) {
  const std::vector<std::string_view> documents = {
      "“We’re not getting along with Russia at all,” Miller said.",
      "Moscow — which denies the charge — said the U.S. “lied”. Talks "
      "stalled.",
      "The\u00A0talks\u00A0resumed\u202Fon Monday.\u00A0A deal is near.",
      "An inter\u00ADnational mon\u00ADitoring mission was sent. It "
      "reported\u00AD back.",
      "\uFEFFMOSCOW (Reuters) - Russia’s foreign ministry said on Monday it "
      "would respond.",
      "Headline here\r\n\r\nThe first line.\r\nThe second line ends.\r\n",
      "The cafe\u0301 owner, Jose\u0301 Marti\u0301nez, said he was "
      "afraid. His cafe\u0301 closed.",
      "Президент России Владимир Путин заявил, что Москва ответит. "
      "Переговоры продолжатся.",
      "中国外交部发言人表示反对。会谈将于周一继续。",
      "قال المتحدث إن المحادثات ستستمر. ولم يتم تحديد موعد.",
      "Erdoğan’s “red lines” were clear… Ankara won’t budge.",
      "Prices rose 3.5%\u2009– the most since 2012 – and fell again. "
      "Markets\u2003closed.",
      "He said: ‘It’s over.’\u200B The crowd left.",
      "Men\u0301 and A\u030Angstro\u0308m met at 9\u00A0a.m. The talks "
      "ended.",
      "Lines\u2028split here. And\u2029here too.",
      "Wait…… what?… Nothing.",
      "Mr…Comey and the U.S…. Embassy.",
  };
  for (std::string_view original : documents) {
    SCOPED_TRACE(original);
    EXPECT_GT(ExpectSpansRoundTrip(original), 0u);
  }
}

// Documents pieced together at random (with a fixed seed) from the
// characters that cleaning changes and the words that tokens split.
TEST(SpanRoundTrip, GeneratedDocuments) {
  const std::vector<std::string_view> pieces = {
      // Words, abbreviations and numbers that tokens split or keep whole.
      "Russia", "talks", "U.S.", "Mr.", "Jan. 28", "a.m. ", "O'Brien", "don't",
      "n't", "’s", "3.5%", "12:30pm", "1,000", "Путин", "中国。", "é", "ß",
      "MORE: ", "By ", "MOSCOW (Reuters) - ",
      // Characters that cleaning replaces, removes or composes.
      "\"", "'", "“", "”", "‘", "’", "—", "–", "-", "…", "\u00A0", "\u2009",
      "\u00AD", "\uFEFF", "\u200B", "\u2028", "\r\n", "e\u0301", "A\u030A",
      "\u0308",
      // Spaces, line ends and punctuation.
      " ", " ", " ", "\n", "\n\n", "\t", ".", ". ", "! ", "? ", ", ", "(", ")"};
  std::mt19937 random(20170502);
  for (int n = 0; n < 2000; ++n) {
    std::string original = "The";
    const size_t length = 3 + random() % 40;
    for (size_t i = 0; i < length; ++i) {
      original += pieces[random() % pieces.size()];
    }
    SCOPED_TRACE(original);
    ExpectSpansRoundTrip(original);
  }
}

TEST(SpanRoundTrip, TokenizeAgreesWithSegment) {
  Document document = PlainDocument(
      "Russia’s envoy — Vasily Nebenzia — said the U.S. had “no right” to "
      "act.");
  SegmentedDocument segmented = SegmentOrDie(document);
  ASSERT_EQ(segmented.sentences.size(), 1u);
  const Sentence& sentence = segmented.sentences[0];
  std::vector<Token> again =
      Tokenize(segmented.clean, sentence.clean_begin, sentence.clean_end);
  ASSERT_EQ(again.size(), sentence.tokens.size());
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(again[i].span, sentence.tokens[i].span);
    EXPECT_EQ(again[i].folded, sentence.tokens[i].folded);
  }
  std::vector<std::string> texts;
  for (const Token& t : sentence.tokens) {
    texts.push_back(TextOf(document, t.span));
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"Russia", "’s", "envoy", "—",
                                             "Vasily", "Nebenzia", "—", "said",
                                             "the", "U.S.", "had", "“", "no",
                                             "right", "”", "to", "act", "."}));
}

TEST(SpanRoundTrip, NoTokensWhenDisabled) {
  SegmentOptions options;
  options.tokenize = false;
  auto segmenter = Segmenter::Create(options);
  ASSERT_TRUE(segmenter.ok());
  auto result = (*segmenter)->Segment(PlainDocument("Talks stall. Again."));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->sentences.size(), 2u);
  EXPECT_TRUE(result->sentences[0].tokens.empty());
  EXPECT_TRUE(result->sentences[1].tokens.empty());
}

}  // namespace
}  // namespace dyad
