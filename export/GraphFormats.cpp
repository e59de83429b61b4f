#include "export/GraphFormats.h"

#include <serd/serd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "export/RdfWriter.h"
#include "graph/Stats.h"
#include "ontology/Vocabulary.h"

namespace ng {
namespace fs = std::filesystem;

namespace {

using onto::Class;
using onto::Prop;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr char32_t kInvalid = 0xFFFFFFFF;

constexpr bool isAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Decodes the UTF-8 sequence at s[i]: the code point and its length, or kInvalid and 1 for a
/// byte that does not start a well-formed sequence (overlong forms and surrogates included).
std::pair<char32_t, std::size_t> decodeUtf8(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {kInvalid, 1};
  }
  if (i + len > s.size()) return {kInvalid, 1};
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned char cc = b(i + k);
    if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) return {kInvalid, 1};
    cp = (cp << 6) | (cc & 0x3F);
  }
  return {cp, len};
}

/// XML 1.0 text and attribute values (always written in double quotes). Characters XML 1.0
/// cannot carry even as references (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) and bytes
/// that are not UTF-8 become U+FFFD; tab, LF and CR become references so that attribute-value
/// normalization keeps them.
void appendXml(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto [cp, len] = decodeUtf8(s, i);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (cp == kInvalid || cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) out += kReplacement;
        else out.append(s.substr(i, len));
    }
    i += len;
  }
}

std::string xml(std::string_view s) {
  std::string out;
  appendXml(out, s);
  return out;
}

/// True when s[i] is '&' starting something Graphviz would read as an entity ("&amp;", "&#38;").
bool startsEntity(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  if (k < s.size() && s[k] == '#') ++k;
  const std::size_t first = k;
  while (k < s.size() && k - first < 32 && isAsciiAlnum(s[k])) ++k;
  return k > first && k < s.size() && s[k] == ';';
}

/// The inside of a double-quoted DOT string, as Graphviz reads labels (escString): quotes and
/// backslashes escaped, a newline as "\n" (a centred line break), text that Graphviz would take
/// for an HTML entity protected by "&amp;", controls and bytes that are not UTF-8 as U+FFFD.
std::string dot(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto [cp, len] = decodeUtf8(s, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      case '\t': out += ' '; break;
      case '&': out += startsEntity(s, i) ? "&amp;" : "&"; break;
      default:
        if (cp == kInvalid || cp < 0x20 || cp == 0x7F) out += kReplacement;
        else out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string joinArticles(const std::vector<std::string>& articles) {
  std::string out;
  for (const auto& a : articles) out += (out.empty() ? "" : ";") + a;
  return out;
}

/// The edge kind of a statement fact: its shortcut property where the contract has one.
std::string statementKind(Class c) {
  switch (c) {
    case Class::Accusation: return std::string(onto::name(Prop::accuses));
    case Class::Demand: return std::string(onto::name(Prop::demandsFrom));
    case Class::Criticism: return std::string(onto::name(Prop::criticizes));
    case Class::Threat: return std::string(onto::name(Prop::threatens));
    case Class::Rejection: return std::string(onto::name(Prop::rejects));
    case Class::Praise: return "praises";
    case Class::Support: return "supports";
    case Class::Denial: return "denies";
    default: return "statement";
  }
}

struct Support {
  std::set<std::string> facts;  ///< statement or role facts of one article
  bool direct = false;          ///< a triple between the two things in that article
};

struct FactLinks {
  std::optional<Class> cls;
  std::string article;
  std::vector<std::size_t> agents, targets, holders, roleIns;
};

/// Colours and shapes by family, so a picture reads at a glance (ColorBrewer "Set3").
std::pair<const char*, const char*> nodeStyle(const std::string& type) {
  const auto cls = onto::classFromName(type);
  if (!cls) return {"ellipse", "#d9d9d9"};
  if (*cls == Class::Person) return {"ellipse", "#8dd3c7"};
  if (*cls == Class::Country) return {"hexagon", "#bebada"};
  if (onto::isA(*cls, Class::Organization)) return {"box", "#ffffb3"};
  if (onto::isA(*cls, Class::Place)) return {"house", "#fdb462"};
  if (onto::isA(*cls, Class::Event)) return {"diamond", "#80b1d3"};
  return {"ellipse", "#d9d9d9"};
}

}  // namespace

std::string nodeId(std::string_view iri, std::string_view base) {
  if (!base.empty() && iri.starts_with(base)) iri.remove_prefix(base.size());
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : iri) {
    const auto c = static_cast<unsigned char>(ch);
    if (isAsciiAlnum(ch) || ch == '-') {
      out += ch;
    } else if (c == '/') {
      out += '.';
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out.empty() ? "_" : out;
}

struct EntityGraphBuilder::Impl {
  using Key = std::tuple<std::size_t, std::size_t, std::string>;
  struct Total {
    std::size_t weight = 0;
    std::set<std::uint32_t> articles;  ///< interned identifiers
  };

  explicit Impl(const std::vector<CanonicalEntity>& e) : entities(e) {}

  std::uint32_t intern(const std::string& s) {
    const auto [it, fresh] = names.emplace(s, static_cast<std::uint32_t>(nameList.size()));
    if (fresh) nameList.push_back(s);
    return it->second;
  }

  const std::vector<CanonicalEntity>& entities;
  std::unordered_map<std::string, std::size_t> index;
  const std::string ns{onto::kNs};
  const std::string mentionedIn{onto::name(Prop::mentionedIn)};
  std::map<std::string, std::string> articleId;  ///< article IRI -> dcterms:identifier
  std::map<std::string, FactLinks> facts;        ///< fact IRI -> its links to things, since endArticle()
  std::map<Key, std::map<std::string, Support>> support;  ///< edge -> article IRI -> support, since endArticle()
  std::map<Key, Total> totals;
  std::unordered_map<std::string, std::uint32_t> names;
  std::vector<std::string> nameList;
};

EntityGraphBuilder::EntityGraphBuilder(const std::vector<CanonicalEntity>& entities)
    : impl_(std::make_unique<Impl>(entities)) {
  for (std::size_t i = 0; i < entities.size(); ++i) impl_->index.emplace(entities[i].iri, i);
}

EntityGraphBuilder::~EntityGraphBuilder() = default;

void EntityGraphBuilder::add(const Quad& q) {
  Impl& m = *impl_;
  const auto& p = q.predicate.value;
  if (p == onto::iri_::dctIdentifier) {
    m.articleId.emplace(q.subject.value, q.object.value);
    return;
  }
  const auto s = m.index.find(q.subject.value);
  if (p == onto::iri_::rdfType) {
    if (s == m.index.end() && q.object.value.starts_with(m.ns))
      m.facts[q.subject.value].cls = onto::classFromName(std::string_view(q.object.value).substr(m.ns.size()));
    return;
  }
  if (q.object.kind != Term::Kind::Iri || !p.starts_with(m.ns)) return;
  const auto o = m.index.find(q.object.value);
  if (o == m.index.end()) return;
  const std::string_view local = std::string_view(p).substr(m.ns.size());
  if (s != m.index.end()) {
    if (local != m.mentionedIn && s->second != o->second)
      m.support[{s->second, o->second, std::string(local)}][q.graph].direct = true;
    return;
  }
  FactLinks& f = m.facts[q.subject.value];
  f.article = q.graph;
  if (local == onto::name(Prop::agent)) f.agents.push_back(o->second);
  else if (local == onto::name(Prop::target)) f.targets.push_back(o->second);
  else if (local == onto::name(Prop::holder)) f.holders.push_back(o->second);
  else if (local == onto::name(Prop::roleIn)) f.roleIns.push_back(o->second);
}

void EntityGraphBuilder::endArticle() {
  Impl& m = *impl_;
  for (const auto& [iri, f] : m.facts) {
    if (!f.cls) continue;
    const bool statement = onto::isA(*f.cls, Class::Statement);
    const bool role = *f.cls == Class::Role;
    if (!statement && !role) continue;
    const auto& from = statement ? f.agents : f.holders;
    const auto& to = statement ? f.targets : f.roleIns;
    const std::string kind = statement ? statementKind(*f.cls) : std::string(onto::name(Prop::roleIn));
    for (const auto a : from) {
      for (const auto b : to) {
        if (a != b) m.support[{a, b, kind}][f.article].facts.insert(iri);
      }
    }
  }
  m.facts.clear();
  for (const auto& [key, perArticle] : m.support) {
    Impl::Total& total = m.totals[key];
    for (const auto& [article, sup] : perArticle) {
      // A shortcut triple restates its statement fact of the same article: count the fact once.
      total.weight += std::max<std::size_t>(sup.facts.size(), sup.direct ? 1 : 0);
      const auto id = m.articleId.find(article);
      total.articles.insert(m.intern(id == m.articleId.end() ? article : id->second));
    }
  }
  m.support.clear();
}

EntityGraph EntityGraphBuilder::finish(const std::map<std::string, std::size_t>& degree, const std::string& baseIri) {
  endArticle();
  Impl& m = *impl_;
  EntityGraph g;
  g.nodes.reserve(m.entities.size());
  for (const auto& e : m.entities) {
    const auto d = degree.find(e.iri);
    g.nodes.push_back({nodeId(e.iri, baseIri), e.iri, e.label, std::string(onto::name(e.cls)), e.articleCount,
                       d == degree.end() ? 0 : d->second});
  }
  for (auto& [key, total] : m.totals) {
    GraphEdge e;
    std::tie(e.source, e.target, e.kind) = key;
    e.weight = total.weight;
    for (const auto a : total.articles) e.articles.push_back(m.nameList[a]);
    std::sort(e.articles.begin(), e.articles.end());
    e.articles.erase(std::unique(e.articles.begin(), e.articles.end()), e.articles.end());
    g.edges.push_back(std::move(e));
  }
  return g;
}

EntityGraph entityGraph(const KnowledgeGraph& kg) {
  EntityGraphBuilder builder(kg.entities);
  for (const auto& q : kg.quads) builder.add(q);
  return builder.finish(kg.degree, kg.baseIri);
}

EntityGraph topEntities(const EntityGraph& g, std::size_t n) {
  std::vector<std::set<std::size_t>> neighbours(g.nodes.size());
  for (const auto& e : g.edges) {
    neighbours[e.source].insert(e.target);
    neighbours[e.target].insert(e.source);
  }
  std::vector<std::size_t> order(g.nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto rank = [&](std::size_t i) {
    return std::make_tuple(neighbours[i].size(), g.nodes[i].degree, g.nodes[i].mentions);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto ra = rank(a), rb = rank(b);
    return ra != rb ? ra > rb : g.nodes[a].id < g.nodes[b].id;
  });
  std::size_t keep = 0;
  while (keep < order.size() && keep < n && !neighbours[order[keep]].empty()) ++keep;
  order.resize(keep);
  // A node whose neighbours all fell outside the selection says nothing in a picture.
  std::vector<bool> chosen(g.nodes.size(), false);
  for (const auto i : order) chosen[i] = true;
  std::erase_if(order, [&](std::size_t i) {
    return std::none_of(neighbours[i].begin(), neighbours[i].end(), [&](std::size_t j) { return chosen[j]; });
  });
  std::sort(order.begin(), order.end());

  EntityGraph out;
  std::vector<std::size_t> newIndex(g.nodes.size(), SIZE_MAX);
  for (const auto i : order) {
    newIndex[i] = out.nodes.size();
    out.nodes.push_back(g.nodes[i]);
  }
  for (const auto& e : g.edges) {
    if (newIndex[e.source] == SIZE_MAX || newIndex[e.target] == SIZE_MAX) continue;
    GraphEdge copy = e;
    copy.source = newIndex[e.source];
    copy.target = newIndex[e.target];
    out.edges.push_back(std::move(copy));
  }
  return out;
}

namespace {

/// Where the text writers below put their text: `out` is handed to `spill` (which takes it and
/// leaves it empty) whenever it has grown past a block, and once at the end, so that writing a
/// file of a large graph does not first build the whole file in memory.
using Spill = std::function<void(std::string&)>;
constexpr std::size_t kSpillBlock = std::size_t{1} << 16;

void graphMlTo(const EntityGraph& g, const Spill& spill) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- newsgraph: resolved things and the relations between them -->\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
      "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
      "  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n"
      "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n"
      "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"edgelabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
      "  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>\n"
      "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  const auto data = [&](const char* key, std::string_view value) {
    out += "      <data key=\"";
    out += key;
    out += "\">";
    appendXml(out, value);
    out += "</data>\n";
  };
  for (const auto& n : g.nodes) {
    out += "    <node id=\"" + xml(n.id) + "\">\n";
    data("label", n.label);
    data("type", n.type);
    data("mentions", std::to_string(n.mentions));
    data("degree", std::to_string(n.degree));
    data("iri", n.iri);
    out += "    </node>\n";
    if (out.size() > kSpillBlock) spill(out);
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    out += "    <edge id=\"e" + std::to_string(i) + "\" source=\"" + xml(g.nodes[e.source].id) + "\" target=\"" +
           xml(g.nodes[e.target].id) + "\">\n";
    data("kind", e.kind);
    data("edgelabel", e.kind);
    data("weight", std::to_string(e.weight));
    data("articles", joinArticles(e.articles));
    out += "    </edge>\n";
    if (out.size() > kSpillBlock) spill(out);
  }
  out += "  </graph>\n</graphml>\n";
  spill(out);
}

void gexfTo(const EntityGraph& g, const Spill& spill) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>newsgraph 0.1.0</creator>\n"
      "    <description>Resolved things and the relations between them</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
      "    <attributes class=\"node\" mode=\"static\">\n"
      "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
      "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
      "      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\" mode=\"static\">\n"
      "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      "      <attribute id=\"articles\" title=\"articles\" type=\"string\"/>\n"
      "    </attributes>\n";
  const auto att = [&](const char* key, std::string_view value) {
    out += "          <attvalue for=\"";
    out += key;
    out += "\" value=\"";
    appendXml(out, value);
    out += "\"/>\n";
  };
  out += "    <nodes count=\"" + std::to_string(g.nodes.size()) + "\">\n";
  for (const auto& n : g.nodes) {
    out += "      <node id=\"" + xml(n.id) + "\" label=\"" + xml(n.label) + "\">\n        <attvalues>\n";
    att("type", n.type);
    att("mentions", std::to_string(n.mentions));
    att("degree", std::to_string(n.degree));
    att("iri", n.iri);
    out += "        </attvalues>\n      </node>\n";
    if (out.size() > kSpillBlock) spill(out);
  }
  out += "    </nodes>\n";
  out += "    <edges count=\"" + std::to_string(g.edges.size()) + "\">\n";
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const auto& e = g.edges[i];
    // kind= keeps parallel edges of different kinds apart in Gephi instead of merging them.
    out += "      <edge id=\"" + std::to_string(i) + "\" source=\"" + xml(g.nodes[e.source].id) + "\" target=\"" +
           xml(g.nodes[e.target].id) + "\" kind=\"" + xml(e.kind) + "\" label=\"" + xml(e.kind) + "\" weight=\"" +
           std::to_string(e.weight) + "\">\n        <attvalues>\n";
    att("kind", e.kind);
    att("articles", joinArticles(e.articles));
    out += "        </attvalues>\n      </edge>\n";
    if (out.size() > kSpillBlock) spill(out);
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  spill(out);
}

void dotTo(const EntityGraph& g, const DotOptions& options, const Spill& spill) {
  std::string out =
      "// newsgraph: resolved things and the relations between them. Render with\n"
      "// dot -Tsvg graph.dot -o graph.svg (or sfdp for large graphs), or use newsgraph render.\n"
      "digraph newsgraph {\n"
      "  graph [charset=\"UTF-8\", overlap=false, splines=true, outputorder=edgesfirst, pad=0.3, "
      "fontname=\"Helvetica\"";
  if (!options.title.empty()) out += ", label=\"" + dot(options.title) + "\", labelloc=b, fontsize=12";
  out +=
      "];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#666666\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.6];\n";
  for (const auto& n : g.nodes) {
    const auto [shape, fill] = nodeStyle(n.type);
    out += "  \"" + dot(n.id) + "\" [label=\"" + dot(n.label) + "\", shape=" + shape + ", fillcolor=\"" + fill +
           "\", type=\"" + dot(n.type) + "\", mentions=" + std::to_string(n.mentions) +
           ", degree=" + std::to_string(n.degree) + ", iri=\"" + dot(n.iri) + "\", tooltip=\"" + dot(n.type) + ": " +
           dot(n.label) + "\"];\n";
    if (out.size() > kSpillBlock) spill(out);
  }
  // Edges are sorted by (source, target, kind), so parallel edges are neighbours.
  for (std::size_t i = 0; i < g.edges.size();) {
    std::size_t end = i + 1;
    while (options.mergeParallel && end < g.edges.size() && g.edges[end].source == g.edges[i].source &&
           g.edges[end].target == g.edges[i].target)
      ++end;
    std::string label, kind;
    std::size_t weight = 0;
    std::set<std::string> articles;
    for (std::size_t k = i; k < end; ++k) {
      const GraphEdge& e = g.edges[k];
      label += (label.empty() ? "" : "\n") + e.kind + (e.weight > 1 ? " (" + std::to_string(e.weight) + ")" : "");
      kind += (kind.empty() ? "" : ";") + e.kind;
      weight += e.weight;
      articles.insert(e.articles.begin(), e.articles.end());
    }
    const GraphEdge& first = g.edges[i];
    out += "  \"" + dot(g.nodes[first.source].id) + "\" -> \"" + dot(g.nodes[first.target].id) + "\" [";
    if (options.edgeLabels) out += "label=\"" + dot(label) + "\", ";
    char pen[16];
    std::snprintf(pen, sizeof pen, "%.1f", std::min(1.0 + std::log2(static_cast<double>(std::max<std::size_t>(weight, 1))), 5.0));
    out += "kind=\"" + dot(kind) + "\", weight=" + std::to_string(weight) + ", penwidth=" + pen + ", articles=\"" +
           dot(joinArticles({articles.begin(), articles.end()})) + "\"];\n";
    i = end;
    if (out.size() > kSpillBlock) spill(out);
  }
  out += "}\n";
  spill(out);
}

std::string toText(const std::function<void(const Spill&)>& write) {
  std::string text;
  write([&](std::string& block) {
    text += block;
    block.clear();
  });
  return text;
}

void writeText(const fs::path& path, const std::function<void(const Spill&)>& write) {
  writeFileAtomic(path, [&](std::FILE* f) {
    write([&](std::string& block) {
      if (std::fwrite(block.data(), 1, block.size(), f) != block.size())
        throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
      block.clear();
    });
  });
}

}  // namespace

std::string graphMlText(const EntityGraph& g) {
  return toText([&](const Spill& spill) { graphMlTo(g, spill); });
}
std::string gexfText(const EntityGraph& g) {
  return toText([&](const Spill& spill) { gexfTo(g, spill); });
}
std::string dotText(const EntityGraph& g, const DotOptions& options) {
  return toText([&](const Spill& spill) { dotTo(g, options, spill); });
}

void writeGraphMl(const fs::path& path, const EntityGraph& g) {
  writeText(path, [&](const Spill& spill) { graphMlTo(g, spill); });
}
void writeGexf(const fs::path& path, const EntityGraph& g) {
  writeText(path, [&](const Spill& spill) { gexfTo(g, spill); });
}
void writeDot(const fs::path& path, const EntityGraph& g, const DotOptions& options) {
  writeText(path, [&](const Spill& spill) { dotTo(g, options, spill); });
}

namespace {

struct ReadState {
  std::vector<Quad> quads;
  std::string error;
};

std::string str(const SerdNode* n) { return n ? std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes) : ""; }

Literal::Type literalType(const SerdNode* datatype) {
  using namespace onto::iri_;
  const std::string dt = str(datatype);
  if (dt == xsdDate) return Literal::Type::Date;
  if (dt == xsdInteger) return Literal::Type::Integer;
  if (dt == xsdDecimal) return Literal::Type::Decimal;
  if (dt == xsdGYearMonth) return Literal::Type::YearMonth;
  if (dt == xsdGYear) return Literal::Type::Year;
  return Literal::Type::String;
}

SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                       const SerdNode*) {
  auto& st = *static_cast<ReadState*>(handle);
  // newsgraph writes IRIs only; a blank node keeps its label so it never matches an IRI.
  const auto term = [](const SerdNode* n) { return Term::iri(n->type == SERD_BLANK ? "_:" + str(n) : str(n)); };
  Term o = object->type == SERD_LITERAL ? Term::literal(str(object), literalType(datatype)) : term(object);
  st.quads.push_back({term(subject), term(predicate), std::move(o), graph ? str(graph) : std::string()});
  return SERD_SUCCESS;
}

SerdStatus onError(void* handle, const SerdError* e) {
  auto& st = *static_cast<ReadState*>(handle);
  char msg[512];
  std::va_list args;
  va_copy(args, *e->args);
  std::vsnprintf(msg, sizeof msg, e->fmt, args);
  va_end(args);
  if (st.error.empty()) st.error = "line " + std::to_string(e->line) + ": " + msg;
  while (!st.error.empty() && (st.error.back() == '\n' || st.error.back() == ' ')) st.error.pop_back();
  return SERD_SUCCESS;
}

}  // namespace

KnowledgeGraph readKnowledgeGraph(const fs::path& nquads) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(nquads.c_str(), "rb"), &std::fclose);
  if (!file) throw std::runtime_error("cannot read " + nquads.string() + ": " + std::strerror(errno));
  ReadState state;
  SerdReader* reader = serd_reader_new(SERD_NQUADS, &state, nullptr, nullptr, nullptr, onStatement, nullptr);
  serd_reader_set_error_sink(reader, onError, &state);
  const std::string name = nquads.string();
  const SerdStatus status =
      serd_reader_read_file_handle(reader, file.get(), reinterpret_cast<const uint8_t*>(name.c_str()));
  serd_reader_free(reader);
  if (status != SERD_SUCCESS || !state.error.empty()) {
    throw std::runtime_error(nquads.string() + ": not valid N-Quads (" +
                             (state.error.empty() ? reinterpret_cast<const char*>(serd_strerror(status)) : state.error) +
                             ")");
  }

  KnowledgeGraph kg;
  kg.quads = std::move(state.quads);
  canonicalize(kg.quads);
  const std::string ns(onto::kNs);
  const std::string mentionedIn = onto::iri(Prop::mentionedIn);
  const std::string article = onto::iri(Class::Article);
  std::map<std::string, CanonicalEntity> things;
  std::map<std::string, std::set<std::string>> mentions;  // thing IRI -> the articles that mention it
  std::map<std::string, std::string> types, labels;
  std::set<std::string> articles, derived;
  for (const auto& q : kg.quads) {
    const auto& p = q.predicate.value;
    if (p == mentionedIn) {
      things[q.subject.value];
      mentions[q.subject.value].insert(q.object.value);
    } else if (p == onto::iri_::rdfType && q.object.value.starts_with(ns)) {
      types.emplace(q.subject.value, q.object.value.substr(ns.size()));
      if (q.object.value == article) articles.insert(q.subject.value);
    } else if (p == onto::iri_::rdfsLabel) {
      labels.emplace(q.subject.value, q.object.value);
    } else if (p == onto::iri_::provWasDerivedFrom) {
      derived.insert(q.subject.value);
    }
  }
  for (auto& [iri, e] : things) {
    e.iri = iri;
    if (const auto t = types.find(iri); t != types.end()) {
      if (const auto cls = onto::classFromName(t->second)) e.cls = *cls;
    }
    if (const auto l = labels.find(iri); l != labels.end()) e.label = l->second;
    const auto& in = mentions[iri];
    e.articleCount = in.size();
    if (!in.empty()) e.firstArticle = *in.begin();
    ++kg.stats.entitiesPerClass[std::string(onto::name(e.cls))];
    kg.entities.push_back(std::move(e));
  }
  if (!articles.empty()) {
    const std::string& a = *articles.begin();
    if (const auto at = a.rfind("article/"); at != std::string::npos) kg.baseIri = a.substr(0, at);
  }
  kg.stats.articles = articles.size();
  kg.stats.entities = kg.entities.size();
  for (const auto& s : derived) kg.stats.facts += things.count(s) ? 0 : 1;
  kg.degree = computeGraphStats(kg);
  return kg;
}

}  // namespace ng
