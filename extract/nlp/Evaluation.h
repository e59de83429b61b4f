// Scores for the taggers: token accuracy, and exact-match precision/recall/F1 of BIO spans.
#pragma once

#include <map>
#include <utility>
#include <span>
#include <string>
#include <vector>

namespace ng::nlp {

/// A BIO span: words [begin, end) of one type.
struct EntitySpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string type;
  friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
  friend auto operator<=>(const EntitySpan&, const EntitySpan&) = default;
};

/// The spans of a BIO sequence; an "I-X" that does not continue an X starts a new span.
[[nodiscard]] std::vector<EntitySpan> bioSpans(std::span<const std::string> tags);

struct PrfCounts {
  std::size_t truePositives = 0;
  std::size_t falsePositives = 0;
  std::size_t falseNegatives = 0;
  [[nodiscard]] double precision() const;
  [[nodiscard]] double recall() const;
  [[nodiscard]] double f1() const;
};

/// Per-type counts plus the micro average under the key "ALL".
class SpanScorer {
 public:
  void add(std::span<const std::string> gold, std::span<const std::string> predicted);
  [[nodiscard]] const std::map<std::string, PrfCounts>& counts() const { return counts_; }
  /// A table: type, gold count, P, R, F1.
  [[nodiscard]] std::string table() const;

 private:
  std::map<std::string, PrfCounts> counts_;
};

struct AccuracyCounts {
  std::size_t correct = 0;
  std::size_t total = 0;
  [[nodiscard]] double accuracy() const { return total == 0 ? 0.0 : static_cast<double>(correct) / total; }
};

class PosTagger;
class EntityRecognizer;
struct TaggedSentence;

/// Tags every sentence and counts the words whose tag matches.
[[nodiscard]] AccuracyCounts evaluatePos(const PosTagger& tagger, std::span<const TaggedSentence> gold);

/// POS-tags every sentence with `tagger`, runs `ner` document by document (runs of sentences
/// with the same docId) and scores its spans against the gold BIO tags.
[[nodiscard]] SpanScorer evaluateNer(const PosTagger& tagger, const EntityRecognizer& ner,
                                     std::span<const TaggedSentence> gold);

/// The BIO tags `ner` gives, document by document (runs of sentences with the same docId; a
/// sentence without one is a document of its own): per document, (sentence index, tags).
[[nodiscard]] std::vector<std::vector<std::pair<std::size_t, std::vector<std::string>>>> nerDocuments(
    const PosTagger& tagger, const EntityRecognizer& ner, std::span<const TaggedSentence> sentences);

}  // namespace ng::nlp
