// ActorResolver's look-ups by token, on a hand-made document: mentionsIn() answers from an index
// sorted by first token, and must give what a scan of every mention in index order gives.
#include "extract/facts/Actors.h"

#include <gtest/gtest.h>

#include <vector>

#include "extract/ArticleGraph.h"
#include "extract/Document.h"
#include "extract/Gazetteer.h"
#include "extract/facts/FactSink.h"

namespace ng {
namespace {

Document documentWithMentions(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& tokenRanges) {
  Document doc;
  doc.article.text = "a b c d e f g h i j";
  for (std::uint32_t t = 0; t < 10; ++t) doc.tokens.push_back(Token{Span{2 * t, 2 * t + 1}, "NNP", "O"});
  for (const auto& [b, e] : tokenRanges) {
    Mention m;
    m.tokenBegin = b;
    m.tokenEnd = e;
    m.span = Span{2 * b, 2 * (e - 1) + 1};
    doc.mentions.push_back(m);
  }
  return doc;
}

TEST(ActorResolver, mentionsInGivesMentionsStartingInTheRangeInIndexOrder) {
  // Not in text order, and two mentions on one token (the parts of "Chad-Sudan").
  const Document doc = documentWithMentions({{5, 6}, {2, 4}, {5, 6}, {8, 10}});
  ArticleGraph graph;
  FactSink sink(doc, graph);
  const Gazetteer gaz;
  const ActorResolver actors(sink, gaz);
  EXPECT_EQ(actors.mentionsIn(2, 6), (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(actors.mentionsIn(3, 6), (std::vector<int>{0, 2}));  // mention 1 starts before 3
  EXPECT_EQ(actors.mentionsIn(0, 100), (std::vector<int>{0, 1, 2, 3}));
  EXPECT_TRUE(actors.mentionsIn(6, 8).empty());
  EXPECT_TRUE(actors.mentionsIn(6, 6).empty());
  EXPECT_TRUE(actors.mentionsIn(9, 2).empty());
  EXPECT_EQ(actors.mentionAtToken(3), 1);
  EXPECT_EQ(actors.mentionAtToken(7), -1);
}

}  // namespace
}  // namespace ng
