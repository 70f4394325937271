// Link Grammar's link types, as this file reads them: S subject, O object,
// I/PP/Pv/Pg auxiliary chains, MV and J prepositions, TO and MVi
// infinitives, CV/Ce/TH complement clauses, R/B/MX relatives, VJ and SJ
// coordination, N and E negation, CO openers, Mv participle modifiers.
#include "src/syntax/link_clauses.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::syntax {
namespace {

using Word = LinkWord;
using Link = LinkEdge;
using Parse = LinkParse;

bool Contains(std::initializer_list<std::string_view> list,
              std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Verbs that, followed by "to" and a verb, say how likely or when the second
// verb's event is rather than being an event of their own.
struct ModalVerb {
  std::string_view lemma;
  Modality modality;
};
constexpr std::array<ModalVerb, 15> kModalVerbs = {{
    {"plan", Modality::kFuture},
    {"schedule", Modality::kFuture},
    {"expect", Modality::kFuture},
    {"intend", Modality::kFuture},
    {"go", Modality::kFuture},  // "is going to"
    {"set", Modality::kFuture},
    {"prepare", Modality::kFuture},
    {"vow", Modality::kFuture},
    {"pledge", Modality::kFuture},
    {"promise", Modality::kFuture},
    {"threaten", Modality::kHypothetical},
    {"want", Modality::kHypothetical},
    {"hope", Modality::kHypothetical},
    {"seek", Modality::kHypothetical},
    {"aim", Modality::kHypothetical},
}};

const ModalVerb* FindModalVerb(std::string_view lemma) {
  for (const auto& m : kModalVerbs) {
    if (m.lemma == lemma) return &m;
  }
  return nullptr;
}

// Verbs whose complement clause is what someone says or believes.
bool IsReportingVerb(std::string_view lemma) {
  return Contains(
      {"say",     "tell",     "claim",    "report",   "deny",        "accuse",
       "confirm", "announce", "state",    "insist",   "warn",        "add",
       "believe", "suggest",  "argue",    "allege",   "note",        "reveal",
       "admit",   "think",    "explain",  "stress",   "acknowledge", "predict",
       "declare", "assert",   "indicate", "conclude", "agree",       "write",
       "testify", "suspect"},
      lemma);
}

// Nouns that name events, read as predicates when a preposition hangs from
// them ("attack on", "talks with").
bool IsEventNoun(std::string_view lemma) {
  return Contains(
      {"attack",       "strike",      "talk",          "meeting",
       "visit",        "summit",      "sanction",      "veto",
       "invasion",     "support",     "aid",           "negotiation",
       "agreement",    "deal",        "treaty",        "protest",
       "war",          "offensive",   "raid",          "bombing",
       "assault",      "threat",      "call",          "criticism",
       "condemnation", "accusation",  "investigation", "ban",
       "embargo",      "ceasefire",   "dispute",       "clash",
       "conflict",     "demand",      "appeal",        "warning",
       "election",     "vote",        "withdrawal",    "deployment",
       "airstrike",    "cooperation", "co-operation",  "collusion",
       "interference", "pressure",    "request",       "offer",
       "proposal",     "promise",     "arrest",        "killing",
       "boycott",      "blockade",    "shelling",      "bombardment"},
      lemma);
}

// Reads a linkage's links into clauses.
class ClauseReader {
 public:
  ClauseReader(const SegmentedDocument& document, const Sentence& sentence,
               const Parse& parse, const Morphology& morphology)
      : document_(document),
        sentence_(sentence),
        parse_(parse),
        morphology_(morphology),
        n_(static_cast<int>(parse.words.size())),
        adjacent_(n_) {
    for (size_t i = 0; i < parse.links.size(); ++i) {
      adjacent_[parse.links[i].left].push_back(static_cast<int>(i));
      adjacent_[parse.links[i].right].push_back(static_cast<int>(i));
    }
  }

  std::vector<Clause> Read();

 private:
  // A verb group: auxiliaries and the main verb, joined by I, PP, Pv and Pg
  // links, and what is learnt about it.
  struct Group {
    std::vector<int> words;  // sorted
    int head = -1;
    std::vector<int> subjects;  // surface subjects (words)
    std::vector<int> objects;
    std::vector<std::pair<std::string, int>> preps;  // prep text, object word
    std::vector<int> agents;                         // "by" objects
    bool passive = false;
    bool negated = false;
    Tense tense = Tense::kUnknown;
    Modality modality = Modality::kAsserted;
    std::string modal;
    int parent = -1;
    std::string relation;
    int merged_into = -1;        // a modal verb folded into its infinitive
    int extra_first_token = -1;  // the modal verb's tokens, when merged
    bool is_noun = false;
  };

  const Word& W(int w) const { return parse_.words[w]; }
  bool Mapped(int w) const { return w > 0 && w < n_ && W(w).head >= 0; }
  bool IsVerbWord(int w) const {
    const std::string& s = W(w).subscript;
    return !s.empty() && (s[0] == 'v' || s[0] == 'q' || s[0] == 'w');
  }
  // A past participle that Link Grammar read as an adjective ("has been
  // detained.a"): passive for a coder.
  bool IsParticiple(int w) const {
    if (!Mapped(w)) return false;
    const std::string& f = W(w).folded;
    if (!(f.ends_with("ed") || f.ends_with("en"))) return false;
    const std::string lemma = morphology_.Lemma(f, PartOfSpeech::kVerb);
    return !lemma.empty() && lemma != f;
  }
  bool IsConjunction(int w) const {
    return !W(w).subscript.empty() && W(w).subscript[0] == 'j';
  }
  std::string VerbLemma(int w) const;
  std::vector<int> Conjuncts(int w, std::string_view conj_type) const;
  std::vector<int> ExpandNoun(int w) const { return Conjuncts(w, "SJ"); }
  int Antecedent(int w) const;
  Constituent NounPhrase(int head) const;
  Constituent GroupWords(const Group& g) const;
  void Build();
  void ReadGroup(Group& g);
  void ReadPreps(int from, std::vector<std::pair<std::string, int>>& preps,
                 std::vector<int>* agents) const;
  void SetTenseAndModality(Group& g) const;

  const SegmentedDocument& document_;
  const Sentence& sentence_;
  const Parse& parse_;
  const Morphology& morphology_;
  const int n_;
  std::vector<std::vector<int>> adjacent_;  // link indices of each word
  std::vector<Group> groups_;
  std::vector<int> group_of_;  // word -> group, -1
};

std::string ClauseReader::VerbLemma(int w) const {
  const std::string& f = W(w).folded;
  if (f == "'s" || f == "'re" || f == "'m") return "be";
  if (f == "'ve") return "have";
  if (f == "'ll" || f == "wo") return "will";
  if (f == "'d") return "would";
  if (f == "ca") return "can";
  std::string lemma = morphology_.Lemma(f, PartOfSpeech::kVerb);
  return lemma.empty() ? f : lemma;
}

// The words joined by a conjunction `w` through links of `conj_type` (SJ for
// nouns, VJ for verbs), recursively; `w` itself when it is no conjunction.
std::vector<int> ClauseReader::Conjuncts(int w,
                                         std::string_view conj_type) const {
  std::vector<int> out;
  std::vector<int> todo = {w};
  std::set<int> seen;
  while (!todo.empty()) {
    int x = todo.back();
    todo.pop_back();
    if (!seen.insert(x).second) continue;
    bool expanded = false;
    if (IsConjunction(x)) {
      for (int li : adjacent_[x]) {
        const Link& l = parse_.links[li];
        if (l.type != conj_type) continue;
        todo.push_back(l.left == x ? l.right : l.left);
        expanded = true;
      }
    }
    if (!expanded && Mapped(x)) out.push_back(x);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The noun a relative pronoun stands for: through MX*r, R or B links, else
// the nearest noun before it.
int ClauseReader::Antecedent(int w) const {
  for (int li : adjacent_[w]) {
    const Link& l = parse_.links[li];
    if (l.right == w && (l.type == "R" || (l.type == "MX" && !l.sub.empty() &&
                                           l.sub.back() == 'r'))) {
      return l.left;
    }
  }
  for (int x = w - 1; x > 0; --x) {
    const std::string& s = W(x).subscript;
    if (!Mapped(x)) continue;
    if (!s.empty() && (s[0] == 'n' || s[0] == 's' || s[0] == 'p' ||
                       s[0] == 'l' || s[0] == 'm' || s[0] == 'b')) {
      return x;
    }
    if (s.empty() && W(x).folded != "," &&
        sentence_.tokens[W(x).head].kind == TokenKind::kWord) {
      return x;  // a name Link Grammar guessed
    }
  }
  return -1;
}

// The noun phrase around `head`: determiners, adjectives, noun modifiers,
// given names, possessors.
Constituent ClauseReader::NounPhrase(int head) const {
  // A given name's G link points at the surname, which heads the name.
  for (bool moved = true; moved;) {
    moved = false;
    for (int li : adjacent_[head]) {
      const Link& l = parse_.links[li];
      if (l.type == "G" && l.left == head && Mapped(l.right)) {
        head = l.right;
        moved = true;
        break;
      }
    }
  }
  std::vector<int> todo = {head};
  std::set<int> seen;
  int first = W(head).first;
  int last = W(head).last;
  while (!todo.empty()) {
    int x = todo.back();
    todo.pop_back();
    if (!seen.insert(x).second) continue;
    if (Mapped(x)) {
      first = std::min(first, W(x).first);
      last = std::max(last, W(x).last);
    }
    for (int li : adjacent_[x]) {
      const Link& l = parse_.links[li];
      static const std::set<std::string_view> kInside = {
          "D",  "DD", "DG", "AN", "A",  "G",  "GN",  "YS", "YP",
          "NM", "NN", "ND", "EA", "DT", "NS", "NIf", "L"};
      if (!kInside.contains(l.type)) continue;
      // Only modifiers to the left of the head are inside the phrase, and
      // possessors ("Russia's") hang from their "'s".
      int other = l.left == x ? l.right : l.left;
      if (l.type != "YS" && l.type != "YP" && l.type != "NM" && other > head) {
        continue;
      }
      todo.push_back(other);
    }
  }
  Constituent c;
  c.token_begin = static_cast<uint32_t>(first);
  c.token_end = static_cast<uint32_t>(last + 1);
  c.head = static_cast<uint32_t>(W(head).head);
  // Trailing punctuation is no part of a phrase.
  while (c.token_end > c.token_begin + 1 &&
         sentence_.tokens[c.token_end - 1].kind == TokenKind::kPunct &&
         c.token_end - 1 > c.head) {
    --c.token_end;
  }
  c.span = Span{sentence_.tokens[c.token_begin].span.begin,
                sentence_.tokens[c.token_end - 1].span.end};
  return c;
}

Constituent ClauseReader::GroupWords(const Group& g) const {
  int first = W(g.words.front()).first;
  int last = W(g.head).last;
  for (int w : g.words) {
    first = std::min(first, W(w).first);
    last = std::max(last, W(w).last);
  }
  if (g.extra_first_token >= 0) first = std::min(first, g.extra_first_token);
  Constituent c;
  c.token_begin = static_cast<uint32_t>(first);
  c.token_end = static_cast<uint32_t>(last + 1);
  c.head = static_cast<uint32_t>(W(g.head).head);
  c.span =
      Span{sentence_.tokens[first].span.begin, sentence_.tokens[last].span.end};
  return c;
}

void ClauseReader::ReadPreps(int from,
                             std::vector<std::pair<std::string, int>>& preps,
                             std::vector<int>* agents) const {
  for (int li : adjacent_[from]) {
    const Link& l = parse_.links[li];
    if (l.left != from) continue;
    const bool prep_link =
        (l.type == "MV" && !l.sub.empty() && l.sub[0] == 'p') ||
        (l.type == "P" && !l.sub.empty() && l.sub[0] == 'p') ||
        l.type == "OF" || (l.type == "M" && !l.sub.empty() && l.sub[0] == 'p');
    if (!prep_link || !Mapped(l.right)) continue;
    const int prep = l.right;
    for (int lj : adjacent_[prep]) {
      const Link& j = parse_.links[lj];
      if (j.left != prep ||
          (j.type != "J" && j.type != "ON" && j.type != "IN")) {
        continue;
      }
      for (int obj : ExpandNoun(j.right)) {
        if (agents != nullptr && W(prep).folded == "by") {
          agents->push_back(obj);
        } else {
          preps.emplace_back(W(prep).folded, obj);
        }
      }
    }
  }
}

void ClauseReader::SetTenseAndModality(Group& g) const {
  int finite = -1;
  for (int w : g.words) {
    const std::string& f = W(w).folded;
    if (f == "to") continue;
    if (finite < 0) finite = w;
    if (Contains({"will", "shall", "'ll", "wo"}, f)) {
      g.tense = Tense::kFuture;
      g.modality = Modality::kFuture;
      g.modal = f == "wo" ? "will" : f;
    } else if (f == "would") {
      g.tense = Tense::kFuture;
      g.modality = Modality::kHypothetical;
      g.modal = f;
    } else if (Contains(
                   {"may", "might", "can", "could", "should", "must", "ca"},
                   f)) {
      g.modality = Modality::kHypothetical;
      g.modal = f == "ca" ? "can" : f;
      g.tense = (f == "might" || f == "could") ? Tense::kPast : Tense::kPresent;
    }
  }
  if (!g.modal.empty()) return;
  if (finite < 0 || W(g.words.front()).folded == "to") return;  // infinitive
  const Word& fw = W(finite);
  const std::string& s = fw.subscript;
  bool perfect = false;
  for (int w : g.words) {
    for (int li : adjacent_[w]) {
      if (parse_.links[li].type == "PP" && parse_.links[li].left == w) {
        perfect = true;
      }
    }
  }
  // Link Grammar marks many past forms ".v-d", but not all ("ordered.v"):
  // an inflected form that is neither -s nor -ing is past.
  const std::string& f = fw.folded;
  const bool inflected_past =
      f != VerbLemma(finite) && !f.ends_with("s") && !f.ends_with("ing") &&
      !Contains({"am", "are", "'re", "'m", "'ve", "'ll", "'d", "ca", "wo"}, f);
  if (perfect || inflected_past ||
      (s.size() >= 2 && s.substr(s.size() - 2) == "-d") ||
      Contains({"did", "was", "were", "had"}, f)) {
    g.tense = Tense::kPast;
  } else if (!s.empty() && (s[0] == 'v' || s[0] == 'q' || s[0] == 'w')) {
    g.tense =
        s.find('g') != std::string::npos ? Tense::kUnknown : Tense::kPresent;
  }
}

void ClauseReader::ReadGroup(Group& g) {
  for (int w : g.words) {
    for (int li : adjacent_[w]) {
      const Link& l = parse_.links[li];
      if ((l.type == "S" || l.type == "SX") && l.right == w) {
        for (int s : ExpandNoun(l.left)) g.subjects.push_back(s);
      } else if ((l.type == "SI" || l.type == "SXI") && l.left == w) {
        for (int s : ExpandNoun(l.right)) g.subjects.push_back(s);
      } else if (l.type == "O" && l.left == w) {
        for (int o : ExpandNoun(l.right)) g.objects.push_back(o);
      } else if (l.type == "B" && l.right == w && g.objects.empty()) {
        g.objects.push_back(l.left);  // "the resolution which Russia vetoed"
      } else if (l.type == "P" && !l.sub.empty() &&
                 (l.sub[0] == 'v' ||
                  (l.sub[0] == 'a' && IsParticiple(l.right)))) {
        g.passive = true;
      } else if (l.type == "P" && !l.sub.empty() && l.sub[0] == 'a' &&
                 l.left == w && Mapped(l.right) && group_of_[l.right] < 0) {
        g.objects.push_back(l.right);          // "were illegal"
        ReadPreps(l.right, g.preps, nullptr);  // "responsible for"
      } else if (l.type == "N" ||
                 (l.type == "E" &&
                  Contains({"never", "not"}, W(l.left).folded))) {
        g.negated = true;
      }
    }
    ReadPreps(w, g.preps, &g.agents);
  }
  // Openers: "In March, ...", "After the attack, ..." hang (CO) from the
  // subject.
  for (int s : std::vector<int>(g.subjects)) {
    for (int li : adjacent_[s]) {
      const Link& l = parse_.links[li];
      if (l.type != "CO" || l.right != s || !Mapped(l.left)) continue;
      for (int lj : adjacent_[l.left]) {
        const Link& j = parse_.links[lj];
        if (j.left == l.left &&
            (j.type == "J" || j.type == "ON" || j.type == "IN") &&
            Mapped(j.right)) {
          g.preps.emplace_back(W(l.left).folded, j.right);
        }
      }
    }
  }
  // "n't", "not" and "never" inside the verb group.
  const Constituent words = GroupWords(g);
  for (uint32_t t = words.token_begin; t < words.token_end; ++t) {
    const std::string& f = sentence_.tokens[t].folded;
    if (f == "not" || f == "n't" || f == "never") g.negated = true;
  }
  if (!g.passive) {
    // In an active clause "by" is an ordinary preposition.
    for (int a : g.agents) g.preps.emplace_back("by", a);
    g.agents.clear();
  }
  SetTenseAndModality(g);
}

void ClauseReader::Build() {
  group_of_.assign(n_, -1);
  // Union of auxiliary chains.
  std::vector<int> root(n_);
  for (int i = 0; i < n_; ++i) root[i] = i;
  auto find = [&](int x) {
    while (root[x] != x) x = root[x] = root[root[x]];
    return x;
  };
  std::vector<bool> in_chain(n_, false);
  for (const Link& l : parse_.links) {
    const bool chain = l.type == "I" || l.type == "PP" ||
                       (l.type == "P" && !l.sub.empty() &&
                        (l.sub[0] == 'v' || l.sub[0] == 'g' ||
                         (l.sub[0] == 'a' && IsParticiple(l.right))));
    if (!chain || !Mapped(l.left) || !Mapped(l.right)) continue;
    root[find(l.left)] = find(l.right);
    in_chain[l.left] = in_chain[l.right] = true;
  }
  std::map<int, int> group_of_root;
  for (int w = 1; w < n_; ++w) {
    if (!Mapped(w) || !(IsVerbWord(w) || in_chain[w])) continue;
    int r = find(w);
    auto [it, added] =
        group_of_root.emplace(r, static_cast<int>(groups_.size()));
    if (added) groups_.emplace_back();
    groups_[it->second].words.push_back(w);
    group_of_[w] = it->second;
  }
  for (Group& g : groups_) {
    std::sort(g.words.begin(), g.words.end());
    g.head = g.words.back();
  }
  // Drop groups that are nothing but "to".
  for (Group& g : groups_) {
    if (g.words.size() == 1 && W(g.head).folded == "to") g.merged_into = -2;
  }
  for (Group& g : groups_) {
    if (g.merged_into == -1) ReadGroup(g);
  }

  // Coordinated verbs share the conjunction's subjects, objects and
  // preposition phrases; the right conjunct hangs from the left one.
  for (int c = 1; c < n_; ++c) {
    if (!IsConjunction(c)) continue;
    std::vector<int> conj_groups;
    for (int v : Conjuncts(c, "VJ")) {
      if (group_of_[v] >= 0 && v != c) conj_groups.push_back(group_of_[v]);
    }
    if (conj_groups.size() < 2) continue;
    std::vector<int> subjects, objects;
    std::vector<std::pair<std::string, int>> preps;
    std::vector<int> agents;
    for (int li : adjacent_[c]) {
      const Link& l = parse_.links[li];
      if ((l.type == "S" || l.type == "SX") && l.right == c) {
        for (int s : ExpandNoun(l.left)) subjects.push_back(s);
      } else if (l.type == "O" && l.left == c) {
        for (int o : ExpandNoun(l.right)) objects.push_back(o);
      }
    }
    ReadPreps(c, preps, &agents);
    Group& first = groups_[conj_groups.front()];
    for (size_t k = 0; k < conj_groups.size(); ++k) {
      Group& g = groups_[conj_groups[k]];
      if (g.subjects.empty()) g.subjects = subjects;
      if (g.subjects.empty() && k > 0) g.subjects = first.subjects;
      if (g.objects.empty()) g.objects = objects;
      if (k > 0) {
        if (g.words.size() == 1 && first.passive &&
            W(g.head).subscript.find("-d") != std::string::npos) {
          g.passive = true;  // "were ordered by X and condemned by Y"
          g.tense = first.tense;
        }
        if (g.tense == Tense::kUnknown) g.tense = first.tense;
        if (k + 1 == conj_groups.size()) {
          g.preps.insert(g.preps.end(), preps.begin(), preps.end());
          g.agents.insert(g.agents.end(), agents.begin(), agents.end());
        }
        if (g.parent < 0) {
          g.parent = conj_groups.front();
          g.relation = "coordinate";
        }
      }
    }
  }

  // Infinitives: "plans to launch" folds "plans" into "launch" as its
  // modality; "called to congratulate" and "agreed to meet" embed.
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    Group& g = groups_[gi];
    if (g.merged_into != -1) continue;
    // "is likely to", "are due to": the adjective's "to" counts as the
    // verb's.
    std::vector<int> sources = g.words;
    std::string adjective;
    for (int w : g.words) {
      for (int li : adjacent_[w]) {
        const Link& l = parse_.links[li];
        if (l.left == w && l.type == "P" && !l.sub.empty() && l.sub[0] == 'a' &&
            Mapped(l.right) &&
            Contains({"likely", "unlikely", "due", "set", "poised", "about",
                      "ready", "expected", "scheduled"},
                     W(l.right).folded)) {
          sources.push_back(l.right);
          adjective = W(l.right).folded;
        }
      }
    }
    for (int w : sources) {
      for (int li : adjacent_[w]) {
        const Link& l = parse_.links[li];
        const bool to_link =
            l.left == w &&
            (l.type == "TO" ||
             (l.type == "MV" && !l.sub.empty() && l.sub[0] == 'i'));
        if (!to_link || !Mapped(l.right) || group_of_[l.right] < 0) continue;
        const int ti = group_of_[l.right];
        if (ti == static_cast<int>(gi)) continue;
        Group& inf = groups_[ti];
        // The infinitive's subject is the surface subject of its verb:
        // "Russia plans to ...", "the leaders are scheduled to ...".
        if (inf.subjects.empty()) inf.subjects = g.subjects;
        const ModalVerb* modal = FindModalVerb(VerbLemma(g.head));
        static constexpr ModalVerb kLikely = {"likely",
                                              Modality::kHypothetical};
        static constexpr ModalVerb kDue = {"due", Modality::kFuture};
        if (!adjective.empty() && w == sources.back()) {
          modal = (adjective == "likely" || adjective == "unlikely") ? &kLikely
                                                                     : &kDue;
        }
        if (modal != nullptr) {
          g.merged_into = ti;
          inf.modality = modal->modality;
          std::string text;
          for (int x : g.words) {
            if (!text.empty()) text += ' ';
            text += W(x).folded;
          }
          if (!adjective.empty() && w == sources.back())
            text += " " + adjective;
          inf.modal = text + " to";
          inf.tense =
              modal->modality == Modality::kFuture ? Tense::kFuture : g.tense;
          inf.negated = inf.negated || g.negated;
          inf.extra_first_token = W(g.words.front()).first;
          if (g.parent >= 0 && inf.parent < 0) {
            inf.parent = g.parent;
            inf.relation = g.relation;
          }
        } else if (inf.parent < 0) {
          inf.parent = static_cast<int>(gi);
          inf.relation = l.type == "TO" ? "complement" : "purpose";
        }
      }
    }
  }

  // Complement and adverbial clauses: CV links a clause's verb to the verb
  // or subordinator that introduces it.
  for (const Link& l : parse_.links) {
    if (l.type != "CV" || !Mapped(l.right) || group_of_[l.right] < 0) continue;
    Group& inner = groups_[group_of_[l.right]];
    if (inner.parent >= 0) continue;
    int intro = l.left;
    if (intro <= 0) continue;
    if (group_of_[intro] >= 0) {
      inner.parent = group_of_[intro];
      inner.relation = "complement";
      continue;
    }
    // A subordinator: "that"/"whether" after a verb (TH, QI), or "after",
    // "because" from a verb (MVs) or from the wall.
    for (int li : adjacent_[intro]) {
      const Link& k = parse_.links[li];
      if (k.right != intro || !Mapped(k.left) || group_of_[k.left] < 0)
        continue;
      if (k.type == "TH" || k.type == "QI" || k.type == "C") {
        inner.parent = group_of_[k.left];
        inner.relation = "complement";
      } else if (k.type == "MV" || k.type == "CO") {
        inner.parent = group_of_[k.left];
        inner.relation = "adverbial";
      }
      if (inner.parent >= 0) break;
    }
  }
  // "..., Trump said": the quoted clause hangs from the speech verb.
  for (const Link& l : parse_.links) {
    if (l.type != "CP" || !Mapped(l.right) || group_of_[l.right] < 0) continue;
    const int say = group_of_[l.right];
    for (const Link& wv : parse_.links) {
      if (wv.type != "WV" || wv.left != 0 || group_of_[wv.right] < 0) continue;
      const int main = group_of_[wv.right];
      if (main != say && groups_[main].parent < 0 &&
          groups_[say].parent != main) {
        groups_[main].parent = say;
        groups_[main].relation = "complement";
      }
    }
  }
  // Relative clauses: a relative pronoun as subject ("which killed"), a
  // gap object (B), or a participle modifying a noun ("an attack blamed on").
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    Group& g = groups_[gi];
    if (g.merged_into != -1) continue;
    for (int& s : g.subjects) {
      if (!Contains({"who", "which", "that", "whom"}, W(s).folded)) continue;
      int a = Antecedent(s);
      if (a >= 0) {
        s = a;
        if (g.parent < 0) g.relation = "relative";
      }
    }
    for (int w : g.words) {
      for (int li : adjacent_[w]) {
        const Link& l = parse_.links[li];
        if (l.right == w && l.type == "M" && !l.sub.empty() &&
            (l.sub[0] == 'v' || l.sub[0] == 'g') && Mapped(l.left)) {
          if (l.sub[0] == 'v') {
            g.passive = true;
            if (g.subjects.empty()) g.subjects.push_back(l.left);
          } else if (g.subjects.empty()) {
            g.subjects.push_back(l.left);
          }
          if (g.parent < 0) g.relation = "relative";
        } else if (l.right == w && l.type == "B" && g.parent < 0) {
          g.relation = "relative";
        }
      }
    }
  }
  // A relative clause's parent: the clause that holds its antecedent.
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    Group& g = groups_[gi];
    if (g.relation != "relative" || g.parent >= 0) continue;
    int best = -1;
    for (size_t hi = 0; hi < groups_.size(); ++hi) {
      const Group& h = groups_[hi];
      if (hi == gi || h.merged_into != -1) continue;
      if (best < 0 ||
          std::abs(h.head - g.head) < std::abs(groups_[best].head - g.head)) {
        best = static_cast<int>(hi);
      }
    }
    g.parent = best;
  }
  // Modality of reported speech.
  for (Group& g : groups_) {
    if (g.parent < 0 || g.relation != "complement") continue;
    const Group& p = groups_[g.parent];
    if (IsReportingVerb(VerbLemma(p.head)) &&
        g.modality == Modality::kAsserted) {
      g.modality = Modality::kReported;
    }
  }
  // Infinitives without a subject of their own take their parent's.
  for (int pass = 0; pass < 2; ++pass) {
    for (Group& g : groups_) {
      if (g.merged_into != -1 || !g.subjects.empty() || g.parent < 0) continue;
      if (g.relation != "purpose" && g.relation != "complement" &&
          g.relation != "coordinate") {
        continue;
      }
      if (W(g.words.front()).folded != "to" && g.relation != "coordinate")
        continue;
      const Group& p = groups_[g.parent];
      g.subjects = p.passive && !p.agents.empty() ? p.agents : p.subjects;
      if (p.passive && !p.objects.empty() && p.agents.empty()) {
        g.subjects = p.objects;
      }
    }
  }
  // Passive voice undone: the surface subject is the object, the agent the
  // subject.
  for (Group& g : groups_) {
    if (!g.passive || g.merged_into != -1) continue;
    std::vector<int> objects = g.subjects;
    objects.insert(objects.end(), g.objects.begin(), g.objects.end());
    g.subjects = g.agents;
    g.objects = objects;
  }
}

std::vector<Clause> ClauseReader::Read() {
  Build();
  // Clause order: main clauses, then embedded ones, each in text order,
  // then event nouns.
  std::vector<int> order;
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    if (groups_[gi].merged_into == -1 && groups_[gi].parent < 0) {
      order.push_back(static_cast<int>(gi));
    }
  }
  auto by_position = [&](int a, int b) {
    return groups_[a].head < groups_[b].head;
  };
  std::sort(order.begin(), order.end(), by_position);
  const size_t mains = order.size();
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    if (groups_[gi].merged_into == -1 && groups_[gi].parent >= 0) {
      order.push_back(static_cast<int>(gi));
    }
  }
  std::sort(order.begin() + mains, order.end(), by_position);

  auto add_roles = [&](Clause& c, const Group& g) {
    std::set<int> seen;
    for (int s : g.subjects) {
      if (seen.insert(s).second && Mapped(s))
        c.subjects.push_back(NounPhrase(s));
    }
    for (int o : g.objects) {
      if (seen.insert(o).second && Mapped(o))
        c.objects.push_back(NounPhrase(o));
    }
    for (const auto& [prep, obj] : g.preps) {
      if (Mapped(obj)) c.preps.push_back(PrepPhrase{prep, NounPhrase(obj)});
    }
  };

  std::vector<Clause> clauses;
  std::vector<int> clause_of(groups_.size(), -1);
  for (size_t k = 0; k < order.size(); ++k) {
    clause_of[order[k]] = static_cast<int>(k);
  }
  for (size_t k = 0; k < order.size(); ++k) {
    const Group& g = groups_[order[k]];
    Clause c;
    Predicate& p = c.predicate;
    p.words = GroupWords(g);
    p.head = static_cast<uint32_t>(W(g.head).head);
    p.lemma = VerbLemma(g.head);
    p.tense = g.tense;
    p.voice = g.passive ? Voice::kPassive : Voice::kActive;
    p.negated = g.negated;
    p.modality = g.modality;
    p.modal = g.modal;
    add_roles(c, g);
    if (g.parent >= 0) {
      // A parent folded into its infinitive is that infinitive's clause.
      int parent = g.parent;
      while (parent >= 0 && groups_[parent].merged_into >= 0) {
        parent = groups_[parent].merged_into;
      }
      if (parent >= 0 && clause_of[parent] >= 0 &&
          clause_of[parent] != static_cast<int>(k)) {
        c.parent = static_cast<uint32_t>(clause_of[parent]);
        c.relation = g.relation;
      }
    }
    clauses.push_back(std::move(c));
  }
  const size_t verb_clauses = clauses.size();

  // Event nouns with a preposition: "attack on", "talks with". They hang
  // ("nominal") from the clause whose phrase holds them.
  for (int w = 1; w < n_; ++w) {
    if (!Mapped(w) || group_of_[w] >= 0) continue;
    const std::string& s = W(w).subscript;
    if (s.empty() || !(s[0] == 'n' || s[0] == 's' || s[0] == 'p')) continue;
    std::string lemma = morphology_.Lemma(W(w).folded, PartOfSpeech::kNoun);
    if (lemma.empty()) lemma = W(w).folded;
    if (!IsEventNoun(lemma)) continue;
    Group g;
    ReadPreps(w, g.preps, nullptr);
    if (g.preps.empty()) continue;
    for (const auto& [prep, obj] : g.preps) {
      if (Contains({"on", "against", "into", "upon"}, prep)) {
        g.objects.push_back(obj);
      }
    }
    // Its subject: a possessor ("Russia's support") or a name before it
    // ("US missile attack").
    for (int li : adjacent_[w]) {
      const Link& l = parse_.links[li];
      if (l.right != w || !Mapped(l.left)) continue;
      if (l.type == "D" && IsContractionSuffix(W(l.left).folded)) {
        for (int lj : adjacent_[l.left]) {
          const Link& y = parse_.links[lj];
          if (y.type == "YS" || y.type == "YP") g.subjects.push_back(y.left);
        }
      } else if (l.type == "AN") {
        std::string_view text =
            document_.CleanOf(sentence_.tokens[W(l.left).head]);
        if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
          g.subjects.push_back(l.left);
        }
      } else if (l.type == "D" && W(l.left).folded == "no") {
        g.negated = true;
      }
    }
    Clause c;
    Predicate& p = c.predicate;
    p.is_noun = true;
    p.head = static_cast<uint32_t>(W(w).head);
    p.words.token_begin = static_cast<uint32_t>(W(w).first);
    p.words.token_end = static_cast<uint32_t>(W(w).last + 1);
    p.words.head = p.head;
    p.words.span = Span{sentence_.tokens[W(w).first].span.begin,
                        sentence_.tokens[W(w).last].span.end};
    p.lemma = lemma;
    p.negated = g.negated;
    add_roles(c, g);
    // The clause that holds the noun in a phrase, else the nearest one.
    auto holds = [&](const Constituent& x) {
      return x.token_begin <= p.head && p.head < x.token_end;
    };
    int owner = -1;
    for (size_t i = 0; i < verb_clauses && owner < 0; ++i) {
      const Clause& v = clauses[i];
      bool in = false;
      for (const auto& x : v.subjects) in |= holds(x);
      for (const auto& x : v.objects) in |= holds(x);
      for (const auto& x : v.preps) in |= holds(x.object);
      if (in) owner = static_cast<int>(i);
    }
    const bool held = owner >= 0;
    for (size_t i = 0; i < verb_clauses && !held; ++i) {
      if (owner < 0 ||
          std::abs(static_cast<int>(clauses[i].predicate.head) -
                   static_cast<int>(p.head)) <
              std::abs(static_cast<int>(clauses[owner].predicate.head) -
                       static_cast<int>(p.head))) {
        owner = static_cast<int>(i);
      }
    }
    if (owner >= 0) {
      c.parent = static_cast<uint32_t>(owner);
      c.relation = "nominal";
    }
    clauses.push_back(std::move(c));
  }
  for (uint32_t i = 0; i < clauses.size(); ++i) {
    if (clauses[i].parent) clauses[*clauses[i].parent].embedded.push_back(i);
  }
  return clauses;
}

}  // namespace

bool IsContractionSuffix(std::string_view folded) {
  return Contains({"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}, folded);
}

std::vector<Clause> ReadClauses(const SegmentedDocument& document,
                                const Sentence& sentence,
                                const LinkParse& parse,
                                const Morphology& morphology) {
  return ClauseReader(document, sentence, parse, morphology).Read();
}

}  // namespace dyad::syntax
