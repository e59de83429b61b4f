// The entity recognizer does the same for the POS tagger's known words (precompute()), and also
// keeps the transition weights of common short shapes and of the POS tags.
// The POS tagger sums the scores of each known word's own features (word, affixes, shape,
// ambiguity class ...) once at load; tagging with that table must give exactly the scores and
// tags of the plain per-feature lookups, for known words and for words not in the table.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/GazetteerFeatures.h"
#include "extract/nlp/PosTagger.h"
#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {
namespace {

std::filesystem::path modelPath() { return std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR) / "models" / "pos.model"; }

const PosTagger& fast() {
  static const PosTagger t = PosTagger::load(modelPath());
  return t;
}

const PosTagger& plain() {
  static const PosTagger t = PosTagger::load(modelPath(), false);
  return t;
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) out.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

// Known and unknown words, numbers, hyphens, capitals at the start and inside, curly quotes.
const std::vector<std::string_view> kSentences = {
    "The council said on Tuesday that 1,200 troops would leave the northern province .",
    "Officials in Quetzaltenango told reporters the bridge had been rebuilt in 2019 .",
    "Running water returned to the eastern districts after three weeks , residents said .",
    "He didn’t say whether the ceasefire , brokered by Norway , would hold .",
    "“ We are ready , ” the minister told Parliament in a 45-minute speech .",
    "Zxqvbnt groplified the unkwnown flimbertons near Vrexholm-on-Sea yesterday .",
    "UN PEACEKEEPERS WITHDRAW FROM BORDER TOWN AFTER CLASHES",
    "Protesters marched Saturday ; police used tear gas and arrested 37 people .",
    "a",
    "Running",
};

TEST(PrecomputedScores, ownScoresOfEveryWordAreThoseOfThePlainLookups) {
  std::size_t fromTable = 0;
  std::size_t looked = 0;
  for (const auto sentence : kSentences) {
    const auto words = split(sentence);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto want = plain().ownScores(words, i);
      const auto got = fast().ownScores(words, i);
      EXPECT_EQ(got.first, want.first) << sentence << " word " << i;
      EXPECT_EQ(got.second, want.second) << sentence << " word " << i;
      (fast().hasPrecomputedScores(words[i]) ? fromTable : looked) += 1;
    }
  }
  // Both paths must have been exercised.
  EXPECT_GT(fromTable, 10u);
  EXPECT_GT(looked, 5u);
  EXPECT_FALSE(plain().hasPrecomputedScores("leave"));
  EXPECT_TRUE(fast().hasPrecomputedScores("leave"));  // VB, VBP or NN: not in the tag dictionary
  EXPECT_FALSE(fast().hasPrecomputedScores("Zxqvbnt"));
}

TEST(PrecomputedScores, ownScoresAreNotAllZero) {
  const auto words = split("The council said");
  const auto scores = fast().ownScores(words, 1);
  EXPECT_NE(scores.first, std::vector<std::int32_t>(scores.first.size(), 0));
  EXPECT_NE(scores.second, std::vector<std::int32_t>(scores.second.size(), 0));
}

TEST(PrecomputedScores, tagsAreThoseOfThePlainTagger) {
  for (const auto sentence : kSentences) {
    const auto words = split(sentence);
    EXPECT_EQ(fast().tag(words), plain().tag(words)) << sentence;
    EXPECT_EQ(fast().restoreCase(words), plain().restoreCase(words)) << sentence;
  }
}

// The same on every line of the sample articles (split at spaces): thousands of words, with
// the tag tables of the fast tagger (sums of the tag-only features) against per-feature lookups.
TEST(PrecomputedScores, tagsOfTheSampleArticlesAreThoseOfThePlainTagger) {
  std::size_t words = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR) / "samples")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      const auto w = split(line);
      if (w.empty()) continue;
      words += w.size();
      ASSERT_EQ(fast().tag(w), plain().tag(w)) << entry.path() << ": " << line;
    }
  }
  EXPECT_GT(words, 3000u);
}

std::filesystem::path dataDir() { return std::filesystem::path(NEWSGRAPH_SOURCE_DATADIR); }

const EntityRecognizer& fastNer() {
  static const EntityRecognizer r = [] {
    auto ner = EntityRecognizer::load(dataDir() / "models" / "ner.model",
                                      PhraseGazetteer::loadDirectory(dataDir() / "data" / "gazetteer"));
    ner.precompute(fast().knownWords(), fast().tagset());
    return ner;
  }();
  return r;
}

const EntityRecognizer& plainNer() {
  static const EntityRecognizer r = EntityRecognizer::load(
      dataDir() / "models" / "ner.model", PhraseGazetteer::loadDirectory(dataDir() / "data" / "gazetteer"));
  return r;
}

TEST(PrecomputedScores, recognizerOwnScoresAreThoseOfThePlainLookups) {
  std::size_t fromTable = 0;
  std::size_t looked = 0;
  for (const auto sentence : kSentences) {
    const auto words = split(sentence);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto want = plainNer().ownScores(words, i);
      EXPECT_EQ(fastNer().ownScores(words, i), want) << sentence << " word " << i;
      EXPECT_NE(want, std::vector<std::int32_t>(want.size(), 0)) << sentence << " word " << i;
      (fastNer().hasPrecomputedScores(normalizeWord(words[i])) ? fromTable : looked) += 1;
    }
  }
  EXPECT_GT(fromTable, 10u);
  EXPECT_GT(looked, 5u);
  EXPECT_TRUE(fastNer().hasPrecomputedScores("said"));
  EXPECT_FALSE(plainNer().hasPrecomputedScores("said"));
  EXPECT_FALSE(fastNer().hasPrecomputedScores("Zxqvbnt"));
}

TEST(PrecomputedScores, entityTagsAreThoseOfThePlainRecognizer) {
  std::size_t names = 0;
  for (const auto sentence : kSentences) {
    const auto words = split(sentence);
    const auto pos = fast().tag(words);
    const auto got = fastNer().tag(words, pos);
    EXPECT_EQ(got, plainNer().tag(words, pos)) << sentence;
    for (const auto& t : got) names += t.starts_with("B-");
  }
  EXPECT_GT(names, 3u);  // the sentences name places, countries and bodies
}

// The recognizer may take the POS tagger's indexes of the words instead of looking them up
// again: the same tags, and indexes from another word list (a different fingerprint) are ignored.
TEST(PrecomputedScores, entityTagsWithTheTaggersWordIndexesAreTheSame) {
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::vector<std::string>> pos;
  std::vector<std::vector<std::uint32_t>> ids;
  std::size_t known = 0;
  for (const auto sentence : kSentences) {
    sentences.push_back(split(sentence));
    ids.emplace_back();
    pos.push_back(fast().tag(sentences.back(), ids.back()));
    EXPECT_EQ(pos.back(), fast().tag(sentences.back()));
    ASSERT_EQ(ids.back().size(), sentences.back().size());
    for (std::size_t i = 0; i < ids.back().size(); ++i) {
      const bool inTable = fastNer().hasPrecomputedScores(normalizeWord(sentences.back()[i]));
      EXPECT_EQ(ids.back()[i] != PosTagger::kUnknownWord, inTable) << sentence << " word " << i;
      known += inTable;
    }
  }
  EXPECT_GT(known, 50u);
  EXPECT_NE(fast().knownWordsFingerprint(), 0u);
  const auto want = plainNer().tagDocument(sentences, pos);
  EXPECT_EQ(fastNer().tagDocument(sentences, pos), want);
  EXPECT_EQ(fastNer().tagDocument(sentences, pos, ids, fast().knownWordsFingerprint()), want);
  // Indexes that point at other words, with a fingerprint that does not match: not used.
  auto shifted = ids;
  for (auto& s : shifted)
    for (auto& k : s) k = k == PosTagger::kUnknownWord ? 0 : k + 1;
  EXPECT_EQ(fastNer().tagDocument(sentences, pos, shifted, fast().knownWordsFingerprint() + 1), want);
  EXPECT_EQ(plainNer().tagDocument(sentences, pos, ids, fast().knownWordsFingerprint()), want);
}

}  // namespace
}  // namespace ng::nlp
