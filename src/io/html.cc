#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "dyad/reader.h"

namespace dyad {
namespace {

// Elements whose content is never article text.
bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

// Elements that start a paragraph of their own.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

const char* Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  auto it = std::search(
      s.begin(), s.end(), needle.begin(), needle.end(),
      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
  return it != s.end();
}

// Page furniture that sits inside articles, known by its class or id.
bool IsFurniture(const GumboElement& e) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "share", "social",  "related",    "newsletter", "cookie",  "advert",
      "promo", "comment", "breadcrumb", "subscribe",  "sidebar", "footer"};
  for (const char* name : {"class", "id"}) {
    const char* value = Attribute(e, name);
    if (value == nullptr) continue;
    for (std::string_view w : kWords) {
      if (ContainsNoCase(value, w)) return true;
    }
  }
  return false;
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* found =
        FindFirst(static_cast<const GumboNode*>(children.data[i]), tag);
    if (found != nullptr) return found;
  }
  return nullptr;
}

struct PageInfo {
  std::string title;
  std::string og_title;
  std::string url;
  std::string site;
  std::string date;
};

void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    out->append(node->v.text.text);
  } else if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      CollectText(static_cast<const GumboNode*>(children.data[i]), out);
  }
}

void CollectInfo(const GumboNode* node, PageInfo* info) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& e = node->v.element;
  if (e.tag == GUMBO_TAG_TITLE && info->title.empty()) {
    CollectText(node, &info->title);
  } else if (e.tag == GUMBO_TAG_META) {
    const char* key = Attribute(e, "property");
    if (key == nullptr) key = Attribute(e, "name");
    const char* content = Attribute(e, "content");
    if (key != nullptr && content != nullptr) {
      std::string k = key;
      for (char& c : k) c = static_cast<char>(std::tolower(c));
      if (k == "og:url" && info->url.empty()) info->url = content;
      if (k == "og:site_name") info->site = content;
      if (k == "og:title") info->og_title = content;
      if ((k == "article:published_time" || k == "date" || k == "pubdate" ||
           k == "publishdate" || k == "dc.date" || k == "dcterms.created") &&
          info->date.empty())
        info->date = content;
    }
  } else if (e.tag == GUMBO_TAG_LINK) {
    const char* rel = Attribute(e, "rel");
    const char* href = Attribute(e, "href");
    if (rel != nullptr && href != nullptr && std::strcmp(rel, "canonical") == 0)
      info->url = href;
  } else if (e.tag == GUMBO_TAG_TIME && info->date.empty()) {
    if (const char* when = Attribute(e, "datetime")) info->date = when;
  }
  for (unsigned i = 0; i < e.children.length; ++i)
    CollectInfo(static_cast<const GumboNode*>(e.children.data[i]), info);
}

// Builds the article text, one block a paragraph, with collapsed spaces.
class TextBuilder {
 public:
  void Walk(const GumboNode* node, TextRole role, bool in_header) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      if (!in_header || role == TextRole::kHeadline)
        Append(node->v.text.text, role);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (IsSkipped(e.tag) || IsFurniture(e)) return;
    if (e.tag == GUMBO_TAG_H1) role = TextRole::kHeadline;
    if (e.tag == GUMBO_TAG_FIGCAPTION || e.tag == GUMBO_TAG_CAPTION)
      role = TextRole::kCaption;
    // A site header is dropped, except for the headline it may hold.
    if (e.tag == GUMBO_TAG_HEADER) in_header = true;
    bool block = IsBlock(e.tag);
    if (block) Break();
    for (unsigned i = 0; i < e.children.length; ++i)
      Walk(static_cast<const GumboNode*>(e.children.data[i]), role, in_header);
    if (block) Break();
  }

  // Adds a paragraph of its own, e.g. the page title.
  void AddBlock(std::string_view text, TextRole role) {
    Break();
    Append(text, role);
    Break();
  }

  Document Finish() {
    Break();
    while (!text_.empty() && text_.back() == '\n') text_.pop_back();
    Document doc;
    doc.text = std::move(text_);
    doc.blocks = std::move(blocks_);
    return doc;
  }

  bool has_headline() const { return has_headline_; }

 private:
  void Append(std::string_view s, TextRole role) {
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = open_;
        continue;
      }
      if (!open_) {
        if (!text_.empty()) text_ += "\n\n";
        block_begin_ = text_.size();
        block_role_ = role;
        open_ = true;
        if (role == TextRole::kHeadline) has_headline_ = true;
      } else if (pending_space_) {
        text_ += ' ';
      }
      pending_space_ = false;
      text_ += c;
    }
  }

  void Break() {
    if (!open_) return;
    blocks_.push_back(TextBlock{Span{static_cast<uint32_t>(block_begin_),
                                     static_cast<uint32_t>(text_.size())},
                                block_role_});
    open_ = false;
    pending_space_ = false;
  }

  std::string text_;
  std::vector<TextBlock> blocks_;
  size_t block_begin_ = 0;
  TextRole block_role_ = TextRole::kBody;
  bool open_ = false;
  bool pending_space_ = false;
  bool has_headline_ = false;
};

}  // namespace

Result<Document> ParseHtml(std::string_view html, const ReadOptions& options) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (output == nullptr || output->root == nullptr) {
    return Error{ErrorCode::kInvalidArgument, "HTML could not be parsed"};
  }
  PageInfo info;
  CollectInfo(output->root, &info);

  const GumboNode* root = FindFirst(output->root, GUMBO_TAG_ARTICLE);
  if (root == nullptr) root = FindFirst(output->root, GUMBO_TAG_MAIN);
  if (root == nullptr) root = FindFirst(output->root, GUMBO_TAG_BODY);
  if (root == nullptr) root = output->root;

  TextBuilder builder;
  // Without an <h1> in the article, the page's title is its headline.
  if (FindFirst(root, GUMBO_TAG_H1) == nullptr) {
    std::string title = !info.og_title.empty() ? info.og_title : info.title;
    builder.AddBlock(title, TextRole::kHeadline);
  }
  builder.Walk(root, TextRole::kBody, false);
  Document doc = builder.Finish();
  doc.id = options.id;
  doc.url = info.url;
  doc.source = info.site;
  if (!info.date.empty()) {
    if (auto date = ParseIsoDate(info.date); date.ok()) doc.published = *date;
  }
  if (options.default_date && !doc.published) {
    doc.published = options.default_date;
  }
  if (doc.text.empty()) {
    return Error{ErrorCode::kInvalidArgument, "no article text in the page"};
  }
  return doc;
}

}  // namespace dyad
