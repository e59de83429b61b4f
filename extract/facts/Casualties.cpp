#include "extract/facts/Casualties.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/TextNorm.h"
#include "extract/facts/DateResolver.h"

namespace ng {

namespace {

using onto::Class;
using onto::Prop;

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return inWordList(list, w);
}

/// A number as written: "17", "1,200", "four", "twenty"; nullopt when the word is none.
std::optional<long> numberOf(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kSmall = {
      "zero",   "one",     "two",     "three",     "four",     "five",    "six",     "seven",     "eight",    "nine",
      "ten",    "eleven",  "twelve",  "thirteen",  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                            "sixty",  "seventy", "eighty", "ninety"};
  // Asked of every word: the number words are hashed, not compared one by one.
  static const auto kWords = [] {
    std::unordered_map<std::string_view, long> out;
    for (std::size_t i = 0; i < kSmall.size(); ++i) out.emplace(kSmall[i], static_cast<long>(i));
    for (std::size_t i = 0; i < kTens.size(); ++i) out.emplace(kTens[i], static_cast<long>(20 + 10 * i));
    out.emplace("dozen", 12);
    return out;
  }();
  if (const auto it = kWords.find(w); it != kWords.end()) return it->second;
  // "twenty-seven"
  if (const auto dash = w.find('-'); dash != std::string_view::npos && dash > 0) {
    for (std::size_t i = 0; i < kTens.size(); ++i) {
      if (w.substr(0, dash) != kTens[i]) continue;
      const auto unit = w.substr(dash + 1);
      for (std::size_t u = 1; u < 10; ++u)
        if (unit == kSmall[u]) return static_cast<long>(20 + 10 * i + u);
    }
    return std::nullopt;
  }
  if (w.empty() || !std::isdigit(static_cast<unsigned char>(w.front()))) return std::nullopt;
  long n = 0;
  int digits = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      n = n * 10 + (c - '0');
      if (++digits > 9) return std::nullopt;
    } else if (c == ',' && i > 0) {
      continue;
    } else {
      return std::nullopt;  // "38%", "2,670-kilometer", "1.4"
    }
  }
  return n;
}

bool isVague(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kWords = {"dozens", "hundreds", "scores", "thousands",
                                                             "several", "many",    "tens"};
  return in(kWords, w);
}

enum class Kind { Killed, Wounded };

std::optional<Kind> casualtyWord(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kKilled = {"killed", "dead",   "died",      "deaths",
                                                              "death",  "perished", "fatalities", "slain"};
  static constexpr std::array<std::string_view, 5> kWounded = {"wounded", "injured", "hurt", "injuries", "maimed"};
  if (in(kKilled, w)) return Kind::Killed;
  if (in(kWounded, w)) return Kind::Wounded;
  return std::nullopt;
}

/// People of a faith, compared lowercase ("Christians", "Muslims"): victims as written.
bool isFaithNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kFaiths = {"christians", "muslims", "hindus", "jews", "sikhs", "buddhists"};
  return in(kFaiths, w);
}

bool isVictimNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 100> kWords = {
      "civilians", "soldiers", "people",     "persons",   "fighters",  "militants",  "troops",
      "policemen", "police",   "officers",   "children",  "women",     "men",        "workers",
      "students",  "migrants", "refugees",   "protesters", "members",  "personnel", "insurgents",
      "rebels",    "servicemen", "guards",   "residents", "villagers", "tourists",   "pilgrims",
      "worshippers", "passengers", "journalists", "doctors", "farmers", "miners", "peacekeepers",
      "demonstrators", "gunmen", "sailors", "seafarers", "crew", "scientists", "bandits", "jihadists",
      "attackers", "assailants", "officials", "commanders", "medics", "paramedics", "nurses", "teachers",
      "hostages", "detainees", "prisoners", "settlers", "herders", "fishermen", "infants", "rangers",
      "paramilitaries", "militiamen", "guerrillas", "gendarmes", "marines", "conscripts", "recruits",
      "volunteers", "contractors", "employees", "citizens", "pedestrians", "girls", "boys", "babies", "adults",
      "combatants", "separatists", "extremists", "terrorists", "agents", "wardens", "firefighters",
      "inmates", "guests", "mourners", "shoppers", "commuters", "voters", "spectators", "fans", "bystanders",
      "activists", "cadets", "monks", "priests", "nuns", "truckers", "drivers", "traders", "patients"};
  return in(kWords, w) || isFaithNoun(w);
}

/// The singular of a victim noun, for a count of one: "one soldier was killed".
bool isVictimSingular(std::string_view w) {
  static constexpr std::array<std::string_view, 55> kWords = {
      "civilian", "soldier", "person",   "fighter",  "militant",  "policeman", "officer",   "child",
      "woman",    "man",     "worker",   "student",  "migrant",   "refugee",   "protester", "member",
      "insurgent", "rebel",  "guard",    "resident", "villager",  "tourist",   "journalist", "doctor",
      "farmer",   "peacekeeper", "sailor", "scientist", "official", "commander", "medic",    "nurse",
      "teacher",  "hostage", "detainee", "prisoner", "ranger", "paramilitary", "militiaman", "guerrilla",
      "gendarme", "marine", "conscript", "volunteer", "contractor", "employee", "citizen", "pedestrian", "girl",
      "boy", "baby", "combatant", "separatist", "agent", "firefighter"};
  return in(kWords, w);
}

struct Figure {
  std::uint32_t at = 0;      ///< first token of the figure
  std::uint32_t end = 0;     ///< one past the casualty word
  std::optional<long> value; ///< absent for "dozens", "hundreds"
  Kind kind = Kind::Killed;
  std::string victims;
  std::optional<std::uint32_t> side;
  bool others = false;       ///< "five others wounded": same victims as the figure before
  bool passive = false;      ///< the casualty word comes after the victims ("were killed")
};

struct Group {
  std::optional<long> killed, wounded;
  bool hasKilled = false, hasWounded = false;
  std::string victims;
  std::optional<std::uint32_t> side;
  std::uint32_t at = 0, end = 0;
};

class CasualtyReader {
 public:
  CasualtyReader(ActorResolver& actors, const std::vector<std::vector<SentenceEvent>>& events)
      : actors_(actors), sink_(actors.sink()), doc_(actors.sink().doc()), events_(events) {}

  void run() {
    // Headings last: a headline's figures ("US strike kills 11") that a sentence of the body
    // gives too are that count, told again, not a second one.
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s)
      if (!doc_.sentences[s].heading) readSentence(s);
    headings_ = true;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s)
      if (doc_.sentences[s].heading) readSentence(s);
  }

 private:
  [[nodiscard]] std::string_view lw(std::uint32_t t) const {
    return t >= tb_ && t < te_ ? sink_.lowerTokenText(t) : std::string_view();
  }

  /// A victim noun as the figure names it: lowercase, except a people of a faith written
  /// capitalized ("11 Christians").
  [[nodiscard]] std::string victimWord(std::uint32_t t) const {
    const std::string_view text = doc_.tokenText(t);
    if (!text.empty() && std::isupper(static_cast<unsigned char>(text.front())) && isFaithNoun(lw(t))) return std::string(text);
    return std::string(lw(t));
  }

  /// A figure at token t: "at least 17 civilians were killed", "five others wounded",
  /// "23 Chadian soldiers dead", "73 lives lost", "killed three Sudanese civilians".
  std::optional<Figure> figureAt(std::uint32_t t) {
    Figure f;
    f.at = t;
    std::uint32_t k = t;
    const auto w = lw(k);
    // "No one was injured", "not one soldier died": nobody counted.
    if (t > tb_ && (lw(t - 1) == "no" || lw(t - 1) == "not")) return std::nullopt;
    // "A Kenyan police officer was killed", "another officer was wounded": one victim.
    const bool one = w == "a" || w == "an" || w == "another";
    if (one) f.value = 1;
    else if (auto n = numberOf(w)) f.value = n;
    else if (!isVague(w)) return std::nullopt;
    ++k;
    // "two hundred", "3 thousand".
    if (f.value && (lw(k) == "hundred" || lw(k) == "thousand")) f.value = *f.value * (lw(k++) == "hundred" ? 100 : 1000);
    if (lw(k) == "of" && !f.value) ++k;  // "dozens of people"
    // "23 of its soldiers", "five of them".
    if (lw(k) == "of" && f.value && (lw(k + 1) == "its" || lw(k + 1) == "their" || lw(k + 1) == "our" ||
                                     lw(k + 1) == "the" || lw(k + 1) == "them"))
      k += 2;
    // Victims: "[Sudanese] civilians", "others", "people".
    bool lives = false;
    for (int guard = 0; guard < 3 && k < te_; ++guard) {
      if (const int m = actors_.mentionAtToken(k); m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].demonym) {
        if (auto a = actors_.actorOfMention(m, false)) f.side = *a;
        k = std::max(k + 1, doc_.mentions[static_cast<std::size_t>(m)].tokenEnd);
        continue;
      }
      if (isVictimNoun(lw(k)) || (f.value == 1 && isVictimSingular(lw(k)))) {
        f.victims = victimWord(k++);
        // "two crew members", "one aid worker": a noun before the victim noun is part of it.
        if (isVictimNoun(lw(k)) || (f.value == 1 && isVictimSingular(lw(k)))) f.victims += " " + victimWord(k++);
        break;
      }
      // "six nuclear scientists", "15 suspected militants", "three aid workers": one modifier.
      if ((isVictimNoun(lw(k + 1)) || (f.value == 1 && isVictimSingular(lw(k + 1)))) &&
          (doc_.tokens[k].pos.starts_with("JJ") || doc_.tokens[k].pos == "VBN" || doc_.tokens[k].pos == "NN")) {
        ++k;
        continue;
      }
      if (lw(k) == "others" || lw(k) == "more") {
        f.others = true;
        ++k;
        break;
      }
      if (lw(k) == "lives") {
        lives = true;
        ++k;
        break;
      }
      if (lw(k) == "security" || lw(k) == "local" || lw(k) == "innocent" || lw(k) == "unarmed") {
        ++k;
        continue;
      }
      break;
    }
    // "two suspected members of the NPA were killed": whose members they were.
    if (!f.victims.empty() && lw(k) == "of" && k + 1 < te_) {
      std::uint32_t c = lw(k + 1) == "the" ? k + 2 : k + 1;
      if (const int m = actors_.mentionAtToken(c); m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].tokenBegin == c) {
        k = std::max(c + 1, doc_.mentions[static_cast<std::size_t>(m)].tokenEnd);
        if (lw(k) == "(" && lw(k + 2) == ")") k += 3;  // "of the New People's Army (NPA)"
      }
    }
    // "Thirteen peacekeepers from South Africa, Malawi and Uruguay have been killed": where the
    // victims came from (names, commas and "and") stands between them and the verb.
    if (!f.victims.empty() && lw(k) == "from" && k + 1 < te_ && actors_.mentionAtToken(k + 1) >= 0) {
      std::uint32_t c = k + 1;
      int named = 0;
      while (c < te_ && c < k + 16) {
        if (const int m = actors_.mentionAtToken(c); m >= 0) {
          ++named;
          c = std::max(c + 1, doc_.mentions[static_cast<std::size_t>(m)].tokenEnd);
        } else if (lw(c) == "," || lw(c) == "and") {
          ++c;
        } else {
          break;
        }
      }
      if (named == 1 && !f.side) {
        if (auto a = actors_.actorOfMention(actors_.mentionAtToken(k + 1), false)) f.side = *a;
      }
      k = c;
    }
    // "At least nine people, including three soldiers, were killed": the inserted figure is
    // part of the count, not the count.
    // Also "At least 35 people, most of them civilians, have been killed".
    const bool ofThem = (lw(k + 1) == "most" || lw(k + 1) == "many" || lw(k + 1) == "all" || lw(k + 1) == "some") &&
                        lw(k + 2) == "of" && lw(k + 3) == "them";
    // "At least 38 people, mostly civilians, have been killed".
    const bool mostly = lw(k + 1) == "mostly" || lw(k + 1) == "mainly" || lw(k + 1) == "largely" || lw(k + 1) == "chiefly";
    if (lw(k) == "," && (lw(k + 1) == "including" || ofThem || mostly)) {
      std::uint32_t c = k + 2;
      while (c < te_ && c < k + 12 && lw(c) != ",") ++c;
      if (lw(c) == ",") k = c + 1;
    }
    // Then the casualty word, maybe after an auxiliary: "were killed", "have been wounded".
    static constexpr std::array<std::string_view, 10> kAux = {"were",  "was",  "have", "has",   "had",
                                                              "been",  "are",  "reportedly", "also", "later"};
    // Victims no list names, told by the passive after them: "52 social leaders had been
    // killed", "40 activists were wounded" (a plural noun, at most one modifier before it).
    if (f.victims.empty() && !f.others && !lives && k < te_) {
      std::uint32_t j = k;
      const auto plural = [&](std::uint32_t u) {
        return u < te_ && doc_.tokens[u].pos == "NNS" && std::islower(static_cast<unsigned char>(doc_.tokenText(u).front()));
      };
      if (!plural(j) && (doc_.tokens[j].pos.starts_with("JJ") || doc_.tokens[j].pos == "NN") && plural(j + 1)) ++j;
      static constexpr std::array<std::string_view, 8> kTimes = {"seconds", "minutes", "hours", "days",
                                                                 "weeks",   "months",  "years", "decades"};
      if (plural(j) && !in(kTimes, lw(j))) {
        std::uint32_t a = j + 1;
        int aux = 0;
        for (; aux < 4 && in(kAux, lw(a)); ++aux) ++a;
        const auto word = lw(a);
        if (aux > 0 && (word == "killed" || word == "wounded" || word == "injured" || word == "slain")) {
          f.victims = victimWord(j);
          k = j + 1;
        }
      }
    }
    // "21 passengers and four soldiers were killed": the verb after the next figure counts both.
    if (!f.victims.empty() && lw(k) == "and" && !probing_ && !one) {
      probing_ = true;
      auto next = figureAt(k + 1);
      // "20 Indian soldiers and at least four Chinese soldiers were killed".
      for (std::uint32_t q = k + 2; !next && q <= k + 3 && q < te_; ++q)
        if (beforeQuantifier(q) == k + 1) next = figureAt(q);
      probing_ = false;
      if (next && next->passive) {
        f.kind = next->kind;
        f.end = k;
        return f;
      }
    }
    const std::uint32_t beforeAux = k;
    for (int guard = 0; guard < 4 && in(kAux, lw(k)); ++guard) ++k;
    if (one) {
      // Only the passive, right after the victim: "a soldier was killed".
      if (f.victims.empty() || k == beforeAux || (lw(beforeAux) != "was" && lw(beforeAux) != "has")) return std::nullopt;
      const auto kind = casualtyWord(lw(k));
      if (!kind || lw(k) == "death" || lw(k) == "deaths" || lw(k) == "fatalities") return std::nullopt;
      f.kind = *kind;
      f.end = k + 1;
      f.passive = true;
      return f;
    }
    if (lives && (lw(k) == "lost" || lw(k) == "claimed")) {
      f.kind = Kind::Killed;
      f.end = k + 1;
      return f;
    }
    if (auto kind = casualtyWord(lw(k))) {
      f.kind = *kind;
      f.end = k + 1;
      f.passive = true;
      return f;
    }
    // "Four soldiers were among the dead", "two children were among those killed".
    if (!f.victims.empty() && k > beforeAux && lw(k) == "among") {
      std::uint32_t c = k + 1;
      if (lw(c) == "the" || lw(c) == "those") ++c;
      if (auto kind = casualtyWord(lw(c)); kind && lw(c) != "death" && lw(c) != "deaths") {
        f.kind = *kind;
        f.end = c + 1;
        f.passive = true;
        return f;
      }
    }
    // Active: "killed three civilians", "killing 12 people", "wounding 40".
    const std::uint32_t v = beforeQuantifier(t);
    const auto verb = lw(v - 1);
    // "beheaded at least 30 civilians", "executed five prisoners": killings too.
    static constexpr std::array<std::string_view, 11> kKill = {"killed",    "killing",   "kills",      "beheaded",
                                                               "beheading", "executed",  "executing",  "massacred",
                                                               "massacring", "slaughtered", "slaughtering"};
    static constexpr std::array<std::string_view, 6> kWound = {"wounded", "wounding", "injured", "injuring", "injures", "wounds"};
    // "shot dead three soldiers" kills as "killed" does.
    const bool shotDead = verb == "dead" && v > tb_ + 1 && (lw(v - 2) == "shot" || lw(v - 2) == "shooting");
    // "killed 21 passengers and four soldiers": the second figure of the verb's list.
    const bool chained = verb == "and" && v >= 1 && chainAnd_ == v - 1 && !f.victims.empty();
    if (v > tb_ && (in(kKill, verb) || in(kWound, verb) || shotDead || chained) && (f.value || !f.victims.empty())) {
      // "injured more than 70 on Saturday": a preposition after the figure ends it too.
      // ("injured 73 others early on Wednesday": "others" are the victims, an adverb may follow.)
      const bool ends = k >= te_ || lw(k) == "." || lw(k) == "," || lw(k) == "and" || doc_.tokens[k].pos == "IN" ||
                        doc_.tokens[k].pos.starts_with("RB");
      if (!f.victims.empty() || f.side || f.others || ends) {
        f.kind = chained ? chainKind_ : in(kKill, verb) || shotDead ? Kind::Killed : Kind::Wounded;
        f.end = k;
        return f;
      }
    }
    // "the death toll (from the strike) has risen to at least 165", "a death toll of 40".
    if (v > tb_ && f.value && (verb == "to" || verb == "at" || verb == "of")) {
      for (std::uint32_t j = v - 1; j > tb_ && v - j < 20; --j) {
        if (lw(j - 1) == "toll") {
          f.kind = Kind::Killed;
          f.end = k;
          return f;
        }
        // (A day is no figure: "the death toll since October 7 had risen to".)
        const bool day = j >= tb_ + 2 && monthNumber(doc_.tokenText(j - 2)) > 0;
        if ((numberOf(lw(j - 1)) && !day) || lw(j - 1) == "," || lw(j - 1) == ";") break;
      }
    }
    return std::nullopt;
  }

  /// The first token of a quantifier before the number at t ("at least", "more than", "nearly",
  /// "an estimated", "as many as"), or t when there is none.
  [[nodiscard]] std::uint32_t beforeQuantifier(std::uint32_t t) const {
    const auto at = [&](std::uint32_t back) { return t >= tb_ + back ? lw(t - back) : std::string_view(); };
    if (at(3) == "as" && at(2) == "many" && at(1) == "as") return t - 3;
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kTwo = {{
        {"at", "least"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"close", "to"}, {"up", "to"},
        {"an", "estimated"}}};
    for (const auto& [a, b] : kTwo) {
      if (at(2) == a && at(1) == b) return t - 2;
    }
    static constexpr std::array<std::string_view, 8> kOne = {"over",   "nearly",  "almost",  "about",
                                                             "around", "some",    "roughly", "approximately"};
    if (in(kOne, at(1))) return t - 1;
    return t;
  }

  void readSentence(std::size_t s) {
    const Sentence& sen = doc_.sentences[s];
    tb_ = sen.tokenBegin;
    te_ = sen.tokenEnd;

    std::vector<Figure> figures;
    chainAnd_ = kNoAnd;
    for (auto t = tb_; t < te_; ++t) {
      if (auto f = figureAt(t)) {
        figures.push_back(*f);
        t = std::max(t, f->end > 0 ? f->end - 1 : t);
        chainAnd_ = !f->passive && lw(f->end) == "and" ? f->end : kNoAnd;
        chainKind_ = f->kind;
      }
    }
    if (figures.empty()) return;

    // Group figures: a figure naming new victims, or filling a slot already filled, starts a
    // new count; "and 346 injured", "five others wounded" complete the one before.
    std::vector<Group> groups;
    for (const auto& f : figures) {
      bool fresh = groups.empty();
      if (!fresh) {
        const Group& g = groups.back();
        const bool slotTaken = f.kind == Kind::Killed ? g.hasKilled : g.hasWounded;
        const bool newVictims = !f.others && !f.victims.empty() && !g.victims.empty() && f.victims != g.victims;
        const bool newSide = f.side && g.side && *f.side != *g.side;
        fresh = slotTaken || newVictims || newSide || f.at - g.end > 8;
      }
      if (fresh) {
        groups.emplace_back();
        groups.back().at = f.at;
      }
      Group& g = groups.back();
      if (f.kind == Kind::Killed) {
        g.hasKilled = true;
        g.killed = f.value;
      } else {
        g.hasWounded = true;
        g.wounded = f.value;
      }
      if (g.victims.empty()) g.victims = f.victims;
      if (!g.side) g.side = f.side;
      g.end = f.end;
    }

    const auto sideAfter = sidePhrase();
    const auto sentenceSource = reporter(figures.front().at, tb_, te_);
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& g = groups[gi];
      // Each count by its own source when the text gives one: "X said 23 were killed, while Y
      // said nine died"; else the sentence's ("The UN said 30 were killed, alongside 8 ...").
      auto source = groups.size() == 1 ? sentenceSource
                                       : reporter(g.at, gi > 0 ? groups[gi - 1].end : tb_,
                                                  gi + 1 < groups.size() ? groups[gi + 1].at : te_);
      if (!source) source = sentenceSource;
      if (!g.killed && !g.wounded) continue;  // "dozens dead and hundreds wounded": no number
      const std::pair<long long, long long> figures{g.killed.value_or(-1), g.wounded.value_or(-1)};
      if (headings_ && counted_.contains(figures)) continue;
      counted_.insert(figures);
      std::string label;
      if (g.killed) label = std::to_string(*g.killed) + " killed";
      if (g.wounded) label += (label.empty() ? "" : ", ") + std::to_string(*g.wounded) + " wounded";
      const bool partial = (g.hasKilled && !g.killed) || (g.hasWounded && !g.wounded);
      const auto node = sink_.addFact(Class::CasualtyCount, label, s, partial ? 0.7 : (source ? 0.85 : 0.8), "casualties");
      if (g.killed) sink_.addEdge(node, Prop::killed, Literal{std::to_string(*g.killed), Literal::Type::Integer});
      if (g.wounded) sink_.addEdge(node, Prop::wounded, Literal{std::to_string(*g.wounded), Literal::Type::Integer});
      if (!g.victims.empty()) sink_.addEdge(node, Prop::victims, Literal{g.victims, Literal::Type::String});
      if (g.side) sink_.addEdge(node, Prop::side, *g.side);
      else if (sideAfter && sideAfter->first >= g.end && groups.size() == 1) sink_.addEdge(node, Prop::side, sideAfter->second);
      if (source) sink_.addEdge(node, Prop::reportedBy, *source);
      if (auto ev = eventOf(s, g)) sink_.addEdge(node, Prop::ofEvent, *ev);
    }
  }

  /// "on the Sudanese side": the side of the victims stated after the figures.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> sidePhrase() {
    for (auto t = tb_; t + 2 < te_; ++t) {
      if (lw(t) != "on" || lw(t + 1) != "the") continue;
      const int m = actors_.mentionAtToken(t + 2);
      if (m < 0) continue;
      const auto end = doc_.mentions[static_cast<std::size_t>(m)].tokenEnd;
      if (lw(end) != "side") continue;
      if (auto a = actors_.actorOfMention(m, true); a && sink_.graph().nodes[*a].cls == Class::Country)
        return std::make_pair(t, *a);
    }
    return std::nullopt;
  }

  /// Who reports the figures: "according to X", "X said", "X reported that", "citing X",
  /// "The United Nations has tallied", "the mission documented" (a recently named mission).
  std::optional<std::uint32_t> reporter(std::uint32_t firstFigure, std::uint32_t from, std::uint32_t to) {
    for (auto t = from; t + 2 < to; ++t) {
      if ((lw(t) == "according" && lw(t + 1) == "to") || lw(t) == "citing" || (lw(t) == "per" && t > tb_ && lw(t - 1) == ",")) {
        const auto start = lw(t) == "according" ? t + 2 : t + 1;
        for (auto k = start; k < te_ && k < start + 4; ++k) {
          if (const int m = actors_.mentionAtToken(k); m >= 0) {
            if (auto a = actors_.actorOfMention(m, true)) return a;
            break;
          }
        }
      }
    }
    static constexpr std::array<std::string_view, 17> kVerbs = {
        "said",      "says",      "reported", "reports",   "documented", "recorded",  "tallied",  "confirmed", "stated",
        "announced", "estimated", "counted",  "indicated", "noted",      "told",      "verified", "put"};
    for (auto t = from; t < to; ++t) {
      if (!in(kVerbs, lw(t))) continue;
      // The subject just before the verb (past "has", "have").
      std::uint32_t v = t;
      while (v > from && (lw(v - 1) == "has" || lw(v - 1) == "have" || lw(v - 1) == "had" || lw(v - 1) == "also")) --v;
      const std::uint32_t lo = v > from + 6 ? v - 6 : from;
      if (t > firstFigure && lo < firstFigure) continue;
      for (auto k = v; k > lo; --k) {
        const int m = actors_.mentionAtToken(k - 1);
        if (m < 0) {
          if (lw(k - 1) == "," || lw(k - 1) == "that") break;
          continue;
        }
        if (auto a = actors_.actorOfMention(m, true)) return a;
        break;
      }
      // "the mission documented": a definite description of an organization named shortly before.
      if (v >= tb_ + 2 && lw(v - 2) == "the") {
        if (auto a = recentOrganization(lw(v - 1))) return a;
      }
      // "the army said", "the health ministry said": the article's home state's.
      for (std::uint32_t b = v > from + 3 ? v - 3 : from; b < v; ++b) {
        std::uint32_t e = 0;
        if (auto a = actors_.unnamedStateBody(b, e); a && e == v) return a;
      }
    }
    return std::nullopt;
  }

  std::optional<std::uint32_t> recentOrganization(std::string_view noun) {
    if (noun.size() < 4) return std::nullopt;
    for (auto t = tb_; t > 0 && tb_ - t < 200; --t) {
      const int m = actors_.mentionAtToken(t - 1);
      if (m < 0) continue;
      const Mention& men = doc_.mentions[static_cast<std::size_t>(m)];
      if (men.entity < 0) continue;
      const auto& ent = doc_.entities[static_cast<std::size_t>(men.entity)];
      if (!onto::isA(ent.cls, Class::Organization)) continue;
      // "the group said": the armed group named last.
      if ((noun == "group" || noun == "militia") && ent.cls == Class::ArmedGroup) return sink_.entityNode(men.entity);
      const std::string name = lowerAscii(ent.name);
      std::size_t at = name.find(noun);
      const bool word = at != std::string::npos && (at == 0 || name[at - 1] == ' ') &&
                        (at + noun.size() == name.size() || name[at + noun.size()] == ' ');
      if (word) return sink_.entityNode(men.entity);
    }
    return std::nullopt;
  }

  /// The clash or attack the count belongs to: "killed in the clashes", "the shelling ... left
  /// six dead".
  std::optional<std::uint32_t> eventOf(std::size_t s, const Group& g) const {
    if (s >= events_.size()) return std::nullopt;
    std::optional<std::uint32_t> best;
    std::uint32_t bestDistance = 0;
    // The one attack or clash of the sentence is the one its figures count, however long the
    // words between ("attacked a base in the town of X in the Y region early on Tuesday,
    // killing eight soldiers"); of several, the nearest within 15 words.
    const auto violent = [](const SentenceEvent& e) { return e.cls == Class::ArmedClash || e.cls == Class::Attack; };
    const bool onlyOne = std::count_if(events_[s].begin(), events_[s].end(), violent) == 1;
    // "The attack in X came two days after militants ambushed a convoy, killing 15 soldiers":
    // the figures of an attack named by a verb that gave no event are not the earlier event's.
    const auto otherAttackBetween = [&](std::uint32_t from, std::uint32_t to) {
      static constexpr std::array<std::string_view, 8> kVerbs = {"ambushed", "attacked", "raided",  "stormed",
                                                                 "bombed",   "shelled",  "overran", "hijacked"};
      for (auto k = from + 1; k < to; ++k) {
        if (!in(kVerbs, lw(k))) continue;
        const bool named = std::any_of(events_[s].begin(), events_[s].end(),
                                       [&](const SentenceEvent& x) { return x.head >= k && x.head < to; });
        if (!named) return true;
      }
      return false;
    };
    // "killed 80 militants in operations, a day after jihadists attacked a camp": the event of
    // a clause of an earlier (or later) time after the figures is another event.
    const auto otherTimeBetween = [&](std::uint32_t from, std::uint32_t to) {
      static constexpr std::array<std::string_view, 10> kSpans = {"day",  "days",   "week",   "weeks",   "hours",
                                                                  "months", "shortly", "soon", "minutes", "hour"};
      for (auto k = from + 1; k < to; ++k)
        if ((lw(k) == "after" || lw(k) == "before") && in(kSpans, lw(k - 1))) return true;
      return false;
    };
    // "The strikes have killed at least 79 people": attacks named in the plural before a perfect
    // tell a tally of all of them, no one attack's count.
    const auto tallyOf = [&](const SentenceEvent& e) {
      if (e.cls != Class::Attack || e.head >= g.at || !lw(e.head).ends_with('s')) return false;
      for (auto k = g.at; k > e.head + 1 && g.at - k < 5; --k)
        if ((lw(k - 1) == "killed" || lw(k - 1) == "wounded") && (lw(k - 2) == "have" || lw(k - 2) == "has")) return true;
      return false;
    };
    for (const auto& e : events_[s]) {
      if (!violent(e)) continue;
      if (tallyOf(e)) continue;
      if (e.head < g.at && otherAttackBetween(e.head, g.at)) continue;
      if (e.head >= g.end && otherTimeBetween(g.end, e.head)) continue;
      const std::uint32_t d = e.head >= g.end ? e.head - g.end : g.at - std::min(g.at, e.head);
      if (d > 15 && !onlyOne) continue;
      if (!best || d < bestDistance) {
        best = e.node;
        bestDistance = d;
      }
    }
    return best;
  }

  ActorResolver& actors_;
  FactSink& sink_;
  const Document& doc_;
  const std::vector<std::vector<SentenceEvent>>& events_;
  std::uint32_t tb_ = 0, te_ = 0;
  bool headings_ = false;  // reading the headings, after the body
  std::set<std::pair<long long, long long>> counted_;  // (killed, wounded) of the counts made, -1 for none
  // "killed 21 passengers and four soldiers": the "and" after the last figure of an active verb
  // (kNoAnd when none), and that verb's kind, for the figure after it.
  static constexpr std::uint32_t kNoAnd = 0xffffffffu;
  std::uint32_t chainAnd_ = kNoAnd;
  Kind chainKind_ = Kind::Killed;
  bool probing_ = false;  // figureAt() called for the figure after an "and"
};

}  // namespace

void extractCasualties(ActorResolver& actors, const std::vector<std::vector<SentenceEvent>>& events) {
  CasualtyReader(actors, events).run();
}

}  // namespace ng
