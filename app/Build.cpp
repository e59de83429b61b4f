#include "app/Build.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include <unistd.h>

#include <unordered_map>

#include "app/ArticleSpill.h"
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
#include "graph/QuadSorter.h"
#include "graph/Stats.h"
#include "ontology/OntologyText.h"

namespace ng {
namespace fs = std::filesystem;

namespace {

/// The scratch folder of one run, OUT/.newsgraph-work-<pid>: removed at the end, whether the
/// run succeeds or fails.
class WorkDir {
 public:
  explicit WorkDir(const fs::path& outDir) : path_(outDir / (".newsgraph-work-" + std::to_string(::getpid()))) {
    std::error_code ec;
    fs::remove_all(path_, ec);
    fs::create_directories(path_, ec);
    if (ec) throw std::runtime_error("cannot create scratch folder " + path_.string() + ": " + ec.message());
  }
  ~WorkDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

/// Resident memory of this process in MB (Linux), for the debug log of each stage.
double residentMb() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, resident = 0;
  const int n = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  return n == 2 ? static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

}  // namespace

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

  // Scratch files (parked article graphs, sorted runs of triples) live in the output folder.
  const WorkDir work(options.outDir);

  // 2. Extraction runs on worker threads while the inputs are read. Each article's graph is
  // parked on disk as soon as it is done; memory keeps only what entity resolution reads.
  ArticleSpill spill(work.path() / "articles.bin");
  ResolutionInput resolution;                               // what entity resolution reads
  std::unordered_map<std::string, std::uint64_t> parkedAt;  // article id -> its full graph in `spill`
  const auto park = [&](const ArticleGraph& g) {
    parkedAt[g.article.id] = spill.put(g);
    resolution.add(g);
  };
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  ExtractionPool pool(threads, *resources, log, [&](ExtractionPool::Result&& r) {
    if (state) state->putArticle(r.tag, r.graph);
    park(r.graph);
  });
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
        park(state->loadArticle(hash));
        ++report.reused;
        return;
      }
      if (old != state->articles().end()) log.info("{}: changed since the last run, extracted again", a.id);
      pool.submit(std::move(a), hash);
    }, onProblem);
  }
  log.info("{} article(s) from {} file(s)", inputArticles, files.size());
  report.extracted = pool.finish();
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
      park(state->loadArticle(old.hash));
      ++report.reused;
    }
    log.info("state {}: {} article(s) extracted, {} from earlier runs", options.stateDir.string(), report.extracted,
             report.reused);
  }
  report.articles = resolution.size();
  log.debug("extraction done, {:.0f} MB resident", residentMb());

  // 3. Graph: things resolved across articles.
  GraphOptions gopt;
  gopt.baseIri = options.baseIri;
  gopt.memberIris = state.has_value();
  if (state) gopt.previousIris = state->entityTable();
  log.debug("{} distinct names of things in {} articles", resolution.names(), resolution.size());
  GraphBuilder builder(std::move(resolution), gopt);
  KnowledgeGraph& kg = builder.graph();
  report.entities = kg.stats.entities;
  report.facts = kg.stats.facts;
  log.debug("{} things resolved, {:.0f} MB resident", report.entities, residentMb());

  // 4. Quads, one article at a time, in the order of the articles' graph IRIs: the graph comes
  // first in the canonical order, so this is the canonical order of all quads, and graph.trig,
  // graph.nq and the delta are written as they come. The merged triples of graph.ttl and
  // graph.nt cross articles: they go through an external sort. Every output is written to a
  // temporary file and renamed into place.
  std::vector<std::size_t> byGraph(builder.size());
  std::vector<std::uint64_t> fullAt(builder.size());  // where each article's full graph is parked
  for (std::size_t i = 0; i < byGraph.size(); ++i) {
    byGraph[i] = i;
    fullAt[i] = parkedAt.at(builder.articleId(i));
  }
  parkedAt = {};
  std::stable_sort(byGraph.begin(), byGraph.end(),
                   [&](std::size_t a, std::size_t b) { return builder.graphIri(a) < builder.graphIri(b); });
  const fs::path deltaDir = options.outDir / "delta";
  std::unique_ptr<QuadSource> lastRun;
  std::unique_ptr<DeltaWriter> delta;
  if (state) {
    fs::create_directories(deltaDir, ec);
    if (ec) throw std::runtime_error("cannot create " + deltaDir.string() + ": " + ec.message());
    lastRun = state->lastQuadSource(work.path());
    delta = std::make_unique<DeltaWriter>(deltaDir, work.path(), *lastRun);
  }
  AtomicFile trigFile(options.outDir / "graph.trig"), nqFile(options.outDir / "graph.nq");
  RdfWriter trig(RdfSyntax::TriG, trigFile.get()), nq(RdfSyntax::NQuads, nqFile.get());
  QuadSorter triples(work.path(), "triples");
  ThingGraphStats thingGraph(kg.entities);
  EntityGraphBuilder entityView(kg.entities);
  std::vector<Quad> batch;
  for (std::size_t k = 0; k < byGraph.size();) {
    // Articles whose identifiers give the same IRI share a graph: their quads are sorted together.
    std::size_t end = k + 1;
    while (end < byGraph.size() && builder.graphIri(byGraph[end]) == builder.graphIri(byGraph[k])) ++end;
    batch.clear();
    for (; k < end; ++k) {
      const std::size_t a = byGraph[k];
      builder.appendQuads(a, spill.get(fullAt[a]), batch);
    }
    canonicalize(batch);
    for (const auto& q : batch) {
      trig.write(q);
      nq.write(q);
      thingGraph.add(q);
      entityView.add(q);
      if (delta) delta->add(q);
    }
    thingGraph.endArticle();
    entityView.endArticle();
    report.quads += batch.size();
    for (auto& q : batch) {
      q.graph.clear();
      triples.add(std::move(q));
    }
  }
  trig.finish();
  nq.finish();
  trigFile.commit();
  nqFile.commit();
  log.debug("{} quads written ({} runs of triples on disk), {:.0f} MB resident", report.quads, triples.runs(), residentMb());
  {
    const auto merged = triples.sorted();
    AtomicFile ttlFile(options.outDir / "graph.ttl"), ntFile(options.outDir / "graph.nt");
    RdfWriter ttl(RdfSyntax::Turtle, ttlFile.get()), nt(RdfSyntax::NTriples, ntFile.get());
    for (const Quad* q = merged->next(); q; q = merged->next()) {
      ttl.write(*q);
      nt.write(*q);
      ++report.triples;
    }
    ttl.finish();
    nt.finish();
    ttlFile.commit();
    ntFile.commit();
  }
  log.debug("{} triples written, {:.0f} MB resident", report.triples, residentMb());
  kg.degree = thingGraph.finish(kg.stats);
  report.stats = kg.stats;

  const auto out = [&](const char* name) {
    report.written.push_back(options.outDir / name);
    return options.outDir / name;
  };
  (void)out("graph.ttl");
  (void)out("graph.trig");
  (void)out("graph.nq");
  writeTurtleText(out("ontology.ttl"), onto::ontologyTurtle());
  writeRdfFile(out("void.ttl"), RdfSyntax::Turtle, voidDescription(kg, report.triples));
  (void)out("graph.nt");
  {
    const EntityGraph view = entityView.finish(kg.degree, kg.baseIri);
    writeGraphMl(out("graph.graphml"), view);
    writeGexf(out("graph.gexf"), view);
    writeDot(out("graph.dot"), view);
  }
  if (state) {
    // The delta against the last committed run, then the new state (the commit point).
    delta->finish();
    (void)out("delta/added.nq");
    (void)out("delta/removed.nq");
    (void)out("delta/update.ru");
    report.added = delta->added();
    report.removed = delta->removed();
    log.info("delta: {} quads added, {} removed", report.added, report.removed);
    state->commit(stateArticles, kg.memberIris, options.outDir / "graph.nq");
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
