#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/syntax.h"
#include "dyad/text.h"
#include "src/syntax/syntax_cases.h"

namespace dyad {
namespace {

const Segmenter& TheSegmenter() {
  static const std::unique_ptr<Segmenter> segmenter = [] {
    auto created = Segmenter::Create();
    EXPECT_TRUE(created.ok());
    return std::move(created).value();
  }();
  return *segmenter;
}

const Analyzer& LinkBackend() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    auto created = CreateLinkAnalyzer();
    if (!created.ok()) {
      ADD_FAILURE() << created.error().message;
      std::abort();
    }
    return std::move(created).value();
  }();
  return *analyzer;
}

// The reference article's longest sentences are over the default
// link_max_tokens; its key sentences are checked as Link Grammar reads them.
const Analyzer& LinkBackendForLongSentences() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    SyntaxOptions options;
    options.link_max_tokens = 80;
    auto created = CreateLinkAnalyzer(options);
    if (!created.ok()) {
      ADD_FAILURE() << created.error().message;
      std::abort();
    }
    return std::move(created).value();
  }();
  return *analyzer;
}

const Analyzer& ShallowBackend() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    auto created = CreateShallowAnalyzer();
    if (!created.ok()) {
      ADD_FAILURE() << created.error().message;
      std::abort();
    }
    return std::move(created).value();
  }();
  return *analyzer;
}

SegmentedDocument SegmentText(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  auto segmented = TheSegmenter().Segment(doc);
  EXPECT_TRUE(segmented.ok()) << text;
  return segmented.ok() ? std::move(segmented).value() : SegmentedDocument{};
}

std::string Words(const SegmentedDocument& doc, const Sentence& s,
                  const Constituent& c) {
  if (c.token_end <= c.token_begin) return "";
  uint32_t b = s.tokens[c.token_begin].clean_begin;
  uint32_t e = s.tokens[c.token_end - 1].clean_end;
  return std::string(doc.clean.text.substr(b, e - b));
}

std::string Head(const Sentence& s, const Constituent& c) {
  return c.head < s.tokens.size() ? s.tokens[c.head].folded : "";
}

std::string Heads(const Sentence& s, const std::vector<Constituent>& cs) {
  std::string out;
  for (const auto& c : cs) {
    if (!out.empty()) out += "+";
    out += Head(s, c);
  }
  return out;
}

// One line per clause: "subjects lemma objects [preps] tense voice ...".
std::string Describe(const SegmentedDocument& doc, const Sentence& s,
                     const SentenceSyntax& syn) {
  std::string out;
  for (size_t i = 0; i < syn.clauses.size(); ++i) {
    const Clause& c = syn.clauses[i];
    out += "  [" + std::to_string(i) + "] " + Heads(s, c.subjects) + " " +
           c.predicate.lemma + (c.predicate.is_noun ? "(n)" : "") + " " +
           Heads(s, c.objects);
    for (const auto& p : c.preps) out += " " + p.prep + ":" + Head(s, p.object);
    out += std::string(" ") + TenseName(c.predicate.tense) + " " +
           VoiceName(c.predicate.voice) +
           (c.predicate.negated ? " negated" : "") + " " +
           ModalityName(c.predicate.modality);
    if (!c.predicate.modal.empty()) out += "(" + c.predicate.modal + ")";
    if (c.parent) out += " <-" + c.relation + " " + std::to_string(*c.parent);
    out += " {" + Words(doc, s, c.predicate.words) + "}\n";
  }
  if (!syn.note.empty()) out += "  note: " + syn.note + "\n";
  return out;
}

// The first clause whose predicate has `lemma`, or null.
const Clause* FindClause(const SentenceSyntax& syn, const std::string& lemma) {
  for (const auto& c : syn.clauses) {
    if (c.predicate.lemma == lemma) return &c;
  }
  return nullptr;
}

struct Parsed {
  SegmentedDocument doc;
  SentenceSyntax syntax;
  const Sentence& sentence() const { return doc.sentences.front(); }
};

Parsed ParseOne(const Analyzer& analyzer, const std::string& text) {
  Parsed p;
  p.doc = SegmentText(text);
  EXPECT_FALSE(p.doc.sentences.empty()) << text;
  if (p.doc.sentences.empty()) return p;
  auto r = analyzer.Analyze(p.doc, p.doc.sentences.front());
  EXPECT_TRUE(r.ok()) << text;
  if (r.ok()) p.syntax = std::move(r).value();
  return p;
}

// The reference article's key sentences, clause by clause.
struct ExactCase {
  const char* text;
  const char* lemma;     // the clause checked
  const char* subjects;  // heads, "+"-joined
  const char* objects;
  const char* prep;  // "prep:head" that must be among its preps, or ""
  Tense tense;
  Voice voice;
  bool negated;
  Modality modality;
  const char* relation;  // "" for a main clause
};

const ExactCase kReference[] = {
    {"Donald Trump will speak by telephone with Vladimir Putin today to "
     "discuss the ongoing crisis in Syria.",
     "speak", "trump", "", "with:putin", Tense::kFuture, Voice::kActive, false,
     Modality::kFuture, ""},
    {"Donald Trump will speak by telephone with Vladimir Putin today to "
     "discuss the ongoing crisis in Syria.",
     "discuss", "trump", "crisis", "", Tense::kUnknown, Voice::kActive, false,
     Modality::kAsserted, "purpose"},
    {"Russia denied the Syrian government was responsible for the sarin "
     "attack, which killed 90 people.",
     "deny", "russia", "", "", Tense::kPast, Voice::kActive, false,
     Modality::kAsserted, ""},
    {"Russia denied the Syrian government was responsible for the sarin "
     "attack, which killed 90 people.",
     "be", "government", "responsible", "for:attack", Tense::kPast,
     Voice::kActive, false, Modality::kReported, "complement"},
    {"Russia denied the Syrian government was responsible for the sarin "
     "attack, which killed 90 people.",
     "kill", "attack", "people", "", Tense::kPast, Voice::kActive, false,
     Modality::kAsserted, "relative"},
    {"Trump ordered the air strike on a Syria last month in following a "
     "deadly poison gas attack on civilians blamed on Assad's government.",
     "order", "trump", "strike", "", Tense::kPast, Voice::kActive, false,
     Modality::kAsserted, ""},
    {"The leaders are scheduled to speak at noon.", "speak", "leaders", "", "",
     Tense::kFuture, Voice::kActive, false, Modality::kFuture, ""},
    {"Mr Comey refused to put a timeframe on the investigation.", "refuse",
     "comey", "", "", Tense::kPast, Voice::kActive, false, Modality::kAsserted,
     ""},
    {"The investigation will also look at whether crimes were committed.",
     "look", "investigation", "", "", Tense::kFuture, Voice::kActive, false,
     Modality::kFuture, ""},
    {"FBI director James Comey confirmed that the agency has been "
     "investigating links between the campaign and Russia.",
     "confirm", "comey", "", "", Tense::kPast, Voice::kActive, false,
     Modality::kAsserted, ""},
    {"FBI director James Comey confirmed that the agency has been "
     "investigating links between the campaign and Russia.",
     "investigate", "agency", "links", "", Tense::kPast, Voice::kActive, false,
     Modality::kReported, "complement"},
    {"Prior to that, on January 28, the two presidents discussed how to "
     "defeat Isis after Putin called to congratulate Trump on his "
     "presidential victory.",
     "congratulate", "putin", "trump", "on:victory", Tense::kUnknown,
     Voice::kActive, false, Modality::kAsserted, "purpose"},
    {"The US president, who has been accused of collusion with Russia, has "
     "said relationships between the two countries \"may be at an all-time "
     "low\" over Russia's support for Syrian president, Bashar al-Assad.",
     "accuse", "", "president", "of:collusion", Tense::kPast, Voice::kPassive,
     false, Modality::kAsserted, "relative"},
};

TEST(SyntaxLinkReference, KeySentences) {
  for (const auto& k : kReference) {
    Parsed p = ParseOne(LinkBackendForLongSentences(), k.text);
    ASSERT_FALSE(p.doc.sentences.empty());
    const Sentence& s = p.sentence();
    SCOPED_TRACE(std::string(k.text) + "\n" + Describe(p.doc, s, p.syntax));
    EXPECT_EQ(p.syntax.backend, SyntaxBackend::kLink);
    const Clause* c = FindClause(p.syntax, k.lemma);
    ASSERT_NE(c, nullptr) << "no clause " << k.lemma;
    EXPECT_EQ(Heads(s, c->subjects), k.subjects) << k.lemma;
    EXPECT_EQ(Heads(s, c->objects), k.objects) << k.lemma;
    if (*k.prep) {
      bool found = false;
      for (const auto& pp : c->preps) {
        found |= pp.prep + ":" + Head(s, pp.object) == k.prep;
      }
      EXPECT_TRUE(found) << k.lemma << " lacks " << k.prep;
    }
    EXPECT_STREQ(TenseName(c->predicate.tense), TenseName(k.tense)) << k.lemma;
    EXPECT_EQ(c->predicate.voice, k.voice) << k.lemma;
    EXPECT_EQ(c->predicate.negated, k.negated) << k.lemma;
    EXPECT_STREQ(ModalityName(c->predicate.modality), ModalityName(k.modality))
        << k.lemma;
    EXPECT_EQ(c->relation, k.relation) << k.lemma;
  }
}

// The first main clause: the one the shared table describes.
const Clause* MainClause(const SentenceSyntax& syntax) {
  for (const Clause& c : syntax.clauses) {
    if (!c.parent && !c.predicate.is_noun) return &c;
  }
  return syntax.clauses.empty() ? nullptr : &syntax.clauses.front();
}

bool EmbedsLemma(const SentenceSyntax& syntax, const Clause& clause,
                 std::string_view lemma, int depth = 0) {
  if (depth > 8) return false;
  for (uint32_t e : clause.embedded) {
    const Clause& c = syntax.clauses[e];
    if (c.predicate.lemma == lemma ||
        EmbedsLemma(syntax, c, lemma, depth + 1)) {
      return true;
    }
  }
  return false;
}

std::string TableHeads(const Sentence& s, const std::vector<Constituent>& cs) {
  std::string out;
  for (const auto& c : cs) {
    if (!out.empty()) out += "|";
    out += Head(s, c);
  }
  return out;
}

// The shared table (src/syntax/syntax_cases.h), field by field, as the
// shallow back-end's test scores it.
TEST(SyntaxLinkTable, SharesOfFieldsRight) {
  struct Tally {
    int right = 0;
    int total = 0;
  };
  std::map<std::string, Tally> tally;
  int all_right = 0, all_total = 0, link_parsed = 0;
  std::vector<std::string> misses;
  for (const auto& k : syntax::kSyntaxCases) {
    Parsed p = ParseOne(LinkBackend(), std::string(k.text));
    if (p.doc.sentences.empty()) continue;
    const Sentence& s = p.sentence();
    link_parsed += p.syntax.backend == SyntaxBackend::kLink ? 1 : 0;
    auto check = [&](const char* field, bool ok, const std::string& got,
                     std::string_view want) {
      Tally& t = tally[field];
      ++t.total;
      ++all_total;
      if (ok) {
        ++t.right;
        ++all_right;
      } else {
        misses.push_back(std::string(field) + ": want \"" + std::string(want) +
                         "\" got \"" + got + "\" in: " + std::string(k.text));
      }
    };
    const Clause* main = MainClause(p.syntax);
    if (main == nullptr) {
      check("lemma", false, "(no clause)", k.lemma);
      continue;
    }
    const Predicate& pr = main->predicate;
    check("lemma", pr.lemma == k.lemma, pr.lemma, k.lemma);
    const std::string subjects = TableHeads(s, main->subjects);
    check("subjects", subjects == k.subjects, subjects, k.subjects);
    const std::string object =
        main->objects.empty() ? "" : Head(s, main->objects.front());
    check("object", object == k.object, object, k.object);
    if (!k.agent.empty()) {
      const bool passive = pr.voice == Voice::kPassive;
      check("agent",
            passive && !main->subjects.empty() &&
                Head(s, main->subjects.front()) == k.agent,
            passive ? subjects : "(active)", k.agent);
    }
    check("negated", pr.negated == k.negated, pr.negated ? "true" : "false",
          k.negated ? "true" : "false");
    check("modality", ModalityName(pr.modality) == k.modality,
          ModalityName(pr.modality), k.modality);
    if (!k.prep.empty()) {
      std::string got;
      bool found = false;
      for (const PrepPhrase& pp : main->preps) {
        got += pp.prep + " " + Head(s, pp.object) + "; ";
        found |= pp.prep + " " + Head(s, pp.object) == k.prep;
      }
      check("prep", found, got, k.prep);
    }
    if (!k.embedded.empty()) {
      check("embedded", EmbedsLemma(p.syntax, *main, k.embedded), "",
            k.embedded);
    }
  }
  std::cout << "[ link ] fields right on " << std::size(syntax::kSyntaxCases)
            << " sentences (" << link_parsed << " parsed by Link Grammar):\n";
  for (const auto& [field, t] : tally) {
    std::cout << "  " << field << ": " << t.right << "/" << t.total << " ("
              << (100 * t.right / std::max(1, t.total)) << "%)\n";
  }
  const double share = static_cast<double>(all_right) / std::max(1, all_total);
  std::cout << "  all fields: " << all_right << "/" << all_total << " ("
            << static_cast<int>(share * 1000) / 10.0 << "%)\n";
  for (const std::string& miss : misses) std::cout << "  miss " << miss << "\n";
  // The floor is what the back-end achieves today less a small margin. The
  // table was written alongside the shallow back-end's rules, not this one.
  EXPECT_GE(share, 0.92);  // 95.1% (659/693) when written
}

// Both back-ends on the same sentences (re2's way of checking two engines
// against each other): how often the main clause's predicate, subjects and
// first object agree. Printed, and held above a floor, since they are two
// honest attempts at one answer and a sudden drop means one of them broke.
TEST(SyntaxLinkAgreement, BothBackEndsOnTheSameSentences) {
  std::vector<std::string> texts;
  for (const auto& k : syntax::kSyntaxCases) texts.emplace_back(k.text);
  int n = 0, predicate = 0, subject = 0, object = 0, all = 0;
  std::vector<std::string> differ;
  for (const std::string& text : texts) {
    Parsed a = ParseOne(LinkBackend(), text);
    Parsed b = ParseOne(ShallowBackend(), text);
    if (a.doc.sentences.empty() || b.doc.sentences.empty()) continue;
    const Clause* x = MainClause(a.syntax);
    const Clause* y = MainClause(b.syntax);
    ++n;
    if (x == nullptr || y == nullptr) continue;
    const Sentence& s = a.sentence();
    const bool p = x->predicate.lemma == y->predicate.lemma;
    const bool sj = TableHeads(s, x->subjects) == TableHeads(s, y->subjects);
    const std::string ox = x->objects.empty() ? "" : Head(s, x->objects[0]);
    const std::string oy = y->objects.empty() ? "" : Head(s, y->objects[0]);
    const bool o = ox == oy;
    predicate += p;
    subject += sj;
    object += o;
    all += p && sj && o;
    if (!(p && sj && o)) {
      differ.push_back("link " + TableHeads(s, x->subjects) + " " +
                       x->predicate.lemma + " " + ox + " / shallow " +
                       TableHeads(s, y->subjects) + " " + y->predicate.lemma +
                       " " + oy + " in: " + text);
    }
  }
  auto pct = [&](int k) { return 100.0 * k / std::max(1, n); };
  std::printf(
      "[ agreement ] link vs shallow on %d sentences: predicate %.1f%%, "
      "subjects %.1f%%, object %.1f%%, all three %.1f%%\n",
      n, pct(predicate), pct(subject), pct(object), pct(all));
  for (const std::string& d : differ) std::printf("  differ %s\n", d.c_str());
  EXPECT_GE(pct(all), 85.0);  // 89.9% when written
}

TEST(SyntaxLinkReference, SpansPointIntoTheText) {
  const std::string text =
      "Russian PM Dmitry Medvedev said the US attack on a Syrian airbase was "
      "illegal.";
  Parsed p = ParseOne(LinkBackend(), text);
  const Clause* said = FindClause(p.syntax, "say");
  ASSERT_NE(said, nullptr) << Describe(p.doc, p.sentence(), p.syntax);
  ASSERT_EQ(said->subjects.size(), 1u);
  const Span span = said->subjects[0].span;
  EXPECT_EQ(text.substr(span.begin, span.size()), "Russian PM Dmitry Medvedev");
  EXPECT_EQ(text.substr(said->predicate.words.span.begin,
                        said->predicate.words.span.size()),
            "said");
  const Clause* illegal = FindClause(p.syntax, "be");
  ASSERT_NE(illegal, nullptr);
  EXPECT_EQ(illegal->predicate.modality, Modality::kReported);
  ASSERT_TRUE(illegal->parent.has_value());
  EXPECT_EQ(&p.syntax.clauses[*illegal->parent], said);
  // The event noun: "attack on a Syrian airbase".
  const Clause* attack = FindClause(p.syntax, "attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_TRUE(attack->predicate.is_noun);
  ASSERT_FALSE(attack->preps.empty());
  EXPECT_EQ(attack->preps[0].prep, "on");
  EXPECT_EQ(Head(p.sentence(), attack->preps[0].object), "airbase");
}

// Link Grammar's own tokenisation and lower-casing of the first word must
// not lose the mapping to dyad's tokens.
TEST(SyntaxLinkTokens, ContractionsCapitalsAndQuotes) {
  {
    Parsed p = ParseOne(LinkBackend(), "He didn't meet Putin.");
    const Clause* c = FindClause(p.syntax, "meet");
    ASSERT_NE(c, nullptr) << Describe(p.doc, p.sentence(), p.syntax);
    EXPECT_TRUE(c->predicate.negated);
    EXPECT_EQ(Heads(p.sentence(), c->objects), "putin");
    EXPECT_EQ(Words(p.doc, p.sentence(), c->predicate.words), "didn't meet");
  }
  {
    Parsed p =
        ParseOne(LinkBackend(), "Trump ordered the air strike on Syria.");
    const Clause* c = FindClause(p.syntax, "order");
    ASSERT_NE(c, nullptr) << Describe(p.doc, p.sentence(), p.syntax);
    EXPECT_EQ(Heads(p.sentence(), c->subjects), "trump");
    EXPECT_EQ(Heads(p.sentence(), c->objects), "strike");
  }
  {
    Parsed p = ParseOne(LinkBackend(),
                        "\"We will not attack Iran,\" the minister said.");
    const Clause* c = FindClause(p.syntax, "attack");
    ASSERT_NE(c, nullptr) << Describe(p.doc, p.sentence(), p.syntax);
    EXPECT_TRUE(c->predicate.negated);
    EXPECT_EQ(Heads(p.sentence(), c->objects), "iran");
  }
  {
    Parsed p = ParseOne(LinkBackend(),
                        "Russia's foreign minister met the "
                        "US-backed rebels in Geneva.");
    const Clause* c = FindClause(p.syntax, "meet");
    ASSERT_NE(c, nullptr) << Describe(p.doc, p.sentence(), p.syntax);
    ASSERT_EQ(c->subjects.size(), 1u);
    EXPECT_EQ(Words(p.doc, p.sentence(), c->subjects[0]),
              "Russia's foreign minister");
    EXPECT_EQ(Heads(p.sentence(), c->objects), "rebels");
  }
}

TEST(SyntaxLinkFallback, LongSentencesGoToTheShallowBackEnd) {
  SyntaxOptions options;
  options.link_max_tokens = 5;
  auto analyzer = CreateLinkAnalyzer(options);
  ASSERT_TRUE(analyzer.ok());
  SegmentedDocument doc =
      SegmentText("Russia vetoed the resolution on Syria at the UN.");
  auto r = (*analyzer)->Analyze(doc, doc.sentences.front());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->backend, SyntaxBackend::kShallow);
  EXPECT_EQ(r->note, "too long: shallow fallback");
}

TEST(SyntaxLinkFallback, PartialLinkageIsSaid) {
  Parsed p = ParseOne(LinkBackend(),
                      "Russia vetoed the the resolution resolution on on "
                      "Syria Syria blah.");
  EXPECT_EQ(p.syntax.backend, SyntaxBackend::kLink)
      << Describe(p.doc, p.sentence(), p.syntax);
  EXPECT_EQ(p.syntax.note, "partial linkage");
  EXPECT_NE(FindClause(p.syntax, "veto"), nullptr);
}

TEST(SyntaxLinkCandidates, ActorAndPredicateRequired) {
  SegmentedDocument doc = SegmentText(
      "Russia vetoed the resolution. The weather was fine. Russia and "
      "China. The talks will resume.");
  ASSERT_EQ(doc.sentences.size(), 4u);
  auto mention = [&](uint32_t sentence, uint32_t b, uint32_t e) {
    ActorMention m;
    m.sentence_index = sentence;
    m.token_begin = b;
    m.token_end = e;
    return m;
  };
  std::vector<ActorMention> mentions = {mention(0, 0, 1), mention(2, 0, 1),
                                        mention(2, 2, 3)};
  EXPECT_TRUE(IsParseCandidate(doc, doc.sentences[0], mentions));
  EXPECT_FALSE(IsParseCandidate(doc, doc.sentences[1], mentions));  // no actor
  EXPECT_FALSE(IsParseCandidate(doc, doc.sentences[2], mentions));  // no verb
  EXPECT_FALSE(IsParseCandidate(doc, doc.sentences[3], mentions));  // no actor
  mentions.push_back(mention(3, 0, 1));  // hypothetically
  EXPECT_TRUE(IsParseCandidate(doc, doc.sentences[3], mentions));
}

}  // namespace
}  // namespace dyad
