#include "app/ArticleSpill.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace ng {
namespace {

namespace fs = std::filesystem;

ArticleGraph graph(const std::string& id, std::size_t evidenceBytes) {
  ArticleGraph g;
  g.article = {id, "Title \"quoted\"", "2024-05-01", "Outlet", "https://e.org/a?b=1", "the text", "in/file.jsonl", 42};
  Node p;
  p.cls = onto::Class::Person;
  p.label = "Olena Kovalenko";
  p.forms = {"Olena Kovalenko", "Kovalenko", ""};
  p.confidence = 0.1 + 0.2;  // not exact in binary: must come back bit for bit
  p.extractor = "entities";
  Node q;
  q.cls = onto::Class::Quotation;
  q.label = "We are ready";
  q.evidence = {std::string(evidenceBytes, 'e'), "\"We are ready,\" she said.\n"};
  q.extractor = "quotes";
  const auto pi = g.addNode(p);
  const auto qi = g.addNode(q);
  g.addEdge(qi, onto::Prop::speaker, pi);
  g.addEdge(qi, onto::Prop::text, Literal{"We are ready", Literal::Type::String});
  g.addEdge(qi, onto::Prop::date, Literal{"2024-05-01", Literal::Type::Date});
  g.addEdge(qi, onto::Prop::killed, Literal{"12", Literal::Type::Integer});
  return g;
}

void expectSame(const ArticleGraph& a, const ArticleGraph& b) {
  EXPECT_EQ(a.article.id, b.article.id);
  EXPECT_EQ(a.article.title, b.article.title);
  EXPECT_EQ(a.article.date, b.article.date);
  EXPECT_EQ(a.article.publisher, b.article.publisher);
  EXPECT_EQ(a.article.url, b.article.url);
  EXPECT_EQ(a.article.sourcePath, b.article.sourcePath);
  EXPECT_EQ(a.article.line, b.article.line);
  ASSERT_EQ(a.nodes.size(), b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    EXPECT_EQ(a.nodes[i].cls, b.nodes[i].cls);
    EXPECT_EQ(a.nodes[i].label, b.nodes[i].label);
    EXPECT_EQ(a.nodes[i].forms, b.nodes[i].forms);
    EXPECT_EQ(a.nodes[i].evidence, b.nodes[i].evidence);
    EXPECT_EQ(a.nodes[i].confidence, b.nodes[i].confidence);
    EXPECT_EQ(a.nodes[i].extractor, b.nodes[i].extractor);
  }
  ASSERT_EQ(a.edges.size(), b.edges.size());
  for (std::size_t i = 0; i < a.edges.size(); ++i) {
    EXPECT_EQ(a.edges[i].subject, b.edges[i].subject);
    EXPECT_EQ(a.edges[i].prop, b.edges[i].prop);
    EXPECT_EQ(a.edges[i].object, b.edges[i].object);
  }
}

TEST(ArticleSpill, graphsComeBackWholeInAnyOrder) {
  const fs::path file = fs::temp_directory_path() / ("ng-spill-test-" + std::to_string(::getpid()));
  {
    ArticleSpill spill(file);
    // The middle one is larger than the read buffer.
    const std::vector<ArticleGraph> in = {graph("a", 10), graph("b", 200000), graph("c", 0)};
    std::vector<std::uint64_t> at;
    for (const auto& g : in) at.push_back(spill.put(g));
    EXPECT_TRUE(fs::exists(file));
    for (const std::size_t i : {2, 0, 1, 1, 2}) {
      const ArticleGraph back = spill.get(at[i]);
      expectSame(back, in[i]);
      EXPECT_TRUE(back.article.text.empty()) << "the text is not parked";
    }
    EXPECT_THROW((void)spill.put(in[0]), std::logic_error);
  }
  EXPECT_FALSE(fs::exists(file)) << "the spill removes its file";
}

}  // namespace
}  // namespace ng
