#include "graph/Clustering.h"

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <cctype>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "extract/TextNorm.h"

namespace ng {

using onto::Class;
using onto::Prop;

namespace keys {

namespace {
bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
}  // namespace

std::string skeleton(std::string_view name) {
  const auto words = splitWords(foldKey(name));
  std::string out;
  int content = 0;
  std::size_t letters = 0;
  for (const auto& w : words) {
    if (w.size() <= 2 && (w == "e" || w == "i" || w == "ul" || w == "el" || w == "al" || w == "ud" || w == "o"))
      continue;
    std::string k;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      if (i > 0 && isVowel(c)) continue;
      if (!k.empty() && k.back() == c) continue;
      k.push_back(c);
    }
    letters += w.size();
    ++content;
    if (!out.empty()) out.push_back(' ');
    out += k;
  }
  if (content < 2 || letters < 8) return {};
  return out;
}

std::string surnameSkeleton(std::string_view name) {
  const auto words = splitWords(foldKey(name));
  if (words.size() < 2 || words.back().size() < 6) return {};
  std::string out;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) out += words[i] + " ";
  const std::string& w = words.back();
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (i > 0 && isVowel(c)) continue;
    if (out.back() == c && i > 0) continue;
    out.push_back(c);
  }
  return out;
}

std::string initials(std::string_view name) { return capitalInitials(name); }

bool isAcronym(std::string_view s) {
  int upper = 0;
  for (unsigned char c : s) {
    if (std::isupper(c)) ++upper;
    else if (c != '.' && c != '-' && !std::isdigit(c)) return false;
  }
  return upper >= 2 && s.size() <= 10;
}

double jaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a == b ? 1.0 : 0.0;
  const std::size_t window = std::max<std::size_t>(1, std::max(a.size(), b.size()) / 2) - 1;
  std::vector<bool> ma(a.size()), mb(b.size());
  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t lo = i > window ? i - window : 0, hi = std::min(b.size(), i + window + 1);
    for (std::size_t j = lo; j < hi; ++j) {
      if (!mb[j] && a[i] == b[j]) {
        ma[i] = mb[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  std::size_t t = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!ma[i]) continue;
    while (!mb[j]) ++j;
    if (a[i] != b[j]) ++t;
    ++j;
  }
  const double m = static_cast<double>(matches);
  const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) + (m - static_cast<double>(t) / 2) / m) / 3;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1 - jaro);
}

}  // namespace keys

namespace {

int family(Class c) {
  if (c == Class::Person) return 0;
  if (onto::isA(c, Class::Organization)) return 1;
  if (c == Class::Country) return 2;
  if (onto::isA(c, Class::Place)) return 3;
  if (onto::isA(c, Class::Event)) return 4;
  return 5;
}

std::vector<std::string> words(std::string_view s) { return splitWords(foldKey(s)); }

/// The kind of event an event's label names, with synonyms made one: "truce" and "cease-fire"
/// are "ceasefire", "accord", "deal" and "pact" are "agreement". Empty when no word of the
/// label is a known event noun.
std::string eventHead(std::string_view label) {
  static const std::unordered_map<std::string, std::string> kHeads = {
      {"ceasefire", "ceasefire"},   {"cease-fire", "ceasefire"}, {"truce", "ceasefire"},   {"armistice", "ceasefire"},
      {"agreement", "agreement"},   {"accord", "agreement"},     {"deal", "agreement"},    {"pact", "agreement"},
      {"treaty", "agreement"},      {"clashes", "clashes"},      {"fighting", "clashes"},  {"skirmishes", "clashes"},
      {"violence", "clashes"},      {"talks", "talks"},          {"negotiations", "talks"}, {"dialogue", "talks"},
      {"meeting", "meeting"},       {"summit", "meeting"},       {"call", "call"},         {"attack", "attack"},
      {"attacks", "attack"},        {"airstrike", "airstrike"},  {"airstrikes", "airstrike"}, {"strikes", "airstrike"},
      {"bombing", "bombing"},       {"bombings", "bombing"},     {"explosion", "explosion"}, {"explosions", "explosion"},
      {"blast", "explosion"},       {"blasts", "explosion"},     {"raid", "raid"},         {"raids", "raid"},
      {"shelling", "shelling"},     {"offensive", "offensive"}, {"takeover", "takeover"}, {"coup", "takeover"}};
  std::string head;
  for (const auto& w : words(label)) {
    if (const auto it = kHeads.find(w); it != kHeads.end()) head = it->second;  // the last one: "ceasefire agreement"
  }
  return head;
}

/// Day number of a YYYY-MM-DD date (days since 1970-01-01), for comparing dates.
std::optional<long> dayNumber(const std::string& d) {
  if (d.size() != 10) return std::nullopt;
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Range {
  long lo = 0, hi = 0;
};

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : rank_(n), parent_(n), sets_(rank_.data(), parent_.data()) {
    for (std::size_t i = 0; i < n; ++i) sets_.make_set(i);
  }
  std::size_t find(std::size_t x) { return sets_.find_set(x); }
  void unite(std::size_t a, std::size_t b) { sets_.union_set(a, b); }

 private:
  std::vector<std::size_t> rank_, parent_;
  boost::disjoint_sets<std::size_t*, std::size_t*> sets_;
};

}  // namespace

Clustering clusterEntities(const std::vector<ArticleGraph>& articles) {
  Clustering out = clusterEntities(ResolutionInput(articles));
  // Items number the things of each article; give them the numbers of the article's nodes.
  std::vector<std::vector<std::uint32_t>> nodeOfThing(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) {
    for (std::uint32_t n = 0; n < articles[a].nodes.size(); ++n) {
      if (onto::isResolvable(articles[a].nodes[n].cls)) nodeOfThing[a].push_back(n);
    }
  }
  for (auto& item : out.items) item.node = nodeOfThing[item.article][item.node];
  return out;
}

Clustering clusterEntities(const ResolutionInput& in) {
  Clustering out;
  std::vector<std::size_t> thingItems, eventItems;
  std::vector<std::size_t>& firstItem = out.firstItem;  // all the things of an article are items
  firstItem.resize(in.size());
  for (std::size_t a = 0; a < in.size(); ++a) {
    firstItem[a] = out.items.size();
    const auto things = in.things(a);
    for (std::uint32_t t = 0; t < things.size(); ++t) {
      (onto::isA(things[t].cls, Class::Event) ? eventItems : thingItems).push_back(out.items.size());
      out.items.push_back({a, t});
    }
  }
  const auto nodeOf = [&](std::size_t i) -> const ResolutionInput::Thing& {
    return in.things(out.items[i].article)[out.items[i].node];
  };
  const std::size_t n = out.items.size();
  // Item numbers are kept in 32 bits below.
  if (n >= std::numeric_limits<std::uint32_t>::max()) throw std::length_error("clusterEntities: over 4 billion things");

  // 1. Strong keys for things; items that share one are one thing (disjoint sets below).
  std::unordered_map<std::string, std::vector<std::size_t>> byKey;
  for (std::size_t i : thingItems) {
    const auto& node = nodeOf(i);
    const int fam = family(node.cls);
    std::set<std::string> ks;
    const auto addName = [&](std::string_view name) {
      // A single word is a strong key for places and organizations but not for people:
      // two people may share a surname.
      if (fam == 0 && words(name).size() < 2) return;
      if (name.size() < 2) return;
      ks.insert("n|" + foldKey(name));
      // A person's surname in another transliteration, with the same given names: "Volodymyr
      // Zelenskiy" and "Volodymyr Zelensky" ("Maria" and "Mario" stay apart: given names exact).
      if (fam == 0) {
        if (auto sk = keys::surnameSkeleton(name); !sk.empty()) ks.insert("p|" + sk);
      }
      if (fam == 1) {
        if (const std::string folded = foldKey(name); !groupSingular(folded).empty())
          ks.insert("n|" + std::string(groupSingular(folded)));
      }
      // Vowel folding would make "Maria" and "Mario" one person: places and organizations only.
      if (fam != 0) {
        if (auto sk = keys::skeleton(name); !sk.empty()) ks.insert("s|" + sk);
      }
    };
    addName(in.label(node));
    for (const auto f : in.forms(node)) addName(in.name(f));
    for (const auto& k : ks) byKey[std::to_string(fam) + "|" + k].push_back(i);
  }
  // Items that share a key are one thing: union-find (Boost.Graph's disjoint sets) over the
  // lists of each key, which gives the connected components of the graph of shared keys without
  // building that graph (two edges per item, on a day of news millions of them).
  DisjointSets sets(n);
  for (const auto& [key, ids] : byKey) {
    for (std::size_t k = 1; k < ids.size(); ++k) sets.unite(ids[0], ids[k]);
  }
  byKey = {};

  // 2. Weak links: a partial person name or an acronym joins a cluster only when exactly one
  //    cluster of its family fits. Longer names go first, so "William Ruto" has joined
  //    "William Samoei Ruto" before "Ruto" looks for its cluster.
  // The folded words of each thing's label and of its other names (label first), computed once
  // per distinct name (the input's name numbers): the person matching below reads them for every
  // candidate pair, so memory grows with the names and not with the mentions in all articles.
  std::vector<std::vector<std::string>> distinctWords(in.names());
  std::vector<bool> split(in.names(), false);
  const auto splitName = [&](std::uint32_t name) {
    if (split[name]) return;
    distinctWords[name] = words(in.name(name));
    split[name] = true;
  };
  for (std::size_t i : thingItems) {
    splitName(nodeOf(i).label);
    for (const auto f : in.forms(nodeOf(i))) splitName(f);
  }
  /// The names of one thing, label first: name(k) is the k-th, operator[](k) its folded words.
  struct NameWords {
    const ResolutionInput* in;
    const ResolutionInput::Thing* thing;
    const std::vector<std::vector<std::string>>* words;
    [[nodiscard]] std::size_t size() const { return 1 + thing->formCount; }
    [[nodiscard]] std::uint32_t id(std::size_t k) const { return k == 0 ? thing->label : in->forms(*thing)[k - 1]; }
    [[nodiscard]] const std::string& name(std::size_t k) const { return in->name(id(k)); }
    [[nodiscard]] const std::vector<std::string>& operator[](std::size_t k) const { return (*words)[id(k)]; }
    [[nodiscard]] const std::vector<std::string>& front() const { return (*this)[0]; }
  };
  const auto nameWordsOf = [&](std::size_t i) { return NameWords{&in, &nodeOf(i), &distinctWords}; };
  std::unordered_map<std::string, std::vector<std::size_t>> personsByWord, orgsByInitials, placesByName;
  for (std::size_t i : thingItems) {
    const auto& node = nodeOf(i);
    const int fam = family(node.cls);
    const NameWords names = nameWordsOf(i);
    for (std::size_t k = 0; k < names.size(); ++k) {
      const std::string& name = names.name(k);
      if (fam == 3) placesByName[foldKey(name)].push_back(i);
      if (fam == 0) {
        for (const auto& w : names[k]) personsByWord[w].push_back(i);
      } else if (fam == 1 && !keys::isAcronym(name)) {
        orgsByInitials[keys::initials(name)].push_back(i);
      }
    }
  }
  std::vector<std::size_t> weakOrder(thingItems);
  std::stable_sort(weakOrder.begin(), weakOrder.end(), [&](std::size_t a, std::size_t b) {
    return nameWordsOf(a).front().size() > nameWordsOf(b).front().size();
  });
  for (std::size_t i : weakOrder) {
    const auto& node = nodeOf(i);
    const std::string& label = in.label(node);
    const int fam = family(node.cls);
    std::set<std::size_t> fits;
    if (fam == 0) {
      const auto& mine = nameWordsOf(i).front();
      if (mine.empty()) continue;
      const std::size_t root = sets.find(i);
      for (std::size_t j : personsByWord[mine.front()]) {
        const std::size_t other = sets.find(j);
        if (other == root || fits.count(other) > 0) continue;
        const NameWords theirs = nameWordsOf(j);
        for (std::size_t k = 0; k < theirs.size(); ++k) {
          const auto& full = theirs[k];
          if (mine.size() < full.size() && std::all_of(mine.begin(), mine.end(), [&](const std::string& w) {
                return std::find(full.begin(), full.end(), w) != full.end();
              })) {
            fits.insert(other);
            break;
          }
        }
      }
    } else if (fam == 1 && keys::isAcronym(label)) {
      std::string plain;
      for (char c : label) {
        if (std::isupper(static_cast<unsigned char>(c))) plain.push_back(c);
      }
      for (std::size_t j : orgsByInitials[plain]) {
        if (sets.find(j) != sets.find(i)) fits.insert(sets.find(j));
      }
    } else if (fam == 3) {
      // A crossing, pass or checkpoint named after its town: "Rafah border crossing" -> "Rafah".
      auto mine = words(label);
      if (mine.size() >= 2 && (mine.back() == "crossing" || mine.back() == "checkpoint" || mine.back() == "pass")) {
        mine.pop_back();
        if (!mine.empty() && mine.back() == "border") mine.pop_back();
        std::string stem;
        for (const auto& w : mine) stem += (stem.empty() ? "" : " ") + w;
        for (std::size_t j : placesByName[stem]) {
          if (sets.find(j) != sets.find(i)) fits.insert(sets.find(j));
        }
      }
    }
    if (fits.size() == 1) sets.unite(i, *fits.begin());
  }

  // 3. Events, after things, so that places and participants compare as clusters.
  struct EventInfo {
    Class cls;
    std::string label;
    std::string head;              ///< the kind of event the label names: "ceasefire" for "Doha truce"
    std::set<std::string> forms;   ///< folded names of two words or more: "deadly border clashes"
    bool named = false;            ///< the label holds a name ("Doha accord"), not only common nouns
    std::optional<Range> dates;
    std::set<std::size_t> places, actors;
    long published = 0;
  };
  // The actors each article names (as clusters): two articles that share at least two of them
  // report on the same story, which is what lets a common-noun name like "the border clashes"
  // count as evidence.
  // Sorted lists, and only for articles that report events: nothing else asks.
  std::vector<std::vector<std::size_t>> articleActors(in.size());
  {
    std::vector<bool> reportsEvents(in.size(), false);
    for (std::size_t i : eventItems) reportsEvents[out.items[i].article] = true;
    for (std::size_t i : thingItems) {
      if (family(nodeOf(i).cls) <= 2 && reportsEvents[out.items[i].article])
        articleActors[out.items[i].article].push_back(sets.find(i));
    }
    for (auto& actors : articleActors) {
      std::sort(actors.begin(), actors.end());
      actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
      actors.shrink_to_fit();
    }
  }
  const auto sameStory = [&](std::size_t a, std::size_t b) {
    const auto& x = articleActors[a];
    const auto& y = articleActors[b];
    std::size_t shared = 0;
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end() && shared < 2;) {
      if (*i < *j) ++i;
      else if (*j < *i) ++j;
      else ++shared, ++i, ++j;
    }
    return shared >= 2;
  };
  std::unordered_map<std::size_t, EventInfo> info;
  for (std::size_t i : eventItems) {
    const std::size_t a = out.items[i].article;
    EventInfo e;
    const auto& node = nodeOf(i);
    const std::string& label = in.label(node);
    e.cls = node.cls;
    e.label = foldKey(label);
    e.head = eventHead(label);
    e.named = std::any_of(label.begin(), label.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (words(label).size() >= 2) e.forms.insert(foldKey(label));
    for (const auto f : in.forms(node)) {
      if (words(in.name(f)).size() >= 2) e.forms.insert(foldKey(in.name(f)));
    }
    if (auto p = dayNumber(in.article(a).date)) e.published = *p;
    for (const auto& edge : in.edges(a)) {
      if (edge.subject != out.items[i].node) continue;
      if (const auto* lit = std::get_if<Literal>(&edge.object)) {
        if (edge.prop == Prop::date || edge.prop == Prop::startDate || edge.prop == Prop::endDate) {
          if (auto d = dayNumber(lit->value)) {
            if (!e.dates) e.dates = Range{*d, *d};
            e.dates->lo = std::min(e.dates->lo, *d);
            e.dates->hi = std::max(e.dates->hi, *d);
          }
        }
      } else {
        const std::uint32_t object = std::get<std::uint32_t>(edge.object);
        if (object >= in.things(a).size()) continue;
        const std::size_t cluster = sets.find(firstItem[a] + object);
        if (edge.prop == Prop::location) e.places.insert(cluster);
        if (edge.prop == Prop::participant || edge.prop == Prop::mediator) e.actors.insert(cluster);
      }
    }
    info.emplace(i, std::move(e));
  }
  // Cluster date ranges, kept so that a merge never joins incompatible dates.
  std::unordered_map<std::size_t, std::optional<Range>> clusterDates;
  for (std::size_t i : eventItems) clusterDates[i] = info[i].dates;
  const auto compatible = [](const std::optional<Range>& a, const std::optional<Range>& b) {
    if (!a || !b) return true;
    return a->lo <= b->hi + 1 && b->lo <= a->hi + 1;  // overlapping, one day of slack
  };
  // How strongly two reports in different articles look like the same event; 2 or more links
  // them. Evidence: the same start day (when neither places nor actors differ); a shared place and a shared actor; a shared place and
  // the same kind of head noun ("Doha truce", "ceasefire in Doha"); the same name when it holds
  // a proper name ("Doha accord"); for a takeover, who took power. Common-noun names
  // ("ceasefire", "deadly border clashes") and takeovers count only between articles on the
  // same story.
  const auto related = [&](std::size_t x, std::size_t y) {
    const EventInfo& a = info[x];
    const EventInfo& b = info[y];
    if (a.cls != b.cls) return 0;
    int score = 0;
    bool place = false, actor = false;
    for (auto p : a.places) place |= b.places.count(p) > 0;
    for (auto p : a.actors) actor |= b.actors.count(p) > 0;
    if (place && actor) score += 2;
    if (place && !a.head.empty() && a.head == b.head) score += 2;
    // The same day counts unless the two name different places or different actors: on a day
    // of news, two air strikes in two countries are two events.
    const bool placesDiffer = !place && !a.places.empty() && !b.places.empty();
    const bool actorsDiffer = !actor && !a.actors.empty() && !b.actors.empty();
    if (a.dates && b.dates && a.dates->lo == b.dates->lo && !placesDiffer && !actorsDiffer) score += 2;
    const bool story = sameStory(out.items[x].article, out.items[y].article);
    if (a.label == b.label && (a.named || story)) score += 2;
    // Who took power tells a takeover apart ("the army's coup", "the junta's takeover").
    if (a.cls == Class::Takeover && actor && story) score += 2;
    if (story && a.label != b.label &&
        std::any_of(a.forms.begin(), a.forms.end(), [&](const std::string& f) { return b.forms.count(f) > 0; }))
      score += 2;
    return score;
  };
  // Candidate pairs share a label, a form, a place, a start day or (takeovers) an actor
  // (blocking): nothing else can reach a score of 2, so no other pair needs a look.
  std::unordered_map<std::string, std::vector<std::size_t>> eventBlocks;
  for (std::size_t i : eventItems) {
    const EventInfo& e = info[i];
    const std::string kind = std::to_string(static_cast<int>(e.cls)) + "|";
    std::set<std::string> ks{kind + "l|" + e.label};
    for (const auto& f : e.forms) ks.insert(kind + "f|" + f);
    for (auto p : e.places) ks.insert(kind + "p|" + std::to_string(p));
    if (e.cls == Class::Takeover) {
      for (auto p : e.actors) ks.insert(kind + "a|" + std::to_string(p));
    }
    if (e.dates) ks.insert(kind + "d|" + std::to_string(e.dates->lo));
    for (const auto& k : ks) eventBlocks[k].push_back(i);
  }
  // Candidate pairs, both ways, as one sorted list (a set per event would cost five times the
  // memory): the same pair in several blocks is kept once, compacting as the list grows.
  using Link = std::pair<std::uint32_t, std::uint32_t>;
  std::vector<Link> links;
  std::size_t compacted = 0;
  const auto compact = [&] {
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    compacted = links.size();
  };
  for (const auto& [key, ids] : eventBlocks) {
    for (std::size_t x = 0; x < ids.size(); ++x) {
      for (std::size_t y = x + 1; y < ids.size(); ++y) {
        if (out.items[ids[x]].article == out.items[ids[y]].article) continue;
        links.emplace_back(static_cast<std::uint32_t>(ids[x]), static_cast<std::uint32_t>(ids[y]));
        links.emplace_back(static_cast<std::uint32_t>(ids[y]), static_cast<std::uint32_t>(ids[x]));
      }
    }
    if (links.size() > 2 * compacted + (std::size_t{1} << 20)) compact();
  }
  eventBlocks = {};
  compact();
  links.shrink_to_fit();
  struct Candidates {
    std::vector<Link>::const_iterator first, last;
    [[nodiscard]] auto begin() const { return first; }
    [[nodiscard]] auto end() const { return last; }
  };
  const auto candidatesOf = [&](std::size_t a) {
    const auto lo = std::lower_bound(links.begin(), links.end(), Link{static_cast<std::uint32_t>(a), 0});
    const auto hi = std::lower_bound(lo, links.end(), Link{static_cast<std::uint32_t>(a + 1), 0});
    return Candidates{lo, hi};
  };
  // Dated pairs first: they anchor clusters; undated events then join the best fitting cluster.
  struct Pair {
    int score;
    std::size_t a, b;
  };
  std::vector<Pair> pairs;
  for (std::size_t a : eventItems) {
    for (const auto& [from, b] : candidatesOf(a)) {
      if (b <= a) continue;
      const int s = related(a, b);
      if (s >= 2) pairs.push_back({s + (info[a].dates && info[b].dates ? 10 : 0), a, b});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
    return p.score != q.score ? p.score > q.score : std::tie(p.a, p.b) < std::tie(q.a, q.b);
  });
  for (const auto& p : pairs) {
    const std::size_t ra = sets.find(p.a), rb = sets.find(p.b);
    if (ra == rb) continue;
    const auto& da = clusterDates[ra];
    const auto& db = clusterDates[rb];
    if (!compatible(da, db)) continue;
    // An undated event that fits several dated clusters goes to the one closest before its
    // article's date (news report recent events); skip it here if a closer candidate exists.
    const bool aUndated = !info[p.a].dates, bUndated = !info[p.b].dates;
    if (aUndated != bUndated) {
      const std::size_t undated = aUndated ? p.a : p.b;
      const std::size_t other = aUndated ? p.b : p.a;
      const auto target = clusterDates[sets.find(other)];
      bool closer = false;
      for (const auto& [from, c] : candidatesOf(undated)) {
        if (sets.find(c) == sets.find(other)) continue;
        const auto cd = clusterDates[sets.find(c)];
        if (!cd || !target || related(undated, c) < 2) continue;
        const long pub = info[undated].published;
        if (pub && cd->hi <= pub && (target->hi > pub || pub - cd->hi < pub - target->hi)) closer = true;
      }
      if (closer) continue;
    }
    std::optional<Range> merged = da ? da : db;
    if (da && db) merged = Range{std::min(da->lo, db->lo), std::max(da->hi, db->hi)};
    sets.unite(ra, rb);
    clusterDates[sets.find(ra)] = merged;
  }

  // 4. Number clusters in item order.
  out.clusterOf.assign(n, 0);
  std::unordered_map<std::size_t, std::size_t> number;
  for (std::size_t i = 0; i < n; ++i) {
    const auto [it, fresh] = number.emplace(sets.find(i), number.size());
    out.clusterOf[i] = it->second;
  }
  out.clusters = number.size();
  return out;
}

}  // namespace ng
