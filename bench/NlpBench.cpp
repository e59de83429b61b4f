// newsgraph-bench-nlp: throughput of the statistical NLP layer on one core.
// Builds several MB of text from the sentences of the training corpora ("# text =" lines),
// then times segmentation, POS tagging, entity recognition, and both together, in words per
// second of processor time on one thread.
//
//   newsgraph-bench-nlp [--corpora DIR] [--data DIR] [--mb N]
//     --corpora  folder holding gum/ and ud-english-ewt/ (default: ../shared/corpora)
//     --data     folder holding models/ and data/gazetteer/ (default: the source tree)
//     --mb       megabytes of text to process (default 4)
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/alloc/Allocator.h"
#include "extract/Document.h"
#include "extract/Segmenter.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/GazetteerFeatures.h"
#include "extract/nlp/PosTagger.h"

namespace {

// Processor time of this (single-threaded) process, so that a busy machine does not distort the
// per-core figures the way wall-clock time would.
struct Clock {
  using time_point = double;
  static time_point now() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
};

double since(Clock::time_point start) { return Clock::now() - start; }

std::string corpusText(const std::filesystem::path& corpora, std::size_t bytes) {
  const std::filesystem::path files[] = {corpora / "gum" / "en_gum-ccby-train.conllu",
                                         corpora / "ud-english-ewt" / "en_ewt-ud-train.conllu"};
  std::vector<std::string> sentences;
  for (const auto& f : files) {
    std::ifstream in(f);
    if (!in) throw std::runtime_error("cannot read " + f.string());
    for (std::string line; std::getline(in, line);)
      if (line.starts_with("# text = ")) sentences.push_back(line.substr(9));
  }
  if (sentences.empty()) throw std::runtime_error("no sentences in " + corpora.string());
  std::string text;
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += sentences[i % sentences.size()];
    text += (i % 8 == 7) ? "\n\n" : " ";
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  ng::tuneAllocator();
  std::filesystem::path data = NEWSGRAPH_SOURCE_DATADIR;
  std::filesystem::path corpora = data / ".." / "shared" / "corpora";
  double mb = 4;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--corpora") corpora = argv[i + 1];
    else if (flag == "--data") data = argv[i + 1];
    else if (flag == "--mb") mb = std::atof(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: newsgraph-bench-nlp [--corpora DIR] [--data DIR] [--mb N]\n");
      return 2;
    }
  }
  try {
    auto start = Clock::now();
    const auto pos = ng::nlp::PosTagger::load(data / "models" / "pos.model");
    const double posLoad = since(start);
    start = Clock::now();
    auto gazetteer = ng::nlp::PhraseGazetteer::loadDirectory(data / "data" / "gazetteer");
    const double gazLoad = since(start);
    start = Clock::now();
    auto ner = ng::nlp::EntityRecognizer::load(data / "models" / "ner.model", gazetteer);
    ner.precompute(pos.knownWords(), pos.tagset());
    const double nerLoad = since(start);
    std::printf("load: pos.model %.0f ms, gazetteer %.0f ms (%zu phrases), ner.model %.0f ms\n", 1000 * posLoad,
                1000 * gazLoad, gazetteer->size(), 1000 * nerLoad);

    ng::Document doc;
    doc.article.text = corpusText(corpora, static_cast<std::size_t>(mb * 1024 * 1024));
    start = Clock::now();
    ng::segment(doc);
    const double segTime = since(start);
    const double words = static_cast<double>(doc.tokens.size());
    std::printf("allocator: %s\n", ng::allocatorName().c_str());
    std::printf("text: %.1f MB, %zu sentences, %.0f tokens\n", doc.article.text.size() / 1048576.0, doc.sentences.size(),
                words);

    std::vector<std::vector<std::string_view>> sentences;
    for (const auto& s : doc.sentences) {
      std::vector<std::string_view> ws;
      for (auto i = s.tokenBegin; i < s.tokenEnd; ++i) ws.push_back(doc.tokenText(i));
      sentences.push_back(std::move(ws));
    }
    std::vector<std::vector<std::string>> tags(sentences.size());
    start = Clock::now();
    for (std::size_t i = 0; i < sentences.size(); ++i) tags[i] = pos.tag(sentences[i]);
    const double posTime = since(start);
    std::size_t entities = 0;
    start = Clock::now();
    for (std::size_t i = 0; i < sentences.size(); ++i)
      for (const auto& t : ner.tag(sentences[i], tags[i])) entities += t.starts_with("B-");
    const double nerTime = since(start);

    std::printf("%-22s %12s %10s\n", "stage (1 thread)", "words/s", "CPU s");
    std::printf("%-22s %12.0f %10.2f\n", "segment", words / segTime, segTime);
    std::printf("%-22s %12.0f %10.2f\n", "POS tagging", words / posTime, posTime);
    std::printf("%-22s %12.0f %10.2f\n", "NER (given POS)", words / nerTime, nerTime);
    std::printf("%-22s %12.0f %10.2f\n", "POS + NER", words / (posTime + nerTime), posTime + nerTime);
    std::printf("entities found: %zu\n", entities);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newsgraph-bench-nlp: %s\n", e.what());
    return 1;
  }
  return 0;
}
