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
/// are left out; spans that are only titles or lie inside one, or that the gazetteer lists as
/// non-entities, are dropped. A person needs no article before it ("the Majlis Shura" is dropped),
/// and a one-word person needs support: a title before it, a speech verb next to it, or a full
/// name in the article that holds it; otherwise it is a place when listed with places or after
/// "in", "near"..., and dropped when nothing says what it is. Reads doc.mentions (the finder's).
[[nodiscard]] std::vector<Mention> mentionsFromNer(const Document& doc, const Gazetteer& gaz);

/// True when the tokens [tokBegin, tokEnd) lie in a quotation made only of capitalized words and
/// connectors (for, of, and, the, to, in, on), with a connector in it or opening with
/// "Operation": the title of a plan, an operation or a slogan ('dubbed the "Trump Route for
/// International Peace and Prosperity"', 'launched "Operation Sindoor"'). No name in it is a
/// person or an organization of its own; the finder and the recognizer's mentions skip it.
[[nodiscard]] bool inQuotedTitle(const Document& doc, std::uint32_t tokBegin, std::uint32_t tokEnd);

/// Keeps every mention of `primary` and adds each mention of `extra` that overlaps none of them.
/// Result sorted by position.
[[nodiscard]] std::vector<Mention> mergeMentions(std::vector<Mention> primary, const std::vector<Mention>& extra);

/// True when token t is an acronym of capitals (and digits) set off by commas right after a
/// phrase whose head, within eight words before the comma, is a kind of body: "The NATO-led
/// peacekeeping force in Kosovo, KFOR, said", "the UN mission in the territory, MINURSO, sent".
/// Such an acronym names that body (the finder's mention, which pruneMentions() keeps).
[[nodiscard]] bool acronymOfBodyInApposition(const Document& doc, std::uint32_t t);

/// Drops acronyms typed as organizations that nothing in the article backs: not listed in the
/// gazetteer, never tagged by the recognizer, never defined in brackets and not the initials of
/// a name in the article ("disrupted XYZ extensions"). Run after mergeMentions().
void pruneMentions(Document& doc, const Gazetteer& gaz);

}  // namespace ng
