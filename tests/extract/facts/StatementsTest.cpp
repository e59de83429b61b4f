// Speech acts (accusations, demands, rejections, criticism, threats, praise, denials) through the
// real pipeline, on sentences about other conflicts than the development articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

class StatementsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static ArticleGraph extract(std::string text) {
    Article a;
    a.id = "statements-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return extractArticle(std::move(a), *res_);
  }

  /// Statement nodes of class `cls` whose agent is labelled `agent`.
  static std::vector<std::uint32_t> statements(const ArticleGraph& g, Class cls, std::string_view agent) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < g.nodes.size(); ++i) {
      if (g.nodes[i].cls != cls) continue;
      for (auto o : objects(g, i, Prop::agent))
        if (g.nodes[o].label == agent) out.push_back(i);
    }
    return out;
  }
  static int countClass(const ArticleGraph& g, Class cls) {
    int n = 0;
    for (const auto& node : g.nodes) n += node.cls == cls ? 1 : 0;
    return n;
  }

  static std::vector<std::uint32_t> objects(const ArticleGraph& g, std::uint32_t s, Prop p) {
    std::vector<std::uint32_t> out;
    for (const auto& e : g.edges)
      if (const auto* o = std::get_if<std::uint32_t>(&e.object); e.subject == s && e.prop == p && o) out.push_back(*o);
    return out;
  }
  static std::vector<std::string> labelsOf(const ArticleGraph& g, std::uint32_t s, Prop p) {
    std::vector<std::string> out;
    for (auto o : objects(g, s, p)) out.push_back(g.nodes[o].label);
    return out;
  }
  static std::string literal(const ArticleGraph& g, std::uint32_t s, Prop p) {
    for (const auto& e : g.edges)
      if (const auto* l = std::get_if<Literal>(&e.object); e.subject == s && e.prop == p && l) return l->value;
    return {};
  }
  /// True when the actor labelled `s` has the edge `p` to the node labelled `o`.
  static bool shortcut(const ArticleGraph& g, std::string_view s, Prop p, std::string_view o) {
    for (const auto& e : g.edges) {
      const auto* obj = std::get_if<std::uint32_t>(&e.object);
      if (obj && e.prop == p && g.nodes[e.subject].label == s && g.nodes[*obj].label == o) return true;
    }
    return false;
  }

  static std::shared_ptr<const ExtractResources> res_;
};

std::shared_ptr<const ExtractResources> StatementsTest::res_;

TEST_F(StatementsTest, theUnnamedArmyOrAuthoritiesAreTheStateOfTheDatelineOrTheOneNamedBefore) {
  const auto g = extract(
      "ABECHE, Chad (Reuters) - The army denied that troops had fired on protesters. Amnesty International "
      "accused the authorities of failing to protect villagers.");
  EXPECT_EQ(statements(g, Class::Denial, "Chad").size(), 1u);
  const auto acc = statements(g, Class::Accusation, "Amnesty International");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc.front(), Prop::target), (std::vector<std::string>{"Chad"}));
  // A correspondent in another state's capital: the army named with its state before is that state's.
  const auto away = extract(
      "NAIROBI, Kenya (Reuters) - Talks between Chad's military and the KLF opened in Nairobi. The KLF accused "
      "the military of bombing a market. Kenya and Kenya's envoy urged calm.");
  const auto klf = statements(away, Class::Accusation, "KLF");
  ASSERT_EQ(klf.size(), 1u);
  EXPECT_EQ(labelsOf(away, klf.front(), Prop::target), (std::vector<std::string>{"Chad"}));
}

TEST_F(StatementsTest, activeAccusationHasAgentTargetTopicAndCode) {
  const auto g = extract("Chad accused Sudan of arming rebels near the border on Monday.");
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Sudan"});
  EXPECT_NE(literal(g, acc[0], Prop::topic).find("arming rebels"), std::string::npos);
  EXPECT_EQ(literal(g, acc[0], Prop::cameoCode), "112");
  EXPECT_NEAR(g.nodes[acc[0]].confidence, 0.8, 1e-9);
  ASSERT_EQ(g.nodes[acc[0]].evidence.size(), 1u);
  EXPECT_TRUE(shortcut(g, "Chad", Prop::accuses, "Sudan"));
}

TEST_F(StatementsTest, anAccusedTheTextNamesByNoActorKeepsTheChargeWithoutTarget) {
  const auto g = extract("Kenya and the Allied Democratic Forces (ADF) signed a truce. The ADF accused the army of "
                         "shelling markets in Beni. The ADF accused the talks.");
  const auto acc = statements(g, Class::Accusation, "Allied Democratic Forces");
  ASSERT_EQ(acc.size(), 1u) << "the second sentence accuses nobody of anything";
  EXPECT_TRUE(objects(g, acc[0], Prop::target).empty());
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "shelling markets in Beni");
  EXPECT_NE(g.nodes[acc[0]].label.find("accuses the army of shelling"), std::string::npos) << g.nodes[acc[0]].label;
  const auto accuses = std::count_if(g.edges.begin(), g.edges.end(), [](const Edge& e) { return e.prop == Prop::accuses; });
  EXPECT_EQ(accuses, 0) << "no accuses shortcut without an accused actor";
}

TEST_F(StatementsTest, negatedConditionalAndQuotedActsAreSkipped) {
  const auto g = extract(
      "Kenya did not accuse Somalia of anything. If Ethiopia blames Eritrea for the clashes, the talks will "
      "stall. \"We accuse Chad of lying,\" the spokesman said.");
  EXPECT_EQ(countClass(g, Class::Accusation), 0);
  EXPECT_FALSE(shortcut(g, "Kenya", Prop::accuses, "Somalia"));
  EXPECT_FALSE(shortcut(g, "Ethiopia", Prop::accuses, "Eritrea"));
}

TEST_F(StatementsTest, rejectionPointsAtTheDemandItAnswers) {
  const auto g = extract(
      "Colombia demanded that Venezuela hand over the guerrilla commanders. Venezuela rejected the demand.");
  const auto demands = statements(g, Class::Demand, "Colombia");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(labelsOf(g, demands[0], Prop::target), std::vector<std::string>{"Venezuela"});
  EXPECT_NE(literal(g, demands[0], Prop::topic).find("hand over the guerrilla commanders"), std::string::npos);
  EXPECT_TRUE(shortcut(g, "Colombia", Prop::demandsFrom, "Venezuela"));

  const auto rejections = statements(g, Class::Rejection, "Venezuela");
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_EQ(objects(g, rejections[0], Prop::topic), std::vector<std::uint32_t>{demands[0]});
  const auto rejected = objects(g, objects(g, rejections[0], Prop::agent).at(0), Prop::rejects);
  EXPECT_EQ(rejected, std::vector<std::uint32_t>{demands[0]});
  // the actor who made the demand is not itself rejected
  EXPECT_FALSE(shortcut(g, "Venezuela", Prop::rejects, "Colombia"));
}

TEST_F(StatementsTest, nominalDemandAndReducedRelativeRejection) {
  const auto g = extract(
      "The sticking point was Kenya's insistence that Somalia withdraw its troops from the border, a demand "
      "Mogadishu flatly rejected.");
  const auto demands = statements(g, Class::Demand, "Kenya");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(labelsOf(g, demands[0], Prop::target), std::vector<std::string>{"Somalia"});
  EXPECT_EQ(literal(g, demands[0], Prop::cameoCode), "106");
  EXPECT_NEAR(g.nodes[demands[0]].confidence, 0.6, 1e-9);
  // the capital speaks for its country
  const auto rejections = statements(g, Class::Rejection, "Somalia");
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_EQ(objects(g, rejections[0], Prop::topic), std::vector<std::uint32_t>{demands[0]});
}

TEST_F(StatementsTest, passiveAccusationWithCapitalAsAgent) {
  const auto g = extract("Mali was accused by Algiers of violating its airspace with drones.");
  const auto acc = statements(g, Class::Accusation, "Algeria");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Mali"});
  EXPECT_EQ(literal(g, acc[0], Prop::cameoCode), "1123");
  EXPECT_TRUE(shortcut(g, "Algeria", Prop::accuses, "Mali"));
  EXPECT_FALSE(shortcut(g, "Mali", Prop::accuses, "Algeria"));
}

TEST_F(StatementsTest, appealToTwoCountriesTargetsBoth) {
  const auto g = extract("The United Nations urged Ethiopia and Eritrea to respect the ceasefire.");
  const auto demands = statements(g, Class::Demand, "United Nations");
  ASSERT_EQ(demands.size(), 1u);
  auto targets = labelsOf(g, demands[0], Prop::target);
  std::sort(targets.begin(), targets.end());
  EXPECT_EQ(targets, (std::vector<std::string>{"Eritrea", "Ethiopia"}));
  EXPECT_EQ(literal(g, demands[0], Prop::cameoCode), "107");
  EXPECT_TRUE(shortcut(g, "United Nations", Prop::demandsFrom, "Ethiopia"));
  EXPECT_TRUE(shortcut(g, "United Nations", Prop::demandsFrom, "Eritrea"));
}

TEST_F(StatementsTest, threatsOfForceAndWarningsAboutOthers) {
  const auto g = extract(
      "Russia threatened Ukraine with new missile strikes. Mexico's government warned it would retaliate "
      "against Guatemala. Chilean officials warned that heavy rain could flood the capital.");
  const auto threats = statements(g, Class::Threat, "Russia");
  ASSERT_EQ(threats.size(), 1u);
  EXPECT_EQ(labelsOf(g, threats[0], Prop::target), std::vector<std::string>{"Ukraine"});
  EXPECT_EQ(literal(g, threats[0], Prop::cameoCode), "138");
  EXPECT_TRUE(shortcut(g, "Russia", Prop::threatens, "Ukraine"));
  EXPECT_TRUE(shortcut(g, "Mexico", Prop::threatens, "Guatemala"));
  // a warning about the weather is no threat
  EXPECT_TRUE(statements(g, Class::Threat, "Chile").empty());
}

TEST_F(StatementsTest, demonymSpeakerAndCriticism) {
  const auto g = extract("Sudanese officials condemned Chad for hosting the militia.");
  const auto crit = statements(g, Class::Criticism, "Sudan");
  ASSERT_EQ(crit.size(), 1u);
  EXPECT_EQ(labelsOf(g, crit[0], Prop::target), std::vector<std::string>{"Chad"});
  EXPECT_EQ(literal(g, crit[0], Prop::cameoCode), "111");
  EXPECT_TRUE(shortcut(g, "Sudan", Prop::criticizes, "Chad"));
}

TEST_F(StatementsTest, participleTakesTheMainClauseSubject) {
  const auto g = extract(
      "Foreign Minister Maria Lopez spoke to reporters in Bogota on Monday, accusing Venezuela of sheltering "
      "guerrillas.");
  const auto acc = statements(g, Class::Accusation, "Maria Lopez");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Venezuela"});
  EXPECT_NEAR(g.nodes[acc[0]].confidence, 0.6, 1e-9);
  // the city the minister spoke in is no speaker
  EXPECT_TRUE(statements(g, Class::Accusation, "Colombia").empty());
}

TEST_F(StatementsTest, tradedAccusationsGoBothWays) {
  const auto g = extract("Ethiopia and Eritrea traded accusations over the border incident.");
  EXPECT_TRUE(shortcut(g, "Ethiopia", Prop::accuses, "Eritrea"));
  EXPECT_TRUE(shortcut(g, "Eritrea", Prop::accuses, "Ethiopia"));
  EXPECT_EQ(countClass(g, Class::Accusation), 2);
}

TEST_F(StatementsTest, reportedBlameAndPronounSpeaker) {
  const auto g = extract(
      "Ukraine's foreign ministry said Russia had violated the truce. President Dmitri Volkov spoke in "
      "Minsk. He denied that Belarus had armed the fighters.");
  const auto acc = statements(g, Class::Accusation, "Foreign Ministry of Ukraine");  // the ministry is the speaker
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Russia"});
  EXPECT_LT(g.nodes[acc[0]].confidence, 0.6);
  const auto denials = statements(g, Class::Denial, "Dmitri Volkov");
  ASSERT_EQ(denials.size(), 1u);
  EXPECT_EQ(literal(g, denials[0], Prop::cameoCode), "016");
  // a denial is no accusation of Belarus
  EXPECT_FALSE(shortcut(g, "Dmitri Volkov", Prop::accuses, "Belarus"));
}

TEST_F(StatementsTest, praiseAndDismissalFromOffice) {
  const auto g = extract("Kenya praised Somalia for its cooperation. Chad dismissed the army chief on Monday.");
  const auto praise = statements(g, Class::Praise, "Kenya");
  ASSERT_EQ(praise.size(), 1u);
  EXPECT_EQ(labelsOf(g, praise[0], Prop::target), std::vector<std::string>{"Somalia"});
  EXPECT_EQ(literal(g, praise[0], Prop::cameoCode), "051");
  EXPECT_TRUE(statements(g, Class::Rejection, "Chad").empty());
}

TEST_F(StatementsTest, unnamedGroupsAccusedAndASecondVerbEndsTheTopic) {
  const auto g = extract(
      "Kenya accused the gangs of blocking aid to the displaced. President Ali Dasse condemned the killings and "
      "promised more police. Chad's army and the Rapid Support Forces have agreed to talks.");
  const auto acc = statements(g, Class::Accusation, "Kenya");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "blocking aid to the displaced");
  const auto crit = statements(g, Class::Criticism, "Ali Dasse");
  ASSERT_EQ(crit.size(), 1u);
  EXPECT_EQ(literal(g, crit[0], Prop::topic), "the killings") << "\"and promised\" is the subject's second verb";
  // "Support" in a name is no verb of support.
  EXPECT_EQ(countClass(g, Class::Support), 0);
}

TEST_F(StatementsTest, aDayBetweenTheAccusedAndTheCharge) {
  const auto g = extract("Chad accused Niger on Monday of preparing for war near the border.");
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Niger"});
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "preparing for war near the border");
  EXPECT_EQ(countClass(g, Class::ArmedClash), 0) << "preparing for war is no war";
}


TEST_F(StatementsTest, aChargeRejectedInARelativeClauseAndExpertsOfAnOrganization) {
  const auto g = extract(
      "Chad accused Niger of laying mines, a charge Niamey rejected. UN experts accused Chad of arming the rebels.");
  const auto rej = statements(g, Class::Rejection, "Niger");
  ASSERT_EQ(rej.size(), 1u) << "the capital speaks for its state; a rejection may answer an accusation";
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(objects(g, rej[0], Prop::topic), acc) << "the topic is the accusation itself";
  const auto un = statements(g, Class::Accusation, "UN");
  ASSERT_EQ(un.size(), 1u) << "'UN experts' speak for the UN";
  EXPECT_EQ(labelsOf(g, un[0], Prop::target), std::vector<std::string>{"Chad"});
}


TEST_F(StatementsTest, aTimePhraseBetweenTheSubjectAndTheVerb) {
  const auto g = extract(
      "Chad on Wednesday rejected the accusations. Niger on Monday night accused Chad of shelling the plant.");
  EXPECT_EQ(statements(g, Class::Rejection, "Chad").size(), 1u);
  const auto acc = statements(g, Class::Accusation, "Niger");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Chad"});
}


TEST_F(StatementsTest, aParticipleAfterADatelineAndTheRebelGroup) {
  const auto g = extract(
      "NDJAMENA — Chadian President Ali Dasse suspended talks with the KLF on Friday, accusing the rebel group of "
      "committing war crimes after clashes in Abeche killed 80 people.");
  const auto acc = statements(g, Class::Accusation, "Ali Dasse");
  ASSERT_EQ(acc.size(), 1u) << "the dateline is no subject";
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "committing war crimes") << "'after' ends the charge";
}


TEST_F(StatementsTest, answersInRelativeClausesAndBySomeoneHeadingTheSubject) {
  const auto g = extract(
      "Niger repeated its demand for a buffer zone, which Chad rejected as \"unacceptable\". The KLF accused Malian "
      "troops of killing civilians, a charge the government denied. The government's delegation, headed by "
      "Deputy Foreign Minister Ali Dasse, rejected the proposal.");
  const auto demand = statements(g, Class::Demand, "Niger");
  ASSERT_EQ(demand.size(), 1u);
  const auto rej = statements(g, Class::Rejection, "Chad");
  ASSERT_EQ(rej.size(), 1u) << "', which X rejected as'";
  EXPECT_EQ(objects(g, rej[0], Prop::topic), demand);
  const auto acc = statements(g, Class::Accusation, "KLF");
  ASSERT_EQ(acc.size(), 1u);
  const auto denial = statements(g, Class::Denial, "Mali");
  ASSERT_EQ(denial.size(), 1u) << "the government accused denies";
  EXPECT_EQ(objects(g, denial[0], Prop::topic), acc);
  EXPECT_EQ(statements(g, Class::Rejection, "Ali Dasse").size(), 1u) << "the head speaks for an unnamed delegation";
}


TEST_F(StatementsTest, theChargeAfterAPossessedAccused) {
  const auto g = extract("Niger accused Chad's coast guard of ramming a supply boat.");
  const auto acc = statements(g, Class::Accusation, "Niger");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Chad"});
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "ramming a supply boat");
}


TEST_F(StatementsTest, theRebelGroupAccusedIsTheArmedGroupNamedBefore) {
  const auto g = extract(
      "Chadian President Ali Dasse suspended talks with the Zotik Liberation Army (ZLA) on Friday, accusing the "
      "rebel group of committing war crimes.");
  const auto acc = statements(g, Class::Accusation, "Ali Dasse");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Zotik Liberation Army"});
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "committing war crimes");
}


TEST_F(StatementsTest, anAdjectiveBeforeTheAccused) {
  const auto g = extract("Chad's government on Thursday accused neighbouring Niger of mobilising troops.");
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Niger"});
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "mobilising troops");
}


TEST_F(StatementsTest, aBracketedAcronymBeforeTheVerbAndTheDayOfTheAct) {
  const auto g = extract(
      "The Zotik Liberation Front (ZLF) condemned the attack. The ZLA threatened on Friday to resume attacks on "
      "Chadian ships. Niger welcomed the ruling in a speech on Monday.");
  const auto crit = statements(g, Class::Criticism, "Zotik Liberation Front");
  ASSERT_EQ(crit.size(), 1u);
  EXPECT_EQ(literal(g, crit[0], Prop::topic), "the attack");
  const auto threat = statements(g, Class::Threat, "ZLA");
  ASSERT_EQ(threat.size(), 1u);
  // The day between the verb and its infinitive is skipped: the topic is what "threatened to
  // resume ..." gives without it.
  EXPECT_EQ(literal(g, threat[0], Prop::topic), "resume attacks on Chadian ships");
  const auto praise = statements(g, Class::Praise, "Niger");
  ASSERT_EQ(praise.size(), 1u);
  EXPECT_EQ(literal(g, praise[0], Prop::topic), "the ruling");
}


TEST_F(StatementsTest, warningsOfTheSpeakersStateAndOfAResponse) {
  auto g = extract("Chadian President Ali Dasse warned that Chad would respond forcefully to any violation.");
  EXPECT_EQ(statements(g, Class::Threat, "Ali Dasse").size(), 1u);
  g = extract("Nigerien Defence Minister Tamir Oduya warned that any further attack would be met with a befitting "
              "response.");
  EXPECT_EQ(statements(g, Class::Threat, "Tamir Oduya").size(), 1u);
  g = extract("Chadian President Ali Dasse warned that Niger would face sanctions.");
  EXPECT_TRUE(statements(g, Class::Threat, "Ali Dasse").empty()) << "another state's fate, no force of the speaker's";
}


TEST_F(StatementsTest, theAccusedNamedAfterTheirGroupAndPost) {
  const auto g = extract("Ali Dasse accused ZLA chairman Tamir Oduya of attempting a coup.");
  const auto acc = statements(g, Class::Accusation, "Ali Dasse");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Tamir Oduya"});
  EXPECT_EQ(literal(g, acc[0], Prop::topic), "attempting a coup");
}


TEST_F(StatementsTest, aSecondVerbAfterADayTakesTheSentencesSubject) {
  const auto g = extract("Chad on Sunday cut diplomatic ties with Khartoum and accused Sudan of arming rebels.");
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u) << "'X on Sunday cut ... and accused Y': X accuses";
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), std::vector<std::string>{"Sudan"});
}


TEST_F(StatementsTest, aTimePhraseBetweenTheVerbAndWhatItSays) {
  const auto g = extract(
      "Peruvian Defence Minister Anton Ferrell warned last month that Peru could launch a war against Chile. "
      "Bolivia demanded on Sunday night that Chile withdraw its troops.");
  const auto threat = statements(g, Class::Threat, "Anton Ferrell");
  ASSERT_EQ(threat.size(), 1u);
  const auto demand = statements(g, Class::Demand, "Bolivia");
  ASSERT_EQ(demand.size(), 1u);
  EXPECT_EQ(labelsOf(g, demand[0], Prop::target), std::vector<std::string>{"Chile"});
  EXPECT_EQ(literal(g, demand[0], Prop::topic), "withdraw its troops");
}

TEST_F(StatementsTest, aLowercaseModifierOfTheSubjectsTitle) {
  const auto g = extract(
      "Peru's caretaker Prime Minister Anton Ferrell said Lima wanted peace and called on Chile and Bolivia to "
      "pressure Ecuador.");
  const auto demand = statements(g, Class::Demand, "Anton Ferrell");
  ASSERT_EQ(demand.size(), 1u);
  EXPECT_EQ(labelsOf(g, demand[0], Prop::target), (std::vector<std::string>{"Chile", "Bolivia"}));
}

TEST_F(StatementsTest, anEmbassyInACityIsItsStatesNotTheCitys) {
  const auto g = extract(
      "The U.S. embassy in Niamey condemned the attack. The French embassy in Abeche condemned the strike. The "
      "embassy in Sarh condemned the raid.");
  EXPECT_EQ(statements(g, Class::Criticism, "United States").size(), 1u);
  EXPECT_EQ(statements(g, Class::Criticism, "France").size(), 1u);
  EXPECT_TRUE(statements(g, Class::Criticism, "Niger").empty()) << "Niamey only locates the embassy";
  EXPECT_TRUE(statements(g, Class::Criticism, "Chad").empty()) << "an embassy of no named state is nobody's";
}

TEST_F(StatementsTest, aDemandThatNoNamedActorActKeepsItsWords) {
  const auto g = extract(
      "Chad demanded that other countries send more troops and money. Niger insisted that donors were slow.");
  const auto demands = statements(g, Class::Demand, "Chad");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_TRUE(objects(g, demands[0], Prop::target).empty());
  EXPECT_TRUE(statements(g, Class::Demand, "Niger").empty()) << "'insisted that X were' asserts, demands nothing";
}

TEST_F(StatementsTest, anAppealPastARelativeClauseAboutItsTargets) {
  const auto g = extract(
      "Chadian President Idriss Mahamat condemned the strike and urged the United States and France, which chair a "
      "committee monitoring the truce, to pressure Niger to halt its attacks.");
  const auto demands = statements(g, Class::Demand, "Idriss Mahamat");
  ASSERT_EQ(demands.size(), 1u);
  auto targets = labelsOf(g, demands[0], Prop::target);
  std::sort(targets.begin(), targets.end());
  EXPECT_EQ(targets, (std::vector<std::string>{"France", "United States"}));
}

TEST_F(StatementsTest, anAppealToTheGroupIsToTheArmedGroupTheSentenceNamed) {
  const auto g = extract(
      "The Kanem Liberation Front (KLF) announced a truce on Saturday, two days after Ali Koko called on the group to "
      "lay down its arms.");
  const auto demands = statements(g, Class::Demand, "Ali Koko");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(labelsOf(g, demands[0], Prop::target), (std::vector<std::string>{"Kanem Liberation Front"}));
}

TEST_F(StatementsTest, theBodyNamedInAppositionToItsDescriptionAccuses) {
  const auto g = extract(
      "The UN peacekeeping mission in the country, MINUCHAD, has accused the Kanem Liberation Front of killing "
      "dozens of civilians.");
  const auto accusations = statements(g, Class::Accusation, "MINUCHAD");
  ASSERT_EQ(accusations.size(), 1u);
  EXPECT_EQ(labelsOf(g, accusations[0], Prop::target), (std::vector<std::string>{"Kanem Liberation Front"}));
  EXPECT_TRUE(statements(g, Class::Accusation, "UN").empty());
}

TEST_F(StatementsTest, threatsInAThatClauseAndByTheSpeakersOwnCountry) {
  const auto g = extract(
      "Chad's Defence Minister Ali Koko warned on Wednesday that his country would wage open war if the talks "
      "failed. Interior Minister Tamir Oduya threatened that the rebels' leader would be next.");
  EXPECT_EQ(statements(g, Class::Threat, "Ali Koko").size(), 1u);
  EXPECT_EQ(statements(g, Class::Threat, "Tamir Oduya").size(), 1u);
  const auto calm = extract("Ali Koko warned on Wednesday that his country would need more aid.");
  EXPECT_TRUE(statements(calm, Class::Threat, "Ali Koko").empty()) << "no force, no threat";
}

TEST_F(StatementsTest, theGroupOpeningASentenceIsTheArmedGroupNamedLastBefore) {
  const auto g = extract(
      "Kanem's fighters said they had formed a unified command, the Kanem Liberation Front (KLF), led by Ali Koko. "
      "The group demanded that President Tamir Oduya step down and rejected calls for talks. The rebels denied "
      "killing civilians.");
  EXPECT_EQ(statements(g, Class::Demand, "Kanem Liberation Front").size(), 1u);
  EXPECT_EQ(statements(g, Class::Rejection, "Kanem Liberation Front").size(), 1u);
  const auto alone = extract("The group demanded that President Tamir Oduya step down.");
  EXPECT_EQ(countClass(alone, Class::Demand), 0) << "no group named before: no agent";
}

TEST_F(StatementsTest, aNounOfDemandsTopicEndsBeforeTheClausesVerb) {
  const auto g = extract("Ali Koko warned that Niger's demand for two states on the island was unacceptable.");
  const auto demands = statements(g, Class::Demand, "Niger");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(literal(g, demands[0], Prop::topic), "two states on the island");
}

TEST_F(StatementsTest, theRebelsAccusedAreTheArmedGroupTheSentenceBeforeNamed) {
  const auto g = extract(
      "Fighting continued on Friday near Abeche, where the Kanem Liberation Front said government forces attacked "
      "its positions. Chad's army accused the rebels of shelling villages.");
  const auto acc = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), (std::vector<std::string>{"Kanem Liberation Front"}));
}

TEST_F(StatementsTest, twoParticiplesOfOneNounRejectedByTheSecond) {
  const auto g = extract(
      "The council backed Chad's plan, a vote hailed by Niamey as a historic win and rejected by the Kanem "
      "Liberation Front.");
  const auto rejections = statements(g, Class::Rejection, "Kanem Liberation Front");
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_EQ(literal(g, rejections[0], Prop::topic), "a vote");
}

TEST_F(StatementsTest, theRulingJuntaAccusedByAGroupWithItsAcronym) {
  const auto g = extract(
      "NIAMEY, Niger — Militants tightened a blockade around the city, residents said. The Front for the Liberation "
      "of Kanem (FLK) announced the blockade in early September, accusing the ruling junta of cutting off supplies. "
      "Chad called on the federal government to intervene.");
  const auto acc = statements(g, Class::Accusation, "Front for the Liberation of Kanem");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), (std::vector<std::string>{"Niger"}));
  const auto demands = statements(g, Class::Demand, "Chad");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(labelsOf(g, demands[0], Prop::target), (std::vector<std::string>{"Niger"}));
}

TEST_F(StatementsTest, bothSidesAreThePartiesOfTheSentencesOwnEvent) {
  const auto g = extract(
      "Delegates of Chad and the KLA/Z23 rebel alliance began a new round of talks in Doha on Friday, as both sides "
      "traded accusations of ceasefire violations. Niger, which brokered a separate peace deal between Chad and "
      "Mali in June, welcomed the talks.");
  const auto chad = statements(g, Class::Accusation, "Chad");
  ASSERT_EQ(chad.size(), 1u);
  EXPECT_EQ(labelsOf(g, chad[0], Prop::target), (std::vector<std::string>{"KLA/Z23"}));
  EXPECT_TRUE(statements(g, Class::Accusation, "Mali").empty()) << "the other deal's parties are not 'both sides' here";
  // A meeting of two leaders in the sentence: "both sides" are their states, not the other leader.
  const auto leaders = extract(
      "Chad and Niger agreed to a ceasefire in Niamey on Monday after fighting between Chad and Niger. President Ali "
      "Koko and President Tamir Oduya attended the meeting in Mongo. Ali Koko said the meeting went well and called "
      "on both sides to rebuild trust. Chad and Niger will meet again.");
  const auto appeals = statements(leaders, Class::Demand, "Ali Koko");
  ASSERT_EQ(appeals.size(), 1u);
  auto targets = labelsOf(leaders, appeals[0], Prop::target);
  std::sort(targets.begin(), targets.end());
  EXPECT_EQ(targets, (std::vector<std::string>{"Chad", "Niger"}));
}

TEST_F(StatementsTest, aDemandInQuotationMarksAndAnInsistenceThatIsNone) {
  const auto g = extract(
      "Chad demanded that Niger \"immediately stop the shelling\" of the town. Mali insisted that Niger was lying.");
  const auto chad = statements(g, Class::Demand, "Chad");
  ASSERT_EQ(chad.size(), 1u);
  EXPECT_EQ(labelsOf(g, chad[0], Prop::target), (std::vector<std::string>{"Niger"}));
  EXPECT_TRUE(statements(g, Class::Demand, "Mali").empty()) << "'insisted that X was ...' asserts";
}

TEST_F(StatementsTest, blamingAnAttackOnAClanAccusesIt) {
  const auto g = extract(
      "Police officers were killed when a drone attack brought down a helicopter in Mongo. President Ali Koko blamed "
      "the helicopter attack on the Kanem Clan, the country's largest trafficking group.");
  const auto acc = statements(g, Class::Accusation, "Ali Koko");
  ASSERT_EQ(acc.size(), 1u);
  EXPECT_EQ(labelsOf(g, acc[0], Prop::target), (std::vector<std::string>{"Kanem Clan"}));
  for (std::uint32_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].cls == Class::Attack) EXPECT_EQ(g.nodes[i].label.find("Kanem"), std::string::npos) << "the clan is blamed, not attacked";
}

TEST_F(StatementsTest, saidThatAnotherMustDoSomethingIsADemand) {
  const auto g = extract(
      "Chadian President Ali Koko said on Saturday that Niger must change its constitution before a treaty can be "
      "signed. Mali said the KLF should expect more attacks.");
  const auto demands = statements(g, Class::Demand, "Ali Koko");
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(labelsOf(g, demands[0], Prop::target), (std::vector<std::string>{"Niger"}));
  EXPECT_TRUE(statements(g, Class::Demand, "Mali").empty()) << "'should expect' warns";
}

}  // namespace
}  // namespace ng
