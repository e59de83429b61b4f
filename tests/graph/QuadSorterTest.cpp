#include "graph/QuadSorter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "graph/Iri.h"

namespace ng {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("ng-sorter-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

/// Quads with repeats, literals of every type, empty and long strings, and the predicates that
/// the canonical order ranks first.
std::vector<Quad> someQuads(std::size_t n) {
  std::mt19937 rng(7);
  const std::vector<std::string> predicates = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                               "http://www.w3.org/2000/01/rdf-schema#label",
                                               "http://www.w3.org/2004/02/skos/core#altLabel", "https://e.org/p",
                                               "https://e.org/a"};
  std::vector<Quad> out;
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = rng();
    Quad q;
    q.subject = Term::iri("https://e.org/s" + std::to_string(r % 37));
    q.predicate = Term::iri(predicates[r % predicates.size()]);
    if (r % 3 == 0) q.object = Term::iri("https://e.org/o" + std::to_string(r % 11));
    else q.object = Term::literal(r % 5 == 0 ? std::string(300, 'x') : "v\n\"" + std::to_string(r % 13),
                                  static_cast<Literal::Type>(r % 4));
    q.graph = r % 7 == 0 ? "" : "https://e.org/g" + std::to_string(r % 5);
    out.push_back(q);
  }
  return out;
}

std::vector<Quad> drain(QuadSource& source) {
  std::vector<Quad> out;
  for (const Quad* q = source.next(); q; q = source.next()) out.push_back(*q);
  return out;
}

TEST(QuadSorter, inMemoryGivesTheCanonicalOrder) {
  TempDir dir;
  auto quads = someQuads(500);
  QuadSorter sorter(dir.path, "t");
  for (const auto& q : quads) sorter.add(q);
  const auto sorted = sorter.sorted();
  EXPECT_EQ(sorter.runs(), 0u);
  canonicalize(quads);
  EXPECT_EQ(drain(*sorted), quads);
}

TEST(QuadSorter, runsOnDiskMergeIntoTheCanonicalOrderWithoutDuplicates) {
  TempDir dir;
  auto quads = someQuads(3000);
  // About 20 quads per run: 150 runs, more than one merge round takes at once.
  QuadSorter sorter(dir.path, "t", 20 * approxBytes(quads.front()));
  for (const auto& q : quads) sorter.add(q);
  sorter.add(quads.front());  // a duplicate in another run
  const auto sorted = sorter.sorted();
  canonicalize(quads);
  EXPECT_EQ(drain(*sorted), quads);
  EXPECT_EQ(sorted->next(), nullptr) << "stays at the end";
}

TEST(QuadSorter, removesItsFiles) {
  TempDir dir;
  {
    QuadSorter sorter(dir.path, "t", 1);
    for (const auto& q : someQuads(50)) sorter.add(q);
    EXPECT_GT(sorter.runs(), 1u);
    const auto sorted = sorter.sorted();
    EXPECT_NE(sorted->next(), nullptr);
  }
  EXPECT_TRUE(fs::is_empty(dir.path));
}

TEST(QuadSorter, emptyInput) {
  TempDir dir;
  QuadSorter sorter(dir.path, "t");
  EXPECT_EQ(sorter.sorted()->next(), nullptr);
}

TEST(StableHash, piecesHashLikeTheWhole) {
  StableHash h;
  h.add("graph ");
  h.add("");
  h.add("quads\n");
  EXPECT_EQ(h.value(), stableHash("graph quads\n"));
  EXPECT_EQ(h.hex(16), shortHash("graph quads\n", 16));
  EXPECT_NE(h.hex(16), shortHash("graph quads", 16));
}

}  // namespace
}  // namespace ng
