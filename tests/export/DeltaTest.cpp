#include "export/Delta.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ng {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Quad quad(int s, int o, const std::string& graph) {
  return {Term::iri("https://e.org/s" + std::to_string(s)), Term::iri("https://e.org/p"),
          Term::literal("v \"" + std::to_string(o) + "\"\n"), graph};
}

/// DeltaWriter's three files against diffQuads() written by writeRdfFile() and writeSparqlUpdate().
void expectSameAsInMemory(std::vector<Quad> before, std::vector<Quad> after, const std::string& what) {
  const fs::path root = fs::temp_directory_path() / ("ng-delta-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "memory");
  fs::create_directories(root / "stream");
  fs::create_directories(root / "work");
  const Delta d = diffQuads(before, after);
  writeRdfFile(root / "memory/added.nq", RdfSyntax::NQuads, d.added);
  writeRdfFile(root / "memory/removed.nq", RdfSyntax::NQuads, d.removed);
  writeSparqlUpdate(root / "memory/update.ru", d);
  canonicalize(before);
  canonicalize(after);
  VectorQuadSource last(before);
  DeltaWriter w(root / "stream", root / "work", last);
  for (const auto& q : after) w.add(q);
  w.finish();
  EXPECT_EQ(w.added(), d.added.size()) << what;
  EXPECT_EQ(w.removed(), d.removed.size()) << what;
  for (const char* f : {"added.nq", "removed.nq", "update.ru"})
    EXPECT_EQ(slurp(root / "stream" / f), slurp(root / "memory" / f)) << what << ": " << f;
  EXPECT_TRUE(fs::is_empty(root / "work")) << "scratch files are removed";
  fs::remove_all(root);
}

TEST(DeltaWriter, writesWhatTheInMemoryDeltaWrites) {
  std::vector<Quad> before, after;
  // Over 5000 quads in one graph: more than one operation for it.
  for (int i = 0; i < 6000; ++i) before.push_back(quad(i, i % 3, "https://e.org/g1"));
  for (int i = 3000; i < 12000; ++i) after.push_back(quad(i, i % 3, "https://e.org/g1"));
  for (int i = 0; i < 10; ++i) {
    before.push_back(quad(i, 1, "https://e.org/g0"));
    after.push_back(quad(i, i % 2, "https://e.org/g0"));
    after.push_back(quad(i, 0, ""));
  }
  expectSameAsInMemory(before, after, "both ways");
  expectSameAsInMemory({}, after, "first run: everything added");
  expectSameAsInMemory(before, {}, "everything removed");
  expectSameAsInMemory(before, before, "nothing changed");
  expectSameAsInMemory({}, {}, "empty");
}

}  // namespace
}  // namespace ng
