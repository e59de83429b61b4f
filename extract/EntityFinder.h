// A first, rule-based entity finder: runs of capitalized words typed with the gazetteer.
// It stays as a fallback and a source of gazetteer-backed mentions once a statistical
// recognizer becomes the main finder, so it keeps to simple, precise rules.
#pragma once

#include "extract/Document.h"
#include "extract/Gazetteer.h"

namespace ng {

/// Finds names of people, organizations and places in doc.
///
/// Reads runs of capitalized words (with "of", "the", "for", "and", "bin", "de", "e"... inside
/// when capitalized words stand on both sides; hyphenated words; "al-" names; acronyms) within
/// each sentence. Leading titles ("Foreign Minister", "Lt. Gen.") and "The" are not part of a
/// name; a demonym or country in front of a title is a mention of its own ("Sudanese Foreign
/// Minister Ali Yousif" -> Sudanese (Country, demonym) + Ali Yousif (Person)).
/// Typing: gazetteer countries, regions and cities; head words ("Ministry", "Party", "Times");
/// "X border/crossing" and "X Line" as borders; acronyms as organizations; two to four
/// capitalized words otherwise as a person (more sure after a title or before "said"), but not
/// after "the" (a body, or nothing) or after "in", "around"... (a place); a lone unknown word
/// after "according to", "quoted by", "told" as a media outlet, as are web names ("Dawn.com")
/// and "on X". A name before a bracketed acronym it spells is one mention even across "in"
/// ("... Mission in Sudan (UNMISS)"); "Kenya's foreign ministry" or "the Russian Foreign
/// Ministry" is one GovernmentBody mention with canonical "Foreign Ministry of Kenya"; a title
/// with its portfolio ("Minister for Information and Broadcasting") names nothing. Guesses
/// get confidence 0.5-0.7, gazetteer hits 0.8-0.95. Headings (title case) yield only
/// gazetteer, demonym and well-known names.
///
/// Requires: tokens and sentences (when there are no sentences, all tokens are one sentence);
/// uses tokens[i].pos at the start of a sentence when it is set. Assigns: mentions (replaced),
/// sorted by position, not overlapping; entity stays -1. Thread-safe for different documents.
void findMentions(Document& doc, const Gazetteer& gaz);

}  // namespace ng
