#include "extract/nlp/Corpus.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "extract/nlp/Evaluation.h"
#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {
namespace {

bool hasAlnum(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
  });
}

/// The group's syntactic head: the last word whose head lies outside the group.
std::size_t groupHead(const ConlluSentence& s, std::size_t first, std::size_t last) {
  std::size_t head = last;
  bool found = false;
  for (std::size_t i = first; i <= last; ++i) {
    const int h = s.words[i].head - 1;
    if (h < static_cast<int>(first) || h > static_cast<int>(last)) {
      if (!found || s.words[i].upos != "PUNCT") head = i;
      found = true;
    }
  }
  return head;
}

std::string join(const ConlluSentence& s, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i <= last; ++i) out += s.words[i].form;
  return out;
}

struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string type;
};

// Parses the Entity= brackets of a sentence: "(ID-type-...", "(ID-type-...)", "ID)".
std::vector<Mention> gumMentions(const ConlluSentence& s) {
  std::vector<Mention> out;
  std::map<std::string, std::vector<Mention>> open;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const std::string_view ent = s.words[i].miscValue("Entity");
    std::size_t p = 0;
    while (p < ent.size()) {
      if (ent[p] == '(') {
        const std::size_t end = ent.find_first_of("()", p + 1);
        const std::string_view body = ent.substr(p + 1, end == std::string_view::npos ? end : end - p - 1);
        const auto d1 = body.find('-');
        const auto d2 = body.find('-', d1 == std::string_view::npos ? body.size() : d1 + 1);
        Mention m{i, i, std::string(d1 == std::string_view::npos ? "" : body.substr(d1 + 1, d2 - d1 - 1))};
        const std::string id(body.substr(0, d1));
        if (end != std::string_view::npos && ent[end] == ')') {
          out.push_back(m);
          p = end + 1;
        } else {
          open[id].push_back(m);
          p = end == std::string_view::npos ? ent.size() : end;
        }
      } else {
        const std::size_t end = ent.find(')', p);
        if (end == std::string_view::npos) break;
        const std::string id(ent.substr(p, end - p));
        auto it = open.find(id);
        if (it != open.end() && !it->second.empty()) {
          Mention m = it->second.back();
          it->second.pop_back();
          m.last = i;
          out.push_back(m);
        }
        p = end + 1;
      }
    }
  }
  return out;
}

bool hasLetter(std::string_view w) { return caseInfo(w).hasLetter; }

bool nameish(std::string_view w) {
  const CaseInfo c = caseInfo(w);
  return c.initialUpper || (!w.empty() && w.front() >= '0' && w.front() <= '9');
}

bool connector(std::string_view w) {
  static const std::set<std::string, std::less<>> words = {
      "of", "for", "and", "&", "de", "du", "des", "la", "le", "del", "della", "da", "di", "van", "von",
      "the", "on", "-", ".", "'s", "al", "el", "bin", "ibn", "upon", "y"};
  return words.contains(w);
}

std::string bioType(std::string_view gumType) {
  if (gumType == "person") return "PER";
  if (gumType == "organization") return "ORG";
  if (gumType == "place") return "LOC";
  if (gumType == "event") return "EVENT";
  return {};
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> hyphenGroups(const ConlluSentence& s) {
  std::vector<std::pair<std::size_t, std::size_t>> groups;
  const auto& w = s.words;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t j = i;
    while (j + 2 < w.size() && hasAlnum(w[j].form) && !w[j].spaceAfter() && w[j + 1].form == "-" &&
           !w[j + 1].spaceAfter() && hasAlnum(w[j + 2].form))
      j += 2;
    groups.emplace_back(i, j);
    i = j + 1;
  }
  return groups;
}

std::vector<TaggedSentence> posSentences(const std::vector<ConlluSentence>& corpus, bool joinHyphens) {
  std::vector<TaggedSentence> out;
  out.reserve(corpus.size());
  for (const auto& s : corpus) {
    TaggedSentence t;
    t.docId = s.docId;
    if (joinHyphens) {
      for (const auto& [a, b] : hyphenGroups(s)) {
        t.words.push_back(join(s, a, b));
        t.tags.push_back(s.words[groupHead(s, a, b)].xpos);
      }
    } else {
      for (const auto& w : s.words) {
        t.words.push_back(w.form);
        t.tags.push_back(w.xpos);
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> gumEntityTags(const ConlluSentence& s, const TitleWordFn& titleWord) {
  const auto& w = s.words;
  const std::size_t n = w.size();
  struct Core {
    std::size_t first, last;
    std::string type;
  };
  const auto common = [&](std::size_t k) { return titleWord && titleWord(w[k].form); };
  // The name a person mention holds after its head `head` (a common noun or a title): the PROPN
  // apposition or flat dependent of the head, with the flat words, hyphens and dots that continue
  // it ("city mayor Hau Lung-bin" → "Hau Lung-bin"). Words before `from` are not looked at.
  const auto nameAfter = [&](std::size_t head, std::size_t from, std::size_t end) -> std::optional<std::pair<std::size_t, std::size_t>> {
    std::size_t k = from;
    while (k <= end && !(w[k].upos == "PROPN" && w[k].head - 1 == static_cast<int>(head) && !common(k) &&
                         (w[k].deprel == "appos" || w[k].deprel.starts_with("flat"))))
      ++k;
    if (k > end) return std::nullopt;
    std::size_t last = k;
    const auto inName = [&](std::size_t x) {
      const int h = w[x].head - 1;
      return h == static_cast<int>(head) || (h >= static_cast<int>(k) && h <= static_cast<int>(last) + 1);
    };
    while (last + 1 <= end) {
      const auto& next = w[last + 1];
      if (next.upos == "PROPN" && next.deprel.starts_with("flat") && inName(last + 1)) {
        ++last;
      } else if ((next.form == "-" || next.form == ".") && last + 2 <= end && w[last + 2].upos == "PROPN" &&
                 w[last + 2].deprel.starts_with("flat") && inName(last + 2)) {
        last += 2;
      } else {
        break;
      }
    }
    return std::make_pair(k, last);
  };
  std::vector<Core> cores;
  for (const Mention& m : gumMentions(s)) {
    const std::string type = bioType(m.type);
    if (type.empty()) continue;
    const auto inSpan = [&](std::size_t k) { return k >= m.first && k <= m.last; };
    std::size_t head = m.first;
    for (std::size_t k = m.first; k <= m.last; ++k) {
      const int h = w[k].head - 1;
      if (h < 0 || !inSpan(static_cast<std::size_t>(h))) {
        head = k;
        break;
      }
    }
    // A group of people ("Palestinians", "the French") is no person's name.
    if (type == "PER" && w[head].xpos == "NNPS") continue;
    if (w[head].upos != "PROPN" || (type == "PER" && common(head))) {
      // "the prominent critic Eduard Hanslick", "Undersecretary for Education Mr. Toccafondi":
      // a person mention headed by a common noun or a title still holds a name, the PROPN
      // apposition or flat dependent of the head after it.
      if (type != "PER") continue;
      if (const auto name = nameAfter(head, head + 1, m.last)) cores.push_back(Core{name->first, name->second, type});
      continue;
    }
    // Words of the span inside the head's subtree, leaving out what is coordinated with the head
    // or in apposition to it ("Khartoum and Juba" is two names).
    std::vector<bool> sub(n, false);
    for (std::size_t k = m.first; k <= m.last; ++k) {
      std::size_t x = k;
      for (std::size_t steps = 0; steps <= n; ++steps) {
        if (x == head) {
          sub[k] = true;
          break;
        }
        const int h = w[x].head - 1;
        if (h < 0 || !inSpan(static_cast<std::size_t>(h))) break;
        if (static_cast<std::size_t>(h) == head &&
            (w[x].deprel.starts_with("conj") || w[x].deprel.starts_with("appos") || w[x].deprel == "cc"))
          break;
        x = static_cast<std::size_t>(h);
      }
    }
    std::size_t first = head;
    std::size_t last = head;
    if (type == "PER") {
      while (last + 1 <= m.last) {
        const auto& next = w[last + 1];
        if (sub[last + 1] && next.deprel.starts_with("flat")) {
          ++last;
        } else if ((next.form == "-" || next.form == ".") && last + 2 <= m.last && sub[last + 2] &&
                   w[last + 2].deprel.starts_with("flat")) {
          last += 2;
        } else {
          break;
        }
      }
    } else {
      while (first > m.first && sub[first - 1] && nameish(w[first - 1].form)) --first;
      for (std::size_t k = last + 1; k <= m.last && sub[k];) {
        if (nameish(w[k].form)) {
          last = k++;
          continue;
        }
        std::size_t j = k;
        while (j <= m.last && sub[j] && connector(w[j].form)) ++j;
        if (j == k || j > m.last || !sub[j] || !nameish(w[j].form)) break;
        last = j;
        k = j + 1;
      }
    }
    // The article is not part of the name ("The Confederacy", "The Middle East").
    while (first < last && lowercase(w[first].form) == "the") ++first;
    cores.push_back(Core{first, last, type});
  }
  std::stable_sort(cores.begin(), cores.end(), [](const Core& a, const Core& b) {
    if (a.last - a.first != b.last - b.first) return a.last - a.first > b.last - b.first;
    return a.first < b.first;
  });
  std::vector<std::string> tags(n, "O");
  for (const Core& c : cores) {
    // A name has a capitalized word or a number in it (not "forum", not a transcription).
    bool named = false;
    for (std::size_t k = c.first; k <= c.last; ++k) named = named || nameish(w[k].form);
    if (!named) continue;
    bool free = true;
    for (std::size_t k = c.first; k <= c.last; ++k) free = free && tags[k] == "O";
    if (!free) continue;
    for (std::size_t k = c.first; k <= c.last; ++k) tags[k] = (k == c.first ? "B-" : "I-") + c.type;
  }
  return tags;
}

std::vector<TaggedSentence> gumEntitySentences(const std::vector<ConlluSentence>& corpus, bool joinHyphens,
                                               const TitleWordFn& titleWord) {
  // Without a lexicon: how often each word is written in lowercase in `corpus`.
  std::unordered_map<std::string, int> lowerCount;
  if (!titleWord) {
    for (const auto& s : corpus)
      for (const auto& w : s.words)
        if (hasLetter(w.form) && lowercase(w.form) == w.form) ++lowerCount[w.form];
  }
  const TitleWordFn common = titleWord ? titleWord : TitleWordFn([&](std::string_view w) {
    const auto it = lowerCount.find(lowercase(w));
    return it != lowerCount.end() && it->second >= 2;
  });
  // A person "name" made only of common words is a title standing for the person ("the
  // President", "Chief Justice"), which newsgraph keeps out of names.
  const auto titleOnly = [&](const std::string& w) { return !hasLetter(w) || common(w); };
  std::vector<TaggedSentence> out;
  out.reserve(corpus.size());
  for (const auto& s : corpus) {
    auto tags = gumEntityTags(s, common);
    std::vector<std::string> forms;
    for (const auto& w : s.words) forms.push_back(w.form);
    for (const auto& span : bioSpans(tags)) {
      if (span.type != "PER") continue;
      if (std::all_of(forms.begin() + span.begin, forms.begin() + span.end, titleOnly))
        std::fill(tags.begin() + static_cast<std::ptrdiff_t>(span.begin),
                  tags.begin() + static_cast<std::ptrdiff_t>(span.end), std::string("O"));
    }
    TaggedSentence t;
    t.docId = s.docId;
    if (joinHyphens) {
      for (const auto& [a, b] : hyphenGroups(s)) {
        t.words.push_back(join(s, a, b));
        // The compound keeps the tag only when it lies inside a single name.
        const bool inside = a == b || (tags[a] != "O" && tags[b] == "I-" + tags[a].substr(2));
        t.tags.push_back(inside ? tags[a] : "O");
      }
      repairBio(t.tags);
    } else {
      for (const auto& w : s.words) t.words.push_back(w.form);
      t.tags = tags;
    }
    out.push_back(std::move(t));
  }
  return out;
}

TitleWordFn loadTitleWords(const std::filesystem::path& gazetteerDir) {
  const auto file = gazetteerDir / "titles.tsv";
  if (gazetteerDir.empty() || !std::filesystem::exists(file)) return {};
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read '" + file.string() + "'");
  auto words = std::make_shared<std::set<std::string, std::less<>>>();
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    const std::string phrase = line.substr(0, line.find('\t'));
    std::size_t p = 0;
    while (p < phrase.size()) {
      const std::size_t e = std::min(phrase.find(' ', p), phrase.size());
      if (e > p) words->insert(lowercase(phrase.substr(p, e - p)));
      p = e + 1;
    }
  }
  return [words](std::string_view w) { return words->contains(lowercase(w)); };
}

std::vector<TaggedSentence> readWikigold(const std::filesystem::path& path, bool keepMisc) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open wikigold file '" + path.string() + "'");
  std::vector<TaggedSentence> out;
  TaggedSentence current;
  int doc = 0;
  const auto flush = [&] {
    if (current.words.empty()) return;
    current.docId = "wikigold-" + std::to_string(doc);
    auto& t = current.tags;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool starts = t[i] != "O" && (i == 0 || t[i - 1] != t[i]);
      if (starts && (current.words[i] == "The" || current.words[i] == "the")) t[i] = "O";
      const bool ends = t[i] != "O" && (i + 1 == t.size() || t[i + 1] != t[i]);
      if (ends && (current.words[i] == "'s" || current.words[i] == "'")) t[i] = "O";
    }
    // IO → BIO: a run of one type is one name.
    std::string prev = "O";
    for (auto& tag : t) {
      const std::string io = tag;
      if (io != "O") tag = (io == prev ? "I-" : "B-") + io;
      prev = io;
    }
    out.push_back(std::move(current));
    current = TaggedSentence{};
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    const auto space = line.rfind(' ');
    if (space == std::string::npos) throw std::runtime_error("malformed line in wikigold file '" + path.string() + "'");
    const std::string word = line.substr(0, space);
    std::string tag = line.substr(space + 1);
    if (word == "-DOCSTART-") {
      flush();
      ++doc;
      continue;
    }
    if (tag.starts_with("I-") || tag.starts_with("B-")) tag = tag.substr(2);
    if (tag != "PER" && tag != "ORG" && tag != "LOC" && !(keepMisc && tag == "MISC")) tag = "O";
    current.words.push_back(word);
    current.tags.push_back(tag);
  }
  flush();
  return out;
}

std::set<std::string> heldOutNewsDocs(const std::vector<ConlluSentence>& corpus, int every) {
  std::set<std::string> out;
  if (every <= 0) return out;
  std::vector<std::string> news;
  for (const auto& s : corpus)
    if (s.docId.starts_with("GUM_news_") && (news.empty() || news.back() != s.docId) &&
        std::find(news.begin(), news.end(), s.docId) == news.end())
      news.push_back(s.docId);
  for (std::size_t i = 0; i < news.size(); i += static_cast<std::size_t>(every)) out.insert(news[i]);
  return out;
}

void repairBio(std::vector<std::string>& tags) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (!tags[i].starts_with("I-")) continue;
    const std::string_view type = std::string_view(tags[i]).substr(2);
    const bool continues = i > 0 && tags[i - 1] != "O" && std::string_view(tags[i - 1]).substr(2) == type;
    if (!continues) tags[i] = "B-" + std::string(type);
  }
}

}  // namespace ng::nlp
