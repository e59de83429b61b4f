// Word-level helpers shared by the POS tagger and the entity recognizer: normalization of the
// surface form, lowercase, word shape, affixes, and the feature hashing both models use.
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ng::nlp {

/// The form the models see: curly quotes and primes mapped to their ASCII counterparts
/// (’ ‘ ‛ → ', “ ” „ ″ → "), so text from any outlet matches the training corpora.
[[nodiscard]] std::string normalizeWord(std::string_view word);

/// Unicode-aware lowercase (utf8proc); invalid UTF-8 bytes are copied unchanged.
[[nodiscard]] std::string lowercase(std::string_view word);

/// Word shape: uppercase letters become X, lowercase x, digits d; other characters stay
/// (other non-ASCII ones become '~'); runs of one character are cut at 4.
/// "McCain-led" → "XxXxxx-xxx", "2025" → "dddd", "Wednesday" → "Xxxxx".
[[nodiscard]] std::string wordShape(std::string_view word);

/// Short shape: every run collapsed to one character. "McCain-led" → "XxXx-x".
[[nodiscard]] std::string shortShape(std::string_view word);

/// Up to n code points from the start / end of the word (the whole word when shorter).
[[nodiscard]] std::string_view prefix(std::string_view word, std::size_t n);
[[nodiscard]] std::string_view suffix(std::string_view word, std::size_t n);

/// Lowercase form with every ASCII digit replaced by '0' ("1990" → "0000", "3.5m" → "0.0m"),
/// so numbers generalize.
[[nodiscard]] std::string digitsFolded(std::string_view lower);

struct CaseInfo {
  bool initialUpper = false;  ///< first letter is uppercase
  bool allUpper = false;      ///< at least one letter and no lowercase letter
  bool hasDigit = false;
  bool hasHyphen = false;
  bool hasLetter = false;
};
[[nodiscard]] CaseInfo caseInfo(std::string_view word);

// ---- feature hashing --------------------------------------------------------------------------
// A feature is a template id plus one or more atoms (hashed strings or small integers). Keys are
// 64-bit and never 0 (0 marks an empty slot in the weight tables). The arithmetic is fixed, so
// keys are the same on every platform and a model file stays valid across builds.

[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// FNV-1a of the bytes, finalized with mix64.
[[nodiscard]] constexpr std::uint64_t hashString(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h ^ s.size());
}

/// hashString(digitsFolded(s)) without building the folded string.
[[nodiscard]] constexpr std::uint64_t hashDigitsFolded(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c >= '0' && c <= '9' ? '0' : c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h ^ s.size());
}

// Always inlined: the template ids are constants at the call sites, so mix64 of the template
// folds away (GCC left the two-atom form out of line, computing it on every call).
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t featureKey(std::uint32_t templ, std::uint64_t a) {
  const std::uint64_t k = mix64(a ^ mix64(0x9e3779b97f4a7c15ULL * (templ + 1)));
  return k == 0 ? 1 : k;
}
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t featureKey(std::uint32_t templ, std::uint64_t a,
                                                                    std::uint64_t b) {
  return featureKey(templ, mix64(a) ^ (b * 0xff51afd7ed558ccdULL + 0x632be59bd9b4e5a9ULL));
}
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t featureKey(std::uint32_t templ, std::uint64_t a,
                                                                    std::uint64_t b, std::uint64_t c) {
  return featureKey(templ, mix64(mix64(a) ^ b), c);
}

}  // namespace ng::nlp
