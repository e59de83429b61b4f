// Graph statistics with Boost.Graph: connected components and degree centrality of the graph
// whose vertices are the resolved things and whose edges join things related by a fact.
#pragma once

#include "graph/Resolver.h"

namespace ng {

/// Fills kg.stats.components and kg.stats.topActorsByDegree (at most `top` actors, highest
/// degree first, ties by IRI) and returns the degree of every entity, by IRI.
std::map<std::string, std::size_t> computeGraphStats(KnowledgeGraph& kg, std::size_t top = 10);

}  // namespace ng
