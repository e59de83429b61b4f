#include "extract/EntityFinder.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/DataDir.h"

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
  EXPECT_EQ(find("Both the UN and the US pressed the RSF and NATO to stop."),
            (std::vector<Found>{{"UN", Class::InternationalOrganization, false},
                                {"US", Class::Country, false},
                                {"RSF", Class::Organization, false},
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
  EXPECT_EQ(find("Saudi-led strikes hit Iran-backed fighters and RSF-linked convoys."),
            (std::vector<Found>{{"Saudi", Class::Country, true}, {"Iran", Class::Country, false}}));
}

TEST(EntityFinder, cityNamedLikeAWordIsNoCityAtSentenceStart) {
  EXPECT_EQ(find("Reading the statement, envoys left Mobile and Reading."),
            (std::vector<Found>{{"Mobile", Class::City, false}, {"Reading", Class::City, false}}));
}

TEST(EntityFinder, titleCaseLinesAreReadAsHeadings) {
  EXPECT_EQ(find("Sudan Peace Talks Collapse Over Darfur Demands In Jeddah"),
            (std::vector<Found>{{"Sudan", Class::Country, false}, {"Jeddah", Class::City, false}}));
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

}  // namespace
}  // namespace ng
