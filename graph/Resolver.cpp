#include "graph/Resolver.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/TextNorm.h"
#include "graph/Clustering.h"
#include "graph/Iri.h"
#include "graph/Stats.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

/// Families of classes that may denote the same thing: a city is never merged with a person.
int family(Class c) {
  if (c == Class::Person) return 0;
  if (onto::isA(c, Class::Organization)) return 1;
  if (c == Class::Country) return 2;
  if (onto::isA(c, Class::Place)) return 3;
  if (onto::isA(c, Class::Event)) return 4;
  return 5;
}

std::string segment(Class c) {
  switch (family(c)) {
    case 0: return "person/";
    case 1: return "org/";
    case 2: return "country/";
    case 3: return "place/";
    case 4: return "event/";
    default: return "thing/";
  }
}

Term literalTerm(const Literal& l) { return Term::literal(l.value, l.type); }

std::string decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::clamp(v, 0.0, 1.0));
  return buf;
}

std::string memberKeyFor(const std::string& articleId, Class cls, const std::string& label) {
  return articleId + "\x1f" + std::to_string(family(cls)) + "\x1f" + foldKey(label);
}

}  // namespace

std::string memberKeyOf(const std::string& articleId, const Node& node) { return memberKeyFor(articleId, node.cls, node.label); }

std::string articleIri(const std::string& base, const std::string& id) {
  std::string slug = slugify(id, 80);
  if (slug != id) slug += "-" + shortHash(id, 8);
  return base + "article/" + slug;
}

std::vector<Quad> KnowledgeGraph::mergedTriples() const {
  std::vector<Quad> out;
  out.reserve(quads.size());
  for (const auto& q : quads) out.push_back({q.subject, q.predicate, q.object, {}});
  canonicalize(out);
  return out;
}

GraphBuilder::GraphBuilder(const std::vector<ArticleGraph>& articles, const GraphOptions& options)
    : GraphBuilder(ResolutionInput(articles), options) {}

GraphBuilder::GraphBuilder(ResolutionInput input, const GraphOptions& options) {
  // Order articles by identifier so the result does not depend on input order.
  input.sortById();
  const std::string& base = options.baseIri;
  const ResolutionInput& articles = input;
  const auto thingOf = [&](const ClusterItem& item) -> const ResolutionInput::Thing& {
    return articles.things(item.article)[item.node];
  };

  // 1-2. Which nodes denote the same thing (graph/Clustering.h).
  const Clustering clustering = clusterEntities(articles);
  const auto& items = clustering.items;
  std::vector<int> comp(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) comp[i] = static_cast<int>(clustering.clusterOf[i]);
  const int nComp = static_cast<int>(clustering.clusters);

  // 3. One canonical entity per component.
  std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(nComp));
  for (std::size_t i = 0; i < items.size(); ++i) members[static_cast<std::size_t>(comp[i])].push_back(i);
  artIri_.resize(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) artIri_[a] = articleIri(base, articles.article(a).id);
  const auto& artIri = artIri_;

  KnowledgeGraph& kg = kg_;
  std::map<std::string, int> usedIri;
  struct Pending {
    std::string sortKey;
    std::size_t comp;
  };
  std::vector<Pending> order;
  for (std::size_t c = 0; c < members.size(); ++c) {
    std::map<std::string, int> labelVotes;
    std::map<Class, int> classVotes;
    for (auto i : members[c]) {
      const auto& node = thingOf(items[i]);
      ++labelVotes[articles.label(node)];
      ++classVotes[node.cls];
    }
    // Preferred label: the fullest name (most words), then the most frequent, then the
    // smallest string; an acronym never wins over a spelled-out name.
    std::string label;
    int best = -1;
    std::size_t bestWords = 0;
    for (const auto& [l, v] : labelVotes) {
      const std::size_t w = static_cast<std::size_t>(std::count(l.begin(), l.end(), ' ')) + 1;
      if (w > bestWords || (w == bestWords && v > best)) {
        label = l;
        best = v;
        bestWords = w;
      }
    }
    Class cls = classVotes.begin()->first;
    int bestCls = -1;
    for (const auto& [k, v] : classVotes) {
      // More specific classes win ties (e.g. City over Place).
      if (v > bestCls || (v == bestCls && onto::isA(k, cls))) {
        cls = k;
        bestCls = v;
      }
    }
    CanonicalEntity e;
    e.cls = cls;
    e.label = label;
    std::set<std::string> alts;
    std::vector<std::size_t> arts;  // article numbers: their IRIs are compared below
    for (auto i : members[c]) {
      const auto& node = thingOf(items[i]);
      if (articles.label(node) != label) alts.insert(articles.label(node));
      for (const auto f : articles.forms(node)) {
        if (articles.name(f) != label) alts.insert(articles.name(f));
      }
      if (arts.empty() || arts.back() != items[i].article) arts.push_back(items[i].article);  // items in article order
    }
    e.altLabels.assign(alts.begin(), alts.end());
    std::sort(arts.begin(), arts.end());
    e.articleCount = static_cast<std::size_t>(std::unique(arts.begin(), arts.end()) - arts.begin());
    e.firstArticle = artIri[*std::min_element(arts.begin(), arts.end(), [&](std::size_t x, std::size_t y) {
      return artIri[x] < artIri[y];
    })];
    order.push_back({segment(cls) + slugify(label) + "\x1f" + label + "\x1f" + e.firstArticle, c});
    kg.entities.push_back(std::move(e));
  }
  // IRIs. A cluster holding things that had an IRI in an earlier run (options.previousIris) keeps
  // the IRI most of them had; others get one from the canonical key, never one used before.
  std::vector<std::string> memberKey;
  if (options.memberIris || !options.previousIris.empty()) {
    memberKey.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& node = thingOf(items[i]);
      memberKey[i] = memberKeyFor(articles.article(items[i].article).id, node.cls, articles.label(node));
    }
  }
  std::set<std::string> reserved;
  for (const auto& [key, iri] : options.previousIris) {
    reserved.insert(iri);
    if (key.starts_with(kFormerIriKey)) reserved.insert(key.substr(kFormerIriKey.size()));
  }
  // IRIs of earlier runs that lost their thing to a merge: former IRI -> the cluster it joined.
  std::map<std::string, std::size_t> formerOf;
  std::sort(order.begin(), order.end(), [](const Pending& a, const Pending& b) { return a.sortKey < b.sortKey; });
  if (!options.previousIris.empty()) {
    // Clusters with the most members claim earlier IRIs first, so a split keeps the IRI on the larger part.
    std::vector<Pending> byClaim = order;
    std::stable_sort(byClaim.begin(), byClaim.end(), [&](const Pending& a, const Pending& b) {
      return members[a.comp].size() > members[b.comp].size();
    });
    for (const auto& p : byClaim) {
      std::map<std::string, int> votes;
      for (auto i : members[p.comp]) {
        if (auto it = options.previousIris.find(memberKey[i]); it != options.previousIris.end()) ++votes[it->second];
      }
      std::string best;
      int bestVotes = 0;
      for (const auto& [iri, v] : votes) {
        if (v > bestVotes && !usedIri.count(iri)) {
          best = iri;
          bestVotes = v;
        }
      }
      if (!best.empty()) {
        usedIri[best] = 1;
        kg.entities[p.comp].iri = best;
      }
      for (const auto& [iri, v] : votes) {
        if (iri != best) formerOf.emplace(iri, p.comp);
      }
    }
    // Former IRIs recorded by earlier runs follow the IRI they were merged into.
    std::map<std::string, std::size_t> compOfIri;
    for (const auto& p : order) compOfIri.emplace(kg.entities[p.comp].iri, p.comp);
    for (auto it = options.previousIris.lower_bound(std::string(kFormerIriKey));
         it != options.previousIris.end() && it->first.starts_with(kFormerIriKey); ++it) {
      if (const auto c = compOfIri.find(it->second); c != compOfIri.end())
        formerOf.emplace(it->first.substr(kFormerIriKey.size()), c->second);
    }
  }
  for (const auto& p : order) {
    CanonicalEntity& e = kg.entities[p.comp];
    if (!e.iri.empty()) continue;
    std::string iri = base + segment(e.cls) + slugify(e.label);
    if (usedIri.count(iri) || reserved.count(iri)) iri += "-" + shortHash(e.label + "|" + e.firstArticle, 6);
    for (int k = 2; usedIri.count(iri) || reserved.count(iri); ++k) iri = base + segment(e.cls) + slugify(e.label) + "-" + std::to_string(k);
    usedIri[iri] = 1;
    e.iri = iri;
  }
  for (const auto& [former, c] : formerOf) {
    if (!usedIri.count(former)) kg.entities[c].formerIris.push_back(former);  // a map: sorted
  }
  if (options.memberIris) {
    for (std::size_t i = 0; i < items.size(); ++i) kg.memberIris[memberKey[i]] = kg.entities[static_cast<std::size_t>(comp[i])].iri;
    for (const auto& e : kg.entities) {
      for (const auto& former : e.formerIris) kg.memberIris[std::string(kFormerIriKey) + former] = e.iri;
    }
  }

  // Entities in IRI order; items point into that order.
  std::vector<std::size_t> byIri(kg.entities.size());
  for (std::size_t c = 0; c < byIri.size(); ++c) byIri[c] = c;
  std::sort(byIri.begin(), byIri.end(), [&](std::size_t x, std::size_t y) { return kg.entities[x].iri < kg.entities[y].iri; });
  std::vector<std::size_t> rank(byIri.size());
  std::vector<CanonicalEntity> sorted;
  sorted.reserve(byIri.size());
  for (std::size_t r = 0; r < byIri.size(); ++r) {
    rank[byIri[r]] = r;
    sorted.push_back(std::move(kg.entities[byIri[r]]));
  }
  kg.entities = std::move(sorted);
  entityOf_.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) entityOf_[i] = rank[static_cast<std::size_t>(comp[i])];
  firstItem_ = clustering.firstItem;
  articleId_.resize(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) articleId_[a] = articles.article(a).id;

  // 5. Statistics that do not need the quads.
  kg.stats.articles = articles.size();
  kg.stats.facts = articles.facts();
  kg.stats.entities = kg.entities.size();
  for (const auto& e : kg.entities) ++kg.stats.entitiesPerClass[std::string(onto::name(e.cls))];
  kg.baseIri = base;
}

void GraphBuilder::appendQuads(std::size_t a, const ArticleGraph& ag, std::vector<Quad>& Q) const {
  // 4. Quads of one article.
  using namespace onto::iri_;
  const std::string& base = kg_.baseIri;
  const auto P = [](Prop p) { return Term::iri(onto::iri(p)); };
  std::size_t itemCursor = firstItem_[a];
  const std::string& G = artIri_[a];
  const Term A = Term::iri(G);
  const auto add = [&](const Term& s, const Term& p, Term o) { Q.push_back({s, p, std::move(o), G}); };
  add(A, Term::iri(std::string(rdfType)), Term::iri(onto::iri(Class::Article)));
  add(A, Term::iri(std::string(dctIdentifier)), Term::literal(ag.article.id));
  if (!ag.article.title.empty()) add(A, Term::iri(std::string(dctTitle)), Term::literal(ag.article.title));
  if (!ag.article.date.empty())
    add(A, Term::iri(std::string(dctDate)), Term::literal(ag.article.date, Literal::Type::Date));
  if (!ag.article.publisher.empty())
    add(A, Term::iri(std::string(dctPublisher)), Term::literal(ag.article.publisher));
  if (ag.article.url.starts_with("http://") || ag.article.url.starts_with("https://"))
    add(A, Term::iri(std::string(schemaUrl)), Term::iri(iriSafe(ag.article.url)));

  // Node IRIs of this article.
  std::vector<std::string> nodeIri(ag.nodes.size());
  // Each node's edges, in the article's order (one pass: a scan of every edge per fact was
  // quadratic in long articles).
  std::vector<std::vector<std::uint32_t>> edgesOf(ag.nodes.size());
  for (std::uint32_t i = 0; i < ag.edges.size(); ++i)
    if (ag.edges[i].subject < edgesOf.size()) edgesOf[ag.edges[i].subject].push_back(i);
  std::map<std::string, int> factIris;
  const std::string artSlug = G.substr(G.rfind('/') + 1);
  for (std::uint32_t n = 0; n < ag.nodes.size(); ++n) {
    const Node& node = ag.nodes[n];
    if (onto::isResolvable(node.cls)) {
      nodeIri[n] = kg_.entities[entityOf_[itemCursor++]].iri;
      continue;
    }
    // Facts: named by article, kind and content, so unrelated changes do not rename them.
    std::string content = std::string(onto::name(node.cls)) + "|" + node.label;
    for (const auto& ev : node.evidence) content += "|" + ev;
    for (const std::uint32_t i : edgesOf[n]) {
      const Edge& e = ag.edges[i];
      content += "|" + std::string(onto::name(e.prop)) + "=";
      if (const auto* o = std::get_if<std::uint32_t>(&e.object)) content += ag.nodes[*o].label;
      else content += std::get<Literal>(e.object).value;
    }
    std::string iri = base + "fact/" + artSlug + "/" + slugify(onto::name(node.cls)) + "-" + shortHash(content);
    if (int k = factIris[iri]++; k > 0) iri += "-" + std::to_string(k + 1);
    nodeIri[n] = iri;
  }

  std::size_t cursor = firstItem_[a];  // this article's first item
  for (std::uint32_t n = 0; n < ag.nodes.size(); ++n) {
    const Node& node = ag.nodes[n];
    const Term S = Term::iri(nodeIri[n]);
    if (onto::isResolvable(node.cls)) {
      const CanonicalEntity& e = kg_.entities[entityOf_[cursor++]];
      add(S, Term::iri(std::string(rdfType)), Term::iri(onto::iri(e.cls)));
      add(S, Term::iri(std::string(rdfsLabel)), Term::literal(e.label));
      if (node.label != e.label) add(S, Term::iri(std::string(skosAltLabel)), Term::literal(node.label));
      for (const auto& f : node.forms) {
        if (f != e.label) add(S, Term::iri(std::string(skosAltLabel)), Term::literal(f));
      }
      add(S, P(Prop::mentionedIn), A);
      for (const auto& former : e.formerIris) add(Term::iri(former), Term::iri(std::string(owlSameAs)), S);
      if (!onto::isA(node.cls, Class::Event)) continue;
    } else {
      add(S, Term::iri(std::string(rdfType)), Term::iri(onto::iri(node.cls)));
      if (!node.label.empty()) add(S, Term::iri(std::string(rdfsLabel)), Term::literal(node.label));
    }
    add(S, Term::iri(std::string(provWasDerivedFrom)), A);
    for (const auto& ev : node.evidence) add(S, P(Prop::evidence), Term::literal(ev));
    add(S, P(Prop::confidence), Term::literal(decimal(node.confidence), Literal::Type::Decimal));
  }
  for (const auto& e : ag.edges) {
    const Term S = Term::iri(nodeIri[e.subject]);
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) add(S, P(e.prop), Term::iri(nodeIri[*o]));
    else add(S, P(e.prop), literalTerm(std::get<Literal>(e.object)));
  }
}

KnowledgeGraph buildKnowledgeGraph(const std::vector<ArticleGraph>& articles, const GraphOptions& options) {
  GraphBuilder builder(articles, options);
  KnowledgeGraph& kg = builder.graph();
  std::vector<std::size_t> byId(articles.size());
  for (std::size_t i = 0; i < byId.size(); ++i) byId[i] = i;
  std::stable_sort(byId.begin(), byId.end(), [&](std::size_t x, std::size_t y) { return articles[x].article.id < articles[y].article.id; });
  for (std::size_t a = 0; a < builder.size(); ++a) builder.appendQuads(a, articles[byId[a]], kg.quads);
  canonicalize(kg.quads);
  kg.degree = computeGraphStats(kg);
  return std::move(kg);
}

}  // namespace ng
