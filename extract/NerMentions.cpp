#include "extract/NerMentions.h"

#include <algorithm>
#include <cctype>

#include "extract/Segmenter.h"

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

bool connector(std::string_view w) {
  return w == "of" || w == "the" || w == "for" || w == "and" || w == "de" || w == "al" || w == "bin" || w == "in" ||
         w == "on" || w == "&" || w == "-";
}

}  // namespace

std::vector<Mention> mentionsFromNer(const Document& doc, const Gazetteer& gaz) {
  std::vector<Mention> out;
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
      const std::string kind = tag.substr(2);
      std::uint32_t e = t + 1;
      while (e < s.tokenEnd && doc.tokens[e].ner == "I-" + kind) ++e;
      std::uint32_t b = t;
      t = e;
      // Trim a leading article and trailing possessives or punctuation.
      while (b < e && (doc.tokenText(b) == "the" || doc.tokenText(b) == "The" || isPunctuation(doc.tokenText(b)))) ++b;
      while (e > b && (isPunctuation(doc.tokenText(e - 1)) || doc.tokenText(e - 1) == "'s" ||
                       doc.tokenText(e - 1) == "\u2019s"))
        --e;
      if (b >= e) continue;
      // Titles alone are not names ("Foreign Minister"); leading titles are not part of a name.
      std::vector<std::string_view> words;
      for (auto k = b; k < e; ++k) words.push_back(doc.tokenText(k));
      if (kind == "PER") {
        const auto title = gaz.matchTitle(words, 0);
        b += static_cast<std::uint32_t>(title);
        if (b >= e) continue;
      } else if (gaz.matchTitle(words, 0) == words.size()) {
        continue;
      }
      const Span span{doc.tokens[b].span.begin, doc.tokens[e - 1].span.end};
      const std::string_view text = doc.slice(span);
      if (gaz.isNonEntity(text)) continue;
      // A name is capitalized word by word (connectors aside) and ends in a capitalized word; a
      // single word opening the sentence may just be a capitalized common word.
      bool shaped = capitalized(doc.tokenText(b)) && capitalized(doc.tokenText(e - 1));
      for (auto k = b; k < e && shaped; ++k) shaped = capitalized(doc.tokenText(k)) || connector(doc.tokenText(k));
      if (!shaped) continue;
      if (e - b == 1 && b == s.tokenBegin && gaz.lookup(text).empty()) continue;
      Mention m;
      m.span = span;
      m.tokenBegin = b;
      m.tokenEnd = e;
      m.cls = typeFor(doc, gaz, kind, b, e, text);
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

}  // namespace ng
