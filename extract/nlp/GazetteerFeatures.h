// The entity recognizer's view of gazetteers: per-word flags saying that a word starts or
// continues a listed phrase of some kind. The recognizer depends only on this interface, so any
// gazetteer (the TSV lists here, or extract/Gazetteer) can supply the flags.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ng::nlp {

/// The kinds of list the NER features know. The order is part of the model format: append only.
enum class GazetteerKind : std::uint8_t {
  Country,
  Demonym,
  Subdivision,
  City,
  Title,         ///< person titles and ranks, "foreign minister", "gen."
  OrgCue,        ///< head words of organization names, "ministry", "party"
  Person,
  Organization,  ///< names of organizations, "taliban", "african union"
  PlaceCue,      ///< head words of place names, "province", "crossing"
};
inline constexpr std::size_t kGazetteerKinds = 9;
[[nodiscard]] std::string_view gazetteerKindName(GazetteerKind k);

/// Flag bits for one word: bit k = inside a phrase of kind k; bit 16 + k = first word of it.
[[nodiscard]] constexpr std::uint32_t insideBit(GazetteerKind k) { return 1u << static_cast<unsigned>(k); }
[[nodiscard]] constexpr std::uint32_t beginBit(GazetteerKind k) { return 1u << (16 + static_cast<unsigned>(k)); }

class GazetteerFeatures {
 public:
  virtual ~GazetteerFeatures() = default;
  /// Sets flags[i] (size words.size(), zeroed by the caller) for the words of one sentence.
  /// Must be thread-safe for concurrent calls.
  virtual void annotate(std::span<const std::string_view> words, std::span<std::uint32_t> flags) const = 0;
  /// The same for words already normalized and lowercased (lowercase(normalizeWord(word))), with
  /// capital[i] = caseInfo(normalizeWord(word)).initialUpper: callers that have these forms
  /// already (the entity recognizer) save computing them again.
  virtual void annotateLowercase(std::span<const std::string_view> lower, std::span<const std::uint8_t> capital,
                                 std::span<std::uint32_t> flags) const = 0;
};

/// Phrase lists matched word by word, longest match first, case-insensitively. Names of places
/// and persons (country, subdivision, city, demonym, person) match only when their first word is
/// capitalized in the text; titles, cue words ("ministry", "province") and organization names
/// match in any case. Immutable after loading; thread-safe.
class PhraseGazetteer final : public GazetteerFeatures {
 public:
  /// Adds a phrase; words are separated by spaces, commas become words of their own.
  void add(GazetteerKind kind, std::string_view phrase);
  [[nodiscard]] std::size_t size() const { return count_; }

  /// Reads the lists of data/gazetteer that exist in `dir` (tab-separated, '#' comments):
  /// countries.tsv (alpha2, form, canonical), demonyms.tsv (form, ...), subdivisions.tsv
  /// (code, name, type, country, canonical), cities.tsv (name, country, flags, population,
  /// canonical), titles.tsv (phrase, kind), orgcues.tsv (cue, class, use: "name" cues are
  /// organization names, Region/Border "head" cues place cues, other heads organization cues).
  /// Throws std::runtime_error when a file exists but cannot be read.
  static std::shared_ptr<const PhraseGazetteer> loadDirectory(const std::filesystem::path& dir);

  void annotate(std::span<const std::string_view> words, std::span<std::uint32_t> flags) const override;
  void annotateLowercase(std::span<const std::string_view> lower, std::span<const std::uint8_t> capital,
                         std::span<std::uint32_t> flags) const override;

 private:
  struct Phrase {
    std::vector<std::string> words;  // lowercased, normalized
    GazetteerKind kind;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Phrase>, StringHash, std::equal_to<>> byFirst_;
  // Two tables of kFilterBits bits: one bit per hash of the word of each one-word phrase, and one
  // per hash of the first two words of each longer phrase. Most words of a text start no phrase,
  // common ones ("the", "new") included once the next word is counted, and two clear bits say
  // so without reading byFirst_.
  static constexpr std::size_t kFilterBits = std::size_t{1} << 19;
  std::vector<std::uint64_t> singleFilter_ = std::vector<std::uint64_t>(kFilterBits / 64, 0);
  std::vector<std::uint64_t> pairFilter_ = std::vector<std::uint64_t>(kFilterBits / 64, 0);
  std::size_t count_ = 0;
};

}  // namespace ng::nlp
