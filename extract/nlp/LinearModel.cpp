#include "extract/nlp/LinearModel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace ng::nlp {

std::int32_t LinearModel::weight(std::uint64_t key, std::size_t cls) const {
  const Slot* s = find(key);
  if (s == nullptr) return 0;
  for (std::uint32_t e = s->begin; e < s->end; ++e)
    if (entries_[e].cls == cls) return entries_[e].weight;
  return 0;
}

void LinearModel::build(const std::vector<std::uint64_t>& keys, const std::vector<std::uint16_t>& counts) {
  numFeatures_ = keys.size();
  // Load factor between 0.375 and 0.75: short linear probes, a table that stays small.
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, keys.size() + keys.size() / 3 + 1));
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  std::uint32_t begin = 0;
  for (std::size_t f = 0; f < keys.size(); ++f) {
    std::size_t i = keys[f] & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{keys[f], begin, begin + counts[f]};
    begin += counts[f];
  }
}

void LinearModel::write(ByteWriter& out) const {
  // Features in key order, so the same weights always give the same bytes.
  std::vector<const Slot*> used;
  used.reserve(numFeatures_);
  for (const Slot& s : slots_)
    if (s.key != 0) used.push_back(&s);
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<std::uint64_t> keys;
  std::vector<std::uint16_t> counts;
  std::vector<std::uint8_t> classes;
  std::vector<std::int16_t> weights;
  for (const Slot* s : used) {
    keys.push_back(s->key);
    counts.push_back(static_cast<std::uint16_t>(s->end - s->begin));
    for (std::uint32_t e = s->begin; e < s->end; ++e) {
      classes.push_back(static_cast<std::uint8_t>(entries_[e].cls));
      weights.push_back(entries_[e].weight);
    }
  }
  out.put<std::uint32_t>(static_cast<std::uint32_t>(numClasses_));
  out.put<float>(scale_);
  out.putArray(keys);
  out.putArray(counts);
  out.putArray(classes);
  out.putArray(weights);
}

LinearModel LinearModel::read(ByteReader& in) {
  LinearModel m;
  m.numClasses_ = in.get<std::uint32_t>();
  m.scale_ = in.get<float>();
  const auto keys = in.getArray<std::uint64_t>();
  const auto counts = in.getArray<std::uint16_t>();
  const auto classes = in.getArray<std::uint8_t>();
  const auto weights = in.getArray<std::int16_t>();
  if (m.numClasses_ == 0 || m.numClasses_ > 256) in.fail("bad class count");
  if (counts.size() != keys.size() || classes.size() != weights.size()) in.fail("inconsistent weight table");
  const std::size_t total = std::accumulate(counts.begin(), counts.end(), std::size_t{0});
  if (total != classes.size()) in.fail("inconsistent weight table");
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) in.fail("feature keys not sorted");
  for (auto c : classes)
    if (c >= m.numClasses_) in.fail("class index out of range");
  m.entries_.resize(classes.size());
  for (std::size_t e = 0; e < classes.size(); ++e) m.entries_[e] = Entry{classes[e], weights[e]};
  m.build(keys, counts);
  return m;
}

LinearModel LinearModel::fromWeights(std::size_t numClasses, const std::vector<std::uint64_t>& keys,
                                     const std::vector<std::vector<std::pair<std::uint16_t, float>>>& rows,
                                     float minWeight) {
  LinearModel m;
  m.numClasses_ = numClasses;
  float maxAbs = 0;
  for (const auto& row : rows)
    for (const auto& [cls, w] : row) maxAbs = std::max(maxAbs, std::abs(w));
  m.scale_ = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;

  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::uint64_t> keptKeys;
  std::vector<std::uint16_t> counts;
  for (std::size_t f : order) {
    std::vector<std::pair<std::uint16_t, float>> row = rows[f];
    std::sort(row.begin(), row.end());
    std::uint16_t n = 0;
    for (const auto& [cls, w] : row) {
      if (std::abs(w) < minWeight) continue;
      const long q = std::lround(w / m.scale_);
      if (q == 0) continue;
      m.entries_.push_back(Entry{cls, static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L))});
      ++n;
    }
    if (n == 0) continue;
    keptKeys.push_back(keys[f]);
    counts.push_back(n);
  }
  m.build(keptKeys, counts);
  return m;
}

PairedModel::PairedModel(const LinearModel& first, const LinearModel& second) {
  std::size_t onlySecond = 0;
  for (const auto& t : second.slots_) onlySecond += t.key != 0 && first.find(t.key) == nullptr;
  const std::size_t numKeys = first.numFeatures() + onlySecond;
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, numKeys + numKeys / 3 + 1));
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  numClasses_ = first.numClasses();
  if (second.numClasses() != numClasses_) throw std::invalid_argument("PairedModel: models with different classes");
  const auto copy = [&](const LinearModel& m, const LinearModel::Slot* t) {
    if (t == nullptr) return std::uint16_t{0};
    for (std::uint32_t e = t->begin; e < t->end; ++e) entries_.push_back(Entry{m.entries_[e].cls, m.entries_[e].weight});
    return static_cast<std::uint16_t>(t->end - t->begin);
  };
  const auto count = [](const LinearModel::Slot* t) { return t == nullptr ? std::size_t{0} : std::size_t{t->end - t->begin}; };
  // A dense row takes 2 * numClasses_ weights of 2 bytes, the entries 4 bytes each: features with
  // at least as many entries as classes get a row (about the same memory, far fewer steps).
  const auto fill = [&](const LinearModel& m, const LinearModel::Slot* t, std::int16_t* row) {
    if (t == nullptr) return;
    for (std::uint32_t e = t->begin; e < t->end; ++e) row[m.entries_[e].cls] = m.entries_[e].weight;
  };
  const auto insert = [&](const Slot& slot) {
    std::size_t i = slot.key & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  };
  const auto add = [&](std::uint64_t key, const LinearModel::Slot* a, const LinearModel::Slot* b) {
    if (count(a) + count(b) >= numClasses_) {
      const std::size_t offset = dense_.size();
      if (offset > 0xffffffffu - 2 * numClasses_) throw std::length_error("PairedModel: too many weights");
      dense_.resize(offset + 2 * numClasses_, 0);
      fill(first, a, &dense_[offset]);
      fill(second, b, &dense_[offset + numClasses_]);
      insert(Slot{key, static_cast<std::uint32_t>(offset), kDense, 0});
      return;
    }
    Slot slot{key, static_cast<std::uint32_t>(entries_.size()), 0, 0};
    slot.firstCount = copy(first, a);
    slot.secondCount = copy(second, b);
    insert(slot);
  };
  for (const auto& t : first.slots_) {
    if (t.key == 0) continue;
    add(t.key, &t, second.find(t.key));
  }
  for (const auto& t : second.slots_) {
    if (t.key == 0 || first.find(t.key) != nullptr) continue;
    add(t.key, nullptr, &t);
  }
  entries_.shrink_to_fit();
  dense_.shrink_to_fit();
}

DenseModel::DenseModel(const LinearModel& model) {
  if (model.numClasses() > kMaxClasses) throw std::invalid_argument("DenseModel: too many classes");
  const std::size_t numKeys = model.numFeatures();
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, numKeys + numKeys / 3 + 1));
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (const auto& t : model.slots_) {
    if (t.key == 0) continue;
    std::size_t i = t.key & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i].key = t.key;
    for (std::uint32_t e = t.begin; e < t.end; ++e) slots_[i].weights[model.entries_[e].cls] = model.entries_[e].weight;
  }
}

NG_SIMD_CLONES void PairedModel::addAll(std::span<const std::uint64_t> keys, std::span<std::int32_t> first,
                         std::span<std::int32_t> second) const {
  constexpr std::size_t kBatch = 64;
  const Slot* found[kBatch];
  for (std::size_t base = 0; base < keys.size(); base += kBatch) {
    const std::size_t n = std::min(kBatch, keys.size() - base);
    for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[base + k] & mask_]);
    for (std::size_t k = 0; k < n; ++k) {
      found[k] = find(keys[base + k]);
      if (found[k] != nullptr) __builtin_prefetch(weightsOf(*found[k]));
    }
    for (std::size_t k = 0; k < n; ++k) {
      if (found[k] == nullptr) continue;
      addSlot(*found[k], first.empty() ? nullptr : first.data(), second.empty() ? nullptr : second.data());
    }
  }
}

NG_SIMD_CLONES void PairedModel::addSplit(std::span<const std::uint64_t> firstKeys, std::span<std::int32_t> first,
                           std::span<const std::uint64_t> secondKeys, std::span<std::int32_t> second) const {
  constexpr std::size_t kBatch = 32;
  if (firstKeys.size() + secondKeys.size() > kBatch) {
    addAll(firstKeys, first, {});
    addAll(secondKeys, {}, second);
    return;
  }
  const std::size_t a = firstKeys.size();
  const std::size_t n = a + secondKeys.size();
  const auto keyAt = [&](std::size_t k) { return k < a ? firstKeys[k] : secondKeys[k - a]; };
  const Slot* found[kBatch];
  for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keyAt(k) & mask_]);
  for (std::size_t k = 0; k < n; ++k) {
    found[k] = find(keyAt(k));
    if (found[k] == nullptr) continue;
    // The weights this pass reads: the first model's, or the second's after them.
    const Slot& s = *found[k];
    if (s.firstCount == kDense) {
      __builtin_prefetch(&dense_[s.begin + (k < a ? 0 : numClasses_)]);
    } else {
      __builtin_prefetch(&entries_[s.begin + (k < a ? 0 : s.firstCount)]);
    }
  }
  for (std::size_t k = 0; k < a; ++k)
    if (found[k] != nullptr) addSlot(*found[k], first.data(), nullptr);
  for (std::size_t k = a; k < n; ++k)
    if (found[k] != nullptr) addSlot(*found[k], nullptr, second.data());
}

NG_SIMD_CLONES void PairedModel::addRows(std::span<const std::uint64_t> keys, std::span<const std::uint32_t> rows,
                          std::span<std::int32_t> first, std::span<std::int32_t> second,
                          std::size_t numClasses) const {
  constexpr std::size_t kAhead = 8;
  const Slot* ahead[kAhead] = {};
  // Two stages: the slot of key k + 2 * kAhead is prefetched, the slot of key k + kAhead is
  // found and its entries prefetched, key k is summed.
  const auto slotOf = [&](std::size_t k) { return &slots_[keys[k] & mask_]; };
  for (std::size_t k = 0; k < keys.size() && k < 2 * kAhead; ++k) __builtin_prefetch(slotOf(k));
  for (std::size_t k = 0; k < keys.size() && k < kAhead; ++k) {
    ahead[k] = find(keys[k]);
    if (ahead[k] != nullptr) __builtin_prefetch(weightsOf(*ahead[k]));
  }
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const Slot* s = ahead[k % kAhead];
    if (k + 2 * kAhead < keys.size()) __builtin_prefetch(slotOf(k + 2 * kAhead));
    if (k + kAhead < keys.size()) {
      const Slot* next = find(keys[k + kAhead]);
      if (next != nullptr) __builtin_prefetch(weightsOf(*next));
      ahead[k % kAhead] = next;
    }
    if (s == nullptr) continue;
    addSlot(*s, &first[rows[k] * numClasses], &second[rows[k] * numClasses]);
  }
}

void PerceptronTrainer::score(std::span<const std::uint64_t> keys, std::span<float> scores) const {
  for (const std::uint64_t key : keys) {
    const auto it = index_.find(key);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::update(std::uint64_t key, std::size_t cls, float delta) {
  auto [it, inserted] = index_.try_emplace(key, static_cast<std::uint32_t>(rows_.size()));
  if (inserted) {
    keys_.push_back(key);
    rows_.emplace_back();
  }
  auto& row = rows_[it->second];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(time_ - e.stamp) * e.weight;
      e.stamp = time_;
      e.weight += delta;
      return;
    }
  }
  row.push_back(Entry{static_cast<std::uint16_t>(cls), delta, 0.0, time_});
}

void PerceptronTrainer::update(std::span<const std::uint64_t> keys, std::size_t cls, float delta) {
  for (const std::uint64_t key : keys) update(key, cls, delta);
}

LinearModel PerceptronTrainer::finish(float minWeight) const {
  const double t = std::max<std::uint64_t>(time_, 1);
  std::vector<std::vector<std::pair<std::uint16_t, float>>> averaged(rows_.size());
  for (std::size_t f = 0; f < rows_.size(); ++f) {
    for (const Entry& e : rows_[f]) {
      const double total = e.total + static_cast<double>(time_ - e.stamp) * e.weight;
      averaged[f].emplace_back(e.cls, static_cast<float>(total / t));
    }
  }
  return LinearModel::fromWeights(numClasses_, keys_, averaged, minWeight);
}

}  // namespace ng::nlp
