#include "extract/nlp/TagDocument.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ng::nlp {

void tagDocument(Document& doc, const PosTagger& pos, const EntityRecognizer* ner) {
  // The token ranges tagged as sentences: every sentence, and each run of tokens outside them.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t covered = 0;  // tokens before this index are in a range
  const auto addRange = [&](std::size_t b, std::size_t e) {
    if (b < e) ranges.emplace_back(b, e);
  };
  for (const Sentence& s : doc.sentences) {
    const std::size_t b = std::min<std::size_t>(s.tokenBegin, doc.tokens.size());
    const std::size_t e = std::min<std::size_t>(s.tokenEnd, doc.tokens.size());
    if (b > covered) addRange(covered, b);
    addRange(std::max(b, covered), e);
    covered = std::max(covered, e);
  }
  if (covered < doc.tokens.size()) addRange(covered, doc.tokens.size());

  std::vector<std::vector<std::string>> recased(ranges.size());
  std::vector<std::vector<std::string_view>> words(ranges.size());
  std::vector<std::vector<std::string>> tags(ranges.size());
  // The POS tagger's indexes of the words, which the recognizer uses instead of its own lookups.
  std::vector<std::vector<std::uint32_t>> knownIds(ner != nullptr ? ranges.size() : 0);
  for (std::size_t r = 0; r < ranges.size(); ++r) {
    const auto [begin, end] = ranges[r];
    auto& w = words[r];
    w.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) w.push_back(doc.tokenText(i));
    // Headlines in Title Case or ALL CAPS are tagged in the case running text would have.
    if (auto restored = pos.restoreCase(w)) {
      recased[r] = std::move(*restored);
      w.assign(recased[r].begin(), recased[r].end());
    }
    tags[r] = ner != nullptr ? pos.tag(w, knownIds[r]) : pos.tag(w);
  }
  if (ner != nullptr) {
    // The whole document at once: a word's features look at its other occurrences.
    auto bio = ner->tagDocument(words, tags, knownIds, pos.knownWordsFingerprint());
    for (std::size_t r = 0; r < ranges.size(); ++r)
      for (std::size_t i = ranges[r].first; i < ranges[r].second; ++i)
        doc.tokens[i].ner = std::move(bio[r][i - ranges[r].first]);
  }
  for (std::size_t r = 0; r < ranges.size(); ++r)
    for (std::size_t i = ranges[r].first; i < ranges[r].second; ++i)
      doc.tokens[i].pos = std::move(tags[r][i - ranges[r].first]);
}

}  // namespace ng::nlp
