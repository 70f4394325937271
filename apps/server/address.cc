// ServerOptions' helpers declared in server.h: addresses and token files.
#include <arpa/inet.h>

#include <fstream>
#include <sstream>

#include "server.h"

namespace dyad::server {

Result<std::pair<std::string, int>> ParseAddress(std::string_view address) {
  auto bad = [&](const char* why) -> Result<std::pair<std::string, int>> {
    return Error{ErrorCode::kInvalidArgument, "not an address (" +
                                                  std::string(why) + "): \"" +
                                                  std::string(address) + "\""};
  };
  size_t colon = address.rfind(':');
  if (colon == std::string_view::npos) return bad("expected HOST:PORT");
  std::string host(address.substr(0, colon));
  std::string_view port_text = address.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string::npos) {
    return bad("write an IPv6 address in brackets, [::1]:8080");
  }
  if (host.empty()) host = "127.0.0.1";
  if (port_text.empty() || port_text.size() > 5) return bad("bad port");
  int port = 0;
  for (char c : port_text) {
    if (c < '0' || c > '9') return bad("bad port");
    port = port * 10 + (c - '0');
  }
  if (port > 65535) return bad("port over 65535");
  return std::pair{host, port};
}

bool IsLoopback(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  std::string h(host);
  if (inet_pton(AF_INET, h.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, h.c_str(), &v6) == 1) {
    return IN6_IS_ADDR_LOOPBACK(&v6);
  }
  return false;
}

Result<std::string> ReadTokenFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{ErrorCode::kNotFound, path + ": cannot open the token file"};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIOError, path + ": cannot read"};
  std::string token = buffer.str();
  const char* space = " \t\r\n";
  size_t begin = token.find_first_not_of(space);
  if (begin == std::string::npos) {
    return Error{ErrorCode::kInvalidArgument, path + ": the token is empty"};
  }
  token = token.substr(begin, token.find_last_not_of(space) - begin + 1);
  return token;
}

}  // namespace dyad::server
