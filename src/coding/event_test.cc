#include "dyad/event.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

Event FullEvent() {
  Event e;
  e.event_id = "0123456789abcdef";
  e.doc_id = "doc-1";
  e.date = "2017-04";
  e.date_basis = "last month";
  e.source = {"USAGOV", "USA", "Donald Trump", "Trump", {10, 15}};
  e.target = EventActor{"SYR", "SYR", "Syria", "a Syria", {40, 47}};
  e.cameo = "195";
  e.cameo_name = "Employ aerial weapons";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -9.5;
  e.plover_type = "ATTACK";
  e.plover_mode = "aerial";
  e.negated = false;
  e.modality = "asserted";
  e.location = EventLocation{"SYR", "Syria", {40, 47}};
  e.attribution = EventAttribution{"RUSGOV", "the Kremlin", {1, 12}};
  e.mentions.push_back({7,
                        "Trump ordered the air strike.",
                        "strike",
                        "strike",
                        {30, 36},
                        "air [strike] on +",
                        "shallow"});
  e.mentions.push_back({2,
                        "The strikes ...",
                        "strikes",
                        "strike",
                        {5, 12},
                        "[strike] on +",
                        "link"});
  return e;
}

void ExpectSame(const Event& a, const Event& b) {
  EXPECT_EQ(EventToJson(a).dump(), EventToJson(b).dump());
}

TEST(EventJsonTest, HasEveryContractField) {
  nlohmann::json j = EventToJson(FullEvent());
  for (const char* key :
       {"event_id", "doc_id", "sentence_index", "sentence", "date",
        "date_basis", "source", "target", "cameo", "cameo_name", "root",
        "quad_class", "goldstein", "plover", "negated", "modality", "location",
        "attribution", "evidence"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["sentence_index"], 7);
  EXPECT_EQ(j["evidence"]["verb"]["lemma"], "strike");
  EXPECT_EQ(j["evidence"]["parser"], "shallow");
  EXPECT_EQ(j["plover"]["type"], "ATTACK");
  EXPECT_EQ(j["source"]["span"], nlohmann::json::array({10, 15}));
  EXPECT_EQ(j["mentions"].size(), 2u);
}

TEST(EventJsonTest, UnknownsAreNull) {
  Event e = FullEvent();
  e.target.reset();
  e.location.reset();
  e.attribution.reset();
  e.date.clear();
  e.date_basis.clear();
  e.plover_mode.clear();
  e.source.country.clear();
  nlohmann::json j = EventToJson(e);
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_TRUE(j["attribution"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["date_basis"].is_null());
  EXPECT_TRUE(j["plover"]["mode"].is_null());
  EXPECT_TRUE(j["source"]["country"].is_null());
  auto back = EventFromJson(j);
  ASSERT_TRUE(back.ok()) << back.error().message;
  ExpectSame(*back, e);
}

TEST(EventJsonTest, RoundTrips) {
  auto back = EventFromJson(EventToJson(FullEvent()));
  ASSERT_TRUE(back.ok()) << back.error().message;
  ExpectSame(*back, FullEvent());
  EXPECT_EQ(back->mentions[1].parser, "link");
  EXPECT_EQ(back->target->span, (Span{40, 47}));
}

TEST(EventJsonTest, NamesTheBadField) {
  struct Case {
    const char* field;
    nlohmann::json value;
  } cases[] = {
      {"cameo", 41},       {"quad_class", "four"},
      {"source", nullptr}, {"mentions", nlohmann::json::array()},
      {"negated", "no"},
  };
  for (const Case& c : cases) {
    nlohmann::json j = EventToJson(FullEvent());
    j[c.field] = c.value;
    auto back = EventFromJson(j);
    ASSERT_FALSE(back.ok()) << c.field;
    EXPECT_NE(back.error().message.find(c.field), std::string::npos)
        << back.error().message;
  }
  EXPECT_FALSE(EventFromJson(nlohmann::json::array()).ok());
}

}  // namespace
}  // namespace dyad
