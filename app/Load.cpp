#include "app/Load.h"

#include <curl/curl.h>

#include <chrono>
#include <map>
#include <memory>
#include <stdexcept>
#include <thread>

#include "app/State.h"
#include "export/Delta.h"
#include "graph/Iri.h"

namespace ng {
namespace fs = std::filesystem;

namespace {

size_t collect(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

class UpdateClient {
 public:
  UpdateClient(const LoadOptions& o, spdlog::logger& log) : o_(o), log_(log) {
    static const bool init = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!init) throw std::runtime_error("libcurl could not be initialized");
    curl_.reset(curl_easy_init());
    if (!curl_) throw std::runtime_error("libcurl could not be initialized");
  }

  void send(const std::string& update) {
    for (int attempt = 1;; ++attempt) {
      std::string body;
      CURL* c = curl_.get();
      curl_easy_reset(c);
      curl_easy_setopt(c, CURLOPT_URL, o_.endpoint.c_str());
      curl_easy_setopt(c, CURLOPT_POST, 1L);
      curl_easy_setopt(c, CURLOPT_POSTFIELDS, update.data());
      curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(update.size()));
      std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
          curl_slist_append(curl_slist_append(nullptr, "Content-Type: application/sparql-update; charset=utf-8"),
                            "Accept: */*"),
          &curl_slist_free_all);
      curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
      curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
      curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
      curl_easy_setopt(c, CURLOPT_TIMEOUT, o_.timeoutSeconds);
      curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
      curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
      if (!o_.user.empty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
        curl_easy_setopt(c, CURLOPT_USERNAME, o_.user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, o_.password.c_str());
      }
      const CURLcode rc = curl_easy_perform(c);
      long status = 0;
      curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
      ++requests_;
      if (rc == CURLE_OK && status >= 200 && status < 300) return;
      const bool transient = rc != CURLE_OK || status >= 500 || status == 429 || status == 408;
      const std::string what = rc != CURLE_OK ? std::string(curl_easy_strerror(rc))
                                              : "HTTP " + std::to_string(status) + ": " + body.substr(0, 600);
      if (!transient || attempt >= o_.retries) {
        std::string hint;
        if (status == 401 || status == 403)
          hint = " (check --user/--password and that the endpoint accepts updates, e.g. Virtuoso's /sparql-auth)";
        throw std::runtime_error("the endpoint " + o_.endpoint + " rejected an update: " + what + hint);
      }
      const auto wait = std::chrono::milliseconds(500 << (attempt - 1));
      log_.warn("{} (attempt {} of {}); retrying in {} ms", what, attempt, o_.retries, wait.count());
      std::this_thread::sleep_for(wait);
    }
  }
  [[nodiscard]] std::size_t requests() const { return requests_; }

 private:
  struct Cleanup {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
  };
  const LoadOptions& o_;
  spdlog::logger& log_;
  std::unique_ptr<CURL, Cleanup> curl_;
  std::size_t requests_ = 0;
};

}  // namespace

LoadReport runLoad(const LoadOptions& o, spdlog::logger& log) {
  const auto start = std::chrono::steady_clock::now();
  if (!(o.endpoint.starts_with("http://") || o.endpoint.starts_with("https://")))
    throw std::invalid_argument("--endpoint must be an http:// or https:// URL (got \"" + o.endpoint + "\")");
  if (!o.graph.empty()) {
    if (auto err = checkBaseIri(o.graph + "/"); !err.empty()) throw std::invalid_argument("--graph: " + err);
  }
  LoadReport report;
  UpdateClient client(o, log);
  Delta work;
  std::vector<std::string> clear;
  if (o.delta) {
    const fs::path added = o.outDir / "delta" / "added.nq", removed = o.outDir / "delta" / "removed.nq";
    if (!fs::exists(added) || !fs::exists(removed))
      throw std::runtime_error(o.outDir.string() + " has no delta/ folder: build with --state to get one");
    work.added = readNQuads(added);
    work.removed = readNQuads(removed);
  } else {
    const fs::path nq = o.outDir / "graph.nq";
    if (!fs::exists(nq)) throw std::runtime_error(nq.string() + " not found: is " + o.outDir.string() + " a newsgraph build?");
    work.added = readNQuads(nq);
  }
  if (!o.graph.empty()) {
    for (auto* v : {&work.added, &work.removed}) {
      for (auto& q : *v) q.graph = o.graph;
    }
  }
  std::map<std::string, std::size_t> graphs;
  for (const auto* v : {&work.added, &work.removed}) {
    for (const auto& q : *v) ++graphs[q.graph];
  }
  report.graphs = graphs.size();
  if (!o.delta && !o.keep) {
    for (const auto& [g, n] : graphs) client.send("CLEAR SILENT GRAPH <" + g + ">");
  }
  // One named graph at a time, deletions first, so a delta applies as a difference.
  const auto ops = sparqlUpdates(work, o.chunk);
  std::size_t done = 0;
  for (const auto& op : ops) {
    client.send(op);
    if (++done % 20 == 0) log.info("sent {}/{} update requests", done, ops.size());
  }
  report.quads = work.added.size() + work.removed.size();
  report.requests = client.requests();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace ng
