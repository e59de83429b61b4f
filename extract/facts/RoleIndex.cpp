#include "extract/facts/RoleIndex.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;

constexpr std::array<std::string_view, 4> kPossessives = {"'s", "’s", "'", "’"};
// Common nouns that stand for an organization named before: "the group's spokesman".
constexpr std::array<std::string_view, 8> kGroupNouns = {"group", "movement", "militia", "organisation",
                                                         "organization", "party", "rebels", "alliance"};
// Nouns between an owner and a title that keep the owner: "Colombian government spokesperson",
// "the Yemeni delegation head".
constexpr std::array<std::string_view, 17> kQualifiers = {
    "government", "delegation", "administration", "regime",   "junta",   "cabinet",
    "negotiating", "team",      "military",       "presidency", "embassy", "transitional",
    "political",  "bureau",     "politburo",      "wing",     "armed"};
// Prepositions tying a title to its organization: "head of", "spokesperson for", "analyst at".
constexpr std::array<std::string_view, 5> kTitlePrepositions = {"of", "for", "at", "with", "to"};
// Title heads that take a capitalized complement: "Minister for Information", "Secretary of State".
constexpr std::array<std::string_view, 9> kComplementHeads = {
    "minister", "secretary", "commissioner", "director", "envoy", "representative", "adviser", "advisor", "chief"};
// Words that close an apposition: "Ali Yousif, Sudan's foreign minister, said".
constexpr std::array<std::string_view, 13> kClosers = {",", ".", ")", ";", ":", "—", "–", "!", "?", "\"", "”", "’", "'"};
// Words that make a name part of another phrase: "a team from the UN, led by", "X and the UN".
constexpr std::array<std::string_view, 12> kPrepositions = {"of", "from", "with", "in", "to", "by",
                                                            "at", "for", "on", "against", "between", "and"};
// Plural heads of "one of X's leaders".
constexpr std::array<std::string_view, 6> kGroupPlurals = {"leaders", "commanders", "members", "founders", "officials", "figures"};
// Modifiers that say the post is not (or not yet) held.
constexpr std::array<std::string_view, 7> kPastModifiers = {"former", "ex", "late", "outgoing", "then", "incoming", "erstwhile"};
// Military titles that name a post rather than a rank.
constexpr std::array<std::string_view, 5> kMilitaryPosts = {"chief", "commander", "head", "staff", "c in c"};

template <std::size_t N>
bool inList(const std::array<std::string_view, N>& list, std::string_view w) {
  return inWordList(list, foldKey(w));
}

template <std::size_t N>
bool inListExact(const std::array<std::string_view, N>& list, std::string_view w) {
  return inWordList(list, w);
}

/// "Kurdish-led", "Iran-backed": a hyphenated participle of leading or backing.
bool isLedModifier(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kLed = {"led", "backed", "linked", "allied", "aligned", "based", "dominated"};
  const auto dash = w.rfind('-');
  return dash != std::string_view::npos && dash > 0 && inWordList(kLed, w.substr(dash + 1));
}

bool isCapitalized(std::string_view w) {
  if (w.empty()) return false;
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()),
                                  static_cast<utf8proc_ssize_t>(w.size()), &cp);
  if (n <= 0) return false;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

std::vector<std::string> splitAtoms(const std::string& key) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < key.size()) {
    const auto j = key.find(' ', i);
    out.push_back(key.substr(i, j == std::string::npos ? std::string::npos : j - i));
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string titleKeyOf(std::string_view title) {
  std::string out;
  for (const auto& atom : splitAtoms(foldKey(title))) {
    std::string a = atom;
    if (a == "defence") a = "defense";
    if (a == "spokesman" || a == "spokeswoman") a = "spokesperson";
    if (a == "advisor") a = "adviser";
    if (!out.empty()) out.push_back(' ');
    out += a;
  }
  return out;
}

RoleIndex::MentionBounds::MentionBounds(const Document& doc)
    : startAt(doc.tokens.size() + 1, -1), endAt(doc.tokens.size() + 1, -1) {
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.tokenBegin < startAt.size()) startAt[mention.tokenBegin] = static_cast<int>(m);
    if (mention.tokenEnd < endAt.size()) endAt[mention.tokenEnd] = static_cast<int>(m);
  }
}

/// Reads title phrases around person names, one sentence at a time. Token indexes are document
/// indexes; words outside the current sentence read as empty.
class RoleFinder {
 public:
  RoleFinder(const Document& doc, const Gazetteer& gaz, const RoleIndex::MentionBounds& bounds)
      : doc_(doc), gaz_(gaz), startAt_(bounds.startAt), endAt_(bounds.endAt) {}

  std::vector<RoleMention> findAll() {
    std::vector<RoleMention> out;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      enterSentence(s);
      for (std::uint32_t t = sb_; t < se_; ++t) {
        const int m = startAt_[t];
        if (m < 0 || !isPerson(m)) continue;
        findForPerson(m, out);
      }
    }
    return out;
  }

  /// See RoleIndex::resolveAt.
  struct Description {
    std::string titleKey;
    int orgEntity = -1;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };

  std::optional<Description> describeAt(std::uint32_t t) {
    if (t >= doc_.tokens.size()) return std::nullopt;
    const auto s = doc_.sentenceAt(doc_.tokens[t].span.begin);
    if (s >= doc_.sentences.size()) return std::nullopt;
    enterSentence(s);
    const auto ph = parse(t);
    if (!ph || ph->membership || ph->former || (!ph->definite && ph->owner < 0)) return std::nullopt;
    if (const int next = startAt_[ph->end]; next >= 0 && isPerson(next) && ph->end < se_) return std::nullopt;
    Description d;
    d.titleKey = titleKeyOf(titleText(*ph));
    const int org = ph->ofOrg >= 0 ? ph->ofOrg : ph->owner;
    d.orgEntity = org >= 0 ? doc_.mentions[static_cast<std::size_t>(org)].entity : -1;
    d.begin = t;
    d.end = ph->end;
    return d;
  }

 private:
  /// "[the|a] [Owner['s] [qualifier]] Title [of|for|at|with [the] Org | of|for Complement]".
  struct Phrase {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t titleBegin = 0;
    std::uint32_t titleEnd = 0;
    int owner = -1;
    int ofOrg = -1;
    bool definite = false;
    bool membership = false;
    bool former = false;
    bool formerBefore = false;  ///< "former Nigerian President": the past modifier before the owner
    bool ofIsFor = false;       ///< the organization after the title came after "for", "to" or "at" ("envoy for Yemen")
    bool ownerByPronoun = false;  ///< "its leader": the owner stands for "the leader of it"
    std::string_view stateBody;   ///< "the junta's spokesman": the body, which names no owner of its own
    std::string_view unit;      ///< "head of the M23 delegation": the part of the organization the post heads
    std::string_view fixedTitle;  ///< the title when the text names none ("the delegation was led by X": "head")
  };

  void enterSentence(std::size_t s) {
    sentence_ = s;
    sb_ = doc_.sentences[s].tokenBegin;
    se_ = std::min<std::uint32_t>(doc_.sentences[s].tokenEnd, static_cast<std::uint32_t>(doc_.tokens.size()));
    words_.clear();
    for (auto t = sb_; t < se_; ++t) words_.push_back(doc_.tokenText(t));
  }

  [[nodiscard]] std::string_view word(std::uint32_t t) const {
    return t >= sb_ && t < se_ ? words_[t - sb_] : std::string_view{};
  }
  [[nodiscard]] bool is(std::uint32_t t, std::string_view w) const { return foldKeyEquals(word(t), w); }
  [[nodiscard]] std::size_t titleAt(std::uint32_t t) const {
    return t >= sb_ && t < se_ ? gaz_.matchTitle(words_, t - sb_) : 0;
  }

  [[nodiscard]] const Mention& mention(int m) const { return doc_.mentions[static_cast<std::size_t>(m)]; }
  [[nodiscard]] Class entityClass(int m) const {
    const int e = mention(m).entity;
    return e >= 0 ? doc_.entities[static_cast<std::size_t>(e)].cls : mention(m).cls;
  }
  [[nodiscard]] bool isPerson(int m) const { return mention(m).entity >= 0 && entityClass(m) == Class::Person; }
  /// A country, an organization, or a capital standing for its government ("Khartoum's envoy").
  [[nodiscard]] bool isOrg(int m) const {
    if (mention(m).entity < 0) return false;
    const Class c = entityClass(m);
    if (c == Class::Country || onto::isA(c, Class::Organization)) return true;
    if (c != Class::City) return false;
    const auto places = gaz_.lookup(doc_.slice(mention(m).span));
    return std::any_of(places.begin(), places.end(), [](const auto& p) { return p.cls == Class::City && p.capital; });
  }
  /// An organization a person can be a member of (not a state, a news outlet or the UN).
  [[nodiscard]] bool isGroup(int m) const {
    if (mention(m).entity < 0) return false;
    const Class c = entityClass(m);
    return c == Class::Organization || c == Class::ArmedGroup || c == Class::GovernmentBody;
  }

  /// True when the title words name a post: not an honorific ("Mr.", "Dr."), not a bare rank.
  [[nodiscard]] bool isPost(std::uint32_t b, std::uint32_t e, bool& former) const {
    std::string phrase;
    for (auto t = b; t < e; ++t) {
      if (t > b) phrase.push_back(' ');
      phrase += word(t);
    }
    auto atoms = splitAtoms(foldKey(phrase));
    std::size_t i = 0;
    former = false;
    while (i < atoms.size() && gaz_.titleKind(atoms[i]) == Gazetteer::TitleKind::Modifier) {
      if (inListExact(kPastModifiers, atoms[i])) former = true;
      ++i;
    }
    std::string core;
    for (std::size_t j = i; j < atoms.size(); ++j) {
      if (j > i) core.push_back(' ');
      core += atoms[j];
    }
    const auto kind = gaz_.titleKind(core);
    if (!kind || *kind == Gazetteer::TitleKind::Honorific) return false;
    if (*kind == Gazetteer::TitleKind::Military) {
      return std::any_of(kMilitaryPosts.begin(), kMilitaryPosts.end(),
                         [&](std::string_view post) { return core.find(post) != std::string::npos; });
    }
    return true;
  }

  [[nodiscard]] std::optional<Phrase> parse(std::uint32_t k) const {
    if (k < sb_ || k >= se_) return std::nullopt;
    Phrase ph;
    ph.begin = k;
    std::uint32_t p = k;
    if (is(p, "the") || is(p, "a") || is(p, "an")) {
      ph.definite = is(p, "the");
      ++p;
    } else if (p > sb_ && word(p - 1) == "," && titleAt(p) > 0 && is(p + static_cast<std::uint32_t>(titleAt(p)), "of")) {
      // "X, leader of the Y party,": an apposition without an article names the one post.
      ph.definite = true;
    }
    std::uint32_t qualifierBegin = p;
    // "the group's military spokesman X": the organization the sentence, or the one before,
    // named last before it.
    if (ph.definite && inListExact(kGroupNouns, foldKey(word(p))) && inListExact(kPossessives, word(p + 1))) {
      const std::uint32_t q = p + 2;
      std::uint32_t t = q;
      while (t < se_ && titleAt(t) == 0 && inList(kQualifiers, word(t))) ++t;
      if (titleAt(t) > 0) {
        if (const int m = groupReference(k, foldKey(word(p))); m >= 0) {
          ph.owner = m;
          p = q;
          qualifierBegin = q;
        }
      }
    }
    // "the junta's spokesman, X", "the army's chief, X": a state body the text does not name.
    if (ph.definite && (is(p, "junta") || is(p, "army") || is(p, "military") || is(p, "government")) &&
        inListExact(kPossessives, word(p + 1)) && titleAt(p + 2) > 0 && startAt_[p] < 0) {
      ph.stateBody = word(p);
      p += 2;
      qualifierBegin = p;
    }
    // "the group and its spokesman, X": the owner is the organization "its" stands for.
    // Also "its jailed leader X", "its longtime commander Y": an adjective before the title.
    if (!ph.definite && (is(p, "its") || is(p, "their"))) {
      std::uint32_t q = p + 1;
      while (q < se_ && q < p + 3 && titleAt(q) == 0 && startAt_[q] < 0 && !isCapitalized(word(q)) &&
             (doc_.tokens[q].pos == "JJ" || doc_.tokens[q].pos == "VBN"))
        ++q;
      if (titleAt(q) > 0) {
        if (const int m = possessiveOwner(p); m >= 0) {
          ph.owner = m;
          ph.ownerByPronoun = true;
          qualifierBegin = q;
          p = q;
        }
      }
    }
    if (const int m = ph.owner < 0 && p < se_ ? startAt_[p] : -1; m >= 0) {
      // "Turkish Cypriot leader X", "Bosnian Serb leader Y", "Kosovo Serb politician Z": a
      // demonym after another demonym or a place names a community, not the state: no post of it.
      if (mention(m).demonym && p > sb_ && endAt_[p] >= 0) {
        const int before = endAt_[p];
        const Class bc = entityClass(before);
        if (mention(before).demonym || bc == Class::Country || bc == Class::Region) return std::nullopt;
      }
      // An owner in front of the title; a mention that itself starts with a title (a finder
      // reading "Minister for Information" as an organization) is read as the title.
      std::uint32_t q = mention(m).tokenEnd;
      if (inListExact(kPossessives, word(q))) ++q;
      qualifierBegin = q;
      while (q < se_ && titleAt(q) == 0 && inList(kQualifiers, word(q))) ++q;
      // "U.S. Mideast envoy X", "Chad's Sahel envoy X": a region the post is for, between the
      // owner and the title.
      if (q < se_ && titleAt(q) == 0 && startAt_[q] >= 0 && startAt_[q] != m) {
        const Class regionCls = entityClass(startAt_[q]);
        if (regionCls == Class::Region || regionCls == Class::Place) {
          const std::uint32_t after = mention(startAt_[q]).tokenEnd;
          if (after < se_ && titleAt(after) > 0) q = after;
        }
      }
      if (isOrg(m) && (titleAt(q) > 0 || is(q, "member"))) {
        ph.owner = m;
        p = q;
      } else if (titleAt(p) == 0) {
        return std::nullopt;
      }
    }
    std::size_t n = titleAt(p);
    if (n > 0 && !isPost(p, static_cast<std::uint32_t>(p + n), ph.former)) return std::nullopt;
    // "former Nigerian President X": the modifier stands before the owner, outside the phrase.
    if (ph.owner >= 0 && ph.begin > sb_ && inListExact(kPastModifiers, foldKey(word(ph.begin - 1)))) {
      ph.former = true;
      ph.formerBefore = true;
    }
    if (n == 0) {
      if (!is(p, "member")) return std::nullopt;
      ph.membership = true;
      n = 1;
    }
    // Qualifiers belong to the title as written: "junta chief", "delegation spokesperson".
    ph.titleBegin = ph.owner >= 0 && !ph.membership ? qualifierBegin : p;
    ph.titleEnd = static_cast<std::uint32_t>(p + n);
    p = ph.titleEnd;
    if (p < se_ && inListExact(kTitlePrepositions, word(p))) {
      std::uint32_t q = p + 1;
      if (is(q, "the")) ++q;
      // "the commander of the Kurdish-led Syrian Democratic Forces": a participle modifier.
      if (q < se_ && startAt_[q] < 0 && isLedModifier(word(q))) ++q;
      const int m = q < se_ ? startAt_[q] : -1;
      if (m >= 0 && isOrg(m)) {
        ph.ofOrg = m;
        // "envoy to Syria": the brief; "the group's representative at the UN": the venue.
        ph.ofIsFor = word(p) == "for" || word(p) == "to" || word(p) == "at";
        p = mention(m).tokenEnd;
        // "a spokesman for the Colombian army", "adviser to Chad's government": the state's own
        // bodies are the state.
        if (entityClass(m) == Class::Country) {
          static constexpr std::array<std::string_view, 7> kStateBodies = {"army",   "forces", "police", "authorities",
                                                                           "navy",   "air",    "force"};
          std::uint32_t r = p;
          if (r < se_ && inListExact(kPossessives, word(r))) ++r;
          const std::uint32_t bodyBegin = r;
          while (r < se_ && (inList(kQualifiers, word(r)) || inList(kStateBodies, word(r)))) ++r;
          if (r > bodyBegin) p = r;
        }
        // "... Forces (SDF)": the bracketed acronym belongs to the name.
        const auto acronym = [](std::string_view x) {
          return x.size() >= 2 && std::all_of(x.begin(), x.end(), [](unsigned char c) { return std::isupper(c) || std::isdigit(c); });
        };
        if (word(p) == "(" && p + 2 < se_ && word(p + 2) == ")" && (startAt_[p + 1] >= 0 || acronym(word(p + 1)))) p += 3;
        // "the Internal Security Operations Command Region 4": a numbered unit of the body.
        if (p + 2 <= se_ && isCapitalized(word(p)) && startAt_[p] < 0 && !word(p + 1).empty() &&
            std::all_of(word(p + 1).begin(), word(p + 1).end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            closesApposition(p + 2))
          p += 2;
        // "the head of the M23 delegation": the post is in the delegation, not over the group.
        if (word(p - 1) != "delegation" && (is(p, "delegation") || is(p, "team") || is(p, "negotiating"))) {
          if (is(p, "negotiating") && is(p + 1, "team")) ++p;
          ph.unit = is(p, "delegation") ? "delegation" : "team";
          ++p;
        }
      } else if (word(p) == "for" && ph.owner < 0 && ph.stateBody.empty() && stateBodyAfter(q) > q) {
        // "a spokesman for the police", "a spokesman for the Borno police command", "for the
        // army": a body of the state the text names no owner for.
        const std::uint32_t r = stateBodyAfter(q);
        ph.stateBody = word(r - 1) == "command" ? word(r - 2) : word(r - 1);
        p = r;
      } else if ((word(p) == "of" || word(p) == "for") && !ph.membership && q == p + 1 && complementHead(ph)) {
        std::uint32_t r = q;
        // "special envoy for Asian affairs": the brief may end in a lowercase "affairs".
        while (r < se_ && !(startAt_[r] >= 0 && isPerson(startAt_[r])) &&
               (isCapitalized(word(r)) || (word(r) == "and" && isCapitalized(word(r + 1)) && r > q) ||
                (word(r) == "affairs" && r > q)))
          ++r;
        if (r > q) {
          ph.titleEnd = r;
          p = r;
        }
      } else if (word(p) == "to") {
        // "a senior adviser to Prime Minister X": the person advised ends the phrase.
        std::uint32_t r = q;
        if (r < se_ && titleAt(r) > 0) r += static_cast<std::uint32_t>(titleAt(r));
        if (const int pm = r < se_ ? startAt_[r] : -1; pm >= 0 && isPerson(pm)) p = mention(pm).tokenEnd;
      }
    }
    ph.end = p;
    return ph;
  }

  /// Past "police", "army", "military" or "junta" at q, maybe after a place's name or "state"
  /// and before "command" ("the Borno police command", "the state police"); q when there is none.
  [[nodiscard]] std::uint32_t stateBodyAfter(std::uint32_t q) const {
    std::uint32_t r = q;
    if (r < se_ && (is(r, "state") || (startAt_[r] >= 0 && !isOrg(startAt_[r]) && !isPerson(startAt_[r]))))
      r = startAt_[r] >= 0 ? mention(startAt_[r]).tokenEnd : r + 1;
    if (r >= se_ || !(is(r, "police") || is(r, "army") || is(r, "military") || is(r, "junta")) || startAt_[r] >= 0) return q;
    ++r;
    if (r < se_ && is(r, "command")) ++r;
    return r;
  }

  /// The organization or country that "its"/"their" at word t stands for: one named right
  /// before it ("the RSF and its spokesman", "the RSF, its spokesman"), or, when a sentence
  /// opens with "Its", the first one the sentence before names (as a rule its subject) unless a
  /// person comes first there. -1 if none: in "accused the rebels and their spokesman", the
  /// rebels are no named organization, and an earlier name is not taken for them.
  /// The organization "the group" at word t stands for: the last one named before it in its
  /// sentence, else the last one of the sentence before; -1 when a person comes in between.
  /// A name with the noun in it ("the party": the Communist Party of X) comes before the others.
  [[nodiscard]] int groupReference(std::uint32_t t, std::string_view noun = {}) const {
    const auto org = [&](int m) { return m >= 0 && !mention(m).demonym && isGroup(m); };
    if (!noun.empty()) {
      const auto named = [&](int m) {
        if (!org(m)) return false;
        const auto atoms = splitAtoms(foldKey(doc_.slice(mention(m).span)));
        return std::find(atoms.begin(), atoms.end(), noun) != atoms.end();
      };
      if (const int m = lastMentionBefore(t, named, false); m >= 0) return m;
    }
    if (const int m = lastMentionBefore(t, org, true); m >= 0 || !(noun == "rebels" || noun == "militia" ||
                                                                   noun == "group" || noun == "movement"))
      return m;
    // "the rebels' leader" sentences after the rebels were named: the one armed group the
    // article has named so far.
    int only = -1;
    for (std::size_t m = 0; m < doc_.mentions.size() && doc_.mentions[m].tokenEnd <= t; ++m) {
      const int mi = static_cast<int>(m);
      if (!org(mi) || entityClass(mi) != Class::ArmedGroup) continue;
      if (only >= 0 && mention(only).entity != mention(mi).entity) return -1;
      only = mi;
    }
    return only;
  }

  /// The last mention `fits` accepts before word t in its sentence, else the last one of the
  /// sentence before; -1 when none, or (with `stopAtPerson`) when a person comes first going back.
  template <typename Fits>
  [[nodiscard]] int lastMentionBefore(std::uint32_t t, Fits fits, bool stopAtPerson) const {
    // Bounded, so that a run-on "sentence" of bad input stays linear.
    for (std::uint32_t q = t; q > sb_ && t - q < 80; --q) {
      if (const int m = endAt_[q]; fits(m)) return m;
      if (const int m = startAt_[q - 1]; stopAtPerson && m >= 0 && isPerson(m)) return -1;
    }
    if (sentence_ == 0 || t - sb_ >= 80) return -1;
    const Sentence& prev = doc_.sentences[sentence_ - 1];
    int found = -1;
    for (std::uint32_t q = prev.tokenEnd > prev.tokenBegin + 120 ? prev.tokenEnd - 120 : prev.tokenBegin;
         q < prev.tokenEnd && q < sb_; ++q) {
      if (const int m = startAt_[q]; fits(m)) found = m;
    }
    return found;
  }

  [[nodiscard]] int possessiveOwner(std::uint32_t t) const {
    // ("The NATO-led force, KFOR, ... Its commander": NATO only modifies.)
    const auto modifier = [&](int m) {
      const auto end = mention(m).span.end;
      return end < doc_.text().size() && doc_.text()[end] == '-';
    };
    const auto owner = [&](int m) { return m >= 0 && isOrg(m) && !mention(m).demonym && !modifier(m) ? m : -1; };
    std::uint32_t k = t;
    while (k > sb_ && k + 2 > t && (word(k - 1) == "and" || word(k - 1) == ",")) --k;
    if (k < t && k > sb_ && endAt_[k] >= 0) return owner(endAt_[k]);
    // "The Houthis confirmed on Saturday that their prime minister, X, ...": the sentence's
    // subject, a group or state, says it of itself.
    if (t > sb_ + 1 && is(t - 1, "that")) {
      const std::uint32_t first = is(sb_, "the") ? sb_ + 1 : sb_;
      const int m = startAt_[first];
      if (m < 0 || owner(m) < 0 || mention(m).tokenEnd + 8 < t) return -1;
      for (std::uint32_t q = mention(m).tokenEnd; q + 1 < t; ++q)
        if (startAt_[q] >= 0 || word(q) == "," || is(q, "that")) return -1;
      return m;
    }
    if (t != sb_ || sentence_ == 0 || !is(t, "its")) return -1;
    const Sentence& prev = doc_.sentences[sentence_ - 1];
    // (Nor is a name after a preposition the subject: "The force in Kosovo, KFOR, said".)
    const auto afterPreposition = [&](std::uint32_t q) {
      if (q == prev.tokenBegin) return false;
      const std::string before = foldKey(doc_.tokenText(q - 1));
      return before == "in" || before == "of" || before == "at" || before == "from" || before == "near" ||
             before == "on" || before == "for";
    };
    for (std::uint32_t q = prev.tokenBegin; q < prev.tokenEnd && q < sb_; ++q) {
      if (const int m = owner(startAt_[q]); m >= 0 && !afterPreposition(q)) return m;
      if (const int m = startAt_[q]; m >= 0 && isPerson(m)) return -1;
    }
    return -1;
  }

  [[nodiscard]] bool complementHead(const Phrase& ph) const {
    const auto atoms = splitAtoms(foldKey(word(ph.titleEnd - 1)));
    return !atoms.empty() && inListExact(kComplementHeads, atoms.back());
  }

  [[nodiscard]] std::string titleText(const Phrase& ph) const {
    if (ph.membership || ph.titleEnd <= ph.titleBegin) return {};
    // The segmenter keeps the period of an abbreviation ("Gen.") in its token: a period token
    // after the title ends the sentence ("Lopez, the secretary.") and is no part of it.
    std::uint32_t end = ph.titleEnd;
    while (end > ph.titleBegin + 1 && word(end - 1) == ".") --end;
    Span s{doc_.tokens[ph.titleBegin].span.begin, doc_.tokens[end - 1].span.end};
    return std::string(doc_.slice(s));
  }

  [[nodiscard]] bool closesApposition(std::uint32_t t) const {
    if (t >= se_ || inListExact(kClosers, word(t))) return true;
    // "X, leader of the Y party and Z's ally, said": a second description of the same kind.
    if (is(t, "and") && t + 1 < se_ && (startAt_[t + 1] >= 0 || isCapitalized(word(t + 1)))) {
      std::uint32_t k = startAt_[t + 1] >= 0 ? mention(startAt_[t + 1]).tokenEnd : t + 2;
      if (k < se_ && inListExact(kPossessives, word(k))) {
        ++k;
        for (std::uint32_t n = 0; n < 2 && k < se_ && startAt_[k] < 0 && !isCapitalized(word(k)) && word(k) != ","; ++n) ++k;
        return k < se_ && word(k) == ",";
      }
    }
    return false;
  }

  /// Appends the statement unless a membership names no group; returns whether it did.
  bool add(std::vector<RoleMention>& out, int person, const Phrase& ph, std::uint32_t b, std::uint32_t e,
           double confidence) const {
    RoleMention r;
    r.holder = mention(person).entity;
    r.title = ph.fixedTitle.empty() ? titleText(ph) : std::string(ph.fixedTitle);
    if (!ph.unit.empty() && !r.title.empty()) r.title += " of " + std::string(ph.unit);
    if (ph.formerBefore && !r.title.empty()) r.title = std::string(foldKey(word(ph.begin - 1))) + " " + r.title;
    r.titleKey = titleKeyOf(r.title);
    // "the UN envoy for Yemen": the owner in front employs; "for Yemen" is the brief.
    r.org = ph.ofOrg >= 0 && !(ph.ofIsFor && ph.owner >= 0) ? ph.ofOrg : ph.owner;
    r.stateBody = foldKey(ph.stateBody);
    r.orgByPreposition = ph.ofOrg >= 0 || ph.ownerByPronoun;
    r.definite = ph.definite || ph.ownerByPronoun;
    r.former = ph.former;
    r.membershipOnly = ph.membership;
    r.sentence = sentence_;
    r.tokenBegin = b;
    r.tokenEnd = e;
    r.confidence = confidence;
    if (r.membershipOnly && (r.org < 0 || !isGroup(r.org))) return false;
    out.push_back(std::move(r));
    return true;
  }

  /// "the KLF leader", "KLF's leader" in apposition to a name: the one who holds the post.
  [[nodiscard]] bool namesTheOneHolder(const Phrase& ph) const {
    if (ph.owner < 0 || ph.former) return false;
    return ph.definite || inListExact(kPossessives, word(mention(ph.owner).tokenEnd));
  }

  void addMembership(std::vector<RoleMention>& out, int person, int group, std::uint32_t e, double confidence) const {
    if (!isGroup(group)) return;
    Phrase ph;
    ph.membership = true;
    ph.ofOrg = group;
    (void)add(out, person, ph, mention(person).tokenBegin, e, confidence);
  }

  void findForPerson(int m, std::vector<RoleMention>& out) const {
    const std::uint32_t nameBegin = mention(m).tokenBegin;
    const std::uint32_t nameEnd = mention(m).tokenEnd;

    // Honorifics and bare ranks between a title and the name: "Foreign Minister Dr. Ali
    // Yousif", "army chief General Ali Karti".
    std::uint32_t b = nameBegin;
    const auto honorificOrRank = [&](std::uint32_t j, std::uint32_t e) {
      const auto kind = gaz_.titleKind(joined(j, e));
      bool former = false;
      return kind == Gazetteer::TitleKind::Honorific || (kind == Gazetteer::TitleKind::Military && !isPost(j, e, former));
    };
    for (bool moved = true; moved && b > sb_;) {
      moved = false;
      for (std::uint32_t j = b > sb_ + 3 ? b - 3 : sb_; j < b; ++j) {
        if (titleAt(j) == b - j && honorificOrRank(j, b)) {
          b = j;
          moved = true;
          break;
        }
        // "Junta leader Senior General X": a rank with "Senior" before it.
        if (j + 1 < b && is(j, "senior") && gaz_.titleKind(joined(j + 1, b)) == Gazetteer::TitleKind::Military &&
            honorificOrRank(j + 1, b)) {
          b = j;
          moved = true;
          break;
        }
      }
    }

    // Title + name: "Sudanese Foreign Minister Ali Yousif", "the head of the council Ali Karti".
    if (const auto ph = phraseEndingAt(b)) add(out, m, *ph, ph->begin, nameEnd, ph->owner >= 0 || ph->ofOrg >= 0 ? 0.85 : 0.8);

    // Title, name: "Kenya's president, William Ruto, said", "Niger's military leader, Gen. Abdou
    // Tchiani," (not after another name's apposition).
    if (b > sb_ && word(b - 1) == "," && !is(nameEnd, "and") && !is(nameEnd, "or")) {
      if (const auto ph = phraseEndingAt(b - 1);
          ph && (ph->owner >= 0 || ph->ofOrg >= 0 || ph->definite) && !ph->membership &&
          !(ph->begin > sb_ && word(ph->begin - 1) == "," && endAt_[ph->begin - 1] >= 0 && isPerson(endAt_[ph->begin - 1])))
        if (add(out, m, *ph, ph->begin, nameEnd, 0.75)) out.back().soleHolder = namesTheOneHolder(*ph);
    }

    // Name, apposition: "William Ruto, Kenya's president,", "Ali Karti, a member of the party,".
    if (word(nameEnd) == ",") {
      if (const auto ph = parse(nameEnd + 1); ph && closesApposition(ph->end)) {
        if (add(out, m, *ph, nameBegin, ph->end, 0.8)) out.back().soleHolder = namesTheOneHolder(*ph);
      } else if (ph && is(ph->end, "and") && ph->ofOrg < 0 && !ph->membership) {
        // "X, the Houthis' chief negotiator and spokesman,": two posts with one owner.
        Phrase second = *ph;
        const std::uint32_t t = ph->end + 1;
        const std::size_t n = titleAt(t);
        if (n > 0 && isPost(t, static_cast<std::uint32_t>(t + n), second.former) &&
            closesApposition(static_cast<std::uint32_t>(t + n))) {
          second.titleBegin = t;
          second.titleEnd = second.end = static_cast<std::uint32_t>(t + n);
          add(out, m, *ph, nameBegin, ph->end, 0.8);
          add(out, m, second, nameBegin, second.end, 0.8);
        }
      }
      if (is(nameEnd + 1, "one") && is(nameEnd + 2, "of")) oneOf(m, nameEnd + 3, out);
      // "X, who heads the Tigray Interim Administration,": X leads it (as "led by X" says).
      // "X, who is the head of the mission,": the post, as an apposition gives it.
      if (is(nameEnd + 1, "who")) {
        const std::uint32_t v = nameEnd + 2;
        if (is(v, "heads") || is(v, "leads") || is(v, "chairs") || is(v, "commands")) {
          const std::uint32_t q = is(v + 1, "the") ? v + 2 : v + 1;
          if (const int g = q < se_ ? startAt_[q] : -1; g >= 0 && isGroup(g)) {
            Phrase ph;
            ph.ofOrg = g;
            ph.definite = true;
            if (add(out, m, ph, nameBegin, mention(g).tokenEnd, 0.75)) out.back().leadership = true;
          }
        } else if (is(v, "is") || (is(v, "serves") && is(v + 1, "as"))) {
          const std::uint32_t q = is(v, "is") ? v + 1 : v + 2;
          if (const auto ph = parse(q); ph && closesApposition(ph->end)) add(out, m, *ph, nameBegin, ph->end, 0.75);
        }
      }
    }

    // "the movement, led by Ali Karti", "the RSF, commanded by General Ali Karti": the group is
    // the subject, not the object of a preposition ("a delegation from the movement, led by"),
    // except "between" and "against", whose objects are the sides themselves.
    std::uint32_t by = b;  // before the honorifics
    for (std::uint32_t j = by > sb_ + 3 ? by - 3 : sb_; j < by; ++j) {
      if (titleAt(j) == by - j) {  // a rank or title: "led by General Ali Karti"
        by = j;
        break;
      }
    }
    if (by >= sb_ + 3 && is(by - 1, "by") &&
        (is(by - 2, "led") || is(by - 2, "commanded") || is(by - 2, "headed"))) {
      std::uint32_t e = word(by - 3) == "," ? by - 3 : by - 2;
      // "the Rapid Support Forces (RSF), commanded by": the name before the bracketed acronym.
      if (e >= sb_ + 3 && word(e - 1) == ")" && word(e - 3) == "(") e -= 3;
      // "the Gran Grif gang, led by": the name before the kind of group.
      for (int guard = 0; guard < 2 && e >= sb_ + 2 && endAt_[e] < 0; ++guard) {
        if (!(inListExact(kGroupNouns, foldKey(word(e - 1))) || is(e - 1, "gang") || is(e - 1, "faction") ||
              is(e - 1, "coalition")))
          break;
        --e;  // "the Viv Ansanm gang coalition, led by"
      }
      // "ruled by a military junta led by General X": X leads the junta's state.
      if (e > sb_ && endAt_[e] < 0 && is(e - 1, "junta")) {
        Phrase ph;
        ph.stateBody = word(e - 1);
        ph.definite = true;
        if (add(out, m, ph, e - 1, nameEnd, 0.7)) out.back().leadership = true;
      }
      if (const int g = e > sb_ ? endAt_[e] : -1; g >= 0 && isGroup(g)) {
        std::uint32_t before = mention(g).tokenBegin;
        if (before > sb_ && is(before - 1, "the")) --before;
        // "between A, led by X, and B, commanded by Y": B is a side too.
        bool betweenSides = is(before - 1, "between") || is(before - 1, "against");
        if (is(before - 1, "and")) {
          for (std::uint32_t k = before - 1; k > sb_ && before - k < 25 && !betweenSides; --k) betweenSides = is(k - 1, "between");
        }
        if (before == sb_ || !inList(kPrepositions, word(before - 1)) || betweenSides) {
          Phrase ph;
          ph.ofOrg = g;
          ph.definite = true;
          if (add(out, m, ph, mention(g).tokenBegin, nameEnd, 0.75)) out.back().leadership = true;
        }
      }
    }

    // "The Zotik delegation was led by X", "the Zotik delegation, headed by X": X heads the
    // delegation of the state or group named before it. Not when the text gives X a title there
    // ("led by Defence Minister X"): that title is the post; leading the delegation is what X
    // does at these talks, not a second post.
    if (by == b && by >= sb_ + 4 && is(by - 1, "by") && (is(by - 2, "led") || is(by - 2, "headed"))) {
      std::uint32_t d = by - 3;
      if (is(d, "was") || is(d, "is") || word(d) == ",") --d;
      if (d > sb_ && (is(d, "delegation") || is(d, "team"))) {
        std::uint32_t e = d;
        if (e > sb_ && is(e - 1, "negotiating")) --e;
        if (e > sb_ && (word(e - 1) == "'s" || word(e - 1) == "\u2019s")) --e;
        if (const int g = endAt_[e]; g >= 0 && isOrg(g)) {
          Phrase ph;
          ph.ofOrg = g;
          ph.definite = true;
          ph.fixedTitle = "head";
          ph.unit = is(d, "team") ? "team" : "delegation";
          (void)add(out, m, ph, mention(g).tokenBegin, nameEnd, 0.75);
        }
      }
    }

    // "Ali Karti of the National Congress Party", "Ali Karti joined the party".
    if (word(nameEnd) == "of") {
      const std::uint32_t q = is(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1;
      if (const int g = q < se_ ? startAt_[q] : -1; g >= 0 && !inListExact(kPossessives, word(mention(g).tokenEnd)))
        addMembership(out, m, g, mention(g).tokenEnd, 0.7);
    }
    std::uint32_t v = nameEnd;
    if (is(v, "has") || is(v, "had") || is(v, "later") || is(v, "recently") || is(v, "formally")) ++v;
    if (is(v, "joined")) {
      const std::uint32_t q = is(v + 1, "the") ? v + 2 : v + 1;
      if (const int g = q < se_ ? startAt_[q] : -1; g >= 0) addMembership(out, m, g, mention(g).tokenEnd, 0.7);
    }
  }

  /// "one of the leaders of X", "one of X's commanders" (t is after "one of").
  void oneOf(int person, std::uint32_t t, std::vector<RoleMention>& out) const {
    if (is(t, "the") && inListExact(kGroupPlurals, foldKey(word(t + 1))) && is(t + 2, "of")) {
      const std::uint32_t q = is(t + 3, "the") ? t + 4 : t + 3;
      if (const int g = q < se_ ? startAt_[q] : -1; g >= 0 && closesApposition(mention(g).tokenEnd))
        addMembership(out, person, g, mention(g).tokenEnd, 0.75);
      return;
    }
    const std::uint32_t q = is(t, "the") ? t + 1 : t;
    if (const int g = q < se_ ? startAt_[q] : -1; g >= 0) {
      const std::uint32_t e = mention(g).tokenEnd;
      if (inListExact(kPossessives, word(e)) && inListExact(kGroupPlurals, foldKey(word(e + 1))))
        addMembership(out, person, g, e + 2, 0.75);
    }
  }

  /// The longest title phrase that ends right before token `e` (searching a few words back).
  [[nodiscard]] std::optional<Phrase> phraseEndingAt(std::uint32_t e) const {
    const std::uint32_t from = e > sb_ + 12 ? e - 12 : sb_;
    for (std::uint32_t k = from; k < e; ++k) {
      if (const auto ph = parse(k); ph && ph->end == e) return ph;
    }
    return std::nullopt;
  }

  [[nodiscard]] std::string joined(std::uint32_t b, std::uint32_t e) const {
    std::string s;
    for (auto t = b; t < e; ++t) {
      if (t > b) s.push_back(' ');
      s += word(t);
    }
    return s;
  }

  const Document& doc_;
  const Gazetteer& gaz_;
  const std::vector<int>& startAt_;  // token -> mention starting there
  const std::vector<int>& endAt_;    // token -> mention ending right before it
  std::size_t sentence_ = 0;
  std::uint32_t sb_ = 0;
  std::uint32_t se_ = 0;
  std::vector<std::string_view> words_;
};

std::vector<RoleMention> findRoleMentions(const Document& doc, const Gazetteer& gaz) {
  const RoleIndex::MentionBounds bounds(doc);
  return RoleFinder(doc, gaz, bounds).findAll();
}

RoleIndex::RoleIndex(const Document& doc, const Gazetteer& gaz)
    : doc_(doc), gaz_(gaz), bounds_(doc), mentions_(RoleFinder(doc, gaz, bounds_).findAll()) {}

std::optional<int> RoleIndex::holderOf(std::string_view titleKey, int orgEntity) const {
  const auto lastAtom = [](std::string_view key) {
    const auto sp = key.rfind(' ');
    return sp == std::string_view::npos ? key : key.substr(sp + 1);
  };
  const bool headOnly = titleKey.find(' ') == std::string_view::npos;
  const auto orgOf = [&](const RoleMention& r) {
    return r.org >= 0 ? doc_.mentions[static_cast<std::size_t>(r.org)].entity : -1;
  };
  // Exact titles first; a bare head word ("the minister") only when no exact title matches.
  for (const bool exact : {true, false}) {
    if (!exact && !headOnly) break;
    std::vector<int> holders;
    std::vector<int> sameOrg;
    for (const auto& r : mentions_) {
      if (r.former || r.membershipOnly) continue;
      if (exact ? r.titleKey != titleKey : lastAtom(r.titleKey) != titleKey) continue;
      const int org = orgOf(r);
      if (orgEntity >= 0 && org >= 0 && org != orgEntity) continue;
      if (std::find(holders.begin(), holders.end(), r.holder) == holders.end()) holders.push_back(r.holder);
      if (orgEntity >= 0 && org == orgEntity && std::find(sameOrg.begin(), sameOrg.end(), r.holder) == sameOrg.end())
        sameOrg.push_back(r.holder);
    }
    if (sameOrg.size() == 1) return sameOrg.front();
    if (holders.size() == 1) return holders.front();
    if (!holders.empty()) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<RoleIndex::Resolution> RoleIndex::resolveAt(std::uint32_t t) const {
  RoleFinder finder(doc_, gaz_, bounds_);
  const auto d = finder.describeAt(t);
  if (!d) return std::nullopt;
  auto holder = holderOf(d->titleKey, d->orgEntity);
  if (!holder) {
    // Several holders in the article: the one named before the description, if only one was.
    std::vector<int> before;
    for (const auto& r : mentions_) {
      if (r.tokenEnd > t || r.former || r.membershipOnly || r.titleKey != d->titleKey) continue;
      const int org = r.org >= 0 ? doc_.mentions[static_cast<std::size_t>(r.org)].entity : -1;
      if (d->orgEntity >= 0 && org >= 0 && org != d->orgEntity) continue;
      if (std::find(before.begin(), before.end(), r.holder) == before.end()) before.push_back(r.holder);
    }
    if (before.size() != 1) return std::nullopt;
    holder = before.front();
  }
  return Resolution{*holder, d->begin, d->end};
}

}  // namespace ng
