#include "extract/nlp/Conllu.h"

#include <charconv>
#include <fstream>
#include <stdexcept>

namespace ng::nlp {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool commentValue(std::string_view line, std::string_view key, std::string& out) {
  // "# key = value"
  line.remove_prefix(1);
  line = trim(line);
  if (!line.starts_with(key)) return false;
  line.remove_prefix(key.size());
  line = trim(line);
  if (line.empty() || line.front() != '=') return false;
  out = std::string(trim(line.substr(1)));
  return true;
}

}  // namespace

bool ConlluWord::spaceAfter() const { return miscValue("SpaceAfter") != "No"; }

std::string_view ConlluWord::miscValue(std::string_view key) const {
  std::string_view rest = misc;
  while (!rest.empty()) {
    const auto bar = rest.find('|');
    const std::string_view item = rest.substr(0, bar);
    if (item.size() > key.size() && item.starts_with(key) && item[key.size()] == '=')
      return item.substr(key.size() + 1);
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return {};
}

std::vector<ConlluSentence> readConllu(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open CoNLL-U file '" + path.string() + "'");
  std::vector<ConlluSentence> sentences;
  ConlluSentence current;
  std::string docId;
  std::string line;
  std::size_t lineNo = 0;
  const auto flush = [&] {
    if (!current.words.empty()) {
      current.docId = docId;
      sentences.push_back(std::move(current));
    }
    current = ConlluSentence{};
  };
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.front() == '#') {
      std::string value;
      if (commentValue(line, "newdoc id", value)) docId = value;
      else if (commentValue(line, "sent_id", value)) current.sentId = value;
      continue;
    }
    std::string_view cols[10];
    std::string_view rest = line;
    std::size_t n = 0;
    for (; n < 10; ++n) {
      const auto tab = rest.find('\t');
      cols[n] = rest.substr(0, tab);
      if (tab == std::string_view::npos) {
        ++n;
        break;
      }
      rest.remove_prefix(tab + 1);
    }
    if (n != 10)
      throw std::runtime_error("malformed CoNLL-U line " + std::to_string(lineNo) + " in '" + path.string() + "'");
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;
    ConlluWord w;
    w.form = cols[1];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.deprel = cols[7];
    w.misc = cols[9];
    if (cols[6] != "_") {
      const auto [p, ec] = std::from_chars(cols[6].data(), cols[6].data() + cols[6].size(), w.head);
      if (ec != std::errc{})
        throw std::runtime_error("bad HEAD on line " + std::to_string(lineNo) + " in '" + path.string() + "'");
    }
    current.words.push_back(std::move(w));
  }
  flush();
  return sentences;
}

}  // namespace ng::nlp
