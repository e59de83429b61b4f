// newsgraph-train: trains and evaluates the statistical models of newsgraph.
//   newsgraph-train pos  --train FILE... --dev FILE... -o models/pos.model
//   newsgraph-train ner  --train FILE... --pos models/pos.model --test FILE... -o models/ner.model
//   newsgraph-train eval --pos models/pos.model --ner models/ner.model --conllu FILE...
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>

#include "train/Commands.h"

int main(int argc, char** argv) {
  using namespace ng::train;
  CLI::App app{"Trains and evaluates newsgraph's POS tagger and entity recognizer"};
  app.require_subcommand(1);
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet, "Only print the score tables");

  PosOptions pos;
  auto* posCmd = app.add_subcommand("pos", "Train the POS tagger on CoNLL-U files (XPOS)");
  posCmd->add_option("--train", pos.train, "CoNLL-U training files")->required()->check(CLI::ExistingFile);
  posCmd->add_option("--dev", pos.dev, "CoNLL-U files to score")->check(CLI::ExistingFile);
  posCmd->add_option("-o,--output", pos.output, "Model file to write")->required();
  posCmd->add_option("--epochs", pos.epochs, "Training epochs")->capture_default_str()->check(CLI::Range(1, 100));
  posCmd->add_option("--seed", pos.seed, "Shuffling seed")->capture_default_str();
  posCmd->add_option("--holdout-news", pos.holdoutNews, "Hold out every Nth GUM news document (0: none)")
      ->capture_default_str();
  posCmd->add_option("--tagdict-min-count", pos.tagDictMinCount,
                     "Words this frequent with one tag often enough are tagged without the model")
      ->capture_default_str();
  posCmd->add_option("--tagdict-min-ratio", pos.tagDictMinRatio, "How often: the share of the word's main tag")
      ->capture_default_str()->check(CLI::Range(0.5, 1.0));
  posCmd->add_option("--lexicon", pos.lexicon,
                     "English lexicon (data/lexicon/english.tsv): features of the word's classes, kept in the model")
      ->check(CLI::ExistingFile);

  NerOptions ner;
  auto* nerCmd = app.add_subcommand("ner", "Train the entity recognizer on GUM (+ wikigold)");
  nerCmd->add_option("--train", ner.train, "GUM CoNLL-U training files")->required()->check(CLI::ExistingFile);
  nerCmd->add_option("--wikigold", ner.wikigold, "Extra wikigold training files")->check(CLI::ExistingFile);
  nerCmd->add_flag("--wikigold-misc", ner.keepMisc,
                   "Train wikigold's MISC names as a label of their own that tagging turns into O");
  nerCmd->add_flag("--document-features", ner.documentFeatures,
                   "Learn features from the other occurrences of a word in its document");
  nerCmd->add_option("--dev", ner.dev, "GUM CoNLL-U files to score")->check(CLI::ExistingFile);
  nerCmd->add_option("--test", ner.test, "GUM CoNLL-U files to score")->check(CLI::ExistingFile);
  nerCmd->add_option("--pos", ner.posModel, "POS model giving the tags the recognizer sees")->required()->check(CLI::ExistingFile);
  nerCmd->add_option("--gazetteer", ner.gazetteerDir, "Folder of gazetteer lists (data/gazetteer)");
  nerCmd->add_option("-o,--output", ner.output, "Model file to write")->required();
  nerCmd->add_option("--epochs", ner.epochs, "Training epochs")->capture_default_str()->check(CLI::Range(1, 100));
  nerCmd->add_option("--seed", ner.seed, "Shuffling seed")->capture_default_str();
  nerCmd->add_option("--holdout-news", ner.holdoutNews, "Hold out every Nth GUM news document (0: none)")
      ->capture_default_str();

  EvalOptions eval;
  auto* evalCmd = app.add_subcommand("eval", "Score trained models");
  evalCmd->add_option("--pos", eval.posModel, "POS model")->required()->check(CLI::ExistingFile);
  evalCmd->add_option("--ner", eval.nerModel, "NER model")->check(CLI::ExistingFile);
  evalCmd->add_option("--gazetteer", eval.gazetteerDir, "Folder of gazetteer lists the NER model was trained with");
  evalCmd->add_option("--conllu", eval.conllu, "CoNLL-U files to score")->check(CLI::ExistingFile);
  evalCmd->add_option("--news-from", eval.newsFrom, "Score the held-out GUM news documents of these files")
      ->check(CLI::ExistingFile);
  evalCmd->add_option("--wikigold", eval.wikigold, "wikigold files to score (NER)")->check(CLI::ExistingFile);
  evalCmd->add_option("--holdout-news", eval.holdoutNews, "Every Nth GUM news document is held out")
      ->capture_default_str();
  evalCmd->add_option("--dump", eval.dump,
                      "Write every scored word with its predicted POS (and NER) tag to this file, "
                      "to check that two builds tag identically");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  spdlog::set_default_logger(spdlog::stderr_color_mt("train"));
  spdlog::set_pattern("[%H:%M:%S] %v");
  if (quiet) spdlog::set_level(spdlog::level::warn);
  try {
    if (posCmd->parsed()) return trainPos(pos);
    if (nerCmd->parsed()) return trainNer(ner);
    return evaluate(eval);
  } catch (const std::exception& e) {
    std::cerr << "newsgraph-train: " << e.what() << '\n';
    return 1;
  }
}
