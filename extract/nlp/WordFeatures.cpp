#include "extract/nlp/WordFeatures.h"

#include <utf8proc.h>

namespace ng::nlp {
namespace {

// Decodes one code point at s[i]; returns its length (1 for an invalid byte, cp = -1).
std::size_t decode(std::string_view s, std::size_t i, utf8proc_int32_t& cp) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i);
  const utf8proc_ssize_t n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    cp = -1;
    return 1;
  }
  return static_cast<std::size_t>(n);
}

void append(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// X, x, d, the ASCII character itself, or '~' for other non-ASCII characters.
char shapeClass(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    return c;
  }
  if (cp < 0) return '~';
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return 'X';
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return 'x';
    case UTF8PROC_CATEGORY_ND: return 'd';
    case UTF8PROC_CATEGORY_PD: return '-';
    default: return '~';
  }
}

bool isAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::string normalizeWord(std::string_view word) {
  if (isAscii(word)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    utf8proc_int32_t cp = 0;
    const std::size_t n = decode(word, i, cp);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201B: case 0x2032: out += '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: out += '"'; break;
      default: out.append(word.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string lowercase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  if (isAscii(word)) {
    for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  for (std::size_t i = 0; i < word.size();) {
    utf8proc_int32_t cp = 0;
    const std::size_t n = decode(word, i, cp);
    if (cp < 0) out += word[i];
    else append(out, utf8proc_tolower(cp));
    i += n;
  }
  return out;
}

std::string wordShape(std::string_view word) {
  std::string out;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < word.size();) {
    utf8proc_int32_t cp = 0;
    i += decode(word, i, cp);
    const char c = shapeClass(cp);
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

std::string shortShape(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    utf8proc_int32_t cp = 0;
    i += decode(word, i, cp);
    const char c = shapeClass(cp);
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

std::string_view prefix(std::string_view word, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < word.size(); ++k) {
    utf8proc_int32_t cp = 0;
    i += decode(word, i, cp);
  }
  return word.substr(0, i);
}

std::string_view suffix(std::string_view word, std::size_t n) {
  std::size_t i = word.size();
  for (std::size_t k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) --i;
  }
  return word.substr(i);
}

std::string digitsFolded(std::string_view lower) {
  std::string out(lower);
  for (char& c : out)
    if (c >= '0' && c <= '9') c = '0';
  return out;
}

CaseInfo caseInfo(std::string_view word) {
  CaseInfo info;
  bool first = true;
  bool anyLower = false;
  for (std::size_t i = 0; i < word.size();) {
    utf8proc_int32_t cp = 0;
    i += decode(word, i, cp);
    const char c = shapeClass(cp);
    if (c == 'X' || c == 'x') {
      if (first) info.initialUpper = c == 'X';
      first = false;
      info.hasLetter = true;
      anyLower = anyLower || c == 'x';
    } else if (c == 'd') {
      info.hasDigit = true;
    } else if (c == '-') {
      info.hasHyphen = true;
    }
  }
  info.allUpper = info.hasLetter && !anyLower;
  return info;
}

}  // namespace ng::nlp
