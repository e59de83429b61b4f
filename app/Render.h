// `newsgraph render`: a picture of the main actors of a built graph, drawn by Graphviz.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include <spdlog/logger.h>

namespace ng {

struct RenderOptions {
  std::filesystem::path outDir;  ///< the output folder of a build; its graph.nq is read
  std::filesystem::path output;  ///< the picture; the format comes from the extension: .svg, .png, .pdf
  std::size_t top = 40;          ///< draw the entities with the most relations, at most this many
  /// Graphviz layout program: dot, sfdp, neato, fdp, circo, twopi; "auto": neato up to 100
  /// nodes, sfdp above (scales to large networks).
  std::string layout = "auto";
  bool edgeLabels = true;        ///< write the relation kind on each edge
};

struct RenderReport {
  std::size_t nodes = 0;  ///< drawn
  std::size_t edges = 0;
  std::size_t entities = 0;  ///< in the whole graph
  std::string layout;        ///< the program that drew it
};

/// Reads OUT/graph.nq, keeps the `top` entities with the most distinct neighbours (see
/// topEntities in export/GraphFormats.h) and the relations between them, and runs the Graphviz
/// layout program (found in PATH, run directly, no shell) to write `output` atomically.
/// Throws std::invalid_argument for an unknown picture format or layout, or an OUT without a
/// graph; std::runtime_error when Graphviz is missing or fails (with its message).
[[nodiscard]] RenderReport renderGraph(const RenderOptions& options, spdlog::logger& log);

}  // namespace ng
