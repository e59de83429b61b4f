// libFuzzer target over the whole pipeline: the input bytes become a .txt article or a .jsonl
// file, go through the real ingest, extraction and graph stages, and are written as Turtle, TriG
// and N-Quads in memory. serd then re-reads each output in strict mode, and the triples it reads
// must be exactly the ones that were written: a file a parser rejects, or one that silently
// changes a value (a truncated literal, a mangled IRI), is a finding just like a crash. So are a
// typed literal whose form its datatype forbids ("2024-02-30"^^xsd:date) and an accepted article
// without its node in the graph.
//
// Input format: the first byte selects the file type ('j': .jsonl, anything else: .txt), the rest
// is the file's content. Seeds are in fuzz/corpus/.

#include <serd/serd.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/RdfWriter.h"
#include "extract/DataDir.h"
#include "extract/Pipeline.h"
#include "graph/Resolver.h"
#include "ingest/Ingest.h"
#include "ontology/Vocabulary.h"

namespace ng {
namespace {
namespace fs = std::filesystem;

struct Fixture {
  std::shared_ptr<const ExtractResources> resources;
  fs::path dir;  ///< this process's scratch folder for the input file
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

/// A triple as read back: every term as text, literals with their datatype IRI ("" for plain).
struct ReadTriple {
  std::string graph, subject, predicate, object, datatype;
  bool literal = false;
  friend auto operator<=>(const ReadTriple&, const ReadTriple&) = default;
};

std::string_view datatypeOf(Literal::Type t) {
  switch (t) {
    case Literal::Type::String: return {};
    case Literal::Type::Date: return onto::iri_::xsdDate;
    case Literal::Type::Integer: return onto::iri_::xsdInteger;
    case Literal::Type::Decimal: return onto::iri_::xsdDecimal;
    case Literal::Type::YearMonth: return onto::iri_::xsdGYearMonth;
    case Literal::Type::Year: return onto::iri_::xsdGYear;
  }
  return {};
}

ReadTriple expected(const Quad& q, bool withGraph) {
  ReadTriple t;
  t.graph = withGraph ? q.graph : std::string();
  t.subject = q.subject.value;
  t.predicate = q.predicate.value;
  t.object = q.object.value;
  t.literal = q.object.kind == Term::Kind::Literal;
  if (t.literal) t.datatype = std::string(datatypeOf(q.object.type));
  return t;
}

/// Collects what serd reads; prefixes and the base go into `env` so that CURIEs can be expanded.
struct ReadState {
  SerdEnv* env = serd_env_new(nullptr);
  std::vector<ReadTriple> triples;
  std::string error;
  ~ReadState() { serd_env_free(env); }
};

std::string text(const SerdNode* n) {
  return n && n->buf ? std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes) : std::string();
}

std::string expand(ReadState& st, const SerdNode* n) {
  if (!n || !n->buf) return {};
  if (n->type == SERD_BLANK) return "_:" + text(n);
  if (n->type != SERD_CURIE && n->type != SERD_URI) return text(n);
  SerdNode full = serd_env_expand_node(st.env, n);
  if (!full.buf) return "<unexpandable " + text(n) + ">";
  std::string s = text(&full);
  serd_node_free(&full);
  return s;
}

SerdStatus onBase(void* h, const SerdNode* uri) { return serd_env_set_base_uri(static_cast<ReadState*>(h)->env, uri); }

SerdStatus onPrefix(void* h, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<ReadState*>(h)->env, name, uri);
}

SerdStatus onStatement(void* h, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                       const SerdNode* lang) {
  auto& st = *static_cast<ReadState*>(h);
  ReadTriple t;
  t.graph = expand(st, graph);
  t.subject = expand(st, subject);
  t.predicate = expand(st, predicate);
  t.literal = object->type == SERD_LITERAL;
  t.object = t.literal ? text(object) : expand(st, object);
  t.datatype = expand(st, datatype);
  if (lang && lang->buf) t.datatype = "@" + text(lang);  // newsgraph never writes language tags
  st.triples.push_back(std::move(t));
  return SERD_SUCCESS;
}

SerdStatus onError(void* h, const SerdError* e) {
  auto& st = *static_cast<ReadState*>(h);
  char msg[512];
  std::vsnprintf(msg, sizeof msg, e->fmt, *e->args);
  st.error += "line " + std::to_string(e->line) + ", column " + std::to_string(e->col) + ": " + msg;
  return SERD_SUCCESS;
}

[[noreturn]] void finding(const char* what, const std::string& detail, const std::string& output) {
  std::fprintf(stderr, "\n==== newsgraph fuzz finding: %s\n%s\n---- output (first 4000 bytes):\n%.4000s\n====\n", what,
               detail.c_str(), output.c_str());
  std::abort();
}

/// Re-reads `output` with serd in strict mode and checks it holds exactly `quads`.
void checkOutput(const char* name, SerdSyntax syntax, const std::string& output, const std::vector<Quad>& quads,
                 bool withGraph) {
  ReadState st;
  SerdReader* reader = serd_reader_new(syntax, &st, nullptr, onBase, onPrefix, onStatement, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, onError, &st);
  const SerdStatus status = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(output.c_str()));
  serd_reader_free(reader);
  // SERD_FAILURE without an error is serd's "nothing to read": the output of an empty graph.
  if ((status != SERD_SUCCESS && status != SERD_FAILURE) || !st.error.empty()) {
    finding(name, std::string("serd rejected the output: ") + reinterpret_cast<const char*>(serd_strerror(status)) +
                      "; " + st.error, output);
  }
  std::vector<ReadTriple> want;
  want.reserve(quads.size());
  for (const auto& q : quads) want.push_back(expected(q, withGraph));
  std::sort(want.begin(), want.end());
  std::sort(st.triples.begin(), st.triples.end());
  if (want == st.triples) return;
  // Name the first difference: that is where the writer or the IRI minting went wrong.
  std::vector<ReadTriple> missing, extra;
  std::set_difference(want.begin(), want.end(), st.triples.begin(), st.triples.end(), std::back_inserter(missing));
  std::set_difference(st.triples.begin(), st.triples.end(), want.begin(), want.end(), std::back_inserter(extra));
  const auto show = [](const std::vector<ReadTriple>& v) {
    if (v.empty()) return std::string("(none)");
    const auto& t = v.front();
    return "<" + t.subject + "> <" + t.predicate + "> " + (t.literal ? "\"" + t.object + "\"^^" + t.datatype : "<" + t.object + ">") +
           " graph <" + t.graph + "> (and " + std::to_string(v.size() - 1) + " more)";
  };
  finding(name, "the triples read back differ from the ones written: " + std::to_string(want.size()) + " written, " +
                    std::to_string(st.triples.size()) + " read\n  written, not read: " + show(missing) +
                    "\n  read, not written: " + show(extra), output);
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A number without its sign.
std::string_view withoutSign(std::string_view v) {
  return v.substr(!v.empty() && (v[0] == '-' || v[0] == '+') ? 1 : 0);
}

/// The lexical form of a typed literal must be valid for its datatype: serd does not check this,
/// but SPARQL stores do, and an ill-typed date or number breaks comparisons and loads.
std::string lexicalError(const Term& t) {
  const std::string_view v = t.value;
  switch (t.type) {
    case Literal::Type::String: return {};
    case Literal::Type::Integer:
      return digits(withoutSign(v)) ? std::string() : "not an xsd:integer";
    case Literal::Type::Decimal: {
      const auto body = withoutSign(v);
      const auto dot = body.find('.');
      if (dot == std::string_view::npos) return digits(body) ? std::string() : "not an xsd:decimal";
      const auto whole = body.substr(0, dot), fraction = body.substr(dot + 1);
      const bool ok = (whole.empty() || digits(whole)) && (fraction.empty() || digits(fraction)) &&
                      !(whole.empty() && fraction.empty());
      return ok ? std::string() : "not an xsd:decimal";
    }
    case Literal::Type::Date: {
      if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !digits(v.substr(0, 4)) || !digits(v.substr(5, 2)) ||
          !digits(v.substr(8, 2))) {
        return "not an xsd:date (YYYY-MM-DD)";
      }
      const int y = std::stoi(std::string(v.substr(0, 4))), m = std::stoi(std::string(v.substr(5, 2))),
                d = std::stoi(std::string(v.substr(8, 2)));
      const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap ? 1 : 0)) return "no such calendar day";
      return {};
    }
    case Literal::Type::YearMonth: {
      if (v.size() != 7 || v[4] != '-' || !digits(v.substr(0, 4)) || !digits(v.substr(5, 2))) {
        return "not an xsd:gYearMonth (YYYY-MM)";
      }
      const int m = std::stoi(std::string(v.substr(5, 2)));
      return m >= 1 && m <= 12 ? std::string() : "no such month";
    }
    case Literal::Type::Year:
      return v.size() == 4 && digits(v) ? std::string() : "not an xsd:gYear (YYYY)";
  }
  return {};
}

void checkLiterals(const std::vector<Quad>& quads) {
  for (const auto& q : quads) {
    if (q.object.kind != Term::Kind::Literal) continue;
    if (auto err = lexicalError(q.object); !err.empty()) {
      finding("ill-typed literal", "<" + q.subject.value + "> <" + q.predicate.value + "> \"" + q.object.value +
                                       "\": " + err, "");
    }
  }
}

std::string render(RdfSyntax syntax, const std::vector<Quad>& quads) {
  RdfWriter w(syntax);
  for (const auto& q : quads) w.write(q);
  w.finish();
  return w.text();
}

void runOne(const uint8_t* data, std::size_t size) {
  if (size == 0) return;
  auto& fx = fixture();
  const bool jsonl = data[0] == 'j';
  const fs::path input = fx.dir / (jsonl ? "input.jsonl" : "input.txt");
  {
    std::ofstream out(input, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }

  // Ingest as runBuild does it: the same reader, the same rule against duplicate ids.
  std::vector<Article> articles;
  std::set<std::string> ids;
  readInputFile(input, IngestOptions{}, [&](Article&& a) {
    if (ids.insert(a.id).second) articles.push_back(std::move(a));
  }, [](InputProblem&& p) {
    if (p.message.empty()) finding("ingest", "a problem without a message at line " + std::to_string(p.line), "");
  });

  std::vector<ArticleGraph> graphs;
  for (auto& a : articles) graphs.push_back(extractArticle(std::move(a), *fx.resources));
  const KnowledgeGraph kg = buildKnowledgeGraph(graphs, GraphOptions{});

  const auto merged = kg.mergedTriples();
  checkLiterals(merged);
  checkOutput("graph.ttl", SERD_TURTLE, render(RdfSyntax::Turtle, merged), merged, false);
  checkOutput("graph.trig", SERD_TRIG, render(RdfSyntax::TriG, kg.quads), kg.quads, true);
  checkOutput("graph.nq", SERD_NQUADS, render(RdfSyntax::NQuads, kg.quads), kg.quads, true);

  // Never a lost article: every accepted article has its node.
  const std::string type(onto::iri_::rdfType), article = onto::iri(onto::Class::Article);
  std::set<std::string> articleNodes;
  for (const auto& q : merged) {
    if (q.predicate.value == type && q.object.value == article) articleNodes.insert(q.subject.value);
  }
  if (articleNodes.size() != ids.size()) {
    finding("lost article", std::to_string(ids.size()) + " article(s) read, " + std::to_string(articleNodes.size()) +
                                " article node(s) in the graph", "");
  }
}

}  // namespace
}  // namespace ng

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Libraries log through spdlog; a fuzzer prints only its findings.
  spdlog::set_level(spdlog::level::off);
  auto& fx = ng::fixture();
  fx.resources = ng::ExtractResources::load(ng::findDataDir());
  const std::filesystem::path shm("/dev/shm");
  std::error_code ec;
  const auto base = std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
  fx.dir = base / ("newsgraph-fuzz-" + std::to_string(::getpid()));
  std::filesystem::create_directories(fx.dir);
  std::atexit([] {
    std::error_code ignored;
    std::filesystem::remove_all(ng::fixture().dir, ignored);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  ng::runOne(data, size);
  return 0;
}
