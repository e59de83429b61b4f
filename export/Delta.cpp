#include "export/Delta.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string_view>

namespace ng {
namespace fs = std::filesystem;

Delta diffQuads(std::vector<Quad> before, std::vector<Quad> after) {
  canonicalize(before);
  canonicalize(after);
  Delta d;
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(d.added), quadLess);
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(d.removed), quadLess);
  return d;
}

namespace {

/// Builds the operations of one verb from quads grouped by graph: one operation per graph, or
/// per `chunk` quads of a graph.
class Operations {
 public:
  Operations(const char* verb, std::size_t chunk, std::function<void(std::string&&)> emit)
      : verb_(verb), chunk_(std::max<std::size_t>(chunk, 1)), emit_(std::move(emit)) {}

  void add(const Quad& q) {
    if (writer_ && (q.graph != graph_ || count_ == chunk_)) flush();
    if (!writer_) {
      graph_ = q.graph;
      writer_ = std::make_unique<RdfWriter>(RdfSyntax::NTriples);
    }
    writer_->write({q.subject, q.predicate, q.object, {}});
    ++count_;
  }

  void flush() {
    if (!writer_) return;
    writer_->finish();
    std::string op = verb_ + " DATA {\n";
    if (!graph_.empty()) op += "GRAPH <" + graph_ + "> {\n";
    op += writer_->text();
    if (!graph_.empty()) op += "}\n";
    op += "}";
    writer_.reset();
    count_ = 0;
    emit_(std::move(op));
  }

 private:
  std::string verb_;
  std::size_t chunk_;
  std::function<void(std::string&&)> emit_;
  std::unique_ptr<RdfWriter> writer_;
  std::string graph_;
  std::size_t count_ = 0;
};

void operations(const std::vector<Quad>& quads, const char* verb, std::size_t chunk, std::vector<std::string>& out) {
  std::map<std::string, std::vector<const Quad*>> byGraph;
  for (const auto& q : quads) byGraph[q.graph].push_back(&q);
  Operations ops(verb, chunk, [&](std::string&& op) { out.push_back(std::move(op)); });
  for (const auto& [graph, qs] : byGraph) {
    for (const Quad* q : qs) ops.add(*q);
    ops.flush();
  }
}

void put(std::FILE* f, std::string_view s, const fs::path& path) {
  if (std::fwrite(s.data(), 1, s.size(), f) != s.size())
    throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
}

}  // namespace

std::vector<std::string> sparqlUpdates(const Delta& delta, std::size_t chunk) {
  std::vector<std::string> ops;
  operations(delta.removed, "DELETE", chunk, ops);
  operations(delta.added, "INSERT", chunk, ops);
  return ops;
}

void writeSparqlUpdate(const std::filesystem::path& path, const Delta& delta) {
  const auto ops = sparqlUpdates(delta);
  writeFileAtomic(path, [&](std::FILE* f) {
    for (std::size_t i = 0; i < ops.size(); ++i) {
      std::fputs(ops[i].c_str(), f);
      std::fputs(i + 1 < ops.size() ? " ;\n" : "\n", f);
    }
  });
}

/// One side of the delta: its N-Quads file, and its update operations in a scratch file
/// (removed ones must come first in update.ru, but both sides grow at once).
struct DeltaWriter::Side {
  Side(const fs::path& nq, const fs::path& scratchPath, const char* verb)
      : file(nq), nquads(RdfSyntax::NQuads, file.get()), scratch(scratchPath),
        ops(verb, 5000, [this](std::string&& op) {
          if (count++ > 0) put(opsFile, " ;\n", scratch);
          put(opsFile, op, scratch);
        }) {
    opsFile = std::fopen(scratch.c_str(), "w+b");
    if (!opsFile) throw std::runtime_error("cannot write " + scratch.string() + ": " + std::strerror(errno));
  }
  ~Side() { closeScratch(); }
  void closeScratch() {
    if (opsFile) std::fclose(opsFile);
    opsFile = nullptr;
    std::error_code ec;
    fs::remove(scratch, ec);
  }
  void add(const Quad& q) {
    nquads.write(q);
    ops.add(q);
  }

  AtomicFile file;
  RdfWriter nquads;
  fs::path scratch;
  std::FILE* opsFile = nullptr;
  std::size_t count = 0;  ///< operations written
  Operations ops;
};

DeltaWriter::DeltaWriter(fs::path dir, const fs::path& work, QuadSource& before)
    : dir_(std::move(dir)), before_(before) {
  addedSide_ = std::make_unique<Side>(dir_ / "added.nq", work / "delta-insert.ru", "INSERT");
  removedSide_ = std::make_unique<Side>(dir_ / "removed.nq", work / "delta-delete.ru", "DELETE");
  next_ = before_.next();
}

DeltaWriter::~DeltaWriter() = default;

void DeltaWriter::remove(const Quad& q) {
  removedSide_->add(q);
  ++removed_;
}

void DeltaWriter::add(const Quad& q) {
  while (next_ && quadLess(*next_, q)) {
    remove(*next_);
    next_ = before_.next();
  }
  if (next_ && *next_ == q) {
    next_ = before_.next();
    return;
  }
  addedSide_->add(q);
  ++added_;
}

void DeltaWriter::finish() {
  for (; next_; next_ = before_.next()) remove(*next_);
  AtomicFile update(dir_ / "update.ru");
  for (Side* side : {removedSide_.get(), addedSide_.get()}) {
    side->nquads.finish();
    side->ops.flush();
  }
  // update.ru: the DELETE operations, then the INSERT ones, " ;" between two, a newline at the end.
  for (Side* side : {removedSide_.get(), addedSide_.get()}) {
    if (side == addedSide_.get() && removedSide_->count > 0 && addedSide_->count > 0) put(update.get(), " ;\n", update.path());
    std::rewind(side->opsFile);
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, side->opsFile)) > 0;) put(update.get(), {buf, n}, update.path());
    if (std::ferror(side->opsFile)) throw std::runtime_error("cannot read " + side->scratch.string());
    side->closeScratch();
  }
  if (removedSide_->count + addedSide_->count > 0) put(update.get(), "\n", update.path());
  addedSide_->file.commit();
  removedSide_->file.commit();
  update.commit();
}

}  // namespace ng
