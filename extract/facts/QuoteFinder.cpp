#include "extract/facts/QuoteFinder.h"

#include <utf8proc.h>

#include <algorithm>
#include <optional>

namespace ng {
namespace {

using Cp = utf8proc_int32_t;

constexpr Cp kNone = -1;

struct Char {
  Cp cp = kNone;
  std::uint32_t len = 0;
};

Char decodeAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {};
  if (static_cast<unsigned char>(s[i]) < 0x80) return {static_cast<Cp>(s[i]), 1};  // ASCII, most of the text
  Cp cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {static_cast<Cp>(static_cast<unsigned char>(s[i])), 1};
  return {cp, static_cast<std::uint32_t>(n)};
}

/// The code point ending at byte `end` (exclusive), or kNone at `begin`.
Cp cpBefore(std::string_view s, std::size_t begin, std::size_t end) {
  if (end <= begin) return kNone;
  std::size_t b = end - 1;
  while (b > begin && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return decodeAt(s, b).cp;
}

bool isSpace(Cp c) {
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return true;
  return c > 0x7F && utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}
bool isAlnum(Cp c) {
  if (c < 0) return false;
  const auto cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
}
bool hasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = decodeAt(s, i);
    if (isAlnum(c.cp)) return true;
    i += c.len;
  }
  return false;
}
bool isDash(Cp c) { return c == 0x2014 || c == 0x2013 || c == '-'; }

bool isDoubleOpen(Cp c) { return c == 0x201C || c == 0x201E || c == 0x00AB; }
bool isDoubleClose(Cp c) { return c == 0x201D || c == 0x00BB; }
bool isSingleOpen(Cp c) { return c == 0x2018 || c == 0x2039 || c == '\''; }
bool isSingleClose(Cp c) { return c == 0x2019 || c == 0x203A || c == '\''; }

/// What may stand right before an opening mark: nothing, a space, a bracket, a dash or another
/// opening mark ("(“Yes”)", "—‘no’").
bool opensAfter(Cp prev) {
  return prev == kNone || isSpace(prev) || prev == '(' || prev == '[' || isDash(prev) || isDoubleOpen(prev) ||
         prev == '"' || prev == 0x2018 || prev == ':' || prev == '/';
}
/// What may stand right after a closing mark: nothing, a space, punctuation, a bracket, a dash
/// or another closing mark.
bool closesBefore(Cp next) {
  return next == kNone || isSpace(next) || next == '.' || next == ',' || next == ';' || next == ':' || next == '!' ||
         next == '?' || next == ')' || next == ']' || isDash(next) || isDoubleClose(next) || next == '"' ||
         next == 0x2019 || next == 0x2026;
}

Span trimmed(std::string_view text, std::uint32_t b, std::uint32_t e) {
  while (b < e) {
    const auto c = decodeAt(text, b);
    if (!isSpace(c.cp)) break;
    b += c.len;
  }
  while (e > b) {
    const Cp c = cpBefore(text, b, e);
    if (!isSpace(c)) break;
    --e;
    while (e > b && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  }
  return {b, e};
}

bool overlaps(const QuoteSpan& a, const QuoteSpan& b) { return a.open.begin < b.end() && b.open.begin < a.end(); }

class Finder {
 public:
  explicit Finder(std::string_view text) : text_(text) {}

  std::vector<QuoteSpan> run() {
    std::size_t lineStart = 0;
    while (lineStart <= text_.size()) {
      auto nl = text_.find('\n', lineStart);
      if (nl == std::string_view::npos) nl = text_.size();
      line(static_cast<std::uint32_t>(lineStart), static_cast<std::uint32_t>(nl));
      lineStart = nl + 1;
    }
    finishPending();
    std::sort(out_.begin(), out_.end(),
              [](const QuoteSpan& a, const QuoteSpan& b) { return a.open.begin < b.open.begin; });
    return std::move(out_);
  }

 private:
  // Double quotes of one paragraph; then single quotes outside them.
  void line(std::uint32_t b, std::uint32_t e) {
    const Span content = trimmed(text_, b, e);
    if (content.empty()) return;  // blank lines neither end nor continue a quote
    std::vector<QuoteSpan> doubles;
    std::optional<QuoteSpan> current;
    std::uint32_t contentStart = 0;  // first byte of the current part

    // A quote left open by the previous paragraph runs on when this one opens with a quote mark.
    if (pending_) {
      const auto first = decodeAt(text_, content.begin);
      if (isDoubleOpen(first.cp) || first.cp == '"') {
        current = std::move(*pending_);
        contentStart = content.begin + first.len;
        pending_.reset();
        skipFirst_ = content.begin;
      } else if (firstMarkCloses(content.begin, content.end)) {
        // A quote broken over lines without the convention: its closing mark comes first.
        current = std::move(*pending_);
        contentStart = content.begin;
        pending_.reset();
      } else {
        finishPending();
      }
    }

    for (std::uint32_t i = b; i < e;) {
      const auto c = decodeAt(text_, i);
      const std::uint32_t next = i + c.len;
      if (current && skipFirst_ == i) {  // the mark that continued the quote
        skipFirst_ = kNoOffset;
        i = next;
        continue;
      }
      bool open = false;
      bool close = false;
      if (isDoubleOpen(c.cp)) {
        open = true;
      } else if (isDoubleClose(c.cp)) {
        close = current.has_value();
      } else if (c.cp == '"') {
        // A straight mark opens or closes by what stands around it.
        const Cp prev = cpBefore(text_, b, i);
        const Cp after = next < e ? decodeAt(text_, next).cp : kNone;
        const bool openingPlace = opensAfter(prev) && after != kNone && !isSpace(after);
        const bool closingPlace = prev != kNone && !isSpace(prev);
        if (current) {
          close = closingPlace || !openingPlace;
          open = !close;
        } else {
          open = openingPlace || (!closingPlace && after != kNone && !isSpace(after));
        }
      }
      if (open) {
        // A new opening mark while a quote is open: the earlier one never closed where we can
        // tell, so it is dropped rather than guessed.
        current = QuoteSpan{};
        current->open = {i, next};
        contentStart = next;
      } else if (close) {
        const Span part = trimmed(text_, contentStart, i);
        if (!part.empty()) current->parts.push_back(part);
        current->close = {i, next};
        if (!current->parts.empty() && hasLetter(text_.substr(current->open.begin, i - current->open.begin)))
          doubles.push_back(std::move(*current));
        current.reset();
      }
      i = next;
    }
    skipFirst_ = kNoOffset;
    if (current) {
      const Span part = trimmed(text_, contentStart, e);
      if (!part.empty()) current->parts.push_back(part);
      if (!current->parts.empty()) pending_ = std::move(current);
    }

    std::vector<QuoteSpan> singles = singleQuotes(b, e);
    // Nested quotes stay part of the outer one. A single-quoted span around a double-quoted one
    // is more often a stray apostrophe than British nesting, so the double quote wins then.
    std::erase_if(singles, [&](const QuoteSpan& s) {
      return std::any_of(doubles.begin(), doubles.end(), [&](const QuoteSpan& d) { return overlaps(s, d); }) ||
             (pending_ && overlaps(s, *pending_));
    });
    for (auto& d : doubles) out_.push_back(std::move(d));
    for (auto& s : singles) out_.push_back(std::move(s));
  }

  /// True when the first double quotation mark in [b, e) can only close a quote.
  [[nodiscard]] bool firstMarkCloses(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t i = b; i < e;) {
      const auto c = decodeAt(text_, i);
      if (isDoubleOpen(c.cp)) return false;
      if (isDoubleClose(c.cp)) return true;
      if (c.cp == '"') {
        const Cp prev = cpBefore(text_, b, i);
        const Cp after = i + c.len < e ? decodeAt(text_, i + c.len).cp : kNone;
        return prev != kNone && !isSpace(prev) && closesBefore(after);
      }
      i += c.len;
    }
    return false;
  }

  std::vector<QuoteSpan> singleQuotes(std::uint32_t b, std::uint32_t e) const {
    std::vector<QuoteSpan> found;
    for (std::uint32_t i = b; i < e;) {
      const auto c = decodeAt(text_, i);
      const std::uint32_t next = i + c.len;
      if (!isSingleOpen(c.cp) || !opensAfter(cpBefore(text_, b, i)) ||
          !isAlnum(next < e ? decodeAt(text_, next).cp : kNone)) {
        i = next;
        continue;
      }
      // The first mark after it that can close: after a non-space, before a space or punctuation.
      // A mark after "s" before a lowercase word may be a plural possessive ("the rebels' offer"):
      // a later closing mark before punctuation wins over it.
      std::optional<Span> close;
      std::optional<Span> possessive;
      for (std::uint32_t j = next; j < e;) {
        const auto d = decodeAt(text_, j);
        const Cp prev = cpBefore(text_, b, j);
        const Cp after = j + d.len < e ? decodeAt(text_, j + d.len).cp : kNone;
        if (isSingleClose(d.cp) && prev != kNone && !isSpace(prev) && closesBefore(after) && j > next) {
          const Cp word = j + d.len + 1 < e ? decodeAt(text_, j + d.len + 1).cp : kNone;
          const bool maybePossessive = (prev == 's' || prev == 'S') && after == ' ' && word >= 0 &&
                                       utf8proc_category(word) == UTF8PROC_CATEGORY_LL;
          if (!maybePossessive) {
            close = Span{j, j + d.len};
            break;
          }
          if (!possessive) possessive = Span{j, j + d.len};
        } else if (isSingleOpen(d.cp) && opensAfter(prev) && isAlnum(after)) {
          break;  // another quote opens: the possessive-looking mark was the close after all
        }
        j += d.len;
      }
      if (!close) close = possessive;
      if (!close) {  // an apostrophe ('tis, 'em), not a quote
        i = next;
        continue;
      }
      QuoteSpan q;
      q.single = true;
      q.open = {i, next};
      q.close = *close;
      const Span part = trimmed(text_, next, close->begin);
      if (!part.empty() && hasLetter(text_.substr(part.begin, part.size()))) {
        q.parts.push_back(part);
        found.push_back(std::move(q));
      }
      i = close->end;
    }
    return found;
  }

  void finishPending() {
    if (pending_) out_.push_back(std::move(*pending_));
    pending_.reset();
  }

  static constexpr std::uint32_t kNoOffset = 0xFFFFFFFF;
  std::string_view text_;
  std::vector<QuoteSpan> out_;
  std::optional<QuoteSpan> pending_;  // an unclosed quote that may run on into the next paragraph
  std::uint32_t skipFirst_ = kNoOffset;
};

}  // namespace

std::vector<QuoteSpan> findQuotes(std::string_view text) { return Finder(text).run(); }

}  // namespace ng
