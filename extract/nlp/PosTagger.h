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
#include <vector>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/LinearModel.h"

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
};

/// Immutable once built; tag() is safe for concurrent use from several threads.
class PosTagger {
 public:
  /// Reads a model written by save(). Throws std::runtime_error naming the file when it is
  /// missing, corrupt, or not a POS model.
  [[nodiscard]] static PosTagger load(const std::filesystem::path& path);
  /// Trains on tagged sentences (tags are PTB tags). Deterministic for a given seed.
  [[nodiscard]] static PosTagger train(std::span<const TaggedSentence> sentences, const PosTrainOptions& options);
  /// Writes the model (through a temporary file). Throws std::runtime_error on I/O errors.
  void save(const std::filesystem::path& path) const;

  /// One tag per word; words are tokens as the segmenter gives them (any quotes, unnormalized).
  [[nodiscard]] std::vector<std::string> tag(std::span<const std::string_view> words) const;
  /// For a headline written in Title Case or ALL CAPS ("Floods Force Thousands From Their Homes"),
  /// the words in the case they would have in running text ("Floods force thousands from their
  /// homes"): words mostly written in lowercase in the training data are lowercased, other
  /// all-caps words longer than 3 letters get an initial capital, the first word keeps its
  /// capital, words never seen stay as they are. nullopt when the sentence does not look like
  /// such a headline.
  /// Tag the result (with both taggers) instead of the original words.
  [[nodiscard]] std::optional<std::vector<std::string>> restoreCase(std::span<const std::string_view> words) const;
  /// The tags the model can assign.
  [[nodiscard]] const std::vector<std::string>& tagset() const { return tags_; }
  [[nodiscard]] const LinearModel& weights() const { return model_; }

 private:
  struct Word;
  PosTagger() = default;
  [[nodiscard]] std::vector<Word> prepare(std::span<const std::string_view> words) const;
  [[nodiscard]] std::size_t features(const std::vector<Word>& ctx, std::size_t i, int prev, int prev2,
                                     const std::vector<int>* right, std::uint64_t* keys) const;
  [[nodiscard]] std::vector<int> decode(const std::vector<Word>& ctx, const LinearModel& model,
                                        const std::vector<int>* right) const;
  [[nodiscard]] LinearModel trainPass(const std::vector<std::vector<Word>>& contexts,
                                      const std::vector<std::vector<int>>& gold,
                                      const std::vector<std::vector<int>>& right, const PosTrainOptions& options,
                                      const std::function<void(int, double)>& progress) const;
  void finishLoad();

  std::vector<std::string> tags_;
  std::unordered_map<std::string, std::uint16_t> tagDict_;   // normalized word -> tag index
  std::unordered_map<std::string, std::string> lexicon_;     // normalized word -> "NN|VB"
  std::unordered_map<std::string, std::uint64_t> lexiconHash_;
  LinearModel model_;
  std::optional<LinearModel> second_;  // the right-context pass, when trained
  std::unordered_set<std::string> lowercaseWords_;  // lowercase forms mostly written in lowercase
};

}  // namespace ng::nlp
