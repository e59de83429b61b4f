// Loading the corpora for newsgraph-train: CoNLL-U files with the held-out GUM news documents
// split off, and the printed score tables.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/nlp/Conllu.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"
#include "train/Commands.h"

namespace ng::train {

struct SplitCorpus {
  std::vector<nlp::ConlluSentence> train;    ///< everything but the held-out news
  std::vector<nlp::ConlluSentence> heldOut;  ///< held-out GUM news documents
  std::set<std::string> heldOutDocs;
};

/// Reads the files; with holdoutNews > 0, every Nth GUM news document (per file) goes to heldOut.
[[nodiscard]] SplitCorpus readSplit(const Paths& files, int holdoutNews);

/// The gazetteer of `dir`, or null when dir is empty or holds no list.
[[nodiscard]] std::shared_ptr<const nlp::GazetteerFeatures> loadGazetteer(const std::filesystem::path& dir);

void printPosScore(const std::string& name, const nlp::PosTagger& tagger, const std::vector<nlp::TaggedSentence>& gold);
void printNerScore(const std::string& name, const nlp::PosTagger& tagger, const nlp::EntityRecognizer& ner,
                   const std::vector<nlp::TaggedSentence>& gold);

}  // namespace ng::train
