// The web page of `dyad serve`: the files of web/dist (built from web/ by
// `npm run build`), embedded into the program when it is built
// (apps/server/embed_web_assets.cmake), and served at "/" beside the API.
#ifndef DYAD_APPS_SERVER_WEB_ASSETS_H_
#define DYAD_APPS_SERVER_WEB_ASSETS_H_

#include <httplib.h>

#include <span>
#include <string_view>

namespace dyad::server {

// One file of the built page.
struct WebAsset {
  std::string_view path;          // from the page's root: "/index.html"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view bytes;         // the file's content
};

// The files embedded when the program was built, by path; empty when
// web/dist/index.html did not exist then. Static: valid for the program's
// life.
std::span<const WebAsset> EmbeddedWebAssets();

// The Cache-Control header of an asset: "public, max-age=31536000,
// immutable" for the content-hashed files Vite writes under /assets/, whose
// name changes when their content does; "no-cache" for the rest (index.html
// names the current hashed files, so it must be revalidated).
std::string_view CacheControlFor(std::string_view path);

// The page "/" answers when `assets` has no /index.html: says the page was
// not built and how to build it.
std::string_view NotBuiltPage();

// Registers GET (and so HEAD) handlers on `http` for "/" (index.html, or
// NotBuiltPage() without one) and for each asset's own path, with its
// Content-Type and Cache-Control. Registers nothing else: every other path
// is left to the server's other handlers, so that an unknown /v1/ path
// still gets the API's JSON 404. `assets` must outlive `http`.
void ServeWebPage(httplib::Server& http, std::span<const WebAsset> assets);

}  // namespace dyad::server

#endif  // DYAD_APPS_SERVER_WEB_ASSETS_H_
