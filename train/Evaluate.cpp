#include <optional>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"
#include "train/Commands.h"
#include "train/Corpora.h"

namespace ng::train {

int evaluate(const EvalOptions& options) {
  const auto tagger = nlp::PosTagger::load(options.posModel);
  std::optional<nlp::EntityRecognizer> ner;
  if (!options.nerModel.empty())
    ner = nlp::EntityRecognizer::load(options.nerModel, loadGazetteer(options.gazetteerDir));
  for (const auto& f : options.conllu) {
    const auto sentences = nlp::readConllu(f);
    printPosScore(f.filename().string(), tagger, nlp::posSentences(sentences));
    if (ner) printNerScore(f.filename().string(), tagger, *ner, nlp::gumEntitySentences(sentences));
  }
  if (!options.newsFrom.empty()) {
    const auto corpus = readSplit(options.newsFrom, options.holdoutNews);
    printPosScore("held-out GUM news", tagger, nlp::posSentences(corpus.heldOut));
    if (ner) printNerScore("held-out GUM news", tagger, *ner, nlp::gumEntitySentences(corpus.heldOut));
  }
  if (ner)
    for (const auto& f : options.wikigold) printNerScore(f.filename().string(), tagger, *ner, nlp::readWikigold(f));
  return 0;
}

}  // namespace ng::train
