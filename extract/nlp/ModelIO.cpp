#include "extract/nlp/ModelIO.h"

#include <fstream>
#include <stdexcept>

#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {
namespace {

constexpr std::string_view kMagic = "NGNLPMDL";
constexpr std::size_t kHeaderSize = 8 + 4 + 4;

std::uint64_t checksum(std::string_view bytes) { return hashString(bytes); }

std::string describe(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

}  // namespace

void ByteReader::fail(std::string_view what) const {
  throw std::runtime_error("corrupt model file '" + source_.string() + "': " + std::string(what));
}

void writeModelFile(const std::filesystem::path& path, ModelKind kind, const std::string& payload) {
  ByteWriter header;
  std::string bytes(kMagic);
  header.put<std::uint32_t>(kModelFormatVersion);
  header.put<std::uint32_t>(static_cast<std::uint32_t>(kind));
  bytes += header.bytes();
  bytes += payload;
  ByteWriter tail;
  tail.put<std::uint64_t>(checksum(bytes));
  bytes += tail.bytes();

  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write model file " + describe(tmp));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write model file " + describe(tmp));
  }
  std::filesystem::rename(tmp, path);
}

std::string readModelFile(const std::filesystem::path& path, ModelKind kind) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error("cannot open model file " + describe(path));
  // One read of the whole file into a string of its size (not through a growing string stream).
  const std::streamoff size = in.tellg();
  if (size < 0) throw std::runtime_error("cannot read model file " + describe(path));
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) throw std::runtime_error("cannot read model file " + describe(path));
  const auto corrupt = [&](std::string_view what) -> std::runtime_error {
    return std::runtime_error("corrupt model file " + describe(path) + ": " + std::string(what));
  };
  if (bytes.size() < kHeaderSize + 8 || std::string_view(bytes).substr(0, 8) != kMagic)
    throw corrupt("not a newsgraph NLP model");
  ByteReader header(std::string_view(bytes).substr(8, 8), path);
  const auto version = header.get<std::uint32_t>();
  const auto fileKind = header.get<std::uint32_t>();
  if (version != kModelFormatVersion)
    throw corrupt("format version " + std::to_string(version) + ", expected " +
                  std::to_string(kModelFormatVersion));
  if (fileKind != static_cast<std::uint32_t>(kind)) throw corrupt("wrong model kind");
  ByteReader tail(std::string_view(bytes).substr(bytes.size() - 8), path);
  if (tail.get<std::uint64_t>() != checksum(std::string_view(bytes).substr(0, bytes.size() - 8)))
    throw corrupt("checksum mismatch");
  bytes.resize(bytes.size() - 8);
  bytes.erase(0, kHeaderSize);
  return bytes;
}

}  // namespace ng::nlp
