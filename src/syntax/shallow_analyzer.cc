// The fast syntax back-end: tags, groups, then clauses by position. Each
// verb group is a predicate; its subject is the last free noun group on its
// left up to the clause boundary, its objects and prepositional phrases the
// groups on its right up to the next boundary. Passive is undone, chains
// such as "plans to visit" become one predicate with a modality, and event
// nouns ("a US missile attack on a Syrian airbase") get clauses of their own
// hung from the clause they sit in, with relation "nominal".
#include "src/syntax/shallow_analyzer.h"

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/syntax.h"
#include "src/syntax/chunker.h"
#include "src/syntax/morphology.h"
#include "src/syntax/pos_tagger.h"
#include "src/syntax/word_classes.h"

namespace dyad {
namespace {

using syntax::Chunk;
using syntax::ChunkKind;
using syntax::Chunks;
using syntax::Tag;
using syntax::TaggedToken;

constexpr int kNone = -1;
constexpr int kNextMain = -2;  // parent: the next main clause

enum class Boundary { kStart, kVerb, kSub, kRel, kQuote, kPunct };

struct Draft {
  Clause clause;
  int chunk = kNone;     // the verb group or event noun group
  int region_begin = 0;  // chunks [region_begin, extent_end) are its own
  int extent_end = 0;
  int parent = kNone;
  Boundary boundary = Boundary::kStart;
  bool after_comma = false;  // its subject follows a comma after the boundary
};

// What the builder has decided about one chunk. One vector of these rather
// than one for each field: a sentence's builder allocates once.
struct ChunkState {
  int owner = kNone;   // the relative clause it belongs to
  int clause = kNone;  // the clause whose predicate it is
  // A modality chain ("plans to visit"): where the chain it ends starts,
  // the words before its last verb group, and their modality.
  int chain_start = 0;
  std::string chain_modal;
  Modality chain_modality = Modality::kAsserted;
  bool absorbed = false;  // a verb group folded into a later one's chain
};

class Builder {
 public:
  Builder(std::span<const syntax::WordLemmas> lemmas,
          const SegmentedDocument& document, const Sentence& sentence,
          const std::vector<TaggedToken>& tags,
          const std::vector<Chunk>& chunks)
      : lemmas_(lemmas),
        doc_(document),
        s_(sentence),
        tags_(tags),
        ch_(chunks),
        state_(chunks.size()) {
    for (size_t i = 0; i < chunks.size(); ++i) {
      state_[i].chain_start = static_cast<int>(i);
    }
    // A clause for each chunk at most: the drafts are never moved, and a
    // clause is built where it stays.
    drafts_.reserve(chunks.size());
  }

  std::vector<Clause> Build() {
    MergeModalityChains();
    for (int k = 0; k < Size(); ++k) {
      if (ch_[k].kind == ChunkKind::kVerb && !state_[k].absorbed) VerbClause(k);
    }
    for (int k = 0; k < Size(); ++k) {
      if (ch_[k].kind == ChunkKind::kNoun) NounClause(k);
    }
    AttachQuotations();
    return Finish();
  }

 private:
  int Size() const { return static_cast<int>(ch_.size()); }

  std::string Folded(uint32_t begin, uint32_t end) const {
    std::string out;
    for (uint32_t i = begin; i < end; ++i) {
      if (!out.empty()) out += ' ';
      out += s_.tokens[i].folded;
    }
    return out;
  }

  Constituent Group(uint32_t begin, uint32_t end, uint32_t head) const {
    Constituent c;
    c.token_begin = begin;
    c.token_end = end;
    c.head = head;
    c.span = {s_.tokens[begin].span.begin, s_.tokens[end - 1].span.end};
    return c;
  }
  Constituent Group(const Chunk& c) const {
    return Group(c.begin, c.end, c.head);
  }

  std::string_view VerbLemma(uint32_t token) const {
    const std::string_view w = s_.tokens[token].folded;
    if (w == "'s" || w == "'re" || w == "'m") return "be";
    if (w == "'ve") return "have";
    const std::string_view lemma = lemmas_[token].verb;
    return lemma.empty() ? w : lemma;
  }

  std::string_view NounLemma(uint32_t token) const {
    const std::string_view lemma = lemmas_[token].noun;
    return lemma.empty() ? std::string_view(s_.tokens[token].folded) : lemma;
  }

  bool FreeNoun(int k) const {
    return k >= 0 && k < Size() && ch_[k].kind == ChunkKind::kNoun &&
           state_[k].owner == kNone && !ch_[k].in_parens;
  }

  bool AfterPrep(int k) const {
    return k > 0 && ch_[k - 1].kind == ChunkKind::kPrep;
  }

  // "of Russia", and "Turkey" in "of Russia and Turkey".
  bool InPrepPhrase(int k) const {
    while (k > 0) {
      if (ch_[k - 1].kind == ChunkKind::kPrep) return true;
      if (k >= 2 && ch_[k - 1].kind == ChunkKind::kConj &&
          ch_[k - 2].kind == ChunkKind::kNoun) {
        k -= 2;
        continue;
      }
      return false;
    }
    return false;
  }

  // True iff `word`, a preposition chunk's, is one of `particles`.
  static bool IsParticle(std::string_view word,
                         std::initializer_list<std::string_view> particles) {
    return std::find(particles.begin(), particles.end(), word) !=
           particles.end();
  }

  int NextSkippingAdverbs(int k) const {
    while (k < Size() && ch_[k].kind == ChunkKind::kAdv) ++k;
    return k;
  }

  // "plans to visit", "is expected to meet", "is likely to be discussed":
  // the last verb group is the predicate; the words before it its modal.
  void MergeModalityChains() {
    for (int k = 0; k + 1 < Size(); ++k) {
      if (ch_[k].kind != ChunkKind::kVerb) continue;
      int next = k + 1;
      std::string_view word = VerbLemma(ch_[k].head);
      uint32_t words_end = ch_[k].end;
      if (ch_[k].copula && (ch_[next].kind == ChunkKind::kAdj ||
                            (ch_[next].kind == ChunkKind::kNoun &&
                             ch_[next].end == ch_[next].begin + 1))) {
        word = s_.tokens[ch_[next].head].folded;  // "likely", "due"
        words_end = ch_[next].end;
        ++next;
      }
      if (next >= Size() || ch_[next].kind != ChunkKind::kVerb ||
          !ch_[next].infinitive) {
        continue;
      }
      Modality modality;
      if (!syntax::IsModalityWord(word, &modality)) continue;
      state_[k].absorbed = true;
      if (next != k + 1) state_[k + 1].absorbed = true;
      state_[next].chain_start = state_[k].chain_start;
      state_[next].chain_modal = state_[k].chain_modal.empty()
                                     ? Folded(ch_[k].begin, words_end) + " to"
                                     : state_[k].chain_modal;
      state_[next].chain_modality =
          state_[k].chain_modality != Modality::kAsserted
              ? state_[k].chain_modality
              : modality;
      if (ch_[k].negated) negated_chain_.push_back(next);
    }
  }

  // The nearest earlier clause that is not inside a relative clause.
  int PreviousClause(int before_chunk) const {
    for (int k = before_chunk - 1; k >= 0; --k) {
      if (state_[k].clause != kNone && drafts_[state_[k].clause].chunk == k &&
          !drafts_[state_[k].clause].clause.predicate.is_noun) {
        return state_[k].clause;
      }
    }
    return kNone;
  }

  void VerbClause(int k) {
    const Chunk& vg = ch_[k];
    const int index = static_cast<int>(drafts_.size());
    Draft& d = drafts_.emplace_back();
    d.chunk = k;
    Predicate& p = d.clause.predicate;
    p.words = Group(vg);
    p.head = vg.head;
    p.lemma = VerbLemma(vg.head);
    p.tense = vg.tense;
    p.voice = vg.passive ? Voice::kPassive : Voice::kActive;
    p.negated = vg.negated ||
                std::find(negated_chain_.begin(), negated_chain_.end(), k) !=
                    negated_chain_.end();
    const int start = state_[k].chain_start;
    if (start != k) {
      const Chunk& first = ch_[start];
      p.modal = state_[k].chain_modal;
      p.modality = state_[k].chain_modality;
      p.tense =
          first.tense == Tense::kPresent && p.modality == Modality::kFuture
              ? Tense::kFuture
              : first.tense;
      p.words = Group(first.begin, vg.end, vg.head);
      p.negated = p.negated || first.negated;
    }
    if (!vg.modal.empty() || (start != k && !ch_[start].modal.empty())) {
      const std::string_view modal =
          start != k && !ch_[start].modal.empty() ? ch_[start].modal : vg.modal;
      if (p.modal.empty()) p.modal = modal;
      const bool future = modal == "will" || modal == "shall" ||
                          modal == "'ll" || modal == "wo";
      if (p.modality == Modality::kAsserted || !future) {
        p.modality = future ? Modality::kFuture : Modality::kHypothetical;
      }
    }

    // Left: the boundary and the subject.
    int j = start - 1;
    int first_comma = kNone, first_conj = kNone;
    for (; j >= 0; --j) {
      if (state_[j].owner != kNone) continue;
      const ChunkKind kind = ch_[j].kind;
      if (kind == ChunkKind::kVerb) {
        d.boundary = Boundary::kVerb;
        break;
      }
      if (kind == ChunkKind::kSub) {
        d.boundary = Boundary::kSub;
        break;
      }
      if (kind == ChunkKind::kRel) {
        d.boundary = Boundary::kRel;
        break;
      }
      if (kind == ChunkKind::kQuote &&
          (j == 0 || ch_[j - 1].kind == ChunkKind::kComma ||
           ch_[j - 1].kind == ChunkKind::kPunct ||
           ch_[j - 1].kind == ChunkKind::kQuote)) {
        d.boundary = Boundary::kQuote;  // not a quotation inside a clause
        break;
      }
      if (kind == ChunkKind::kPunct) {
        d.boundary = Boundary::kPunct;
        break;
      }
      if (kind == ChunkKind::kComma) first_comma = j;
      if (kind == ChunkKind::kConj) first_conj = j;
    }
    int region = j + 1;
    if (d.boundary == Boundary::kVerb) {
      if (first_comma != kNone) {
        region = first_comma + 1;
        d.after_comma = true;
      } else if (first_conj != kNone) {
        region = first_conj + 1;
      }
    }
    d.region_begin = region;
    std::vector<int>& subjects = subjects_;
    SubjectsIn(region, start, &subjects);
    const int prev = PreviousClause(start);
    // Fronted prepositional phrases: "In March, ...", "After a US attack".
    const int fronted_end = subjects.empty() ? region : subjects.front();
    for (int q = region; q + 1 < fronted_end; ++q) {
      if (ch_[q].kind == ChunkKind::kPrep && FreeNoun(q + 1) &&
          state_[q].owner == kNone && !vg.infinitive && vg.finite) {
        d.clause.preps.push_back({std::string(ch_[q].word), Group(ch_[q + 1])});
      }
    }
    const size_t fronted_preps = d.clause.preps.size();

    if (vg.infinitive && start == k) {
      // "to discuss the crisis", "refused to put a timeframe".
      d.parent = prev;
      if (prev != kNone) {
        const Draft& pd = drafts_[prev];
        const bool purpose =
            !syntax::TakesInfinitive(pd.clause.predicate.lemma);
        d.clause.relation = purpose ? "purpose" : "complement";
        if (!subjects.empty() &&
            syntax::ObjectControls(pd.clause.predicate.lemma)) {
          // "urged Russia to stop": Russia does the stopping.
        } else {
          subjects.clear();
          d.clause.subjects = pd.clause.subjects;
        }
        if (purpose && p.modality == Modality::kAsserted) {
          p.modality = Modality::kFuture;
        }
      } else {
        // A headline's "Trump to speak to Putin": a future main clause.
        if (p.modality == Modality::kAsserted) {
          p.modality = Modality::kFuture;
          p.tense = Tense::kFuture;
          p.modal = "to";
        }
      }
    } else if (!vg.finite && start == k) {
      // A bare participle or gerund: a reduced relative after a noun group,
      // otherwise an adverbial clause sharing the subject of its host.
      int before = start - 1;
      while (before >= 0 && ch_[before].kind == ChunkKind::kComma) --before;
      // After a comma that follows a clause's verb ("condemned North Korea,
      // calling its programme a threat"), the participle says more about
      // that clause and shares its subject; "the FBI, investigating the
      // case, said" stays a relative of the noun before the verb.
      const bool comment = before + 1 < start && !vg.passive &&
                           prev != kNone && drafts_[prev].chunk < before;
      if (!comment && before >= 0 && ch_[before].kind == ChunkKind::kNoun &&
          !ch_[before].time) {
        d.clause.relation = "relative";
        if (vg.passive) {
          d.clause.objects.push_back(Group(ch_[before]));
        } else {
          d.clause.subjects.push_back(Group(ch_[before]));
        }
        d.parent = prev != kNone ? prev : kNextMain;
      } else {
        d.clause.relation = "adverbial";
        d.parent = prev != kNone ? prev : kNextMain;
        if (prev != kNone) d.clause.subjects = drafts_[prev].clause.subjects;
      }
      subjects.clear();
    } else if (d.boundary == Boundary::kRel) {
      d.clause.relation = "relative";
      int antecedent = j - 1;
      while (antecedent >= 0 && ch_[antecedent].kind == ChunkKind::kComma) {
        --antecedent;
      }
      const bool commas = j > 0 && ch_[j - 1].kind == ChunkKind::kComma;
      if (antecedent >= 0 && ch_[antecedent].kind == ChunkKind::kNoun) {
        Constituent a = Group(ch_[antecedent]);
        if (!subjects.empty() || vg.passive) {
          d.clause.objects.push_back(a);
        } else {
          d.clause.subjects.push_back(a);
        }
      }
      d.parent = prev != kNone ? prev : kNextMain;
      relative_with_commas_ = commas;
    } else if (d.boundary == Boundary::kSub) {
      const std::string_view word = ch_[j].word;
      const bool complement =
          word == "that" || word == "whether" || word == "if";
      if (complement && prev != kNone) {
        d.clause.relation = "complement";
        d.parent = prev;
      } else if (!complement) {
        d.clause.relation = "adverbial";
        d.parent = prev != kNone ? prev : kNextMain;
      }
    } else if (d.boundary == Boundary::kVerb && prev != kNone) {
      const Draft& pd = drafts_[prev];
      // "A resolution urging Myanmar to free prisoners was vetoed by
      // China": a finite verb after a reduced relative of the sentence's
      // first noun is the main clause, and that noun its subject.
      int root = prev;
      for (int steps = 0; drafts_[root].parent >= 0 && steps < 8; ++steps) {
        root = drafts_[root].parent;
      }
      const Draft& rd = drafts_[root];
      const bool after_subject_relative =
          vg.finite && !d.after_comma && first_conj == kNone &&
          rd.parent == kNextMain && rd.clause.relation == "relative" &&
          !ch_[rd.chunk].finite && PreviousClause(rd.chunk) == kNone;
      const std::vector<Constituent>& antecedent =
          ch_[rd.chunk].passive ? rd.clause.objects : rd.clause.subjects;
      if (after_subject_relative && !antecedent.empty()) {
        subjects.clear();
        d.clause.subjects.push_back(antecedent.front());
      } else if (subjects.empty()) {
        // "bombed and shelled": a second predicate of the same subject;
        // "said five of its fighters had been killed and vowed to
        // retaliate": an active verb after a passive complement is the
        // speaker's second predicate.
        int with = prev;
        if (!vg.passive && pd.clause.relation == "complement" &&
            ch_[pd.chunk].passive && pd.parent >= 0) {
          with = pd.parent;
        }
        d.clause.relation = "coordinate";
        d.parent = with;
        d.clause.subjects = drafts_[with].clause.subjects;
      } else if (!d.after_comma && first_conj == kNone &&
                 syntax::TakesClause(pd.clause.predicate.lemma) &&
                 !pd.clause.predicate.is_noun) {
        d.clause.relation = "complement";
        d.parent = prev;
      } else if (pd.parent == kNextMain) {
        // "After the talks ended, the ministers issued": the main clause.
      } else {
        d.parent = pd.parent;  // a sibling: "..., and Syria is likely to"
        d.clause.relation = pd.clause.relation;
      }
    }
    for (int sj : subjects) d.clause.subjects.push_back(Group(ch_[sj]));

    // "...," said Trump: the subject follows a verb of speech.
    int right = NextSkippingAdverbs(k + 1);
    if (d.clause.subjects.empty() && subjects.empty() && vg.finite &&
        syntax::IsSpeechVerb(p.lemma) && FreeNoun(right) &&
        (right + 1 >= Size() || ch_[right + 1].kind == ChunkKind::kPunct ||
         ch_[right + 1].kind == ChunkKind::kComma)) {
      d.clause.subjects.push_back(Group(ch_[right]));
      right = right + 1;
    }

    // Right: objects, then prepositional phrases.
    int r = right;
    std::vector<Constituent>& objects = objects_;
    objects.clear();
    // "shot down a helicopter": a particle, then the object.
    if (r + 1 < Size() && ch_[r].kind == ChunkKind::kPrep &&
        ch_[r].end == ch_[r].begin + 1 && FreeNoun(r + 1) &&
        IsParticle(ch_[r].word, {"down", "up", "off", "out"})) {
      ++r;
    }
    if (r < Size() && vg.copula && ch_[r].kind == ChunkKind::kAdj) {
      objects.push_back(Group(ch_[r]));
      ++r;
    }
    for (int taken = 0; taken < 2; ++taken) {
      // "called the strike "blatant aggression"": a second object may be
      // quoted.
      if (taken == 1 && r + 1 < Size() && ch_[r].kind == ChunkKind::kQuote &&
          FreeNoun(r + 1)) {
        ++r;
      }
      if (!FreeNoun(r) || ch_[r].time) break;
      const int after = NextSkippingAdverbs(r + 1);
      if (syntax::TakesClause(p.lemma) && ClauseFollows(r + 1)) {
        break;  // the subject of a complement clause: "denied X was"
      }
      objects.push_back(Group(ch_[r]));
      r = after;
      // "the White House and the Kremlin", unless a clause follows.
      while (r + 1 < Size() && ch_[r].kind == ChunkKind::kConj &&
             FreeNoun(r + 1)) {
        const int after2 = NextSkippingAdverbs(r + 2);
        if (after2 < Size() && ch_[after2].kind == ChunkKind::kVerb) break;
        objects.push_back(Group(ch_[r + 1]));
        r = after2;
      }
    }
    while (r < Size()) {
      const Chunk& c = ch_[r];
      // "was carried out by North Korea", "broke out between": a particle
      // before a preposition.
      if (c.kind == ChunkKind::kPrep && c.end == c.begin + 1 &&
          IsParticle(c.word, {"out", "up", "down", "off", "back", "away"}) &&
          r + 2 < Size() && ch_[r + 1].kind == ChunkKind::kPrep &&
          FreeNoun(r + 2)) {
        ++r;
        continue;
      }
      if (c.kind == ChunkKind::kPrep && FreeNoun(r + 1)) {
        d.clause.preps.push_back({std::string(c.word), Group(ch_[r + 1])});
        r += 2;
        // "by Russia and China": both are agents.
        while (c.word == "by" && r + 1 < Size() &&
               ch_[r].kind == ChunkKind::kConj && FreeNoun(r + 1) &&
               !ClauseFollows(r + 2)) {
          d.clause.preps.push_back({std::string(c.word), Group(ch_[r + 1])});
          r += 2;
        }
      } else if (c.kind == ChunkKind::kAdv ||
                 (c.kind == ChunkKind::kNoun && c.time &&
                  state_[r].owner == kNone)) {
        ++r;
      } else if (c.kind == ChunkKind::kParen || ch_[r].in_parens) {
        ++r;
      } else {
        break;
      }
    }
    d.extent_end = r;

    // Undo the passive: the agent of "by" (or of "blamed on") becomes the
    // subject, the surface subject an object.
    if (p.voice == Voice::kPassive) {
      std::vector<Constituent> surface = std::move(d.clause.subjects);
      d.clause.subjects.clear();
      for (auto it = d.clause.preps.begin() + fronted_preps;
           it != d.clause.preps.end();) {
        if (it->prep == "by" || (p.lemma == "blame" && it->prep == "on")) {
          d.clause.subjects.push_back(it->object);
          it = d.clause.preps.erase(it);
        } else {
          ++it;
        }
      }
      if (d.clause.relation != "coordinate" &&
          !(d.clause.relation == "relative" && !d.clause.objects.empty())) {
        for (auto& c : surface) objects.insert(objects.begin(), c);
      } else if (d.clause.relation == "coordinate") {
        for (auto& c : surface) objects.insert(objects.begin(), c);
      }
    }
    for (auto& o : objects) d.clause.objects.push_back(o);
    for (const PrepPhrase& pp : d.clause.preps) {
      if (std::string_view(pp.prep) == "according to" &&
          p.modality == Modality::kAsserted) {
        p.modality = Modality::kReported;
      }
    }
    if (std::string_view(d.clause.relation) == "complement" && d.parent >= 0 &&
        syntax::IsSpeechVerb(drafts_[d.parent].clause.predicate.lemma) &&
        p.modality == Modality::kAsserted) {
      p.modality = Modality::kReported;
    }

    state_[k].clause = index;
    if (d.boundary == Boundary::kRel) {
      // A relative clause owns its words, so that the clause it interrupts
      // finds its own subject: "The US president, who has been accused of
      // collusion with Russia, has said".
      int end = d.extent_end;
      if (relative_with_commas_) {
        while (end < Size() && ch_[end].kind != ChunkKind::kComma &&
               ch_[end].kind != ChunkKind::kPunct) {
          ++end;
        }
      }
      for (int q = j; q < end; ++q) state_[q].owner = index;
      d.extent_end = end;
    }
  }

  // True iff a finite verb group follows chunk `k`, after prepositional
  // phrases, adverbs and an opening quotation mark: "said relationships
  // between the two countries \"may be".
  bool ClauseFollows(int k) const {
    while (k < Size()) {
      const ChunkKind kind = ch_[k].kind;
      if (kind == ChunkKind::kPrep && FreeNoun(k + 1)) {
        k += 2;
      } else if (kind == ChunkKind::kAdv || kind == ChunkKind::kQuote) {
        ++k;
      } else {
        return kind == ChunkKind::kVerb && ch_[k].finite;
      }
    }
    return false;
  }

  // Sets `*out` to the free noun groups in chunks [begin, end) that can be
  // a subject: the last one not governed by a preposition, with those
  // coordinated with it.
  void SubjectsIn(int begin, int end, std::vector<int>* out) const {
    out->clear();
    int chosen = kNone, time_chosen = kNone;
    for (int q = end - 1; q >= begin; --q) {
      if (!FreeNoun(q) || InPrepPhrase(q)) continue;
      if (ch_[q].time) {
        if (time_chosen == kNone) time_chosen = q;
        continue;
      }
      chosen = q;
      break;
    }
    if (chosen == kNone) return;
    out->push_back(chosen);
    int q = chosen - 1;
    while (
        q - 1 >= begin &&
        (ch_[q].kind == ChunkKind::kConj || ch_[q].kind == ChunkKind::kComma) &&
        FreeNoun(q - 1) && !InPrepPhrase(q - 1)) {
      if (ch_[q].kind == ChunkKind::kComma &&
          (out->size() < 2 && ch_[chosen - 1].kind != ChunkKind::kConj)) {
        break;  // a comma alone is no coordination: "In 2016, Russia"
      }
      out->insert(out->begin(), q - 1);
      q -= 2;
    }
  }

  void NounClause(int k) {
    const Chunk& np = ch_[k];
    if (np.time || tags_[np.head].tag != Tag::kNoun) return;
    const std::string_view lemma = NounLemma(np.head);
    if (!syntax::IsEventNoun(lemma)) return;
    Draft& d = drafts_.emplace_back();
    d.chunk = k;
    Predicate& p = d.clause.predicate;
    p.words = Group(np.head, np.head + 1, np.head);
    p.head = np.head;
    p.lemma = lemma;
    p.is_noun = true;
    p.negated = np.no;
    d.clause.relation = "nominal";
    // The agent: the possessor ("Russia's support") or a name before the
    // head ("a US missile attack").
    if (np.possessor_end > np.begin + 1) {
      d.clause.subjects.push_back(
          Group(np.begin, np.possessor_end - 1, np.possessor_end - 2));
    } else {
      for (uint32_t t = np.begin; t < np.head; ++t) {
        if (tags_[t].tag != Tag::kProper) continue;
        uint32_t e = t;
        while (e < np.head && tags_[e].tag == Tag::kProper) ++e;
        d.clause.subjects.push_back(Group(t, e, e - 1));
        break;
      }
    }
    int r = k + 1;
    bool patient_done = false;
    while (r + 1 < Size() && ch_[r].kind == ChunkKind::kPrep &&
           FreeNoun(r + 1) && !ch_[r + 1].time) {
      Constituent obj = Group(ch_[r + 1]);
      if (ch_[r].word == "by" && d.clause.subjects.empty()) {
        d.clause.subjects.push_back(obj);
      } else {
        if (!patient_done && syntax::IsPatientPrep(ch_[r].word)) {
          d.clause.objects.push_back(obj);
          patient_done = true;
        }
        d.clause.preps.push_back({std::string(ch_[r].word), obj});
      }
      r += 2;
    }
    d.extent_end = r;
    d.region_begin = k;
    // Hang it from the verb clause whose words hold it.
    int host = kNone;
    for (int q = 0; q < static_cast<int>(drafts_.size()); ++q) {
      const Draft& h = drafts_[q];
      if (h.clause.predicate.is_noun) continue;
      if (k >= h.region_begin && k < h.extent_end) host = q;
    }
    if (host == kNone) host = PreviousClause(k);
    d.parent = host != kNone ? host : kNextMain;
    if (d.parent == kNextMain) {
      bool any = false;
      for (const Draft& h : drafts_) any = any || !h.clause.predicate.is_noun;
      if (!any) {
        d.parent = kNone;
        d.clause.relation.clear();
      }
    }
  }

  // '"We're not getting along with Russia," Trump said' and "..., the White
  // House and Kremlin said": the clauses before a verb of speech that ends
  // the sentence are what was said.
  void AttachQuotations() {
    for (int c = 0; c < static_cast<int>(drafts_.size()); ++c) {
      Draft& d = drafts_[c];
      if (d.parent != kNone || d.clause.predicate.is_noun ||
          !syntax::IsSpeechVerb(d.clause.predicate.lemma)) {
        continue;
      }
      // 'He told the committee: "This work is very complex"'.
      const bool colon = d.extent_end < Size() && ch_[d.extent_end].word == ":";
      if (!colon && !d.clause.objects.empty()) continue;
      if (d.boundary != Boundary::kQuote && !d.after_comma && !colon) {
        continue;
      }
      bool attached = false;
      const int n = static_cast<int>(drafts_.size());
      for (int e = colon ? c + 1 : 0; e < (colon ? n : c); ++e) {
        Draft& earlier = drafts_[e];
        if (colon && earlier.chunk < d.extent_end) continue;
        if (earlier.parent != kNone) continue;
        earlier.parent = c;
        earlier.clause.relation = "complement";
        if (earlier.clause.predicate.modality == Modality::kAsserted) {
          earlier.clause.predicate.modality = Modality::kReported;
        }
        attached = true;
      }
      if (attached) break;
    }
  }

  std::vector<Clause> Finish() {
    const int n = static_cast<int>(drafts_.size());
    // Fronted clauses hang from the next main clause.
    for (int c = 0; c < n; ++c) {
      if (drafts_[c].parent != kNextMain) continue;
      int target = kNone;
      for (int e = c + 1; e < n && target == kNone; ++e) {
        if (drafts_[e].parent == kNone &&
            !drafts_[e].clause.predicate.is_noun) {
          target = e;
        }
      }
      for (int e = c - 1; e >= 0 && target == kNone; --e) {
        if (drafts_[e].parent == kNone) target = e;
      }
      drafts_[c].parent = target == c ? kNone : target;
      if (drafts_[c].parent == kNone) drafts_[c].clause.relation.clear();
    }
    // Break any cycle a rule may have made.
    for (int c = 0; c < n; ++c) {
      int steps = 0;
      for (int q = drafts_[c].parent; q >= 0 && steps <= n;
           q = drafts_[q].parent) {
        ++steps;
      }
      if (steps > n) {
        drafts_[c].parent = kNone;
        drafts_[c].clause.relation.clear();
      }
    }
    // Main clauses first, then the embedded ones, each in text order.
    std::vector<int> order;
    order.reserve(n);
    for (int c = 0; c < n; ++c) {
      if (drafts_[c].parent == kNone) order.push_back(c);
    }
    for (int c = 0; c < n; ++c) {
      if (drafts_[c].parent != kNone) order.push_back(c);
    }
    std::vector<int> position(n);
    for (int i = 0; i < n; ++i) position[order[i]] = i;
    std::vector<Clause> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
      Draft& d = drafts_[order[i]];
      if (d.parent != kNone) {
        d.clause.parent = static_cast<uint32_t>(position[d.parent]);
      }
      out.push_back(std::move(d.clause));
    }
    for (uint32_t i = 0; i < out.size(); ++i) {
      if (out[i].parent) out[*out[i].parent].embedded.push_back(i);
    }
    return out;
  }

  std::span<const syntax::WordLemmas> lemmas_;  // of each token
  const SegmentedDocument& doc_;
  const Sentence& s_;
  const std::vector<TaggedToken>& tags_;
  const std::vector<Chunk>& ch_;
  std::vector<ChunkState> state_;  // of each chunk
  std::vector<int> negated_chain_;
  std::vector<Draft> drafts_;
  // VerbClause's working lists, kept so that their memory serves every
  // clause of the sentence.
  std::vector<int> subjects_;
  std::vector<Constituent> objects_;
  bool relative_with_commas_ = false;
};

}  // namespace

namespace syntax {

ShallowAnalyzer::ShallowAnalyzer(std::unique_ptr<Morphology> morphology)
    : morphology_(std::move(morphology)), tagger_(*morphology_) {}

Result<SentenceSyntax> ShallowAnalyzer::Analyze(
    const SegmentedDocument& document, const Sentence& sentence) const {
  return Analyze(document, sentence, LemmatizeTokens(sentence, *morphology_));
}

Result<SentenceSyntax> ShallowAnalyzer::Analyze(
    const SegmentedDocument& document, const Sentence& sentence,
    std::span<const WordLemmas> lemmas) const {
  SentenceSyntax out;
  out.sentence_index = sentence.index;
  out.backend = SyntaxBackend::kShallow;
  if (sentence.tokens.empty()) {
    if (sentence.clean_end > sentence.clean_begin) {
      return Error{ErrorCode::kInvalidArgument,
                   "sentence " + std::to_string(sentence.index) +
                       " has no tokens (segment with tokenize on)"};
    }
    return out;
  }
  std::vector<TaggedToken> tags =
      tagger_.TagSentence(document, sentence, lemmas);
  const Chunks chunks = ChunkSentence(sentence, tags);
  Builder builder(lemmas, document, sentence, tags, chunks.chunks);
  out.clauses = builder.Build();
  return out;
}

Result<std::unique_ptr<ShallowAnalyzer>> CreateShallow(
    const SyntaxOptions& options) {
  auto morphology = Morphology::Load(options.wordnet_dir);
  if (!morphology.ok()) return morphology.error();
  return std::make_unique<ShallowAnalyzer>(std::move(*morphology));
}

}  // namespace syntax

Result<std::unique_ptr<Analyzer>> CreateShallowAnalyzer(
    const SyntaxOptions& options) {
  auto shallow = syntax::CreateShallow(options);
  if (!shallow.ok()) return shallow.error();
  return std::unique_ptr<Analyzer>(std::move(*shallow));
}

}  // namespace dyad
