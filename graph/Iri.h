// Stable, readable IRIs: a slug of the name plus, where needed, a short content hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ng {

/// Lowercase ASCII slug: letters and digits kept (diacritics folded), everything else one '-';
/// at most `maxLen` bytes, never empty ("x" when nothing is left).
[[nodiscard]] std::string slugify(std::string_view s, std::size_t maxLen = 64);

/// 64-bit FNV-1a; stable across platforms and runs.
[[nodiscard]] std::uint64_t stableHash(std::string_view s);
/// The first `digits` hex digits of stableHash(s).
[[nodiscard]] std::string shortHash(std::string_view s, int digits = 10);

/// stableHash() of data that arrives in pieces (a file too large to hold as one string):
/// after add(a) and add(b), value() is stableHash(a + b) and hex() is shortHash(a + b).
class StableHash {
 public:
  void add(std::string_view s);
  [[nodiscard]] std::uint64_t value() const { return h_; }
  [[nodiscard]] std::string hex(int digits = 10) const;

 private:
  std::uint64_t h_ = 1469598103934665603ULL;
};

/// Checks a user-given base IRI: absolute http(s) or urn, no characters illegal in IRIs,
/// ending with '/' or '#'. Returns an error message, empty when fine.
[[nodiscard]] std::string checkBaseIri(std::string_view base);

/// Makes a string safe inside an IRI: percent-encodes space, controls and <>"{}|^`\ characters.
[[nodiscard]] std::string iriSafe(std::string_view s);

}  // namespace ng
