// Sparse multi-class linear model over hashed features, and the averaged perceptron that
// trains it. LinearModel is immutable after construction and safe for concurrent const use.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "extract/nlp/HugePages.h"
#include "extract/nlp/ModelIO.h"

// Functions that sum dense weight rows are also compiled for AVX2, picked at run time when the
// CPU has it (integer sums: the same scores either way).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define NG_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NG_SIMD_CLONES
#endif

namespace ng::nlp {

/// The slot of `key` in an open-addressing table with linear probing (key 0 marks an empty
/// slot; the table is a power of two, `mask` its size minus one), or nullptr. Shared by the
/// three weight tables below.
template <class Slot, class Alloc>
[[nodiscard]] inline const Slot* findSlot(const std::vector<Slot, Alloc>& slots, std::size_t mask, std::uint64_t key) {
  std::size_t i = key & mask;
  while (true) {
    const Slot& s = slots[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
    i = (i + 1) & mask;
  }
}

/// Weights quantized to int16 with one scale per model; a feature holds only its non-zero
/// class weights. Scores are accumulated as int32 (multiply by scale() for real values; the
/// argmax does not need it).
class LinearModel {
 public:
  LinearModel() = default;

  [[nodiscard]] std::size_t numClasses() const { return numClasses_; }
  [[nodiscard]] std::size_t numFeatures() const { return numFeatures_; }
  [[nodiscard]] std::size_t numWeights() const { return entries_.size(); }
  [[nodiscard]] float scale() const { return scale_; }

  /// Adds the weights of feature `key` to `scores` (size numClasses()); unknown keys add nothing.
  void addTo(std::uint64_t key, std::span<std::int32_t> scores) const {
    const Slot* s = find(key);
    if (s == nullptr) return;
    for (std::uint32_t e = s->begin; e < s->end; ++e) scores[entries_[e].cls] += entries_[e].weight;
  }
  /// Adds the weights of all `keys` to `scores`. Same result as addTo() per key, but the table
  /// lookups are prefetched together, which hides most of the memory latency.
  void addAll(std::span<const std::uint64_t> keys, std::span<std::int32_t> scores) const {
    constexpr std::size_t kBatch = 64;
    const Slot* found[kBatch];
    for (std::size_t base = 0; base < keys.size(); base += kBatch) {
      const std::size_t n = std::min(kBatch, keys.size() - base);
      for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[base + k] & mask_]);
      for (std::size_t k = 0; k < n; ++k) {
        found[k] = find(keys[base + k]);
        if (found[k] != nullptr) __builtin_prefetch(&entries_[found[k]->begin]);
      }
      for (std::size_t k = 0; k < n; ++k) {
        if (found[k] == nullptr) continue;
        for (std::uint32_t e = found[k]->begin; e < found[k]->end; ++e) scores[entries_[e].cls] += entries_[e].weight;
      }
    }
  }
  /// The weight of one feature for one class (0 when absent).
  [[nodiscard]] std::int32_t weight(std::uint64_t key, std::size_t cls) const;

  void write(ByteWriter& out) const;
  static LinearModel read(ByteReader& in);

  /// Builds from averaged real weights: rows[i] holds (class, weight) of keys[i]. Weights are
  /// quantized; those that round to 0 or are below `minWeight` in magnitude are dropped.
  static LinearModel fromWeights(std::size_t numClasses, const std::vector<std::uint64_t>& keys,
                                 const std::vector<std::vector<std::pair<std::uint16_t, float>>>& rows,
                                 float minWeight);

 private:
  friend class PairedModel;
  friend class DenseModel;
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  struct Entry {
    std::uint16_t cls = 0;
    std::int16_t weight = 0;
  };
  [[nodiscard]] const Slot* find(std::uint64_t key) const { return findSlot(slots_, mask_, key); }
  void build(const std::vector<std::uint64_t>& keys, const std::vector<std::uint16_t>& counts);

  std::size_t numClasses_ = 0;
  std::size_t numFeatures_ = 0;
  float scale_ = 1.0f;
  std::vector<Slot> slots_{Slot{}};
  std::size_t mask_ = 0;
  std::vector<Entry> entries_;
};

/// Two models over the same hashed features (the POS tagger's two passes) in one table, so a
/// feature that both use costs one lookup. Scores are the same as from each model's addAll().
/// A feature with weights for most classes keeps them as a dense row of both models' weights
/// (zeros included), summed in one straight loop instead of class by class.
class PairedModel {
 public:
  PairedModel() = default;
  PairedModel(const LinearModel& first, const LinearModel& second);

  /// Adds the first model's weights of `keys` to `first` and the second's to `second`; an
  /// empty span skips that model.
  void addAll(std::span<const std::uint64_t> keys, std::span<std::int32_t> first,
              std::span<std::int32_t> second) const;
  /// Adds the first model's weights of `firstKeys` to `first` and the second model's weights of
  /// `secondKeys` to `second`, with all the lookups of both prefetched together (for two
  /// decoding passes that run interleaved, so that their table reads overlap).
  void addSplit(std::span<const std::uint64_t> firstKeys, std::span<std::int32_t> first,
                std::span<const std::uint64_t> secondKeys, std::span<std::int32_t> second) const;
  /// For the features of many words at once: keys[k] adds to the rows[k]-th numClasses scores
  /// of `first` and of `second`, with the lookups ahead prefetched.
  void addRows(std::span<const std::uint64_t> keys, std::span<const std::uint32_t> rows,
               std::span<std::int32_t> first, std::span<std::int32_t> second, std::size_t numClasses) const;

 private:
  /// firstCount of a feature whose weights are a dense row: dense_[begin, begin + numClasses_)
  /// of the first model, then numClasses_ of the second.
  static constexpr std::uint16_t kDense = 0xffff;
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty
    std::uint32_t begin = 0;
    std::uint16_t firstCount = 0;  // entries [begin, begin + firstCount) belong to the first model,
    std::uint16_t secondCount = 0;  // the next secondCount to the second
  };
  struct Entry {
    std::uint16_t cls = 0;
    std::int16_t weight = 0;
  };
  [[nodiscard]] const Slot* find(std::uint64_t key) const { return findSlot(slots_, mask_, key); }
  /// The memory the weights of slot s start at (for prefetching).
  [[nodiscard]] const void* weightsOf(const Slot& s) const {
    return s.firstCount == kDense ? static_cast<const void*>(&dense_[s.begin]) : static_cast<const void*>(&entries_[s.begin]);
  }
  /// Adds the weights of slot s to `first` and `second` (either may be null: that model is skipped).
  void addSlot(const Slot& s, std::int32_t* first, std::int32_t* second) const {
    if (s.firstCount == kDense) {
      const std::int16_t* w = &dense_[s.begin];
      const std::size_t n = numClasses_;
      if (first != nullptr)
        for (std::size_t c = 0; c < n; ++c) first[c] += w[c];
      if (second != nullptr)
        for (std::size_t c = 0; c < n; ++c) second[c] += w[n + c];
      return;
    }
    const Entry* e = &entries_[s.begin];
    if (first != nullptr)
      for (std::uint16_t j = 0; j < s.firstCount; ++j) first[e[j].cls] += e[j].weight;
    e += s.firstCount;
    if (second != nullptr)
      for (std::uint16_t j = 0; j < s.secondCount; ++j) second[e[j].cls] += e[j].weight;
  }
  HugeVector<Slot> slots_{Slot{}};
  std::size_t mask_ = 0;
  std::size_t numClasses_ = 0;
  HugeVector<Entry> entries_;
  HugeVector<std::int16_t> dense_;
};

/// A LinearModel of at most kMaxClasses classes with every feature's weights stored densely
/// next to its key, so that a lookup reads one cache line instead of a slot and then its
/// entries. Scores are the same as from the LinearModel's addAll().
class DenseModel {
 public:
  static constexpr std::size_t kMaxClasses = 12;
  DenseModel() = default;
  /// Throws std::invalid_argument when the model has more than kMaxClasses classes.
  explicit DenseModel(const LinearModel& model);

  void addAll(std::span<const std::uint64_t> keys, std::span<std::int32_t> scores) const {
    for (const std::uint64_t key : keys) __builtin_prefetch(&slots_[key & mask_]);
    for (const std::uint64_t key : keys) add(key, scores.data(), scores.size());
  }
  /// For the features of many words at once: adds the weights of keys[k] to the numClasses
  /// scores at scores[rows[k] * numClasses]. The lookups ahead are prefetched while one is
  /// summed, which keeps several memory reads in flight.
  void addRows(std::span<const std::uint64_t> keys, std::span<const std::uint32_t> rows, std::span<std::int32_t> scores,
               std::size_t numClasses) const {
    constexpr std::size_t kAhead = 12;
    for (std::size_t k = 0; k < keys.size() && k < kAhead; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (k + kAhead < keys.size()) __builtin_prefetch(&slots_[keys[k + kAhead] & mask_]);
      add(keys[k], &scores[rows[k] * numClasses], numClasses);
    }
  }
  /// addRows() for rows of kMaxClasses scores (the zero weights of the classes past
  /// numClasses() are added too): a fixed-size sum per key.
  void addPaddedRows(std::span<const std::uint64_t> keys, std::span<const std::uint32_t> rows,
                     std::span<std::int32_t> scores) const {
    constexpr std::size_t kAhead = 24;
    for (std::size_t k = 0; k < keys.size() && k < kAhead; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (k + kAhead < keys.size()) __builtin_prefetch(&slots_[keys[k + kAhead] & mask_]);
      const Slot* s = find(keys[k]);
      if (s == nullptr) continue;
      std::int32_t* out = &scores[rows[k] * kMaxClasses];
      for (std::size_t c = 0; c < kMaxClasses; ++c) out[c] += s->weights[c];
    }
  }

 private:
  struct alignas(32) Slot {
    std::uint64_t key = 0;  // 0 = empty
    std::int16_t weights[kMaxClasses] = {};
  };
  void add(std::uint64_t key, std::int32_t* scores, std::size_t numClasses) const {
    const Slot* s = find(key);
    if (s == nullptr) return;
    for (std::size_t c = 0; c < numClasses; ++c) scores[c] += s->weights[c];
  }
  [[nodiscard]] const Slot* find(std::uint64_t key) const { return findSlot(slots_, mask_, key); }
  HugeVector<Slot> slots_{Slot{}};
  std::size_t mask_ = 0;
};

/// Averaged perceptron (Collins 2002) with lazy averaging. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::size_t numClasses) : numClasses_(numClasses) {}

  [[nodiscard]] std::size_t numClasses() const { return numClasses_; }
  /// Adds the current (not averaged) weights of `keys` to `scores`.
  void score(std::span<const std::uint64_t> keys, std::span<float> scores) const;
  /// Adds `delta` to the weight of every key for class `cls`.
  void update(std::span<const std::uint64_t> keys, std::size_t cls, float delta);
  void update(std::uint64_t key, std::size_t cls, float delta);
  /// Advances the averaging clock by one training instance.
  void tick() { ++time_; }
  /// The averaged weights as a compact model.
  [[nodiscard]] LinearModel finish(float minWeight) const;

 private:
  struct Entry {
    std::uint16_t cls;
    float weight;
    double total;
    std::uint64_t stamp;
  };
  std::size_t numClasses_;
  std::uint64_t time_ = 0;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::uint64_t> keys_;
  std::vector<std::vector<Entry>> rows_;
};

/// Index of the largest score; ties go to the lowest index.
template <typename T>
[[nodiscard]] std::size_t argmax(std::span<const T> scores) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < scores.size(); ++i)
    if (scores[i] > scores[best]) best = i;
  return best;
}

}  // namespace ng::nlp
