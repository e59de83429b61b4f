#include "train/Corpora.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>

#include "extract/nlp/Evaluation.h"

namespace ng::train {

SplitCorpus readSplit(const Paths& files, int holdoutNews) {
  SplitCorpus out;
  for (const auto& file : files) {
    auto sentences = nlp::readConllu(file);
    const auto held = nlp::heldOutNewsDocs(sentences, holdoutNews);
    for (auto& s : sentences) (held.contains(s.docId) ? out.heldOut : out.train).push_back(std::move(s));
    out.heldOutDocs.insert(held.begin(), held.end());
    spdlog::info("read {}: {} held-out news documents", file.string(), held.size());
  }
  return out;
}

std::shared_ptr<const nlp::GazetteerFeatures> loadGazetteer(const std::filesystem::path& dir) {
  if (dir.empty()) return nullptr;
  auto gaz = nlp::PhraseGazetteer::loadDirectory(dir);
  if (gaz->size() == 0) {
    spdlog::warn("no gazetteer lists in {}; training without gazetteer features", dir.string());
    return nullptr;
  }
  spdlog::info("gazetteer {}: {} phrases", dir.string(), gaz->size());
  return gaz;
}

void printPosScore(const std::string& name, const nlp::PosTagger& tagger, const std::vector<nlp::TaggedSentence>& gold) {
  const auto acc = nlp::evaluatePos(tagger, gold);
  std::printf("POS %-40s %7zu words  accuracy %.2f%%\n", name.c_str(), acc.total, 100 * acc.accuracy());
}

void printNerScore(const std::string& name, const nlp::PosTagger& tagger, const nlp::EntityRecognizer& ner,
                   const std::vector<nlp::TaggedSentence>& gold) {
  const auto scorer = nlp::evaluateNer(tagger, ner, gold);
  std::printf("NER %s (%zu sentences)\n%s\n", name.c_str(), gold.size(), scorer.table().c_str());
}

}  // namespace ng::train
