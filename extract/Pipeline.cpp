#include "extract/Pipeline.h"

#include <map>

#include "extract/Coref.h"
#include "extract/EntityFinder.h"
#include "extract/Segmenter.h"

namespace ng {

std::shared_ptr<const ExtractResources> ExtractResources::load(const std::filesystem::path& dataRoot) {
  auto res = std::make_shared<ExtractResources>();
  res->dataRoot = dataRoot;
  res->gazetteer = Gazetteer::load(dataRoot / "data");
  return res;
}

Document analyze(Article article, const ExtractResources& res) {
  Document doc;
  doc.article = std::move(article);
  segment(doc);
  findMentions(doc, res.gazetteer);
  resolveMentions(doc);
  return doc;
}

ArticleGraph toArticleGraph(const Document& doc) {
  ArticleGraph g;
  g.article = doc.article;
  g.article.text.clear();
  for (const auto& e : doc.entities) {
    Node n;
    n.cls = e.cls;
    n.label = e.name;
    n.forms = e.forms;
    double conf = 0;
    for (int mi : e.mentions) conf = std::max(conf, doc.mentions[static_cast<std::size_t>(mi)].confidence);
    n.confidence = conf;
    n.extractor = "entities";
    if (onto::isA(e.cls, onto::Class::Event) && !e.mentions.empty()) {
      const auto& m = doc.mentions[static_cast<std::size_t>(e.mentions.front())];
      const auto s = doc.sentenceAt(m.span.begin);
      if (s < doc.sentences.size()) n.evidence.emplace_back(doc.slice(doc.sentences[s].span));
    }
    g.addNode(std::move(n));
  }
  return g;
}

ArticleGraph extractArticle(Article article, const ExtractResources& res) {
  return toArticleGraph(analyze(std::move(article), res));
}

}  // namespace ng
