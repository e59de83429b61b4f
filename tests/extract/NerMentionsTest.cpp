// The statistical recognizer's mentions and their merge with the rule-based finder's, through
// the real pipeline, on sentences about other conflicts than the development articles.
#include "extract/NerMentions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"

namespace ng {
namespace {

using onto::Class;

class NerMentionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static Document analyzeText(std::string text) {
    Article a;
    a.id = "ner-mentions-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return analyze(std::move(a), *res_);
  }
  static const Mention* mentionOf(const Document& doc, std::string_view text) {
    for (const auto& m : doc.mentions)
      if (doc.slice(m.span) == text) return &m;
    return nullptr;
  }

  static std::shared_ptr<const ExtractResources> res_;
};
std::shared_ptr<const ExtractResources> NerMentionsTest::res_;

Mention mention(std::uint32_t b, std::uint32_t e, Class cls) {
  Mention m;
  m.tokenBegin = b;
  m.tokenEnd = e;
  m.span = Span{b * 10, e * 10};
  m.cls = cls;
  return m;
}

TEST(NerMentionsMerge, primaryMentionsWinOverlapsAndTheResultIsSorted) {
  const std::vector<Mention> primary{mention(4, 6, Class::Person), mention(0, 1, Class::Country)};
  const std::vector<Mention> extra{mention(5, 7, Class::Organization), mention(2, 3, Class::City)};
  const auto merged = mergeMentions(primary, extra);
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].cls, Class::Country);
  EXPECT_EQ(merged[1].cls, Class::City);
  EXPECT_EQ(merged[2].cls, Class::Person);
  EXPECT_EQ(merged[2].tokenEnd, 6u);
}

TEST_F(NerMentionsTest, loneWordListedWithPlacesIsNoPerson) {
  const auto doc = analyzeText("Border points like Zorbatiya and Basra were shut for a week.");
  const auto* m = mentionOf(doc, "Zorbatiya");
  if (m != nullptr) {
    EXPECT_NE(m->cls, Class::Person);
  }
  const auto* basra = mentionOf(doc, "Basra");
  ASSERT_NE(basra, nullptr);
  EXPECT_TRUE(onto::isA(basra->cls, Class::Place));
}

TEST_F(NerMentionsTest, surnameOfANamedPersonStaysAPerson) {
  const auto doc = analyzeText(
      "Abdel Fattah Burhan met the envoy in Port Sudan. Burhan rejected the plan, and Dagalo stayed away.");
  const auto* burhan = mentionOf(doc, "Burhan");
  ASSERT_NE(burhan, nullptr);
  EXPECT_EQ(burhan->cls, Class::Person);
  EXPECT_EQ(doc.entities[static_cast<std::size_t>(burhan->entity)].name, "Abdel Fattah Burhan");
}

TEST_F(NerMentionsTest, noNameInsideATitle) {
  const auto doc = analyzeText(
      "Somalia's Minister for Information and Broadcasting, Daud Aweis, said the port would reopen.");
  for (const auto& m : doc.mentions) {
    const std::string_view text = doc.slice(m.span);
    EXPECT_EQ(text.find("Broadcasting"), std::string_view::npos) << text;
    EXPECT_EQ(text.find("Information"), std::string_view::npos) << text;
  }
}

TEST_F(NerMentionsTest, unbackedAcronymsAreDroppedAndDefinedOnesKept) {
  const auto doc = analyzeText(
      "The Sudan Liberation Army (SLA) took the town. China, via new routes, faces disrupted KPEC "
      "extensions into Chad. The SLA later withdrew.");
  EXPECT_EQ(mentionOf(doc, "KPEC"), nullptr);
  const auto* sla = mentionOf(doc, "SLA");
  ASSERT_NE(sla, nullptr);
  EXPECT_EQ(sla->entity, mentionOf(doc, "Sudan Liberation Army")->entity);
}


TEST_F(NerMentionsTest, aDatelineOfTwoPlacesBeforeADashIsNoName) {
  const auto doc = analyzeText("ISLAMABAD/NEW DELHI — Pakistan and India agreed on Saturday to a ceasefire.");
  EXPECT_EQ(mentionOf(doc, "ISLAMABAD/NEW DELHI"), nullptr);
  EXPECT_NE(mentionOf(doc, "Pakistan"), nullptr);
}

TEST_F(NerMentionsTest, anAcronymBeforeAPostNamesItsGroup) {
  const auto doc = analyzeText("ZNLF military wing commander Tamir Oduya was arrested in Niamey on Monday.");
  const auto* group = mentionOf(doc, "ZNLF");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(onto::isA(group->cls, Class::Organization));
}

TEST_F(NerMentionsTest, anUndefinedAcronymModifyingAThingIsNoOrganization) {
  const auto doc = analyzeText(
      "Kenya, via new ports, faces delayed VRPX pipeline extensions into Uganda. Traders in Mombasa said prices "
      "would rise.");
  EXPECT_EQ(mentionOf(doc, "VRPX"), nullptr);
  EXPECT_NE(mentionOf(doc, "Mombasa"), nullptr);
}

TEST_F(NerMentionsTest, aNumberedAcronymInBracketsSpellsTheWholeName) {
  const auto doc = analyzeText(
      "Fighters of the June 14 Alliance (J14) entered Goma on Sunday. The J14 said the town was calm.");
  EXPECT_NE(mentionOf(doc, "June 14 Alliance"), nullptr);
  EXPECT_EQ(mentionOf(doc, "Alliance"), nullptr);
}

TEST_F(NerMentionsTest, aPronounWithAContractedVerbIsNoName) {
  const auto doc = analyzeText(
      "\"No, I'm not sure. I'm pretty sure it's over,\" said Ali Dasse in Dakar. \"We'll see. They've left.\"");
  for (const std::string_view w : {"I'm", "We'll", "They've"}) EXPECT_EQ(mentionOf(doc, w), nullptr) << w;
  EXPECT_NE(mentionOf(doc, "Ali Dasse"), nullptr);
}

}  // namespace
}  // namespace ng
