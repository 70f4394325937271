#include "tests/store_fixtures.h"

#include <cstdio>

namespace dyad::testing {
namespace {

struct Code {
  const char* cameo;
  const char* name;
  double goldstein;
  const char* plover_type;
  const char* plover_mode;
};

// A few CAMEO codes with their Goldstein values and PLOVER types.
constexpr Code kCodes[] = {
    {"010", "Make statement", 0.0, "", ""},
    {"020", "Make an appeal or request", 3.0, "", ""},
    {"036", "Express intent to meet or negotiate", 4.0, "AGREE", ""},
    {"040", "Consult", 1.0, "CONSULT", ""},
    {"041", "Discuss by telephone", 1.0, "CONSULT", "phone"},
    {"042", "Make a visit", 1.9, "CONSULT", "visit"},
    {"043", "Host a visit", 2.8, "CONSULT", "host"},
    {"046", "Engage in negotiation", 7.0, "CONSULT", ""},
    {"051", "Praise or endorse", 3.4, "SUPPORT", ""},
    {"057", "Sign formal agreement", 8.0, "SUPPORT", ""},
    {"061", "Cooperate economically", 6.4, "COOPERATE", "economic"},
    {"070", "Provide aid", 7.0, "AID", ""},
    {"111", "Criticize or denounce", -2.0, "ACCUSE", ""},
    {"112", "Accuse", -2.0, "ACCUSE", ""},
    {"120", "Reject", -4.0, "REJECT", ""},
    {"138", "Threaten with military force", -7.0, "THREATEN", "military"},
    {"163", "Impose embargo, boycott, or sanctions", -8.0, "SANCTION", ""},
    {"173", "Arrest, detain", -5.0, "COERCE", "arrest"},
    {"190", "Use conventional military force", -10.0, "ASSAULT", ""},
    {"195", "Employ aerial weapons", -10.0, "ASSAULT", "aerial"},
};

const Code& CodeOf(const std::string& cameo) {
  for (const Code& c : kCodes) {
    if (cameo.rfind(c.cameo, 0) == 0 || std::string(c.cameo) == cameo) {
      return c;
    }
  }
  return kCodes[0];
}

int QuadOf(const std::string& root) {
  int r = std::stoi(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}

struct Actor {
  const char* code;
  const char* country;
  const char* name;
};

constexpr Actor kActors[] = {
    {"USAGOV", "USA", "Donald Trump"},
    {"RUSGOV", "RUS", "Vladimir Putin"},
    {"SYRGOV", "SYR", "Bashar al-Assad"},
    {"SYRMIL", "SYR", "Syrian army"},
    {"USAMIL", "USA", "US military"},
    {"RUSMIL", "RUS", "Russian army"},
    {"CHNGOV", "CHN", "Xi Jinping"},
    {"FRAGOV", "FRA", "Emmanuel Macron"},
    {"GBRGOV", "GBR", "Theresa May"},
    {"DEUGOV", "DEU", "Angela Merkel"},
    {"TURGOV", "TUR", "Recep Erdogan"},
    {"IRNGOV", "IRN", "Hassan Rouhani"},
    {"ISRGOV", "ISR", "Benjamin Netanyahu"},
    {"UKRGOV", "UKR", "Petro Poroshenko"},
    {"PRKGOV", "PRK", "Kim Jong-un"},
    {"KORGOV", "KOR", "Moon Jae-in"},
    {"JPNGOV", "JPN", "Shinzo Abe"},
    {"INDGOV", "IND", "Narendra Modi"},
    {"PAKGOV", "PAK", "Pakistan"},
    {"AFGGOV", "AFG", "Ashraf Ghani"},
    {"IRQGOV", "IRQ", "Haider al-Abadi"},
    {"SAUGOV", "SAU", "King Salman"},
    {"EGYGOV", "EGY", "Abdel Fattah el-Sisi"},
    {"LBYREB", "LBY", "Libyan rebels"},
    {"SYRREB", "SYR", "Syrian rebels"},
    {"IGOUNO", "", "United Nations"},
    {"IGOEUREEC", "", "European Union"},
    {"IGONAT", "", "NATO"},
    {"USALEG", "USA", "US Congress"},
    {"RUSLEG", "RUS", "State Duma"},
    {"USAJUD", "USA", "US courts"},
    {"USASPY", "USA", "FBI"},
    {"GBRMIL", "GBR", "British army"},
    {"FRAMIL", "FRA", "French army"},
    {"TURMIL", "TUR", "Turkish army"},
    {"IRNMIL", "IRN", "Iranian army"},
    {"ISRMIL", "ISR", "Israeli army"},
    {"VENGOV", "VEN", "Nicolas Maduro"},
    {"CUBGOV", "CUB", "Raul Castro"},
    {"MEXGOV", "MEX", "Enrique Pena Nieto"},
};

constexpr const char* kPublishers[] = {"BBC",  "Reuters",  "AP",         "CNN",
                                       "AFP",  "Guardian", "Al Jazeera", "NYT",
                                       "TASS", "DW"};

// A small deterministic generator (splitmix64).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int Below(int n) {
    return static_cast<int>(Next() % static_cast<uint64_t>(n));
  }

 private:
  uint64_t state_;
};

std::string DateString(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

Event MakeEvent(const std::string& doc_id, const std::string& event_id,
                const std::string& source, const std::string& target,
                const std::string& cameo, const std::string& date,
                uint32_t sentence_index) {
  const Code& code = CodeOf(cameo);
  Event e;
  e.event_id = event_id;
  e.doc_id = doc_id;
  e.date = date;
  e.date_basis = date.empty() ? "" : "published";
  e.source = EventActor{source, source.substr(0, 3), source + " name",
                        source + " text", Span{0, 5}};
  if (!target.empty()) {
    e.target = EventActor{target, target.substr(0, 3), target + " name",
                          target + " text", Span{20, 25}};
  }
  e.cameo = cameo;
  e.cameo_name = code.name;
  e.root = cameo.substr(0, 2);
  e.quad_class = QuadOf(e.root);
  e.goldstein = code.goldstein;
  e.plover_type = code.plover_type;
  e.plover_mode = code.plover_mode;
  EventMention m;
  m.sentence_index = sentence_index;
  m.sentence = "sentence " + std::to_string(sentence_index) + " of " + doc_id;
  m.verb_text = "spoke";
  m.verb_lemma = "speak";
  m.verb_span = Span{10, 15};
  m.pattern = "speak to $ by phone";
  m.parser = "shallow";
  e.mentions.push_back(m);
  return e;
}

StoredDocument MakeDocument(const std::string& id, const std::string& source,
                            std::vector<std::string> sentences,
                            std::vector<Event> events) {
  StoredDocument d;
  d.document.id = id;
  d.document.source = source;
  for (const std::string& s : sentences) d.document.text += s + " ";
  d.sentences = std::move(sentences);
  for (Event& e : events) {
    if (e.mentions.empty()) continue;
    if (e.mentions.front().sentence_index < d.sentences.size()) {
      e.mentions.front().sentence =
          d.sentences[e.mentions.front().sentence_index];
    }
    for (const auto* actor : {&e.source, e.target ? &*e.target : nullptr}) {
      if (actor == nullptr) continue;
      d.actors.push_back(StoredMention{e.mentions.front().sentence_index,
                                       actor->span, actor->code, actor->country,
                                       actor->name, actor->text});
    }
  }
  d.events = std::move(events);
  return d;
}

StoredDocument SyntheticDocument(int64_t index, int version) {
  Random rng(static_cast<uint64_t>(index) * 7919 + 17 +
             static_cast<uint64_t>(version) * 104729);
  StoredDocument d;
  Document& doc = d.document;
  doc.id = "syn-" + std::to_string(index);
  doc.source = kPublishers[index % std::size(kPublishers)];
  doc.url = "https://news.example/" + std::to_string(index);
  int year = 2015 + rng.Below(5), month = 1 + rng.Below(12),
      day = 1 + rng.Below(28);
  doc.published = Date{year, month, day};
  const int sentences = 12 + rng.Below(9);
  static const char* const kWords[] = {
      "talks",    "sanctions", "missile",  "ceasefire", "summit",  "sarin",
      "attack",   "border",    "election", "embassy",   "troops",  "trade",
      "refugees", "protest",   "treaty",   "minister",  "council", "vote"};
  for (int s = 0; s < sentences; ++s) {
    const Actor& a = kActors[rng.Below(std::size(kActors))];
    std::string sentence =
        std::string(a.name) + " said on " + DateString(year, month, day) +
        " that the " + kWords[rng.Below(std::size(kWords))] + " and the " +
        kWords[rng.Below(std::size(kWords))] + " would go on, version " +
        std::to_string(version) + ", story " + std::to_string(index) + ".";
    d.sentences.push_back(sentence);
    doc.text += sentence + " ";
  }
  const int events = 3 + rng.Below(6);
  for (int k = 0; k < events; ++k) {
    const Actor& s = kActors[rng.Below(std::size(kActors))];
    const Actor& t = kActors[rng.Below(std::size(kActors))];
    const Code& c = kCodes[rng.Below(std::size(kCodes))];
    // Many stories report the same few days, so events repeat across
    // documents as real ones do.
    std::string date = DateString(year, month, 1 + rng.Below(3));
    uint32_t sentence = static_cast<uint32_t>(rng.Below(sentences));
    Event e =
        MakeEvent(doc.id, doc.id + "-e" + std::to_string(k), s.code,
                  rng.Below(10) == 0 ? "" : t.code, c.cameo, date, sentence);
    e.source.country = s.country;
    e.source.name = s.name;
    if (e.target) {
      e.target->country = t.country;
      e.target->name = t.name;
    }
    e.mentions.front().sentence = d.sentences[sentence];
    d.actors.push_back(StoredMention{sentence, e.source.span, s.code, s.country,
                                     s.name, e.source.text});
    d.events.push_back(std::move(e));
  }
  return d;
}

std::vector<StoredDocument> FilterCorpus() {
  auto ev = [](const char* doc, int n, const char* s, const char* t,
               const char* c, const char* d, uint32_t sentence = 0) {
    return MakeEvent(doc, std::string(doc) + "-" + std::to_string(n), s, t, c,
                     d, sentence);
  };
  return {
      MakeDocument("d1", "BBC",
                   {"Trump spoke to Putin about the sarin attack.",
                    "Putin visited Damascus."},
                   {ev("d1", 1, "USAGOV", "RUSGOV", "041", "2017-05-02"),
                    ev("d1", 2, "RUSGOV", "SYRGOV", "042", "2017-04-20", 1)}),
      MakeDocument("d2", "CNN",
                   {"Russia accused the United States.",
                    "US forces struck the airbase after the sarin attack."},
                   {ev("d2", 1, "RUSGOV", "USAGOV", "112", "2017-04-07"),
                    ev("d2", 2, "USAMIL", "SYRMIL", "195", "2017-04-07", 1)}),
      MakeDocument("d3", "BBC", {"The UN met in March.", "Talks in 2016."},
                   {ev("d3", 1, "IGOUNO", "", "040", "2017-03"),
                    ev("d3", 2, "USAGOV", "RUSGOV", "046", "2016", 1),
                    ev("d3", 3, "RUSMIL", "USAMIL", "138", "")}),
      MakeDocument("d4", "AP", {"Moscow and Washington talked in January."},
                   {ev("d4", 1, "RUSGOV", "USAGOV", "041", "2017-01-28")}),
  };
}

}  // namespace dyad::testing
