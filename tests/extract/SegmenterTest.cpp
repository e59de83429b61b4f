#include "extract/Segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ng {
namespace {

Document seg(std::string text) {
  Document d;
  d.article.text = std::move(text);
  segment(d);
  return d;
}

std::vector<std::string> tokens(const Document& d) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.tokenText(i));
  return out;
}

std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.slice(s.span));
  return out;
}

TEST(Segmenter, keepsAbbreviationsAndInitials) {
  const auto d = seg("Gen. J. Smith met U.S. envoys on Nov. 3 in Washington. Talks ended.");
  EXPECT_EQ(sentences(d), (std::vector<std::string>{"Gen. J. Smith met U.S. envoys on Nov. 3 in Washington.", "Talks ended."}));
  EXPECT_EQ(tokens(d)[0], "Gen.");
  EXPECT_EQ(tokens(d)[1], "J.");
  EXPECT_EQ(tokens(d)[4], "U.S.");
}

TEST(Segmenter, abbreviationCanEndSentence) {
  const auto d = seg("The deal was backed by the U.S. The talks resume Monday.");
  EXPECT_EQ(d.sentences.size(), 2u);
}

TEST(Segmenter, splitsPossessivesDashesAndQuotes) {
  const auto d = seg("Kenya\xE2\x80\x99s army (KDF)\xE2\x80\x94" "a force said \xE2\x80\x9CNo.\xE2\x80\x9D Rwanda's view differed.");
  const auto t = tokens(d);
  EXPECT_EQ(t[0], "Kenya");
  EXPECT_EQ(t[1], "\xE2\x80\x99s");
  EXPECT_EQ(t[3], "(");
  EXPECT_EQ(t[4], "KDF");
  EXPECT_EQ(t[5], ")");
  EXPECT_EQ(t[6], "\xE2\x80\x94");
  EXPECT_EQ(t[7], "a");
  // The closing quote stays with its sentence.
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(sentences(d)[0].substr(sentences(d)[0].size() - 4), ".\xE2\x80\x9D");
}

TEST(Segmenter, keepsHyphenatedNamesAndDiacritics) {
  const auto d = seg("Jabhat al-Nusra and Hayat Tahrir al-Sham met Erdo\xC4\x9F" "an in T\xC3\xBCrkiye.");
  const auto t = tokens(d);
  EXPECT_EQ(t[1], "al-Nusra");
  EXPECT_EQ(t[7], "Erdo\xC4\x9F" "an");
  EXPECT_EQ(t[9], "T\xC3\xBCrkiye");
}

TEST(Segmenter, linesWithoutPunctuationAreHeadings) {
  const auto d = seg("Rebels Seize Town In The North\n\n  \xE2\x80\xA2 The army retreated.\nKey Points\n");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_TRUE(d.sentences[0].heading);
  EXPECT_FALSE(d.sentences[1].heading);
  EXPECT_EQ(sentences(d)[1], "The army retreated.") << "the bullet is not part of the sentence";
  EXPECT_TRUE(d.sentences[2].heading);
}

TEST(Segmenter, spansAreByteOffsets) {
  const auto d = seg("\xC3\x89mile said no.");
  ASSERT_FALSE(d.tokens.empty());
  EXPECT_EQ(d.tokens[0].span.begin, 0u);
  EXPECT_EQ(d.tokens[0].span.end, 6u);
  EXPECT_EQ(d.sentenceAt(7), 0u);
  EXPECT_EQ(d.sentenceAt(100), d.sentences.size());
}

TEST(Segmenter, quotedSentenceThenAttribution) {
  const auto d = seg("\"We will not retreat,\" the general said. \"Never.\" He left.");
  EXPECT_EQ(sentences(d), (std::vector<std::string>{"\"We will not retreat,\" the general said.", "\"Never.\"", "He left."}));
}

TEST(Segmenter, aParagraphEndingInAnAbbreviationOrALetterIsNoHeading) {
  const auto d = seg("Sanctions were imposed by the U.S.\nThe spokesman said on X.\nKey Points\n");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_FALSE(d.sentences[0].heading) << "the period of U.S. ends the sentence";
  EXPECT_EQ(tokens(d)[5], "U.S.");
  EXPECT_FALSE(d.sentences[1].heading);
  EXPECT_EQ(sentences(d)[1], "The spokesman said on X.");
  const auto t = tokens(d);
  EXPECT_NE(std::find(t.begin(), t.end(), "X"), t.end()) << "a letter at a paragraph's end is no initial";
  EXPECT_TRUE(d.sentences[2].heading);
  // An initial inside a sentence keeps its period.
  const auto inside = seg("Envoy John F. Kerry arrived.");
  EXPECT_EQ(tokens(inside)[2], "F.");
}

}  // namespace
}  // namespace ng
