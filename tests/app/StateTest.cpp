#include "app/State.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include "export/Delta.h"
#include "export/RdfWriter.h"

namespace ng {
namespace {

namespace fs = std::filesystem;

ArticleGraph sampleGraph() {
  ArticleGraph g;
  g.article.id = "kyiv-1.txt";
  g.article.title = "Talks \"resume\" in Geneva";
  g.article.date = "2024-05-01";
  Node p;
  p.cls = onto::Class::Person;
  p.label = "Olena Kovalenko";
  p.forms = {"Olena Kovalenko", "Kovalenko"};
  Node q;
  q.cls = onto::Class::Quotation;
  q.label = "We are ready";
  q.evidence = {"\"We are ready,\" Kovalenko said.\n"};
  q.confidence = 0.75;
  q.extractor = "quotes";
  const auto pi = g.addNode(p);
  const auto qi = g.addNode(q);
  g.addEdge(qi, onto::Prop::speaker, pi);
  g.addEdge(qi, onto::Prop::text, Literal{"We are ready", Literal::Type::String});
  g.addEdge(qi, onto::Prop::date, Literal{"2024-05-01", Literal::Type::Date});
  return g;
}

TEST(State, articleGraphRoundTripsThroughJson) {
  const ArticleGraph g = sampleGraph();
  const ArticleGraph back = articleGraphFromJson(articleGraphToJson(g));
  EXPECT_EQ(back.article.title, g.article.title);
  ASSERT_EQ(back.nodes.size(), 2u);
  EXPECT_EQ(back.nodes[1].cls, onto::Class::Quotation);
  EXPECT_EQ(back.nodes[1].evidence, g.nodes[1].evidence);
  EXPECT_DOUBLE_EQ(back.nodes[1].confidence, 0.75);
  ASSERT_EQ(back.edges.size(), 3u);
  EXPECT_EQ(std::get<std::uint32_t>(back.edges[0].object), 0u);
  EXPECT_EQ(std::get<Literal>(back.edges[2].object).type, Literal::Type::Date);
  EXPECT_THROW((void)articleGraphFromJson("{\"article\":{}}"), std::exception);
}

TEST(State, commitIsTheOnlyWayToChangeWhatIsRemembered) {
  const fs::path dir = fs::temp_directory_path() / "ng-state-test";
  fs::remove_all(dir);
  {
    StateStore s(dir);
    EXPECT_TRUE(s.empty());
    s.putArticle("abc", sampleGraph());
    // Not committed yet: a new store sees nothing.
    EXPECT_TRUE(StateStore(dir).empty());
    const std::vector<Quad> quads{{Term::iri("https://e.org/a"), Term::iri("https://e.org/p"), Term::literal("x\ny"), "https://e.org/g"}};
    s.commit({{"kyiv-1.txt", {"abc"}}}, {{"kyiv-1.txt\x1f" "0\x1f" "olena kovalenko", "https://e.org/person/olena"}}, quads);
  }
  StateStore again(dir);
  ASSERT_EQ(again.articles().size(), 1u);
  EXPECT_EQ(again.articles().at("kyiv-1.txt").hash, "abc");
  EXPECT_EQ(again.loadArticle("abc").nodes.size(), 2u);
  EXPECT_EQ(again.entityTable().begin()->second, "https://e.org/person/olena");
  ASSERT_EQ(again.lastQuads().size(), 1u);
  EXPECT_EQ(again.lastQuads()[0].object.value, "x\ny");
  // A broken state.json is an error that names the file, never silently a new state.
  { std::FILE* f = std::fopen((dir / "state.json").c_str(), "w"); std::fputs("{broken", f); std::fclose(f); }
  try {
    StateStore broken(dir);
    FAIL() << "a broken state must not open";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("state.json"), std::string::npos);
  }
  fs::remove_all(dir);
}

std::vector<fs::path> graphFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().starts_with("graph")) out.push_back(e.path().filename());
  }
  return out;
}

std::vector<Quad> drain(QuadSource& source) {
  std::vector<Quad> out;
  for (const Quad* q = source.next(); q; q = source.next()) out.push_back(*q);
  return out;
}

TEST(State, theLastRunsQuadsStreamInCanonicalOrder) {
  const fs::path dir = fs::temp_directory_path() / ("ng-state-stream-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::vector<Quad> quads;
  // Over a megabyte of N-Quads: several blocks of lines.
  for (int i = 0; i < 9000; ++i) {
    quads.push_back({Term::iri("https://e.org/s" + std::to_string(i % 97)), Term::iri("https://e.org/p"),
                     Term::literal(std::string(100, 'x') + "\n\"" + std::to_string(i), Literal::Type::String),
                     "https://e.org/g" + std::to_string(i % 7)});
  }
  std::vector<Quad> canonical = quads;
  canonicalize(canonical);
  {
    StateStore s(dir);
    EXPECT_EQ(s.lastQuadSource(dir)->next(), nullptr) << "no earlier run";
    // Committed out of order and with a duplicate: the source still sorts and deduplicates.
    std::vector<Quad> shuffled = quads;
    shuffled.push_back(quads[5]);
    s.commit({}, {}, shuffled);
    EXPECT_EQ(drain(*s.lastQuadSource(dir)), canonical);
    EXPECT_EQ(s.lastQuads().size(), shuffled.size());
    // In order, as a build commits its graph.nq.
    s.commit({}, {}, canonical);
    const auto named = graphFiles(dir);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(drain(*s.lastQuadSource(dir)), canonical);
    writeRdfFile(dir / "out.nq", RdfSyntax::NQuads, canonical);
    NQuadsSource file(dir / "out.nq");
    EXPECT_EQ(drain(file), canonical);
    s.commit({}, {}, dir / "out.nq");
    fs::remove(dir / "out.nq");
    EXPECT_EQ(graphFiles(dir), named) << "the same quads give the same file, whichever way they come";
  }
  { std::FILE* f = std::fopen((dir / "bad.nq").c_str(), "w"); std::fputs("<https://e.org/s> <https://e.org/p> bad .\n", f); std::fclose(f); }
  NQuadsSource bad(dir / "bad.nq");
  EXPECT_THROW((void)bad.next(), std::runtime_error);
  { std::FILE* f = std::fopen((dir / "last.nq").c_str(), "w"); std::fputs("\n<https://e.org/s> <https://e.org/p> \"no newline\" .", f); std::fclose(f); }
  NQuadsSource last(dir / "last.nq");
  const auto lastQuads = drain(last);
  ASSERT_EQ(lastQuads.size(), 1u);
  EXPECT_EQ(lastQuads[0].object.value, "no newline");
  fs::remove_all(dir);
}

TEST(Delta, addedAndRemovedAreSetDifferences) {
  const auto q = [](const char* s, const char* g) { return Quad{Term::iri(s), Term::iri("https://e.org/p"), Term::literal("v"), g}; };
  const Delta d = diffQuads({q("https://e.org/a", "https://e.org/g1"), q("https://e.org/b", "https://e.org/g1")},
                            {q("https://e.org/b", "https://e.org/g1"), q("https://e.org/c", "https://e.org/g2")});
  ASSERT_EQ(d.added.size(), 1u);
  EXPECT_EQ(d.added[0].subject.value, "https://e.org/c");
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].subject.value, "https://e.org/a");
  const auto ops = sparqlUpdates(d);
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[0].rfind("DELETE DATA {\nGRAPH <https://e.org/g1> {\n<https://e.org/a> <https://e.org/p> \"v\" .", 0), 0u) << ops[0];
  EXPECT_EQ(ops[1].rfind("INSERT DATA {\nGRAPH <https://e.org/g2> {", 0), 0u) << ops[1];
}

}  // namespace
}  // namespace ng
