#include "graph/Clustering.h"

#include <gtest/gtest.h>

#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

struct Builder {
  std::vector<ArticleGraph> articles;
  ArticleGraph& article(const std::string& id, const std::string& date = "2024-03-20") {
    articles.emplace_back();
    articles.back().article.id = id;
    articles.back().article.date = date;
    return articles.back();
  }
  static std::uint32_t add(ArticleGraph& g, Class c, const std::string& label, std::vector<std::string> forms = {}) {
    Node n;
    n.cls = c;
    n.label = label;
    n.forms = std::move(forms);
    if (n.forms.empty()) n.forms.push_back(label);
    return g.addNode(std::move(n));
  }
};

/// Cluster of the node with this label in article `a`.
std::size_t clusterOf(const Clustering& c, const std::vector<ArticleGraph>& arts, std::size_t a, const std::string& label) {
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    if (c.items[i].article == a && arts[a].nodes[c.items[i].node].label == label) return c.clusterOf[i];
  }
  ADD_FAILURE() << "no item " << label << " in article " << a;
  return SIZE_MAX;
}

TEST(Clustering, sameSurnameDifferentPeopleStayApart) {
  Builder b;
  Builder::add(b.article("a"), Class::Person, "Maria Okafor", {"Maria Okafor", "Okafor"});
  Builder::add(b.article("b"), Class::Person, "John Okafor", {"John Okafor", "Okafor"});
  Builder::add(b.article("c"), Class::Person, "Okafor");
  const auto c = clusterEntities(b.articles);
  EXPECT_NE(clusterOf(c, b.articles, 0, "Maria Okafor"), clusterOf(c, b.articles, 1, "John Okafor"));
  // A lone surname that fits two people joins neither.
  EXPECT_NE(clusterOf(c, b.articles, 2, "Okafor"), clusterOf(c, b.articles, 0, "Maria Okafor"));
  EXPECT_NE(clusterOf(c, b.articles, 2, "Okafor"), clusterOf(c, b.articles, 1, "John Okafor"));
  EXPECT_EQ(c.clusters, 3u);
}

TEST(Clustering, personNamesAreNotFoldedByVowels) {
  Builder b;
  Builder::add(b.article("a"), Class::Person, "Maria Okafor");
  Builder::add(b.article("b"), Class::Person, "Mario Okafor");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(c.clusters, 2u) << "vowel folding is for transliterated organization and place names only";
}

TEST(Clustering, partialNamesJoinTheOnePersonTheyFit) {
  Builder b;
  Builder::add(b.article("a"), Class::Person, "William Samoei Ruto");
  Builder::add(b.article("b"), Class::Person, "William Ruto");
  Builder::add(b.article("c"), Class::Person, "Ruto");
  Builder::add(b.article("d"), Class::Person, "Raila Odinga");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(clusterOf(c, b.articles, 0, "William Samoei Ruto"), clusterOf(c, b.articles, 1, "William Ruto"));
  EXPECT_EQ(clusterOf(c, b.articles, 0, "William Samoei Ruto"), clusterOf(c, b.articles, 2, "Ruto"));
  EXPECT_EQ(c.clusters, 2u);
}

TEST(Clustering, acronymDefinedInOnlyOneArticle) {
  Builder b;
  Builder::add(b.article("a"), Class::ArmedGroup, "Rapid Support Forces", {"Rapid Support Forces", "RSF"});
  Builder::add(b.article("b"), Class::ArmedGroup, "RSF");
  Builder::add(b.article("c"), Class::GovernmentBody, "Sudanese Armed Forces");
  Builder::add(b.article("d"), Class::Organization, "SAF");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(clusterOf(c, b.articles, 0, "Rapid Support Forces"), clusterOf(c, b.articles, 1, "RSF"));
  EXPECT_EQ(clusterOf(c, b.articles, 2, "Sudanese Armed Forces"), clusterOf(c, b.articles, 3, "SAF"))
      << "an acronym spelling the initials of exactly one organization joins it";
  EXPECT_NE(clusterOf(c, b.articles, 0, "Rapid Support Forces"), clusterOf(c, b.articles, 2, "Sudanese Armed Forces"));
}

TEST(Clustering, transliterationVariantsMerge) {
  Builder b;
  Builder::add(b.article("a"), Class::ArmedGroup, "Jaish-e-Mohammed Kashmir");
  Builder::add(b.article("b"), Class::ArmedGroup, "Jaish-i-Muhammad Kashmir");
  Builder::add(b.article("c"), Class::ArmedGroup, "Jaish-e-Muhammad Kashmir");
  Builder::add(b.article("d"), Class::City, "Bamako");
  Builder::add(b.article("e"), Class::Person, "Bamako");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(c.clusterOf[0], c.clusterOf[1]);
  EXPECT_EQ(c.clusterOf[0], c.clusterOf[2]);
  EXPECT_NE(c.clusterOf[3], c.clusterOf[4]) << "a city and a person never merge";
  EXPECT_EQ(keys::skeleton("Jaish-e-Mohammed Kashmir"), keys::skeleton("Jaish-i-Muhammad Kashmir"));
  EXPECT_EQ(keys::skeleton("Ali"), "") << "too short to fold safely";
}

std::uint32_t event(ArticleGraph& g, Class c, const std::string& label, std::uint32_t place, const std::string& date) {
  const auto e = Builder::add(g, c, label);
  g.addEdge(e, Prop::location, place);
  if (!date.empty()) g.addEdge(e, Prop::date, Literal{date, Literal::Type::Date});
  return e;
}

TEST(Clustering, sameKindSamePlaceDifferentDatesStayApart) {
  Builder b;
  auto& a = b.article("a", "2024-03-02");
  event(a, Class::Negotiation, "Geneva talks", Builder::add(a, Class::City, "Geneva"), "2024-03-01");
  auto& c2 = b.article("b", "2024-03-09");
  event(c2, Class::Negotiation, "Geneva talks", Builder::add(c2, Class::City, "Geneva"), "2024-03-08");
  auto& d = b.article("c", "2024-03-03");
  event(d, Class::Negotiation, "Geneva talks", Builder::add(d, Class::City, "Geneva"), "2024-03-01");
  auto& u = b.article("d", "2024-03-10");
  event(u, Class::Negotiation, "Geneva talks", Builder::add(u, Class::City, "Geneva"), "");
  auto& x = b.article("e", "2024-03-10");
  event(x, Class::Ceasefire, "Geneva talks", Builder::add(x, Class::City, "Geneva"), "2024-03-08");
  const auto c = clusterEntities(b.articles);
  const auto first = clusterOf(c, b.articles, 0, "Geneva talks");
  const auto second = clusterOf(c, b.articles, 1, "Geneva talks");
  EXPECT_NE(first, second) << "two rounds a week apart are two events";
  EXPECT_EQ(first, clusterOf(c, b.articles, 2, "Geneva talks")) << "the same round reported twice is one event";
  EXPECT_EQ(second, clusterOf(c, b.articles, 3, "Geneva talks")) << "an undated report joins the latest round before it";
  EXPECT_NE(second, clusterOf(c, b.articles, 4, "Geneva talks")) << "a ceasefire is not a negotiation";
  EXPECT_EQ(clusterOf(c, b.articles, 0, "Geneva"), clusterOf(c, b.articles, 1, "Geneva"));
}

/// Adds the countries an article names, so that articles can share a story.
void countries(ArticleGraph& g, std::initializer_list<const char*> names) {
  for (const char* n : names) Builder::add(g, Class::Country, n);
}

TEST(Clustering, samePlaceAndSameKindOfHeadIsOneEvent) {
  Builder b;
  auto& a = b.article("a");
  event(a, Class::Ceasefire, "Jeddah truce", Builder::add(a, Class::City, "Jeddah"), "");
  auto& c2 = b.article("b");
  event(c2, Class::Ceasefire, "ceasefire in Jeddah", Builder::add(c2, Class::City, "Jeddah"), "");
  auto& d = b.article("c");
  event(d, Class::Agreement, "Jeddah accord", Builder::add(d, Class::City, "Jeddah"), "");
  auto& e = b.article("d");
  event(e, Class::Ceasefire, "ceasefire in Jeddah", Builder::add(e, Class::City, "Jeddah"), "2024-03-01");
  auto& f = b.article("e");
  event(f, Class::Ceasefire, "ceasefire in Jeddah", Builder::add(f, Class::City, "Jeddah"), "2024-03-15");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(clusterOf(c, b.articles, 0, "Jeddah truce"), clusterOf(c, b.articles, 1, "ceasefire in Jeddah"))
      << "a truce and a ceasefire in one city are one kind of event";
  EXPECT_NE(clusterOf(c, b.articles, 0, "Jeddah truce"), clusterOf(c, b.articles, 2, "Jeddah accord"))
      << "an accord is another kind of event";
  EXPECT_NE(clusterOf(c, b.articles, 3, "ceasefire in Jeddah"), clusterOf(c, b.articles, 4, "ceasefire in Jeddah"))
      << "two dated truces in one city two weeks apart stay apart";
}

TEST(Clustering, commonNounNamesLinkOnlyArticlesOnTheSameStory) {
  Builder b;
  auto& a = b.article("a");
  countries(a, {"Sudan", "Chad"});
  Builder::add(a, Class::ArmedClash, "border clashes along the frontier", {"deadly border clashes"});
  auto& c2 = b.article("b");
  countries(c2, {"Sudan", "Chad"});
  Builder::add(c2, Class::ArmedClash, "border clashes", {"deadly border clashes"});
  auto& d = b.article("c");
  countries(d, {"Peru", "Ecuador"});
  Builder::add(d, Class::ArmedClash, "border clashes", {"deadly border clashes"});
  auto& e = b.article("d");
  countries(e, {"Peru", "Chad"});
  Builder::add(e, Class::Ceasefire, "ceasefire");
  auto& f = b.article("e");
  countries(f, {"Peru", "Ecuador"});
  Builder::add(f, Class::Ceasefire, "ceasefire");
  auto& g = b.article("f");
  countries(g, {"Peru", "Ecuador"});
  Builder::add(g, Class::Ceasefire, "Lima ceasefire");
  auto& h = b.article("g");
  countries(h, {"Laos"});
  Builder::add(h, Class::Ceasefire, "Lima ceasefire");
  const auto c = clusterEntities(b.articles);
  const auto sudanChad = clusterOf(c, b.articles, 0, "border clashes along the frontier");
  EXPECT_EQ(sudanChad, clusterOf(c, b.articles, 1, "border clashes")) << "the same deadly border clashes, same story";
  EXPECT_NE(sudanChad, clusterOf(c, b.articles, 2, "border clashes")) << "other countries, other clashes";
  EXPECT_NE(clusterOf(c, b.articles, 3, "ceasefire"), clusterOf(c, b.articles, 4, "ceasefire"))
      << "one shared country is not the same story";
  EXPECT_EQ(clusterOf(c, b.articles, 5, "Lima ceasefire"), clusterOf(c, b.articles, 6, "Lima ceasefire"))
      << "a name that holds a proper name links whatever the story";
}

TEST(Clustering, takeoversByOneActorOnOneStoryAreOneEvent) {
  Builder b;
  for (const char* id : {"a", "b", "c"}) {
    auto& g = b.article(id);
    countries(g, std::string(id) == "c" ? std::initializer_list<const char*>{"Peru", "Chile"}
                                        : std::initializer_list<const char*>{"Mali", "Niger"});
    const auto junta = Builder::add(g, Class::ArmedGroup, "Mali junta");
    const auto e = Builder::add(g, Class::Takeover, std::string(id) == "a" ? "Mali junta takeover" : "junta coup");
    g.addEdge(e, Prop::participant, junta);
  }
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(clusterOf(c, b.articles, 0, "Mali junta takeover"), clusterOf(c, b.articles, 1, "junta coup"));
  EXPECT_NE(clusterOf(c, b.articles, 0, "Mali junta takeover"), clusterOf(c, b.articles, 2, "junta coup"))
      << "another story: no evidence it is the same takeover";
}

TEST(Clustering, crossingJoinsTheOneTownItIsNamedAfter) {
  Builder b;
  Builder::add(b.article("a"), Class::City, "Rafah");
  Builder::add(b.article("b"), Class::Place, "Rafah border crossing");
  Builder::add(b.article("c"), Class::Place, "Allenby crossing");
  Builder::add(b.article("d"), Class::City, "Allenby");
  Builder::add(b.article("e"), Class::Person, "Allenby");
  Builder::add(b.article("f"), Class::Region, "Allenby");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(clusterOf(c, b.articles, 0, "Rafah"), clusterOf(c, b.articles, 1, "Rafah border crossing"));
  EXPECT_NE(clusterOf(c, b.articles, 2, "Allenby crossing"), clusterOf(c, b.articles, 4, "Allenby"))
      << "never a person";
}

TEST(Clustering, jaroWinklerBehaves) {
  EXPECT_DOUBLE_EQ(keys::jaroWinkler("martha", "martha"), 1.0);
  EXPECT_NEAR(keys::jaroWinkler("martha", "marhta"), 0.961, 0.001);
  EXPECT_LT(keys::jaroWinkler("kabul", "tehran"), 0.6);
}

TEST(Clustering, attacksOnOneDayInDifferentPlacesOrByDifferentActorsStayApart) {
  Builder b;
  auto& a = b.article("a");
  const auto s1 = event(a, Class::Attack, "airstrike near Kadugli", Builder::add(a, Class::City, "Kadugli"), "2024-03-18");
  a.addEdge(s1, Prop::participant, Builder::add(a, Class::Country, "Chad"));
  auto& c2 = b.article("b");
  const auto s2 = event(c2, Class::Attack, "strikes in Niger", Builder::add(c2, Class::Country, "Niger"), "2024-03-18");
  c2.addEdge(s2, Prop::participant, Builder::add(c2, Class::Country, "Mali"));
  auto& d = b.article("c");
  const auto s3 = Builder::add(d, Class::Attack, "drone attack");
  d.addEdge(s3, Prop::date, Literal{"2024-03-18", Literal::Type::Date});
  d.addEdge(s3, Prop::participant, Builder::add(d, Class::Country, "Chad"));
  const auto c = clusterEntities(b.articles);
  EXPECT_NE(clusterOf(c, b.articles, 0, "airstrike near Kadugli"), clusterOf(c, b.articles, 1, "strikes in Niger"))
      << "same day, but other places and other actors";
  EXPECT_EQ(clusterOf(c, b.articles, 0, "airstrike near Kadugli"), clusterOf(c, b.articles, 2, "drone attack"))
      << "same day, same actor, no place to differ";
}


TEST(Clustering, aGroupsPluralAndSingularNameMerge) {
  Builder b;
  Builder::add(b.article("a"), Class::ArmedGroup, "Zarqunis");
  Builder::add(b.article("b"), Class::ArmedGroup, "Zarquni");
  Builder::add(b.article("c"), Class::Person, "Velis");
  Builder::add(b.article("d"), Class::Person, "Veli");
  Builder::add(b.article("e"), Class::ArmedGroup, "Kross");
  Builder::add(b.article("f"), Class::ArmedGroup, "Kros");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(c.clusterOf[0], c.clusterOf[1]) << "'the Zarqunis' and 'Zarquni fighters' name one group";
  EXPECT_NE(c.clusterOf[2], c.clusterOf[3]) << "people are not folded";
  EXPECT_NE(c.clusterOf[4], c.clusterOf[5]) << "a name ending in 'ss' is no plural";
  EXPECT_EQ(groupSingular("zarqunis"), "zarquni");
  EXPECT_EQ(groupSingular("kross"), "");
  EXPECT_EQ(groupSingular("arms"), "") << "too short";
  EXPECT_EQ(groupSingular("red shirts"), "") << "one word only";
}


TEST(Clustering, aSurnameInAnotherTransliterationWithTheSameGivenName) {
  Builder b;
  Builder::add(b.article("a"), Class::Person, "Volodar Kovalenskiy");
  Builder::add(b.article("b"), Class::Person, "Volodar Kovalensky");
  Builder::add(b.article("c"), Class::Person, "Volodar Kovalenskyy");
  Builder::add(b.article("d"), Class::Person, "Maria Kovalensky");
  Builder::add(b.article("e"), Class::Person, "Maria Lopez");
  Builder::add(b.article("f"), Class::Person, "Maria Lopaz");
  const auto c = clusterEntities(b.articles);
  EXPECT_EQ(c.clusterOf[0], c.clusterOf[1]);
  EXPECT_EQ(c.clusterOf[0], c.clusterOf[2]);
  EXPECT_NE(c.clusterOf[1], c.clusterOf[3]) << "another given name is another person";
  EXPECT_NE(c.clusterOf[4], c.clusterOf[5]) << "a surname under 6 letters is not folded";
  EXPECT_EQ(keys::surnameSkeleton("Volodar Kovalenskiy"), keys::surnameSkeleton("Volodar Kovalensky"));
  EXPECT_EQ(keys::surnameSkeleton("Kovalensky"), "") << "one word";
}

}  // namespace
}  // namespace ng
