#include "extract/NerMentions.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extract/Segmenter.h"
#include "extract/TextNorm.h"

namespace ng {

using onto::Class;

namespace {

Class typeFor(const Document& doc, const Gazetteer& gaz, const std::string& kind, std::uint32_t b, std::uint32_t e,
              std::string_view text) {
  if (kind == "PER") return Class::Person;
  if (kind == "LOC") {
    for (const auto& p : gaz.lookup(text)) return p.cls;
    if (auto c = gaz.orgCue(doc.tokenText(e - 1))) {
      if (onto::isA(*c, Class::Place)) return *c;
    }
    return Class::Place;
  }
  // Head word: the last word, or the word before "of" ("Ministry of Defence").
  std::vector<std::string_view> heads{doc.tokenText(e - 1)};
  for (std::uint32_t t = b; t + 1 < e; ++t) {
    if (doc.tokenText(t + 1) == "of") heads.push_back(doc.tokenText(t));
  }
  for (auto h : heads) {
    if (auto c = gaz.orgCue(h)) {
      if (kind == "EVENT" ? onto::isA(*c, Class::Event) : onto::isA(*c, Class::Organization)) return *c;
      // A natural feature's head word: "Andaman Sea", "River Ouse" are places, whatever the recognizer says.
      if (kind != "EVENT" && *c == Class::Place && h == doc.tokenText(e - 1) && e - b >= 2) return *c;
    }
  }
  if (kind == "EVENT") return Class::Event;
  if (auto c = gaz.orgCue(text); c && onto::isA(*c, Class::Organization)) return *c;
  return Class::Organization;
}

bool capitalized(std::string_view w) {
  const unsigned char c = static_cast<unsigned char>(w.front());
  return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

constexpr std::string_view kSpeechVerbs[] = {"said", "says", "told", "added", "stated", "noted", "warned", "announced",
                                             "confirmed", "denied", "stressed", "urged", "insisted", "wrote", "tweeted",
                                             "posted", "asked", "replied", "claimed", "argued", "declared"};
constexpr std::string_view kPlacePrepositions[] = {"in", "near", "outside", "into", "around", "across", "along"};

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}


/// True when a listed title covers the tokens [b, e) of sentence `s`, alone or with the words
/// before it ("Minister for Information and Broadcasting"): no name inside a title.
bool insideTitle(const Document& doc, const Gazetteer& gaz, const Sentence& s, std::uint32_t b, std::uint32_t e) {
  const std::uint32_t from = b >= s.tokenBegin + 6 ? b - 6 : s.tokenBegin;
  std::vector<std::string_view> words;
  for (auto t = from; t < e; ++t) words.push_back(doc.tokenText(t));
  for (std::uint32_t t = from; t <= b; ++t) {
    if (gaz.matchTitle(words, t - from) >= e - t) return true;
  }
  return false;
}

/// A place mention of `mentions` at token `t` (the finder's).
bool placeAt(const std::vector<Mention>& mentions, std::uint32_t t) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.tokenBegin <= t && t < m.tokenEnd && onto::isA(m.cls, Class::Place) && m.cls != Class::Country;
  });
}

/// What a lone word the recognizer calls a person is, when nothing else says so. A surname
/// shows itself by a title before it, a speech verb next to it, or a full name elsewhere in
/// the article that holds it; a word listed with places ("Adre and Tine") or after "in"
/// is a place; anything else ("via Belt and Road") is left out.
std::optional<Class> loneNameClass(const Document& doc, const Gazetteer& gaz, const Sentence& s, std::uint32_t b,
                                   const std::unordered_set<std::string>& personWords) {
  const std::string_view w = doc.tokenText(b);
  if (personWords.contains(foldKey(w))) return Class::Person;
  if (b + 1 < s.tokenEnd && in(kSpeechVerbs, doc.tokenText(b + 1))) return Class::Person;
  if (b > s.tokenBegin && in(kSpeechVerbs, doc.tokenText(b - 1))) return Class::Person;
  if (b > s.tokenBegin) {
    const std::uint32_t from = b >= s.tokenBegin + 6 ? b - 6 : s.tokenBegin;
    std::vector<std::string_view> words;
    for (auto t = from; t < b; ++t) words.push_back(doc.tokenText(t));
    for (std::size_t k = 0; k < words.size(); ++k)
      if (gaz.matchTitle(words, k) == words.size() - k) return Class::Person;
  }
  const auto joins = [&](std::uint32_t t) {
    return t >= s.tokenBegin && t < s.tokenEnd && (doc.tokenText(t) == "and" || doc.tokenText(t) == "or" || doc.tokenText(t) == ",");
  };
  if ((b + 2 < s.tokenEnd && joins(b + 1) && placeAt(doc.mentions, b + 2)) ||
      (b >= s.tokenBegin + 2 && joins(b - 1) && placeAt(doc.mentions, b - 2)))
    return Class::Place;
  if (b > s.tokenBegin && in(kPlacePrepositions, doc.tokenText(b - 1))) return Class::Place;
  return std::nullopt;
}

/// The initials of the tokens [b, e): a number gives its digits, any other word its first
/// character, upper-cased ("March 23 Movement" -> "M23M").
std::string initialsWithNumbers(const Document& doc, std::uint32_t b, std::uint32_t e) {
  std::string out;
  for (auto k = b; k < e; ++k) {
    const std::string_view w = doc.tokenText(k);
    if (w.empty()) continue;
    if (std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); })) out += w;
    else out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w.front()))));
  }
  return out;
}

/// Where a name the recognizer found at [b, e) starts when an acronym with a number follows it
/// in brackets and spells the capitalized words and numbers just before it too: "the March 23
/// Movement (M23)" with "Movement" found. (The entity finder takes acronyms of letters only.)
std::uint32_t startOfNameWithNumberedAcronym(const Document& doc, const Sentence& s, std::uint32_t b, std::uint32_t e) {
  if (e + 2 >= s.tokenEnd || doc.tokenText(e) != "(" || doc.tokenText(e + 2) != ")") return b;
  const std::string_view acronym = doc.tokenText(e + 1);
  const bool shaped = acronym.size() >= 2 && acronym.size() <= 8 && std::isupper(static_cast<unsigned char>(acronym.front())) &&
                      std::all_of(acronym.begin(), acronym.end(),
                                  [](unsigned char c) { return std::isupper(c) || std::isdigit(c); }) &&
                      std::any_of(acronym.begin(), acronym.end(), [](unsigned char c) { return std::isdigit(c); });
  if (!shaped || initialsWithNumbers(doc, b, e).starts_with(acronym)) return b;
  for (std::uint32_t k = b; k > s.tokenBegin && b - k < 4;) {
    --k;
    const std::string_view w = doc.tokenText(k);
    if (w.empty() || !(std::isupper(static_cast<unsigned char>(w.front())) || std::isdigit(static_cast<unsigned char>(w.front()))))
      break;
    if (initialsWithNumbers(doc, k, e).starts_with(acronym)) return k;
  }
  return b;
}

/// A personal pronoun with a contracted verb ("I'm", "We're", "You'll", "They've", "It's"): no
/// name, though capitalized and unknown to the tagger.
bool pronounContraction(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {"i", "you", "we", "they", "he", "she", "it", "that", "there", "here",
                                                   "what", "who", "let"};
  std::size_t apostrophe = w.find('\'');
  std::size_t after = apostrophe + 1;
  if (const std::size_t curly = w.find("\u2019"); curly != std::string_view::npos && curly < apostrophe) {
    apostrophe = curly;
    after = curly + 3;
  }
  if (apostrophe == std::string_view::npos || apostrophe == 0 || after >= w.size()) return false;
  static constexpr std::string_view kVerbs[] = {"m", "re", "ll", "ve", "d", "s"};
  return in(kPronouns, lowerAscii(w.substr(0, apostrophe))) && in(kVerbs, lowerAscii(w.substr(after)));
}

bool connector(std::string_view w) {
  return w == "of" || w == "the" || w == "for" || w == "and" || w == "de" || w == "al" || w == "bin" || w == "in" ||
         w == "on" || w == "&" || w == "-";
}

}  // namespace

bool inQuotedTitle(const Document& doc, std::uint32_t tokBegin, std::uint32_t tokEnd) {
  const auto isQuote = [&](std::uint32_t t) { return t < doc.tokens.size() && isDoubleQuoteMark(doc.tokenText(t)); };
  const auto capitalized = [&](std::uint32_t t) {
    const auto x = doc.tokenText(t);
    return !x.empty() && std::isupper(static_cast<unsigned char>(x.front()));
  };
  const auto connector = [&](std::uint32_t t) {
    const auto x = doc.tokenText(t);
    return x == "for" || x == "of" || x == "and" || x == "the" || x == "to" || x == "in" || x == "on";
  };
  if (tokBegin >= tokEnd || tokEnd > doc.tokens.size()) return false;
  // Back to the opening quote over capitalized words and connectors, then on to the closing one.
  std::uint32_t open = tokBegin;
  while (open > 0 && tokBegin - open < 12 && !isQuote(open - 1) && (capitalized(open - 1) || connector(open - 1))) --open;
  if (open == 0 || !isQuote(open - 1)) return false;
  bool title = doc.tokenText(open) == "Operation";
  std::uint32_t close = open;
  while (close < doc.tokens.size() && close - open < 14 && !isQuote(close)) {
    const auto x = doc.tokenText(close);
    if (connector(close)) title = true;
    else if (!capitalized(close) && x != "." && x != ",") return false;
    ++close;
  }
  return title && isQuote(close) && close >= tokEnd && close - open >= 2;
}

std::vector<Mention> mentionsFromNer(const Document& doc, const Gazetteer& gaz) {
  std::vector<Mention> out;
  // Words of the full person names found so far, for telling a surname from a lone word.
  std::unordered_set<std::string> personWords;
  const auto addPersonWords = [&](std::string_view name) {
    const auto ws = splitWords(foldKey(name));
    if (ws.size() >= 2)
      for (const auto& w : ws) personWords.insert(w);
  };
  for (const auto& m : doc.mentions)
    if (m.cls == Class::Person) addPersonWords(doc.slice(m.span));
  for (const auto& s : doc.sentences) {
    if (s.heading) continue;
    for (std::uint32_t t = s.tokenBegin; t + 1 < s.tokenEnd; ++t) {
      if (doc.tokens[t].ner != "B-PER" || doc.tokens[t + 1].ner != "I-PER") continue;
      std::uint32_t e = t + 1;
      while (e < s.tokenEnd && doc.tokens[e].ner == "I-PER") ++e;
      addPersonWords(doc.slice(Span{doc.tokens[t].span.begin, doc.tokens[e - 1].span.end}));
    }
  }
  for (const auto& s : doc.sentences) {
    // Headlines are in title case: capitals say nothing there, and the rule-based finder
    // already takes the names the gazetteer knows.
    if (s.heading) continue;
    std::uint32_t t = s.tokenBegin;
    while (t < s.tokenEnd) {
      const std::string& tag = doc.tokens[t].ner;
      if (tag.size() < 3 || tag[0] != 'B') {
        ++t;
        continue;
      }
      std::string kind = tag.substr(2);
      std::uint32_t e = t + 1;
      while (e < s.tokenEnd && doc.tokens[e].ner == "I-" + kind) ++e;
      std::uint32_t b = t;
      t = e;
      // Trim a leading article and trailing possessives or punctuation.
      while (b < e && (doc.tokenText(b) == "the" || doc.tokenText(b) == "The" || isPunctuation(doc.tokenText(b)))) ++b;
      while (e > b && (isPunctuation(doc.tokenText(e - 1)) || doc.tokenText(e - 1) == "'s" ||
                       doc.tokenText(e - 1) == "\u2019s"))
        --e;
      if (b >= e || inQuotedTitle(doc, b, e)) continue;
      if (kind == "ORG") b = startOfNameWithNumberedAcronym(doc, s, b, e);
      // Titles alone are not names ("Foreign Minister"); leading titles are not part of a name.
      std::vector<std::string_view> words;
      for (auto k = b; k < e; ++k) words.push_back(doc.tokenText(k));
      // People take no article: a name of two or more words after "the" that the recognizer
      // typed as a person ("the Majlis Shura") names a body; a single word is left out.
      if (kind == "PER" && b > s.tokenBegin && (doc.tokenText(b - 1) == "the" || doc.tokenText(b - 1) == "The")) {
        if (e - b < 2) continue;
        kind = "ORG";
      }
      // Nor a plural article (isPluralArticle): "Los Choneros" is a group, or a place.
      if (kind == "PER" && e - b >= 2 && isPluralArticle(doc.tokenText(b))) kind = "ORG";
      if (kind == "PER") {
        const auto title = gaz.matchTitle(words, 0);
        b += static_cast<std::uint32_t>(title);
        if (b >= e) continue;
      } else if (gaz.matchTitle(words, 0) == words.size()) {
        continue;
      }
      const Span span{doc.tokens[b].span.begin, doc.tokens[e - 1].span.end};
      const std::string_view text = doc.slice(span);
      if (gaz.isNonEntity(text) || (e - b == 1 && pronounContraction(text))) continue;
      // "NEW DELHI/ISLAMABAD, May 10", "ISLAMABAD/NEW DELHI —": a dateline of two places is no name.
      if (b == s.tokenBegin && text.find('/') != std::string_view::npos && e < s.tokenEnd &&
          (doc.tokenText(e) == "," || isDash(doc.tokenText(e))))
        continue;
      // A name is capitalized word by word (connectors aside) and ends in a capitalized word; a
      // single word opening the sentence may just be a capitalized common word.
      bool shaped = capitalized(doc.tokenText(b)) && capitalized(doc.tokenText(e - 1));
      for (auto k = b; k < e && shaped; ++k) shaped = capitalized(doc.tokenText(k)) || connector(doc.tokenText(k));
      if (!shaped) continue;
      if (e - b == 1 && b == s.tokenBegin && gaz.lookup(text).empty()) continue;
      // A head word alone is a common noun, as for the finder: "Police fired tear gas", "Army
      // officers", "Ministry officials". (An outlet's may be its name, "the Guardian", but not
      // before a common noun: "Press officers".)
      if (const auto cue = e - b == 1 && kind != "PER" ? gaz.orgCue(text) : std::nullopt; cue && !gaz.cueIsName(text)) {
        const bool beforeNoun = e < s.tokenEnd && (doc.tokens[e].pos == "NN" || doc.tokens[e].pos == "NNS") &&
                                std::islower(static_cast<unsigned char>(doc.tokenText(e).front()));
        if (*cue != Class::MediaOutlet || beforeNoun) continue;
      }
      if (kind != "PER" && insideTitle(doc, gaz, s, b, e)) continue;
      Class cls = typeFor(doc, gaz, kind, b, e, text);
      if (kind == "PER" && e - b == 1) {
        const auto lone = loneNameClass(doc, gaz, s, b, personWords);
        if (!lone) continue;
        cls = *lone;
      }
      Mention m;
      m.span = span;
      m.tokenBegin = b;
      m.tokenEnd = e;
      m.cls = cls;
      m.confidence = 0.6;
      out.push_back(std::move(m));
    }
  }
  return out;
}

std::vector<Mention> mergeMentions(std::vector<Mention> primary, const std::vector<Mention>& extra) {
  const auto overlaps = [&](const Mention& x) {
    return std::any_of(primary.begin(), primary.end(), [&](const Mention& p) {
      return x.tokenBegin < p.tokenEnd && p.tokenBegin < x.tokenEnd;
    });
  };
  std::vector<Mention> add;
  for (const auto& m : extra) {
    if (!overlaps(m)) add.push_back(m);
  }
  primary.insert(primary.end(), add.begin(), add.end());
  std::sort(primary.begin(), primary.end(), [](const Mention& a, const Mention& b) { return a.tokenBegin < b.tokenBegin; });
  return primary;
}

namespace {

/// Lowercase nouns of people, groups and what armed groups hold or do, after an organization's
/// acronym ("XYZ fighters", "XYZ positions").
bool isGroupNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "fighters",  "militants", "rebels",   "insurgents", "militia",   "militiamen", "gunmen",    "troops",
      "forces",    "soldiers",  "members",  "supporters", "officials", "official",   "leaders",   "leader",
      "leadership", "delegation", "delegates", "negotiators", "representatives", "staff", "workers", "activists",
      "positions", "strongholds", "bases",  "base",       "attack",    "attacks",    "offensive", "operatives",
      "statement", "spokesman", "spokeswoman", "spokesperson", "commander", "commanders", "movement", "government",
      "officers",  "officer",   "employees", "employee", "agents",     "agent",     "personnel", "staffers",
      "customers", "customer",  "candidate", "candidates", "chairman", "president", "chief",   "head"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

bool allCapitals(std::string_view w) {
  int upper = 0;
  for (unsigned char c : w) {
    if (std::isupper(c)) ++upper;
    else if (c != '.' && c != '-') return false;
  }
  return upper >= 2;
}


}  // namespace

bool acronymOfBodyInApposition(const Document& doc, std::uint32_t t) {
  static constexpr std::string_view kHeads[] = {
      "force",  "forces",    "mission",  "group",      "coalition", "alliance", "agency",  "organization",
      "organisation", "movement", "party", "militia", "front",    "council",  "committee", "bloc",
      "network", "operation", "unit",    "company",   "operator",  "body",     "commission", "authority"};
  if (t < 2 || t + 1 >= doc.tokens.size() || doc.tokenText(t - 1) != "," || doc.tokenText(t + 1) != ",") return false;
  const std::string_view w = doc.tokenText(t);
  if (w.size() < 3 || w.size() > 8 || !std::isupper(static_cast<unsigned char>(w.front())) ||
      !std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isupper(c) || std::isdigit(c); }))
    return false;
  for (std::uint32_t j = t - 1; j > 0 && t - 1 - j < 8; --j) {
    const std::string_view before = doc.tokenText(j - 1);
    if (before == "," || before == "." || before == ";") return false;
    if (in(kHeads, before)) return true;  // lowercase: a capitalized head is a name's word
  }
  return false;
}

void pruneMentions(Document& doc, const Gazetteer& gaz) {
  std::unordered_set<std::string> supported;
  const auto lowercaseAt = [&](std::size_t t) {
    return t < doc.tokens.size() && !doc.tokenText(t).empty() && std::islower(static_cast<unsigned char>(doc.tokenText(t).front()));
  };
  // "KLF political bureau chief X", "XYZ spokesman": a post right after the acronym, maybe after
  // two lowercase words, is one in the group it names.
  const auto postAfter = [&](std::size_t t) {
    std::vector<std::string_view> words;
    for (std::size_t u = t + 1; u < doc.tokens.size() && u <= t + 6; ++u) words.push_back(doc.tokenText(u));
    for (std::size_t k = 0; k < words.size() && k <= 2; ++k) {
      if (!lowercaseAt(t + 1 + k)) break;
      if (gaz.matchTitle(words, k) > 0) return true;
    }
    return false;
  };
  std::unordered_map<std::string_view, int> occurrences;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t)
    if (allCapitals(doc.tokenText(t))) ++occurrences[doc.tokenText(t)];
  // "faces disrupted KPEC extensions": an acronym the article writes once, without an article
  // or possessive before it, modifying a lowercase common noun that names no people, no group and
  // no post (a project, a measure, a product), is no organization for the recognizer's tag there
  // alone ("the XYZ report" may be an organization's).
  const auto modifiesAThing = [&](std::size_t t) {
    static constexpr std::string_view kDeterminers[] = {"the", "The", "a", "an", "this", "that", "its", "their",
                                                        "his", "her", "our", "whose"};
    if (occurrences[doc.tokenText(t)] != 1 || !lowercaseAt(t + 1)) return false;
    if (t > 0 && in(kDeterminers, doc.tokenText(t - 1))) return false;
    const std::string& pos = doc.tokens[t + 1].pos;
    if (pos != "NN" && pos != "NNS") return false;
    const std::string_view next = doc.tokenText(t + 1);
    const std::string_view singular = next.size() > 3 && next.ends_with('s') ? next.substr(0, next.size() - 1) : next;
    return !isGroupNoun(next) && !gaz.orgCue(next) && gaz.matchTitle({next}, 0) == 0 && gaz.matchTitle({singular}, 0) == 0;
  };
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = doc.tokenText(t);
    if (!allCapitals(w)) continue;
    const bool tagged = !doc.tokens[t].ner.empty() && doc.tokens[t].ner != "O" && !modifiesAThing(t);
    const bool bracketed = t > 0 && t + 1 < doc.tokens.size() && doc.tokenText(t - 1) == "(" && doc.tokenText(t + 1) == ")";
    // "the SPLM-IO said": a hyphenated acronym (not initials, "R-G said") as the subject of a
    // verb of saying.
    static constexpr std::string_view kSaid[] = {"said", "says", "told", "denied", "accused", "announced", "claimed"};
    const bool saidAfter = w.size() >= 5 && w.find('-') != std::string_view::npos && t + 1 < doc.tokens.size() && in(kSaid, doc.tokenText(t + 1));
    if (tagged || bracketed || saidAfter || postAfter(t) || acronymOfBodyInApposition(doc, static_cast<std::uint32_t>(t)))
      supported.emplace(w);
  }
  for (const auto& m : doc.mentions) {
    const std::string_view text = doc.slice(m.span);
    if (!allCapitals(text)) supported.insert(capitalInitials(text));
  }
  std::erase_if(doc.mentions, [&](const Mention& m) {
    const std::string_view text = doc.slice(m.span);
    if (m.cls != Class::Organization || m.tokenEnd != m.tokenBegin + 1 || !allCapitals(text)) return false;
    std::string plain;
    for (char c : text)
      if (c != '.') plain.push_back(c);
    return !supported.contains(std::string(text)) && !supported.contains(plain) && !gaz.orgCue(text) &&
           gaz.lookup(text).empty() && !gaz.isNonEntity(text);
  });
}

}  // namespace ng
