#include "graph/Stats.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <set>
#include <unordered_map>

namespace ng {

std::map<std::string, std::size_t> computeGraphStats(KnowledgeGraph& kg, std::size_t top) {
  using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS>;
  std::unordered_map<std::string, std::size_t> vertex;
  for (std::size_t i = 0; i < kg.entities.size(); ++i) vertex.emplace(kg.entities[i].iri, i);
  Graph g(kg.entities.size());

  // A fact node links every thing it points to; a direct triple links its two ends.
  const std::string mentionedIn = onto::iri(onto::Prop::mentionedIn);
  std::map<std::string, std::set<std::size_t>> factLinks;
  for (const auto& q : kg.quads) {
    if (q.object.kind != Term::Kind::Iri || q.predicate.value == mentionedIn) continue;
    const auto o = vertex.find(q.object.value);
    if (o == vertex.end()) continue;
    if (const auto s = vertex.find(q.subject.value); s != vertex.end()) {
      if (s->second != o->second) boost::add_edge(s->second, o->second, g);
    } else {
      factLinks[q.subject.value].insert(o->second);
    }
  }
  for (const auto& [fact, things] : factLinks) {
    for (auto a = things.begin(); a != things.end(); ++a) {
      for (auto b = std::next(a); b != things.end(); ++b) boost::add_edge(*a, *b, g);
    }
  }
  std::vector<int> comp(kg.entities.size());
  kg.stats.components = kg.entities.empty() ? 0 : static_cast<std::size_t>(boost::connected_components(g, comp.data()));

  std::map<std::string, std::size_t> degree;
  std::vector<std::pair<std::size_t, std::size_t>> actors;  // degree, entity
  for (std::size_t i = 0; i < kg.entities.size(); ++i) {
    const auto d = static_cast<std::size_t>(boost::degree(i, g));
    degree[kg.entities[i].iri] = d;
    if (onto::isA(kg.entities[i].cls, onto::Class::Actor) && d > 0) actors.emplace_back(d, i);
  }
  std::sort(actors.begin(), actors.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : kg.entities[a.second].iri < kg.entities[b.second].iri;
  });
  kg.stats.topActorsByDegree.clear();
  for (std::size_t k = 0; k < actors.size() && k < top; ++k)
    kg.stats.topActorsByDegree.emplace_back(kg.entities[actors[k].second].iri, actors[k].first);
  return degree;
}

}  // namespace ng
