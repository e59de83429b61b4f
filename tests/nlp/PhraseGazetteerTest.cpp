#include "extract/nlp/GazetteerFeatures.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace ng::nlp {
namespace {

std::vector<std::uint32_t> flagsOf(const PhraseGazetteer& gaz, std::vector<std::string_view> words) {
  std::vector<std::uint32_t> flags(words.size(), 0);
  gaz.annotate(words, flags);
  return flags;
}

// One-word phrases and longer ones that share their first word with many others: a word is
// marked when a phrase of either length matches, and not when only the first word does.
TEST(PhraseGazetteer, singleWordAndLongerPhrasesSharingAFirstWord) {
  PhraseGazetteer gaz;
  gaz.add(GazetteerKind::City, "Paris");
  gaz.add(GazetteerKind::City, "New York");
  gaz.add(GazetteerKind::City, "New Delhi");
  gaz.add(GazetteerKind::Subdivision, "New South Wales");
  gaz.add(GazetteerKind::Title, "minister");
  gaz.add(GazetteerKind::Title, "foreign minister");
  gaz.add(GazetteerKind::Country, "Korea, South");
  const auto city = GazetteerKind::City;
  const auto sub = GazetteerKind::Subdivision;
  const auto title = GazetteerKind::Title;

  auto f = flagsOf(gaz, {"From", "New", "York", "to", "Paris", "and", "New", "South", "Wales", "."});
  EXPECT_EQ(f[1], beginBit(city) | insideBit(city));
  EXPECT_EQ(f[2], insideBit(city));
  EXPECT_EQ(f[3], 0u);
  EXPECT_EQ(f[4], beginBit(city) | insideBit(city));
  EXPECT_EQ(f[6], beginBit(sub) | insideBit(sub));
  EXPECT_EQ(f[7] | f[8], insideBit(sub));
  EXPECT_EQ(f[9], 0u);

  // "New" followed by a word no phrase has, and a phrase cut off by the end of the words.
  f = flagsOf(gaz, {"a", "new", "law", "in", "New"});
  for (const auto x : f) EXPECT_EQ(x, 0u);
  f = flagsOf(gaz, {"New", "South"});
  EXPECT_EQ(f[0] | f[1], 0u);

  // Lowercase titles, a one-word title inside a longer one, and a comma inside a phrase.
  f = flagsOf(gaz, {"the", "foreign", "minister", "said"});
  EXPECT_EQ(f[1], beginBit(title) | insideBit(title));
  EXPECT_EQ(f[2], beginBit(title) | insideBit(title));
  EXPECT_EQ(f[3], 0u);
  f = flagsOf(gaz, {"Korea", ",", "South"});
  EXPECT_EQ(f[0], beginBit(GazetteerKind::Country) | insideBit(GazetteerKind::Country));
  EXPECT_EQ(f[2], insideBit(GazetteerKind::Country));
  EXPECT_EQ(flagsOf(gaz, {"Paris"})[0], beginBit(city) | insideBit(city));
  EXPECT_TRUE(flagsOf(gaz, {}).empty());
}

}  // namespace
}  // namespace ng::nlp
