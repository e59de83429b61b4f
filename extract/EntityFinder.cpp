#include "extract/EntityFinder.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/NerMentions.h"
#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;

// Function words and common sentence openers: never the first word of a name.
constexpr std::string_view kStopwords[] = {
    "a", "about", "above", "according", "across", "after", "afterwards", "again", "against", "ago",
    "all", "also", "although", "amid", "among", "an", "and", "another", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "below", "besides", "between", "both", "but", "by", "can",
    "could", "despite", "did", "do", "does", "during", "each", "earlier", "either", "else", "even",
    "ever", "every", "few", "first", "following", "for", "from", "further", "had", "has", "have",
    "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "inside", "instead",
    "into", "is", "it", "its", "just", "last", "later", "least", "less", "many", "may", "meanwhile",
    "might", "more", "moreover", "most", "much", "must", "my", "neither", "never", "nevertheless",
    "next", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
    "out", "over", "per", "perhaps", "please", "rather", "several", "she", "should", "since", "so",
    "some", "still", "such", "than", "that", "their", "them", "then", "there", "these", "they",
    "this", "those", "though", "through", "throughout", "thus", "to", "today", "tomorrow", "under",
    "unless", "until", "up", "upon", "us", "was", "we", "were", "what", "when", "where", "whether",
    "which", "while", "who", "why", "will", "with"};

// All-caps function words that stay function words (other all-caps words may be acronyms: "WHO", "US").
constexpr std::string_view kCapsStopwords[] = {"THE", "A", "AN", "AND", "OF", "IN", "ON", "TO", "FOR", "AT",
                                               "BY", "IS", "IT", "I", "BUT", "OR", "AS", "WITH", "FROM"};

// Capitalized words that are no names: days, months, time zones, section words.
constexpr std::string_view kNonEntity[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gmt", "utc", "am", "pm", "yesterday", "tonight", "section", "chapter", "page", "update",
    "updated", "photo", "video", "read", "advertisement", "copyright", "editor", "note", "breaking",
    "live", "exclusive", "analysis", "factbox", "explainer", "opinion", "editorial", "interview", "wrapup"};

// Lowercase words allowed inside a name between capitalized words.
constexpr std::string_view kConnectors[] = {
    "of", "the", "for", "and", "on", "de", "del", "da", "di", "dos", "e", "i", "bin", "ibn", "bint",
    "al", "el", "van", "von", "der", "den", "la", "le", "du", "y", "ul", "ud"};

// Words for a group of people that names put in the possessive: "People's Liberation Army",
// "Workers' Party", "Lord's Resistance Army", "Children's Fund", "Martyrs' Brigades".
constexpr std::string_view kCollectiveNouns[] = {
    "people", "peoples", "workers", "lord", "women", "children", "farmers", "martyrs", "citizens", "soldiers",
    "veterans", "teachers", "mothers", "students", "peasants", "writers", "journalists", "employers", "victims",
    "prisoners", "traders"};

// Nouns of news media, written after an outlet's name ("Al Arabiya television") or before it
// ("the broadcaster RTS").
constexpr std::string_view kMediaNouns[] = {"television", "tv", "radio", "newspaper", "broadcaster", "channel"};

/// A lowercase word whose ending reads as an adjective ("islamist", "paralympic", "christian"):
/// before a group noun or "-led" it names no group.
bool readsAsAdjective(std::string_view w) { return w.ends_with("ist") || w.ends_with("ic") || w.ends_with("ian"); }

// Whether a folded word is one of kStopwords (a hash set: asked for every capitalized word).
bool isStopword(std::string_view key) {
  static const std::unordered_set<std::string_view> stopwords(std::begin(kStopwords), std::end(kStopwords));
  return stopwords.contains(key);
}

// Common nouns after a name that make it an armed group: "X fighters", "X-linked insurgents".
bool isArmedNoun(std::string_view w) {
  static constexpr std::string_view kArmed[] = {"fighters",   "militants",  "militia",    "militiamen", "gunmen",
                                                "rebels",     "insurgents", "guerrillas", "jihadists",  "positions",
                                                "commander",  "commanders", "operatives", "strongholds", "rockets",
                                                "gang",       "gangs"};
  return std::find(std::begin(kArmed), std::end(kArmed), w) != std::end(kArmed);
}

// Particles of personal names (a name with "of" or "for" is no person's).
constexpr std::string_view kNameParticles[] = {
    "bin", "ibn", "bint", "al", "el", "ul", "ud", "ur", "de", "del", "da", "di", "do", "dos", "van",
    "von", "der", "den", "le", "la", "du", "e", "i", "y"};

constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "told", "tells", "added", "adds", "stated", "noted", "claimed", "warned",
    "announced", "confirmed", "denied", "stressed", "urged", "insisted", "explained", "wrote",
    "tweeted", "posted", "asked", "replied", "responded", "remarked", "declared", "argued",
    "acknowledged", "alleged", "emphasised", "emphasized"};

// Lowercase words after a name that make it a region ("Idlib province").
constexpr std::string_view kRegionHeads[] = {
    "province", "district", "region", "governorate", "state", "county", "oblast", "prefecture", "valley"};
// Capitalized administrative heads left out of a region's name ("Idlib Province" -> Idlib).
constexpr std::string_view kAdminHeads[] = {
    "province", "district", "region", "governorate", "county", "oblast", "prefecture"};

// Prepositions after which an unknown name is more likely a place than a person.
constexpr std::string_view kLocatives[] = {"in", "near", "outside", "into"};

// More prepositions of place: an unknown name after them is a place, unless a title or a
// speech verb says it is a person ("fighting around Tal Afar").
constexpr std::string_view kPlacePrepositions[] = {"in", "near", "outside", "into", "around", "across", "along", "towards", "toward"};

// Verbs after which "by NAME" names the outlet that carried a report ("quoted by Anadolu").
constexpr std::string_view kReportVerbs[] = {"quoted", "reported", "cited", "published", "broadcast", "aired"};

// Portfolio words of a ministry written in lowercase after its country ("Kenya's foreign ministry",
// "the Russian defence ministry").
constexpr std::string_view kPortfolios[] = {
    "foreign", "defence", "defense", "interior", "home", "information", "finance", "health", "education",
    "justice", "trade", "commerce", "energy", "agriculture", "economy", "external", "affairs", "culture",
    "labour", "labor", "environment", "water", "petroleum", "planning", "communications", "transport",
    "national", "security", "public", "state", "emergency", "emergencies", "situations", "internal", "religious",
    "endowments", "tourism", "industry", "mines", "oil", "housing", "youth", "women", "social", "welfare",
    "solidarity", "migration", "reconstruction", "humanitarian", "human", "rights", "veterans", "international",
    "cooperation", "expatriates", "and"};
// Heads of a government body after portfolio words; "office" only after foreign/home ("Foreign Office").
constexpr std::string_view kBodyHeads[] = {"ministry", "office", "department"};

// ("wal-" is "and the": "Jama'at Nusrat al-Islam wal-Muslimin".)
constexpr std::string_view kArabicArticles[] = {"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "wal-"};

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return inWordList(list, w);
}

utf8proc_int32_t codepointAt(std::string_view s, std::size_t& pos) {
  if (static_cast<unsigned char>(s[pos]) < 0x80) return static_cast<utf8proc_int32_t>(s[pos++]);  // ASCII, most words
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                  static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  pos += n > 0 ? static_cast<std::size_t>(n) : 1;
  return cp;
}

// ASCII code points are answered without a table look-up: these run on every word.
bool isUpper(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
bool isLower(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}
bool isLetter(utf8proc_int32_t cp) {
  if (cp >= 0 && cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  const auto c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool startsAlnum(std::string_view s) {
  std::size_t pos = 0;
  if (s.empty()) return false;
  const auto cp = codepointAt(s, pos);
  return isLetter(cp) || (cp >= '0' && cp <= '9');
}

bool startsUpper(std::string_view s) {
  std::size_t pos = 0;
  return !s.empty() && isUpper(codepointAt(s, pos));
}

struct Shape {
  int upper = 0;
  int lower = 0;
  int digits = 0;
  int other = 0;  // anything but letters, digits, '.', '-', '&', apostrophes
};

Shape shapeOf(std::string_view s) {
  Shape sh;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto cp = codepointAt(s, pos);
    if (isUpper(cp)) ++sh.upper;
    else if (isLower(cp)) ++sh.lower;
    else if (isLetter(cp)) ++sh.lower;  // caseless scripts count as ordinary letters
    else if (cp >= '0' && cp <= '9') ++sh.digits;
    else if (!(cp == '.' || cp == '-' || cp == '&' || cp == '\'' || cp == 0x2019)) ++sh.other;
  }
  return sh;
}

/// Capitals with digits, a code name whatever the tagger says of it ("M23 rebels", "G7 leaders";
/// "JJ" for "M23" opening a sentence); with lowercase letters too, only when tagged a number.
bool isCodeName(std::string_view s, std::string_view pos) {
  const Shape sh = shapeOf(s);
  return sh.upper > 0 && sh.digits > 0 && (pos == "CD" || sh.lower == 0);
}

bool isRomanNumeral(std::string_view s) {
  return !s.empty() && s.find_first_not_of("IVXLC") == std::string_view::npos;
}

/// "UN", "U.N.", "NATO", "HTS": 2 to 6 capitals, no lowercase letters.
bool isAcronym(std::string_view s) {
  const Shape sh = shapeOf(s);
  return sh.upper >= 2 && sh.upper <= 6 && sh.lower == 0 && sh.other == 0 && !isRomanNumeral(s);
}

/// "SPLM-IO", "FDLR-FOCA", "AFC/M23": two or three acronyms joined by hyphens or slashes, each
/// a capital letter followed by capitals or digits, one of them at least two letters long (a
/// party's or a group's wing, an alliance; "AK-47", "F-16" and "9/11" have parts of digits).
bool isJoinedAcronym(std::string_view s) {
  int parts = 0, upper = 0;
  bool longPart = false;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t sep = std::min(s.find_first_of("-/", start), s.size());
    const std::string_view part = s.substr(start, sep - start);
    if (part.empty() || part.size() > 6 || part.front() < 'A' || part.front() > 'Z' ||
        !std::all_of(part.begin(), part.end(), [](unsigned char c) { return (c >= 'A' && c <= 'Z') || std::isdigit(c); }))
      return false;
    ++parts;
    const auto letters = std::count_if(part.begin(), part.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
    upper += static_cast<int>(letters);
    longPart = longPart || letters >= 2;
    start = sep + 1;
  }
  return parts >= 2 && parts <= 3 && upper >= 3 && longPart;
}

/// "Iran-backed", "Saudi-led", "HTS-linked": a hyphenated adjective, whose last part is lowercase.
bool hasLowercaseTail(std::string_view s) {
  const auto dash = s.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= s.size()) return false;
  std::size_t pos = dash + 1;
  return isLower(codepointAt(s, pos));
}

bool isArabicArticleName(std::string_view s) {
  if (s.size() < 4 || (s.front() != 'a' && s.front() != 'e' && s.front() != 'w')) return false;  // every article starts so
  for (const auto art : kArabicArticles) {
    if (s.size() > art.size() && s.starts_with(art)) return startsUpper(s.substr(art.size()));
  }
  return false;
}

/// "Post-2021", "Pre-1990": a word glued to a number by a hyphen is a time, not a name.
bool isNumberCompound(std::string_view s) {
  const auto dash = s.find('-');
  return dash != std::string_view::npos && dash > 0 && dash + 1 < s.size() && s[dash + 1] >= '0' && s[dash + 1] <= '9' &&
         shapeOf(s.substr(0, dash)).lower > 0;
}

/// "Dawn.com", "TheNews.com.pk": a web address written as a name is a news site.
bool isWebName(std::string_view s) {
  static constexpr std::string_view kDomains[] = {".com", ".net", ".org", ".news", ".tv", ".info", ".co.uk", ".pk",
                                                  ".in", ".af", ".com.pk", ".co"};
  if (!startsUpper(s)) return false;
  for (const auto d : kDomains) {
    if (s.size() > d.size() + 2 && s.ends_with(d) && s.substr(0, s.size() - d.size()).find('.') == std::string_view::npos)
      return true;
  }
  return false;
}

/// The letters an acronym is made of, upper-cased: "U.N." -> "UN", "LoC" -> "LOC".
std::string acronymLetters(std::string_view s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto cp = codepointAt(s, pos);
    if (cp < 128 && std::isalpha(cp)) out.push_back(static_cast<char>(std::toupper(cp)));
    else if (cp != '.' && cp != '-') return {};
  }
  return out;
}

/// An acronym in brackets after a name: mostly capitals ("UNMISS", "LoC", "U.N."), 2 to 8 letters.
bool isBracketAcronym(std::string_view s) {
  const Shape sh = shapeOf(s);
  return sh.upper >= 2 && sh.lower <= 2 && sh.other == 0 && sh.digits == 0 && sh.upper + sh.lower <= 8 && startsUpper(s);
}

/// The letters, in capitals, of an acronym written in brackets as a word ("Acled", "Unicef"):
/// an ASCII capital and 2 to 7 lowercase letters; empty for any other word.
std::string titleCaseAcronym(std::string_view s) {
  if (s.size() < 3 || s.size() > 8 || !std::isupper(static_cast<unsigned char>(s.front()))) return {};
  std::string out(1, s.front());
  for (const char c : s.substr(1)) {
    if (!std::islower(static_cast<unsigned char>(c))) return {};
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

struct Word {
  std::uint32_t tokBegin = 0;
  std::uint32_t tokEnd = 0;
  Span span;              // possessive 's left out
  std::string_view text;  // the text of span
  std::string_view lower;  // ASCII-lowercased text (a view of Finder::lower_)
  bool initial = false;   // first word of the sentence or of a quotation
};

class Finder {
 public:
  Finder(Document& doc, const Gazetteer& gaz) : doc_(doc), gaz_(gaz), lower_(lowerAscii(doc.text())) {}

  void run() {
    doc_.mentions.clear();
    if (doc_.sentences.empty()) {
      Sentence all;
      all.tokenEnd = static_cast<std::uint32_t>(doc_.tokens.size());
      sentence(all);
    } else {
      for (const auto& s : doc_.sentences) sentence(s);
      propagateOneWordNames();
    }
    finish();
  }

 private:
  // ---- words of one sentence ----

  void sentence(const Sentence& s) {
    words_.clear();
    texts_.clear();
    heading_ = s.heading;
    const std::string_view text = doc_.text();
    bool initial = true;
    for (std::uint32_t t = s.tokenBegin; t < s.tokenEnd && t < doc_.tokens.size(); ++t) {
      Word w;
      w.tokBegin = t;
      w.tokEnd = t + 1;
      w.span = doc_.tokens[t].span;
      std::string_view tok = doc_.tokenText(t);
      // A tokenizer may split the period off "Gen." or the initial "J.": put it back.
      // Not a sentence's final period: "the International Court of Justice." keeps its name.
      if (t + 2 < s.tokenEnd && doc_.tokenText(t + 1) == "." && doc_.tokens[t + 1].span.begin == w.span.end &&
          startsAlnum(doc_.tokenText(t + 2))) {
        const std::string withDot = std::string(tok) + ".";
        const Shape sh = shapeOf(tok);
        if (gaz_.isTitleWord(withDot) || (sh.upper == 1 && sh.lower == 0 && sh.digits == 0 && tok.size() <= 2)) {
          w.tokEnd = t + 2;
          w.span.end = doc_.tokens[t + 1].span.end;
          ++t;
        }
      }
      std::string_view wt = text.substr(w.span.begin, w.span.size());
      // Possessives a tokenizer left attached: "Kenya's", "Philippines'".
      for (const std::string_view poss : {std::string_view("'s"), std::string_view("\xE2\x80\x99s"), std::string_view("s'"),
                                          std::string_view("s\xE2\x80\x99")}) {
        if (wt.size() > poss.size() + 1 && wt.ends_with(poss)) {
          const std::size_t cut = poss.front() == 's' ? poss.size() - 1 : poss.size();
          w.span.end -= static_cast<std::uint32_t>(cut);
          wt.remove_suffix(cut);
          break;
        }
      }
      w.text = wt;
      w.lower = std::string_view(lower_).substr(w.span.begin, w.span.size());
      w.initial = initial;
      initial = wt == "\"" || wt == "\xE2\x80\x9C" || wt == "'" || wt == "\xE2\x80\x98" || wt == ":" || wt == "(" ||
                isDash(wt) || (initial && shapeOf(wt).upper + shapeOf(wt).lower == 0);
      words_.push_back(std::move(w));
    }
    // A byline ("By Jane Doe and Ali Koko", "BY JANE DOE, Gulf Wire") names the reporters, who
    // are no actors of the story: no names from it.
    if (isByline()) {
      words_.clear();
      return;
    }
    for (const auto& w : words_) texts_.push_back(w.text);
    nameWord_.assign(words_.size(), kUnknown);
    demonym_.assign(words_.size(), kUnknown);
    titleLen_.assign(words_.size(), -1);
    places_.clear();
    heading_ = heading_ || titleCase();
    findAcronymDefinitions();
    const std::size_t first = found_.size();
    scan();
    if (!heading_) governmentBodies(first);
  }

  /// "the two Southeast Asian neighbours", "West African states", "European officials": the
  /// adjective of a part of the world (maybe after a compass word) names no one, unless the
  /// gazetteer lists the words as a country's people ("South African", "Central African").
  bool regionalAdjective(std::size_t a, std::size_t b) const {
    static constexpr std::string_view kAdjectives[] = {"Asian", "African", "European", "Balkan", "Nordic", "Sahelian",
                                                       "Scandinavian"};
    static constexpr std::string_view kQualifiers[] = {"North",   "South",   "East",    "West",     "Southeast",
                                                       "Southern", "Northern", "Eastern", "Western", "Central",
                                                       "Northeast", "Northwest", "Southwest", "Latin", "Middle"};
    if (b - a > 2 || !in(kAdjectives, words_[b - 1].text)) return false;
    if (b - a == 2 && !in(kQualifiers, words_[a].text)) return false;
    if (gaz_.demonymCode(slice(a, b))) return false;
    // Only as a modifier of a lowercase word: "Asian Development Bank" is a name.
    return b < words_.size() && shapeOf(words_[b].text).lower > 0 && !startsUpper(words_[b].text);
  }

  /// The class of a group a description in apposition after the name at b makes it: ", a
  /// Venezuelan gang", ", an armed group", ", a rights organization", where the group noun is
  /// the description's head ("a gang leader" describes a person).
  std::optional<Class> groupDescribedAfter(std::size_t b) const {
    if (b + 2 >= words_.size() || words_[b].text != ",") return std::nullopt;
    const std::string_view det = words_[b + 1].lower;
    if (det != "a" && det != "an" && det != "the") return std::nullopt;
    static constexpr std::string_view kArmed[] = {"gang", "cartel", "militia", "insurgency"};
    static constexpr std::string_view kArmedModifiers[] = {"armed", "rebel", "militant", "jihadist", "insurgent",
                                                           "separatist", "paramilitary", "extremist", "terrorist"};
    static constexpr std::string_view kBodies[] = {"group", "organization", "organisation", "movement", "coalition",
                                                   "alliance", "company", "firm", "party"};
    bool armed = false;
    for (std::size_t k = b + 2; k < words_.size() && k <= b + 5; ++k) {
      const std::string_view x = words_[k].lower;
      // (Not "the group of chemicals that ...": a group of things.)
      // (Nor "the party's co-chair": a possessive owns the head after it.)
      const bool head = k + 1 >= words_.size() || (words_[k + 1].lower != "of" && !isPossessiveMark(words_[k + 1].text) &&
                                                   (!doc_.tokens[words_[k + 1].tokBegin].pos.starts_with("NN") ||
                                                    startsUpper(words_[k + 1].text)));
      if (in(kArmed, x) && head) return Class::ArmedGroup;
      if (in(kBodies, x) && head) return armed ? Class::ArmedGroup : Class::Organization;
      // ", a faction of the Pakistani Taliban", ", an offshoot of al-Qaeda": a part of a group.
      static constexpr std::string_view kParts[] = {"faction", "offshoot", "splinter", "affiliate", "branch", "wing"};
      if (in(kParts, x) && k + 1 < words_.size() && words_[k + 1].lower == "of")
        return armed || armedCueIn(k + 2, std::min(words_.size(), k + 7)) ? Class::ArmedGroup : Class::Organization;
      armed = armed || in(kArmedModifiers, x);
      if (x == "," || x == "of" || x == "who" || x == "which" || x == "that") break;
    }
    return std::nullopt;
  }

  /// "X claimed responsibility", "X has claimed responsibility": who claims an attack is a group.
  bool claimsResponsibilityAfter(std::size_t b) const {
    std::size_t k = b;
    if (k < words_.size() && (words_[k].lower == "has" || words_[k].lower == "have")) ++k;
    return k + 1 < words_.size() && (words_[k].lower == "claimed" || words_[k].lower == "claims") &&
           words_[k + 1].lower == "responsibility";
  }

  /// "By" and then only capitalized words, commas, "and", "in" or "for", at most 16 words in all,
  /// among the first five sentences.
  bool isByline() const {
    if (words_.size() < 3 || words_.size() > 16 || (words_[0].text != "By" && words_[0].text != "BY")) return false;
    if (doc_.sentenceAt(words_[0].span.begin) > 4) return false;
    for (std::size_t k = 1; k < words_.size(); ++k) {
      const std::string_view x = words_[k].text;
      if (x == "," || x == "|" || x == "and" || x == "in" || x == "for" || x == "&" || isDash(x) || startsUpper(x)) continue;
      return false;
    }
    return startsUpper(words_[1].text);
  }

  /// A title-case line the segmenter did not mark as a heading: four or more capitalized words
  /// and no lowercase word but short function words.
  bool titleCase() const {
    static constexpr std::string_view kSmall[] = {"a",  "an", "and", "as",  "at", "by", "for", "from", "in",
                                                  "of", "on", "or",  "the", "to", "vs", "with", "over", "amid"};
    int capitalized = 0;
    for (const auto& w : words_) {
      const Shape sh = shapeOf(w.text);
      if (sh.upper + sh.lower == 0) continue;
      if (startsUpper(w.text)) ++capitalized;
      else if (!in(kSmall, w.text) && !isArabicArticleName(w.text)) return false;
    }
    return capitalized >= 4;
  }

  /// Whether word k can be part of a name; asked several times per word, so remembered.
  bool isNameWord(std::size_t k) const {
    if (nameWord_[k] == kUnknown) nameWord_[k] = nameWordUncached(k) ? 1 : 0;
    return nameWord_[k] == 1;
  }

  bool nameWordUncached(std::size_t k) const {
    const Word& w = words_[k];
    if (w.text.empty()) return false;
    // "al-Sharaa" is a name word; "al-Qaeda-linked" is a modifier (emitAdjectivePrefix).
    if (isArabicArticleName(w.text) && !hasLowercaseTail(w.text.substr(3))) return true;
    // "Kabul-based" is no name word, but "Ching-te" in a person's name the recognizer tags is.
    const bool personPart = doc_.tokens[w.tokBegin].ner.ends_with("-PER") && !w.text.ends_with("ed") &&
                            !w.text.ends_with("ing");
    if (!startsUpper(w.text) || (hasLowercaseTail(w.text) && !personPart) || isNumberCompound(w.text)) return false;
    // "Today" inside a name is a title's word ("USA Today"), not the adverb.
    if (w.text == "Today" && !w.initial && k > 0 && isNameWord(k - 1)) return true;
    if (isWebName(w.text)) return true;
    const std::string key = foldKey(w.text);
    if (in(kNonEntity, key) || key == "the" || gaz_.isNonEntity(w.text)) return false;
    if (isStopword(key) && (shapeOf(w.text).lower > 0 || in(kCapsStopwords, w.text))) return false;
    if (w.initial) {
      // The tagger's word on a capitalized opener, unless the gazetteer knows the word: an
      // adjective tag on "Sudanese" or "Kenyan" does not make it less of a demonym.
      const auto& pos = doc_.tokens[w.tokBegin].pos;
      const bool code = isCodeName(w.text, pos);  // "M23 rebels said"
      // "RSF commander X said": an acronym is a name wherever it stands, when the article spells
      // it out somewhere ("Rapid Support Forces"); "NO", "KID", "P.S." opening a line are not.
      const bool acronym = w.text.size() >= 3 && w.text.size() <= 6 &&
                           std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                           spelledInArticle(w.text);
      // "Human Rights Watch accused ...": the recognizer starts a longer name with the word.
      const std::string& ner = doc_.tokens[w.tokBegin].ner;
      const bool nameStart = ner.starts_with("B-") && w.tokEnd < doc_.tokens.size() && k + 1 < words_.size() &&
                             startsUpper(words_[k + 1].text) && doc_.tokens[w.tokEnd].ner.starts_with("I-");
      if (!pos.empty() && pos != "NNP" && pos != "NNPS" && !code && !acronym && !nameStart && !gaz_.demonymCode(w.text) &&
          gaz_.lookup(w.text).empty() && !hyphenatedName(w.text))
        return false;
    }
    return true;
  }

  /// "Jamaat-ul-Ahrar", "Tehrik-i-Taliban": a hyphenated word whose first and last parts are
  /// capitalized, whatever the tagger says of it at the start of a sentence; not "Pro-Russian",
  /// "Anti-Government" (a prefix), "Kurdish-Arab" (a demonym's part) or "Russia-Ukraine" (a
  /// country's).
  bool hyphenatedName(std::string_view text) const {
    const auto first = text.find('-');
    const auto last = text.rfind('-');
    if (first == std::string_view::npos || first == 0 || last + 1 >= text.size()) return false;
    if (!startsUpper(text.substr(last + 1))) return false;
    static constexpr std::string_view kPrefixes[] = {"pro",   "anti", "non",  "ex",    "post",    "pre",   "mid",
                                                     "neo",   "pan",  "co",   "self",  "semi",    "multi", "inter",
                                                     "trans", "sub",  "counter", "cross", "north", "south", "east",
                                                     "west",  "central"};
    if (in(kPrefixes, foldKey(text.substr(0, first)))) return false;
    const auto country = [&](std::string_view part) {
      const auto found = gaz_.lookup(part);
      return !found.empty() && found.front().cls == Class::Country;
    };
    return !gaz_.demonymCode(text.substr(0, first)) && !gaz_.demonymCode(text.substr(last + 1)) &&
           !country(text.substr(0, first)) && !country(text.substr(last + 1));
  }

  /// True when the letters of `acronym` are the initials of a run of capitalized words of the
  /// article (connectors such as "of" and "for" left out): "RSF" for "Rapid Support Forces".
  bool spelledInArticle(std::string_view acronym) const {
    if (!articleInitials_) {
      articleInitials_.emplace();
      const auto capital = [&](std::uint32_t t) {
        const auto x = doc_.tokenText(t);
        return !x.empty() && std::isupper(static_cast<unsigned char>(x.front())) && shapeOf(x).lower > 0;
      };
      for (std::uint32_t t = 0; t < doc_.tokens.size(); ++t) {
        if (!capital(t)) continue;
        std::string initials;
        for (std::uint32_t u = t; u < doc_.tokens.size() && u < t + 10; ++u) {
          if (capital(u)) initials.push_back(doc_.tokenText(u).front());
          else if (!in(kConnectors, doc_.tokenText(u))) break;
          if (initials.size() >= 2) articleInitials_->insert(initials);
        }
      }
    }
    std::string letters;
    for (const char c : acronym)
      if (std::isupper(static_cast<unsigned char>(c))) letters.push_back(c);
    return articleInitials_->contains(letters);
  }

  bool isConnector(std::size_t k) const { return in(kConnectors, words_[k].text); }

  /// "The" in front of a name word.
  bool isTheStart(std::size_t k) const {
    return words_[k].text == "The" && k + 1 < words_.size() && isNameWord(k + 1);
  }

  void scan() {
    const std::size_t n = words_.size();
    std::size_t k = 0;
    while (k < n) {
      if (forcedEnd_[k] > k) {
        emitDefinedName(k, forcedEnd_[k]);
        k = forcedEnd_[k];
        continue;
      }
      if (const std::size_t e = nicknamedPersonEnd(k); e > k) {
        emitNicknamedPerson(k, e);
        k = e;
        continue;
      }
      if (!isNameWord(k) && !isTheStart(k)) {
        if ((startsUpper(words_[k].text) || isArabicArticleName(words_[k].text)) && hasLowercaseTail(words_[k].text))
          emitAdjectivePrefix(k);
        // "linked to al Qaeda": a lowercase article opens a listed name written apart from it.
        if (const auto listed = listedNameAfterArticle(k)) {
          emit(k, listed->first, listed->second, 0.85);
          k = listed->first;
          continue;
        }
        ++k;
        continue;
      }
      std::size_t j = k + 1;
      while (j < n && forcedEnd_[j] == 0) {
        if (isNameWord(j)) {
          ++j;
          continue;
        }
        std::size_t m = j;
        while (m < n && m - j < 2 && isConnector(m)) ++m;
        // A capitalized first word joins what follows a connector only when it can head a
        // name: "Ministry of Defence", "President of Kenya", but not "Residents of the Gaza Strip".
        // So does a given name the recognizer starts a person's name with: "Ursula von der Leyen".
        const bool canHead = !(j == k + 1 && words_[k].initial) || gaz_.orgCue(words_[k].text) ||
                             gaz_.isTitleWord(words_[k].text) || !places(k, k + 1).empty() ||
                             (in(kNameParticles, words_[j].text) && doc_.tokens[words_[k].tokBegin].ner == "B-PER");
        // "a trip to South Africa for the G20 summit": a country's name heads no "for" phrase.
        const bool countryFor = words_[j].lower == "for" && isCountry(k, j);
        if (m > j && m < n && isNameWord(m) && canHead && forcedEnd_[m] == 0 && !countryFor) {
          j = m + 1;
          continue;
        }
        break;
      }
      processRun(k, j);
      k = j;
    }
  }

  /// 'Jimmy "Barbecue" Cherizier': one past a person's name with a nickname in quotes inside
  /// (one to three capitalized words between one to three name words and one or two more), or
  /// k when the words at k are no such name.
  std::size_t nicknamedPersonEnd(std::size_t k) const {
    const std::size_t n = words_.size();
    // (Towns' names are given names too: "Austin", "Jordan".)
    // (A sentence's first word counts by its capital: the tagger may take "Jimmy" for a noun.)
    const auto plainName = [&](std::size_t j) {
      const auto& p = places(j, j + 1);
      const bool nameWord = isNameWord(j) || (words_[j].initial && startsUpper(words_[j].text) &&
                                               shapeOf(words_[j].text).lower > 0 && !isStopword(foldKey(words_[j].text)));
      return nameWord && (p.empty() || (p.front().cls == Class::City && !p.front().capital)) &&
             demonymLength(j) == 0 && !gaz_.isTitleWord(words_[j].text) && !gaz_.orgCue(words_[j].text);
    };
    // The quote first (cheap): most words have none after them.
    std::size_t open = k + 1;
    while (open < n && open < k + 4 && !isQuoteMark(words_[open].text)) ++open;
    if (open >= n || open == k + 4 || open + 3 >= n) return k;
    for (std::size_t j = k; j < open; ++j)
      if (!plainName(j)) return k;
    std::size_t close = open + 1;
    while (close < n && close < open + 4 && !isQuoteMark(words_[close].text) && startsUpper(words_[close].text)) ++close;
    if (close == open + 1 || close >= n || !isQuoteMark(words_[close].text)) return k;
    // A listed name in quotes is no nickname: 'Kabul "Taliban" X'.
    if (gaz_.orgCue(slice(open + 1, close)) || !places(open + 1, close).empty()) return k;
    std::size_t e = close + 1;
    while (e < n && e < close + 3 && plainName(e)) ++e;
    return e > close + 1 ? e : k;
  }

  /// The person of nicknamedPersonEnd(), named without the nickname: "Jimmy Cherizier".
  void emitNicknamedPerson(std::size_t a, std::size_t b) {
    std::string name;
    bool quoted = false;  // inside the nickname
    for (std::size_t k = a; k < b; ++k) {
      if (isQuoteMark(words_[k].text)) {
        quoted = !quoted;
      } else if (!quoted) {
        if (!name.empty()) name.push_back(' ');
        name += words_[k].text;
      }
    }
    emit(a, b, Class::Person, 0.7, false, std::move(name));
  }

  /// One past the listed group name that the lowercase Arabic article at k opens, written
  /// apart ("al Qaeda", "al Shabaab"), with its class; nullopt when there is none.
  std::optional<std::pair<std::size_t, Class>> listedNameAfterArticle(std::size_t k) const {
    const std::string_view t = words_[k].text;
    if ((t != "al" && t != "el") || k + 1 >= words_.size() || !isNameWord(k + 1)) return std::nullopt;
    for (std::size_t e = std::min(words_.size(), k + 4); e > k + 1; --e) {
      bool names = true;
      for (std::size_t j = k + 1; j < e && names; ++j) names = isNameWord(j) && forcedEnd_[j] == 0;
      if (!names) continue;
      if (const auto cls = gaz_.listedName(slice(k, e))) return std::pair{e, *cls};
    }
    return std::nullopt;
  }

  // ---- names defined by an acronym in brackets ----

  /// Initials of the words [a, b): a capitalized word or hyphenated part gives its first letter,
  /// an acronym all its letters ("UN Assistance Mission" -> "UNAM"); lowercase words and parts
  /// ("in", "e" of "Hayat Tahrir al-Sham", "al-") give none, unless `withConnectors`.
  std::string initialsOf(std::size_t a, std::size_t b, bool withConnectors) const {
    std::string out;
    for (std::size_t k = a; k < b; ++k) {
      std::string_view t = words_[k].text;
      while (!t.empty()) {
        const auto dash = t.find('-');
        const std::string_view part = t.substr(0, dash);
        if (!part.empty()) {
          const Shape sh = shapeOf(part);
          if (sh.upper >= 2 && sh.lower == 0) out += acronymLetters(part);
          else if (startsUpper(part) || (withConnectors && (in(kConnectors, part) || part == "in" || part == "at")))
            out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(part.front()))));
        }
        if (dash == std::string_view::npos) break;
        t.remove_prefix(dash + 1);
      }
    }
    return out;
  }

  /// "United Nations Mission in South Sudan (UNMISS)": the words before a bracketed
  /// acronym whose initials spell it are one name, even across "in" or "at", which otherwise
  /// end a name. Marks them in forcedEnd_ for scan().
  /// "'s" or "'" inside a defined name: "Tigray People's Liberation Front (TPLF)".
  static bool isPossessiveMark(std::string_view t) {
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'" || t == "\xE2\x80\x99" || t == "'S" || t == "\xE2\x80\x99S";
  }

  /// A word inside a name an acronym defines that is no name word: "of", "and", "in", "'s".
  static bool definitionConnector(std::string_view t) {
    return in(kConnectors, t) || t == "in" || t == "at" || t == "to" || isPossessiveMark(t);
  }

  /// Whether a name may start at a word: it does, it does not, or no earlier word can either.
  enum class Fit { kNo, kYes, kStop };
  /// The earliest start of a name ending before word `end` (twelve words back at most) that
  /// `fits`, going back over name words and connectors (which start no name); `end` when none.
  template <typename Test>
  std::size_t earliestDefinitionStart(std::size_t end, Test fits) const {
    std::size_t best = end;
    for (std::size_t s = end; s-- > 0 && end - s <= 12;) {
      const bool connector = definitionConnector(words_[s].text);
      // "Co-operation" in "Organization for Security and Co-operation in Europe (OSCE)".
      const bool hyphenated = startsUpper(words_[s].text) && words_[s].text.find('-') != std::string_view::npos;
      if (!connector && !isNameWord(s) && !hyphenated) break;
      if (connector) continue;
      const Fit f = fits(s);
      if (f == Fit::kYes) best = s;
      if (f == Fit::kStop) break;
    }
    return best;
  }

  void findAcronymDefinitions() {
    forcedEnd_.assign(words_.size() + 1, 0);
    if (heading_) return;
    for (std::size_t k = 2; k + 1 < words_.size(); ++k) {
      if (words_[k - 1].text != "(" || words_[k + 1].text != ")") continue;
      const std::size_t end = k - 1;
      if (!isBracketAcronym(words_[k].text)) {
        // An acronym written as a word ("Acled", "Unicef"): only when the words spell it.
        if (const std::string acr = titleCaseAcronym(words_[k].text); !acr.empty()) {
          const std::size_t best = prefixDefinition(acr, end);
          if (best + 1 < end) {
            forcedEnd_[best] = end;
            forcedEnd_[k] = k + 1;  // the acronym, a name of the same (emitDefinedName())
          }
        }
        continue;
      }
      const std::string acr = acronymLetters(words_[k].text);
      if (acr.size() < 2) continue;
      const auto definitionBefore = [&](std::size_t end) {
        std::size_t best = earliestDefinitionStart(end, [&](std::size_t s) {
          const std::string plain = initialsOf(s, end, false);
          if (plain == acr || initialsOf(s, end, true) == acr) return Fit::kYes;
          return plain.size() > acr.size() ? Fit::kStop : Fit::kNo;
        });
        if (best == end) best = prefixDefinition(acr, end);
        if (best == end) best = looseDefinition(acr, end);
        if (best == end) best = definitionEndingInPlace(acr, end);
        return best;
      };
      std::size_t best = definitionBefore(end);
      // "the Armed Conflict Location and Event Data project (ACLED)": a lowercase kind of
      // body after the words that spell the acronym.
      static constexpr std::string_view kKinds[] = {"project", "initiative", "programme", "program", "network", "campaign"};
      if (best + 1 >= end && end >= 3 && in(kKinds, words_[end - 1].text)) {
        const std::size_t shorter = definitionBefore(end - 1);
        if (shorter + 1 < end - 1) {
          forcedEnd_[shorter] = end - 1;
          continue;
        }
      }
      if (best + 1 < end) forcedEnd_[best] = end;  // two words at least
    }
    findPossessiveNames();
    findAppositiveAcronyms();
  }

  /// An acronym naming the body described before it: acronymOfBodyInApposition().
  void findAppositiveAcronyms() {
    for (std::size_t k = 2; k + 1 < words_.size(); ++k) {
      if (forcedEnd_[k] != 0 || words_[k].tokEnd != words_[k].tokBegin + 1) continue;
      if (acronymOfBodyInApposition(doc_, words_[k].tokBegin) && gaz_.lookup(words_[k].text).empty())
        forcedEnd_[k] = k + 1;
    }
  }

  /// "Tigray People's Liberation Front", "Kurdistan Workers' Party", "Lord's Resistance Army",
  /// "Democratic People's Republic of Korea": after a word for a group of people
  /// (kCollectiveNouns), a possessive between capitalized words is part of one name, not an
  /// owner before what it owns ("Kenya's Foreign Ministry" stays two). Marks the name in
  /// forcedEnd_ unless a name defined by an acronym already covers a part of it.
  void findPossessiveNames() {
    const std::size_t n = words_.size();
    for (std::size_t j = 1; j + 1 < n; ++j) {
      // A place the gazetteer knows with its possessive: "Cox's Bazar".
      if (isPossessiveMark(words_[j].text) && startsUpper(words_[j - 1].text) && startsUpper(words_[j + 1].text) &&
          forcedEnd_[j - 1] == 0 && !gaz_.lookup(slice(j - 1, j + 2)).empty()) {
        forcedEnd_[j - 1] = j + 2;
        j += 1;
        continue;
      }
      if (!isPossessiveMark(words_[j].text) || !in(kCollectiveNouns, words_[j - 1].lower)) continue;
      if (!startsUpper(words_[j - 1].text) || !isNameWord(j - 1) || !isNameWord(j + 1)) continue;
      std::size_t a = j - 1;
      while (a > 0 && j - a < 8 && isNameWord(a - 1) && !in(kCollectiveNouns, words_[a - 1].lower)) --a;
      std::size_t b = j + 2;
      while (b < n && b - j < 12) {
        if (isNameWord(b)) {
          ++b;
        } else if (isConnector(b) && b + 1 < n && isNameWord(b + 1) && words_[b].text != "and") {
          b += 2;
        } else {
          break;
        }
      }
      bool taken = false;
      // [k, forcedEnd_[k]) meets [a, b); acronym-defined names span at most 13 words.
      for (std::size_t k = a > 13 ? a - 13 : 0; k < b && !taken; ++k) taken = forcedEnd_[k] > a;
      if (!taken) forcedEnd_[a] = b;
      j = b - 1;
    }
  }

  /// Where a name ending before word `end` starts (the earliest such word, twelve words back at
  /// most) whose words spell the acronym by the first letters of each ("Somalia" gives "S",
  /// "SO" or "SOM"), with every letter used, the first word giving the first letter, connectors
  /// ("and", "of") giving one letter or none and one other word at most giving none (two for
  /// five letters or more): "African Union Support and Stabilization Mission in Somalia
  /// (AUSSOM)", "Armed Conflict Location and Event Data Project (Acled)"; `end` when there is
  /// none.
  std::size_t prefixDefinition(const std::string& acr, std::size_t end) const {
    return earliestDefinitionStart(end, [&](std::size_t s) { return spellsByPrefixes(s, end, acr) ? Fit::kYes : Fit::kNo; });
  }

  /// Whether the words [a, end) spell `acr` as prefixDefinition() describes.
  bool spellsByPrefixes(std::size_t a, std::size_t end, const std::string& acr) const {
    // reach[i][skipped]: the first i letters are spelled by the words so far, with `skipped`
    // other words giving none.
    const std::size_t m = acr.size();
    // Two words giving none for acronyms of five letters or more: "African Union Support and
    // Stabilization Mission in Somalia (AUSSOM)".
    const std::size_t maxSkipped = m >= 5 ? 3 : 2;
    std::vector<std::array<bool, 3>> reach(m + 1, {false, false, false}), next(m + 1);
    reach[0][0] = true;
    for (std::size_t k = a; k < end; ++k) {
      const std::string_view t = words_[k].text;
      const bool connector = definitionConnector(t);
      if (isPossessiveMark(t)) continue;
      std::string letters;  // the word's letters, upper case, up to the first non-letter
      for (const char c : t) {
        if (!std::isalpha(static_cast<unsigned char>(c))) break;
        letters.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
      const std::size_t maxTake = connector ? 1 : std::min<std::size_t>(3, letters.size());
      for (auto& r : next) r = {false, false, false};
      for (std::size_t i = 0; i <= m; ++i) {
        for (std::size_t skipped = 0; skipped < maxSkipped; ++skipped) {
          if (!reach[i][skipped]) continue;
          // The first word gives the first letter.
          if (k > a) {
            if (connector) next[i][skipped] = true;
            else if (skipped + 1 < maxSkipped) next[i][skipped + 1] = true;
          }
          for (std::size_t take = 1; take <= maxTake && i + take <= m; ++take) {
            if (acr[i + take - 1] != letters[take - 1]) break;
            next[i + take][skipped] = true;
          }
        }
      }
      reach.swap(next);
    }
    return reach[m][0] || reach[m][1] || reach[m][2];
  }

  /// Where a name ending before word `end` starts whose initials hold the acronym's letters in
  /// order, with the same first and last letter and at most two left out ("African Union
  /// Transition Mission in Somalia (ATMIS)"); `end` when there is none.
  /// "Union for Peace in the Central African Republic (UPC)": a listed country or region that
  /// ends the name gives the acronym one letter, its first.
  std::size_t definitionEndingInPlace(const std::string& acr, std::size_t end) const {
    if (acr.size() < 3) return end;
    const std::string head = acr.substr(0, acr.size() - 1);
    for (std::size_t a = end >= 6 ? end - 6 : 0; a + 1 < end; ++a) {
      const auto& found = places(a, end);
      if (found.empty() || (found.front().cls != Class::Country && found.front().cls != Class::Region)) continue;
      std::size_t prep = a;
      if (prep > 0 && words_[prep - 1].lower == "the") --prep;
      if (prep < 3 || (words_[prep - 1].lower != "in" && words_[prep - 1].lower != "of")) return end;
      // (Its first word's letter, or its last word's: "Congo" for "the Democratic Republic of the Congo".)
      const auto letter = [&](std::size_t k) { return static_cast<char>(std::toupper(static_cast<unsigned char>(words_[k].text.front()))); };
      if (letter(a) != acr.back() && letter(end - 1) != acr.back()) return end;
      const std::size_t nameEnd = prep - 1;
      const std::size_t start = earliestDefinitionStart(nameEnd, [&](std::size_t s) {
        const std::string plain = initialsOf(s, nameEnd, false);
        if (plain == head || initialsOf(s, nameEnd, true) == head) return Fit::kYes;
        return plain.size() > head.size() ? Fit::kStop : Fit::kNo;
      });
      return start + 1 < nameEnd ? start : end;
    }
    return end;
  }

  std::size_t looseDefinition(const std::string& acr, std::size_t end) const {
    return earliestDefinitionStart(end, [&](std::size_t s) {
      const std::string all = initialsOf(s, end, true);
      if (all.size() > acr.size() + 2) return Fit::kStop;
      if (all.front() != acr.front() || all.back() != acr.back()) return Fit::kNo;
      std::size_t k = 0;
      for (char c : all)
        if (k < acr.size() && c == acr[k]) ++k;
      return k == acr.size() ? Fit::kYes : Fit::kNo;
    });
  }

  /// Emits the name [a, b) found by findAcronymDefinitions(), typed by the gazetteer, the
  /// recognizer or the head word before its first lowercase word.
  void emitDefinedName(std::size_t a, std::size_t b) {
    if (const auto& p = places(a, b); !p.empty()) {
      emitPlace(a, b, p.front());
      return;
    }
    // A name that a bracketed acronym defines names a body, not a person, whatever the
    // recognizer says of its words: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)".
    const bool acronymAfter = b + 2 < words_.size() && words_[b].text == "(" && words_[b + 2].text == ")";
    if (nerKind(a, b) == "PER" && !acronymAfter) {
      emit(a, b, Class::Person, 0.7);
      return;
    }
    std::size_t head = b;
    for (std::size_t k = a + 1; k < b && head == b; ++k) {
      if (!startsUpper(words_[k].text) && !isArabicArticleName(words_[k].text) && !isPossessiveMark(words_[k].text))
        head = k;
    }
    std::optional<Class> cls = suffixCue(a, head).first;
    // "Revolutionary Armed Forces of Colombia": the head's words decide whose army it is.
    std::size_t headEnd = head;
    if (!cls) {
      cls = suffixCue(a, b).first;
      headEnd = b;
    }
    if (!cls && armedCueIn(a, b)) cls = Class::ArmedGroup;
    if (cls && onto::isA(*cls, Class::Place) && armedGroupBranch(a, b - 1)) cls = Class::ArmedGroup;
    emit(a, b, cls ? stateArmy(a, headEnd, *cls) : Class::Organization, 0.8);
  }

  /// True when the words [a, b) before a place's head word start with a listed armed group's
  /// name and go on: "Islamic State West Africa | Province" is a branch of the group, named for
  /// where it fights, not a province.
  bool armedGroupBranch(std::size_t a, std::size_t b) const {
    for (std::size_t k = std::min(b, a + 4); k > a; --k) {
      if (k < b && gaz_.listedName(slice(a, k)) == Class::ArmedGroup) return true;
    }
    return false;
  }

  /// The class of the name [a, b) with head-word class `c`: a state's army names its state
  /// ("Sudanese Army", "National Army"); an army without one is an armed group.
  Class stateArmy(std::size_t a, std::size_t b, Class c) const {
    // Also "Rapid Support Forces", "Popular Mobilization Forces": forces that name no state.
    const bool forces = words_[b - 1].lower == "forces";
    if (c != Class::GovernmentBody || (words_[b - 1].lower != "army" && !forces)) return c;
    // A name listed whole: "Armed Forces", "Security Forces" alone, "People's Liberation Army".
    if (suffixCue(a, b).second >= b - a) return c;
    // "National Liberation Army", "Kachin Independence Army": a word of armed groups in the name.
    // ("People's Liberation Army" is listed as China's army: a longer cue than "army".)
    if (suffixCue(a, b).second == 1)
      for (std::size_t k = a; k + 1 < b; ++k)
        if (gaz_.orgCue(words_[k].text) == Class::ArmedGroup) return Class::ArmedGroup;
    // "Myanmar National Democratic Alliance Army", "Kachin Independence Army": words of a cause,
    // which no state's army carries, even after a country's name.
    static constexpr std::string_view kCauses[] = {"alliance", "democratic", "independence", "revolutionary",
                                                   "salvation", "freedom", "resistance"};
    for (std::size_t k = a; k + 1 < b; ++k)
      if (in(kCauses, words_[k].lower)) return Class::ArmedGroup;
    for (std::size_t k = a; k + 1 < b; ++k)
      if (isCountry(k, k + 1) || isDemonym(k) || words_[k].lower == "national" || words_[k].lower == "royal") return c;
    return Class::ArmedGroup;
  }

  // ---- government bodies named after their country ----

  /// Canonical name of the country a mention names: "Chad" for "Chadian" or "Chad".
  /// The state whose capital `p` is ("Beijing" -> "China"): a capital's ministry is its state's.
  [[nodiscard]] std::optional<std::string> stateOfCapital(const Gazetteer::Place& p) const {
    if (p.cls != Class::City || !p.capital) return std::nullopt;
    return gaz_.countryName(p.country);
  }

  std::string countryOf(const Mention& m) const {
    const std::string_view text = doc_.slice(m.span);
    if (m.demonym) {
      if (auto c = gaz_.demonymCountry(text)) return *c;
      return {};
    }
    for (const auto& p : gaz_.lookup(text))
      if (p.cls == Class::Country) return p.canonical;
    return {};
  }

  /// Words [a, b) are portfolio words with a body head at b - 1 ("foreign ministry", "Foreign
  /// Office", "defence ministry"); the canonical name of the body of `country` or "".
  std::string bodyName(std::size_t a, std::size_t b, const std::string& country) const {
    if (b < a + 2 || country.empty()) return {};
    // "Ministry of Foreign Affairs", "Ministry of Defence": named as "Foreign Ministry",
    // "Defence Ministry" are, so that the two spellings are one body.
    if (b >= a + 3 && (words_[a].lower == "ministry" || words_[a].lower == "department") && words_[a + 1].lower == "of") {
      std::string name;
      for (std::size_t k = a + 2; k < b; ++k) {
        const std::string_view w = words_[k].lower;
        if (!in(kPortfolios, w) || (k == a + 2 && w == "affairs")) return {};
        if (w == "affairs" && k + 1 == b && words_[k - 1].lower == "foreign") break;
        name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w.front()))));
        name.append(w, 1).push_back(' ');
      }
      const std::string head = words_[a].lower == "ministry" ? "Ministry" : "Department";
      return name + head + " of " + country;
    }
    const std::string_view head = words_[b - 1].lower;
    if (!in(kBodyHeads, head)) return {};
    std::string name;
    for (std::size_t k = a; k < b; ++k) {
      const std::string_view w = words_[k].lower;
      if (k + 1 < b && !in(kPortfolios, w)) return {};
      if (k == a && w == "affairs") return {};
      name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w.front()))));
      name.append(w, 1).push_back(' ');
    }
    if (head == "office" && !(b == a + 2 && (words_[a].lower == "foreign" || words_[a].lower == "home"))) return {};
    return name + "of " + country;
  }

  /// "Kenya's foreign ministry", "the Russian Foreign Ministry", "Chad's Foreign Office":
  /// one government body mention from the country to the head, named "Foreign Ministry of
  /// Kenya", since "foreign ministry" alone would be every country's.
  void governmentBodies(std::size_t first) {
    std::vector<std::size_t> wordOfToken;
    if (words_.empty()) return;
    const std::uint32_t base = words_.front().tokBegin;
    wordOfToken.assign(words_.back().tokEnd - base, words_.size());
    for (std::size_t k = 0; k < words_.size(); ++k)
      for (auto t = words_[k].tokBegin; t < words_[k].tokEnd; ++t) wordOfToken[t - base] = k;
    for (std::size_t i = first; i < found_.size(); ++i) {
      Mention& m = found_[i];
      // A country's body, or a territory's or city's: "the Gaza health ministry".
      const bool territory = (m.cls == Class::City || m.cls == Class::Region) && !m.demonym;
      if ((m.cls != Class::Country && !territory) || m.tokenEnd <= base || m.tokenEnd - base > wordOfToken.size()) continue;
      const std::size_t last = wordOfToken[m.tokenEnd - 1 - base];
      if (last >= words_.size() || words_[last].span.end != m.span.end) continue;
      std::size_t j = last + 1;
      if (!m.demonym) {
        const bool possessive = j < words_.size() && (words_[j].text == "'s" || words_[j].text == "\xE2\x80\x99s");
        if (possessive) ++j;
        else if (!territory) continue;
      }
      std::string country = territory ? (m.canonical.empty() ? std::string(doc_.slice(m.span)) : m.canonical) : countryOf(m);
      // "Beijing's foreign ministry", "the Kyiv defence ministry": a capital stands for its state.
      if (territory && m.cls == Class::City) {
        for (const auto& p : gaz_.lookup(doc_.slice(m.span))) {
          if (p.cls != Class::City || !p.capital) continue;
          country = stateOfCapital(p).value_or(country);
          break;
        }
      }
      for (std::size_t e = std::min(words_.size(), j + 4); e >= j + 2; --e) {
        const std::string name = bodyName(j, e, country);
        if (name.empty()) continue;
        // A capitalized "Foreign Ministry" found as a name of its own becomes part of this one.
        const std::uint32_t endByte = words_[e - 1].span.end;
        found_.erase(std::remove_if(found_.begin() + static_cast<std::ptrdiff_t>(i) + 1, found_.end(),
                                    [&](const Mention& x) { return x.span.begin > m.span.end && x.span.begin < endByte; }),
                     found_.end());
        m.span.end = endByte;
        m.tokenEnd = words_[e - 1].tokEnd;
        m.cls = Class::GovernmentBody;
        m.demonym = false;
        m.confidence = 0.8;
        m.canonical = name;
        break;
      }
    }
  }

  // ---- helpers over word ranges ----

  /// The recognizer's entity kind when it tags all of [a, b) as one name ("PER", "ORG", "LOC",
  /// "EVENT"), else "".
  std::string nerKind(std::size_t a, std::size_t b) const {
    const std::string& first = doc_.tokens[words_[a].tokBegin].ner;
    if (first.size() < 3 || first[0] != 'B') return {};
    const std::string kind = first.substr(2);
    for (std::size_t k = a; k < b; ++k) {
      for (auto t = words_[k].tokBegin; t < words_[k].tokEnd; ++t) {
        if (k == a && t == words_[k].tokBegin) continue;
        if (doc_.tokens[t].ner != "I-" + kind) return {};
      }
    }
    return kind;
  }

  /// A common noun at word `k` that makes the name before it a news outlet.
  bool mediaNounAt(std::size_t k) const {
    if (k >= words_.size()) return false;
    // Not "daily": "strikes hit Kharkiv daily" is an adverb after a place.
    const std::string_view w = words_[k].lower;
    if (w == "news") return k + 1 < words_.size() && (words_[k + 1].lower == "agency" || words_[k + 1].lower == "channel");
    return in(kMediaNouns, w);
  }

  /// Words right before `a` that name a source of news: "according to", "quoted by",
  /// "reported by", "published in", "told".
  /// A lowercase noun of a kind of outlet right before a: "the broadcaster", "the radio
  /// station", "the daily", "the news agency".
  bool outletNounBefore(std::size_t a) const {
    if (a == 0 || words_[a - 1].text != words_[a - 1].lower) return false;
    const std::string_view before = words_[a - 1].lower;
    const std::string_view earlier = a >= 2 ? std::string_view(words_[a - 2].lower) : std::string_view();
    if (before == "station") return earlier == "radio" || earlier == "television" || earlier == "tv";
    if (before == "agency") return earlier == "news";
    return in(kMediaNouns, before) || before == "daily" || before == "weekly";
  }

  bool mediaContext(std::size_t a) const {
    if (a >= 2 && words_[a - 2].lower == "according" && words_[a - 1].lower == "to") return true;
    // "state news agency KCNA", "the broadcaster RTS", "the daily Haaretz".
    if (a >= 1 && words_[a - 1].text == words_[a - 1].lower) {
      const std::string_view before = words_[a - 1].lower;
      if (in(kMediaNouns, before) || before == "agency" || before == "daily" || before == "outlet" || before == "network")
        return true;
    }
    if (a >= 2 && (words_[a - 1].lower == "by" || words_[a - 1].lower == "in") && words_[a - 2].lower == "published")
      return true;
    if (a >= 2 && words_[a - 1].lower == "by") {
      for (std::size_t k = a - 1; k-- > 0 && a - k <= 4;)
        if (in(kReportVerbs, words_[k].lower)) return true;
    }
    return false;
  }

  /// Whether a word of [a, b) (or a part of a hyphenated word) is an armed group's cue. A
  /// group's name after "al-" in the last word of a longer name is an Arabic family name, not
  /// the group: "Abdul-Malik al-Houthi".
  bool armedCueIn(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k) {
      const std::string key = foldKey(words_[k].text);
      std::size_t start = 0;
      std::string_view before;
      while (start < key.size()) {
        auto sp = key.find(' ', start);
        if (sp == std::string::npos) sp = key.size();
        const std::string_view part = std::string_view(key).substr(start, sp - start);
        const bool familyName = k + 1 == b && k > a && (before == "al" || before == "el");
        if (!familyName && gaz_.orgCue(part) == Class::ArmedGroup) return true;
        before = part;
        start = sp + 1;
      }
    }
    return false;
  }

  std::string_view slice(std::size_t a, std::size_t b) const {
    return doc_.text().substr(words_[a].span.begin, words_[b - 1].span.end - words_[a].span.begin);
  }

  /// Places the words [a, b) name, with all-caps words accepted only as countries ("US", "IRAN").
  /// Remembered for the sentence: classifying a run asks for the same words several times.
  const std::vector<Gazetteer::Place>& places(std::size_t a, std::size_t b) const {
    const auto [it, added] = places_.try_emplace({a, b});
    if (!added) return it->second;
    auto& found = it->second;
    found = gaz_.lookup(slice(a, b));
    if (!found.empty() && b - a == 1 && shapeOf(words_[a].text).lower == 0 && found.front().cls != Class::Country)
      found.clear();
    // "Reading the statement, ...": a city named like a word is no city at a sentence start.
    if (!found.empty() && b - a == 1 && words_[a].initial && found.front().commonWord) found.clear();
    return found;
  }

  /// Gazetteer::lookupVariant() for [a, b) where the words before mark a place: a place
  /// preposition ("in", "near", "outside"...), a verb of taking or leaving a place ("seized",
  /// "fled"), "on" after a word for an attack ("strike on"). Not before a possessive ("in Hadi's
  /// office") or a lowercase content word ("near Hamas positions"), nor for a listed group's name.
  std::optional<Gazetteer::Place> variantPlace(std::size_t a, std::size_t b) const {
    if (b - a > 3 || a == 0) return std::nullopt;
    if (b < words_.size() && (words_[b].text == "'s" || words_[b].text == "\xE2\x80\x99s")) return std::nullopt;
    static constexpr std::array<std::string_view, 9> kAttackNouns = {"strike", "strikes",  "attack",  "attacks", "assault",
                                                                     "shelling", "bombardment", "raid", "offensive"};
    // Verbs whose object is a place: "troops entered Mekelle", "residents fled Misrata".
    static constexpr std::array<std::string_view, 14> kPlaceVerbs = {
        "entered", "seized", "captured", "recaptured", "retook", "fled", "shelled",
        "besieged", "bombed", "stormed", "encircled", "liberated", "reached", "evacuated"};
    const std::string_view before = words_[a - 1].lower;
    // Nouns whose "of" names a place: "the siege of El Fasher", "the outskirts of Kharkiv".
    static constexpr std::array<std::string_view, 7> kOfPlace = {"siege", "outskirts", "fall", "capture", "recapture",
                                                                 "residents", "control"};
    const bool marked = in(kPlacePrepositions, words_[a - 1].text) ||
                        std::find(kPlaceVerbs.begin(), kPlaceVerbs.end(), before) != kPlaceVerbs.end() ||
                        (before == "on" && a >= 2 && std::find(kAttackNouns.begin(), kAttackNouns.end(), words_[a - 2].lower) != kAttackNouns.end()) ||
                        (before == "of" && a >= 2 && std::find(kOfPlace.begin(), kOfPlace.end(), words_[a - 2].lower) != kOfPlace.end());
    if (!marked) return std::nullopt;
    // "near Hamas positions": a name before a common noun modifies it.
    if (b < words_.size() && !words_[b].text.empty() && std::islower(static_cast<unsigned char>(words_[b].text[0]))) {
      const std::string& tag = doc_.tokens[words_[b].tokBegin].pos;
      if (tag == "NN" || tag == "NNS") return std::nullopt;
    }
    if (gaz_.orgCue(slice(a, b))) return std::nullopt;  // a listed group's name ("Hamas", "Houthi")
    // Another spelling of a town of a country the article names ("Misrata"), or of a large city
    // written much alike ("Odesa"); not a far town of the same consonants ("Biltine" in Chad is
    // not Bolton) nor a far city written otherwise ("Bokkos" in Nigeria is not Bekasi).
    auto variant = gaz_.lookupVariant(slice(a, b));
    if (variant && !countryInArticle(variant->country) &&
        (variant->population < 200000 || !writtenMuchAlike(slice(a, b), variant->canonical)))
      return std::nullopt;
    return variant;
  }

  /// Two spellings of one name that differ little: after a leading Arabic article ("Al ",
  /// "El-"), of about the same length (two letters apart at most) and ending in the same letter,
  /// a final "h" aside ("Odesa"/"Odessa", "Misrata"/"Misratah", "Hodeidah"/"Al Hudaydah").
  static bool writtenMuchAlike(std::string_view a, std::string_view b) {
    const auto core = [](std::string_view s) {
      std::string out = lowerAscii(s);
      for (std::string_view art : {"al-", "al ", "el-", "el ", "ar-", "as-", "ash-", "ad-"})
        if (out.starts_with(art)) {
          out.erase(0, art.size());
          break;
        }
      if (out.size() > 1 && out.back() == 'h') out.pop_back();
      return out;
    };
    const std::string x = core(a), y = core(b);
    if (x.empty() || y.empty() || x.back() != y.back()) return false;
    return (x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) <= 2;
  }

  /// Whether the article names the country of ISO code `code`: by its name, a demonym or its
  /// capital (up to three words, capitalized).
  bool countryInArticle(const std::string& code) const {
    if (!articleCountries_) {
      articleCountries_.emplace();
      const std::string_view text = doc_.text();
      for (std::uint32_t t = 0; t < doc_.tokens.size(); ++t) {
        if (!startsUpper(doc_.tokenText(t))) continue;
        if (const auto c = gaz_.demonymCode(doc_.tokenText(t))) articleCountries_->insert(*c);
        for (std::uint32_t n = 1; n <= 3 && t + n <= doc_.tokens.size(); ++n) {
          const Span span{doc_.tokens[t].span.begin, doc_.tokens[t + n - 1].span.end};
          for (const auto& p : gaz_.lookup(text.substr(span.begin, span.size()))) {
            if (p.cls == Class::Country || (p.cls == Class::City && p.capital)) articleCountries_->insert(p.country);
          }
        }
      }
    }
    return articleCountries_->contains(code);
  }

  bool isCountry(std::size_t a, std::size_t b) const {
    const auto& p = places(a, b);
    return !p.empty() && p.front().cls == Class::Country;
  }

  bool isDemonym(std::size_t k) const {
    if (demonym_[k] == kUnknown) demonym_[k] = gaz_.demonymCode(words_[k].text).has_value() ? 1 : 0;
    return demonym_[k] == 1;
  }

  /// The number of words of the demonym that starts at word k: 1 ("Nigerian"), 2 for the
  /// listed two-word ones ("South African", "Sri Lankan", "New Zealander"), or 0.
  std::size_t demonymLength(std::size_t k) const {
    if (isDemonym(k)) return 1;
    if (k + 1 < words_.size() && std::isupper(static_cast<unsigned char>(words_[k].text.front())) &&
        gaz_.demonymCode(slice(k, k + 2)).has_value())
      return 2;
    return 0;
  }

  /// gaz_.matchTitle() at word k, remembered for the sentence.
  std::size_t titleAt(std::size_t k) const {
    if (k >= titleLen_.size()) return 0;
    if (titleLen_[k] < 0) {
      titleLen_[k] = static_cast<std::ptrdiff_t>(gaz_.matchTitle(texts_, k));
      // "Presidents Vladimir Putin and Volodymyr Zelensky": a capitalized title in the plural
      // before a name.
      const std::string_view w = texts_[k];
      if (titleLen_[k] == 0 && w.size() > 4 && w.back() == 's' && startsUpper(w) && k + 1 < texts_.size() &&
          startsUpper(texts_[k + 1])) {
        std::vector<std::string_view> one{w.substr(0, w.size() - 1)};
        if (gaz_.matchTitle(one, 0) == 1) titleLen_[k] = 1;
      }
    }
    return static_cast<std::size_t>(titleLen_[k]);
  }

  /// Title words ending right before `a` (lowercase ones: "spokesman Yahya Saree").
  bool titleBefore(std::size_t a) const {
    for (std::size_t j = a >= 6 ? a - 6 : 0; j < a; ++j) {
      if (titleAt(j) == a - j) return true;
    }
    return false;
  }

  /// An organization the article named before whose first word is `word` ("Amnesty
  /// International" for "Amnesty"): only a name of two words whose second is an organization's
  /// head word ("International", "Corp."), only when one such name starts with the word, and not
  /// for a word that reads as an adjective ("Republican", "Kurdish").
  const Mention* organizationStartingWith(std::string_view word) const {
    const std::string lower = lowerAscii(word);
    if (readsAsAdjective(lower) || lower.ends_with("an") || lower.ends_with("ish") || lower.ends_with("ese")) return nullptr;
    const Mention* found = nullptr;
    for (const Mention& m : found_) {
      if (!onto::isA(m.cls, Class::Organization) || m.demonym) continue;
      const std::string_view name = doc_.slice(m.span);
      if (name.size() <= word.size() + 1 || !name.starts_with(word) || name[word.size()] != ' ') continue;
      const std::string_view rest = name.substr(word.size() + 1);
      const auto cue = gaz_.orgCue(rest);
      if (rest.find(' ') != std::string_view::npos || !cue || !onto::isA(*cue, Class::Organization)) continue;
      if (found && doc_.slice(found->span) != name) return nullptr;
      found = &m;
    }
    return found;
  }

  /// The class a common noun for a body right before word `a` gives the unknown name at a: "the
  /// naval mission Aspides", "the coalition Zorvat" an organization; "the rebel group Zorvat" an
  /// armed group.
  std::optional<Class> bodyNounBefore(std::size_t a) const {
    if (a < 2) return std::nullopt;
    static constexpr std::string_view kBodies[] = {"mission", "operation", "agency", "bloc", "alliance", "coalition",
                                                   "group", "militia", "movement", "organisation", "organization",
                                                   "gang", "faction", "federation"};
    static constexpr std::string_view kArmed[] = {"rebel", "militant", "armed", "jihadist", "insurgent",
                                                  "paramilitary", "extremist", "islamist", "separatist", "gang"};
    // "a gang coalition known as X", "an armed group called X".
    std::size_t n = a - 1;
    if (words_[n].lower == "called" || words_[n].lower == "named" || words_[n].lower == "dubbed") {
      --n;
    } else if (a >= 3 && words_[n].lower == "as" && words_[n - 1].lower == "known") {
      n -= 2;
    }
    const Word& noun = words_[n];
    if (noun.text != noun.lower || !in(kBodies, noun.lower)) return std::nullopt;
    if (noun.lower == "militia" || noun.lower == "gang" || (n > 0 && in(kArmed, words_[n - 1].lower)))
      return Class::ArmedGroup;
    return Class::Organization;
  }

  /// The class a common noun at word `b` gives the unknown name before it: "X fighters",
  /// "X militants", "X positions" an armed group; "X officials", "X spokesman" an organization.
  /// Only for a proper noun by the tagger that does not read as an adjective ("Sunni
  /// militants", "Western officials", "Islamist fighters" name no group).
  std::optional<Class> groupNounAfter(std::size_t a, std::size_t b) const {
    if (b >= words_.size() || words_[b].text != words_[b].lower) return std::nullopt;
    // The first word a proper noun by the tagger, or a code name ("M23").
    const std::string& pos = doc_.tokens[words_[a].tokBegin].pos;
    if (pos != "NNP" && pos != "NNPS" && !isCodeName(words_[a].text, pos)) return std::nullopt;
    const std::string_view w = words_[a].lower;
    if (readsAsAdjective(words_[b - 1].lower)) return std::nullopt;
    // "ethnic Amhara fighters", "ethnic Tuareg rebels": a people, no group's name.
    if (a > 0 && words_[a - 1].lower == "ethnic") return std::nullopt;
    // "Gang members killed ..." opening a sentence: a word the article also writes in lowercase.
    if (words_[a].initial && b == a + 1 && writtenInLowercase(w)) return std::nullopt;
    // Common nouns capitalized at a sentence's start or in a headline: "Health officials said".
    static constexpr std::string_view kCommonNouns[] = {
        "health",   "hospital",  "security", "government", "police",    "military",  "defense",  "defence",
        "foreign",  "state",     "local",    "senior",     "border",    "election",  "party",    "opposition",
        "prison",   "city",      "county",   "school",     "university", "company",  "industry", "aid",
        "airport",  "port",      "court",    "justice",    "education", "finance",   "trade",    "energy",
        "interior", "transport", "tourism",  "immigration", "customs",  "union",     "church",   "community",
        "village",  "tribal",    "rebel",    "army",       "navy",      "coalition", "intelligence", "administration",
        "camp",     "ministry",  "cabinet",  "regime",     "junta",     "militia",   "province",  "district"};
    if (in(kCommonNouns, w)) return std::nullopt;
    static constexpr std::string_view kGroup[] = {"spokesman", "spokeswoman", "spokesperson", "officials", "official",
                                                  "leader",    "leaders",     "members",      "delegation", "negotiators",
                                                  "movement",  "founder",     "mission",      "group"};
    if (isArmedNoun(words_[b].lower)) return Class::ArmedGroup;
    // "the X rebel alliance", "X jihadist group": an armed group's kind before its group noun.
    static constexpr std::string_view kArmedKinds[] = {"rebel", "militant", "jihadist", "insurgent", "separatist"};
    static constexpr std::string_view kGroupHeads[] = {"group", "alliance", "movement", "coalition", "militia"};
    if (in(kArmedKinds, words_[b].lower) && b + 1 < words_.size() && in(kGroupHeads, words_[b + 1].lower))
      return Class::ArmedGroup;
    if (in(kGroup, words_[b].lower)) return Class::Organization;
    return std::nullopt;
  }

  /// Whether the article writes the word (lowercase ASCII) in lowercase somewhere: a
  /// capitalized first word then is a common word ("Gang members" beside "the gang").
  bool writtenInLowercase(std::string_view lower) const {
    if (!lowercaseWords_) {
      lowercaseWords_.emplace();
      for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
        const std::string_view tok = doc_.tokenText(t);
        if (!tok.empty() && std::islower(static_cast<unsigned char>(tok.front()))) lowercaseWords_->insert(tok);
      }
    }
    return lowercaseWords_->contains(lower);
  }

  /// The canonical name of the listed city that [a, b) names with "City" after it ("Gaza City"),
  /// when the whole is not listed itself ("Mexico City" is).
  std::optional<std::string> cityNamedWithCity(std::size_t a, std::size_t b) const {
    if (b < a + 2 || lowerAscii(words_[b - 1].text) != "city" || !std::isupper(static_cast<unsigned char>(words_[b - 1].text[0])) ||
        !gaz_.lookup(slice(a, b)).empty())
      return std::nullopt;
    const auto found = gaz_.lookup(slice(a, b - 1));
    if (found.empty() || found.front().cls != Class::City) return std::nullopt;
    return found.front().canonical;
  }

  /// An unknown name before "camp" ("refugee camp", "displacement camp") is the camp's place.
  bool campAfter(std::size_t a, std::size_t b) const {
    if (b < words_.size() && (words_[b].lower == "refugee" || words_[b].lower == "displacement" || words_[b].lower == "border")) ++b;
    // ("the disputed Ban Nong Chan area", "the Zorva border area": a named area is a place too.)
    if (b >= words_.size() || (words_[b].text != "camp" && words_[b].text != "area")) return false;
    const std::string& pos = doc_.tokens[words_[a].tokBegin].pos;
    return (pos == "NNP" || pos == "NNPS") && !(words_[a].initial && writtenInLowercase(words_[a].lower));
  }

  /// A one-word organization found somewhere in the article is that organization wherever
  /// else the same word stands and nothing was found: "Hezbollah fired rockets" opening a
  /// sentence, after "Hezbollah fighters" in another.
  void propagateOneWordNames() {
    // Form -> (class, the form found); also the plural: "the Houthis" after "Houthi rebels".
    std::map<std::string, std::pair<Class, std::string>, std::less<>> known;
    for (const auto& m : found_) {
      if (m.tokenEnd == m.tokenBegin + 1 && onto::isA(m.cls, Class::Organization) && !m.demonym && m.canonical.empty()) {
        const std::string form(doc_.slice(m.span));
        known.emplace(form, std::pair{m.cls, std::string()});
        if (!form.ends_with('s') && shapeOf(form).lower > 0) known.emplace(form + "s", std::pair{m.cls, form});
      }
    }
    if (known.empty()) return;
    std::vector<char> covered(doc_.tokens.size(), 0);
    for (const auto& m : found_)
      for (auto t = m.tokenBegin; t < m.tokenEnd && t < covered.size(); ++t) covered[t] = 1;
    for (const auto& s : doc_.sentences) {
      if (s.heading) continue;
      for (auto t = s.tokenBegin; t < s.tokenEnd && t < doc_.tokens.size(); ++t) {
        if (covered[t]) continue;
        const auto it = known.find(doc_.tokenText(t));
        if (it == known.end()) continue;
        Mention m;
        m.span = doc_.tokens[t].span;
        m.tokenBegin = t;
        m.tokenEnd = t + 1;
        m.cls = it->second.first;
        m.canonical = it->second.second;  // the plural names the group the singular does
        m.confidence = 0.55;
        found_.push_back(std::move(m));
      }
    }
  }

  /// True when the word [a, b) is an adjective before a common noun: "urged Western allies",
  /// "told Arab leaders" (no one named).
  bool modifiesNoun(std::size_t a, std::size_t b) const {
    if (b >= words_.size() || b != a + 1) return false;
    const std::string& next = doc_.tokens[words_[b].tokBegin].pos;
    const bool noun = (next == "NN" || next == "NNS") && words_[b].lower == words_[b].text;
    return noun && doc_.tokens[words_[a].tokBegin].pos.starts_with("JJ");
  }

  bool speechNear(std::size_t a, std::size_t b) const {
    return (b < words_.size() && in(kSpeechVerbs, words_[b].lower)) || (a > 0 && in(kSpeechVerbs, words_[a - 1].lower));
  }

  void emit(std::size_t a, std::size_t b, Class cls, double confidence, bool demonym = false, std::string canonical = {}) {
    // "the paramilitary Rapid Support Forces", "the rebel March 23 Movement": an armed group,
    // whatever its head word says ("Forces" alone reads as a state's).
    if ((cls == Class::GovernmentBody || cls == Class::Organization) && a > 0) {
      static constexpr std::array<std::string_view, 7> kArmed = {"paramilitary", "rebel",     "militant", "insurgent",
                                                                 "jihadist",     "separatist", "islamist"};
      if (std::find(kArmed.begin(), kArmed.end(), words_[a - 1].lower) != kArmed.end()) cls = Class::ArmedGroup;
    }
    Mention m;
    m.canonical = std::move(canonical);
    m.span = Span{words_[a].span.begin, words_[b - 1].span.end};
    m.tokenBegin = words_[a].tokBegin;
    m.tokenEnd = words_[b - 1].tokEnd;
    m.cls = cls;
    m.confidence = confidence;
    m.demonym = demonym;
    found_.push_back(m);
    if (cls == Class::Person) {
      for (std::size_t k = a; k < b; ++k)
        if (!in(kNameParticles, words_[k].text)) personWords_.insert(foldKey(words_[k].text));
      if (b - a >= 2) surnames_.insert(foldKey(words_[b - 1].text));
    }
  }

  void emitPlace(std::size_t a, std::size_t b, const Gazetteer::Place& p) {
    double conf = 0.7;
    if (p.cls == Class::Country) conf = 0.95;
    else if (p.cls == Class::City && (p.capital || p.population >= 100000)) conf = 0.85;
    else if (p.cls == Class::Region) conf = 0.8;
    // "COX'S BAZAR —" in a dateline: named as the text names it elsewhere, "Cox's Bazar".
    const bool capitals = std::all_of(words_.begin() + static_cast<long>(a), words_.begin() + static_cast<long>(b),
                                      [](const Word& w) { return shapeOf(w.text).lower == 0; });
    // (A country keeps its listed name: "US" is the United States.)
    const bool retitle = capitals && p.cls != Class::Country && slice(a, b).size() >= 4;
    emit(a, b, p.cls, conf, false, retitle ? titleCasedCapitals(slice(a, b)) : std::string());
  }

  /// "Korval" for "KORVAL", "Cox's Bazar" for "COX'S BAZAR" (ASCII letters only).
  static std::string titleCasedCapitals(std::string_view text) {
    std::string name(text);
    bool start = true;
    for (char& c : name) {
      if (std::isalpha(static_cast<unsigned char>(c)) && !start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = !std::isalpha(static_cast<unsigned char>(c)) && c != '\'';
    }
    return name;
  }

  /// The countries in front of a hyphenated adjective: "Iran-backed", "US-Russia-brokered".
  void emitAdjectivePrefix(std::size_t k) {
    const auto dash = words_[k].text.rfind('-');
    if (emitCompound(k, dash, true)) return;
    // "Hamas-led militants", "Houthi-held areas": a name nobody lists before a participle of
    // leading or backing is a group (a person named in the article, or a title, is not).
    static constexpr std::string_view kLedBy[] = {"led",        "backed", "linked",  "run", "controlled",
                                                  "affiliated", "allied", "aligned", "held"};
    const std::string_view text = words_[k].text;
    if (dash == std::string_view::npos || dash == 0 || !in(kLedBy, lowerAscii(text.substr(dash + 1)))) return;
    const std::string_view name = text.substr(0, dash);
    const Shape sh = shapeOf(name);
    if ((name.find('-') != std::string_view::npos && !isArabicArticleName(name)) || sh.digits > 0 || name.size() < 3)
      return;
    if (sh.other > 0 && !isArabicArticleName(name)) return;
    // "Islamic State-linked insurgents": capitalized words right before belong to the name,
    // even opening a sentence, where the tagger may read "Islamic" as an adjective.
    std::size_t s = k;
    while (s > 0 && k - s < 3) {
      const Word& w = words_[s - 1];
      const std::string key = foldKey(w.text);
      if (!startsUpper(w.text) || shapeOf(w.text).lower == 0 || w.text.find('-') != std::string_view::npos ||
          isStopword(key) || key == "the" || in(kNonEntity, key) || gaz_.isNonEntity(w.text) ||
          gaz_.isTitleWord(w.text) || gaz_.demonymCode(w.text) || !gaz_.lookup(w.text).empty())
        break;
      --s;
    }
    // "al Qaeda-linked": the lowercase article of a listed name written apart.
    if (s > 0 && (words_[s - 1].text == "al" || words_[s - 1].text == "el") &&
        gaz_.cueIsName(std::string(words_[s - 1].text) + " " + std::string(doc_.slice(Span{words_[s].span.begin, words_[k].span.begin + static_cast<std::uint32_t>(name.size())}))))
      --s;
    // "Islamist-led", "Kurdish-led": an adjective names no group; but "Islamic State-led" does.
    if (s == k && (readsAsAdjective(lowerAscii(name)) || lowerAscii(name).ends_with("ish"))) return;
    if (s == k && (personWords_.contains(foldKey(name)) || gaz_.isTitleWord(name) || !gaz_.lookup(name).empty() ||
                   in(kNonEntity, foldKey(name)) || gaz_.isNonEntity(name)))
      return;
    Mention m;
    m.span = Span{words_[s].span.begin, words_[k].span.begin + static_cast<std::uint32_t>(name.size())};
    m.tokenBegin = words_[s].tokBegin;
    m.tokenEnd = words_[k].tokEnd;
    m.cls = k + 1 < words_.size() && isArmedNoun(words_[k + 1].lower) ? Class::ArmedGroup : Class::Organization;
    m.confidence = 0.55;
    // A listed name keeps its class: "al-Qaeda-linked group".
    if (const auto listed = gaz_.listedName(doc_.slice(m.span))) {
      m.cls = *listed;
      m.confidence = 0.8;
    }
    if (s < k) {
      // What the words before were taken for alone ("Islamic" as a person) is part of this name.
      found_.erase(std::remove_if(found_.begin(), found_.end(),
                                  [&](const Mention& f) { return f.span.begin >= m.span.begin && f.span.end <= m.span.end; }),
                   found_.end());
    }
    found_.push_back(m);
  }

  /// "Chad-Sudan", "Sudanese-Chadian": one mention per country part of the first
  /// `len` bytes of word k (all of it by default).
  bool emitCompound(std::size_t k, std::size_t len = std::string_view::npos, bool single = false) {
    const Word& w = words_[k];
    const std::string_view text = w.text.substr(0, len);
    if (!single && text.find('-') == std::string_view::npos) return false;
    struct Part {
      std::uint32_t begin, end;
      Class cls;
      bool demonym;
    };
    std::vector<Part> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
      auto dash = text.find('-', start);
      if (dash == std::string_view::npos) dash = text.size();
      const auto part = text.substr(start, dash - start);
      if (part.empty()) return false;
      const auto p = gaz_.lookup(part);
      const auto b = w.span.begin + static_cast<std::uint32_t>(start);
      if (!p.empty() && p.front().cls == Class::Country) parts.push_back({b, b + static_cast<std::uint32_t>(part.size()), Class::Country, false});
      else if (gaz_.demonymCode(part)) parts.push_back({b, b + static_cast<std::uint32_t>(part.size()), Class::Country, true});
      // "the Belgrade-Pristina dialogue": capitals standing for their states.
      else if (!single && !p.empty() && p.front().cls == Class::City && p.front().capital)
        parts.push_back({b, b + static_cast<std::uint32_t>(part.size()), Class::City, false});
      else return false;
      start = dash + 1;
    }
    if (parts.size() < (single ? 1u : 2u)) return false;
    for (const auto& p : parts) {
      Mention m;
      m.span = Span{p.begin, p.end};
      m.tokenBegin = w.tokBegin;
      m.tokenEnd = w.tokEnd;
      m.cls = p.cls;
      m.confidence = p.demonym ? 0.85 : 0.9;
      m.demonym = p.demonym;
      found_.push_back(m);
    }
    return true;
  }

  bool isCompoundOfCountries(std::size_t a, std::size_t b) const {
    if (b - a != 1 || words_[a].text.find('-') == std::string_view::npos) return false;
    std::string_view t = words_[a].text;
    while (!t.empty()) {
      const auto dash = t.find('-');
      const auto part = t.substr(0, dash);
      const auto p = gaz_.lookup(part);
      if (!(!p.empty() && p.front().cls == Class::Country) && !gaz_.demonymCode(part)) return false;
      if (dash == std::string_view::npos) break;
      t.remove_prefix(dash + 1);
    }
    return true;
  }

  // ---- classification ----

  void processRun(std::size_t a, std::size_t b) {
    if (a >= b) return;
    // "and" joins two names unless the whole is one ("Bosnia and Herzegovina") or an
    // organization's name ("Ministry of Peace and Security").
    for (std::size_t k = a + 1; k + 1 < b; ++k) {
      if (words_[k].text != "and") continue;
      bool keep = !places(a, b).empty();
      if (!keep && words_[k + 1].text != "the" && b - (k + 1) <= 2 && places(k + 1, b).empty() &&
          !gaz_.cueIsName(slice(k + 1, b))) {
        for (std::size_t m = a; m < k && !keep; ++m) keep = words_[m].text == "of" || words_[m].text == "for";
      }
      // "Community of Latin American and Caribbean States": a demonym before "and" after "of"
      // names no one; it qualifies what follows.
      if (!keep && b - (k + 1) <= 3 && (isDemonym(k - 1) || (k >= a + 2 && demonymLength(k - 2) == 2))) {
        for (std::size_t m = a; m + 1 < k && !keep; ++m) keep = words_[m].text == "of" || words_[m].text == "for";
      }
      // "Justice and Development Party", "Freedom and Justice Party": words joined before a
      // party's, a front's or a movement's head word are one name.
      static constexpr std::string_view kPartyHeads[] = {"Party", "Front", "Movement", "Alliance"};
      if (!keep && k - a <= 3 && b - (k + 1) == 2 && in(kPartyHeads, words_[b - 1].text) && words_[k + 1].text != "the" &&
          places(a, k).empty() && nerKind(a, k) != "PER") {
        bool plain = true;
        for (std::size_t m = a; m < k && plain; ++m)
          plain = !gaz_.orgCue(words_[m].text) && demonymLength(m) == 0 && !isCountry(m, m + 1) && !personWords_.contains(foldKey(words_[m].text));
        keep = plain && !gaz_.orgCue(words_[k + 1].text);
      }
      if (!keep) {
        processRun(a, k);
        processRun(k + 1, b);
        return;
      }
    }
    while (a < b && (words_[a].text == "The" || isConnector(a)) && places(a, b).empty()) ++a;
    if (a >= b) return;

    if (heading_) {
      headingRun(a, b);
      return;
    }

    // "X border", "X crossing": the border or crossing point named after a place; a country
    // stays a country ("the Chad border").
    const bool countryLike = isCountry(a, b) || (b - a <= 2 && demonymLength(a) == b - a) || isCompoundOfCountries(a, b);
    if (b < words_.size() && !countryLike) {
      const std::string_view next = words_[b].lower;
      if ((next == "border" || next == "crossing" || next == "frontier") && words_[b].text == next) {
        std::size_t e = b + 1;
        if (e < words_.size() && (words_[e].text == "crossing" || words_[e].text == "post" || words_[e].text == "point")) ++e;
        if (!titleBefore(a) && titleAt(a) == 0) {
          emit(a, e, Class::Border, 0.7);
          return;
        }
      }
      if (in(kRegionHeads, next) && words_[b].text == next && titleAt(a) == 0 &&
          (!places(a, b).empty() || !suffixCue(a, b).first)) {
        emit(a, b, Class::Region, places(a, b).empty() ? 0.7 : 0.85);
        return;
      }
    }
    if (quotedTitle(a, b)) return;
    // "his Somali counterpart Hassan X": a word before a name that makes it a person without
    // being a post (kept out of the title list, which the recognizer's features read).
    const bool counterpart = a > 0 && (words_[a - 1].lower == "counterpart" || words_[a - 1].lower == "counterparts");
    classify(a, b, titleBefore(a) || counterpart, false);
  }

  /// The run [a, b) lies in the title of a plan or an operation in quotation marks (see
  /// inQuotedTitle()).
  bool quotedTitle(std::size_t a, std::size_t b) const {
    return inQuotedTitle(doc_, words_[a].tokBegin, words_[b - 1].tokEnd);
  }

  /// Title-case headings: only what the lists know, longest first.
  void headingRun(std::size_t a, std::size_t b) {
    // "Published in Dawn, November 8th, 2025": the outlet's line under an article.
    if (a >= 2 && (words_[a - 1].lower == "in" || words_[a - 1].lower == "by") && words_[a - 2].lower == "published" &&
        places(a, b).empty()) {
      emit(a, b, Class::MediaOutlet, 0.6);
      return;
    }
    if (b == a + 1 && isWebName(words_[a].text)) {
      emit(a, b, Class::MediaOutlet, 0.7);
      return;
    }
    std::size_t k = a;
    while (k < b) {
      std::size_t len = 0;
      for (std::size_t n = std::min<std::size_t>(4, b - k); n >= 1 && len == 0; --n) {
        const auto& p = places(k, k + n);
        if (!p.empty()) {
          emitPlace(k, k + n, p.front());
          len = n;
        } else if (const auto cue = gaz_.orgCue(slice(k, k + n)); cue && gaz_.cueIsName(slice(k, k + n))) {
          emit(k, k + n, *cue, 0.8);
          len = n;
        } else if (n <= 2 && demonymLength(k) == n) {
          emit(k, k + n, Class::Country, 0.85, true);
          len = n;
        } else if (n == 1 && emitCompound(k)) {
          len = 1;
        } else if (n == 1 && isAcronym(words_[k].text) && !gaz_.orgCue(words_[k].text) && !gaz_.isTitleWord(words_[k].text)) {
          emit(k, k + 1, Class::Organization, 0.55);
          len = 1;
        }
      }
      k += std::max<std::size_t>(len, 1);
    }
  }

  /// When every word of [a, b) belongs to a listed place or is a demonym, emits those.
  bool emitIfListed(std::size_t a, std::size_t b) {
    struct Part {
      std::size_t a, b;
      std::optional<Gazetteer::Place> place;
    };
    std::vector<Part> parts;
    for (std::size_t k = a; k < b;) {
      std::size_t len = 0;
      for (std::size_t n = std::min<std::size_t>(4, b - k); n >= 1 && len == 0; --n) {
        if (const auto& p = places(k, k + n); !p.empty()) {
          parts.push_back({k, k + n, p.front()});
          len = n;
        } else if (n <= 2 && demonymLength(k) == n) {
          parts.push_back({k, k + n, std::nullopt});
          len = n;
        }
      }
      if (len == 0) return false;
      k += len;
    }
    if (parts.empty()) return false;
    for (const auto& p : parts) {
      if (p.place) emitPlace(p.a, p.b, *p.place);
      else emit(p.a, p.b, Class::Country, 0.85, true);
    }
    return true;
  }

  /// The class a head word at the end of [a, b) gives, and how many words it has.
  std::pair<std::optional<Class>, std::size_t> suffixCue(std::size_t a, std::size_t b) const {
    for (std::size_t n = std::min(gaz_.maxCueWords(), b - a); n >= 1; --n) {
      if (const auto cls = gaz_.orgCue(slice(b - n, b))) return {cls, n};
    }
    return {std::nullopt, 0};
  }

  void classify(std::size_t a, std::size_t b, bool titled, bool afterOf) {
    // Connectors left in front after a title was taken off: "President of Chad".
    while (a < b && (isConnector(a) || words_[a].text == "The") && places(a, b).empty()) {
      afterOf = afterOf || words_[a].text == "of";
      ++a;
    }
    if (a >= b) return;
    // "UN High Commissioner for Refugees Filippo Grandi": the plural noun that ends the title's
    // brief is no part of the name.
    if (titled && b - a >= 3 && a > 0 && words_[a - 1].lower == "for" &&
        doc_.tokens[words_[a].tokBegin].pos == "NNPS") {
      classify(a + 1, b, titled, afterOf);
      return;
    }
    const std::size_t len = b - a;
    if (regionalAdjective(a, b)) return;
    // "he wrote on Truth Social", "posted on Telegram": the platform written on.
    if (a >= 2 && words_[a - 1].lower == "on" &&
        (words_[a - 2].lower == "wrote" || words_[a - 2].lower == "posted" || words_[a - 2].lower == "tweeted") &&
        places(a, b).empty() && !(b < words_.size() && std::isdigit(static_cast<unsigned char>(words_[b].text.front())))) {
      emit(a, b, Class::MediaOutlet, 0.6);
      return;
    }
    // "on Independence Day", "Ukraine's Victory Day", "since International Women's Day": a day of
    // the year names no one (a person called Day is named without such a word before).
    static constexpr std::string_view kBeforeDay[] = {"on", "'s", "’s", "the", "of", "for", "since", "before",
                                                      "after", "during", "until", "ahead"};
    if (len >= 2 && words_[b - 1].text == "Day" && a > 0 && in(kBeforeDay, words_[a - 1].lower) &&
        gaz_.lookup(slice(a, b)).empty())
      return;
    // "the Saudi Maternity Hospital", "Hamad International Airport", "Evin Prison": a named
    // building or site is a place (where an attack or a meeting can be).
    static constexpr std::string_view kFacilities[] = {"Hospital", "Airport", "Prison", "Stadium", "Mosque",
                                                       "Cathedral", "Airbase", "Refinery", "Hotel"};
    if (len >= 2 && !titled && in(kFacilities, words_[b - 1].text) && gaz_.lookup(slice(a, b)).empty()) {
      emit(a, b, Class::Place, 0.7);
      return;
    }

    // 0a. A dateline: "CAIRO, Feb. 12 —", "KHARTOUM, March 4 (Reuters) -": a place in capitals
    //     at the start of a sentence, before a comma, under its listed name.
    //     Also "WASHINGTON (AP) —", "BEIRUT —" and names of two or three words ("PORT SUDAN, Sudan").
    // "ISLAMABAD:" too, at the start of an article's first sentence, for a listed place only
    // ("BREAKING:", "UPDATE:" are no towns).
    const bool colon = b < words_.size() && words_[b].text == ":";
    const auto datelineEnd = [&](std::string_view t) {
      return t == "," || t == "(" || isDash(t) ||
             (t == ":" && a == 0 && doc_.sentenceAt(words_[a].span.begin) <= 3 && !gaz_.lookup(slice(a, b)).empty());
    };
    if (len <= 3 && words_[a].initial && b < words_.size() && datelineEnd(words_[b].text) &&
        slice(a, b).size() >= 3 && std::all_of(words_.begin() + a, words_.begin() + b, [](const Word& w) { return shapeOf(w.text).lower == 0; })) {
      if (const auto found = gaz_.lookup(slice(a, b)); !found.empty()) {
        emit(a, b, found.front().cls, 0.8, false, found.front().canonical);
        return;
      }
      if (slice(a, b).find('/') != std::string_view::npos) return;  // "NEW DELHI/ISLAMABAD": two places, no name
      // A town nobody lists, opening the article: "KORVAL, May 14 -".
      if (!colon && a == 0 && doc_.sentenceAt(words_[a].span.begin) == 0 && !titled && !cityNamedWithCity(a, b)) {
        if (const auto variant = gaz_.lookupVariant(slice(a, b))) {
          emit(a, b, variant->cls, 0.6, false, variant->canonical);
          return;
        }
        // "UNITED NATIONS (AP) —": a listed body's name is the body, not a town.
        if (gaz_.cueIsName(slice(a, b))) {
          if (const auto cls = gaz_.orgCue(slice(a, b))) {
            emit(a, b, *cls, 0.6, false, titleCasedCapitals(slice(a, b)));
            return;
          }
        }
        // Named as the text names it elsewhere: "Korval", not "KORVAL" (ASCII letters only).
        emit(a, b, Class::City, 0.5, false, titleCasedCapitals(slice(a, b)));
        return;
      }
    }
    // 0b. The agency of a dateline: "MUSCAT, May 14 (Gulf Wire) -", "(Sahel Monitor) —"; an
    //     outlet named alone in brackets before the dash that opens the story.
    // After a title and a byline too, when a date or a place in capitals comes before the
    // bracket: "DUBAI, July 7 (Gulf Wire) —".
    const auto afterDateline = [&] {
      if (a < 2) return false;
      const std::string_view x = words_[a - 2].text;
      const bool day = !x.empty() && x.size() <= 2 && std::isdigit(static_cast<unsigned char>(x.front()));
      bool caps = x.size() >= 3;
      for (const char c : x) caps = caps && !std::islower(static_cast<unsigned char>(c));
      return (day || caps) && doc_.sentenceAt(words_[a].span.begin) <= 3;
    };
    if (a > 0 && words_[a - 1].text == "(" && b + 1 < words_.size() && words_[b].text == ")" &&
        isDash(words_[b + 1].text) && !titled && (doc_.sentenceAt(words_[a].span.begin) == 0 || afterDateline())) {
      const auto found = gaz_.lookup(slice(a, b));
      if (found.empty() || found.front().cls != Class::Country) {
        emit(a, b, Class::MediaOutlet, 0.7);
        return;
      }
    }
    // 0c. An outlet named after its kind, whatever the lists say: "the radio station Canela",
    //     "the daily Liberation", "the news agency Xinhua" (all also towns).
    if (!titled && outletNounBefore(a)) {
      const auto found = places(a, b);
      if (!found.empty() && found.front().cls != Class::Country) {
        emit(a, b, Class::MediaOutlet, 0.7);
        return;
      }
    }
    // "Rakhine State", "Delta State": a listed subdivision's name with "State" after it is the
    // subdivision ("Islamic State" is no place).
    if (len >= 2 && words_[b - 1].text == "State") {
      for (const auto& p : places(a, b - 1)) {
        if (p.cls != Class::Region) continue;
        emit(a, b - 1, Class::Region, 0.85, false, p.canonical);
        return;
      }
    }
    // "Gaza City", "GAZA CITY": a listed city's name with "City" after it is the city.
    if (const auto city = cityNamedWithCity(a, b)) {
      emit(a, b, Class::City, 0.8, false, *city);
      return;
    }
    // 0. A name before a media noun: "Al Arabiya television", "told Dawn newspaper", "the
    //    Xinhua news agency" (also a town's name); a country's name stays the country ("Sudan TV").
    if (!titled && mediaNounAt(b) && (places(a, b).empty() || places(a, b).front().cls != Class::Country)) {
      emit(a, b, Class::MediaOutlet, 0.7);
      return;
    }
    // 1. The whole run is a listed place; but the surname of a person named in full before in
    //    the article is that person when the place is only a town ("Reda said" after "Getachew
    //    Reda"), unless a preposition of place stands before it.
    // A demonym that is also a region's name, before a common noun: "a Somali military official".
    // Also before a title: "Somali President X".
    if (len == 1 && isDemonym(a) && b < words_.size() && (words_[b].text == words_[b].lower || titleAt(b) > 0) &&
        !places(a, b).empty() && places(a, b).front().cls == Class::Region) {
      emit(a, b, Class::Country, 0.85, true);
      return;
    }
    if (const auto& p = places(a, b); !p.empty() && (!titled || afterOf || p.front().cls == Class::Country)) {
      if (len == 1 && p.front().cls == Class::City && !p.front().capital && p.front().population < 100000 &&
          surnames_.contains(foldKey(words_[a].text)) && !(a > 0 && in(kPlacePrepositions, words_[a - 1].lower))) {
        emit(a, b, Class::Person, 0.6);
        return;
      }
      // "Fano militiamen", "X insurgents": a small town's name before the members of a group,
      // not after a preposition of place, names the group.
      static constexpr std::string_view kMembers[] = {"militia", "militiamen", "militants", "insurgents", "guerrillas",
                                                      "jihadists"};
      if (len == 1 && p.front().cls == Class::City && !p.front().capital && p.front().population < 100000 &&
          b < words_.size() && in(kMembers, words_[b].text) && !(a > 0 && in(kPlacePrepositions, words_[a - 1].lower))) {
        emit(a, b, Class::ArmedGroup, 0.6);
        return;
      }
      emitPlace(a, b, p.front());
      return;
    }
    // 2. A demonym alone.
    if (len <= 2 && demonymLength(a) == len) {
      emit(a, b, Class::Country, 0.9, true);
      return;
    }
    // 1b. A city in another spelling, where the words before mark a place: "in Odesa", "a
    //     strike on Hodeidah", or a name the recognizer places.
    if (!titled && !afterOf) {
      if (const auto p = variantPlace(a, b)) {
        emit(a, b, p->cls, 0.6, false, p->canonical);
        return;
      }
    }
    // 1c. "the city of El Fasher", "the town of X", "the province of X": the noun says what it is.
    if (!titled && a >= 2 && words_[a - 1].text == "of" && len <= 3) {
      static constexpr std::string_view kTownNouns[] = {"city", "town", "village", "township", "port", "resort"};
      static constexpr std::string_view kRegionNouns[] = {"province", "region", "district", "state", "county"};
      const std::string_view noun = words_[a - 2].lower;
      if (words_[a - 2].text == noun && (in(kTownNouns, noun) || in(kRegionNouns, noun))) {
        emit(a, b, in(kTownNouns, noun) ? Class::City : Class::Region, 0.6);
        return;
      }
    }
    // "the regional capital Mekelle", "the Libyan capital X": a town nobody lists.
    if (!titled && a >= 2 && words_[a - 1].text == "capital" && len <= 3) {
      for (std::size_t k = a - 1; k-- > 0 && a - k <= 4;) {
        if (words_[k].lower == "the" || words_[k].text == "'s" || words_[k].text == "\xE2\x80\x99s") {
          emit(a, b, Class::City, 0.6);
          return;
        }
      }
    }
    if (!titled && len >= 2 && (words_[b - 1].text == "TV" || words_[b - 1].text == "Television") &&
        (places(a, b - 1).empty() || places(a, b - 1).front().cls != Class::Country)) {
      emit(a, b - 1, Class::MediaOutlet, 0.7);  // "Al Arabiya TV": the outlet's name
      return;
    }
    // 2b. A title with its portfolio: "Minister for Information and Broadcasting", "Secretary of
    //     State for Defence Ann Smith". The portfolio names no organization of its own; a name the
    //     recognizer marks as a person may follow. A place or "the" after "of" is the title's
    //     country or organization ("President of Kenya", "Commander of the Rapid Support Forces").
    //     A listed title may hold part of the portfolio: "Minister for Information | and Broadcasting".
    const std::size_t titleLen = titleAt(a);
    if (titleLen >= len) return;  // a title alone names nobody: "Minister for Information and Broadcasting"
    bool portfolioTitle = false;
    for (std::size_t k = a; k < a + titleLen && k < b; ++k) portfolioTitle |= words_[k].text == "for" || words_[k].text == "of";
    if (const std::size_t n = titleLen; n > 0 && a + n + 1 < b &&
                                        (words_[a + n].text == "for" || words_[a + n].text == "of" ||
                                         (portfolioTitle && words_[a + n].text == "and"))) {
      const std::size_t r = a + n + 1;
      bool named = words_[r].text == "the" || isDemonym(r) || isAcronym(words_[r].text) || nerKind(r, r + 1) == "ORG";
      for (std::size_t k = r + 1; k <= std::min(b, r + 4) && !named; ++k) named = !places(r, k).empty() || gaz_.cueIsName(slice(r, k));
      if (!named) {
        for (std::size_t k = r; k < b; ++k) {
          if (doc_.tokens[words_[k].tokBegin].ner == "B-PER") {
            classify(k, b, true, false);
            break;
          }
        }
        return;
      }
    }
    // 2c. A person's name before "of" and the body they belong to: "Ahmed Hassan of the Sudan
    //     Liberation Movement" is two names, whatever cue the second holds.
    for (std::size_t k = a + 2; k + 1 < b; ++k) {
      if (words_[k].text != "of") continue;
      // "US Secretary of State Antony Blinken": the "of" inside a title splits nothing.
      bool inTitle = false;
      for (std::size_t j = a; j < k && !inTitle; ++j) inTitle = j + titleAt(j) > k;
      if (!inTitle && nerKind(a, k) == "PER" && !suffixCue(a, k).first && places(a, k).empty()) {
        classify(a, k, titled, afterOf);
        classify(k + 1, b, false, true);
        return;
      }
      break;
    }
    // 3. A head word at the end: "Interior Ministry", "Chad Army", "Swat Valley", "Green Line".
    // (A natural feature's head word types only a name without "on", "at" or "in": "Philippines
    // on X Island" is two names.)
    const auto [cueCls, cueLen] = suffixCue(a, b);
    bool joined = false;
    for (std::size_t k = a; k < b && cueCls == Class::Place; ++k) {
      const std::string_view l = words_[k].lower;
      joined |= l == "on" || l == "at" || l == "in" || l == "and";
    }
    // A listed name ending a titled person's name is the surname: "Foreign Minister Therese
    // Kayikwamba Wagner", not the Wagner group.
    bool surname = false;
    if (cueCls && cueLen == 1 && cueLen < len && gaz_.cueIsName(slice(b - cueLen, b))) {
      bool titleBefore = false;
      for (std::size_t k = a; k < b - cueLen && !titleBefore; ++k) {
        if (isConnector(k)) break;  // "General Assembly of the United Nations"
        titleBefore = titleAt(k) > 0;
      }
      surname = titled || titleBefore;
    }
    if (const auto [cls, n] = std::pair{cueCls, cueLen}; cls && !joined && !surname) {
      const std::string_view cue = slice(b - n, b);
      if (n == len) {
        if (gaz_.cueIsName(cue)) emit(a, b, *cls, 0.85);
        return;  // a head word alone is a common noun: "the Ministry", "Police"
      }
      if (onto::isA(*cls, Class::Place) && armedGroupBranch(a, b - n)) {
        emit(a, b, Class::ArmedGroup, 0.8);
        return;
      }
      if (*cls == Class::Region && n == 1 && in(kAdminHeads, words_[b - 1].lower)) {
        // "Internal Security Operations Command Region 4": a body's area, named by the body.
        if (const auto body = suffixCue(a, b - 1); body.first && body.second < b - 1 - a && !onto::isA(*body.first, Class::Place)) {
          emit(a, b - 1, *body.first, 0.7);
          return;
        }
        emit(a, b - 1, Class::Region, places(a, b - 1).empty() ? 0.7 : 0.85);
        return;
      }
      Class c = *cls;
      if (c == Class::GovernmentBody && len >= 3) {
        // "Russian Foreign Ministry", "Chad Foreign Office": the body of that country.
        // "Gaza Health Ministry": a territory's or city's, named as "the Gaza health ministry" is.
        std::string country;
        std::size_t bodyStart = a + 1;
        if (isDemonym(a)) {
          country = gaz_.demonymCountry(words_[a].text).value_or("");
        } else {
          for (std::size_t k = a + 1; k + 2 <= b && k <= a + 3 && country.empty(); ++k) {
            const auto& p = places(a, k);
            if (p.empty()) continue;
            if (p.front().cls == Class::Country || (k + 2 == b || k + 3 == b)) {
              country = p.front().canonical;
              // "Kyiv Defence Ministry": a capital stands for its state.
              country = stateOfCapital(p.front()).value_or(country);
              bodyStart = k;
            }
          }
        }
        if (auto name = bodyName(bodyStart, b, country); !name.empty()) {
          emit(a, b, c, 0.85, false, std::move(name));
          return;
        }
      }
      c = stateArmy(a, b, c);
      emit(a, b, c, c == Class::Border || onto::isA(c, Class::Event) ? 0.7 : 0.8);
      return;
    }
    // 4. A head word in front: "Ministry of Defence", "Bank of England", "Green Line of Cyprus".
    if (len >= 3 && (words_[a + 1].text == "of" || words_[a + 1].text == "for" || words_[a + 1].text == "on")) {
      if (const auto cls = gaz_.orgCue(words_[a].text)) {
        emit(a, b, *cls, 0.8);
        return;
      }
    }
    // 4b. A demonym before such a head word: "Syrian Observatory for Human Rights", "Palestinian
    //     Centre for Human Rights" (a state's body, "Afghan Ministry of Defence", is left to 8).
    if (const std::size_t d = demonymLength(a); d > 0 && len >= d + 3 &&
                                               (words_[a + d + 1].text == "of" || words_[a + d + 1].text == "for")) {
      if (const auto cls = gaz_.orgCue(words_[a + d].text); cls && *cls == Class::Organization) {
        emit(a, b, *cls, 0.8);
        return;
      }
    }
    // 5. A leading title: "President Joe Biden", "Army Chief Gen. Asim". After a title, only
    //    honorifics and ranks are taken off, since a name may start like a title ("Sultan", "King").
    // ("General Staff": a body's name that opens with a title's word.)
    if (const std::size_t n = std::min(titleAt(a), len); n > 0 && !(a + n < b && gaz_.cueIsName(slice(a, a + n + 1)))) {
      const auto kind = gaz_.titleKind(slice(a, a + n));
      const bool peel = !titled || n > 1 || words_[a].text.ends_with('.') ||
                        (kind && (*kind == Gazetteer::TitleKind::Honorific || *kind == Gazetteer::TitleKind::Military));
      if (peel) {
        if (n < len) classify(a + n, b, true, false);
        return;
      }
    }
    // 6. A title inside: "Sudanese | Foreign Minister | Ali Yousif", "UN | Secretary-General | ...".
    for (std::size_t k = a + 1; k < b; ++k) {
      const std::size_t n = titleAt(k);
      // "Supreme Court of Justice": a title ending the name after "of" is what the name is of.
      if (n > 0 && k + n == b && isConnector(k - 1)) continue;
      if (n > 0 && k + n <= b) {
        // An honorific inside a person's name is part of it: "President Hassan Sheikh Mohamud".
        if (k + n < b && (titled || nerKind(a, b) == "PER") && !isCountry(a, k) && demonymLength(a) == 0 &&
            gaz_.titleKind(slice(k, k + n)) == Gazetteer::TitleKind::Honorific)
          continue;
        classify(a, k, titled, afterOf);
        if (k + n < b) classify(k + n, b, true, false);
        return;
      }
    }
    // 7. An armed group's cue anywhere: "Hayat Tahrir al-Sham"; but a person's name may hold a
    //    group's ("Abdul Malik al-Houthi").
    if (armedCueIn(a, b) && nerKind(a, b) != "PER") {
      emit(a, b, Class::ArmedGroup, 0.7);
      return;
    }
    // 8. A demonym or place in front: "Sudanese army" was handled by 3; here "Sudanese Ali
    //    Yousif", or the place after "of" in "President of Chad Ruto Ali Zardari".
    if (const std::size_t d = demonymLength(a); d > 0 && len > d) {
      emit(a, a + d, Class::Country, 0.9, true);
      classify(a + d, b, titled, false);
      return;
    }
    // A body after a title and "at/to/for the", then a person's name: "representative at the
    // UN Jane Doe", "Minister of State at the Foreign Ministry Jane Doe". The name is two or three
    // words without a head word, place or title of their own.
    if (a >= 3 && words_[a - 1].lower == "the" && titleBefore(a - 2) &&
        (words_[a - 2].lower == "at" || words_[a - 2].lower == "to" || words_[a - 2].lower == "for")) {
      for (std::size_t c = 1; c + 2 <= len && c <= 4; ++c) {
        const auto [cue, cueWords] = suffixCue(a, a + c);
        if (!gaz_.cueIsName(slice(a, a + c)) && !(cue && cueWords < c)) continue;
        const std::size_t r = a + c;
        if (b - r <= 3 && !suffixCue(r, b).first && places(r, b).empty() && titleAt(r) == 0 && !isAcronym(words_[r].text)) {
          classify(a, r, false, false);
          classify(r, b, true, false);
          return;
        }
      }
    }
    // A country or city before a person's name: "envoy to Syria Tom Barrack".
    for (std::size_t c = std::min<std::size_t>(3, len - 1); c >= 1; --c) {
      const bool city = !places(a, a + c).empty() && places(a, a + c).front().cls == Class::City;
      if ((isCountry(a, a + c) || city || cityNamedWithCity(a, a + c)) && nerKind(a + c, b) == "PER") {
        classify(a, a + c, titled, afterOf);
        classify(a + c, b, true, false);
        return;
      }
    }
    if (afterOf) {
      for (std::size_t k = std::min(b - 1, a + 4); k > a; --k) {
        if (const auto& p = places(a, k); !p.empty()) {
          emitPlace(a, k, p.front());
          classify(k, b, titled, false);
          return;
        }
      }
    }
    // 9. One word.
    if (len == 1) {
      const std::string_view t = words_[a].text;
      if (emitCompound(a)) return;
      if (isWebName(t)) {
        emit(a, b, Class::MediaOutlet, 0.7);
        return;
      }
      // "posted on X": the platform; a lone capital letter is otherwise no name.
      if (t == "X" && a > 0 && words_[a - 1].lower == "on") {
        emit(a, b, Class::MediaOutlet, 0.6);
        return;
      }
      if (isAcronym(t)) {
        // "CAIRO (AP) —": the agency of a dateline.
        const bool agency = a > 0 && words_[a - 1].text == "(" && b + 1 < words_.size() && words_[b].text == ")" &&
                            isDash(words_[b + 1].text);
        if (!gaz_.isTitleWord(t)) emit(a, b, agency || mediaContext(a) ? Class::MediaOutlet : Class::Organization, 0.6);
        return;
      }
      // "the SPLM-IO said", "SPLM-IO officials", "the AFC/M23 rebel alliance": a party's or a
      // group's wing or an alliance, when the article does not read it as places ("US-UK") and
      // the words around it make it an actor.
      if (isJoinedAcronym(t) && gaz_.lookup(t).empty()) {
        if (const auto group = groupNounAfter(a, b)) emit(a, b, *group, 0.55);
        else if (speechNear(a, b)) emit(a, b, Class::Organization, 0.55);
        return;
      }
      const Shape sh = shapeOf(t);
      // "M23 rebels", "the M23 spokesman": letters and digits before a group noun.
      if (sh.digits > 0 && sh.upper > 0 && sh.lower == 0 && sh.other == 0) {
        if (const auto group = groupNounAfter(a, b)) emit(a, b, *group, 0.6);
        return;
      }
      if (sh.lower == 0 || sh.digits > 0 || sh.other > 0) return;
      // "Amnesty" after "Amnesty International": the first word of an organization's name the
      // article gave in full before.
      if (const Mention* org = organizationStartingWith(t); org && !titled && !modifiesNoun(a, b) &&
                                                            !(b < words_.size() && words_[b].text == words_[b].lower &&
                                                              doc_.tokens[words_[b].tokBegin].pos.starts_with("NN"))) {
        emit(a, b, org->cls, 0.6, false, std::string(doc_.slice(org->span)));
        return;
      }
      if (const auto body = bodyNounBefore(a); body && !titled) {
        emit(a, b, *body, 0.6);  // "the EU's naval mission Aspides", "the rebel group Zorvat"
      } else if (titled) {
        emit(a, b, Class::Person, 0.65);
      } else if (personWords_.contains(foldKey(t))) {
        emit(a, b, Class::Person, 0.6);  // a part of a person's name seen before: "Ruto said"
      } else if (mediaContext(a) || (a > 0 && words_[a - 1].lower == "told" && nerKind(a, b) != "PER")) {
        emit(a, b, Class::MediaOutlet, 0.6);  // "according to Anadolu", "quoted by Tolonews"
      } else if (const auto group = groupNounAfter(a, b)) {
        emit(a, b, *group, 0.6);  // "Hezbollah fighters", "Hamas officials", even opening a sentence
      } else if (campAfter(a, b)) {
        emit(a, b, Class::Place, 0.5);  // "the Zamzam camp"
      } else if (const auto described = groupDescribedAfter(b); described && nerKind(a, b) != "LOC") {
        emit(a, b, *described, 0.6);  // "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,"
      } else if (claimsResponsibilityAfter(b)) {
        emit(a, b, Class::ArmedGroup, 0.55);  // "Jamaat-ul-Ahrar claimed responsibility"
      } else if (words_[a].initial) {
        return;  // "Officials said": a capitalized first word is too often a common word
      } else if (speechNear(a, b) && !modifiesNoun(a, b)) {
        emit(a, b, Class::Person, 0.5);
      } else if (a > 0 && in(kLocatives, words_[a - 1].text)) {
        emit(a, b, Class::City, 0.5);
      } else if (a > 0 && in(kPlacePrepositions, words_[a - 1].text) && nerKind(a, b) == "LOC") {
        emit(a, b, Class::Place, 0.5);
      }
      return;
    }
    // 10. Several words with "of", "for", "on", "the" or "and" in them: a head word before the
    //     first ("Federal Bureau of Statistics") or a place after "of" ("Islamic Courts of
    //     Somalia") makes one organization; otherwise they join two names ("Iran on Syria").
    for (std::size_t k = a + 1; k + 1 < b; ++k) {
      const std::string_view t = words_[k].text;
      if (t != "of" && t != "for" && t != "on" && t != "the" && t != "and") continue;
      if (const auto [cls, n] = suffixCue(a, k); cls && t != "and") {
        // "Federal Bureau of Statistics", "Institute for War and Peace"; "Revolutionary Armed Forces
        // of Colombia" is no state's army.
        emit(a, b, stateArmy(a, k, *cls), 0.75);
      } else if (t == "of" && !places(k + 1, b).empty()) {
        emit(a, b, Class::Organization, 0.5);
      } else {
        classify(a, k, titled, afterOf);
        classify(k + 1, b, false, t == "of");
      }
      return;
    }
    // 11. Listed names side by side ("Chad Sudan"), maybe after a capitalized first
    //     word ("Considering Chad"); a demonym at the end ("... Ruto Kenyan").
    // After a title, words that are only towns' names name a person: "Rear Admiral Roy Vincent
    // Trinidad"; a country or demonym still counts ("Foreign Minister | Chad").
    bool townsOnly = titled && len >= 2;
    for (std::size_t k = a; k < b && townsOnly; ++k) {
      const auto& p = places(k, k + 1);
      townsOnly = !p.empty() && p.front().cls == Class::City && !p.front().capital && demonymLength(k) == 0;
    }
    if (!townsOnly && emitIfListed(a, b)) return;
    // Not when the recognizer takes the whole run for a person's name: "Getachew Reda, a
    // spokesman ..." opens a sentence with a given name, and "Reda" is also a town.
    if (words_[a].initial && !titled && nerKind(a, b) != "PER" && emitIfListed(a + 1, b)) return;
    if (len >= 3 && isDemonym(b - 1)) {
      classify(a, b - 1, titled, afterOf);
      emit(b - 1, b, Class::Country, 0.85, true);
      return;
    }
    // 12. Several words: a person's name, or else some organization.
    bool personShape = len <= 6;
    int content = 0;
    for (std::size_t k = a; k < b && personShape; ++k) {
      const std::string_view t = words_[k].text;
      if (in(kNameParticles, t)) continue;
      const Shape sh = shapeOf(t);
      // Two initials written together open a titled person's name: "Vice President JD Vance".
      const bool initials = k == a && k + 1 < b && t.size() == 2 && sh.upper == 2 && (titled || nerKind(a, b) == "PER");
      const bool initial = (sh.upper == 1 && sh.lower == 0 && t.size() <= 2) || initials;
      const bool word = (startsUpper(t) || isArabicArticleName(t)) && sh.lower > 0 && sh.digits == 0 && sh.other == 0;
      // A regnal number after a name: "King Abdullah II", "Pope Leo XIV".
      if (k + 1 == b && k > a && isRomanNumeral(t) && t.size() <= 5 && (titled || nerKind(a, b) == "PER")) {
        ++content;
        continue;
      }
      personShape = initial || word;
      ++content;
    }
    // No person's name starts with a country or demonym, or has a head word in it ("Peace Talks"),
    // unless the recognizer reads the whole as a person's name: "Defence Minister Israel Katz".
    const bool countryFirst = isCountry(a, a + 1) || demonymLength(a) > 0 || isCompoundOfCountries(a, a + 1);
    personShape = personShape && content >= 2 && content <= 4 && (!countryFirst || (nerKind(a, b) == "PER" && titled));
    // (A listed name may be a titled person's surname: "Therese Kayikwamba Wagner".)
    for (std::size_t k = a; k < b && personShape; ++k)
      personShape = !gaz_.orgCue(words_[k].text) ||
                    (k > a && gaz_.cueIsName(words_[k].text) && titled);
    if (personShape) {
      const std::string ner = nerKind(a, b);
      // "the disputed Nong Chan area", "the Abu Shouk camp": a place, whatever the recognizer
      // says, after "the" (and an adjective).
      const auto adjective = [&](std::size_t k) {
        const std::string& pos = doc_.tokens[words_[k].tokBegin].pos;
        return pos == "JJ" || pos.starts_with("VBN");
      };
      if (!titled && ner == "PER" && campAfter(a, b) && a > 0 &&
          (words_[a - 1].lower == "the" || (a > 1 && words_[a - 2].lower == "the" && adjective(a - 1)))) {
        emit(a, b, Class::Place, 0.5);
        return;
      }
      // "the Gran Grif gang", "Arakan Rohingya fighters": a group's name before a group noun.
      if (!titled && ner != "PER") {
        if (const auto group = groupNounAfter(a, b)) {
          emit(a, b, *group, 0.6);
          return;
        }
        if (campAfter(a, b)) {
          emit(a, b, Class::Place, 0.5);  // "the Abu Shouk camp"
          return;
        }
      }
      // "the rebel group Zorvat Kamau", "a gang coalition known as Viv Ansanm": a body's name.
      if (const auto body = bodyNounBefore(a); body && !titled && ner != "LOC") {
        emit(a, b, *body, 0.6);
        return;
      }
      // "Tren de Aragua, a Venezuelan gang the administration ...": a name described as a group.
      if (const auto group = groupDescribedAfter(b); group && !titled && ner != "LOC") {
        emit(a, b, *group, 0.6);
        return;
      }
      // Nor a plural article of Spanish, Portuguese, French or Italian: "Los Choneros", "Las
      // Tunas", "Les Républicains" are groups or places.
      if (!titled && isPluralArticle(words_[a].text)) {
        emit(a, b, ner == "LOC" ? Class::Place : Class::Organization, 0.55);
        return;
      }
      const bool sure = titled || speechNear(a, b);
      if (!titled && a > 0 &&
          (words_[a - 1].lower == "the" || ((words_[a - 1].lower == "a" || words_[a - 1].lower == "an") && ner != "PER"))) {
        // People take no article: "the Majlis Shura", "the Islamic Courts" are bodies or
        // places, "a National Day speech" a name of something else; what the recognizer does
        // not place is left out.
        if (ner == "LOC") emit(a, b, Class::Place, 0.5);
        else if (ner == "ORG") emit(a, b, Class::Organization, 0.55);
        return;
      }
      const bool possessive = b < words_.size() && (words_[b].text == "'s" || words_[b].text == "\xE2\x80\x99s");
      if (!sure && a > 0 && in(kPlacePrepositions, words_[a - 1].text) && content <= 3 && !possessive)
        emit(a, b, Class::City, 0.5);  // "in Ras Kamboni", "around Tal Afar"
      else if (!sure && ner == "LOC")
        emit(a, b, Class::Place, 0.5);
      else if (!sure && mediaContext(a) && ner == "ORG")
        emit(a, b, Class::MediaOutlet, 0.6);
      else
        emit(a, b, Class::Person, sure ? 0.75 : 0.6);
      return;
    }
    for (std::size_t k = a; k < b; ++k) {
      const Shape sh = shapeOf(words_[k].text);
      if (sh.lower == 0 && sh.upper > 6) return;  // shouted words, not a name
    }
    // A named event followed by a headline's verb: "Peace Talks Collapse", "Ceasefire Holds".
    for (std::size_t k = b - 1; k > a; --k) {
      if (const auto [cls, n] = suffixCue(a, k); cls && onto::isA(*cls, Class::Event) && n < k - a) {
        emit(a, k, *cls, 0.7);
        return;
      }
    }
    // A natural feature's head word in front: "River Ouse" (with "of", case 4: "Strait of Hormuz").
    if (const auto cue = gaz_.orgCue(words_[a].text); cue == Class::Place && len >= 2) {
      emit(a, b, *cue, 0.6);
      return;
    }
    // A name the recognizer places, with such a head word inside: "Red River Delta".
    for (std::size_t k = a; k < b; ++k) {
      if (gaz_.orgCue(words_[k].text) == Class::Place && nerKind(a, b) == "LOC") {
        emit(a, b, Class::Place, 0.5);
        return;
      }
    }
    emit(a, b, Class::Organization, 0.5);
  }

  void finish() {
    // A name the article writes as a group once ("the Gran Mal gang, led by X,") is that group
    // where it stands alone and was read as a person ("designated Gran Mal a terrorist group").
    std::map<std::string_view, Class, std::less<>> groupForms;
    for (const auto& m : found_)
      if (onto::isA(m.cls, Class::Organization) && !m.demonym && m.canonical.empty() && !m.span.empty())
        groupForms.emplace(doc_.slice(m.span), m.cls);
    // So is a listed town's name that the article writes as an armed group ("the Fano militia")
    // when it names no country the town lies in (a militia named after a town of the war keeps
    // the town: "clashes in Zintan" beside "the Zintan militia").
    const auto foreignTown = [&](std::string_view form) {
      const auto found = gaz_.lookup(form);
      return !found.empty() && std::all_of(found.begin(), found.end(), [&](const Gazetteer::Place& p) {
        return p.cls == Class::City && !p.capital && p.population < 200000 && !countryInArticle(p.country);
      });
    };
    if (!groupForms.empty()) {
      for (auto& m : found_) {
        if (m.span.empty() || (m.cls != Class::Person && m.cls != Class::City)) continue;
        const auto it = groupForms.find(doc_.slice(m.span));
        if (it == groupForms.end()) continue;
        if (m.cls == Class::Person) {
          m.cls = it->second;
        } else if (it->second == Class::ArmedGroup && foreignTown(it->first)) {
          m.cls = it->second;
          m.canonical.clear();
        }
      }
    }
    std::stable_sort(found_.begin(), found_.end(), [](const Mention& x, const Mention& y) {
      return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
    });
    std::uint32_t end = 0;
    for (const auto& m : found_) {
      if (m.span.empty() || m.span.begin < end) continue;
      doc_.mentions.push_back(m);
      end = m.span.end;
    }
  }

  Document& doc_;
  const Gazetteer& gaz_;
  const std::string lower_;  // lowerAscii(doc_.text()), same byte offsets: Word::lower views it
  std::vector<Word> words_;
  std::vector<std::string_view> texts_;
  static constexpr signed char kUnknown = -1;
  // What the sentence's words were found to be, so that each is asked of the gazetteer once.
  mutable std::vector<signed char> nameWord_;  // per word: isNameWord() once known, else kUnknown
  mutable std::vector<signed char> demonym_;   // per word: isDemonym() once known, else kUnknown
  mutable std::vector<std::ptrdiff_t> titleLen_;  // per word: titleAt() once known, else -1
  mutable std::map<std::pair<std::size_t, std::size_t>, std::vector<Gazetteer::Place>> places_;  // [a, b) -> places()
  bool heading_ = false;
  std::vector<Mention> found_;
  mutable std::optional<std::unordered_set<std::string>> articleInitials_;  // see spelledInArticle()
  mutable std::optional<std::unordered_set<std::string>> articleCountries_;  // see countryInArticle()
  std::vector<std::size_t> forcedEnd_;  // per word: end of a name defined by a bracketed acronym, or 0
  std::unordered_set<std::string> personWords_;  // folded words of the persons found so far
  std::unordered_set<std::string> surnames_;     // folded last words of the full names found so far
  mutable std::optional<std::unordered_set<std::string_view>> lowercaseWords_;  // writtenInLowercase(), on first use
};

}  // namespace

void findMentions(Document& doc, const Gazetteer& gaz) { Finder(doc, gaz).run(); }

}  // namespace ng
