#include "graph/Quad.h"

#include <algorithm>
#include <tuple>

#include "ontology/Vocabulary.h"

namespace ng {
namespace {

int predicateRank(const Term& p) {
  using namespace onto::iri_;
  if (p.value == rdfType) return 0;
  if (p.value == rdfsLabel) return 1;
  if (p.value == skosAltLabel) return 2;
  return 3;
}

}  // namespace

bool quadLess(const Quad& a, const Quad& b) {
  const int ra = predicateRank(a.predicate), rb = predicateRank(b.predicate);
  return std::tie(a.graph, a.subject, ra, a.predicate, a.object) <
         std::tie(b.graph, b.subject, rb, b.predicate, b.object);
}

void canonicalize(std::vector<Quad>& quads) {
  std::sort(quads.begin(), quads.end(), quadLess);
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
}

}  // namespace ng
