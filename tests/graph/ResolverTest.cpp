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
  EXPECT_EQ(sudan->articleCount, 2u);
  EXPECT_EQ(sudan->firstArticle, articleIri(GraphOptions{}.baseIri, "a.txt"));
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

TEST(Resolver, graphBuilderMakesTheSameQuadsFromSlimArticles) {
  // Resolution reads no evidence; the quads of each article, made from the full article, are
  // the ones buildKnowledgeGraph() makes.
  std::vector<ArticleGraph> full;
  for (const char* id : {"b.txt", "a.txt", "c.txt"}) {
    auto a = article(id, {thing(Class::Person, "Jane Doe", {"Doe"}), thing(Class::Country, "Chad"),
                          thing(Class::Negotiation, "talks")});
    a.nodes[2].evidence = {std::string("Talks were held, said ") + id + "."};
    Node q;
    q.cls = Class::Quotation;
    q.label = "We will stay";
    q.evidence = {std::string("\"We will stay,\" Jane Doe told ") + id + "."};
    const auto qi = a.addNode(q);
    a.addEdge(qi, Prop::speaker, 0u);
    a.addEdge(2u, Prop::participant, 1u);
    full.push_back(a);
  }
  ResolutionInput slim;
  for (const auto& a : full) slim.add(a);
  const KnowledgeGraph whole = buildKnowledgeGraph(full, {});
  GraphOptions noMembers;
  noMembers.memberIris = false;
  GraphBuilder builder(std::move(slim), noMembers);
  ASSERT_EQ(builder.size(), 3u);
  EXPECT_EQ(builder.articleId(0), "a.txt");
  EXPECT_EQ(builder.graphIri(0), articleIri(GraphOptions{}.baseIri, "a.txt"));
  std::vector<Quad> quads;
  for (std::size_t i = 0; i < builder.size(); ++i) {
    const auto it = std::find_if(full.begin(), full.end(), [&](const ArticleGraph& g) { return g.article.id == builder.articleId(i); });
    std::vector<Quad> mine;
    builder.appendQuads(i, *it, mine);
    EXPECT_TRUE(std::all_of(mine.begin(), mine.end(), [&](const Quad& q) { return q.graph == builder.graphIri(i); }));
    quads.insert(quads.end(), mine.begin(), mine.end());
  }
  canonicalize(quads);
  EXPECT_EQ(quads, whole.quads);
  const KnowledgeGraph& kg = builder.graph();
  EXPECT_TRUE(kg.quads.empty());
  EXPECT_TRUE(kg.memberIris.empty()) << "not asked for";
  EXPECT_FALSE(whole.memberIris.empty());
  ASSERT_EQ(kg.entities.size(), whole.entities.size());
  for (std::size_t i = 0; i < kg.entities.size(); ++i) EXPECT_EQ(kg.entities[i].iri, whole.entities[i].iri);
  EXPECT_EQ(whole.stats.facts, 3u);
  EXPECT_EQ(kg.stats.facts, whole.stats.facts) << "the input counts the facts it leaves out";
  EXPECT_EQ(kg.stats.entitiesPerClass, whole.stats.entitiesPerClass);
}

TEST(Resolver, resolutionInputKeepsWhatResolutionReads) {
  auto g = article("a.txt", {thing(Class::Person, "Jane Doe", {"Jane Doe", "Doe"}), thing(Class::City, "Geneva"),
                             thing(Class::Negotiation, "Geneva talks")});
  g.article.title = "Talks";
  g.article.text = "Jane Doe went to the Geneva talks.";
  g.nodes[2].evidence = {"Jane Doe went to the Geneva talks."};
  g.nodes[0].extractor = "entities";
  Node q;
  q.cls = Class::Quotation;
  q.label = "We will stay";
  q.evidence = {"\"We will stay,\" Jane Doe said."};
  const auto qi = g.addNode(q);
  g.addNode(thing(Class::Country, "Chad"));  // after a fact: renumbered 4 -> 3
  g.addEdge(qi, Prop::speaker, 0u);
  g.addEdge(qi, Prop::text, Literal{"We will stay", Literal::Type::String});
  g.addEdge(2u, Prop::location, 1u);
  g.addEdge(2u, Prop::participant, 4u);
  g.addEdge(2u, Prop::date, Literal{"2024-05-01", Literal::Type::Date});
  g.addEdge(0u, Prop::mentionedIn, 1u);  // not from an event: resolution does not read it

  ResolutionInput in;
  in.add(g);
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in.article(0).id, "a.txt");
  EXPECT_EQ(in.article(0).date, g.article.date);
  const auto things = in.things(0);
  ASSERT_EQ(things.size(), 4u) << "the quotation is left out";
  EXPECT_EQ(in.label(things[0]), "Jane Doe");
  ASSERT_EQ(in.forms(things[0]).size(), 1u) << "the label is not repeated among the forms";
  EXPECT_EQ(in.name(in.forms(things[0])[0]), "Doe");
  EXPECT_EQ(things[2].cls, Class::Negotiation);
  EXPECT_EQ(in.label(things[3]), "Chad");
  const auto edges = in.edges(0);
  ASSERT_EQ(edges.size(), 3u) << "only the edges of the event";
  EXPECT_EQ(edges[0].subject, 2u);
  EXPECT_EQ(edges[0].object, (std::variant<std::uint32_t, Literal>(1u)));
  EXPECT_EQ(edges[1].prop, Prop::participant);
  EXPECT_EQ(edges[1].object, (std::variant<std::uint32_t, Literal>(3u))) << "numbered among the things";
  EXPECT_EQ(edges[2].prop, Prop::date);
  EXPECT_EQ(in.facts(), 1u) << "the quotation is counted";
  const std::size_t names = in.names();
  EXPECT_EQ(names, 5u) << "Jane Doe, Doe, Geneva, Geneva talks, Chad: no names of facts";
  auto again = g;
  again.article.id = "0.txt";
  in.add(again);
  EXPECT_EQ(in.names(), names) << "names are stored once";
  ASSERT_EQ(in.things(1).size(), 4u);
  in.sortById();
  EXPECT_EQ(in.article(0).id, "0.txt");
  EXPECT_EQ(in.label(in.things(0)[3]), "Chad");

  // Resolution of the input names the things as that of the full graphs does.
  std::vector<ArticleGraph> two{g, g};
  two[1].article.id = "b.txt";
  const KnowledgeGraph whole = buildKnowledgeGraph(two, {});
  ResolutionInput both;
  for (const auto& a : two) both.add(a);
  const GraphBuilder builder(std::move(both), {});
  ASSERT_EQ(builder.graph().entities.size(), whole.entities.size());
  for (std::size_t i = 0; i < whole.entities.size(); ++i) {
    EXPECT_EQ(builder.graph().entities[i].iri, whole.entities[i].iri);
    EXPECT_EQ(builder.graph().entities[i].altLabels, whole.entities[i].altLabels);
  }
  EXPECT_EQ(builder.graph().memberIris, whole.memberIris);
}

TEST(Resolver, articleIrisAreSafeAndDistinct) {
  const std::string base = "https://e.org/";
  EXPECT_EQ(articleIri(base, "x"), "https://e.org/article/x");
  EXPECT_NE(articleIri(base, "a b"), articleIri(base, "a-b"));
  EXPECT_EQ(articleIri(base, "j<4>{|}").find_first_of("<>{}| "), std::string::npos);
}

/// An article on the Sudan-Chad story with one ceasefire event named `label` and `form`.
ArticleGraph truceArticle(const std::string& id, const std::string& label, const std::string& form) {
  return article(id, {thing(Class::Country, "Sudan"), thing(Class::Country, "Chad"), thing(Class::Ceasefire, label, {form})});
}

const CanonicalEntity* entityLabelled(const KnowledgeGraph& kg, Class cls) {
  for (const auto& e : kg.entities) {
    if (e.cls == cls) return &e;
  }
  return nullptr;
}

TEST(Resolver, anIriMergedAwayByNewEvidenceStaysAsOwlSameAs) {
  // Day 1: two reports with nothing in common. Day 2: a third report shares a name with each.
  std::vector<ArticleGraph> day1{truceArticle("a", "truce", "fragile truce"),
                                 truceArticle("b", "ceasefire", "temporary ceasefire")};
  const auto kg1 = buildKnowledgeGraph(day1, {});
  std::vector<std::string> iris1;
  for (const auto& e : kg1.entities) {
    if (e.cls == Class::Ceasefire) iris1.push_back(e.iri);
  }
  ASSERT_EQ(iris1.size(), 2u) << "day 1 has no evidence that the two are one";
  GraphOptions opt2;
  opt2.previousIris = kg1.memberIris;
  auto day2 = day1;
  day2.push_back(truceArticle("c", "truce", "temporary ceasefire"));
  const auto kg2 = buildKnowledgeGraph(day2, opt2);
  const CanonicalEntity* truce = entityLabelled(kg2, Class::Ceasefire);
  ASSERT_NE(truce, nullptr);
  ASSERT_EQ(truce->formerIris.size(), 1u);
  EXPECT_NE(std::find(iris1.begin(), iris1.end(), truce->iri), iris1.end()) << "the merged thing keeps a day-1 IRI";
  EXPECT_NE(std::find(iris1.begin(), iris1.end(), truce->formerIris.front()), iris1.end());
  EXPECT_NE(truce->iri, truce->formerIris.front());
  const std::string sameAs = "http://www.w3.org/2002/07/owl#sameAs";
  EXPECT_EQ(countQuads(kg2, truce->formerIris.front(), sameAs, truce->iri), 3u) << "in each article's graph";
  // Day 3, same articles: the link stays, so a delta does not remove it.
  GraphOptions opt3;
  opt3.previousIris = kg2.memberIris;
  const auto kg3 = buildKnowledgeGraph(day2, opt3);
  const CanonicalEntity* again = entityLabelled(kg3, Class::Ceasefire);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->iri, truce->iri);
  EXPECT_EQ(again->formerIris, truce->formerIris);
  EXPECT_EQ(kg3.quads, kg2.quads);
  // Without earlier runs there is nothing to link.
  EXPECT_EQ(countQuads(buildKnowledgeGraph(day2, {}), "", sameAs, ""), 0u);
}

}  // namespace
}  // namespace ng
