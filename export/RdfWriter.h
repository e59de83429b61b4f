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

/// A file written under a temporary name in its folder and renamed into place by commit(), so
/// that nobody sees it half-written. Destroyed without a commit (an exception on the way), it
/// removes the temporary file.
class AtomicFile {
 public:
  /// Opens the temporary file for `path`. Throws std::runtime_error naming it when it cannot.
  explicit AtomicFile(std::filesystem::path path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  [[nodiscard]] std::FILE* get() const { return file_; }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  /// Flushes the data to the disk and renames the file to path(), or to `as` (in the same
  /// folder) when the name depends on the content. Throws std::runtime_error on failure.
  void commit();
  void commit(const std::filesystem::path& as);

 private:
  void discard();

  std::filesystem::path path_, tmp_;
  std::FILE* file_ = nullptr;
};

/// Re-serializes Turtle text (the embedded ontology) through Serd into `path`, atomically.
void writeTurtleText(const std::filesystem::path& path, std::string_view turtle);

/// Writes a file atomically: `fill` writes into a temporary file, which is renamed to `path`
/// only when fill returns normally and the data reached the disk.
void writeFileAtomic(const std::filesystem::path& path, const std::function<void(std::FILE*)>& fill);

}  // namespace ng
