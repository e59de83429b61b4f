// Part-of-speech tagger: Penn Treebank tags (NNP, VBD, ...) from an averaged perceptron,
// greedy left to right in two passes (the second also sees the first pass's tags of the next
// words), trained by newsgraph-train on UD English EWT + GUM (see models/README.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/HugePages.h"
#include "extract/nlp/LinearModel.h"
#include "extract/nlp/WordIndex.h"

namespace ng::nlp {

struct PosTrainOptions {
  int epochs = 8;
  std::uint64_t seed = 1;            ///< shuffling of the sentences between epochs
  int tagDictMinCount = 20;          ///< a word this frequent ...
  double tagDictMinRatio = 0.97;     ///< ... with one tag this often is tagged without the model
  int lexiconMinCount = 3;           ///< words with an ambiguity-class feature
  float minWeight = 0.0f;            ///< averaged weights below this are dropped from the model
  /// A second left-to-right pass that also sees the first pass's tags to the right of each
  /// word, trained on jackknifed first-pass tags (jackknifeFolds models on the other folds).
  bool twoPass = true;
  int jackknifeFolds = 4;
  /// Called after each epoch with the epoch (1-based) and accuracy on the training data.
  std::function<void(int, double)> progress;
  /// A general English lexicon (readEnglishLexicon()): lowercase word -> class bits. When not
  /// empty, the model gets the lexicon features and keeps the lexicon in its file.
  std::vector<std::pair<std::string, std::uint16_t>> englishLexicon;
};

/// The bits of a word's classes in the English lexicon (data/lexicon/english.tsv, written by
/// scripts/make-lexicon.py): the letters "nvarszdgct" of its classes column are bits 0-9, the
/// case column's "l" bit 10 and "u" bit 11.
inline constexpr std::uint16_t kLexiconCaseLower = 1u << 10;
inline constexpr std::uint16_t kLexiconCaseUpper = 1u << 11;
/// Reads the lexicon file. Throws std::runtime_error naming the file when it cannot be read or
/// a row is malformed.
[[nodiscard]] std::vector<std::pair<std::string, std::uint16_t>> readEnglishLexicon(const std::filesystem::path& path);

/// Immutable once built; tag() is safe for concurrent use from several threads.
class PosTagger {
 public:
  /// Reads a model written by save(). Throws std::runtime_error naming the file when it is
  /// missing, corrupt, or not a POS model. `precompute` builds the tables of known words that
  /// make tagging faster (same output; false only to compare with the plain path in tests).
  [[nodiscard]] static PosTagger load(const std::filesystem::path& path, bool precompute = true);
  /// Trains on tagged sentences (tags are PTB tags). Deterministic for a given seed.
  [[nodiscard]] static PosTagger train(std::span<const TaggedSentence> sentences, const PosTrainOptions& options);
  /// Writes the model (through a temporary file). Throws std::runtime_error on I/O errors.
  void save(const std::filesystem::path& path) const;

  /// One tag per word; words are tokens as the segmenter gives them (any quotes, unnormalized).
  [[nodiscard]] std::vector<std::string> tag(std::span<const std::string_view> words) const;
  /// A word knownWords() does not hold, in tag()'s knownIds.
  static constexpr std::uint32_t kUnknownWord = 0xffffffffu;
  /// tag() that also gives, in `knownIds`, each word's index in knownWords() (of its normalized
  /// form), or kUnknownWord; so the entity recognizer need not look the words up again (see
  /// EntityRecognizer::tagDocument).
  [[nodiscard]] std::vector<std::string> tag(std::span<const std::string_view> words,
                                             std::vector<std::uint32_t>& knownIds) const;
  /// A hash of knownWords() in their order, for checking that two word lists are the same.
  /// 0 when the tagger has not indexed its words (a model being trained).
  [[nodiscard]] std::uint64_t knownWordsFingerprint() const { return knownFingerprint_; }
  /// For a headline written in Title Case or ALL CAPS ("Floods Force Thousands From Their Homes"),
  /// the words in the case they would have in running text ("Floods force thousands from their
  /// homes"): words mostly written in lowercase in the training data are lowercased, other
  /// all-caps words longer than 3 letters get an initial capital, the first word keeps its
  /// capital, words never seen stay as they are. nullopt when the sentence does not look like
  /// such a headline.
  /// Tag the result (with both taggers) instead of the original words.
  [[nodiscard]] std::optional<std::vector<std::string>> restoreCase(std::span<const std::string_view> words) const;
  /// The words the tagger knows (of its tag dictionary and ambiguity-class lexicon), normalized,
  /// sorted; views into the tagger. For the entity recognizer's precompute().
  [[nodiscard]] std::vector<std::string_view> knownWords() const;
  /// The tags the model can assign.
  [[nodiscard]] const std::vector<std::string>& tagset() const { return tags_; }
  [[nodiscard]] const LinearModel& weights() const { return model_; }
  /// The first- and second-pass scores of the features of word i that depend only on the word
  /// itself: from the table built at load when the word is in it, otherwise looked up feature
  /// by feature. For tests comparing a tagger loaded with and without that table.
  [[nodiscard]] std::pair<std::vector<std::int32_t>, std::vector<std::int32_t>> ownScores(
      std::span<const std::string_view> words, std::size_t i) const;
  /// Whether the load-time table has the scores of this (normalized) word.
  [[nodiscard]] bool hasPrecomputedScores(std::string_view word) const;

 private:
  static constexpr std::uint32_t kNoRow = 0xffffffffu;
  /// The hashed atoms of one word, as its features see them.
  struct Word {
    std::uint64_t word = 0, lower = 0, suf1 = 0, suf2 = 0, suf3 = 0, pre1 = 0, pre2 = 0, pre3 = 0, shape = 0,
                  ambiguity = 0;
    std::uint64_t suf4 = 0, pre4 = 0;
    std::uint64_t lowerAmbiguity = 0;  // ambiguity class of the lowercase form
    std::uint32_t caseBits = 0;
    std::uint32_t digitHyphen = 0;
    std::uint32_t lowerCommon = 0;  // capitalization and whether the lowercase form is usually written so
    std::uint32_t lexicon = 0;      // the English lexicon's bits of the lowercase form (0: not in it)
    int dictTag = -1;  // the tag-dictionary tag, which the models are not asked about
    std::uint32_t ownRow = kNoRow;  // row of ownScores_ with the sums of its own features
  };
  /// Which of the word features wordFeatures() gives: all, those that depend only on the word
  /// itself (not on its position or neighbours), or the others.
  enum class FeatureSet { kAll, kOwn, kContext };
  PosTagger() = default;
  /// With `knownIds` (size words.size()), also the words' indexes in knownWords() (see tag()).
  [[nodiscard]] std::vector<Word> prepare(std::span<const std::string_view> words,
                                          std::uint32_t* knownIds = nullptr) const;
  [[nodiscard]] std::size_t features(const std::vector<Word>& ctx, std::size_t i, int prev, int prev2,
                                     const std::vector<int>* right, std::uint64_t* keys) const;
  /// The features that depend only on the words, not on the tags before or after.
  template <FeatureSet set = FeatureSet::kAll>
  [[nodiscard]] std::size_t wordFeatures(const std::vector<Word>& ctx, std::size_t i, std::uint64_t* keys) const;
  /// The features of the tags before (and, with `right`, after) word i.
  [[nodiscard]] std::size_t tagFeatures(const std::vector<Word>& ctx, std::size_t i, int prev, int prev2,
                                        const std::vector<int>* right, std::uint64_t* keys) const;
  /// The features of tagFeatures() that also depend on the word (the tag with the word or its
  /// ambiguity class); the others take their weights from the tag tables.
  [[nodiscard]] std::size_t tagWordFeatures(const std::vector<Word>& ctx, std::size_t i, int prev,
                                            const std::vector<int>* right, std::uint64_t* keys) const;
  /// Fills the tag tables below (after load, with the second pass).
  void precomputeTagTables();
  [[nodiscard]] std::vector<int> decode(const std::vector<Word>& ctx, const LinearModel& model,
                                        const std::vector<int>* right) const;
  /// decode() of both passes with the paired table: the word features of each word are looked
  /// up once for both passes.
  [[nodiscard]] std::vector<int> decodeTwoPass(const std::vector<Word>& ctx) const;
  [[nodiscard]] LinearModel trainPass(const std::vector<std::vector<Word>>& contexts,
                                      const std::vector<std::vector<int>>& gold,
                                      const std::vector<std::vector<int>>& right, const PosTrainOptions& options,
                                      const std::function<void(int, double)>& progress) const;
  void finishLoad();
  /// Fills prepared/ownRow of the known words and ownScores_ (after load, not in training, where
  /// the lowercase-word list is not known yet when words are prepared).
  void precomputeWords();

  std::vector<std::string> tags_;
  std::unordered_map<std::string, std::uint16_t> tagDict_;   // normalized word -> tag index
  std::unordered_map<std::string, std::string> lexicon_;     // normalized word -> "NN|VB"
  struct WordInfo {
    int dictTag = -1;         // the tag of a tag-dictionary word
    bool inLexicon = false;
    std::uint64_t ambiguity = 0;  // hash of its ambiguity class
    // prepare()'s result for the word when it is not the first of the sentence (precomputeWords)
    std::optional<Word> prepared;
  };
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> wordInfo_;  // from tagDict_, lexicon_
  // After load(), wordInfo_ moved into a faster table (wordInfo_ is then empty): the entry of
  // word infoIndex_.find(w) is infoList_[that index].
  WordIndex infoIndex_;
  HugeVector<WordInfo> infoList_;
  // The lowercase forms of lowercaseWords_ and of the English lexicon, with lowerFormBits()
  // (from the end of training, or load, on).
  WordIndex lowerIndex_;
  std::vector<std::uint32_t> lowerBits_;
  bool hasLexicon_ = false;  // the model has the lexicon features (and keeps the lexicon)
  /// Fills lowerIndex_ and lowerBits_ from lowercaseWords_ and `english`.
  void buildLowerIndex(std::span<const std::pair<std::string, std::uint16_t>> english);
  std::uint64_t knownFingerprint_ = 0;  // knownWordsFingerprint()
  /// The entry of a normalized word, or nullptr.
  [[nodiscard]] const WordInfo* findInfo(std::string_view word) const {
    if (!infoList_.empty()) {
      const std::uint32_t k = infoIndex_.find(word);
      return k == WordIndex::kNone ? nullptr : &infoList_[k];
    }
    const auto it = wordInfo_.find(word);
    return it == wordInfo_.end() ? nullptr : &it->second;
  }
  /// Of a lowercase form: its English lexicon bits (kLexiconBits), kInLexicon when the lexicon
  /// has it, and kLowercaseWord when lowercaseWords_ holds it; one lookup.
  static constexpr std::uint32_t kLexiconBits = 0xffffu;
  static constexpr std::uint32_t kLowercaseWord = 1u << 16;
  static constexpr std::uint32_t kInLexicon = 1u << 17;
  [[nodiscard]] std::uint32_t lowerFormBits(std::string_view lower) const { return lowerFormBits(lower, hashString(lower)); }
  /// lowerFormBits() of a form whose hashString() is `h`.
  [[nodiscard]] std::uint32_t lowerFormBits(std::string_view lower, std::uint64_t h) const {
    const std::uint32_t k = lowerIndex_.find(lower, h);
    return k == WordIndex::kNone ? 0u : lowerBits_[k];
  }
  [[nodiscard]] bool isLowercaseWord(std::string_view lower) const { return (lowerFormBits(lower) & kLowercaseWord) != 0; }
  /// Moves wordInfo_ into infoIndex_/infoList_ (end of load()).
  void buildIndexes();
  LinearModel model_;
  std::optional<LinearModel> second_;  // the right-context pass, when trained
  PairedModel paired_;                 // model_ and second_ in one table, when second_ exists
  std::vector<std::string> lowercaseWords_;  // lowercase forms mostly written in lowercase, sorted, distinct
  // For the known words the models tag (not the tag-dictionary ones): the summed first-pass
  // scores of their own features (FeatureSet::kOwn) followed by the second-pass ones, one row of
  // 2 * tags_.size() per word. Integer sums, so adding a row gives exactly the per-feature sums;
  // one read replaces about half the table lookups of a word.
  HugeVector<std::int32_t> ownScores_;
  // The summed weights of the features of tags alone, one row of tags_.size() scores per
  // combination, so that one read replaces several table lookups per word: of the tags of the
  // two previous words (kPrevTag, kPrev2Tag, kPrevTags) for each pass, of the first-pass tags
  // of the next two words (kNextTag, kNext2Tag, kNextTags) and of the previous and next tag
  // (kPrevNextTag) for the second. Rows by prevSlot() (-2, -1, then the tags) and nextSlot()
  // (the tags, then past the end). Empty unless precomputed.
  std::vector<std::int32_t> firstPrevTags_, secondPrevTags_, secondNextTags_, secondPrevNext_;
  [[nodiscard]] std::size_t prevSlot(int tag) const { return static_cast<std::size_t>(tag + 2); }
  [[nodiscard]] std::size_t nextSlot(const std::vector<int>& right, std::size_t j) const {
    return j < right.size() ? static_cast<std::size_t>(right[j]) : tags_.size();
  }
};

}  // namespace ng::nlp
