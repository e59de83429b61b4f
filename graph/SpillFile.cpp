#include "graph/SpillFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace ng {

namespace {

constexpr std::size_t kWriteBuffer = 1 << 20;

std::runtime_error ioError(const char* what, const std::filesystem::path& p, int err) {
  return std::runtime_error(std::string(what) + " temporary file " + p.string() + ": " + std::strerror(err));
}

}  // namespace

SpillWriter::SpillWriter(std::filesystem::path file) : path_(std::move(file)) {
  file_ = std::fopen(path_.c_str(), "wb");
  if (!file_) throw ioError("cannot create", path_, errno);
  buffer_.reserve(kWriteBuffer);
}

SpillWriter::~SpillWriter() {
  if (file_) std::fclose(file_);
}

void SpillWriter::drain() {
  if (buffer_.empty()) return;
  if (!file_ || std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    throw ioError("cannot write", path_, file_ ? errno : EBADF);
  written_ += buffer_.size();
  buffer_.clear();
}

void SpillWriter::putVarint(std::uint64_t v) {
  while (v >= 0x80) {
    putByte(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  putByte(static_cast<std::uint8_t>(v));
}

void SpillWriter::putString(std::string_view s) {
  putVarint(s.size());
  if (buffer_.size() + s.size() > buffer_.capacity()) drain();
  if (s.size() > buffer_.capacity()) {
    if (std::fwrite(s.data(), 1, s.size(), file_) != s.size()) throw ioError("cannot write", path_, errno);
    written_ += s.size();
    return;
  }
  buffer_.insert(buffer_.end(), s.begin(), s.end());
}

void SpillWriter::putDouble(double d) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &d, sizeof bits);
  for (int i = 0; i < 8; ++i, bits >>= 8) putByte(static_cast<std::uint8_t>(bits));
}

void SpillWriter::close() {
  drain();
  std::FILE* f = file_;
  file_ = nullptr;
  if (f && std::fclose(f) != 0) throw ioError("cannot write", path_, errno);
}

SpillReader::SpillReader(std::filesystem::path file, std::size_t bufferBytes) : path_(std::move(file)) {
  file_ = std::fopen(path_.c_str(), "rb");
  if (!file_) throw ioError("cannot read", path_, errno);
  buffer_.resize(std::max<std::size_t>(bufferBytes, 4096));
}

SpillReader::~SpillReader() {
  if (file_) std::fclose(file_);
}

void SpillReader::fill(std::size_t need) {
  // Keep the unread bytes at the front, then top up until `need` bytes are there.
  const std::size_t left = end_ - pos_;
  if (need > buffer_.size()) buffer_.resize(need);
  std::memmove(buffer_.data(), buffer_.data() + pos_, left);
  pos_ = 0;
  end_ = left;
  while (end_ < need) {
    const std::size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
    if (got == 0) {
      if (std::ferror(file_)) throw ioError("cannot read", path_, errno);
      throw std::runtime_error("temporary file " + path_.string() + " ends early");
    }
    end_ += got;
    filePos_ += got;
  }
}

bool SpillReader::atEnd() {
  if (pos_ < end_) return false;
  pos_ = 0;
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  if (end_ == 0 && std::ferror(file_)) throw ioError("cannot read", path_, errno);
  filePos_ += end_;
  return end_ == 0;
}

void SpillReader::seek(std::uint64_t offset) {
  const std::uint64_t bufferStart = filePos_ - end_;
  if (offset >= bufferStart && offset <= filePos_) {
    pos_ = static_cast<std::size_t>(offset - bufferStart);
    return;
  }
  if (std::fseek(file_, static_cast<long>(offset), SEEK_SET) != 0) throw ioError("cannot read", path_, errno);
  pos_ = end_ = 0;
  filePos_ = offset;
}

std::uint64_t SpillReader::getVarint() {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    const std::uint8_t b = getByte();
    v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return v;
  }
  throw std::runtime_error("temporary file " + path_.string() + " is broken");
}

void SpillReader::getString(std::string& out) {
  const std::uint64_t n = getVarint();
  if (end_ - pos_ < n) fill(static_cast<std::size_t>(n));
  out.assign(buffer_.data() + pos_, static_cast<std::size_t>(n));
  pos_ += static_cast<std::size_t>(n);
}

double SpillReader::getDouble() {
  std::uint64_t bits = 0;
  for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(getByte()) << (8 * i);
  double d = 0;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace ng
