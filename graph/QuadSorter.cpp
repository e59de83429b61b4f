#include "graph/QuadSorter.h"

#include <algorithm>
#include <system_error>

#include "graph/SpillFile.h"

namespace ng {
namespace fs = std::filesystem;

namespace {

/// More runs than this are merged in rounds, so that few files are open at once.
constexpr std::size_t kFanIn = 64;
constexpr std::size_t kRunReadBuffer = std::size_t{256} << 10;

std::size_t heapBytes(const std::string& s) {
  return s.capacity() > 15 ? s.capacity() + 1 + 16 : 0;  // beyond the small-string buffer, plus malloc's header
}

void putTerm(SpillWriter& w, const Term& t) {
  w.putByte(static_cast<std::uint8_t>((t.kind == Term::Kind::Literal ? 1 : 0) | (static_cast<unsigned>(t.type) << 1)));
  w.putString(t.value);
}

void getTerm(SpillReader& r, Term& t) {
  const std::uint8_t b = r.getByte();
  t.kind = (b & 1) ? Term::Kind::Literal : Term::Kind::Iri;
  t.type = static_cast<Literal::Type>(b >> 1);
  r.getString(t.value);
}

void putQuad(SpillWriter& w, const Quad& q) {
  putTerm(w, q.subject);
  putTerm(w, q.predicate);
  putTerm(w, q.object);
  w.putString(q.graph);
}

bool getQuad(SpillReader& r, Quad& q) {
  if (r.atEnd()) return false;
  getTerm(r, q.subject);
  getTerm(r, q.predicate);
  getTerm(r, q.object);
  r.getString(q.graph);
  return true;
}

/// Sorted quads held in memory.
class BufferSource : public QuadSource {
 public:
  explicit BufferSource(std::vector<Quad> quads) : quads_(std::move(quads)) {}
  const Quad* next() override { return at_ < quads_.size() ? &quads_[at_++] : nullptr; }

 private:
  std::vector<Quad> quads_;
  std::size_t at_ = 0;
};

/// A k-way merge of sorted runs, duplicates dropped.
class MergeSource : public QuadSource {
  /// Heap order: the run whose next quad comes first on top.
  struct Later {
    const std::vector<Quad>* heads;
    bool operator()(std::size_t a, std::size_t b) const { return quadLess((*heads)[b], (*heads)[a]); }
  };

 public:
  explicit MergeSource(const std::vector<fs::path>& runs) {
    for (const auto& run : runs) {
      readers_.push_back(std::make_unique<SpillReader>(run, kRunReadBuffer));
      heads_.emplace_back();
      if (getQuad(*readers_.back(), heads_.back())) heap_.push_back(readers_.size() - 1);
    }
    std::make_heap(heap_.begin(), heap_.end(), greater());
  }

  const Quad* next() override {
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), greater());
      const std::size_t r = heap_.back();
      std::swap(candidate_, heads_[r]);
      if (getQuad(*readers_[r], heads_[r])) std::push_heap(heap_.begin(), heap_.end(), greater());
      else heap_.pop_back();
      if (any_ && candidate_ == out_) continue;
      std::swap(out_, candidate_);
      any_ = true;
      return &out_;
    }
    return nullptr;
  }

 private:
  Later greater() const { return {&heads_}; }

  std::vector<std::unique_ptr<SpillReader>> readers_;
  std::vector<Quad> heads_;  ///< the next quad of each run
  std::vector<std::size_t> heap_;
  Quad out_, candidate_;
  bool any_ = false;
};

/// Removes the run files it was given when the merged source is gone.
class OwningMergeSource : public MergeSource {
 public:
  explicit OwningMergeSource(std::vector<fs::path> runs) : MergeSource(runs), runs_(std::move(runs)) {}
  ~OwningMergeSource() override {
    std::error_code ec;
    for (const auto& r : runs_) fs::remove(r, ec);
  }

 private:
  std::vector<fs::path> runs_;
};

}  // namespace

std::size_t approxBytes(const Quad& q) {
  return sizeof(Quad) + heapBytes(q.subject.value) + heapBytes(q.predicate.value) + heapBytes(q.object.value) +
         heapBytes(q.graph);
}

QuadSorter::QuadSorter(fs::path dir, std::string name, std::size_t memoryBytes)
    : dir_(std::move(dir)), name_(std::move(name)), memoryBytes_(memoryBytes) {}

QuadSorter::~QuadSorter() {
  std::error_code ec;
  for (const auto& r : runs_) fs::remove(r, ec);
}

fs::path QuadSorter::newRun() { return dir_ / (name_ + "-" + std::to_string(nextRun_++) + ".run"); }

void QuadSorter::add(Quad q) {
  bufferBytes_ += approxBytes(q);
  buffer_.push_back(std::move(q));
  if (bufferBytes_ >= memoryBytes_) spill();
}

void QuadSorter::spill() {
  canonicalize(buffer_);
  const fs::path run = newRun();
  runs_.push_back(run);
  SpillWriter w(run);
  for (const auto& q : buffer_) putQuad(w, q);
  w.close();
  buffer_ = {};  // give the memory back, not just the elements
  bufferBytes_ = 0;
}

std::unique_ptr<QuadSource> QuadSorter::sorted() {
  if (runs_.empty()) {
    canonicalize(buffer_);
    return std::make_unique<BufferSource>(std::move(buffer_));
  }
  if (!buffer_.empty()) spill();
  while (runs_.size() > kFanIn) {
    const std::vector<fs::path> group(runs_.begin(), runs_.begin() + kFanIn);
    const fs::path merged = newRun();
    {
      MergeSource source(group);
      SpillWriter w(merged);
      while (const Quad* q = source.next()) putQuad(w, *q);
      w.close();
    }
    std::error_code ec;
    for (const auto& r : group) fs::remove(r, ec);
    runs_.erase(runs_.begin(), runs_.begin() + kFanIn);
    runs_.push_back(merged);
  }
  auto source = std::make_unique<OwningMergeSource>(runs_);
  runs_.clear();
  return source;
}

}  // namespace ng
