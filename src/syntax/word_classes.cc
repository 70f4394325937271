#include "src/syntax/word_classes.h"

#include <string>
#include <unordered_set>

namespace dyad::syntax {
namespace {

using Set = std::unordered_set<std::string_view>;

Set* Make(std::string_view words) {
  auto* set = new Set;
  size_t pos = 0;
  while (pos < words.size()) {
    size_t end = words.find(' ', pos);
    if (end == std::string_view::npos) end = words.size();
    if (end > pos) set->insert(words.substr(pos, end - pos));
    pos = end + 1;
  }
  return set;
}

}  // namespace

bool TakesClause(std::string_view v) {
  static const Set* set = Make(
      "say tell deny claim confirm announce report state insist warn add "
      "argue believe think know admit suggest allege assert declare explain "
      "acknowledge fear hope note reveal predict indicate stress emphasise "
      "emphasize maintain reiterate signal concede write tweet conclude "
      "estimate understand learn recall reply respond agree show find "
      "suspect worry doubt ensure prove accept complain boast promise "
      "pledge vow threaten expect realise realize feel");
  return set->contains(v);
}

bool IsSpeechVerb(std::string_view v) {
  static const Set* set = Make(
      "say tell add warn claim insist deny confirm announce state explain "
      "argue note write tweet ask reply respond declare told allege "
      "acknowledge admit stress");
  return set->contains(v);
}

bool IsModalityWord(std::string_view w, Modality* modality) {
  static const Set* future = Make(
      "plan intend expect schedule set due going promise pledge vow prepare "
      "aim poised");
  static const Set* hypothetical = Make(
      "threaten want hope seek try attempt likely unlikely able consider "
      "wish");
  if (future->contains(w)) {
    *modality = Modality::kFuture;
    return true;
  }
  if (hypothetical->contains(w)) {
    *modality = Modality::kHypothetical;
    return true;
  }
  return false;
}

bool TakesInfinitive(std::string_view v) {
  static const Set* set = Make(
      "refuse agree decide fail offer ask urge tell call order allow help "
      "encourage persuade force decline vote appeal begin start continue "
      "need manage promise pledge vow seek");
  return set->contains(v);
}

bool ObjectControls(std::string_view v) {
  static const Set* set = Make(
      "urge ask tell order allow encourage persuade force call invite "
      "warn press pressure");
  return set->contains(v);
}

bool IsEventNoun(std::string_view n) {
  static const Set* set = Make(
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
      "rejection denial election vote referendum strike");
  return set->contains(n);
}

bool IsPatientPrep(std::string_view p) {
  return p == "on" || p == "against" || p == "with" || p == "to" ||
         p == "into" || p == "at" || p == "of" || p == "over";
}

}  // namespace dyad::syntax
