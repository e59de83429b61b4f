#include <spdlog/spdlog.h>

#include <chrono>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"
#include "train/Commands.h"
#include "train/Corpora.h"

namespace ng::train {

int trainNer(const NerOptions& options) {
  const auto tagger = nlp::PosTagger::load(options.posModel);
  // Titles alone are no person names; the same word list for every split.
  const nlp::TitleWordFn common = nlp::loadTitleWords(options.gazetteerDir);
  const auto corpus = readSplit(options.train, options.holdoutNews);
  auto sentences = nlp::gumEntitySentences(corpus.train, true, common);
  for (const auto& file : options.wikigold) {
    auto extra = nlp::readWikigold(file, options.keepMisc);
    spdlog::info("read {}: {} sentences", file.string(), extra.size());
    sentences.insert(sentences.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
  }
  // POS tags as the tagger predicts them, the way the recognizer sees them at run time.
  std::vector<std::vector<std::string>> pos;
  pos.reserve(sentences.size());
  for (const auto& s : sentences) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    pos.push_back(tagger.tag(words));
  }
  const auto gazetteer = loadGazetteer(options.gazetteerDir);
  spdlog::info("NER training: {} sentences, {} epochs, seed {}, gazetteer {}", sentences.size(), options.epochs,
               options.seed, gazetteer ? "yes" : "no");
  nlp::NerTrainOptions opts;
  opts.epochs = options.epochs;
  opts.seed = options.seed;
  opts.documentFeatures = options.documentFeatures;
  opts.progress = [](int epoch, double acc) { spdlog::info("epoch {}: training token accuracy {:.2f}%", epoch, 100 * acc); };
  const auto start = std::chrono::steady_clock::now();
  const auto ner = nlp::EntityRecognizer::train(sentences, pos, gazetteer, opts);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ner.save(options.output);
  spdlog::info("trained in {:.1f} s; {} features, {} weights; wrote {} ({} bytes)", seconds, ner.weights().numFeatures(),
               ner.weights().numWeights(), options.output.string(), std::filesystem::file_size(options.output));
  for (const auto& f : options.dev)
    printNerScore(f.filename().string(), tagger, ner, nlp::gumEntitySentences(nlp::readConllu(f), true, common));
  for (const auto& f : options.test)
    printNerScore(f.filename().string(), tagger, ner, nlp::gumEntitySentences(nlp::readConllu(f), true, common));
  if (!corpus.heldOut.empty()) {
    std::string docs;
    for (const auto& d : corpus.heldOutDocs) docs += (docs.empty() ? "" : ", ") + d;
    printNerScore("held-out GUM news: " + docs, tagger, ner, nlp::gumEntitySentences(corpus.heldOut, true, common));
  }
  return 0;
}

}  // namespace ng::train
