// SentenceBreaks runs ICU over windows of a paragraph; these tests check it
// against ICU run over the whole paragraph, on chosen and random text.
#include "src/text/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {
namespace {

std::unique_ptr<icu::BreakIterator> NewIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(),
                                                 status));
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return breaks;
}

// ICU over the whole paragraph, line ends as spaces: what SentenceBreaks
// must give.
std::vector<uint32_t> WholeParagraphBreaks(icu::BreakIterator* breaks,
                                           std::string_view paragraph) {
  std::string unwrapped(paragraph);
  std::replace(unwrapped.begin(), unwrapped.end(), '\n', ' ');
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, unwrapped.data(),
                 static_cast<int64_t>(unwrapped.size()), &status);
  breaks->setText(&text, status);
  std::vector<uint32_t> out;
  for (int32_t cut = breaks->next();
       cut != icu::BreakIterator::DONE &&
       static_cast<size_t>(cut) < unwrapped.size();
       cut = breaks->next()) {
    out.push_back(static_cast<uint32_t>(cut));
  }
  breaks->setText(icu::UnicodeString());
  utext_close(&text);
  return out;
}

TEST(SentenceBreaks, AgreeWithIcuOverTheWholeParagraph) {
  std::unique_ptr<icu::BreakIterator> breaks = NewIterator();
  const std::vector<std::string_view> paragraphs = {
      "",
      "No terminal at all",
      "One sentence. Another one.",
      "He left. and then came back. The end",
      "The U.S. and the U.K. met at 9 a.m. ET. Talks went on.",
      "It cost $3.5bn. Or 3.5. 4 people died.",
      "\"Stop!\" he said. \"Why?\" she asked.  (Really.) Yes.",
      "Wait... what? Yes!! No?! Maybe.",
      "See www.bbc.co.uk/news. Then e.g. this, i.e. that.",
      "He said: \"Go.\"\nThe line was wrapped. here",
      "Ends with a terminal.",
      ".Starts with one",
      "Trailing spaces.   ",
      "A.B.C. D.E. f.g. H",
      "Le pr\xC3\xA9sident. \xC3\x89lu hier. \xD7\x90\xD7\x91. \xD7\x92",
      "One\xE2\x80\xA4 Two\xE3\x80\x82three\xE3\x80\x82 Four",
      "Marks.\xCC\x81 After\xE2\x80\x8D. x. \xCC\x81y",
      "A line\rwith a carriage return. And more.",
      "A separator\xE2\x80\xA8here. And more.",
      "Tab\tseparated.\tWords. here",
      "Numbers 1. 2. 3. and 4.5.6 then 7.",
  };
  for (std::string_view p : paragraphs) {
    SCOPED_TRACE(p);
    EXPECT_EQ(SentenceBreaks(breaks.get(), p),
              WholeParagraphBreaks(breaks.get(), p));
  }
}

// Random text over the characters that ICU's sentence rules tell apart:
// letters of each case and none, numbers, terminals, closing punctuation,
// spaces, continuations, marks and formats, and separators.
TEST(SentenceBreaks, AgreeWithIcuOnRandomText) {
  static constexpr std::string_view kPieces[] = {
      // Letters: lower, upper, e acute, E acute, Hebrew alef.
      "a", "word", "B", "Word", "\xC3\xA9", "\xC3\x89", "\xD7\x90",
      // Numbers and other symbols.
      "7", "1990", "$", "%",
      // Terminals: full stops, one dot leader, ideographic and fullwidth
      // full stops.
      ".", ".", "!", "?", "U.S.", "Mr.", "a.m.", "...", "\xE2\x80\xA4",
      "\xE3\x80\x82", "\xEF\xBC\x8E",
      // Spaces, and the line end that ICU reads as one; no-break space.
      " ", " ", "  ", "\n", "\t", "\xC2\xA0",
      // Continuations.
      ",", ";", ":", "-",
      // Closing punctuation: quotes, brackets, right guillemet and quote.
      "\"", "'", "(", ")", "]", "\xC2\xBB", "\xE2\x80\x99",
      // Marks and formats: combining acute, zero-width joiner, LRM.
      "\xCC\x81", "\xE2\x80\x8D", "\xE2\x80\x8E",
      // Separators: line separator, CR.
      "\xE2\x80\xA8", "\r"};
  std::unique_ptr<icu::BreakIterator> breaks = NewIterator();
  std::mt19937 random(20170502);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int n = 0; n < 20000; ++n) {
    std::string p;
    for (int k = length(random); k > 0; --k) {
      std::string_view s = kPieces[piece(random)];
      // Separators make ICU run over the whole paragraph: keep them rare.
      if ((s == "\r" || s == "\xE2\x80\xA8") && n % 10 != 0) continue;
      p += s;
    }
    SCOPED_TRACE(p);
    ASSERT_EQ(SentenceBreaks(breaks.get(), p),
              WholeParagraphBreaks(breaks.get(), p));
  }
}

}  // namespace
}  // namespace dyad::text
