#include <cstdint>
#include <cstdio>
#include <string_view>

#include "dyad/store.h"

namespace dyad {
namespace {

// FNV-1a, 64 bits: it only has to tell versions of one document apart.
class Fnv {
 public:
  // Each field is length-prefixed so that ("ab", "c") and ("a", "bc") differ.
  void Field(std::string_view s) {
    uint64_t size = s.size();
    for (int i = 0; i < 8; ++i) Byte(static_cast<uint8_t>(size >> (8 * i)));
    for (char c : s) Byte(static_cast<uint8_t>(c));
  }
  std::string Hex() const {
    char out[17];
    std::snprintf(out, sizeof(out), "%016llx",
                  static_cast<unsigned long long>(h_));
    return out;
  }

 private:
  void Byte(uint8_t b) {
    h_ ^= b;
    h_ *= 0x100000001b3ULL;
  }
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace

std::string ContentHash(const Document& document) {
  Fnv fnv;
  fnv.Field(document.id);
  fnv.Field(document.text);
  fnv.Field(document.published ? document.published->ToString() : "");
  fnv.Field(document.source);
  fnv.Field(document.url);
  for (const auto& [key, value] : document.metadata) {
    fnv.Field(key);
    fnv.Field(value);
  }
  return fnv.Hex();
}

}  // namespace dyad
