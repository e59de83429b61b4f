#include "app/ArticleSpill.h"

#include <stdexcept>
#include <system_error>

namespace ng {

ArticleSpill::ArticleSpill(std::filesystem::path file)
    : file_(std::move(file)), writer_(std::make_unique<SpillWriter>(file_)) {}

ArticleSpill::~ArticleSpill() {
  writer_.reset();
  reader_.reset();
  std::error_code ec;
  std::filesystem::remove(file_, ec);
}

std::uint64_t ArticleSpill::put(const ArticleGraph& g) {
  if (!writer_) throw std::logic_error("ArticleSpill::put after get");
  SpillWriter& w = *writer_;
  const std::uint64_t at = w.offset();
  const Article& a = g.article;
  for (const std::string* f : {&a.id, &a.title, &a.date, &a.publisher, &a.url, &a.sourcePath}) w.putString(*f);
  w.putVarint(a.line);
  w.putVarint(g.nodes.size());
  for (const auto& n : g.nodes) {
    w.putVarint(static_cast<std::uint64_t>(n.cls));
    w.putString(n.label);
    w.putVarint(n.forms.size());
    for (const auto& f : n.forms) w.putString(f);
    w.putVarint(n.evidence.size());
    for (const auto& e : n.evidence) w.putString(e);
    w.putDouble(n.confidence);
    w.putString(n.extractor);
  }
  w.putVarint(g.edges.size());
  for (const auto& e : g.edges) {
    w.putVarint(e.subject);
    w.putVarint(static_cast<std::uint64_t>(e.prop));
    if (const auto* o = std::get_if<std::uint32_t>(&e.object)) {
      w.putByte(0);
      w.putVarint(*o);
    } else {
      const Literal& l = std::get<Literal>(e.object);
      w.putByte(1 + static_cast<std::uint8_t>(l.type));
      w.putString(l.value);
    }
  }
  return at;
}

ArticleGraph ArticleSpill::get(std::uint64_t at) {
  if (writer_) {
    writer_->close();
    writer_.reset();
    reader_ = std::make_unique<SpillReader>(file_, std::size_t{64} << 10);
  }
  SpillReader& r = *reader_;
  r.seek(at);
  ArticleGraph g;
  Article& a = g.article;
  for (std::string* f : {&a.id, &a.title, &a.date, &a.publisher, &a.url, &a.sourcePath}) r.getString(*f);
  a.line = static_cast<std::size_t>(r.getVarint());
  g.nodes.resize(static_cast<std::size_t>(r.getVarint()));
  for (auto& n : g.nodes) {
    n.cls = static_cast<onto::Class>(r.getVarint());
    r.getString(n.label);
    n.forms.resize(static_cast<std::size_t>(r.getVarint()));
    for (auto& f : n.forms) r.getString(f);
    n.evidence.resize(static_cast<std::size_t>(r.getVarint()));
    for (auto& e : n.evidence) r.getString(e);
    n.confidence = r.getDouble();
    r.getString(n.extractor);
  }
  g.edges.resize(static_cast<std::size_t>(r.getVarint()));
  for (auto& e : g.edges) {
    e.subject = static_cast<std::uint32_t>(r.getVarint());
    e.prop = static_cast<onto::Prop>(r.getVarint());
    if (const std::uint8_t kind = r.getByte(); kind == 0) {
      e.object = static_cast<std::uint32_t>(r.getVarint());
    } else {
      Literal l;
      l.type = static_cast<Literal::Type>(kind - 1);
      r.getString(l.value);
      e.object = std::move(l);
    }
  }
  return g;
}

}  // namespace ng
