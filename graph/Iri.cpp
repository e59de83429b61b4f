#include "graph/Iri.h"

#include <utf8proc.h>

#include <cctype>
#include <cstdlib>
#include <memory>

namespace ng {

std::string slugify(std::string_view s, std::size_t maxLen) {
  // Decompose and drop combining marks so "Erdoğan" -> "erdogan".
  const std::string in(s);
  utf8proc_uint8_t* folded = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.c_str()), 0, &folded,
                              static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                                             UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                                             UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(folded, &std::free);
  const std::string_view src = n >= 0 ? std::string_view(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n))
                                      : std::string_view(in);
  std::string out;
  bool dash = false;
  for (unsigned char c : src) {
    if (std::isalnum(c) && c < 0x80) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(std::tolower(c)));
      if (out.size() >= maxLen) break;
    } else {
      dash = true;
    }
  }
  return out.empty() ? std::string("x") : out;
}

void StableHash::add(std::string_view s) {
  for (unsigned char c : s) {
    h_ ^= c;
    h_ *= 1099511628211ULL;
  }
}

std::string StableHash::hex(int digits) const {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t h = h_;
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 15];
  return out.substr(0, static_cast<std::size_t>(digits));
}

std::uint64_t stableHash(std::string_view s) {
  StableHash h;
  h.add(s);
  return h.value();
}

std::string shortHash(std::string_view s, int digits) {
  StableHash h;
  h.add(s);
  return h.hex(digits);
}

std::string checkBaseIri(std::string_view base) {
  if (!(base.starts_with("http://") || base.starts_with("https://") || base.starts_with("urn:")))
    return "the base IRI must start with http://, https:// or urn: (got \"" + std::string(base) + "\")";
  for (unsigned char c : base) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
        c == '`' || c == '\\')
      return "the base IRI holds a character that is not allowed in IRIs: \"" + std::string(base) + "\"";
  }
  if (!(base.ends_with("/") || base.ends_with("#") || base.ends_with(":")))
    return "the base IRI must end with '/' or '#' (got \"" + std::string(base) + "\")";
  return {};
}

std::string iriSafe(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool bad = c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
                     c == '|' || c == '^' || c == '`' || c == '\\';
    if (bad) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace ng
