#include "app/ExtractionPool.h"

#include <algorithm>
#include <stdexcept>

namespace ng {

ExtractionPool::ExtractionPool(unsigned threads, const ExtractResources& resources, spdlog::logger& log)
    : resources_(resources), log_(log), capacity_(std::max(2u, threads) * 4) {
  start_ = lastReport_ = std::chrono::steady_clock::now();
  for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  notEmpty_.notify_all();
  for (auto& w : workers_) {
    if (w.joinable()) w.join();
  }
}

void ExtractionPool::submit(Article article, std::string tag) {
  std::unique_lock lock(mutex_);
  notFull_.wait(lock, [&] { return queue_.size() < capacity_ || failure_; });
  if (failure_) return;  // finish() reports it
  queue_.emplace_back(submitted_++, std::make_pair(std::move(article), std::move(tag)));
  notEmpty_.notify_one();
}

void ExtractionPool::work() {
  for (;;) {
    std::pair<std::size_t, std::pair<Article, std::string>> job;
    {
      std::unique_lock lock(mutex_);
      notEmpty_.wait(lock, [&] { return !queue_.empty() || closed_; });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    notFull_.notify_one();
    const std::string id = job.second.first.id;
    Result r;
    std::exception_ptr error;
    try {
      r.graph = extractArticle(std::move(job.second.first), resources_);
      r.tag = std::move(job.second.second);
    } catch (const std::exception& e) {
      error = std::make_exception_ptr(std::runtime_error("extraction of article \"" + id + "\" failed: " + e.what()));
    }
    std::lock_guard lock(mutex_);
    if (error) {
      if (!failure_) failure_ = error;
      notFull_.notify_all();
      continue;
    }
    results_.emplace_back(job.first, std::move(r));
    ++done_;
    const auto now = std::chrono::steady_clock::now();
    if (done_ % 1000 == 0 || now - lastReport_ > std::chrono::seconds(10)) {
      const double secs = std::chrono::duration<double>(now - start_).count();
      log_.info("extracted {} articles ({:.0f}/s)", done_, secs > 0 ? static_cast<double>(done_) / secs : 0.0);
      lastReport_ = now;
    }
  }
}

std::vector<ExtractionPool::Result> ExtractionPool::finish() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  notEmpty_.notify_all();
  for (auto& w : workers_) w.join();
  workers_.clear();
  if (failure_) std::rethrow_exception(failure_);
  std::sort(results_.begin(), results_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Result> out;
  out.reserve(results_.size());
  for (auto& [i, r] : results_) out.push_back(std::move(r));
  results_.clear();
  return out;
}

}  // namespace ng
