// `newsgraph build`: read inputs, extract every article (in parallel), resolve, write the outputs.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <spdlog/logger.h>

#include "graph/Resolver.h"
#include "ingest/Ingest.h"

namespace ng {

struct BuildOptions {
  std::vector<std::string> inputs;   ///< files and folders
  std::filesystem::path outDir;
  std::string baseIri = GraphOptions{}.baseIri;
  unsigned threads = 0;              ///< 0: one per core
  std::size_t maxArticleBytes = IngestOptions{}.maxArticleBytes;
  std::filesystem::path dataRoot;    ///< empty: findDataDir()
  std::filesystem::path stateDir;    ///< incremental runs: see app/State.h; empty: none
  std::vector<std::string> retract;  ///< article ids to remove from the state's graph
};

struct BuildReport {
  std::size_t articles = 0;          ///< articles in the graph
  std::size_t extracted = 0;         ///< articles extracted in this run
  std::size_t reused = 0;            ///< articles taken from the state
  std::vector<std::string> retracted;
  std::size_t added = 0, removed = 0;  ///< delta against the state's last run
  std::vector<InputProblem> rejected;
  std::size_t skippedFiles = 0;      ///< files in folders that are not .txt/.jsonl
  std::size_t entities = 0;
  std::size_t facts = 0;
  GraphStats stats;                  ///< classes, components, most central actors
  std::size_t triples = 0;           ///< in graph.ttl
  std::size_t quads = 0;             ///< in graph.trig
  double seconds = 0;
  std::vector<std::filesystem::path> written;
};

/// Runs a build. Per-input problems are collected in the report, never thrown. Throws
/// std::runtime_error when the run cannot go on (no data files, output folder not writable);
/// then no output file is left half-written.
[[nodiscard]] BuildReport runBuild(const BuildOptions& options, spdlog::logger& log);

}  // namespace ng
