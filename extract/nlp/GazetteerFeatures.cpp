#include "extract/nlp/GazetteerFeatures.h"

#include <fstream>
#include <stdexcept>

#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {
namespace {

/// The hash of two words that pairFilter_ holds, from the words' hashString()s.
std::uint64_t pairHash(std::uint64_t first, std::uint64_t second) { return mix64(first * 0x9e3779b97f4a7c15ULL ^ second); }

bool caseSensitiveKind(GazetteerKind k) {
  return k != GazetteerKind::Title && k != GazetteerKind::OrgCue && k != GazetteerKind::PlaceCue &&
         k != GazetteerKind::Organization;
}

}  // namespace

std::string_view gazetteerKindName(GazetteerKind k) {
  switch (k) {
    case GazetteerKind::Country: return "country";
    case GazetteerKind::Demonym: return "demonym";
    case GazetteerKind::Subdivision: return "subdivision";
    case GazetteerKind::City: return "city";
    case GazetteerKind::Title: return "title";
    case GazetteerKind::OrgCue: return "orgcue";
    case GazetteerKind::Person: return "person";
    case GazetteerKind::Organization: return "organization";
    case GazetteerKind::PlaceCue: return "placecue";
  }
  return "?";
}

void PhraseGazetteer::add(GazetteerKind kind, std::string_view phrase) {
  Phrase p{{}, kind};
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) p.words.push_back(lowercase(normalizeWord(current)));
    current.clear();
  };
  for (char c : phrase) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == ',') {
      flush();
      p.words.emplace_back(",");
    } else {
      current += c;
    }
  }
  flush();
  if (p.words.empty()) return;
  const std::uint64_t h = hashString(p.words.front());
  const std::uint64_t bit = (p.words.size() == 1 ? h : pairHash(h, hashString(p.words[1]))) & (kFilterBits - 1);
  (p.words.size() == 1 ? singleFilter_ : pairFilter_)[bit / 64] |= std::uint64_t{1} << (bit % 64);
  auto& bucket = byFirst_[p.words.front()];
  for (const Phrase& q : bucket)
    if (q.kind == kind && q.words == p.words) return;
  bucket.push_back(std::move(p));
  ++count_;
}

std::shared_ptr<const PhraseGazetteer> PhraseGazetteer::loadDirectory(const std::filesystem::path& dir) {
  auto gaz = std::make_shared<PhraseGazetteer>();
  const auto read = [&](std::string_view name, const auto& onRow) {
    const auto path = dir / name;
    if (!std::filesystem::exists(path)) return;
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read gazetteer file '" + path.string() + "'");
    std::string line;
    std::vector<std::string_view> cols;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line.front() == '#') continue;
      cols.clear();
      std::string_view rest = line;
      while (true) {
        const auto tab = rest.find('\t');
        cols.push_back(rest.substr(0, tab));
        if (tab == std::string_view::npos) break;
        rest.remove_prefix(tab + 1);
      }
      onRow(cols);
    }
  };
  const auto column = [](const std::vector<std::string_view>& cols, std::size_t i) {
    return i < cols.size() ? cols[i] : std::string_view{};
  };
  // countries.tsv: alpha2, form, canonical
  read("countries.tsv", [&](const auto& c) {
    gaz->add(GazetteerKind::Country, column(c, 1));
    gaz->add(GazetteerKind::Country, column(c, 2));
  });
  // demonyms.tsv: form, code, name
  read("demonyms.tsv", [&](const auto& c) { gaz->add(GazetteerKind::Demonym, column(c, 0)); });
  // subdivisions.tsv: code, name, type, country, canonical
  read("subdivisions.tsv", [&](const auto& c) {
    gaz->add(GazetteerKind::Subdivision, column(c, 1));
    gaz->add(GazetteerKind::Subdivision, column(c, 4));
  });
  // cities.tsv: name, country, flags, population, canonical
  read("cities.tsv", [&](const auto& c) {
    gaz->add(GazetteerKind::City, column(c, 0));
    gaz->add(GazetteerKind::City, column(c, 4));
  });
  // titles.tsv: phrase, kind
  read("titles.tsv", [&](const auto& c) { gaz->add(GazetteerKind::Title, column(c, 0)); });
  // orgcues.tsv: cue, class, use ("name": the cue is a name by itself; "head": a head word)
  read("orgcues.tsv", [&](const auto& c) {
    const std::string_view cls = column(c, 1);
    const bool name = column(c, 2) == "name";
    const auto kind = name ? GazetteerKind::Organization
                      : (cls == "Region" || cls == "Border" || cls == "Place") ? GazetteerKind::PlaceCue
                                                             : GazetteerKind::OrgCue;
    gaz->add(kind, column(c, 0));
  });
  return gaz;
}

void PhraseGazetteer::annotate(std::span<const std::string_view> words, std::span<std::uint32_t> flags) const {
  if (byFirst_.empty()) return;
  std::vector<std::string> lower(words.size());
  std::vector<std::string_view> lowerViews(words.size());
  std::vector<std::uint8_t> capital(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string norm = normalizeWord(words[i]);
    lower[i] = lowercase(norm);
    lowerViews[i] = lower[i];
    capital[i] = caseInfo(norm).initialUpper ? 1 : 0;
  }
  annotateLowercase(lowerViews, capital, flags);
}

void PhraseGazetteer::annotateLowercase(std::span<const std::string_view> lower, std::span<const std::uint8_t> capital,
                                        std::span<std::uint32_t> flags) const {
  if (byFirst_.empty()) return;
  const auto has = [](const std::vector<std::uint64_t>& filter, std::uint64_t h) {
    const std::uint64_t bit = h & (kFilterBits - 1);
    return (filter[bit / 64] & (std::uint64_t{1} << (bit % 64))) != 0;
  };
  std::uint64_t next = lower.empty() ? 0 : hashString(lower[0]);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const std::uint64_t h = next;
    next = i + 1 < lower.size() ? hashString(lower[i + 1]) : 0;
    // No phrase of one word is this word, and none of more words starts with it and the next.
    if (!has(singleFilter_, h) && (i + 1 == lower.size() || !has(pairFilter_, pairHash(h, next)))) continue;
    const auto it = byFirst_.find(lower[i]);
    if (it == byFirst_.end()) continue;
    // The longest phrase of each kind that starts here.
    std::size_t best[kGazetteerKinds] = {};
    for (const Phrase& p : it->second) {
      if (caseSensitiveKind(p.kind) && capital[i] == 0) continue;
      if (i + p.words.size() > lower.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < p.words.size() && match; ++k) match = lower[i + k] == p.words[k];
      if (!match) continue;
      auto& b = best[static_cast<std::size_t>(p.kind)];
      b = std::max(b, p.words.size());
    }
    for (std::size_t k = 0; k < kGazetteerKinds; ++k) {
      if (best[k] == 0) continue;
      const auto kind = static_cast<GazetteerKind>(k);
      flags[i] |= beginBit(kind);
      for (std::size_t j = i; j < i + best[k]; ++j) flags[j] |= insideBit(kind);
    }
  }
}

}  // namespace ng::nlp
