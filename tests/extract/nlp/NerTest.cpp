#include "extract/nlp/EntityRecognizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "extract/Segmenter.h"
#include "extract/nlp/Evaluation.h"
#include "extract/nlp/PosTagger.h"
#include "extract/nlp/TagDocument.h"

namespace ng::nlp {
namespace {

std::filesystem::path dataRoot() { return std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR); }

const PosTagger& tagger() {
  static const PosTagger t = PosTagger::load(dataRoot() / "models" / "pos.model");
  return t;
}

const EntityRecognizer& recognizer() {
  static const EntityRecognizer r =
      EntityRecognizer::load(dataRoot() / "models" / "ner.model", PhraseGazetteer::loadDirectory(dataRoot() / "data" / "gazetteer"));
  return r;
}

struct Tagged {
  std::vector<std::string> words;
  std::vector<std::string> bio;
  /// The words of every span of `type`, joined by spaces.
  [[nodiscard]] std::vector<std::string> names(std::string_view type) const {
    std::vector<std::string> out;
    for (const auto& s : bioSpans(bio)) {
      if (s.type != type) continue;
      std::string name;
      for (std::size_t i = s.begin; i < s.end; ++i) name += (i == s.begin ? "" : " ") + words[i];
      out.push_back(name);
    }
    return out;
  }
};

Tagged run(const EntityRecognizer& ner, const PosTagger& pos, std::string_view text) {
  Tagged t;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) t.words.push_back(w);
  const std::vector<std::string_view> views(t.words.begin(), t.words.end());
  t.bio = ner.tag(views, pos.tag(views));
  return t;
}

Tagged run(std::string_view text) { return run(recognizer(), tagger(), text); }

using Names = std::vector<std::string>;

TEST(EntityRecognizer, findsPersonsAfterTitlesAndPlaces) {
  const auto t = run("Sudanese Foreign Minister Ali Yousif met Kenyan President William Ruto in Nairobi .");
  EXPECT_EQ(t.names("PER"), (Names{"Ali Yousif", "William Ruto"}));
  EXPECT_EQ(t.names("LOC"), (Names{"Nairobi"}));
  EXPECT_EQ(t.bio[2], "O");  // the title stays out of the name
}

TEST(EntityRecognizer, findsOrganizationsAndMultiWordPlaces) {
  const auto t = run("Ethiopian Prime Minister Abiy Ahmed arrived in Khartoum on Tuesday for talks with the African Union .");
  EXPECT_EQ(t.names("PER"), (Names{"Abiy Ahmed"}));
  EXPECT_EQ(t.names("LOC"), (Names{"Khartoum"}));
  EXPECT_EQ(t.names("ORG"), (Names{"African Union"}));
  const auto u = run("The United Nations Security Council met in New York on Monday .");
  EXPECT_EQ(u.names("ORG"), (Names{"United Nations Security Council"}));
  EXPECT_EQ(u.names("LOC"), (Names{"New York"}));
}

TEST(EntityRecognizer, outputIsValidBio) {
  const auto t = run("“ We will respond , ” Colonel Hans Berger told reporters in Lima on Sunday .");
  ASSERT_EQ(t.bio.size(), t.words.size());
  for (std::size_t i = 0; i < t.bio.size(); ++i) {
    if (!t.bio[i].starts_with("I-")) continue;
    ASSERT_GT(i, 0u);
    EXPECT_EQ(t.bio[i - 1].substr(1), t.bio[i].substr(1)) << "I- tag after " << t.bio[i - 1];
  }
  EXPECT_EQ(t.names("PER"), (Names{"Hans Berger"}));
}

TEST(EntityRecognizer, concurrentTaggingGivesTheSameTags) {
  const std::vector<std::string> texts = {
      "Chilean President Gabriel Boric met Argentine officials in Santiago .",
      "The ministry said talks with the African Union would continue in Addis Ababa .",
      "Heavy fighting was reported near the border on Wednesday ."};
  std::vector<std::vector<std::string>> expected;
  for (const auto& s : texts) expected.push_back(run(s).bio);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int round = 0; round < 50; ++round)
        for (std::size_t i = 0; i < texts.size(); ++i) mismatches[k] += run(texts[i]).bio != expected[i];
    });
  for (auto& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(EntityRecognizer, tagDocumentFillsPosAndNer) {
  Document doc;
  doc.article.text = "Kenyan President William Ruto arrived in Kampala on Monday.\nTalks begin today.";
  segment(doc);
  tagDocument(doc, tagger(), &recognizer());
  std::string persons;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    EXPECT_FALSE(doc.tokens[i].pos.empty());
    EXPECT_FALSE(doc.tokens[i].ner.empty());
    if (doc.tokens[i].ner.ends_with("-PER")) persons += std::string(doc.tokenText(i)) + " ";
  }
  EXPECT_EQ(persons, "William Ruto ");
}

TEST(EntityRecognizer, tagDocumentReadsTitleCaseHeadlinesInRestoredCase) {
  Document doc;
  doc.article.text = "Kenya And Uganda Sign Trade Deal In Nairobi\n\nThe deal was signed on Monday.";
  segment(doc);
  tagDocument(doc, tagger(), &recognizer());
  std::vector<std::string> places;
  std::string other;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].ner == "B-LOC") places.emplace_back(doc.tokenText(i));
    else if (doc.tokens[i].ner != "O") other += std::string(doc.tokenText(i)) + " ";
  }
  EXPECT_EQ(places, (Names{"Kenya", "Uganda", "Nairobi"}));
  EXPECT_EQ(other, "");
  EXPECT_EQ(doc.tokens[3].pos, "VB");  // Sign
}

TEST(EntityRecognizer, learnsToyPatternAndRoundTripsThroughFile) {
  // "<Name> visited <Place>": capitalized words after "visited" are places, before it persons.
  const std::vector<std::string> people = {"Anna", "Boris", "Chen", "Dara"};
  const std::vector<std::string> places = {"Oslo", "Quito", "Hanoi", "Accra"};
  std::vector<TaggedSentence> data;
  std::vector<std::vector<std::string>> pos;
  for (const auto& p : people)
    for (const auto& q : places) {
      data.push_back({"toy", {p, "visited", q, "today", "."}, {"B-PER", "O", "B-LOC", "O", "O"}});
      pos.push_back({"NNP", "VBD", "NNP", "NN", "."});
    }
  NerTrainOptions options;
  options.epochs = 5;
  const EntityRecognizer ner = EntityRecognizer::train(data, pos, nullptr, options);
  const std::vector<std::string_view> words = {"Dara", "visited", "Hanoi", "today", "."};
  const std::vector<std::string> tags = {"NNP", "VBD", "NNP", "NN", "."};
  EXPECT_EQ(ner.tag(words, tags), (std::vector<std::string>{"B-PER", "O", "B-LOC", "O", "O"}));
  EXPECT_FALSE(ner.usesGazetteer());

  const auto path = std::filesystem::temp_directory_path() / "ng-nlp-test-toy-ner.model";
  ner.save(path);
  const EntityRecognizer loaded = EntityRecognizer::load(path);
  EXPECT_EQ(loaded.labels(), ner.labels());
  const std::vector<std::string_view> unseen = {"Chen", "visited", "Oslo", "today", "."};
  EXPECT_EQ(loaded.tag(unseen, tags), ner.tag(unseen, tags));
  EXPECT_EQ(loaded.tag(words, tags), ner.tag(words, tags));
  std::filesystem::remove(path);
}

TEST(EntityRecognizer, loadThrowsOnMissingOrCorruptModel) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto missing = dir / "ng-nlp-test-missing-ner.model";
  try {
    (void)EntityRecognizer::load(missing);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(missing.string()), std::string::npos);
  }
  std::string bytes;
  {
    std::ifstream in(dataRoot() / "models" / "ner.model", std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 1000u);
  const auto corrupt = dir / "ng-nlp-test-corrupt-ner.model";
  bytes[bytes.size() - 100] ^= 0x01;
  std::ofstream(corrupt, std::ios::binary) << bytes;
  try {
    (void)EntityRecognizer::load(corrupt);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(corrupt.string()), std::string::npos);
  }
  // A POS model is not an NER model.
  EXPECT_THROW((void)EntityRecognizer::load(dataRoot() / "models" / "pos.model"), std::runtime_error);
  std::filesystem::remove(corrupt);
}

TEST(EntityRecognizer, bioSpansReadsIAfterOAsANewSpan) {
  const std::vector<std::string> tags = {"O", "I-PER", "I-PER", "B-LOC", "I-ORG", "O"};
  const auto spans = bioSpans(tags);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (EntitySpan{1, 3, "PER"}));
  EXPECT_EQ(spans[1], (EntitySpan{3, 4, "LOC"}));
  EXPECT_EQ(spans[2], (EntitySpan{4, 5, "ORG"}));
}

}  // namespace
}  // namespace ng::nlp
