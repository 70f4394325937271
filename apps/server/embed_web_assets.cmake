# Writes OUT, a C++ source defining dyad::server::EmbeddedWebAssets() with
# every file under DIST (web/dist): its path, Content-Type and bytes. When
# DIST/index.html does not exist the table is empty and `dyad serve` says at
# "/" how to build the page.
#
#   cmake -DDIST=web/dist -DOUT=web_assets_data.cc -P embed_web_assets.cmake

# Content types by file extension; anything else is served as bytes.
function(content_type_of path out)
  string(REGEX MATCH "\\.[^./]+$" ext "${path}")
  string(TOLOWER "${ext}" ext)
  set(types
      .html "text/html\; charset=utf-8"
      .js "text/javascript\; charset=utf-8"
      .mjs "text/javascript\; charset=utf-8"
      .css "text/css\; charset=utf-8"
      .json "application/json"
      .map "application/json"
      .txt "text/plain\; charset=utf-8"
      .svg "image/svg+xml"
      .png "image/png"
      .jpg "image/jpeg"
      .gif "image/gif"
      .webp "image/webp"
      .ico "image/x-icon"
      .woff2 "font/woff2"
      .wasm "application/wasm")
  set(type "application/octet-stream")
  list(FIND types "${ext}" i)
  if(i GREATER_EQUAL 0)
    math(EXPR i "${i} + 1")
    list(GET types ${i} type)
  endif()
  set(${out} "${type}" PARENT_SCOPE)
endfunction()

set(files)
if(EXISTS "${DIST}/index.html")
  file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${DIST}"
       "${DIST}/*")
  list(SORT files)
endif()

set(arrays "")
set(entries "")
set(n 0)
foreach(file IN LISTS files)
  file(READ "${DIST}/${file}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  if(size EQUAL 0)
    set(bytes "0")
  else()
    # 32 bytes a line.
    string(REPEAT "[0-9a-f]" 64 line)
    string(REGEX REPLACE "(${line})" "\\1\n    " hex "${hex}")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  endif()
  content_type_of("${file}" type)
  string(APPEND arrays
         "// ${file}\nconst unsigned char kAsset${n}[] = {\n    ${bytes}};\n\n")
  string(APPEND entries
         "      {\"/${file}\", \"${type}\",\n"
         "       std::string_view(reinterpret_cast<const char*>(kAsset${n}), "
         "${size})},\n")
  math(EXPR n "${n} + 1")
endforeach()

if(n EQUAL 0)
  set(body "std::span<const WebAsset> EmbeddedWebAssets() { return {}; }\n")
else()
  set(body "std::span<const WebAsset> EmbeddedWebAssets() {
  static const WebAsset assets[] = {
${entries}  };
  return assets;
}
")
endif()

set(source "// Generated from web/dist by apps/server/embed_web_assets.cmake when dyad
// is built: do not edit.
#include <span>
#include <string_view>

#include \"web_assets.h\"

namespace dyad::server {
namespace {

${arrays}}  // namespace

${body}
}  // namespace dyad::server
")
# Rewritten only when it changes, so that an unchanged page compiles nothing.
file(WRITE "${OUT}.tmp" "${source}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
