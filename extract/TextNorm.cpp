#include "extract/TextNorm.h"

#include <algorithm>
#include <cctype>

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace ng {
namespace {

enum class Kind { Keep, Drop, Separator };

Kind classifyAscii(unsigned char c) {
  switch (c) {
    case '\'':
    case '`':
    case '.':
      return Kind::Drop;
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case '-':
    case '_':
      return Kind::Separator;
    default:
      return Kind::Keep;
  }
}

/// Appends c to out, collapsing separators and dropping leading ones.
class KeyBuilder {
 public:
  void keep(std::string_view bytes) {
    if (pendingSpace_ && !out_.empty()) out_.push_back(' ');
    pendingSpace_ = false;
    out_.append(bytes);
  }
  void separator() { pendingSpace_ = true; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool pendingSpace_ = false;
};

/// The bytes foldKey() gives for ASCII text, one at a time: `put(byte)` for each, in order,
/// until it returns false. Returns false when `put` stopped it.
template <class Put>
bool foldAsciiBytes(std::string_view text, Put&& put) {
  bool pendingSpace = false, any = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (classifyAscii(c)) {
      case Kind::Drop:
        break;
      case Kind::Separator:
        pendingSpace = true;
        break;
      case Kind::Keep:
        if (pendingSpace && any && !put(' ')) return false;
        pendingSpace = false;
        any = true;
        if (!put((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch)) return false;
        break;
    }
  }
  return true;
}

std::string foldAscii(std::string_view text) {
  // What KeyBuilder would build, written straight into a string of the input's size: every kept
  // byte gives one byte and every space stands for at least one separator, so it never grows.
  std::string out(text.size(), '\0');
  std::size_t n = 0;
  foldAsciiBytes(text, [&](char c) {
    out[n++] = c;
    return true;
  });
  out.resize(n);
  return out;
}

/// Letters that NFKC and mark stripping leave alone, after case folding.
std::string_view asciiFor(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x0111: return "d";   // đ
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x0131: return "i";   // ı
    case 0x0127: return "h";   // ħ
    case 0x00FE: return "th";  // þ
    case 0x00F0: return "d";   // ð
    default: return {};
  }
}

Kind classify(utf8proc_int32_t cp) {
  if (cp < 0x80) return classifyAscii(static_cast<unsigned char>(cp));
  switch (cp) {
    // Apostrophe-like marks used for ayn, hamza and okina in transliterations.
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4:
    case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE: case 0x02BF: case 0x02C8:
      return Kind::Drop;
    default:
      break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PD:  // dashes and hyphens
    case UTF8PROC_CATEGORY_CC:
      return Kind::Separator;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
      return Kind::Drop;
    default:
      return Kind::Keep;
  }
}

}  // namespace

std::string foldKey(std::string_view text) {
  bool ascii = true;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return foldAscii(text);

  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE |
                                                      UTF8PROC_LUMP);
  const utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                            static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  if (len < 0) return foldAscii(text);  // invalid UTF-8
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);

  KeyBuilder key;
  utf8proc_ssize_t pos = 0;
  while (pos < len) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(mapped + pos, len - pos, &cp);
    if (n <= 0) break;
    const std::string_view bytes(reinterpret_cast<const char*>(mapped + pos), static_cast<std::size_t>(n));
    pos += n;
    switch (classify(cp)) {
      case Kind::Drop:
        break;
      case Kind::Separator:
        key.separator();
        break;
      case Kind::Keep: {
        if (cp < 0x80) {
          const char c = (cp >= 'A' && cp <= 'Z') ? static_cast<char>(cp - 'A' + 'a') : static_cast<char>(cp);
          key.keep(std::string_view(&c, 1));
        } else if (const auto ascii = asciiFor(cp); !ascii.empty()) {
          key.keep(ascii);
        } else {
          key.keep(bytes);
        }
        break;
      }
    }
  }
  return key.take();
}

std::optional<std::string_view> firstFoldedWordAscii(std::string_view text, std::span<char> buf) {
  std::size_t n = 0;
  bool done = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return std::nullopt;
    if (done) continue;  // the rest must still be ASCII for foldAscii() to have been used
    switch (classifyAscii(c)) {
      case Kind::Drop:
        break;
      case Kind::Separator:
        done = n > 0;
        break;
      case Kind::Keep:
        if (n == buf.size()) return std::nullopt;
        buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
        break;
    }
  }
  return std::string_view(buf.data(), n);
}

bool foldKeyEquals(std::string_view text, std::string_view key) {
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return foldKey(text) == key;
  // foldAscii() compared byte by byte as it would write them.
  std::size_t n = 0;
  return foldAsciiBytes(text, [&](char c) { return n < key.size() && key[n++] == c; }) && n == key.size();
}

std::vector<std::string> splitWords(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string capitalInitials(std::string_view name) {
  std::string out;
  bool start = true;
  for (unsigned char c : name) {
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && std::isupper(c)) out.push_back(static_cast<char>(c));
    start = false;
  }
  return out;
}

std::optional<int> ordinalNumeral(std::string_view word) {
  if (word.size() < 3 || word.size() > 11 || !std::isdigit(static_cast<unsigned char>(word.front()))) return std::nullopt;
  const auto suffix = word.substr(word.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  int n = 0;
  for (char c : word.substr(0, word.size() - 2)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool isPluralArticle(std::string_view word) {
  return word == "Los" || word == "Las" || word == "Les" || word == "Gli" || word == "Os";
}

std::string_view groupSingular(std::string_view foldedName) {
  if (foldedName.size() < 5 || foldedName.find(' ') != std::string_view::npos || !foldedName.ends_with('s') ||
      foldedName.ends_with("ss"))
    return {};
  return foldedName.substr(0, foldedName.size() - 1);
}

bool isDash(std::string_view w) {
  // "--" is the em dash of plain-text wire copy ("ANKARA -- Somalia and ..."), "//" the dateline
  // dash of some outlets ("DAMASCUS // Clashes ...").
  return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "--" || w == "//";
}

bool isQuoteMark(std::string_view w) {
  static constexpr std::string_view kMarks[] = {"\"",      "'",       "\u201C", "\u201D", "\u2018", "\u2019",
                                                "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A"};
  return inWordList(kMarks, w);
}

bool isDoubleQuoteMark(std::string_view w) { return w == "\"" || w == "\u201C" || w == "\u201D"; }

}  // namespace ng
