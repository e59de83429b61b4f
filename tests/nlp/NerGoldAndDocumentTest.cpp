// The gold names cut from GUM's entity layer (gumEntityTags) and the recognizer's document
// features (EntityRecognizer::tagDocument).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/EntityRecognizer.h"

namespace ng::nlp {
namespace {

// One CoNLL-U word: form, UPOS, XPOS, head (1-based, 0 = root), deprel, Entity= value.
ConlluWord word(std::string form, std::string upos, std::string xpos, int head, std::string deprel,
                std::string entity = {}) {
  ConlluWord w;
  w.form = std::move(form);
  w.upos = std::move(upos);
  w.xpos = std::move(xpos);
  w.head = head;
  w.deprel = std::move(deprel);
  w.misc = entity.empty() ? "_" : "Entity=" + entity;
  return w;
}

ConlluSentence sentence(std::vector<ConlluWord> words) {
  ConlluSentence s;
  s.docId = "doc";
  s.words = std::move(words);
  return s;
}

using Tags = std::vector<std::string>;

TEST(GumEntityTags, leavesTheArticleOutOfANameThatOpensTheSentence) {
  const auto s = sentence({word("The", "DET", "DT", 2, "det", "(1-place-new-nnnnn-cf1-2-sgl"),
                           word("Confederacy", "PROPN", "NNP", 3, "nsubj", "1)"),
                           word("fought", "VERB", "VBD", 0, "root")});
  EXPECT_EQ(gumEntityTags(s), (Tags{"O", "B-LOC", "O"}));
}

TEST(GumEntityTags, coordinatedNamesAreTwoNames) {
  const auto s = sentence({word("Khartoum", "PROPN", "NNP", 0, "root", "(1-place-new-nnnnn-cf1-1,3-sgl(2-place-new-nnnnn-cf2-1-sgl)"),
                           word("and", "CCONJ", "CC", 3, "cc"),
                           word("Juba", "PROPN", "NNP", 1, "conj", "(3-place-new-nnnnn-cf3-1-sgl)1)")});
  EXPECT_EQ(gumEntityTags(s), (Tags{"B-LOC", "O", "B-LOC"}));
}

TEST(GumEntityTags, inEndsAName) {
  const auto s = sentence({word("Columbia", "PROPN", "NNP", 2, "compound", "(1-organization-new-nnnnn-cf1-2-sgl"),
                           word("University", "PROPN", "NNP", 0, "root"),
                           word("in", "ADP", "IN", 5, "case"),
                           word("New", "PROPN", "NNP", 5, "compound", "(2-place-new-nnnnn-cf2-1,2-sgl"),
                           word("York", "PROPN", "NNP", 2, "nmod", "2)1)")});
  EXPECT_EQ(gumEntityTags(s), (Tags{"B-ORG", "I-ORG", "O", "B-LOC", "I-LOC"}));
}

TEST(GumEntityTags, aTitleHeadGivesTheNameAfterIt) {
  const auto s = sentence({word("Undersecretary", "PROPN", "NNP", 3, "nsubj", "(1-person-new-nnnnn-cf1-1,2-sgl"),
                           word("Toccafondi", "PROPN", "NNP", 1, "flat", "1)"),
                           word("said", "VERB", "VBD", 0, "root")});
  const TitleWordFn titles = [](std::string_view w) { return w == "Undersecretary"; };
  EXPECT_EQ(gumEntityTags(s, titles), (Tags{"O", "B-PER", "O"}));
  // Without a title list the head is taken for the first name.
  EXPECT_EQ(gumEntityTags(s), (Tags{"B-PER", "I-PER", "O"}));
}

TEST(GumEntityTags, aGroupOfPeopleIsNoName) {
  const auto s = sentence({word("Palestinians", "PROPN", "NNPS", 2, "nsubj", "(1-person-new-nnnnn-cf1-1-sgl)"),
                           word("protested", "VERB", "VBD", 0, "root")});
  EXPECT_EQ(gumEntityTags(s), (Tags{"O", "O"}));
}

TEST(GumEntitySentences, aTitleAloneIsNoPersonName) {
  const auto s = sentence({word("The", "DET", "DT", 2, "det", "(1-person-new-nnnnn-cf1-2-sgl"),
                           word("Secretary", "PROPN", "NNP", 3, "nsubj", "1)"),
                           word("spoke", "VERB", "VBD", 0, "root")});
  EXPECT_EQ(gumEntityTags(s), (Tags{"O", "B-PER", "O"}));
  const TitleWordFn titles = [](std::string_view w) { return w == "Secretary"; };
  const auto out = gumEntitySentences({s}, true, titles);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].tags, (Tags{"O", "O", "O"}));
}

// Sentences of a document for training: the same name at the start of a sentence is a person
// unless the document also writes it in lowercase.
TaggedSentence tagged(std::string doc, std::vector<std::string> words, std::vector<std::string> tags) {
  return TaggedSentence{std::move(doc), std::move(words), std::move(tags)};
}

TEST(EntityRecognizerDocument, aWordTheDocumentAlsoWritesInLowercaseIsNoName) {
  std::vector<TaggedSentence> train;
  const std::vector<std::string> names = {"Zork", "Blip", "Quux", "Wug", "Dax", "Fep", "Toma", "Kiki"};
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::string lower = names[k];
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    const std::string named = "named-" + std::to_string(k);
    const std::string common = "common-" + std::to_string(k);
    train.push_back(tagged(named, {names[k], "arrived", "."}, {"B-PER", "O", "O"}));
    train.push_back(tagged(named, {"It", "rained", "."}, {"O", "O", "O"}));
    train.push_back(tagged(common, {names[k], "arrived", "."}, {"O", "O", "O"}));
    train.push_back(tagged(common, {"the", lower, "rained", "."}, {"O", "O", "O", "O"}));
  }
  std::vector<std::vector<std::string>> pos;
  for (const auto& s : train) {
    std::vector<std::string> p(s.words.size(), "NN");
    pos.push_back(p);
  }
  NerTrainOptions options;
  options.epochs = 10;
  options.documentFeatures = true;
  const auto ner = EntityRecognizer::train(train, pos, nullptr, options);
  // Without document features the two documents' sentences look the same.
  options.documentFeatures = false;
  const auto plain = EntityRecognizer::train(train, pos, nullptr, options);

  const std::vector<std::string_view> first = {"Frob", "arrived", "."};
  const std::vector<std::string_view> other = {"the", "frob", "rained", "."};
  const std::vector<std::string> firstPos(3, "NN");
  const std::vector<std::string> otherPos(4, "NN");
  const std::vector<std::vector<std::string_view>> alone = {first};
  const std::vector<std::vector<std::string_view>> withLower = {first, other};
  const auto a = ner.tagDocument(alone, std::vector<std::vector<std::string>>{firstPos});
  const auto b = ner.tagDocument(withLower, std::vector<std::vector<std::string>>{firstPos, otherPos});
  EXPECT_TRUE(ner.usesDocumentFeatures());
  EXPECT_FALSE(plain.usesDocumentFeatures());
  EXPECT_EQ(a[0][0], "B-PER");
  EXPECT_EQ(b[0][0], "O");
  // tag() is a document of one sentence.
  EXPECT_EQ(ner.tag(first, firstPos), a[0]);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[1], (Tags{"O", "O", "O", "O"}));
  EXPECT_EQ(plain.tagDocument(alone, std::vector<std::vector<std::string>>{firstPos})[0],
            plain.tagDocument(withLower, std::vector<std::vector<std::string>>{firstPos, otherPos})[0]);
}

TEST(EntityRecognizerDocument, misMatchedPosSequencesAreRejected) {
  std::vector<TaggedSentence> train = {tagged("d", {"Zork", "ran"}, {"B-PER", "O"})};
  const std::vector<std::vector<std::string>> pos = {{"NNP", "VBD"}};
  const auto ner = EntityRecognizer::train(train, pos, nullptr, NerTrainOptions{});
  const std::vector<std::vector<std::string_view>> doc = {{"Zork", "ran"}};
  EXPECT_THROW((void)ner.tagDocument(doc, std::vector<std::vector<std::string>>{}), std::invalid_argument);
}

}  // namespace
}  // namespace ng::nlp
