// Text normalization shared by the gazetteer, coreference and the graph stage's entity
// resolution: one folding function, so every stage compares names the same way.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

/// The matching key of a name: Unicode NFKC, case folded, combining marks stripped ("Türkiye" ->
/// "turkiye"), letters without a decomposition mapped to ASCII (ø->o, ł->l, æ->ae, ß->ss, ı->i),
/// apostrophes, ayn/hamza signs and periods dropped ("Sana'a" -> "sanaa", "U.S." -> "us"), and
/// runs of whitespace, hyphens and dashes collapsed to one space ("Hayat Tahrir al-Sham" ->
/// "tehreek e taliban"), trimmed. Other characters are kept. Invalid UTF-8 is folded as ASCII
/// byte by byte. Pure function; thread-safe.
[[nodiscard]] std::string foldKey(std::string_view text);

/// A string hash for unordered containers keyed by std::string that are looked up with a
/// std::string_view (with std::equal_to<>): no temporary std::string per lookup.
struct TransparentStringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// Whether `w` is one of the words of `list` (what std::find gives), with the length and first
/// byte compared before the bytes: most words tested are in no list, and many have a list word's
/// length.
template <class List>
[[nodiscard]] bool inWordList(const List& list, std::string_view w) {
  for (const std::string_view x : list)
    if (x.size() == w.size() && (w.empty() || x.front() == w.front()) && x == w) return true;
  return false;
}

/// The first word of foldKey(text), written into `buf`, without building the whole key: for
/// filters tried at every token. nullopt when text is not all ASCII or the word does not fit
/// in `buf` (then take foldKey()). Empty when the key is.
[[nodiscard]] std::optional<std::string_view> firstFoldedWordAscii(std::string_view text, std::span<char> buf);

/// foldKey(text) == key, without building the key when text is plain ASCII: for word tests
/// tried at many tokens ("is this word 'the'").
[[nodiscard]] bool foldKeyEquals(std::string_view text, std::string_view key);

/// A quotation mark token, straight or typographic, single or double, with guillemets and the
/// low-9 mark (an apostrophe token "'" counts too: the segmenter splits it off only as a quote).
[[nodiscard]] bool isQuoteMark(std::string_view w);
/// A dash standing alone as a token: an em dash, an en dash, a hyphen, "--" or "//" ("CAIRO —",
/// "KYIV (Reuters) -", "ANKARA --", "DAMASCUS //").
[[nodiscard]] bool isDash(std::string_view w);
/// A double quotation mark token: straight, or the curly opening and closing ones.
[[nodiscard]] bool isDoubleQuoteMark(std::string_view w);

/// For a one-word organization's folded name in the plural ("houthis"), the singular it is also
/// known by ("houthi"): one final "s" dropped from a word of 5 or more letters that does not end
/// in "ss". Empty otherwise. "Houthis" and "Houthi rebels"' "Houthi" then name one group.
[[nodiscard]] std::string_view groupSingular(std::string_view foldedName);
/// A plural definite article of Spanish, Portuguese, French or Italian ("Los", "Las", "Les",
/// "Gli", "Os"), as a name's first word: "Los Choneros", "Les Républicains" name no person.
[[nodiscard]] bool isPluralArticle(std::string_view word);
/// The number of an ordinal written with digits ("94th", "3rd", "1st", "22nd"), or nullopt (also
/// for more than nine digits).
[[nodiscard]] std::optional<int> ordinalNumeral(std::string_view word);
/// The words of a text split at spaces (runs of spaces give no empty words); for foldKey() output.
[[nodiscard]] std::vector<std::string> splitWords(std::string_view text);

/// `text` with A-Z lowercased and every other byte kept, as std::tolower does in the "C" locale
/// newsgraph runs in: for comparing words with lowercase word lists.
[[nodiscard]] std::string lowerAscii(std::string_view text);

/// Upper-case initials of a name's words and hyphenated parts ("Rapid Support Forces" -> "RSF",
/// "Jaish-e-Mohammed" -> "JM"): what an acronym defined for the name would spell.
[[nodiscard]] std::string capitalInitials(std::string_view name);

}  // namespace ng
