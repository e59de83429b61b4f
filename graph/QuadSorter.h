// Sorting more quads than fit in memory: an external merge sort into canonical order.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/Quad.h"

namespace ng {

/// Takes quads in any order and hands them back in canonical order (quadLess) without
/// duplicates, as canonicalize() would, holding about `memoryBytes` of them at a time: a full
/// buffer is sorted and written as a run to a file in `dir`, and sorted() merges the runs. When
/// everything fits in one buffer nothing touches the disk.
class QuadSorter {
 public:
  QuadSorter(std::filesystem::path dir, std::string name, std::size_t memoryBytes = std::size_t{32} << 20);
  ~QuadSorter();
  QuadSorter(const QuadSorter&) = delete;
  QuadSorter& operator=(const QuadSorter&) = delete;

  void add(Quad q);
  /// Ends the input and returns the sorted quads; call once. The source takes over the run
  /// files and removes them when it is destroyed.
  [[nodiscard]] std::unique_ptr<QuadSource> sorted();
  /// Runs written to disk so far (0 when everything stayed in memory).
  [[nodiscard]] std::size_t runs() const { return runs_.size(); }

 private:
  void spill();
  std::filesystem::path newRun();

  std::filesystem::path dir_;
  std::string name_;
  std::size_t memoryBytes_;
  std::vector<Quad> buffer_;
  std::size_t bufferBytes_ = 0;
  std::vector<std::filesystem::path> runs_;
  std::size_t nextRun_ = 0;
};

/// Approximate heap and object bytes one quad takes, for memory budgets.
[[nodiscard]] std::size_t approxBytes(const Quad& q);

}  // namespace ng
