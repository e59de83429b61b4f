#include "extract/facts/FactSink.h"

#include "extract/TextNorm.h"

#include <algorithm>

namespace ng {

FactSink::FactSink(const Document& doc, ArticleGraph& graph)
    : doc_(doc), lowerText_(lowerAscii(doc.text())), graph_(graph) {
  for (const Edge& e : graph_.edges) {
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) nodeEdges_[nodeEdgeKey(e.subject, e.prop, 0)].push_back(*o);
    else literalEdges_.insert(literalEdgeKey(e.subject, e.prop, std::get<Literal>(e.object)));
  }
  for (std::size_t i = 0; i < doc.entities.size() && i < graph.nodes.size(); ++i) {
    if (doc.entities[i].cls == onto::Class::Country) countries_.emplace(doc.entities[i].name, static_cast<std::uint32_t>(i));
    for (int m : doc.entities[i].mentions) {
      const auto s = doc.sentenceAt(doc.mentions[static_cast<std::size_t>(m)].span.begin);
      if (s < doc.sentences.size()) {
        auto& v = sentences_[static_cast<std::uint32_t>(i)];
        if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
      }
    }
  }
}

std::uint32_t FactSink::countryNode(const std::string& canonicalName) {
  if (auto it = countries_.find(canonicalName); it != countries_.end()) return it->second;
  Node n;
  n.cls = onto::Class::Country;
  n.label = canonicalName;
  n.extractor = "implied";
  const auto id = graph_.addNode(std::move(n));
  countries_.emplace(canonicalName, id);
  return id;
}

std::uint32_t FactSink::addFact(onto::Class cls, std::string label, std::size_t sentence, double confidence,
                                std::string extractor) {
  Node n;
  n.cls = cls;
  n.label = std::move(label);
  n.confidence = confidence;
  n.extractor = std::move(extractor);
  const auto id = graph_.addNode(std::move(n));
  addEvidence(id, sentence);
  return id;
}

void FactSink::addEvidence(std::uint32_t node, std::size_t sentence) {
  if (sentence >= doc_.sentences.size()) return;
  auto& v = sentences_[node];
  if (std::find(v.begin(), v.end(), sentence) != v.end()) return;
  v.push_back(sentence);
  graph_.nodes[node].evidence.emplace_back(doc_.slice(doc_.sentences[sentence].span));
}

const std::vector<std::size_t>& FactSink::sentencesOf(std::uint32_t node) const {
  static const std::vector<std::size_t> kNone;
  const auto it = sentences_.find(node);
  return it == sentences_.end() ? kNone : it->second;
}

std::uint64_t FactSink::nodeEdgeKey(std::uint32_t s, onto::Prop p, std::uint32_t) {
  return (static_cast<std::uint64_t>(s) << 16) | static_cast<std::uint64_t>(p);
}

std::string FactSink::literalEdgeKey(std::uint32_t s, onto::Prop p, const Literal& o) {
  std::string key = std::to_string(s);
  key += ' ';
  key += std::to_string(static_cast<int>(p));
  key += ' ';
  key += std::to_string(static_cast<int>(o.type));
  key += ' ';
  key += o.value;
  return key;
}

bool FactSink::hasEdge(std::uint32_t s, onto::Prop p, std::uint32_t o) const {
  const auto it = nodeEdges_.find(nodeEdgeKey(s, p, o));
  return it != nodeEdges_.end() && std::find(it->second.begin(), it->second.end(), o) != it->second.end();
}

bool FactSink::addEdge(std::uint32_t s, onto::Prop p, std::uint32_t o) {
  auto& objects = nodeEdges_[nodeEdgeKey(s, p, o)];
  if (std::find(objects.begin(), objects.end(), o) != objects.end()) return false;
  objects.push_back(o);
  graph_.addEdge(s, p, o);
  return true;
}

bool FactSink::addEdge(std::uint32_t s, onto::Prop p, Literal o) {
  if (!literalEdges_.insert(literalEdgeKey(s, p, o)).second) return false;
  graph_.addEdge(s, p, std::move(o));
  return true;
}

}  // namespace ng
