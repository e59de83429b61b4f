#include "graph/Stats.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <set>
#include <unordered_map>

namespace ng {

struct ThingGraphStats::Impl {
  using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;
  explicit Impl(const std::vector<CanonicalEntity>& e) : entities(e), g(e.size()) {}

  const std::vector<CanonicalEntity>& entities;
  std::unordered_map<std::string, std::size_t> vertex;
  Graph g;
  const std::string mentionedIn = onto::iri(onto::Prop::mentionedIn);
  std::map<std::string, std::set<std::size_t>> factLinks;  ///< of the facts seen since endArticle()
};

ThingGraphStats::ThingGraphStats(const std::vector<CanonicalEntity>& entities) : impl_(std::make_unique<Impl>(entities)) {
  for (std::size_t i = 0; i < entities.size(); ++i) impl_->vertex.emplace(entities[i].iri, i);
}

ThingGraphStats::~ThingGraphStats() = default;

void ThingGraphStats::add(const Quad& q) {
  // A fact node links every thing it points to; a direct triple links its two ends.
  Impl& m = *impl_;
  if (q.object.kind != Term::Kind::Iri || q.predicate.value == m.mentionedIn) return;
  const auto o = m.vertex.find(q.object.value);
  if (o == m.vertex.end()) return;
  if (const auto s = m.vertex.find(q.subject.value); s != m.vertex.end()) {
    if (s->second != o->second) boost::add_edge(s->second, o->second, m.g);
  } else {
    m.factLinks[q.subject.value].insert(o->second);
  }
}

void ThingGraphStats::endArticle() {
  Impl& m = *impl_;
  for (const auto& [fact, things] : m.factLinks) {
    for (auto a = things.begin(); a != things.end(); ++a) {
      for (auto b = std::next(a); b != things.end(); ++b) boost::add_edge(*a, *b, m.g);
    }
  }
  m.factLinks.clear();
}

std::map<std::string, std::size_t> ThingGraphStats::finish(GraphStats& stats, std::size_t top) {
  endArticle();
  Impl& m = *impl_;
  const auto& entities = m.entities;
  std::vector<int> comp(entities.size());
  stats.components = entities.empty() ? 0 : static_cast<std::size_t>(boost::connected_components(m.g, comp.data()));

  std::map<std::string, std::size_t> degree;
  std::vector<std::pair<std::size_t, std::size_t>> actors;  // degree, entity
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const auto d = static_cast<std::size_t>(boost::degree(i, m.g));
    degree[entities[i].iri] = d;
    if (onto::isA(entities[i].cls, onto::Class::Actor) && d > 0) actors.emplace_back(d, i);
  }
  std::sort(actors.begin(), actors.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : entities[a.second].iri < entities[b.second].iri;
  });
  stats.topActorsByDegree.clear();
  for (std::size_t k = 0; k < actors.size() && k < top; ++k)
    stats.topActorsByDegree.emplace_back(entities[actors[k].second].iri, actors[k].first);
  return degree;
}

std::map<std::string, std::size_t> computeGraphStats(KnowledgeGraph& kg, std::size_t top) {
  ThingGraphStats stats(kg.entities);
  for (const auto& q : kg.quads) stats.add(q);
  return stats.finish(kg.stats, top);
}

}  // namespace ng
