#include "extract/facts/Actors.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <string_view>
#include <utility>

#include "extract/TextNorm.h"

namespace ng {

using onto::Class;

namespace {

/// A word for a state's own body that a text may name without its state ("the army said").
bool isStateBodyWord(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kBodies = {"army", "military", "government", "police",
                                                              "authorities", "navy", "junta"};
  return std::find(kBodies.begin(), kBodies.end(), w) != kBodies.end();
}

}  // namespace

bool isStateBodyModifier(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kModifiers = {"ruling", "military", "transitional",
                                                                 "interim", "federal", "central"};
  return std::find(kModifiers.begin(), kModifiers.end(), w) != kModifiers.end();
}

ActorResolver::ActorResolver(FactSink& sink, const Gazetteer& gaz)
    : sink_(sink), gaz_(gaz), mentionOfToken_(sink.doc().tokens.size(), -1) {
  const Document& doc = sink.doc();
  byFirstToken_.reserve(doc.mentions.size());
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    for (auto t = doc.mentions[m].tokenBegin; t < doc.mentions[m].tokenEnd && t < mentionOfToken_.size(); ++t)
      mentionOfToken_[t] = static_cast<int>(m);
    byFirstToken_.emplace_back(doc.mentions[m].tokenBegin, static_cast<int>(m));
  }
  std::sort(byFirstToken_.begin(), byFirstToken_.end());
}

int ActorResolver::mentionAtToken(std::uint32_t t) const {
  return t < mentionOfToken_.size() ? mentionOfToken_[t] : -1;
}

std::vector<int> ActorResolver::mentionsIn(std::uint32_t b, std::uint32_t e) const {
  std::vector<int> out;
  auto it = std::lower_bound(byFirstToken_.begin(), byFirstToken_.end(), std::make_pair(b, std::numeric_limits<int>::min()));
  for (; it != byFirstToken_.end() && it->first < e; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end());  // index order, which is text order for the finder's mentions
  return out;
}

std::optional<std::uint32_t> ActorResolver::actorOfMention(int mention, bool asGovernment) {
  const Document& doc = sink_.doc();
  if (mention < 0 || static_cast<std::size_t>(mention) >= doc.mentions.size()) return std::nullopt;
  const Mention& m = doc.mentions[static_cast<std::size_t>(mention)];
  if (m.entity < 0) return std::nullopt;
  const Class cls = doc.entities[static_cast<std::size_t>(m.entity)].cls;
  if (onto::isA(cls, Class::Actor)) return sink_.entityNode(m.entity);
  if (onto::isA(cls, Class::Place) && asGovernment) {
    for (const auto& p : gaz_.lookup(doc.slice(m.span))) {
      if (p.cls == Class::City && p.capital) {
        if (auto name = gaz_.countryName(p.country)) return sink_.countryNode(*name);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::uint32_t> ActorResolver::firstActorIn(std::uint32_t b, std::uint32_t e, bool asGovernment) {
  for (int m : mentionsIn(b, e)) {
    if (auto a = actorOfMention(m, asGovernment)) return a;
  }
  return std::nullopt;
}

std::vector<std::uint32_t> ActorResolver::actorsIn(std::uint32_t b, std::uint32_t e, bool asGovernment) {
  std::vector<std::uint32_t> out;
  for (int m : mentionsIn(b, e)) {
    if (auto a = actorOfMention(m, asGovernment); a && std::find(out.begin(), out.end(), *a) == out.end())
      out.push_back(*a);
  }
  return out;
}

std::optional<std::uint32_t> ActorResolver::homeCountry() {
  if (home_) return *home_;
  home_.emplace(std::nullopt);
  const Document& doc = sink_.doc();
  // The country a mention names or lies in ("" when none).
  const auto countryOf = [&](const Mention& m) -> std::string {
    if (m.entity < 0) return {};
    const auto& e = doc.entities[static_cast<std::size_t>(m.entity)];
    if (e.cls == Class::Country) return e.name;
    if (!onto::isA(e.cls, Class::Place)) return {};
    for (const auto& p : placesNamed(m)) {
      if (p.cls == Class::Country || p.country.empty()) continue;
      if (auto name = gaz_.countryName(p.country)) return *name;
    }
    return {};
  };
  // The dateline: the first mention of the first sentence that is no heading, at its start,
  // before a comma, a bracket, a dash or a colon.
  std::string home;
  for (const auto& s : doc.sentences) {
    if (s.heading) continue;
    const auto it = std::lower_bound(byFirstToken_.begin(), byFirstToken_.end(),
                                     std::make_pair(s.tokenBegin, std::numeric_limits<int>::min()));
    if (it == byFirstToken_.end() || it->first != s.tokenBegin) break;
    const Mention& m = doc.mentions[static_cast<std::size_t>(it->second)];
    if (m.tokenEnd >= s.tokenEnd) break;
    const std::string_view next = doc.tokenText(m.tokenEnd);
    if (next == "," || next == "(" || next == ":" || next == "-" || next == "\u2014" || next == "\u2013")
      home = countryOf(m);
    break;
  }
  if (home.empty()) return std::nullopt;
  std::map<std::string, int> count;
  for (const auto& m : doc.mentions)
    if (std::string c = countryOf(m); !c.empty()) ++count[c];
  for (const auto& [name, n] : count)
    if (name != home && n > count[home]) return std::nullopt;  // a tie goes to the dateline
  home_.emplace(sink_.countryNode(home));
  return *home_;
}

std::vector<Gazetteer::Place> ActorResolver::placesNamed(const Mention& m) const {
  return gaz_.lookup(m.canonical.empty() ? sink_.doc().slice(m.span) : std::string_view(m.canonical));
}

bool ActorResolver::placeOutside(int mention, std::uint32_t country) const {
  const Document& doc = sink_.doc();
  const Mention& m = doc.mentions[static_cast<std::size_t>(mention)];
  if (m.entity < 0) return false;
  const auto& e = doc.entities[static_cast<std::size_t>(m.entity)];
  if (e.cls == Class::Country || !onto::isA(e.cls, Class::Place)) return false;
  const std::string& home = sink_.graph().nodes[country].label;
  bool known = false;
  for (const auto& p : placesNamed(m)) {
    if (p.cls == Class::Country || p.country.empty()) continue;
    const auto name = gaz_.countryName(p.country);
    if (!name) continue;
    if (*name == home) return false;
    known = true;
  }
  return known;
}

std::optional<std::uint32_t> ActorResolver::unnamedStateBody(std::uint32_t t, std::uint32_t& end) {
  const Document& doc = sink_.doc();
  const auto word = [&](std::uint32_t k) { return k < doc.tokens.size() ? lowerAscii(doc.tokenText(k)) : std::string(); };
  std::uint32_t k = t;
  if (word(k) == "the") ++k;
  // "the ruling junta", "the military government", "the federal government", "the ruling
  // military junta": up to two modifiers before the body's word.
  const auto modifier = [&](std::uint32_t u) { return isStateBodyModifier(word(u)) && mentionAtToken(u) < 0; };
  for (int n = 0; n < 2 && modifier(k) && (isStateBodyWord(word(k + 1)) || modifier(k + 1)) &&
                  !(word(k) == "military" && !isStateBodyWord(word(k + 1)));
       ++n)
    ++k;
  static constexpr std::array<std::string_view, 7> kPortfolios = {"health", "defence", "defense", "interior",
                                                                  "foreign", "information", "security"};
  const std::string w = word(k);
  if (mentionAtToken(k) >= 0) return std::nullopt;
  if (isStateBodyWord(w)) {
    end = k + 1;
  } else if (std::find(kPortfolios.begin(), kPortfolios.end(), w) != kPortfolios.end() && word(k + 1) == "ministry") {
    end = k + 2;
  } else {
    return std::nullopt;
  }
  // "the police officer", "the government forces", "the army chief": another noun's modifier.
  if (end < doc.tokens.size() && doc.tokens[end].pos.starts_with("NN")) return std::nullopt;
  return stateOfBody(w, end == k + 2, k);
}

std::optional<std::uint32_t> ActorResolver::stateOfBody(std::string_view body, bool ministry, std::uint32_t before) {
  const Document& doc = sink_.doc();
  // "army", "military" and "junta" are one body; a ministry is keyed by its portfolio.
  const auto keyOf = [](std::string_view w, bool isMinistry) {
    if (isMinistry) return std::string(w) + " ministry";
    if (w == "military" || w == "junta") return std::string("army");
    return std::string(w);
  };
  // Once per article: every body named with its country ("Sudan's army", "the Myanmar military",
  // "Kenya's health ministry"), in text order.
  if (!ownedBodies_) {
    ownedBodies_.emplace();
    std::string prev;
    for (std::uint32_t u = 1; u < doc.tokens.size(); ++u) {
      std::string x = lowerAscii(doc.tokenText(u));
      const bool isMinistry = x == "ministry";
      if (!isMinistry && !isStateBodyWord(x)) {
        prev = std::move(x);
        continue;
      }
      std::uint32_t owner = isMinistry ? u - 1 : u;  // the word before the body's name
      if (owner > 0 && (doc.tokenText(owner - 1) == "'s" || doc.tokenText(owner - 1) == "\u2019s")) --owner;
      if (owner > 0) {
        const int m = mentionAtToken(owner - 1);
        if (m >= 0) {
          const auto& mention = doc.mentions[static_cast<std::size_t>(m)];
          if (mention.entity >= 0 && doc.entities[static_cast<std::size_t>(mention.entity)].cls == Class::Country)
            ownedBodies_->push_back({u, keyOf(isMinistry ? std::string_view(prev) : std::string_view(x), isMinistry),
                                     sink_.entityNode(mention.entity)});
        }
      }
      prev = std::move(x);
    }
  }
  // The nearest before `before`.
  const std::string key = keyOf(body, ministry);
  for (auto it = ownedBodies_->rbegin(); it != ownedBodies_->rend(); ++it)
    if (it->token < before && it->key == key) return it->node;
  return homeCountry();
}

}  // namespace ng
