// The central value of extraction: one article's text and the layers the components add to it.
// Components run in order; each reads the layers it requires and fills the one it assigns
// (see Pipeline.h). All spans are half-open byte offsets into Document::text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"
#include "ontology/Vocabulary.h"

namespace ng {

struct Span {
  std::uint32_t begin = 0;  ///< first byte
  std::uint32_t end = 0;    ///< one past the last byte
  [[nodiscard]] std::uint32_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Token {
  Span span;
  std::string pos;  ///< Penn Treebank tag (NNP, VBD, ...), empty until tagged
  std::string ner;  ///< BIO tag from the entity recognizer (B-PER, I-ORG, O, ...), empty until run
};

/// A sentence: its span and the half-open range of its tokens in Document::tokens.
struct Sentence {
  Span span;
  std::uint32_t tokenBegin = 0;
  std::uint32_t tokenEnd = 0;
  bool heading = false;  ///< a line without final punctuation: title, heading, bullet
};

/// A mention of a named thing (entity or named event) in the text.
struct Mention {
  Span span;                         ///< the name as written, without possessive 's, titles or articles
  std::uint32_t tokenBegin = 0;      ///< first token of the name
  std::uint32_t tokenEnd = 0;        ///< one past the last token
  onto::Class cls = onto::Class::Organization;
  double confidence = 1.0;
  int entity = -1;                   ///< index into Document::entities once coreference has run
  bool demonym = false;              ///< "Sudanese" for Sudan
  std::string canonical;             ///< gazetteer name when known ("Sudan" for "Sudanese", "Turkey" for "Türkiye")
};

/// A thing the article talks about: the mentions that coreference put together.
struct LocalEntity {
  onto::Class cls = onto::Class::Organization;
  std::string name;                  ///< fullest form in the article
  std::vector<std::string> forms;    ///< every distinct surface form, as written
  std::vector<int> mentions;         ///< indexes into Document::mentions
};

struct Document {
  Article article;
  std::string_view text() const { return article.text; }
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<LocalEntity> entities;

  [[nodiscard]] std::string_view slice(Span s) const {
    return std::string_view(article.text).substr(s.begin, s.end - s.begin);
  }
  [[nodiscard]] std::string_view tokenText(std::size_t i) const { return slice(tokens[i].span); }
  /// Index of the sentence holding byte offset `at` (binary search), or sentences.size().
  [[nodiscard]] std::size_t sentenceAt(std::uint32_t at) const;
};

}  // namespace ng
