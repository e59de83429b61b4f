// OUT/manifest.json: what a build read and wrote, so a run can be audited and reproduced. Which
// input files (with their SHA-256), which article identifiers each one gave, the counts, the
// version, the options and the timing. The one output that differs between two runs of the same
// inputs (it holds the start time and duration).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ng {

struct ManifestInput {
  std::string path;
  std::string sha256;            ///< of the file's bytes, 64 lowercase hex digits; empty: unreadable
  std::uintmax_t bytes = 0;
  std::vector<std::string> ids;  ///< identifiers of the articles read from it, in file order
};

struct ManifestProblem {
  std::string path;
  std::size_t line = 0;  ///< 0 for a whole file
  std::string message;
};

struct ManifestInfo {
  std::string version = "0.1.0";
  std::chrono::system_clock::time_point started;
  double seconds = 0;
  unsigned threads = 0;  ///< extraction threads actually used
  std::string baseIri;
  std::vector<ManifestInput> inputs;
  std::vector<ManifestProblem> rejected;
  std::size_t articles = 0;   ///< in the graph
  std::size_t extracted = 0;  ///< extracted in this run (incremental runs reuse the others)
  std::size_t reused = 0;     ///< taken from the state of earlier runs
  std::size_t entities = 0;
  std::size_t facts = 0;
  std::size_t triples = 0;
  std::size_t quads = 0;
  std::size_t components = 0;
  std::map<std::string, std::size_t> entitiesPerClass;
  /// Files the build wrote; writeManifest records their size and SHA-256 as they are on disk.
  std::vector<std::filesystem::path> outputs;
};

/// An input file's path, SHA-256 and size (ids left for the caller to fill while reading it).
/// A file that cannot be read gets an empty hash: ingest reports it as a rejected input.
[[nodiscard]] ManifestInput describeInput(const std::filesystem::path& file);

/// "2025-03-14T09:26:53Z": UTC, ISO 8601, whole seconds.
[[nodiscard]] std::string isoUtc(std::chrono::system_clock::time_point t);

/// The manifest as pretty-printed JSON (keys in a fixed order, invalid UTF-8 in paths replaced).
[[nodiscard]] std::string manifestJson(const ManifestInfo& info);

/// Writes manifestJson(info) to `path` atomically (see writeFileAtomic).
void writeManifest(const std::filesystem::path& path, const ManifestInfo& info);

}  // namespace ng
