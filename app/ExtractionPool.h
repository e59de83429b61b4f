// Extraction on worker threads while the inputs are still being read: a bounded queue keeps the
// articles in memory proportional to the number of threads, not to the size of the input.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
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

  ExtractionPool(unsigned threads, const ExtractResources& resources, spdlog::logger& log);
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  /// Queues an article; blocks while the queue is full.
  void submit(Article article, std::string tag);
  /// Waits for every article; results in submission order. Rethrows the first exception a
  /// worker hit (an extractor bug: the article is named in the message).
  [[nodiscard]] std::vector<Result> finish();

 private:
  void work();

  const ExtractResources& resources_;
  spdlog::logger& log_;
  std::mutex mutex_;
  std::condition_variable notEmpty_, notFull_;
  std::deque<std::pair<std::size_t, std::pair<Article, std::string>>> queue_;
  std::size_t capacity_;
  std::size_t submitted_ = 0, done_ = 0;
  bool closed_ = false;
  std::vector<std::pair<std::size_t, Result>> results_;
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;
  std::chrono::steady_clock::time_point start_, lastReport_;
};

}  // namespace ng
