#include "app/State.h"

#include <serd/serd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

#include "export/RdfWriter.h"
#include "graph/Iri.h"
#include "graph/QuadSorter.h"

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
    case Literal::Type::YearMonth: return "m";
    case Literal::Type::Year: return "y";
  }
  return "s";
}

Literal::Type typeFrom(const std::string& t) {
  if (t == "d") return Literal::Type::Date;
  if (t == "i") return Literal::Type::Integer;
  if (t == "f") return Literal::Type::Decimal;
  if (t == "m") return Literal::Type::YearMonth;
  if (t == "y") return Literal::Type::Year;
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

std::unique_ptr<QuadSource> StateStore::lastQuadSource(const fs::path& work) const {
  if (graphFile_.empty()) return QuadSorter(work, "state").sorted();  // no quads
  const fs::path file = dir_ / graphFile_;
  // One cheap pass to check the order: a merge with this run's quads needs it.
  bool ordered = true;
  {
    NQuadsSource check(file);
    Quad last;
    bool first = true;
    for (const Quad* q = check.next(); q && ordered; q = check.next()) {
      ordered = first || quadLess(last, *q);  // strictly: no duplicates either
      last = *q;
      first = false;
    }
  }
  if (ordered) return std::make_unique<NQuadsSource>(file);
  QuadSorter sorter(work, "state");
  NQuadsSource all(file);
  for (const Quad* q = all.next(); q; q = all.next()) sorter.add(*q);
  return sorter.sorted();
}

void StateStore::putArticle(const std::string& hash, const ArticleGraph& g) {
  const fs::path p = dir_ / "articles" / (hash + ".json");
  if (!fs::exists(p)) writeText(p, articleGraphToJson(g));
}

std::string StateStore::storeGraph(const std::function<std::size_t(char*, std::size_t)>& read) {
  // Named by its content, which is known only at the end.
  AtomicFile file(dir_ / "graph.nq");
  StableHash hash;
  std::vector<char> buf(std::size_t{1} << 20);
  for (std::size_t n; (n = read(buf.data(), buf.size())) > 0;) {
    hash.add({buf.data(), n});
    if (std::fwrite(buf.data(), 1, n, file.get()) != n) throw std::runtime_error("cannot write " + file.path().string());
  }
  const std::string name = "graph-" + hash.hex(16) + ".nq";
  file.commit(dir_ / name);
  return name;
}

void StateStore::commit(const std::map<std::string, StateArticle>& articles,
                        const std::map<std::string, std::string>& entities, const std::vector<Quad>& quads) {
  RdfWriter w(RdfSyntax::NQuads);
  for (const auto& q : quads) w.write(q);
  w.finish();
  std::size_t at = 0;
  const std::string graphFile = storeGraph([&](char* buf, std::size_t size) {
    const std::size_t n = std::min(size, w.text().size() - at);
    std::memcpy(buf, w.text().data() + at, n);
    at += n;
    return n;
  });
  commitWith(articles, entities, graphFile);
}

void StateStore::commit(const std::map<std::string, StateArticle>& articles,
                        const std::map<std::string, std::string>& entities, const fs::path& nquads) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(nquads.c_str(), "rb"), &std::fclose);
  if (!in) throw std::runtime_error("cannot read " + nquads.string() + ": " + std::strerror(errno));
  const std::string graphFile = storeGraph([&](char* buf, std::size_t size) {
    const std::size_t n = std::fread(buf, 1, size, in.get());
    if (n == 0 && std::ferror(in.get())) throw std::runtime_error("cannot read " + nquads.string());
    return n;
  });
  commitWith(articles, entities, graphFile);
}

void StateStore::commitWith(const std::map<std::string, StateArticle>& articles,
                            const std::map<std::string, std::string>& entities, const std::string& graphFile) {
  std::string table;
  for (const auto& [key, iri] : entities) table += key + "\t" + iri + "\n";
  const std::string entitiesFile = "entities-" + shortHash(table, 16) + ".tsv";
  writeText(dir_ / entitiesFile, table);

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

Term termOf(const SerdNode* n, const SerdNode* datatype) {
  std::string v(reinterpret_cast<const char*>(n->buf), n->n_bytes);
  if (n->type == SERD_URI) return Term::iri(std::move(v));
  Literal::Type t = Literal::Type::String;
  if (datatype) {
    const std::string_view dt(reinterpret_cast<const char*>(datatype->buf), datatype->n_bytes);
    if (dt.ends_with("#date")) t = Literal::Type::Date;
    else if (dt.ends_with("#integer")) t = Literal::Type::Integer;
    else if (dt.ends_with("#decimal")) t = Literal::Type::Decimal;
    else if (dt.ends_with("#gYearMonth")) t = Literal::Type::YearMonth;
    else if (dt.ends_with("#gYear")) t = Literal::Type::Year;
  }
  return Term::literal(std::move(v), t);
}

SerdStatus onQuad(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* s, const SerdNode* p,
                  const SerdNode* o, const SerdNode* datatype, const SerdNode*) {
  static_cast<std::vector<Quad>*>(handle)->push_back(
      {termOf(s, nullptr), termOf(p, nullptr), termOf(o, datatype),
       graph ? std::string(reinterpret_cast<const char*>(graph->buf), graph->n_bytes) : std::string()});
  return SERD_SUCCESS;
}

constexpr std::size_t kNQuadsBlock = std::size_t{1} << 20;

SerdStatus onParseError(void* handle, const SerdError* e) {
  auto& error = *static_cast<std::string*>(handle);
  char msg[512];
  std::va_list args;
  va_copy(args, *e->args);
  std::vsnprintf(msg, sizeof msg, e->fmt, args);
  va_end(args);
  if (error.empty()) error = msg;
  while (!error.empty() && (error.back() == '\n' || error.back() == ' ')) error.pop_back();
  return SERD_SUCCESS;
}

}  // namespace

NQuadsSource::NQuadsSource(const fs::path& path) : path_(path) {
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) throw std::runtime_error("cannot read " + path.string() + ": " + std::strerror(errno));
  SerdReader* reader = serd_reader_new(SERD_NQUADS, &quads_, nullptr, nullptr, nullptr, &onQuad, nullptr);
  serd_reader_set_strict(reader, true);
  serd_reader_set_error_sink(reader, &onParseError, &error_);
  reader_ = reader;
}

NQuadsSource::~NQuadsSource() {
  serd_reader_free(static_cast<SerdReader*>(reader_));
  std::fclose(file_);
}

bool NQuadsSource::parseBlock() {
  // Read about a block, cut after its last newline, keep the rest for the next block.
  while (!eof_) {
    const std::size_t had = text_.size();
    text_.resize(had + kNQuadsBlock);
    const std::size_t got = std::fread(text_.data() + had, 1, kNQuadsBlock, file_);
    text_.resize(had + got);
    if (got == 0) {
      if (std::ferror(file_)) throw std::runtime_error("cannot read " + path_.string() + ": " + std::strerror(errno));
      eof_ = true;
    }
    const std::size_t cut = eof_ ? text_.size() : text_.rfind('\n') + 1;  // npos + 1 == 0: no full line yet
    if (cut == 0) continue;
    std::string block = text_.substr(0, cut);
    text_.erase(0, cut);
    quads_.clear();
    at_ = 0;
    const SerdStatus st = serd_reader_read_string(static_cast<SerdReader*>(reader_), reinterpret_cast<const uint8_t*>(block.c_str()));
    if ((st != SERD_SUCCESS && st != SERD_FAILURE) || !error_.empty())  // FAILURE: no statement
      throw std::runtime_error(path_.string() + ": not valid N-Quads (" + error_ + ")");
    if (!quads_.empty()) return true;
  }
  return false;
}

const Quad* NQuadsSource::next() {
  if (at_ == quads_.size() && !parseBlock()) return nullptr;
  return &quads_[at_++];
}

std::vector<Quad> readNQuads(const fs::path& path) {
  std::vector<Quad> quads;
  NQuadsSource source(path);
  for (const Quad* q = source.next(); q; q = source.next()) quads.push_back(*q);
  return quads;
}

}  // namespace ng
