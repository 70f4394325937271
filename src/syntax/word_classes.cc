#include "src/syntax/word_classes.h"

#include <cstdint>
#include <string_view>

#include "src/core/word_table.h"

namespace dyad::syntax {
namespace {

// The lists a word is in, a bit for each: every question below is one
// lookup in one table.
enum Class : uint8_t {
  kTakesClause = 1 << 0,
  kSpeech = 1 << 1,
  kFuture = 1 << 2,
  kHypothetical = 1 << 3,
  kTakesInfinitive = 1 << 4,
  kObjectControls = 1 << 5,
  kEventNoun = 1 << 6,
};

void Add(WordTable<uint8_t>& table, std::string_view words, Class c) {
  size_t pos = 0;
  while (pos < words.size()) {
    size_t end = words.find(' ', pos);
    if (end == std::string_view::npos) end = words.size();
    if (end > pos) table[words.substr(pos, end - pos)] |= c;
    pos = end + 1;
  }
}

// Built on first use; C++ makes that safe when threads race to it.
const WordTable<uint8_t>& Classes() {
  static const WordTable<uint8_t>* table = [] {
    auto* t = new WordTable<uint8_t>;
    Add(*t,
        "say tell deny claim confirm announce report state insist warn add "
        "argue believe think know admit suggest allege assert declare explain "
        "acknowledge fear hope note reveal predict indicate stress emphasise "
        "emphasize maintain reiterate signal concede write tweet conclude "
        "estimate understand learn recall reply respond agree show find "
        "suspect worry doubt ensure prove accept complain boast promise "
        "pledge vow threaten expect realise realize feel",
        kTakesClause);
    Add(*t,
        "say tell add warn claim insist deny confirm announce state explain "
        "argue note write tweet ask reply respond declare told allege "
        "acknowledge admit stress",
        kSpeech);
    Add(*t,
        "plan intend expect schedule set due going promise pledge vow prepare "
        "aim poised",
        kFuture);
    Add(*t,
        "threaten want hope seek try attempt likely unlikely able consider "
        "wish",
        kHypothetical);
    Add(*t,
        "refuse agree decide fail offer ask urge tell call order allow help "
        "encourage persuade force decline vote appeal begin start continue "
        "need manage promise pledge vow seek",
        kTakesInfinitive);
    Add(*t,
        "urge ask tell order allow encourage persuade force call invite "
        "warn press pressure",
        kObjectControls);
    Add(*t,
        "attack strike airstrike raid bombing bombardment shelling assault "
        "offensive invasion incursion clash fighting war killing massacre "
        "execution arrest detention abduction kidnapping siege blockade "
        "embargo boycott sanction ban expulsion deployment withdrawal "
        "talk negotiation meeting summit visit call conversation dialogue "
        "mediation agreement deal accord treaty ceasefire truce pact "
        "cooperation co-ordination coordination support aid assistance "
        "threat warning accusation criticism condemnation protest "
        "demonstration demand appeal request offer proposal pledge promise "
        "veto investigation probe inquiry trial collusion interference "
        "intervention recognition apology praise endorsement refusal "
        "rejection denial election vote referendum strike",
        kEventNoun);
    return t;
  }();
  return *table;
}

uint8_t ClassesOf(std::string_view word) {
  const uint8_t* classes = Classes().Find(word);
  return classes == nullptr ? 0 : *classes;
}

}  // namespace

bool TakesClause(std::string_view v) {
  return (ClassesOf(v) & kTakesClause) != 0;
}

bool IsSpeechVerb(std::string_view v) { return (ClassesOf(v) & kSpeech) != 0; }

bool IsModalityWord(std::string_view w, Modality* modality) {
  const uint8_t classes = ClassesOf(w);
  if ((classes & kFuture) != 0) {
    *modality = Modality::kFuture;
    return true;
  }
  if ((classes & kHypothetical) != 0) {
    *modality = Modality::kHypothetical;
    return true;
  }
  return false;
}

bool TakesInfinitive(std::string_view v) {
  return (ClassesOf(v) & kTakesInfinitive) != 0;
}

bool ObjectControls(std::string_view v) {
  return (ClassesOf(v) & kObjectControls) != 0;
}

bool IsEventNoun(std::string_view n) {
  return (ClassesOf(n) & kEventNoun) != 0;
}

bool IsPatientPrep(std::string_view p) {
  return p == "on" || p == "against" || p == "with" || p == "to" ||
         p == "into" || p == "at" || p == "of" || p == "over";
}

}  // namespace dyad::syntax
