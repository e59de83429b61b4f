// Roles, spokespersons, leadership and membership from the role statements RoleIndex finds, and
// ng:locatedIn between places where the text states that one contains the other.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "extract/TextNorm.h"
#include "extract/facts/Actors.h"
#include "extract/facts/Extractors.h"
#include "extract/facts/RoleIndex.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

constexpr std::string_view kExtractor = "roles";

// Posts whose holder leads the country or organization they are in.
constexpr std::array<std::string_view, 22> kLeaderPosts = {
    "president",         "prime minister",  "premier",         "king",          "queen",
    "emir",              "sultan",          "monarch",         "supreme leader", "chancellor",
    "head of state",     "head of government", "secretary general", "chairman",  "chairperson",
    "chairwoman",        "chair",           "director general", "party leader", "party chairman",
    "commander in chief", "supreme commander"};
// Posts that lead only as "the <post> of X": "the leader of the movement" (while "X leader Y" is
// often one of several leaders).
constexpr std::array<std::string_view, 4> kDefiniteLeaderPosts = {"leader", "head", "chief", "commander"};
// Modifiers under which a post does not lead: "Deputy Prime Minister", "Vice Chairman".
constexpr std::array<std::string_view, 4> kSecondModifiers = {"deputy", "vice", "assistant", "associate"};
// Heads of posts that imply belonging to the group they are in: "RSF commander", "party official".
constexpr std::array<std::string_view, 12> kMemberHeads = {
    "leader", "commander", "official", "member", "founder", "co founder", "lawmaker", "legislator", "senator", "mp",
    "chief", "negotiator"};

// Heads of titles that describe an occupation rather than a post: a post only "at" somewhere.
constexpr std::array<std::string_view, 18> kOccupations = {
    "analyst",   "expert",    "journalist", "reporter", "correspondent", "researcher",
    "scholar",   "commentator", "columnist", "economist", "lawyer",      "attorney",
    "lecturer",  "anchor",    "editor",     "official", "diplomat",      "professor"};

template <std::size_t N>
bool inList(const std::array<std::string_view, N>& list, std::string_view w) {
  return inWordList(list, w);
}

/// A title key without its leading modifiers, and the modifiers.
struct TitleParts {
  std::vector<std::string> modifiers;
  std::string core;
};

TitleParts splitTitle(const std::string& key, const Gazetteer& gaz) {
  TitleParts parts;
  std::size_t i = 0;
  while (i < key.size()) {
    auto j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    const std::string atom = key.substr(i, j - i);
    if (gaz.titleKind(atom) != Gazetteer::TitleKind::Modifier) break;
    parts.modifiers.push_back(atom);
    i = j + 1;
  }
  parts.core = i < key.size() ? key.substr(i) : std::string{};
  return parts;
}

std::string lastAtom(const std::string& key) {
  const auto sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

bool isGroupNode(const Node& n) {
  return n.cls == Class::Organization || n.cls == Class::ArmedGroup || n.cls == Class::GovernmentBody;
}

/// Emits ng:Role nodes, one per (person, title, organization) in the article; a mention of the
/// same title without an organization joins the role that has one.
class RoleEmitter {
 public:
  RoleEmitter(FactSink& sink, const Gazetteer& gaz, const std::vector<RoleMention>& all)
      : sink_(sink), gaz_(gaz), actors_(sink, gaz), all_(all) {}

  void emit(const RoleMention& r) {
    if (r.holder < 0) return;
    const std::uint32_t person = sink_.entityNode(r.holder);
    std::optional<std::uint32_t> org;
    if (r.org >= 0) org = actors_.actorOfMention(r.org, true);
    // "A spokesperson for the ministry said ... . Spokesperson Wu Qian told ...": a bare title
    // the sentence before gave with its organization and no name.
    if (r.org < 0 && r.sentence > 0 && !r.former && lastAtom(r.titleKey) == "spokesperson")
      org = unnamedSpokespersonFor(r.sentence - 1);
    // "Foreign ministry spokeswoman X" in an article about one state's foreign ministry.
    if (r.org < 0 && !org && !r.former) org = bodyNamedInTitle(r.titleKey);
    // "Junta spokesman X", "army spokesman X": the state of that body (ActorResolver::stateOfBody).
    if (r.org < 0 && !org && !r.former) {
      static constexpr std::array<std::string_view, 5> kStateBodies = {"army", "military", "junta", "government", "police"};
      auto atoms = splitWords(r.titleKey);
      if (!atoms.empty()) atoms.pop_back();
      // "Junta spokesman X" opening a sentence: the capitalized word before the title.
      const Document& doc = sink_.doc();
      if (r.tokenBegin < doc.tokens.size()) atoms.push_back(lowerAscii(doc.tokenText(r.tokenBegin)));
      if (r.tokenBegin > 0 && r.tokenBegin <= doc.tokens.size()) atoms.push_back(lowerAscii(doc.tokenText(r.tokenBegin - 1)));
      if (!r.stateBody.empty()) atoms.insert(atoms.begin(), r.stateBody);
      for (const auto& atom : atoms)
        if (std::find(kStateBodies.begin(), kStateBodies.end(), atom) != kStateBodies.end()) {
          org = actors_.stateOfBody(atom, false, r.tokenBegin);
          break;
        }
    }
    // "In Caracas, Foreign Minister X said": a state's post in a sentence that opens with its
    // capital.
    if (r.org < 0 && !org && !r.former && !r.membershipOnly && !r.leadership && isStatePost(r.titleKey))
      org = capitalOpening(r.sentence);
    // "The Ukrainian delegation was led by Defense Minister X, while Russia's was headed by
    // presidential aide Y": the state whose delegation the holder leads.
    if (r.org < 0 && !org && !r.former && !r.membershipOnly && !r.leadership) org = delegationLedBy(r.tokenBegin);
    // "TBILISI — Prime Minister X said": a state's post named without its state, in a story
    // from that state (ActorResolver::homeCountry: no other country named as often), when no
    // one else holds that post of that state in the article.
    if (r.org < 0 && !org && !r.former && !r.membershipOnly && !r.leadership && isStatePost(r.titleKey))
      if (auto home = actors_.homeCountry(); home && !heldByAnother(r, *home) && !otherCountryNear(r.sentence, *home, r.tokenBegin))
        org = home;
    if (org && *org == person) return;

    if (r.membershipOnly || r.leadership) {
      // "a junta led by X": X leads the junta's state.
      if (org && r.leadership && r.stateBody == "junta" && sink_.graph().nodes[*org].cls == Class::Country) {
        sink_.addEdge(person, Prop::leaderOf, *org);
        return;
      }
      if (org && isGroupNode(sink_.graph().nodes[*org]))
        sink_.addEdge(person, r.leadership ? Prop::leaderOf : Prop::memberOf, *org);
      return;
    }
    const TitleParts parts = splitTitle(r.titleKey, gaz_);
    const std::string head = lastAtom(parts.core);
    // A spokesperson of a known side is said with ng:spokespersonFor, and a bare "leader" is no
    // post but a tie (leaderOf or memberOf below); occupations ("analyst", "journalist") are
    // posts only at an organization.
    const bool speaks = head == "spokesperson" && org && !r.former;
    const bool occupation = inList(kOccupations, head) && !org;
    if (!speaks && parts.core != "leader" && !occupation) addRole(r, person, org);
    if (!org || r.former) return;

    const bool second = std::any_of(parts.modifiers.begin(), parts.modifiers.end(),
                                    [](const std::string& m) { return inList(kSecondModifiers, m); });
    const Node& orgNode = sink_.graph().nodes[*org];
    if (speaks) {
      sink_.addEdge(person, Prop::spokespersonFor, *org);
      return;
    }
    const bool leads = !second && (inList(kLeaderPosts, parts.core) ||
                                   (inList(kDefiniteLeaderPosts, parts.core) && r.definite && r.orgByPreposition) ||
                                   (r.soleHolder && (parts.core == "leader" || parts.core == "head")) ||
                                   (parts.core == "leader" && orgNode.cls == Class::Country));
    if (leads) {
      sink_.addEdge(person, Prop::leaderOf, *org);
    } else if (isGroupNode(orgNode) && orgNode.cls != Class::GovernmentBody &&
               (inList(kMemberHeads, parts.core) || inList(kMemberHeads, lastAtom(parts.core)))) {
      sink_.addEdge(person, Prop::memberOf, *org);
    }
  }

 private:
  /// The one government body of the article that a title names by its portfolio and head
  /// ("foreign ministry spokesperson": the article's only "Foreign Ministry of ..."), if any.
  std::optional<std::uint32_t> bodyNamedInTitle(const std::string& titleKey) {
    const auto words = splitWords(titleKey);
    std::size_t head = 0;
    while (head < words.size() && words[head] != "ministry" && words[head] != "department" && words[head] != "office")
      ++head;
    if (head == 0 || head + 1 >= words.size()) return std::nullopt;  // a portfolio, the head, then the post
    std::string prefix;
    for (std::size_t i = 0; i <= head; ++i) prefix += words[i] + " ";
    prefix += "of ";
    const Document& doc = sink_.doc();
    std::optional<std::uint32_t> found;
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
      if (doc.entities[e].cls != Class::GovernmentBody || !titleKeyOf(doc.entities[e].name).starts_with(prefix)) continue;
      if (found) return std::nullopt;  // two states' ministries: which one is not said
      found = sink_.entityNode(static_cast<int>(e));
    }
    return found;
  }

  /// The organization or state of "a spokesperson for X" with no name in sentence s, if it has
  /// exactly one such phrase.
  std::optional<std::uint32_t> unnamedSpokespersonFor(std::size_t s) {
    const Document& doc = sink_.doc();
    const Sentence& sent = doc.sentences[s];
    std::optional<std::uint32_t> found;
    int count = 0;
    for (std::uint32_t t = sent.tokenBegin; t + 2 < sent.tokenEnd; ++t) {
      const std::string w = foldKey(doc.tokenText(t));
      if (w != "spokesperson" && w != "spokesman" && w != "spokeswoman") continue;
      const std::string prep = foldKey(doc.tokenText(t + 1));
      if (prep != "for" && prep != "of") continue;
      std::uint32_t q = t + 2;
      if (q < sent.tokenEnd && foldKey(doc.tokenText(q)) == "the") ++q;
      int m = q < sent.tokenEnd ? actors_.mentionAtToken(q) : -1;
      if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].cls == Class::Person) continue;  // "for President X"
      // "the Chinese Ministry of National Defense": the body the demonym qualifies.
      if (const std::uint32_t e = doc.mentions[static_cast<std::size_t>(m)].tokenEnd;
          doc.mentions[static_cast<std::size_t>(m)].demonym && e < sent.tokenEnd) {
        if (const int body = actors_.mentionAtToken(e);
            body >= 0 && onto::isA(doc.mentions[static_cast<std::size_t>(body)].cls, Class::Organization))
          m = body;
      }
      // "a spokesman for the army, Col. X,": that phrase has its name.
      const std::uint32_t after = doc.mentions[static_cast<std::size_t>(m)].tokenEnd;
      bool named = false;
      for (std::uint32_t k = after; k < sent.tokenEnd && k < after + 5 && !named; ++k) {
        const int pm = actors_.mentionAtToken(k);
        named = pm >= 0 && doc.mentions[static_cast<std::size_t>(pm)].cls == Class::Person;
      }
      if (named) continue;
      if (auto a = actors_.actorOfMention(m, true)) {
        found = a;
        ++count;
      }
    }
    return count == 1 ? found : std::nullopt;
  }

  /// A post of a state's government: a minister, a president, a prime minister.
  bool isStatePost(const std::string& titleKey) const {
    const std::string core = splitTitle(titleKey, gaz_).core;
    static constexpr std::array<std::string_view, 6> kHeads = {"president", "prime minister", "premier",
                                                               "vice president", "chancellor", "minister"};
    if (inList(kHeads, core)) return true;
    // ("Chief Minister", "First Minister": a province's or a nation's within the state.)
    if (core == "chief minister" || core == "first minister") return false;
    return core.size() > 9 && core.ends_with(" minister");
  }

  /// The country whose delegation the title at `t` is said to lead: "the Ukrainian delegation
  /// was led by <title>", "Russia's delegation, headed by <title>", "Russia's was headed by".
  std::optional<std::uint32_t> delegationLedBy(std::uint32_t t) {
    const Document& doc = sink_.doc();
    const auto word = [&](std::uint32_t k) { return lowerAscii(doc.tokenText(k)); };
    if (t < 4 || word(t - 1) != "by" || (word(t - 2) != "led" && word(t - 2) != "headed")) return std::nullopt;
    std::uint32_t k = t - 3;
    while (k > 1 && (word(k) == "was" || word(k) == "is" || word(k) == "been" || word(k) == "has" || word(k) == "," ||
                     word(k) == "be"))
      --k;
    if (word(k) == "delegation" || word(k) == "team") --k;
    else if (word(k) != "'s" && word(k) != "’s") return std::nullopt;  // "Russia's was headed by"
    if (word(k) == "'s" || word(k) == "’s") --k;
    return stateOf(actors_.mentionAtToken(k));
  }

  /// The country a mention stands for (a capital: its country), else nullopt.
  std::optional<std::uint32_t> stateOf(int mention) {
    if (mention < 0) return std::nullopt;
    const auto state = actors_.actorOfMention(mention, true);
    if (!state || sink_.graph().nodes[*state].cls != Class::Country) return std::nullopt;
    return state;
  }

  /// The country whose capital opens sentence `s` as "In <capital>, ...", else nullopt.
  std::optional<std::uint32_t> capitalOpening(std::size_t s) {
    const Document& doc = sink_.doc();
    const auto& sent = doc.sentences[s];
    if (sent.tokenEnd - sent.tokenBegin < 4 || lowerAscii(doc.tokenText(sent.tokenBegin)) != "in") return std::nullopt;
    const int m = actors_.mentionAtToken(sent.tokenBegin + 1);
    if (m < 0) return std::nullopt;
    const Mention& place = doc.mentions[static_cast<std::size_t>(m)];
    if (place.entity < 0 || place.tokenBegin != sent.tokenBegin + 1 || place.tokenEnd >= sent.tokenEnd ||
        doc.tokenText(place.tokenEnd) != ",")
      return std::nullopt;
    if (doc.entities[static_cast<std::size_t>(place.entity)].cls == Class::Country) return std::nullopt;
    return stateOf(m);
  }

  /// True when sentence `s` or the one before names a country other than `home` ("Israel's
  /// military said ... . Defense Minister X threatened": X may be that country's), or sentence
  /// `s` names a place that lies only in other countries right before the title at token
  /// `titleBegin` ("In Caracas, Foreign Minister X said"; a venue further off, "talks in
  /// Caracas, ... after President X suspended them", does not count).
  bool otherCountryNear(std::size_t s, std::uint32_t home, std::uint32_t titleBegin) {
    const Document& doc = sink_.doc();
    const std::size_t first = s > 0 ? s - 1 : 0;
    for (const auto& m : doc.mentions) {
      if (m.entity < 0) continue;
      const std::size_t ms = doc.sentenceAt(m.span.begin);
      if (ms < first) continue;
      if (ms > s) break;
      if (doc.entities[static_cast<std::size_t>(m.entity)].cls == Class::Country && sink_.entityNode(m.entity) != home)
        return true;
      if (ms == s && m.tokenEnd <= titleBegin && titleBegin - m.tokenEnd <= 2 &&
          actors_.placeOutside(static_cast<int>(&m - doc.mentions.data()), home))
        return true;
    }
    return false;
  }

  /// True when another person of the article holds the post of `title` at `state`.
  /// ("First Vice President" is not the post of "President": a second's modifier counts.)
  bool heldByAnother(const RoleMention& r, std::uint32_t state) {
    const auto second = [](const TitleParts& t) {
      return std::any_of(t.modifiers.begin(), t.modifiers.end(), [](const std::string& m) { return inList(kSecondModifiers, m); });
    };
    const TitleParts own = splitTitle(r.titleKey, gaz_);
    for (const auto& other : all_) {
      if (other.holder == r.holder || other.org < 0 || other.former) continue;
      const TitleParts theirs = splitTitle(other.titleKey, gaz_);
      if (theirs.core != own.core || second(theirs) != second(own)) continue;
      if (actors_.actorOfMention(other.org, true) == state) return true;
    }
    return false;
  }

  struct Held {
    std::uint32_t node;
    std::optional<std::uint32_t> org;
  };

  void addRole(const RoleMention& r, std::uint32_t person, std::optional<std::uint32_t> org) {
    auto& held = roles_[{r.holder, r.titleKey}];
    Held* target = nullptr;
    for (auto& h : held) {
      if (h.org == org) target = &h;
    }
    if (!target && org) {
      for (auto& h : held) {
        if (!h.org) target = &h;
      }
    }
    if (!target && !org && !held.empty()) target = &held.front();
    if (target) {
      sink_.addEvidence(target->node, r.sentence);
      if (org && !target->org) {
        target->org = org;
        sink_.addEdge(target->node, Prop::roleIn, *org);
        sink_.graph().nodes[target->node].label = label(r.title, org);
      }
      return;
    }
    const auto node = sink_.addFact(Class::Role, label(r.title, org), r.sentence, r.confidence, std::string(kExtractor));
    sink_.addEdge(node, Prop::holder, person);
    sink_.addEdge(node, Prop::title, Literal{r.title, Literal::Type::String});
    if (org) sink_.addEdge(node, Prop::roleIn, *org);
    sink_.addEdge(person, Prop::hasRole, node);
    held.push_back({node, org});
  }

  std::string label(const std::string& title, std::optional<std::uint32_t> org) const {
    if (!org) return title;
    return title + " of " + sink_.graph().nodes[*org].label;
  }

  FactSink& sink_;
  const Gazetteer& gaz_;
  ActorResolver actors_;
  const std::vector<RoleMention>& all_;
  std::map<std::pair<int, std::string>, std::vector<Held>> roles_;
};

// ---------------------------------------------------------------------------------- locatedIn

constexpr std::array<std::string_view, 13> kRegionNouns = {
    "province", "state",      "region",     "district", "county",    "governorate", "oblast",
    "prefecture", "department", "municipality", "territory", "division", "emirate"};
constexpr std::array<std::string_view, 13> kDirections = {
    "northern",      "southern",      "eastern",       "western",       "central",       "northeastern", "northwestern",
    "southeastern",  "southwestern",  "north eastern", "north western", "south eastern", "south western"};
// Words before a place that make "X in Y" a path rather than a location: "from X in Y".
constexpr std::array<std::string_view, 10> kMotionWords = {"from", "to", "toward", "towards", "into",
                                                           "between", "via", "and", "or", "reach"};
constexpr std::array<std::string_view, 8> kSettlementNouns = {"town",     "city",   "village", "district",
                                                              "province", "region", "capital", "suburb"};

/// Finds "City, Country", "the X district of Y province", "X in Y province", "X, in northern Y"
/// and "X, a town in Y".
class ContainmentFinder {
 public:
  ContainmentFinder(FactSink& sink, const Gazetteer& gaz)
      : sink_(sink), doc_(sink.doc()), gaz_(gaz), startAt_(doc_.tokens.size() + 1, -1) {
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].tokenBegin < startAt_.size()) startAt_[doc_.mentions[m].tokenBegin] = static_cast<int>(m);
    }
  }

  void run() {
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      se_ = std::min<std::uint32_t>(doc_.sentences[s].tokenEnd, static_cast<std::uint32_t>(doc_.tokens.size()));
      for (std::uint32_t t = doc_.sentences[s].tokenBegin; t < se_; ++t) {
        if (const int m = startAt_[t]; m >= 0 && isPlace(m) && cls(m) != Class::Country) inspect(m);
      }
    }
  }

 private:
  [[nodiscard]] const Mention& mention(int m) const { return doc_.mentions[static_cast<std::size_t>(m)]; }
  [[nodiscard]] Class cls(int m) const {
    const int e = mention(m).entity;
    return e >= 0 ? doc_.entities[static_cast<std::size_t>(e)].cls : mention(m).cls;
  }
  [[nodiscard]] bool isPlace(int m) const {
    return mention(m).entity >= 0 && !mention(m).demonym && onto::isA(cls(m), Class::Place);
  }
  [[nodiscard]] std::string word(std::uint32_t t) const { return t < se_ ? foldKey(doc_.tokenText(t)) : std::string{}; }
  [[nodiscard]] std::string_view raw(std::uint32_t t) const { return t < se_ ? doc_.tokenText(t) : std::string_view{}; }
  [[nodiscard]] int placeAt(std::uint32_t t) const {
    const int m = t < se_ ? startAt_[t] : -1;
    return m >= 0 && isPlace(m) ? m : -1;
  }

  /// Country codes the gazetteer gives a place mention (empty when unknown).
  [[nodiscard]] std::set<std::string> codes(int m) const {
    std::set<std::string> out;
    const std::string_view form = mention(m).canonical.empty() ? doc_.slice(mention(m).span) : mention(m).canonical;
    for (const auto& p : gaz_.lookup(form)) {
      if (cls(m) == Class::Country && p.cls != Class::Country) continue;
      if (!p.country.empty()) out.insert(p.country);
    }
    return out;
  }
  [[nodiscard]] bool sameCountry(int inner, int outer) const {
    const auto a = codes(inner);
    const auto b = codes(outer);
    return std::any_of(a.begin(), a.end(), [&](const std::string& c) { return b.contains(c); });
  }
  [[nodiscard]] bool conflicting(int inner, int outer) const {
    const auto a = codes(inner);
    const auto b = codes(outer);
    return !a.empty() && !b.empty() && !sameCountry(inner, outer);
  }
  /// The mention ends with, or is followed by, a region noun ("Idlib province").
  [[nodiscard]] bool regionNamed(int m) const {
    const auto e = mention(m).tokenEnd;
    return inList(kRegionNouns, word(e)) || inList(kRegionNouns, word(e - 1));
  }

  void link(int inner, int outer) {
    const int a = mention(inner).entity;
    const int b = mention(outer).entity;
    if (a == b || conflicting(inner, outer)) return;
    sink_.addEdge(sink_.entityNode(a), Prop::locatedIn, sink_.entityNode(b));
  }

  [[nodiscard]] bool isNationalCapital(int m) const {
    const auto places = gaz_.lookup(doc_.slice(mention(m).span));
    return !places.empty() && places.front().cls == Class::City && places.front().capital;
  }

  [[nodiscard]] bool isLowerWord(std::uint32_t t) const {
    const auto w = raw(t);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }

  /// Skips a direction adjective ("northern") at t; returns the next token.
  [[nodiscard]] std::uint32_t afterDirection(std::uint32_t t, bool& found) const {
    found = inList(kDirections, word(t));
    return found ? t + 1 : t;
  }

  void inspect(int x) {
    const std::uint32_t e = mention(x).tokenEnd;
    // "Kyiv, Ukraine": only when the gazetteer places the city in that country.
    if (raw(e) == ",") {
      if (const int y = placeAt(e + 1); y >= 0 && cls(y) == Class::Country && sameCountry(x, y)) link(x, y);
    }
    // "the X district of Y (province)".
    if (inList(kRegionNouns, word(e)) && word(e + 1) == "of") {
      const std::uint32_t q = word(e + 2) == "the" ? e + 3 : e + 2;
      if (const int y = placeAt(q); y >= 0) link(x, y);
    }
    // "X in Y province", "X in northern Y", "X, in northern Y"; not after a motion or a list
    // ("fled from X in Y" may say where they are now) and not for national capitals.
    std::uint32_t in = e;
    if (raw(in) == ",") ++in;
    const std::uint32_t b = mention(x).tokenBegin;
    const bool free = b == 0 || !(inList(kMotionWords, word(b - 1)) || raw(b - 1) == ",");
    if (word(in) == "in" && free && !isNationalCapital(x)) {
      bool direction = false;
      const std::uint32_t q = afterDirection(in + 1, direction);
      if (const int y = placeAt(q); y >= 0) {
        const bool country = cls(y) == Class::Country;
        if (direction || regionNamed(y) || (country && sameCountry(x, y))) link(x, y);
      }
    }
    // "X, a (port) town in (northern) Y", "X, the capital of Y".
    if (raw(e) == "," && (word(e + 1) == "a" || word(e + 1) == "the")) {
      std::uint32_t q = e + 2;
      for (int extra = 0; extra < 2 && !inList(kSettlementNouns, word(q)) && isLowerWord(q); ++extra) ++q;
      if (inList(kSettlementNouns, word(q)) && (word(q + 1) == "in" || word(q + 1) == "of")) {
        bool direction = false;
        const std::uint32_t r = afterDirection(q + 2, direction);
        if (const int y = placeAt(r); y >= 0) link(x, y);
      }
    }
  }

  FactSink& sink_;
  const Document& doc_;
  const Gazetteer& gaz_;
  std::vector<int> startAt_;
  std::uint32_t se_ = 0;
};

}  // namespace

void extractRoles(FactSink& sink, const Gazetteer& gaz) {
  const auto mentions = findRoleMentions(sink.doc(), gaz);
  RoleEmitter roles(sink, gaz, mentions);
  for (const auto& r : mentions) roles.emit(r);
  ContainmentFinder(sink, gaz).run();
}

}  // namespace ng
