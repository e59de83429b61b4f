// The binary container the NLP model files share: an 8-byte magic, a format version, the model
// kind, the payload, and a 64-bit checksum over everything before it. Numbers are stored
// little-endian; strings and arrays carry their length. Loading checks every length against the
// bytes left, so a truncated or corrupt file raises std::runtime_error naming the file.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ng::nlp {

static_assert(std::endian::native == std::endian::little, "model files are read with little-endian loads");

inline constexpr std::uint32_t kModelFormatVersion = 1;

enum class ModelKind : std::uint32_t { PosTagger = 1, EntityRecognizer = 2 };

/// Builds a model file in memory.
class ByteWriter {
 public:
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void put(const T& v) {
    const auto* p = reinterpret_cast<const char*>(&v);
    bytes_.append(p, sizeof(T));
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  void putArray(const std::vector<T>& v) {
    put<std::uint64_t>(v.size());
    bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void putString(std::string_view s) {
    put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
  }
  void putStrings(const std::vector<std::string>& v) {
    put<std::uint32_t>(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) putString(s);
  }
  [[nodiscard]] const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

/// Reads a model payload; every read is bounds-checked.
class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::filesystem::path source)
      : bytes_(bytes), source_(std::move(source)) {}

  template <typename T>
    requires std::is_trivially_copyable_v<T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  template <typename T>
    requires std::is_trivially_copyable_v<T>
  std::vector<T> getArray() {
    const auto n = get<std::uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T)) fail("array longer than the file");
    std::vector<T> v(n);
    if (n != 0) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::string getString() {
    const auto n = get<std::uint32_t>();
    need(n);
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::vector<std::string> getStrings() {
    const auto n = get<std::uint32_t>();
    if (n > bytes_.size() - pos_) fail("string list longer than the file");
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) v.push_back(getString());
    return v;
  }
  [[nodiscard]] bool atEnd() const { return pos_ == bytes_.size(); }
  /// Throws std::runtime_error("corrupt model file <source>: <what>").
  [[noreturn]] void fail(std::string_view what) const;

 private:
  void need(std::size_t n) const {
    if (n > bytes_.size() - pos_) fail("unexpected end of data");
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::filesystem::path source_;
};

/// Writes header + payload + checksum to `path` (through a temporary file renamed into place).
void writeModelFile(const std::filesystem::path& path, ModelKind kind, const std::string& payload);

/// Reads `path`, checks magic, version, kind and checksum, and returns the payload.
/// Throws std::runtime_error naming the file when it is missing or not a valid model of `kind`.
[[nodiscard]] std::string readModelFile(const std::filesystem::path& path, ModelKind kind);

}  // namespace ng::nlp
