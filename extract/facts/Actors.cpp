#include "extract/facts/Actors.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace ng {

using onto::Class;

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

}  // namespace ng
