// The subcommands of newsgraph-train: each binds its flags into a plain options struct
// (main.cpp) and runs one function here. Tables go to stdout, progress to the log.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ng::train {

using Paths = std::vector<std::filesystem::path>;

struct PosOptions {
  Paths train;                 ///< CoNLL-U files
  Paths dev;                   ///< CoNLL-U files, each scored separately
  std::filesystem::path output;
  int epochs = 8;
  std::uint64_t seed = 1;
  int holdoutNews = 4;         ///< every Nth GUM news document of the train files is held out
  int tagDictMinCount = 20;    ///< see nlp::PosTrainOptions
  double tagDictMinRatio = 0.97;
  std::filesystem::path lexicon;  ///< English lexicon (data/lexicon/english.tsv); empty: none
};

struct NerOptions {
  Paths train;                 ///< GUM CoNLL-U files
  Paths wikigold;              ///< extra CoNLL-2003 style training data
  bool keepMisc = false;       ///< train wikigold's MISC as a label the recognizer never outputs
  bool documentFeatures = false;  ///< learn the document features (EntityRecognizer::tagDocument)
  Paths dev;                   ///< GUM CoNLL-U files scored after training
  Paths test;
  std::filesystem::path posModel;
  std::filesystem::path gazetteerDir;  ///< empty: no gazetteer features
  std::filesystem::path output;
  int epochs = 12;
  std::uint64_t seed = 1;
  int holdoutNews = 4;
};

struct EvalOptions {
  std::filesystem::path posModel;
  std::filesystem::path nerModel;      ///< empty: POS only
  std::filesystem::path gazetteerDir;
  Paths conllu;                        ///< each scored separately
  Paths newsFrom;                      ///< files whose held-out GUM news documents are scored
  Paths wikigold;
  int holdoutNews = 4;
  std::filesystem::path dump;          ///< when set: every word with its predicted tags, to compare models
};

int trainPos(const PosOptions& options);
int trainNer(const NerOptions& options);
int evaluate(const EvalOptions& options);

}  // namespace ng::train
