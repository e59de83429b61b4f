#include "graph/Resolver.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

ArticleGraph article(const std::string& id, std::vector<Node> nodes) {
  ArticleGraph g;
  g.article.id = id;
  g.article.title = "Title of " + id;
  g.article.date = "2024-02-03";
  for (auto& n : nodes) g.addNode(std::move(n));
  return g;
}

Node thing(Class c, std::string label, std::vector<std::string> forms = {}) {
  Node n;
  n.cls = c;
  n.label = std::move(label);
  n.forms = std::move(forms);
  return n;
}

std::size_t countQuads(const KnowledgeGraph& kg, const std::string& s, const std::string& p, const std::string& o) {
  return static_cast<std::size_t>(std::count_if(kg.quads.begin(), kg.quads.end(), [&](const Quad& q) {
    return (s.empty() || q.subject.value == s) && q.predicate.value == p && (o.empty() || q.object.value == o);
  }));
}

TEST(Resolver, mergesTheSameThingAcrossArticles) {
  std::vector<ArticleGraph> in;
  in.push_back(article("a.txt", {thing(Class::Country, "Sudan", {"Sudan", "Sudanese"}), thing(Class::Person, "Abdel Fattah al-Burhan")}));
  in.push_back(article("b.txt", {thing(Class::Country, "Sudan", {"Sudan"}), thing(Class::City, "Khartoum")}));
  const auto kg = buildKnowledgeGraph(in, {});
  EXPECT_EQ(kg.stats.entities, 3u);
  const auto sudan = std::find_if(kg.entities.begin(), kg.entities.end(), [](const CanonicalEntity& e) { return e.label == "Sudan"; });
  ASSERT_NE(sudan, kg.entities.end());
  EXPECT_EQ(sudan->iri, "https://w3id.org/newsgraph/id/country/sudan");
  EXPECT_EQ(sudan->articles.size(), 2u);
  EXPECT_EQ(sudan->altLabels, std::vector<std::string>{"Sudanese"});
  EXPECT_EQ(countQuads(kg, sudan->iri, onto::iri(Prop::mentionedIn), ""), 2u);
  // exactly one rdfs:label in the merged view
  const auto merged = kg.mergedTriples();
  EXPECT_EQ(std::count_if(merged.begin(), merged.end(), [&](const Quad& q) {
              return q.subject.value == sudan->iri && q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label";
            }),
            1);
}

TEST(Resolver, keepsDifferentFamiliesApart) {
  std::vector<ArticleGraph> in;
  in.push_back(article("a.txt", {thing(Class::City, "Georgia"), thing(Class::Person, "Georgia")}));
  const auto kg = buildKnowledgeGraph(in, {});
  EXPECT_EQ(kg.stats.entities, 2u);
}

TEST(Resolver, outputDoesNotDependOnInputOrder) {
  auto make = [] {
    std::vector<ArticleGraph> in;
    auto a = article("a.txt", {thing(Class::Person, "Jane Doe"), thing(Class::Country, "Chad")});
    Node q;
    q.cls = Class::Quotation;
    q.label = "We will stay";
    q.evidence = {"\"We will stay,\" Jane Doe said."};
    q.confidence = 0.9;
    const auto qi = a.addNode(q);
    a.addEdge(qi, Prop::speaker, 0u);
    a.addEdge(qi, Prop::text, Literal{"We will stay", Literal::Type::String});
    in.push_back(a);
    in.push_back(article("b.txt", {thing(Class::Country, "Chad"), thing(Class::Country, "Niger")}));
    return in;
  };
  auto forward = make();
  auto backward = make();
  std::reverse(backward.begin(), backward.end());
  const auto k1 = buildKnowledgeGraph(forward, {});
  const auto k2 = buildKnowledgeGraph(backward, {});
  EXPECT_EQ(k1.quads, k2.quads);
  // The quotation is in a.txt's graph, with provenance, evidence and confidence.
  const std::string g = articleIri(GraphOptions{}.baseIri, "a.txt");
  const auto quote = std::find_if(k1.quads.begin(), k1.quads.end(), [](const Quad& q) { return q.object.value == onto::iri(Class::Quotation); });
  ASSERT_NE(quote, k1.quads.end());
  EXPECT_EQ(quote->graph, g);
  EXPECT_EQ(countQuads(k1, quote->subject.value, "http://www.w3.org/ns/prov#wasDerivedFrom", g), 1u);
  EXPECT_EQ(countQuads(k1, quote->subject.value, onto::iri(Prop::confidence), "0.90"), 1u);
  EXPECT_EQ(countQuads(k1, quote->subject.value, onto::iri(Prop::speaker), "https://w3id.org/newsgraph/id/person/jane-doe"), 1u);
}

TEST(Resolver, articleIrisAreSafeAndDistinct) {
  const std::string base = "https://e.org/";
  EXPECT_EQ(articleIri(base, "x"), "https://e.org/article/x");
  EXPECT_NE(articleIri(base, "a b"), articleIri(base, "a-b"));
  EXPECT_EQ(articleIri(base, "j<4>{|}").find_first_of("<>{}| "), std::string::npos);
}

}  // namespace
}  // namespace ng
