#include "extract/nlp/EntityRecognizer.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cassert>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <unordered_map>
#include <stdexcept>

#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {

namespace {

enum Template : std::uint32_t {
  kBias,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kPrefix2,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrevLower,
  kPrev2Lower,
  kNextLower,
  kNext2Lower,
  kPrevShape,
  kNextShape,
  kPos,
  kPrevPos,
  kNextPos,
  kPrevPosPos,
  kPosNextPos,
  kPosShortShape,
  kPrevLowerLower,
  kLowerNextLower,
  kInitialShape,
  kCapitalRun,
  kGazetteer,
  kPrevGazetteer,
  kNextGazetteer,
  kGazetteerSet,
  kPrevShortShapeShortShape,
  kNextWordCase,
  kPrevWordCase,
  kDocAll,        // the word's other occurrences in the document: all flags, with sentence start
  kDocLower,      // written in lowercase elsewhere, with sentence start
  kDocRun,        // elsewhere in a longer capitalized run, with the own run's position
  kDocContext,    // elsewhere after a title word, before an organization cue
  // transition templates (keyed by the previous label)
  kTransition = 100,
  kTransitionShape,
  kTransitionPos,
};
constexpr std::size_t kMaxEmission = 64;
constexpr std::size_t kMaxTransition = 4;

const std::uint64_t kPad = hashString("<pad>");
const std::uint64_t kLowerCaseWord = hashString("<lower>");

// Word::doc flags: how the document writes the word (by its lowercase form) elsewhere.
constexpr std::uint32_t kDocSeen = 1;         // the word occurs elsewhere in the document
constexpr std::uint32_t kDocLowerElse = 2;    // ... written in lowercase
constexpr std::uint32_t kDocCapMidElse = 4;   // ... capitalized, not the first word of its sentence
constexpr std::uint32_t kDocMultiElse = 8;    // ... inside a capitalized run of two or more words
constexpr std::uint32_t kDocTitleElse = 16;   // ... right after a title word
constexpr std::uint32_t kDocCueElse = 32;     // ... right before an organization or place cue word

// Lowercase words that may sit inside a run of capitalized words of one name.
bool nameConnector(std::string_view lower) {
  return lower == "of" || lower == "and" || lower == "the" || lower == "for" || lower == "de" || lower == "al" ||
         lower == "&";
}

}  // namespace

void EntityRecognizer::prepareWord(std::string_view norm, std::string_view low, Word& w) {
  const CaseInfo ci = caseInfo(norm);
  w.word = hashDigitsFolded(norm);
  w.lower = hashDigitsFolded(low);
  w.shape = hashString(wordShape(norm));
  w.shortShape = hashString(shortShape(norm));
  w.pre2 = hashString(prefix(low, 2));
  w.pre3 = hashString(prefix(low, 3));
  w.suf2 = hashString(suffix(low, 2));
  w.suf3 = hashString(suffix(low, 3));
  w.suf4 = hashString(suffix(low, 4));
  w.capitalized = ci.initialUpper;
  w.hasLetter = ci.hasLetter;
  w.connector = nameConnector(low);
  w.caseWord = ci.initialUpper ? w.word : kLowerCaseWord;
}

std::vector<EntityRecognizer::Word> EntityRecognizer::prepare(std::span<const std::string_view> words,
                                                              std::span<const std::string> pos,
                                                              const std::uint32_t* knownIds) const {
  if (pos.size() != words.size()) throw std::invalid_argument("EntityRecognizer::tag: one POS tag per word needed");
  std::vector<Word> ctx(words.size());
  // The lowercase forms for the gazetteer: of the known words from the table, of the others here.
  std::vector<std::string> lowerOwned(words.size());
  std::vector<std::string_view> lower(words.size());
  std::string norm;
  if (knownIds != nullptr) {
    // The entries of the known words, fetched for the whole sentence before they are read.
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (knownIds[i] >= knownWords_.size()) continue;
      const auto* entry = reinterpret_cast<const char*>(&knownWords_[knownIds[i]]);
      for (std::size_t b = 0; b < sizeof(Word); b += 64) __builtin_prefetch(entry + b);
      __builtin_prefetch(entry + sizeof(Word) - 1);
      __builtin_prefetch(&knownLowerOffsets_[knownIds[i]]);
    }
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    Word& w = ctx[i];
    std::uint32_t k = WordIndex::kNone;
    if (knownIds != nullptr) {
      if (knownIds[i] < knownWords_.size()) k = knownIds[i];
    } else {
      norm = normalizeWord(words[i]);
      k = known_.find(norm);
    }
    if (k != WordIndex::kNone) {
      w = knownWords_[k];
      // tagPrepared() reads the word's row of summed scores: fetch it now.
      __builtin_prefetch(&ownScores_[static_cast<std::size_t>(w.ownRow) * labels_.size()]);
      __builtin_prefetch(&ownScores_[static_cast<std::size_t>(w.ownRow) * labels_.size() + labels_.size() - 1]);
      lower[i] = std::string_view(knownLowerChars_)
                     .substr(knownLowerOffsets_[k], knownLowerOffsets_[k + 1] - knownLowerOffsets_[k]);
    } else {
      if (knownIds != nullptr) norm = normalizeWord(words[i]);
      lowerOwned[i] = lowercase(norm);
      prepareWord(norm, lowerOwned[i], w);
      lower[i] = lowerOwned[i];
    }
    w.pos = hashString(pos[i]);
  }
  // Runs of capitalized words (lowercase connectors allowed between two capitalized words).
  for (std::size_t i = 0; i < ctx.size();) {
    if (!ctx[i].capitalized) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < ctx.size()) {
      if (ctx[j].capitalized) {
        ++j;
      } else if (ctx[j].connector && j + 1 < ctx.size() && ctx[j + 1].capitalized) {
        j += 2;
      } else {
        break;
      }
    }
    const std::uint32_t len = static_cast<std::uint32_t>(std::min<std::size_t>(j - i, 4));
    for (std::size_t k = i; k < j; ++k) {
      const std::uint32_t where = j - i == 1 ? 1 : k == i ? 2 : k + 1 == j ? 3 : 4;  // single/begin/end/inside
      ctx[k].capitalRun = where * 8 + len + (i == 0 ? 64 : 0);
    }
    i = j;
  }
  if (gazetteer_) {
    std::vector<std::uint32_t> flags(words.size(), 0);
    std::vector<std::uint8_t> capital(words.size());
    for (std::size_t i = 0; i < ctx.size(); ++i) capital[i] = ctx[i].capitalized ? 1 : 0;
    gazetteer_->annotateLowercase(lower, capital, flags);
    for (std::size_t i = 0; i < ctx.size(); ++i) ctx[i].gazetteer = flags[i];
  }
  return ctx;
}

template <EntityRecognizer::FeatureSet set>
std::size_t EntityRecognizer::emissionFeatures(const std::vector<Word>& ctx, std::size_t i, std::uint64_t* keys) const {
  const Word& w = ctx[i];
  const auto at = [&](std::ptrdiff_t k) -> const Word* {
    const auto j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(ctx.size()) ? nullptr : &ctx[static_cast<std::size_t>(j)];
  };
  const Word* p1 = at(-1);
  const Word* p2 = at(-2);
  const Word* n1 = at(1);
  const Word* n2 = at(2);
  const auto lowerOf = [](const Word* x, std::uint64_t pad) { return x ? x->lower : pad; };
  std::size_t n = 0;
  // The features that depend on the word alone (own) and the others (context), in the order
  // of training; the compiler drops the computation of those not wanted.
  const auto own = [&](std::uint64_t key) {
    if constexpr (set != FeatureSet::kContext) keys[n++] = key;
  };
  const auto context = [&](std::uint64_t key) {
    if constexpr (set != FeatureSet::kOwn) keys[n++] = key;
  };
  own(featureKey(kBias, 0));
  own(featureKey(kWord, w.word));
  own(featureKey(kLower, w.lower));
  own(featureKey(kShape, w.shape));
  own(featureKey(kShortShape, w.shortShape));
  own(featureKey(kPrefix2, w.pre2));
  own(featureKey(kPrefix3, w.pre3));
  own(featureKey(kSuffix2, w.suf2));
  own(featureKey(kSuffix3, w.suf3));
  own(featureKey(kSuffix4, w.suf4));
  context(featureKey(kPrevLower, lowerOf(p1, kPad)));
  context(featureKey(kPrev2Lower, lowerOf(p2, kPad)));
  context(featureKey(kNextLower, lowerOf(n1, kPad + 1)));
  context(featureKey(kNext2Lower, lowerOf(n2, kPad + 1)));
  context(featureKey(kPrevShape, p1 ? p1->shortShape : kPad));
  context(featureKey(kNextShape, n1 ? n1->shortShape : kPad + 1));
  context(featureKey(kPos, w.pos));
  context(featureKey(kPrevPos, p1 ? p1->pos : kPad));
  context(featureKey(kNextPos, n1 ? n1->pos : kPad + 1));
  context(featureKey(kPrevPosPos, p1 ? p1->pos : kPad, w.pos));
  context(featureKey(kPosNextPos, w.pos, n1 ? n1->pos : kPad + 1));
  context(featureKey(kPosShortShape, w.pos, w.shortShape));
  context(featureKey(kPrevLowerLower, lowerOf(p1, kPad), w.lower));
  context(featureKey(kLowerNextLower, w.lower, lowerOf(n1, kPad + 1)));
  context(featureKey(kInitialShape, i == 0 ? 1 : 0, w.shortShape));
  context(featureKey(kCapitalRun, w.capitalRun));
  context(featureKey(kPrevShortShapeShortShape, p1 ? p1->shortShape : kPad, w.shortShape));
  context(featureKey(kNextWordCase, n1 ? n1->caseWord : kPad + 1));
  context(featureKey(kPrevWordCase, p1 ? p1->caseWord : kPad));
  if constexpr (set != FeatureSet::kOwn) {
    if (w.doc != 0) {  // from the document, so context features
      const std::uint64_t initial = i == 0 ? 1 : 0;
      keys[n++] = featureKey(kDocAll, w.doc, initial);
      keys[n++] = featureKey(kDocLower, (w.doc & kDocLowerElse) != 0, initial);
      keys[n++] = featureKey(kDocRun, (w.doc & kDocMultiElse) != 0, w.capitalRun);
      keys[n++] = featureKey(kDocContext, w.doc & (kDocTitleElse | kDocCueElse));
    }
    if (gazetteer_) {
      keys[n++] = featureKey(kGazetteerSet, w.gazetteer);
      for (std::size_t k = 0; k < kGazetteerKinds; ++k) {
        const auto kind = static_cast<GazetteerKind>(k);
        if (w.gazetteer & insideBit(kind)) keys[n++] = featureKey(kGazetteer, k, (w.gazetteer & beginBit(kind)) ? 1 : 0);
        if (p1 && (p1->gazetteer & insideBit(kind))) keys[n++] = featureKey(kPrevGazetteer, k);
        if (n1 && (n1->gazetteer & insideBit(kind))) keys[n++] = featureKey(kNextGazetteer, k);
      }
    }
  }
  assert(n <= kMaxEmission);
  return n;
}

std::size_t EntityRecognizer::transitionFeatures(const std::vector<Word>& ctx, std::size_t i, std::size_t prevLabel,
                                                 std::uint64_t* keys) const {
  const Word& w = ctx[i];
  keys[0] = featureKey(kTransition, prevLabel);
  keys[1] = featureKey(kTransitionShape, prevLabel, w.shortShape);
  keys[2] = featureKey(kTransitionPos, prevLabel, w.pos);
  return 3;
}

void EntityRecognizer::buildTransitions() {
  const std::size_t n = labels_.size();
  // MISC (names of no type newsgraph uses: "Olympics", "English") is learnt but never output.
  outputLabel_.clear();
  for (const auto& l : labels_) outputLabel_.push_back(l.ends_with("-MISC") ? std::string("O") : l);
  allowed_.assign(n + 1, std::vector<bool>(n, true));
  for (std::size_t next = 0; next < n; ++next) {
    if (!labels_[next].starts_with("I-")) continue;
    const std::string type = labels_[next].substr(2);
    for (std::size_t prev = 0; prev <= n; ++prev)
      allowed_[prev][next] = prev < n && labels_[prev].size() > 2 && labels_[prev].substr(2) == type;
  }
  allowedFlat_.assign((n + 1) * n, 0);
  for (std::size_t prev = 0; prev <= n; ++prev)
    for (std::size_t next = 0; next < n; ++next) allowedFlat_[prev * n + next] = allowed_[prev][next] ? 1 : 0;
  allowedPrev_.clear();
  allowedPrevBegin_.assign(1, 0);
  for (std::size_t next = 0; next < n; ++next) {
    for (std::size_t prev = 0; prev < n; ++prev)
      if (allowed_[prev][next]) allowedPrev_.push_back(static_cast<std::uint8_t>(prev));
    allowedPrevBegin_.push_back(static_cast<std::uint32_t>(allowedPrev_.size()));
  }
  dense_.reset();
  if (n <= DenseModel::kMaxClasses) dense_.emplace(model_);
  // Whether the model learnt the document features: any weight for a kDocAll key (flags 1-63,
  // with and without sentence start). Without them tagging skips counting the document's words.
  usesDocumentFeatures_ = false;
  std::vector<std::int32_t> probe(n, 0);
  for (std::uint64_t flags = 1; flags < 64 && !usesDocumentFeatures_; ++flags)
    for (std::uint64_t initial = 0; initial < 2; ++initial) {
      const std::uint64_t key = featureKey(kDocAll, flags, initial);
      std::fill(probe.begin(), probe.end(), 0);
      model_.addAll({&key, 1}, probe);
      if (std::any_of(probe.begin(), probe.end(), [](std::int32_t v) { return v != 0; })) usesDocumentFeatures_ = true;
    }
  labelTransition_.assign((n + 1) * n, 0);
  for (std::size_t prev = 0; prev <= n; ++prev) {
    const std::uint64_t key = featureKey(kTransition, prev);
    addWeights({&key, 1}, {&labelTransition_[prev * n], n});
  }
}

void EntityRecognizer::addWeights(std::span<const std::uint64_t> keys, std::span<std::int32_t> scores) const {
  if (dense_) dense_->addAll(keys, scores);
  else model_.addAll(keys, scores);
}

template <typename Score, typename TransitionFn>
std::vector<std::size_t> EntityRecognizer::viterbi(std::span<const Score> emission, TransitionFn&& transition) const {
  const std::size_t L = labels_.size();
  const std::size_t n = emission.size() / L;
  std::vector<std::size_t> path(n);
  if (n == 0) return path;
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  std::vector<Score> delta(L, kNone);
  std::vector<Score> next(L);
  std::vector<Score> trans(L);
  std::vector<std::uint8_t> back(n * L, 0);
  std::fill(trans.begin(), trans.end(), Score{});
  transition(0, L, trans);
  for (std::size_t y = 0; y < L; ++y)
    delta[y] = allowed_[L][y] ? emission[y] + trans[y] : kNone;
  for (std::size_t i = 1; i < n; ++i) {
    std::fill(next.begin(), next.end(), kNone);
    for (std::size_t prev = 0; prev < L; ++prev) {
      if (delta[prev] == kNone) continue;
      std::fill(trans.begin(), trans.end(), Score{});
      transition(i, prev, trans);
      for (std::size_t y = 0; y < L; ++y) {
        if (!allowed_[prev][y]) continue;
        const Score s = delta[prev] + trans[y];
        if (s > next[y] || next[y] == kNone) {
          next[y] = s;
          back[i * L + y] = static_cast<std::uint8_t>(prev);
        }
      }
    }
    for (std::size_t y = 0; y < L; ++y)
      delta[y] = next[y] == kNone ? kNone : next[y] + emission[i * L + y];
  }
  std::size_t best = 0;
  for (std::size_t y = 1; y < L; ++y)
    if (delta[y] > delta[best]) best = y;
  for (std::size_t i = n; i-- > 0;) {
    path[i] = best;
    best = back[i * L + best];
  }
  return path;
}

void EntityRecognizer::documentFeatures(std::span<std::vector<Word>> document) {
  struct Counts {
    std::uint32_t seen = 0, lower = 0, capMid = 0, multi = 0, title = 0, cue = 0;
  };
  const std::uint32_t titleBit = insideBit(GazetteerKind::Title);
  const std::uint32_t cueBits = insideBit(GazetteerKind::OrgCue) | insideBit(GazetteerKind::PlaceCue);
  // What one occurrence (sentence s, word i) adds to its word's counts.
  const auto contribution = [&](const std::vector<Word>& ctx, std::size_t i) {
    const Word& w = ctx[i];
    Counts c;
    c.seen = 1;
    c.lower = !w.capitalized;
    c.capMid = w.capitalized && i > 0;
    c.multi = w.capitalized && (w.capitalRun & 7) >= 2;
    c.title = w.capitalized && i > 0 && (ctx[i - 1].gazetteer & titleBit) != 0;
    c.cue = w.capitalized && i + 1 < ctx.size() && (ctx[i + 1].gazetteer & cueBits) != 0 && !ctx[i + 1].capitalized;
    return c;
  };
  std::unordered_map<std::uint64_t, Counts> counts;
  for (const auto& ctx : document)
    for (std::size_t i = 0; i < ctx.size(); ++i) {
      if (!ctx[i].hasLetter) continue;
      const Counts c = contribution(ctx, i);
      Counts& total = counts[ctx[i].lower];
      total.seen += c.seen;
      total.lower += c.lower;
      total.capMid += c.capMid;
      total.multi += c.multi;
      total.title += c.title;
      total.cue += c.cue;
    }
  for (auto& ctx : document)
    for (std::size_t i = 0; i < ctx.size(); ++i) {
      Word& w = ctx[i];
      w.doc = 0;
      if (!w.capitalized) continue;
      const Counts own = contribution(ctx, i);
      const Counts& total = counts[w.lower];
      if (total.seen > own.seen) w.doc |= kDocSeen;
      if (total.lower > own.lower) w.doc |= kDocLowerElse;
      if (total.capMid > own.capMid) w.doc |= kDocCapMidElse;
      if (total.multi > own.multi) w.doc |= kDocMultiElse;
      if (total.title > own.title) w.doc |= kDocTitleElse;
      if (total.cue > own.cue) w.doc |= kDocCueElse;
    }
}

void EntityRecognizer::transitionBlock(std::uint32_t templ, std::uint64_t atom, std::int32_t* out) const {
  const std::size_t L = labels_.size();
  for (std::size_t prev = 0; prev <= L; ++prev) {
    const std::uint64_t key = featureKey(templ, prev, atom);
    addWeights({&key, 1}, {out + prev * L, L});
  }
}

void EntityRecognizer::precompute(std::span<const std::string_view> words, std::span<const std::string> posTags) {
  const std::size_t L = labels_.size();
  // Sorted and without repeats, so the tables do not depend on the order of the caller's list.
  std::vector<std::string_view> sorted(words.begin(), words.end());
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  known_ = WordIndex(sorted);
  knownFingerprint_ = knownWordsHash(sorted);
  knownWords_.assign(sorted.size(), Word{});
  knownLowerChars_.clear();
  knownLowerOffsets_.assign(1, 0);
  ownScores_.assign(sorted.size() * L, 0);
  std::uint64_t keys[kMaxEmission];
  std::vector<std::uint64_t> shapes;
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    Word& w = knownWords_[k];
    const std::string low = lowercase(sorted[k]);
    prepareWord(sorted[k], low, w);
    knownLowerChars_ += low;
    knownLowerOffsets_.push_back(static_cast<std::uint32_t>(knownLowerChars_.size()));
    const std::vector<Word> one{w};
    const std::size_t n = emissionFeatures<FeatureSet::kOwn>(one, 0, keys);
    addWeights({keys, n}, {&ownScores_[k * L], L});
    w.ownRow = static_cast<std::uint32_t>(k);
    shapes.push_back(w.shortShape);
  }
  // Transition blocks of the short shapes of two or more known words, and of every POS tag.
  std::sort(shapes.begin(), shapes.end());
  fixedBlocks_.clear();
  std::vector<std::pair<std::uint64_t, std::uint32_t>> shapeBlocks, posBlocks;
  const auto addBlock = [&](std::vector<std::pair<std::uint64_t, std::uint32_t>>& blocks, std::uint32_t templ,
                            std::uint64_t atom) {
    const std::size_t offset = fixedBlocks_.size();
    fixedBlocks_.resize(offset + (L + 1) * L, 0);
    transitionBlock(templ, atom, &fixedBlocks_[offset]);
    blocks.emplace_back(atom, static_cast<std::uint32_t>(offset));
  };
  for (std::size_t k = 0; k + 1 < shapes.size(); ++k)
    if (shapes[k] == shapes[k + 1] && (shapeBlocks.empty() || shapeBlocks.back().first != shapes[k]))
      addBlock(shapeBlocks, kTransitionShape, shapes[k]);
  for (const auto& t : posTags) {
    const std::uint64_t atom = hashString(t);
    if (std::none_of(posBlocks.begin(), posBlocks.end(), [&](const auto& b) { return b.first == atom; }))
      addBlock(posBlocks, kTransitionPos, atom);
  }
  shapeBlocks_ = AtomOffsets(shapeBlocks);
  posBlocks_ = AtomOffsets(posBlocks);
}

bool EntityRecognizer::hasPrecomputedScores(std::string_view word) const {
  return known_.find(word) != WordIndex::kNone;
}

std::vector<std::int32_t> EntityRecognizer::ownScores(std::span<const std::string_view> words, std::size_t i) const {
  const std::vector<std::string> pos(words.size(), "NN");
  const auto ctx = prepare(words, pos);
  const std::size_t L = labels_.size();
  std::vector<std::int32_t> scores(L, 0);
  if (ctx[i].ownRow != kNoRow) {
    std::copy_n(&ownScores_[ctx[i].ownRow * L], L, scores.begin());
  } else {
    std::uint64_t keys[kMaxEmission];
    const std::size_t n = emissionFeatures<FeatureSet::kOwn>(ctx, i, keys);
    addWeights({keys, n}, scores);
  }
  return scores;
}

std::vector<std::string> EntityRecognizer::tag(std::span<const std::string_view> words,
                                               std::span<const std::string> pos) const {
  std::vector<std::vector<Word>> document{prepare(words, pos)};
  if (usesDocumentFeatures_) documentFeatures(document);
  return tagPrepared(document.front());
}

std::vector<std::vector<std::string>> EntityRecognizer::tagDocument(
    std::span<const std::vector<std::string_view>> sentences, std::span<const std::vector<std::string>> pos) const {
  if (pos.size() != sentences.size()) throw std::invalid_argument("EntityRecognizer::tagDocument: one POS sequence per sentence needed");
  return tagDocument(sentences, pos, {}, 0);
}

std::vector<std::vector<std::string>> EntityRecognizer::tagDocument(
    std::span<const std::vector<std::string_view>> sentences, std::span<const std::vector<std::string>> pos,
    std::span<const std::vector<std::uint32_t>> knownIds, std::uint64_t fingerprint) const {
  if (pos.size() != sentences.size()) throw std::invalid_argument("EntityRecognizer::tagDocument: one POS sequence per sentence needed");
  const bool useIds = fingerprint != 0 && fingerprint == knownFingerprint_ && knownIds.size() == sentences.size();
  std::vector<std::vector<Word>> document;
  document.reserve(sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const bool ids = useIds && knownIds[k].size() == sentences[k].size();
    document.push_back(prepare(sentences[k], pos[k], ids ? knownIds[k].data() : nullptr));
  }
  if (usesDocumentFeatures_) documentFeatures(document);
  std::vector<std::vector<std::string>> out;
  out.reserve(document.size());
  for (const auto& ctx : document) out.push_back(tagPrepared(ctx));
  return out;
}

// Cloned for AVX2 (NG_SIMD_CLONES): the sums of dense weight rows and of transition blocks below
// take most of its time and vectorize.
NG_SIMD_CLONES std::vector<std::string> EntityRecognizer::tagPrepared(const std::vector<Word>& ctx) const {
  const std::size_t L = labels_.size();
  const std::size_t n = ctx.size();
  // Rows of emission scores: kMaxClasses wide with the dense table (its padding weights are 0,
  // so a key adds a fixed number of scores), else L.
  const std::size_t S = dense_ ? DenseModel::kMaxClasses : L;
  using Score = std::int64_t;
  // Per word: the offset of its block, in fixedBlocks_ when the top bit is set, else in blocks.
  constexpr std::size_t kFixed = std::size_t{1} << 63;
  struct Block {
    std::uint32_t templ;
    std::uint64_t atom;
    std::size_t offset;  // into blocks: (L + 1) * L weights, [prev * L + next]
  };
  // Buffers kept per thread across sentences (only grown): no allocation per sentence.
  struct Scratch {
    std::vector<std::int32_t> scores;
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> rows;
    std::vector<Block> seen;
    std::vector<std::int32_t> blocks;
    std::vector<std::size_t> shapeBlock, posBlock;
    std::vector<Score> delta, next;
    std::vector<std::uint8_t> back;
    std::vector<std::int32_t> trans;
  };
  thread_local Scratch scratch;
  const auto atLeast = [](auto& v, std::size_t size) {
    if (v.size() < size) v.resize(size);
    return std::span(v.data(), size);
  };
  const std::span<std::int32_t> scores = atLeast(scratch.scores, n * S);
  const std::span<std::uint64_t> keys = atLeast(scratch.keys, n * kMaxEmission);
  const std::span<std::uint32_t> rows = atLeast(scratch.rows, n * kMaxEmission);
  std::size_t numKeys = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t m = 0;
    if (const std::uint32_t row = ctx[i].ownRow; row != kNoRow) {
      // The word's own features summed at precompute(); integer sums, so the same scores.
      std::copy_n(&ownScores_[static_cast<std::size_t>(row) * L], L, &scores[i * S]);
      std::fill_n(&scores[i * S + L], S - L, 0);
      m = emissionFeatures<FeatureSet::kContext>(ctx, i, &keys[numKeys]);
    } else {
      std::fill_n(&scores[i * S], S, 0);
      m = emissionFeatures(ctx, i, &keys[numKeys]);
    }
    std::fill_n(&rows[numKeys], m, static_cast<std::uint32_t>(i));
    numKeys += m;
  }
  if (dense_) {
    dense_->addPaddedRows(keys.first(numKeys), rows.first(numKeys), scores);
  } else {
    for (std::size_t k = 0; k < numKeys; ++k) model_.addAll({&keys[k], 1}, {&scores[rows[k] * L], L});
  }
  // The transition features keyed by the word's short shape and POS tag take few distinct values
  // in a sentence: their weights for every previous label come from the blocks of precompute(),
  // or are looked up once per value and sentence.
  std::vector<Block>& seen = scratch.seen;
  std::vector<std::int32_t>& blocks = scratch.blocks;
  seen.clear();
  blocks.clear();
  const std::span<std::size_t> shapeBlock = atLeast(scratch.shapeBlock, n);
  const std::span<std::size_t> posBlock = atLeast(scratch.posBlock, n);
  const auto blockOf = [&](const AtomOffsets& fixed, std::uint32_t templ, std::uint64_t atom) {
    if (const std::uint32_t offset = fixed.find(atom); offset != AtomOffsets::kNone) return kFixed | offset;
    for (const Block& b : seen)
      if (b.templ == templ && b.atom == atom) return b.offset;
    const std::size_t offset = blocks.size();
    blocks.resize(offset + (L + 1) * L, 0);
    transitionBlock(templ, atom, &blocks[offset]);
    seen.push_back(Block{templ, atom, offset});
    return offset;
  };
  for (std::size_t i = 0; i < n; ++i) {
    shapeBlock[i] = blockOf(shapeBlocks_, kTransitionShape, ctx[i].shortShape);
    posBlock[i] = blockOf(posBlocks_, kTransitionPos, ctx[i].pos);
  }
  const auto blockAt = [&](std::size_t offset) -> const std::int32_t* {
    return (offset & kFixed) ? &fixedBlocks_[offset & ~kFixed] : &blocks[offset];
  };

  // Viterbi as viterbi() does it: for each label the allowed previous labels in increasing
  // order, the first best kept (so the same ties), with the transition weights read straight
  // from the blocks.
  std::vector<std::size_t> path(n);
  if (n > 0) {
    constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
    std::span<Score> delta = atLeast(scratch.delta, L);
    std::span<Score> next = atLeast(scratch.next, L);
    const std::span<std::uint8_t> back = atLeast(scratch.back, n * L);
    std::fill_n(back.begin(), L, std::uint8_t{0});
    {
      const std::int32_t* label = &labelTransition_[L * L];
      const std::int32_t* shape = blockAt(shapeBlock[0]) + L * L;
      const std::int32_t* tagw = blockAt(posBlock[0]) + L * L;
      for (std::size_t y = 0; y < L; ++y)
        delta[y] = allowedFlat_[L * L + y] ? Score{scores[y]} + Score{label[y] + shape[y] + tagw[y]} : kNone;
    }
    const std::span<std::int32_t> trans = atLeast(scratch.trans, L * L);
    for (std::size_t i = 1; i < n; ++i) {
      // The transition weights of this word, [prev * L + y]: the same int32 sums as one at a time.
      const std::int32_t* shapes = blockAt(shapeBlock[i]);
      const std::int32_t* tags = blockAt(posBlock[i]);
      for (std::size_t t = 0; t < L * L; ++t) trans[t] = labelTransition_[t] + shapes[t] + tags[t];
      const std::int32_t* emission = &scores[i * S];
      std::uint8_t* backRow = &back[i * L];
      // Past the first words every label is reachable, and the first allowed previous label
      // starts the maximum without the tests for unreachable ones.
      const bool allReached = std::none_of(delta.begin(), delta.end(), [](Score d) { return d == kNone; });
      for (std::size_t y = 0; y < L; ++y) {
        Score best = kNone;
        std::uint8_t from = 0;
        std::uint32_t k = allowedPrevBegin_[y];
        const std::uint32_t end = allowedPrevBegin_[y + 1];
        if (allReached && k < end) {
          from = allowedPrev_[k];
          best = delta[from] + Score{trans[from * L + y]};
          for (++k; k < end; ++k) {
            const std::size_t prev = allowedPrev_[k];
            const Score s = delta[prev] + Score{trans[prev * L + y]};
            if (s > best) {
              best = s;
              from = static_cast<std::uint8_t>(prev);
            }
          }
        } else {
          for (; k < end; ++k) {
            const std::size_t prev = allowedPrev_[k];
            if (delta[prev] == kNone) continue;
            const Score s = delta[prev] + Score{trans[prev * L + y]};
            if (s > best || best == kNone) {
              best = s;
              from = static_cast<std::uint8_t>(prev);
            }
          }
        }
        backRow[y] = from;
        next[y] = best == kNone ? kNone : best + Score{emission[y]};
      }
      std::swap(delta, next);
    }
    std::size_t best = 0;
    for (std::size_t y = 1; y < L; ++y)
      if (delta[y] > delta[best]) best = y;
    for (std::size_t i = n; i-- > 0;) {
      path[i] = best;
      best = back[i * L + best];
    }
  }
  std::vector<std::string> out;
  out.reserve(path.size());
  for (const std::size_t y : path) out.push_back(outputLabel_[y]);
  return out;
}

EntityRecognizer EntityRecognizer::train(std::span<const TaggedSentence> sentences,
                                         std::span<const std::vector<std::string>> pos,
                                         std::shared_ptr<const GazetteerFeatures> gazetteer,
                                         const NerTrainOptions& options) {
  if (pos.size() != sentences.size()) throw std::invalid_argument("one POS sequence per sentence needed");
  EntityRecognizer ner;
  ner.gazetteer_ = std::move(gazetteer);
  ner.trainedWithGazetteer_ = ner.gazetteer_ != nullptr;
  std::set<std::string> types;
  for (const auto& s : sentences) {
    if (s.words.size() != s.tags.size()) throw std::invalid_argument("sentence with words and tags of different lengths");
    for (const auto& t : s.tags)
      if (t != "O") types.insert(t.size() > 2 ? t.substr(2) : t);
  }
  ner.labels_.push_back("O");
  for (const auto& t : types) {
    ner.labels_.push_back("B-" + t);
    ner.labels_.push_back("I-" + t);
  }
  if (ner.labels_.size() > 255) throw std::invalid_argument("too many entity types");
  ner.buildTransitions();
  std::map<std::string, std::size_t> labelIndex;
  for (std::size_t i = 0; i < ner.labels_.size(); ++i) labelIndex[ner.labels_[i]] = i;
  const std::size_t L = ner.labels_.size();

  struct Sample {
    std::vector<Word> ctx;
    std::vector<std::size_t> gold;
    std::vector<std::vector<std::uint64_t>> emissionKeys;
  };
  std::vector<Sample> samples;
  samples.reserve(sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const auto& s = sentences[k];
    std::vector<std::string_view> views(s.words.begin(), s.words.end());
    Sample sample;
    sample.ctx = ner.prepare(views, pos[k]);
    std::vector<std::string> tags = s.tags;
    repairBio(tags);
    for (const auto& t : tags) sample.gold.push_back(labelIndex.at(t));
    samples.push_back(std::move(sample));
  }
  // Documents: runs of consecutive sentences with the same docId (a sentence without one is a
  // document of its own).
  for (std::size_t b = 0; b < samples.size();) {
    std::size_t e = b + 1;
    while (e < samples.size() && !sentences[b].docId.empty() && sentences[e].docId == sentences[b].docId) ++e;
    std::vector<std::vector<Word>> document;
    for (std::size_t k = b; k < e; ++k) document.push_back(std::move(samples[k].ctx));
    if (options.documentFeatures) documentFeatures(document);
    for (std::size_t k = b; k < e; ++k) samples[k].ctx = std::move(document[k - b]);
    b = e;
  }
  for (auto& sample : samples) {
    std::uint64_t keys[kMaxEmission];
    for (std::size_t i = 0; i < sample.ctx.size(); ++i) {
      const std::size_t n = ner.emissionFeatures(sample.ctx, i, keys);
      sample.emissionKeys.emplace_back(keys, keys + n);
    }
  }

  PerceptronTrainer trainer(L);
  std::vector<std::size_t> order(samples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t correct = 0;
    std::size_t total = 0;
    for (const std::size_t si : order) {
      const Sample& s = samples[si];
      const std::size_t n = s.ctx.size();
      std::vector<float> emission(n * L, 0.0f);
      for (std::size_t i = 0; i < n; ++i) trainer.score(s.emissionKeys[i], {&emission[i * L], L});
      const auto transition = [&](std::size_t i, std::size_t prev, std::vector<float>& out) {
        std::uint64_t tkeys[kMaxTransition];
        const std::size_t m = ner.transitionFeatures(s.ctx, i, prev, tkeys);
        trainer.score({tkeys, m}, out);
      };
      const auto guess = ner.viterbi<float>(std::span<const float>(emission), transition);
      trainer.tick();
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t g = s.gold[i];
        const std::size_t p = guess[i];
        correct += g == p;
        ++total;
        if (g != p) {
          trainer.update(s.emissionKeys[i], g, 1.0f);
          trainer.update(s.emissionKeys[i], p, -1.0f);
        }
        const std::size_t gPrev = i == 0 ? L : s.gold[i - 1];
        const std::size_t pPrev = i == 0 ? L : guess[i - 1];
        if (g != p || gPrev != pPrev) {
          std::uint64_t tkeys[kMaxTransition];
          std::size_t m = ner.transitionFeatures(s.ctx, i, gPrev, tkeys);
          trainer.update({tkeys, m}, g, 1.0f);
          m = ner.transitionFeatures(s.ctx, i, pPrev, tkeys);
          trainer.update({tkeys, m}, p, -1.0f);
        }
      }
    }
    if (options.progress) options.progress(epoch, total == 0 ? 0.0 : static_cast<double>(correct) / total);
  }
  ner.model_ = trainer.finish(options.minWeight);
  ner.buildTransitions();  // again, for the label transition weights
  return ner;
}

void EntityRecognizer::save(const std::filesystem::path& path) const {
  ByteWriter out;
  out.putStrings(labels_);
  out.put<std::uint8_t>(trainedWithGazetteer_ ? 1 : 0);
  std::vector<std::string> kinds;
  for (std::size_t k = 0; k < kGazetteerKinds; ++k)
    kinds.emplace_back(gazetteerKindName(static_cast<GazetteerKind>(k)));
  out.putStrings(kinds);
  model_.write(out);
  writeModelFile(path, ModelKind::EntityRecognizer, out.bytes());
}

EntityRecognizer EntityRecognizer::load(const std::filesystem::path& path,
                                        std::shared_ptr<const GazetteerFeatures> gazetteer) {
  const std::string payload = readModelFile(path, ModelKind::EntityRecognizer);
  ByteReader in(payload, path);
  EntityRecognizer ner;
  ner.labels_ = in.getStrings();
  if (ner.labels_.empty() || ner.labels_.front() != "O") in.fail("bad label set");
  for (std::size_t i = 1; i < ner.labels_.size(); ++i)
    if (ner.labels_[i].size() < 3 || (ner.labels_[i][0] != 'B' && ner.labels_[i][0] != 'I') || ner.labels_[i][1] != '-')
      in.fail("bad label '" + ner.labels_[i] + "'");
  ner.trainedWithGazetteer_ = in.get<std::uint8_t>() != 0;
  const auto kinds = in.getStrings();
  for (std::size_t k = 0; k < kinds.size() && k < kGazetteerKinds; ++k)
    if (kinds[k] != gazetteerKindName(static_cast<GazetteerKind>(k))) in.fail("gazetteer kinds differ from this build");
  ner.model_ = LinearModel::read(in);
  if (ner.model_.numClasses() != ner.labels_.size()) in.fail("weights do not match the label set");
  if (!in.atEnd()) in.fail("trailing data");
  ner.gazetteer_ = std::move(gazetteer);
  if (ner.trainedWithGazetteer_ && !ner.gazetteer_)
    spdlog::warn("{} was trained with gazetteer features but is loaded without a gazetteer; expect lower recall",
                 path.string());
  ner.buildTransitions();
  return ner;
}

}  // namespace ng::nlp
