// The state folder of incremental runs (`newsgraph build --state DIR`): what earlier runs
// processed, so a daily run extracts only new or changed articles and keeps every IRI stable.
//
// Layout of DIR:
//   state.json               the commit point: version, articles (id -> content hash, blob),
//                            the entity table file and the graph file of the last run
//   articles/<hash>.json     one extracted ArticleGraph per article version (write-once)
//   entities-<hash>.tsv      member key -> IRI (see graph/Resolver.h memberKeyOf)
//   graph-<hash>.nq          the quads the last run wrote, to compute the next delta
// Files are written first, state.json last by an atomic rename; a run killed at any point
// leaves the previous state.json and every file it names intact. Unreferenced files are
// removed after the commit.
#pragma once

#include <filesystem>
#include <map>
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

  /// Stores a newly extracted article version (content-addressed; idempotent).
  void putArticle(const std::string& hash, const ArticleGraph& g);
  /// Commits a run: the articles it holds now, its entity table and its quads.
  void commit(const std::map<std::string, StateArticle>& articles, const std::map<std::string, std::string>& entities,
              const std::vector<Quad>& quads);

 private:
  std::filesystem::path dir_;
  std::map<std::string, StateArticle> articles_;
  std::string entitiesFile_, graphFile_;
};

/// Reads N-Quads written by newsgraph (through Serd) back into quads.
[[nodiscard]] std::vector<Quad> readNQuads(const std::filesystem::path& path);

}  // namespace ng
