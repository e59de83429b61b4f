#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

class EventsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static ArticleGraph run(const std::string& text, const std::string& date = "2025-03-14") {
    Article a;
    a.id = "events-test";
    a.date = date;
    a.text = text;
    return extractArticle(a, *res_);
  }

  static std::vector<std::uint32_t> nodesOf(const ArticleGraph& g, Class cls) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < g.nodes.size(); ++i)
      if (g.nodes[i].cls == cls) out.push_back(i);
    return out;
  }
  /// Labels of the nodes `n` points to through `p`.
  static std::vector<std::string> objects(const ArticleGraph& g, std::uint32_t n, Prop p) {
    std::vector<std::string> out;
    for (const auto& e : g.edges) {
      if (e.subject != n || e.prop != p) continue;
      if (const auto* o = std::get_if<std::uint32_t>(&e.object)) out.push_back(g.nodes[*o].label);
      else out.push_back(std::get<Literal>(e.object).value);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  static bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }

  static std::shared_ptr<const ExtractResources> res_;
};

std::shared_ptr<const ExtractResources> EventsTest::res_;

TEST_F(EventsTest, talksWithPartiesMediatorsPlaceAndDays) {
  const auto g = run(
      "The latest round of talks between Sudan and Chad, held in Nairobi and mediated by Kenya and Ethiopia, "
      "ended on Wednesday, March 12, 2025, without a deal. The Nairobi talks had opened after three days of "
      "negotiations. Observers said the negotiations were tense.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  const auto n = talks.front();
  EXPECT_EQ(g.nodes[n].label, "Nairobi talks");
  EXPECT_EQ(objects(g, n, Prop::participant), (std::vector<std::string>{"Chad", "Sudan"}));
  EXPECT_EQ(objects(g, n, Prop::mediator), (std::vector<std::string>{"Ethiopia", "Kenya"}));
  EXPECT_EQ(objects(g, n, Prop::location), (std::vector<std::string>{"Nairobi"}));
  EXPECT_EQ(objects(g, n, Prop::endDate), (std::vector<std::string>{"2025-03-12"}));
  EXPECT_EQ(objects(g, n, Prop::startDate), (std::vector<std::string>{"2025-03-10"}));
  EXPECT_GE(g.nodes[n].evidence.size(), 2u);
  // "without a deal" is no agreement.
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty());
}

TEST_F(EventsTest, mediatorsNamedWithTheirFormerTitles) {
  const auto g = run(
      "The talks in Arusha on Monday were mediated by former Nigerian President Emeka Adeyemi, former Kenyan "
      "President Daniel Mwangi and former South African Deputy President Lindiwe Mabaso.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::mediator),
            (std::vector<std::string>{"Daniel Mwangi", "Emeka Adeyemi", "Lindiwe Mabaso"}))
      << "the people, not the countries their demonyms name";
}

TEST_F(EventsTest, genericMentionsGiveNoEvent) {
  const auto g = run(
      "Peace talks are important for the region. Analysts say any ceasefire would need guarantees. "
      "Previous rounds of negotiations failed.");
  EXPECT_TRUE(nodesOf(g, Class::Negotiation).empty());
  EXPECT_TRUE(nodesOf(g, Class::Ceasefire).empty());
}

TEST_F(EventsTest, ceasefireBrokeredOnADateAndHyphenatedParties) {
  const auto g = run(
      "A ceasefire brokered by Egypt on March 2 has largely held. Separately, Yemen-Oman talks resumed in Muscat "
      "on Monday.");
  const auto truce = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truce.size(), 1u);
  EXPECT_EQ(objects(g, truce.front(), Prop::mediator), (std::vector<std::string>{"Egypt"}));
  EXPECT_EQ(objects(g, truce.front(), Prop::date), (std::vector<std::string>{"2025-03-02"}));
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::participant), (std::vector<std::string>{"Oman", "Yemen"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::location), (std::vector<std::string>{"Muscat"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::startDate), (std::vector<std::string>{"2025-03-10"}));
}

TEST_F(EventsTest, deadlyClashesAndConcludedTrucesAreEventsWithoutAPlaceOrDay) {
  const auto g = run(
      "Talks between Peru and Ecuador ended on Tuesday, March 11, 2025, after weeks of deadly border clashes. "
      "Both delegations pledged to respect a fragile truce brokered earlier. Clashes are common in the area.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u) << "\"deadly\" fighting is one real outbreak; bare \"clashes\" is not";
  EXPECT_EQ(g.nodes[clashes.front()].label, "border clashes");
  const auto& forms = g.nodes[clashes.front()].forms;
  EXPECT_TRUE(has(forms, "deadly border clashes"));
  const auto truce = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truce.size(), 1u) << "a truce that was brokered is a particular one";
  EXPECT_TRUE(has(g.nodes[truce.front()].forms, "fragile truce"));
}

TEST_F(EventsTest, monthsKeepClashesApartAndViolenceNeedsATime) {
  const auto g = run(
      "The offensive followed deadly clashes in January 2025 near the frontier. "
      "Officials compared them with the deadly clashes in October 2024. "
      "Militant violence displaced thousands in Tigray. "
      "At least 40 people died in the violence that erupted on March 3.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  std::vector<std::string> labels;
  for (auto n : clashes) labels.push_back(g.nodes[n].label);
  std::sort(labels.begin(), labels.end());
  ASSERT_EQ(labels.size(), 3u) << ::testing::PrintToString(labels);
  EXPECT_EQ(labels[0], "clashes of 2024-10") << "two months, two outbreaks, told apart by their month";
  EXPECT_EQ(labels[1], "clashes of 2025-01");
  EXPECT_EQ(labels[2], "violence");
  for (auto n : clashes) {
    if (g.nodes[n].label == "violence") {
      EXPECT_EQ(objects(g, n, Prop::startDate), (std::vector<std::string>{"2025-03-03"}));
      EXPECT_TRUE(objects(g, n, Prop::location).empty()) << "violence in a place without a time is no event";
    }
  }
}

TEST_F(EventsTest, aMonthOrAYearWithoutADayIsTheEventsMonthOrYear) {
  const auto g = run(
      "The offensive followed deadly clashes in January 2025 near the frontier. "
      "Exiles recalled the army coup in 2021. "
      "Militant violence since 2019 has displaced thousands. "
      "Deadly clashes on March 3 killed 40 people.");
  std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> byLabel;
  for (auto cls : {Class::ArmedClash, Class::Takeover}) {
    for (auto n : nodesOf(g, cls)) byLabel[g.nodes[n].label] = {objects(g, n, Prop::month), objects(g, n, Prop::year)};
  }
  ASSERT_EQ(byLabel.count("clashes of 2025-01"), 1u) << ::testing::PrintToString(byLabel);
  EXPECT_EQ(byLabel["clashes of 2025-01"].first, (std::vector<std::string>{"2025-01"}));
  EXPECT_TRUE(byLabel["clashes of 2025-01"].second.empty());
  bool coup = false, dayOnly = false;
  for (const auto& [label, monthYear] : byLabel) {
    if (label.find("coup") != std::string::npos || label.find("takeover") != std::string::npos) {
      coup = true;
      EXPECT_EQ(monthYear.second, (std::vector<std::string>{"2021"})) << label;
      EXPECT_TRUE(monthYear.first.empty()) << label;
    }
    if (label.find("2025-03-03") != std::string::npos || label == "clashes") {
      dayOnly = true;
      EXPECT_TRUE(monthYear.first.empty() && monthYear.second.empty()) << label << ": a day makes month and year redundant";
    }
    EXPECT_EQ(label.find("2019"), std::string::npos) << label;
  }
  EXPECT_TRUE(coup) << ::testing::PrintToString(byLabel);
  EXPECT_TRUE(dayOnly) << ::testing::PrintToString(byLabel);
  for (auto n : nodesOf(g, Class::ArmedClash)) {
    for (const auto& y : objects(g, n, Prop::year)) EXPECT_NE(y, "2019") << "\"since 2019\" is not the time of the event";
  }
}

TEST_F(EventsTest, aMonthWithoutAYearIsNearTheArticleDate) {
  // The article is of 2025-03-14: May is two months ahead (this year), December nine (last year).
  const auto g = run("Mediators pledged a fourth round of talks in Nairobi in May. "
                     "Officials recalled the talks in Addis Ababa in December.");
  std::vector<std::string> months;
  for (auto n : nodesOf(g, Class::Negotiation)) {
    for (const auto& m : objects(g, n, Prop::month)) months.push_back(m);
  }
  std::sort(months.begin(), months.end());
  EXPECT_EQ(months, (std::vector<std::string>{"2024-12", "2025-05"}));
}

TEST_F(EventsTest, aFourDayEventEndingOnADaySpansItsDays) {
  for (const std::string text : {"The four-day talks in Lusaka ended on Friday.",
                                 "Talks in Lusaka, which lasted four days, ended on Friday."}) {
    const auto g = run(text);
    const auto talks = nodesOf(g, Class::Negotiation);
    ASSERT_EQ(talks.size(), 1u) << text;
    EXPECT_EQ(objects(g, talks.front(), Prop::endDate), (std::vector<std::string>{"2025-03-14"})) << text;
    EXPECT_EQ(objects(g, talks.front(), Prop::startDate), (std::vector<std::string>{"2025-03-11"})) << text;
  }
}

TEST_F(EventsTest, takeoversWithWhoTookPowerAndWhere) {
  const auto g = run(
      "Refugees fled after the Sudan Liberation Movement's return to power in Nyala. Officials recalled the army coup in Niger. "
      "The return of refugees to Kinshasa continued.");
  const auto takeovers = nodesOf(g, Class::Takeover);
  std::vector<std::string> labels;
  for (auto n : takeovers) labels.push_back(g.nodes[n].label);
  std::sort(labels.begin(), labels.end());
  EXPECT_EQ(labels.size(), 2u) << ::testing::PrintToString(labels) << ": the return of refugees is no takeover";
  for (auto n : takeovers) {
    if (g.nodes[n].label.find("Movement") != std::string::npos) {
      EXPECT_EQ(objects(g, n, Prop::participant).size(), 1u);
      EXPECT_EQ(objects(g, n, Prop::location), (std::vector<std::string>{"Nyala"}));
    } else {
      EXPECT_EQ(objects(g, n, Prop::location), (std::vector<std::string>{"Niger"})) << g.nodes[n].label;
      EXPECT_TRUE(objects(g, n, Prop::participant).empty()) << "a country named before \"coup\" is where, not who";
    }
  }
}

TEST_F(EventsTest, roundsOnDifferentDaysStayApart) {
  const auto g = run(
      "Talks in Geneva ended on February 3, 2025, without progress. Fresh talks in Geneva ended on March 10, "
      "2025, with a prisoner exchange.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 2u);
  EXPECT_NE(g.nodes[talks[0]].label, g.nodes[talks[1]].label);
}

TEST_F(EventsTest, phoneCallBetweenTwoMinisters) {
  const auto g = run(
      "Colombian Foreign Minister Laura Sarabia and her Ecuadorian counterpart Gabriela Sommerfeld spoke by "
      "telephone on Tuesday.");
  const auto calls = nodesOf(g, Class::Meeting);
  ASSERT_EQ(calls.size(), 1u);
  const auto parts = objects(g, calls.front(), Prop::participant);
  EXPECT_TRUE(has(parts, "Laura Sarabia"));
  EXPECT_TRUE(has(parts, "Gabriela Sommerfeld"));
  EXPECT_FALSE(has(parts, "Colombia"));
  EXPECT_EQ(objects(g, calls.front(), Prop::date), (std::vector<std::string>{"2025-03-11"}));
}

TEST_F(EventsTest, casualtyCountsAreKeptApartAndNeverSummed) {
  const auto g = run(
      "The United Nations said 30 Sudanese soldiers were killed and 15 wounded, alongside 8 Chadian fighters "
      "dead. Clashes near El Fasher left dozens dead and hundreds wounded.");
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 2u);
  bool soldiers = false, fighters = false;
  for (auto c : counts) {
    const auto killed = objects(g, c, Prop::killed);
    if (killed == std::vector<std::string>{"30"}) {
      soldiers = true;
      EXPECT_EQ(objects(g, c, Prop::wounded), (std::vector<std::string>{"15"}));
      EXPECT_EQ(objects(g, c, Prop::victims), (std::vector<std::string>{"soldiers"}));
      EXPECT_EQ(objects(g, c, Prop::side), (std::vector<std::string>{"Sudan"}));
    }
    if (killed == std::vector<std::string>{"8"}) {
      fighters = true;
      EXPECT_TRUE(objects(g, c, Prop::wounded).empty());
      EXPECT_EQ(objects(g, c, Prop::side), (std::vector<std::string>{"Chad"}));
    }
    EXPECT_EQ(objects(g, c, Prop::reportedBy), (std::vector<std::string>{"United Nations"}));
  }
  EXPECT_TRUE(soldiers);
  EXPECT_TRUE(fighters);
}

TEST_F(EventsTest, casualtiesOfAnEventWithTheirSource) {
  const auto g = run(
      "At least 12 civilians were killed and 40 injured in shelling near Kharkiv on Thursday, according to "
      "Ukrainian officials.");
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  const auto c = counts.front();
  EXPECT_EQ(objects(g, c, Prop::killed), (std::vector<std::string>{"12"}));
  EXPECT_EQ(objects(g, c, Prop::wounded), (std::vector<std::string>{"40"}));
  EXPECT_EQ(objects(g, c, Prop::reportedBy), (std::vector<std::string>{"Ukraine"}));
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes.front(), Prop::location), (std::vector<std::string>{"Kharkiv"}));
  EXPECT_EQ(objects(g, clashes.front(), Prop::date), (std::vector<std::string>{"2025-03-13"}));
  EXPECT_EQ(objects(g, c, Prop::ofEvent), (std::vector<std::string>{g.nodes[clashes.front()].label}));
}

TEST_F(EventsTest, mediatorsWhoMetASideSomewhereOnADayMakeAMeeting) {
  const auto g = run(
      "Kenyan and Ethiopian mediators met Sudanese negotiators in Nairobi on Tuesday. "
      "The general, who has met with American officials many times, left.");
  const auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u) << "a meeting with no place or day is no event";
  const auto m = meetings.front();
  EXPECT_EQ(objects(g, m, Prop::mediator), (std::vector<std::string>{"Ethiopia", "Kenya"}));
  EXPECT_EQ(objects(g, m, Prop::participant), (std::vector<std::string>{"Sudan"}));
  EXPECT_EQ(objects(g, m, Prop::location), (std::vector<std::string>{"Nairobi"}));
  EXPECT_EQ(objects(g, m, Prop::date), (std::vector<std::string>{"2025-03-11"}));
}

TEST_F(EventsTest, casualtyFiguresAfterAQuantifier) {
  const auto g = run(
      "The war has killed more than 14,000 people, according to the United Nations. "
      "A drone strike killed nearly 30 civilians in Goma. Shelling wounded as many as 12 soldiers.");
  std::vector<std::string> killed, wounded;
  for (auto c : nodesOf(g, Class::CasualtyCount)) {
    for (const auto& k : objects(g, c, Prop::killed)) killed.push_back(k);
    for (const auto& w : objects(g, c, Prop::wounded)) wounded.push_back(w);
    if (objects(g, c, Prop::killed) == std::vector<std::string>{"14000"}) {
      EXPECT_EQ(objects(g, c, Prop::reportedBy), (std::vector<std::string>{"United Nations"}));
    }
  }
  std::sort(killed.begin(), killed.end());
  EXPECT_EQ(killed, (std::vector<std::string>{"14000", "30"}));
  EXPECT_EQ(wounded, (std::vector<std::string>{"12"}));
}

TEST_F(EventsTest, brokerInACompoundAndMainTalksFromDelegations) {
  const auto g = run(
      "Negotiations in Doha resumed on Monday. Delegations from Kinshasa and Kigali attended. "
      "A Qatar-brokered truce was announced in Doha.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  const auto parts = objects(g, talks.front(), Prop::participant);
  EXPECT_TRUE(has(parts, "Democratic Republic of the Congo") || has(parts, "Congo, The Democratic Republic of the"));
  EXPECT_TRUE(has(parts, "Rwanda"));
  const auto truce = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truce.size(), 1u);
  EXPECT_EQ(objects(g, truce.front(), Prop::mediator), (std::vector<std::string>{"Qatar"}));
}

TEST_F(EventsTest, attacksReportedByTheirVerbs) {
  const auto g = run(
      "The Kuvaro Liberation Front (KLF) shelled the town of Bordi on Sunday, killing 12 civilians. "
      "Nyala was bombed by the Sudanese army on Monday. Militants attacked a military base in Somalia on Wednesday.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  const auto shelling = clashes.front();
  EXPECT_EQ(g.nodes[shelling].label, "shelling in Bordi");
  EXPECT_EQ(objects(g, shelling, Prop::location), (std::vector<std::string>{"Bordi"}));
  EXPECT_EQ(objects(g, shelling, Prop::participant), (std::vector<std::string>{"Kuvaro Liberation Front"}));
  EXPECT_EQ(objects(g, shelling, Prop::date), (std::vector<std::string>{"2025-03-09"}));
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_EQ(attacks.size(), 2u);
  ASSERT_TRUE(attacks.contains("bombing in Nyala"));
  EXPECT_EQ(objects(g, attacks["bombing in Nyala"], Prop::participant), (std::vector<std::string>{"Sudan"}));
  EXPECT_EQ(objects(g, attacks["bombing in Nyala"], Prop::date), (std::vector<std::string>{"2025-03-10"}));
  ASSERT_TRUE(attacks.contains("attack in Somalia"));
  EXPECT_EQ(objects(g, attacks["attack in Somalia"], Prop::date), (std::vector<std::string>{"2025-03-12"}));
}

TEST_F(EventsTest, attacksWithWordsAreNoAttacks) {
  const auto g = run(
      "The senator attacked the plan in Geneva on Monday. Iran attacked the U.S. proposal in Geneva on Tuesday. "
      "Kenya struck a conciliatory tone in Nairobi on Monday. Chad struck a deal with Niger in Niamey.");
  EXPECT_TRUE(nodesOf(g, Class::Attack).empty());
  EXPECT_TRUE(nodesOf(g, Class::ArmedClash).empty());
}

TEST_F(EventsTest, capturedPlaceAndThePlaceOfAReportAreTold) {
  const auto g = run(
      "Rebels seized the eastern Congolese city of Goma on Monday after days of heavy fighting. "
      "At least 700 people were killed in the fighting, a UN spokesman told reporters in New York on Tuesday.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_TRUE(attacks.contains("capture of Goma"));
  EXPECT_EQ(objects(g, attacks["capture of Goma"], Prop::date), (std::vector<std::string>{"2025-03-10"}));
  for (const auto n : nodesOf(g, Class::ArmedClash))
    EXPECT_FALSE(has(objects(g, n, Prop::location), "New York")) << "where it was told, not where it was fought";
}

TEST_F(EventsTest, attackNounsTakeTheirSideTargetAndLauncher) {
  const auto g = run(
      "A Russian drone attack on Kharkiv injured 12 people on Sunday. "
      "Ukrainian forces launched a massive drone and missile attack on Russia's Belgorod region on Wednesday. "
      "The strikes prompted Chadian airstrikes.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_TRUE(attacks.contains("drone attack on Kharkiv"));
  EXPECT_EQ(objects(g, attacks["drone attack on Kharkiv"], Prop::participant), (std::vector<std::string>{"Russia"}));
  EXPECT_EQ(objects(g, attacks["drone attack on Kharkiv"], Prop::date), (std::vector<std::string>{"2025-03-09"}));
  bool launched = false;
  for (const auto& [label, n] : attacks) {
    const auto parties = objects(g, n, Prop::participant);
    if (has(parties, "Ukraine")) {
      launched = true;
      EXPECT_TRUE(has(parties, "Russia")) << label;
      EXPECT_EQ(objects(g, n, Prop::date), (std::vector<std::string>{"2025-03-12"}));
    }
    // A nationality alone anchors no attack: "prompted Chadian airstrikes".
    EXPECT_FALSE(has(parties, "Chad")) << label;
  }
  EXPECT_TRUE(launched);
}

TEST_F(EventsTest, talksInAPlaceBetweenTwoParties) {
  const auto g = run("Turkey offered to host new talks in Istanbul between Russia and Ukraine next month.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::participant), (std::vector<std::string>{"Russia", "Ukraine"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::location), (std::vector<std::string>{"Istanbul"}));
}

TEST_F(EventsTest, claimedAttacksAndStrikesInResponseStayApart) {
  const auto g = run(
      "Kavuni rebels claimed responsibility on Thursday for a missile attack on a commercial ship in the Red Sea. "
      "The United States and Britain have carried out strikes on Kavuni targets in response.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_EQ(attacks.size(), 2u);
  ASSERT_TRUE(attacks.contains("missile attack in the Red Sea"));
  EXPECT_EQ(objects(g, attacks["missile attack in the Red Sea"], Prop::participant), (std::vector<std::string>{"Kavuni"}));
  EXPECT_EQ(objects(g, attacks["missile attack in the Red Sea"], Prop::location), (std::vector<std::string>{"Red Sea"}));
  attacks.erase("missile attack in the Red Sea");
  EXPECT_EQ(objects(g, attacks.begin()->second, Prop::participant),
            (std::vector<std::string>{"Kavuni", "United Kingdom", "United States"}));
}

TEST_F(EventsTest, ambushNearTheTownOfAPlace) {
  const auto g = run("Jihadists killed at least 30 soldiers in an ambush near the town of Boulkessi in central Mali on Tuesday.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(g.nodes[attacks.front()].label, "ambush near Boulkessi");
  EXPECT_EQ(objects(g, attacks.front(), Prop::location), (std::vector<std::string>{"Boulkessi"}));
  EXPECT_EQ(objects(g, attacks.front(), Prop::date), (std::vector<std::string>{"2025-03-11"}));
}

TEST_F(EventsTest, ceasefireDealAgreedByTwoSidesBrokeredByThree) {
  const auto g = run(
      "Israel and Kavuni agreed on Wednesday to a ceasefire deal brokered by Qatar, Egypt and the United States, "
      "Qatari Prime Minister Sheikh Tamim Hamad announced. Kavuni-led militants attacked southern Israel in 2023.");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_TRUE(nodesOf(g, Class::Ceasefire).empty()) << "the ceasefire is the deal's modifier";
  EXPECT_EQ(objects(g, deals.front(), Prop::participant), (std::vector<std::string>{"Israel", "Kavuni"}));
  EXPECT_EQ(objects(g, deals.front(), Prop::mediator), (std::vector<std::string>{"Egypt", "Qatar", "United States"}))
      << "the list ends at the item after 'and'";
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks.front(), Prop::participant), (std::vector<std::string>{"Israel", "Kavuni"}));
}

TEST_F(EventsTest, attackersThroughPronounsAndRelativeClauses) {
  const auto g = run(
      "The Varanu Army said on Sunday it had captured the town of Paletwa after weeks of fighting. "
      "The group is part of the Kovar Alliance, which launched an offensive in northern Shan state in October. "
      "China brokered a ceasefire between the two sides.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_TRUE(attacks.contains("capture of Paletwa"));
  EXPECT_EQ(objects(g, attacks["capture of Paletwa"], Prop::participant), (std::vector<std::string>{"Varanu Army"}));
  ASSERT_TRUE(attacks.contains("offensive in Shan"));
  EXPECT_EQ(objects(g, attacks["offensive in Shan"], Prop::participant), (std::vector<std::string>{"Kovar Alliance"}));
  const auto truces = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(g, truces.front(), Prop::mediator), (std::vector<std::string>{"China"}));
}

TEST_F(EventsTest, anUnnamedCampAttackedKeepsItsPlaceAndDay) {
  const auto g = run("At least 45 people were killed when Kavuni fighters attacked the Doruma camp near Kadugli on Tuesday.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks.front(), Prop::participant), (std::vector<std::string>{"Kavuni"}));
  EXPECT_EQ(objects(g, attacks.front(), Prop::date), (std::vector<std::string>{"2025-03-11"}));
  EXPECT_FALSE(objects(g, attacks.front(), Prop::location).empty());
}

TEST_F(EventsTest, leadersWhoInitialedADealAndOneWhoSuspendedTalksAreParties) {
  const auto g = run(
      "Kenyan Prime Minister Tamir Oduya and Ugandan President Ali Dasse initialed a peace agreement on Friday. "
      "Ugandan President Ali Dasse on Monday suspended peace talks with the Dorvath Liberation Front.");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals.front(), Prop::participant), (std::vector<std::string>{"Ali Dasse", "Tamir Oduya"}));
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::participant), (std::vector<std::string>{"Ali Dasse", "Dorvath Liberation Front"}));
}

TEST_F(EventsTest, datelineDashAdjectivesMetForTalksAndSuburbs) {
  const auto g = run(
      "KHARTOUM, May 10 (Reuters) - Chad and Niger agreed on Saturday to a full and immediate ceasefire. "
      "Representatives of the Malian government and the Kovar Liberation Front met in Dakar on Monday for talks "
      "mediated by the African Union. A Chadian air strike on the southern suburbs of Niamey killed a commander.");
  const auto truces = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(g, truces.front(), Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::participant), (std::vector<std::string>{"Kovar Liberation Front", "Mali"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::location), (std::vector<std::string>{"Dakar"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::date), (std::vector<std::string>{"2025-03-10"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::mediator), (std::vector<std::string>{"African Union"}));
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks.front(), Prop::location), (std::vector<std::string>{"Niamey"}));
}

TEST_F(EventsTest, touristsKilledAreCounted) {
  const auto g = run("Gunmen killed 26 tourists near the lake in Kadugli on Tuesday.");
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts.front(), Prop::victims), (std::vector<std::string>{"tourists"}));
  EXPECT_EQ(objects(g, counts.front(), Prop::killed), (std::vector<std::string>{"26"}));
}

TEST_F(EventsTest, weaponsBeforeTheVerbTanksAsTargetsAndAdjectivesBeforeThePlaceNoun) {
  const auto g = run(
      "Russian missiles struck the city of Dnipro on Thursday, killing 12 people. Chad struck Nigerien army tanks "
      "near Agadez on Monday. Clashes in the southern city of Kadugli went on for a week.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location).front()] = n;
  ASSERT_TRUE(attacks.contains("Dnipro"));
  EXPECT_EQ(objects(g, attacks["Dnipro"], Prop::participant), (std::vector<std::string>{"Russia"}));
  ASSERT_TRUE(attacks.contains("Agadez"));
  EXPECT_EQ(objects(g, attacks["Agadez"], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes.front(), Prop::location), (std::vector<std::string>{"Kadugli"}));
}

TEST_F(EventsTest, aPlaceNounAfterANounModifierNamesTheTalksPlace) {
  // "hill" and "lakeside" modify the place noun whether the tagger calls them nouns or adjectives.
  for (const std::string modifier : {"hill", "lakeside", "mountain"}) {
    const auto g = run("Ali Dasse hosted Tamir Oduya in the " + modifier +
                       " resort of Nakuru on Monday for talks on grazing rights.");
    const auto talks = nodesOf(g, Class::Negotiation);
    ASSERT_EQ(talks.size(), 1u) << modifier;
    EXPECT_EQ(objects(g, talks.front(), Prop::location), (std::vector<std::string>{"Nakuru"})) << modifier;
    EXPECT_EQ(objects(g, talks.front(), Prop::date), (std::vector<std::string>{"2025-03-10"})) << modifier;
  }
}

TEST_F(EventsTest, aMediatorOfSomethingElseIsNotTheTalksMediator) {
  const auto g = run(
      "Chad and Niger exchanged 90 prisoners on Friday in a swap mediated by Qatar. President Ali Dasse thanked "
      "Qatar for its mediation. Chad said it was ready for a new round of talks in Dakar.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_TRUE(objects(g, talks.front(), Prop::mediator).empty());
}

TEST_F(EventsTest, powerSeizedAHostForTalksAndADealThatTookEffect) {
  const auto g = run(
      "LIBREVILLE, Aug 30 (Reuters) - Army officers in Gabon seized power on Wednesday. The prime minister took "
      "power after the vote. Kenyan President Ali Dasse hosted Ugandan President Tamir Oduya in the lakeside "
      "resort of Kisumu on Monday for talks on trade. It was the third exchange under a ceasefire deal that took "
      "effect on Jan. 19.");
  const auto takeovers = nodesOf(g, Class::Takeover);
  ASSERT_EQ(takeovers.size(), 1u) << "an elected leader's 'took power' is no takeover";
  EXPECT_EQ(objects(g, takeovers.front(), Prop::location), (std::vector<std::string>{"Gabon"}));
  EXPECT_EQ(objects(g, takeovers.front(), Prop::date), (std::vector<std::string>{"2025-03-12"}));
  EXPECT_TRUE(objects(g, takeovers.front(), Prop::participant).empty()) << "'Army' alone is a common noun";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks.front(), Prop::participant), (std::vector<std::string>{"Ali Dasse", "Tamir Oduya"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::location), (std::vector<std::string>{"Kisumu"}));
  EXPECT_EQ(objects(g, talks.front(), Prop::date), (std::vector<std::string>{"2025-03-10"}));
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals.front(), Prop::startDate), (std::vector<std::string>{"2025-01-19"}));
}

TEST_F(EventsTest, deathTollsWoundedBeforeAPrepositionGroupAttacksAndWars) {
  const auto g = run(
      "The death toll from the strike has risen to at least 165, officials said. A drone strike killed at least 40 "
      "civilians and injured more than 70 on Saturday in Kadugli. The army repelled a KLF attack on the town of "
      "Dilling. The leaders discussed the war in Sudan. He denied war crimes.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) labels.insert(g.nodes[n].label);
  EXPECT_TRUE(labels.contains("165 killed"));
  EXPECT_TRUE(labels.contains("40 killed, 70 wounded"));
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_TRUE(attacks.contains("attack on Dilling")) << "the place noun is left out of the label";
  EXPECT_EQ(objects(g, attacks["attack on Dilling"], Prop::participant), (std::vector<std::string>{"KLF"}));
  const auto wars = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(wars.size(), 1u) << "war crimes are no war";
  EXPECT_EQ(g.nodes[wars.front()].label, "war in Sudan");
}

TEST_F(EventsTest, nextAndLastWeekdaysDateEventsAndNamedWarsStayNames) {
  const auto g = run(
      "A second round is scheduled for next Saturday in Rome. Talks were held in Geneva last Friday. "
      "Veterans of the Gulf War met in Dallas.");
  std::map<std::string, std::uint32_t> talks;
  for (const auto n : nodesOf(g, Class::Negotiation)) talks[g.nodes[n].label] = n;
  ASSERT_TRUE(talks.contains("Rome talks"));
  EXPECT_EQ(objects(g, talks["Rome talks"], Prop::date), (std::vector<std::string>{"2025-03-15"}));
  ASSERT_TRUE(talks.contains("Geneva talks"));
  EXPECT_EQ(objects(g, talks["Geneva talks"], Prop::date), (std::vector<std::string>{"2025-03-07"}));
  for (const auto n : nodesOf(g, Class::ArmedClash))
    EXPECT_TRUE(objects(g, n, Prop::location).empty()) << "the meeting's place is not the Gulf War's";
}


TEST_F(EventsTest, placesInsideACountryObjectsOfStrikesAndVictimsOfOne) {
  const auto g = run(
      "Gunmen killed 20 people in an attack on a village in Chad's eastern Ouaddai province. An airstrike hit a "
      "market in Kadugli on Monday, killing 12 civilians. One crew member was killed in the attack, the army said. "
      "Troops killed 15 bandits in a raid. The strike killed six nuclear scientists. Two crew members were wounded.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_TRUE(attacks.contains("attack in Ouaddai")) << "the province inside the country, not the country";
  ASSERT_TRUE(attacks.contains("airstrike in Kadugli")) << "the place of the market the strike hit";
  EXPECT_EQ(objects(g, attacks["airstrike in Kadugli"], Prop::date), (std::vector<std::string>{"2025-03-10"}));
  std::map<std::string, std::string> victims;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) {
    const auto v = objects(g, n, Prop::victims);
    victims[g.nodes[n].label] = v.empty() ? "" : v.front();
  }
  EXPECT_EQ(victims["20 killed"], "people");
  EXPECT_EQ(victims["12 killed"], "civilians");
  EXPECT_EQ(victims["1 killed"], "crew member") << "a count of one, a noun before the victim noun";
  EXPECT_EQ(victims["15 killed"], "bandits");
  EXPECT_EQ(victims["6 killed"], "scientists") << "an adjective before the victim noun";
  EXPECT_EQ(victims["2 wounded"], "crew members");
}


TEST_F(EventsTest, hostsMediateDeclarationsAreSignedAndAttendeesJoinTheTalks) {
  const auto g = run(
      "Kenyan President Ali Dasse hosted talks between Chadian Foreign Minister Omar Tahir and Sudanese Foreign "
      "Minister Musa Idris in Nairobi on Monday. Officials from Egypt and Ethiopia also attended the talks. Chad and "
      "Sudan have agreed to an \"immediate and unconditional\" ceasefire. Niger and the Tunisia-backed KLF signed a "
      "declaration of principles in Doha on Friday. Russia issued a declaration of war.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u) << "those who attended the talks joined them; no talks of their own";
  EXPECT_EQ(objects(g, talks[0], Prop::mediator), (std::vector<std::string>{"Ali Dasse"}));
  EXPECT_EQ(objects(g, talks[0], Prop::location), (std::vector<std::string>{"Nairobi"}))
      << "the place after a long list of parties";
  EXPECT_EQ(objects(g, talks[0], Prop::participant),
            (std::vector<std::string>{"Egypt", "Ethiopia", "Musa Idris", "Omar Tahir"}));
  std::map<std::string, std::uint32_t> truces;
  for (const auto n : nodesOf(g, Class::Ceasefire)) truces[g.nodes[n].label] = n;
  ASSERT_TRUE(truces.contains("ceasefire between Chad and Sudan")) << "quoted adjectives before the noun";
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u) << "a declaration of principles is signed; a declaration of war is none";
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"KLF", "Niger"}))
      << "the backer named in 'Tunisia-backed' is no party";
  EXPECT_EQ(objects(g, deals[0], Prop::location), (std::vector<std::string>{"Doha"}));
}


TEST_F(EventsTest, eachCountItsSourceAttackersWhoKilledInAnAttackWarsWithASideAndConferences) {
  const auto g = run(
      "Chad's army said 23 of its soldiers were killed, while KLF spokesman Ali Dasse said nine fighters died. The "
      "KLF killed more than 40 civilians in an attack on the Kariba camp near Abeche. Niger has been at war with "
      "the KLF since 2023. Kenya will host a conference on Chad in Nairobi on Tuesday. He told a news conference "
      "in Niamey on Monday that the war would go on.");
  std::map<std::string, std::vector<std::string>> by;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) by[g.nodes[n].label] = objects(g, n, Prop::reportedBy);
  EXPECT_EQ(by["23 killed"], (std::vector<std::string>{"Chad"})) << "'23 of its soldiers'";
  EXPECT_EQ(by["9 killed"], (std::vector<std::string>{"Ali Dasse"})) << "the count's own source";
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"KLF"}));
  const auto wars = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(wars.size(), 1u) << "'at war with' a named side is a war";
  EXPECT_EQ(objects(g, wars[0], Prop::participant), (std::vector<std::string>{"KLF", "Niger"}));
  const auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u) << "a news conference is no meeting";
  EXPECT_EQ(objects(g, meetings[0], Prop::location), (std::vector<std::string>{"Nairobi"}));
}


TEST_F(EventsTest, aWeaponThatKillsIsAnAttackAndTheUnnamedArmyIsTheDatelinesState) {
  const auto g = run(
      "ABECHE, Chad (Reuters) - A roadside bomb killed two paramilitary rangers and wounded three others near "
      "Abeche on Monday, the army said. Chad blamed the KLF.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "'a roadside bomb killed'";
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Ab\u00E9ch\u00E9"}));
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::killed), (std::vector<std::string>{"2"})) << "rangers are victims";
  EXPECT_EQ(objects(g, counts[0], Prop::wounded), (std::vector<std::string>{"3"}));
  EXPECT_EQ(objects(g, counts[0], Prop::reportedBy), (std::vector<std::string>{"Chad"}))
      << "'the army' of an article datelined in Chad";
  // Without a dateline, nobody says whose army it is.
  const auto plain = run("A roadside bomb killed two rangers near Abeche on Monday, the army said. Chad blamed the KLF.");
  const auto plainCounts = nodesOf(plain, Class::CasualtyCount);
  ASSERT_EQ(plainCounts.size(), 1u);
  EXPECT_TRUE(objects(plain, plainCounts[0], Prop::reportedBy).empty());
  // An army named with its state before: that state's, wherever the dateline is.
  const auto named = run(
      "NAIROBI, Kenya (Reuters) - Chad's army and the KLF met in Nairobi for talks. A day later a bomb killed "
      "four soldiers near Abeche, the army said. Kenya urged calm.");
  std::vector<std::string> sources;
  for (const auto n : nodesOf(named, Class::CasualtyCount)) sources = objects(named, n, Prop::reportedBy);
  EXPECT_EQ(sources, (std::vector<std::string>{"Chad"}));
  // "a device", "the bomb squad": no weapon that harmed.
  const auto none = run("Police defused a bomb near Abeche on Monday. The device was found in a car.");
  EXPECT_TRUE(nodesOf(none, Class::Attack).empty());
}

TEST_F(EventsTest, adjectivesBetweenACountryAndItsRegionKeepTheRegionAsThePlace) {
  const auto g = run(
      "Armed separatists killed at least 20 people in an attack on a village in Chad's French-speaking Ouaddai "
      "province on Monday. Gunmen killed 12 people in an attack on a market in Chad's restive eastern Salamat "
      "province on Tuesday.");
  std::vector<std::vector<std::string>> places;
  for (const auto n : nodesOf(g, Class::Attack)) places.push_back(objects(g, n, Prop::location));
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, (std::vector<std::vector<std::string>>{{"Ouaddai"}, {"Salamat"}}));
}

TEST_F(EventsTest, kidnappingsAreAttacksWhereThePeopleWereTakenFrom) {
  const auto g = run(
      "Gunmen abducted at least 40 people from a village in Chad's Ouaddai province on Tuesday night, police said. "
      "Gunmen kidnapped the journalist Ana Ruiz in Abeche on Friday. More than 137 pupils were kidnapped from a "
      "school in Biltine. Bandits have kidnapped more than 1,400 students since 2014, according to UNICEF.");
  std::map<std::string, std::vector<std::string>> where;
  for (const auto n : nodesOf(g, Class::Attack)) where[g.nodes[n].label] = objects(g, n, Prop::location);
  ASSERT_EQ(where.size(), 3u) << "the tally since 2014 is no event";
  EXPECT_EQ(where["kidnapping in Ouaddai"], (std::vector<std::string>{"Ouaddai"}));
  EXPECT_EQ(where["kidnapping in Biltine"], (std::vector<std::string>{"Biltine"}));
  for (const auto n : nodesOf(g, Class::Attack)) {
    if (g.nodes[n].label == "kidnapping in Ouaddai")
      EXPECT_EQ(objects(g, n, Prop::date), (std::vector<std::string>{"2025-03-11"})) << "Tuesday before 2025-03-14";
    if (objects(g, n, Prop::location) == std::vector<std::string>{"Ab\u00E9ch\u00E9"})
      EXPECT_TRUE(has(objects(g, n, Prop::participant), "Ana Ruiz")) << "a kidnapping takes people";
  }
}

TEST_F(EventsTest, armedOperationsAreAttacksRescueOperationsAreNot) {
  const auto g = run(
      "Security forces killed 16 militants of the banned KLF in an operation in Abeche on Thursday. The army "
      "launched a military operation in Kariba on Monday. A rescue operation in Niamey continued on Monday.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::Attack)) labels.insert(g.nodes[n].label);
  EXPECT_EQ(labels, (std::set<std::string>{"operation in Abeche", "operation in Kariba"}));
}


TEST_F(EventsTest, rocketsFiredAtATargetAndTheStateBehindItsBodies) {
  const auto g = run(
      "The KLF said its fighters fired rockets at Chadian soldiers near the border town of Abeche on Monday. "
      "Niamey launched about 180 ballistic missiles at Chad on Tuesday. Police fired tear gas at protesters. "
      "Chad's military government and the KLF agreed to a ceasefire on Saturday following talks in Kariba.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[g.nodes[n].label] = n;
  ASSERT_EQ(attacks.size(), 2u) << "tear gas is no weapon of war";
  ASSERT_TRUE(attacks.contains("rocket attack near Abeche"));
  EXPECT_EQ(objects(g, attacks["rocket attack near Abeche"], Prop::participant),
            (std::vector<std::string>{"Chad", "KLF"})) << "'its fighters' are the KLF's";
  ASSERT_TRUE(attacks.contains("missile attack between Chad and Niger"));
  EXPECT_EQ(objects(g, attacks["missile attack between Chad and Niger"], Prop::date),
            (std::vector<std::string>{"2025-03-11"}));
  const auto truces = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(g, truces[0], Prop::participant), (std::vector<std::string>{"Chad", "KLF"}))
      << "Chad's military government is Chad";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "KLF"}))
      << "the talks the ceasefire followed were theirs";
}


TEST_F(EventsTest, aSeparateDealIsAnotherOne) {
  const auto g = run(
      "The agreement was brokered by Qatar. Kenya brokered a separate peace deal between Chad and Niger, signed in "
      "Nairobi.");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 2u);
  for (const auto n : deals) {
    if (objects(g, n, Prop::location).empty()) continue;
    EXPECT_EQ(objects(g, n, Prop::mediator), (std::vector<std::string>{"Kenya"})) << "Qatar brokered the other one";
  }
}


TEST_F(EventsTest, unnamedGunmenHostilitiesGuarantorsAndRegionsWithTheirArticle) {
  const auto g = run(
      "Two weeks after gunmen killed 26 tourists in Kariba, Chad struck Niger. At least 66 people were killed in "
      "four days of hostilities. The government and the KLF held talks in Nairobi in 2023, with Kenya, Norway and "
      "Egypt acting as guarantors. Clashes in the Ouaddai region killed at least 80 people.");
  std::map<std::string, std::uint32_t> events;
  for (const auto cls : {Class::Attack, Class::ArmedClash, Class::Negotiation})
    for (const auto n : nodesOf(g, cls)) events[g.nodes[n].label] = n;
  ASSERT_TRUE(events.contains("attack in Kariba")) << "gunmen who killed people at a named place";
  ASSERT_TRUE(events.contains("attack between Chad and Niger")) << "a place before the comma is no attacker";
  ASSERT_TRUE(events.contains("hostilities"));
  ASSERT_TRUE(events.contains("clashes in Ouaddai")) << "'the' goes with 'region'";
  ASSERT_TRUE(events.contains("Nairobi talks"));
  EXPECT_EQ(objects(g, events["Nairobi talks"], Prop::mediator), (std::vector<std::string>{"Egypt", "Kenya", "Norway"}));
  std::map<std::string, std::vector<std::string>> of;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) of[g.nodes[n].label] = objects(g, n, Prop::ofEvent);
  EXPECT_EQ(of["26 killed"], (std::vector<std::string>{"attack in Kariba"}));
  EXPECT_EQ(of["66 killed"], (std::vector<std::string>{"hostilities"}));
}


TEST_F(EventsTest, countsWithAnInsertedFigureAndNumbersInWords) {
  const auto g = run(
      "At least nine people, including three soldiers, were killed on Monday. Twenty-seven people were wounded. "
      "Members of the Zotik Baz gang killed at least 70 people, including a mother and her child, in an attack on the "
      "town of Abeche.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) labels.insert(g.nodes[n].label);
  EXPECT_EQ(labels, (std::set<std::string>{"9 killed", "27 wounded", "70 killed"}))
      << "the three soldiers are among the nine, not a count of their own";
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Zotik Baz"}));
}


TEST_F(EventsTest, yesterdayAndATimeBetweenTheVerbAndThePlace) {
  const auto g = run(
      "Clashes erupted in Abeche yesterday. The truce was signed earlier this month in Nairobi. He said yesterday "
      "that talks in Niamey had failed.");
  std::map<std::string, std::uint32_t> events;
  for (const auto cls : {Class::ArmedClash, Class::Ceasefire, Class::Negotiation})
    for (const auto n : nodesOf(g, cls)) events[g.nodes[n].label] = n;
  ASSERT_TRUE(events.contains("clashes in Abeche"));
  EXPECT_EQ(objects(g, events["clashes in Abeche"], Prop::startDate), (std::vector<std::string>{"2025-03-13"}))
      << "erupted: the day they began";
  ASSERT_TRUE(events.contains("truce in Nairobi")) << "'earlier this month' is no noun phrase of its own";
  ASSERT_TRUE(events.contains("Niamey talks"));
  EXPECT_TRUE(objects(g, events["Niamey talks"], Prop::date).empty()) << "the day he said it";
}


TEST_F(EventsTest, aCeasefireAskedForIsNoCeasefire) {
  const auto g = run(
      "The European Union called for an immediate ceasefire in Abeche. Egypt proposed a truce in Kariba on Monday. "
      "A ceasefire took effect in Niamey on Monday.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::Ceasefire)) labels.insert(g.nodes[n].label);
  EXPECT_EQ(labels, (std::set<std::string>{"ceasefire in Niamey"}));
}


TEST_F(EventsTest, aDescriptionBeforeAPartysName) {
  const auto g = run(
      "The European Union and the South American bloc Mercosur concluded negotiations on a trade agreement in "
      "Montevideo on Friday.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"European Union", "Mercosur"}));
}


TEST_F(EventsTest, delegationsOfAStatesDescribedGovernment) {
  const auto g = run(
      "Delegations from Chad's internationally recognised government and the KLF opened a new round of talks in "
      "Niamey on Tuesday.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "KLF"}));
}


TEST_F(EventsTest, aNamedDeclarationHelpingToBrokerAndFightingNearAFrontLine) {
  const auto g = run(
      "Chadian President Ali Dasse and Somali President Tamir Oduya signed the \"Niamey Declaration\" on Monday. "
      "A truce took effect in Abeche on Tuesday. Egypt said it had helped to broker the truce. Fighting near the "
      "front line in Kariba killed 12 fighters on Sunday. Ali Dasse and Omar Salim, the commander of the "
      "Kurdish-led Zotik Democratic Forces (ZDF), signed an agreement in Niamey on Friday.");
  std::map<std::string, std::uint32_t> byLabel;
  for (const auto cls : {Class::Agreement, Class::Ceasefire, Class::ArmedClash})
    for (const auto n : nodesOf(g, cls)) byLabel[g.nodes[n].label] = n;
  ASSERT_TRUE(byLabel.contains("Niamey Declaration")) << "a declaration named as an agreement";
  EXPECT_EQ(objects(g, byLabel["Niamey Declaration"], Prop::participant),
            (std::vector<std::string>{"Ali Dasse", "Tamir Oduya"}));
  ASSERT_TRUE(byLabel.contains("truce in Abeche"));
  EXPECT_EQ(objects(g, byLabel["truce in Abeche"], Prop::mediator), std::vector<std::string>{"Egypt"});
  ASSERT_TRUE(byLabel.contains("fighting in Kariba")) << "a place phrase of the fighting's own in between";
  bool signedDeal = false;
  for (const auto n : nodesOf(g, Class::Agreement))
    signedDeal |= objects(g, n, Prop::participant) == std::vector<std::string>{"Ali Dasse", "Omar Salim"};
  EXPECT_TRUE(signedDeal) << "the -led modifier inside the list of signers";
  EXPECT_EQ(objects(g, byLabel["Niamey Declaration"], Prop::participant).size(), 2u);
}


TEST_F(EventsTest, hostsMediatorsAndHelpersAndTheDealSignedAgain) {
  const auto g = run(
      "Chad and Niger agreed to a ceasefire in Kariba on Monday. Kenyan President Ali Dasse, who hosted the talks in "
      "Nairobi, urged both sides to respect the deal. Talks in Niamey on a truce remain stuck. Egypt and Norway have "
      "been mediating between Sudan and Libya for months. Mali and Benin signed a peace agreement in Abeche on "
      "Friday. Malian Foreign Minister Tamir Oduya and his Beninese counterpart Omar Salim signed the deal in the "
      "presence of the envoy. The agreement was negotiated with help from Qatar. At least 35 people, most of them "
      "civilians, have been killed in clashes in Abeche.");
  std::map<std::string, std::uint32_t> events;
  for (const auto cls : {Class::Negotiation, Class::Agreement, Class::ArmedClash})
    for (const auto n : nodesOf(g, cls)) events[g.nodes[n].label] = n;
  ASSERT_TRUE(events.contains("Nairobi talks"));
  EXPECT_EQ(objects(g, events["Nairobi talks"], Prop::mediator), std::vector<std::string>{"Ali Dasse"})
      << "', who hosted the talks'";
  ASSERT_TRUE(events.contains("Niamey talks"));
  EXPECT_EQ(objects(g, events["Niamey talks"], Prop::mediator), (std::vector<std::string>{"Egypt", "Norway"}));
  EXPECT_EQ(objects(g, events["Niamey talks"], Prop::participant), (std::vector<std::string>{"Libya", "Sudan"}));
  EXPECT_EQ(nodesOf(g, Class::Agreement).size(), 1u) << "'signed the deal' is the agreement named before";
  ASSERT_TRUE(events.contains("peace agreement in Abeche"));
  EXPECT_EQ(objects(g, events["peace agreement in Abeche"], Prop::mediator), std::vector<std::string>{"Qatar"});
  std::set<std::string> counts;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) counts.insert(g.nodes[n].label);
  EXPECT_EQ(counts, std::set<std::string>{"35 killed"}) << "', most of them civilians,' inside the count";
}


TEST_F(EventsTest, aPlanAgreedToAndAHostInAParticiple) {
  const auto g = run(
      "Chad and the KLF agreed to the first phase of a plan for Abeche in Niamey on Thursday. Egypt, after hosting "
      "talks between Sudan and Libya in Cairo, said a deal was close. He said the army had a plan to rebuild.");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u) << "a plan only agreed to is an agreement";
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Chad", "KLF"}));
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::mediator), std::vector<std::string>{"Egypt"});
}


TEST_F(EventsTest, aBuildingRecapturedInACityAndDelegationsMeetingForARound) {
  const auto g = run(
      "The army recaptured the presidential palace in Abeche on Friday. Chadian and Nigerien delegations met in "
      "Niamey for a second round of direct peace talks.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(g.nodes[attacks[0]].label, "capture of Abeche");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  EXPECT_TRUE(nodesOf(g, Class::Meeting).empty()) << "the meeting is the round of talks";
}


TEST_F(EventsTest, controlSeizedOrTakenOfAPlace) {
  const auto g = run(
      "The KLF seized control of Abeche on Monday. Rebels took control of the town of Kariba on Tuesday. The ZLA "
      "seized the capital Niamey on Friday. The KLF took control of the talks.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::Attack)) labels.insert(g.nodes[n].label);
  EXPECT_EQ(labels, (std::set<std::string>{"capture of Abeche", "capture of Kariba", "capture of Niamey"}));
}


TEST_F(EventsTest, theTextOfATreatyInitialed) {
  const auto g = run("Chadian President Ali Dasse and Nigerien Prime Minister Tamir Oduya initialed the text of a peace "
                     "treaty in Niamey on Friday.");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Ali Dasse", "Tamir Oduya"}));
}


TEST_F(EventsTest, leadersWhoLaterMetOrMetSeparatelyWithAThird) {
  // An adverb between the subject and "met"; "met separately with" is a meeting of each with the third.
  auto g = run("Chadian President Ali Dasse and Nigerien President Tamir Oduya later met in Niamey on Friday.");
  auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(objects(g, meetings[0], Prop::participant), (std::vector<std::string>{"Ali Dasse", "Tamir Oduya"}));
  g = run("Ali Dasse and Tamir Oduya met separately with Joseph Kamau in Niamey on Friday, but refused to meet each "
          "other.");
  meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 2u);
  std::set<std::vector<std::string>> parties;
  std::set<std::string> labels;
  for (const auto m : meetings) {
    parties.insert(objects(g, m, Prop::participant));
    labels.insert(g.nodes[m].label);
    EXPECT_EQ(objects(g, m, Prop::location), std::vector<std::string>{"Niamey"});
  }
  EXPECT_EQ(parties, (std::set<std::vector<std::string>>{{"Ali Dasse", "Joseph Kamau"}, {"Joseph Kamau", "Tamir Oduya"}}));
  EXPECT_EQ(labels.size(), 2u) << "two events, two labels";
}


TEST_F(EventsTest, attacksThreatenedAreNoAttacks) {
  auto g = run("The ZLA threatened to resume attacks on Chadian ships. Rebels threatened to launch attacks on Abeche.");
  EXPECT_TRUE(nodesOf(g, Class::Attack).empty());
}


TEST_F(EventsTest, mediatorsWhoHadHostedDelegationsTalksAboutATruceAndDaysOfAttacks) {
  auto g = run("Egyptian and Qatari mediators had hosted delegations from Chad and the Zotik Liberation Army in Cairo.");
  auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(objects(g, meetings[0], Prop::participant), (std::vector<std::string>{"Chad", "Zotik Liberation Army"}));
  EXPECT_EQ(objects(g, meetings[0], Prop::mediator), (std::vector<std::string>{"Egypt", "Qatar"}));
  g = run("Negotiations on a ceasefire and hostage release stalled in Cairo on Monday.");
  EXPECT_TRUE(nodesOf(g, Class::Ceasefire).empty()) << "what the talks are about";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::location), std::vector<std::string>{"Cairo"});
  g = run("The ZLA killed more than 200 people in three days of attacks on villages in Abeche.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"ZLA"});
}


TEST_F(EventsTest, theDealNamingTheCeasefireAgainAndADeathTollSinceADay) {
  auto g = run(
      "A ceasefire between Chad and the ZLA took effect on Wednesday. The deal, brokered by Qatar and Egypt, "
      "requires the ZLA to withdraw.");
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty()) << "the deal is the ceasefire";
  auto truce = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truce.size(), 1u);
  EXPECT_EQ(objects(g, truce[0], Prop::mediator), (std::vector<std::string>{"Egypt", "Qatar"}));
  g = run("Chad and Niger agreed to a ceasefire in Niamey on Friday, in a deal brokered by Qatar.");
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty()) << "'in a deal' names the ceasefire again";
  truce = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truce.size(), 1u);
  EXPECT_EQ(objects(g, truce[0], Prop::mediator), std::vector<std::string>{"Qatar"});
  g = run("The ministry said the death toll since October 7 had risen to 35,984.");
  std::vector<std::string> killed;
  for (auto c : nodesOf(g, Class::CasualtyCount))
    for (const auto& k : objects(g, c, Prop::killed)) killed.push_back(k);
  EXPECT_EQ(killed, std::vector<std::string>{"35984"});
}


TEST_F(EventsTest, aMediatorNamedLateTakenControlAndTheCapitalByName) {
  auto g = run("Chad and Niger agreed on Saturday to a ceasefire after talks, Ali Dasse said, adding that Egypt had "
               "mediated the talks overnight.");
  auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::mediator), std::vector<std::string>{"Egypt"});
  g = run("The Zotik Liberation Army said its forces had taken control of the town of Abeche.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(g.nodes[attacks[0]].label, "capture of Abeche");
  g = run("Heavy clashes broke out in the Chadian capital N'Djamena overnight.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::location), std::vector<std::string>{"N'Djamena"});
}


TEST_F(EventsTest, anAttackClaimedFightingBrokeOutAndACapitalOfARegion) {
  auto g = run("The ZLA claimed the attack on the town of Abeche on Sunday.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"ZLA"});
  g = run("Heavy clashes broke out in Ouaddai's capital Abeche on Monday.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::location), std::vector<std::string>{"Abeche"});
  EXPECT_FALSE(objects(g, clashes[0], Prop::startDate).empty()) << "'broke out' starts it";
  EXPECT_TRUE(objects(g, clashes[0], Prop::endDate).empty());
}


TEST_F(EventsTest, talksNamedAsATimeProposedMeetingsAndDescribedParties) {
  // "Hours after the talks, ...": the place of the clause after the comma is not the talks'.
  auto g = run("Armenian and Azerbaijani delegations met in Geneva on Friday for their first direct peace talks since 2022. "
               "Hours after the talks, a drone struck a bus in the Korval region, killing nine people.");
  auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u) << "'met ... for their first direct peace talks' is one event";
  EXPECT_EQ(objects(g, talks[0], Prop::location), std::vector<std::string>{"Geneva"});
  EXPECT_TRUE(nodesOf(g, Class::Meeting).empty());
  // A meeting proposed is not one held: it does not join the meeting of the article.
  g = run("The meeting at the Tarsel Palace lasted two hours. He said Varan had proposed a meeting between "
          "President Karel Vostan and President Tamir Oduya.");
  const auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_TRUE(objects(g, meetings[0], Prop::participant).empty());
  // "the paramilitary Rapid Support Forces": a description before a party's name.
  g = run("Representatives of Sudan's army and the paramilitary Zotik Support Forces (ZSF) resumed talks in Jeddah "
          "on Sunday.");
  talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Sudan", "Zotik Support Forces"}));
}


TEST_F(EventsTest, aClaimInALaterSentenceAndADroneThatStruckABus) {
  auto g = run("Gunmen killed 40 villagers in an attack on the town of Abeche on Saturday. The Zotik Liberation Army "
               "(ZLA) claimed responsibility on Sunday.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Zotik Liberation Army"});
  // Responsibility claimed for something else is not a claim of the attack.
  g = run("Gunmen killed 40 villagers in an attack on the town of Abeche on Saturday. The Zotik Liberation Army "
          "claimed responsibility for the kidnapping of two aid workers.");
  attacks = nodesOf(g, Class::Attack);
  // (The kidnapping is an attack of its own.)
  const auto abeche = std::find_if(attacks.begin(), attacks.end(), [&](std::uint32_t n) {
    return objects(g, n, Prop::location) == std::vector<std::string>{"Abeche"};
  });
  ASSERT_NE(abeche, attacks.end());
  EXPECT_TRUE(objects(g, *abeche, Prop::participant).empty());
  g = run("A Russian drone struck a bus in the Sumy region on Friday, killing nine people.");
  attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Russia"});
  EXPECT_EQ(objects(g, attacks[0], Prop::location), std::vector<std::string>{"Sumy"});
}


TEST_F(EventsTest, twoPartiesAgreedToDoSomethingIsTheirAgreement) {
  auto g = run("Armenia and Azerbaijan agreed in Geneva on Friday to restore diplomatic ties.");
  auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Armenia", "Azerbaijan"}));
  EXPECT_EQ(objects(g, deals[0], Prop::location), std::vector<std::string>{"Geneva"});
  // "agreed to a ceasefire" is that ceasefire, and one party agreeing is no agreement of two.
  g = run("Armenia and Azerbaijan agreed on Friday to a ceasefire.");
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty());
  EXPECT_EQ(nodesOf(g, Class::Ceasefire).size(), 1u);
  g = run("Armenia agreed on Friday to attend the summit.");
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty());
}


TEST_F(EventsTest, victimsFromSeveralCountriesAndShotDead) {
  auto g = run("Thirteen peacekeepers from South Africa, Malawi and Uruguay have been killed in the fighting, the UN said.");
  auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::killed), std::vector<std::string>{"13"});
  EXPECT_TRUE(objects(g, counts[0], Prop::side).empty()) << "three countries: no one side";
  g = run("Four soldiers from Kenya were killed in the attack.");
  counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::side), std::vector<std::string>{"Kenya"});
  g = run("Zotik troops shot dead three Chadian soldiers near the village of Abeche.");
  counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::killed), std::vector<std::string>{"3"});
  EXPECT_EQ(objects(g, counts[0], Prop::side), std::vector<std::string>{"Chad"});
}


TEST_F(EventsTest, aStrikeThatKillsIsAnAttackAWalkoutIsNot) {
  auto g = run("A Peruvian strike killed two people in Tacna on Wednesday.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Peru"});
  EXPECT_EQ(objects(g, attacks[0], Prop::location), std::vector<std::string>{"Tacna"});
  g = run("Bolivia said the strike near the city of Tacna on Wednesday killed Anton Ferrell.");
  attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), std::vector<std::string>{"Tacna"});
  // "killed ... in a strike", and a side's strike in a place.
  g = run("Chile killed a senior commander in a strike in southern Peru on Monday.");
  EXPECT_EQ(nodesOf(g, Class::Attack).size(), 1u);
  g = run("Bolivia fired rockets in retaliation for an Ecuadorian strike in Tacna.");
  EXPECT_EQ(nodesOf(g, Class::Attack).size(), 1u);
  g = run("Teachers went on strike in Tacna on Monday. The strike by dock workers hit exports.");
  EXPECT_TRUE(nodesOf(g, Class::Attack).empty());
}

TEST_F(EventsTest, weaponsListedTogetherAndATargetNamedWithItsDirection) {
  const auto g = run("The Zotik Liberation Front launched more than 200 rockets and drones at northern Chile on Thursday.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(g.nodes[attacks[0]].label.rfind("rocket attack", 0), 0u) << g.nodes[attacks[0]].label;
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Chile", "Zotik Liberation Front"}));
}

TEST_F(EventsTest, aMeetingWithAPersonNamedAfterTheirTitleAndAComma) {
  const auto g = run("Bolivia met Peru's military leader, Gen. Anton Ferrell, in Lima on Saturday.");
  const auto meetings = nodesOf(g, Class::Meeting);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(objects(g, meetings[0], Prop::participant), (std::vector<std::string>{"Anton Ferrell", "Bolivia"}));
  EXPECT_EQ(objects(g, meetings[0], Prop::location), std::vector<std::string>{"Lima"});
}


TEST_F(EventsTest, victimsNoListNamesToldByThePassiveAfterThem) {
  auto g = run("The ombudsman said at least 52 social leaders had been killed in Peru since January.");
  auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::killed), std::vector<std::string>{"52"});
  g = run("At least 40 activists were wounded in Lima.");
  counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::wounded), std::vector<std::string>{"40"});
  g = run("In 52 weeks were killed many hopes. Twelve buildings were destroyed.");
  EXPECT_TRUE(nodesOf(g, Class::CasualtyCount).empty());
}

TEST_F(EventsTest, theOneAttackOfASentenceCountsItsDeadHoweverFarAndNoOneIsNobody) {
  auto g = run(
      "Zorvat militants attacked a military base in the town of Tacna in the southern Arequipa region early on "
      "Tuesday, killing at least eight soldiers, an army officer said. No one else was injured.");
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(g, counts[0], Prop::killed), std::vector<std::string>{"8"});
  EXPECT_EQ(objects(g, counts[0], Prop::ofEvent).size(), 1u) << "the attack, 20 words before the figure";
  EXPECT_TRUE(objects(g, counts[0], Prop::wounded).empty()) << "'no one' is no count of one";
}

TEST_F(EventsTest, aMovementThatSaidItHadAttacked) {
  const auto g = run(
      "Peru's Zorvat movement said on Friday it had attacked the oil tanker Kestrel in the Red Sea, setting it on "
      "fire.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Zorvat"});
}

TEST_F(EventsTest, weaponsThatHitAPlaceAndAStatesArmyThatTookATownFromAGroup) {
  auto g = run("At least 25 people were killed when a Peruvian ballistic missile struck a residential area of Tacna on Friday.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Peru"});
  EXPECT_EQ(objects(g, attacks[0], Prop::location), std::vector<std::string>{"Tacna"});
  g = run("Chilean drones hit an energy facility in Tacna overnight. Floods hit Lima. The economy was hit by sanctions.");
  attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Chile"});
  g = run("Peru's army said on Saturday it had recaptured Tacna, the capital of the region, from the paramilitary "
          "Zorvat Liberation Front (ZLF).");
  attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Peru", "Zorvat Liberation Front"}));
}

TEST_F(EventsTest, anEventPlacedInACountryAndThenInOneOfItsCitiesIsOne) {
  auto g = run(
      "The group vowed revenge for the killing of its commander in a Chilean strike in northern Peru on Tuesday. "
      "The army said the strike near the city of Tacna on Tuesday killed Anton Ferrell.");
  auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), std::vector<std::string>{"Tacna"}) << "the more precise place";
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), std::vector<std::string>{"Chile"});
  // A city of another country is another event.
  g = run("A Chilean strike in northern Peru killed two people on Tuesday. A Chilean strike near La Paz killed three "
          "people on Tuesday.");
  EXPECT_EQ(nodesOf(g, Class::Attack).size(), 2u);
}

TEST_F(EventsTest, placesAfterTheVictimsAndAfterAParticipleBeforeThePlaceNoun) {
  const auto g = run(
      "A drone strike killed four civilians in Central African Republic on Saturday. An airstrike killed two "
      "herders in the disputed region of Kashmir on Monday.");
  std::map<std::string, std::vector<std::string>> where, when;
  for (const auto n : nodesOf(g, Class::Attack)) {
    where[g.nodes[n].label] = objects(g, n, Prop::location);
    when[g.nodes[n].label] = objects(g, n, Prop::date);
  }
  ASSERT_EQ(where.size(), 2u);
  EXPECT_EQ(where["drone strike in Central African Republic"], (std::vector<std::string>{"Central African Republic"}))
      << "a name that starts with a compass word is no direction before a name";
  EXPECT_EQ(when["drone strike in Central African Republic"], (std::vector<std::string>{"2025-03-08"}));
  EXPECT_EQ(where["airstrike in Kashmir"], (std::vector<std::string>{"Kashmir"}));
  EXPECT_EQ(when["airstrike in Kashmir"], (std::vector<std::string>{"2025-03-10"}))
      << "'the disputed region of' does not cut the date off";
}

TEST_F(EventsTest, theStrikeToldAgainNearATownTheGazetteerDoesNotKnow) {
  const auto g = run(
      "The group accused Chad of killing four civilians in a drone strike in Niger. The strike on Saturday hit two "
      "vehicles near the town of Zorbatiko, the agency said.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "'the strike' is the drone strike";
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Zorbatiko"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-08"}));
  const auto strikes = run("A general strike closed shops in Niamey on Monday. The strike ended on Tuesday.");
  EXPECT_TRUE(nodesOf(strikes, Class::Attack).empty()) << "no earlier armed strike: a walkout";
}

TEST_F(EventsTest, partiesOfTalksPastAnAppositionAndTheHostOfTwoOthersMediates) {
  const auto g = run(
      "Chad's government and the Kanem Liberation Front, the country's largest remaining rebel group, resumed "
      "peace talks in Niamey on Thursday.");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "Kanem Liberation Front"}));
  const auto h = run(
      "The African Union's envoy, Amara Diallo, hosted Chad's Prime Minister Ali Mahamat and Niger's President "
      "Ousmane Sani in Addis Ababa on Thursday for a new round of the AU-facilitated dialogue.");
  const auto dialogue = nodesOf(h, Class::Negotiation);
  ASSERT_EQ(dialogue.size(), 1u);
  EXPECT_EQ(objects(h, dialogue[0], Prop::mediator), (std::vector<std::string>{"Amara Diallo"}));
  EXPECT_EQ(objects(h, dialogue[0], Prop::participant), (std::vector<std::string>{"Ali Mahamat", "Ousmane Sani"}));
  EXPECT_EQ(objects(h, dialogue[0], Prop::location), (std::vector<std::string>{"Addis Ababa"}));
  EXPECT_EQ(objects(h, dialogue[0], Prop::date), (std::vector<std::string>{"2025-03-13"}));
  EXPECT_TRUE(nodesOf(h, Class::Meeting).empty());
}

TEST_F(EventsTest, theDayOfTheKillingIsTheDayOfTheAttackThatKilled) {
  const auto g = run(
      "A drone strike by Chad's army on a market in the Kanem region killed at least 23 people, including four "
      "children and two traders from the town, early on Wednesday, a local group said. A bomb blast that wounded five "
      "soldiers on Tuesday shook the garrison.");
  std::map<std::string, std::vector<std::string>> dates;
  for (const auto n : nodesOf(g, Class::Attack)) dates[g.nodes[n].label] = objects(g, n, Prop::date);
  ASSERT_EQ(dates.size(), 2u);
  for (const auto& [name, days] : dates) {
    if (name.find("strike") != std::string::npos) EXPECT_EQ(days, (std::vector<std::string>{"2025-03-12"})) << name;
    else EXPECT_EQ(days, (std::vector<std::string>{"2025-03-11"})) << name;
  }
}

TEST_F(EventsTest, clashesInTheCapitalOfADemonymAreInTheCapitalTheArticleNames) {
  const auto g = run(
      "NIAMEY, Niger — Heavy clashes broke out in the Nigerien capital on Sunday, leaving six people dead. Fighting "
      "also erupted in the Chadian capital on Monday.");
  std::map<std::string, std::string> where;
  for (const auto n : nodesOf(g, Class::ArmedClash)) {
    const auto days = objects(g, n, Prop::startDate);  // "broke out on Sunday"
    where[days.empty() ? "" : days[0]] = objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location)[0];
  }
  EXPECT_EQ(where["2025-03-09"], "Niamey");
  EXPECT_EQ(where["2025-03-10"], "") << "the article names no Chadian capital";
}

TEST_F(EventsTest, aCeasefireADealProvidesForIsNoEventWithTheDealsPlace) {
  const auto g = run(
      "Chad and the Kanem Front signed an agreement on Monday. The deal, signed in Mongo, provides for a nationwide "
      "ceasefire and for the return of displaced people.");
  EXPECT_TRUE(nodesOf(g, Class::Ceasefire).empty());
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::location), (std::vector<std::string>{"Mongo"}));
  EXPECT_EQ(objects(g, deals[0], Prop::date), (std::vector<std::string>{"2025-03-10"}));
}

TEST_F(EventsTest, aGroupThatOverranAGarrisonInTheTownOfX) {
  const auto g = run(
      "He was questioned over his links to the Zaghawa Front, a militia that overran an army garrison in the town "
      "of Biltine on Monday. The Kanem Front, an armed group that attacked a police post in Mongo on Tuesday, "
      "denied it.");
  std::map<std::string, std::vector<std::string>> parties;
  for (const auto n : nodesOf(g, Class::Attack))
    parties[objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location)[0]] = objects(g, n, Prop::participant);
  EXPECT_EQ(parties["Biltine"], (std::vector<std::string>{"Zaghawa Front"}));
  EXPECT_EQ(parties["Mongo"], (std::vector<std::string>{"Kanem Front"}));
}

TEST_F(EventsTest, anAttackOnTheRiverIsThere) {
  const auto g = run("Gunmen opened fire on a patrol boat on the Chari River near the border on Monday.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Chari River"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-10"}));
}

TEST_F(EventsTest, theTownStormedIsTheTownTheSentenceBeforeNamed) {
  const auto g = run(
      "NIAMEY, Niger (AP) — Gunmen killed at least 50 people in an attack on the town of Mongo in the Guera region, "
      "officials said. The Zorva gang stormed the town early Wednesday, setting homes on fire. Soldiers later "
      "retook the city.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "one attack on Mongo, told twice";
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Mongo"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-12"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Zorva"}));
}

TEST_F(EventsTest, aRaidInTheCapitalIsInTheOneCapitalNamedBefore) {
  const auto g = run(
      "The envoy urged the Kanem Front to release 18 staff detained in N'Djamena. The Kanem Front raided UN offices "
      "in the capital on Tuesday and detained the staff.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"N'Djamena"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-11"}));
}

TEST_F(EventsTest, rebelsBackedByAStateSeizedIsTheRebelsCapture) {
  const auto g = run("KLF rebels backed by Niger seized the airport in Abeche on Tuesday, Chad's government said.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Abeche"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"KLF"})) << "not Niger, nor no one";
}

TEST_F(EventsTest, troopsDescribedBeforeTheySaidTheyKilled) {
  const auto g = run(
      "Chadian troops, deployed in the province since 2021 at the request of Niamey, said they had killed 16 "
      "insurgents in clashes near the town of Diffa on Sunday.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::participant), (std::vector<std::string>{"Chad"})) << "not Niger";
}

TEST_F(EventsTest, troopsThatExchangeFireClash) {
  const auto g = run(
      "Chadian and Nigerien troops exchanged small-arms fire along the border near Mao on Tuesday. Gunmen traded "
      "fire with Nigerien soldiers in Zinder on Monday. The two ministers exchanged views on the crisis in Sarh on "
      "Friday.");
  std::map<std::string, std::uint32_t> clashes;
  for (const auto n : nodesOf(g, Class::ArmedClash))
    clashes[objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location)[0]] = n;
  ASSERT_EQ(clashes.size(), 2u) << "no clash of views";
  ASSERT_TRUE(clashes.contains("Mao"));
  EXPECT_EQ(objects(g, clashes["Mao"], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  EXPECT_EQ(objects(g, clashes["Mao"], Prop::date), (std::vector<std::string>{"2025-03-11"}));
  ASSERT_TRUE(clashes.contains("Zinder"));
  EXPECT_EQ(objects(g, clashes["Zinder"], Prop::participant), (std::vector<std::string>{"Niger"}));
  EXPECT_EQ(objects(g, clashes["Zinder"], Prop::date), (std::vector<std::string>{"2025-03-10"}));
}

TEST_F(EventsTest, attacksNamedByBlewUpOpenedFireOverranAndHijacked) {
  const auto g = run(
      "Militants of the KLF blew up a railway track near Abeche on Tuesday and opened fire on a passenger train. "
      "Fighters of the Zaghawa Front, an armed youth group from the north, overran an army barracks in Biltine on "
      "Friday. Gunmen opened fire on a bus in Mongo on Monday. The company opened fire safety training in Sarh. "
      "The story blew up on social media in Sarh on Friday. Critics opened fire on the plan in Niamey on Monday.");
  std::map<std::string, std::uint32_t> attacks;
  for (const auto n : nodesOf(g, Class::Attack)) attacks[objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location)[0]] = n;
  ASSERT_EQ(attacks.size(), 3u) << "one attack for the two verbs of the KLF; no fire safety, story or plan";
  ASSERT_TRUE(attacks.contains("Abeche"));
  EXPECT_EQ(objects(g, attacks["Abeche"], Prop::participant), (std::vector<std::string>{"KLF"}));
  EXPECT_EQ(objects(g, attacks["Abeche"], Prop::date), (std::vector<std::string>{"2025-03-11"}));
  ASSERT_TRUE(attacks.contains("Biltine"));
  EXPECT_EQ(objects(g, attacks["Biltine"], Prop::participant), (std::vector<std::string>{"Zaghawa Front"}))
      << "the attacker before the apposition";
  EXPECT_TRUE(attacks.contains("Mongo"));
}

TEST_F(EventsTest, whoClaimedTheAttackOrResponsibilityForTheAssault) {
  const auto g = run(
      "Gunmen attacked an army base in Abeche on Saturday. The Ouaddai Brigade gang, led by Idriss Moussa, "
      "claimed the attack in a video posted on Sunday.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Ouaddai Brigade"}));
  bool leads = false;
  for (const auto& e : g.edges)
    if (e.prop == Prop::leaderOf && g.nodes[e.subject].label == "Idriss Moussa") leads = true;
  EXPECT_TRUE(leads) << "'the X gang, led by Y': Y leads X";
  const auto h = run(
      "Militants attacked a base in Abeche on Saturday. The Kanem Liberation Front (KLF), an armed group active "
      "across the Sahel, claimed responsibility for the assault in a statement on Sunday. Police seized an assault rifle.");
  const auto assaults = nodesOf(h, Class::Attack);
  ASSERT_EQ(assaults.size(), 1u) << "an assault rifle is no attack";
  EXPECT_EQ(objects(h, assaults[0], Prop::participant), (std::vector<std::string>{"Kanem Liberation Front"}));
  EXPECT_EQ(objects(h, assaults[0], Prop::date), (std::vector<std::string>{"2025-03-08"}));
}

TEST_F(EventsTest, daysBetweenTwoAttacksAreNoDurationAndTheFiguresOfAnUnnamedOneAreNotTheOthers) {
  const auto g = run(
      "Militants attacked an army base in the town of Mansa on Saturday. The attack in Mansa came two days after "
      "militants ambushed a convoy near the border, killing at least 15 soldiers.");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-08"}));
  EXPECT_TRUE(objects(g, attacks[0], Prop::startDate).empty());
  const auto counts = nodesOf(g, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_TRUE(objects(g, counts[0], Prop::ofEvent).empty()) << "the 15 died in the ambush, not in Mansa";
}

TEST_F(EventsTest, casualtiesOfTwoGroupsAndOfOnePerson) {
  const auto g = run(
      "Twenty-one passengers and four soldiers were killed. The blast killed 21 villagers and injured four "
      "policemen. A Chadian police officer was killed in the attack on Sunday. Another officer was wounded. "
      "A spokesman was killed.");
  std::set<std::string> labels;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) {
    const auto victims = objects(g, n, Prop::victims);
    labels.insert(g.nodes[n].label + " " + (victims.empty() ? "" : victims[0]));
  }
  EXPECT_EQ(labels, (std::set<std::string>{"21 killed passengers", "4 killed soldiers", "21 killed villagers",
                                           "4 wounded policemen", "1 killed police officer", "1 wounded officer"}))
      << "a spokesman is no victim noun";
}


TEST_F(EventsTest, aClashInTheMountainsOfXTheGovernmentOfTheDatelineAndNoAttackOnAnAgreement) {
  const auto g = run(
      "NDJAMENA, Chad - Three soldiers and two suspected members of the Kanem Liberation Front (KLF) were killed in "
      "a clash in the mountains of Tibesti on Saturday morning, the military said. Gunmen killed 12 people in an "
      "attack on a party in the town of Mongo in the eastern state of Guera late on Sunday. Peace talks between the "
      "government and the Kanem Liberation Front have been stalled since 2017. \"This is a direct attack on the "
      "Niamey agreement,\" he said. Police said a hijacked passenger train reached Sarh on Wednesday.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::location), (std::vector<std::string>{"Tibesti"}));
  EXPECT_EQ(objects(g, clashes[0], Prop::date), (std::vector<std::string>{"2025-03-08"}));
  std::set<std::string> victims;
  for (const auto n : nodesOf(g, Class::CasualtyCount)) {
    if (objects(g, n, Prop::ofEvent) == std::vector<std::string>{g.nodes[clashes[0]].label})
      victims.insert(objects(g, n, Prop::victims).front());
  }
  EXPECT_EQ(victims, (std::set<std::string>{"soldiers", "members"}));
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "no attack on an agreement, nor by a hijacked train's participle";
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Mongo"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-03-09"}))
      << "'in the eastern state of Guera' does not cut the day off";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "Kanem Liberation Front"}))
      << "the government of the dateline's state";
  const auto riot = run("A riot at a prison in Sarh left 17 inmates dead, including 13 who were strangled.");
  const auto counts = nodesOf(riot, Class::CasualtyCount);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(objects(riot, counts[0], Prop::killed), (std::vector<std::string>{"17"}));
  EXPECT_EQ(objects(riot, counts[0], Prop::victims), (std::vector<std::string>{"inmates"}));
}

TEST_F(EventsTest, figuresAfterAQuantifierInAListAGangCoalitionClaimsAndTheTalksAtALandmark) {
  const auto g = run(
      "Twenty Chadian soldiers and at least four Nigerien soldiers were killed in a clash in Abeche on Monday. "
      "Gang members stormed the town of Mongo on Tuesday. The Kanem Brigade gang coalition, led by former police "
      "officer Ali Koko, claimed responsibility for the assault. Chad and Niger held a second round of talks in "
      "Niamey on Wednesday. The talks at the Zarmaganda Palace lasted an hour.");
  std::set<std::string> figures;
  for (const auto n : nodesOf(g, Class::CasualtyCount))
    figures.insert(objects(g, n, Prop::killed).front() + " " + objects(g, n, Prop::victims).front());
  EXPECT_EQ(figures, (std::set<std::string>{"20 soldiers", "4 soldiers"}));
  bool claimed = false;
  for (const auto n : nodesOf(g, Class::Attack))
    if (objects(g, n, Prop::location) == std::vector<std::string>{"Mongo"})
      claimed = has(objects(g, n, Prop::participant), "Kanem Brigade");
  EXPECT_TRUE(claimed) << "the gang coalition, past its apposition, made the assault";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u) << "the talks at a palace the gazetteer does not know are the Niamey talks";
  EXPECT_EQ(objects(g, talks[0], Prop::location), (std::vector<std::string>{"Niamey"}));
}

TEST_F(EventsTest, aMissileFiredIntoTheSeaIsNoAttackAndTheDeadAmongWhomVictimsWere) {
  const auto g = run(
      "Niger fired a ballistic missile toward the Kanem Sea on Monday, Chad's military said. Chad fired rockets at "
      "Niamey on Tuesday. Militants stormed a hotel in Abeche on Saturday, killing at least nine people. Four "
      "soldiers were among the dead. Clashes in the coastal provinces of Mongo and Sarh killed 12 people on Sunday.");
  std::set<std::string> places;
  for (const auto n : nodesOf(g, Class::Attack)) places.insert(objects(g, n, Prop::location).empty() ? "" : objects(g, n, Prop::location)[0]);
  EXPECT_EQ(places.count("Kanem Sea"), 0u) << "a launch into open water";
  EXPECT_EQ(places.count("Abeche"), 1u);
  std::set<std::string> figures;
  for (const auto n : nodesOf(g, Class::CasualtyCount))
    figures.insert(objects(g, n, Prop::killed).front() + " " + objects(g, n, Prop::victims).front());
  EXPECT_TRUE(figures.contains("4 soldiers")) << "'were among the dead'";
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::location), (std::vector<std::string>{"Mongo"}))
      << "'the coastal provinces of X and Y': the first place named";
}

TEST_F(EventsTest, prisonerExchangesWithTheirSidesAndBrokersButNoExchangeOfFire) {
  const auto g = run(
      "Chad and Niger carried out a prisoner exchange on Friday, mediated by Qatar. Kanem said the swap of "
      "prisoners took place at the border. Chad and Sudan exchanged 150 prisoners of war each on Monday in a deal "
      "mediated by Egypt. Troops exchanged fire near Abeche. The central bank agreed a currency swap on Tuesday. "
      "Officials exchanged views on trade in Niamey on Wednesday.");
  const auto swaps = nodesOf(g, Class::PrisonerExchange);
  ASSERT_EQ(swaps.size(), 2u) << "'the swap of prisoners' is Friday's; no exchange of fire, views or currency";
  std::map<std::string, std::vector<std::string>> mediators;
  for (const auto n : swaps) {
    const auto parties = objects(g, n, Prop::participant);
    mediators[parties.size() == 2 ? parties[0] + "-" + parties[1] : ""] = objects(g, n, Prop::mediator);
  }
  EXPECT_EQ(mediators["Chad-Niger"], (std::vector<std::string>{"Qatar"}));
  EXPECT_EQ(mediators["Chad-Sudan"], (std::vector<std::string>{"Egypt"})) << "'in a deal mediated by' is the swap's";
  EXPECT_TRUE(nodesOf(g, Class::Agreement).empty());
}

TEST_F(EventsTest, clashedWithSoldiersOfASideGivesThatSide) {
  const auto g = run(
      "Fighters of the Kanem Liberation Front clashed with soldiers of the Chadian army in Abeche on Monday. "
      "Rebels clashed with troops of Niger in Agadez on Sunday.");
  std::map<std::string, std::vector<std::string>> sides;
  for (const auto n : nodesOf(g, Class::ArmedClash)) sides[objects(g, n, Prop::location)[0]] = objects(g, n, Prop::participant);
  EXPECT_EQ(sides["Abeche"], (std::vector<std::string>{"Chad", "Kanem Liberation Front"}));
  EXPECT_EQ(sides["Agadez"], (std::vector<std::string>{"Niger"}));
}

TEST_F(EventsTest, aHeatedClashOfLeadersIsWordsNotFighting) {
  const auto g = run(
      "Ali Koko and Amadou Sow had a heated clash in the presidential palace in Niamey on Friday. A clash of "
      "interests emerged in Abeche on Monday. Soldiers and rebels were killed in a clash near Mongo on Friday.");
  const auto clashes = nodesOf(g, Class::ArmedClash);
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_EQ(objects(g, clashes[0], Prop::location), (std::vector<std::string>{"Mongo"}));
}

TEST_F(EventsTest, attackersWhoKillAtAPlaceAfterAnUnnamedOneAndTheVictimsOfTwoVerbs) {
  const auto g = run(
      "Suicide bombers killed at least 12 people and wounded 30 others at a busy fish market in northeastern "
      "Chad's Kanem province on Friday evening, police said.",
      "2025-06-21");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "'at least' is no place, 'and wounded' goes on with the victims";
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Kanem"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-06-20"}));
}

TEST_F(EventsTest, strikesOnPortsAndShipsButNotOnTheCountryOfTheFlag) {
  const auto g = run(
      "Rebels claim attack on Greek-owned ship. Chad struck the ports of Abeche and Mongo on Sunday night. The "
      "Kanem Liberation Front said on Monday it had attacked the Liberian-flagged bulk carrier Ocean Star near "
      "Sarh.",
      "2025-07-07");
  std::map<std::string, std::vector<std::string>> byPlace;
  for (const auto n : nodesOf(g, Class::Attack)) {
    const auto where = objects(g, n, Prop::location);
    byPlace[where.empty() ? "" : where[0]] = objects(g, n, Prop::participant);
  }
  EXPECT_EQ(byPlace["Abeche"], (std::vector<std::string>{"Chad"})) << "'the ports of X' is where";
  EXPECT_EQ(byPlace["Sarh"], (std::vector<std::string>{"Kanem Liberation Front"}));
  for (const auto& [where, parties] : byPlace) {
    EXPECT_FALSE(has(parties, "Greece")) << where << ": the owner's country is no party";
    EXPECT_FALSE(has(parties, "Liberia")) << where << ": nor the flag's";
  }
}

TEST_F(EventsTest, meetingsOfADescribedPersonAndOfASecondVerb) {
  const auto g = run(
      "Jane Doe, the deputy U.S. special envoy for the region, met Prime Minister Ali Koko in Niamey last week. "
      "The new president, Amadou Sow, visited Abeche in April and met Chadian President Idriss Mahamat.",
      "2025-04-08");
  std::map<std::string, std::vector<std::string>> byPlace;
  for (const auto n : nodesOf(g, Class::Meeting)) {
    const auto where = objects(g, n, Prop::location);
    byPlace[where.empty() ? "" : where[0]] = objects(g, n, Prop::participant);
  }
  EXPECT_EQ(byPlace["Niamey"], (std::vector<std::string>{"Ali Koko", "Jane Doe"}));
  EXPECT_EQ(byPlace["Abeche"], (std::vector<std::string>{"Amadou Sow", "Idriss Mahamat"})) << "in the place visited";
}

TEST_F(EventsTest, casualtiesMostlyCiviliansAndBeheadings) {
  const auto g = run(
      "At least 38 people, mostly civilians, have been killed since the clashes erupted on Thursday. Insurgents "
      "have beheaded at least 30 villagers in Kanem province since July, the group said.",
      "2025-07-28");
  std::set<std::string> figures;
  for (const auto n : nodesOf(g, Class::CasualtyCount))
    figures.insert(objects(g, n, Prop::killed).front() + " " + objects(g, n, Prop::victims).front());
  EXPECT_TRUE(figures.contains("38 people")) << "past ', mostly civilians,'";
  EXPECT_TRUE(figures.contains("30 villagers")) << "'beheaded' kills";
  const auto faith = run("Insurgents beheaded at least 11 Christians in a raid on a village in Kanem province. "
                         "Five Muslims were killed in Mongo on Monday.", "2025-07-28");
  std::set<std::string> believers;
  for (const auto n : nodesOf(faith, Class::CasualtyCount))
    believers.insert(objects(faith, n, Prop::killed).front() + " " + objects(faith, n, Prop::victims).front());
  EXPECT_EQ(believers, (std::set<std::string>{"11 Christians", "5 Muslims"})) << "people of a faith, as written";
}

TEST_F(EventsTest, aClaimOfADaysAssaultAndTheFiguresOfAnotherTime) {
  const auto g = run(
      "Chad's army said on Wednesday it had killed about 80 militants in air and ground operations, a day after "
      "jihadists attacked a military camp in the town of Abeche. The Kanem Liberation Front (KLF), Niger's ally in "
      "the east, claimed responsibility for Tuesday's assault on a camp in Abeche.",
      "2025-07-02");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_TRUE(has(objects(g, attacks[0], Prop::participant), "Kanem Liberation Front"));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-07-01"}));
  for (const auto n : nodesOf(g, Class::CasualtyCount))
    EXPECT_TRUE(objects(g, n, Prop::ofEvent).empty()) << "the 80 were killed in the army's operations, a day later";
}

TEST_F(EventsTest, aDealAgreedOnADayAndTalksHostedBetweenTheTwoNeighbours) {
  const auto g = run(
      "Chad and Niger agreed on Monday to an immediate and unconditional ceasefire, Sudanese Prime Minister Ali "
      "Koko said after hosting talks between the leaders of the two Sahelian neighbours.",
      "2025-07-29");
  const auto truces = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(g, truces[0], Prop::date), (std::vector<std::string>{"2025-07-28"}));
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::mediator), (std::vector<std::string>{"Ali Koko"}));
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
}

TEST_F(EventsTest, attackersKnownByANameAndTheKnownPlaceOfAList) {
  const auto g = run(
      "The fighters, known locally as al-Shabab, attacked villages in the districts of Zorvat and Abeche, burning "
      "homes.",
      "2025-06-21");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"al-Shabab"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Abeche"})) << "Zorvat is unknown";
}

TEST_F(EventsTest, oneSidesOwnTrucesWithTheirLastDay) {
  const auto g = run("Chad's military government has announced a temporary ceasefire until 22 April.", "2025-03-30");
  const auto truces = nodesOf(g, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(g, truces[0], Prop::participant), (std::vector<std::string>{"Chad"}));
  EXPECT_EQ(objects(g, truces[0], Prop::endDate), (std::vector<std::string>{"2025-04-22"}));
  const auto h = run("The Kanem Liberation Front, a coalition of armed groups, declared a unilateral one-month truce.");
  const auto other = nodesOf(h, Class::Ceasefire);
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(objects(h, other[0], Prop::participant), (std::vector<std::string>{"Kanem Liberation Front"}));
}

TEST_F(EventsTest, attacksOfTheUnnamedArmyOfTroopsAtABuildingAndOfTheSubjectAfterIt) {
  const auto g = run(
      "NDJAMENA, Chad (AP) — The military carried out an airstrike on a village in Kanem region on Saturday, killing "
      "seven people. Sudanese fighters killed at least 460 patients and their companions at the Abeche Maternity "
      "Hospital on Tuesday. The Kanem Liberation Front has been accused of killing civilians after it seized Mongo "
      "on Sunday.",
      "2025-10-29");
  std::map<std::string, std::vector<std::string>> byPlace;
  for (const auto n : nodesOf(g, Class::Attack)) {
    const auto where = objects(g, n, Prop::location);
    byPlace[where.empty() ? "" : where[0]] = objects(g, n, Prop::participant);
  }
  EXPECT_EQ(byPlace["Kanem"], (std::vector<std::string>{"Chad"})) << "the dateline's army";
  EXPECT_EQ(byPlace["Abeche Maternity Hospital"], (std::vector<std::string>{"Sudan"})) << "a hospital is a place";
  EXPECT_EQ(byPlace["Mongo"], (std::vector<std::string>{"Kanem Liberation Front"})) << "'it' is the subject";
}

TEST_F(EventsTest, aMessengerBetweenDelegationsMediatesAndTheDayOfASayingReplacesNoDay) {
  const auto g = run(
      "Chad and Niger held indirect talks in Abeche on Saturday, in which Sudanese Foreign Minister Ali Koko carried "
      "messages between the two delegations. The second round will be held in Mongo on April 19, Chad's foreign "
      "ministry said on Sunday.",
      "2025-04-13");
  std::map<std::string, std::string> days;
  for (const auto n : nodesOf(g, Class::Negotiation)) {
    const auto where = objects(g, n, Prop::location);
    const auto when = objects(g, n, Prop::date);
    days[where.empty() ? "" : where[0]] = when.empty() ? "" : when[0];
    if (!where.empty() && where[0] == "Abeche")
      EXPECT_EQ(objects(g, n, Prop::mediator), (std::vector<std::string>{"Ali Koko"}));
  }
  EXPECT_EQ(days["Abeche"], "2025-04-12");
  EXPECT_EQ(days["Mongo"], "2025-04-19") << "'said on Sunday' is the day of the saying";
}

TEST_F(EventsTest, aSecurityServicesAttackTalksWhereADealWasAgreedAndTheDayOfAnotherAct) {
  const auto g = run(
      "The National Security Service (NSS) is Chad's spy agency. Chad's NSS security service launched drone attacks "
      "on four air bases in Niger on Sunday. Chad and Niger agreed on Monday to exchange all severely wounded and "
      "young prisoners of war at a second round of direct talks in Abeche. The rebels said they "
      "were committed to the agreement but accused Chad of violating it by killing three people in Mongo on "
      "Saturday.",
      "2025-06-02");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_FALSE(attacks.empty());
  EXPECT_TRUE(has(objects(g, attacks[0], Prop::participant), "National Security Service")) << "past 'security service'";
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  for (const auto n : nodesOf(g, Class::Agreement))
    EXPECT_FALSE(has(objects(g, n, Prop::date), "2025-05-31")) << "Saturday is the killing's day";
}

TEST_F(EventsTest, aDeclarationCommittingToATruceIsAnAgreementAndTheDealStaysTheTruce) {
  const auto g = run(
      "Chad and the Kanem Liberation Front signed a declaration of principles in Niamey on Saturday, committing to a "
      "permanent ceasefire.",
      "2025-07-19");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Chad", "Kanem Liberation Front"}));
  const auto h = run(
      "President Ali Koko and the leaders of Niger and Mali signed a declaration on Monday backing the Abeche "
      "ceasefire at a summit in Niamey. The first phase of the deal, which was mediated by Sudan, took effect on "
      "Friday.",
      "2025-10-13");
  const auto declarations = nodesOf(h, Class::Agreement);
  ASSERT_EQ(declarations.size(), 1u);
  const auto parties = objects(h, declarations[0], Prop::participant);
  EXPECT_TRUE(has(parties, "Ali Koko") && has(parties, "Niger") && has(parties, "Mali"));
  EXPECT_TRUE(objects(h, declarations[0], Prop::mediator).empty()) << "'the deal' is the truce, not the declaration";
  const auto truces = nodesOf(h, Class::Ceasefire);
  ASSERT_EQ(truces.size(), 1u);
  EXPECT_EQ(objects(h, truces[0], Prop::mediator), (std::vector<std::string>{"Sudan"}));
}

TEST_F(EventsTest, aStrikeCarriedOutAndAHeadlinesFiguresToldAgain) {
  const auto g = run(
      "Chadian strike on boat kills 11\n\nThe Chadian military carried out a strike on Tuesday against a vessel that "
      "had left Niger and was allegedly carrying weapons, killing 11 people, President Ali Koko said.",
      "2025-09-03");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u) << "'carried out a strike' is an attack, not a walkout";
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Chad"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-09-02"}));
  EXPECT_EQ(nodesOf(g, Class::CasualtyCount).size(), 1u) << "the headline's 11 are the body's 11";
}

TEST_F(EventsTest, gunmenOpeningFireOnTourists) {
  const auto g = run(
      "Terrorists opened fire on tourists in the Abeche meadow near Mongo on Tuesday afternoon, killing 26 people.",
      "2025-04-23");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-04-22"}));
}

TEST_F(EventsTest, talksWithOneSideDescribedAndGuarantorsNamedWithAs) {
  const auto g = run(
      "Peace talks between Chad and the rebels resumed in Niamey on Monday with Niger, Mali and Sudan as "
      "guarantors.",
      "2025-11-14");
  const auto talks = nodesOf(g, Class::Negotiation);
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(objects(g, talks[0], Prop::participant), (std::vector<std::string>{"Chad"}));
  EXPECT_EQ(objects(g, talks[0], Prop::location), (std::vector<std::string>{"Niamey"})) << "after 'and the rebels'";
  EXPECT_EQ(objects(g, talks[0], Prop::startDate), (std::vector<std::string>{"2025-11-10"}));
  EXPECT_EQ(objects(g, talks[0], Prop::mediator), (std::vector<std::string>{"Mali", "Niger", "Sudan"}));
}

TEST_F(EventsTest, aStatesGovernmentSignsAndPartiesAgreeToExtendATruce) {
  const auto g = run("Chad's government signed a peace agreement with two armed groups in Niamey on Saturday.", "2025-04-20");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Chad"}));
  const auto truce = run("Niger and Mali agreed on Thursday to extend a fragile ceasefire.", "2025-10-31");
  const auto ceasefires = nodesOf(truce, Class::Ceasefire);
  ASSERT_EQ(ceasefires.size(), 1u);
  EXPECT_EQ(objects(truce, ceasefires[0], Prop::participant), (std::vector<std::string>{"Mali", "Niger"}));
}

TEST_F(EventsTest, aPlaceNamedInAppositionToTheCapitalKeepsTwoAttacksApart) {
  const auto g = run(
      "Rebels stormed the UN offices in the capital, Niamey, on Sunday. The rebels confirmed that their leader was "
      "killed in Thursday's strike on Niamey.",
      "2025-09-01");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 2u) << "the raid of Sunday and the strike of Thursday";
  std::vector<std::string> dates;
  for (auto a : attacks) {
    EXPECT_EQ(objects(g, a, Prop::location), (std::vector<std::string>{"Niamey"}));
    for (const auto& d : objects(g, a, Prop::date)) dates.push_back(d);
  }
  std::sort(dates.begin(), dates.end());
  EXPECT_EQ(dates, (std::vector<std::string>{"2025-08-28", "2025-08-31"}));
}

TEST_F(EventsTest, anAttackByGunmenOnAnArmyPostAndOnTheTownOfX) {
  const auto g = run("At least 71 soldiers were killed in an attack by gunmen on an army post in Abeche.", "2025-06-23");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Abeche"}));
  const auto town = run("At least 40 people were killed in an attack by armed gangs on the town of Abeche in eastern Chad.");
  const auto raids = nodesOf(town, Class::Attack);
  ASSERT_EQ(raids.size(), 1u);
  EXPECT_EQ(objects(town, raids[0], Prop::location), (std::vector<std::string>{"Abeche"})) << "the town, not the country";
}

TEST_F(EventsTest, shellingByANamedGroupADayBeforeWhenAndAircraftShotDown) {
  const auto by = run("Shelling by the paramilitary Kanem Liberation Front (KLF) killed at least 14 civilians in Abeche on Sunday.",
                      "2025-11-03");
  auto shelling = nodesOf(by, Class::ArmedClash);
  ASSERT_EQ(shelling.size(), 1u);
  EXPECT_EQ(objects(by, shelling[0], Prop::participant), (std::vector<std::string>{"Kanem Liberation Front"}));
  EXPECT_EQ(objects(by, shelling[0], Prop::location), (std::vector<std::string>{"Abeche"}));
  const auto when = run("At least 14 people were killed on Sunday when the KLF shelled the city of Abeche.", "2025-11-03");
  shelling = nodesOf(when, Class::ArmedClash);
  ASSERT_EQ(shelling.size(), 1u);
  EXPECT_EQ(objects(when, shelling[0], Prop::date), (std::vector<std::string>{"2025-11-02"}));
  const auto down = run("A police helicopter was shot down by a drone in Abeche on Thursday, killing 13 officers. A truck "
                        "bomb killed six people outside an air base in Mongo on Friday.",
                        "2025-08-23");
  const auto attacks = nodesOf(down, Class::Attack);
  ASSERT_EQ(attacks.size(), 2u);
  std::vector<std::string> places;
  for (auto a : attacks)
    for (const auto& p : objects(down, a, Prop::location)) places.push_back(p);
  std::sort(places.begin(), places.end());
  EXPECT_EQ(places, (std::vector<std::string>{"Abeche", "Mongo"}));
  EXPECT_TRUE(nodesOf(run("The goalkeeper was shot down by critics in Madrid."), Class::Attack).empty());
}

TEST_F(EventsTest, aDeathTollFarFromItsVerbAndTheEarlyHoursOfADay) {
  const auto g = run(
      "The death toll from an airstrike on the southern Chadian village of Abeche rose to 12 on Saturday, including "
      "three children, Chad's health ministry said.",
      "2025-11-22");
  std::set<std::string> killed;
  for (const auto n : nodesOf(g, Class::CasualtyCount))
    for (const auto& k : objects(g, n, Prop::killed)) killed.insert(k);
  EXPECT_TRUE(killed.contains("12"));
  const auto night = run("Gunmen stormed a school in Mongo, Guera province, in the early hours of Monday and abducted 25 "
                         "students, police said.",
                         "2025-11-18");
  const auto attacks = nodesOf(night, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(night, attacks[0], Prop::date), (std::vector<std::string>{"2025-11-17"}));
}

TEST_F(EventsTest, aBomberWhoBlewHimselfUpAndAFactionOpeningTheClaim) {
  const auto g = run(
      "A suicide bomber blew himself up outside a district court in Abeche on Tuesday, killing 12 people and "
      "wounding 27. Jamaat-ul-Kanem, a faction of the Kanem Liberation Front, claimed responsibility for the attack.",
      "2025-11-11");
  const auto attacks = nodesOf(g, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(g, attacks[0], Prop::location), (std::vector<std::string>{"Abeche"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::date), (std::vector<std::string>{"2025-11-11"}));
  EXPECT_EQ(objects(g, attacks[0], Prop::participant), (std::vector<std::string>{"Jamaat-ul-Kanem"}));
}

TEST_F(EventsTest, aDayOpeningTheSentenceABaseOverrunInARegionAndABombingTargetingAConvoy) {
  const auto fronted = run("On Tuesday, Chadian troops opened fire on villagers near Abeche, killing one person.", "2025-11-13");
  const auto attacks = nodesOf(fronted, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(fronted, attacks[0], Prop::date), (std::vector<std::string>{"2025-11-11"}));
  const auto base = run("Kanem Liberation Front militants overran a Chadian army base in the Kanem region early on Thursday.",
                        "2025-03-20");
  const auto captures = nodesOf(base, Class::Attack);
  ASSERT_EQ(captures.size(), 1u);
  EXPECT_EQ(objects(base, captures[0], Prop::location), (std::vector<std::string>{"Kanem"}));
  EXPECT_TRUE(has(objects(base, captures[0], Prop::participant), "Kanem Liberation Front"));
  const auto convoy = run("The president escaped a roadside bombing targeting his convoy in Abeche on Tuesday.", "2025-03-20");
  const auto bombings = nodesOf(convoy, Class::Attack);
  ASSERT_EQ(bombings.size(), 1u);
  EXPECT_EQ(objects(convoy, bombings[0], Prop::location), (std::vector<std::string>{"Abeche"}));
}

TEST_F(EventsTest, prisonersFreedInExchangeForHostages) {
  const auto held = run("Chad freed 1,968 prisoners in exchange for 20 hostages held by the Kanem Liberation Front on Monday.",
                        "2025-10-14");
  auto swaps = nodesOf(held, Class::PrisonerExchange);
  ASSERT_EQ(swaps.size(), 1u);
  EXPECT_EQ(objects(held, swaps[0], Prop::participant), (std::vector<std::string>{"Chad", "Kanem Liberation Front"}));
  EXPECT_EQ(objects(held, swaps[0], Prop::date), (std::vector<std::string>{"2025-10-13"}));
  const auto demonym = run("Chad freed 300 Nigerien prisoners in exchange for 20 hostages on Monday.", "2025-10-14");
  swaps = nodesOf(demonym, Class::PrisonerExchange);
  ASSERT_EQ(swaps.size(), 1u);
  EXPECT_EQ(objects(demonym, swaps[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  const auto back = run("The KLF released 20 hostages in exchange for 300 Nigerien prisoners on Monday.", "2025-10-14");
  swaps = nodesOf(back, Class::PrisonerExchange);
  ASSERT_EQ(swaps.size(), 1u);
  EXPECT_FALSE(has(objects(back, swaps[0], Prop::participant), "Niger")) << "those it gets back are its own";
  EXPECT_TRUE(nodesOf(run("The court released him on bail in exchange for a promise."), Class::PrisonerExchange).empty());
}

TEST_F(EventsTest, aClauseAfterASayingHasItsOwnSubjectAndATallyOfStrikes) {
  const auto g = run(
      "KLF rebels captured the town of Abeche on Wednesday, the group's spokesperson Ali Koko said, days after the "
      "presidents of Chad and Niger signed a peace deal in Niamey.",
      "2025-12-11");
  const auto deals = nodesOf(g, Class::Agreement);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(objects(g, deals[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  const auto tally = run(
      "The Chadian military struck a boat off Abeche on Sunday, killing three people. The strikes have killed at "
      "least 79 people.",
      "2025-11-10");
  for (const auto n : nodesOf(tally, Class::CasualtyCount)) {
    if (objects(tally, n, Prop::killed) == std::vector<std::string>{"79"})
      EXPECT_TRUE(objects(tally, n, Prop::ofEvent).empty()) << "a tally of all the strikes";
    if (objects(tally, n, Prop::killed) == std::vector<std::string>{"3"})
      EXPECT_EQ(objects(tally, n, Prop::ofEvent).size(), 1u);
  }
}

TEST_F(EventsTest, dronesAndMissilesLaunchedAndOthersInjuredEarlyOnADay) {
  const auto fired = run("Niger launched 476 drones and 48 missiles against Chad on Tuesday, the air force said.", "2025-11-19");
  const auto attacks = nodesOf(fired, Class::Attack);
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(objects(fired, attacks[0], Prop::participant), (std::vector<std::string>{"Chad", "Niger"}));
  const auto hurt = run("A strike on Abeche killed at least 25 people and injured 73 others early on Wednesday.", "2025-11-19");
  std::set<std::string> wounded;
  for (const auto n : nodesOf(hurt, Class::CasualtyCount))
    for (const auto& x : objects(hurt, n, Prop::wounded)) wounded.insert(x);
  EXPECT_TRUE(wounded.contains("73"));
}

}  // namespace
}  // namespace ng
