#include "app/Build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "export/RdfWriter.h"
#include "export/Void.h"
#include "extract/DataDir.h"
#include "extract/Pipeline.h"
#include "graph/Iri.h"
#include "ontology/OntologyText.h"

namespace ng {
namespace fs = std::filesystem;

BuildReport runBuild(const BuildOptions& options, spdlog::logger& log) {
  const auto start = std::chrono::steady_clock::now();
  BuildReport report;
  if (auto err = checkBaseIri(options.baseIri); !err.empty()) throw std::invalid_argument(err);

  const fs::path dataRoot = options.dataRoot.empty() ? findDataDir() : options.dataRoot;
  log.debug("data files from {}", dataRoot.string());
  const auto resources = ExtractResources::load(dataRoot);

  std::error_code ec;
  fs::create_directories(options.outDir, ec);
  if (ec) throw std::runtime_error("cannot create output folder " + options.outDir.string() + ": " + ec.message());

  // 1. Inputs.
  const auto onProblem = [&](InputProblem&& p) {
    log.error("{} (skipped)", p.describe());
    report.rejected.push_back(std::move(p));
  };
  const auto files = discoverInputs(
      options.inputs, onProblem, [&](const fs::path& p) {
        ++report.skippedFiles;
        log.info("{}: not a .txt or .jsonl file, skipped", p.string());
      });
  IngestOptions ingest;
  ingest.maxArticleBytes = options.maxArticleBytes;
  std::vector<Article> articles;
  std::map<std::string, std::string> seenIds;  // id -> where it came from
  for (const auto& f : files) {
    readInputFile(f, ingest, [&](Article&& a) {
      const std::string where = a.line ? a.sourcePath + ":" + std::to_string(a.line) : a.sourcePath;
      if (auto [it, fresh] = seenIds.emplace(a.id, where); !fresh) {
        onProblem({a.sourcePath, a.line, "duplicate article id \"" + a.id + "\" (first seen in " + it->second +
                                             "); rename the file or change the id"});
        return;
      }
      articles.push_back(std::move(a));
    }, onProblem);
  }
  log.info("{} article(s) from {} file(s)", articles.size(), files.size());

  // 2. Extraction, in parallel; results keep their input position.
  std::vector<ArticleGraph> graphs(articles.size());
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, std::max<std::size_t>(1, articles.size()));
  std::atomic<std::size_t> next{0}, done{0};
  std::mutex logMutex;
  std::exception_ptr failure;
  const auto worker = [&] {
    for (std::size_t i = next++; i < articles.size(); i = next++) {
      try {
        graphs[i] = extractArticle(std::move(articles[i]), *resources);
      } catch (...) {
        std::lock_guard lock(logMutex);
        if (!failure) failure = std::current_exception();
      }
      const auto n = ++done;
      if (n % 1000 == 0 || n == articles.size()) {
        std::lock_guard lock(logMutex);
        log.info("extracted {}/{} articles", n, articles.size());
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  report.articles = graphs.size();

  // 3. Graph.
  GraphOptions gopt;
  gopt.baseIri = options.baseIri;
  const KnowledgeGraph kg = buildKnowledgeGraph(std::move(graphs), gopt);
  report.entities = kg.stats.entities;
  report.facts = kg.stats.facts;
  report.stats = kg.stats;

  // 4. Outputs, each written to a temporary file and renamed into place.
  const auto merged = kg.mergedTriples();
  report.triples = merged.size();
  report.quads = kg.quads.size();
  const auto out = [&](const char* name) {
    report.written.push_back(options.outDir / name);
    return options.outDir / name;
  };
  writeRdfFile(out("graph.ttl"), RdfSyntax::Turtle, merged);
  writeRdfFile(out("graph.trig"), RdfSyntax::TriG, kg.quads);
  writeRdfFile(out("graph.nq"), RdfSyntax::NQuads, kg.quads);
  writeTurtleText(out("ontology.ttl"), onto::ontologyTurtle());
  writeRdfFile(out("void.ttl"), RdfSyntax::Turtle, voidDescription(kg, merged.size()));
  for (const auto& p : report.written) log.debug("wrote {}", p.string());

  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace ng
