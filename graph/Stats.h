// Graph statistics with Boost.Graph: connected components and degree centrality of the graph
// whose vertices are the resolved things and whose edges join things related by a fact.
#pragma once

#include <memory>

#include "graph/Resolver.h"

namespace ng {

/// The thing graph built from quads given one at a time, so that they need not all be in memory.
class ThingGraphStats {
 public:
  /// `entities` sorted by IRI (KnowledgeGraph::entities); it must outlive this object.
  explicit ThingGraphStats(const std::vector<CanonicalEntity>& entities);
  ~ThingGraphStats();
  ThingGraphStats(const ThingGraphStats&) = delete;
  ThingGraphStats& operator=(const ThingGraphStats&) = delete;

  void add(const Quad& q);
  /// The quads of one article are complete: links through its facts become edges now. Facts
  /// belong to one article, so a build calls this after each one to keep memory bounded.
  void endArticle();
  /// Fills stats.components and stats.topActorsByDegree (at most `top` actors, highest degree
  /// first, ties by IRI) and returns the degree of every entity, by IRI.
  std::map<std::string, std::size_t> finish(GraphStats& stats, std::size_t top = 10);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// ThingGraphStats over kg.quads: fills kg.stats.components and kg.stats.topActorsByDegree and
/// returns the degree of every entity, by IRI.
std::map<std::string, std::size_t> computeGraphStats(KnowledgeGraph& kg, std::size_t top = 10);

}  // namespace ng
