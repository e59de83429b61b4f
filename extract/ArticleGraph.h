// What extraction hands to the graph stage: the article's things and facts as a small labelled
// graph. Nodes are either resolvable things (actors, places, events: merged across articles by
// graph/) or facts (roles, statements, quotations, casualty counts: kept per article).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "ingest/Article.h"
#include "ontology/Vocabulary.h"

namespace ng {

struct Literal {
  /// YearMonth ("2025-10") and Year ("2025"): an event dated by its month or year only.
  enum class Type : std::uint8_t { String, Date, Integer, Decimal, YearMonth, Year };
  std::string value;
  Type type = Type::String;
  friend bool operator==(const Literal&, const Literal&) = default;
  friend auto operator<=>(const Literal&, const Literal&) = default;
};

struct Node {
  onto::Class cls = onto::Class::Organization;
  std::string label;                  ///< preferred name (things) or a short description (facts)
  std::vector<std::string> forms;     ///< surface forms seen in the text (things)
  std::vector<std::string> evidence;  ///< sentences it was read from (facts and events)
  double confidence = 1.0;            ///< 0..1, from the extractor that produced it
  std::string extractor;              ///< name of that extractor, for logs and debugging
};

struct Edge {
  std::uint32_t subject = 0;                     ///< index into ArticleGraph::nodes
  onto::Prop prop = onto::Prop::participant;
  std::variant<std::uint32_t, Literal> object;   ///< a node index or a literal
};

struct ArticleGraph {
  Article article;  ///< metadata; text may be cleared once extraction is done
  std::vector<Node> nodes;
  std::vector<Edge> edges;

  std::uint32_t addNode(Node n) {
    nodes.push_back(std::move(n));
    return static_cast<std::uint32_t>(nodes.size() - 1);
  }
  void addEdge(std::uint32_t s, onto::Prop p, std::uint32_t o) { edges.push_back({s, p, o}); }
  void addEdge(std::uint32_t s, onto::Prop p, Literal o) { edges.push_back({s, p, std::move(o)}); }
};

}  // namespace ng
