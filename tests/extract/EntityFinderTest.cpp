#include "extract/EntityFinder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/DataDir.h"
#include "extract/Pipeline.h"

namespace ng {
namespace {

using onto::Class;

const Gazetteer& gaz() {
  static const Gazetteer g = Gazetteer::load(findDataDir() / "data");
  return g;
}

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/// A small tokenizer for the tests (the real segmenter is tested on its own): whitespace
/// separates words; quotes, brackets and , ; : ! ? are tokens; a final '.' is a token unless
/// the word is an abbreviation (U.S., Gen., Lt.); possessive 's / ’s is a token; hyphenated
/// words stay whole. A sentence ends after a '.', '?' or '!' token.
Document makeDoc(std::string text, bool heading = false) {
  Document doc;
  doc.article.text = std::move(text);
  const std::string& t = doc.article.text;
  auto add = [&doc](std::size_t b, std::size_t e) {
    Token tok;
    tok.span = Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    doc.tokens.push_back(tok);
  };
  static const std::vector<std::string_view> kPunct = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "(", ")", ",", ";", ":", "!", "?"};
  auto punctAt = [&t](std::size_t i) -> std::size_t {
    for (const auto p : kPunct)
      if (t.compare(i, p.size(), p) == 0) return p.size();
    return 0;
  };
  std::size_t i = 0;
  while (i < t.size()) {
    if (isSpace(t[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < t.size() && !isSpace(t[e])) ++e;
    // Leading punctuation.
    while (i < e) {
      const auto n = punctAt(i);
      if (n == 0) break;
      add(i, i + n);
      i += n;
    }
    // Trailing punctuation, collected backwards.
    std::vector<std::pair<std::size_t, std::size_t>> tail;
    while (e > i) {
      std::size_t n = 0;
      for (const auto p : kPunct)
        if (e - i >= p.size() && t.compare(e - p.size(), p.size(), p) == 0) n = p.size();
      if (n == 0 && t[e - 1] == '.') {
        const std::string_view word(t.data() + i, e - 1 - i);
        const bool abbrev = word.find('.') != std::string_view::npos ||
                            (word.size() <= 3 && !word.empty() && word[0] >= 'A' && word[0] <= 'Z');
        if (!abbrev) n = 1;
      }
      if (n == 0) break;
      tail.emplace_back(e - n, e);
      e -= n;
    }
    if (e > i) {
      std::size_t poss = 0;
      if (e - i > 2 && t.compare(e - 2, 2, "'s") == 0) poss = 2;
      if (e - i > 4 && t.compare(e - 4, 4, "\xE2\x80\x99s") == 0) poss = 4;
      add(i, e - poss);
      if (poss) add(e - poss, e);
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) add(it->first, it->second);
    i = tail.empty() ? e : tail.front().second;
  }
  Sentence s;
  s.heading = heading;
  for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
    const auto tok = doc.tokenText(k);
    if (tok == "." || tok == "?" || tok == "!" || k + 1 == doc.tokens.size()) {
      s.tokenEnd = static_cast<std::uint32_t>(k + 1);
      s.span = Span{doc.tokens[s.tokenBegin].span.begin, doc.tokens[k].span.end};
      doc.sentences.push_back(s);
      s.tokenBegin = s.tokenEnd;
    }
  }
  return doc;
}

struct Found {
  std::string text;
  Class cls;
  bool demonym;
  friend bool operator==(const Found&, const Found&) = default;
  friend std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << "{" << f.text << ", " << onto::name(f.cls) << (f.demonym ? ", demonym" : "") << "}";
  }
};

std::vector<Found> find(Document& doc) {
  findMentions(doc, gaz());
  std::vector<Found> out;
  for (const auto& m : doc.mentions) out.push_back({std::string(doc.slice(m.span)), m.cls, m.demonym});
  return out;
}

std::vector<Found> find(std::string text, bool heading = false) {
  auto doc = makeDoc(std::move(text), heading);
  return find(doc);
}

const Mention* mentionOf(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}

TEST(EntityFinderHelper, tokenizesLikeTheSegmenterPromises) {
  auto doc = makeDoc("Lt. Gen. Ali's “U.S. aid” went to Kyiv. Then Khartoum-Juba talks.");
  std::vector<std::string> toks;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) toks.emplace_back(doc.tokenText(i));
  EXPECT_EQ(toks, (std::vector<std::string>{"Lt.", "Gen.", "Ali", "'s", "“", "U.S.", "aid", "”", "went", "to", "Kyiv", ".",
                                            "Then", "Khartoum-Juba", "talks", "."}));
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].tokenBegin, 12u);
}

TEST(EntityFinder, splitsDemonymTitleAndPerson) {
  EXPECT_EQ(find("Sudanese Foreign Minister Ali Yousif met Kenyan President William Ruto in Nairobi."),
            (std::vector<Found>{{"Sudanese", Class::Country, true},
                                {"Ali Yousif", Class::Person, false},
                                {"Kenyan", Class::Country, true},
                                {"William Ruto", Class::Person, false},
                                {"Nairobi", Class::City, false}}));
}

TEST(EntityFinder, countryBeforeTitleIsItsOwnMention) {
  EXPECT_EQ(find("Talks resumed after United States Secretary of State Antony Blinken called Deputy Prime Minister "
                 "Yulia Svyrydenko."),
            (std::vector<Found>{{"United States", Class::Country, false},
                                {"Antony Blinken", Class::Person, false},
                                {"Yulia Svyrydenko", Class::Person, false}}));
}

TEST(EntityFinder, possessiveAndTheStayOutOfNames) {
  auto doc = makeDoc("Ukraine's President Volodymyr Zelensky thanked The Netherlands and the Philippines' envoy.");
  EXPECT_EQ(find(doc), (std::vector<Found>{{"Ukraine", Class::Country, false},
                                           {"Volodymyr Zelensky", Class::Person, false},
                                           {"The Netherlands", Class::Country, false},
                                           {"Philippines", Class::Country, false}}));
  const Mention* zelensky = mentionOf(doc, "Volodymyr Zelensky");
  ASSERT_NE(zelensky, nullptr);
  EXPECT_EQ(doc.tokenText(zelensky->tokenBegin), "Volodymyr");
  EXPECT_EQ(zelensky->tokenEnd - zelensky->tokenBegin, 2u);
}

TEST(EntityFinder, typesOrganizationsByHeadWords) {
  EXPECT_EQ(find("Fighters of the Arakan Army attacked positions of the Myanmar Army, the Myanmar Times reported."),
            (std::vector<Found>{{"Arakan Army", Class::ArmedGroup, false},
                                {"Myanmar Army", Class::GovernmentBody, false},
                                {"Myanmar Times", Class::MediaOutlet, false}}));
  EXPECT_EQ(find("The Ministry of Foreign Affairs of Ethiopia and the UN Security Council discussed Oromia."),
            (std::vector<Found>{{"Ministry of Foreign Affairs of Ethiopia", Class::GovernmentBody, false},
                                {"UN Security Council", Class::InternationalOrganization, false},
                                {"Oromia", Class::Region, false}}));
}

TEST(EntityFinder, headWordBeforeOfNamesTheWholeOrganization) {
  EXPECT_EQ(find("Data from the Central Bank of Nigeria and the Kenya Revenue Authority showed a drop."),
            (std::vector<Found>{{"Central Bank of Nigeria", Class::Organization, false},
                                {"Kenya Revenue Authority", Class::GovernmentBody, false}}));
}

TEST(EntityFinder, generalAssemblyIsNoTitledPerson) {
  EXPECT_EQ(find("Diplomats at the UN General Assembly and the African Union condemned the coup."),
            (std::vector<Found>{{"UN General Assembly", Class::InternationalOrganization, false},
                                {"African Union", Class::InternationalOrganization, false}}));
}

TEST(EntityFinder, headWordAloneIsNoName) {
  EXPECT_EQ(find("Shortly afterwards the Ministry said the Army and Police had left Goma."),
            (std::vector<Found>{{"Goma", Class::City, false}}));
}

TEST(EntityFinder, armedGroupCueInsideHyphenatedName) {
  EXPECT_EQ(find("Iran accused the Mujahideen-e-Khalq and the Oromo Liberation Army of plotting attacks."),
            (std::vector<Found>{{"Iran", Class::Country, false},
                                {"Mujahideen-e-Khalq", Class::ArmedGroup, false},
                                {"Oromo Liberation Army", Class::ArmedGroup, false}}));
}

TEST(EntityFinder, bordersAndCrossings) {
  EXPECT_EQ(find("Aid trucks queued at the Rafah crossing, near the Green Line and along the Kenya-Somalia border."),
            (std::vector<Found>{{"Rafah crossing", Class::Border, false},
                                {"Green Line", Class::Border, false},
                                {"Kenya", Class::Country, false},
                                {"Somalia", Class::Country, false}}));
  // A country before "border" stays the country.
  EXPECT_EQ(find("Troops massed along the Chad border."), (std::vector<Found>{{"Chad", Class::Country, false}}));
}

TEST(EntityFinder, regionsFromProvinceWordsAndSubdivisions) {
  EXPECT_EQ(find("Shelling hit villages in Kherson province, in Zaporizhzhia Oblast and in North Darfur."),
            (std::vector<Found>{{"Kherson", Class::Region, false},
                                {"Zaporizhzhia", Class::Region, false},
                                {"North Darfur", Class::Region, false}}));
}

TEST(EntityFinder, namedEventsWorldRegionsAndCurrencies) {
  auto doc = makeDoc("Envoys revived the Minsk Agreement at a summit on the Horn of Africa, pledging USD 50 million.");
  EXPECT_EQ(find(doc), (std::vector<Found>{{"Minsk Agreement", Class::Agreement, false},
                                           {"Horn of Africa", Class::Region, false}}));
}

TEST(EntityFinder, unknownNameAfterInIsAPlaceGuess) {
  auto doc = makeDoc("Clashes erupted in Ras Kamboni after Ahmed Madobe arrived.");
  EXPECT_EQ(find(doc), (std::vector<Found>{{"Ras Kamboni", Class::City, false}, {"Ahmed Madobe", Class::Person, false}}));
  EXPECT_LE(doc.mentions.front().confidence, 0.5);
}

TEST(EntityFinder, listedNamesSideBySideAreSplit) {
  EXPECT_EQ(find("Analysts expect Ethiopia Eritrea trade to grow."),
            (std::vector<Found>{{"Ethiopia", Class::Country, false}, {"Eritrea", Class::Country, false}}));
  EXPECT_EQ(find("Considering Kenya, the envoys waited."), (std::vector<Found>{{"Kenya", Class::Country, false}}));
}

TEST(EntityFinder, acronymsAreOrganizationsButCountryCodesAreCountries) {
  EXPECT_EQ(find("Both the UN and the US pressed the KLF and NATO to stop."),
            (std::vector<Found>{{"UN", Class::InternationalOrganization, false},
                                {"US", Class::Country, false},
                                {"KLF", Class::Organization, false},
                                {"NATO", Class::InternationalOrganization, false}}));
}

TEST(EntityFinder, skipsDaysMonthsAndCapitalizedFirstWords) {
  EXPECT_EQ(find("Officials said on Monday that talks in Geneva would resume in November."),
            (std::vector<Found>{{"Geneva", Class::City, false}}));
  EXPECT_EQ(find("However, talks in Doha stalled."), (std::vector<Found>{{"Doha", Class::City, false}}));
  EXPECT_EQ(find("Residents of the Gaza Strip fled."), (std::vector<Found>{{"Gaza Strip", Class::Region, false}}));
}

TEST(EntityFinder, posTagsVetoFirstWords) {
  auto doc = makeDoc("Heavy Fighting erupted in Juba.");
  doc.tokens[0].pos = "JJ";
  EXPECT_EQ(find(doc), (std::vector<Found>{{"Juba", Class::City, false}}));
}

TEST(EntityFinder, surnameAfterFullNameIsAPerson) {
  auto doc = makeDoc("Chadian President Mahamat Deby arrived in N'Djamena. Deby said the talks would go on.");
  EXPECT_EQ(find(doc), (std::vector<Found>{{"Chadian", Class::Country, true},
                                           {"Mahamat Deby", Class::Person, false},
                                           {"N'Djamena", Class::City, false},
                                           {"Deby", Class::Person, false}}));
}

TEST(EntityFinder, titlesAndSpeechRaiseConfidence) {
  auto doc = makeDoc("Houthi spokesman Yahya Saree spoke while Hans Grundberg listened.");
  findMentions(doc, gaz());
  const Mention* saree = mentionOf(doc, "Yahya Saree");
  const Mention* grundberg = mentionOf(doc, "Hans Grundberg");
  ASSERT_NE(saree, nullptr);
  ASSERT_NE(grundberg, nullptr);
  EXPECT_EQ(saree->cls, Class::Person);
  EXPECT_EQ(grundberg->cls, Class::Person);
  EXPECT_GT(saree->confidence, grundberg->confidence);

  auto doc2 = makeDoc("Fighting spread to Aleppo and Kassala.");
  findMentions(doc2, gaz());
  ASSERT_EQ(doc2.mentions.size(), 2u);
  EXPECT_GE(doc2.mentions[0].confidence, 0.8);  // a listed city is surer than any guess
  EXPECT_LT(grundberg->confidence, doc2.mentions[0].confidence);
}

TEST(EntityFinder, hyphenatedCountryPairsAndDemonymPairs) {
  EXPECT_EQ(find("The Ethiopia-Eritrea accord eased Eritrean-Ethiopian tensions."),
            (std::vector<Found>{{"Ethiopia", Class::Country, false},
                                {"Eritrea", Class::Country, false},
                                {"Eritrean", Class::Country, true},
                                {"Ethiopian", Class::Country, true}}));
}

TEST(EntityFinder, andSplitsTwoNamesButNotOneCountry) {
  EXPECT_EQ(find("Envoys from Armenia and Azerbaijan met in Bosnia and Herzegovina."),
            (std::vector<Found>{{"Armenia", Class::Country, false},
                                {"Azerbaijan", Class::Country, false},
                                {"Bosnia and Herzegovina", Class::Country, false}}));
}

TEST(EntityFinder, hyphenatedAdjectivesKeepTheirCountry) {
  // A name before "-linked" is a group's, of the class the cue list gives it (RSF: an armed
  // group), else an organization.
  EXPECT_EQ(find("Saudi-led strikes hit Iran-backed fighters and RSF-linked convoys. Zorvat-linked convoys left."),
            (std::vector<Found>{{"Saudi", Class::Country, true},
                                {"Iran", Class::Country, false},
                                {"RSF", Class::ArmedGroup, false},
                                {"Zorvat", Class::Organization, false}}));
}

TEST(EntityFinder, cityNamedLikeAWordIsNoCityAtSentenceStart) {
  EXPECT_EQ(find("Reading the statement, envoys left Mobile and Reading."),
            (std::vector<Found>{{"Mobile", Class::City, false}, {"Reading", Class::City, false}}));
}

TEST(EntityFinder, titleCaseLinesAreReadAsHeadings) {
  // Only the listed names; "Peace Talks", "Collapse", "Demands" are headline words.
  EXPECT_EQ(find("Sudan Peace Talks Collapse Over Darfur Demands In Jeddah"),
            (std::vector<Found>{{"Sudan", Class::Country, false}, {"Darfur", Class::Region, false}, {"Jeddah", Class::City, false}}));
}

TEST(EntityFinder, headingsYieldOnlyListedNames) {
  EXPECT_EQ(find("Ethiopia, Eritrea Agree To Reopen Border Talks In Addis Ababa", true),
            (std::vector<Found>{{"Ethiopia", Class::Country, false},
                                {"Eritrea", Class::Country, false},
                                {"Addis Ababa", Class::City, false}}));
}

TEST(EntityFinder, honorificsAndRanksAfterATitle) {
  EXPECT_EQ(find("Army chief Lt. Gen. Abdel Fattah al-Burhan met Sheikh Tamim bin Hamad in Doha."),
            (std::vector<Found>{{"Abdel Fattah al-Burhan", Class::Person, false},
                                {"Tamim bin Hamad", Class::Person, false},
                                {"Doha", Class::City, false}}));
}

TEST(EntityFinder, mentionsAreSortedDisjointAndWithinTheirTokens) {
  auto doc = makeDoc(
      "Colombian President Gustavo Petro and the ELN signed a ceasefire in Havana. The Colombian Army said "
      "Petro's envoy Otty Patiño would brief the UN Verification Mission in Bogotá. Venezuelan and Cuban "
      "mediators, including Cuba's Foreign Minister Bruno Rodríguez, attended.");
  findMentions(doc, gaz());
  ASSERT_GE(doc.mentions.size(), 10u);
  std::uint32_t end = 0;
  for (const auto& m : doc.mentions) {
    EXPECT_GE(m.span.begin, end);
    EXPECT_LT(m.span.begin, m.span.end);
    EXPECT_LT(m.tokenBegin, m.tokenEnd);
    EXPECT_LE(doc.tokens[m.tokenBegin].span.begin, m.span.begin);
    EXPECT_GE(doc.tokens[m.tokenEnd - 1].span.end, m.span.end);
    EXPECT_GT(m.confidence, 0.0);
    EXPECT_LE(m.confidence, 1.0);
    EXPECT_EQ(m.entity, -1);
    end = m.span.end;
  }
  const Mention* bogota = mentionOf(doc, "Bogotá");
  ASSERT_NE(bogota, nullptr);
  EXPECT_EQ(bogota->cls, Class::City);
  const Mention* mission = mentionOf(doc, "UN Verification Mission");
  ASSERT_NE(mission, nullptr);
  EXPECT_EQ(mission->cls, Class::InternationalOrganization);
  const Mention* rodriguez = mentionOf(doc, "Bruno Rodríguez");
  ASSERT_NE(rodriguez, nullptr);
  EXPECT_EQ(rodriguez->cls, Class::Person);
}

TEST(EntityFinder, emptyInputsAndEmptyGazetteer) {
  Document empty;
  findMentions(empty, gaz());
  EXPECT_TRUE(empty.mentions.empty());

  // Without segmentation all tokens are one sentence; without lists every name is a guess.
  auto doc = makeDoc("Kenyan President William Ruto spoke in Nairobi.");
  doc.sentences.clear();
  findMentions(doc, Gazetteer());
  ASSERT_FALSE(doc.mentions.empty());
  for (const auto& m : doc.mentions) EXPECT_LE(m.confidence, 0.75);
}

// ---- the finder's rules through the real pipeline (segmenter, tagger, recognizer, coreference) ----

class EntityRulesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { res_ = ExtractResources::load(NEWSGRAPH_SOURCE_DATADIR); }
  static void TearDownTestSuite() { res_.reset(); }

  static Document analyzeText(std::string text) {
    Article a;
    a.id = "entity-rules-test";
    a.date = "2025-03-14";
    a.text = std::move(text);
    return analyze(std::move(a), *res_);
  }
  /// The entity with this name, or nullptr.
  static const LocalEntity* entity(const Document& doc, std::string_view name) {
    for (const auto& e : doc.entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  /// The entity one of whose forms is `form`, or nullptr.
  static const LocalEntity* withForm(const Document& doc, std::string_view form) {
    for (const auto& e : doc.entities)
      if (std::find(e.forms.begin(), e.forms.end(), form) != e.forms.end()) return &e;
    return nullptr;
  }
  static bool hasPerson(const Document& doc, std::string_view form) {
    const auto* e = withForm(doc, form);
    return e != nullptr && e->cls == Class::Person;
  }

  static std::shared_ptr<const ExtractResources> res_;
};
std::shared_ptr<const ExtractResources> EntityRulesTest::res_;

TEST_F(EntityRulesTest, bracketedAcronymJoinsTheWholeNameAcrossIn) {
  const auto doc = analyzeText(
      "The United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) said its staff would stay. "
      "UNITAMS also asked for more funds. Sudan did not reply.");
  const auto* mission = entity(doc, "United Nations Integrated Transition Assistance Mission in Sudan");
  ASSERT_NE(mission, nullptr);
  EXPECT_TRUE(onto::isA(mission->cls, Class::Organization));
  EXPECT_EQ(withForm(doc, "UNITAMS"), mission);
  // The country inside the name never takes the acronym.
  const auto* sudan = entity(doc, "Sudan");
  ASSERT_NE(sudan, nullptr);
  EXPECT_EQ(std::count(sudan->forms.begin(), sudan->forms.end(), "UNITAMS"), 0);
}

TEST_F(EntityRulesTest, bracketedAcronymMayLeaveOutInitials) {
  const auto doc = analyzeText("The African Union Transition Mission in Somalia (ATMIS) said its troops would stay.");
  const auto* mission = entity(doc, "African Union Transition Mission in Somalia");
  ASSERT_NE(mission, nullptr);
  EXPECT_EQ(withForm(doc, "ATMIS"), mission);
}

TEST_F(EntityRulesTest, bracketedAcronymMaySpellByWordPrefixesAcrossAnd) {
  // "Norway" gives "NO"; "Stabilization" and "Mission" give none; "and" splits nothing.
  const auto doc = analyzeText(
      "The Arctic Union Support and Stabilization Mission in Norway (AUSSNO) said its troops would stay. "
      "AUSSNO asked for more funds.");
  const auto* mission = entity(doc, "Arctic Union Support and Stabilization Mission in Norway");
  ASSERT_NE(mission, nullptr);
  EXPECT_TRUE(onto::isA(mission->cls, Class::Organization));
  EXPECT_EQ(withForm(doc, "AUSSNO"), mission);
  EXPECT_EQ(entity(doc, "Arctic Union Support"), nullptr);
  EXPECT_EQ(entity(doc, "Stabilization Mission"), nullptr);
}

TEST_F(EntityRulesTest, acronymWrittenAsAWordNamesTheNameItSpells) {
  const auto doc = analyzeText(
      "The Central Observatory for Displacement and Aid (Coda) counted 40 deaths. Coda said most were civilians.");
  const auto* body = entity(doc, "Central Observatory for Displacement and Aid");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(withForm(doc, "Coda"), body);
  EXPECT_EQ(body->mentions.size(), 3u);
  // A word in brackets that spells nothing before it stays apart.
  const auto other = analyzeText("The Central Observatory for Displacement and Aid (Mira) counted 40 deaths.");
  EXPECT_NE(withForm(other, "Mira"), entity(other, "Central Observatory for Displacement and Aid"));
}

TEST_F(EntityRulesTest, demonymBeforeAndInsideABodysNameKeepsTheNameWhole) {
  const auto doc = analyzeText("Leaders met at the summit of the Community of Latin American and Caribbean States on Monday.");
  const auto* body = entity(doc, "Community of Latin American and Caribbean States");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(onto::isA(body->cls, Class::Organization));
  EXPECT_FALSE(hasPerson(doc, "Latin American"));
  EXPECT_FALSE(hasPerson(doc, "Caribbean States"));
  // Two names joined by "and" stay two.
  const auto two = analyzeText("The Organization of American States and Canada met on Monday.");
  EXPECT_NE(entity(two, "Organization of American States"), nullptr);
  EXPECT_NE(entity(two, "Canada"), nullptr);
}

TEST_F(EntityRulesTest, sentenceFinalPeriodIsNoPartOfAName) {
  // "Justice" is also a title ("Justice X"), whose abbreviation would keep the period.
  const auto doc = analyzeText(
      "Ali said the dispute must be settled by the International Court of Justice. Maduro said no. "
      "The Supreme Court of Justice ruled on Monday.");
  EXPECT_NE(entity(doc, "International Court of Justice"), nullptr);
  EXPECT_EQ(entity(doc, "International Court of Justice."), nullptr);
  EXPECT_NE(entity(doc, "Supreme Court of Justice"), nullptr);
  EXPECT_EQ(entity(doc, "Supreme Court of"), nullptr);
  // A title's abbreviation before a name keeps its period out of the name.
  const auto titled = analyzeText("Gen. Abdou Tiani met Col. Assane Goita in Niamey.");
  EXPECT_TRUE(hasPerson(titled, "Abdou Tiani"));
  EXPECT_TRUE(hasPerson(titled, "Assane Goita"));
}

TEST_F(EntityRulesTest, bodysAreaNamedAfterTheBodyIsTheBody) {
  const auto doc = analyzeText(
      "The blast hit a truck, said Col. Somchai Prom, spokesman for the Internal Security Operations Command Region 4.");
  const auto* body = entity(doc, "Internal Security Operations Command");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->cls, Class::GovernmentBody);
}

TEST_F(EntityRulesTest, ministryAfterPossessiveOrDemonymIsTheCountrysBody) {
  const auto doc = analyzeText(
      "Kenya's foreign ministry said the talks would resume. The Ukrainian defence ministry denied the claim. "
      "Sudan's government said nothing.");
  const auto* kenya = entity(doc, "Foreign Ministry of Kenya");
  ASSERT_NE(kenya, nullptr);
  EXPECT_EQ(kenya->cls, Class::GovernmentBody);
  EXPECT_EQ(kenya->forms, std::vector<std::string>{"Kenya's foreign ministry"});
  const auto* ukraine = entity(doc, "Defence Ministry of Ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_EQ(ukraine->forms, std::vector<std::string>{"Ukrainian defence ministry"});
  // "government" is no portfolio body: Sudan stays the country.
  const auto* sudan = entity(doc, "Sudan");
  ASSERT_NE(sudan, nullptr);
  EXPECT_EQ(sudan->cls, Class::Country);
}

TEST_F(EntityRulesTest, capitalizedMinistryAfterItsCountryGetsTheSameName) {
  const auto doc = analyzeText(
      "Colombia's Foreign Ministry summoned the ambassador. Later the Colombian foreign ministry "
      "issued a second note. The Venezuelan Interior Ministry did not reply.");
  const auto* body = entity(doc, "Foreign Ministry of Colombia");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->mentions.size(), 2u);
  EXPECT_NE(entity(doc, "Interior Ministry of Venezuela"), nullptr);
  EXPECT_EQ(entity(doc, "Foreign Ministry"), nullptr);
}

TEST_F(EntityRulesTest, sourcesOfReportsAreOutlets) {
  const auto doc = analyzeText(
      "Fighting resumed near the airport, according to Tolonews. The general was quoted as saying by "
      "Dabanga that more troops would come. According to Nigeria Today, the convoy turned back.");
  for (const char* outlet : {"Tolonews", "Dabanga", "Nigeria Today"}) {
    const auto* e = entity(doc, outlet);
    ASSERT_NE(e, nullptr) << outlet;
    EXPECT_EQ(e->cls, Class::MediaOutlet) << outlet;
  }
  // "Nigeria" inside the outlet's name is no mention of the country.
  EXPECT_EQ(entity(doc, "Nigeria"), nullptr);
}

TEST_F(EntityRulesTest, namesBeforeAMediaNounAreOutlets) {
  const auto doc = analyzeText(
      "The commander told Al Mayadeen television that the siege would go on. The minister spoke to "
      "Kommersant newspaper. Officials quoted by Xinhua news agency denied it. He also spoke to Rudaw TV. "
      "Drones struck Kharkiv daily.");
  for (const char* outlet : {"Al Mayadeen", "Kommersant", "Xinhua", "Rudaw"}) {
    const auto* e = entity(doc, outlet);
    ASSERT_NE(e, nullptr) << outlet;
    EXPECT_EQ(e->cls, Class::MediaOutlet) << outlet;
  }
  const auto* kharkiv = entity(doc, "Kharkiv");
  ASSERT_NE(kharkiv, nullptr);
  EXPECT_EQ(kharkiv->cls, Class::City) << "'daily' after a place is an adverb";
}

TEST_F(EntityRulesTest, aParamilitaryOrRebelForceIsAnArmedGroup) {
  const auto doc = analyzeText(
      "Clashes broke out between the army and the paramilitary Popular Defence Forces. The rebel Allied "
      "Democratic Forces attacked a village. The Ugandan Armed Forces deployed.");
  for (const char* group : {"Popular Defence Forces", "Allied Democratic Forces"}) {
    const auto* e = entity(doc, group);
    ASSERT_NE(e, nullptr) << group;
    EXPECT_EQ(e->cls, Class::ArmedGroup) << group;
  }
  const auto* army = entity(doc, "Ugandan Armed Forces");
  ASSERT_NE(army, nullptr);
  EXPECT_NE(army->cls, Class::ArmedGroup) << "a state's forces without such a modifier";
}

TEST_F(EntityRulesTest, citiesInOtherSpellingsWhereTheContextMarksAPlace) {
  const auto doc = analyzeText(
      "A missile strike on Odesa killed four people. Fighting went on in Mykolaiv. Rebels seized Misrata. "
      "Misrata said nothing.");
  for (const auto& [form, canonical] : std::vector<std::pair<std::string, std::string>>{
           {"Odesa", "Odessa"}, {"Mykolaiv", "Mykolayiv"}, {"Misrata", "Misratah"}}) {
    const auto* e = withForm(doc, form);
    ASSERT_NE(e, nullptr) << form;
    EXPECT_EQ(e->cls, Class::City) << form;
    EXPECT_EQ(e->name, canonical) << form;
  }
}

TEST_F(EntityRulesTest, aFarLargeCityWrittenOtherwiseIsNoOtherSpelling) {
  // "Bokkos" (a town in Nigeria) has the consonants of Bekasi, a city of millions in Indonesia,
  // which the article does not name; "Gezu" those of Giza.
  const auto doc = analyzeText("Gunmen killed 52 people in Bokkos on Monday. Troops were sent to Gezu.");
  for (const auto& e : doc.entities) {
    EXPECT_NE(e.name, "Bekasi");
    EXPECT_NE(e.name, "Giza");
  }
}

TEST_F(EntityRulesTest, aCityGuessedFromItsSpellingNeedsWordsThatMarkAPlace) {
  // "Hamas" has the spelling key of Homs; none of these mark a place for it.
  const auto doc = analyzeText(
      "Thousands were killed in the Hamas attack. Shelling near Hamas positions went on. Hamas fighters "
      "fled.");
  for (const auto& e : doc.entities) EXPECT_NE(e.name, "Homs") << "guessed from a group's name";
}

TEST_F(EntityRulesTest, aDefinedNameKeepsThePossessiveInsideIt) {
  const auto doc = analyzeText(
      "The Sudan People's Liberation Movement (SPLM) issued a statement. "
      "The SPLM said it would attend.");
  const auto* splm = entity(doc, "Sudan People's Liberation Movement");
  ASSERT_NE(splm, nullptr);
  EXPECT_NE(std::find(splm->forms.begin(), splm->forms.end(), "SPLM"), splm->forms.end());
  EXPECT_EQ(entity(doc, "Sudan People"), nullptr);
  EXPECT_EQ(entity(doc, "Liberation Movement"), nullptr);
}

TEST_F(EntityRulesTest, aDatelineInCapitalsIsThePlace) {
  const auto doc = analyzeText("NAIROBI, March 4 (Reuters) - Kenya hosted the talks. Delegates arrived in Nairobi.");
  const auto* e = withForm(doc, "NAIROBI");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cls, Class::City);
  EXPECT_EQ(e->name, "Nairobi");
}

TEST_F(EntityRulesTest, platformsAndWebNamesAreOutlets) {
  const auto doc = analyzeText(
      "The rebel spokesman posted the video on X, Facebook and Telegram. "
      "TheEastAfrican.com first reported the deal on Friday.");
  for (const char* outlet : {"X", "Facebook", "Telegram", "TheEastAfrican.com"}) {
    const auto* e = entity(doc, outlet);
    ASSERT_NE(e, nullptr) << outlet;
    EXPECT_EQ(e->cls, Class::MediaOutlet) << outlet;
  }
}

TEST_F(EntityRulesTest, unknownNamesAfterPlacePrepositionsOrArticlesAreNoPeople) {
  const auto doc = analyzeText(
      "Heavy shelling was reported around Tal Afar on Sunday. "
      "The militia leader convened the Majlis Shura to decide on the truce.");
  EXPECT_FALSE(hasPerson(doc, "Tal Afar"));
  const auto* place = withForm(doc, "Tal Afar");
  ASSERT_NE(place, nullptr);
  EXPECT_TRUE(onto::isA(place->cls, Class::Place));
  EXPECT_FALSE(hasPerson(doc, "Majlis Shura"));
}

TEST_F(EntityRulesTest, titleWithPortfolioIsNoOrganization) {
  const auto doc = analyzeText(
      "Somalia's Minister for Information and Broadcasting, Daud Aweis, confirmed the attack. "
      "Minister of Planning and Development Amina Farah said the budget was cut.");
  for (const auto& e : doc.entities) {
    EXPECT_EQ(e.name.find("Broadcasting"), std::string::npos) << e.name;
    EXPECT_EQ(e.name.find("Planning"), std::string::npos) << e.name;
  }
  EXPECT_TRUE(hasPerson(doc, "Daud Aweis"));
}

TEST_F(EntityRulesTest, periodWordsAndHeadlineVerbsAreLeftOut) {
  const auto doc = analyzeText(
      "Post-2019 Houthi attacks on shipping rose sharply. "
      "Diplomats said the Yemen-Saudi Ceasefire Holds despite the strikes.");
  for (const auto& e : doc.entities) EXPECT_EQ(e.name.find("Post-2019"), std::string::npos) << e.name;
  EXPECT_EQ(withForm(doc, "Yemen-Saudi Ceasefire Holds"), nullptr);
  const auto* truce = withForm(doc, "Yemen-Saudi Ceasefire");
  ASSERT_NE(truce, nullptr);
  EXPECT_TRUE(onto::isA(truce->cls, Class::Event));
}

TEST_F(EntityRulesTest, possessiveAfterAGroupWordIsInsideTheName) {
  const auto doc = analyzeText(
      "The Varanu People's Liberation Front said its fighters had left the town. "
      "Officials of the Kuvaro Workers' Party met the People's Republic of China's envoy. Uganda's army denied it.");
  const auto* front = entity(doc, "Varanu People's Liberation Front");
  ASSERT_NE(front, nullptr);
  EXPECT_EQ(front->cls, Class::ArmedGroup);
  const auto* party = entity(doc, "Kuvaro Workers' Party");
  ASSERT_NE(party, nullptr);
  EXPECT_TRUE(onto::isA(party->cls, Class::Organization));
  for (const auto& e : doc.entities) {
    EXPECT_NE(e.name, "Varanu People") << "the name was cut at its possessive";
    EXPECT_NE(e.name, "Liberation Front") << "the name was cut at its possessive";
  }
  // The gazetteer's long form: China, not the Republic of China (Taiwan).
  const auto* china = withForm(doc, "People's Republic of China");
  ASSERT_NE(china, nullptr);
  EXPECT_EQ(china->cls, Class::Country);
  EXPECT_EQ(china->name, "China");
  // An owner before a common noun stays the owner.
  const auto* uganda = entity(doc, "Uganda");
  ASSERT_NE(uganda, nullptr);
  EXPECT_EQ(uganda->cls, Class::Country);
}

TEST_F(EntityRulesTest, personNameOpeningASentenceIsNotCutToATownsName) {
  // "Reda" is a town in the city gazetteer; the recognizer reads the pair as a person's name.
  const auto doc = analyzeText("Tamirat Reda, a spokesman for the front, said the talks had failed.");
  EXPECT_TRUE(hasPerson(doc, "Tamirat Reda"));
  EXPECT_EQ(withForm(doc, "Reda"), nullptr);
}

TEST_F(EntityRulesTest, surnameOfAPersonNamedBeforeIsThePersonNotTheTown) {
  const auto doc = analyzeText(
      "Tamirat Reda, a spokesman for the front, spoke on Monday. \"We will not give up,\" Reda said. "
      "Fighting went on in Reda.");
  const auto* person = entity(doc, "Tamirat Reda");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->cls, Class::Person);
  EXPECT_NE(std::find(person->forms.begin(), person->forms.end(), "Reda"), person->forms.end());
  const auto* town = entity(doc, "Reda");
  ASSERT_NE(town, nullptr) << "after \"in\", the word is the town";
  EXPECT_EQ(town->cls, Class::City);
}

TEST_F(EntityRulesTest, unknownWordBeforeAGroupNounIsAGroupThroughoutTheArticle) {
  const auto doc = analyzeText(
      "Kavuni fired rockets at the border town on Monday. The army struck Kavuni positions in the hills. "
      "Officials said the Dorvath leaders had fled. Sunni militants and Western officials were not named. "
      "Health officials counted the dead.");
  const auto* kavuni = entity(doc, "Kavuni");
  ASSERT_NE(kavuni, nullptr);
  EXPECT_EQ(kavuni->cls, Class::ArmedGroup);
  // Also where it opens a sentence, from the other mention.
  ASSERT_FALSE(doc.mentions.empty());
  EXPECT_EQ(doc.slice(doc.mentions.front().span), "Kavuni");
  const auto* dorvath = entity(doc, "Dorvath");
  ASSERT_NE(dorvath, nullptr);
  EXPECT_EQ(dorvath->cls, Class::Organization);
  EXPECT_EQ(withForm(doc, "Sunni"), nullptr);
  EXPECT_EQ(withForm(doc, "Western"), nullptr);
  EXPECT_EQ(withForm(doc, "Health"), nullptr) << "a common noun opening a sentence";
}

TEST_F(EntityRulesTest, personOfABodyIsTwoNames) {
  const auto doc = analyzeText("The talks were led by Tamir Oduya of the Varanu Liberation Movement on Monday.");
  EXPECT_TRUE(hasPerson(doc, "Tamir Oduya"));
  const auto* movement = entity(doc, "Varanu Liberation Movement");
  ASSERT_NE(movement, nullptr);
  EXPECT_TRUE(onto::isA(movement->cls, Class::Organization));
  EXPECT_EQ(withForm(doc, "Tamir Oduya of the Varanu Liberation Movement"), nullptr);
}

TEST_F(EntityRulesTest, shortNameIsTheCountryTheArticleNamesInFull) {
  const auto doc = analyzeText(
      "Fighting spread in the Democratic Republic of Congo on Monday. Congo's government accused its neighbours.");
  const auto* drc = withForm(doc, "Congo");
  ASSERT_NE(drc, nullptr);
  EXPECT_EQ(drc, withForm(doc, "Democratic Republic of Congo"));
  EXPECT_EQ(drc->name, "Democratic Republic of the Congo");
}

TEST_F(EntityRulesTest, lettersAndDigitsBeforeAGroupNounNameAGroup) {
  const auto doc = analyzeText("M23 rebels entered the town on Monday. The M23 spokesman said the group would stay.");
  const auto* group = entity(doc, "M23");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->cls, Class::ArmedGroup) << "the most specific class of its mentions";
  EXPECT_EQ(group->mentions.size(), 2u);
}

TEST_F(EntityRulesTest, thePluralOfAGroupNameIsTheGroup) {
  const auto doc = analyzeText("Kavuni rebels fired at a ship on Monday. The Kavunis have attacked 40 vessels since May.");
  const auto* group = entity(doc, "Kavuni");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(withForm(doc, "Kavunis"), group);
}

TEST_F(EntityRulesTest, anOrganizationsBracketedAcronymNeedNotSpellIt) {
  const auto doc = analyzeText(
      "The Group for the Support of Islam and Muslims (JNIM) claimed the attack. JNIM fighters withdrew.");
  const auto* group = entity(doc, "Group for the Support of Islam and Muslims");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(withForm(doc, "JNIM"), group);
}

TEST_F(EntityRulesTest, aNameBeforeLedOrBackedIsAGroup) {
  const auto doc = analyzeText(
      "Israel and Kavuni agreed to a truce on Monday. Kavuni will free ten hostages. Kavuni-led militants left. "
      "Iran-backed fighters stayed.");
  const auto* group = entity(doc, "Kavuni");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(onto::isA(group->cls, Class::Organization));
  EXPECT_EQ(group->mentions.size(), 3u);
  const auto* iran = entity(doc, "Iran");
  ASSERT_NE(iran, nullptr);
  EXPECT_EQ(iran->cls, Class::Country);
}

TEST_F(EntityRulesTest, severalNamesBeforeAGroupNounNameOneGroup) {
  const auto doc = analyzeText(
      "NAIROBI, Kenya — Gang members killed 12 people on Monday. The Dorva Kelim gang claimed the attack, and "
      "the gang's leader spoke later. Aid came from the Vantor Security Support mission.");
  const auto* gang = entity(doc, "Dorva Kelim");
  ASSERT_NE(gang, nullptr);
  EXPECT_EQ(gang->cls, Class::ArmedGroup);
  // "Gang" opens a sentence and the article writes "gang" in lowercase: a common noun.
  EXPECT_EQ(withForm(doc, "Gang"), nullptr);
  const auto* mission = entity(doc, "Vantor Security Support");
  ASSERT_NE(mission, nullptr);
  EXPECT_EQ(mission->cls, Class::Organization);
}

TEST_F(EntityRulesTest, anArmyWithAnArmedGroupsWordInItsNameIsAnArmedGroup) {
  const auto doc = analyzeText(
      "The Varanu National Liberation Army said on Monday it had left the town. The Chinese People's Liberation "
      "Army held drills. The Varanu National Army denied it.");
  const auto* rebels = entity(doc, "Varanu National Liberation Army");
  ASSERT_NE(rebels, nullptr);
  EXPECT_EQ(rebels->cls, Class::ArmedGroup);
  const auto* pla = entity(doc, "Chinese People's Liberation Army");
  ASSERT_NE(pla, nullptr);
  EXPECT_EQ(pla->cls, Class::GovernmentBody) << "China's army, listed";
  const auto* army = entity(doc, "Varanu National Army");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->cls, Class::GovernmentBody);
}

TEST_F(EntityRulesTest, unknownNameBeforeCampIsAPlace) {
  const auto doc = analyzeText("Gunmen attacked the Kavela camp near the border on Monday. Families fled the Doruma refugee camp.");
  const auto* kavela = entity(doc, "Kavela");
  ASSERT_NE(kavela, nullptr);
  EXPECT_TRUE(onto::isA(kavela->cls, Class::Place));
  const auto* doruma = entity(doc, "Doruma");
  ASSERT_NE(doruma, nullptr);
  EXPECT_TRUE(onto::isA(doruma->cls, Class::Place));
}

TEST_F(EntityRulesTest, datelineWithAnAgencyInBracketsIsThePlace) {
  const auto doc = analyzeText("NAIROBI (AP) — Talks resumed on Monday. PORT SUDAN, Sudan — The army said so.");
  const auto* nairobi = withForm(doc, "NAIROBI");
  ASSERT_NE(nairobi, nullptr);
  EXPECT_EQ(nairobi->cls, Class::City);
  EXPECT_EQ(nairobi->name, "Nairobi");
  const auto* port = withForm(doc, "PORT SUDAN");
  ASSERT_NE(port, nullptr);
  EXPECT_EQ(port->cls, Class::City);
  EXPECT_EQ(port->name, "Port Sudan");
}

TEST_F(EntityRulesTest, plainTextDashesEndADatelineAndThePublisherIsAnOutlet) {
  const auto doc = analyzeText("NAIROBI -- Talks resumed on Monday. ADDIS ABABA -- The army said so.");
  const auto* nairobi = withForm(doc, "NAIROBI");
  ASSERT_NE(nairobi, nullptr);
  EXPECT_EQ(nairobi->cls, Class::City) << "'--' is the em dash of plain-text wire copy";
  EXPECT_EQ(nairobi->name, "Nairobi");
  const auto* addis = withForm(doc, "ADDIS ABABA");
  ASSERT_NE(addis, nullptr);
  EXPECT_EQ(addis->name, "Addis Ababa");
  const auto opening = analyzeText("KORVAL // Clashes killed 12 people on Sunday.");
  const auto* korval = withForm(opening, "KORVAL");
  ASSERT_NE(korval, nullptr);
  EXPECT_EQ(korval->cls, Class::City) << "an unlisted town before '//' opening the article";
  EXPECT_EQ(korval->name, "Korval");

  Article a;
  a.id = "entity-rules-test";
  a.date = "2025-03-14";
  a.publisher = "Darvex Kona";
  a.text = "Three fighters were killed on Saturday, a local official told Darvex Kona.";
  const auto withPublisher = analyze(a, *res_);
  const auto* outlet = withForm(withPublisher, "Darvex Kona");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->cls, Class::MediaOutlet) << "the article's own outlet named in its text";
  a.publisher = "Other Outlet";
  const auto without = analyze(a, *res_);
  const auto* person = withForm(without, "Darvex Kona");
  ASSERT_NE(person, nullptr);
  EXPECT_NE(person->cls, Class::MediaOutlet);
}

TEST_F(EntityRulesTest, aCounterpartACodeNameOpeningASentenceAndATerritorysMinistry) {
  auto doc = analyzeText("President Karel Vostan and his Zotik counterpart Hassan Tamir Oduya met on Monday.");
  EXPECT_TRUE(hasPerson(doc, "Hassan Tamir Oduya")) << "'counterpart' before a name makes it a person";
  EXPECT_EQ(withForm(doc, "Hassan"), nullptr) << "not the listed city of that name";
  doc = analyzeText("Z44 rebels backed by Rwanda entered Goma on Monday.");
  const auto* code = withForm(doc, "Z44");
  ASSERT_NE(code, nullptr) << "capitals with digits opening a sentence are a code name";
  doc = analyzeText("The Gaza health ministry said 40 people were killed. The Gaza Health Ministry said so again.");
  const auto* body = withForm(doc, "Gaza health ministry");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->cls, Class::GovernmentBody);
  EXPECT_EQ(body->name, "Health Ministry of Gaza");
  const auto* capitalized = withForm(doc, "Gaza Health Ministry");
  ASSERT_NE(capitalized, nullptr);
  EXPECT_EQ(capitalized->name, "Health Ministry of Gaza") << "one body however capitalized";
  // A capital stands for its state.
  doc = analyzeText("Nairobi's foreign ministry said so. The Nairobi Foreign Ministry said so again.");
  const auto* kenya = withForm(doc, "Nairobi's foreign ministry");
  ASSERT_NE(kenya, nullptr);
  EXPECT_EQ(kenya->name, "Foreign Ministry of Kenya");
  EXPECT_NE(withForm(doc, "Nairobi Foreign Ministry"), nullptr);
  EXPECT_EQ(withForm(doc, "Nairobi Foreign Ministry"), kenya);
}

TEST_F(EntityRulesTest, anHonorificInsideAPersonsNameAndDatelineForms) {
  const auto doc = analyzeText(
      "BEIRUT — President Hassan Sheikh Tamiru spoke on Monday. MOGADISHU, Somalia (AP) — A Somali military "
      "official said the base was retaken. Qatar Sheikh Tamim Oduya said so.");
  EXPECT_TRUE(hasPerson(doc, "Hassan Sheikh Tamiru"));
  EXPECT_EQ(withForm(doc, "Tamiru"), nullptr);
  const auto* beirut = withForm(doc, "BEIRUT");
  ASSERT_NE(beirut, nullptr);
  EXPECT_EQ(beirut->cls, Class::City);
  const auto* ap = withForm(doc, "AP");
  ASSERT_NE(ap, nullptr);
  EXPECT_EQ(ap->cls, Class::MediaOutlet) << "the agency of a dateline";
  const auto* somali = withForm(doc, "Somali");
  ASSERT_NE(somali, nullptr);
  EXPECT_EQ(somali->cls, Class::Country) << "the demonym, not the Ethiopian region";
  EXPECT_EQ(somali->name, "Somalia");
  EXPECT_TRUE(hasPerson(doc, "Tamim Oduya")) << "a country before the honorific is no part of the name";
}

TEST_F(EntityRulesTest, anObservatoryIsAnOrganization) {
  const auto doc = analyzeText("More than 200 people were killed, the Kovar Observatory for Human Rights said on Tuesday.");
  const auto* observatory = entity(doc, "Kovar Observatory for Human Rights");
  ASSERT_NE(observatory, nullptr);
  EXPECT_TRUE(onto::isA(observatory->cls, Class::Organization));
  EXPECT_FALSE(hasPerson(doc, "Human Rights"));
}

TEST_F(EntityRulesTest, wellKnownGroupsAloneAndAPersonNamedAfterOne) {
  const auto doc = analyzeText(
      "Hamas denied the charge on Monday. The army accused Hezbollah of firing rockets. "
      "Houthi leader Abdul Malik al-Houthi warned of a new war. US envoy to Syria Tom Oduya said so.");
  for (const char* group : {"Hamas", "Hezbollah"}) {
    const auto* g = entity(doc, group);
    ASSERT_NE(g, nullptr) << group;
    EXPECT_EQ(g->cls, Class::ArmedGroup) << group;
  }
  EXPECT_TRUE(hasPerson(doc, "Abdul Malik al-Houthi")) << "a group's name inside a person's name";
  const auto hyphenated = analyzeText(
      "The Houthis' leader, Abdul-Malik al-Houthi, threatened to escalate. Fighters of Hayat Tahrir al-Sham "
      "and Jabhat al-Nusra attacked.");
  EXPECT_TRUE(hasPerson(hyphenated, "Abdul-Malik al-Houthi")) << "'al-' before a group's name: a family name";
  for (const char* group : {"Hayat Tahrir al-Sham", "Jabhat al-Nusra"}) {
    const auto* g = entity(hyphenated, group);
    ASSERT_NE(g, nullptr) << group;
    EXPECT_EQ(g->cls, Class::ArmedGroup) << group;
  }
  EXPECT_TRUE(hasPerson(doc, "Tom Oduya")) << "a country before a person's name is no part of it";
}

TEST_F(EntityRulesTest, aCityNamedWithCityAndRegionsOfConflicts) {
  const auto doc = analyzeText(
      "GAZA CITY (Reuters) — Prisoners were freed in Gaza City and in the occupied West Bank on Saturday. "
      "Talks were held in Mexico City.");
  const auto* gaza = withForm(doc, "Gaza City");
  ASSERT_NE(gaza, nullptr);
  EXPECT_EQ(gaza->cls, Class::City);
  EXPECT_EQ(gaza->name, "Gaza");
  EXPECT_EQ(withForm(doc, "GAZA CITY"), gaza);
  EXPECT_EQ(withForm(doc, "City"), nullptr) << "no subdivision is called 'City'";
  const auto* bank = withForm(doc, "West Bank");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->cls, Class::Region);
  const auto* mexico = withForm(doc, "Mexico City");
  ASSERT_NE(mexico, nullptr);
  EXPECT_EQ(mexico->name, "Mexico City");
}

TEST_F(EntityRulesTest, particlesAfterAGivenNameShortWordsAndOutletsAfterTheirNoun) {
  const auto doc = analyzeText(
      "Ursula von der Leyen, the president of the commission, spoke on Monday. North Korean leader Kim Jong Un "
      "sent a message, state news agency KCNA reported. The UN said so.");
  EXPECT_TRUE(hasPerson(doc, "Ursula von der Leyen"));
  EXPECT_TRUE(hasPerson(doc, "Kim Jong Un")) << "'Un' is no 'UN'";
  const auto* kcna = entity(doc, "KCNA");
  ASSERT_NE(kcna, nullptr);
  EXPECT_EQ(kcna->cls, Class::MediaOutlet);
  const auto* un = entity(doc, "UN");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->cls, Class::InternationalOrganization);
}


TEST_F(EntityRulesTest, anAdjectiveAfterAVerbOfSpeechIsNoPerson) {
  const auto doc = analyzeText("The president urged Western allies to send air defences. He told Kiprono the talks failed.");
  EXPECT_EQ(withForm(doc, "Western"), nullptr) << "an adjective before a noun names no one";
  EXPECT_TRUE(hasPerson(doc, "Kiprono"));
}


TEST_F(EntityRulesTest, quotedTitlesOfPlansAndPlacesAfterResort) {
  const auto doc = analyzeText(
      "President Ali Dasse's team dubbed it the \"Dasse Road for Regional Peace and Prosperity.\" Dasse said so. "
      "The army launched \"Operation Kariba\" on Monday. The deal was signed in the Red Sea resort of Marsa Kubri.");
  EXPECT_EQ(withForm(doc, "Dasse Road"), nullptr) << "the title of a plan names no one";
  EXPECT_EQ(withForm(doc, "Regional Peace"), nullptr);
  EXPECT_EQ(withForm(doc, "Operation Kariba"), nullptr);
  EXPECT_TRUE(hasPerson(doc, "Ali Dasse"));
  EXPECT_EQ(withForm(doc, "Dasse"), withForm(doc, "Ali Dasse")) << "no second 'Dasse' to compete for the surname";
  const auto* resort = withForm(doc, "Marsa Kubri");
  ASSERT_NE(resort, nullptr);
  EXPECT_EQ(resort->cls, Class::City);
}


TEST_F(EntityRulesTest, armiesOfACauseAndStatesOfACountry) {
  const auto doc = analyzeText(
      "The Chad National Democratic Alliance Army (CNDAA) attacked. The Sudanese Army said so. Fighting continued "
      "in Rakhine State and in Delta State. Islamic State fighters attacked.");
  const auto* army = withForm(doc, "Chad National Democratic Alliance Army");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->cls, Class::ArmedGroup) << "a cause in the name, even after a country's";
  const auto* sudan = withForm(doc, "Sudanese Army");
  ASSERT_NE(sudan, nullptr);
  EXPECT_EQ(sudan->cls, Class::GovernmentBody);
  for (const char* state : {"Rakhine", "Delta"}) {
    const auto* r = withForm(doc, state);
    ASSERT_NE(r, nullptr) << state;
    EXPECT_EQ(r->cls, Class::Region) << state;
  }
  const auto* is = withForm(doc, "Islamic State");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->cls, Class::ArmedGroup);
}


TEST_F(EntityRulesTest, forcesThatNameNoStateAndAnAcronymOpeningASentence) {
  const auto doc = analyzeText(
      "The Zotik Support Forces fought the Sudanese Armed Forces. The Chad Defence Forces said so. "
      "ZSF commander Tamir Oduya welcomed the proposal.");
  const auto* zsf = withForm(doc, "Zotik Support Forces");
  ASSERT_NE(zsf, nullptr);
  EXPECT_EQ(zsf->cls, Class::ArmedGroup) << "forces that name no state";
  EXPECT_EQ(withForm(doc, "ZSF"), zsf) << "an acronym opening a sentence is still a name";
  for (const char* state : {"Sudanese Armed Forces", "Chad Defence Forces"}) {
    const auto* f = withForm(doc, state);
    ASSERT_NE(f, nullptr) << state;
    EXPECT_EQ(f->cls, Class::GovernmentBody) << state;
  }
}


TEST_F(EntityRulesTest, hyphenatedGivenNamesListedArmiesAndNamesAfterAnArticle) {
  const auto doc = analyzeText(
      "President Lai Ching-te said in a National Day speech that the talks had failed. The People's Liberation "
      "Army said so. A Kabul-based group said so.");
  EXPECT_TRUE(hasPerson(doc, "Lai Ching-te")) << "a lowercase part after a hyphen in a person's name";
  EXPECT_EQ(withForm(doc, "National Day"), nullptr) << "after 'a': no person";
  const auto* pla = withForm(doc, "People's Liberation Army");
  ASSERT_NE(pla, nullptr);
  EXPECT_EQ(pla->cls, Class::GovernmentBody) << "listed whole as a state's army";
  EXPECT_EQ(withForm(doc, "Kabul-based"), nullptr);
}


TEST_F(EntityRulesTest, listedGroupsOfConflictsAndThePlaceOfASiege) {
  const auto doc = analyzeText(
      "The Security Council demanded that the RSF lift the siege of El Fasher. The IDF said so. ECOWAS met.");
  const std::vector<std::pair<std::string, Class>> expected = {
      {"RSF", Class::ArmedGroup}, {"IDF", Class::GovernmentBody}, {"ECOWAS", Class::InternationalOrganization}};
  for (const auto& [name, cls] : expected) {
    const auto* e = withForm(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->cls, cls) << name;
  }
  const auto* fasher = withForm(doc, "El Fasher");
  ASSERT_NE(fasher, nullptr);
  EXPECT_EQ(fasher->cls, Class::City) << "the place of a siege, in another transliteration";
}


TEST_F(EntityRulesTest, aRegnalNumberAfterATitledName) {
  const auto doc = analyzeText("Jordan's King Abdullah II met Pope Leo XIV in Rome. World War II ended long ago.");
  EXPECT_TRUE(hasPerson(doc, "Abdullah II"));
  EXPECT_TRUE(hasPerson(doc, "Leo XIV"));
  EXPECT_FALSE(hasPerson(doc, "World War II"));
}


TEST_F(EntityRulesTest, organizationsOpeningASentenceOrLedByAGroupOrAfterADemonym) {
  const auto doc = analyzeText(
      "Human Rights Watch accused the army of abuses. Islamic State-linked insurgents attacked Abeche. They fought "
      "Kurdish-led forces. The Kenyan Centre for Civic Studies said so.");
  const auto* hrw = withForm(doc, "Human Rights Watch");
  ASSERT_NE(hrw, nullptr) << "the first word of a sentence the recognizer starts a name with";
  EXPECT_EQ(withForm(doc, "Rights Watch"), nullptr);
  const auto* is = withForm(doc, "Islamic State");
  ASSERT_NE(is, nullptr) << "the words before a -linked name belong to it";
  EXPECT_EQ(is->cls, Class::ArmedGroup);
  EXPECT_EQ(withForm(doc, "State"), nullptr);
  EXPECT_EQ(withForm(doc, "Kurdish"), nullptr) << "an adjective in -ish leads no group";
  const auto* centre = withForm(doc, "Kenyan Centre for Civic Studies");
  ASSERT_NE(centre, nullptr) << "a demonym before an organization's head word and 'for'";
  EXPECT_EQ(centre->cls, Class::Organization);
}


TEST_F(EntityRulesTest, aTitleWithOfAndPersonsNamedLikeTowns) {
  const auto doc = analyzeText(
      "The visit came as US Secretary of State Tomas Velbrin arrived, South Korea's Joint Chiefs of Staff said. "
      "\"This is dangerous,\" said Rear Admiral Roy Vincent Trinidad, the navy spokesman.");
  EXPECT_TRUE(hasPerson(doc, "Tomas Velbrin"));
  EXPECT_EQ(withForm(doc, "US Secretary"), nullptr) << "the 'of' of a title splits nothing";
  EXPECT_EQ(withForm(doc, "State Tomas Velbrin"), nullptr);
  const auto* jcs = withForm(doc, "Joint Chiefs of Staff");
  ASSERT_NE(jcs, nullptr);
  EXPECT_EQ(jcs->cls, Class::GovernmentBody);
  EXPECT_TRUE(hasPerson(doc, "Roy Vincent Trinidad")) << "after a title, towns' names name a person";
  EXPECT_EQ(withForm(doc, "Trinidad"), nullptr);
}


TEST_F(EntityRulesTest, naturalFeaturesADatelinesOutletAndAShortNameOfAnOrganization) {
  const auto doc = analyzeText(
      "KORVAL, May 14 (Steppe Wire) - Ships met near the Velko Shoal in the Andaman Sea and on the River Ouse. "
      "Zorvat International said so. Later Zorvat said more. Zorvat's director spoke.");
  for (const char* place : {"Velko Shoal", "Andaman Sea", "River Ouse"}) {
    const auto* p = withForm(doc, place);
    ASSERT_NE(p, nullptr) << place;
    EXPECT_EQ(p->cls, Class::Place) << place;
  }
  const auto* wire = withForm(doc, "Steppe Wire");
  ASSERT_NE(wire, nullptr);
  EXPECT_EQ(wire->cls, Class::MediaOutlet) << "the agency in a dateline's brackets";
  const auto* town = withForm(doc, "KORVAL");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->cls, Class::City) << "an unlisted dateline opening the article";
  const auto* zorvat = withForm(doc, "Zorvat International");
  ASSERT_NE(zorvat, nullptr);
  EXPECT_EQ(withForm(doc, "Zorvat"), zorvat) << "the first word of the organization's name is the organization";
  EXPECT_EQ(zorvat->cls, Class::Organization);
}


TEST_F(EntityRulesTest, aListedGroupsNameAsATitledPersonsSurname) {
  const auto doc = analyzeText(
      "Foreign Minister Therese Kayikwamba Wagner spoke. The Wagner Group left. The General Assembly of the United "
      "Nations voted.");
  EXPECT_TRUE(hasPerson(doc, "Therese Kayikwamba Wagner"));
  const auto* group = withForm(doc, "Wagner Group");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->cls, Class::ArmedGroup);
  const auto* assembly = withForm(doc, "General Assembly of the United Nations");
  ASSERT_NE(assembly, nullptr) << "a title word opening an organization's name";
  EXPECT_EQ(assembly->cls, Class::InternationalOrganization);
}


TEST_F(EntityRulesTest, aStorysLabelOpeningTheArticleIsNoPlace) {
  const auto doc = analyzeText("EXCLUSIVE - Zorvat International said the talks had failed.");
  EXPECT_EQ(withForm(doc, "EXCLUSIVE"), nullptr) << "a label, not an unlisted dateline town";
  EXPECT_NE(withForm(doc, "Zorvat International"), nullptr);
}


TEST_F(EntityRulesTest, aBodyAfterATitleThenAPersonAndBranchesAndArticlesOfListedGroups) {
  const auto doc = analyzeText(
      "Minister of State at the Foreign Ministry Lolwa Dasse said the talks went well. The KLF representative at the "
      "UN Tamir Oduya agreed. Fighters of Islamic State Lake Zorvat Province (ISLZP) attacked a base. The group is "
      "linked to al Qaeda. An al Qaeda-linked cell and an al-Qaeda-linked militia struck.");
  EXPECT_TRUE(hasPerson(doc, "Lolwa Dasse"));
  EXPECT_TRUE(hasPerson(doc, "Tamir Oduya"));
  const auto* ministry = withForm(doc, "Foreign Ministry");
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->cls, Class::GovernmentBody);
  const auto* un = withForm(doc, "UN");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->cls, Class::InternationalOrganization);
  const auto* branch = withForm(doc, "Islamic State Lake Zorvat Province");
  ASSERT_NE(branch, nullptr) << "a listed group's branch named for a province";
  EXPECT_EQ(branch->cls, Class::ArmedGroup);
  for (const std::string_view form : {"al Qaeda", "al-Qaeda"}) {
    const auto* group = withForm(doc, form);
    ASSERT_NE(group, nullptr) << form;
    EXPECT_EQ(group->cls, Class::ArmedGroup) << form;
  }
  EXPECT_EQ(withForm(doc, "Qaeda"), nullptr);
}


TEST_F(EntityRulesTest, aStatesMinistryOfAPortfolioIsNamedAsItsPortfolioMinistry) {
  const auto doc = analyzeText(
      "The Chadian Ministry of Foreign Affairs said the talks went well. Chad's foreign ministry said more. Niger's "
      "Ministry of Defence denied it.");
  const auto* foreign = withForm(doc, "Chadian Ministry of Foreign Affairs");
  ASSERT_NE(foreign, nullptr);
  EXPECT_EQ(foreign->cls, Class::GovernmentBody);
  EXPECT_EQ(foreign->name, "Foreign Ministry of Chad");
  const auto* defence = withForm(doc, "Niger's Ministry of Defence");
  ASSERT_NE(defence, nullptr);
  EXPECT_EQ(defence->name, "Defence Ministry of Niger");
}


TEST_F(EntityRulesTest, aNameAfterACommonNounForABody) {
  const auto doc = analyzeText(
      "The European Union's naval mission Zorvat said it had escorted ships. The rebel group Kamau said it had "
      "taken the town.");
  const auto* mission = withForm(doc, "Zorvat");
  ASSERT_NE(mission, nullptr);
  EXPECT_EQ(mission->cls, Class::Organization);
  const auto* group = withForm(doc, "Kamau");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->cls, Class::ArmedGroup);
}


TEST_F(EntityRulesTest, aRevolutionaryArmyOfAStateATownsMilitiaAndANamedGroup) {
  const auto doc = analyzeText(
      "Dissidents of the former Revolutionary Armed Forces of Chad (FARCH) fought. Federal troops clashed with Fano "
      "militiamen. The Emergency Zorvat group accused the army of abuses.");
  const auto* rebels = withForm(doc, "Revolutionary Armed Forces of Chad");
  ASSERT_NE(rebels, nullptr);
  EXPECT_EQ(rebels->cls, Class::ArmedGroup) << "a cause in the name: no state's army";
  const auto* militia = withForm(doc, "Fano");
  ASSERT_NE(militia, nullptr);
  EXPECT_EQ(militia->cls, Class::ArmedGroup) << "a small town's name before 'militiamen'";
  const auto* group = withForm(doc, "Emergency Zorvat");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->cls, Class::Organization);
}


TEST_F(EntityRulesTest, aPersonsNameWithAQuotedNickname) {
  const auto doc = analyzeText(
      "Gang leader Jimmy \"Barbecue\" Kamau said the talks had failed.");
  const auto* person = withForm(doc, "Jimmy \"Barbecue\" Kamau");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->cls, Class::Person);
  EXPECT_EQ(person->name, "Jimmy Kamau");
  EXPECT_EQ(withForm(doc, "Jimmy"), nullptr) << "no piece of the name is a name of its own";
  EXPECT_EQ(withForm(doc, "Barbecue"), nullptr);
}


TEST_F(EntityRulesTest, aHeadWordAloneIsNoNameWhateverTheRecognizerSays) {
  const auto doc = analyzeText(
      "ABECHE - Police fired tear gas at protesters. Parliament met on Monday. Army officers left. The Guardian "
      "reported the clashes.");
  for (const std::string_view word : {"Police", "Parliament", "Army"}) EXPECT_EQ(withForm(doc, word), nullptr) << word;
}


TEST_F(EntityRulesTest, aNicknamedPersonOpeningASentence) {
  const auto doc = analyzeText("Jimmy \"Barbecue\" Kamau, leader of the gang coalition, threatened to attack the bases.");
  const auto* person = withForm(doc, "Jimmy \"Barbecue\" Kamau");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->name, "Jimmy Kamau");
  const auto other = analyzeText("The \"Daily\" Show aired on Monday.");
  EXPECT_EQ(withForm(other, "The \"Daily\" Show"), nullptr) << "a stopword opens no name";
}


TEST_F(EntityRulesTest, namesAfterATitleThatStartLikeACountryAndUnlistedCapitals) {
  const auto doc = analyzeText(
      "KORVAL, Zotikstan - Chadian Defence Minister Chad Oduya vowed to strike back. Fighters of Jama'at Nusrat "
      "al-Zorvat wal-Muslimin (JNZM) left. Rebels seized the regional capital Amberlo. The N'Djamena-Niamey road "
      "was closed.");
  const auto* minister = withForm(doc, "Chad Oduya");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->cls, Class::Person) << "a titled name the recognizer reads as a person's";
  const auto* group = withForm(doc, "Jama'at Nusrat al-Zorvat wal-Muslimin");
  ASSERT_NE(group, nullptr) << "'wal-' joins the name";
  const auto* town = withForm(doc, "KORVAL");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->name, "Korval") << "an unlisted dateline town named as a name is written";
  const auto* capital = withForm(doc, "Amberlo");
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(capital->cls, Class::City);
  const auto* chad = withForm(doc, "N'Djamena");
  ASSERT_NE(chad, nullptr) << "a capital in a compound";
  EXPECT_EQ(chad->cls, Class::City);
}


TEST_F(EntityRulesTest, aPluralArticleOpensNoPersonsName) {
  const auto doc = analyzeText(
      "The government listed 22 gangs, including Los Zorvatos and Las Kameras. Tomas Okoro, the leader of Los "
      "Zorvatos, escaped. Los Angeles was quiet.");
  for (const std::string_view name : {"Los Zorvatos", "Las Kameras"}) {
    const auto* group = withForm(doc, name);
    ASSERT_NE(group, nullptr) << name;
    EXPECT_EQ(group->cls, Class::Organization) << name;
  }
  const auto* city = withForm(doc, "Los Angeles");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->cls, Class::City) << "a listed place keeps its class";
}


TEST_F(EntityRulesTest, anOutletNamedAfterItsKindThoughATownHasTheName) {
  const auto doc = analyzeText("The minister told the radio station Canela that talks would not resume.");
  const auto* outlet = withForm(doc, "Canela");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->cls, Class::MediaOutlet);
  const auto town = analyzeText("Fighting reached the radio station in Canela on Monday.");
  const auto* place = withForm(town, "Canela");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->cls, Class::City);
}


TEST_F(EntityRulesTest, aMinistryNamedInFullIsItsStatesEvenWithMorePortfolioWords) {
  const auto doc = analyzeText(
      "The Peruvian Ministry of National Defense said troops left. Chile's Ministry of National Defense disagreed.");
  const auto* peru = withForm(doc, "Peruvian Ministry of National Defense");
  const auto* chile = withForm(doc, "Chile's Ministry of National Defense");
  ASSERT_NE(peru, nullptr);
  ASSERT_NE(chile, nullptr);
  EXPECT_EQ(peru->name, "National Defense Ministry of Peru");
  EXPECT_EQ(chile->name, "National Defense Ministry of Chile");
}

TEST_F(EntityRulesTest, aBodyNamedAfterItsKindAndADatelineWithAColon) {
  const auto doc = analyzeText(
      "LIMA: Tomas Okoro, the leader of a gang coalition known as Zorva Kamesh, spoke. The rebel group Ansar "
      "Kudu left.");
  const auto* lima = withForm(doc, "LIMA");
  ASSERT_NE(lima, nullptr);
  EXPECT_EQ(lima->name, "Lima");
  const auto* gang = withForm(doc, "Zorva Kamesh");
  ASSERT_NE(gang, nullptr);
  EXPECT_EQ(gang->cls, Class::ArmedGroup);
  const auto* rebels = withForm(doc, "Ansar Kudu");
  ASSERT_NE(rebels, nullptr);
  EXPECT_EQ(rebels->cls, Class::ArmedGroup);
  // A word in capitals before a colon that no list has is no town.
  const auto other = analyzeText("BREAKING: Peru and Chile agreed to a truce.");
  EXPECT_EQ(withForm(other, "BREAKING"), nullptr);
}

TEST_F(EntityRulesTest, aPlaceTheGazetteerKnowsWithItsPossessiveIsOneName) {
  const auto doc = analyzeText(
      "About a million refugees live in camps in Cox's Bazar. Kenya's army said Nairobi's governor had left.");
  const auto* cox = entity(doc, "Cox's Bazar");
  ASSERT_NE(cox, nullptr) << "a city of the gazetteer (Bangladesh)";
  EXPECT_TRUE(onto::isA(cox->cls, Class::Place));
  EXPECT_EQ(entity(doc, "Bazar"), nullptr);
  EXPECT_NE(entity(doc, "Kenya"), nullptr) << "an owner before a common noun stays the owner";
  EXPECT_NE(entity(doc, "Nairobi"), nullptr);
}

TEST_F(EntityRulesTest, anAcronymInAppositionToABodyAndANameAnAcronymDefinesAreOrganizations) {
  const auto doc = analyzeText(
      "The AU-led peacekeeping force in Chad, MINUCHAD, said on Friday it had increased patrols. Jama'at Nasr "
      "al-Kanem (JNK) claimed the attack. Officials met Presidents Ali Mahamat and Ousmane Sani in Niamey. "
      "Protesters chanted, LOUD, as police watched.");
  const auto* minuchad = entity(doc, "MINUCHAD");
  ASSERT_NE(minuchad, nullptr) << "the force's name";
  EXPECT_TRUE(onto::isA(minuchad->cls, Class::Organization));
  const auto* jnk = entity(doc, "Jama'at Nasr al-Kanem");
  ASSERT_NE(jnk, nullptr);
  EXPECT_NE(jnk->cls, Class::Person) << "a name an acronym defines is a body's";
  EXPECT_NE(entity(doc, "Ali Mahamat"), nullptr) << "a plural title before two names";
  EXPECT_EQ(entity(doc, "Presidents Ali Mahamat"), nullptr);
  EXPECT_EQ(entity(doc, "LOUD"), nullptr) << "no body named before it";
}

TEST_F(EntityRulesTest, theAgencyOfADatelineAfterAHeadline) {
  const auto doc = analyzeText(
      "Rebels claim attack on ship in the strait\n\nKORVAL, July 7 (Zara Vox) — Rebels said on Monday they had "
      "attacked a ship.");
  const auto* outlet = withForm(doc, "Zara Vox");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->cls, Class::MediaOutlet) << "the dateline is the second sentence, after the headline";
}

TEST_F(EntityRulesTest, reportersOfABylineAndRegionalAdjectivesAreNoNames) {
  const auto doc = analyzeText(
      "Chad and Niger agree to a truce\n\nBy Ali Koko and Amadou Sow Abeche\n\nNIAMEY, July 28 (Reuters) - Chad "
      "and Niger agreed on Monday to a truce after talks between the leaders of the two West African neighbours. "
      "By Sunday, Asian officials and the Asian Development Bank had left Abeche for the Arctic.");
  EXPECT_EQ(withForm(doc, "Ali Koko"), nullptr) << "a reporter";
  EXPECT_EQ(withForm(doc, "Amadou Sow Abeche"), nullptr);
  EXPECT_EQ(withForm(doc, "West African"), nullptr);
  EXPECT_EQ(withForm(doc, "Asian"), nullptr);
  EXPECT_NE(withForm(doc, "Asian Development Bank"), nullptr);
  EXPECT_NE(withForm(doc, "Abeche"), nullptr) << "a place of the story, after a sentence opened by 'By'";
  EXPECT_NE(withForm(doc, "Arctic"), nullptr) << "the noun is the region";
}

TEST_F(EntityRulesTest, twoInitialsOpenATitledNameAndAForceIsABody) {
  const auto doc = analyzeText(
      "Vice President JD Koko met External Affairs Minister Amadou Sow. A drone killed a commander of the "
      "group's elite Kanem Force.");
  const auto* vp = withForm(doc, "JD Koko");
  ASSERT_NE(vp, nullptr);
  EXPECT_EQ(vp->cls, Class::Person);
  const auto* minister = withForm(doc, "Amadou Sow");
  ASSERT_NE(minister, nullptr) << "'External Affairs Minister' is a title";
  EXPECT_EQ(minister->cls, Class::Person);
  EXPECT_EQ(withForm(doc, "External Affairs"), nullptr);
  const auto* force = withForm(doc, "Kanem Force");
  ASSERT_NE(force, nullptr);
  EXPECT_TRUE(onto::isA(force->cls, Class::Organization)) << onto::name(force->cls);
}

TEST_F(EntityRulesTest, anAcronymDefinedByTheNameOfAProject) {
  const auto doc = analyzeText(
      "The war has killed 6,000 people, according to the Zorvat Conflict Location and Event Data project (ZCLED).");
  const auto* org = withForm(doc, "Zorvat Conflict Location and Event Data");
  ASSERT_NE(org, nullptr);
  EXPECT_TRUE(onto::isA(org->cls, Class::Organization));
  EXPECT_EQ(withForm(doc, "Event Data"), nullptr);
}

TEST_F(EntityRulesTest, aHyphenatedWordInADefinitionAGangDescribedAfterItsNameAndAPlatform) {
  const auto doc = analyzeText(
      "Chad asked the Zorvat for Security and Co-operation in Kanem (ZSCK) to act. The boat was run by Banda de "
      "Kalo, a Chadian gang the government calls a terrorist group. Police arrested Ali Koko, a gang leader. "
      "\"We will act,\" he wrote on Kalo Social.");
  const auto* def = withForm(doc, "Zorvat for Security and Co-operation in Kanem");
  ASSERT_NE(def, nullptr) << "'Co-operation' spells the C";
  const auto* gang = withForm(doc, "Banda de Kalo");
  ASSERT_NE(gang, nullptr);
  EXPECT_EQ(gang->cls, Class::ArmedGroup);
  const auto* leader = withForm(doc, "Ali Koko");
  ASSERT_NE(leader, nullptr);
  EXPECT_EQ(leader->cls, Class::Person) << "'a gang leader' describes a person";
  const auto chair = analyzeText("Amadou Sow, the party's co-chair, urged the government to act.");
  const auto* sow = withForm(chair, "Amadou Sow");
  ASSERT_NE(sow, nullptr);
  EXPECT_EQ(sow->cls, Class::Person) << "'the party's co-chair' describes a person";
  const auto* platform = withForm(doc, "Kalo Social");
  ASSERT_NE(platform, nullptr);
  EXPECT_EQ(platform->cls, Class::MediaOutlet);
}

TEST_F(EntityRulesTest, datelinesAfterAHeadlineAndAPluralEndingATitlesBrief) {
  const auto doc = analyzeText(
      "Gunmen kill 26 in Chad\n\nNIAMEY: Gunmen opened fire in Abeche. UN High Commissioner for Refugees Ali Koko "
      "visited the camps.");
  const auto* town = withForm(doc, "NIAMEY");
  ASSERT_NE(town, nullptr) << "a listed place before a colon, after the headline";
  EXPECT_EQ(town->cls, Class::City);
  EXPECT_NE(withForm(doc, "Ali Koko"), nullptr);
  EXPECT_EQ(withForm(doc, "Refugees Ali Koko"), nullptr);
  const auto caps = analyzeText("Refugees pushed back\n\nCOX'S BAZAR — Guards sent 300 people back to Cox's Bazar district.");
  const auto* bazar = withForm(caps, "COX'S BAZAR");
  ASSERT_NE(bazar, nullptr);
  EXPECT_EQ(bazar->cls, Class::City);
}

TEST_F(EntityRulesTest, thePublisherNamedInTheTextThoughNobodyFoundIt) {
  Article a;
  a.id = "entity-rules-test";
  a.date = "2025-06-15";
  a.publisher = "Al-Zorvat";
  a.text = "NIAMEY — Ali Koko spoke to Al-Zorvat on Saturday about the drone attacks.";
  const auto doc = analyze(a, *res_);
  const auto* outlet = withForm(doc, "Al-Zorvat");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->cls, Class::MediaOutlet);
}

TEST_F(EntityRulesTest, aNameWrittenAsAGroupOnceIsThatGroupWhereItStandsAlone) {
  const auto doc = analyzeText(
      "The Dorva Kelim gang, led by Tomas Okoro, stormed the town on Thursday. The United States designated "
      "the Zorva coalition and Dorva Kelim as terrorist organisations.");
  for (const auto& m : doc.mentions) {
    if (doc.slice(m.span) == "Dorva Kelim") EXPECT_EQ(m.cls, Class::ArmedGroup) << "mention at " << m.span.begin;
  }
  const auto* leader = withForm(doc, "Tomas Okoro");
  ASSERT_NE(leader, nullptr);
  EXPECT_EQ(leader->cls, Class::Person);
}

TEST_F(EntityRulesTest, aForeignTownsNameWrittenAsAMilitiaADayOfTheYearAndAnEthnicGroup) {
  // "Voghera" is a listed town of Italy, which this article never names.
  const auto doc = analyzeText(
      "The Chadian army has been fighting the Voghera militia in Kanem since May. Voghera, a loose alliance of "
      "ethnic Kanembu fighters, rejected talks. Voghera's leaders spoke on Independence Day, and Chad's Victory "
      "Day parade was cancelled.");
  for (const auto& m : doc.mentions) {
    const auto form = doc.slice(m.span);
    if (form == "Voghera") EXPECT_EQ(m.cls, Class::ArmedGroup) << "mention at " << m.span.begin;
    EXPECT_NE(form, "Independence Day");
    EXPECT_NE(form, "Victory Day");
    if (form == "Kanembu") EXPECT_NE(m.cls, Class::ArmedGroup) << "ethnic Kanembu fighters: a people";
  }
  // A militia named after a town of the country the article is about keeps the town.
  const auto home = analyzeText("Clashes broke out in Voghera, in northern Italy, where the Voghera militia is based.");
  const auto* town = withForm(home, "Voghera");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->cls, Class::City);
  // A person called Day is still named.
  const auto person = analyzeText("Tomas Day, the group's lawyer, will make the presentation.");
  EXPECT_NE(withForm(person, "Tomas Day"), nullptr);
}

TEST_F(EntityRulesTest, anAcronymDefinedByANameEndingInACountry) {
  const auto doc = analyzeText(
      "The Union for Peace in the Central African Republic (UPC) signed the deal. The Front for Democracy in the "
      "Democratic Republic of the Congo (FDC) did not. The UPC leader spoke.");
  const auto* upc = withForm(doc, "Union for Peace in the Central African Republic");
  ASSERT_NE(upc, nullptr);
  const auto* acronym = withForm(doc, "UPC");
  ASSERT_NE(acronym, nullptr);
  EXPECT_EQ(acronym, upc) << "one entity";
  EXPECT_NE(withForm(doc, "Front for Democracy in the Democratic Republic of the Congo"), nullptr);
}

TEST_F(EntityRulesTest, aNumberedMilitaryUnitIsAStateBody) {
  const auto doc = analyzeText(
      "Brig. Gen. Tomas Okoro, commander of the 1103rd Infantry Brigade, said soldiers clashed with the Kanem "
      "Brigade near Abeche.");
  const auto* unit = withForm(doc, "1103rd Infantry Brigade");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->cls, Class::GovernmentBody);
  const auto* group = withForm(doc, "Kanem Brigade");
  ASSERT_NE(group, nullptr);
  EXPECT_NE(group->cls, Class::GovernmentBody) << "no number: a group's name";
  const auto cardinal = analyzeText("He was killed at a base held by the 444 Combat Brigade in Abeche.");
  const auto* numbered = withForm(cardinal, "444 Combat Brigade");
  ASSERT_NE(numbered, nullptr) << "a number after 'the' is part of the unit's name";
  EXPECT_EQ(numbered->cls, Class::GovernmentBody);
}

TEST_F(EntityRulesTest, aCountryHeadsNoForPhraseAListedBodyInADatelineAndTheGeneralStaff) {
  const auto trip = analyzeText("He postponed a trip to South Africa for the G20 summit.");
  const auto* country = withForm(trip, "South Africa");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->cls, Class::Country);
  EXPECT_EQ(withForm(trip, "South Africa for the G20"), nullptr);
  const auto un = analyzeText("UNITED NATIONS (AP) — The Security Council backed the plan on Friday.");
  const auto* seat = withForm(un, "UNITED NATIONS");
  ASSERT_NE(seat, nullptr);
  EXPECT_EQ(seat->cls, Class::InternationalOrganization) << "no town";
  const auto* agency = withForm(un, "AP");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(agency->cls, Class::MediaOutlet) << "the agency, no acronym of the body";
  const auto staff = analyzeText("Chad's forces struck a depot overnight, the General Staff of Chad's armed forces said.");
  const auto* body = withForm(staff, "General Staff of Chad");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->cls, Class::GovernmentBody);
  EXPECT_EQ(withForm(staff, "Staff of Chad"), nullptr);
}

TEST_F(EntityRulesTest, aHyphenatedNameOpeningASentenceThatClaimsAnAttack) {
  const auto doc = analyzeText("Jamaat-ul-Kanem claimed responsibility. Pro-Russian separatists attacked a post.");
  const auto* group = withForm(doc, "Jamaat-ul-Kanem");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->cls, Class::ArmedGroup);
  EXPECT_EQ(withForm(doc, "Pro-Russian"), nullptr);
  const auto faction = analyzeText("Ansar-ul-Kanem, a faction of the Kanem Liberation Front, denied it.");
  const auto* part = withForm(faction, "Ansar-ul-Kanem");
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->cls, Class::ArmedGroup);
}

TEST_F(EntityRulesTest, aHyphenatedAcronymThatSpeaksIsAnOrganization) {
  const auto doc = analyzeText(
      "Soldiers disarmed his guards on Wednesday, the ZLPM-IO said in a statement. ZKNF-FOCA fighters shelled a "
      "village. The US-UK talks ended.");
  const auto* party = withForm(doc, "ZLPM-IO");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->cls, Class::Organization);
  const auto* wing = withForm(doc, "ZKNF-FOCA");
  ASSERT_NE(wing, nullptr);
  EXPECT_EQ(wing->cls, Class::ArmedGroup);
  EXPECT_EQ(withForm(doc, "US-UK"), nullptr);
  const auto slash = analyzeText(
      "Delegates of Chad and the KLA/Z23 rebel alliance met in Doha. The 9/11 attacks and F-16 jets were recalled.");
  const auto* alliance = withForm(slash, "KLA/Z23");
  ASSERT_NE(alliance, nullptr);
  EXPECT_EQ(alliance->cls, Class::ArmedGroup) << "an armed group's kind before its group noun";
  EXPECT_EQ(withForm(slash, "9/11"), nullptr);
  EXPECT_EQ(withForm(slash, "F-16"), nullptr);
}

TEST_F(EntityRulesTest, aNamedAreaIsAPlace) {
  const auto doc = analyzeText("Troops opened fire near the disputed Nong Zorva area on Wednesday.");
  const auto* area = withForm(doc, "Nong Zorva");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->cls, Class::Place);
}

TEST_F(EntityRulesTest, commonNounsJoinedBeforeAPartysHeadAreOneName) {
  const auto doc = analyzeText("The ruling Justice and Development Party won. The Freedom and Equality Party lost. Hamas and "
                               "Islamic Jihad fighters attacked.");
  EXPECT_NE(withForm(doc, "Justice and Development Party"), nullptr);
  EXPECT_NE(withForm(doc, "Freedom and Equality Party"), nullptr);
  EXPECT_NE(withForm(doc, "Hamas"), nullptr) << "two listed names stay two";
  EXPECT_NE(withForm(doc, "Islamic Jihad"), nullptr);
}

TEST_F(EntityRulesTest, aServiceIsAStateBody) {
  const auto doc = analyzeText("Chad's State Emergency Service said 25 people were killed. The Secret Service was not told.");
  for (const auto* name : {"State Emergency Service", "Secret Service"}) {
    const auto* body = withForm(doc, name);
    ASSERT_NE(body, nullptr) << name;
    EXPECT_EQ(body->cls, Class::GovernmentBody) << name;
  }
}

}  // namespace
}  // namespace ng
