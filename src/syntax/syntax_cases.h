// Test sentences with their expected clause analysis, shared by the tests of
// both syntax back-ends (shallow and Link Grammar), so that the two are
// measured on the same ground. Every body sentence of the reference article
// (corpus/seed/000_e734f56ed95d1ba3.txt) is here, marked `reference`.
//
// Fields are what a coder needs, written as head words, folded:
//   lemma     the main clause's predicate lemma
//   subjects  the logical subject heads (after undoing the passive),
//             '|'-separated when coordinated; "" when there is none
//   object    the head of the main clause's first object; "" when none
//             (for a passive, the surface subject)
//   agent     for a passive main clause, the head of its agent; "" when active
//   negated, modality ("asserted", "future", "reported", "hypothetical")
//   prep      "" or "PREP HEAD": a prepositional phrase of the main clause
//   embedded  "" or the lemma of a clause embedded (at any depth) under the
//             main clause: a complement, purpose or relative clause
#ifndef DYAD_SRC_SYNTAX_SYNTAX_CASES_H_
#define DYAD_SRC_SYNTAX_SYNTAX_CASES_H_

#include <string_view>

namespace dyad::syntax {

struct SyntaxCase {
  std::string_view text;
  std::string_view lemma;
  std::string_view subjects;
  std::string_view object;
  std::string_view agent;
  bool negated;
  std::string_view modality;
  std::string_view prep;
  std::string_view embedded;
  bool reference;  // a body sentence of the reference article
};

inline constexpr SyntaxCase kSyntaxCases[] = {
    // The reference article's body, in order.
    {"Donald Trump will speak by telephone with Vladimir Putin today to "
     "discuss the ongoing crisis in Syria.",
     "speak", "trump", "", "", false, "future", "with putin", "discuss", true},
    {"The US president, who has been accused of collusion with Russia, has "
     "said relationships between the two countries \"may be at an all-time "
     "low\" over Russia's support for Syrian president, Bashar al-Assad.",
     "say", "president", "", "", false, "asserted", "", "be", true},
    {"\"We're not getting along with Russia at all,\" Trump said after "
     "Russia vetoed a US-backed resolution on Syria at the UN security "
     "council.",
     "say", "trump", "", "", false, "asserted", "", "veto", true},
    {"After a US missile attack on a Syrian airbase, Russian PM Dmitry "
     "Medvedev said the strikes were illegal and had been \"one step away "
     "from military clashes with Russia\".",
     "say", "medvedev", "", "", false, "asserted", "after attack", "be", true},
    {"The leaders are scheduled to speak at 12:30pm ET (4.30pm UK time), and "
     "Syria is likely to be discussed, the White House and Kremlin said.",
     "say", "house|kremlin", "", "", false, "asserted", "", "speak", true},
    {"Trump ordered the air strike on a Syria last month in following a "
     "deadly poison gas attack on civilians blamed on Assad's government.",
     "order", "trump", "strike", "", false, "asserted", "", "blame", true},
    {"Russia denied the Syrian government was responsible for the sarin "
     "attack, which killed 90 people.",
     "deny", "russia", "", "", false, "asserted", "", "be", true},
    {"Prior to that, on January 28, the two presidents discussed how to "
     "defeat Isis after Putin called to congratulate Trump on his "
     "presidential victory.",
     "discuss", "presidents", "", "", false, "asserted", "on 28", "defeat",
     true},
    {"In March, FBI director James Comey publicly confirmed that the agency "
     "has been investigating possible links between Donald Trump's election "
     "team and Russia's efforts to interfere in the 2016 US election.",
     "confirm", "comey", "", "", false, "asserted", "in march", "investigate",
     true},
    {"Mr Comey said the investigation includes the nature of any links "
     "between individuals associated with Mr Trump's campaign and the "
     "Russian government, and whether there was any co-ordination between "
     "Russian efforts and the campaign.",
     "say", "comey", "", "", false, "asserted", "", "include", true},
    {"The investigation will also look at whether crimes were committed.",
     "look", "investigation", "", "", false, "future", "", "commit", true},
    {"Mr Comey refused to put a timeframe on the investigation.", "refuse",
     "comey", "", "", false, "asserted", "", "put", true},
    {"He told the House Intelligence Committee: \"This work is very "
     "complex, and there is no way for me to give you a timetable for when "
     "it will be done.\"",
     "tell", "he", "committee", "", false, "asserted", "", "be", true},

    // Plain transitive clauses.
    {"Russia vetoed the resolution.", "veto", "russia", "resolution", "", false,
     "asserted", "", "", false},
    {"The army shelled the town on Sunday.", "shell", "army", "town", "", false,
     "asserted", "", "", false},
    {"Iran condemned the attack.", "condemn", "iran", "attack", "", false,
     "asserted", "", "", false},
    {"Turkey expelled the German ambassador.", "expel", "turkey", "ambassador",
     "", false, "asserted", "", "", false},
    {"The rebels seized the airport.", "seize", "rebels", "airport", "", false,
     "asserted", "", "", false},
    {"Police arrested three protesters in Cairo.", "arrest", "police",
     "protesters", "", false, "asserted", "in cairo", "", false},
    {"Israel struck targets in Gaza overnight.", "strike", "israel", "targets",
     "", false, "asserted", "in gaza", "", false},
    {"North Korea launched a missile over Japan.", "launch", "korea", "missile",
     "", false, "asserted", "over japan", "", false},
    {"The president signed the bill into law.", "sign", "president", "bill", "",
     false, "asserted", "into law", "", false},
    {"Germany recalled its ambassador from Ankara.", "recall", "germany",
     "ambassador", "", false, "asserted", "from ankara", "", false},
    {"The European Union imposed sanctions on Moscow.", "impose", "union",
     "sanctions", "", false, "asserted", "on moscow", "", false},
    {"China praised the agreement.", "praise", "china", "agreement", "", false,
     "asserted", "", "", false},
    {"Protesters burned flags outside the embassy.", "burn", "protesters",
     "flags", "", false, "asserted", "outside embassy", "", false},
    {"The minister visited Kabul on Tuesday.", "visit", "minister", "kabul", "",
     false, "asserted", "on tuesday", "", false},
    {"Putin congratulated Trump on his victory.", "congratulate", "putin",
     "trump", "", false, "asserted", "on victory", "", false},
    {"The UN security council adopted a resolution on Libya.", "adopt",
     "council", "resolution", "", false, "asserted", "on libya", "", false},
    {"Saudi Arabia accused Iran of arming the rebels.", "accuse", "arabia",
     "iran", "", false, "asserted", "", "", false},
    {"The government freed 50 prisoners.", "free", "government", "prisoners",
     "", false, "asserted", "", "", false},
    {"Japan offered aid to the victims.", "offer", "japan", "aid", "", false,
     "asserted", "to victims", "", false},
    {"The court sentenced the journalist to five years.", "sentence", "court",
     "journalist", "", false, "asserted", "to years", "", false},
    {"Troops killed two militants near the border.", "kill", "troops",
     "militants", "", false, "asserted", "near border", "", false},
    {"Gunmen killed more than 130 people at a concert hall.", "kill",
     "gunmen", "people", "", false, "asserted", "at hall", "", false},
    {"The rebels freed at least 30 hostages on Sunday.", "free", "rebels",
     "hostages", "", false, "asserted", "", "", false},
    {"A resolution urging Myanmar to free prisoners was vetoed by China.",
     "veto", "china", "resolution", "china", false, "asserted", "", "",
     false},
    {"Japan condemned North Korea, calling the test a grave threat.", "call",
     "japan", "test", "", false, "asserted", "", "", false},
    {"The prime minister met the Pope at the Vatican.", "meet", "minister",
     "pope", "", false, "asserted", "at vatican", "", false},
    {"Syria rejected the proposal.", "reject", "syria", "proposal", "", false,
     "asserted", "", "", false},
    {"Britain summoned the Russian ambassador.", "summon", "britain",
     "ambassador", "", false, "asserted", "", "", false},
    {"The two leaders held talks in Beijing.", "hold", "leaders", "talks", "",
     false, "asserted", "in beijing", "", false},
    {"Washington criticised the decision.", "criticise", "washington",
     "decision", "", false, "asserted", "", "", false},
    {"Rebels attacked a convoy in the north.", "attack", "rebels", "convoy", "",
     false, "asserted", "in north", "", false},

    // Intransitive and prepositional.
    {"Trump spoke to Putin by phone.", "speak", "trump", "", "", false,
     "asserted", "to putin", "", false},
    {"The delegation arrived in Moscow on Monday.", "arrive", "delegation", "",
     "", false, "asserted", "in moscow", "", false},
    {"Fighting erupted in the capital.", "erupt", "fighting", "", "", false,
     "asserted", "in capital", "", false},
    {"Thousands protested against the government.", "protest", "thousands", "",
     "", false, "asserted", "against government", "", false},
    {"The talks collapsed after two days.", "collapse", "talks", "", "", false,
     "asserted", "after days", "", false},
    {"Merkel travelled to Washington.", "travel", "merkel", "", "", false,
     "asserted", "to washington", "", false},

    // Passive, with and without an agent.
    {"The strike was ordered by Trump.", "order", "trump", "strike", "trump",
     false, "asserted", "", "", false},
    {"The embassy was attacked by protesters.", "attack", "protesters",
     "embassy", "protesters", false, "asserted", "", "", false},
    {"Three soldiers were killed in the blast.", "kill", "", "soldiers", "",
     false, "asserted", "in blast", "", false},
    {"The resolution was vetoed by Russia and China.", "veto", "russia|china",
     "resolution", "russia", false, "asserted", "", "", false},
    {"The journalist was arrested by police in Istanbul.", "arrest", "police",
     "journalist", "police", false, "asserted", "in istanbul", "", false},
    {"The deal was signed by both sides in Geneva.", "sign", "sides", "deal",
     "sides", false, "asserted", "in geneva", "", false},
    {"The opposition leader has been detained.", "detain", "", "leader", "",
     false, "asserted", "", "", false},
    {"Sanctions were imposed on North Korea by the UN.", "impose", "un",
     "sanctions", "un", false, "asserted", "on korea", "", false},
    {"The attack was blamed on Assad's government.", "blame", "government",
     "attack", "government", false, "asserted", "", "", false},
    {"The hostages were freed by the rebels on Friday.", "free", "rebels",
     "hostages", "rebels", false, "asserted", "", "", false},
    {"The talks will be hosted by Oman.", "host", "oman", "talks", "oman",
     false, "future", "", "", false},

    // Negation.
    {"Russia did not attend the meeting.", "attend", "russia", "meeting", "",
     true, "asserted", "", "", false},
    {"The two sides have never met.", "meet", "sides", "", "", true, "asserted",
     "", "", false},
    {"Israel didn't comment on the report.", "comment", "israel", "", "", true,
     "asserted", "on report", "", false},
    {"The government has not responded to the demands.", "respond",
     "government", "", "", true, "asserted", "to demands", "", false},
    {"China will not recognise the vote.", "recognise", "china", "vote", "",
     true, "future", "", "", false},
    {"Iran does not want war.", "want", "iran", "war", "", true, "asserted", "",
     "", false},

    // Modality.
    {"Trump will visit China in November.", "visit", "trump", "china", "",
     false, "future", "in november", "", false},
    {"The EU may impose new sanctions on Russia.", "impose", "eu", "sanctions",
     "", false, "hypothetical", "on russia", "", false},
    {"Putin could meet Trump in Helsinki.", "meet", "putin", "trump", "", false,
     "hypothetical", "in helsinki", "", false},
    {"Turkey plans to send troops to Syria.", "send", "turkey", "troops", "",
     false, "future", "to syria", "", false},
    {"North Korea threatened to strike Guam.", "strike", "korea", "guam", "",
     false, "hypothetical", "", "", false},
    {"The president is expected to sign the bill on Friday.", "sign",
     "president", "bill", "", false, "future", "on friday", "", false},
    {"Washington would respond to any attack.", "respond", "washington", "", "",
     false, "hypothetical", "to attack", "", false},
    {"The ministers are due to meet in Brussels.", "meet", "ministers", "", "",
     false, "future", "in brussels", "", false},
    {"France intends to recognise Palestine.", "recognise", "france",
     "palestine", "", false, "future", "", "", false},
    {"The rebels vowed to continue fighting.", "continue", "rebels", "fighting",
     "", false, "future", "", "", false},
    {"Iran might retaliate against Israel.", "retaliate", "iran", "", "", false,
     "hypothetical", "against israel", "", false},

    // Reported speech.
    {"The White House said the strikes were legal.", "say", "house", "", "",
     false, "asserted", "", "be", false},
    {"Russia said that the attack was a provocation.", "say", "russia", "", "",
     false, "asserted", "", "be", false},
    {"Officials confirmed that two soldiers died.", "confirm", "officials", "",
     "", false, "asserted", "", "die", false},
    {"Moscow denied that its jets bombed the hospital.", "deny", "moscow", "",
     "", false, "asserted", "", "bomb", false},
    {"\"We will respond,\" the minister said.", "say", "minister", "", "",
     false, "asserted", "", "respond", false},
    {"\"The talks were productive,\" said the spokesman.", "say", "spokesman",
     "", "", false, "asserted", "", "be", false},
    {"The ministry warned that the ceasefire could collapse.", "warn",
     "ministry", "", "", false, "asserted", "", "collapse", false},
    {"Kerry told reporters that the talks had failed.", "tell", "kerry",
     "reporters", "", false, "asserted", "", "fail", false},
    {"The army claimed the rebels had fired first.", "claim", "army", "", "",
     false, "asserted", "", "fire", false},
    {"Israel believes Iran is building a bomb.", "believe", "israel", "", "",
     false, "asserted", "", "build", false},
    {"According to Reuters, the troops withdrew on Monday.", "withdraw",
     "troops", "", "", false, "reported", "according to reuters", "", false},

    // Coordination.
    {"Russia and China vetoed the resolution.", "veto", "russia|china",
     "resolution", "", false, "asserted", "", "", false},
    {"The White House and the Kremlin confirmed the call.", "confirm",
     "house|kremlin", "call", "", false, "asserted", "", "", false},
    {"France, Germany and Italy signed the declaration.", "sign",
     "france|germany|italy", "declaration", "", false, "asserted", "", "",
     false},
    {"The army bombed and shelled the city.", "bomb", "army", "", "", false,
     "asserted", "", "shell", false},
    {"Protesters marched to the parliament and demanded his resignation.",
     "march", "protesters", "", "", false, "asserted", "to parliament",
     "demand", false},
    {"Britain and France condemned the attack.", "condemn", "britain|france",
     "attack", "", false, "asserted", "", "", false},

    // Purpose and infinitive complements.
    {"Putin flew to Ankara to meet Erdogan.", "fly", "putin", "", "", false,
     "asserted", "to ankara", "meet", false},
    {"The envoy arrived in Damascus to discuss the truce.", "arrive", "envoy",
     "", "", false, "asserted", "in damascus", "discuss", false},
    {"Iran agreed to limit its nuclear programme.", "agree", "iran", "", "",
     false, "asserted", "", "limit", false},
    {"The UN urged both sides to stop the fighting.", "urge", "un", "sides", "",
     false, "asserted", "", "stop", false},
    {"Cuba refused to extradite the suspects.", "refuse", "cuba", "", "", false,
     "asserted", "", "extradite", false},

    // Relative clauses.
    {"The bomb, which exploded in a market, killed 20 people.", "kill", "bomb",
     "people", "", false, "asserted", "", "explode", false},
    {"The minister who resigned on Monday criticised the army.", "criticise",
     "minister", "army", "", false, "asserted", "", "resign", false},
    {"Rebels shot down a helicopter that was carrying troops.", "shoot",
     "rebels", "helicopter", "", false, "asserted", "", "carry", false},
    {"Police found a car that had been stolen.", "find", "police", "car", "",
     false, "asserted", "", "steal", false},

    // Adverbial clauses and fronted phrases.
    {"After the talks ended, the ministers issued a statement.", "issue",
     "ministers", "statement", "", false, "asserted", "", "end", false},
    {"On Monday, the army launched an offensive.", "launch", "army",
     "offensive", "", false, "asserted", "on monday", "", false},
    {"In a statement, the ministry condemned the shooting.", "condemn",
     "ministry", "shooting", "", false, "asserted", "in statement", "", false},
    {"Last week, Iran tested a missile.", "test", "iran", "missile", "", false,
     "asserted", "", "", false},
    {"The leaders met in Paris while protesters gathered outside.", "meet",
     "leaders", "", "", false, "asserted", "in paris", "gather", false},

    // Event nouns in subject or object position.
    {"The US missile attack on a Syrian airbase angered Moscow.", "anger",
     "attack", "moscow", "", false, "asserted", "", "", false},
    {"Talks with the Taliban resumed in Doha.", "resume", "talks", "", "",
     false, "asserted", "in doha", "", false},
    {"The sanctions against Iran were lifted in January.", "lift", "",
     "sanctions", "", false, "asserted", "in january", "", false},
    {"Modi's visit to Washington was postponed.", "postpone", "", "visit", "",
     false, "asserted", "", "", false},

    // Copular clauses.
    {"The situation is very dangerous.", "be", "situation", "dangerous", "",
     false, "asserted", "", "", false},
    {"The strikes were illegal.", "be", "strikes", "illegal", "", false,
     "asserted", "", "", false},
    {"Relations between the two countries are at an all-time low.", "be",
     "relations", "", "", false, "asserted", "at low", "", false},

    // Present and perfect tenses.
    {"Russia supports the Syrian government.", "support", "russia",
     "government", "", false, "asserted", "", "", false},
    {"The United States has sent warships to the region.", "send", "states",
     "warships", "", false, "asserted", "to region", "", false},
    {"Hamas has fired rockets into Israel.", "fire", "hamas", "rockets", "",
     false, "asserted", "into israel", "", false},
    {"The rebels are holding two hostages.", "hold", "rebels", "hostages", "",
     false, "asserted", "", "", false},
    {"Pakistan condemns the killing of civilians.", "condemn", "pakistan",
     "killing", "", false, "asserted", "", "", false},
    {"Egypt had closed the border crossing.", "close", "egypt", "crossing", "",
     false, "asserted", "", "", false},
    {"The foreign ministers of Russia and Turkey met in Sochi.", "meet",
     "ministers", "", "", false, "asserted", "in sochi", "", false},
};

}  // namespace dyad::syntax

#endif  // DYAD_SRC_SYNTAX_SYNTAX_CASES_H_
