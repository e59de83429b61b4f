#include "export/Void.h"

#include "graph/Iri.h"
#include "ontology/Vocabulary.h"

namespace ng {

std::vector<Quad> voidDescription(const KnowledgeGraph& kg, std::size_t triples) {
  const std::string voidNs = "http://rdfs.org/ns/void#";
  const std::string dataset = kg.baseIri + "dataset";
  std::vector<Quad> out;
  const auto add = [&](const std::string& s, const std::string& p, Term o) {
    out.push_back({Term::iri(s), Term::iri(p), std::move(o), {}});
  };
  const auto integer = [](std::size_t n) { return Term::literal(std::to_string(n), Literal::Type::Integer); };
  add(dataset, std::string(onto::iri_::rdfType), Term::iri(voidNs + "Dataset"));
  add(dataset, voidNs + "triples", integer(triples));
  add(dataset, voidNs + "entities", integer(kg.stats.entities));
  add(dataset, voidNs + "documents", integer(kg.stats.articles));
  add(dataset, voidNs + "vocabulary", Term::iri(std::string(onto::kNs)));
  add(dataset, onto::iri(onto::Prop::connectedComponents), integer(kg.stats.components));
  for (const auto& [cls, count] : kg.stats.entitiesPerClass) {
    const std::string part = dataset + "/class/" + slugify(cls);
    add(dataset, voidNs + "classPartition", Term::iri(part));
    add(part, voidNs + "class", Term::iri(std::string(onto::kNs) + cls));
    add(part, voidNs + "entities", integer(count));
  }
  add(dataset + "/class/article", voidNs + "class", Term::iri(onto::iri(onto::Class::Article)));
  add(dataset + "/class/article", voidNs + "entities", integer(kg.stats.articles));
  add(dataset, voidNs + "classPartition", Term::iri(dataset + "/class/article"));
  for (const auto& [iri, degree] : kg.stats.topActorsByDegree) {
    add(dataset, onto::iri(onto::Prop::mostCentralActor), Term::iri(iri));
    add(iri, onto::iri(onto::Prop::degree), integer(degree));
  }
  canonicalize(out);
  return out;
}

}  // namespace ng
