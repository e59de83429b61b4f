#include "app/ExtractionPool.h"

#include <algorithm>
#include <stdexcept>

namespace ng {

ExtractionPool::ExtractionPool(unsigned threads, const ExtractResources& resources, spdlog::logger& log, Sink sink)
    : resources_(resources), log_(log), sink_(std::move(sink)), capacity_(std::max(2u, threads) * 4) {
  start_ = lastReport_ = std::chrono::steady_clock::now();
  for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    queue_.clear();  // after a failure nobody waits for the rest
  }
  notEmpty_.notify_all();
  for (auto& w : workers_) {
    if (w.joinable()) w.join();
  }
}

void ExtractionPool::drain(std::unique_lock<std::mutex>& lock) {
  while (!results_.empty() && !failure_) {
    std::vector<Result> batch;
    batch.swap(results_);
    lock.unlock();
    try {
      for (auto& r : batch) sink_(std::move(r));
    } catch (...) {
      lock.lock();
      if (!failure_) failure_ = std::current_exception();
      return;
    }
    lock.lock();
  }
}

void ExtractionPool::submit(Article article, std::string tag) {
  std::unique_lock lock(mutex_);
  for (;;) {
    drain(lock);
    if (failure_) return;  // finish() reports it
    if (queue_.size() < capacity_) break;
    changed_.wait(lock, [&] { return queue_.size() < capacity_ || !results_.empty() || failure_; });
  }
  queue_.emplace_back(std::move(article), std::move(tag));
  notEmpty_.notify_one();
}

void ExtractionPool::work() {
  for (;;) {
    std::pair<Article, std::string> job;
    {
      std::unique_lock lock(mutex_);
      notEmpty_.wait(lock, [&] { return !queue_.empty() || closed_; });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    changed_.notify_all();
    const std::string id = job.first.id;
    Result r;
    std::exception_ptr error;
    try {
      r.graph = extractArticle(std::move(job.first), resources_);
      r.tag = std::move(job.second);
    } catch (const std::exception& e) {
      error = std::make_exception_ptr(std::runtime_error("extraction of article \"" + id + "\" failed: " + e.what()));
    }
    {
      std::lock_guard lock(mutex_);
      --running_;
      if (error) {
        if (!failure_) failure_ = error;
      } else {
        results_.push_back(std::move(r));
        ++done_;
        const auto now = std::chrono::steady_clock::now();
        if (done_ % 1000 == 0 || now - lastReport_ > std::chrono::seconds(10)) {
          const double secs = std::chrono::duration<double>(now - start_).count();
          log_.info("extracted {} articles ({:.0f}/s)", done_, secs > 0 ? static_cast<double>(done_) / secs : 0.0);
          lastReport_ = now;
        }
      }
    }
    changed_.notify_all();
  }
}

std::size_t ExtractionPool::finish() {
  std::unique_lock lock(mutex_);
  closed_ = true;
  notEmpty_.notify_all();
  for (;;) {
    drain(lock);
    if (failure_ || (queue_.empty() && running_ == 0 && results_.empty())) break;
    changed_.wait(lock, [&] { return !results_.empty() || failure_ || (queue_.empty() && running_ == 0); });
  }
  const auto failure = failure_;
  if (failure) queue_.clear();
  lock.unlock();
  for (auto& w : workers_) w.join();
  workers_.clear();
  if (failure) std::rethrow_exception(failure);
  return done_;
}

}  // namespace ng
