#include "extract/nlp/Evaluation.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string_view>

#include "extract/nlp/Corpus.h"
#include "extract/nlp/EntityRecognizer.h"
#include "extract/nlp/PosTagger.h"

namespace ng::nlp {

std::vector<EntitySpan> bioSpans(std::span<const std::string> tags) {
  std::vector<EntitySpan> spans;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    if (t.size() < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-') continue;
    const std::string type = t.substr(2);
    const bool continues = t[0] == 'I' && !spans.empty() && spans.back().end == i && spans.back().type == type;
    if (continues) spans.back().end = i + 1;
    else spans.push_back(EntitySpan{i, i + 1, type});
  }
  return spans;
}

double PrfCounts::precision() const {
  const auto d = truePositives + falsePositives;
  return d == 0 ? 0.0 : static_cast<double>(truePositives) / d;
}
double PrfCounts::recall() const {
  const auto d = truePositives + falseNegatives;
  return d == 0 ? 0.0 : static_cast<double>(truePositives) / d;
}
double PrfCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void SpanScorer::add(std::span<const std::string> gold, std::span<const std::string> predicted) {
  const auto g = bioSpans(gold);
  const auto p = bioSpans(predicted);
  const std::set<EntitySpan> goldSet(g.begin(), g.end());
  const std::set<EntitySpan> predSet(p.begin(), p.end());
  for (const auto& s : g) {
    auto& c = counts_[s.type];
    auto& all = counts_["ALL"];
    if (predSet.contains(s)) {
      ++c.truePositives;
      ++all.truePositives;
    } else {
      ++c.falseNegatives;
      ++all.falseNegatives;
    }
  }
  for (const auto& s : p) {
    if (goldSet.contains(s)) continue;
    ++counts_[s.type].falsePositives;
    ++counts_["ALL"].falsePositives;
  }
}

std::string SpanScorer::table() const {
  std::string out = "type      gold  pred     P      R      F1\n";
  char line[128];
  const auto row = [&](const std::string& type, const PrfCounts& c) {
    std::snprintf(line, sizeof line, "%-7s %6zu %5zu  %5.1f  %5.1f  %5.1f\n", type.c_str(),
                  c.truePositives + c.falseNegatives, c.truePositives + c.falsePositives, 100 * c.precision(),
                  100 * c.recall(), 100 * c.f1());
    out += line;
  };
  for (const auto& [type, c] : counts_)
    if (type != "ALL") row(type, c);
  if (const auto it = counts_.find("ALL"); it != counts_.end()) row("ALL", it->second);
  return out;
}

AccuracyCounts evaluatePos(const PosTagger& tagger, std::span<const TaggedSentence> gold) {
  AccuracyCounts acc;
  for (const auto& s : gold) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const auto tags = tagger.tag(words);
    for (std::size_t i = 0; i < tags.size(); ++i) acc.correct += tags[i] == s.tags[i];
    acc.total += tags.size();
  }
  return acc;
}

SpanScorer evaluateNer(const PosTagger& tagger, const EntityRecognizer& ner, std::span<const TaggedSentence> gold) {
  SpanScorer scorer;
  for (const auto& document : nerDocuments(tagger, ner, gold))
    for (const auto& [k, tags] : document) scorer.add(gold[k].tags, tags);
  return scorer;
}

std::vector<std::vector<std::pair<std::size_t, std::vector<std::string>>>> nerDocuments(
    const PosTagger& tagger, const EntityRecognizer& ner, std::span<const TaggedSentence> sentences) {
  std::vector<std::vector<std::pair<std::size_t, std::vector<std::string>>>> out;
  for (std::size_t b = 0; b < sentences.size();) {
    std::size_t e = b + 1;
    while (e < sentences.size() && !sentences[b].docId.empty() && sentences[e].docId == sentences[b].docId) ++e;
    std::vector<std::vector<std::string_view>> words;
    std::vector<std::vector<std::string>> pos;
    for (std::size_t k = b; k < e; ++k) {
      words.emplace_back(sentences[k].words.begin(), sentences[k].words.end());
      pos.push_back(tagger.tag(words.back()));
    }
    auto tags = ner.tagDocument(words, pos);
    auto& document = out.emplace_back();
    for (std::size_t k = b; k < e; ++k) document.emplace_back(k, std::move(tags[k - b]));
    b = e;
  }
  return out;
}

}  // namespace ng::nlp
