// Finding the spans in quotation marks in a news text, before anyone asks who said them.
// Pure text processing: no tokens, no entities.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/Document.h"

namespace ng {

/// One top-level quotation: straight or curly double quotes, or single quotes that are not
/// apostrophes. Quotes nested inside it ('...' inside "...", or "..." inside '...') are part of
/// its text. All offsets are bytes into the text given to findQuotes().
struct QuoteSpan {
  Span open;                ///< the opening mark
  Span close;               ///< the closing mark; empty when the quote was never closed
  std::vector<Span> parts;  ///< the quoted text, one part per paragraph it runs over, trimmed
  bool single = false;      ///< delimited by single quotes
  [[nodiscard]] bool closed() const { return !close.empty(); }
  /// One past the last byte that belongs to the quote (its closing mark, or the end of its text).
  [[nodiscard]] std::uint32_t end() const { return closed() ? close.end : parts.back().end; }
};

/// Every top-level quotation in `text`, in text order. A paragraph is a line. An unclosed quote
/// stops at the end of its paragraph, unless the next paragraph opens with a quotation mark: then
/// the quote runs on (the convention for quotes over several paragraphs) as one span with several
/// parts; so it does when the next paragraph's first double quotation mark can only close (a
/// quote broken over lines). Single quotes count only where they open at a word start and close
/// at a word end.
[[nodiscard]] std::vector<QuoteSpan> findQuotes(std::string_view text);

}  // namespace ng
