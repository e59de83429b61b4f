#include "app/Build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "export/RdfWriter.h"
#include "export/Delta.h"
#include "export/Void.h"
#include "app/State.h"
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

  // 1b. Incremental runs: articles already processed in this version come from the state;
  //     articles of earlier runs that are not among today's inputs stay in the graph.
  std::optional<StateStore> state;
  std::map<std::string, StateArticle> stateArticles;
  std::vector<ArticleGraph> reused;
  std::vector<std::pair<std::string, std::string>> fresh;  // id, hash of each article to extract
  const std::set<std::string> retract(options.retract.begin(), options.retract.end());
  if (!options.stateDir.empty()) {
    state.emplace(options.stateDir);
    for (const auto& id : retract) {
      if (!state->articles().count(id) && !seenIds.count(id))
        log.warn("--retract {}: no such article in the state", id);
    }
    std::vector<Article> toExtract;
    for (auto& a : articles) {
      if (retract.count(a.id)) continue;
      const std::string hash = articleHash(a);
      stateArticles[a.id] = {hash};
      const auto old = state->articles().find(a.id);
      if (old != state->articles().end() && old->second.hash == hash) {
        reused.push_back(state->loadArticle(hash));
      } else {
        if (old != state->articles().end()) log.info("{}: changed since the last run, extracted again", a.id);
        fresh.emplace_back(a.id, hash);
        toExtract.push_back(std::move(a));
      }
    }
    for (const auto& [id, old] : state->articles()) {
      if (stateArticles.count(id)) continue;
      if (retract.count(id)) {
        log.info("{}: retracted", id);
        report.retracted.push_back(id);
        continue;
      }
      stateArticles[id] = old;
      reused.push_back(state->loadArticle(old.hash));
    }
    report.reused = reused.size();
    log.info("state {}: {} article(s) to extract, {} from earlier runs", options.stateDir.string(), toExtract.size(),
             reused.size());
    articles = std::move(toExtract);
  } else if (!retract.empty()) {
    throw std::invalid_argument("--retract needs --state: it removes articles kept by earlier runs");
  }

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
  report.extracted = graphs.size();
  if (state) {
    for (std::size_t i = 0; i < graphs.size(); ++i) state->putArticle(fresh[i].second, graphs[i]);
    for (auto& g : reused) graphs.push_back(std::move(g));
  }
  report.articles = graphs.size();

  // 3. Graph.
  GraphOptions gopt;
  gopt.baseIri = options.baseIri;
  if (state) gopt.previousIris = state->entityTable();
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
  if (state) {
    // The delta against the last committed run, then the new state (the commit point).
    const std::vector<Quad> before = state->lastQuads();
    const Delta delta = diffQuads(before, kg.quads);
    fs::create_directories(options.outDir / "delta", ec);
    if (ec) throw std::runtime_error("cannot create " + (options.outDir / "delta").string() + ": " + ec.message());
    writeRdfFile(out("delta/added.nq"), RdfSyntax::NQuads, delta.added);
    writeRdfFile(out("delta/removed.nq"), RdfSyntax::NQuads, delta.removed);
    writeSparqlUpdate(out("delta/update.ru"), delta);
    report.added = delta.added.size();
    report.removed = delta.removed.size();
    log.info("delta: {} quads added, {} removed", delta.added.size(), delta.removed.size());
    state->commit(stateArticles, kg.memberIris, kg.quads);
  }
  for (const auto& p : report.written) log.debug("wrote {}", p.string());

  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace ng
