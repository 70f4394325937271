// HTML pages: the article text is extracted with its structure.
#include <gtest/gtest.h>

#include "dyad/reader.h"
#include "dyad/text.h"

namespace dyad {
namespace {

constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Site title - News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2017-05-02T09:15:00Z">
<link rel="canonical" href="https://news.example/world/trump-putin">
<style>p { color: red; }</style>
<script>var tracking = "Russia vetoed everything.";</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="logo">Example News</div></header>
<article>
  <h1>Trump to speak to Putin by phone</h1>
  <p class="byline">By Jane Smith</p>
  <figure><img src="x.jpg" alt="photo"><figcaption>Trump speaks to Putin
    on the phone in January</figcaption></figure>
  <p>Donald Trump will speak by telephone with <b>Vladimir Putin</b>
     today.</p>
  <div class="share-tools">Share this article on Facebook</div>
  <p>Mr Comey said the investigation &amp; the inquiry continue.</p>
  <aside>Most read: a cat stuck in a tree.</aside>
  <noscript>Enable JavaScript.</noscript>
</article>
<footer>Copyright 2017 Example News. All rights reserved.</footer>
</body></html>)";

TEST(Html, ExtractsArticleTextAndMetadata) {
  ReadOptions options;
  options.id = "page";
  auto doc = ParseHtml(kPage, options);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  EXPECT_EQ(doc->id, "page");
  EXPECT_EQ(doc->url, "https://news.example/world/trump-putin");
  EXPECT_EQ(doc->source, "Example News");
  ASSERT_TRUE(doc->published.has_value());
  EXPECT_EQ(doc->published->ToString(), "2017-05-02");
  EXPECT_EQ(doc->text,
            "Trump to speak to Putin by phone\n\n"
            "By Jane Smith\n\n"
            "Trump speaks to Putin on the phone in January\n\n"
            "Donald Trump will speak by telephone with Vladimir Putin "
            "today.\n\n"
            "Mr Comey said the investigation & the inquiry continue.");
  for (const char* absent : {"tracking", "color", "Home", "Most read",
                             "JavaScript", "Copyright", "Share this"}) {
    EXPECT_EQ(doc->text.find(absent), std::string::npos) << absent;
  }
}

TEST(Html, RolesComeFromTheMarkup) {
  auto doc = ParseHtml(kPage, ReadOptions{});
  ASSERT_TRUE(doc.ok());
  auto segmenter = Segmenter::Create();
  ASSERT_TRUE(segmenter.ok());
  auto seg = (*segmenter)->Segment(*doc);
  ASSERT_TRUE(seg.ok()) << seg.error().message;
  ASSERT_EQ(seg->sentences.size(), 4u);
  EXPECT_EQ(seg->sentences[0].role, TextRole::kHeadline);
  EXPECT_EQ(seg->sentences[1].role, TextRole::kCaption);
  EXPECT_EQ(seg->sentences[2].role, TextRole::kBody);
  EXPECT_EQ(seg->sentences[3].role, TextRole::kBody);
  ASSERT_EQ(seg->dropped.size(), 1u);
  EXPECT_EQ(seg->dropped[0].kind, BoilerplateKind::kByline);
}

TEST(Html, TitleStandsInForAMissingHeadline) {
  auto doc = ParseHtml(
      "<html><head><title>Russia vetoes UN resolution</title></head>"
      "<body><p>Russia vetoed the resolution on Tuesday.</p></body></html>",
      ReadOptions{});
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->blocks.size(), 2u);
  EXPECT_EQ(doc->blocks[0].role, TextRole::kHeadline);
  EXPECT_EQ(
      doc->text.substr(doc->blocks[0].span.begin, doc->blocks[0].span.size()),
      "Russia vetoes UN resolution");
}

TEST(Html, PageWithoutTextIsAnError) {
  auto doc = ParseHtml("<html><body><script>x()</script></body></html>",
                       ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message, "no article text in the page");
}

}  // namespace
}  // namespace dyad
