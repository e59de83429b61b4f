#include "graph/ResolutionInput.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace ng {

namespace {

std::uint32_t index32(std::size_t n, const char* what) {
  if (n >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error(std::string("entity resolution: over 4 billion ") + what);
  return static_cast<std::uint32_t>(n);
}

}  // namespace

std::uint32_t ResolutionInput::intern(const std::string& s) {
  if (const auto it = nameId_.find(s); it != nameId_.end()) return it->second;
  const std::uint32_t id = index32(names_.size(), "names");
  names_.push_back(s);
  nameId_.emplace(names_.back(), id);
  return id;
}

ResolutionInput::ResolutionInput(const std::vector<ArticleGraph>& graphs) {
  for (const auto& g : graphs) add(g);
}

void ResolutionInput::add(const ArticleGraph& g) {
  Article a;
  a.id = g.article.id;
  a.date = g.article.date;
  a.firstThing = index32(things_.size(), "things");
  a.firstEdge = index32(edges_.size(), "edges");
  constexpr std::uint32_t kDropped = ~std::uint32_t{0};
  std::vector<std::uint32_t> renumbered(g.nodes.size(), kDropped);
  for (std::uint32_t i = 0; i < g.nodes.size(); ++i) {
    const Node& n = g.nodes[i];
    if (!onto::isResolvable(n.cls)) {
      ++facts_;
      continue;
    }
    renumbered[i] = a.thingCount++;
    Thing t;
    t.cls = n.cls;
    t.label = intern(n.label);
    t.firstForm = index32(forms_.size(), "forms");
    for (const auto& f : n.forms) {
      if (f == n.label) continue;
      forms_.push_back(intern(f));
      ++t.formCount;
    }
    things_.push_back(t);
  }
  for (const auto& e : g.edges) {
    if (e.subject >= g.nodes.size() || renumbered[e.subject] == kDropped) continue;
    if (!onto::isA(g.nodes[e.subject].cls, onto::Class::Event)) continue;
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) {
      if (*o >= g.nodes.size() || renumbered[*o] == kDropped) continue;
      edges_.push_back({renumbered[e.subject], e.prop, renumbered[*o]});
    } else {
      edges_.push_back({renumbered[e.subject], e.prop, std::get<Literal>(e.object)});
    }
    ++a.edgeCount;
  }
  articles_.push_back(std::move(a));
}

void ResolutionInput::sortById() {
  std::stable_sort(articles_.begin(), articles_.end(), [](const Article& x, const Article& y) { return x.id < y.id; });
}

}  // namespace ng
