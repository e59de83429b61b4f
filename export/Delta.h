// The difference between two runs' quads, for updating an endpoint.
#pragma once

#include <filesystem>
#include <vector>

#include "graph/Quad.h"

namespace ng {

struct Delta {
  std::vector<Quad> added;    ///< in `after` only, canonical order
  std::vector<Quad> removed;  ///< in `before` only, canonical order
};

/// Both inputs need not be sorted.
[[nodiscard]] Delta diffQuads(std::vector<Quad> before, std::vector<Quad> after);

/// SPARQL 1.1 Update text: DELETE DATA for the removed quads, then INSERT DATA for the added
/// ones, grouped by named graph, at most `chunk` quads per operation. The RDF terms are written
/// by Serd's N-Triples writer.
[[nodiscard]] std::vector<std::string> sparqlUpdates(const Delta& delta, std::size_t chunk = 5000);

/// Writes sparqlUpdates(delta) into one file, operations separated by " ;" (atomic replace).
void writeSparqlUpdate(const std::filesystem::path& path, const Delta& delta);

}  // namespace ng
