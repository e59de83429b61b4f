// Where fact extractors put what they find: nodes and edges of the article's graph, each fact
// with its evidence sentence and confidence. One FactSink per article; not thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/ArticleGraph.h"
#include "extract/Document.h"

namespace ng {

class FactSink {
 public:
  /// `graph` must already hold one node per doc.entities[i], at index i (toArticleGraph does this).
  FactSink(const Document& doc, ArticleGraph& graph);

  [[nodiscard]] const Document& doc() const { return doc_; }
  [[nodiscard]] ArticleGraph& graph() { return graph_; }
  /// Token t of the document with ASCII letters lowercased (lowerAscii()): a view of one
  /// lowercased copy of the text, so the extractors that compare every word in lowercase make
  /// no string per token.
  [[nodiscard]] std::string_view lowerTokenText(std::size_t t) const {
    const Span s = doc_.tokens[t].span;
    return std::string_view(lowerText_).substr(s.begin, s.size());
  }

  /// Node of a local entity (doc.entities index).
  [[nodiscard]] std::uint32_t entityNode(int entity) const { return static_cast<std::uint32_t>(entity); }

  /// A country's node by canonical name, created (as an unmentioned country) when the article
  /// only implies it ("Khartoum said" -> Sudan). Returns the node index.
  std::uint32_t countryNode(const std::string& canonicalName);

  /// Adds a fact node (Role, Quotation, Statement subclass, CasualtyCount, or an Event) with its
  /// evidence: the sentence `sentence` of the document.
  std::uint32_t addFact(onto::Class cls, std::string label, std::size_t sentence, double confidence,
                        std::string extractor);

  /// Adds an edge unless the very same edge is already there. Returns true when added.
  bool addEdge(std::uint32_t s, onto::Prop p, std::uint32_t o);
  bool addEdge(std::uint32_t s, onto::Prop p, Literal o);
  [[nodiscard]] bool hasEdge(std::uint32_t s, onto::Prop p, std::uint32_t o) const;

  /// Sentences (indexes into doc.sentences) that evidence a node, in the order they were added.
  [[nodiscard]] const std::vector<std::size_t>& sentencesOf(std::uint32_t node) const;
  /// Adds another evidence sentence to an existing node (an event mentioned again).
  void addEvidence(std::uint32_t node, std::size_t sentence);

 private:
  const Document& doc_;
  const std::string lowerText_;  // lowerAscii(doc_.text()): the same byte offsets
  ArticleGraph& graph_;
  std::map<std::uint32_t, std::vector<std::size_t>> sentences_;
  std::map<std::string, std::uint32_t> countries_;
  // The edges of graph_ (kept in step by addEdge()), so that a duplicate is found in constant
  // time: a long article has tens of thousands of edges, and a scan per edge was quadratic.
  [[nodiscard]] static std::uint64_t nodeEdgeKey(std::uint32_t s, onto::Prop p, std::uint32_t o);
  [[nodiscard]] static std::string literalEdgeKey(std::uint32_t s, onto::Prop p, const Literal& o);
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> nodeEdges_;  // (s, p) -> objects
  std::unordered_set<std::string> literalEdges_;
};

}  // namespace ng
