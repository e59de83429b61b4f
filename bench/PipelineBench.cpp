// newsgraph-bench: throughput of a whole build, stage by stage, on a JSON Lines corpus (see
// bench/make-corpus.py and bench/run.sh).
//
//   newsgraph-bench CORPUS.jsonl [--threads N] [--out DIR] [--data DIR] [--export-repeat N] [--json FILE]
//
// The articles are read streaming on the main thread and extracted on N worker threads, as
// `newsgraph build` does, but with the stages of extractArticle() called one by one so that each
// can be timed: ingest, segmentation, tagging (POS + NER), entities (rule finder, NER mentions,
// coreference), facts (the fact extractors), then the graph stage and the export of graph.ttl,
// graph.trig and graph.nq into --out. The export is timed --export-repeat times (the fastest
// counts), so that it can be compared with serdi re-serializing the same files.
//
// Each stage's time is the processor time of the threads running it (CLOCK_THREAD_CPUTIME_ID):
// other jobs on the machine slow down the wall clock but not these figures, so words per CPU
// second is a per-core throughput. End to end is given both ways: words per wall-clock second,
// and words per CPU second of the whole process.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/alloc/Allocator.h"
#include "export/RdfWriter.h"
#include "extract/Pipeline.h"
#include "extract/Segmenter.h"
#include "extract/facts/Extractors.h"
#include "extract/facts/FactSink.h"
#include "extract/nlp/TagDocument.h"
#include "graph/Resolver.h"
#include "ingest/Ingest.h"

namespace {

namespace fs = std::filesystem;

enum Stage { Ingest, Segment, Tag, Entities, Facts, Graph, kStages };
constexpr const char* kStageNames[kStages] = {"ingest (JSONL, UTF-8, NFC)", "segmentation", "tagging (POS + NER)",
                                              "entities + coreference", "fact extraction", "graph building"};

double threadCpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double processCpu() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  const auto sec = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * static_cast<double>(t.tv_usec); };
  return sec(ru.ru_utime) + sec(ru.ru_stime);
}

long peakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/// Resident memory now (not the peak), to see which phase holds it.
double rssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

double wallNow() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::size_t countWords(std::string_view text) {
  std::size_t n = 0;
  bool inWord = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !inWord) ++n;
    inWord = !space;
  }
  return n;
}

struct StageTimes {
  double cpu[kStages] = {};
  std::size_t words = 0, bytes = 0, articles = 0;
  double slowestSeconds = 0;  ///< CPU time of the slowest article
  std::string slowestId;
  std::size_t slowestWords = 0;
};

/// The stages of extractArticle() one by one, each timed on the calling thread.
ng::ArticleGraph extractTimed(ng::Article article, const ng::ExtractResources& res, StageTimes& t) {
  const std::size_t words = countWords(article.text);
  const std::size_t bytes = article.text.size();
  const std::string id = article.id;
  const double start = threadCpu();
  double last = start;
  const auto lap = [&](Stage s) {
    const double now = threadCpu();
    t.cpu[s] += now - last;
    last = now;
  };
  ng::Document doc;
  doc.article = std::move(article);
  ng::segment(doc);
  lap(Segment);
  ng::nlp::tagDocument(doc, *res.pos, &*res.ner);
  lap(Tag);
  ng::findEntities(doc, res);
  lap(Entities);
  ng::ArticleGraph g = ng::toArticleGraph(doc);
  ng::FactSink sink(doc, g);
  ng::extractRoles(sink, res.gazetteer);
  ng::extractEvents(sink, res.gazetteer);
  ng::extractStatements(sink, res.gazetteer);
  ng::extractQuotations(sink, res.gazetteer);
  ng::dropUnusedImpliedNodes(g);
  lap(Facts);
  t.words += words;
  t.bytes += bytes;
  ++t.articles;
  if (last - start > t.slowestSeconds) {
    t.slowestSeconds = last - start;
    t.slowestId = id;
    t.slowestWords = words;
  }
  return g;
}

/// A bounded queue between the reading thread and the workers, as in app/ExtractionPool: the
/// articles in memory stay proportional to the number of threads.
class Workers {
 public:
  Workers(unsigned threads, const ng::ExtractResources& res) : res_(res), times_(threads) {
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this, i] { work(times_[i]); });
  }
  void submit(ng::Article a) {
    std::unique_lock lock(mutex_);
    notFull_.wait(lock, [&] { return queue_.size() < 4 * threads_.size() + 4 || failed_; });
    queue_.push_back(std::move(a));
    notEmpty_.notify_one();
  }
  /// Joins the workers; returns the graphs and the per-thread times.
  std::vector<ng::ArticleGraph> finish(std::vector<StageTimes>& times) {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    notEmpty_.notify_all();
    for (auto& t : threads_) t.join();
    if (failure_) std::rethrow_exception(failure_);
    times = times_;
    return std::move(graphs_);
  }

 private:
  void work(StageTimes& times) {
    for (;;) {
      ng::Article a;
      {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !queue_.empty() || closed_; });
        if (queue_.empty()) return;
        a = std::move(queue_.front());
        queue_.pop_front();
      }
      notFull_.notify_one();
      try {
        auto g = extractTimed(std::move(a), res_, times);
        std::lock_guard lock(mutex_);
        graphs_.push_back(std::move(g));
      } catch (...) {
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
        failed_ = true;
        notFull_.notify_all();
      }
    }
  }

  const ng::ExtractResources& res_;
  std::mutex mutex_;
  std::condition_variable notEmpty_, notFull_;
  std::deque<ng::Article> queue_;
  bool closed_ = false, failed_ = false;
  std::exception_ptr failure_;
  std::vector<ng::ArticleGraph> graphs_;
  std::vector<StageTimes> times_;
  std::vector<std::thread> threads_;
};

struct ExportTiming {
  std::string file;
  std::size_t statements = 0;
  double wall = 0, cpu = 0, bytes = 0;
};

int usage() {
  std::fprintf(stderr,
               "usage: newsgraph-bench CORPUS.jsonl [--threads N] [--out DIR] [--data DIR] [--export-repeat N] "
               "[--json FILE]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus, data = NEWSGRAPH_SOURCE_DATADIR, out = fs::temp_directory_path() / "newsgraph-bench-out", json;
  unsigned threads = 1;
  int exportRepeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const bool hasValue = i + 1 < argc;
    if (a == "--threads" && hasValue) threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    else if (a == "--out" && hasValue) out = argv[++i];
    else if (a == "--data" && hasValue) data = argv[++i];
    else if (a == "--export-repeat" && hasValue) exportRepeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--json" && hasValue) json = argv[++i];
    else if (!a.starts_with("-") && corpus.empty()) corpus = a;
    else return usage();
  }
  if (corpus.empty()) return usage();
  ng::tuneAllocator();
  try {
    double t0 = wallNow();
    const auto res = ng::ExtractResources::load(data);
    const double loadSeconds = wallNow() - t0;
    const double rssResources = rssMb();
    fs::create_directories(out);

    // Extraction: reading on this thread, extracting on the workers.
    const double wallStart = wallNow(), cpuStart = processCpu();
    StageTimes ingest;
    std::size_t rejected = 0;
    std::vector<StageTimes> perThread;
    std::vector<ng::ArticleGraph> graphs;
    {
      Workers workers(threads, *res);
      const double readStart = threadCpu();
      double waiting = 0;  // submit() blocks on a full queue; that is not ingest work
      ng::readInputFile(
          corpus, ng::IngestOptions{},
          [&](ng::Article&& a) {
            const double before = threadCpu();
            workers.submit(std::move(a));
            waiting += threadCpu() - before;
          },
          [&](ng::InputProblem&& p) {
            ++rejected;
            std::fprintf(stderr, "%s\n", p.describe().c_str());
          });
      ingest.cpu[Ingest] = threadCpu() - readStart - waiting;
      graphs = workers.finish(perThread);
    }
    const double extractWall = wallNow() - wallStart;
    const double rssExtracted = rssMb();
    StageTimes total = ingest;
    for (const auto& t : perThread) {
      for (int s = 0; s < kStages; ++s) total.cpu[s] += t.cpu[s];
      total.words += t.words;
      total.bytes += t.bytes;
      total.articles += t.articles;
      if (t.slowestSeconds > total.slowestSeconds) {
        total.slowestSeconds = t.slowestSeconds;
        total.slowestId = t.slowestId;
        total.slowestWords = t.slowestWords;
      }
    }

    // Graph stage.
    t0 = wallNow();
    double c0 = threadCpu();
    const ng::KnowledgeGraph kg = ng::buildKnowledgeGraph(graphs, ng::GraphOptions{});
    const auto merged = kg.mergedTriples();
    total.cpu[Graph] = threadCpu() - c0;
    const double rssGraph = rssMb();
    const double graphWall = wallNow() - t0;

    // Export: the three graph files, the fastest of --export-repeat runs each.
    std::vector<ExportTiming> exports = {{"graph.ttl", merged.size()}, {"graph.trig", kg.quads.size()},
                                         {"graph.nq", kg.quads.size()}};
    double exportWallFirst = 0, endCpu = 0;
    for (int r = 0; r < exportRepeat; ++r) {
      for (auto& e : exports) {
        const auto syntax = e.file == "graph.ttl" ? ng::RdfSyntax::Turtle
                            : e.file == "graph.trig" ? ng::RdfSyntax::TriG
                                                    : ng::RdfSyntax::NQuads;
        t0 = wallNow();
        c0 = threadCpu();
        ng::writeRdfFile(out / e.file, syntax, e.file == "graph.ttl" ? merged : kg.quads);
        const double wall = wallNow() - t0, cpu = threadCpu() - c0;
        if (r == 0) exportWallFirst += wall;
        if (r == 0 || wall < e.wall) e.wall = wall;
        if (r == 0 || cpu < e.cpu) e.cpu = cpu;
        e.bytes = static_cast<double>(fs::file_size(out / e.file));
      }
      // End to end counts the first export only, as a build writes each file once.
      if (r == 0) endCpu = processCpu() - cpuStart;
    }
    const double endWall = extractWall + graphWall + exportWallFirst;

    const double words = static_cast<double>(total.words);
    std::printf("corpus: %s: %zu articles, %.1f MB of text, %.0f words, %zu rejected; %u thread(s)\n",
                corpus.string().c_str(), total.articles, static_cast<double>(total.bytes) / 1e6, words, rejected,
                threads);
    std::printf("resources loaded in %.2f s (not counted)\n", loadSeconds);
    std::printf("graph: %zu entities, %zu facts, %zu triples (graph.ttl), %zu quads (graph.trig, graph.nq)\n\n",
                kg.stats.entities, kg.stats.facts, merged.size(), kg.quads.size());
    std::printf("%-28s %10s %14s %8s\n", "stage", "CPU s", "words/CPU s", "share");
    double stageSum = 0;
    for (int s = 0; s < kStages; ++s) stageSum += total.cpu[s];
    for (const auto& e : exports) stageSum += e.cpu;
    for (int s = 0; s < kStages; ++s)
      std::printf("%-28s %10.2f %14.0f %7.1f%%\n", kStageNames[s], total.cpu[s], words / total.cpu[s],
                  100 * total.cpu[s] / stageSum);
    for (const auto& e : exports)
      std::printf("%-28s %10.2f %14.0f %7.1f%%   %.0f statements/s, %.0f MB/s (wall %.2f s)\n",
                  ("export " + e.file).c_str(), e.cpu, words / e.cpu, 100 * e.cpu / stageSum,
                  static_cast<double>(e.statements) / e.wall, e.bytes / 1e6 / e.wall, e.wall);
    std::printf("%-28s %10.2f %14.0f\n", "end to end (process CPU)", endCpu, words / endCpu);
    std::printf("%-28s %10.2f %14.0f   words per wall-clock second with %u thread(s)\n", "end to end (wall)", endWall,
                words / endWall, threads);
    std::printf("slowest article: %s, %zu words, %.2f CPU s\n", total.slowestId.c_str(), total.slowestWords,
                total.slowestSeconds);
    std::printf("RSS: %.0f MB with the resources loaded, %.0f MB with the article graphs, %.0f MB with the quads and "
                "merged triples; peak %.0f MB\n",
                rssResources, rssExtracted, rssGraph, static_cast<double>(peakRssKb()) / 1024);

    if (!json.empty()) {
      nlohmann::ordered_json j;
      j["corpus"] = corpus.string();
      j["threads"] = threads;
      j["allocator"] = ng::allocatorName();
      j["articles"] = total.articles;
      j["words"] = total.words;
      j["text_bytes"] = total.bytes;
      j["entities"] = kg.stats.entities;
      j["facts"] = kg.stats.facts;
      j["triples"] = merged.size();
      j["quads"] = kg.quads.size();
      for (int s = 0; s < kStages; ++s) j["stages"][kStageNames[s]] = {{"cpu", total.cpu[s]}};
      for (const auto& e : exports)
        j["export"][e.file] = {{"statements", e.statements}, {"wall", e.wall}, {"cpu", e.cpu}, {"bytes", e.bytes}};
      j["end_to_end"] = {{"wall", endWall}, {"cpu", endCpu}};
      j["slowest_article"] = {{"id", total.slowestId}, {"words", total.slowestWords}, {"cpu", total.slowestSeconds}};
      j["peak_rss_kb"] = peakRssKb();
      j["rss_mb"] = {{"resources", rssResources}, {"article_graphs", rssExtracted}, {"quads", rssGraph}};
      std::ofstream(json) << j.dump(1) << "\n";
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph-bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
