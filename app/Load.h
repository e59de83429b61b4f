// `newsgraph load`: pushes a build (or its delta) into a SPARQL 1.1 endpoint with SPARQL Update
// over HTTP (libcurl): chunked, retried on transient errors, with a clear error on rejection.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include <spdlog/logger.h>

namespace ng {

struct LoadOptions {
  std::filesystem::path outDir;   ///< a build's output folder
  std::string endpoint;           ///< SPARQL Update endpoint URL
  std::string graph;              ///< load the merged graph into this one graph; empty: one graph per article
  std::string user, password;     ///< HTTP auth (basic or digest, whichever the server asks for)
  bool delta = false;             ///< send OUT/delta/ (removed, then added) instead of the whole graph
  bool keep = false;              ///< do not clear the target graphs before a full load
  std::size_t chunk = 5000;       ///< quads per request
  int retries = 4;                ///< attempts per request on connection errors, 5xx and 429
  long timeoutSeconds = 300;      ///< per request
};

struct LoadReport {
  std::size_t requests = 0;
  std::size_t quads = 0;          ///< quads sent (inserted plus deleted)
  std::size_t graphs = 0;
  double seconds = 0;
};

/// Throws std::runtime_error with the server's answer when a request is rejected or the
/// endpoint stays unreachable after the retries; requests already sent stay applied.
[[nodiscard]] LoadReport runLoad(const LoadOptions& options, spdlog::logger& log);

}  // namespace ng
