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

TEST(Stats, quadsGivenArticleByArticleGiveTheSameStatistics) {
  std::vector<ArticleGraph> in;
  for (const char* id : {"a", "b", "c"}) {
    ArticleGraph a;
    a.article.id = id;
    const auto add = [&](Class c, std::string label) {
      Node n;
      n.cls = c;
      n.label = std::move(label);
      return a.addNode(n);
    };
    const auto sudan = add(Class::Country, "Sudan");
    const auto other = add(Class::Country, std::string(id) == "c" ? "Chad" : "Egypt");
    const auto person = add(Class::Person, std::string("Envoy ") + id);
    Node acc;
    acc.cls = Class::Accusation;
    const auto s = a.addNode(acc);
    a.addEdge(s, Prop::agent, sudan);
    a.addEdge(s, Prop::target, other);
    a.addEdge(person, Prop::spokespersonFor, sudan);
    in.push_back(a);
  }
  KnowledgeGraph kg = buildKnowledgeGraph(in, {});
  ThingGraphStats stats(kg.entities);
  std::string graph;
  for (const auto& q : kg.quads) {  // canonical order: grouped by article
    if (q.graph != graph) stats.endArticle();
    graph = q.graph;
    stats.add(q);
  }
  GraphStats mine;
  EXPECT_EQ(stats.finish(mine), kg.degree);
  EXPECT_EQ(mine.components, kg.stats.components);
  EXPECT_EQ(mine.topActorsByDegree, kg.stats.topActorsByDegree);
  EXPECT_EQ(kg.degree.at("https://w3id.org/newsgraph/id/country/sudan"), 5u) << "Egypt, Chad and three envoys";
}

}  // namespace
}  // namespace ng
