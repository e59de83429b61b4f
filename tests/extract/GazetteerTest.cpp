#include "extract/Gazetteer.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/DataDir.h"
#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;

const Gazetteer& gaz() {
  static const Gazetteer g = Gazetteer::load(findDataDir() / "data");
  return g;
}

std::optional<Gazetteer::Place> first(std::string_view form) {
  const auto found = gaz().lookup(form);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::size_t title(std::vector<std::string_view> words, std::size_t start = 0) { return gaz().matchTitle(words, start); }

/// A scratch folder removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("ng-gazetteer-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

void writeFile(const std::filesystem::path& p, std::string_view text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// ---- TextNorm ----

TEST(TextNorm, foldsCaseMarksAndSeparators) {
  EXPECT_EQ(foldKey("Türkiye"), "turkiye");
  EXPECT_EQ(foldKey("TURKIYE"), "turkiye");
  EXPECT_EQ(foldKey("  Tigray   People-Liberation\tFront "), "tigray people liberation front");
  // ASCII: drops (' ` .), separators collapsed, none at either end, long keys.
  EXPECT_EQ(foldKey("  --O'Neil's  U.S._Office, ` "), "oneils us office,");
  EXPECT_EQ(foldKey("...---"), "");
  EXPECT_EQ(foldKey("A Rather-Long Name Of An Organization Written With Capitals"),
            "a rather long name of an organization written with capitals");
  EXPECT_EQ(foldKey("Łódź"), "lodz");
  EXPECT_EQ(foldKey("Ærø"), "aero");
  EXPECT_EQ(foldKey("Straße"), "strasse");
}

TEST(TextNorm, dropsApostrophesAndPeriods) {
  EXPECT_EQ(foldKey("Sana'a"), foldKey("Sanaa"));
  EXPECT_EQ(foldKey("Sana’a"), foldKey("Sanaa"));
  EXPECT_EQ(foldKey("U.S."), "us");
  EXPECT_EQ(foldKey("Côte d’Ivoire"), foldKey("Cote d'Ivoire"));
  EXPECT_EQ(foldKey("Jaysh al‐Mahdi"), "jaysh al mahdi");  // U+2010 hyphen
  EXPECT_EQ(foldKey("ＵＮＨＣＲ"), "unhcr");                  // fullwidth letters (NFKC)
}

TEST(TextNorm, emptyAndInvalidInputs) {
  EXPECT_EQ(foldKey(""), "");
  EXPECT_EQ(foldKey(" - ' . "), "");
  EXPECT_EQ(foldKey(std::string_view("Ab\xFF" "C", 4)), "ab\xFF" "c");  // invalid UTF-8 folded as ASCII
}

TEST(TextNorm, firstFoldedWordAsciiIsTheFirstWordOfTheKey) {
  std::array<char, 16> buf{};
  for (const std::string_view text : {"Minister", "  Deputy-Prime Minister", "U.S.", "Sana'a province", "__a_b", "",
                                      " - . ", "Lt.Gen", "x"}) {
    const std::string key = foldKey(text);
    const auto word = firstFoldedWordAscii(text, buf);
    ASSERT_TRUE(word.has_value()) << text;
    EXPECT_EQ(*word, key.substr(0, key.find(' '))) << text;
  }
  EXPECT_FALSE(firstFoldedWordAscii("Türkiye", buf).has_value());             // not ASCII: foldKey() decides
  EXPECT_FALSE(firstFoldedWordAscii("Minister Türkiye", buf).has_value());    // not ASCII after the first word
  EXPECT_FALSE(firstFoldedWordAscii("Internationalization", buf).has_value());  // longer than the buffer
}

// ---- places ----

TEST(TextNorm, foldKeyEqualsComparesWithTheWholeKey) {
  for (const std::string_view text : {"The", "the", "U.S.", "Al-Qaeda", "  Prime   Minister ", "Sana'a", "Türkiye",
                                      "an", "-", "", "Minister Türkiye"}) {
    const std::string key = foldKey(text);
    EXPECT_TRUE(foldKeyEquals(text, key)) << text;
    EXPECT_FALSE(foldKeyEquals(text, key + "x")) << text;
    if (!key.empty()) {
      EXPECT_FALSE(foldKeyEquals(text, key.substr(0, key.size() - 1))) << text;
    }
  }
  EXPECT_FALSE(foldKeyEquals("prime minister", "primeminister"));
}

TEST(TextNorm, quotationMarks) {
  for (const char* q : {"\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E"})
    EXPECT_TRUE(isQuoteMark(q)) << q;
  for (const char* q : {"\"", "\u201C", "\u201D"}) EXPECT_TRUE(isDoubleQuoteMark(q)) << q;
  for (const char* q : {"'", "\u2019", "\u00AB"}) EXPECT_FALSE(isDoubleQuoteMark(q)) << q;
  for (const char* w : {"", "a", "''", "-", "'s"}) EXPECT_FALSE(isQuoteMark(w)) << w;
}

TEST(Gazetteer, foldsDiacriticsToCountry) {
  for (const std::string_view form : {"Türkiye", "Turkiye", "TURKEY", "Turkey", "turkey"}) {
    const auto p = first(form);
    ASSERT_TRUE(p) << form;
    EXPECT_EQ(p->cls, Class::Country) << form;
    EXPECT_EQ(p->canonical, "Turkey") << form;
    EXPECT_EQ(p->country, "TR") << form;
  }
}

TEST(Gazetteer, variantKeysIgnoreVowelsDoubledLettersArticlesAndApostrophes) {
  EXPECT_EQ(Gazetteer::variantKey("Odesa"), Gazetteer::variantKey("Odessa"));
  EXPECT_EQ(Gazetteer::variantKey("Hodeidah"), Gazetteer::variantKey("Al Hudaydah"));
  EXPECT_EQ(Gazetteer::variantKey("Mekelle"), Gazetteer::variantKey("Mek'ele"));
  EXPECT_EQ(Gazetteer::variantKey("El Fasher"), Gazetteer::variantKey("Al-Fashir"));
  EXPECT_EQ(Gazetteer::variantKey("Misrata"), Gazetteer::variantKey("Misratah"));
  EXPECT_NE(Gazetteer::variantKey("Mosul"), Gazetteer::variantKey("Basra"));
  EXPECT_EQ(Gazetteer::variantKey(""), "");
}

TEST(Gazetteer, findsCitiesInOtherSpellings) {
  // Spellings the city list does not hold (it has "Odessa", "Mykolayiv", "Al-Fashir"...).
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Odesa", "UA"}, {"Mykolaiv", "UA"}, {"El Fasher", "SD"}, {"Misrata", "LY"}, {"Hodeidah", "YE"}, {"Khan Younis", "PS"}};
  for (const auto& [form, country] : cases) {
    EXPECT_TRUE(gaz().lookup(form).empty()) << form << " is listed: pick a spelling that is not";
    const auto p = gaz().lookupVariant(form);
    ASSERT_TRUE(p) << form;
    EXPECT_EQ(p->cls, Class::City) << form;
    EXPECT_EQ(p->country, country) << form;
  }
  // "Mekelle" has the key of Mek'ele, Mokolo and Mukalla, of like size: no guess.
  EXPECT_FALSE(gaz().lookupVariant("Mekelle"));
  EXPECT_FALSE(gaz().lookupVariant("Qwxz"));
  EXPECT_FALSE(gaz().lookupVariant(""));
  // A shorter name with the same consonants is another town, not a spelling: "Nasir" (South
  // Sudan) has the key of Nasiriyah, "HR" that of Harare.
  EXPECT_EQ(Gazetteer::variantKey("Nasir"), Gazetteer::variantKey("Nasiriyah"));
  EXPECT_FALSE(gaz().lookupVariant("Nasir"));
  EXPECT_FALSE(gaz().lookupVariant("HR"));
  ASSERT_TRUE(gaz().lookupVariant("Nasiriya"));
  EXPECT_EQ(gaz().lookupVariant("Nasiriya")->country, "IQ");
}

TEST(Gazetteer, usesCustomaryShortNames) {
  EXPECT_EQ(first("Iran, Islamic Republic of")->canonical, "Iran");
  EXPECT_EQ(first("Syrian Arab Republic")->canonical, "Syria");
  EXPECT_EQ(first("Russian Federation")->canonical, "Russia");
  EXPECT_EQ(first("Korea, Democratic People's Republic of")->canonical, "North Korea");
  EXPECT_EQ(first("U.S.")->canonical, "United States");
  EXPECT_EQ(first("USA")->canonical, "United States");
  EXPECT_EQ(first("Britain")->canonical, "United Kingdom");
  EXPECT_EQ(first("Czechia")->canonical, "Czech Republic");
  EXPECT_EQ(first("DRC")->country, "CD");
  EXPECT_EQ(first("Cote d’Ivoire")->canonical, "Ivory Coast");
  EXPECT_EQ(first("Burma")->canonical, "Myanmar");
}

TEST(Gazetteer, givesCountryNamesForCodes) {
  EXPECT_EQ(gaz().countryName("KE"), "Kenya");
  EXPECT_EQ(gaz().countryName("ve"), "Venezuela");
  EXPECT_EQ(gaz().countryName("PS"), "Palestine");
  EXPECT_FALSE(gaz().countryName("XX"));
}

TEST(Gazetteer, prefersCapitalCityOverSameNamedRegion) {
  // Khartoum is both a state of Sudan and its capital.
  const auto all = gaz().lookup("Khartoum");
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all.front().cls, Class::City);
  EXPECT_TRUE(all.front().capital);
  EXPECT_EQ(all.front().country, "SD");
  bool region = false;
  for (const auto& p : all) region = region || (p.cls == Class::Region && p.country == "SD");
  EXPECT_TRUE(region);
}

TEST(Gazetteer, findsCitiesWithAndWithoutDiacritics) {
  const auto nairobi = first("Nairobi");
  ASSERT_TRUE(nairobi);
  EXPECT_EQ(nairobi->cls, Class::City);
  EXPECT_TRUE(nairobi->capital);
  EXPECT_EQ(nairobi->country, "KE");
  EXPECT_GT(nairobi->population, 1000000u);

  const auto krakow = first("KRAKOW");
  ASSERT_TRUE(krakow);
  EXPECT_EQ(krakow->cls, Class::City);
  EXPECT_EQ(krakow->country, "PL");
  EXPECT_EQ(first("Kraków")->canonical, krakow->canonical);

  EXPECT_EQ(first("Kiev")->canonical, "Kyiv");
  EXPECT_EQ(first("Sana'a")->canonical, "Sanaa");
}

TEST(Gazetteer, subdivisionsAreRegions) {
  const auto darfur = first("North Darfur");
  ASSERT_TRUE(darfur);
  EXPECT_EQ(darfur->cls, Class::Region);
  EXPECT_EQ(darfur->country, "SD");
  const auto oromia = first("Oromia");
  ASSERT_TRUE(oromia);
  EXPECT_EQ(oromia->cls, Class::Region);
  EXPECT_EQ(oromia->country, "ET");
  // An inverted ISO name is listed in its natural order too.
  EXPECT_EQ(first("County Durham")->canonical, "Durham");
}

TEST(Gazetteer, continentsAndWorldRegionsAreRegions) {
  for (const std::string_view form : {"Horn of Africa", "Middle East", "South-East Asia", "Sahel"}) {
    const auto p = first(form);
    ASSERT_TRUE(p) << form;
    EXPECT_EQ(p->cls, Class::Region) << form;
    EXPECT_EQ(p->country, "") << form;
  }
  EXPECT_EQ(first("Southeast Asia")->canonical, first("South East Asia")->canonical);
}

TEST(Gazetteer, listsWordsThatNameNothing) {
  EXPECT_TRUE(gaz().isNonEntity("USD"));
  EXPECT_TRUE(gaz().isNonEntity("KES"));
  EXPECT_TRUE(gaz().isNonEntity("GDP"));
  EXPECT_FALSE(gaz().isNonEntity("Kenya"));
  EXPECT_FALSE(gaz().isNonEntity("NATO"));
}

TEST(Gazetteer, unknownFormsMiss) {
  EXPECT_TRUE(gaz().lookup("Qwertyville").empty());
  EXPECT_TRUE(gaz().lookup("").empty());
  EXPECT_TRUE(Gazetteer().lookup("Kenya").empty());
}

// ---- demonyms ----

TEST(Gazetteer, demonymsGiveCountries) {
  EXPECT_EQ(gaz().demonymCountry("Sudanese"), "Sudan");
  EXPECT_EQ(gaz().demonymCountry("Kenyan"), "Kenya");
  EXPECT_EQ(gaz().demonymCountry("Turks"), "Turkey");
  EXPECT_EQ(gaz().demonymCountry("Turkish"), "Turkey");
  EXPECT_EQ(gaz().demonymCountry("Ukrainians"), "Ukraine");
  EXPECT_EQ(gaz().demonymCountry("Filipino"), "Philippines");
  EXPECT_EQ(gaz().demonymCountry("Ivorian"), "Ivory Coast");
  EXPECT_EQ(gaz().demonymCountry("EMIRATI"), "United Arab Emirates");
  EXPECT_EQ(gaz().demonymCode("Congolese"), "CD");
  EXPECT_EQ(gaz().demonymCountry("European"), "European Union");
  EXPECT_FALSE(gaz().demonymCountry("Table"));
  EXPECT_FALSE(gaz().demonymCountry("Kenya"));
}

// ---- titles ----

TEST(Gazetteer, matchesLongestTitle) {
  EXPECT_EQ(title({"Foreign", "Minister", "Ali", "Yousif"}), 2u);
  EXPECT_EQ(title({"foreign", "minister", "Ali"}), 2u);
  EXPECT_EQ(title({"Defence", "Minister", "Rustem"}), 2u);
  EXPECT_EQ(title({"Defense", "Minister", "Rustem"}), 2u);
  EXPECT_EQ(title({"Lt.", "Gen.", "Abdel", "Fattah"}), 2u);
  EXPECT_EQ(title({"Lt", ".", "Gen", ".", "Abdel"}), 4u);
  EXPECT_EQ(title({"Secretary-General", "Antonio"}), 1u);
  EXPECT_EQ(title({"Secretary", "General", "Antonio"}), 2u);
  EXPECT_EQ(title({"Chief", "of", "Army", "Staff", "General", "Mohamed"}), 4u);
  EXPECT_EQ(title({"Minister", "of", "Foreign", "Affairs", "Sameh"}), 4u);
  EXPECT_EQ(title({"Mr.", "Ruto"}), 1u);
}

TEST(Gazetteer, modifiersCountOnlyBeforeATitle) {
  EXPECT_EQ(title({"Deputy", "Prime", "Minister", "Yulia"}), 3u);
  EXPECT_EQ(title({"former", "Defence", "Minister", "X"}), 3u);
  EXPECT_EQ(title({"ex-President", "Omar"}), 1u);
  EXPECT_EQ(title({"Acting", "President", "Abdel"}), 2u);
  EXPECT_EQ(title({"Deputy", "Ruto"}), 0u);
  EXPECT_EQ(title({"former", "Kenyan"}), 0u);
}

TEST(Gazetteer, titleMustStartAndEndAtWordBoundaries) {
  EXPECT_EQ(title({"Hamas", "spokesperson", "Hazem"}, 0), 0u);
  EXPECT_EQ(title({"Hamas", "spokesperson", "Hazem"}, 1), 1u);
  EXPECT_EQ(title({"Ministerial", "talks"}), 0u);
  EXPECT_EQ(title({"President", ",", "Minister"}), 1u);  // punctuation ends a title
  EXPECT_EQ(title({"President"}, 5), 0u);
  EXPECT_EQ(title({}), 0u);
}

TEST(Gazetteer, matchesTitlesWrittenOutsideAscii) {
  EXPECT_EQ(title({"Minîster", "Ali"}), 1u);                     // marks are folded away
  EXPECT_EQ(title({"\xEF\xBC\xAD\xEF\xBD\x89\xEF\xBD\x8E\xEF\xBD\x89\xEF\xBD\x93\xEF\xBD\x94\xEF\xBD\x85\xEF\xBD\x92", "Ali"}),
            1u);                                                 // fullwidth "Minister"
  EXPECT_EQ(title({"Deputy", "Prime\xE2\x80\x90Minister", "Yulia"}), 2u);  // U+2010 hyphen splits the word
  EXPECT_EQ(title({std::string_view("Presidentialisticallyanticonstitutionally-minded")}), 0u);
}

/// Rows of a gazetteer file: column `col` of each data line.
std::vector<std::string> column(const std::string& file, std::size_t col) {
  std::ifstream in(findDataDir() / "data" / "gazetteer" / file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::size_t start = 0;
    for (std::size_t i = 0; i < col && start != std::string::npos; ++i) {
      start = line.find('\t', start);
      if (start != std::string::npos) ++start;
    }
    if (start == std::string::npos) continue;
    out.push_back(line.substr(start, line.find('\t', start) - start));
  }
  return out;
}

// The lookups skip their tables when a Bloom filter says a key is absent: it must never say so
// of a listed one, whether looked up as written or folded.
TEST(Gazetteer, everyListedFormIsFound) {
  std::size_t checked = 0;
  for (const auto& file : {"countries.tsv", "cities.tsv", "regions.tsv"}) {
    for (const auto& form : column(file, std::string_view(file) == "countries.tsv" ? 1 : 0)) {
      EXPECT_FALSE(gaz().lookup(form).empty()) << file << ": " << form;
      if (!foldKey(form).empty()) {
        EXPECT_FALSE(gaz().lookup(foldKey(form)).empty()) << file << ": " << form;
      }
      ++checked;
    }
  }
  for (const auto& form : column("demonyms.tsv", 0)) {
    EXPECT_TRUE(gaz().demonymCode(form).has_value()) << form;
    EXPECT_TRUE(gaz().demonymCode(foldKey(form)).has_value()) << form;
    ++checked;
  }
  for (const auto& word : column("nonentities.tsv", 0)) EXPECT_TRUE(gaz().isNonEntity(word)) << word;
  for (const auto& phrase : column("titles.tsv", 0)) {
    if (!foldKey(phrase).empty()) {
      EXPECT_TRUE(gaz().titleKind(phrase).has_value()) << phrase;
    }
  }
  for (const auto& cue : column("orgcues.tsv", 0)) {
    if (!foldKey(cue).empty()) {
      EXPECT_TRUE(gaz().orgCue(cue).has_value()) << cue;
    }
  }
  EXPECT_GT(checked, 20000u);
}

TEST(Gazetteer, recognizesTitleWords) {
  EXPECT_TRUE(gaz().isTitleWord("Minister"));
  EXPECT_TRUE(gaz().isTitleWord("Gen."));
  EXPECT_TRUE(gaz().isTitleWord("spokesman"));
  EXPECT_TRUE(gaz().isTitleWord("Secretary-General"));
  EXPECT_FALSE(gaz().isTitleWord("Foreign"));
  EXPECT_FALSE(gaz().isTitleWord("deputy"));  // a modifier, not a title by itself
  EXPECT_FALSE(gaz().isTitleWord("Ruto"));
  EXPECT_EQ(gaz().titleKind("Lt. Gen."), Gazetteer::TitleKind::Military);
  EXPECT_EQ(gaz().titleKind("Sheikh"), Gazetteer::TitleKind::Honorific);
}

// ---- organization cues ----

TEST(Gazetteer, headWordsTypeOrganizations) {
  EXPECT_EQ(gaz().orgCue("Ministry"), Class::GovernmentBody);
  EXPECT_EQ(gaz().orgCue("parliament"), Class::GovernmentBody);
  EXPECT_EQ(gaz().orgCue("Party"), Class::Organization);
  EXPECT_EQ(gaz().orgCue("Tribune"), Class::MediaOutlet);
  EXPECT_EQ(gaz().orgCue("United Nations"), Class::InternationalOrganization);
  EXPECT_EQ(gaz().orgCue("U.N."), Class::InternationalOrganization);
  EXPECT_EQ(gaz().orgCue("Security Council"), Class::InternationalOrganization);
  EXPECT_EQ(gaz().orgCue("militia"), Class::ArmedGroup);
  EXPECT_EQ(gaz().orgCue("crossing"), Class::Border);
  EXPECT_EQ(gaz().orgCue("province"), Class::Region);
  EXPECT_EQ(gaz().orgCue("talks"), Class::Negotiation);
  EXPECT_EQ(gaz().orgCue("Accord"), Class::Agreement);
  EXPECT_EQ(gaz().orgCue("truce"), Class::Ceasefire);
  EXPECT_FALSE(gaz().orgCue("banana"));
  EXPECT_TRUE(gaz().cueIsName("NATO"));
  EXPECT_FALSE(gaz().cueIsName("ministry"));
}

// ---- loading ----

TEST(Gazetteer, loadNamesTheMissingFile) {
  TempDir dir;
  try {
    (void)Gazetteer::load(dir.path);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("countries.tsv"), std::string::npos) << e.what();
  }
}

TEST(Gazetteer, loadNamesTheMalformedFileAndLine) {
  TempDir dir;
  const auto src = findDataDir() / "data" / "gazetteer";
  std::filesystem::create_directories(dir.path / "gazetteer");
  for (const auto& entry : std::filesystem::directory_iterator(src))
    if (entry.path().extension() == ".tsv") std::filesystem::copy_file(entry.path(), dir.path / "gazetteer" / entry.path().filename());

  std::filesystem::remove(dir.path / "gazetteer" / "titles.tsv");
  writeFile(dir.path / "gazetteer" / "titles.tsv", "#phrase\tkind\npresident\tposition\nsenator\tpolitician\n");
  try {
    (void)Gazetteer::load(dir.path);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("titles.tsv:3"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("politician"), std::string::npos) << e.what();
  }

  std::filesystem::remove(dir.path / "gazetteer" / "titles.tsv");
  writeFile(dir.path / "gazetteer" / "titles.tsv", "phrase\tkind\npresident\tposition\n");
  EXPECT_THROW((void)Gazetteer::load(dir.path), std::runtime_error);  // header without '#'
}

TEST(Gazetteer, loadsSmallHandWrittenLists) {
  TempDir dir;
  const auto g = dir.path / "gazetteer";
  writeFile(g / "countries.tsv", "#alpha2\tform\tcanonical\nKE\tKenya\tKenya\nKE\tRepublic of Kenya\tKenya\n");
  writeFile(g / "demonyms.tsv", "#form\tcode\tname\nKenyan\tKE\n# supranational\nAfrican\tAU\tAfrican Union\n");
  writeFile(g / "subdivisions.tsv", "#code\tname\ttype\tcountry\tcanonical\nKE-30\tNairobi City\tCity\tKE\tNairobi City\n");
  writeFile(g / "cities.tsv", "#name\tcountry\tflags\tpopulation\tcanonical\nNairobi\tKE\tcapital\t2750547\tNairobi\n");
  writeFile(g / "regions.tsv", "#name\tcanonical\nEast Africa\tEast Africa\n");
  writeFile(g / "nonentities.tsv", "#word\tkind\nKES\tcurrency\n");
  writeFile(g / "titles.tsv", "#phrase\tkind\npresident\tposition\n");
  writeFile(g / "orgcues.tsv", "#cue\tclass\tuse\nparty\tOrganization\thead\n");
  const auto gz = Gazetteer::load(dir.path);
  EXPECT_EQ(gz.placeCount(), 4u);
  EXPECT_TRUE(gz.isNonEntity("KES"));
  EXPECT_EQ(gz.lookup("republic of kenya").front().canonical, "Kenya");
  EXPECT_EQ(gz.lookup("Nairobi City").front().cls, Class::City);
  EXPECT_EQ(gz.demonymCountry("African"), "African Union");
  EXPECT_EQ(gz.matchTitle({"President", "Ruto"}, 0), 1u);
}

// ---- data folder ----

TEST(DataDir, honoursNewsgraphDataForRootOrDataFolder) {
  TempDir dir;
  writeFile(dir.path / "data" / "gazetteer" / "countries.tsv", "#alpha2\tform\tcanonical\n");
  const char* old = std::getenv("NEWSGRAPH_DATA");
  const std::string saved = old ? old : "";
  ::setenv("NEWSGRAPH_DATA", dir.path.c_str(), 1);
  EXPECT_EQ(findDataDir(), dir.path);
  ::setenv("NEWSGRAPH_DATA", (dir.path / "data").c_str(), 1);
  EXPECT_EQ(findDataDir(), dir.path);
  if (old) ::setenv("NEWSGRAPH_DATA", saved.c_str(), 1);
  else ::unsetenv("NEWSGRAPH_DATA");
}

TEST(DataDir, findsTheSourceTreeData) {
  const auto root = findDataDir();
  EXPECT_TRUE(std::filesystem::is_regular_file(root / "data" / "gazetteer" / "cities.tsv"));
}

}  // namespace
}  // namespace ng
