// The graph stage: resolves the things of many articles into one node per real-world thing and
// turns everything into quads, one named graph per article.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/ArticleGraph.h"
#include "graph/Quad.h"

namespace ng {

struct GraphOptions {
  std::string baseIri = "https://w3id.org/newsgraph/id/";  ///< checked with checkBaseIri()
  /// IRIs given in an earlier run, by member key (see memberKeyOf): the things of these articles
  /// keep their IRIs, and no new thing gets one of them.
  std::map<std::string, std::string> previousIris;
};

/// Key of a thing of one article for the entity table: article id, class family, folded label.
[[nodiscard]] std::string memberKeyOf(const std::string& articleId, const Node& node);

/// One resolved real-world thing.
struct CanonicalEntity {
  std::string iri;
  onto::Class cls = onto::Class::Organization;
  std::string label;                  ///< the one preferred name
  std::vector<std::string> altLabels; ///< every other form, sorted
  std::vector<std::string> articles;  ///< article IRIs that mention it, sorted
};

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
  std::map<std::string, std::string> memberIris;  ///< member key -> IRI, for the next run
  std::string baseIri;
  /// The merged default-graph view: every triple once, canonical order.
  [[nodiscard]] std::vector<Quad> mergedTriples() const;
};

/// Resolves entities across articles and builds the quads. The result depends only on the set
/// of article graphs, not on their order.
[[nodiscard]] KnowledgeGraph buildKnowledgeGraph(std::vector<ArticleGraph> articles, const GraphOptions& options);

/// The IRI of an article: base + "article/" + slug of its identifier (+ hash when the slug
/// loses information).
[[nodiscard]] std::string articleIri(const std::string& base, const std::string& id);

}  // namespace ng
