#include <fstream>
#include <optional>
#include <stdexcept>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/Evaluation.h"
#include "extract/nlp/PosTagger.h"
#include "train/Commands.h"
#include "train/Corpora.h"

namespace ng::train {
namespace {

// One line per word: the word, its predicted POS tag and, with a recognizer, its BIO tag and
// (when `goldNer` is given) the gold BIO tag; an empty line after each sentence.
void dumpTags(std::ostream& out, const std::string& name, const nlp::PosTagger& tagger,
              const nlp::EntityRecognizer* ner, const std::vector<nlp::TaggedSentence>& sentences,
              const std::vector<nlp::TaggedSentence>* goldNer = nullptr) {
  out << "# " << name << '\n';
  std::vector<std::vector<std::string>> documentTags(sentences.size());
  if (ner != nullptr)
    for (auto& document : nlp::nerDocuments(tagger, *ner, sentences))
      for (auto& [k, tags] : document) documentTags[k] = std::move(tags);
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const auto& s = sentences[k];
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const auto pos = tagger.tag(words);
    const std::vector<std::string>& bio = documentTags[k];
    for (std::size_t i = 0; i < words.size(); ++i) {
      out << words[i] << '\t' << pos[i];
      if (ner != nullptr) out << '\t' << bio[i];
      if (ner != nullptr && goldNer != nullptr && i < (*goldNer)[k].tags.size()) out << '\t' << (*goldNer)[k].tags[i];
      out << '\n';
    }
    out << '\n';
  }
}

}  // namespace

int evaluate(const EvalOptions& options) {
  const auto tagger = nlp::PosTagger::load(options.posModel);
  // Titles alone are no person names; the same word list for every split.
  const nlp::TitleWordFn common = nlp::loadTitleWords(options.gazetteerDir);
  std::optional<nlp::EntityRecognizer> ner;
  if (!options.nerModel.empty())
    ner = nlp::EntityRecognizer::load(options.nerModel, loadGazetteer(options.gazetteerDir));
  // As newsgraph loads it (extract/Pipeline.cpp), so the scores and --dump are those of the pipeline.
  if (ner) ner->precompute(tagger.knownWords(), tagger.tagset());
  std::ofstream dump;
  if (!options.dump.empty()) {
    dump.open(options.dump);
    if (!dump) throw std::runtime_error("cannot write " + options.dump.string());
  }
  const nlp::EntityRecognizer* recognizer = ner ? &*ner : nullptr;
  for (const auto& f : options.conllu) {
    const auto sentences = nlp::readConllu(f);
    const auto posGold = nlp::posSentences(sentences);
    printPosScore(f.filename().string(), tagger, posGold);
    const auto nerGold = nlp::gumEntitySentences(sentences, true, common);
    if (ner) printNerScore(f.filename().string(), tagger, *ner, nerGold);
    if (dump.is_open()) dumpTags(dump, f.filename().string(), tagger, recognizer, posGold, &nerGold);
  }
  if (!options.newsFrom.empty()) {
    const auto corpus = readSplit(options.newsFrom, options.holdoutNews);
    printPosScore("held-out GUM news", tagger, nlp::posSentences(corpus.heldOut));
    const auto nerGold = nlp::gumEntitySentences(corpus.heldOut, true, common);
    if (ner) printNerScore("held-out GUM news", tagger, *ner, nerGold);
    if (dump.is_open()) dumpTags(dump, "held-out GUM news", tagger, recognizer, nlp::posSentences(corpus.heldOut), &nerGold);
  }
  for (const auto& f : options.wikigold) {
    const auto sentences = nlp::readWikigold(f);
    if (ner) printNerScore(f.filename().string(), tagger, *ner, sentences);
    if (dump.is_open()) dumpTags(dump, f.filename().string(), tagger, recognizer, sentences, &sentences);
  }
  if (dump.is_open() && !dump.flush()) throw std::runtime_error("cannot write " + options.dump.string());
  return 0;
}

}  // namespace ng::train
