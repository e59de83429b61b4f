// The RDF form of the knowledge graph: plain quads, built by graph/ and written by export/.
#pragma once

#include <compare>
#include <string>
#include <vector>

#include "extract/ArticleGraph.h"

namespace ng {

/// An RDF term: an IRI or a literal with one of the datatypes newsgraph writes.
struct Term {
  enum class Kind : std::uint8_t { Iri, Literal };
  Kind kind = Kind::Iri;
  std::string value;
  Literal::Type type = Literal::Type::String;  ///< for literals only

  static Term iri(std::string v) { return {Kind::Iri, std::move(v), Literal::Type::String}; }
  static Term literal(std::string v, Literal::Type t = Literal::Type::String) {
    return {Kind::Literal, std::move(v), t};
  }
  friend bool operator==(const Term&, const Term&) = default;
  friend auto operator<=>(const Term&, const Term&) = default;
};

/// A triple in a named graph. `graph` is empty for a triple of the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  std::string graph;
  friend bool operator==(const Quad&, const Quad&) = default;
};

/// Canonical order for output: by graph, then subject, then a fixed predicate order
/// (rdf:type, rdfs:label, skos:altLabel first), then object. Gives byte-identical files.
bool quadLess(const Quad& a, const Quad& b);

/// Sorts into canonical order and removes duplicates.
void canonicalize(std::vector<Quad>& quads);

/// Quads handed out one at a time, for graphs that need not fit in memory.
class QuadSource {
 public:
  virtual ~QuadSource() = default;
  /// The next quad, or nullptr after the last one. The quad stays valid until the next call.
  [[nodiscard]] virtual const Quad* next() = 0;
};

/// A QuadSource over quads in memory.
class VectorQuadSource : public QuadSource {
 public:
  explicit VectorQuadSource(const std::vector<Quad>& quads) : quads_(quads) {}
  const Quad* next() override { return at_ < quads_.size() ? &quads_[at_++] : nullptr; }

 private:
  const std::vector<Quad>& quads_;
  std::size_t at_ = 0;
};

}  // namespace ng
