#include "export/GraphFormats.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "export/RdfWriter.h"

namespace ng {
namespace {

namespace fs = std::filesystem;
using onto::Class;
using onto::Prop;

const std::string kBase = "https://w3id.org/newsgraph/id/";
// Quotes, markup, an ampersand that looks like an entity, a backslash, a newline, a C0 control,
// an emoji, right-to-left Arabic and a byte that is not UTF-8.
const std::string kNasty =
    "Ann \"Q\" <O'Neil> & &amp; back\\slash\nline two\x01 \xF0\x9F\x95\x8A\xEF\xB8\x8F "
    "\xD8\xB9\xD9\x84\xD9\x8A \xFF";

struct Builder {
  ArticleGraph g;
  explicit Builder(const std::string& id) { g.article.id = id; }
  std::uint32_t add(Class c, const std::string& label) {
    Node n;
    n.cls = c;
    n.label = label;
    if (!onto::isResolvable(c)) n.evidence = {"An evidence sentence about " + label + "."};
    return g.addNode(n);
  }
  void statement(Class c, std::uint32_t agent, std::uint32_t target, std::optional<Prop> shortcut) {
    const auto s = add(c, "statement");
    g.addEdge(s, Prop::agent, agent);
    g.addEdge(s, Prop::target, target);
    if (shortcut) g.addEdge(agent, *shortcut, target);
  }
};

/// Two articles from invented Sahel reporting: Mali accuses Niger in both, a role, talks mediated
/// by Algeria, a quotation (no edge) and a self-accusation (no edge).
std::vector<ArticleGraph> sampleArticles(const std::string& personLabel = kNasty) {
  Builder a("wire;mali/1");
  const auto mali = a.add(Class::Country, "Mali");
  const auto niger = a.add(Class::Country, "Niger");
  const auto algeria = a.add(Class::Country, "Algeria");
  const auto person = a.add(Class::Person, personLabel);
  const auto algiers = a.add(Class::City, "Algiers");
  a.statement(Class::Accusation, mali, niger, Prop::accuses);
  a.statement(Class::Accusation, mali, mali, Prop::accuses);
  const auto role = a.add(Class::Role, "foreign minister");
  a.g.addEdge(person, Prop::hasRole, role);
  a.g.addEdge(role, Prop::holder, person);
  a.g.addEdge(role, Prop::roleIn, mali);
  const auto talks = a.add(Class::Negotiation, "talks in Algiers");
  a.g.addEdge(talks, Prop::participant, mali);
  a.g.addEdge(talks, Prop::participant, niger);
  a.g.addEdge(talks, Prop::mediator, algeria);
  a.g.addEdge(talks, Prop::location, algiers);
  const auto quote = a.add(Class::Quotation, "quote");
  a.g.addEdge(quote, Prop::speaker, person);

  Builder b("wire-2");
  const auto mali2 = b.add(Class::Country, "Mali");
  const auto niger2 = b.add(Class::Country, "Niger");
  b.statement(Class::Accusation, mali2, niger2, Prop::accuses);
  b.statement(Class::Praise, niger2, mali2, std::nullopt);  // no shortcut property in the contract
  return {a.g, b.g};
}

const GraphEdge* findEdge(const EntityGraph& g, const std::string& from, const std::string& to, const std::string& kind) {
  for (const auto& e : g.edges) {
    if (g.nodes[e.source].label == from && g.nodes[e.target].label == to && e.kind == kind) return &e;
  }
  return nullptr;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// Runs a validator on `text` saved to a file; skips the calling test when the tool is missing.
int runTool(const std::string& tool, const std::string& args, const std::string& text, const std::string& ext) {
  if (std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) != 0) return -1;
  const fs::path dir = fs::temp_directory_path() / ("ng-formats-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / ("graph." + ext);
  std::ofstream(file, std::ios::binary) << text;
  const int rc = std::system((tool + " " + args + " '" + file.string() + "' >'" + (dir / "log").string() + "' 2>&1").c_str());
  std::ifstream log(dir / "log");
  std::stringstream ss;
  ss << log.rdbuf();
  if (rc != 0) ADD_FAILURE() << tool << " rejected:\n" << ss.str() << "\n" << text;
  fs::remove_all(dir);
  return rc;
}

TEST(GraphFormats, nodesAreTheResolvedThingsWithStableIds) {
  const auto kg = buildKnowledgeGraph(sampleArticles(), {});
  const auto g = entityGraph(kg);
  ASSERT_EQ(g.nodes.size(), kg.entities.size());
  EXPECT_EQ(g.nodes.size(), 6u) << "Mali, Niger, Algeria, the person, Algiers, the talks";
  for (std::size_t i = 1; i < g.nodes.size(); ++i) EXPECT_LT(g.nodes[i - 1].iri, g.nodes[i].iri);
  const auto mali = std::find_if(g.nodes.begin(), g.nodes.end(), [](const GraphNode& n) { return n.label == "Mali"; });
  ASSERT_NE(mali, g.nodes.end());
  EXPECT_EQ(mali->id, "country.mali");
  EXPECT_EQ(mali->type, "Country");
  EXPECT_EQ(mali->mentions, 2u);
  EXPECT_EQ(mali->degree, kg.degree.at(mali->iri));
  EXPECT_GT(mali->degree, 0u);
}

TEST(GraphFormats, builderFedArticleByArticleGivesTheSameGraph) {
  const auto kg = buildKnowledgeGraph(sampleArticles(), {});
  EntityGraphBuilder builder(kg.entities);
  std::string graph;
  for (const auto& q : kg.quads) {  // canonical order: grouped by article
    if (q.graph != graph) builder.endArticle();
    graph = q.graph;
    builder.add(q);
  }
  const auto mine = builder.finish(kg.degree, kg.baseIri);
  const auto whole = entityGraph(kg);
  EXPECT_FALSE(whole.edges.empty());
  EXPECT_EQ(graphMlText(mine), graphMlText(whole));
  EXPECT_EQ(gexfText(mine), gexfText(whole));
  EXPECT_EQ(dotText(mine), dotText(whole));
}

TEST(GraphFormats, edgesAreActorRelationsWeightedByFacts) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const auto* acc = findEdge(g, "Mali", "Niger", "accuses");
  ASSERT_NE(acc, nullptr);
  EXPECT_EQ(acc->weight, 2u) << "one accusation per article; the shortcut triple restates it";
  EXPECT_EQ(acc->articles, (std::vector<std::string>{"wire-2", "wire;mali/1"}));
  const auto* praise = findEdge(g, "Niger", "Mali", "praises");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->weight, 1u);
  EXPECT_NE(findEdge(g, kNasty, "Mali", "roleIn"), nullptr);
  EXPECT_NE(findEdge(g, "talks in Algiers", "Mali", "participant"), nullptr);
  EXPECT_NE(findEdge(g, "talks in Algiers", "Niger", "participant"), nullptr);
  EXPECT_NE(findEdge(g, "talks in Algiers", "Algeria", "mediator"), nullptr);
  EXPECT_NE(findEdge(g, "talks in Algiers", "Algiers", "location"), nullptr);
  for (const auto& e : g.edges) {
    EXPECT_NE(e.source, e.target) << "no self-loops";
    EXPECT_NE(e.kind, "speaker") << "quotations give no edge";
    EXPECT_NE(e.kind, "mentionedIn");
    EXPECT_NE(e.kind, "hasRole") << "the role fact gives holder -> roleIn instead";
  }
  EXPECT_EQ(g.edges.size(), 7u);
  for (std::size_t i = 1; i < g.edges.size(); ++i) {
    const auto& a = g.edges[i - 1];
    const auto& b = g.edges[i];
    EXPECT_LT(std::tie(a.source, a.target, a.kind), std::tie(b.source, b.target, b.kind));
  }
}

TEST(GraphFormats, outputDoesNotDependOnArticleOrder) {
  auto articles = sampleArticles();
  const auto one = entityGraph(buildKnowledgeGraph(articles, {}));
  std::reverse(articles.begin(), articles.end());
  const auto two = entityGraph(buildKnowledgeGraph(articles, {}));
  EXPECT_EQ(graphMlText(one), graphMlText(two));
  EXPECT_EQ(gexfText(one), gexfText(two));
  EXPECT_EQ(dotText(one), dotText(two));
}

TEST(GraphFormats, nodeIdsAreInjectiveNmtokens) {
  EXPECT_EQ(nodeId(kBase + "person/ann-lee", kBase), "person.ann-lee");
  EXPECT_EQ(nodeId("urn:x:a_b.c", kBase), "urn_3Ax_3Aa_5Fb_2Ec");
  EXPECT_NE(nodeId(kBase + "a/b", kBase), nodeId(kBase + "a.b", kBase));
  EXPECT_NE(nodeId(kBase + "a_2Fb", kBase), nodeId(kBase + "a/b", kBase));
  EXPECT_EQ(nodeId(kBase, kBase), "_");
}

TEST(GraphFormats, graphMlEscapesEveryLabel) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const std::string x = graphMlText(g);
  EXPECT_TRUE(contains(x, "<data key=\"label\">Ann &quot;Q&quot; &lt;O'Neil&gt; &amp; &amp;amp; back\\slash&#10;line two"
                          "\xEF\xBF\xBD \xF0\x9F\x95\x8A\xEF\xB8\x8F \xD8\xB9\xD9\x84\xD9\x8A \xEF\xBF\xBD</data>"))
      << x;
  EXPECT_FALSE(contains(x, "\x01"));
  EXPECT_FALSE(contains(x, "\xFF"));
  EXPECT_TRUE(contains(x, "<data key=\"articles\">wire-2;wire;mali/1</data>"));
  EXPECT_TRUE(contains(x, "<data key=\"weight\">2</data>"));
  EXPECT_TRUE(contains(x, "<node id=\"country.mali\">"));
  EXPECT_TRUE(contains(x, "edgedefault=\"directed\""));
  const auto count = [&](const std::string& part) {
    std::size_t n = 0;
    for (auto at = x.find(part); at != std::string::npos; at = x.find(part, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<node id="), g.nodes.size());
  EXPECT_EQ(count("<edge id="), g.edges.size());
}

TEST(GraphFormats, graphMlValidatesAgainstTheGraphMlSchema) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const std::string xsd = std::string(NEWSGRAPH_TEST_DATA) + "/graphml/graphml.xsd";
  if (runTool("xmllint", "--noout --schema '" + xsd + "'", graphMlText(g), "graphml") < 0) GTEST_SKIP() << "no xmllint";
}

TEST(GraphFormats, gexfIsWellFormedAndEscaped) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const std::string x = gexfText(g);
  EXPECT_TRUE(contains(x, "<gexf xmlns=\"http://gexf.net/1.3\""));
  EXPECT_TRUE(contains(x, "label=\"Ann &quot;Q&quot; &lt;O'Neil&gt; &amp; &amp;amp; back\\slash&#10;line two"));
  EXPECT_TRUE(contains(x, "<nodes count=\"6\">"));
  EXPECT_TRUE(contains(x, "<edges count=\"7\">"));
  EXPECT_TRUE(contains(x, "kind=\"accuses\" label=\"accuses\" weight=\"2\""));
  if (runTool("xmllint", "--noout", x, "gexf") < 0) GTEST_SKIP() << "no xmllint";
}

TEST(GraphFormats, dotEscapesLabelsAndRendersWithGraphviz) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const std::string d = dotText(g, {.edgeLabels = true, .title = "a \"title\"\\"});
  EXPECT_TRUE(contains(d, "label=\"Ann \\\"Q\\\" <O'Neil> & &amp;amp; back\\\\slash\\nline two\xEF\xBF\xBD "
                          "\xF0\x9F\x95\x8A\xEF\xB8\x8F \xD8\xB9\xD9\x84\xD9\x8A \xEF\xBF\xBD\""))
      << d;
  EXPECT_TRUE(contains(d, "label=\"a \\\"title\\\"\\\\\""));
  EXPECT_TRUE(contains(d, "\"country.mali\" -> \"country.niger\" [label=\"accuses (2)\", kind=\"accuses\", weight=2"));
  if (runTool("dot", "-Tsvg -o /dev/null", d, "dot") < 0) GTEST_SKIP() << "no Graphviz";
}

TEST(GraphFormats, topEntitiesKeepsTheMostConnected) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const auto top = topEntities(g, 3);
  ASSERT_EQ(top.nodes.size(), 3u);
  std::vector<std::string> labels;
  for (const auto& n : top.nodes) labels.push_back(n.label);
  // Mali: Niger, the talks, the person; Niger: Mali, the talks; the talks: four neighbours.
  EXPECT_EQ(labels, (std::vector<std::string>{"Mali", "Niger", "talks in Algiers"}));
  for (const auto& e : top.edges) {
    EXPECT_LT(e.source, top.nodes.size());
    EXPECT_LT(e.target, top.nodes.size());
  }
  EXPECT_EQ(top.edges.size(), 4u) << "Mali->Niger, Niger->Mali, talks->Mali, talks->Niger";
  EXPECT_EQ(topEntities(g, 100).nodes.size(), g.nodes.size());
}

TEST(GraphFormats, topEntitiesDropsNodesWithoutEdgesInThePicture) {
  EntityGraph g;
  const auto node = [&](const std::string& id, std::size_t mentions) {
    g.nodes.push_back({id, kBase + id, id, "Person", mentions, 0});
  };
  node("a", 1), node("b", 5), node("c", 5), node("d", 5), node("e", 9), node("f", 1), node("lonely", 50);
  g.edges = {{0, 1, "accuses", 1, {"x"}}, {0, 2, "accuses", 1, {"x"}}, {0, 3, "accuses", 1, {"x"}},
             {4, 5, "accuses", 1, {"x"}}};
  // Chosen by neighbours then mentions: a, e, b, c; e's only neighbour f is not among them.
  const auto top = topEntities(g, 4);
  std::vector<std::string> ids;
  for (const auto& n : top.nodes) ids.push_back(n.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(top.edges.size(), 2u);
}

TEST(GraphFormats, pictureMergesParallelEdges) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const std::string merged = dotText(g, {.edgeLabels = true, .mergeParallel = true});
  EXPECT_TRUE(contains(merged, "\"event.talks-in-algiers\" -> \"country.mali\" [label=\"participant\""));
  // A second kind between the first pair: one edge line listing both kinds.
  auto twoKinds = g;
  auto extra = twoKinds.edges.front();
  extra.kind = "zz-second";
  extra.weight = 3;
  twoKinds.edges.insert(twoKinds.edges.begin() + 1, extra);
  const std::string two = dotText(twoKinds, {.edgeLabels = true, .mergeParallel = true});
  const std::string src = twoKinds.nodes[extra.source].id, dst = twoKinds.nodes[extra.target].id;
  const std::string head = "\"" + src + "\" -> \"" + dst + "\" [label=\"" + g.edges.front().kind;
  EXPECT_TRUE(contains(two, head)) << two;
  EXPECT_TRUE(contains(two, "\\nzz-second (3)\"")) << two;
  const auto lines = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
  EXPECT_EQ(lines(two), lines(dotText(twoKinds)) - 1) << "the two kinds share one edge line";
  if (runTool("dot", "-Tsvg -o /dev/null", two, "dot") < 0) GTEST_SKIP() << "no Graphviz";
}

TEST(GraphFormats, readsBackTheNQuadsOfABuild) {
  // Valid UTF-8 only: ingest guarantees it, and Serd would complain about the stray byte.
  const auto kg = buildKnowledgeGraph(sampleArticles("Ann \"Q\" <O'Neil> & back\\slash\nline \xF0\x9F\x95\x8A"), {});
  const fs::path file = fs::temp_directory_path() / ("ng-formats-" + std::to_string(::getpid()) + ".nq");
  writeRdfFile(file, RdfSyntax::NQuads, kg.quads);
  const auto back = readKnowledgeGraph(file);
  fs::remove(file);
  EXPECT_EQ(back.baseIri, kBase);
  EXPECT_EQ(back.stats.articles, 2u);
  EXPECT_EQ(back.degree, kg.degree);
  EXPECT_EQ(graphMlText(entityGraph(back)), graphMlText(entityGraph(kg)))
      << "render draws exactly what the build exported";
}

TEST(GraphFormats, readingBrokenNQuadsNamesTheFile) {
  const fs::path file = fs::temp_directory_path() / ("ng-formats-bad-" + std::to_string(::getpid()) + ".nq");
  std::ofstream(file) << "<https://e.org/a> <https://e.org/p> \"unterminated .\n";
  try {
    (void)readKnowledgeGraph(file);
    ADD_FAILURE() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_TRUE(contains(e.what(), file.string())) << e.what();
    EXPECT_TRUE(contains(e.what(), "line 1")) << e.what();
  }
  fs::remove(file);
  EXPECT_THROW((void)readKnowledgeGraph(file), std::runtime_error);
}

TEST(GraphFormats, writersReplaceFilesAtomically) {
  const auto g = entityGraph(buildKnowledgeGraph(sampleArticles(), {}));
  const fs::path dir = fs::temp_directory_path() / ("ng-formats-out-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "graph.dot") << "old";
  writeGraphMl(dir / "graph.graphml", g);
  writeGexf(dir / "graph.gexf", g);
  writeDot(dir / "graph.dot", g);
  std::vector<std::string> names;
  for (const auto& f : fs::directory_iterator(dir)) names.push_back(f.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"graph.dot", "graph.gexf", "graph.graphml"})) << "no temporary files left";
  std::ifstream in(dir / "graph.dot");
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), dotText(g));
  fs::remove_all(dir);
}

TEST(GraphFormats, filesWrittenInBlocksAreTheWholeText) {
  // A graph whose files span many 64 KB blocks: each file is the text the *Text() functions give.
  EntityGraph g;
  for (int i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    g.nodes.push_back({"person.n" + n, kBase + "person/n" + n, "Person " + n + " " + kNasty, "Person", 2, 1});
  }
  for (std::size_t i = 0; i + 1 < g.nodes.size(); ++i) g.edges.push_back({i, i + 1, "accuses", 1, {"a.txt", "b.txt"}});
  const std::string graphml = graphMlText(g), gexf = gexfText(g), dot = dotText(g);
  ASSERT_GT(graphml.size(), std::size_t{10} << 16);
  ASSERT_GT(dot.size(), std::size_t{10} << 16);
  const fs::path dir = fs::temp_directory_path() / ("ng-formats-blocks-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  writeGraphMl(dir / "graph.graphml", g);
  writeGexf(dir / "graph.gexf", g);
  writeDot(dir / "graph.dot", g);
  const auto read = [&](const char* name) {
    std::ifstream in(dir / name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  EXPECT_EQ(read("graph.graphml"), graphml);
  EXPECT_EQ(read("graph.gexf"), gexf);
  EXPECT_EQ(read("graph.dot"), dot);
  EXPECT_TRUE(graphml.ends_with("</graphml>\n"));
  EXPECT_NE(graphml.find("Person 2999 "), std::string::npos) << "the last node is there";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace ng
