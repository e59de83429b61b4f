#include "extract/Pipeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <variant>
#include <vector>

#include "extract/Coref.h"
#include "extract/EntityFinder.h"
#include "extract/NerMentions.h"
#include "extract/nlp/TagDocument.h"
#include "extract/Segmenter.h"
#include "extract/TextNorm.h"
#include "extract/facts/Extractors.h"

namespace ng {

std::shared_ptr<const ExtractResources> ExtractResources::load(const std::filesystem::path& dataRoot) {
  auto res = std::make_shared<ExtractResources>();
  res->dataRoot = dataRoot;
  res->gazetteer = Gazetteer::load(dataRoot / "data");
  res->pos.emplace(nlp::PosTagger::load(dataRoot / "models" / "pos.model"));
  res->ner.emplace(nlp::EntityRecognizer::load(dataRoot / "models" / "ner.model",
                                               nlp::PhraseGazetteer::loadDirectory(dataRoot / "data" / "gazetteer")));
  res->ner->precompute(res->pos->knownWords(), res->pos->tagset());
  return res;
}

namespace {

/// Gives country mentions their gazetteer name, so "Sudanese", "Sudanese" and "Sudan" (or
/// "Türkiye" and "Turkey") become one entity in coreference.
void canonicalizeMentions(Document& doc, const Gazetteer& gaz) {
  for (auto& m : doc.mentions) {
    if (!m.canonical.empty()) continue;
    const std::string_view text = doc.slice(m.span);
    if (m.demonym) {
      // "European" as an adjective is the continent ("European countries"); the Union is
      // written "EU" or "European Union", which the finder reads as names of their own.
      if (gaz.demonymCode(text) == "EU" && (text == "European" || text == "Europeans")) {
        for (const auto& p : gaz.lookup("Europe")) {
          if (p.cls != onto::Class::Region) continue;
          m.cls = p.cls;
          m.canonical = p.canonical;
          break;
        }
        if (!m.canonical.empty()) continue;
      }
      if (auto c = gaz.demonymCountry(text)) m.canonical = *c;
    } else if (m.cls == onto::Class::Country) {
      for (const auto& p : gaz.lookup(text)) {
        if (p.cls == onto::Class::Country) {
          m.canonical = p.canonical;
          break;
        }
      }
    }
  }
  // A short name is the country the article names in full: "Congo" after "Democratic Republic
  // of Congo" is that republic, not the Republic of the Congo the short name lists. Only a
  // full name ending in "of (the) <short name>", and only one such country in the article.
  std::vector<const Mention*> fullNames;  // "Democratic Republic of Congo": few per article
  for (const auto& n : doc.mentions) {
    if (n.cls == onto::Class::Country && !n.demonym && !n.canonical.empty() &&
        doc.slice(n.span).find(" of ") != std::string_view::npos)
      fullNames.push_back(&n);
  }
  if (fullNames.empty()) return;
  for (auto& m : doc.mentions) {
    if (m.cls != onto::Class::Country || m.demonym || m.canonical.empty()) continue;
    const std::string_view text = doc.slice(m.span);
    const std::string of = " of " + std::string(text);
    const std::string ofThe = " of the " + std::string(text);
    std::string full;
    bool unique = true;
    for (const Mention* n : fullNames) {
      if (n->canonical == m.canonical) continue;
      const std::string_view other = doc.slice(n->span);
      if (!other.ends_with(of) && !other.ends_with(ofThe)) continue;
      if (!full.empty() && full != n->canonical) unique = false;
      full = n->canonical;
    }
    if (!full.empty() && unique) m.canonical = full;
  }
}

/// The article's own outlet named in its text ("a local official told Rudaw", "Dawn has
/// learnt") is a media outlet, whatever the finder or the recognizer made of the name (a
/// person, an organization, a place no list knows). Listed places are left alone: a paper may be
/// named after its town.
void typePublisherMentions(Document& doc) {
  if (doc.article.publisher.empty()) return;
  const std::string key = foldKey(doc.article.publisher);
  if (key.empty()) return;
  for (auto& m : doc.mentions) {
    // (A generic place no list knows is the recognizer's guess: "spoke to Al-Monitor".)
    const bool guessedPlace = m.cls == onto::Class::Place && m.canonical.empty();
    if (m.demonym || (m.cls != onto::Class::Person && m.cls != onto::Class::Organization && !guessedPlace)) continue;
    if (foldKey(doc.slice(m.span)) != key) continue;
    m.cls = onto::Class::MediaOutlet;
    m.canonical.clear();
  }
  // Found by nobody ("spoke to Al-Monitor on Saturday"): the outlet's name written as the
  // publisher's, capitalized, where no other name is.
  std::vector<bool> taken(doc.tokens.size() + 1, false);
  for (const auto& m : doc.mentions)
    for (auto t = m.tokenBegin; t < m.tokenEnd && t < taken.size(); ++t) taken[t] = true;
  bool added = false;
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view first = doc.tokenText(t);
    if (first.empty() || !std::isupper(static_cast<unsigned char>(first.front())) || taken[t]) continue;
    for (std::uint32_t n = 1; n <= 4 && t + n <= doc.tokens.size() && !taken[t + n - 1]; ++n) {
      const Span span{doc.tokens[t].span.begin, doc.tokens[t + n - 1].span.end};
      if (foldKey(doc.slice(span)) != key) continue;
      Mention m;
      m.span = span;
      m.tokenBegin = t;
      m.tokenEnd = t + n;
      m.cls = onto::Class::MediaOutlet;
      m.confidence = 0.7;
      doc.mentions.push_back(std::move(m));
      for (std::uint32_t k = 0; k < n; ++k) taken[t + k] = true;
      added = true;
      break;
    }
  }
  if (added)
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.tokenBegin < b.tokenBegin; });
}

/// "the 94th Infantry Battalion", "the 3rd Division": a numbered military unit keeps its number
/// in its name, or all the battalions of an army would be one thing; it is a government body.
void numberMilitaryUnits(Document& doc) {
  static constexpr std::string_view kUnits[] = {"Battalion", "Brigade", "Division", "Regiment", "Squadron",
                                                "Corps",     "Army",    "Fleet",    "Battalions", "Brigades"};
  for (auto& m : doc.mentions) {
    if (m.tokenBegin == 0 || m.tokenEnd == 0 || m.cls == onto::Class::Person) continue;
    const std::string_view last = doc.tokenText(m.tokenEnd - 1);
    if (std::find(std::begin(kUnits), std::end(kUnits), last) == std::end(kUnits)) continue;
    const std::uint32_t before = m.tokenBegin - 1;
    // "the 1103rd Infantry Brigade"; "the 444 Combat Brigade" (a number after "the": its name).
    const std::string_view number = doc.tokenText(before);
    const bool cardinal = before > 0 && number.size() <= 4 && lowerAscii(doc.tokenText(before - 1)) == "the" &&
                          std::all_of(number.begin(), number.end(), [](unsigned char c) { return std::isdigit(c); });
    if (!ordinalNumeral(number) && !cardinal) continue;
    const bool taken = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& o) {
      return o.tokenBegin <= before && before < o.tokenEnd;
    });
    if (taken) continue;
    m.tokenBegin = before;
    m.span.begin = doc.tokens[before].span.begin;
    // "the 1103rd Infantry Brigade": a numbered unit is a state army's, not an armed group.
    if (m.cls == onto::Class::ArmedGroup || m.cls == onto::Class::Organization) m.cls = onto::Class::GovernmentBody;
  }
}

/// "the State Emergency Service", "the Secret Service": a name ending in "Service" is a state's
/// body, not a person or a company (typed here rather than by the lists, which the recognizer
/// reads as features: a new head word there changes the trained model).
/// Also "the Gulf Clan": a name ending in "Clan" is a group, not a place or a person.
void typeNamesByHead(Document& doc) {
  for (auto& m : doc.mentions) {
    if (m.tokenEnd < m.tokenBegin + 2) continue;
    const std::string_view head = doc.tokenText(m.tokenEnd - 1);
    if (head == "Service" && (m.cls == onto::Class::Person || m.cls == onto::Class::Organization))
      m.cls = onto::Class::GovernmentBody;
    else if (head == "Clan" && (m.cls == onto::Class::Person || m.cls == onto::Class::Place || m.cls == onto::Class::Region))
      m.cls = onto::Class::Organization;
  }
}

}  // namespace

Document analyze(Article article, const ExtractResources& res) {
  Document doc;
  doc.article = std::move(article);
  segment(doc);
  nlp::tagDocument(doc, *res.pos, &*res.ner);
  findEntities(doc, res);
  return doc;
}

void findEntities(Document& doc, const ExtractResources& res) {
  findMentions(doc, res.gazetteer);
  doc.mentions = mergeMentions(std::move(doc.mentions), mentionsFromNer(doc, res.gazetteer));
  pruneMentions(doc, res.gazetteer);
  numberMilitaryUnits(doc);
  typeNamesByHead(doc);
  typePublisherMentions(doc);
  canonicalizeMentions(doc, res.gazetteer);
  resolveMentions(doc, res.gazetteer);
}

ArticleGraph toArticleGraph(const Document& doc) {
  ArticleGraph g;
  g.article = doc.article;
  g.article.text.clear();
  for (const auto& e : doc.entities) {
    Node n;
    n.cls = e.cls;
    n.label = e.name;
    n.forms = e.forms;
    double conf = 0;
    for (int mi : e.mentions) conf = std::max(conf, doc.mentions[static_cast<std::size_t>(mi)].confidence);
    n.confidence = conf;
    n.extractor = "entities";
    if (onto::isA(e.cls, onto::Class::Event) && !e.mentions.empty()) {
      const auto& m = doc.mentions[static_cast<std::size_t>(e.mentions.front())];
      const auto s = doc.sentenceAt(m.span.begin);
      if (s < doc.sentences.size()) n.evidence.emplace_back(doc.slice(doc.sentences[s].span));
    }
    g.addNode(std::move(n));
  }
  return g;
}

void dropUnusedImpliedNodes(ArticleGraph& g) {
  std::vector<char> used(g.nodes.size(), 0);
  for (const auto& e : g.edges) {
    used[e.subject] = 1;
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) used[*o] = 1;
  }
  std::vector<std::uint32_t> newIndex(g.nodes.size(), 0);
  std::uint32_t next = 0;
  bool dropped = false;
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const bool keep = used[i] || g.nodes[i].extractor != "implied";
    dropped = dropped || !keep;
    newIndex[i] = keep ? next++ : 0;
    used[i] = keep;
  }
  if (!dropped) return;
  std::vector<Node> nodes;
  nodes.reserve(next);
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    if (used[i]) nodes.push_back(std::move(g.nodes[i]));
  g.nodes = std::move(nodes);
  for (auto& e : g.edges) {
    e.subject = newIndex[e.subject];
    if (auto* o = std::get_if<std::uint32_t>(&e.object)) *o = newIndex[*o];
  }
}

ArticleGraph extractArticle(Article article, const ExtractResources& res) {
  const Document doc = analyze(std::move(article), res);
  ArticleGraph g = toArticleGraph(doc);
  FactSink sink(doc, g);
  extractRoles(sink, res.gazetteer);
  extractEvents(sink, res.gazetteer);
  extractStatements(sink, res.gazetteer);
  extractQuotations(sink, res.gazetteer);
  dropUnusedImpliedNodes(g);
  return g;
}

}  // namespace ng
