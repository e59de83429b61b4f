// Roles, spokespersons, leadership, membership and containment through the real pipeline, on
// sentences about other conflicts than the development articles.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"
#include "extract/facts/RoleIndex.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

class RolesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static Article article(std::string text) {
    Article a;
    a.id = "roles-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return a;
  }
  static ArticleGraph extract(std::string text) { return extractArticle(article(std::move(text)), *res_); }

  static std::optional<std::uint32_t> node(const ArticleGraph& g, std::string_view label) {
    for (std::uint32_t i = 0; i < g.nodes.size(); ++i) {
      if (g.nodes[i].label == label && g.nodes[i].cls != Class::Role) return i;
    }
    return std::nullopt;
  }

  static bool has(const ArticleGraph& g, std::string_view s, Prop p, std::string_view o) {
    const auto sn = node(g, s);
    const auto on = node(g, o);
    if (!sn || !on) return false;
    for (const auto& e : g.edges) {
      const auto* obj = std::get_if<std::uint32_t>(&e.object);
      if (e.subject == *sn && e.prop == p && obj && *obj == *on) return true;
    }
    return false;
  }

  static int count(const ArticleGraph& g, Prop p) {
    int n = 0;
    for (const auto& e : g.edges) n += e.prop == p ? 1 : 0;
    return n;
  }

  /// The roles held by the person labelled `holder`: (title, label of roleIn or "").
  static std::vector<std::pair<std::string, std::string>> roles(const ArticleGraph& g, std::string_view holder) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto h = node(g, holder);
    if (!h) return out;
    for (const auto& e : g.edges) {
      const auto* obj = std::get_if<std::uint32_t>(&e.object);
      if (e.prop != Prop::holder || !obj || *obj != *h) continue;
      std::string title;
      std::string in;
      for (const auto& f : g.edges) {
        if (f.subject != e.subject) continue;
        if (f.prop == Prop::title) title = std::get<Literal>(f.object).value;
        if (f.prop == Prop::roleIn) in = g.nodes[std::get<std::uint32_t>(f.object)].label;
      }
      EXPECT_EQ(g.nodes[e.subject].cls, Class::Role);
      EXPECT_FALSE(g.nodes[e.subject].evidence.empty());
      out.emplace_back(title, in);
    }
    return out;
  }

  static std::shared_ptr<const ExtractResources> res_;
};

std::shared_ptr<const ExtractResources> RolesTest::res_;

using RoleList = std::vector<std::pair<std::string, std::string>>;

TEST_F(RolesTest, demonymTitleNameGivesRoleInTheCountry) {
  const auto g = extract("Sudanese Foreign Minister Ali Yousif arrived in Nairobi on Tuesday.");
  EXPECT_EQ(roles(g, "Ali Yousif"), (RoleList{{"Foreign Minister", "Sudan"}}));
  const auto person = node(g, "Ali Yousif");
  ASSERT_TRUE(person);
  EXPECT_EQ(count(g, Prop::hasRole), 1);
  EXPECT_FALSE(has(g, "Ali Yousif", Prop::leaderOf, "Sudan"));
}

TEST_F(RolesTest, groupsLedOrCommandedByARankedNameOnEitherSide) {
  const auto g = extract(
      "The war between the Congolese Armed Forces, led by General Jean-Pierre Mukendi, and the rebel Allied Democratic "
      "Forces (ADF), commanded by Musa Baluku, goes on. Fighting between the Ugandan army and the National "
      "Liberation Front, led by Paul Okello, resumed. A delegation from the movement, led by Ali Karti, arrived.");
  EXPECT_TRUE(has(g, "Jean-Pierre Mukendi", Prop::leaderOf, "Congolese Armed Forces"));
  EXPECT_TRUE(has(g, "Musa Baluku", Prop::leaderOf, "Allied Democratic Forces"));
  EXPECT_TRUE(has(g, "Paul Okello", Prop::leaderOf, "National Liberation Front")) << "between A and B, led by X";
  EXPECT_EQ(count(g, Prop::leaderOf), 3) << "Ali Karti leads the delegation, not a named group";
}

TEST_F(RolesTest, aFormerPresidentBeforeHisCountrysDemonymLeadsItNoMore) {
  const auto g = extract("The talks were chaired by former Kenyan President Uhuru Kenyatta in Nairobi.");
  EXPECT_EQ(roles(g, "Uhuru Kenyatta"), (RoleList{{"former President", "Kenya"}}));
  EXPECT_FALSE(has(g, "Uhuru Kenyatta", Prop::leaderOf, "Kenya"));
}

TEST_F(RolesTest, possessiveCountryPresidentLeadsIt) {
  const auto g = extract("Kenya's President William Ruto called for a truce in the region.");
  EXPECT_EQ(roles(g, "William Ruto"), (RoleList{{"President", "Kenya"}}));
  EXPECT_TRUE(has(g, "William Ruto", Prop::leaderOf, "Kenya"));
}

TEST_F(RolesTest, titleWithoutOrganizationHasNoRoleInNorLeadership) {
  const auto g = extract("President Emmanuel Macron spoke to reporters in Paris on Monday.");
  EXPECT_EQ(roles(g, "Emmanuel Macron"), (RoleList{{"President", ""}}));
  EXPECT_EQ(count(g, Prop::leaderOf), 0);
}

TEST_F(RolesTest, theSentencesPeriodIsNoPartOfATitle) {
  const auto g = extract("Amos Kiberu arrived late. The minister greeted Kiberu, the secretary.");
  EXPECT_EQ(roles(g, "Amos Kiberu"), (RoleList{{"secretary", ""}}));
}

TEST_F(RolesTest, appositionAfterTheName) {
  const auto g = extract("Rustem Umerov, Ukraine's defence minister, said the talks would resume.");
  EXPECT_EQ(roles(g, "Rustem Umerov"), (RoleList{{"defence minister", "Ukraine"}}));
  EXPECT_EQ(count(g, Prop::leaderOf), 0);
}

TEST_F(RolesTest, headOfACouncilLeadsIt) {
  const auto g = extract("Osman Mirghani, the head of the Sovereign Council, rejected the offer.");
  EXPECT_EQ(roles(g, "Osman Mirghani"), (RoleList{{"head", "Sovereign Council"}}));
  EXPECT_TRUE(has(g, "Osman Mirghani", Prop::leaderOf, "Sovereign Council"));
}

TEST_F(RolesTest, deputyPrimeMinisterDoesNotLead) {
  const auto g = extract("Ukraine's Deputy Prime Minister Olha Kovalenko visited Warsaw.");
  EXPECT_EQ(roles(g, "Olha Kovalenko"), (RoleList{{"Deputy Prime Minister", "Ukraine"}}));
  EXPECT_EQ(count(g, Prop::leaderOf), 0);
}

TEST_F(RolesTest, formerPresidentDoesNotLead) {
  const auto g = extract("Kenya's former President Daniel Mwangi urged calm.");
  EXPECT_EQ(roles(g, "Daniel Mwangi"), (RoleList{{"former President", "Kenya"}}));
  EXPECT_EQ(count(g, Prop::leaderOf), 0);
}

TEST_F(RolesTest, honorificIsNoRole) {
  const auto g = extract("Mr. Ibrahim Musa told the court that he was innocent.");
  EXPECT_TRUE(node(g, "Ibrahim Musa"));
  EXPECT_TRUE(roles(g, "Ibrahim Musa").empty());
  EXPECT_EQ(count(g, Prop::hasRole), 0);
}

TEST_F(RolesTest, organizationSpokespersonSpeaksForIt) {
  const auto g = extract("ELN spokesman Carlos Ortega said aid convoys were blocked.");
  EXPECT_TRUE(has(g, "Carlos Ortega", Prop::spokespersonFor, "ELN"));
}

TEST_F(RolesTest, spokespersonForANumberedUnitSpeaksForItsBody) {
  const auto g = extract(
      "The blast hit a truck, said Col. Somchai Prom, spokesman for the Internal Security Operations Command Region 4.");
  EXPECT_TRUE(has(g, "Somchai Prom", Prop::spokespersonFor, "Internal Security Operations Command"));
}

TEST_F(RolesTest, armyOrJuntaSpokespersonSpeaksForTheStateNamedWithThatBody) {
  const auto g = extract(
      "Chad's military government freed the opposition leader on Monday. Junta spokesman Ali Dasse said the "
      "release was unconditional. Kenya welcomed it. Kenya's envoy said so. Kenya's army chief Joseph Kamau agreed.");
  EXPECT_TRUE(has(g, "Ali Dasse", Prop::spokespersonFor, "Chad")) << "the junta is Chad's military government";
  // Without the body named with a state, and no dateline: no side.
  const auto h = extract("Army spokesman Paul Dorn said the road was closed. Chad and Kenya traded accusations.");
  EXPECT_EQ(count(h, Prop::spokespersonFor), 0);
}

TEST_F(RolesTest, governmentSpokespersonSpeaksForTheCountry) {
  const auto g = extract("Colombian government spokesperson Ana Rios said the ceasefire would hold.");
  EXPECT_TRUE(has(g, "Ana Rios", Prop::spokespersonFor, "Colombia"));
}

TEST_F(RolesTest, itsSpokesmanSpeaksForTheOrganizationBefore) {
  const auto g = extract(
      "The National Liberation Front and its spokesman, Tomas Varga, denied the report. The Coastal Defence League "
      "blamed the army. Its spokeswoman Irene Vale said the league had not fired first.");
  EXPECT_TRUE(has(g, "Tomas Varga", Prop::spokespersonFor, "National Liberation Front"));
  EXPECT_TRUE(has(g, "Irene Vale", Prop::spokespersonFor, "Coastal Defence League")) << "the subject of the sentence before";
  // "its" with no organization before it gives nobody a side.
  const auto h = extract("Its spokesman Paul Dorn declined to comment.");
  EXPECT_EQ(count(h, Prop::spokespersonFor), 0);
  // The rebels are no named organization, and the country named earlier is not taken for them.
  const auto k = extract("Sudan accused the rebels and their spokesman Adil Haroun of lying.");
  EXPECT_FALSE(has(k, "Adil Haroun", Prop::spokespersonFor, "Sudan"));
}

TEST_F(RolesTest, twoWordDemonymBeforeATitle) {
  const auto g = extract("Former South African Deputy President Lindiwe Mabaso arrived in Nairobi on Tuesday.");
  EXPECT_EQ(roles(g, "Lindiwe Mabaso"), (RoleList{{"former Deputy President", "South Africa"}}));
  EXPECT_FALSE(node(g, "South African")) << "a demonym, not a person";
}

TEST_F(RolesTest, spokesmanForAnOrganization) {
  const auto g = extract("The statement was read by Karim Haddad, a spokesman for the Sovereign Council, on Sunday.");
  EXPECT_TRUE(has(g, "Karim Haddad", Prop::spokespersonFor, "Sovereign Council"));
}

TEST_F(RolesTest, memberOfAParty) {
  const auto g = extract("Ali Karti, a member of the National Congress Party, denied the charges.");
  EXPECT_TRUE(has(g, "Ali Karti", Prop::memberOf, "National Congress Party"));
  EXPECT_EQ(count(g, Prop::hasRole), 0);
}

TEST_F(RolesTest, joinedAnOrganization) {
  const auto g = extract("In 2019 Samuel Okafor joined the National Democratic Alliance.");
  EXPECT_TRUE(has(g, "Samuel Okafor", Prop::memberOf, "National Democratic Alliance"));
}

TEST_F(RolesTest, sameTitleTwiceIsOneRoleWithItsOrganization) {
  const auto g = extract(
      "Defence Minister Rustem Umerov arrived in Brussels. Later, Rustem Umerov, Ukraine's defence minister, met "
      "his counterparts.");
  EXPECT_EQ(roles(g, "Rustem Umerov"), (RoleList{{"Defence Minister", "Ukraine"}}));
  EXPECT_EQ(count(g, Prop::roleIn), 1);
}

TEST_F(RolesTest, cityCommaCountryWhenTheGazetteerAgrees) {
  const auto g = extract("Delegates gathered in Kyiv, Ukraine, for a second day.");
  EXPECT_TRUE(has(g, "Kyiv", Prop::locatedIn, "Ukraine"));
}

TEST_F(RolesTest, cityCommaOtherCountryIsNoContainment) {
  const auto g = extract("Flights linked Nairobi, Ethiopia and Sudan last year.");
  EXPECT_EQ(count(g, Prop::locatedIn), 0);
}

TEST_F(RolesTest, cityInAProvince) {
  const auto g = extract("Fighting resumed near Goma in North Kivu province on Friday.");
  EXPECT_TRUE(has(g, "Goma", Prop::locatedIn, "North Kivu"));
}

TEST_F(RolesTest, qualifierStaysInTheTitle) {
  const auto g = extract("Myanmar's junta chief Min Aung Hlaing flew to Bangkok.");
  EXPECT_EQ(roles(g, "Min Aung Hlaing"), (RoleList{{"junta chief", "Myanmar"}}));
}

TEST_F(RolesTest, groupLedByAPersonIsLedByThem) {
  const auto g = extract("The Islamic Movement, led by Ahmed Haroun, rejected the deal.");
  EXPECT_TRUE(has(g, "Ahmed Haroun", Prop::leaderOf, "Islamic Movement"));
}

TEST_F(RolesTest, bareOrganizationLeaderIsAMemberNotTheLeader) {
  const auto g = extract("ELN leader Carlos Ortega said the group would disarm.");
  EXPECT_TRUE(has(g, "Carlos Ortega", Prop::memberOf, "ELN"));
  EXPECT_EQ(count(g, Prop::leaderOf), 0);
}

TEST_F(RolesTest, occupationWithoutOrganizationIsNoRole) {
  const auto g = extract("Analyst Daniel Mwangi said the talks were doomed.");
  EXPECT_TRUE(node(g, "Daniel Mwangi"));
  EXPECT_EQ(count(g, Prop::hasRole), 0);
}

TEST_F(RolesTest, townInADirectionOfACountry) {
  const auto g = extract("Missiles struck ships near Hodeidah, a port city in western Yemen.");
  // "Hodeidah" is the city the list spells "Al Hudaydah" (Gazetteer::lookupVariant).
  EXPECT_TRUE(has(g, "Al Hudaydah", Prop::locatedIn, "Yemen"));
}

TEST_F(RolesTest, pathFromACityIsNoContainment) {
  const auto g = extract("Thousands fled from Goma in North Kivu province last week.");
  EXPECT_EQ(count(g, Prop::locatedIn), 0);
}

TEST_F(RolesTest, roleIndexResolvesTheTitleToItsHolder) {
  const Document doc = analyze(
      article("Sudanese Foreign Minister Ali Yousif arrived in Cairo. The foreign minister said the talks had failed."),
      *res_);
  const RoleIndex index(doc, res_->gazetteer);
  ASSERT_EQ(index.mentions().size(), 1U);
  const auto& sentence = doc.sentences.at(1);
  const auto r = index.resolveAt(sentence.tokenBegin);
  ASSERT_TRUE(r);
  EXPECT_EQ(doc.entities.at(static_cast<std::size_t>(r->holder)).name, "Ali Yousif");
  EXPECT_EQ(r->tokenEnd, sentence.tokenBegin + 3);
}

TEST_F(RolesTest, roleIndexLeavesAmbiguousTitlesAlone) {
  const Document doc = analyze(
      article("Kenya's Foreign Minister Grace Achieng met Sudan's Foreign Minister Ali Yousif. The foreign minister "
              "said little."),
      *res_);
  const RoleIndex index(doc, res_->gazetteer);
  EXPECT_EQ(index.mentions().size(), 2U);
  EXPECT_FALSE(index.resolveAt(doc.sentences.at(1).tokenBegin));
  const auto kenyan = index.holderOf(titleKeyOf("Foreign Minister"), doc.mentions.at(0).entity);
  ASSERT_TRUE(kenyan);
  EXPECT_EQ(doc.entities.at(static_cast<std::size_t>(*kenyan)).name, "Grace Achieng");
}

TEST_F(RolesTest, theGroupsSpokesmanAndAnEnvoysBrief) {
  const auto g = extract(
      "Kavuni rebels attacked a convoy on Thursday, the group's military spokesman Tarek Salem said. "
      "The UN envoy for Yemen, Lars Holm, warned of an escalation.");
  EXPECT_TRUE(has(g, "Tarek Salem", Prop::spokespersonFor, "Kavuni"));
  const auto envoy = roles(g, "Lars Holm");
  ASSERT_EQ(envoy.size(), 1u);
  EXPECT_NE(envoy.front().second, "Yemen") << "the envoy is the UN's; Yemen is the brief";
}

TEST_F(RolesTest, aRankBetweenThePostAndTheName) {
  const auto g = extract("Army chief General Tamir Oduya said the talks had failed. General Ali Dasse did not comment.");
  const auto chief = roles(g, "Tamir Oduya");
  ASSERT_EQ(chief.size(), 1u);
  EXPECT_EQ(chief.front().first, "Army chief");
  EXPECT_TRUE(roles(g, "Ali Dasse").empty()) << "a bare rank is no role";
}

TEST_F(RolesTest, anEnvoyToACountryIsTheSendersEnvoy) {
  const auto g = extract("The United States envoy to Syria, Tom Oduya, said the talks would go on.");
  const auto envoy = roles(g, "Tom Oduya");
  ASSERT_EQ(envoy.size(), 1u);
  EXPECT_EQ(envoy.front().second, "United States") << "Syria is the brief";
}

TEST_F(RolesTest, anAdviserToAPersonNamedAfterTheName) {
  const auto g = extract("\"We will not allow it,\" said Tamir Oduya, a senior adviser to Prime Minister Ali Dasse.");
  const auto adviser = roles(g, "Tamir Oduya");
  ASSERT_EQ(adviser.size(), 1u);
  EXPECT_EQ(adviser.front().first, "senior adviser");
}


TEST_F(RolesTest, theHeadOfAGroupsDelegationAndAForeignPolicyChief) {
  const auto g = extract(
      "\"We are committed to peace,\" said Tamir Oduya, the head of the KLF delegation. EU foreign policy chief "
      "Ali Dasse said the talks would go on.");
  const auto head = roles(g, "Tamir Oduya");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head.front(), (std::pair<std::string, std::string>{"head of delegation", "KLF"}));
  EXPECT_FALSE(has(g, "Tamir Oduya", Prop::leaderOf, "KLF")) << "heading a delegation is not leading the group";
  const auto chief = roles(g, "Ali Dasse");
  ASSERT_EQ(chief.size(), 1u);
  EXPECT_EQ(chief.front(), (std::pair<std::string, std::string>{"foreign policy chief", "EU"}));
}


TEST_F(RolesTest, aPoliticalBureauChiefOfAGroup) {
  const auto g = extract("KLF political bureau chief Tamir Oduya was killed in Niamey.");
  const auto chief = roles(g, "Tamir Oduya");
  ASSERT_EQ(chief.size(), 1u);
  EXPECT_EQ(chief.front(), (std::pair<std::string, std::string>{"political bureau chief", "KLF"}));
}


TEST_F(RolesTest, twoPostsOfOneOwnerAndAGroupLedBySomeone) {
  const auto g = extract(
      "Tamir Oduya, the KLF's chief negotiator and spokesman, accused Chad. Ali Dasse, the commander of the "
      "Kurdish-led Zotik Democratic Forces (ZDF), signed the deal.");
  const auto negotiator = roles(g, "Tamir Oduya");
  ASSERT_EQ(negotiator.size(), 1u);
  EXPECT_EQ(negotiator.front(), (std::pair<std::string, std::string>{"chief negotiator", "KLF"}));
  EXPECT_TRUE(has(g, "Tamir Oduya", Prop::spokespersonFor, "KLF")) << "the second post after 'and'";
  const auto commander = roles(g, "Ali Dasse");
  ASSERT_EQ(commander.size(), 1u);
  EXPECT_EQ(commander.front(), (std::pair<std::string, std::string>{"commander", "Zotik Democratic Forces"}));
}


TEST_F(RolesTest, aDemonymThatIsAlsoARegionsNameBeforeATitle) {
  const auto g = extract("Somali President Tamir Oduya met the envoy.");
  const auto president = roles(g, "Tamir Oduya");
  ASSERT_EQ(president.size(), 1u);
  EXPECT_EQ(president.front(), (std::pair<std::string, std::string>{"President", "Somalia"}));
}


TEST_F(RolesTest, ranksOfAPostBriefsInLowercaseAndAVenue) {
  const auto g = extract(
      "Chad's First Vice President Ali Dasse was arrested. Chad's human rights commissioner Lolwa Dasse protested. "
      "Niger's special envoy for African affairs, Tamir Oduya, attended. The KLF representative at the UN Joseph "
      "Kamau said the vote was wrong.");
  const auto vice = roles(g, "Ali Dasse");
  ASSERT_EQ(vice.size(), 1u);
  EXPECT_EQ(vice.front(), (std::pair<std::string, std::string>{"First Vice President", "Chad"}));
  const auto commissioner = roles(g, "Lolwa Dasse");
  ASSERT_EQ(commissioner.size(), 1u);
  EXPECT_EQ(commissioner.front(), (std::pair<std::string, std::string>{"human rights commissioner", "Chad"}));
  const auto envoy = roles(g, "Tamir Oduya");
  ASSERT_EQ(envoy.size(), 1u);
  EXPECT_EQ(envoy.front(), (std::pair<std::string, std::string>{"special envoy for African affairs", "Niger"}));
  const auto representative = roles(g, "Joseph Kamau");
  ASSERT_EQ(representative.size(), 1u);
  EXPECT_EQ(representative.front(), (std::pair<std::string, std::string>{"representative", "KLF"}))
      << "the UN is where, the KLF whose";
}


TEST_F(RolesTest, aChiefOfAPortfolioAndTheHeadOfAnApparatus) {
  const auto g = extract(
      "The United Nations' human rights chief Tamir Oduya urged restraint. Ali Dasse, the head of the Zotik Support "
      "Apparatus, was killed.");
  const auto chief = roles(g, "Tamir Oduya");
  ASSERT_EQ(chief.size(), 1u);
  EXPECT_EQ(chief.front(), (std::pair<std::string, std::string>{"human rights chief", "United Nations"}));
  const auto head = roles(g, "Ali Dasse");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head.front(), (std::pair<std::string, std::string>{"head", "Zotik Support Apparatus"}));
}


TEST_F(RolesTest, aDelegationLedOrHeadedByANameIsHeadedForItsStateOrGroup) {
  const auto g = extract(
      "Ukraine's delegation was led by Defence Minister Tamir Oduya. The Russian delegation was headed by Karel "
      "Vostan, an aide to the president. The Zotik Liberation Front delegation, headed by Ali Karti, left.");
  // A title named with the person is the post, no "head of delegation" beside it; the post is
  // the delegation's state's.
  EXPECT_EQ(roles(g, "Tamir Oduya"), (RoleList{{"Defence Minister", "Ukraine"}}));
  EXPECT_EQ(roles(g, "Karel Vostan"), (RoleList{{"head of delegation", "Russia"}}));
  EXPECT_EQ(roles(g, "Ali Karti"), (RoleList{{"head of delegation", "Zotik Liberation Front"}}));
}


TEST_F(RolesTest, aTitleThenARankAndTheNameAfterAComma) {
  const auto g = extract("Peru's military leader, Gen. Anton Ferrell, said the talks failed.");
  EXPECT_EQ(roles(g, "Anton Ferrell"), (RoleList{{"military leader", "Peru"}}));
}


TEST_F(RolesTest, aSpokesmanForAStatesArmyOrGovernmentSpeaksForTheState) {
  auto g = extract("Juan Ortega, a spokesman for the Peruvian army, said the talks failed.");
  EXPECT_TRUE(has(g, "Juan Ortega", Prop::spokespersonFor, "Peru"));
  g = extract("A spokeswoman for Chile's government, Ana Rios, said the talks failed.");
  EXPECT_TRUE(has(g, "Ana Rios", Prop::spokespersonFor, "Chile"));
}

TEST_F(RolesTest, aBareSpokespersonTitleTakesTheBodyTheSentenceBeforeNamedWithoutAName) {
  auto g = extract(
      "A spokesperson for the Peruvian Ministry of National Defense said troops were leaving. Spokesperson Juan "
      "Ortega told a regular press conference that both sides agreed.");
  EXPECT_TRUE(has(g, "Juan Ortega", Prop::spokespersonFor, "National Defense Ministry of Peru"));
  // Two bodies with unnamed spokespersons: which one is not said.
  g = extract(
      "A spokesperson for the Peruvian army and a spokesperson for the Chilean army said troops left. Spokesperson "
      "Juan Ortega said more would follow.");
  EXPECT_EQ(count(g, Prop::spokespersonFor), 0);
}

TEST_F(RolesTest, aMinistrysSpokespersonNamedByThePortfolioAlone) {
  auto g = extract(
      "Peru's foreign ministry said on Friday that talks would resume. Foreign ministry spokeswoman Ana Rios told "
      "reporters in Lima that both sides agreed.");
  EXPECT_TRUE(has(g, "Ana Rios", Prop::spokespersonFor, "Foreign Ministry of Peru"));
  g = extract("Peru's foreign ministry and Chile's foreign ministry met. Foreign ministry spokeswoman Ana Rios spoke.");
  EXPECT_EQ(count(g, Prop::spokespersonFor), 0) << "two ministries: which one is not said";
}

TEST_F(RolesTest, itsLeaderLeadsTheJuntasSpokesmanSpeaksForTheStateAndThePartyIsTheOneNamedParty) {
  const auto g = extract(
      "Rebels of the Kanem Liberation Front seized Abeche in January. Its leader, Idriss Moussa, said the group would "
      "stay. Chad's army retook Biltine on Monday. The junta's spokesman, Colonel Ali Mahamat, said the army was "
      "advancing. The Chadian Workers' Party, the front's political wing, accused the army of bombing farms. The "
      "party's spokesman, Ahmat Saleh, said the military was targeting civilians.");
  EXPECT_TRUE(has(g, "Idriss Moussa", Prop::leaderOf, "Kanem Liberation Front")) << "'its leader' is 'the leader of it'";
  EXPECT_TRUE(has(g, "Ali Mahamat", Prop::spokespersonFor, "Chad")) << "the junta is the state's army";
  EXPECT_TRUE(has(g, "Ahmat Saleh", Prop::spokespersonFor, "Chadian Workers' Party"))
      << "'the party' is the named party, not the front named last";
}

TEST_F(RolesTest, itsCommanderIsOfTheSubjectNotOfAModifierOrAPlaceAndNumberedUnitsKeepTheirNumber) {
  const auto g = extract(
      "The AU-led peacekeeping force in Chad, MINUCHAD, said on Friday it had increased patrols. Its commander, "
      "General Amadou Sow, urged calm. Major General Ali Koko, commander of the 3rd Infantry Division, said the 61st "
      "Infantry Battalion and the 94th Infantry Battalion had reached Abeche.");
  EXPECT_TRUE(has(g, "Amadou Sow", Prop::leaderOf, "MINUCHAD"));
  EXPECT_FALSE(has(g, "Amadou Sow", Prop::leaderOf, "Chad"));
  EXPECT_TRUE(node(g, "3rd Infantry Division").has_value());
  EXPECT_TRUE(node(g, "61st Infantry Battalion").has_value());
  EXPECT_TRUE(node(g, "94th Infantry Battalion").has_value()) << "two battalions, not one";
  EXPECT_FALSE(node(g, "Infantry Battalion").has_value());
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"commander", "3rd Infantry Division"}}));
}

TEST_F(RolesTest, whoHeadsOrLeadsAGroupLeadsItAndWhoIsTheHeadHoldsThePost) {
  const auto g = extract(
      "Ali Koko, who heads the Kanem Interim Administration, accused the faction of a coup. Idriss Moussa, who "
      "leads the Kanem Liberation Front, denied it. Omar Saleh, who is a member of the Kanem Liberation Front, "
      "spoke.");
  EXPECT_TRUE(has(g, "Ali Koko", Prop::leaderOf, "Kanem Interim Administration"));
  EXPECT_TRUE(has(g, "Idriss Moussa", Prop::leaderOf, "Kanem Liberation Front"));
  EXPECT_TRUE(has(g, "Omar Saleh", Prop::memberOf, "Kanem Liberation Front"));
  EXPECT_FALSE(has(g, "Omar Saleh", Prop::leaderOf, "Kanem Liberation Front"));
}

TEST_F(RolesTest, aSpokesmanForThePoliceOfAStateAndTheLeaderOfAJunta) {
  const auto g = extract(
      "NDJAMENA, Chad (AP) — Three bombers struck Abeche, said Ali Koko, a spokesman for the Kanem police command. "
      "Chad has been ruled since 2021 by a military junta led by General Idriss Mahamat. Gunmen attacked Mongo, "
      "said Amadou Sow, a spokesman for the police.");
  EXPECT_TRUE(has(g, "Ali Koko", Prop::spokespersonFor, "Chad")) << "a state's police, by the dateline";
  EXPECT_TRUE(has(g, "Amadou Sow", Prop::spokespersonFor, "Chad"));
  EXPECT_TRUE(has(g, "Idriss Mahamat", Prop::leaderOf, "Chad")) << "the junta rules the state";
}

TEST_F(RolesTest, aRankWithSeniorBetweenTheTitleAndTheName) {
  const auto g = extract("NDJAMENA, Chad (AP) — Junta chief Senior General Idriss Mahamat said the army would respond.");
  const auto r = roles(g, "Idriss Mahamat");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].second, "Chad");
}

TEST_F(RolesTest, leaderOfAPartyInAnAppositionWithoutArticle) {
  const auto g = extract(
      "President Ali Koko spoke. Amadou Sow, leader of the Chadian Unity Party (CUP) and Koko's ally, said the process "
      "must go on. Idriss Moussa, commander of the 5th Brigade, said so.");
  EXPECT_TRUE(has(g, "Amadou Sow", Prop::leaderOf, "Chadian Unity Party")) << "past 'and Koko's ally'";
  EXPECT_TRUE(has(g, "Idriss Moussa", Prop::leaderOf, "5th Brigade"));
}

TEST_F(RolesTest, aRegionThePostIsForBetweenItsOwnerAndTheTitle) {
  const auto g = extract("Chad's Sahel envoy Ali Koko met Niger's Kanem envoy Amadou Sow in Niamey.");
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"Sahel envoy", "Chad"}}));
  EXPECT_EQ(roles(g, "Amadou Sow"), (std::vector<std::pair<std::string, std::string>>{{"Kanem envoy", "Niger"}}));
}

TEST_F(RolesTest, aDemonymAfterAnotherDemonymNamesACommunityNotTheState) {
  const auto g = extract(
      "Turkish Cypriot leader Tamir Oduya met Bosnian Serb leader Joseph Kamau in Ankara on Monday. "
      "Kosovo Serb politician Ali Dasse also attended. Turkish President Amadou Sow spoke.");
  EXPECT_FALSE(has(g, "Tamir Oduya", Prop::leaderOf, "Cyprus"));
  EXPECT_FALSE(has(g, "Joseph Kamau", Prop::leaderOf, "Serbia"));
  for (const auto* name : {"Tamir Oduya", "Joseph Kamau", "Ali Dasse"})
    for (const auto& r : roles(g, name)) {
      EXPECT_NE(r.second, "Cyprus") << name;
      EXPECT_NE(r.second, "Serbia") << name;
    }
  EXPECT_TRUE(has(g, "Amadou Sow", Prop::leaderOf, "Turkey")) << "a single demonym still names the state";
}

TEST_F(RolesTest, theGroupsLeaderInAppositionLeadsIt) {
  const auto g = extract(
      "The KLF leader, Tamir Oduya, and the Zorva Front's leader, Joseph Kamau, signed the text. Ali Dasse, the "
      "KLF leader in Kanem, spoke. KLF leader Amadou Sow also spoke.");
  EXPECT_TRUE(has(g, "Tamir Oduya", Prop::leaderOf, "KLF"));
  EXPECT_TRUE(has(g, "Joseph Kamau", Prop::leaderOf, "Zorva Front"));
  EXPECT_FALSE(has(g, "Amadou Sow", Prop::leaderOf, "KLF")) << "'X leader Y' is often one of its leaders";
  EXPECT_TRUE(has(g, "Amadou Sow", Prop::memberOf, "KLF"));
}

TEST_F(RolesTest, theRebelsLeaderSentencesLaterAndTheirMinisterInAThatClause) {
  const auto g = extract(
      "Kanem Liberation Front rebels attacked the port on Monday. Chad said it would respond. The navy deployed "
      "ships. Interior Minister Ali Koko threatened that the rebels' leader, Tamir Oduya, would be next. The Zorva "
      "Front confirmed on Saturday that their prime minister, Joseph Kamau, was killed.");
  EXPECT_TRUE(has(g, "Tamir Oduya", Prop::leaderOf, "Kanem Liberation Front"));
  const auto pm = roles(g, "Joseph Kamau");
  ASSERT_EQ(pm.size(), 1u);
  EXPECT_EQ(pm.front(), (std::pair<std::string, std::string>{"prime minister", "Zorva Front"}));
}

TEST_F(RolesTest, aStatesPostWithoutItsStateInAStoryFromThatState) {
  const auto g = extract(
      "NIAMEY, Niger — Police detained five opposition figures on Sunday. Interior Minister Ali Koko said 21 officers "
      "were injured. Prime Minister Tamir Oduya blamed foreign agents. Chief Minister Amadou Sow of the region spoke.");
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"Interior Minister", "Niger"}}));
  EXPECT_EQ(roles(g, "Tamir Oduya"), (std::vector<std::pair<std::string, std::string>>{{"Prime Minister", "Niger"}}));
  for (const auto& r : roles(g, "Amadou Sow")) EXPECT_NE(r.second, "Niger") << "a province's post";
  // Another country named around the title: no guess.
  const auto foreign = extract(
      "NIAMEY, Niger — Niger's army said it repelled an attack. Mali's army denied it. Defence Minister Joseph Kamau "
      "threatened a response. Niger's president spoke.");
  for (const auto& r : roles(foreign, "Joseph Kamau")) EXPECT_NE(r.second, "Niger");
  // A second's post ("First Vice President") of the state is not the state's post.
  const auto vice = extract(
      "NIAMEY, Niger — Niger's First Vice President Ali Koko was detained on Wednesday. President Tamir Oduya "
      "has not commented.");
  EXPECT_EQ(roles(vice, "Tamir Oduya"), (std::vector<std::pair<std::string, std::string>>{{"President", "Niger"}}));
  // The state's post held by someone else in the article.
  const auto held = extract(
      "NIAMEY, Niger — Niger's President Ali Koko met President Tamir Oduya on Monday. Niger said the talks went well.");
  for (const auto& r : roles(held, "Tamir Oduya")) EXPECT_NE(r.second, "Niger");
}

TEST_F(RolesTest, aTieOfCountriesGoesToTheDateline) {
  const auto g = extract(
      "NIAMEY — A bomb exploded outside a court on Tuesday. Interior Minister Ali Koko said 12 people were killed. "
      "The police searched the city. Chad sent condolences. Chad's envoy visited Niamey.");
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"Interior Minister", "Niger"}}));
}

TEST_F(RolesTest, aSentenceOpeningWithAnotherStatesCapitalGivesThatState) {
  // The dateline's state is not the post's when the sentence opens in another state's capital;
  // that capital names the state.
  const auto g = extract(
      "NIAMEY, Niger — Gunmen attacked a patrol on the river on Monday, Niger's army said. President Ali Koko "
      "condemned the attack. In N'Djamena, Foreign Minister Tamir Oduya rejected the claims of Niger.");
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"President", "Niger"}}));
  EXPECT_EQ(roles(g, "Tamir Oduya"), (std::vector<std::pair<std::string, std::string>>{{"Foreign Minister", "Chad"}}));
  // A town of another state in the sentence, not at its start: no guess of the dateline's state.
  const auto town = extract(
      "NIAMEY, Niger — Gunmen attacked a patrol on Monday, Niger's army said. President Ali Koko condemned it. "
      "Speaking from Abeche, Foreign Minister Tamir Oduya rejected the claims of Niger.");
  for (const auto& r : roles(town, "Tamir Oduya")) EXPECT_NE(r.second, "Niger");
}

TEST_F(RolesTest, theStateWhoseDelegationTheHolderLeads) {
  const auto g = extract(
      "Chadian and Nigerien delegations met in Doha on Monday. The Chadian delegation was led by Defense Minister "
      "Ali Koko, while Niger's was headed by Foreign Minister Tamir Oduya. Interior Minister Amadou Sow stayed home.");
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"Defense Minister", "Chad"}}));
  EXPECT_EQ(roles(g, "Tamir Oduya"), (std::vector<std::pair<std::string, std::string>>{{"Foreign Minister", "Niger"}}));
  for (const auto& r : roles(g, "Amadou Sow")) EXPECT_TRUE(r.second.empty()) << r.second;
}

TEST_F(RolesTest, itsJailedLeaderWithoutCommas) {
  const auto g = extract("The KLF and its jailed leader Tamir Oduya called for peace. The KLF and its new commander Ali Koko agreed.");
  EXPECT_TRUE(has(g, "Tamir Oduya", Prop::leaderOf, "KLF"));
  EXPECT_EQ(roles(g, "Ali Koko"), (std::vector<std::pair<std::string, std::string>>{{"commander", "KLF"}}));
}

}  // namespace
}  // namespace ng
