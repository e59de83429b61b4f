#include <spdlog/spdlog.h>

#include <chrono>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/PosTagger.h"
#include "train/Commands.h"
#include "train/Corpora.h"

namespace ng::train {

int trainPos(const PosOptions& options) {
  const auto corpus = readSplit(options.train, options.holdoutNews);
  const auto sentences = nlp::posSentences(corpus.train);
  std::size_t words = 0;
  for (const auto& s : sentences) words += s.words.size();
  spdlog::info("POS training: {} sentences, {} words, {} epochs, seed {}", sentences.size(), words, options.epochs,
               options.seed);
  nlp::PosTrainOptions opts;
  opts.epochs = options.epochs;
  opts.seed = options.seed;
  opts.tagDictMinCount = options.tagDictMinCount;
  opts.tagDictMinRatio = options.tagDictMinRatio;
  if (!options.lexicon.empty()) {
    opts.englishLexicon = nlp::readEnglishLexicon(options.lexicon);
    spdlog::info("English lexicon: {} words from {}", opts.englishLexicon.size(), options.lexicon.string());
  }
  opts.progress = [](int epoch, double acc) { spdlog::info("epoch {}: training accuracy {:.2f}%", epoch, 100 * acc); };
  const auto start = std::chrono::steady_clock::now();
  const auto tagger = nlp::PosTagger::train(sentences, opts);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  tagger.save(options.output);
  spdlog::info("trained in {:.1f} s; {} features, {} weights; wrote {} ({} bytes)", seconds,
               tagger.weights().numFeatures(), tagger.weights().numWeights(), options.output.string(),
               std::filesystem::file_size(options.output));
  for (const auto& dev : options.dev) printPosScore(dev.filename().string(), tagger, nlp::posSentences(nlp::readConllu(dev)));
  if (!corpus.heldOut.empty())
    printPosScore("held-out GUM news", tagger, nlp::posSentences(corpus.heldOut));
  return 0;
}

}  // namespace ng::train
