// Serd-backed RDF writers. Every RDF byte newsgraph produces goes through these.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Quad.h"

namespace ng {

enum class RdfSyntax { Turtle, TriG, NTriples, NQuads };

/// Streams quads to a FILE* or a string through a SerdWriter. For Turtle and N-Triples the graph
/// of each quad is ignored. Prefixes (ontology::kPrefixes) are declared in Turtle and TriG.
/// Not thread-safe; one writer per output.
class RdfWriter {
 public:
  RdfWriter(RdfSyntax syntax, std::FILE* out);
  explicit RdfWriter(RdfSyntax syntax);  ///< writes into an in-memory string, see text()
  ~RdfWriter();
  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;

  void write(const Quad& q);
  /// Writes the closing bits (a final "}" for TriG, the last "."); call once at the end.
  void finish();
  [[nodiscard]] const std::string& text() const { return buffer_; }
  [[nodiscard]] std::size_t count() const { return count_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string buffer_;
  std::size_t count_ = 0;
};

/// Writes `quads` (already in canonical order) to `path` atomically: a temporary file in the same
/// folder, flushed and renamed into place. Throws std::runtime_error naming the file on failure.
void writeRdfFile(const std::filesystem::path& path, RdfSyntax syntax, const std::vector<Quad>& quads);

/// Re-serializes Turtle text (the embedded ontology) through Serd into `path`, atomically.
void writeTurtleText(const std::filesystem::path& path, std::string_view turtle);

/// Writes a file atomically: `fill` writes into a temporary file, which is renamed to `path`
/// only when fill returns normally and the data reached the disk.
void writeFileAtomic(const std::filesystem::path& path, const std::function<void(std::FILE*)>& fill);

}  // namespace ng
