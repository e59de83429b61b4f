// The knowledge graph for graph tools: GraphML (Gephi, Cytoscape, yEd), GEXF 1.3 (Gephi) and
// Graphviz DOT. Nodes are the resolved things (actors, places, events); edges are the relations
// between them, each with the kind of relation, how many facts support it and in which articles.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/Resolver.h"

namespace ng {

/// One resolved thing.
struct GraphNode {
  std::string id;      ///< stable, XML NMTOKEN-safe: the IRI after the base, '/' as '.', see nodeId()
  std::string iri;
  std::string label;
  std::string type;    ///< class local name ("Person", "Country", "Negotiation")
  std::size_t mentions = 0;  ///< articles that mention it
  std::size_t degree = 0;    ///< KnowledgeGraph::degree: neighbours in the thing graph
};

/// A relation source -> target of one kind, merged over every fact and article that states it.
struct GraphEdge {
  std::size_t source = 0;  ///< index into EntityGraph::nodes
  std::size_t target = 0;
  /// Property local name: "accuses", "demandsFrom", "criticizes", "threatens", "rejects" (and
  /// "praises", "supports", "denies", "statement" for speech acts without a shortcut property),
  /// "spokespersonFor", "leaderOf", "memberOf", "roleIn" (a person's role in an actor),
  /// "locatedIn", "participant", "mediator", "location".
  std::string kind;
  std::size_t weight = 0;             ///< distinct facts supporting it (a shortcut triple and its statement count once)
  std::vector<std::string> articles;  ///< dcterms:identifier of each supporting article, sorted
};

/// The thing graph: nodes in IRI order, edges ordered by (source, target, kind).
struct EntityGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

/// Which quads become edges:
/// - a statement fact (ng:Accusation, ng:Demand, ...) gives agent -> target for each agent and
///   target that are things, of the kind of its shortcut property;
/// - a role fact gives holder -> roleIn ("roleIn");
/// - any ng: property between two things (ng:accuses, ng:leaderOf, ng:locatedIn,
///   ng:participant, ng:mediator, ng:location, ...) gives subject -> object, except
///   ng:mentionedIn.
/// Quotations and casualty counts give no edge; self-loops are dropped. Deterministic.
[[nodiscard]] EntityGraph entityGraph(const KnowledgeGraph& kg);

/// entityGraph() from quads given one at a time, so that they need not all be in memory.
class EntityGraphBuilder {
 public:
  /// `entities` sorted by IRI (KnowledgeGraph::entities); it must outlive the builder.
  explicit EntityGraphBuilder(const std::vector<CanonicalEntity>& entities);
  ~EntityGraphBuilder();
  EntityGraphBuilder(const EntityGraphBuilder&) = delete;
  EntityGraphBuilder& operator=(const EntityGraphBuilder&) = delete;

  void add(const Quad& q);
  /// The quads of one article are complete: its facts and edges are folded into the totals.
  /// Facts belong to one article, so a build calls this after each one to keep memory bounded.
  void endArticle();
  /// The graph; `degree` and `baseIri` as in KnowledgeGraph. Call once.
  [[nodiscard]] EntityGraph finish(const std::map<std::string, std::size_t>& degree, const std::string& baseIri);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// For a picture: the `n` nodes with the most distinct neighbours (ties: higher degree, more
/// mentions, then id; nodes without any edge never), less those left without an edge among the
/// chosen, and the edges between them, in the original order. So at most `n` nodes.
[[nodiscard]] EntityGraph topEntities(const EntityGraph& g, std::size_t n);

/// A node id from an entity IRI: the part after `base` (the whole IRI when it does not start
/// with it) with ASCII letters, digits and '-' kept, '/' as '.', every other byte as "_XX" (hex).
/// Injective, so ids never collide, and a valid XML NMTOKEN as GraphML requires.
[[nodiscard]] std::string nodeId(std::string_view iri, std::string_view base);

[[nodiscard]] std::string graphMlText(const EntityGraph& g);
[[nodiscard]] std::string gexfText(const EntityGraph& g);

struct DotOptions {
  bool edgeLabels = true;  ///< write the kind (and weight when > 1) on each edge
  /// One edge per (source, target) with every kind on its label, for a readable picture;
  /// graph.dot keeps one edge per kind like the other formats.
  bool mergeParallel = false;
  std::string title;       ///< a graph label drawn under the picture; empty: none
};
[[nodiscard]] std::string dotText(const EntityGraph& g, const DotOptions& options = {});

/// Each writes its text to `path` atomically (see writeFileAtomic).
void writeGraphMl(const std::filesystem::path& path, const EntityGraph& g);
void writeGexf(const std::filesystem::path& path, const EntityGraph& g);
void writeDot(const std::filesystem::path& path, const EntityGraph& g, const DotOptions& options = {});

/// Reads back the N-Quads of a build (OUT/graph.nq) with Serd: the quads, the things (subjects
/// with ng:mentionedIn: class, label, articles), the degrees and statistics, and the base IRI
/// (inferred from the article IRIs). Enough for entityGraph(). Throws std::runtime_error naming
/// the file and line when it cannot be read or parsed.
[[nodiscard]] KnowledgeGraph readKnowledgeGraph(const std::filesystem::path& nquads);

}  // namespace ng
