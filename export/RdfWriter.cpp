#include "export/RdfWriter.h"

#include <serd/serd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "ontology/Vocabulary.h"

namespace ng {
namespace fs = std::filesystem;

namespace {

const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

SerdSyntax toSerd(RdfSyntax s) {
  switch (s) {
    case RdfSyntax::Turtle: return SERD_TURTLE;
    case RdfSyntax::TriG: return SERD_TRIG;
    case RdfSyntax::NTriples: return SERD_NTRIPLES;
    case RdfSyntax::NQuads: return SERD_NQUADS;
  }
  return SERD_TURTLE;
}

std::string_view datatypeIri(Literal::Type t) {
  using namespace onto::iri_;
  switch (t) {
    case Literal::Type::String: return {};
    case Literal::Type::Date: return xsdDate;
    case Literal::Type::Integer: return xsdInteger;
    case Literal::Type::Decimal: return xsdDecimal;
    case Literal::Type::YearMonth: return xsdGYearMonth;
    case Literal::Type::Year: return xsdGYear;
  }
  return {};
}

size_t stringSink(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

/// The node serd_node_from_string() makes (bytes up to a NUL, characters, flags for newlines and
/// quotes), without its scan a byte at a time for the end: the string knows its length. That scan
/// took a third of the writers' instructions.
SerdNode node(SerdType type, const std::string& s) {
  const std::string_view v = std::string_view(s).substr(0, s.find('\0'));
  SerdNodeFlags flags = 0;
  if (v.find('\n') != std::string_view::npos || v.find('\r') != std::string_view::npos) flags |= SERD_HAS_NEWLINE;
  if (v.find('"') != std::string_view::npos) flags |= SERD_HAS_QUOTE;
  std::size_t chars = 0;
  for (const char c : v) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;  // UTF-8 lead bytes
  return SerdNode{u8(s), v.size(), chars, flags, type};
}

}  // namespace

struct RdfWriter::Impl {
  RdfSyntax syntax;
  SerdEnv* env = nullptr;
  SerdWriter* writer = nullptr;
  bool finished = false;
  ~Impl() {
    if (writer) serd_writer_free(writer);
    if (env) serd_env_free(env);
  }
};

namespace {

/// `bulk`: serd collects the output in pages of 4 KB and calls the sink once per page instead of
/// once per token (SERD_STYLE_BULK); the last page goes out in serd_writer_finish(). For files
/// only: text() of the in-memory writer is read while it writes.
void setup(RdfSyntax syntax, SerdEnv*& env, SerdWriter*& writer, SerdSink sink, void* stream, bool bulk) {
  env = serd_env_new(nullptr);
  const bool pretty = syntax == RdfSyntax::Turtle || syntax == RdfSyntax::TriG;
  const auto style = static_cast<SerdStyle>((pretty ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0) |
                                            (bulk ? SERD_STYLE_BULK : 0));
  writer = serd_writer_new(toSerd(syntax), style, env, nullptr, sink, stream);
  if (!pretty) return;
  for (const auto& p : onto::kPrefixes) {
    const std::string name(p.name), iri(p.iri);
    SerdNode n = node(SERD_LITERAL, name);
    SerdNode i = node(SERD_URI, iri);
    serd_env_set_prefix(env, &n, &i);
    serd_writer_set_prefix(writer, &n, &i);
  }
}

}  // namespace

RdfWriter::RdfWriter(RdfSyntax syntax, std::FILE* out) : impl_(std::make_unique<Impl>()) {
  impl_->syntax = syntax;
  setup(syntax, impl_->env, impl_->writer, serd_file_sink, out, true);
}

RdfWriter::RdfWriter(RdfSyntax syntax) : impl_(std::make_unique<Impl>()) {
  impl_->syntax = syntax;
  setup(syntax, impl_->env, impl_->writer, stringSink, &buffer_, false);
}

RdfWriter::~RdfWriter() = default;

void RdfWriter::write(const Quad& q) {
  const SerdNode s = node(SERD_URI, q.subject.value);
  const SerdNode p = node(SERD_URI, q.predicate.value);
  SerdNode o, dt = SERD_NODE_NULL;
  std::string dtIri;
  if (q.object.kind == Term::Kind::Iri) {
    o = node(SERD_URI, q.object.value);
  } else {
    o = node(SERD_LITERAL, q.object.value);
    // Serd 0.30 writes literals holding quotes or newlines as """long strings""", and a quote
    // followed by a backslash there does not read back ("\\w" becomes an invalid escape).
    // Without the flags the writer uses the short form, which escapes both.
    o.flags = 0;
    dtIri = std::string(datatypeIri(q.object.type));
    if (!dtIri.empty()) dt = node(SERD_URI, dtIri);
  }
  const bool quads = impl_->syntax == RdfSyntax::TriG || impl_->syntax == RdfSyntax::NQuads;
  SerdNode g = SERD_NODE_NULL;
  if (quads && !q.graph.empty()) g = node(SERD_URI, q.graph);
  const SerdStatus st = serd_writer_write_statement(impl_->writer, 0, g.buf ? &g : nullptr, &s, &p, &o,
                                                    dt.buf ? &dt : nullptr, nullptr);
  if (st != SERD_SUCCESS) {
    throw std::runtime_error("serd could not write a statement about <" + q.subject.value + ">: " +
                             reinterpret_cast<const char*>(serd_strerror(st)));
  }
  ++count_;
}

void RdfWriter::finish() {
  if (!impl_->finished) serd_writer_finish(impl_->writer);
  impl_->finished = true;
}

AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)) {
  tmp_ = path_.string() + ".tmp-" + std::to_string(::getpid());
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) throw std::runtime_error("cannot write " + tmp_.string() + ": " + std::strerror(errno));
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (!file_) return;
  std::fclose(file_);
  file_ = nullptr;
  std::error_code ec;
  fs::remove(tmp_, ec);
}

void AtomicFile::commit() { commit(path_); }

void AtomicFile::commit(const fs::path& as) {
  std::FILE* f = file_;
  if (!f) throw std::logic_error("AtomicFile::commit called twice for " + as.string());
  file_ = nullptr;
  const bool ok = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0 && std::ferror(f) == 0;
  const int err = errno;
  std::error_code ec;
  if (std::fclose(f) != 0 || !ok) {
    fs::remove(tmp_, ec);
    throw std::runtime_error("cannot write " + as.string() + ": " + std::strerror(err));
  }
  fs::rename(tmp_, as, ec);
  if (ec) {
    const std::string why = ec.message();
    fs::remove(tmp_, ec);
    throw std::runtime_error("cannot move " + tmp_.string() + " to " + as.string() + ": " + why);
  }
}

void writeFileAtomic(const fs::path& path, const std::function<void(std::FILE*)>& fill) {
  AtomicFile file(path);
  fill(file.get());
  file.commit();
}

void writeRdfFile(const fs::path& path, RdfSyntax syntax, const std::vector<Quad>& quads) {
  writeFileAtomic(path, [&](std::FILE* f) {
    RdfWriter w(syntax, f);
    for (const auto& q : quads) w.write(q);
    w.finish();
  });
}

void writeTurtleText(const fs::path& path, std::string_view turtle) {
  writeFileAtomic(path, [&](std::FILE* f) {
    SerdEnv* env = serd_env_new(nullptr);
    SerdWriter* writer = serd_writer_new(SERD_TURTLE, static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED),
                                         env, nullptr, serd_file_sink, f);
    SerdReader* reader = serd_reader_new(
        SERD_TURTLE, writer, nullptr, reinterpret_cast<SerdBaseSink>(serd_writer_set_base_uri),
        reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix),
        reinterpret_cast<SerdStatementSink>(serd_writer_write_statement),
        reinterpret_cast<SerdEndSink>(serd_writer_end_anon));
    const std::string text(turtle);
    const SerdStatus st = serd_reader_read_string(reader, u8(text));
    serd_writer_finish(writer);
    serd_reader_free(reader);
    serd_writer_free(writer);
    serd_env_free(env);
    if (st != SERD_SUCCESS) throw std::runtime_error("the embedded ontology is not valid Turtle");
  });
}

}  // namespace ng
