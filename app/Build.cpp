#include "app/Build.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "export/RdfWriter.h"
#include "export/Delta.h"
#include "export/GraphFormats.h"
#include "export/Manifest.h"
#include "export/Void.h"
#include "app/ExtractionPool.h"
#include "app/State.h"
#include "extract/DataDir.h"
#include "extract/Pipeline.h"
#include "graph/Iri.h"
#include "ontology/OntologyText.h"

namespace ng {
namespace fs = std::filesystem;

BuildReport runBuild(const BuildOptions& options, spdlog::logger& log) {
  const auto start = std::chrono::steady_clock::now();
  const auto started = std::chrono::system_clock::now();
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

  // Incremental runs: articles already processed in this version come from the state; articles
  // of earlier runs that are not among today's inputs stay in the graph.
  std::optional<StateStore> state;
  std::map<std::string, StateArticle> stateArticles;
  const std::set<std::string> retract(options.retract.begin(), options.retract.end());
  if (!options.stateDir.empty()) state.emplace(options.stateDir);
  else if (!retract.empty()) throw std::invalid_argument("--retract needs --state: it removes articles kept by earlier runs");

  // 2. Extraction runs on worker threads while the inputs are read.
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  ExtractionPool pool(threads, *resources, log);
  std::vector<ArticleGraph> graphs;
  std::map<std::string, std::string> seenIds;  // id -> where it came from
  std::size_t inputArticles = 0;
  std::vector<ManifestInput> inputs;  // for OUT/manifest.json
  for (const auto& f : files) {
    ManifestInput& input = inputs.emplace_back(describeInput(f));
    readInputFile(f, ingest, [&](Article&& a) {
      const std::string where = a.line ? a.sourcePath + ":" + std::to_string(a.line) : a.sourcePath;
      if (auto [it, fresh] = seenIds.emplace(a.id, where); !fresh) {
        onProblem({a.sourcePath, a.line, "duplicate article id \"" + a.id + "\" (first seen in " + it->second +
                                             "); rename the file or change the id"});
        return;
      }
      input.ids.push_back(a.id);
      ++inputArticles;
      if (retract.count(a.id)) return;
      if (!state) {
        pool.submit(std::move(a), {});
        return;
      }
      const std::string hash = articleHash(a);
      stateArticles[a.id] = {hash};
      const auto old = state->articles().find(a.id);
      if (old != state->articles().end() && old->second.hash == hash) {
        graphs.push_back(state->loadArticle(hash));
        return;
      }
      if (old != state->articles().end()) log.info("{}: changed since the last run, extracted again", a.id);
      pool.submit(std::move(a), hash);
    }, onProblem);
  }
  log.info("{} article(s) from {} file(s)", inputArticles, files.size());
  auto extracted = pool.finish();
  report.extracted = extracted.size();
  if (state) {
    for (const auto& id : retract) {
      if (!state->articles().count(id) && !seenIds.count(id)) log.warn("--retract {}: no such article in the state", id);
    }
    for (const auto& [id, old] : state->articles()) {
      if (stateArticles.count(id)) continue;
      if (retract.count(id)) {
        log.info("{}: retracted", id);
        report.retracted.push_back(id);
        continue;
      }
      stateArticles[id] = old;
      graphs.push_back(state->loadArticle(old.hash));
    }
    report.reused = graphs.size();
    log.info("state {}: {} article(s) extracted, {} from earlier runs", options.stateDir.string(), extracted.size(),
             graphs.size());
    for (const auto& r : extracted) state->putArticle(r.tag, r.graph);
  }
  for (auto& r : extracted) graphs.push_back(std::move(r.graph));
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
  writeRdfFile(out("graph.nt"), RdfSyntax::NTriples, merged);
  const EntityGraph entityView = entityGraph(kg);
  writeGraphMl(out("graph.graphml"), entityView);
  writeGexf(out("graph.gexf"), entityView);
  writeDot(out("graph.dot"), entityView);
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
  ManifestInfo manifest;
  manifest.started = started;
  manifest.seconds = report.seconds;
  manifest.threads = threads;
  manifest.baseIri = options.baseIri;
  manifest.inputs = std::move(inputs);
  for (const auto& p : report.rejected) manifest.rejected.push_back({p.path, p.line, p.message});
  manifest.articles = report.articles;
  manifest.extracted = report.extracted;
  manifest.reused = report.reused;
  manifest.entities = report.entities;
  manifest.facts = report.facts;
  manifest.triples = report.triples;
  manifest.quads = report.quads;
  manifest.components = kg.stats.components;
  manifest.entitiesPerClass = kg.stats.entitiesPerClass;
  manifest.outputs = report.written;
  writeManifest(out("manifest.json"), manifest);
  return report;
}

}  // namespace ng
