// SHA-256 (FIPS 180-4) of byte strings and files, for the run manifest: a content hash users can
// compare with `sha256sum` to know exactly which inputs and outputs a build saw.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ng {

/// Incremental SHA-256. Feed bytes with update(), then call hexDigest() once.
class Sha256 {
 public:
  /// `allowHardware` false keeps to the portable code (the SHA instructions of x86 processors
  /// are used when present otherwise; the digests are the same), for tests.
  explicit Sha256(bool allowHardware = true);
  /// Whether this processor has the SHA instructions Sha256 uses.
  [[nodiscard]] static bool hardwareAvailable();
  void update(std::string_view bytes);
  /// The digest as 64 lowercase hex digits. Finalizes: call once, after the last update().
  [[nodiscard]] std::string hexDigest();

 private:
  /// Runs the compression function over `blocks` consecutive 64-byte blocks.
  void compress(const std::uint8_t* data, std::size_t blocks);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> block_{};
  std::size_t blockLen_ = 0;
  std::uint64_t totalBytes_ = 0;
  bool hardware_ = false;
};

/// SHA-256 of `bytes` as 64 lowercase hex digits.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

struct FileDigest {
  std::string sha256;       ///< 64 lowercase hex digits
  std::uintmax_t bytes = 0;
};

/// Streams a file through SHA-256. Throws std::runtime_error naming the file when it cannot be read.
[[nodiscard]] FileDigest sha256File(const std::filesystem::path& path);

}  // namespace ng
