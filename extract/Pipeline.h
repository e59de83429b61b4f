// Extraction of one article: the components in order, each adding its layer to the Document,
// then the Document turned into an ArticleGraph for the graph stage.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "extract/ArticleGraph.h"
#include "extract/Document.h"
#include "extract/Gazetteer.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"

namespace ng {

/// Everything extraction needs that is loaded once per run: gazetteers, lexicons, models.
/// Immutable after load(); shared by all worker threads.
struct ExtractResources {
  Gazetteer gazetteer;
  std::optional<nlp::PosTagger> pos;         ///< models/pos.model (always set by load())
  std::optional<nlp::EntityRecognizer> ner;  ///< models/ner.model, with gazetteer features
  std::filesystem::path dataRoot;  ///< the folder holding data/ and models/

  /// Loads from `dataRoot` (see findDataDir()). Throws std::runtime_error naming what is missing.
  static std::shared_ptr<const ExtractResources> load(const std::filesystem::path& dataRoot);
};

/// Runs segmentation, entity finding and coreference over an article.
[[nodiscard]] Document analyze(Article article, const ExtractResources& res);

/// The entity stage of analyze() after tagging: finds the mentions (rules and recognizer),
/// prunes, numbers and types them, and resolves them into entities. Exposed so that the stage
/// benchmark times exactly what analyze() runs.
void findEntities(Document& doc, const ExtractResources& res);

/// Turns an analyzed document into the graph stage's input; article text is not kept.
[[nodiscard]] ArticleGraph toArticleGraph(const Document& doc);

/// Drops the countries the fact extractors implied (a capital read as its state) that no fact
/// ended up using ("speaking in Mexico City" was looked at as a speaker and left a Mexico); the
/// last step of extractArticle().
void dropUnusedImpliedNodes(ArticleGraph& g);

/// analyze() then toArticleGraph(), the fact extractors and dropUnusedImpliedNodes().
/// Thread-safe for concurrent calls on different articles.
[[nodiscard]] ArticleGraph extractArticle(Article article, const ExtractResources& res);

}  // namespace ng
