// The positions people hold, as the article states them: "Sudanese Foreign Minister Ali Yousif",
// "William Ruto, Kenya's president,", "the head of the Sovereign Council, Ali Karti,". Found once
// per article from the Document alone, so that any extractor can use them: extractRoles turns
// them into ng:Role facts, and the others can resolve a later "the foreign minister" to the
// person who holds that post (RoleIndex::resolveAt).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/Document.h"
#include "extract/Gazetteer.h"

namespace ng {

/// One statement in the text that a named person holds a position or belongs to a group.
struct RoleMention {
  int holder = -1;           ///< doc.entities index of the person
  std::string title;         ///< the title as written, modifiers included ("Deputy Prime Minister"); empty for bare membership
  std::string titleKey;      ///< titleKeyOf(title): for comparing titles
  int org = -1;              ///< doc.mentions index of the country or organization the post is in, or -1
  bool orgByPreposition = false;  ///< the org came as "<title> of/for/at <org>" rather than "<org>'s <title>"
  bool definite = false;     ///< "the <title> of <org>": the one holder of the post
  bool former = false;       ///< former, ex-, late, outgoing...: the person no longer holds it
  bool membershipOnly = false;    ///< "a member of X", "one of X's leaders", "joined X": no position, only memberOf
  bool leadership = false;        ///< "X, led by NAME": no position, only leaderOf
  bool soleHolder = false;   ///< "the KLF leader, X," / "KLF's leader, X,": a definite or possessive post in apposition
  std::string stateBody;     ///< "the junta's spokesman": the unnamed state body owning the post ("junta")
  std::size_t sentence = 0;  ///< doc.sentences index of the evidence
  std::uint32_t tokenBegin = 0;   ///< first token of the whole pattern (title, name and org)
  std::uint32_t tokenEnd = 0;     ///< one past its last token
  double confidence = 0.8;
};

/// Folding used to compare titles: foldKey(), British spellings made American ("defence" ->
/// "defense"), spokesman/spokeswoman -> spokesperson, modifiers such as "acting" kept.
[[nodiscard]] std::string titleKeyOf(std::string_view title);

/// Every role and membership statement of the document, in text order. Honorifics (Mr., Dr.)
/// and bare military ranks (Gen., Colonel) are not positions and give nothing. Requires:
/// tokens, sentences, mentions, entities. Pure; thread-safe for different documents.
[[nodiscard]] std::vector<RoleMention> findRoleMentions(const Document& doc, const Gazetteer& gaz);

/// The roles of one article, for resolving definite descriptions to the person they name.
/// Holds references to `doc` and `gaz`: both must outlive it. Immutable after construction.
class RoleIndex {
 public:
  RoleIndex(const Document& doc, const Gazetteer& gaz);

  [[nodiscard]] const std::vector<RoleMention>& mentions() const { return mentions_; }

  /// A description resolved to a person: the doc.entities index and the tokens it spans.
  struct Resolution {
    int holder = -1;
    std::uint32_t tokenBegin = 0;
    std::uint32_t tokenEnd = 0;
  };

  /// Reads an unnamed description of a post starting at token `t`: "the foreign minister",
  /// "Sudan's defence minister", "the Kenyan president", "the minister" (a bare head word only
  /// when one person in the article holds a title with that head). Returns the person when
  /// exactly one holder of a matching, current post is named in the article (roles named before
  /// `t` win over later ones); nullopt when there is none, several, or the description is
  /// followed by a name of its own (then it is a title, not a reference).
  [[nodiscard]] std::optional<Resolution> resolveAt(std::uint32_t t) const;

  /// The single current holder of a post with this title key (titleKeyOf) whose organization is
  /// the entity `orgEntity` (or any, when -1), or nullopt when none or several.
  [[nodiscard]] std::optional<int> holderOf(std::string_view titleKey, int orgEntity = -1) const;

  /// The mention starting at each token and the one ending right before it (-1 for none),
  /// built once per document: resolveAt() runs at many tokens of long articles.
  struct MentionBounds {
    explicit MentionBounds(const Document& doc);
    std::vector<int> startAt;
    std::vector<int> endAt;
  };

 private:
  const Document& doc_;
  const Gazetteer& gaz_;
  MentionBounds bounds_;
  std::vector<RoleMention> mentions_;
};

}  // namespace ng
