#include "graph/Stats.h"

#include <gtest/gtest.h>

#include "export/Void.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

TEST(Stats, componentsAndDegreeCountFactLinks) {
  ArticleGraph a;
  a.article.id = "a";
  const auto add = [&](Class c, const char* label) {
    Node n;
    n.cls = c;
    n.label = label;
    return a.addNode(n);
  };
  const auto chad = add(Class::Country, "Chad");
  const auto niger = add(Class::Country, "Niger");
  const auto mali = add(Class::Country, "Mali");
  add(Class::City, "Bamako");  // isolated
  Node acc;
  acc.cls = Class::Accusation;
  const auto s = a.addNode(acc);
  a.addEdge(s, Prop::agent, chad);
  a.addEdge(s, Prop::target, niger);
  a.addEdge(chad, Prop::accuses, niger);
  Node talks;
  talks.cls = Class::Negotiation;
  talks.label = "talks";
  const auto t = a.addNode(talks);
  a.addEdge(t, Prop::participant, chad);
  a.addEdge(t, Prop::participant, mali);
  const auto kg = buildKnowledgeGraph({a}, {});
  // Chad-Niger (accusation), Chad-talks, Mali-talks: one component of four, plus Bamako.
  EXPECT_EQ(kg.stats.components, 2u);
  ASSERT_FALSE(kg.stats.topActorsByDegree.empty());
  EXPECT_EQ(kg.stats.topActorsByDegree.front().first, "https://w3id.org/newsgraph/id/country/chad");
  EXPECT_EQ(kg.stats.topActorsByDegree.front().second, 2u) << "Niger and the talks";

  const auto v = voidDescription(kg, 42);
  const auto has = [&](const std::string& p, const std::string& o) {
    return std::any_of(v.begin(), v.end(), [&](const Quad& q) { return q.predicate.value == p && q.object.value == o; });
  };
  EXPECT_TRUE(has("http://rdfs.org/ns/void#triples", "42"));
  EXPECT_TRUE(has("http://rdfs.org/ns/void#documents", "1"));
  EXPECT_TRUE(has(onto::iri(Prop::connectedComponents), "2"));
  EXPECT_TRUE(has(onto::iri(Prop::mostCentralActor), "https://w3id.org/newsgraph/id/country/chad"));
  EXPECT_TRUE(has("http://rdfs.org/ns/void#class", onto::iri(Class::Country)));
}

}  // namespace
}  // namespace ng
