// The dataset description written to OUT/void.ttl: VoID counts plus newsgraph's graph statistics.
#pragma once

#include <vector>

#include "graph/Quad.h"
#include "graph/Resolver.h"

namespace ng {

/// Triples describing the dataset <base>dataset: void:triples, void:entities, void:documents
/// (articles), one void:classPartition per class with its entity count, ng:connectedComponents,
/// and ng:mostCentralActor with each such actor's ng:degree. Canonical order.
[[nodiscard]] std::vector<Quad> voidDescription(const KnowledgeGraph& kg, std::size_t triples);

}  // namespace ng
