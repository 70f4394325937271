#include "src/coding/code_refinement.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace dyad::coding {
namespace {

// The CAMEO purpose digit a word of the sentence states, or 0: '1' a
// leader's going, '2' a policy, '3' rights, '4' institutions or regime.
char PurposeCue(std::string_view text, const Sentence& sentence,
                const SentenceWords& words, uint32_t t) {
  const auto& tokens = sentence.tokens;
  const std::string& f = tokens[t].folded;
  const std::string& noun = words.noun_lemma[t];
  auto next_is = [&](std::string_view w) {
    return t + 1 < tokens.size() && tokens[t + 1].folded == w;
  };
  auto is = [&](std::initializer_list<std::string_view> cues) {
    return std::find(cues.begin(), cues.end(), f) != cues.end() ||
           std::find(cues.begin(), cues.end(), noun) != cues.end();
  };
  if (is({"resignation", "resign", "ouster", "oust", "quit"}) ||
      ((f == "step" || f == "stepping") && next_is("down"))) {
    return '1';
  }
  if (is({"coup", "junta", "takeover", "democracy", "regime",
          "dictatorship"}) ||
      (f == "rule" && t > 0 && tokens[t - 1].folded == "military")) {
    return '4';
  }
  if (is({"rights", "freedom", "freedoms", "equality"})) return '3';
  // Policy words are nouns written in lower case ("Bill" is a name).
  const char first = text[tokens[t].span.begin];
  if (first >= 'a' && first <= 'z' &&
      is({"plan", "policy", "law", "reform", "bill", "decision", "measure",
          "austerity", "price", "tax", "hike", "war", "deal", "detention",
          "deportation", "pension", "budget", "subsidy"})) {
    return '2';
  }
  return 0;
}

}  // namespace

const char* IntentCode(std::string_view code) {
  static const std::pair<const char*, const char*> kIntents[] = {
      {"040", "036"},   {"041", "036"},   {"042", "036"},   {"043", "036"},
      {"044", "036"},   {"045", "036"},   {"046", "036"},   {"060", "031"},
      {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},
      {"070", "033"},   {"071", "0331"},  {"072", "0332"},  {"073", "0333"},
      {"074", "0334"},  {"080", "035"},   {"081", "0351"},  {"0811", "0351"},
      {"0812", "0351"}, {"0813", "0351"}, {"0814", "0351"}, {"082", "0352"},
      {"084", "0353"},  {"0841", "0353"}, {"0842", "0353"}, {"085", "0354"},
      {"086", "0355"},  {"0861", "0355"}, {"0862", "0355"}, {"0863", "0355"},
      {"087", "0356"},  {"0871", "0356"}, {"0872", "0356"}, {"0873", "0356"},
      {"0874", "0356"}};
  for (const auto& [deed, intent] : kIntents) {
    if (code == deed) return intent;
  }
  return nullptr;
}

const char* ThreatCode(std::string_view code) {
  static const std::pair<const char*, const char*> kThreats[] = {
      {"161", "1313"},  {"162", "1311"},  {"1621", "1311"}, {"1622", "1311"},
      {"1623", "1311"}, {"163", "1312"},  {"164", "134"},   {"165", "135"},
      {"166", "136"},   {"1661", "136"},  {"1662", "136"},  {"1663", "136"},
      {"172", "132"},   {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"},
      {"1724", "1324"}, {"175", "137"},   {"191", "1381"},  {"192", "1382"},
      {"190", "1384"},  {"193", "1384"},  {"194", "1384"},  {"195", "1384"},
      {"196", "1384"},  {"204", "1385"},  {"2041", "1385"}, {"2042", "1385"}};
  for (const auto& [deed, threat] : kThreats) {
    if (code == deed) return threat;
  }
  if (code.substr(0, 2) == "18") return "1383";
  if (code.substr(0, 2) == "14") return "133";
  if (code.substr(0, 2) == "13") return nullptr;  // already a threat
  return "130";
}

bool IsIntentModal(std::string_view modal) {
  for (std::string_view w : {"pledge", "promise", "offer", "vow", "agree",
                             "ready", "willing", "prepared"}) {
    if (modal.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool IsWishModal(std::string_view modal) {
  for (std::string_view w :
       {"aim", "hope", "hoping", "want", "seek", "sought", "wish"}) {
    if (modal.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool IsReadyTo(const Sentence& sentence, uint32_t head) {
  const auto& t = sentence.tokens;
  if (head < 2 || std::string_view(t[head - 1].folded) != "to") return false;
  std::string_view f = t[head - 2].folded;
  return f == "ready" || f == "willing" || f == "prepared";
}

const CameoCode* ProtestPurpose(std::string_view text, const Sentence& sentence,
                                const SentenceWords& words,
                                const CameoTable& cameo,
                                const CameoCode& code) {
  if (std::string_view(code.root) != "14" || code.code.size() != 3 ||
      std::string_view(code.code) == "140") {
    return nullptr;
  }
  const auto& tokens = sentence.tokens;
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    if (char purpose = PurposeCue(text, sentence, words, t)) {
      return cameo.Find(code.code + purpose);
    }
  }
  return nullptr;
}

const CameoCode* Humanitarian(const Sentence& sentence,
                              const SentenceWords& words,
                              const CameoTable& cameo, const CameoCode& code) {
  static const std::pair<const char*, const char*> kRelief[] = {
      {"070", "073"}, {"023", "0233"}, {"033", "0333"}};
  // Money given for relief ("pledged $35 million in aid for the countries
  // hit by the tsunami") is humanitarian aid too; a loan or a credit stays
  // economic.
  static const std::pair<const char*, const char*> kMoney[] = {
      {"071", "073"}, {"0231", "0233"}, {"0331", "0333"}};
  const std::string_view given = code.code;
  const char* relief = nullptr;
  for (const auto& [aid, humanitarian] : kRelief) {
    if (given == aid) relief = humanitarian;
  }
  for (const auto& [aid, humanitarian] : kMoney) {
    if (given != aid) continue;
    const bool lent = std::any_of(
        sentence.tokens.begin(), sentence.tokens.end(), [](const Token& t) {
          return t.folded == "loan" || t.folded == "loans" ||
                 t.folded == "credit" || t.folded == "credits";
        });
    if (!lent) relief = humanitarian;
  }
  if (relief == nullptr) return nullptr;
  static const char* const kCues[] = {
      "humanitarian", "relief",    "survivor", "tsunami", "earthquake",
      "quake",        "hurricane", "cyclone",  "typhoon", "flood",
      "drought",      "famine",    "disaster", "rescue",  "refugee"};
  for (uint32_t t = 0; t < sentence.tokens.size(); ++t) {
    const std::string& w = NounForm(sentence, words, t);
    if (std::find(std::begin(kCues), std::end(kCues), w) != std::end(kCues)) {
      return cameo.Find(relief);
    }
  }
  return nullptr;
}

const CameoCode* CriminalInquiry(const CameoTable& cameo, std::string_view code,
                                 std::string_view source_code,
                                 std::string_view source_country) {
  if (code != "090" || source_country.empty() ||
      !source_code.starts_with(source_country)) {
    return nullptr;
  }
  const std::string_view role = source_code.substr(source_country.size());
  if (role != "COP" && role != "JUD" && role != "SPY") return nullptr;
  return cameo.Find("091");
}

bool KillsHundreds(const Sentence& sentence, const Clause& clause) {
  const auto& tokens = sentence.tokens;
  for (const Constituent& o : clause.objects) {
    for (uint32_t t = o.token_begin; t < o.token_end && t < tokens.size();
         ++t) {
      std::string digits;
      for (char ch : tokens[t].folded) {
        if (ch >= '0' && ch <= '9') {
          digits += ch;
        } else if (ch != ',') {
          digits.clear();
          break;
        }
      }
      if (digits.size() >= 3) return true;
    }
  }
  return false;
}

const CameoCode* MeansNamed(const Sentence& sentence, const Clause& clause,
                            const CameoTable& cameo, const CameoCode& code) {
  const std::string_view given = code.code;
  if (given != "180" && given != "183" && given != "190" && given != "1823") {
    return nullptr;
  }
  const bool combat = std::string_view(code.root) == "19";
  std::vector<TokenRange> where;
  for (const Constituent& k : clause.subjects) where.push_back(RangeOf(k));
  for (const PrepPhrase& pp : clause.preps) {
    // The means, not the target ("an attack on US jets").
    if (pp.prep == "by" || pp.prep == "in" || pp.prep == "with" ||
        pp.prep == "during" || pp.prep == "from") {
      where.push_back(RangeOf(pp.object));
    }
  }
  const auto& tokens = sentence.tokens;
  auto word = [&](uint32_t t) -> std::string_view {
    return t < tokens.size() ? std::string_view(tokens[t].folded)
                             : std::string_view();
  };
  auto any = [](std::string_view w,
                std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  for (const TokenRange& r : where) {
    for (uint32_t t = r.begin; t < r.end && t < tokens.size(); ++t) {
      std::string_view w = word(t), next = word(t + 1);
      const char* means = nullptr;
      if (w == "suicide" &&
          any(next, {"bomber", "bombers", "bombing", "bombings", "bomb",
                     "attack", "attacker", "attackers", "blast"})) {
        means = "1831";
      } else if (any(w, {"car", "truck", "lorry", "vehicle"}) &&
                 any(next, {"bomb", "bombs", "bombing", "bomber"})) {
        means = "1832";
      } else if ((w == "roadside" &&
                  any(next, {"bomb", "bombs", "bombing", "blast"})) ||
                 w == "ied" || w == "ieds") {
        means = "1833";
      } else if (combat &&
                 (any(w, {"warplane", "warplanes", "jet", "jets", "drone",
                          "drones", "helicopter", "helicopters", "aircraft",
                          "airstrike", "airstrikes"}) ||
                  ((w == "air" || w == "missile") &&
                   any(next, {"strike", "strikes", "raid", "raids"})))) {
        means = "195";
      } else if (combat &&
                 any(w, {"shelling", "artillery", "mortar", "mortars"})) {
        means = "194";
      }
      if (means != nullptr) return cameo.Find(means);
    }
  }
  return nullptr;
}

}  // namespace dyad::coding
