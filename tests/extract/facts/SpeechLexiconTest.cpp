// The speech-act verb lexicon: matchVerb() runs at every token of every article, so it looks the
// verb up by its first word; these pin down which entry wins.
#include "extract/facts/SpeechLexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ng::speech {
namespace {

TEST(SpeechLexicon, longestPhraseWins) {
  const std::vector<std::string> words = {"the", "ministry", "called", "on", "both", "sides"};
  const auto m = matchVerb(words, 2);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->lemma, "call on");
  EXPECT_EQ(m->words, 2u);
  EXPECT_EQ(m->act, Act::Appeal);
  EXPECT_EQ(m->form, Form::Past);

  const auto press = matchVerb({"pressed", "for", "talks"}, 0);
  ASSERT_TRUE(press);
  EXPECT_EQ(press->lemma, "press for");
  EXPECT_EQ(press->act, Act::Demand);
  const auto pressAlone = matchVerb({"pressed", "the", "army"}, 0);
  ASSERT_TRUE(pressAlone);
  EXPECT_EQ(pressAlone->lemma, "press");
  EXPECT_TRUE(pressAlone->actorObjectOnly);

  const auto finger = matchVerb({"pointed", "the", "finger", "at", "rebels"}, 0);
  ASSERT_TRUE(finger);
  EXPECT_EQ(finger->words, 4u);
  EXPECT_EQ(finger->act, Act::Accuse);
}

TEST(SpeechLexicon, firstListedFormWinsATie) {
  // "hit out at" is both the base and the past form: the base, listed first, is taken.
  const auto m = matchVerb({"hit", "out", "at", "critics"}, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->form, Form::Base);
  EXPECT_EQ(m->words, 3u);
  // "lambasted" is the past of "lambast" and of "lambaste": the earlier entry gives the lemma.
  const auto l = matchVerb({"lambasted"}, 0);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->lemma, "lambast");
}

TEST(SpeechLexicon, noVerbOutsideTheWordsOrTheList) {
  EXPECT_FALSE(matchVerb({"called"}, 1));
  EXPECT_FALSE(matchVerb({}, 0));
  EXPECT_FALSE(matchVerb({"said", "that"}, 0));
  EXPECT_FALSE(matchVerb({"Accused"}, 0));  // the caller lowercases
  const auto partial = matchVerb({"point", "the", "gun"}, 0);
  EXPECT_FALSE(partial);  // "point the finger at" needs all its words
}

}  // namespace
}  // namespace ng::speech
