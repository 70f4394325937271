// The web page beside the API: the embedded files with their content types
// and cache headers, the page that says how to build it, and the API's JSON
// 404 left as it was.
#include "apps/server/web_assets.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "apps/server/server.h"

namespace dyad::server {
namespace {

// An httplib server on a free loopback port, serving only the page.
class PageServer {
 public:
  explicit PageServer(std::span<const WebAsset> assets) {
    ServeWebPage(http_, assets);
    port_ = http_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    while (!http_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  ~PageServer() {
    http_.stop();
    thread_.join();
  }
  httplib::Client Client() const { return httplib::Client("127.0.0.1", port_); }

 private:
  httplib::Server http_;
  int port_ = 0;
  std::thread thread_;
};

constexpr WebAsset kAssets[] = {
    {"/index.html", "text/html; charset=utf-8", "<!doctype html><p>page</p>"},
    {"/assets/index-Ab12Cd34.js", "text/javascript; charset=utf-8",
     "console.log(1);"},
    {"/assets/index-Ef56Gh78.css", "text/css; charset=utf-8", "p{}"},
    {"/robots.txt", "text/plain; charset=utf-8", ""},
};

TEST(WebAssetsTest, CacheControl) {
  const struct {
    const char* path;
    const char* cache_control;
  } cases[] = {
      {"/index.html", "no-cache"},
      {"/robots.txt", "no-cache"},
      {"/assets/index-Ab12Cd34.js", "public, max-age=31536000, immutable"},
      {"/assets/chart-B91NCrhz.js", "public, max-age=31536000, immutable"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CacheControlFor(c.path), c.cache_control) << c.path;
  }
}

TEST(WebAssetsTest, ServesIndexAtRootAndEachFileAtItsPath) {
  PageServer server(kAssets);
  httplib::Client client = server.Client();
  auto root = client.Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 200);
  EXPECT_EQ(root->body, kAssets[0].bytes);
  EXPECT_EQ(root->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(root->get_header_value("Cache-Control"), "no-cache");
  EXPECT_NE(root->get_header_value("Content-Security-Policy")
                .find("default-src 'self'"),
            std::string::npos);
  for (const WebAsset& asset : kAssets) {
    SCOPED_TRACE(std::string(asset.path));
    auto res = client.Get(std::string(asset.path));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, asset.bytes);
    EXPECT_EQ(res->get_header_value("Content-Type"), asset.content_type);
    EXPECT_EQ(res->get_header_value("Cache-Control"),
              CacheControlFor(asset.path));
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  auto head = client.Head("/assets/index-Ab12Cd34.js");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  // Only the files themselves: no directory listing, no prefix matches.
  for (const char* path : {"/assets/", "/assets/index-Ab12Cd34.jsx",
                           "/assets/index-Ab12Cd34", "/index.htm"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
  }
}

TEST(WebAssetsTest, WithoutIndexRootSaysHowToBuildThePage) {
  PageServer server({});
  httplib::Client client = server.Client();
  auto res = client.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->body.find("not built"), std::string::npos);
  EXPECT_NE(res->body.find("scripts/setup"), std::string::npos);
  EXPECT_NE(res->body.find("npm run build"), std::string::npos);
}

TEST(WebAssetsTest, EmbeddedFilesAreWellFormed) {
  bool has_index = false;
  for (const WebAsset& asset : EmbeddedWebAssets()) {
    SCOPED_TRACE(std::string(asset.path));
    EXPECT_EQ(asset.path.substr(0, 1), "/");
    EXPECT_FALSE(asset.content_type.empty());
    if (asset.path == "/index.html") has_index = true;
    if (asset.path.ends_with(".js")) {
      EXPECT_EQ(asset.content_type, "text/javascript; charset=utf-8");
    }
    if (asset.path.ends_with(".css")) {
      EXPECT_EQ(asset.content_type, "text/css; charset=utf-8");
    }
  }
  // The table is all or nothing: it is built only from a dist with an index.
  EXPECT_EQ(has_index, !EmbeddedWebAssets().empty());
}

// The page as `dyad serve` answers it, beside the API.
TEST(WebAssetsTest, ServerServesThePageAndKeepsTheApi404) {
  ServerOptions options;
  options.port = 0;
  auto server = Server::Create(std::move(options));
  ASSERT_TRUE(server.ok()) << server.error().message;
  ASSERT_TRUE((*server)->Start().ok());
  httplib::Client client("127.0.0.1", (*server)->port());

  auto root = client.Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 200);
  EXPECT_EQ(root->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const auto assets = EmbeddedWebAssets();
  if (assets.empty()) {
    EXPECT_NE(root->body.find("not built"), std::string::npos);
  } else {
    for (const WebAsset& asset : assets) {
      SCOPED_TRACE(std::string(asset.path));
      auto res = client.Get(std::string(asset.path));
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200);
      EXPECT_EQ(res->body.size(), asset.bytes.size());
      EXPECT_EQ(res->get_header_value("Content-Type"), asset.content_type);
      if (asset.path == "/index.html") {
        EXPECT_EQ(root->body, asset.bytes);
      }
    }
  }
  for (const char* path : {"/v1/", "/v1/nope", "/v1/assets/x.js", "/nope"}) {
    SCOPED_TRACE(path);
    auto res = client.Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    auto body = nlohmann::json::parse(res->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << res->body;
    EXPECT_EQ(body["error"]["code"], "not_found");
  }
  // The page is not an API route.
  for (const Route& route : Server::Routes()) {
    EXPECT_TRUE(route.path.starts_with("/v1/")) << route.path;
  }
}

}  // namespace
}  // namespace dyad::server
