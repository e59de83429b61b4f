#include "export/RdfWriter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/Iri.h"

namespace ng {
namespace {

const std::string kNg = "https://w3id.org/newsgraph/ontology#";

std::vector<Quad> sample() {
  return {
      {Term::iri("https://e.org/a"), Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Term::iri(kNg + "Person"), "https://e.org/g1"},
      {Term::iri("https://e.org/a"), Term::iri("http://www.w3.org/2000/01/rdf-schema#label"), Term::literal("Ann \"the\" O'Neil\n\\ \xF0\x9F\x9A\x80"), "https://e.org/g1"},
      {Term::iri("https://e.org/a"), Term::iri(kNg + "confidence"), Term::literal("0.80", Literal::Type::Decimal), "https://e.org/g1"},
      {Term::iri("https://e.org/b"), Term::iri(kNg + "date"), Term::literal("2024-01-02", Literal::Type::Date), "https://e.org/g2"},
  };
}

TEST(RdfWriter, writesTurtleWithPrefixesAndEscapes) {
  RdfWriter w(RdfSyntax::Turtle);
  for (const auto& q : sample()) w.write(q);
  w.finish();
  const std::string& t = w.text();
  EXPECT_NE(t.find("@prefix ng: <https://w3id.org/newsgraph/ontology#> ."), std::string::npos);
  EXPECT_NE(t.find("a ng:Person"), std::string::npos);
  EXPECT_NE(t.find("ng:confidence 0.80"), std::string::npos) << "decimals are written in Turtle's short form";
  EXPECT_NE(t.find("\"2024-01-02\"^^xsd:date"), std::string::npos);
  // Short string form with escapes, never a """long string""" (see RdfWriter::write).
  EXPECT_NE(t.find("\"Ann \\\"the\\\" O'Neil\\n\\\\ \xF0\x9F\x9A\x80\""), std::string::npos) << t;
  EXPECT_EQ(t.find("\"\"\""), std::string::npos) << t;
  EXPECT_EQ(w.count(), 4u);
}

TEST(RdfWriter, writesNQuadsLineByLine) {
  RdfWriter w(RdfSyntax::NQuads);
  for (const auto& q : sample()) w.write(q);
  w.finish();
  std::istringstream in(w.text());
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    EXPECT_TRUE(line.ends_with("> ."));
  }
  EXPECT_EQ(lines, 4);
  EXPECT_NE(w.text().find("<https://e.org/b> <https://w3id.org/newsgraph/ontology#date> \"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> <https://e.org/g2> ."),
            std::string::npos)
      << w.text();
}

TEST(RdfWriter, writesTrigGraphsWithoutGraphKeyword) {
  RdfWriter w(RdfSyntax::TriG);
  for (const auto& q : sample()) w.write(q);
  w.finish();
  EXPECT_NE(w.text().find("<https://e.org/g1> {"), std::string::npos) << w.text();
  EXPECT_NE(w.text().find("<https://e.org/g2> {"), std::string::npos);
  EXPECT_EQ(w.text().find("GRAPH"), std::string::npos);
}

TEST(RdfWriter, atomicWriteReplacesOnlyOnSuccess) {
  const auto dir = std::filesystem::temp_directory_path() / "ng-atomic-test";
  std::filesystem::create_directories(dir);
  const auto file = dir / "x.ttl";
  writeRdfFile(file, RdfSyntax::Turtle, sample());
  const auto size = std::filesystem::file_size(file);
  EXPECT_GT(size, 0u);
  EXPECT_THROW(writeFileAtomic(file, [](std::FILE* f) {
                 std::fputs("half", f);
                 throw std::runtime_error("boom");
               }),
               std::runtime_error);
  EXPECT_EQ(std::filesystem::file_size(file), size) << "a failed write must leave the old file";
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1) << "no temporary file left behind";
  std::filesystem::remove_all(dir);
}

TEST(Iri, slugsAndSafety) {
  EXPECT_EQ(slugify("Recep Tayyip Erdo\xC4\x9F" "an"), "recep-tayyip-erdogan");
  EXPECT_EQ(slugify("  <>{}  "), "x");
  EXPECT_EQ(slugify("T\xC3\xBCrkiye"), "turkiye");
  EXPECT_EQ(iriSafe("a b<c>\"{|}^`\\"), "a%20b%3Cc%3E%22%7B%7C%7D%5E%60%5C");
  EXPECT_EQ(shortHash("abc"), shortHash("abc"));
  EXPECT_NE(shortHash("abc"), shortHash("abd"));
  EXPECT_TRUE(checkBaseIri("https://example.org/kg/").empty());
  EXPECT_FALSE(checkBaseIri("https://example.org/kg").empty());
  EXPECT_FALSE(checkBaseIri("ftp://x/").empty());
  EXPECT_FALSE(checkBaseIri("http://a b/").empty());
}

}  // namespace
}  // namespace ng
