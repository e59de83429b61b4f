#include "app/State.h"

#include <serd/serd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

#include "export/RdfWriter.h"
#include "graph/Iri.h"

namespace ng {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kStateVersion = 1;

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeText(const fs::path& p, const std::string& text) {
  writeFileAtomic(p, [&](std::FILE* f) {
    if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) throw std::runtime_error("cannot write " + p.string());
  });
}

const char* typeName(Literal::Type t) {
  switch (t) {
    case Literal::Type::String: return "s";
    case Literal::Type::Date: return "d";
    case Literal::Type::Integer: return "i";
    case Literal::Type::Decimal: return "f";
  }
  return "s";
}

Literal::Type typeFrom(const std::string& t) {
  if (t == "d") return Literal::Type::Date;
  if (t == "i") return Literal::Type::Integer;
  if (t == "f") return Literal::Type::Decimal;
  return Literal::Type::String;
}

onto::Prop propFrom(const std::string& name) {
  for (int i = 0; i < onto::kPropCount; ++i) {
    if (onto::name(static_cast<onto::Prop>(i)) == name) return static_cast<onto::Prop>(i);
  }
  throw std::runtime_error("unknown property " + name);
}

}  // namespace

std::string articleGraphToJson(const ArticleGraph& g) {
  json j;
  const Article& a = g.article;
  j["article"] = {{"id", a.id}, {"title", a.title}, {"date", a.date}, {"publisher", a.publisher}, {"url", a.url},
                  {"source", a.sourcePath}, {"line", a.line}};
  json nodes = json::array();
  for (const auto& n : g.nodes) {
    nodes.push_back({{"cls", std::string(onto::name(n.cls))}, {"label", n.label}, {"forms", n.forms},
                     {"evidence", n.evidence}, {"confidence", n.confidence}, {"extractor", n.extractor}});
  }
  json edges = json::array();
  for (const auto& e : g.edges) {
    json x = {{"s", e.subject}, {"p", std::string(onto::name(e.prop))}};
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) x["o"] = *o;
    else x["lit"] = {std::get<Literal>(e.object).value, typeName(std::get<Literal>(e.object).type)};
    edges.push_back(std::move(x));
  }
  j["nodes"] = std::move(nodes);
  j["edges"] = std::move(edges);
  return j.dump();
}

ArticleGraph articleGraphFromJson(const std::string& text) {
  const json j = json::parse(text);
  ArticleGraph g;
  const auto& a = j.at("article");
  g.article.id = a.at("id");
  g.article.title = a.at("title");
  g.article.date = a.at("date");
  g.article.publisher = a.at("publisher");
  g.article.url = a.at("url");
  g.article.sourcePath = a.value("source", "");
  g.article.line = a.value("line", std::size_t{0});
  for (const auto& n : j.at("nodes")) {
    Node node;
    const auto cls = onto::classFromName(n.at("cls").get<std::string>());
    if (!cls) throw std::runtime_error("unknown class " + n.at("cls").get<std::string>());
    node.cls = *cls;
    node.label = n.at("label");
    node.forms = n.at("forms").get<std::vector<std::string>>();
    node.evidence = n.at("evidence").get<std::vector<std::string>>();
    node.confidence = n.at("confidence");
    node.extractor = n.at("extractor");
    g.nodes.push_back(std::move(node));
  }
  for (const auto& e : j.at("edges")) {
    const std::uint32_t s = e.at("s");
    const onto::Prop p = propFrom(e.at("p"));
    if (s >= g.nodes.size()) throw std::runtime_error("edge from a missing node");
    if (e.contains("o")) {
      const std::uint32_t o = e.at("o");
      if (o >= g.nodes.size()) throw std::runtime_error("edge to a missing node");
      g.addEdge(s, p, o);
    } else {
      g.addEdge(s, p, Literal{e.at("lit").at(0).get<std::string>(), typeFrom(e.at("lit").at(1))});
    }
  }
  return g;
}

std::string articleHash(const Article& a) {
  std::string all = a.id;
  for (const std::string* f : {&a.title, &a.date, &a.publisher, &a.url, &a.text}) {
    all.push_back('\x1f');
    all += *f;
  }
  return shortHash(all, 16);
}

StateStore::StateStore(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_ / "articles", ec);
  if (ec) throw std::runtime_error("cannot create state folder " + dir_.string() + ": " + ec.message());
  const fs::path file = dir_ / "state.json";
  if (!fs::exists(file)) return;
  try {
    const json j = json::parse(readFile(file));
    if (j.at("version").get<int>() > kStateVersion)
      throw std::runtime_error("written by a newer newsgraph (state version " + std::to_string(j.at("version").get<int>()) + ")");
    for (const auto& [id, a] : j.at("articles").items()) articles_[id] = {a.at("hash")};
    entitiesFile_ = j.value("entities", "");
    graphFile_ = j.value("graph", "");
  } catch (const std::exception& e) {
    throw std::runtime_error(file.string() + ": not a usable newsgraph state (" + e.what() +
                             "); move the folder away to start a new state");
  }
}

ArticleGraph StateStore::loadArticle(const std::string& hash) const {
  const fs::path p = dir_ / "articles" / (hash + ".json");
  try {
    return articleGraphFromJson(readFile(p));
  } catch (const std::exception& e) {
    throw std::runtime_error(p.string() + ": broken state file (" + e.what() + ")");
  }
}

std::map<std::string, std::string> StateStore::entityTable() const {
  std::map<std::string, std::string> table;
  if (entitiesFile_.empty()) return table;
  std::istringstream in(readFile(dir_ / entitiesFile_));
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.rfind('\t');
    if (tab != std::string::npos) table[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return table;
}

std::vector<Quad> StateStore::lastQuads() const {
  if (graphFile_.empty()) return {};
  return readNQuads(dir_ / graphFile_);
}

void StateStore::putArticle(const std::string& hash, const ArticleGraph& g) {
  const fs::path p = dir_ / "articles" / (hash + ".json");
  if (!fs::exists(p)) writeText(p, articleGraphToJson(g));
}

void StateStore::commit(const std::map<std::string, StateArticle>& articles,
                        const std::map<std::string, std::string>& entities, const std::vector<Quad>& quads) {
  std::string table;
  for (const auto& [key, iri] : entities) table += key + "\t" + iri + "\n";
  const std::string entitiesFile = "entities-" + shortHash(table, 16) + ".tsv";
  writeText(dir_ / entitiesFile, table);
  RdfWriter w(RdfSyntax::NQuads);
  for (const auto& q : quads) w.write(q);
  w.finish();
  const std::string graphFile = "graph-" + shortHash(w.text(), 16) + ".nq";
  writeText(dir_ / graphFile, w.text());

  json j;
  j["version"] = kStateVersion;
  j["entities"] = entitiesFile;
  j["graph"] = graphFile;
  j["articles"] = json::object();
  for (const auto& [id, a] : articles) j["articles"][id] = {{"hash", a.hash}};
  writeText(dir_ / "state.json", j.dump(1) + "\n");  // the commit point
  articles_ = articles;
  entitiesFile_ = entitiesFile;
  graphFile_ = graphFile;

  // Clean up what the committed state no longer names.
  std::set<std::string> keep{"state.json", entitiesFile, graphFile};
  std::set<std::string> blobs;
  for (const auto& [id, a] : articles) blobs.insert(a.hash + ".json");
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir_, ec)) {
    const auto name = e.path().filename().string();
    if (e.is_regular_file() && !keep.count(name)) fs::remove(e.path(), ec);
  }
  for (const auto& e : fs::directory_iterator(dir_ / "articles", ec)) {
    if (!blobs.count(e.path().filename().string())) fs::remove(e.path(), ec);
  }
}

namespace {

struct QuadReader {
  std::vector<Quad>* out;
  static Term term(const SerdNode* n, const SerdNode* datatype) {
    const std::string v(reinterpret_cast<const char*>(n->buf), n->n_bytes);
    if (n->type == SERD_URI) return Term::iri(v);
    Literal::Type t = Literal::Type::String;
    if (datatype) {
      const std::string dt(reinterpret_cast<const char*>(datatype->buf), datatype->n_bytes);
      if (dt.ends_with("#date")) t = Literal::Type::Date;
      else if (dt.ends_with("#integer")) t = Literal::Type::Integer;
      else if (dt.ends_with("#decimal")) t = Literal::Type::Decimal;
    }
    return Term::literal(v, t);
  }
  static SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* s,
                                const SerdNode* p, const SerdNode* o, const SerdNode* datatype, const SerdNode*) {
    auto* self = static_cast<QuadReader*>(handle);
    self->out->push_back({term(s, nullptr), term(p, nullptr), term(o, datatype),
                          graph ? std::string(reinterpret_cast<const char*>(graph->buf), graph->n_bytes) : std::string()});
    return SERD_SUCCESS;
  }
};

}  // namespace

std::vector<Quad> readNQuads(const fs::path& path) {
  std::vector<Quad> quads;
  QuadReader handle{&quads};
  SerdReader* reader = serd_reader_new(SERD_NQUADS, &handle, nullptr, nullptr, nullptr, &QuadReader::onStatement, nullptr);
  serd_reader_set_strict(reader, true);
  const SerdStatus st = serd_reader_read_file(reader, reinterpret_cast<const uint8_t*>(path.c_str()));
  serd_reader_free(reader);
  if (st != SERD_SUCCESS && st != SERD_FAILURE) throw std::runtime_error(path.string() + ": not valid N-Quads");  // FAILURE: empty
  return quads;
}

}  // namespace ng
