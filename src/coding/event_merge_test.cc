#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/coding/event_assembly.h"

namespace dyad::coding {
namespace {

Event MakeEvent(std::string source, std::string target, std::string cameo,
                uint32_t sentence, uint32_t verb_begin) {
  Event e;
  e.doc_id = "doc-1";
  e.source.code = std::move(source);
  if (!target.empty()) {
    e.target.emplace();
    e.target->code = std::move(target);
  }
  e.cameo = std::move(cameo);
  e.root = e.cameo.substr(0, 2);
  EventMention m;
  m.sentence_index = sentence;
  m.verb_span = {verb_begin, verb_begin + 5};
  e.mentions.push_back(m);
  return e;
}

// Ids are part of the output: the same event must keep its id from one
// version to the next. These were computed when ids were first written
// with snprintf.
TEST(MakeEventIdTest, IdsStayWhatTheyWere) {
  struct Case {
    Event event;
    std::string id;
  };
  const std::vector<Case> cases = {
      {MakeEvent("USA", "RUS", "041", 2, 120), "3b835ef19652353e"},
      {MakeEvent("RUSGOV", "", "010", 0, 0), "13357965c178978a"},
      {MakeEvent("IGOUNO", "SYR", "1823", 4294967295u, 4000000000u),
       "edadf52af767fcd3"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MakeEventId(c.event), c.id) << c.event.source.code;
  }
}

TEST(SameActorTest, OneCodeExtendingTheOther) {
  struct Case {
    std::string a, b;
    bool same;
  };
  const std::vector<Case> cases = {
      {"USA", "USAGOV", true}, {"USAGOV", "USA", true},
      {"USA", "USA", true},    {"USA", "RUS", false},
      {"", "", true},          {"", "USA", false},
      {"USA", "", false},      {"USAGOV", "USAMIL", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SameActor(c.a, c.b), c.same) << c.a << " " << c.b;
  }
}

// Merging keeps the order of first mentions, the merged event gathering
// the mentions of those merged into it.
TEST(MergeDuplicatesTest, KeepsTheOrderOfFirstMentions) {
  std::vector<Event> events = {
      MakeEvent("USA", "RUS", "040", 1, 10),
      MakeEvent("RUS", "", "010", 1, 40),
      MakeEvent("USAGOV", "RUS", "041", 3, 200),  // the first, again
      MakeEvent("CHN", "USA", "112", 4, 300),
      MakeEvent("RUS", "", "010", 5, 400),  // the second, again
      MakeEvent("IRN", "", "190", 6, 500),
  };
  MergeDuplicates(&events);
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].source.code, "USAGOV");
  EXPECT_EQ(events[0].cameo, "041");
  ASSERT_EQ(events[0].mentions.size(), 2u);
  EXPECT_EQ(events[0].mentions[1].sentence_index, 3u);
  EXPECT_EQ(events[1].source.code, "RUS");
  EXPECT_EQ(events[1].mentions.size(), 2u);
  EXPECT_EQ(events[2].source.code, "CHN");
  EXPECT_EQ(events[3].source.code, "IRN");
  EXPECT_EQ(events[3].mentions.size(), 1u);
}

}  // namespace
}  // namespace dyad::coding
