#include "src/coding/cameo_table.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace dyad {
namespace {

std::string OwnDataDir() { return std::string(DYAD_SOURCE_DIR) + "/data"; }

// dyad's own table, or nullptr (and a failure) when it does not load.
std::unique_ptr<CameoTable> LoadOwn() {
  auto table = CameoTable::Load(OwnDataDir());
  if (!table.ok()) {
    ADD_FAILURE() << table.error().message;
    return nullptr;
  }
  return std::move(*table);
}

struct CodeCase {
  std::string code;
  std::string name;
  double goldstein;
  int quad_class;
  std::string plover_type;
  std::string plover_mode;
};

TEST(CameoTable, KnownCodes) {
  const std::vector<CodeCase> cases = {
      {"01", "MAKE PUBLIC STATEMENT", 0.0, 1, "", ""},
      {"010", "Make statement, not specified below", 0.0, 1, "", ""},
      {"016", "Deny responsibility", -2.0, 1, "", ""},
      {"020", "Appeal, not specified below", 3.0, 1, "", ""},
      {"0234", "Appeal for military protection or peacekeeping", 3.4, 1, "",
       ""},
      {"036", "Express intent to meet or negotiate", 4.0, 1, "AGREE", ""},
      {"04", "CONSULT", 1.0, 1, "CONSULT", ""},
      {"040", "Consult, not specified below", 1.0, 1, "CONSULT", ""},
      {"041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone"},
      {"042", "Make a visit", 1.9, 1, "CONSULT", "visit"},
      {"043", "Host a visit", 2.8, 1, "CONSULT", "visit"},
      {"044", "Meet at a third location", 2.5, 1, "CONSULT", "third-party"},
      {"046", "Engage in negotiation", 7.0, 1, "CONSULT", ""},
      {"051", "Praise or endorse", 3.4, 1, "SUPPORT", ""},
      {"057", "Sign formal agreement", 8.0, 1, "SUPPORT", ""},
      {"061", "Cooperate economically", 6.4, 2, "COOPERATE", ""},
      {"073", "Provide humanitarian aid", 7.4, 2, "AID", ""},
      {"08", "YIELD", 5.0, 2, "CONCEDE", ""},
      {"0813", "Ease curfew", 5.0, 2, "RETREAT", ""},
      {"0841", "Return, release person(s)", 7.0, 2, "RETREAT", "release"},
      {"0871", "Declare truce, ceasefire", 9.0, 2, "RETREAT", "ceasefire"},
      {"0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT", "disarm"},
      {"090", "Investigate, not specified below", -2.0, 2, "ACCUSE",
       "investigate"},
      {"091", "Investigate crime, corruption", -2.0, 2, "ACCUSE",
       "investigate"},
      {"101", "Demand material cooperation, not specified below", -5.0, 3,
       "REQUEST", "assist"},
      {"1056", "Demand de-escalation of military engagement", -5.0, 3,
       "REQUEST", "yield"},
      {"106", "Demand meeting, negotiation", -5.0, 3, "REQUEST", "meet"},
      {"111", "Criticize or denounce", -2.0, 3, "ACCUSE", "disapprove"},
      {"112", "Accuse, not specified below", -2.0, 3, "ACCUSE", "disapprove"},
      {"1123", "Accuse of aggression", -2.0, 3, "ACCUSE", "allege"},
      {"125", "Reject proposal to meet, discuss, or negotiate", -5.0, 3,
       "REJECT", "meet"},
      {"129", "Veto", -5.0, 3, "REJECT", "yield"},
      {"130", "Threaten, not specified below", -4.4, 3, "THREATEN", ""},
      {"138", "Threaten to use military force, not specified below", -7.0, 3,
       "THREATEN", "violence"},
      {"141", "Demonstrate or rally", -6.5, 3, "PROTEST", "demo"},
      {"154", "Mobilize or increase armed forces", -7.2, 4, "MOBILIZE",
       "troops"},
      {"163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE",
       "restrict"},
      {"173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE",
       "arrest"},
      {"175", "Use tactics of violent repression", -9.0, 4, "ASSAULT", ""},
      {"1823", "Kill by physical assault", -10.0, 4, "ASSAULT", ""},
      {"190", "Use conventional military force, not specified below", -10.0, 4,
       "ASSAULT", ""},
      {"195", "Employ aerial weapons", -10.0, 4, "ASSAULT", "heavy-weapons"},
      {"20", "USE UNCONVENTIONAL MASS VIOLENCE", -10.0, 4, "ASSAULT", ""},
      {"2041", "Use chemical, biological, or radiological weapons", -10.0, 4,
       "ASSAULT", "unconventional"},
  };
  auto own = LoadOwn();
  ASSERT_NE(own, nullptr);
  const CameoTable& table = *own;
  for (const CodeCase& c : cases) {
    SCOPED_TRACE(c.code);
    const CameoCode* found = table.Find(c.code);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->code, c.code);
    EXPECT_EQ(found->name, c.name);
    EXPECT_EQ(found->root, c.code.substr(0, 2));
    EXPECT_DOUBLE_EQ(found->goldstein, c.goldstein);
    EXPECT_EQ(found->quad_class, c.quad_class);
    EXPECT_EQ(found->plover_type, c.plover_type);
    EXPECT_EQ(found->plover_mode, c.plover_mode);
  }
}

TEST(CameoTable, HoldsEveryRootAndNothingElse) {
  auto own = LoadOwn();
  ASSERT_NE(own, nullptr);
  const CameoTable& table = *own;
  EXPECT_EQ(table.size(), 311u);
  EXPECT_EQ(table.codes().size(), table.size());
  EXPECT_EQ(table.root_count(), 20u);
  for (int root = 1; root <= 20; ++root) {
    char code[12];
    std::snprintf(code, sizeof code, "%02d", root);
    const CameoCode* found = table.Find(code);
    ASSERT_NE(found, nullptr) << code;
    EXPECT_EQ(found->quad_class, CameoTable::QuadClassOfRoot(root)) << code;
  }
  for (const char* absent :
       {"", "0", "00", "21", "099", "1213", "041 ", "41", "0410", "CONSULT"}) {
    EXPECT_EQ(table.Find(absent), nullptr) << '"' << absent << '"';
  }
}

TEST(CameoTable, QuadClassOfRoot) {
  const std::vector<std::pair<int, int>> cases = {
      {-1, 0}, {0, 0},  {1, 1},  {5, 1},  {6, 2},  {9, 2},
      {10, 3}, {14, 3}, {15, 4}, {20, 4}, {21, 0}, {100, 0}};
  for (const auto& [root, quad] : cases) {
    EXPECT_EQ(CameoTable::QuadClassOfRoot(root), quad) << root;
  }
}

// The public reference tables of ../shared/reference.

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

class CameoReference : public ::testing::Test {
 protected:
  void SetUp() override {
    auto shared = testing::SharedDir();
    if (!shared) {
      GTEST_SKIP() << "../shared (or $DYAD_SHARED) is absent: the CAMEO table "
                      "is not checked against the public reference tables";
    }
    dir_ = *shared + "/reference/";
  }

  // The reference file's text; fails the test when it cannot be read.
  std::string Read(const std::string& file) {
    auto text = testing::ReadFileOrNone(dir_ + file);
    EXPECT_TRUE(text.has_value()) << dir_ << file << " cannot be read";
    return text.value_or("");
  }

  std::string dir_;
};

// Where dyad's names depart from GDELT's CAMEO.eventcodes.txt on purpose
// (see the notes at the end of data/cameo/event_codes.tsv).
struct NameChange {
  std::string code;
  std::string reference;  // after un-merging 1056/106 and squeezing spaces
  std::string ours;
};

const std::vector<NameChange>& NameChanges() {
  static const std::vector<NameChange> changes = {
      {"044", "Meet at a \xC3\x92hird\xC3\x93location",
       "Meet at a third location"},
      {"033", "Express intent to provide matyerial aid, not specified below",
       "Express intent to provide material aid, not specified below"},
      {"0355", "Express intent allow international involvement (not mediation)",
       "Express intent to allow international involvement (not mediation)"},
      {"101", "Demand information, investigation",
       "Demand material cooperation, not specified below"},
      {"105", "Demand mediation",
       "Demand that target yields, not specified below"},
      {"106", "Demand withdrawal", "Demand meeting, negotiation"},
      {"107", "Demand ceasefire", "Demand settling of dispute"},
      {"108", "Demand meeting, negotiation", "Demand mediation"},
      {"183",
       "Conduct suicide, car, or other non-military bombing, not spec below",
       "Conduct suicide, car, or other non-military bombing, not specified "
       "below"},
      {"2041", "Use chemical, biological, or radiologicalweapons",
       "Use chemical, biological, or radiological weapons"},
  };
  return changes;
}

TEST_F(CameoReference, EveryCodeWithItsName) {
  // code -> name, in GDELT's file: a header, the four quad classes as
  // one-digit lines, and the lines of 1056 and 106 merged into one.
  std::map<std::string, std::string> reference;
  const std::string kMerged = "106:[-5.0] ";
  for (const std::string& line : Lines(Read("CAMEO.eventcodes.txt"))) {
    size_t tab = line.find('\t');
    if (line.empty() || line.starts_with("CAMEOEVENTCODE")) continue;
    ASSERT_NE(tab, std::string::npos) << line;
    std::string code = line.substr(0, tab), name = line.substr(tab + 1);
    if (code.size() == 1) continue;
    if (size_t at = name.find(kMerged); at != std::string::npos) {
      ASSERT_EQ(code, "1056");
      reference["106"] = Squeeze(name.substr(at + kMerged.size()));
      name.resize(at);
    }
    ASSERT_TRUE(reference.emplace(code, Squeeze(name)).second) << code;
  }
  ASSERT_EQ(reference.size(), 311u);
  ASSERT_EQ(reference.count("106"), 1u)
      << "the 1056/106 line was not un-merged";

  std::map<std::string, const NameChange*> changes;
  for (const NameChange& c : NameChanges()) changes[c.code] = &c;
  auto own = LoadOwn();
  ASSERT_NE(own, nullptr);
  const CameoTable& table = *own;
  EXPECT_EQ(table.size(), reference.size());
  for (const auto& [code, name] : reference) {
    SCOPED_TRACE(code);
    const CameoCode* ours = table.Find(code);
    ASSERT_NE(ours, nullptr) << "missing from data/cameo/event_codes.tsv";
    if (auto change = changes.find(code); change != changes.end()) {
      EXPECT_EQ(name, change->second->reference) << "the reference changed";
      EXPECT_EQ(ours->name, change->second->ours);
    } else {
      EXPECT_EQ(ours->name, name);
    }
  }
}

TEST_F(CameoReference, EveryGoldsteinValue) {
  std::map<std::string, double> reference;
  for (const std::string& line : Lines(Read("CAMEO.goldsteinscale.txt"))) {
    if (line.empty() || line.starts_with("CAMEOEVENTCODE")) continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string value = line.substr(tab + 1);
    char* end = nullptr;
    double v = std::strtod(value.c_str(), &end);
    ASSERT_TRUE(end != value.c_str() && *end == '\0') << line;
    ASSERT_TRUE(reference.emplace(line.substr(0, tab), v).second) << line;
  }
  ASSERT_EQ(reference.size(), 311u);
  auto own = LoadOwn();
  ASSERT_NE(own, nullptr);
  const CameoTable& table = *own;
  EXPECT_EQ(table.size(), reference.size());
  for (const auto& [code, value] : reference) {
    const CameoCode* ours = table.Find(code);
    ASSERT_NE(ours, nullptr) << code;
    EXPECT_DOUBLE_EQ(ours->goldstein, value) << code;
  }
}

TEST_F(CameoReference, EveryPloverMapping) {
  struct Plover {
    std::string type, mode;
    bool operator==(const Plover&) const = default;
  };
  // "code: TYPE, mode, context # description", and "NN: TYPE" for a root's
  // heading; root 08 has two headings, CONCEDE then RETREAT.
  std::map<std::string, Plover> reference;
  auto trim = [](std::string s) {
    size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  for (const std::string& line : Lines(Read("CAMEO2PLOVER-2021.txt"))) {
    size_t colon = line.find(':');
    if (line.empty() || line[0] < '0' || line[0] > '9') continue;
    ASSERT_NE(colon, std::string::npos) << line;
    std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1, line.find('#') - colon - 1);
    std::vector<std::string> fields;
    std::istringstream in(rest);
    for (std::string f; std::getline(in, f, ',');) fields.push_back(trim(f));
    ASSERT_FALSE(fields.empty()) << line;
    Plover p{fields[0], fields.size() > 1 ? fields[1] : ""};
    if (code.size() == 2) p.mode.clear();
    auto [it, inserted] = reference.emplace(code, p);
    // 175 is listed twice, the same both times; 08 has a second heading.
    if (!inserted && code != "08") {
      EXPECT_EQ(it->second, p) << "conflicting lines for " << code;
    }
  }
  ASSERT_EQ(reference.count("041"), 1u);
  ASSERT_EQ(reference["08"].type, "CONCEDE");

  // Where dyad departs from the conversion table on purpose.
  const std::map<std::string, Plover> changes = {
      {"175", {"ASSAULT", ""}},  // the context pro_autocracy sits in the mode
  };
  const std::set<std::string> not_cameo = {"1213", "1214"};
  ASSERT_EQ(reference["175"].mode, "pro_autocracy") << "the reference changed";

  auto own = LoadOwn();
  ASSERT_NE(own, nullptr);
  const CameoTable& table = *own;
  for (const CameoCode& c : table.codes()) {
    SCOPED_TRACE(c.code);
    Plover ours{c.plover_type, c.plover_mode};
    auto it = reference.find(c.code);
    if (c.root == "01" || c.root == "02") {
      EXPECT_FALSE(reference.contains(c.code))
          << "PLOVER converts a code of root 01/02";
      EXPECT_EQ(ours, Plover{}) << ours.type << " " << ours.mode;
      continue;
    }
    ASSERT_NE(it, reference.end()) << "not in the conversion table";
    Plover expected =
        changes.contains(c.code) ? changes.at(c.code) : it->second;
    EXPECT_EQ(ours.type, expected.type);
    EXPECT_EQ(ours.mode, expected.mode);
  }
  for (const auto& [code, p] : reference) {
    if (not_cameo.contains(code)) {
      EXPECT_EQ(table.Find(code), nullptr) << code;
    } else {
      EXPECT_NE(table.Find(code), nullptr) << code << " converts to " << p.type;
    }
  }
}

// Loading errors, each naming the file and the line.

class CameoTableLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.File("cameo"));
  }
  Result<std::unique_ptr<CameoTable>> LoadText(const std::string& content) {
    EXPECT_TRUE(
        testing::WriteFile(dir_.File("cameo/event_codes.tsv"), content));
    return CameoTable::Load(dir_.path());
  }

  testing::TempDir dir_;
};

TEST_F(CameoTableLoad, ReadsCommentsBlankLinesAndShortLines) {
  auto table = LoadText(
      "# code\tname\tgoldstein\tplover_type\tplover_mode\n"
      "\n"
      "04\tCONSULT\t1.0\tCONSULT  # a root\r\n"
      "041\tDiscuss by telephone\t1.0\tCONSULT\tphone\r\n"
      "0411 \t Call twice \t 1.5 \t CONSULT \t phone \n"
      "01\tMAKE PUBLIC STATEMENT\t0\t\t\n"
      "   \t\n"
      "010\tMake statement\t-0.5");
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ((*table)->size(), 5u);
  EXPECT_EQ((*table)->root_count(), 2u);
  const CameoCode* call = (*table)->Find("0411");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->name, "Call twice");
  EXPECT_EQ(call->root, "04");
  EXPECT_EQ(call->quad_class, 1);
  EXPECT_DOUBLE_EQ(call->goldstein, 1.5);
  EXPECT_EQ(call->plover_type, "CONSULT");
  EXPECT_EQ(call->plover_mode, "phone");
  const CameoCode* statement = (*table)->Find("010");
  ASSERT_NE(statement, nullptr);
  EXPECT_DOUBLE_EQ(statement->goldstein, -0.5);
  EXPECT_EQ(statement->plover_type, "");
  EXPECT_EQ((*table)->codes()[0].code, "04");
}

TEST_F(CameoTableLoad, ErrorsNameTheFileAndLine) {
  const std::string root = "# roots\n04\tCONSULT\t1.0\tCONSULT\n";  // line 2
  struct Case {
    std::string content;
    std::string error;
  };
  const std::vector<Case> cases = {
      {root + "04a\tX\t1.0\n",
       "event_codes.tsv:3: bad code \"04a\": 2 to 4 digits"},
      {root + "4\tX\t1.0\n",
       "event_codes.tsv:3: bad code \"4\": 2 to 4 digits"},
      {root + "04111\tX\t1.0\n",
       "event_codes.tsv:3: bad code \"04111\": 2 to 4 digits"},
      {root + "\tX\t1.0\n", "event_codes.tsv:3: bad code \"\": 2 to 4 digits"},
      {root + "211\tX\t1.0\n",
       "event_codes.tsv:3: bad code \"211\": the root 21 is not a CAMEO root "
       "(01 to 20)"},
      {"00\tX\t1.0\n",
       "event_codes.tsv:1: bad code \"00\": the root 00 is not a CAMEO root "
       "(01 to 20)"},
      {root + "\n04\tCONSULT again\t1.0\n",
       "event_codes.tsv:4: duplicate code 04 (first at line 2)"},
      {root + "041\tA\t1.0\n041\tB\t1.0\n",
       "event_codes.tsv:4: duplicate code 041 (first at line 3)"},
      {root + "041\tA\tone\n",
       "event_codes.tsv:3: the Goldstein value of 041 is not a number: "
       "\"one\""},
      {root + "041\tA\t1.0x\n",
       "event_codes.tsv:3: the Goldstein value of 041 is not a number: "
       "\"1.0x\""},
      {root + "041\tA\t\tCONSULT\n",
       "event_codes.tsv:3: the Goldstein value of 041 is not a number: \"\""},
      {root + "041\tA\tnan\n",
       "event_codes.tsv:3: the Goldstein value of 041 is not a number: "
       "\"nan\""},
      {root + "041\tA\t10.5\n",
       "event_codes.tsv:3: the Goldstein value of 041 is outside [-10, 10]: "
       "10.5"},
      {root + "041\tA\t-11\n",
       "event_codes.tsv:3: the Goldstein value of 041 is outside [-10, 10]: "
       "-11"},
      {root + "041\tA\n",
       "event_codes.tsv:3: expected 3 to 5 columns separated by tabs (code, "
       "name, goldstein, plover_type, plover_mode), found 2"},
      {root + "041 A 1.0\n",
       "event_codes.tsv:3: expected 3 to 5 columns separated by tabs (code, "
       "name, goldstein, plover_type, plover_mode), found 1"},
      {root + "041\tA\t1.0\tCONSULT\tphone\textra\n",
       "event_codes.tsv:3: expected 3 to 5 columns separated by tabs (code, "
       "name, goldstein, plover_type, plover_mode), found 6"},
      {root + "041\t \t1.0\n", "event_codes.tsv:3: code 041 has no name"},
      {root + "041\tA\t1.0\tConsult\n",
       "event_codes.tsv:3: bad PLOVER type \"Consult\": capital letters, such "
       "as CONSULT"},
      {root + "041\tA\t1.0\tCONSULT\tphone call\n",
       "event_codes.tsv:3: bad PLOVER mode \"phone call\": lower case letters, "
       "'-' and '_', such as third-party"},
      {root + "041\tA\t1.0\t\tphone\n",
       "event_codes.tsv:3: PLOVER mode \"phone\" without a type"},
      {root + "051\tPraise or endorse\t3.4\n",
       "event_codes.tsv:3: the root 05 of code 051 is not in the table"},
      {root + "0411\tA\t1.0\n",
       "event_codes.tsv:3: the parent 041 of code 0411 is not in the table"},
      {"# nothing but comments\n\n", "event_codes.tsv: no event codes"},
      {"", "event_codes.tsv: no event codes"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.content);
    auto table = LoadText(c.content);
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::kCorruption);
    EXPECT_EQ(table.error().message, c.error);
  }
}

TEST_F(CameoTableLoad, MissingFileIsNotFound) {
  auto table = CameoTable::Load(dir_.File("nowhere"));
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(table.error().message,
            dir_.File("nowhere") + "/cameo/event_codes.tsv: cannot open");
}

// `dyad dict check` counts the table, and fails on a broken one.

TEST(CameoDictCheck, CountsTheTable) {
  testing::TempDir dir;
  auto r = testing::RunCommand(
      testing::DyadBinary() + " dict check '" + OwnDataDir() + "'", dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("cameo: 311 event codes, 20 roots\n"), std::string::npos)
      << r.out;
}

TEST(CameoDictCheck, FailsOnABrokenTable) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.File("data/actors"));
  std::filesystem::create_directories(dir.File("data/cameo"));
  ASSERT_TRUE(testing::WriteFile(dir.File("data/cameo/event_codes.tsv"),
                                 "04\tCONSULT\t1.0\n04\tCONSULT\t1.0\n"));
  auto r = testing::RunCommand(testing::DyadBinary() + " dict check data", dir);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_EQ(r.err,
            "dyad dict check: event_codes.tsv:2: duplicate code 04 (first at "
            "line 1)\n");
}

}  // namespace
}  // namespace dyad
