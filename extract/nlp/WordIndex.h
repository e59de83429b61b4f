// An immutable map from words to their positions in a list, for the per-word tables the taggers
// build at load: open addressing over one array of slots (the word's first 8 bytes, length, part
// of its hash, index) and one string of the words' characters, so a lookup costs one hash and
// usually one cache line; only words longer than 8 bytes are compared with the string.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/HugePages.h"
#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {

/// A hash of a list of words in its order (never 0), to tell whether two lists are the same.
[[nodiscard]] inline std::uint64_t knownWordsHash(std::span<const std::string_view> words) {
  std::uint64_t h = mix64(words.size() + 1);
  for (const std::string_view w : words) h = mix64(h ^ hashString(w));
  return h == 0 ? 1 : h;
}

class WordIndex {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  WordIndex() = default;
  /// Word k gets index k. The words should be distinct (a repeated word finds its first index).
  explicit WordIndex(std::span<const std::string_view> words) {
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, 2 * words.size()));
    slots_.assign(capacity, Slot{0, kNone, 0});
    mask_ = capacity - 1;
    offsets_.reserve(words.size() + 1);
    offsets_.push_back(0);
    for (std::size_t k = 0; k < words.size(); ++k) {
      chars_.append(words[k]);
      offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (find(words[k]) != kNone) continue;
      const std::uint64_t h = hashString(words[k]);
      std::size_t i = h & mask_;
      while (slots_[i].index != kNone) i = (i + 1) & mask_;
      slots_[i] = Slot{headOf(words[k]), static_cast<std::uint32_t>(k), tagOf(h, words[k].size())};
    }
  }

  /// The index of `word`, or kNone.
  [[nodiscard]] std::uint32_t find(std::string_view word) const { return find(word, hashString(word)); }
  /// find() of a word whose hashString() is `h`; prefetch(h) before, while other work is done,
  /// hides the read of the slot.
  [[nodiscard]] std::uint32_t find(std::string_view word, std::uint64_t h) const {
    if (offsets_.size() <= 1) return kNone;
    const std::uint32_t tag = tagOf(h, word.size());
    const std::uint64_t head = headOf(word);
    std::size_t i = h & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.index == kNone) return kNone;
      // A word of up to 8 bytes is all in the slot (its length is in the tag): no other read.
      if (s.tag == tag && s.head == head && (word.size() <= 8 || at(s.index) == word)) return s.index;
      i = (i + 1) & mask_;
    }
  }
  void prefetch(std::uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }
  [[nodiscard]] std::string_view at(std::uint32_t index) const {
    return std::string_view(chars_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }
  [[nodiscard]] std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

 private:
  struct Slot {
    std::uint64_t head;   // the word's first 8 bytes (headOf())
    std::uint32_t index;  // kNone = empty
    std::uint32_t tag;    // tagOf() the word
  };
  /// The first 8 bytes of a word, zeros after a shorter one.
  static std::uint64_t headOf(std::string_view word) {
    std::uint64_t head = 0;
    if (!word.empty()) std::memcpy(&head, word.data(), std::min<std::size_t>(word.size(), 8));
    return head;
  }
  /// 24 bits of the word's hash and its length (255 for 255 bytes and more).
  static std::uint32_t tagOf(std::uint64_t hash, std::size_t size) {
    return static_cast<std::uint32_t>(hash >> 40) << 8 | static_cast<std::uint32_t>(std::min<std::size_t>(size, 255));
  }
  HugeVector<Slot> slots_;
  std::size_t mask_ = 0;
  std::string chars_;
  std::vector<std::uint32_t> offsets_;
};

}  // namespace ng::nlp
