// Temporary binary files for data that does not fit in memory: sorted runs of quads
// (graph/QuadSorter.h) and extracted article graphs waiting for the graph stage (app/Build.cpp).
// Written and read back by the same process only, so the format needs no version: varints,
// length-prefixed strings and raw bytes through a large buffer.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

class SpillWriter {
 public:
  /// Creates (or truncates) `file`. Throws std::runtime_error naming it when it cannot.
  explicit SpillWriter(std::filesystem::path file);
  ~SpillWriter();
  SpillWriter(const SpillWriter&) = delete;
  SpillWriter& operator=(const SpillWriter&) = delete;

  void putByte(std::uint8_t b) {
    if (buffer_.size() == buffer_.capacity()) drain();
    buffer_.push_back(static_cast<char>(b));
  }
  void putVarint(std::uint64_t v);
  void putString(std::string_view s);
  void putDouble(double d);
  /// Bytes written so far: where the next record starts, for SpillReader::seek().
  [[nodiscard]] std::uint64_t offset() const { return written_ + buffer_.size(); }
  /// Writes out the buffer and closes the file; throws on a write error (disk full).
  void close();

 private:
  void drain();

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
  std::uint64_t written_ = 0;
};

class SpillReader {
 public:
  /// `bufferBytes`: smaller for the many runs of a merge, larger for one sequential file.
  explicit SpillReader(std::filesystem::path file, std::size_t bufferBytes = 1 << 20);
  ~SpillReader();
  SpillReader(const SpillReader&) = delete;
  SpillReader& operator=(const SpillReader&) = delete;

  [[nodiscard]] bool atEnd();
  /// Cheap when `offset` is in the buffer (records read in about the order they were written).
  void seek(std::uint64_t offset);
  std::uint8_t getByte() {
    if (pos_ == end_) fill(1);
    return static_cast<std::uint8_t>(buffer_[pos_++]);
  }
  std::uint64_t getVarint();
  void getString(std::string& out);
  [[nodiscard]] std::string getString() {
    std::string s;
    getString(s);
    return s;
  }
  double getDouble();

 private:
  /// Makes at least `need` unread bytes available.
  void fill(std::size_t need);

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t filePos_ = 0;  ///< offset in the file of buffer_[end_]
};

}  // namespace ng
