#include "src/syntax/pos_tagger.h"

#include <memory>
#include <string>
#include <string_view>

#include "src/core/word_table.h"
#include "src/syntax/word_classes.h"

namespace dyad::syntax {
namespace {

// What the lexicon says about a word before context is looked at.
struct Entry {
  Tag tag = Tag::kNoun;
  VerbForm form = VerbForm::kNone;
  bool time = false;
  // Open-class candidates from WordNet.
  bool noun = false, verb = false, adj = false, adv = false;
  // A form that is past tense or past participle ("said", "vetoed").
  bool past_or_participle = false;
  bool closed = false;
  bool guessed = false;  // unknown to WordNet: read from its ending
};

using ClosedTable = WordTable<Entry>;

void Add(ClosedTable& table, std::string_view words, Tag tag,
         VerbForm form = VerbForm::kNone, bool time = false) {
  size_t pos = 0;
  while (pos < words.size()) {
    size_t end = words.find(' ', pos);
    if (end == std::string_view::npos) end = words.size();
    Entry e;
    e.tag = tag;
    e.form = form;
    e.time = time;
    e.closed = true;
    // The first list a word is in gives its entry.
    const std::string_view word = words.substr(pos, end - pos);
    if (table.Find(word) == nullptr) table[word] = e;
    pos = end + 1;
  }
}

ClosedTable MakeClosed() {
  ClosedTable table;
  Add(table,
      "the a an this these those his her its their our my your some any no "
      "every each all both either neither another such many much several "
      "few whatever",
      Tag::kDet);
  Add(table,
      "i we you he she it they me him them us myself himself herself "
      "itself themselves ourselves there someone anyone everyone nobody "
      "something anything nothing everything one",
      Tag::kPronoun);
  Add(table,
      "of in on at by for with from into onto about against over under "
      "between among amongst through during without within after before "
      "since until till despite amid amidst towards toward across along "
      "around behind beyond near upon via per like than outside inside "
      "following including regarding concerning according throughout "
      "alongside off out up down ahead prior unlike besides except",
      Tag::kPrep);
  Add(table, "to", Tag::kTo);
  Add(table, "and or but nor", Tag::kConj);
  Add(table,
      "that whether if because although though while whereas unless "
      "when whenever as once so",
      Tag::kSub);
  Add(table, "who whom whose which where", Tag::kRel);
  Add(table, "how why", Tag::kSub);
  Add(table, "will would shall should can could may might must 'll 'd wo ca",
      Tag::kModal);
  Add(table, "not n't never", Tag::kNeg);
  Add(table, "is are am 're 'm", Tag::kAux, VerbForm::kBase);
  Add(table, "was were", Tag::kAux, VerbForm::kPast);
  Add(table, "be", Tag::kAux, VerbForm::kBase);
  Add(table, "been", Tag::kAux, VerbForm::kParticiple);
  Add(table, "being having", Tag::kAux, VerbForm::kGerund);
  Add(table, "have 've do", Tag::kAux, VerbForm::kBase);
  Add(table, "has does", Tag::kAux, VerbForm::kPresent3);
  Add(table, "had did", Tag::kAux, VerbForm::kPast);
  Add(table,
      "also still already just only even now then again ever very too "
      "however soon later almost quite rather nearly perhaps instead "
      "meanwhile recently previously reportedly allegedly publicly "
      "not_only here",
      Tag::kAdv);
  Add(table,
      "two three four five six seven eight nine ten eleven twelve twenty "
      "thirty forty fifty hundred hundreds thousand thousands million "
      "millions billion billions dozen dozens",
      Tag::kNumber);
  Add(table,
      "today yesterday tomorrow tonight monday tuesday wednesday thursday "
      "friday saturday sunday january february march april june july "
      "august september october november december week weeks month months "
      "year years weekend morning afternoon evening night decade",
      Tag::kNoun, VerbForm::kNone, true);
  Add(table, "'s", Tag::kPossessive);
  Add(table, "other last next new former own same more most", Tag::kAdj);
  return table;
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() + 1 && w.ends_with(s);
}

// Irregular simple pasts that are never participles.
WordTable<bool> MakePastOnly() {
  WordTable<bool> table;
  for (std::string_view w :
       {"began",     "ran",     "swam",     "sang",   "drank", "sank",
        "came",      "became",  "went",     "saw",    "ate",   "gave",
        "took",      "spoke",   "wrote",    "knew",   "chose", "drove",
        "rode",      "rose",    "fell",     "forgot", "froze", "hid",
        "shook",     "stole",   "swore",    "threw",  "woke",  "wore",
        "broke",     "blew",    "drew",     "flew",   "grew",  "withdrew",
        "undertook", "forgave", "overtook", "shrank"}) {
    table[w] = true;
  }
  return table;
}

}  // namespace

// Built when the tagger is, so that no request pays for them and no two
// threads race to build them.
struct TaggerTables {
  ClosedTable closed;         // closed-class words: their entries
  WordTable<bool> past_only;  // MakePastOnly
};

namespace {

// The entry of the word `w`, whose lemmas are `lemmas`.
Entry Lookup(const TaggerTables& tables, const Morphology& m,
             std::string_view w, const WordLemmas& lemmas) {
  if (const Entry* closed = tables.closed.Find(w)) return *closed;
  Entry e;
  e.verb = !lemmas.verb.empty();
  e.noun = !lemmas.noun.empty();
  e.adj = !lemmas.adjective.empty();
  e.adv = lemmas.adverb;
  if (e.verb) {
    if (lemmas.verb == w) {
      e.form = VerbForm::kBase;
    } else if (EndsWith(w, "ing")) {
      e.form = VerbForm::kGerund;
    } else if (w.back() == 's' && !EndsWith(w, "ss")) {
      e.form = VerbForm::kPresent3;
    } else if (tables.past_only.Find(w) != nullptr) {
      e.form = VerbForm::kPast;
    } else if (!EndsWith(w, "ed") && w.back() == 'n' && w != "won" &&
               w != "spun") {
      e.form = VerbForm::kParticiple;  // "spoken", "taken", "shown"
    } else {
      e.form = VerbForm::kPast;
      e.past_or_participle = true;
    }
  } else if (!e.noun && !e.adj && !e.adv && w.size() > 5 &&
             w.substr(0, 2) == "re" &&
             !m.Lemma(w.substr(2), PartOfSpeech::kVerb).empty()) {
    // "reoccupy", "reimpose": a verb done again, unknown to WordNet, is
    // that verb.
    Entry again = Lookup(tables, m, w.substr(2), m.LemmasOf(w.substr(2)));
    again.noun = again.adj = again.adv = false;
    return again;
  } else if (!e.noun && !e.adj && !e.adv) {
    // Unknown to WordNet: guess from the ending.
    e.guessed = true;
    if (EndsWith(w, "ly")) {
      e.adv = true;
    } else if (EndsWith(w, "ing")) {
      e.verb = true;
      e.form = VerbForm::kGerund;
    } else if (EndsWith(w, "ed")) {
      e.verb = true;
      e.form = VerbForm::kPast;
      e.past_or_participle = true;
    } else if (EndsWith(w, "ous") || EndsWith(w, "ful") || EndsWith(w, "ive") ||
               EndsWith(w, "ic") || EndsWith(w, "al") || EndsWith(w, "able") ||
               EndsWith(w, "ible") || EndsWith(w, "less") ||
               EndsWith(w, "ian")) {
      e.adj = true;
    } else {
      e.noun = true;
    }
  }
  return e;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool AllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (IsUpper(c)) ++letters;
  }
  return letters >= 2;
}

// Tags that begin a noun phrase, for looking one token ahead.
bool StartsNounPhrase(const Entry& e, bool capitalised) {
  if (capitalised && !e.closed) return true;
  switch (e.tag) {
    case Tag::kDet:
    case Tag::kPronoun:
    case Tag::kNumber:
      return e.closed;
    default:
      return false;
  }
}

// "plans", "wants", "urges": a verb that takes an infinitive after it.
bool TakesTo(std::string_view lemma) {
  Modality modality;
  return IsModalityWord(lemma, &modality) || TakesInfinitive(lemma) ||
         ObjectControls(lemma);
}

// Verbs whose past participle is their base form: "were hit", "has been
// cut", "was shut".
bool ParticipleAsBase(std::string_view w) {
  for (std::string_view v :
       {"hit", "put", "cut", "set", "shut", "hurt", "spread", "cast", "burst",
        "split", "shed", "let", "bid", "broadcast", "upset", "quit"}) {
    if (w == v) return true;
  }
  return false;
}

bool NounLike(Tag t) {
  return t == Tag::kNoun || t == Tag::kProper || t == Tag::kPronoun;
}

}  // namespace

PosTagger::PosTagger(const Morphology& morphology)
    : morphology_(morphology),
      tables_(std::make_unique<const TaggerTables>(
          TaggerTables{MakeClosed(), MakePastOnly()})) {}

PosTagger::~PosTagger() = default;

std::vector<TaggedToken> PosTagger::TagSentence(
    const SegmentedDocument& document, const Sentence& sentence,
    std::span<const WordLemmas> lemmas) const {
  const std::vector<Token>& tokens = sentence.tokens;
  const size_t n = tokens.size();
  std::vector<Entry> entries(n);
  std::vector<TaggedToken> out(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    std::string_view clean = document.CleanOf(t);
    out[i].capitalised = !clean.empty() && IsUpper(clean[0]);
    switch (t.kind) {
      case TokenKind::kNumber:
        entries[i].tag = Tag::kNumber;
        entries[i].closed = true;
        continue;
      case TokenKind::kSymbol:
        entries[i].tag = Tag::kSymbol;
        entries[i].closed = true;
        continue;
      case TokenKind::kPunct: {
        Tag tag = Tag::kPunct;
        std::string_view f = t.folded;
        if (f == ",") {
          tag = Tag::kComma;
        } else if (f == "\"" || f == "'" || f == "`") {
          tag = Tag::kQuote;
        } else if (f == "(" || f == ")" || f == "[" || f == "]") {
          tag = Tag::kParen;
        } else if (f == "-" && !t.space_before && i + 1 < n &&
                   !tokens[i + 1].space_before && i > 0 &&
                   tokens[i + 1].kind != TokenKind::kPunct) {
          tag = Tag::kHyphen;
        }
        entries[i].tag = tag;
        entries[i].closed = true;
        continue;
      }
      case TokenKind::kWord:
        entries[i] = Lookup(*tables_, morphology_, t.folded, lemmas[i]);
        break;
    }
  }

  // Left to right: settle each word from its lexical entry, what was
  // already decided on its left, and a look at the next token.
  bool finite_seen = false;  // a finite verb since the last clause boundary
  // A relative clause or fronted subordinate clause is open: the finite
  // verb found in it is not the main clause's.
  bool in_relative = false, in_subordinate = false, main_finite = false;
  int last_aux = -1;  // the auxiliary the current verb group began with
  // The last verb was one that takes a clause ("said", "claimed"), and no
  // boundary or other verb came since: the next verb may open that clause.
  bool clause_may_follow = false;
  for (size_t i = 0; i < n; ++i) {
    const Entry& e = entries[i];
    TaggedToken& tt = out[i];
    tt.time = e.time;
    const Tag prev = i > 0 ? out[i - 1].tag : Tag::kPunct;
    // The previous token, looking through adverbs and negation.
    Tag pp = Tag::kPunct;
    size_t ppi = i;
    for (size_t j = i; j > 0; --j) {
      Tag t = out[j - 1].tag;
      if (t != Tag::kAdv && t != Tag::kNeg) {
        pp = t;
        ppi = j - 1;
        break;
      }
    }
    // After an opening quotation mark; not after a closing one ('...,"
    // said the spokesman').
    const bool initial =
        i == 0 || prev == Tag::kParen ||
        (prev == Tag::kQuote && (i < 2 || (out[i - 2].tag != Tag::kComma &&
                                           out[i - 2].tag != Tag::kPunct)));
    const Entry* next = i + 1 < n ? &entries[i + 1] : nullptr;
    const bool next_cap = i + 1 < n && out[i + 1].capitalised;
    const bool next_np = next && StartsNounPhrase(*next, next_cap);
    const bool next_nounish =
        next &&
        (next->closed ? next->tag == Tag::kNoun || next->tag == Tag::kNumber
                      : next->noun || next_cap);
    std::string_view f = tokens[i].folded;

    if (e.closed && tokens[i].kind == TokenKind::kWord && f != "i" &&
        AllCaps(document.CleanOf(tokens[i]))) {
      tt.tag = Tag::kProper;  // "US", "IT", "AND" in a name
    } else if (e.closed) {
      tt.tag = e.tag;
      tt.form = e.form;
      if (f == "'s") {
        // "he's", "it's", "that's": a verb; after a name: possessive.
        tt.tag = prev == Tag::kPronoun ? Tag::kAux : Tag::kPossessive;
        tt.form = VerbForm::kPresent3;
      } else if (f == "that") {
        if (prev == Tag::kPrep || prev == Tag::kTo ||
            (next && next->tag == Tag::kPunct) ||
            (next && next->tag == Tag::kComma)) {
          tt.tag = Tag::kPronoun;
        } else if (NounLike(prev) && next &&
                   (next->tag == Tag::kAux || next->tag == Tag::kModal ||
                    (next->verb && !next->noun))) {
          tt.tag = Tag::kRel;
        } else if (initial && next_nounish) {
          tt.tag = Tag::kDet;
        } else {
          tt.tag = Tag::kSub;
        }
      } else if (tt.tag == Tag::kModal && f == "may" && tt.capitalised &&
                 !initial) {
        tt.tag = Tag::kProper;  // the month
        tt.time = true;
      } else if (tt.tag == Tag::kNoun && tt.time && tt.capitalised) {
        tt.tag = Tag::kProper;
      } else if (f == "as" && next && next->tag == Tag::kAdj) {
        tt.tag = Tag::kAdv;
      } else if (f == "one" && next_nounish) {
        tt.tag = Tag::kNumber;
      }
    } else if (tt.capitalised &&
               (!initial || AllCaps(document.CleanOf(tokens[i])))) {
      tt.tag = Tag::kProper;
    } else if (tt.capitalised && initial &&
               ((!e.verb && !e.adj && !e.adv) || e.guessed)) {
      // "Janjaweed militias have waged": a capitalised word unknown to
      // WordNet is a name, whatever its ending.
      tt.tag = Tag::kProper;
    } else {
      // Open-class words: choose among WordNet's parts of speech.
      const bool v = e.verb, nn = e.noun, j = e.adj, r = e.adv;
      auto verb = [&](VerbForm form) {
        tt.tag = Tag::kVerb;
        tt.form = form;
      };
      auto past = [&]() {
        // "said" after a subject is a past tense; after a noun in a clause
        // that already has its verb it is a participle ("attack blamed on"),
        // unless that verb was a relative clause's ("The minister who
        // resigned on Monday criticised the army").
        if (!e.past_or_participle) return verb(e.form);
        // "The Kremlin said rebels attacked the town": after a verb that
        // takes a clause, its subject and an object, the clause's verb.
        if (clause_may_follow &&
            (next_np || next_nounish || (next && next->adj))) {
          return verb(VerbForm::kPast);
        }
        if (in_relative && finite_seen && !main_finite) {
          in_relative = false;
          return verb(VerbForm::kPast);
        }
        verb(finite_seen || (next && tokens[i + 1].folded == "by" &&
                             pp != Tag::kPronoun)
                 ? VerbForm::kParticiple
                 : VerbForm::kPast);
      };
      auto nominal = [&]() {
        if (j && (next_nounish || !nn)) {
          tt.tag = Tag::kAdj;
        } else if (nn) {
          tt.tag = Tag::kNoun;
        } else if (r) {
          tt.tag = Tag::kAdv;
        } else if (v &&
                   (e.form == VerbForm::kGerund ||
                    e.form == VerbForm::kParticiple || e.past_or_participle)) {
          tt.tag = next_nounish ? Tag::kAdj : Tag::kNoun;
        } else {
          tt.tag = Tag::kNoun;
        }
      };
      const std::string_view aux =
          last_aux >= 0 ? std::string_view(tokens[last_aux].folded) : "";
      const bool after_do = aux == "do" || aux == "does" || aux == "did";
      if (prev == Tag::kHyphen) {
        // "US-backed", "all-time": the second part of a compound modifier.
        if (v && (e.past_or_participle || e.form == VerbForm::kParticiple ||
                  e.form == VerbForm::kGerund)) {
          tt.tag = Tag::kAdj;
        } else {
          nominal();
        }
      } else if (v && (pp == Tag::kTo || pp == Tag::kModal || after_do) &&
                 (pp != Tag::kAux || after_do) && e.form == VerbForm::kBase) {
        verb(VerbForm::kBase);
      } else if (v && pp == Tag::kAux && !after_do &&
                 (e.past_or_participle || e.form == VerbForm::kParticiple ||
                  e.form == VerbForm::kGerund || ParticipleAsBase(f))) {
        verb(e.form == VerbForm::kGerund ? VerbForm::kGerund
                                         : VerbForm::kParticiple);
      } else if (v && pp == Tag::kAux && !after_do && j) {
        tt.tag = Tag::kAdj;
      } else if (v && e.past_or_participle && next_nounish &&
                 ((prev == Tag::kAdv &&
                   (pp == Tag::kDet || pp == Tag::kAdj ||
                    pp == Tag::kPossessive || pp == Tag::kPrep)) ||
                  prev == Tag::kNumber ||
                  (prev == Tag::kVerb && out[i - 1].form == VerbForm::kBase &&
                   i >= 2 && out[i - 2].tag == Tag::kTo))) {
        // "of privately owned newspapers", "the heavily armed men",
        // "deported 28 convicted criminals", "refused to free jailed
        // activists": a participle after an adverb, a count or an
        // infinitive, before a noun, qualifies the noun.
        tt.tag = Tag::kAdj;
      } else if (prev == Tag::kDet || prev == Tag::kAdj ||
                 prev == Tag::kPossessive ||
                 (prev == Tag::kNumber && (nn || j || !v))) {
        nominal();
      } else if (prev == Tag::kPrep || prev == Tag::kTo) {
        if (v && e.form == VerbForm::kGerund && (next_np || !nn)) {
          verb(VerbForm::kGerund);
        } else {
          nominal();
        }
      } else if (v && NounLike(pp)) {
        const bool plural_subject =
            pp == Tag::kPronoun
                ? f != "he" && f != "she" && f != "it"
                : std::string_view(tokens[ppi].folded).ends_with('s');
        // "had delivered the first F-16 fighter jets to Ukraine", "sent
        // rescue teams and relief supplies to Nepal": after a noun that
        // qualifies it, in a clause whose verb was read (or in a list of
        // nouns), a plural before "to" and a noun phrase ends a compound;
        // it is no second verb taking an infinitive ("the army plans to").
        const bool to_phrase =
            next && next->tag == Tag::kTo && i + 2 < n &&
            StartsNounPhrase(entries[i + 2], out[i + 2].capitalised);
        const bool compound =
            pp == Tag::kNoun &&
            (finite_seen || (ppi >= 2 && out[ppi - 1].tag == Tag::kConj &&
                             out[ppi - 2].tag == Tag::kNoun));
        switch (e.form) {
          case VerbForm::kPresent3:
            // "plans to", but "delivered fighter jets to Ukraine", "sent
            // relief supplies to Nepal": before "to" only a verb that
            // takes an infinitive.
            if (nn && to_phrase && compound) {
              nominal();
            } else if (!nn || pp == Tag::kPronoun || next_np ||
                       (next && next->tag == Tag::kSub) ||
                       (next && next->tag == Tag::kTo &&
                        TakesTo(lemmas[i].verb))) {
              verb(VerbForm::kPresent3);
            } else {
              nominal();
            }
            break;
          case VerbForm::kPast:
          case VerbForm::kParticiple:
            if (pp == Tag::kPronoun && e.past_or_participle) {
              verb(VerbForm::kPast);
            } else if (e.form == VerbForm::kParticiple) {
              verb(VerbForm::kParticiple);
            } else {
              past();
            }
            break;
          case VerbForm::kBase:
            if ((ParticipleAsBase(f) || f == "beat") && !finite_seen &&
                (pp == Tag::kProper || plural_subject ||
                 tokens[ppi].folded == "police") &&
                next && (next_np || next->adj || next->noun)) {
              // "Egypt cut diplomatic ties", "police beat journalists": a
              // past tense like its base form, before its object.
              verb(VerbForm::kPast);
            } else if (!nn || ((plural_subject || pp == Tag::kPronoun) &&
                               !finite_seen && (next_np || !next_nounish))) {
              verb(VerbForm::kBase);
            } else {
              nominal();
            }
            break;
          case VerbForm::kGerund:
            if (next_np || !nn) {
              verb(VerbForm::kGerund);
            } else {
              nominal();
            }
            break;
          case VerbForm::kNone:
            nominal();
            break;
        }
      } else if (v && pp == Tag::kComma && e.form == VerbForm::kGerund &&
                 next_np) {
        // ", accusing Islamabad of ...", ", killing 30 people": a
        // participle clause, not an adjective before a noun.
        verb(VerbForm::kGerund);
      } else if (v && (pp == Tag::kConj || pp == Tag::kComma) && ppi > 0 &&
                 out[ppi - 1].tag == Tag::kVerb) {
        // "bombed and shelled": the form of the first conjunct.
        verb(e.past_or_participle ? out[ppi - 1].form : e.form);
      } else if (v && !nn && (!j || e.past_or_participle)) {
        if (e.past_or_participle) {
          past();
        } else {
          verb(e.form);
        }
      } else if (v && initial &&
                 (e.form == VerbForm::kGerund || e.past_or_participle ||
                  e.form == VerbForm::kParticiple) &&
                 !(nn && next && next->verb && !next->noun)) {
        verb(e.past_or_participle ? VerbForm::kParticiple : e.form);
      } else if (v && (pp == Tag::kVerb || pp == Tag::kAux) && !nn && j) {
        tt.tag = Tag::kAdj;
      } else {
        nominal();
      }
    }

    // Clause state for the next word.
    const bool was_finite = finite_seen;
    if (tt.tag == Tag::kVerb || tt.tag == Tag::kAux || tt.tag == Tag::kModal) {
      clause_may_follow =
          tt.tag == Tag::kVerb &&
          (tt.form == VerbForm::kPast || tt.form == VerbForm::kPresent3 ||
           tt.form == VerbForm::kParticiple) &&
          TakesClause(lemmas[i].verb);
    } else if (tt.tag == Tag::kPunct || tt.tag == Tag::kQuote ||
               tt.tag == Tag::kConj || tt.tag == Tag::kSub ||
               tt.tag == Tag::kRel || tt.tag == Tag::kComma) {
      clause_may_follow = false;
    }
    switch (tt.tag) {
      case Tag::kAux:
      case Tag::kModal:
        finite_seen = true;
        if (last_aux < 0 || (pp != Tag::kAux && pp != Tag::kModal)) {
          last_aux = static_cast<int>(i);
        }
        break;
      case Tag::kVerb:
        if (tt.form == VerbForm::kPast || tt.form == VerbForm::kPresent3 ||
            (tt.form == VerbForm::kBase && pp != Tag::kTo)) {
          finite_seen = true;
        }
        last_aux = -1;
        break;
      case Tag::kPrep:
        // "after Russia vetoed": these may open a clause of their own.
        if (f == "after" || f == "before" || f == "since" || f == "until" ||
            f == "as") {
          if (i == 0) in_subordinate = true;
          finite_seen = false;
        }
        last_aux = -1;
        break;
      case Tag::kComma:
        if (in_relative || in_subordinate) {
          finite_seen = main_finite;
          in_relative = in_subordinate = false;
        }
        last_aux = -1;
        break;
      case Tag::kRel:
        if (!in_relative) main_finite = finite_seen;
        in_relative = true;
        finite_seen = false;
        last_aux = -1;
        break;
      case Tag::kSub:
        if (i == 0) in_subordinate = true;
        finite_seen = false;
        last_aux = -1;
        break;
      case Tag::kConj:
        // "search-and-rescue": a word's part, not a new clause.
        if (prev != Tag::kHyphen) finite_seen = false;
        last_aux = -1;
        break;
      case Tag::kQuote:
      case Tag::kPunct:
        finite_seen = false;
        last_aux = -1;
        break;
      case Tag::kAdv:
      case Tag::kNeg:
        break;
      default:
        last_aux = -1;
        break;
    }
    if (!in_relative && !in_subordinate && finite_seen && !was_finite) {
      main_finite = true;
    }
  }
  return out;
}

const char* TagName(Tag tag) {
  switch (tag) {
    case Tag::kNoun:
      return "noun";
    case Tag::kProper:
      return "proper";
    case Tag::kPronoun:
      return "pronoun";
    case Tag::kNumber:
      return "number";
    case Tag::kDet:
      return "det";
    case Tag::kAdj:
      return "adj";
    case Tag::kAdv:
      return "adv";
    case Tag::kVerb:
      return "verb";
    case Tag::kAux:
      return "aux";
    case Tag::kModal:
      return "modal";
    case Tag::kNeg:
      return "neg";
    case Tag::kTo:
      return "to";
    case Tag::kPrep:
      return "prep";
    case Tag::kConj:
      return "conj";
    case Tag::kSub:
      return "sub";
    case Tag::kRel:
      return "rel";
    case Tag::kPossessive:
      return "possessive";
    case Tag::kComma:
      return "comma";
    case Tag::kQuote:
      return "quote";
    case Tag::kHyphen:
      return "hyphen";
    case Tag::kParen:
      return "paren";
    case Tag::kPunct:
      return "punct";
    case Tag::kSymbol:
      return "symbol";
  }
  return "?";
}

}  // namespace dyad::syntax
