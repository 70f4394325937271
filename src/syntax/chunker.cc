#include "src/syntax/chunker.h"

#include <string_view>

namespace dyad::syntax {
namespace {

bool NounGroupPart(Tag t) {
  switch (t) {
    case Tag::kNoun:
    case Tag::kProper:
    case Tag::kNumber:
    case Tag::kAdj:
    case Tag::kPossessive:
    case Tag::kHyphen:
    case Tag::kSymbol:
      return true;
    default:
      return false;
  }
}

bool NounHead(Tag t) {
  return t == Tag::kNoun || t == Tag::kProper || t == Tag::kPronoun ||
         t == Tag::kNumber;
}

bool VerbGroupPart(Tag t) {
  return t == Tag::kAux || t == Tag::kModal || t == Tag::kVerb ||
         t == Tag::kNeg || t == Tag::kAdv;
}

bool BeForm(std::string_view w) {
  return w == "be" || w == "is" || w == "are" || w == "was" || w == "were" ||
         w == "been" || w == "being" || w == "am" || w == "'re" || w == "'m" ||
         w == "'s" || w == "get" || w == "gets" || w == "got" ||
         w == "gotten" || w == "getting";
}

bool HaveForm(std::string_view w) {
  return w == "have" || w == "has" || w == "had" || w == "'ve" || w == "having";
}

// Fills the verb-group facts of `c` from its tokens.
void DescribeVerbGroup(const Sentence& s, const std::vector<TaggedToken>& tags,
                       Chunk& c) {
  int first = -1, head = -1;
  bool be_before_head = false, have_first = false;
  for (uint32_t i = c.begin; i < c.end; ++i) {
    const Tag t = tags[i].tag;
    const std::string_view w = s.tokens[i].folded;
    if (t == Tag::kNeg) c.negated = true;
    if (t == Tag::kAux || t == Tag::kModal || t == Tag::kVerb) {
      if (first < 0) first = static_cast<int>(i);
      if (t == Tag::kModal && c.modal.empty()) c.modal = w;
      if (t == Tag::kVerb) {
        if (head >= 0 && tags[head].tag == Tag::kAux &&
            BeForm(s.tokens[head].folded)) {
          be_before_head = true;
        }
        head = static_cast<int>(i);
      } else if (t == Tag::kAux) {
        if (head >= 0 && tags[head].tag == Tag::kAux &&
            BeForm(s.tokens[head].folded)) {
          be_before_head = true;
        }
        if (head < 0 || tags[head].tag != Tag::kVerb)
          head = static_cast<int>(i);
      }
    }
  }
  if (head < 0) head = static_cast<int>(c.end) - 1;
  c.head = static_cast<uint32_t>(head);
  c.head_form = tags[head].form;
  c.copula = tags[head].tag == Tag::kAux;
  c.passive = tags[head].tag == Tag::kVerb &&
              tags[head].form == VerbForm::kParticiple && be_before_head;
  if (first < 0) return;
  const TaggedToken& f = tags[first];
  const std::string_view fw = s.tokens[first].folded;
  have_first = HaveForm(fw);
  if (c.infinitive) {
    c.finite = false;
  } else if (f.tag == Tag::kModal) {
    c.finite = true;
    if (fw == "will" || fw == "shall" || fw == "'ll" || fw == "wo") {
      c.tense = Tense::kFuture;
    } else if (fw == "would" || fw == "could" || fw == "might" || fw == "'d") {
      c.tense = Tense::kUnknown;
    } else {
      c.tense = Tense::kPresent;
    }
  } else if (f.form == VerbForm::kPast) {
    c.finite = true;
    c.tense = Tense::kPast;
  } else if (f.form == VerbForm::kPresent3 ||
             (f.form == VerbForm::kBase && fw != "be")) {
    c.finite = true;
    // The present perfect reports a past event: "has said", "has ordered".
    c.tense = have_first && tags[head].tag == Tag::kVerb &&
                      tags[head].form == VerbForm::kParticiple
                  ? Tense::kPast
                  : Tense::kPresent;
  }
  // A bare participle after a noun ("an attack blamed on Assad") is a
  // reduced passive relative clause.
  if (!c.finite && first == head && tags[head].tag == Tag::kVerb &&
      tags[head].form == VerbForm::kParticiple) {
    c.passive = true;
  }
}

// The length of a quantity's modifier at `i` when a number follows it:
// "more than 130 people", "at least 30 villagers", "nearly 200 troops";
// 0 otherwise.
uint32_t QuantityModifier(const Sentence& s, const std::vector<TaggedToken>& tags,
                          uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(tags.size());
  // A modifier is one or two words before the number: without a number
  // there, which is most of the time, no word needs comparing.
  const bool number_follows = (i + 1 < n && tags[i + 1].tag == Tag::kNumber) ||
                              (i + 2 < n && tags[i + 2].tag == Tag::kNumber);
  if (!number_follows) return 0;
  auto word = [&](uint32_t k) {
    return k < n ? std::string_view(s.tokens[k].folded) : std::string_view();
  };
  uint32_t q = 0;
  const std::string_view w = word(i);
  if ((w == "more" || w == "less" || w == "fewer") && word(i + 1) == "than") {
    q = 2;
  } else if ((w == "at" && (word(i + 1) == "least" || word(i + 1) == "most")) ||
             (w == "up" && word(i + 1) == "to")) {
    q = 2;
  } else if (w == "about" || w == "around" || w == "nearly" ||
             w == "almost" || w == "some" || w == "roughly" ||
             w == "approximately" || w == "over") {
    q = 1;
  }
  // "handed over two suspects", "turned over 12 detainees": the verb's
  // particle, not "more than".
  if (w == "over" && i > 0) {
    const std::string_view verb = word(i - 1);
    for (std::string_view particle_verb :
         {"hand", "hands", "handed", "handing", "turn", "turns", "turned",
          "turning"}) {
      if (verb == particle_verb) return 0;
    }
  }
  return q > 0 && i + q < n && tags[i + q].tag == Tag::kNumber ? q : 0;
}

}  // namespace

Chunks ChunkSentence(const Sentence& sentence,
                     const std::vector<TaggedToken>& tags) {
  Chunks out;
  std::vector<Chunk>& chunks = out.chunks;
  const uint32_t n = static_cast<uint32_t>(tags.size());
  // A chunk has one token or more: the vector never grows, and each chunk
  // is made where it stays.
  chunks.reserve(n);
  bool in_parens = false;
  uint32_t i = 0;
  while (i < n) {
    Chunk& c = chunks.emplace_back();
    c.begin = i;
    c.in_parens = in_parens;
    const Tag t = tags[i].tag;
    const std::string_view w = sentence.tokens[i].folded;
    const uint32_t quantity = QuantityModifier(sentence, tags, i);
    // "of privately owned newspapers", "by heavily armed men": an adverb
    // before the adjective opens the noun group after a preposition.
    const bool adverb_first =
        t == Tag::kAdv && i > 0 && i + 2 < n && tags[i - 1].tag == Tag::kPrep &&
        tags[i + 1].tag == Tag::kAdj && NounGroupPart(tags[i + 2].tag);
    if (quantity > 0 || t == Tag::kDet || NounGroupPart(t) ||
        t == Tag::kPronoun || adverb_first) {
      c.kind = ChunkKind::kNoun;
      c.no = w == "no";
      uint32_t j = i + quantity + 1;
      if (t != Tag::kPronoun) {
        while (j < n) {
          const Tag u = tags[j].tag;
          if (u == Tag::kAdj && j + 1 < n && tags[j + 1].time &&
              (std::string_view(sentence.tokens[j].folded) == "last" ||
               std::string_view(sentence.tokens[j].folded) == "next")) {
            break;  // "a Syria last month"
          }
          if (NounGroupPart(u)) {
            // "gave Qatar ten days": a count of something after a name
            // starts a group of its own ("Resolution 1701" does not).
            if (u == Tag::kNumber && tags[j - 1].tag == Tag::kProper &&
                j + 1 < n &&
                (tags[j + 1].tag == Tag::kNoun ||
                 tags[j + 1].tag == Tag::kNumber)) {
              break;
            }
            // "a Syria last month", "phone today": a time word after a
            // name or noun starts a group of its own.
            if (tags[j].time && !tags[j - 1].time &&
                (tags[j - 1].tag == Tag::kNoun ||
                 tags[j - 1].tag == Tag::kProper)) {
              break;
            }
            if ((u == Tag::kAdj || u == Tag::kNoun) && j + 1 < n &&
                tags[j - 1].tag == Tag::kNoun && tags[j - 1].time &&
                !tags[j].time) {
              break;  // "last month in", "today to"
            }
            ++j;
          } else if (u == Tag::kDet && j + 1 < n &&
                     tags[j + 1].tag == Tag::kHyphen) {
            ++j;  // "an all-time low"
          } else if (u == Tag::kDet && tags[j - 1].tag == Tag::kPossessive) {
            ++j;
          } else if (u == Tag::kAdv && j + 1 < n &&
                     tags[j + 1].tag == Tag::kAdj &&
                     tags[j - 1].tag == Tag::kDet) {
            ++j;  // "a very deadly attack"
          } else {
            break;
          }
        }
        // A trailing possessive with no noun after it stays in the group.
      }
      c.end = j;
      c.head = c.end - 1;
      bool has_head = false;
      for (uint32_t k = c.end; k > c.begin; --k) {
        if (NounHead(tags[k - 1].tag)) {
          c.head = k - 1;
          has_head = true;
          break;
        }
      }
      for (uint32_t k = c.begin; k < c.end; ++k) {
        if (tags[k].tag == Tag::kPossessive && k + 1 < c.end) {
          c.possessor_end = k + 1;
        }
      }
      if (!has_head && t != Tag::kDet) c.kind = ChunkKind::kAdj;
      c.time = tags[c.head].time;
      if (c.possessor_end > c.head) c.possessor_end = 0;
    } else if (VerbGroupPart(t)) {
      uint32_t j = i;
      bool verbal = false;
      bool lexical = false;
      while (j < n && VerbGroupPart(tags[j].tag)) {
        const Tag u = tags[j].tag;
        if (u == Tag::kVerb) {
          if (lexical) break;  // a second lexical verb starts a new group
          lexical = true;
        } else if (lexical && u != Tag::kAdv && u != Tag::kNeg) {
          break;
        }
        if (u == Tag::kAux || u == Tag::kModal || u == Tag::kVerb) {
          verbal = true;
        }
        ++j;
      }
      // Trailing adverbs belong after the group: "confirmed publicly".
      while (j > i + 1 && tags[j - 1].tag == Tag::kAdv) --j;
      if (!verbal) {
        c.kind = ChunkKind::kAdv;
        c.end = i + 1;
        c.head = i;
      } else {
        c.kind = ChunkKind::kVerb;
        c.end = j;
        const Chunk* before =
            chunks.size() >= 2 ? &chunks[chunks.size() - 2] : nullptr;
        c.infinitive = before != nullptr && before->kind == ChunkKind::kPrep &&
                       before->word == "to" &&
                       before->end == before->begin + 1 && before->end == i;
        DescribeVerbGroup(sentence, tags, c);
      }
    } else if (t == Tag::kPrep || t == Tag::kTo) {
      c.kind = ChunkKind::kPrep;
      c.end = i + 1;
      c.word = w;
      // "according to", "prior to", "because of", "ahead of", "out of".
      if (i + 1 < n &&
          (tags[i + 1].tag == Tag::kTo ||
           std::string_view(sentence.tokens[i + 1].folded) == "of") &&
          t != Tag::kTo && w != "of") {
        c.word = out.compounds.emplace_back(std::string(w) + ' ' +
                                            sentence.tokens[i + 1].folded);
        c.end = i + 2;
      }
      c.head = i;
    } else if (t == Tag::kSub && w == "because" && i + 1 < n &&
               std::string_view(sentence.tokens[i + 1].folded) == "of") {
      c.kind = ChunkKind::kPrep;
      c.word = "because of";
      c.end = i + 2;
      c.head = i;
    } else {
      c.end = i + 1;
      c.head = i;
      c.word = w;
      switch (t) {
        case Tag::kConj:
          c.kind = ChunkKind::kConj;
          break;
        case Tag::kComma:
          c.kind = ChunkKind::kComma;
          break;
        case Tag::kSub:
          c.kind = ChunkKind::kSub;
          break;
        case Tag::kRel:
          c.kind = ChunkKind::kRel;
          break;
        case Tag::kQuote:
          c.kind = ChunkKind::kQuote;
          break;
        case Tag::kParen:
          c.kind = ChunkKind::kParen;
          in_parens = w == "(" || w == "[";
          break;
        default:
          c.kind = ChunkKind::kPunct;
          break;
      }
    }
    if (c.end <= c.begin) c.end = c.begin + 1;
    i = c.end;
    if (c.infinitive) {
      // The verb group takes the place of the "to" before it.
      chunks[chunks.size() - 2] = c;
      chunks.pop_back();
    }
  }
  // "said six soldiers were killed and called the strike aggression": a
  // bare participle after "and" with an object of its own is a verb in the
  // past tense, not a passive sharing the auxiliary before it.
  for (size_t k = 1; k + 1 < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.kind == ChunkKind::kVerb && !c.finite && !c.infinitive && c.passive &&
        c.end == c.begin + 1 && chunks[k - 1].kind == ChunkKind::kConj &&
        chunks[k - 1].word == "and" && chunks[k + 1].kind == ChunkKind::kNoun &&
        !chunks[k + 1].time) {
      c.finite = true;
      c.passive = false;
      c.tense = Tense::kPast;
    }
  }
  // "after Russia vetoed", "after dozens of Chinese warplanes crossed": a
  // preposition before a clause is a subordinator.
  for (size_t k = 0; k + 2 < chunks.size(); ++k) {
    Chunk& c = chunks[k];
    if (c.kind != ChunkKind::kPrep ||
        !(c.word == "after" || c.word == "before" || c.word == "since" ||
          c.word == "until" || c.word == "as" || c.word == "following") ||
        chunks[k + 1].kind != ChunkKind::kNoun) {
      continue;
    }
    size_t v = k + 2;
    while (v + 2 < chunks.size() && chunks[v].kind == ChunkKind::kPrep &&
           chunks[v].word == "of" && chunks[v + 1].kind == ChunkKind::kNoun) {
      v += 2;
    }
    if (chunks[v].kind == ChunkKind::kVerb && chunks[v].finite) {
      c.kind = ChunkKind::kSub;
    }
  }
  return out;
}

}  // namespace dyad::syntax
