#include "extract/nlp/TagDocument.h"

#include <string_view>
#include <vector>

namespace ng::nlp {
namespace {

void tagRange(Document& doc, std::size_t begin, std::size_t end, const PosTagger& pos, const EntityRecognizer* ner) {
  if (begin >= end) return;
  std::vector<std::string_view> words;
  words.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) words.push_back(doc.tokenText(i));
  // Headlines in Title Case or ALL CAPS are tagged in the case running text would have.
  const auto recased = pos.restoreCase(words);
  if (recased) words.assign(recased->begin(), recased->end());
  auto tags = pos.tag(words);
  if (ner != nullptr) {
    auto bio = ner->tag(words, tags);
    for (std::size_t i = begin; i < end; ++i) doc.tokens[i].ner = std::move(bio[i - begin]);
  }
  for (std::size_t i = begin; i < end; ++i) doc.tokens[i].pos = std::move(tags[i - begin]);
}

}  // namespace

void tagDocument(Document& doc, const PosTagger& pos, const EntityRecognizer* ner) {
  std::size_t covered = 0;  // tokens before this index are tagged
  for (const Sentence& s : doc.sentences) {
    const std::size_t b = std::min<std::size_t>(s.tokenBegin, doc.tokens.size());
    const std::size_t e = std::min<std::size_t>(s.tokenEnd, doc.tokens.size());
    if (b > covered) tagRange(doc, covered, b, pos, ner);
    tagRange(doc, std::max(b, covered), e, pos, ner);
    covered = std::max(covered, e);
  }
  if (covered < doc.tokens.size()) tagRange(doc, covered, doc.tokens.size(), pos, ner);
}

}  // namespace ng::nlp
