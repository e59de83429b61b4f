// Named-entity recognizer: BIO tags for PER, ORG, LOC and EVENT names from an averaged
// structured perceptron with first-order Viterbi decoding (an I-X only follows B-X or I-X).
// Features: the word and its lowercase, shape, affixes, words and POS tags within ±2,
// capitalization runs, sentence position, gazetteer flags through GazetteerFeatures, and how the
// rest of the document writes the same word.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/GazetteerFeatures.h"
#include "extract/nlp/LinearModel.h"
#include "extract/nlp/WordFeatures.h"
#include "extract/nlp/WordIndex.h"

namespace ng::nlp {

struct NerTrainOptions {
  int epochs = 12;
  std::uint64_t seed = 1;
  float minWeight = 0.0f;  ///< averaged weights below this are dropped from the model
  /// Learn weights for the document features (a word's other occurrences, see tagDocument).
  /// Off: the model has none, and tagging gives what it gives without them.
  bool documentFeatures = false;
  /// Called after each epoch with the epoch (1-based) and token accuracy on the training data.
  std::function<void(int, double)> progress;
};

/// Immutable once built; tag() is safe for concurrent use from several threads (the gazetteer
/// must be too, as GazetteerFeatures requires).
class EntityRecognizer {
 public:
  /// Reads a model written by save(). `gazetteer` supplies the gazetteer features; pass the one
  /// the model was trained with (usesGazetteer() tells whether it was). Throws
  /// std::runtime_error naming the file when it is missing, corrupt or not an NER model.
  [[nodiscard]] static EntityRecognizer load(const std::filesystem::path& path,
                                             std::shared_ptr<const GazetteerFeatures> gazetteer = nullptr);
  /// Trains on BIO-tagged sentences; pos[k] holds the POS tags of sentences[k] (predicted by
  /// the POS tagger, as at run time). Deterministic for a given seed.
  [[nodiscard]] static EntityRecognizer train(std::span<const TaggedSentence> sentences,
                                              std::span<const std::vector<std::string>> pos,
                                              std::shared_ptr<const GazetteerFeatures> gazetteer,
                                              const NerTrainOptions& options);
  /// Writes the model (through a temporary file). Throws std::runtime_error on I/O errors.
  void save(const std::filesystem::path& path) const;

  /// BIO tags ("B-PER", "I-ORG", "O", ...), one per word. `pos` holds one PTB tag per word.
  /// The sentence is tagged as a document of its own (see tagDocument).
  [[nodiscard]] std::vector<std::string> tag(std::span<const std::string_view> words,
                                             std::span<const std::string> pos) const;
  /// BIO tags for the sentences of one document, sentences[k] with the POS tags pos[k]. Besides
  /// the sentence, a word's features look at the other places the document writes the same
  /// word (see documentFeatures): whether it is also written in lowercase, capitalized inside a
  /// sentence, inside a longer capitalized run, after a title or before an organization cue word.
  [[nodiscard]] std::vector<std::vector<std::string>> tagDocument(
      std::span<const std::vector<std::string_view>> sentences, std::span<const std::vector<std::string>> pos) const;
  /// tagDocument() given, for each word, the index of its normalized form in the sorted list of
  /// words precompute() was given, or a value past the list's end when not in it: the
  /// PosTagger's tag(words, knownIds) after precompute(tagger.knownWords(), ...). `fingerprint`
  /// is knownWordsHash() of the list the indexes refer to (PosTagger::knownWordsFingerprint());
  /// when it is not that of the precomputed words, the indexes are not used. Same tags as
  /// tagDocument(sentences, pos).
  [[nodiscard]] std::vector<std::vector<std::string>> tagDocument(
      std::span<const std::vector<std::string_view>> sentences, std::span<const std::vector<std::string>> pos,
      std::span<const std::vector<std::uint32_t>> knownIds, std::uint64_t fingerprint) const;

  /// Builds the tables that make tagging faster without changing its output: for each of `words`
  /// (normalized forms, e.g. the POS tagger's known words) its word-level atoms and the summed
  /// weights of the features that depend on the word alone; and the transition weights of the
  /// short shapes of those words and of `posTags` (the POS tag set). Call once after load(),
  /// before tagging from several threads.
  void precompute(std::span<const std::string_view> words, std::span<const std::string> posTags);
  /// Whether precompute() gave this (normalized) word a row of summed weights.
  [[nodiscard]] bool hasPrecomputedScores(std::string_view word) const;
  /// The summed weights of the word-only features of word i (from the precomputed row when the
  /// word has one, otherwise looked up feature by feature), for tests.
  [[nodiscard]] std::vector<std::int32_t> ownScores(std::span<const std::string_view> words, std::size_t i) const;

  [[nodiscard]] const std::vector<std::string>& labels() const { return labels_; }
  /// Whether the model was trained with gazetteer features.
  [[nodiscard]] bool usesGazetteer() const { return trainedWithGazetteer_; }
  [[nodiscard]] bool hasGazetteer() const { return gazetteer_ != nullptr; }
  /// Whether the model was trained with document features (NerTrainOptions::documentFeatures).
  [[nodiscard]] bool usesDocumentFeatures() const { return usesDocumentFeatures_; }
  [[nodiscard]] const LinearModel& weights() const { return model_; }

 private:
  static constexpr std::uint32_t kNoRow = 0xffffffffu;
  /// The hashed atoms of one word, as its features see them.
  struct Word {
    std::uint64_t word = 0, lower = 0, shape = 0, shortShape = 0, pre2 = 0, pre3 = 0, suf2 = 0, suf3 = 0, suf4 = 0,
                  pos = 0, caseWord = 0;
    std::uint32_t gazetteer = 0;
    std::uint32_t capitalRun = 0;   // position in a run of capitalized words, and its length
    std::uint32_t doc = 0;          // kDoc* flags from the word's other occurrences in the document
    std::uint32_t ownRow = kNoRow;  // row of ownScores_ (precompute()) with the sums of its own features
    bool capitalized = false;
    bool connector = false;
    bool hasLetter = false;
  };
  /// Which emission features emissionFeatures() gives: all, those that depend only on the word
  /// itself, or the others.
  enum class FeatureSet { kAll, kOwn, kContext };
  EntityRecognizer() = default;
  /// With `knownIds`, the words' indexes in known_ (see tagDocument()), which then need no lookup.
  [[nodiscard]] std::vector<Word> prepare(std::span<const std::string_view> words, std::span<const std::string> pos,
                                          const std::uint32_t* knownIds = nullptr) const;
  /// Sets Word::doc of every capitalized word of a document from the word's other occurrences.
  static void documentFeatures(std::span<std::vector<Word>> document);
  [[nodiscard]] std::vector<std::string> tagPrepared(const std::vector<Word>& ctx) const;
  /// The word-level atoms of one normalized word (position- and context-free fields only).
  static void prepareWord(std::string_view norm, std::string_view low, Word& w);
  template <FeatureSet set = FeatureSet::kAll>
  [[nodiscard]] std::size_t emissionFeatures(const std::vector<Word>& ctx, std::size_t i, std::uint64_t* keys) const;
  [[nodiscard]] std::size_t transitionFeatures(const std::vector<Word>& ctx, std::size_t i, std::size_t prevLabel,
                                               std::uint64_t* keys) const;
  void buildTransitions();
  /// Best label sequence for emission scores (labels_.size() per position, position after
  /// position) and a transition scorer.
  template <typename Score, typename TransitionFn>
  [[nodiscard]] std::vector<std::size_t> viterbi(std::span<const Score> emission, TransitionFn&& transition) const;

  std::vector<std::string> labels_;
  std::vector<std::string> outputLabel_;  // what tag() gives for each label: MISC labels become "O"
  std::vector<std::vector<bool>> allowed_;  // allowed_[prev][next]; prev == labels_.size() is the start
  std::vector<std::uint8_t> allowedFlat_;  // the same, [prev * L + next]
  // For each label y, the labels (not the start) that may precede it, in increasing order:
  // allowedPrev_[allowedPrevBegin_[y], allowedPrevBegin_[y + 1]).
  std::vector<std::uint8_t> allowedPrev_;
  std::vector<std::uint32_t> allowedPrevBegin_;
  // The weights of the transition feature that depends on the previous label alone:
  // labelTransition_[prev * L + next], prev == L is the start.
  std::vector<std::int32_t> labelTransition_;
  bool trainedWithGazetteer_ = false;
  bool usesDocumentFeatures_ = false;  // the model has weights for the document features
  std::shared_ptr<const GazetteerFeatures> gazetteer_;
  LinearModel model_;
  std::optional<DenseModel> dense_;  // model_ for tagging, when it has few enough labels
  /// Adds the weights of `keys` to `scores` with dense_ or model_.
  void addWeights(std::span<const std::uint64_t> keys, std::span<std::int32_t> scores) const;
  /// The (L + 1) * L weights [prev * L + next] of transition template `templ` with `atom`.
  void transitionBlock(std::uint32_t templ, std::uint64_t atom, std::int32_t* out) const;

  // precompute(): the known words, their prepared Word (with ownRow), their lowercase forms, and
  // the rows of L summed own-feature weights.
  WordIndex known_;
  std::uint64_t knownFingerprint_ = 0;  // knownWordsHash() of the words of known_
  HugeVector<Word> knownWords_;
  std::string knownLowerChars_;                  // the lowercase forms of the known words, one after
  std::vector<std::uint32_t> knownLowerOffsets_;  // the other: word k is [offsets[k], offsets[k + 1])
  HugeVector<std::int32_t> ownScores_;
  /// An immutable map from atoms to offsets: open addressing over (atom, offset) pairs, so a
  /// lookup is usually one read and one compare.
  class AtomOffsets {
   public:
    static constexpr std::uint32_t kNone = 0xffffffffu;
    AtomOffsets() = default;
    /// The atoms should be distinct (a repeated atom finds its first offset).
    explicit AtomOffsets(std::span<const std::pair<std::uint64_t, std::uint32_t>> entries) {
      const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(8, 2 * entries.size()));
      slots_.assign(capacity, Slot{0, kNone});
      mask_ = capacity - 1;
      for (const auto& [atom, offset] : entries) {
        std::size_t i = mix64(atom) & mask_;
        while (slots_[i].offset != kNone && slots_[i].atom != atom) i = (i + 1) & mask_;
        if (slots_[i].offset == kNone) slots_[i] = Slot{atom, offset};
      }
    }
    /// The offset of `atom`, or kNone.
    [[nodiscard]] std::uint32_t find(std::uint64_t atom) const {
      if (slots_.empty()) return kNone;
      std::size_t i = mix64(atom) & mask_;
      while (true) {
        const Slot& s = slots_[i];
        if (s.offset == kNone || s.atom == atom) return s.offset;
        i = (i + 1) & mask_;
      }
    }

   private:
    struct Slot {
      std::uint64_t atom;
      std::uint32_t offset;  // kNone = empty
    };
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
  };
  // Transition blocks (see transitionBlock()) of common short shapes and POS tags.
  AtomOffsets shapeBlocks_, posBlocks_;  // atom -> offset
  std::vector<std::int32_t> fixedBlocks_;
};

}  // namespace ng::nlp
