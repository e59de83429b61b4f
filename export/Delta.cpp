#include "export/Delta.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "export/RdfWriter.h"

namespace ng {

Delta diffQuads(std::vector<Quad> before, std::vector<Quad> after) {
  canonicalize(before);
  canonicalize(after);
  Delta d;
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(d.added), quadLess);
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(d.removed), quadLess);
  return d;
}

namespace {

void operations(const std::vector<Quad>& quads, const char* verb, std::size_t chunk, std::vector<std::string>& out) {
  std::map<std::string, std::vector<const Quad*>> byGraph;
  for (const auto& q : quads) byGraph[q.graph].push_back(&q);
  for (const auto& [graph, qs] : byGraph) {
    for (std::size_t start = 0; start < qs.size(); start += chunk) {
      RdfWriter w(RdfSyntax::NTriples);
      for (std::size_t i = start; i < qs.size() && i < start + chunk; ++i) w.write({qs[i]->subject, qs[i]->predicate, qs[i]->object, {}});
      w.finish();
      std::string op = std::string(verb) + " DATA {\n";
      if (!graph.empty()) op += "GRAPH <" + graph + "> {\n";
      op += w.text();
      if (!graph.empty()) op += "}\n";
      op += "}";
      out.push_back(std::move(op));
    }
  }
}

}  // namespace

std::vector<std::string> sparqlUpdates(const Delta& delta, std::size_t chunk) {
  std::vector<std::string> ops;
  operations(delta.removed, "DELETE", chunk, ops);
  operations(delta.added, "INSERT", chunk, ops);
  return ops;
}

void writeSparqlUpdate(const std::filesystem::path& path, const Delta& delta) {
  const auto ops = sparqlUpdates(delta);
  writeFileAtomic(path, [&](std::FILE* f) {
    for (std::size_t i = 0; i < ops.size(); ++i) {
      std::fputs(ops[i].c_str(), f);
      std::fputs(i + 1 < ops.size() ? " ;\n" : "\n", f);
    }
  });
}

}  // namespace ng
