// Text normalization shared by the gazetteer, coreference and the graph stage's entity
// resolution: one folding function, so every stage compares names the same way.
#pragma once

#include <string>
#include <string_view>

namespace ng {

/// The matching key of a name: Unicode NFKC, case folded, combining marks stripped ("Türkiye" ->
/// "turkiye"), letters without a decomposition mapped to ASCII (ø->o, ł->l, æ->ae, ß->ss, ı->i),
/// apostrophes, ayn/hamza signs and periods dropped ("Sana'a" -> "sanaa", "U.S." -> "us"), and
/// runs of whitespace, hyphens and dashes collapsed to one space ("Hayat Tahrir al-Sham" ->
/// "tehreek e taliban"), trimmed. Other characters are kept. Invalid UTF-8 is folded as ASCII
/// byte by byte. Pure function; thread-safe.
[[nodiscard]] std::string foldKey(std::string_view text);

}  // namespace ng
