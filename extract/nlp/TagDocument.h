// The pipeline's "tag" step: POS tags and BIO entity tags for a segmented Document.
#pragma once

#include "extract/Document.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"

namespace ng::nlp {

/// Fills tokens[i].pos (and tokens[i].ner when `ner` is not null) sentence by sentence.
/// Requires: tokens and sentences (segment()). Assigns: Token::pos, Token::ner. A run of tokens
/// outside every sentence is tagged as a sentence of its own. Headlines in Title Case or ALL CAPS
/// are tagged in restored case (PosTagger::restoreCase). The recognizer tags the document as a
/// whole (EntityRecognizer::tagDocument). Thread-safe for different documents.
void tagDocument(Document& doc, const PosTagger& pos, const EntityRecognizer* ner);

}  // namespace ng::nlp
