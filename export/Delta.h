// The difference between two runs' quads, for updating an endpoint.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "export/RdfWriter.h"
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

/// The delta written while this run's quads stream past, for graphs that do not fit in memory:
/// a merge of `before` (the last run's quads) with the quads given to add(), both in canonical
/// order without duplicates. finish() writes DIR/added.nq, DIR/removed.nq and DIR/update.ru,
/// each exactly as diffQuads() followed by writeRdfFile() and writeSparqlUpdate() would, and
/// atomically; scratch files go to `work`.
class DeltaWriter {
 public:
  DeltaWriter(std::filesystem::path dir, const std::filesystem::path& work, QuadSource& before);
  ~DeltaWriter();
  DeltaWriter(const DeltaWriter&) = delete;
  DeltaWriter& operator=(const DeltaWriter&) = delete;

  void add(const Quad& q);
  void finish();
  [[nodiscard]] std::size_t added() const { return added_; }
  [[nodiscard]] std::size_t removed() const { return removed_; }

 private:
  struct Side;
  void remove(const Quad& q);

  std::filesystem::path dir_;
  QuadSource& before_;
  const Quad* next_ = nullptr;  ///< the next quad of `before`
  std::unique_ptr<Side> addedSide_, removedSide_;
  std::size_t added_ = 0, removed_ = 0;
};

}  // namespace ng
