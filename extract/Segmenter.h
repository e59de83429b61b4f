// Sentence and token segmentation for news text: the first component of the pipeline.
#pragma once

#include "extract/Document.h"

namespace ng {

/// Splits doc.text() into doc.sentences and doc.tokens (byte spans, half-open).
/// Handles: lines without final punctuation (headlines, headings, bullets) as sentences of their
/// own; abbreviations and initials (U.S., Dr., Gen., Nov., J.); straight and curly quotes,
/// closing quotes after the final period staying with their sentence; em and en dashes as
/// separate tokens; possessive 's / ’s as a separate token; hyphenated names kept whole
/// (Hayat Tahrir al-Sham, al-Burhan); any Unicode letters (Zelenskyy, Türkiye).
/// Requires: nothing. Assigns: tokens, sentences. Replaces what was there.
void segment(Document& doc);

/// True for a token that is only punctuation or a quote mark.
[[nodiscard]] bool isPunctuation(std::string_view token);

}  // namespace ng
