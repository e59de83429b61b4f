// Mentions from the statistical recognizer (Token::ner BIO tags), typed with the gazetteer,
// merged with the rule-based finder's mentions.
#pragma once

#include <vector>

#include "extract/Document.h"
#include "extract/Gazetteer.h"

namespace ng {

/// Spans of B-/I- tags as mentions: PER -> Person; LOC -> the gazetteer's Country, Region or City,
/// else Place; ORG -> the class of its head word (orgCue) or Organization; EVENT -> the class of
/// its head word when it names an event kind, else Event. Leading "the" and a trailing possessive
/// are left out; spans that are only titles, or that the gazetteer lists as non-entities, are dropped.
[[nodiscard]] std::vector<Mention> mentionsFromNer(const Document& doc, const Gazetteer& gaz);

/// Keeps every mention of `primary` and adds each mention of `extra` that overlaps none of them.
/// Result sorted by position.
[[nodiscard]] std::vector<Mention> mergeMentions(std::vector<Mention> primary, const std::vector<Mention>& extra);

}  // namespace ng
