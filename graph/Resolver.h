// The graph stage: resolves the things of many articles into one node per real-world thing and
// turns everything into quads, one named graph per article.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/ArticleGraph.h"
#include "graph/ResolutionInput.h"
#include "graph/Quad.h"

namespace ng {

struct GraphOptions {
  std::string baseIri = "https://w3id.org/newsgraph/id/";  ///< checked with checkBaseIri()
  /// IRIs given in an earlier run, by member key (see memberKeyOf): the things of these articles
  /// keep their IRIs, and no new thing gets one of them.
  std::map<std::string, std::string> previousIris;
  /// Fill KnowledgeGraph::memberIris (one entry per thing of every article: only incremental
  /// runs need it).
  bool memberIris = true;
};

/// Key of a thing of one article for the entity table: article id, class family, folded label.
[[nodiscard]] std::string memberKeyOf(const std::string& articleId, const Node& node);

/// One resolved real-world thing.
struct CanonicalEntity {
  std::string iri;
  onto::Class cls = onto::Class::Organization;
  std::string label;                  ///< the one preferred name
  std::vector<std::string> altLabels; ///< every other form, sorted
  std::size_t articleCount = 0;       ///< how many articles mention it
  std::string firstArticle;           ///< the first in IRI order of the articles that mention it
  /// IRIs that earlier runs gave to things now found to be this one (two things merged by new
  /// evidence), sorted; written as `former owl:sameAs iri` so that links to them still resolve.
  std::vector<std::string> formerIris;
};

/// Prefix of the keys of KnowledgeGraph::memberIris that record a former IRI (key: prefix +
/// former IRI, value: the IRI it was merged into). Member keys never start with it.
inline constexpr std::string_view kFormerIriKey = "\x1e" "former\x1f";

struct GraphStats {
  std::size_t articles = 0;
  std::size_t entities = 0;
  std::size_t facts = 0;
  std::size_t components = 0;  ///< connected components of the actor/place/event graph
  std::map<std::string, std::size_t> entitiesPerClass;
  std::vector<std::pair<std::string, std::size_t>> topActorsByDegree;  ///< IRI, degree
};

struct KnowledgeGraph {
  std::vector<Quad> quads;  ///< canonical order, every quad in its article's graph
  std::vector<CanonicalEntity> entities;  ///< sorted by IRI
  GraphStats stats;
  std::map<std::string, std::size_t> degree;  ///< entity IRI -> degree in the thing graph
  std::map<std::string, std::string> memberIris;  ///< member key -> IRI, for the next run (see GraphOptions)
  std::string baseIri;
  /// The merged default-graph view: every triple once, canonical order.
  [[nodiscard]] std::vector<Quad> mergedTriples() const;
};

/// The graph stage in two steps, so that a large build need not hold every quad, nor every
/// evidence sentence, in memory at once: the constructor resolves the things of all articles,
/// then appendQuads() makes the quads of one article when asked. buildKnowledgeGraph() is both
/// steps in memory.
class GraphBuilder {
 public:
  /// Sorts the articles by identifier and resolves their things: only what `articles` holds is
  /// read (identifier and date of each article, its things and the edges of its events, the
  /// number of facts), and it is freed when the constructor returns.
  GraphBuilder(ResolutionInput articles, const GraphOptions& options);
  /// The same from whole graphs.
  GraphBuilder(const std::vector<ArticleGraph>& articles, const GraphOptions& options);

  [[nodiscard]] std::size_t size() const { return artIri_.size(); }
  /// The identifier of the i-th article in identifier order.
  [[nodiscard]] const std::string& articleId(std::size_t i) const { return articleId_.at(i); }
  /// Its named graph: articleIri() of its identifier.
  [[nodiscard]] const std::string& graphIri(std::size_t i) const { return artIri_[i]; }
  /// Appends the quads of article i to `out`, not in canonical order and maybe with duplicates.
  /// `full` is the whole graph of the article articleId(i): the one given to the input, with its
  /// facts and evidence (the evidence goes into the quads and into the IRIs of facts).
  void appendQuads(std::size_t i, const ArticleGraph& full, std::vector<Quad>& out) const;
  /// The graph so far, without quads: entities sorted by IRI, member IRIs, base IRI, and the
  /// counts in stats (articles, entities, facts, entities per class). Components, central
  /// actors and degrees come from the quads (graph/Stats.h).
  [[nodiscard]] const KnowledgeGraph& graph() const { return kg_; }
  [[nodiscard]] KnowledgeGraph& graph() { return kg_; }

 private:
  std::vector<std::string> articleId_;
  std::vector<std::string> artIri_;
  std::vector<std::size_t> firstItem_;  ///< per article: its first clustered item
  std::vector<std::size_t> entityOf_;   ///< per clustered item: index into kg_.entities
  KnowledgeGraph kg_;
};

/// Resolves entities across articles and builds the quads. The result depends only on the set
/// of article graphs, not on their order.
[[nodiscard]] KnowledgeGraph buildKnowledgeGraph(const std::vector<ArticleGraph>& articles, const GraphOptions& options);

/// The IRI of an article: base + "article/" + slug of its identifier (+ hash when the slug
/// loses information).
[[nodiscard]] std::string articleIri(const std::string& base, const std::string& id);

}  // namespace ng
