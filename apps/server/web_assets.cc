#include "web_assets.h"

#include <string>

namespace dyad::server {
namespace {

// httplib matches paths as regular expressions.
std::string ExactPattern(std::string_view path) {
  std::string pattern;
  for (char c : path) {
    if (std::string_view(".+*?()[]{}|^$\\").find(c) != std::string_view::npos) {
      pattern += '\\';
    }
    pattern += c;
  }
  return pattern;
}

void SetAsset(httplib::Response& res, const WebAsset& asset) {
  res.set_header("Cache-Control", std::string(CacheControlFor(asset.path)));
  res.set_header("X-Content-Type-Options", "nosniff");
  // The page fetches nothing but its own files and the API.
  if (asset.content_type.starts_with("text/html")) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; "
                   "style-src 'self' 'unsafe-inline'; object-src 'none'; "
                   "base-uri 'none'; frame-ancestors 'none'");
  }
  res.set_content(asset.bytes.data(), asset.bytes.size(),
                  std::string(asset.content_type).c_str());
}

}  // namespace

std::string_view CacheControlFor(std::string_view path) {
  return path.starts_with("/assets/") ? "public, max-age=31536000, immutable"
                                      : "no-cache";
}

std::string_view NotBuiltPage() {
  return R"(<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>dyad serve</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
<h1>dyad serve</h1>
<p>The web page was not built into this program, so only the HTTP API
answers (<a href="/v1/openapi.json">/v1/openapi.json</a> describes it).</p>
<p>To build the page, run <code>scripts/setup</code> from the repository,
or by hand: <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code>,
then rebuild dyad (<code>cmake --build build</code>); it embeds
<code>web/dist</code>.</p>
</body>
</html>
)";
}

void ServeWebPage(httplib::Server& http, std::span<const WebAsset> assets) {
  const WebAsset* index = nullptr;
  for (const WebAsset& asset : assets) {
    if (asset.path == "/index.html") index = &asset;
    http.Get(ExactPattern(asset.path),
             [&asset](const httplib::Request&, httplib::Response& res) {
               SetAsset(res, asset);
             });
  }
  http.Get("/", [index](const httplib::Request&, httplib::Response& res) {
    if (index) return SetAsset(res, *index);
    res.set_header("Cache-Control", "no-cache");
    const std::string_view page = NotBuiltPage();
    res.set_content(page.data(), page.size(), "text/html; charset=utf-8");
  });
}

}  // namespace dyad::server
