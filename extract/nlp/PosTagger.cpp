#include "extract/nlp/PosTagger.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>

#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {

namespace {

enum Template : std::uint32_t {
  kBias,
  kWord,
  kLower,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kPrevTag,
  kPrev2Tag,
  kPrevTags,
  kPrevTagWord,
  kPrevWord,
  kPrevSuffix3,
  kPrev2Word,
  kNextWord,
  kNextSuffix3,
  kNext2Word,
  kCase,
  kDigitHyphen,
  kAmbiguity,
  kNextAmbiguity,
  kPrevTagAmbiguity,
  kPrevWordWord,
  kWordNextWord,
  kNext2Ambiguity,
  // second pass only: first-pass tags to the right
  kNextTag,
  kNext2Tag,
  kNextTags,
  kNextTagWord,
  kPrevNextTag,
  // added with the second feature set (models trained after it)
  kSuffix4,
  kPrefix4,
  kLowerCommon,
  kLowerAmbiguity,
  kPrevNextWord,
  // added with the English lexicon (models trained with one)
  kLexicon,        // the word's classes in the English lexicon
  kLexiconCase,    // ... with its capitalization and sentence position
  kLexiconSuffix,  // ... with its 3-letter suffix
};
constexpr std::size_t kMaxTagFeatures = 10;
constexpr std::size_t kMaxFeatures = 31 + kMaxTagFeatures;

constexpr std::uint64_t kStartAtom = 0x5354415254ULL;  // tags before the sentence
constexpr std::uint64_t kStart2Atom = 0x5354415232ULL;
const std::uint64_t kPadWord = hashString("<pad>");
const std::uint64_t kUnknownAmbiguity = hashString("<unk>");

constexpr std::uint8_t kEnglishLexiconSection = 1;

std::uint64_t tagAtom(int tag) { return tag == -1 ? kStartAtom : tag == -2 ? kStart2Atom : static_cast<std::uint64_t>(tag) + 1; }
/// The atom of the first-pass tag of word j, past the end of the sentence included.
std::uint64_t nextTagAtom(const std::vector<int>& right, std::size_t j) {
  return j < right.size() ? tagAtom(right[j]) : kStartAtom + 7;
}
/// The features of the two previous tags alone (atoms p1, p2); three keys.
void prevTagKeys(std::uint64_t p1, std::uint64_t p2, std::uint64_t* keys) {
  keys[0] = featureKey(kPrevTag, p1);
  keys[1] = featureKey(kPrev2Tag, p2);
  keys[2] = featureKey(kPrevTags, p1, p2);
}
/// The features of the next two first-pass tags alone (atoms n1, n2); three keys.
void nextTagKeys(std::uint64_t n1, std::uint64_t n2, std::uint64_t* keys) {
  keys[0] = featureKey(kNextTag, n1);
  keys[1] = featureKey(kNext2Tag, n2);
  keys[2] = featureKey(kNextTags, n1, n2);
}

}  // namespace

std::vector<PosTagger::Word> PosTagger::prepare(std::span<const std::string_view> words, std::uint32_t* knownIds) const {
  std::vector<Word> ctx(words.size());
  // With the word index (after load), the words are looked up in stages over the whole sentence,
  // so that the table reads of different words overlap: the normalized forms and their slots
  // first, then the entries found (and, for the words not found, the slot of their lowercase
  // form in lowerIndex_), then the rest. Buffers kept per thread across sentences.
  thread_local std::vector<std::string> norms;
  thread_local std::vector<std::string> lows;
  thread_local std::vector<std::uint64_t> hashes;
  thread_local std::vector<std::uint64_t> lowHashes;
  thread_local std::vector<std::uint32_t> found;
  const bool indexed = !infoList_.empty();
  if (indexed) {
    if (norms.size() < words.size()) norms.resize(words.size());
    if (lows.size() < words.size()) lows.resize(words.size());
    hashes.resize(words.size());
    lowHashes.resize(words.size());
    found.resize(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      norms[i] = normalizeWord(words[i]);
      hashes[i] = hashString(norms[i]);
      infoIndex_.prefetch(hashes[i]);
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      found[i] = infoIndex_.find(norms[i], hashes[i]);
      if (found[i] == WordIndex::kNone) {
        // An unknown word: its lowercase form takes one lookup in lowerIndex_ below.
        lows[i] = lowercase(norms[i]);
        lowHashes[i] = hashString(lows[i]);
        lowerIndex_.prefetch(lowHashes[i]);
        if (lows[i] != norms[i]) infoIndex_.prefetch(lowHashes[i]);  // its ambiguity class
        continue;
      }
      const auto* entry = reinterpret_cast<const char*>(&infoList_[found[i]]);
      for (std::size_t b = 0; b < sizeof(WordInfo); b += 64) __builtin_prefetch(entry + b);
    }
  }
  std::string normOwned;
  std::string low;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = ctx[i];
    const WordInfo* info = nullptr;
    std::string_view norm;
    if (indexed) {
      norm = norms[i];
      const std::uint32_t k = found[i];
      if (k != WordIndex::kNone) info = &infoList_[k];
      if (knownIds != nullptr) knownIds[i] = k == WordIndex::kNone ? kUnknownWord : k;
    } else {
      normOwned = normalizeWord(words[i]);
      norm = normOwned;
      if (knownIds != nullptr) knownIds[i] = kUnknownWord;
      info = findInfo(norm);
    }
    if (info != nullptr && info->prepared) {
      w = *info->prepared;
      if (w.ownRow != kNoRow && !ownScores_.empty()) {
        // decodeTwoPass() reads the word's row of summed scores once the sentence is prepared:
        // fetch it now, while the other words are looked up.
        const auto* row = reinterpret_cast<const char*>(&ownScores_[static_cast<std::size_t>(w.ownRow) * 2 * tags_.size()]);
        const std::size_t bytes = 2 * tags_.size() * sizeof(std::int32_t);
        for (std::size_t b = 0; b < bytes; b += 64) __builtin_prefetch(row + b);
        __builtin_prefetch(row + bytes - 1);
      }
      if (i == 0) {
        w.caseBits |= 4u;
        w.lowerCommon |= 4u;
      }
      continue;
    }
    // The lowercase form, with its hash when prepared above (a word found in the index without a
    // prepared entry, which only happens before precomputeWords(), is lowercased here).
    std::uint64_t lowHash = 0;
    if (indexed && found[i] == WordIndex::kNone) {
      low.swap(lows[i]);
      lowHash = lowHashes[i];
    } else {
      low = lowercase(norm);
      lowHash = hashString(low);
    }
    const CaseInfo ci = caseInfo(norm);
    w.word = hashDigitsFolded(norm);
    w.lower = hashDigitsFolded(low);
    w.suf1 = hashString(suffix(low, 1));
    w.suf2 = hashString(suffix(low, 2));
    w.suf3 = hashString(suffix(low, 3));
    w.pre1 = hashString(prefix(low, 1));
    w.pre2 = hashString(prefix(low, 2));
    w.pre3 = hashString(prefix(low, 3));
    w.suf4 = hashString(suffix(low, 4));
    w.pre4 = hashString(prefix(low, 4));
    w.shape = hashString(wordShape(norm));
    w.ambiguity = info == nullptr || !info->inLexicon ? kUnknownAmbiguity : info->ambiguity;
    w.dictTag = info == nullptr ? -1 : info->dictTag;
    w.caseBits = (ci.initialUpper ? 1u : 0u) | (ci.allUpper ? 2u : 0u) | (i == 0 ? 4u : 0u) | (ci.hasLetter ? 8u : 0u);
    w.digitHyphen = (ci.hasDigit ? 1u : 0u) | (ci.hasHyphen ? 2u : 0u);
    const std::uint32_t lowBits = lowerFormBits(low, lowHash);
    w.lowerCommon = (ci.initialUpper ? 1u : 0u) | (ci.allUpper ? 2u : 0u) | (i == 0 ? 4u : 0u) |
                    ((lowBits & kLowercaseWord) != 0 ? 8u : 0u);
    w.lexicon = lowBits & kLexiconBits;
    if (low == norm) {
      w.lowerAmbiguity = w.ambiguity;
    } else {
      const WordInfo* lowInfo = nullptr;
      if (indexed) {
        const std::uint32_t k = infoIndex_.find(low, lowHash);
        if (k != WordIndex::kNone) lowInfo = &infoList_[k];
      } else {
        lowInfo = findInfo(low);
      }
      w.lowerAmbiguity = lowInfo == nullptr || !lowInfo->inLexicon ? kUnknownAmbiguity : lowInfo->ambiguity;
    }
  }
  return ctx;
}

std::size_t PosTagger::features(const std::vector<Word>& ctx, std::size_t i, int prev, int prev2,
                                const std::vector<int>* right, std::uint64_t* keys) const {
  const std::size_t n = wordFeatures(ctx, i, keys);
  return n + tagFeatures(ctx, i, prev, prev2, right, keys + n);
}

template <PosTagger::FeatureSet set>
std::size_t PosTagger::wordFeatures(const std::vector<Word>& ctx, std::size_t i, std::uint64_t* keys) const {
  const Word& w = ctx[i];
  const auto lowerAt = [&](std::ptrdiff_t k) {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(ctx.size()) ? kPadWord + static_cast<std::uint64_t>(k + 8)
                                                                  : ctx[static_cast<std::size_t>(j)].lower;
  };
  const auto suffixAt = [&](std::ptrdiff_t k) {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(ctx.size()) ? kPadWord : ctx[static_cast<std::size_t>(j)].suf3;
  };
  const auto ambiguityAt = [&](std::ptrdiff_t k) {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    return j >= static_cast<std::ptrdiff_t>(ctx.size()) ? kPadWord : ctx[static_cast<std::size_t>(j)].ambiguity;
  };
  std::size_t n = 0;
  // The arguments are computed either way; the compiler drops those of the features not wanted.
  const auto own = [&](std::uint64_t key) {
    if constexpr (set != FeatureSet::kContext) keys[n++] = key;
  };
  const auto context = [&](std::uint64_t key) {
    if constexpr (set != FeatureSet::kOwn) keys[n++] = key;
  };
  own(featureKey(kBias, 0));
  own(featureKey(kWord, w.word));
  own(featureKey(kLower, w.lower));
  own(featureKey(kSuffix1, w.suf1));
  own(featureKey(kSuffix2, w.suf2));
  own(featureKey(kSuffix3, w.suf3));
  own(featureKey(kPrefix1, w.pre1));
  own(featureKey(kPrefix2, w.pre2));
  own(featureKey(kPrefix3, w.pre3));
  own(featureKey(kShape, w.shape));
  context(featureKey(kPrevWord, lowerAt(-1)));
  context(featureKey(kPrevSuffix3, suffixAt(-1)));
  context(featureKey(kPrev2Word, lowerAt(-2)));
  context(featureKey(kNextWord, lowerAt(1)));
  context(featureKey(kNextSuffix3, suffixAt(1)));
  context(featureKey(kNext2Word, lowerAt(2)));
  context(featureKey(kCase, w.caseBits));
  own(featureKey(kDigitHyphen, w.digitHyphen));
  own(featureKey(kAmbiguity, w.ambiguity));
  context(featureKey(kNextAmbiguity, ambiguityAt(1)));
  context(featureKey(kPrevWordWord, lowerAt(-1), w.lower));
  context(featureKey(kWordNextWord, w.lower, lowerAt(1)));
  context(featureKey(kNext2Ambiguity, ambiguityAt(1), ambiguityAt(2)));
  own(featureKey(kSuffix4, w.suf4));
  own(featureKey(kPrefix4, w.pre4));
  context(featureKey(kLowerCommon, w.lowerCommon));
  own(featureKey(kLowerAmbiguity, w.lowerAmbiguity, w.caseBits & 1u));
  context(featureKey(kPrevNextWord, lowerAt(-1), lowerAt(1)));
  if (hasLexicon_) {
    own(featureKey(kLexicon, w.lexicon));
    context(featureKey(kLexiconCase, w.lexicon, w.caseBits));
    own(featureKey(kLexiconSuffix, w.lexicon, w.suf3));
  }
  return n;
}

std::size_t PosTagger::tagFeatures(const std::vector<Word>& ctx, std::size_t i, int prev, int prev2,
                                   const std::vector<int>* right, std::uint64_t* keys) const {
  std::size_t n = 0;
  prevTagKeys(tagAtom(prev), tagAtom(prev2), keys);
  n += 3;
  if (right != nullptr) {
    nextTagKeys(nextTagAtom(*right, i + 1), nextTagAtom(*right, i + 2), keys + n);
    n += 3;
    keys[n++] = featureKey(kPrevNextTag, tagAtom(prev), nextTagAtom(*right, i + 1));
  }
  n += tagWordFeatures(ctx, i, prev, right, keys + n);
  assert(n <= kMaxTagFeatures);
  return n;
}

std::size_t PosTagger::tagWordFeatures(const std::vector<Word>& ctx, std::size_t i, int prev,
                                       const std::vector<int>* right, std::uint64_t* keys) const {
  const Word& w = ctx[i];
  const std::uint64_t p1 = tagAtom(prev);
  std::size_t n = 0;
  keys[n++] = featureKey(kPrevTagWord, p1, w.lower);
  keys[n++] = featureKey(kPrevTagAmbiguity, p1, w.ambiguity);
  if (right != nullptr) keys[n++] = featureKey(kNextTagWord, nextTagAtom(*right, i + 1), w.lower);
  return n;
}

void PosTagger::precomputeTagTables() {
  if (!second_) return;
  const std::size_t numTags = tags_.size();
  const std::size_t prevSlots = numTags + 2;  // -2, -1, the tags
  const std::size_t nextSlots = numTags + 1;  // the tags, past the end
  const auto prevAtom = [](std::size_t slot) { return tagAtom(static_cast<int>(slot) - 2); };
  std::vector<int> allTags(numTags);  // slot k is tag k, slot numTags past the end
  for (std::size_t t = 0; t < numTags; ++t) allTags[t] = static_cast<int>(t);
  const auto nextAtom = [&](std::size_t slot) { return nextTagAtom(allTags, slot); };
  const auto fill = [&](std::vector<std::int32_t>& table, std::size_t rowsA, std::size_t rowsB, const LinearModel& model,
                        const auto& keysOf) {
    table.assign(rowsA * rowsB * numTags, 0);
    for (std::size_t a = 0; a < rowsA; ++a) {
      for (std::size_t b = 0; b < rowsB; ++b) {
        const auto keys = keysOf(a, b);
        model.addAll(keys, {&table[(a * rowsB + b) * numTags], numTags});
      }
    }
  };
  const auto prevKeys = [&](std::size_t a, std::size_t b) {
    std::array<std::uint64_t, 3> keys;
    prevTagKeys(prevAtom(a), prevAtom(b), keys.data());
    return keys;
  };
  fill(firstPrevTags_, prevSlots, prevSlots, model_, prevKeys);
  fill(secondPrevTags_, prevSlots, prevSlots, *second_, prevKeys);
  fill(secondNextTags_, nextSlots, nextSlots, *second_, [&](std::size_t a, std::size_t b) {
    std::array<std::uint64_t, 3> keys;
    nextTagKeys(nextAtom(a), nextAtom(b), keys.data());
    return keys;
  });
  fill(secondPrevNext_, prevSlots, nextSlots, *second_, [&](std::size_t a, std::size_t b) {
    return std::array<std::uint64_t, 1>{featureKey(kPrevNextTag, prevAtom(a), nextAtom(b))};
  });
}

std::vector<int> PosTagger::decode(const std::vector<Word>& ctx, const LinearModel& model,
                                   const std::vector<int>* right) const {
  std::vector<int> out(ctx.size());
  std::vector<std::int32_t> scores(tags_.size());
  std::uint64_t keys[kMaxFeatures];
  int prev = -1;
  int prev2 = -2;
  for (std::size_t i = 0; i < ctx.size(); ++i) {
    int guess = ctx[i].dictTag;
    if (guess < 0) {
      const std::size_t n = features(ctx, i, prev, prev2, right, keys);
      std::fill(scores.begin(), scores.end(), 0);
      model.addAll({keys, n}, scores);
      guess = static_cast<int>(argmax<std::int32_t>(scores));
    }
    out[i] = guess;
    prev2 = prev;
    prev = guess;
  }
  return out;
}

std::vector<int> PosTagger::decodeTwoPass(const std::vector<Word>& ctx) const {
  const std::size_t numTags = tags_.size();
  std::vector<int> out(ctx.size());
  // Buffers kept per thread across sentences (only grown, not cleared: every value read is
  // written first), so a sentence allocates nothing here.
  struct Scratch {
    std::vector<int> first;
    std::vector<std::int32_t> firstWordScores, secondWordScores, scores1, scores2;
    std::vector<std::uint64_t> wordKeys;
    std::vector<std::uint32_t> rows;
  };
  thread_local Scratch scratch;
  const auto atLeast = [](auto& v, std::size_t size) {
    if (v.size() < size) v.resize(size);
    return std::span(v.data(), size);
  };
  // The first-pass tags; nextSlot() reads them up to the sentence's end.
  scratch.first.resize(ctx.size());
  std::vector<int>& first = scratch.first;
  // The scores of both passes for the word features of every word the models tag, looked up
  // together before the tags are chosen (the rows of the words of the tag dictionary are not used).
  const std::span<std::int32_t> firstWordScores = atLeast(scratch.firstWordScores, ctx.size() * numTags);
  const std::span<std::int32_t> secondWordScores = atLeast(scratch.secondWordScores, ctx.size() * numTags);
  const std::span<std::uint64_t> wordKeys = atLeast(scratch.wordKeys, ctx.size() * kMaxFeatures);
  const std::span<std::uint32_t> rows = atLeast(scratch.rows, ctx.size() * kMaxFeatures);
  std::size_t numKeys = 0;
  for (std::size_t i = 0; i < ctx.size(); ++i) {
    if (ctx[i].dictTag >= 0) continue;
    std::size_t n = 0;
    if (const std::uint32_t row = ctx[i].ownRow; row != kNoRow) {
      const std::int32_t* own = &ownScores_[static_cast<std::size_t>(row) * 2 * numTags];
      std::copy_n(own, numTags, &firstWordScores[i * numTags]);
      std::copy_n(own + numTags, numTags, &secondWordScores[i * numTags]);
      n = wordFeatures<FeatureSet::kContext>(ctx, i, &wordKeys[numKeys]);
    } else {
      std::fill_n(&firstWordScores[i * numTags], numTags, 0);
      std::fill_n(&secondWordScores[i * numTags], numTags, 0);
      n = wordFeatures(ctx, i, &wordKeys[numKeys]);
    }
    std::fill_n(&rows[numKeys], n, static_cast<std::uint32_t>(i));
    numKeys += n;
  }
  paired_.addRows(wordKeys.first(numKeys), rows.first(numKeys), firstWordScores, secondWordScores, numTags);
  // Both passes in one loop: the second pass runs kLag words behind the first, far enough for the
  // first-pass tags of the two words to its right, and the table reads of the two overlap. The
  // scores are those of running the passes one after the other (integer sums).
  constexpr std::size_t kLag = 3;
  const std::size_t n = ctx.size();
  const std::span<std::int32_t> scores1 = atLeast(scratch.scores1, numTags);
  const std::span<std::int32_t> scores2 = atLeast(scratch.scores2, numTags);
  std::uint64_t keys1[kMaxTagFeatures];
  std::uint64_t keys2[kMaxTagFeatures];
  int prev1 = -1, prev1b = -2;  // first pass: the tags of the previous two words
  int prev2 = -1, prev2b = -2;  // second pass
  const bool tables = !firstPrevTags_.empty();
  const std::size_t prevSlots = numTags + 2;
  const std::size_t nextSlots = numTags + 1;
  for (std::size_t k = 0; k < n + kLag; ++k) {
    const std::size_t j = k - kLag;  // the second pass's word (when k >= kLag)
    const bool run1 = k < n && ctx[k].dictTag < 0;
    const bool run2 = k >= kLag && ctx[j].dictTag < 0;
    std::size_t n1 = 0;
    std::size_t n2 = 0;
    if (tables) {
      // The tag-only features from the tables, the rest looked up (same integer sums).
      if (run1) {
        const std::int32_t* word = &firstWordScores[k * numTags];
        const std::int32_t* tagsRow = &firstPrevTags_[(prevSlot(prev1) * prevSlots + prevSlot(prev1b)) * numTags];
        for (std::size_t t = 0; t < numTags; ++t) scores1[t] = word[t] + tagsRow[t];
        n1 = tagWordFeatures(ctx, k, prev1, nullptr, keys1);
      }
      if (run2) {
        const std::int32_t* word = &secondWordScores[j * numTags];
        const std::size_t next1 = nextSlot(first, j + 1);
        const std::int32_t* prevRow = &secondPrevTags_[(prevSlot(prev2) * prevSlots + prevSlot(prev2b)) * numTags];
        const std::int32_t* nextRow = &secondNextTags_[(next1 * nextSlots + nextSlot(first, j + 2)) * numTags];
        const std::int32_t* bothRow = &secondPrevNext_[(prevSlot(prev2) * nextSlots + next1) * numTags];
        for (std::size_t t = 0; t < numTags; ++t) scores2[t] = word[t] + prevRow[t] + nextRow[t] + bothRow[t];
        n2 = tagWordFeatures(ctx, j, prev2, &first, keys2);
      }
    } else {
      if (run1) {
        std::copy_n(&firstWordScores[k * numTags], numTags, scores1.begin());
        n1 = tagFeatures(ctx, k, prev1, prev1b, nullptr, keys1);
      }
      if (run2) {
        std::copy_n(&secondWordScores[j * numTags], numTags, scores2.begin());
        n2 = tagFeatures(ctx, j, prev2, prev2b, &first, keys2);
      }
    }
    paired_.addSplit({keys1, n1}, scores1, {keys2, n2}, scores2);
    if (k < n) {
      const int guess = run1 ? static_cast<int>(argmax<std::int32_t>(scores1)) : ctx[k].dictTag;
      first[k] = guess;
      prev1b = prev1;
      prev1 = guess;
    }
    if (k >= kLag) {
      const int guess = run2 ? static_cast<int>(argmax<std::int32_t>(scores2)) : ctx[j].dictTag;
      out[j] = guess;
      prev2b = prev2;
      prev2 = guess;
    }
  }
  return out;
}

std::vector<std::string> PosTagger::tag(std::span<const std::string_view> words,
                                        std::vector<std::uint32_t>& knownIds) const {
  knownIds.resize(words.size());
  const auto ctx = prepare(words, knownIds.data());
  const std::vector<int> best = second_ ? decodeTwoPass(ctx) : decode(ctx, model_, nullptr);
  std::vector<std::string> out;
  out.reserve(best.size());
  for (const int t : best) out.push_back(tags_[static_cast<std::size_t>(t)]);
  return out;
}

std::vector<std::string> PosTagger::tag(std::span<const std::string_view> words) const {
  const auto ctx = prepare(words);
  const std::vector<int> best = second_ ? decodeTwoPass(ctx) : decode(ctx, model_, nullptr);
  std::vector<std::string> out;
  out.reserve(best.size());
  for (const int t : best) out.push_back(tags_[static_cast<std::size_t>(t)]);
  return out;
}

std::optional<std::vector<std::string>> PosTagger::restoreCase(std::span<const std::string_view> words) const {
  std::size_t letters = 0;
  std::size_t capitalized = 0;
  std::size_t allCaps = 0;
  for (const auto w : words) {
    // normalizeWord() only turns curly quotes straight, which caseInfo() does not count, so
    // the word's own case and size are those of its normalized form (this runs on every
    // sentence; the rest only on headlines).
    const CaseInfo ci = caseInfo(w);
    if (!ci.hasLetter) continue;
    ++letters;
    if (ci.allUpper && normalizeWord(w).size() > 1) ++allCaps;
    if (ci.initialUpper) ++capitalized;
  }
  // Title Case: nearly every word capitalized, several of them ordinary words; ALL CAPS likewise.
  // The ordinary words are counted only for sentences that may be Title Case (few are), since
  // that takes a lowercase form and a lookup per capitalized word.
  bool titleCase = letters >= 3 && capitalized * 5 >= letters * 4;
  if (titleCase) {
    std::size_t commonCapitalized = 0;  // capitalized words that are usually lowercase
    for (const auto w : words) {
      const std::string norm = normalizeWord(w);
      const CaseInfo ci = caseInfo(norm);
      if (ci.hasLetter && ci.initialUpper) commonCapitalized += isLowercaseWord(lowercase(norm));
    }
    titleCase = commonCapitalized >= 2;
  }
  const bool upperCase = letters >= 3 && allCaps * 5 >= letters * 4;
  if (!titleCase && !upperCase) return std::nullopt;
  std::vector<std::string> out;
  out.reserve(words.size());
  bool first = true;
  for (const auto w : words) {
    std::string word(w);
    const CaseInfo ci = caseInfo(normalizeWord(w));
    if (ci.hasLetter && ci.initialUpper) {
      const std::string low = lowercase(w);
      if (isLowercaseWord(lowercase(normalizeWord(w)))) {
        word = low;
      } else if (ci.allUpper && upperCase && prefix(w, 3).size() < w.size()) {
        // "MOZAMBIQUE" -> "Mozambique"; short all-caps words are likely acronyms (AFP, UN).
        word = std::string(prefix(w, 1)) + low.substr(prefix(low, 1).size());
      }
      if (first) word = std::string(prefix(w, 1)) + word.substr(prefix(word, 1).size());
    }
    if (ci.hasLetter) first = false;
    out.push_back(std::move(word));
  }
  return out;
}

void PosTagger::finishLoad() {
  wordInfo_.clear();
  for (const auto& [word, cls] : lexicon_) wordInfo_[word] = WordInfo{-1, true, hashString(cls)};
  for (const auto& [word, tag] : tagDict_) wordInfo_[word].dictTag = tag;
  if (second_) paired_ = PairedModel(model_, *second_);
}

void PosTagger::precomputeWords() {
  // Bounds the extra memory (the shipped model needs a few MB).
  constexpr std::size_t kMaxOwnScoreBytes = std::size_t{32} << 20;
  const std::size_t rowSize = 2 * tags_.size();
  const std::size_t maxRows = kMaxOwnScoreBytes / (rowSize * sizeof(std::int32_t));
  ownScores_.clear();
  // In sorted order, so which words get a row does not depend on the hash table's order.
  std::vector<std::string_view> known;
  known.reserve(wordInfo_.size());
  for (const auto& [word, info] : wordInfo_) known.push_back(word);
  std::sort(known.begin(), known.end());
  std::uint64_t keys[kMaxFeatures];
  std::vector<std::int32_t> first(tags_.size());
  std::vector<std::int32_t> second(tags_.size());
  for (const std::string_view word : known) {
    // Prepared as the second word of a sentence; prepare() adds the first-word bits back when
    // it takes the word from here for position 0.
    const std::string_view pair[] = {"", word};
    Word w = prepare(pair)[1];
    if (second_ && w.dictTag < 0 && ownScores_.size() / rowSize < maxRows) {
      const std::size_t n = wordFeatures<FeatureSet::kOwn>({w}, 0, keys);
      std::fill(first.begin(), first.end(), 0);
      std::fill(second.begin(), second.end(), 0);
      paired_.addAll({keys, n}, first, second);
      w.ownRow = static_cast<std::uint32_t>(ownScores_.size() / rowSize);
      ownScores_.insert(ownScores_.end(), first.begin(), first.end());
      ownScores_.insert(ownScores_.end(), second.begin(), second.end());
    }
    wordInfo_.find(word)->second.prepared = w;
  }
  ownScores_.shrink_to_fit();
}

std::vector<std::string_view> PosTagger::knownWords() const {
  std::vector<std::string_view> out;
  out.reserve(wordInfo_.size() + infoIndex_.size());
  for (const auto& [word, info] : wordInfo_) out.push_back(word);
  for (std::size_t k = 0; k < infoIndex_.size(); ++k) out.push_back(infoIndex_.at(static_cast<std::uint32_t>(k)));
  std::sort(out.begin(), out.end());
  return out;
}

void PosTagger::buildIndexes() {
  std::vector<std::string_view> words;
  words.reserve(wordInfo_.size());
  for (const auto& [word, info] : wordInfo_) words.push_back(word);
  std::sort(words.begin(), words.end());
  infoIndex_ = WordIndex(words);
  knownFingerprint_ = knownWordsHash(words);
  infoList_.clear();
  infoList_.reserve(words.size());
  for (const std::string_view word : words) infoList_.push_back(std::move(wordInfo_.find(word)->second));
  wordInfo_.clear();
}

void PosTagger::buildLowerIndex(std::span<const std::pair<std::string, std::uint16_t>> english) {
  // One index of the lowercase forms of both lists, so an unknown word takes one lookup for both,
  // in the words' sorted order: the two lists, each sorted (the model file keeps them so; sorted
  // here otherwise), are merged, and a word in both gets both lists' bits.
  using Entry = std::pair<std::string_view, std::uint32_t>;
  const auto byWord = [](const Entry& a, const Entry& b) { return a.first < b.first; };
  std::vector<Entry> lower;
  lower.reserve(lowercaseWords_.size());
  for (const std::string& w : lowercaseWords_) lower.emplace_back(w, kLowercaseWord);
  std::vector<Entry> lexicon;
  lexicon.reserve(english.size());
  for (const auto& [w, bits] : english) lexicon.emplace_back(w, kInLexicon | bits);
  for (auto* list : {&lower, &lexicon})
    if (!std::is_sorted(list->begin(), list->end(), byWord)) std::stable_sort(list->begin(), list->end(), byWord);
  std::vector<Entry> merged;
  merged.reserve(lower.size() + lexicon.size());
  std::merge(lower.begin(), lower.end(), lexicon.begin(), lexicon.end(), std::back_inserter(merged), byWord);
  std::vector<std::string_view> words;
  words.reserve(merged.size());
  lowerBits_.clear();
  lowerBits_.reserve(merged.size());
  for (const auto& [w, bits] : merged) {
    if (!words.empty() && words.back() == w) {
      lowerBits_.back() |= bits;
      continue;
    }
    words.push_back(w);
    lowerBits_.push_back(bits);
  }
  lowerIndex_ = WordIndex(words);
  hasLexicon_ = !english.empty();
}

bool PosTagger::hasPrecomputedScores(std::string_view word) const {
  const WordInfo* info = findInfo(word);
  return info != nullptr && info->prepared && info->prepared->ownRow != kNoRow;
}

std::pair<std::vector<std::int32_t>, std::vector<std::int32_t>> PosTagger::ownScores(
    std::span<const std::string_view> words, std::size_t i) const {
  const std::size_t numTags = tags_.size();
  std::vector<std::int32_t> first(numTags, 0);
  std::vector<std::int32_t> second(numTags, 0);
  const auto ctx = prepare(words);
  if (ctx[i].ownRow != kNoRow) {
    const std::int32_t* own = &ownScores_[static_cast<std::size_t>(ctx[i].ownRow) * 2 * numTags];
    first.assign(own, own + numTags);
    second.assign(own + numTags, own + 2 * numTags);
    return {first, second};
  }
  std::uint64_t keys[kMaxFeatures];
  const std::size_t n = wordFeatures<FeatureSet::kOwn>(ctx, i, keys);
  if (second_) {
    paired_.addAll({keys, n}, first, second);
  } else {
    model_.addAll({keys, n}, first);
  }
  return {first, second};
}

PosTagger PosTagger::train(std::span<const TaggedSentence> sentences, const PosTrainOptions& options) {
  PosTagger tagger;
  // Tag set, tag dictionary and ambiguity classes from the counts.
  std::map<std::string, std::map<std::string, int>> counts;
  std::map<std::string, int> tagCounts;
  for (const auto& s : sentences) {
    if (s.words.size() != s.tags.size()) throw std::invalid_argument("sentence with words and tags of different lengths");
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      ++counts[normalizeWord(s.words[i])][s.tags[i]];
      ++tagCounts[s.tags[i]];
    }
  }
  if (tagCounts.empty()) throw std::invalid_argument("no training data for the POS tagger");
  if (tagCounts.size() > 255) throw std::invalid_argument("more than 255 POS tags");
  std::map<std::string, std::uint16_t> tagIndex;
  for (const auto& [t, n] : tagCounts) {
    tagIndex[t] = static_cast<std::uint16_t>(tagger.tags_.size());
    tagger.tags_.push_back(t);
  }
  for (const auto& [word, byTag] : counts) {
    int total = 0;
    int best = 0;
    std::string bestTag;
    for (const auto& [t, n] : byTag) {
      total += n;
      if (n > best) {
        best = n;
        bestTag = t;
      }
    }
    if (total >= options.tagDictMinCount && best >= options.tagDictMinRatio * total)
      tagger.tagDict_[word] = tagIndex[bestTag];
    if (total >= options.lexiconMinCount) {
      std::string cls;
      for (const auto& [t, n] : byTag) {
        if (n * 10 < total) continue;
        if (!cls.empty()) cls += '|';
        cls += t;
      }
      tagger.lexicon_[word] = cls;
    }
  }
  tagger.finishLoad();
  // Which words are mostly written in lowercase, counting capitals only inside sentences.
  std::unordered_map<std::string, std::pair<int, int>> caseCounts;  // lowercase form -> (lower, capitalized)
  for (const auto& s : sentences) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const std::string norm = normalizeWord(s.words[i]);
      const CaseInfo ci = caseInfo(norm);
      if (!ci.hasLetter) continue;
      const std::string low = lowercase(norm);
      if (low == norm) ++caseCounts[low].first;
      else if (i > 0 && ci.initialUpper && !ci.allUpper) ++caseCounts[low].second;
    }
  }
  for (const auto& [word, n] : caseCounts)
    if (n.first >= 1 && n.first >= 2 * n.second) tagger.lowercaseWords_.push_back(word);
  std::sort(tagger.lowercaseWords_.begin(), tagger.lowercaseWords_.end());
  tagger.buildLowerIndex(options.englishLexicon);

  std::vector<std::vector<Word>> contexts;
  std::vector<std::vector<int>> gold;
  contexts.reserve(sentences.size());
  for (const auto& s : sentences) {
    std::vector<std::string_view> views(s.words.begin(), s.words.end());
    contexts.push_back(tagger.prepare(views));
    std::vector<int> g;
    for (const auto& t : s.tags) g.push_back(tagIndex[t]);
    gold.push_back(std::move(g));
  }

  if (!options.twoPass) {
    tagger.model_ = tagger.trainPass(contexts, gold, {}, options, options.progress);
    return tagger;
  }
  // Second pass: trained on first-pass tags that were predicted by models which did not see
  // the sentence (k-fold jackknifing), so it learns how far to trust them.
  const std::size_t folds = static_cast<std::size_t>(std::max(2, options.jackknifeFolds));
  std::vector<std::vector<int>> firstPass(contexts.size());
  for (std::size_t fold = 0; fold < folds; ++fold) {
    std::vector<std::vector<Word>> foldContexts;
    std::vector<std::vector<int>> foldGold;
    for (std::size_t k = 0; k < contexts.size(); ++k) {
      if (k % folds == fold) continue;
      foldContexts.push_back(contexts[k]);
      foldGold.push_back(gold[k]);
    }
    const LinearModel partial = tagger.trainPass(foldContexts, foldGold, {}, options, nullptr);
    for (std::size_t k = fold; k < contexts.size(); k += folds) firstPass[k] = tagger.decode(contexts[k], partial, nullptr);
  }
  tagger.model_ = tagger.trainPass(contexts, gold, {}, options, options.progress);
  tagger.second_ = tagger.trainPass(contexts, gold, firstPass, options, options.progress);
  tagger.paired_ = PairedModel(tagger.model_, *tagger.second_);
  return tagger;
}

LinearModel PosTagger::trainPass(const std::vector<std::vector<Word>>& contexts, const std::vector<std::vector<int>>& gold,
                                 const std::vector<std::vector<int>>& right, const PosTrainOptions& options,
                                 const std::function<void(int, double)>& progress) const {
  PerceptronTrainer trainer(tags_.size());
  std::vector<std::size_t> order(contexts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<float> scores(tags_.size());
  std::uint64_t keys[kMaxFeatures];
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates with our own index draws, so the order is the same with every standard library.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t correct = 0;
    std::size_t total = 0;
    for (const std::size_t si : order) {
      const auto& ctx = contexts[si];
      const std::vector<int>* rightTags = right.empty() ? nullptr : &right[si];
      int prev = -1;
      int prev2 = -2;
      for (std::size_t i = 0; i < ctx.size(); ++i) {
        const int truth = gold[si][i];
        int guess = ctx[i].dictTag;
        if (guess < 0) {
          const std::size_t n = features(ctx, i, prev, prev2, rightTags, keys);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.score({keys, n}, scores);
          guess = static_cast<int>(argmax<float>(scores));
          trainer.tick();
          if (guess != truth) {
            trainer.update({keys, n}, static_cast<std::size_t>(truth), 1.0f);
            trainer.update({keys, n}, static_cast<std::size_t>(guess), -1.0f);
          }
        }
        correct += guess == truth;
        ++total;
        prev2 = prev;
        prev = guess;
      }
    }
    if (progress) progress(epoch, total == 0 ? 0.0 : static_cast<double>(correct) / total);
  }
  return trainer.finish(options.minWeight);
}

void PosTagger::save(const std::filesystem::path& path) const {
  ByteWriter out;
  out.putStrings(tags_);
  std::vector<std::pair<std::string, std::uint16_t>> dict(tagDict_.begin(), tagDict_.end());
  std::sort(dict.begin(), dict.end());
  out.put<std::uint32_t>(static_cast<std::uint32_t>(dict.size()));
  for (const auto& [w, t] : dict) {
    out.putString(w);
    out.put<std::uint16_t>(t);
  }
  std::vector<std::pair<std::string, std::string>> lex(lexicon_.begin(), lexicon_.end());
  std::sort(lex.begin(), lex.end());
  out.put<std::uint32_t>(static_cast<std::uint32_t>(lex.size()));
  for (const auto& [w, c] : lex) {
    out.putString(w);
    out.putString(c);
  }
  model_.write(out);
  out.put<std::uint8_t>(second_ ? 1 : 0);
  if (second_) second_->write(out);
  out.putStrings(lowercaseWords_);
  if (hasLexicon_) {
    // An optional section (models without a lexicon end before it): the English lexicon, in
    // the sorted order of lowerIndex_.
    std::uint32_t count = 0;
    for (const std::uint32_t bits : lowerBits_) count += (bits & kInLexicon) != 0;
    out.put<std::uint8_t>(kEnglishLexiconSection);
    out.put<std::uint32_t>(count);
    for (std::size_t k = 0; k < lowerBits_.size(); ++k) {
      if ((lowerBits_[k] & kInLexicon) == 0) continue;
      out.putString(lowerIndex_.at(static_cast<std::uint32_t>(k)));
      out.put<std::uint16_t>(static_cast<std::uint16_t>(lowerBits_[k] & kLexiconBits));
    }
  }
  writeModelFile(path, ModelKind::PosTagger, out.bytes());
}

PosTagger PosTagger::load(const std::filesystem::path& path, bool precompute) {
  const std::string payload = readModelFile(path, ModelKind::PosTagger);
  ByteReader in(payload, path);
  PosTagger tagger;
  tagger.tags_ = in.getStrings();
  if (tagger.tags_.empty()) in.fail("empty tag set");
  const auto dictSize = in.get<std::uint32_t>();
  for (std::uint32_t i = 0; i < dictSize; ++i) {
    std::string w = in.getString();
    const auto t = in.get<std::uint16_t>();
    if (t >= tagger.tags_.size()) in.fail("tag dictionary entry out of range");
    tagger.tagDict_.emplace(std::move(w), t);
  }
  const auto lexSize = in.get<std::uint32_t>();
  for (std::uint32_t i = 0; i < lexSize; ++i) {
    std::string w = in.getString();
    tagger.lexicon_.emplace(std::move(w), in.getString());
  }
  tagger.model_ = LinearModel::read(in);
  if (tagger.model_.numClasses() != tagger.tags_.size()) in.fail("weights do not match the tag set");
  if (in.get<std::uint8_t>() != 0) {
    tagger.second_ = LinearModel::read(in);
    if (tagger.second_->numClasses() != tagger.tags_.size()) in.fail("weights do not match the tag set");
  }
  tagger.lowercaseWords_ = in.getStrings();
  if (!std::is_sorted(tagger.lowercaseWords_.begin(), tagger.lowercaseWords_.end()))
    std::sort(tagger.lowercaseWords_.begin(), tagger.lowercaseWords_.end());
  tagger.lowercaseWords_.erase(std::unique(tagger.lowercaseWords_.begin(), tagger.lowercaseWords_.end()),
                               tagger.lowercaseWords_.end());
  std::vector<std::pair<std::string, std::uint16_t>> english;
  if (!in.atEnd()) {
    if (in.get<std::uint8_t>() != kEnglishLexiconSection) in.fail("unknown section");
    const auto n = in.get<std::uint32_t>();
    if (n == 0) in.fail("empty English lexicon");
    english.reserve(std::min<std::size_t>(n, payload.size()));
    for (std::uint32_t i = 0; i < n; ++i) {
      std::string w = in.getString();
      const auto bits = in.get<std::uint16_t>();
      english.emplace_back(std::move(w), bits);
    }
  }
  if (!in.atEnd()) in.fail("trailing data");
  tagger.buildLowerIndex(english);
  tagger.finishLoad();
  if (precompute) {
    tagger.precomputeWords();
    tagger.precomputeTagTables();
  }
  tagger.buildIndexes();
  return tagger;
}

std::vector<std::pair<std::string, std::uint16_t>> readEnglishLexicon(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read English lexicon " + path.string());
  std::vector<std::pair<std::string, std::uint16_t>> out;
  std::string line;
  std::size_t lineNo = 0;
  constexpr std::string_view kClasses = "nvarszdgct";
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty() || line.front() == '#') continue;
    const auto bad = [&] {
      throw std::runtime_error("English lexicon " + path.string() + ", line " + std::to_string(lineNo) +
                               ": expected word, classes, case");
    };
    const std::size_t t1 = line.find('\t');
    if (t1 == 0 || t1 == std::string::npos) bad();
    const std::size_t t2 = line.find('\t', t1 + 1);
    if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos) bad();
    std::uint16_t bits = 0;
    for (const char c : std::string_view(line).substr(t1 + 1, t2 - t1 - 1)) {
      const std::size_t k = kClasses.find(c);
      if (k != std::string_view::npos) bits |= static_cast<std::uint16_t>(1u << k);
      else if (c != '-') bad();
    }
    for (const char c : std::string_view(line).substr(t2 + 1)) {
      if (c == 'l') bits |= kLexiconCaseLower;
      else if (c == 'u') bits |= kLexiconCaseUpper;
      else if (c != '-') bad();
    }
    out.emplace_back(line.substr(0, t1), bits);
  }
  return out;
}

}  // namespace ng::nlp
