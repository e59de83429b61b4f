// Within-article coreference for named mentions: groups doc.mentions into doc.entities.
#pragma once

#include "extract/Document.h"
#include "extract/Gazetteer.h"

namespace ng {

/// Requires: mentions. Assigns: entities and Mention::entity.
/// Links: the same name (case and diacritics folded); a person's surname or partial name to the
/// full name mentioned in the article ("Ruto" -> "William Samoei Ruto"); an acronym to the
/// name it is defined for ("Hayat Tahrir al-Sham (HTS)") or whose initials it spells;
/// demonyms to their country (the finder already labels them with the country's name); with a
/// gazetteer, an organization's name to the one longer name that puts a demonym or country in
/// front of it ("Houthi" -> "Sudanese army"). An acronym in brackets after a name is linked
/// to it only when the name can spell it.
void resolveMentions(Document& doc, const Gazetteer& gaz);
/// The same without a gazetteer (no demonym links).
void resolveMentions(Document& doc);

}  // namespace ng
