// Within-article coreference through the real pipeline, on sentences about other conflicts than
// the development articles.
#include "extract/Coref.h"

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

class CorefTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static Document analyzeText(std::string text) {
    Article a;
    a.id = "coref-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return analyze(std::move(a), *res_);
  }
  static const LocalEntity* withForm(const Document& doc, std::string_view form) {
    for (const auto& e : doc.entities)
      if (std::find(e.forms.begin(), e.forms.end(), form) != e.forms.end()) return &e;
    return nullptr;
  }

  static std::shared_ptr<const ExtractResources> res_;
};
std::shared_ptr<const ExtractResources> CorefTest::res_;

TEST_F(CorefTest, bareOrganizationNameJoinsItsDemonymQualifiedForm) {
  const auto doc = analyzeText(
      "Forces of the Libyan National Army advanced on the city. The National Army said it had taken "
      "the airport.");
  const auto* full = withForm(doc, "Libyan National Army");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(withForm(doc, "National Army"), full);
  EXPECT_EQ(full->name, "Libyan National Army");
}

TEST_F(CorefTest, bareNameStaysApartWhenTwoQualifiedFormsCompete) {
  const auto doc = analyzeText(
      "The Afghan Taliban met envoys in Doha. The Pakistani Taliban attacked a checkpoint. "
      "The Taliban denied any role.");
  const auto* afghan = withForm(doc, "Afghan Taliban");
  const auto* pakistani = withForm(doc, "Pakistani Taliban");
  const auto* bare = withForm(doc, "Taliban");
  ASSERT_NE(afghan, nullptr);
  ASSERT_NE(pakistani, nullptr);
  ASSERT_NE(bare, nullptr);
  EXPECT_NE(bare, afghan);
  EXPECT_NE(bare, pakistani);
}

TEST_F(CorefTest, bracketedAcronymGoesOnlyToANameThatSpellsIt) {
  // The finder's name ends at the country here; the acronym must not become the country's.
  Document doc;
  doc.article.text = "Troops crossed into Mali (MINUSMA) on Monday.";
  const auto span = [&](std::string_view w) {
    const auto b = static_cast<std::uint32_t>(doc.article.text.find(w));
    return Span{b, b + static_cast<std::uint32_t>(w.size())};
  };
  Mention mali;
  mali.span = span("Mali");
  mali.tokenBegin = 3;
  mali.tokenEnd = 4;
  mali.cls = Class::Country;
  Mention acr;
  acr.span = span("MINUSMA");
  acr.tokenBegin = 5;
  acr.tokenEnd = 6;
  acr.cls = Class::Organization;
  doc.mentions = {mali, acr};
  resolveMentions(doc, res_->gazetteer);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_NE(doc.mentions[0].entity, doc.mentions[1].entity);

  const auto linked = analyzeText("The Rapid Support Forces (RSF) shelled the camp. The RSF later withdrew.");
  const auto* rsf = withForm(linked, "RSF");
  ASSERT_NE(rsf, nullptr);
  EXPECT_EQ(rsf, withForm(linked, "Rapid Support Forces"));
}

TEST_F(CorefTest, partialNamesAndInitialsJoinOnlyOneCandidate) {
  // Mentions made by hand, so that only coreference decides.
  Document doc;
  doc.article.text =
      "Amina Okafor met Grace Okafor and John Mensah. Later Okafor spoke and Mensah left. "
      "The National Liberation Front said the NLF would talk.";
  std::size_t from = 0;
  const auto add = [&](std::string_view form, Class cls) {
    const auto b = doc.article.text.find(form, from);
    ASSERT_NE(b, std::string::npos) << form;
    from = b + form.size();
    Mention m;
    m.span = Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + form.size())};
    m.tokenBegin = m.tokenEnd = static_cast<std::uint32_t>(doc.mentions.size());
    ++m.tokenEnd;
    m.cls = cls;
    doc.mentions.push_back(m);
  };
  for (const auto* person : {"Amina Okafor", "Grace Okafor", "John Mensah", "Okafor", "Mensah"}) add(person, Class::Person);
  add("National Liberation Front", Class::Organization);
  add("NLF", Class::Organization);
  resolveMentions(doc, res_->gazetteer);
  const auto entityOf = [&](std::size_t m) { return doc.mentions[m].entity; };
  EXPECT_EQ(entityOf(4), entityOf(2));  // "Mensah": one full name holds it
  EXPECT_NE(entityOf(3), entityOf(0));  // "Okafor": two do, so it joins neither
  EXPECT_NE(entityOf(3), entityOf(1));
  EXPECT_NE(entityOf(0), entityOf(1));
  EXPECT_EQ(entityOf(6), entityOf(5));  // "NLF" spells the initials
  EXPECT_EQ(doc.entities.size(), 5u);
}

TEST_F(CorefTest, europeanAsAnAdjectiveIsTheContinent) {
  const auto doc = analyzeText("European countries urged restraint, while the European Union sent an envoy.");
  const auto* europe = withForm(doc, "European");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->name, "Europe");
  EXPECT_EQ(europe->cls, Class::Region);
  const auto* eu = withForm(doc, "European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_NE(eu, europe);
}

TEST_F(CorefTest, demonymsAndCountryNamesAreOneEntity) {
  const auto doc = analyzeText("Colombian troops entered the town. Colombia said the Colombians had left by noon.");
  const auto* colombia = withForm(doc, "Colombia");
  ASSERT_NE(colombia, nullptr);
  EXPECT_EQ(withForm(doc, "Colombian"), colombia);
  EXPECT_EQ(withForm(doc, "Colombians"), colombia);
}


TEST_F(CorefTest, aGroupsPluralAndSingularAreOneEntity) {
  const auto doc = analyzeText(
      "Houthi rebels attacked a ship. The Houthis said the ship was Israeli.");
  const auto* houthis = withForm(doc, "Houthis");
  ASSERT_NE(houthis, nullptr);
  EXPECT_EQ(withForm(doc, "Houthi"), houthis);
  EXPECT_EQ(houthis->cls, Class::ArmedGroup);
}


TEST_F(CorefTest, anAcronymWithANumberIsDefinedInBrackets) {
  const auto doc = analyzeText(
      "Delegates of the March 23 Movement (M23) arrived in Doha. The M23 said the talks had begun.");
  const auto* full = withForm(doc, "March 23 Movement");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(withForm(doc, "M23"), full);
}


TEST_F(CorefTest, aNameWithoutItsHeadWordIsTheOrganization) {
  const auto doc = analyzeText(
      "The Zorvat Front rejected the plan. Zorvat fighters left the town. The Kamau Group and the Kamau Movement "
      "met. Kamau officials said nothing.");
  const auto* front = withForm(doc, "Zorvat Front");
  ASSERT_NE(front, nullptr);
  EXPECT_EQ(withForm(doc, "Zorvat"), front);
  // Two names start with "Kamau": the word alone stands for neither.
  const auto* kamau = withForm(doc, "Kamau");
  if (kamau != nullptr) {
    EXPECT_NE(kamau, withForm(doc, "Kamau Group"));
    EXPECT_NE(kamau, withForm(doc, "Kamau Movement"));
  }
}


TEST_F(CorefTest, theBareNameOfAStateBodyIsTheOneTheArticleNamedWithItsState) {
  const auto doc = analyzeText(
      "Chad's foreign ministry said the talks went well. The Foreign Ministry added that more would follow.");
  const auto* chad = withForm(doc, "Chad's foreign ministry");
  ASSERT_NE(chad, nullptr);
  EXPECT_EQ(chad->name, "Foreign Ministry of Chad");
  for (const auto& e : doc.entities) {
    for (const auto& f : e.forms) EXPECT_NE(f, "Foreign Ministry") << "a name every state's ministry has: no form of Chad's";
  }
  // Two states' ministries: the bare name is neither.
  const auto two = analyzeText(
      "Chad's foreign ministry and Niger's foreign ministry met. The Foreign Ministry said so.");
  const auto* bare = withForm(two, "Foreign Ministry");
  ASSERT_NE(bare, nullptr);
  EXPECT_NE(bare, withForm(two, "Chad's foreign ministry"));
  EXPECT_NE(bare, withForm(two, "Niger's foreign ministry"));
}


TEST_F(CorefTest, anotherNameGivenWithAliasOrKnownAs) {
  const auto doc = analyzeText(
      "The faction, led by Tomas Erlan Voduro, alias Ivo Kestrel, left the talks. Kestrel said nothing. "
      "Anna Maris Delgado, also known as Nina Sarto, met the envoy.");
  const auto* voduro = withForm(doc, "Tomas Erlan Voduro");
  ASSERT_NE(voduro, nullptr);
  EXPECT_EQ(voduro->name, "Tomas Erlan Voduro");
  EXPECT_EQ(withForm(doc, "Ivo Kestrel"), voduro);
  EXPECT_EQ(withForm(doc, "Kestrel"), voduro) << "a partial name of the alias finds the person too";
  const auto* delgado = withForm(doc, "Anna Maris Delgado");
  ASSERT_NE(delgado, nullptr);
  EXPECT_EQ(withForm(doc, "Nina Sarto"), delgado);
  EXPECT_NE(delgado, voduro);
  // Two names side by side without such words stay two people.
  const auto two = analyzeText("Tomas Erlan Voduro, Ivo Kestrel and Anna Maris Delgado met the envoy.");
  ASSERT_NE(withForm(two, "Ivo Kestrel"), nullptr);
  EXPECT_NE(withForm(two, "Ivo Kestrel"), withForm(two, "Tomas Erlan Voduro"));
}

}  // namespace
}  // namespace ng
