// Entity resolution and event coreference across articles: which (article, node) items denote
// the same real-world thing. Pure functions over ArticleGraphs; deterministic for a given set of
// articles whatever their order (callers sort articles by identifier first).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/ArticleGraph.h"
#include "graph/ResolutionInput.h"

namespace ng {

/// One resolvable node of one article.
struct ClusterItem {
  std::size_t article = 0;
  std::uint32_t node = 0;  ///< the article's thing number (ResolutionInput::things())
};

/// Name keys used for matching (exposed for tests).
namespace keys {
/// foldKey() plus transliteration folding per word: vowels after the first letter dropped,
/// doubled letters collapsed, one-letter connectors ("e", "i", "ul") dropped:
/// "Jaish-e-Mohammed" and "Jaish-i-Muhammad" give the same skeleton. Empty for names too short
/// for this to be safe (fewer than two words or under 8 letters).
[[nodiscard]] std::string skeleton(std::string_view name);
/// For a person's name of two or more words: the given names as written (folded) and the
/// skeleton of the surname (vowels after its first letter dropped, doubled letters collapsed):
/// "Volodymyr Zelenskiy", "Volodymyr Zelensky" and "Volodymyr Zelenskyy" give one key. Empty for
/// one word or a surname under 6 letters.
[[nodiscard]] std::string surnameSkeleton(std::string_view name);
/// Upper-case initials of the capitalized words of a name ("Hayat Tahrir al-Sham" -> "HTS").
[[nodiscard]] std::string initials(std::string_view name);
/// True for an all-capitals short form ("HTS", "U.N.", "UNMISS").
[[nodiscard]] bool isAcronym(std::string_view s);
/// Jaro-Winkler similarity of two strings (bytes), 0..1.
[[nodiscard]] double jaroWinkler(std::string_view a, std::string_view b);
}  // namespace keys

/// Assigns every thing of every article to a cluster. Returns the items (in article, thing
/// order) and, for each item, its cluster number (0..n-1, numbered in item order).
///
/// Things (actors, places) are linked when they share a strong key (the same folded name or
/// surface form, the same transliteration skeleton, a country's gazetteer name) within one class
/// family; then weak links attach a lone partial name ("Ruto") or an acronym to a cluster only
/// when exactly one cluster fits, so a chain of weak links never merges two different people.
/// Events are linked when they are of the same kind, their dates are compatible and they share
/// the label or both a place and a participant; a cluster never holds incompatible dates, so
/// two rounds of talks in one city on different dates stay apart.
struct Clustering {
  std::vector<ClusterItem> items;
  std::vector<std::size_t> clusterOf;
  std::size_t clusters = 0;
  std::vector<std::size_t> firstItem;  ///< per article: the number of its first item
};
[[nodiscard]] Clustering clusterEntities(const ResolutionInput& articles);
/// The same for whole article graphs; items name the nodes of `articles`.
[[nodiscard]] Clustering clusterEntities(const std::vector<ArticleGraph>& articles);

}  // namespace ng
