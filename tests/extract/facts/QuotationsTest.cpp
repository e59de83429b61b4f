// Direct quotations and their speakers through the real pipeline, and the quote finder on raw
// text, on sentences about other conflicts than the development articles.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"
#include "extract/facts/QuoteFinder.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

// ------------------------------------------------------------------ quote finder

std::vector<std::string> quoteTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : findQuotes(text)) {
    std::string s;
    for (const auto& p : q.parts) {
      if (!s.empty()) s += " | ";
      s += text.substr(p.begin, p.size());
    }
    out.push_back(s);
  }
  return out;
}

TEST(QuoteFinder, findsStraightAndCurlyQuotes) {
  EXPECT_EQ(quoteTexts("He said \"we will stay\" and left. She said \u201Cno\u201D."),
            (std::vector<std::string>{"we will stay", "no"}));
}

TEST(QuoteFinder, keepsNestedQuotesInsideTheOuterOne) {
  const std::string text = "The envoy said: \u201CThey told us \u2018wait\u2019 for three months.\u201D";
  EXPECT_EQ(quoteTexts(text), (std::vector<std::string>{"They told us \u2018wait\u2019 for three months."}));
  EXPECT_EQ(quoteTexts("He said: \"They called it 'a trap' at once.\""),
            (std::vector<std::string>{"They called it 'a trap' at once."}));
}

TEST(QuoteFinder, findsSingleQuotesButNotApostrophes) {
  EXPECT_EQ(quoteTexts("Rebels Reject \u2018Humiliating\u2019 Truce Terms"), (std::vector<std::string>{"Humiliating"}));
  EXPECT_TRUE(quoteTexts("The rebels\u2019 offer and the army's reply didn't help in the '90s.").empty());
}

TEST(QuoteFinder, stopsAnUnclosedQuoteAtTheParagraphEnd) {
  const std::string text = "The minister said \u201Cthis will never happen\nThe army withdrew on Friday.";
  const auto quotes = findQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_FALSE(quotes[0].closed());
  EXPECT_EQ(quoteTexts(text), (std::vector<std::string>{"this will never happen"}));
}

TEST(QuoteFinder, runsAQuoteOnOverParagraphsThatOpenWithAQuoteMark) {
  const std::string text =
      "The colonel said: \u201CWe will defend every village.\n\n\u201CNo foreign force will decide our future,\u201D "
      "he "
      "said.\nA new paragraph with \u201Cits own\u201D quote.";
  const auto quotes = findQuotes(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_TRUE(quotes[0].closed());
  EXPECT_EQ(quoteTexts(text)[0], "We will defend every village. | No foreign force will decide our future,");
  EXPECT_EQ(quoteTexts(text)[1], "its own");
}

TEST(QuoteFinder, survivesStrayMarks) {
  EXPECT_NO_THROW((void)findQuotes("\u201D\u201C\"'\u2019\u2018"));
  EXPECT_NO_THROW((void)findQuotes("\"\n\"\n\u201C"));
  EXPECT_TRUE(findQuotes("").empty());
  // A stray closing mark opens nothing; the real quote after it is still found.
  EXPECT_EQ(quoteTexts("Oops\u201D he said \u201Cfine then\u201D."), (std::vector<std::string>{"fine then"}));
}

// ------------------------------------------------------------------ pipeline

class QuotationsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static ArticleGraph extract(std::string text) {
    Article a;
    a.id = "quotations-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return extractArticle(std::move(a), *res_);
  }

  struct Found {
    std::string text;
    std::optional<std::string> speaker;  ///< label of the speaker node
    std::vector<std::string> evidence;
    double confidence = 0;
  };

  static std::vector<Found> quotations(const ArticleGraph& g) {
    std::vector<Found> out;
    for (std::uint32_t i = 0; i < g.nodes.size(); ++i) {
      if (g.nodes[i].cls != Class::Quotation) continue;
      Found f;
      f.evidence = g.nodes[i].evidence;
      f.confidence = g.nodes[i].confidence;
      for (const auto& e : g.edges) {
        if (e.subject != i) continue;
        if (e.prop == Prop::text) f.text = std::get<Literal>(e.object).value;
        if (e.prop == Prop::speaker) f.speaker = g.nodes[std::get<std::uint32_t>(e.object)].label;
      }
      out.push_back(std::move(f));
    }
    return out;
  }

  /// The quotation whose text starts with `prefix`.
  static std::optional<Found> quote(const ArticleGraph& g, std::string_view prefix) {
    for (auto& f : quotations(g)) {
      if (std::string_view(f.text).starts_with(prefix)) return f;
    }
    return std::nullopt;
  }

  static std::string speakerOf(const ArticleGraph& g, std::string_view prefix) {
    const auto q = quote(g, prefix);
    if (!q) return "<no quotation>";
    return q->speaker.value_or("<no speaker>");
  }

  static std::shared_ptr<const ExtractResources> res_;
};

std::shared_ptr<const ExtractResources> QuotationsTest::res_;

TEST_F(QuotationsTest, speakerAfterTheVerbWithALongTitleAndTheDatelinesArmy) {
  const auto g = extract(
      "ABECHE, Chad (AP) \u2014 \"The coast guard acted recklessly,\" said Kenyan coast guard spokesperson Amina "
      "Otieno, adding that one sailor was hurt. \"We will hunt them down,\" the army said. \"We regret this,\" "
      "the Kenyan army said. Chad has fought rebels in the east since 2023.\n");
  EXPECT_EQ(speakerOf(g, "The coast guard acted"), "Amina Otieno");
  EXPECT_EQ(speakerOf(g, "We will hunt them down"), "Chad") << "the army of the dateline's state";
  EXPECT_EQ(speakerOf(g, "We regret this"), "Kenya");
  const auto plain = extract("\"We will hunt them down,\" the army said. Chad and Kenya met on Monday.\n");
  EXPECT_EQ(speakerOf(plain, "We will hunt them down"), "<no speaker>");
}

TEST_F(QuotationsTest, speakerAfterTheQuote) {
  const auto g = extract(
      "\u201CWe will not withdraw from the city,\u201D army spokesman Nabil Abdallah said on Monday.\n"
      "\"The ceasefire is holding,\" said Maria Kovalenko, a spokeswoman for the Ukrainian foreign ministry.\n");
  EXPECT_EQ(speakerOf(g, "We will not withdraw"), "Nabil Abdallah");
  EXPECT_EQ(speakerOf(g, "The ceasefire is holding"), "Maria Kovalenko");
  const auto q = quote(g, "We will not withdraw");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->text, "We will not withdraw from the city");  // the comma before the mark is not quoted
  EXPECT_GE(q->confidence, 0.8);
  ASSERT_EQ(q->evidence.size(), 1u);
  EXPECT_NE(q->evidence[0].find("Nabil Abdallah said"), std::string::npos);
}

TEST_F(QuotationsTest, speakerBeforeTheQuote) {
  const auto g = extract(
      "Colombian President Gustavo Reyes said: \u201CThe talks in Havana will resume next week.\u201D\n"
      "Rebel commander Aung Min told Radio Free Asia, \u201COur forces control the highway to the border.\u201D\n"
      "Fatuma Abdi Warsame, the foreign minister of Somalia, said the deal was \u201Cdead on arrival.\u201D\n");
  EXPECT_EQ(speakerOf(g, "The talks in Havana"), "Gustavo Reyes");
  EXPECT_EQ(speakerOf(g, "Our forces control"), "Aung Min");          // not the outlet
  EXPECT_EQ(speakerOf(g, "dead on arrival"), "Fatuma Abdi Warsame");  // not Somalia
  EXPECT_EQ(quote(g, "dead on arrival")->text, "dead on arrival");
}

TEST_F(QuotationsTest, relativeClauseSpeaksForItsAntecedent) {
  const auto g = extract(
      "The talks were led by Tamir Oduya of the Varanu Liberation Movement, who said \"peace is near\". "
      "Kenya praised the African Union mission, which said \"the talks will resume\". "
      "Kenya also praised the new plan, which said \"nothing will change\".");
  EXPECT_EQ(speakerOf(g, "peace is near"), "Tamir Oduya");  // the person, not the movement
  EXPECT_EQ(speakerOf(g, "the talks will resume"), "African Union");  // not the clause's subject
  EXPECT_EQ(speakerOf(g, "nothing will change"), "<no speaker>");
}

TEST_F(QuotationsTest, gerundTakesTheClauseSubject) {
  const auto g = extract(
      "Interior Minister Elena Vasquez accused the rebels of breaking the truce, adding, \u201CWe will respond with "
      "force if they attack again.\u201D\n");
  EXPECT_EQ(speakerOf(g, "We will respond"), "Elena Vasquez");
}

TEST_F(QuotationsTest, pronounGoesToTheLastNamedPerson) {
  const auto g = extract(
      "Yemeni Foreign Minister Ahmed Saleh met United Nations envoys in Aden on Sunday. He added, \u201CThere is no "
      "military solution to this war.\u201D\n");
  EXPECT_EQ(speakerOf(g, "There is no military solution"), "Ahmed Saleh");
}

TEST_F(QuotationsTest, unnamedOfficialsSpeakForTheirCountry) {
  const auto g = extract(
      "Sudanese officials said the city had \u201Cfallen completely\u201D to the paramilitary forces.\n"
      "\u201CThe front line has not moved in months,\u201D one analyst noted.\n");
  EXPECT_EQ(speakerOf(g, "fallen completely"), "Sudan");
  // An unnamed analyst has no affiliation: the quotation stays, without a speaker.
  EXPECT_EQ(speakerOf(g, "The front line has not moved"), "<no speaker>");
}

TEST_F(QuotationsTest, capitalSpeaksForItsCountry) {
  const auto g = extract("Kyiv said the strike on the market was \u201Ca deliberate attack on civilians.\u201D\n");
  EXPECT_EQ(speakerOf(g, "a deliberate attack on civilians"), "Ukraine");
}

TEST_F(QuotationsTest, quoteOverSeveralSentencesIsOneQuotation) {
  const auto g = extract(
      "\u201CThe bridge was destroyed. Nobody can cross the river now,\u201D Colonel Ivan Petrenko told reporters.\n");
  const auto all = quotations(g);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].text, "The bridge was destroyed. Nobody can cross the river now");
  EXPECT_EQ(all[0].speaker.value_or(""), "Ivan Petrenko");
  EXPECT_EQ(all[0].evidence.size(), 2u);
}

TEST_F(QuotationsTest, quoteOverParagraphsIsOneQuotation) {
  const auto g = extract(
      "Malian junta leader Assimi Diarra spoke on state television on Tuesday. \u201CWe will defend every village.\n\n"
      "\u201CNo foreign force will decide our future,\u201D he said.\n");
  const auto all = quotations(g);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].text, "We will defend every village. No foreign force will decide our future");
  EXPECT_EQ(all[0].speaker.value_or(""), "Assimi Diarra");
}

TEST_F(QuotationsTest, continuedQuoteKeepsItsSpeaker) {
  const auto g = extract(
      "\u201CWe are ready to talk,\u201D rebel spokesman Joseph Mwamba said. \u201CBut the army must leave Goma "
      "first.\u201D\n");
  EXPECT_EQ(speakerOf(g, "But the army must leave"), "Joseph Mwamba");
}

TEST_F(QuotationsTest, accordingToASpeaker) {
  const auto g = extract(
      "\"We have lost contact with the aid convoy,\" according to Carlos Mendoza, a Red Cross official in Bogota.\n");
  EXPECT_EQ(speakerOf(g, "We have lost contact"), "Carlos Mendoza");
}

TEST_F(QuotationsTest, headlineQuoteBorrowsTheBodySpeaker) {
  const auto g = extract(
      "Rebels Reject \u2018Humiliating\u2019 Truce Terms\n"
      "Rebel leader Joseph Mwamba called the proposed terms \u201Chumiliating and unacceptable\u201D on Saturday.\n");
  EXPECT_EQ(speakerOf(g, "Humiliating"), "Joseph Mwamba");
  EXPECT_EQ(speakerOf(g, "humiliating and unacceptable"), "Joseph Mwamba");
}

TEST_F(QuotationsTest, scareQuotesAndTitlesAreNotQuotations) {
  const auto g = extract(
      "The so-called \u201Cpeace plan\u201D was published on Tuesday.\n"
      "The \u201Chumanitarian corridor\u201D opened near the border.\n"
      "The documentary \u201CReturn to Aleppo\u201D premiered in Berlin.\n"
      "The rebels\u2019 offer was rejected by the government's negotiators.\n");
  EXPECT_TRUE(quotations(g).empty());
}

TEST_F(QuotationsTest, unclosedQuoteStopsAtTheParagraph) {
  const auto g = extract(
      "Defence Minister Oleg Morozov said \u201Cthe offensive will continue until the spring.\n"
      "Fighting continued in the east.\n");
  const auto q = quote(g, "the offensive will continue");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->text, "the offensive will continue until the spring");
  EXPECT_EQ(q->speaker.value_or(""), "Oleg Morozov");
}

TEST_F(QuotationsTest, ownerOfTheWordsWithoutASpeechVerb) {
  const auto g = extract(
      "The sticking point remains Ethiopia\u2019s insistence on \u201Cguaranteed access to the sea\u201D for its "
      "navy.\n"
      "Sudanese army spokesman Nabil Abdallah spoke to reporters on Monday. His statement accused the paramilitaries "
      "of a \u201Cdeliberate campaign of starvation\u201D in the camps.\n");
  EXPECT_EQ(speakerOf(g, "guaranteed access to the sea"), "Ethiopia");
  EXPECT_EQ(speakerOf(g, "deliberate campaign of starvation"), "Nabil Abdallah");
}

TEST_F(QuotationsTest, nationalityOfPrivatePeopleIsNoSpeaker) {
  const auto g = extract(
      "\u201CWe have not eaten for three days,\u201D a Sudanese refugee told aid workers in Chad.\n"
      "A group of Colombian farmers said the eradication campaign had left them \u201Cwith nothing at all to sell "
      "this year.\u201D\n");
  EXPECT_EQ(speakerOf(g, "We have not eaten"), "<no speaker>");
  EXPECT_EQ(speakerOf(g, "with nothing at all"), "<no speaker>");
}

TEST_F(QuotationsTest, introductorySourceGivesWayToTheClauseSubject) {
  const auto g = extract(
      "According to Radio Dabanga, Sudanese army chief Abdel Fattah al-Burhan vowed to fight \u201Cuntil the last "
      "rebel leaves Khartoum.\u201D\n");
  EXPECT_EQ(speakerOf(g, "until the last rebel leaves Khartoum"), "Abdel Fattah al-Burhan");
}

TEST_F(QuotationsTest, brokenQuotationMarksDoNotCrash) {
  for (const char* text : {"\u201D\u201C\n\u201C\n\"", "He said \"\n\n\"", "\u2018\u2019 \u201C \u201D", "\"\"\"\"",
                           "Kyiv said \u201C\n\u201C\u201D\n\u201Cwe will\n\nrespond\u201D he said."}) {
    EXPECT_NO_THROW({
      const auto g = extract(text);
      for (const auto& q : quotations(g)) EXPECT_FALSE(q.text.empty());
    });
  }
}
}  // namespace
}  // namespace ng

namespace ng {
namespace {

TEST_F(QuotationsTest, theTitleOfANamedPersonSpeaksForThatPerson) {
  const auto g = extract(
      "Sudanese Foreign Minister Ali Yousif met envoys in Cairo on Monday. \"We want peace,\" the foreign minister "
      "said.\n");
  EXPECT_EQ(speakerOf(g, "We want peace"), "Ali Yousif");
}

TEST_F(QuotationsTest, anAmbiguousTitleGivesNoPerson) {
  const auto g = extract(
      "Foreign Minister Ali Yousif of Sudan met Foreign Minister Sameh Shoukry of Egypt in Cairo. \"We want peace,\" "
      "the foreign minister said.\n");
  EXPECT_NE(speakerOf(g, "We want peace"), "Ali Yousif");
  EXPECT_NE(speakerOf(g, "We want peace"), "Sameh Shoukry");
}


TEST_F(QuotationsTest, aSecondVerbAfterADayHasTheClausesSpeaker) {
  const auto g = extract(
      "King Tamir Oduya welcomed the ruling on Friday and called on Chad to open a \"sincere dialogue\".\n");
  EXPECT_EQ(speakerOf(g, "sincere dialogue"), "Tamir Oduya");
}


TEST_F(QuotationsTest, whoAfterADescriptionInCommasIsTheNameBeforeIt) {
  const auto g = extract(
      "The delegation was headed by Tamir Oduya, an aide to President Karel Vostan, who said the talks were "
      "\"a good start\".");
  EXPECT_EQ(speakerOf(g, "a good start"), "Tamir Oduya");  // not the president named in the description
}

TEST_F(QuotationsTest, aNicknameInsideTheSpeakersNameIsNoQuotation) {
  const auto g = extract(
      "Tomas \"Tiger\" Okoro, the leader of a gang coalition, warned on Tuesday that Peru would descend into "
      "\"civil war\".");
  EXPECT_EQ(speakerOf(g, "civil war"), "Tomas Okoro");
  EXPECT_EQ(speakerOf(g, "Tiger"), "<no quotation>");
}

TEST_F(QuotationsTest, itsCommanderNamedInAppositionIsTheSpeaker) {
  const auto g = extract(
      "The peacekeeping force in Chad, MINUCHAD, said on Friday it had increased patrols. Its commander, Major "
      "General Amadou Sow, urged both sides to avoid \"any unilateral action that could fuel tensions\". Its "
      "spokesman said: \"We are ready.\"");
  const auto urged = quote(g, "any unilateral action");
  ASSERT_TRUE(urged.has_value());
  EXPECT_EQ(urged->speaker, std::optional<std::string>("Amadou Sow")) << "not the body 'its' stands for";
}

TEST_F(QuotationsTest, theGroupAndItsCommitteeSpeakForTheArmedGroupNamedLast) {
  const auto g = extract(
      "NIAMEY — The Kanem Liberation Front (KLF) declared a truce on Saturday. \"We are declaring a ceasefire "
      "effective from today,\" the group's executive committee said in a statement. \"We will keep it,\" the "
      "group said.");
  const auto declared = quote(g, "We are declaring a ceasefire");
  ASSERT_TRUE(declared.has_value());
  EXPECT_EQ(declared->speaker, std::optional<std::string>("Kanem Liberation Front"));
  const auto kept = quote(g, "We will keep it");
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->speaker, std::optional<std::string>("Kanem Liberation Front"));
}

TEST_F(QuotationsTest, theArmysGeneralStaffSpeaksForTheDatelinesState) {
  const auto g = extract("NDJAMENA, Chad (AFP) — \"The attackers were repelled,\" the army's general staff said in a statement.");
  const auto q = quote(g, "The attackers were repelled");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->speaker, std::optional<std::string>("Chad"));
}

TEST_F(QuotationsTest, heSaidAfterAClosingAttributionIsItsSpeaker) {
  const auto g = extract(
      "Chad and Niger exchanged 40 prisoners on Sunday. Eight civilians were also freed, President Tamir Oduya "
      "wrote on Telegram. \"Our people are home,\" he said.");
  EXPECT_EQ(speakerOf(g, "Our people are home"), "Tamir Oduya");
}

TEST_F(QuotationsTest, theOneQuotedAsSayingSpeaks) {
  const auto g = extract(
      "President Tamir Oduya ordered the army to act. \"No effort will be spared,\" his spokesman Ali Koko quoted him "
      "as saying. \"We will find them,\" state media quoted Interior Minister Joseph Kamau as saying.");
  EXPECT_EQ(speakerOf(g, "No effort will be spared"), "Tamir Oduya");
  EXPECT_EQ(speakerOf(g, "We will find them"), "Joseph Kamau");
}

TEST_F(QuotationsTest, aDayBetweenTheSubjectAndItsVerb) {
  const auto g = extract(
      "Chad's government on Thursday accused Niger of \"actively preparing to wage war\" in a letter to the UN.");
  EXPECT_EQ(speakerOf(g, "actively preparing"), "Chad");
}

}  // namespace
}  // namespace ng
