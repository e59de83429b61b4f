// Extraction on worker threads while the inputs are still being read: a bounded queue keeps the
// articles in memory proportional to the number of threads, not to the size of the input, and
// each result goes to the caller as soon as it is done, so results do not pile up either.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <spdlog/logger.h>

#include "extract/ArticleGraph.h"
#include "extract/Pipeline.h"

namespace ng {

class ExtractionPool {
 public:
  struct Result {
    ArticleGraph graph;
    std::string tag;  ///< passed through from submit()
  };
  using Sink = std::function<void(Result&&)>;

  /// `sink` receives every result, on the thread that calls submit() and finish(), never two
  /// at a time; results come in the order they are done, not the order of submission.
  ExtractionPool(unsigned threads, const ExtractResources& resources, spdlog::logger& log, Sink sink);
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  /// Queues an article; while the queue is full, hands finished results to the sink.
  void submit(Article article, std::string tag);
  /// Waits for every article and hands the last results to the sink. Rethrows the first
  /// exception a worker hit (an extractor bug: the article is named in the message), or one
  /// the sink threw. Returns the number of results.
  std::size_t finish();

 private:
  void work();
  /// Hands the finished results to the sink, with the lock released meanwhile.
  void drain(std::unique_lock<std::mutex>& lock);

  const ExtractResources& resources_;
  spdlog::logger& log_;
  Sink sink_;
  std::mutex mutex_;
  std::condition_variable notEmpty_, changed_;
  std::deque<std::pair<Article, std::string>> queue_;
  std::size_t capacity_;
  std::size_t running_ = 0;  ///< articles taken by workers and not done yet
  std::size_t done_ = 0;
  bool closed_ = false;
  std::vector<Result> results_;  ///< done, not yet handed to the sink
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;
  std::chrono::steady_clock::time_point start_, lastReport_;
};

}  // namespace ng
