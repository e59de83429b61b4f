#include "extract/Segmenter.h"

#include "extract/TextNorm.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace ng {
namespace {

using Cp = utf8proc_int32_t;

struct Decoded {
  Cp cp;
  std::uint32_t len;
};

Decoded decodeAt(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return {static_cast<Cp>(s[i]), 1};
  Cp cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {static_cast<Cp>(static_cast<unsigned char>(s[i])), 1};
  return {cp, static_cast<std::uint32_t>(n)};
}

/// The code point that ends at byte i (exclusive) and its length.
Decoded decodeBefore(std::string_view s, std::size_t end) {
  std::size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return decodeAt(s, b);
}

bool isSpace(Cp c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c < 0x80) return false;  // no other ASCII character is a space separator
  const auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_ZS || c == 0x200B || c == 0xFEFF;
}
bool isDash(Cp c) { return c == 0x2014 || c == 0x2013 || c == 0x2015; }
bool isOpener(Cp c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x201E || c == 0x2039;
}
bool isCloser(Cp c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A;
}
bool isTrailingPunct(Cp c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x2026;
}
bool isBullet(Cp c) { return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25CF || c == 0x2023 || c == 0x25E6; }
bool isLetter(Cp c) {
  const auto cat = utf8proc_category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool isUpper(Cp c) { return utf8proc_category(c) == UTF8PROC_CATEGORY_LU; }
bool isLower(Cp c) { return utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }

// Abbreviations that keep their period. Titles never end a sentence; the others may, when the
// next word starts a sentence ("... backed by the U.S. The talks ...").
constexpr std::array<std::string_view, 22> kTitleAbbrev = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
    "adm.", "gov.", "sen.", "rep.", "st.", "rev.", "hon.", "brig.", "cmdr.", "pres.", "amb."};
constexpr std::array<std::string_view, 30> kOtherAbbrev = {
    "jr.", "sr.", "co.", "corp.", "inc.", "ltd.", "nos.", "vs.", "etc.", "jan.", "feb.", "mar.",
    "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "approx.", "dept.",
    "est.", "fig.", "al.", "mt.", "ft.", "e.g.", "i.e."};

enum class AbbrevKind { None, Title, Other };

AbbrevKind abbreviation(std::string_view word) {  // word includes its final period
  if (!word.ends_with('.')) return AbbrevKind::None;  // as every listed abbreviation and initial does
  const std::string l = lowerAscii(word);
  if (std::find(kTitleAbbrev.begin(), kTitleAbbrev.end(), l) != kTitleAbbrev.end()) return AbbrevKind::Title;
  if (std::find(kOtherAbbrev.begin(), kOtherAbbrev.end(), l) != kOtherAbbrev.end()) return AbbrevKind::Other;
  // Initials and dotted acronyms: J. U.S. U.N. a.m.
  if (word.size() >= 2) {
    bool ok = true;
    for (std::size_t i = 0; i < word.size(); i += 2) {
      if (!std::isalpha(static_cast<unsigned char>(word[i])) || i + 1 >= word.size() || word[i + 1] != '.') {
        ok = false;
        break;
      }
    }
    if (ok) return word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])) ? AbbrevKind::Title
                                                                                         : AbbrevKind::Other;
  }
  return AbbrevKind::None;
}

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc) : doc_(doc), text_(doc.text()) {}

  void run() {
    doc_.tokens.clear();
    doc_.sentences.clear();
    std::size_t lineStart = 0;
    while (lineStart <= text_.size()) {
      auto nl = text_.find('\n', lineStart);
      if (nl == std::string_view::npos) nl = text_.size();
      line(lineStart, nl);
      lineStart = nl + 1;
    }
  }

 private:
  void emit(std::size_t b, std::size_t e) {
    if (e > b) doc_.tokens.push_back({{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, {}, {}});
  }

  // Splits one whitespace-free chunk into tokens.
  void chunk(std::size_t b, std::size_t e) {
    // Dashes split a chunk wherever they are: "(HTS)—a".
    for (std::size_t i = b; i < e;) {
      const auto d = decodeAt(text_, i);
      const bool doubleHyphen = d.cp == '-' && i + 1 < e && text_[i + 1] == '-';
      if (isDash(d.cp) || doubleHyphen) {
        piece(b, i);
        const std::size_t len = doubleHyphen ? 2 : d.len;
        emit(i, i + len);
        i += len;
        b = i;
      } else {
        i += d.len;
      }
    }
    piece(b, e);
  }

  void piece(std::size_t b, std::size_t e) {
    if (b >= e) return;
    // Leading openers and bullets.
    while (b < e) {
      const auto d = decodeAt(text_, b);
      if (!(isOpener(d.cp) || isBullet(d.cp))) break;
      if (!isBullet(d.cp)) emit(b, b + d.len);
      b += d.len;
    }
    // Trailing closers and punctuation, collected right to left.
    std::vector<std::pair<std::size_t, std::size_t>> tail;
    while (e > b) {
      const auto d = decodeBefore(text_, e);
      if (!(isCloser(d.cp) || isTrailingPunct(d.cp))) break;
      if (d.cp == '.') {
        // Keep the period of an abbreviation or initial: find the word it ends. Not a single
        // letter's at the end of a paragraph: "said on X." ends a sentence, no initial does.
        const std::string_view word = text_.substr(b, e - b);
        const bool paragraphEnd = e >= text_.size() || text_[e] == '\n' || text_[e] == '\r';
        const bool letter = word.size() == 2 && std::isalpha(static_cast<unsigned char>(word[0])) != 0;
        if (abbreviation(word) != AbbrevKind::None && !(letter && paragraphEnd)) break;
      }
      // An apostrophe after s is a plural possessive only when a letter precedes: keep "Sudanese'" split.
      tail.emplace_back(e - d.len, e);
      e -= d.len;
    }
    if (e > b) {
      // Possessive: word's / word’s.
      const std::string_view w = text_.substr(b, e - b);
      std::size_t cut = std::string_view::npos;
      if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) cut = e - 2;
      else if (w.size() > 4 && (w.ends_with("\u2019s") || w.ends_with("\u2019S"))) cut = e - 4;
      else if (w.size() > 3 && w.ends_with("n't")) cut = e - 3;
      if (cut != std::string_view::npos) {
        emit(b, cut);
        emit(cut, e);
      } else {
        emit(b, e);
      }
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
  }

  void line(std::size_t b, std::size_t e) {
    const auto firstToken = doc_.tokens.size();
    for (std::size_t i = b; i < e;) {
      const auto d = decodeAt(text_, i);
      if (isSpace(d.cp)) {
        i += d.len;
        continue;
      }
      std::size_t j = i;
      while (j < e) {
        const auto dj = decodeAt(text_, j);
        if (isSpace(dj.cp)) break;
        j += dj.len;
      }
      chunk(i, j);
      i = j;
    }
    sentences(firstToken, doc_.tokens.size());
  }

  [[nodiscard]] Cp firstCp(std::size_t tok) const { return decodeAt(text_, doc_.tokens[tok].span.begin).cp; }
  [[nodiscard]] std::string_view tokText(std::size_t t) const { return doc_.slice(doc_.tokens[t].span); }

  bool startsSentence(std::size_t t) const {
    const Cp c = firstCp(t);
    if (isUpper(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || isOpener(c) || isDash(c)) return true;
    return !isLower(c) && !isLetter(c) && !isTrailingPunct(c);
  }

  void sentences(std::size_t first, std::size_t last) {
    if (first >= last) return;
    std::size_t start = first;
    for (std::size_t t = first; t < last; ++t) {
      const std::string_view tx = tokText(t);
      bool end = tx == "." || tx == "!" || tx == "?" || tx == "\u2026" || tx == "...";
      if (!end && t + 1 < last && abbreviation(tx) == AbbrevKind::Other) {
        // "the U.S. The talks": an abbreviation ends a sentence before a typical sentence opener.
        static constexpr std::array<std::string_view, 16> kOpeners = {
            "The", "He", "She", "It", "They", "We", "But", "In", "On", "A", "This", "That", "Its", "His", "Her", "Their"};
        end = std::find(kOpeners.begin(), kOpeners.end(), tokText(t + 1)) != kOpeners.end();
      }
      if (!end) continue;
      std::size_t stop = t + 1;
      // Closing quotes and brackets right after the final punctuation stay with the sentence.
      while (stop < last && isCloser(firstCp(stop)) && tokText(stop).size() <= 3 &&
             (stop + 1 == last || !isLetter(decodeAt(text_, doc_.tokens[stop].span.end).cp))) {
        const Cp c = firstCp(stop);
        // A straight quote after the period closes only when the next token starts a sentence.
        if ((c == '"' || c == '\'') && stop + 1 < last && !startsSentence(stop + 1)) break;
        ++stop;
      }
      if (stop < last && !startsSentence(stop)) continue;
      push(start, stop, false);
      start = stop;
      t = stop - 1;
    }
    if (start < last) {
      const std::string_view lastTok = tokText(last - 1);
      // "... imposed by the U.S.": an abbreviation's period ends the paragraph's last sentence.
      const bool punct = lastTok == "." || lastTok == "!" || lastTok == "?" || lastTok == ":" ||
                         isCloser(firstCp(last - 1)) || abbreviation(lastTok) != AbbrevKind::None;
      push(start, last, !punct);
    }
  }

  void push(std::size_t b, std::size_t e, bool heading) {
    Sentence s;
    s.tokenBegin = static_cast<std::uint32_t>(b);
    s.tokenEnd = static_cast<std::uint32_t>(e);
    s.span = {doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end};
    s.heading = heading;
    doc_.sentences.push_back(s);
  }

  Document& doc_;
  std::string_view text_;
};

}  // namespace

bool isPunctuation(std::string_view token) {
  for (std::size_t i = 0; i < token.size();) {
    const auto d = decodeAt(token, i);
    const auto cat = utf8proc_category(d.cp);
    if (!(cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) && !(cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO))
      return false;
    i += d.len;
  }
  return !token.empty();
}

void segment(Document& doc) { Tokenizer(doc).run(); }

std::size_t Document::sentenceAt(std::uint32_t at) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](std::uint32_t v, const Sentence& s) { return v < s.span.begin; });
  if (it == sentences.begin()) return sentences.size();
  --it;
  return at < it->span.end ? static_cast<std::size_t>(it - sentences.begin()) : sentences.size();
}

}  // namespace ng
