// The state folder of incremental runs (`newsgraph build --state DIR`): what earlier runs
// processed, so a daily run extracts only new or changed articles and keeps every IRI stable.
//
// Layout of DIR:
//   state.json               the commit point: version, articles (id -> content hash, blob),
//                            the entity table file and the graph file of the last run
//   articles/<hash>.json     one extracted ArticleGraph per article version (write-once)
//   entities-<hash>.tsv      member key -> IRI (see graph/Resolver.h memberKeyOf)
//   graph-<hash>.nq          the quads the last run wrote (canonical order), for the next delta
// Files are written first, state.json last by an atomic rename; a run killed at any point
// leaves the previous state.json and every file it names intact. Unreferenced files are
// removed after the commit.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/ArticleGraph.h"
#include "graph/Quad.h"

namespace ng {

/// ArticleGraph <-> JSON (lossless), for the state folder.
[[nodiscard]] std::string articleGraphToJson(const ArticleGraph& g);
[[nodiscard]] ArticleGraph articleGraphFromJson(const std::string& json);

/// Content hash of an article (metadata and text): 16 hex digits.
[[nodiscard]] std::string articleHash(const Article& a);

struct StateArticle {
  std::string hash;  ///< articleHash() of the version processed
};

class StateStore {
 public:
  /// Opens DIR (created if missing). A state.json written by a newer version or broken is an
  /// error (std::runtime_error naming the file): the user must not lose a state by accident.
  explicit StateStore(std::filesystem::path dir);

  [[nodiscard]] const std::map<std::string, StateArticle>& articles() const { return articles_; }
  [[nodiscard]] bool empty() const { return articles_.empty(); }
  /// The stored graph of an article version; throws when the blob is missing or broken.
  [[nodiscard]] ArticleGraph loadArticle(const std::string& hash) const;
  /// Entity table of the last run (member key -> IRI).
  [[nodiscard]] std::map<std::string, std::string> entityTable() const;
  /// Quads written by the last run (empty on the first run).
  [[nodiscard]] std::vector<Quad> lastQuads() const;
  /// The same, one at a time in canonical order without duplicates, for a delta against a graph
  /// that does not fit in memory. The file is read as it is when already in that order (as
  /// newsgraph writes it), else sorted with scratch files in `work`.
  [[nodiscard]] std::unique_ptr<QuadSource> lastQuadSource(const std::filesystem::path& work) const;

  /// Stores a newly extracted article version (content-addressed; idempotent).
  void putArticle(const std::string& hash, const ArticleGraph& g);
  /// Commits a run: the articles it holds now, its entity table and its quads.
  void commit(const std::map<std::string, StateArticle>& articles, const std::map<std::string, std::string>& entities,
              const std::vector<Quad>& quads);
  /// The same with the quads as an N-Quads file in canonical order (the build's graph.nq),
  /// copied into the state.
  void commit(const std::map<std::string, StateArticle>& articles, const std::map<std::string, std::string>& entities,
              const std::filesystem::path& nquads);

 private:
  /// Stores the N-Quads text that `read` gives (like fread: bytes into a buffer, 0 at the end)
  /// as graph-<hash>.nq; returns that name.
  [[nodiscard]] std::string storeGraph(const std::function<std::size_t(char*, std::size_t)>& read);
  void commitWith(const std::map<std::string, StateArticle>& articles,
                  const std::map<std::string, std::string>& entities, const std::string& graphFile);

  std::filesystem::path dir_;
  std::map<std::string, StateArticle> articles_;
  std::string entitiesFile_, graphFile_;
};

/// Reads N-Quads written by newsgraph (through Serd) back into quads.
[[nodiscard]] std::vector<Quad> readNQuads(const std::filesystem::path& path);

/// The quads of an N-Quads file one at a time, in file order, parsed by Serd a block of lines at
/// a time (N-Quads holds one statement per line). Throws std::runtime_error naming the file when
/// it cannot be read or parsed.
class NQuadsSource : public QuadSource {
 public:
  explicit NQuadsSource(const std::filesystem::path& path);
  ~NQuadsSource() override;
  NQuadsSource(const NQuadsSource&) = delete;
  NQuadsSource& operator=(const NQuadsSource&) = delete;
  const Quad* next() override;

 private:
  bool parseBlock();

  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  void* reader_ = nullptr;  ///< SerdReader
  std::string text_;        ///< unparsed bytes: the start of a line
  std::string error_;       ///< Serd's first complaint
  std::vector<Quad> quads_;
  std::size_t at_ = 0;
  bool eof_ = false;
};

}  // namespace ng
