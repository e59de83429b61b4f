// Extracted article graphs parked on disk between extraction and the quads, so that a build
// holds in memory only what entity resolution reads (graph/ResolutionInput.h),
// not the facts and evidence sentences of every article.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>

#include "extract/ArticleGraph.h"
#include "graph/SpillFile.h"

namespace ng {

class ArticleSpill {
 public:
  /// Creates `file`; it is removed when the spill is destroyed.
  explicit ArticleSpill(std::filesystem::path file);
  ~ArticleSpill();
  ArticleSpill(const ArticleSpill&) = delete;
  ArticleSpill& operator=(const ArticleSpill&) = delete;

  /// Appends a graph; returns where it starts, for get().
  std::uint64_t put(const ArticleGraph& g);
  /// The graph put() stored at `at`. The first call ends writing.
  [[nodiscard]] ArticleGraph get(std::uint64_t at);

 private:
  std::filesystem::path file_;
  std::unique_ptr<SpillWriter> writer_;
  std::unique_ptr<SpillReader> reader_;
};

}  // namespace ng
