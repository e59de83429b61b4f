// Events from trigger nouns ("talks", "ceasefire", "clashes", "airstrike"...) with the anchors
// the text attaches to them: participants, mediators, place, dates, duration, round number.
//
// Only specific events get a node: a trigger needs an anchor (a place, a full date, named
// parties, a mediator, a round number) or must lie inside a named event ("Geneva Peace Talks").
// Definite mentions without anchors ("the talks") only add evidence to an event already found.
// Mentions of one class whose anchors agree are one event within the article; conflicting
// places, dates, rounds or parties keep events apart. Nodes are made once the whole article
// has been read, so that anchors from later sentences still count.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/TextNorm.h"
#include "extract/facts/Actors.h"
#include "extract/facts/Casualties.h"
#include "extract/facts/DateResolver.h"
#include "extract/facts/Extractors.h"

namespace ng {

namespace {

using onto::Class;
using onto::Prop;

constexpr std::string_view kExtractor = "events";

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return inWordList(list, w);
}

/// Trigger nouns and the event class they name.
std::optional<Class> triggerClass(std::string_view w) {
  static const std::unordered_map<std::string_view, Class> kTriggers = {
      {"talks", Class::Negotiation},      {"negotiations", Class::Negotiation}, {"dialogue", Class::Negotiation},
      {"meeting", Class::Meeting},        {"summit", Class::Meeting},           {"ceasefire", Class::Ceasefire},
      {"cease-fire", Class::Ceasefire},   {"truce", Class::Ceasefire},          {"armistice", Class::Ceasefire},
      {"agreement", Class::Agreement},    {"accord", Class::Agreement},         {"deal", Class::Agreement},
      {"treaty", Class::Agreement},       {"pact", Class::Agreement},           {"clashes", Class::ArmedClash},
      {"fighting", Class::ArmedClash},    {"shelling", Class::ArmedClash},      {"skirmishes", Class::ArmedClash},
      {"firefight", Class::ArmedClash},   {"gunfight", Class::ArmedClash},      {"airstrike", Class::Attack},
      {"airstrikes", Class::Attack},      {"air-strike", Class::Attack},        {"air-strikes", Class::Attack},
      {"attack", Class::Attack},          {"attacks", Class::Attack},           {"bombing", Class::Attack},
      {"bombings", Class::Attack},        {"raid", Class::Attack},              {"raids", Class::Attack},
      {"offensive", Class::Attack},       {"blast", Class::Attack},             {"blasts", Class::Attack},
      {"explosion", Class::Attack},       {"explosions", Class::Attack},        {"strike", Class::Attack},
      {"strikes", Class::Attack},         {"round", Class::Negotiation},        {"call", Class::Meeting},
      {"violence", Class::ArmedClash},    {"takeover", Class::Takeover},        {"coup", Class::Takeover},
      {"putsch", Class::Takeover},        {"return", Class::Takeover},          {"seizure", Class::Takeover},
      {"ambush", Class::Attack},          {"ambushes", Class::Attack},          {"massacre", Class::Attack},
      {"bombardment", Class::Attack},     {"shootout", Class::ArmedClash},      {"battle", Class::ArmedClash},
      {"war", Class::ArmedClash},         {"declaration", Class::Agreement},    {"memorandum", Class::Agreement},
      {"conference", Class::Meeting},     {"operation", Class::Attack},         {"hostilities", Class::ArmedClash},
      {"kidnapping", Class::Attack},      {"kidnappings", Class::Attack},       {"abduction", Class::Attack},
      {"abductions", Class::Attack},      {"assault", Class::Attack},           {"hijacking", Class::Attack},
      {"clash", Class::ArmedClash},       {"exchange", Class::PrisonerExchange}, {"swap", Class::PrisonerExchange},
      {"exchanges", Class::PrisonerExchange}, {"swaps", Class::PrisonerExchange},
  };
  const auto it = kTriggers.find(w);
  if (it == kTriggers.end()) return std::nullopt;
  return it->second;
}

/// Nouns for a kind of place before its name: "the town of X".
bool isPlaceNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 34> kNouns = {
      "city",      "town",    "village", "province",   "region",       "district",     "port",      "capital",
      "camp",      "area",    "suburbs", "suburb",     "outskirts",    "resort",       "territory", "county",
      "governorate", "enclave", "island", "municipality", "neighbourhood", "neighborhood", "state",
      "mountains", "hills", "forest", "forests", "provinces", "regions", "districts", "towns", "villages", "cities",
      "ports"};
  return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
}

/// People (or bodies) handed over in a prisoner exchange, as the verb's object names them:
/// "exchanged 150 prisoners", "swapped the bodies of".
bool isExchangedPeople(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"prisoners", "hostages", "captives", "pows",
                                                            "detainees", "bodies",   "prisoner", "hostage"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

/// An agreement's core that names a signed document ("declaration of principles", "memorandum
/// of understanding", "protocol"): the document itself, whatever truce it commits to.
bool isDocument(std::string_view core) {
  return core.ends_with("declaration") || core.ends_with("memorandum") || core.ends_with("protocol");
}

/// The core word of a kidnapping ("kidnapping", "abductions").
bool isKidnapping(std::string_view core) { return core.starts_with("kidnapping") || core.starts_with("abduction"); }

/// A compass direction, "central" or "neighbouring" before a place's name: "northern Shan
/// state", "neighbouring Katsina state".
bool isDirection(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "northern",     "southern",     "eastern",      "western",      "central",     "northeastern",
      "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring", "nearby"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

/// Words that may stand between a determiner and a trigger noun without changing what it is.
bool isPremodifier(std::string_view w) {
  static constexpr std::array<std::string_view, 64> kWords = {
      "peace",     "border",     "cross-border", "high-stakes", "high-level", "latest",    "recent",
      "fresh",     "new",        "deadly",       "heavy",       "fragile",    "temporary", "mutual",
      "permanent", "lasting",    "direct",       "indirect",    "bilateral",  "trilateral", "multilateral",
      "formal",    "informal",   "preliminary",  "final",       "ceasefire",  "cease-fire", "security",
      "trade",     "nuclear",    "prisoner",     "phone",       "telephone",  "video",     "air",
      "drone",     "missile",    "rocket",       "suicide",     "artillery",  "military",  "armed",
      "intense",   "intensive",  "renewed",      "sporadic",    "fierce",     "ongoing",   "failed",
      "stalled",   "landmark",   "historic",     "emergency",   "brief",      "lengthy",   "marathon",
      "day-long",  "two-day",    "three-day",    "surprise",    "negotiating", "weekend",  "car",
      "joint"};
  return in(kWords, w) || (w.size() > 4 && (w.ends_with("-day") || w.ends_with("-year") || w.ends_with("-hour")));
}

/// Premodifiers kept in an event's label: they say what kind of event it is, not how it went.
bool isLabelModifier(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kWords = {
      "peace",  "border", "cross-border", "ceasefire", "cease-fire", "security", "trade",   "nuclear",   "prisoner",
      "phone",  "telephone", "video",     "air",       "drone",      "missile",  "rocket",  "artillery", "suicide"};
  return in(kWords, w);
}

int ordinalNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {"first", "second", "third",   "fourth", "fifth",
                                                              "sixth", "seventh", "eighth", "ninth",  "tenth"};
  for (std::size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i) + 1;
  }
  return ordinalNumeral(w).value_or(0);
}

int numberWord(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords = {"one", "two",   "three", "four", "five",
                                                              "six", "seven", "eight", "nine", "ten"};
  for (std::size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i) + 1;
  }
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return w.size() <= 2 ? std::stoi(std::string(w)) : 0;
  return 0;
}

/// Verbs that date the end of an event ("collapsed on Tuesday") or its start.
bool isEndVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "ended",  "collapsed", "stalled",  "concluded", "failed", "faltered", "closed",
      "broke",  "wrapped",   "finished", "adjourned", "ends"};
  return in(kWords, w);
}
bool isEndNoun(std::string_view w) { return w == "collapse" || w == "breakdown" || w == "end" || w == "failure"; }
bool isStartVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {"began",   "started", "opened", "launched", "erupted",
                                                             "resumed", "begins",  "starts", "kicked"};
  return in(kWords, w);
}

bool isFutureMarker(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"will",     "shall",   "scheduled", "planned",
                                                             "upcoming", "expected", "due",      "next"};
  return in(kWords, w);
}

/// A month (month 1..12) or a whole year (month 0) that the text gives instead of a day.
struct Period {
  int year = 0;
  int month = 0;
  bool since = false;  ///< "since 2021": a time the event goes back to, not the time of the event
  explicit operator bool() const { return year != 0; }
  friend bool operator==(const Period&, const Period&) = default;
  /// Could both be said of one event: the same year, and the same month when both give one.
  [[nodiscard]] bool fits(const Period& o) const {
    return !*this || !o || (year == o.year && (!month || !o.month || month == o.month));
  }
  [[nodiscard]] bool fits(const std::optional<CalendarDate>& d) const {
    return !d || fits(Period{d->year, d->month});
  }
};

/// One trigger word in one sentence, with what the text attaches to it.
struct Occurrence {
  std::size_t sentence = 0;
  std::uint32_t head = 0;   ///< token of the trigger noun (or of the verb for "spoke by phone")
  std::uint32_t begin = 0;  ///< first token of its noun phrase
  Class cls = Class::Event;
  std::string core;         ///< label core: "border clashes", "talks"
  std::string form;         ///< the mention as written, without its article: "fragile truce"
  int entity = -1;          ///< named event entity holding the trigger
  bool definite = false;    ///< "the talks", "the latest round of talks"
  bool bare = false;        ///< "the deal": the trigger right after "the", no words in between
  bool weak = false;        ///< a head that names an event only with a place or date ("dialogue")
  bool timeOnly = false;    ///< a head that names an event only with a time ("the violence since May 3")
  double strength = 0;      ///< confidence from the strongest anchor
  std::optional<std::uint32_t> location;
  std::string locationPhrase;  ///< "in Geneva", "along the Blue Line"
  std::vector<std::uint32_t> participants, mediators;
  std::optional<CalendarDate> date, start, end;
  Period period;            ///< "in October 2025", "in 2021": a month or a year, no day
  int duration = 0;
  int ordinal = 0;
  bool specific = false;    ///< told apart as one real event: "deadly clashes", "a truce brokered earlier"
  std::optional<std::uint32_t> side;  ///< "a Russian drone attack": a participant once something else anchors it
  std::uint32_t partiesEnd = 0;  ///< one past "between A and B" after the head: anchors count from there
  bool joined = false;  ///< "A and B also attended the talks": others' talks, which A and B joined
  bool distinct = false;  ///< "a separate peace deal", "another attack": not one read before
  bool separate = false;  ///< "A and B met separately with C": one of the meetings of one verb

  [[nodiscard]] bool anchored() const {
    if (entity >= 0) return true;
    if (timeOnly) return date || start || end || period;
    if (weak) return location || date || start || end || period || !mediators.empty();
    return location || date || start || end || period || specific || ordinal || duration || !participants.empty() ||
           !mediators.empty();
  }
};

/// One event of the article: the occurrences that refer to it, merged.
struct Record {
  Class cls = Class::Event;
  int entity = -1;
  std::string core;
  std::optional<std::uint32_t> location;
  std::string locationPhrase;
  std::vector<std::uint32_t> participants, mediators;
  std::optional<CalendarDate> date, start, end;
  Period period;
  int duration = 0;
  int ordinal = 0;
  double confidence = 0;
  std::vector<std::string> forms;
  std::vector<std::size_t> sentences;
  std::size_t lastSentence = 0;
  std::uint32_t node = 0;
};

void addUnique(std::vector<std::uint32_t>& v, std::uint32_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

class EventExtractor {
 public:
  EventExtractor(FactSink& sink, const Gazetteer& gaz)
      : sink_(sink), doc_(sink.doc()), gaz_(gaz), actors_(sink, gaz), dates_(sink.doc().article.date) {}

  void run() {
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) readSentence(s);
    if (const int main = mainNegotiation(); main >= 0) {
      for (auto a : deferredParticipants_) addUnique(records_[static_cast<std::size_t>(main)].participants, a);
      // (Nor is the broker of a prisoner swap thanked for "its mediation" the talks' mediator.)
      for (const auto& r : records_)
        if (r.cls == Class::PrisonerExchange)
          for (auto a : r.mediators) addUnique(mediatedOther_, a);
      for (auto a : deferredMediators_)
        if (std::find(mediatedOther_.begin(), mediatedOther_.end(), a) == mediatedOther_.end())
          addUnique(records_[static_cast<std::size_t>(main)].mediators, a);
      Record& rec = records_[static_cast<std::size_t>(main)];
      if (deferredEnd_ && !rec.end && !rec.date) rec.end = deferredEnd_;
    }
    emit();
    extractCasualties(actors_, sentenceEvents_);
  }

 private:
  // ---------------------------------------------------------------- sentence words
  void loadSentence(std::size_t s) {
    const Sentence& sen = doc_.sentences[s];
    tb_ = sen.tokenBegin;
    te_ = sen.tokenEnd;
    words_.clear();
    for (auto t = tb_; t < te_; ++t) words_.push_back(doc_.tokenText(t));
  }
  [[nodiscard]] std::string_view lw(std::uint32_t t) const {
    return t >= tb_ && t < te_ ? sink_.lowerTokenText(t) : std::string_view();
  }
  [[nodiscard]] bool isPossessive(std::uint32_t t) const { return lw(t) == "'s" || lw(t) == "\xE2\x80\x99s"; }
  /// A name that only tells who owns or flags a thing: "a Greek-owned ship", "the
  /// Liberian-flagged carrier" (whose country is no party to an attack on it).
  [[nodiscard]] bool ownerOrFlag(std::uint32_t t) const {
    const auto x = lw(t);
    for (std::string_view tail : {"-owned", "-flagged", "-registered", "-operated", "-bound"})
      if (x.ends_with(tail)) return true;
    return false;
  }

  // ---------------------------------------------------------------- mentions and actors
  [[nodiscard]] const Mention* mentionAt(std::uint32_t t) const {
    const int m = actors_.mentionAtToken(t);
    return m < 0 ? nullptr : &doc_.mentions[static_cast<std::size_t>(m)];
  }
  /// One past the last token of the run from `from` (before `limit` and the sentence's end)
  /// whose tags are in `tags` and that holds no name: "a commercial ship", "energy grid".
  template <std::size_t N>
  [[nodiscard]] std::uint32_t untaggedRunEnd(std::uint32_t from, std::uint32_t limit,
                                             const std::array<std::string_view, N>& tags) const {
    std::uint32_t j = from;
    while (j < te_ && j < limit && in(tags, std::string_view(doc_.tokens[j].pos)) && !mentionAt(j)) ++j;
    return j;
  }
  [[nodiscard]] bool isPersonNode(std::uint32_t node) const { return sink_.graph().nodes[node].cls == Class::Person; }
  [[nodiscard]] std::optional<std::uint32_t> placeOfMention(const Mention& m) const {
    if (m.entity < 0 || m.demonym) return std::nullopt;
    if (!onto::isA(doc_.entities[static_cast<std::size_t>(m.entity)].cls, Class::Place)) return std::nullopt;
    return sink_.entityNode(m.entity);
  }
  /// The last mention before token `t` of the one thing there that `fits` (demonyms aside),
  /// nullptr when none or more than one thing fits.
  template <class Fits>
  [[nodiscard]] const Mention* onlyThingBefore(std::uint32_t t, Fits&& fits) const {
    const Mention* found = nullptr;
    for (const auto& m : doc_.mentions) {
      if (m.tokenBegin >= t) break;
      if (m.entity < 0 || m.demonym || !fits(m)) continue;
      if (found && found->entity != m.entity) return nullptr;
      found = &m;
    }
    return found;
  }
  [[nodiscard]] bool isCity(const Mention& m) const {
    return doc_.entities[static_cast<std::size_t>(m.entity)].cls == Class::City;
  }

  /// The city or town named in the sentence that ends right before token `t`, when it names
  /// just one (besides a dateline's at its start): what "the town" of the next sentence means.
  [[nodiscard]] const Mention* lastTownBefore(std::uint32_t t) const {
    if (t == 0) return nullptr;
    const std::size_t s = doc_.sentenceAt(doc_.tokens[t - 1].span.begin);
    if (s >= doc_.sentences.size()) return nullptr;
    return onlyThingBefore(t, [&](const Mention& m) {
      return isCity(m) && doc_.sentenceAt(m.span.begin) == s && m.tokenBegin != doc_.sentences[s].tokenBegin;
    });
  }

  /// The capital city the article names before token `t`, when it names just one.
  [[nodiscard]] const Mention* onlyCapitalBefore(std::uint32_t t) const {
    return onlyThingBefore(t, [&](const Mention& m) {
      if (!isCity(m)) return false;
      const auto places = actors_.placesNamed(m);
      return std::any_of(places.begin(), places.end(), [](const auto& p) { return p.capital && p.cls == Class::City; });
    });
  }

  /// The first mention in the article of the capital of the country `demonym` names ("Libyan":
  /// "Tripoli"), nullptr when the article names none.
  [[nodiscard]] const Mention* capitalNamed(std::string_view demonym) const {
    const auto code = gaz_.demonymCode(demonym);
    if (!code || *code == "EU") return nullptr;
    for (const auto& m : doc_.mentions) {
      if (m.entity < 0 || m.demonym || doc_.entities[static_cast<std::size_t>(m.entity)].cls == Class::Country) continue;
      for (const auto& p : actors_.placesNamed(m))
        if (p.capital && p.country == *code && placeOfMention(m)) return &m;
    }
    return nullptr;
  }
  /// The country a name or demonym written inside a word stands for ("Sudan" in "Sudan-Chad").
  std::optional<std::uint32_t> countryOfWord(std::string_view w) {
    for (const auto& p : gaz_.lookup(w)) {
      if (p.cls == Class::Country) return sink_.countryNode(p.canonical);
    }
    if (auto c = gaz_.demonymCountry(w); c && gaz_.demonymCode(w) != "EU") return sink_.countryNode(*c);
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const auto& ent = doc_.entities[e];
      if (!onto::isA(ent.cls, Class::Actor)) continue;
      if (std::find(ent.forms.begin(), ent.forms.end(), w) != ent.forms.end()) return sink_.entityNode(static_cast<int>(e));
    }
    return std::nullopt;
  }

  /// Actors listed from token `t`: "Egypt and Turkey", "Khartoum and N'Djamena", "the Sudanese
  /// government, Egypt and the UN". Commas join items only when an "and" closes the list, so
  /// that "brokered by Egypt, Egypt said" stops at Egypt. Returns the actors and sets `stop`
  /// to the first token after the list.
  std::vector<std::uint32_t> actorList(std::uint32_t t, std::uint32_t* stop = nullptr, bool personsFirst = false) {
    static constexpr std::array<std::string_view, 27> kFillers = {
        "the",        "both",       "its",         "their",        "government", "governments", "administration",
        "officials",  "authorities", "delegation", "delegations",  "side",       "sides",       "forces",
        "military",   "army",       "leaders",     "leadership",   "representatives", "envoys", "diplomats",
        "negotiators", "counterpart", "his",       "her",          "of",         "former"};
    std::vector<std::pair<std::uint32_t, bool>> items;  // actor, came after a comma
    bool afterComma = false, sawAnd = false, justAnd = false;
    std::uint32_t lastAndItem = 0;
    // The item an "and" leads to closes the list: "Qatar, Egypt and the US, Qatari Prime
    // Minister X announced" ends at the US.
    const auto addItem = [&](std::uint32_t actor) {
      items.emplace_back(actor, afterComma);
      if (justAnd) lastAndItem = static_cast<std::uint32_t>(items.size());
      justAnd = false;
    };
    std::uint32_t i = t;
    while (i < te_) {
      if (const Mention* m = mentionAt(i)) {
        const int mi = actors_.mentionAtToken(i);
        const std::uint32_t next = std::max(m->tokenEnd, i + 1);
        // "former Nigerian President Olusegun Obasanjo": the demonym tells whose president;
        // the actor is the person named after the title.
        if (m->demonym && next < te_) {
          if (const auto n = gaz_.matchTitle(words_, next - tb_); n > 0) {
            const Mention* named = mentionAt(next + static_cast<std::uint32_t>(n));
            if (named != nullptr && named->cls == Class::Person) {
              i = next;  // a comma before it still counts for the person
              continue;
            }
          }
        }
        // "the Rwanda-backed M23": a name inside a hyphenated modifier is no item of the list;
        // "Saudi-led coalition forces" are the leader's side, kept.
        const auto rest = doc_.text().substr(m->span.end, doc_.tokens[next - 1].span.end - std::min(m->span.end, doc_.tokens[next - 1].span.end));
        const bool inModifier = rest.size() > 3 && rest.front() == '-' && rest.ends_with("ed") && rest != "-led";
        bool possessive = isPossessive(next) && next + 1 < te_;
        // "Myanmar's military government and the MNDAA": the state's own bodies are the state.
        if (possessive && m->cls == Class::Country) {
          std::uint32_t f = next + 1;
          static constexpr std::array<std::string_view, 8> kStateBodies = {
              "military", "government", "army", "junta", "regime", "authorities", "forces", "administration"};
          // "Yemen's internationally recognised government": descriptors before the body.
          static constexpr std::array<std::string_view, 16> kBodyModifiers = {
              "internationally", "recognised", "recognized", "interim",  "transitional", "elected",
              "federal",         "central",    "national",   "civilian", "ruling",       "caretaker",
              "legitimate",      "de",         "facto",      "official"};
          while (f < te_ && in(kBodyModifiers, lw(f))) ++f;
          const std::uint32_t bodyStart = f;
          while (f < te_ && in(kStateBodies, lw(f))) ++f;
          if (f > bodyStart && (f >= te_ || lw(f) == "and" || lw(f) == ",")) {
            if (auto a = actors_.actorOfMention(mi, true)) addItem(*a);
            i = f;
            afterComma = false;
            continue;
          }
        }
        const bool modifier = possessive || inModifier;
        if (auto a = actors_.actorOfMention(mi, true); a && !modifier) {
          addItem(*a);
        } else if (!a && !modifier) {
          break;
        }
        i = possessive ? next + 1 : next;
        afterComma = false;
        continue;
      }
      if (const auto n = gaz_.matchTitle(words_, i - tb_); n > 0) {
        i += static_cast<std::uint32_t>(n);
        // "Niger's president, Mohamed Bazoum,", "its military leader, Gen. X,": the person named
        // after the comma is who the title is, not an item after a comma.
        if (i + 1 < te_ && lw(i) == ",") {
          std::uint32_t k = i + 1;
          if (const auto rank = gaz_.matchTitle(words_, k - tb_); rank > 0) k += static_cast<std::uint32_t>(rank);
          if (const Mention* named = mentionAt(k); named != nullptr && named->cls == Class::Person) i = k;
        }
        continue;
      }
      const auto w = lw(i);
      if (w == "and") {
        sawAnd = true;
        justAnd = true;
        ++i;
        continue;
      }
      if (w == ",") {
        afterComma = true;
        ++i;
        continue;
      }
      // "talks between the government and the NDF": the state the article's unnamed government
      // is (ActorResolver::unnamedStateBody), when it tells.
      if (w == "the" && i + 1 < te_ && mentionAt(i + 1) == nullptr) {
        std::uint32_t end = 0;
        if (auto a = actors_.unnamedStateBody(i, end); a && end > i && end <= te_) {
          addItem(*a);
          afterComma = false;
          i = end;
          continue;
        }
      }
      if (in(kFillers, w) || w == "(" || w == ")") {
        ++i;
        continue;
      }
      // "delegations from Israel and Hamas", "negotiators from both sides".
      static constexpr std::array<std::string_view, 7> kPeople = {"delegation", "delegations", "representatives", "envoys",
                                                                  "negotiators", "officials",  "diplomats"};
      if (w == "from" && i > t && in(kPeople, lw(i - 1))) {
        ++i;
        continue;
      }
      // "the South American bloc Mercosur", "the Gulf state Qatar": a description before the name.
      static constexpr std::array<std::string_view, 7> kKinds = {"bloc", "state", "nation", "country", "group",
                                                                 "alliance", "kingdom"};
      std::uint32_t d = i;
      while (d < te_ && d < i + 3 && !mentionAt(d) && std::isupper(static_cast<unsigned char>(doc_.tokenText(d).front()))) ++d;
      if (d < te_ && in(kKinds, lw(d)) && mentionAt(d + 1)) {
        i = d + 1;
        continue;
      }
      // "the paramilitary Rapid Support Forces", "the rebel M23": one or two lowercase words
      // describing the name right after them.
      if (std::islower(static_cast<unsigned char>(doc_.tokenText(i).front()))) {
        const auto describes = [&](std::uint32_t k) {
          const auto& pos = doc_.tokens[k].pos;
          return std::islower(static_cast<unsigned char>(doc_.tokenText(k).front())) && (pos == "JJ" || pos == "NN");
        };
        if (describes(i) && mentionAt(i + 1)) {
          ++i;
          continue;
        }
        if (describes(i) && i + 2 < te_ && describes(i + 1) && mentionAt(i + 2)) {
          i += 2;
          continue;
        }
      }
      // "the Kurdish-led Syrian Democratic Forces": a participle of leading before the name.
      if (const auto dash = w.rfind('-'); dash != std::string::npos && dash > 0 && mentionAt(i + 1)) {
        static constexpr std::array<std::string_view, 6> kLed = {"led", "backed", "linked", "allied", "aligned", "based"};
        if (in(kLed, std::string_view(w).substr(dash + 1))) {
          ++i;
          continue;
        }
      }
      break;
    }
    // Items after a comma count only when an "and" came after them.
    std::vector<std::uint32_t> out;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (items[k].second && !(sawAnd && k < lastAndItem)) break;
      addUnique(out, items[k].first);
    }
    while (i > t && (lw(i - 1) == "," || lw(i - 1) == "and")) --i;
    if (stop) *stop = i;
    if (personsFirst) {
      std::vector<std::uint32_t> persons;
      for (auto a : out)
        if (isPersonNode(a)) persons.push_back(a);
      if (!persons.empty()) return persons;
    }
    return out;
  }

  // ---------------------------------------------------------------- triggers
  /// The trigger at token t, if it names an event in this use.
  std::optional<Occurrence> triggerAt(std::size_t s, std::uint32_t t) {
    const auto w = lw(t);
    auto cls = triggerClass(w);
    // "Israel and Hamas agreed to the first phase of a plan": a plan agreed to is an agreement.
    if (!cls && (w == "plan" || w == "framework" || w == "roadmap")) {
      for (std::uint32_t k = t > tb_ + 8 ? t - 8 : tb_; k < t && !cls; ++k)
        if ((lw(k) == "agreed" || lw(k) == "accepted" || lw(k) == "signed" || lw(k) == "endorsed") && lw(k + 1) == "to")
          cls = Class::Agreement;
    }
    // "A roadside bomb killed two rangers", "a grenade exploded": a weapon that harms is an attack.
    if (!cls) {
      static constexpr std::array<std::string_view, 12> kWeapons = {
          "bomb", "bombs", "grenade", "grenades", "landmine", "landmines", "ied", "ieds", "explosive", "explosives",
          "device", "shell"};
      static constexpr std::array<std::string_view, 9> kHarmed = {"killed",   "kills",   "wounded", "injured", "exploded",
                                                                 "detonated", "went",   "tore",    "ripped"};
      if (in(kWeapons, w) && t + 1 < te_ && in(kHarmed, lw(t + 1)) && (lw(t + 1) != "went" || lw(t + 2) == "off") &&
          ((lw(t + 1) != "tore" && lw(t + 1) != "ripped") || lw(t + 2) == "through") &&
          (w != "device" || lw(t - 1) == "explosive") && (w != "explosive" || lw(t + 1) != "device"))
        cls = Class::Attack;
    }
    if (!cls) return std::nullopt;
    const auto prev = lw(t - 1), next = lw(t + 1);
    // Words that are triggers only in some uses.
    const bool ofPower = (w == "return" && next == "to" && lw(t + 2) == "power") ||
                         (w == "seizure" && next == "of" && lw(t + 2) == "power");
    if ((w == "return" || w == "seizure") && !ofPower) return std::nullopt;
    if (w == "round") {
      if (next == "of") return std::nullopt;  // the noun after "of" is the trigger
      const Mention* m = t > tb_ ? mentionAt(t - 1) : nullptr;
      if (!ordinalNumber(prev) && !(m && placeOfMention(*m))) return std::nullopt;
    }
    if (w == "call" && !(prev == "phone" || prev == "telephone" || prev == "video" ||
                         (next == "with" && mentionAt(t + 2) != nullptr) ||
                         (next == "with" && (lw(t + 2) == "his" || lw(t + 2) == "her") && mentionAt(t + 3))))
      return std::nullopt;
    // "strikes" alone may be a walkout: an attack when a weapon, "on"/"against" a name or a
    // verb of launching goes with it ("carried out strikes on Houthi targets").
    const bool strikeOnName = (next == "on" || next == "against") &&
                              ((t + 2 < te_ && mentionAt(t + 2) != nullptr) ||
                               (lw(t + 2) == "the" && t + 3 < te_ && mentionAt(t + 3) != nullptr));
    // ("carried out a strike", "launched an air strike": past the article.)
    const auto launchWord = [](std::string_view x) { return x == "out" || x == "launched" || x == "conducted" || x == "carried"; };
    const bool launchedStrike = launchWord(prev) || ((prev == "a" || prev == "an") && t >= tb_ + 2 && launchWord(lw(t - 2)));
    // A walkout harms nobody: "an Israeli strike killed two people", "the strike near X on Monday
    // wounded ...", "was killed in a strike"; and a side's strike on, near or in a place ("an
    // Israeli strike in southern Lebanon").
    const auto harmWord = [](std::string_view v) {
      static constexpr std::array<std::string_view, 10> kHarm = {"killed", "kills",   "kill",    "killing",
                                                                 "wounded", "wounding", "injured", "injuring",
                                                                 "destroyed", "damaged"};
      return in(kHarm, v);
    };
    const auto strikeHarms = [&] {
      for (auto k = t + 1; k < te_ && k <= t + 12; ++k) {
        if (harmWord(lw(k))) return true;
        if (lw(k) == "." || lw(k) == ";" || lw(k) == "and") break;
      }
      if ((prev == "a" || prev == "an") && t >= tb_ + 2 && lw(t - 2) == "in")
        for (auto k = t - 2; k > tb_ && k + 12 > t; --k)
          if (harmWord(lw(k - 1))) return true;
      return false;
    };
    const Mention* side = t > tb_ ? mentionAt(t - 1) : nullptr;
    const bool sideStrike = side != nullptr && side->demonym && (next == "on" || next == "near" || next == "in");
    // "The strike on Saturday hit two vehicles": a strike the article reported before.
    const auto strikeBefore = [&] {
      if (prev != "the" && prev != "that" && prev != "this") return false;
      return std::any_of(records_.begin(), records_.end(), [](const Record& r) {
        return r.cls == Class::Attack && (r.core.ends_with("strike") || r.core.ends_with("strikes"));
      });
    };
    if ((w == "strike" || w == "strikes") && !(prev == "air" || prev == "drone" || prev == "missile" ||
                                               prev == "artillery" || strikeOnName || launchedStrike || sideStrike ||
                                               strikeHarms() || strikeBefore()))
      return std::nullopt;
    if ((w == "deal" || w == "attack" || w == "raid") && (prev == "to" || next == "with")) return std::nullopt;
    // "a prisoner swap", "the exchange of prisoners", "a hostage-prisoner exchange": people (or
    // bodies) handed over between two sides; not "an exchange of fire" or "a currency swap".
    if (*cls == Class::PrisonerExchange) {
      // (The noun also takes the singulars of "a POW swap", "a body exchange".)
      static constexpr std::array<std::string_view, 6> kAlsoBefore = {"pow",  "captive",          "detainee",
                                                                     "body", "hostage-prisoner", "prisoner-of-war"};
      const auto taken = [&](std::string_view x) { return isExchangedPeople(x) || in(kAlsoBefore, x); };
      const auto after = lw(t + 2) == "the" ? lw(t + 3) : lw(t + 2);
      const bool people = taken(prev) || (prev == "war" && lw(t - 2) == "of") || (next == "of" && taken(after));
      if (!people) return std::nullopt;
    }
    // "a clash of cultures", "a clash over the budget", "a verbal clash": no fighting.
    if (w == "clash") {
      // "a heated clash in the Oval Office": words.
      static constexpr std::array<std::string_view, 13> kNotArmed = {
          "verbal", "political", "diplomatic", "public", "personality", "scheduling", "heated",
          "angry",  "bitter",    "fiery",      "testy",  "televised",   "legal"};
      if (in(kNotArmed, prev) || next == "of" || next == "over" || next == "about" ||
          std::isupper(static_cast<unsigned char>(doc_.tokenText(t).front())))
        return std::nullopt;
    }
    // "a direct attack on the Pretoria agreement", "an attack on democracy": words, not arms.
    if (w == "attack" || w == "attacks" || w == "assault") {
      std::uint32_t k = t + 1;
      if (lw(k) == "on" || lw(k) == "against") {
        ++k;
        if (lw(k) == "the" || lw(k) == "our" || lw(k) == "its" || lw(k) == "their") ++k;
        if (const Mention* m = mentionAt(k); m && m->tokenBegin == k) k = m->tokenEnd;
        static constexpr std::array<std::string_view, 14> kAbstract = {
            "agreement", "deal", "accord", "treaty", "process", "plan", "democracy", "constitution",
            "sovereignty", "freedom", "rights", "values", "dignity", "press"};
        if (in(kAbstract, lw(k))) return std::nullopt;
      }
    }
    // "an assault rifle", "sexual assault", "an assault on democracy" (no place or actor after it).
    if (w == "assault") {
      static constexpr std::array<std::string_view, 6> kNotArmed = {"sexual", "verbal", "indecent", "physical",
                                                                   "aggravated", "domestic"};
      // "the Klingon Assault Group": a word of a name.
      // "an assault on a military camp": a place of arms after "a".
      const auto armedPlace = [&] {
        static constexpr std::array<std::string_view, 12> kPlaces = {"camp",  "base",     "town",     "village",
                                                                     "city",  "convoy",   "position", "checkpoint",
                                                                     "prison", "barracks", "post",    "garrison"};
        if (lw(t + 2) != "a" && lw(t + 2) != "an") return false;
        for (auto k = t + 3; k < te_ && k <= t + 5; ++k)
          if (in(kPlaces, lw(k))) return true;
        return false;
      };
      if (std::isupper(static_cast<unsigned char>(doc_.tokenText(t).front())) || in(kNotArmed, prev) ||
          next == "rifle" || next == "rifles" || next == "weapons" || next == "charges" || next == "charge" ||
          (next == "on" && t + 2 < te_ && mentionAt(t + 2) == nullptr && lw(t + 2) != "the" && !armedPlace()))
        return std::nullopt;
    }
    // "a declaration of principles", "a joint declaration", "signed a declaration", "a
    // memorandum of understanding": documents two sides sign; not "a declaration of war".
    if (w == "declaration" || w == "memorandum") {
      const auto signer = lw(t - 2);
      const bool signedIt = (prev == "a" || prev == "the" || prev == "joint") &&
                            (signer == "signed" || signer == "initialed" || signer == "inked" || signer == "adopted");
      const bool document = w == "memorandum" ? next == "of" && lw(t + 2) == "understanding"
                                              : (next == "of" && lw(t + 2) == "principles") || prev == "joint" ||
                                                    (signedIt && next != "of");
      // "the Ankara Declaration": a name the finder typed as an agreement.
      const Mention* named = mentionAt(t);
      if (!document && !(named && onto::isA(named->cls, Class::Agreement))) return std::nullopt;
    }
    static constexpr std::array<std::string_view, 9> kBeforeGerund = {"after", "before", "while", "by",  "since",
                                                                      "when",  "for",    "of",    "upon"};
    if (w == "meeting" && (t == tb_ || in(kBeforeGerund, prev))) return std::nullopt;
    // "a military operation", "killed 16 militants in an operation in X": an armed operation,
    // not a rescue or a surgical one.
    if (w == "operation") {
      static constexpr std::array<std::string_view, 11> kArmed = {
          "military", "security", "counterterrorism", "counter-terrorism", "counter-insurgency", "counterinsurgency",
          "intelligence-based", "ground", "joint", "army", "police"};
      bool afterKilling = false;
      if ((prev == "a" || prev == "an") && lw(t - 2) == "in")
        for (auto k = t >= tb_ + 20 ? t - 20 : tb_; k + 2 < t; ++k) afterKilling = afterKilling || lw(k) == "killed";
      if (!in(kArmed, prev) && !afterKilling) return std::nullopt;
    }
    // "a conference on Sudan in London": not a press conference or a conference call.
    // A capitalized "Conference" is part of a name ("the Munich Security Conference"), typed as
    // the finder typed it.
    if (w == "conference" && (prev == "press" || prev == "news" || next == "call" || next == "room" || next == "hall" ||
                              next == "centre" || next == "center" ||
                              std::isupper(static_cast<unsigned char>(doc_.tokenText(t).front()))))
      return std::nullopt;
    if (w == "offensive" && !(prev == "the" || prev == "an" || prev == "military" || prev == "ground")) return std::nullopt;
    // "war crimes", "a trade war", "the war on terror", "a war of words", "World War II": no war here.
    if (w == "war") {
      static constexpr std::array<std::string_view, 11> kNotWar = {"trade", "price", "cold", "world", "culture", "tariff",
                                                                   "currency", "information", "propaganda", "civil-rights", "gang"};
      // "preparing for war", "go to war", "at war", "the risk of war": no particular war.
      static constexpr std::array<std::string_view, 9> kNoWarBefore = {"for", "to", "into", "at", "of", "wage", "waging", "risk", "brink"};
      // "has been at war with the RSF since 2023": a particular war, with a named side.
      const bool atWarWith = prev == "at" && next == "with" && (mentionAt(t + 2) || (lw(t + 2) == "the" && mentionAt(t + 3)));
      if (in(kNotWar, prev) || (in(kNoWarBefore, prev) && !atWarWith) || next == "crimes" || next == "criminal" || next == "criminals" || next == "on" ||
          next == "of" || next == "chest" || next == "games" || next == "footing" || next == "room" ||
          std::isupper(static_cast<unsigned char>(doc_.tokenText(t).front())))  // "the Iraq War": a name, kept as the finder typed it
        return std::nullopt;
    }
    if ((w == "attacks" || w == "talks" || w == "raids") &&
        (prev == "he" || prev == "she" || prev == "it" || prev == "who")) return std::nullopt;
    // "negotiations on a ceasefire and hostage release", "talks over a permanent truce": what the
    // talks are about, not an event of its own (the place and day after it are the talks').
    if (*cls == Class::Ceasefire || *cls == Class::Agreement) {
      static constexpr std::array<std::string_view, 6> kAbout = {"on", "over", "about", "for", "toward", "towards"};
      static constexpr std::array<std::string_view, 5> kTalks = {"talks", "negotiations", "discussions", "dialogue",
                                                                 "negotiation"};
      for (std::uint32_t k = t; k > tb_ + 1 && t - k < 4; --k) {
        if (in(kAbout, lw(k - 1)) && in(kTalks, lw(k - 2))) return std::nullopt;
        if (!(lw(k - 1) == "a" || lw(k - 1) == "an" || lw(k - 1) == "the" || doc_.tokens[k - 1].pos == "JJ")) break;
      }
    }
    // "The deal, signed in Damascus, provides for a nationwide ceasefire": what a deal provides
    // for is a term of the deal, not an event with the deal's place.
    if (*cls == Class::Ceasefire) {
      static constexpr std::array<std::string_view, 4> kProvide = {"provides", "provided", "provide", "providing"};
      for (std::uint32_t k = t; k > tb_ + 1 && t - k < 4; --k) {
        if (lw(k - 1) == "for" && in(kProvide, lw(k - 2))) return std::nullopt;
        if (!(lw(k - 1) == "a" || lw(k - 1) == "an" || lw(k - 1) == "the" || doc_.tokens[k - 1].pos == "JJ")) break;
      }
    }

    Occurrence o;
    o.sentence = s;
    o.head = t;
    o.cls = *cls;
    o.weak = w == "dialogue";
    // "Violence" is as often a state of affairs ("militant violence displaced thousands") as
    // one outbreak; only a time makes it one ("the violence that erupted on May 3").
    o.timeOnly = w == "violence";
    if (const Mention* m = mentionAt(t); m && m->entity >= 0 && onto::isA(m->cls, Class::Event) &&
                                        doc_.entities[static_cast<std::size_t>(m->entity)].cls == *cls) {
      o.entity = m->entity;
    }

    // The noun phrase to the left: premodifiers, a "round of", a determiner.
    std::uint32_t b = t;
    std::vector<std::string> labelWords;
    while (b > tb_ && t - b < 6) {
      const auto p = lw(b - 1);
      if (const Mention* m = mentionAt(b - 1)) {
        b = m->tokenBegin;
        continue;
      }
      if (isPremodifier(p) || ordinalNumber(p) || p.find('-') != std::string_view::npos) {
        // "deadly clashes", "a deadly attack": fighting that killed people is a real, particular event.
        if (p == "deadly" && (o.cls == Class::ArmedClash || o.cls == Class::Attack)) o.specific = true;
        if (ordinalNumber(p)) {
          o.ordinal = ordinalNumber(p);
          o.strength = std::max(o.strength, 0.65);
        }
        --b;
        continue;
      }
      if ((p == "of") && b - 1 > tb_ && lw(b - 2) == "round") {
        b -= 2;
        continue;
      }
      break;
    }
    const auto det = lw(b - 1);
    o.distinct = det == "separate" || det == "another";
    static constexpr std::array<std::string_view, 6> kDefinite = {"the", "this", "these", "those", "that", "its"};
    o.definite = in(kDefinite, det) || (b > tb_ && (isPossessive(b - 1)));
    o.bare = det == "the" && b == t;
    for (auto k = b; k < t; ++k) {
      if (lw(k) == "latest" || lw(k) == "recent") o.definite = true;
    }

    // Mentions that do not name an event: "without agreement", "no ceasefire", "any talks",
    // "previous rounds", "failure to reach an agreement", "future talks".
    static constexpr std::array<std::string_view, 14> kNegative = {
        "without", "no",     "any",    "previous", "prior",    "past",  "future",
        "possible", "potential", "never", "lack",  "absence", "hopes", "prospects"};
    for (auto k = b >= tb_ + 3 ? b - 3 : tb_; k < t; ++k) {
      if (in(kNegative, lw(k))) return std::nullopt;
    }
    for (auto k = b >= tb_ + 4 ? b - 4 : tb_; k + 1 < b; ++k) {
      static constexpr std::array<std::string_view, 11> kIrrealis = {
          "reach", "sign", "secure", "negotiate", "achieve", "strike", "conclude", "forge", "seek", "resume", "launch"};
      if (lw(k) == "to" && in(kIrrealis, lw(k + 1))) return std::nullopt;
    }
    if (w == "rounds") return std::nullopt;
    // A ceasefire, talks or a meeting asked for, not held: "called for an immediate ceasefire",
    // "urged a truce", "proposed talks", "had proposed a meeting between A and B".
    if (o.cls == Class::Ceasefire || o.cls == Class::Negotiation || o.cls == Class::Agreement ||
        o.cls == Class::Meeting) {
      static constexpr std::array<std::string_view, 10> kCallFor = {"call",  "calls",   "called", "calling", "push",
                                                                    "pushed", "pushing", "pressed", "appealed", "appeals"};
      static constexpr std::array<std::string_view, 16> kAskVerbs = {
          "urged", "urging", "urges", "demanded", "demanding", "demands", "proposed", "proposing",
          "proposes", "sought", "seeking", "seeks", "wants", "wanted", "want", "offered"};
      std::uint32_t d = b;
      while (d > tb_ && b - d < 4 && (doc_.tokens[d - 1].pos == "JJ" || lw(d - 1) == "and")) --d;  // "immediate and lasting"
      if (d > tb_ && (lw(d - 1) == "a" || lw(d - 1) == "an" || lw(d - 1) == "the")) --d;
      if (d > tb_ && in(kAskVerbs, lw(d - 1))) return std::nullopt;
      if (d > tb_ + 1 && lw(d - 1) == "for" && in(kCallFor, lw(d - 2))) return std::nullopt;
    }

    // Prenominal anchors: a place ("Geneva talks"), two countries ("Sudan-Chad talks",
    // "Ukraine Russia talks"), a broker ("Egypt-brokered truce"), a round number.
    std::vector<std::uint32_t> countries;
    for (auto k = b; k < t; ++k) {
      const auto word = doc_.tokenText(k);
      // A hyphenated word is read by its parts even when a mention covers one of them.
      const bool hyphenated = word.find('-') != std::string_view::npos;
      if (const Mention* m = mentionAt(k);
          !hyphenated && m && m->entity >= 0 && !(o.entity >= 0 && m->entity == o.entity)) {
        const Class ec = doc_.entities[static_cast<std::size_t>(m->entity)].cls;
        if (ec == Class::Country) {
          countries.push_back(sink_.entityNode(m->entity));
        } else if (auto place = placeOfMention(*m); place && !o.location) {
          o.location = *place;
          o.locationPhrase = std::string(doc_.slice(m->span));
          o.strength = std::max(o.strength, 0.75);
        }
        k = std::max(k, m->tokenEnd - 1);
        continue;
      }
      if (const auto dash = word.find('-'); dash != std::string_view::npos) {
        const std::string_view before = word.substr(0, dash);
        const std::string after = lowerAscii(word.substr(dash + 1));
        if (after == "brokered" || after == "mediated" || after == "hosted" || after == "sponsored") {
          if (auto a = countryOfWord(before)) {
            addUnique(o.mediators, *a);
            o.strength = std::max(o.strength, 0.8);
          }
          continue;
        }
        // "Sudan-Chad", "Sudanese-Chadian", "US–Iran" (hyphen or en dash).
        std::vector<std::uint32_t> parts;
        std::string_view rest = word;
        bool all = true;
        while (!rest.empty() && all) {
          std::size_t cut = rest.find('-');
          std::size_t skip = 1;
          if (const auto en = rest.find("\xE2\x80\x93"); en < cut) {
            cut = en;
            skip = 3;
          }
          const auto part = rest.substr(0, cut);
          if (auto a = countryOfWord(part)) parts.push_back(*a);
          else all = false;
          rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + skip);
        }
        if (all && parts.size() >= 2) countries.insert(countries.end(), parts.begin(), parts.end());
      }
    }
    if (o.entity >= 0) {
      // Countries inside a named event: "Sudan-Chad Peace Talks".
      const Mention* m = mentionAt(t);
      for (auto k = m->tokenBegin; k < m->tokenEnd; ++k) {
        const auto word = doc_.tokenText(k);
        std::string_view rest = word;
        std::vector<std::uint32_t> parts;
        while (!rest.empty()) {
          std::size_t cut = rest.find('-');
          std::size_t skip = 1;
          if (const auto en = rest.find("\xE2\x80\x93"); en < cut) {
            cut = en;
            skip = 3;
          }
          if (auto a = countryOfWord(rest.substr(0, cut))) parts.push_back(*a);
          rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + skip);
        }
        countries.insert(countries.end(), parts.begin(), parts.end());
      }
    }
    if (countries.size() >= 2) {
      for (auto c : countries) addUnique(o.participants, c);
      o.strength = std::max(o.strength, 0.7);
    }
    // Who takes power: "the army's takeover", "the Taliban's return to power", "a junta coup".
    if (o.cls == Class::Takeover) {
      std::optional<std::uint32_t> actor;
      if (b >= tb_ + 2 && isPossessive(b - 1) && mentionAt(b - 2))
        actor = actors_.actorOfMention(actors_.mentionAtToken(b - 2), false);
      for (auto k = b; k < t && !actor; ++k) {
        const Mention* m = mentionAt(k);
        if (!m || m->demonym || m->entity < 0) continue;
        const Class ec = doc_.entities[static_cast<std::size_t>(m->entity)].cls;
        if (ec != Class::Country && onto::isA(ec, Class::Actor)) actor = actors_.actorOfMention(actors_.mentionAtToken(k), false);
      }
      // "the Niger coup": a country before the noun is where it happened, not who did it.
      if (countries.size() == 1 && !o.location) {
        o.location = countries.front();
        o.strength = std::max(o.strength, 0.7);
      }
      if (actor) {
        addUnique(o.participants, *actor);
        o.strength = std::max(o.strength, 0.7);
      }
    }

    // Attacks and clashes: "a Russian drone attack" (the one country in front attacks), "the
    // attack on Kharkiv" (where), "the strikes on Ukraine's energy grid" (whom), "Russian forces
    // launched a missile attack" (who).
    if (o.cls == Class::Attack || o.cls == Class::ArmedClash) {
      // Not an anchor by itself: "prompting Pakistani airstrikes" names no particular attack.
      if (countries.size() == 1) o.side = countries.front();
      // "an RSF attack", "a Hamas rocket attack": the group named in front attacks.
      for (auto k = b; k < t; ++k) {
        const Mention* m = mentionAt(k);
        if (!m || m->demonym || m->entity < 0 || m->tokenBegin != k) continue;
        const Class ec = doc_.entities[static_cast<std::size_t>(m->entity)].cls;
        if (ec == Class::Country || ec == Class::Person || !onto::isA(ec, Class::Actor)) continue;
        if (auto a = actors_.actorOfMention(actors_.mentionAtToken(k), false)) {
          addUnique(o.participants, *a);
          o.strength = std::max(o.strength, 0.7);
        }
      }
      // "Shelling by the paramilitary RSF killed ...", "an attack by Kanem rebels": who did it.
      if (next == "by") {
        std::uint32_t k = t + 2;
        if (lw(k) == "the") ++k;
        while (k < te_ && k < t + 6 && !mentionAt(k) && (doc_.tokens[k].pos == "JJ" || lw(k) == "paramilitary")) ++k;
        if (const Mention* m = k < te_ ? mentionAt(k) : nullptr; m && m->tokenBegin == k && !m->demonym && m->entity >= 0) {
          const Class ec = doc_.entities[static_cast<std::size_t>(m->entity)].cls;
          if (ec != Class::Person && onto::isA(ec, Class::Actor))
            if (auto a = actors_.actorOfMention(actors_.mentionAtToken(k), false)) {
              addUnique(o.participants, *a);
              o.strength = std::max(o.strength, 0.7);
              // Anchors are read past the attacker and its bracketed acronym.
              std::uint32_t end = m->tokenEnd;
              if (lw(end) == "(" && lw(end + 2) == ")") end += 3;
              o.partiesEnd = std::max(o.partiesEnd, end);
            }
        }
      }
      // "Sudan has been at war with ...": the subject is the other side.
      if (w == "war" && prev == "at" && next == "with") {
        static constexpr std::array<std::string_view, 13> kAux = {"been", "has", "have", "had", "is", "are", "was",
                                                                 "were", "remains", "remain", "remained", "still", "now"};
        std::uint32_t v = t - 1;
        while (v > tb_ && in(kAux, lw(v - 1))) --v;
        if (v < t - 1)
          for (auto a : attackerBefore(v)) addUnique(o.participants, a);
      }
      // "blamed the helicopter attack on the Gulf Clan": "on" names who is blamed, not the target.
      const auto blamed = [&]() {
        std::uint32_t v = t;
        while (v > tb_ && t - v < 4 && (lw(v - 1) == "the" || lw(v - 1) == "a" || lw(v - 1) == "an" ||
                                        doc_.tokens[v - 1].pos == "JJ" || doc_.tokens[v - 1].pos == "NN"))
          --v;
        if (v == tb_) return false;
        const auto verb = lw(v - 1);
        return verb == "blamed" || verb == "blames" || verb == "blaming" || verb == "blame" || verb == "pinned" ||
               verb == "pins";
      };
      if ((next == "on" || next == "against") && o.cls == Class::Attack && !(next == "on" && blamed())) {
        std::uint32_t k = t + 2;
        if (lw(k) == "the") ++k;
        // "a strike on the southern suburbs of Beirut", "an attack on the town of X".
        std::uint32_t n = k;
        while (n < k + 3 && n < te_ && doc_.tokens[n].pos == "JJ") ++n;
        const bool placeNoun = isPlaceNoun(lw(n)) && lw(n + 1) == "of";
        if (placeNoun) k = n + 2;
        if (const Mention* m = k < te_ ? mentionAt(k) : nullptr; m && m->tokenBegin == k && m->entity >= 0) {
          const auto place = placeOfMention(*m);
          if (place && m->cls != Class::Country && !isPossessive(m->tokenEnd)) {
            if (!o.location) {
              o.location = *place;
              // "attack on Babanusa" for "attack on the town of Babanusa".
              o.locationPhrase = placeNoun || lw(t + 2) == "the" ? std::string(next) + " " + std::string(doc_.slice(m->span))
                                           : std::string(doc_.slice(Span{doc_.tokens[t + 1].span.begin, m->span.end}));
            }
          } else if (auto a = actors_.actorOfMention(actors_.mentionAtToken(k), false);
                     a && !isPersonNode(*a) && !ownerOrFlag(k)) {
            addUnique(o.participants, *a);
          }
          o.strength = std::max(o.strength, 0.7);
        }
      }
      // Back over the rest of the phrase: "launched | a massive drone and missile attack".
      std::uint32_t v = b;
      while (v > tb_ && b - v < 6 &&
             (lw(v - 1) == "a" || lw(v - 1) == "an" || lw(v - 1) == "the" || lw(v - 1) == "and" ||
              isPremodifier(lw(v - 1)) || doc_.tokens[v - 1].pos == "JJ"))
        --v;
      // "claimed responsibility for Tuesday's assault": past a day's possessive.
      if (v >= tb_ + 2 && v == b && isPossessive(v - 1) && weekdayNumber(doc_.tokenText(v - 2)) >= 0) v -= 2;
      static constexpr std::array<std::string_view, 6> kLaunch = {"launched", "conducted", "staged", "mounted", "unleashed", "out"};
      // "X claimed responsibility (on Thursday) for a missile attack", "X claimed the attack": X attacked.
      std::uint32_t claim = 0;
      // Also a headline's "Houthis claim attack on ...".
      if (v > tb_ && (lw(v - 1) == "claimed" || lw(v - 1) == "claims" || lw(v - 1) == "claim") && b > v) claim = v - 1;
      if (v > tb_ && lw(v - 1) == "for") {
        for (auto k = v - 1; k > tb_ && v - k < 6; --k) {
          if (lw(k - 1) == "responsibility" && k >= tb_ + 2 && (lw(k - 2) == "claimed" || lw(k - 2) == "claims")) {
            claim = k - 2;
            break;
          }
        }
      }
      if (claim > 0 || (v > tb_ && in(kLaunch, lw(v - 1)) && (lw(v - 1) != "out" || lw(v - 2) == "carried"))) {
        const std::uint32_t verb = claim > 0 ? claim : lw(v - 1) == "out" ? v - 2 : v - 1;
        for (auto a : attackerBefore(verb)) {
          if (isPersonNode(a)) continue;
          addUnique(o.participants, a);
          o.strength = std::max(o.strength, 0.7);
        }
      }
    }

    // The label core: kind modifiers and the head as written; talks are "talks".
    for (auto k = b; k < t; ++k) {
      if (isLabelModifier(lw(k)) && !(o.cls == Class::Negotiation && lw(k) == "peace")) labelWords.emplace_back(lw(k));
    }
    if (o.cls == Class::Negotiation) {
      o.core = "talks";
    } else if (o.cls == Class::Takeover) {
      o.core = w == "coup" || w == "putsch" ? "coup" : "takeover";
    } else if (o.cls == Class::PrisonerExchange) {
      o.core = "prisoner exchange";
    } else {
      labelWords.emplace_back(w == "call" ? std::string("call") : std::string(w));
      for (const auto& lwd : labelWords) o.core += (o.core.empty() ? "" : " ") + lwd;
      if (o.core == "call") o.core = "phone call";
    }
    // "a ceasefire brokered earlier", "an agreement reportedly reached": one that was concluded.
    if (o.cls == Class::Ceasefire || o.cls == Class::Agreement) {
      static constexpr std::array<std::string_view, 12> kConcluded = {
          "brokered", "reached", "agreed", "signed", "struck", "announced", "declared", "negotiated", "mediated",
          "initialed", "initialled", "inked"};
      static constexpr std::array<std::string_view, 5> kAdverb = {"reportedly", "recently", "earlier", "jointly",
                                                                  "previously"};
      const auto after = in(kAdverb, next) ? lw(t + 2) : next;
      if (in(kConcluded, after)) o.specific = true;
    }
    o.begin = b;
    o.form = std::string(doc_.slice(Span{doc_.tokens[b].span.begin, doc_.tokens[ofPower ? t + 2 : t].span.end}));
    // "an attack on a commercial ship | in the Red Sea": anchors after the object are the attack's.
    if (o.cls == Class::Attack && (next == "on" || next == "against") && !mentionAt(t + 2)) {
      static constexpr std::array<std::string_view, 6> kObject = {"DT", "JJ", "NN", "NNS", "CD", "VBN"};
      if (const std::uint32_t e = untaggedRunEnd(t + 2, t + 7, kObject); e > t + 2) o.head = e - 1;
    }
    // "talks in Geneva", "round of talks in Cairo": the place is part of the mention.
    if ((next == "in" || next == "at") && mentionAt(t + 2) && !o.location && !isPossessive(mentionAt(t + 2)->tokenEnd)) {
      const Mention* m = mentionAt(t + 2);
      if (auto p = placeOfMention(*m)) {
        o.location = *p;
        o.locationPhrase = std::string(doc_.slice(Span{doc_.tokens[t + 1].span.begin, m->span.end}));
        o.form = std::string(doc_.slice(Span{doc_.tokens[b].span.begin, m->span.end}));
        o.strength = std::max(o.strength, 0.8);
      }
    }
    return o;
  }

  // ---------------------------------------------------------------- a sentence
  void readSentence(std::size_t s) {
    loadSentence(s);
    std::vector<Occurrence> occ;
    for (auto t = tb_; t < te_; ++t) {
      if (auto o = triggerAt(s, t)) occ.push_back(std::move(*o));
    }
    verbEvents(s, occ);
    std::sort(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) { return a.head < b.head; });
    absorbCeasefireAgreements(occ);
    attachAnchors(occ);
    shareSeparateAnchors(occ);
    foldDealsNamedAgain(occ);
    mainEventPatterns(s, occ);
    for (auto& o : occ) place(o);
    claimsForTheLatestAttack(s, occ);
  }

  /// "The group X claimed responsibility (for it)." in a sentence that names no attack: X made
  /// the attack the article reported last.
  void claimsForTheLatestAttack(std::size_t s, const std::vector<Occurrence>& occ) {
    // "X claimed responsibility for the assault", "X claimed the attack": X made the attack
    // named right after (the occurrence placed in its record by now).
    for (auto t = tb_ + 1; t + 1 < te_; ++t) {
      std::uint32_t after = 0;
      if (lw(t) == "responsibility" && (lw(t - 1) == "claimed" || lw(t - 1) == "claims") && lw(t + 1) == "for")
        after = t + 2;
      else if ((lw(t) == "claimed" || lw(t) == "claims") && (lw(t + 1) == "the" || lw(t + 1) == "this" || lw(t + 1) == "that"))
        after = t + 1;
      if (after == 0) continue;
      const std::uint32_t verb = lw(t) == "responsibility" ? t - 1 : t;
      for (const auto& [sentence, head, r] : occurrenceRecords_) {
        if (sentence != s || head < after || head > after + 3) continue;
        Record& rec = records_[static_cast<std::size_t>(r)];
        if (rec.cls != Class::Attack) continue;
        for (auto a : attackerBefore(verb))
          if (!isPersonNode(a)) addUnique(rec.participants, a);
        break;
      }
    }
    if (std::any_of(occ.begin(), occ.end(), [](const Occurrence& o) { return o.cls == Class::Attack; })) return;
    for (auto t = tb_ + 1; t < te_; ++t) {
      if (lw(t) != "responsibility" || !(lw(t - 1) == "claimed" || lw(t - 1) == "claims")) continue;
      // "claimed responsibility for the kidnapping": for something the sentence names.
      if (t + 1 < te_ && lw(t + 1) == "for" && lw(t + 2) != "it" && lw(t + 2) != "the") continue;
      if (t + 3 < te_ && lw(t + 1) == "for" && lw(t + 2) == "the" && triggerClass(lw(t + 3)) != Class::Attack) continue;
      const int latest = latestRecord(Class::Attack);
      if (latest < 0) return;
      // "for the kidnapping": the latest attack only when it was a kidnapping.
      const bool kidnapNoun = t + 3 < te_ && lw(t + 1) == "for" && isKidnapping(lw(t + 3));
      if (kidnapNoun != isKidnapping(records_[static_cast<std::size_t>(latest)].core)) continue;
      for (auto a : attackerBefore(t - 1))
        if (!isPersonNode(a)) addUnique(records_[static_cast<std::size_t>(latest)].participants, a);
      return;
    }
  }

  /// "A and B signed a truce in Doha, in a deal mediated by Qatar": "in a deal" names again the
  /// truce, agreement or prisoner exchange the sentence reported before it; its mediators and parties are that one's.
  void foldDealsNamedAgain(std::vector<Occurrence>& occ) const {
    for (std::size_t i = 1; i < occ.size(); ++i) {
      const Occurrence& d = occ[i];
      if (d.cls != Class::Agreement || d.entity >= 0 || d.begin < tb_ + 2) continue;
      const auto det = lw(d.begin - 1);
      if (!((det == "a" || det == "an") && (lw(d.begin - 2) == "in" || lw(d.begin - 2) == "under"))) continue;
      Occurrence* before = nullptr;
      for (std::size_t j = 0; j < i; ++j)
        if (occ[j].cls == Class::Agreement || occ[j].cls == Class::Ceasefire || occ[j].cls == Class::PrisonerExchange)
          before = &occ[j];
      if (!before) continue;
      for (auto a : d.mediators) addUnique(before->mediators, a);
      for (auto a : d.participants) addUnique(before->participants, a);
      before->strength = std::max(before->strength, d.strength);
      occ.erase(occ.begin() + static_cast<long>(i));
      --i;
    }
  }

  /// "A and B met separately with C on Friday in Brussels": the place and day go with each of
  /// the meetings of the one verb, not only with the one they were attached to.
  static void shareSeparateAnchors(std::vector<Occurrence>& occ) {
    for (auto& o : occ) {
      if (!o.separate) continue;
      for (const auto& c : occ) {
        if (&c == &o || !c.separate || c.head != o.head) continue;
        if (!o.location && c.location) {
          o.location = c.location;
          o.locationPhrase = c.locationPhrase;
        }
        if (!o.date) o.date = c.date;
        if (!o.period) o.period = c.period;
        o.strength = std::max(o.strength, c.strength);
      }
    }
  }

  /// The subject of the verb at t: the actors listed from the clause start (after ";", ":", a
  /// dash, and a comma when `commaEnds`) on; `stop` is where the list stops.
  std::vector<std::uint32_t> subjectBefore(std::uint32_t t, bool commaEnds, std::uint32_t& stop, bool personsFirst = true) {
    std::uint32_t c = t;
    // A dash standing alone ends a dateline too: "KYIV, May 10 (Reuters) - Russia and ...".
    while (c > tb_ && lw(c - 1) != ";" && lw(c - 1) != ":" && !isDash(lw(c - 1)) && !(commaEnds && lw(c - 1) == ","))
      --c;
    // "X said, days after the presidents of A and B signed a deal": a clause opened by "after"
    // (before, when, since, while) has its own subject, when it names one.
    for (std::uint32_t k = t; k-- > c;) {
      static constexpr std::array<std::string_view, 5> kOpeners = {"after", "before", "when", "since", "while"};
      static constexpr std::array<std::string_view, 8> kUnits = {"days", "hours", "weeks", "months", "minutes",
                                                                 "shortly", "soon", "just"};
      // (Only after a comma, maybe with a time between: ", days after", ", shortly before".)
      if (!in(kOpeners, lw(k)) || k == 0 || (lw(k - 1) != "," && !(k >= 2 && lw(k - 2) == "," && in(kUnits, lw(k - 1)))))
        continue;
      bool named = false;
      for (auto u = k + 1; u < t && !named; ++u) named = mentionAt(u) != nullptr;
      if (named) c = k + 1;
      break;
    }
    while (c < t && !mentionAt(c)) ++c;
    stop = c;
    return actorList(c, &stop, personsFirst);
  }

  /// The person named between commas right before the verb at v: "The EU's foreign policy
  /// chief, Josep Borrell, hosted", "The current president, Daniel Chapo, visited".
  std::optional<std::uint32_t> personInAppositionBefore(std::uint32_t v) {
    if (v < tb_ + 3 || lw(v - 1) != ",") return std::nullopt;
    const Mention* m = mentionAt(v - 2);
    if (!m || m->cls != Class::Person || m->tokenBegin <= tb_ || lw(m->tokenBegin - 1) != ",") return std::nullopt;
    return actors_.actorOfMention(actors_.mentionAtToken(m->tokenBegin), false);
  }

  /// The talks, truce or deal a verb of brokering at t names right after it ("brokered a
  /// ceasefire", "helped broker the truce"); not fighting or an attack.
  static Occurrence* dealAfter(std::vector<Occurrence>& occ, std::uint32_t t) {
    for (auto& o : occ)
      if (o.begin > t && o.begin <= t + 3 && o.cls != Class::ArmedClash && o.cls != Class::Attack) return &o;
    return nullptr;
  }

  /// The brokers of a deal: its mediators, and a sure event.
  static void mediatedBy(Occurrence& deal, const std::vector<std::uint32_t>& brokers) {
    for (auto a : brokers) addUnique(deal.mediators, a);
    deal.strength = std::max(deal.strength, 0.8);
  }

  /// A meeting named by its verb at t ("met", "spoke by phone").
  static Occurrence meetingAt(std::size_t s, std::uint32_t t, std::string core, double strength) {
    Occurrence o;
    o.sentence = s;
    o.head = t;
    o.begin = t;
    o.cls = Class::Meeting;
    o.core = std::move(core);
    o.strength = strength;
    return o;
  }

  /// A verb that reports an attack or a clash ("shelled"), with its class and the trigger noun
  /// that labels its event ("shelling").
  static std::optional<std::pair<Class, std::string_view>> attackVerb(std::string_view w) {
    struct Verb {
      std::string_view word;
      Class cls;
      std::string_view noun;
    };
    // Tried at every word: a short list compared by length and first letter before the bytes.
    static constexpr Verb kVerbs[] = {
        {"attacked", Class::Attack, "attack"},      {"bombed", Class::Attack, "bombing"},
        {"bombarded", Class::Attack, "bombardment"}, {"raided", Class::Attack, "raid"},
        {"stormed", Class::Attack, "assault"},      {"ambushed", Class::Attack, "ambush"},
        {"struck", Class::Attack, "attack"},        {"shelled", Class::ArmedClash, "shelling"},
        {"clashed", Class::ArmedClash, "clashes"},   {"seized", Class::Attack, "capture"},
        {"captured", Class::Attack, "capture"},     {"overran", Class::Attack, "capture"},
        {"recaptured", Class::Attack, "capture"},   {"retook", Class::Attack, "capture"},
        {"abducted", Class::Attack, "kidnapping"},  {"kidnapped", Class::Attack, "kidnapping"},
        {"hijacked", Class::Attack, "hijacking"},
    };
    for (const Verb& v : kVerbs)
      if (v.word.size() == w.size() && v.word.front() == w.front() && v.word == w) return std::pair{v.cls, v.noun};
    return std::nullopt;
  }

  /// The attacker named right before the verb at `v`, maybe with a bracketed acronym, an
  /// auxiliary or "militants", "jets" in between: "the RSF had attacked", "Israeli jets struck",
  /// "Russian forces launched". Empty when none, or when it is the agent of a participle
  /// ("M23 rebels backed by Rwanda seized": Rwanda seized nothing here).
  std::vector<std::uint32_t> attackerBefore(std::uint32_t v) {
    static constexpr std::array<std::string_view, 53> kBetween = {
        "(",       ")",         "have",     "has",       "had",      "militants", "fighters",
        "gunmen",  "troops",    "forces",   "soldiers",  "warplanes", "jets",     "drones",
        "rebels",  "reportedly", "allegedly", "also",    "again",    "then",      "later",
        "missiles", "rockets",  "artillery", "shells",   "aircraft", "helicopters", "fighter", "military",
        "gang",     "militia",  "drone",    "missile",   "rocket",   "warplane",  "jet",       "helicopter",
        "army",     "navy",     "movement", "group",   "ballistic", "cruise",  "hypersonic", "guided",
        "attack",   "kamikaze", "security", "intelligence", "service", "special", "units", "unit"};
    std::uint32_t g = v;
    while (g > tb_ && (in(kBetween, lw(g - 1)) || (mentionAt(g - 1) && lw(g) == ")"))) --g;
    // "The fighters, known locally as al-Shabab, attacked": the name the apposition gives.
    if (g > tb_ + 3 && lw(g - 1) == ",") {
      const Mention* alias = mentionAt(g - 2);
      if (alias && alias->tokenEnd == g - 1 && alias->tokenBegin >= tb_ + 3 && lw(alias->tokenBegin - 1) == "as") {
        std::uint32_t k = alias->tokenBegin - 2;
        if (k > tb_ && doc_.tokens[k].pos.starts_with("RB")) --k;  // "known locally as"
        if (lw(k) == "known" && lw(k - 1) == ",")
          if (auto a = actors_.actorOfMention(actors_.mentionAtToken(alias->tokenBegin), true)) return {*a};
      }
    }
    // "fighters of the White Army, an armed youth group from X, overran": past the apposition.
    if (g > tb_ + 3 && lw(g - 1) == "," && (lw(g - 2) != ")")) {
      for (std::uint32_t k = g - 2; k > tb_ && g - k < 14; --k) {
        const auto& pos = doc_.tokens[k].pos;
        const bool finite = (pos == "VBD" || pos == "VBZ" || pos == "VBP") && lw(k + 1) != "by";  // not "led by"
        if (finite || lw(k) == "which" || lw(k) == "who" || lw(k) == "said") break;
        if (lw(k) != ",") continue;
        // "JNK (the acronym), an armed group", "the X gang (coalition), led by Y,".
        std::uint32_t e = k;
        const auto groupNoun = [](std::string_view x) {
          return x == "gang" || x == "group" || x == "militia" || x == "movement" || x == "coalition" ||
                 x == "alliance" || x == "faction";
        };
        // ("Rwandan troops, deployed in the province since 2021, said": the troops' side.)
        while (e > tb_ + 1 && k - e < 2 && (groupNoun(lw(e - 1)) || in(kBetween, lw(e - 1)))) --e;
        const bool named = mentionAt(e - 1) != nullptr || (lw(e - 1) == ")" && mentionAt(e - 2) != nullptr);
        // ", led by X,"; ", al-Qaeda's affiliate in the Sahel,".
        const bool described = lw(k + 1) == "a" || lw(k + 1) == "an" || lw(k + 1) == "the" ||
                               doc_.tokens[k + 1].pos == "VBN" || lw(k + 2) == "by" ||
                               (mentionAt(k + 1) && isPossessive(mentionAt(k + 1)->tokenEnd));
        if (named && described) g = e;
        break;
      }
      while (g > tb_ && (in(kBetween, lw(g - 1)) || (mentionAt(g - 1) && lw(g) == ")"))) --g;
    }
    // "Sudan's army attacked", "Russia's forces struck": the owner of the forces.
    if (g < v && g >= tb_ + 2 && isPossessive(g - 1)) {
      if (const Mention* owner = mentionAt(g - 2)) {
        if (auto a = actors_.actorOfMention(actors_.mentionAtToken(owner->tokenBegin), true)) return {*a};
      }
    }
    // "the Alliance, which launched": the name before the relative pronoun.
    if (g >= tb_ + 2 && (lw(g - 1) == "which" || lw(g - 1) == "who") && lw(g - 2) == ",") g -= 2;
    // "the White Army, a militia that overran": the name the apposition describes.
    if (g >= tb_ + 4 && lw(g - 1) == "that") {
      std::uint32_t k = g - 2;
      while (k > tb_ + 1 && g - k <= 4 && !mentionAt(k) && (doc_.tokens[k].pos == "JJ" || doc_.tokens[k].pos == "NN")) --k;
      if ((lw(k) == "a" || lw(k) == "an") && lw(k - 1) == "," && k + 1 < g - 1) g = k - 1;
    }
    // "X said on Sunday it had captured": the one who said it.
    // Also "X said its fighters fired".
    if (g > tb_ && (lw(g - 1) == "it" || lw(g - 1) == "they" || lw(g - 1) == "its" || lw(g - 1) == "their")) {
      static constexpr std::array<std::string_view, 5> kSaid = {"said", "says", "claimed", "announced", "stated"};
      for (std::uint32_t k = g - 1; k > tb_ && g - k < 30; --k) {
        if (in(kSaid, lw(k - 1))) return attackerBefore(k - 1);
      }
      // "The RSF has been accused of killing civilians after it seized X": the subject of the
      // sentence, a group or state, opening it.
      static constexpr std::array<std::string_view, 5> kAfter = {"after", "when", "since", "before", "once"};
      if (g >= tb_ + 2 && (lw(g - 1) == "it" || lw(g - 1) == "they") && in(kAfter, lw(g - 2))) {
        const std::uint32_t first = lw(tb_) == "the" ? tb_ + 1 : tb_;
        if (const Mention* m = mentionAt(first); m && m->tokenBegin == first && !isPossessive(m->tokenEnd))
          if (auto a = actors_.actorOfMention(actors_.mentionAtToken(first), true); a && !isPersonNode(*a)) return {*a};
      }
      return {};
    }
    const Mention* m = g > tb_ ? mentionAt(g - 1) : nullptr;
    // "The military carried out an airstrike", "the army shelled": the state the article's
    // unnamed army is (ActorResolver::unnamedStateBody), when it tells.
    if (m == nullptr && g < v && g > tb_ && lw(g - 1) == "the") {
      std::uint32_t end = 0;
      if (auto a = actors_.unnamedStateBody(g - 1, end); a && end == g + 1) return {*a};
    }
    if (m == nullptr) return {};
    // Back to the first of a list: "A and B attacked".
    std::uint32_t c = m->tokenBegin;
    // (Not past a place: "after gunmen killed 26 in Pahalgam, India struck".)
    while (c >= tb_ + 2 && (lw(c - 1) == "and" || lw(c - 1) == ",") && mentionAt(c - 2) &&
           actors_.actorOfMention(actors_.mentionAtToken(c - 2), true))
      c = mentionAt(c - 2)->tokenBegin;
    std::uint32_t stop = c;
    auto list = actorList(c, &stop);
    // "M23 rebels backed by Rwanda seized": the subject before the participle, not its agent.
    if (c >= tb_ + 3 && lw(c - 1) == "by" && stop >= m->tokenEnd) {
      static constexpr std::array<std::string_view, 7> kBackedBy = {"backed", "supported", "armed", "funded",
                                                                   "aided", "sponsored", "assisted"};
      if (in(kBackedBy, lw(c - 2))) return attackerBefore(c - 2);
    }
    if (stop < m->tokenEnd || (c > tb_ && lw(c - 1) == "by")) return {};
    return list;
  }

  /// An attack named by a verb at t. A second verb of the same subject ("blew up the track and
  /// opened fire on the train") tells more of the attack the first one named.
  void addAttack(std::vector<Occurrence>& occ, Occurrence o, std::uint32_t t) const {
    if (!occ.empty() && t > tb_ && lw(t - 1) == "and") {
      Occurrence& first = occ.back();
      const bool sameKind = first.cls == o.cls && isKidnapping(first.core) == isKidnapping(o.core);
      if (first.sentence == o.sentence && first.begin < t && sameKind &&
          (!o.location || !first.location || *o.location == *first.location)) {
        for (auto a : o.participants) addUnique(first.participants, a);
        if (!first.location) {
          first.location = o.location;
          first.locationPhrase = o.locationPhrase;
        }
        return;
      }
    }
    occ.push_back(std::move(o));
  }

  /// "The RSF shelled the city of Nyala on Sunday", "militants attacked a police post in X",
  /// "Nyala was shelled by the RSF", "the army clashed with the rebels": an event with the
  /// attacker and the actor attacked as participants and the place attacked as location.
  /// Needs a named attacker or a named target ("Police said gunmen attacked" is no event).
  /// `skip`: words of the verb after t ("blew up", "opened fire on") before its object.
  std::optional<Occurrence> verbAttack(std::size_t s, std::uint32_t t, Class cls, std::string_view core,
                                       std::uint32_t skip = 0) {
    const auto w = lw(t);
    const bool passive = t > tb_ && (lw(t - 1) == "was" || lw(t - 1) == "were" || lw(t - 1) == "been") &&
                         lw(t + 1 + skip) == "by";
    std::vector<std::uint32_t> attackers, targets;
    std::optional<std::uint32_t> location;
    std::string locationPhrase;
    std::uint32_t objectEnd = t + skip;  // the last token of what is attacked, when named
    // A place other than a country named as the object or subject is where the attack was.
    const auto takePlace = [&](const Mention& m) {
      const auto p = placeOfMention(m);
      if (!p || m.cls == Class::Country) return false;
      location = *p;
      locationPhrase = std::string(doc_.slice(m.span));
      return true;
    };
    // "attacked" and "struck" also take words as objects ("attacked the plan", "struck a
    // conciliatory tone"): an armed attack hits something physical or a named place or actor.
    bool physical = true;
    const auto physicalHead = [&](std::uint32_t from) {
      static constexpr std::array<std::string_view, 142> kPhysical = {
          "plane",     "planes",    "helicopter", "airliner",
          "bus",       "buses",     "car",       "cars",      "truck",      "trucks",     "train",      "vehicle",
          "ambulance", "ambulances", "apartment", "factory",  "university", "office",     "neighbourhood", "neighborhood",
          "tanks",     "tank",      "sites",     "site",      "launchers",  "aircraft",   "helicopters", "artillery",
          "weapons",   "warehouse", "warehouses", "building", "shelter",    "shelters",   "boats",      "boat",
          "base",      "bases",     "camp",      "camps",     "convoy",     "convoys",    "positions",  "post",
          "posts",     "outpost",   "outposts",  "checkpoint", "checkpoints", "village",  "villages",   "town",
          "towns",     "city",      "cities",    "hospital",  "hospitals",  "school",     "schools",    "ship",
          "ships",     "vessel",    "vessels",   "tanker",    "tankers",    "troops",     "forces",     "soldiers",
          "police",    "patrol",    "patrols",   "station",   "stations",   "headquarters", "airport",  "airbase",
          "port",      "facility",  "facilities", "infrastructure", "grid", "plant",      "plants",     "targets",
          "depot",     "depots",    "barracks",  "market",    "mosque",     "church",     "embassy",    "compound",
          "vehicles",  "civilians", "homes",     "houses",    "buildings",  "refinery",   "pipeline",   "bridge",
          "track",     "tracks",    "railway",   "tower",     "pylons",     "dam",        "tunnel",     "trains",
          "worshippers", "passengers", "villagers", "guests",  "crowd",      "motorcade",  "hotel",      "mall",
          "ports",     "airports",  "airfield",  "airfields", "terminal",   "refineries", "bridges",    "hideout",
          "hideouts",  "stronghold", "strongholds", "markets", "mosques",   "churches",   "carrier",    "freighter",
          "warship",   "warships",  "frigate",   "destroyer", "tourists",  "pilgrims",   "protesters", "demonstrators",
          "crowds",    "shoppers"};
      static constexpr std::array<std::string_view, 3> kNouns = {"NN", "NNS", "JJ"};
      const std::uint32_t j = untaggedRunEnd(from, te_, kNouns);
      if (j == from) return std::pair<bool, std::uint32_t>{true, from - 1};  // no noun after the name
      return std::pair<bool, std::uint32_t>{in(kPhysical, lw(j - 1)), j - 1};
    };
    // What is attacked: a place ("the city of Nyala", "Nyala") is where; an actor is a party.
    const auto object = [&](std::uint32_t k) {
      // "seized control of the regional capital Mekelle": the place controlled.
      if (lw(k) == "control" && lw(k + 1) == "of") k += 2;
      // "a residential area of Kryvyi Rih": an article before the place noun too.
      // ("a Somali army base": a demonym after "a" as after "the".)
      if (lw(k) == "the" || ((lw(k) == "a" || lw(k) == "an") && (!mentionAt(k + 1) || mentionAt(k + 1)->demonym))) ++k;
      // "attacked southern Israel": a direction before the name.
      if (directionBefore(k)) ++k;
      // "the Liberian-flagged carrier": the flag's country is not attacked.
      if (ownerOrFlag(k)) ++k;
      // "the eastern Congolese city of Goma": adjectives and a nationality before the noun.
      std::uint32_t n = k;
      while (n < k + 3 && n < te_ && (doc_.tokens[n].pos == "JJ" || (mentionAt(n) && mentionAt(n)->demonym))) ++n;
      if (isPlaceNoun(lw(n)) && lw(n + 1) == "of") k = n + 2;
      // "the regional capital Mekelle", "the port city Hodeidah": the noun before the name.
      else if (isPlaceNoun(lw(n)) && mentionAt(n + 1) && mentionAt(n + 1)->tokenBegin == n + 1) k = n + 1;
      // "The gang stormed the town early Thursday" after "an attack on the town of X": the town
      // the sentence before named.
      else if (n == k && k > tb_ && lw(k - 1) == "the" && (lw(k) == "town" || lw(k) == "city" || lw(k) == "village") &&
               lw(k + 1) != "of" && !mentionAt(k + 1)) {
        if (const Mention* before = lastTownBefore(tb_)) {
          objectEnd = k;
          takePlace(*before);
          return std::vector<std::uint32_t>{};
        }
      }
      if (k >= te_) return std::vector<std::uint32_t>{};  // the sentence ends: nothing attacked
      const Mention* m = mentionAt(k);
      if (m == nullptr || m->tokenBegin != k) {
        // An unnamed object ("a military base"): its last word, so that "in X" and "on Friday"
        // after it still read as the attack's.
        static constexpr std::array<std::string_view, 11> kNounPhrase = {"DT",  "JJ",  "NN",  "NNS", "CD", "PRP$",
                                                                          "VBN", "VBG", "JJR", "NNP", "NNPS"};
        if (const std::uint32_t e = untaggedRunEnd(k, te_, kNounPhrase); e > k) objectEnd = e - 1;
        // "the bulk carrier Magic Seas": the common noun before the thing's name.
        std::uint32_t head = objectEnd;
        while (head > k && std::isupper(static_cast<unsigned char>(doc_.tokenText(head).front())) &&
               doc_.tokens[head].pos.starts_with("NNP"))
          --head;
        if (objectEnd > t) physical = physicalHead(head).first;
        return std::vector<std::uint32_t>{};
      }
      objectEnd = m->tokenEnd - 1;
      if (isPossessive(m->tokenEnd)) {
        // "attacked Ukraine's energy grid": Ukraine is attacked.
        std::tie(physical, objectEnd) = physicalHead(m->tokenEnd + 1);
        if (m->entity >= 0 && !m->demonym && onto::isA(doc_.entities[static_cast<std::size_t>(m->entity)].cls, Class::Actor))
          return std::vector<std::uint32_t>{sink_.entityNode(m->entity)};
        return std::vector<std::uint32_t>{};
      }
      // "struck Hezbollah positions", but "attacked the U.S. proposal".
      std::tie(physical, objectEnd) = physicalHead(m->tokenEnd);
      if (takePlace(*m)) return std::vector<std::uint32_t>{};
      return actorList(k);
    };
    if (passive) {
      attackers = actorList(t + 2 + skip);
      // "was shot down by a drone in X": the anchors come after the weapon named.
      if (attackers.empty() && !mentionAt(t + 2 + skip)) {
        std::uint32_t k = t + 2 + skip;
        if (lw(k) == "a" || lw(k) == "an") ++k;
        const std::uint32_t from = k;
        while (k < te_ && k < from + 3 && !mentionAt(k) && (doc_.tokens[k].pos == "NN" || doc_.tokens[k].pos == "JJ")) ++k;
        if (k > from) objectEnd = k - 1;
      }
      std::uint32_t stop = t;
      const auto subject = subjectBefore(t - 1, false, stop);
      if (stop + 1 == t) {
        for (auto a : subject) addUnique(targets, a);
      }
      if (stop < t && subject.empty()) {
        const Mention* m = mentionAt(stop);
        if (m && m->tokenEnd + 1 == t) takePlace(*m);
      }
    } else {
      attackers = attackerBefore(t);
      if (w == "clashed" || core == "clashes") {
        // "clashed with soldiers of the Chadian army": the side the soldiers belong to; also
        // "exchanged fire with police".
        std::uint32_t k = t + 2 + skip;
        static constexpr std::array<std::string_view, 8> kMembers = {"soldiers", "troops",  "fighters", "militants",
                                                                     "members",  "units",   "elements", "forces"};
        if (in(kMembers, lw(k)) && lw(k + 1) == "of") k += 2;
        if (lw(t + 1 + skip) == "with") targets = actorList(k);
      } else {
        targets = object(t + 1 + skip);
      }
    }
    if ((w == "attacked" || w == "struck") && !passive && !physical) return std::nullopt;
    // "blew up a railway track", "opened fire on a bus": a physical object named right after
    // ("the deal blew up in Lusaka", "critics opened fire on the plan" are words).
    // ("exchanged fire along the border" is a clash with no object.)
    if (skip > 0 && !passive && cls != Class::ArmedClash && (objectEnd <= t + skip || !physical)) return std::nullopt;
    // "seized the city of X", "captured X": a place taken; not "seized weapons", "captured the mood".
    // "recaptured the presidential palace in Khartoum": a building in a place.
    const bool capture = w == "seized" || w == "captured" || w == "overran" || w == "recaptured" || w == "retook" ||
                         lw(t + 1) == "control";
    if (capture && !location && !passive && objectEnd > t && lw(objectEnd + 1) == "in") {
      static constexpr std::array<std::string_view, 14> kBuildings = {
          "palace", "airport", "base",     "headquarters", "building", "compound", "bridge",
          "station", "port",   "airbase", "barracks",     "garrison", "outpost",  "camp"};
      // ("overran an army base in the Hiraan region": past the article.)
      std::uint32_t at = lw(objectEnd + 2) == "the" ? objectEnd + 3 : objectEnd + 2;
      // ("an army garrison in the town of Nasir": the name after the place noun.)
      if (const auto named = nameAfterPlaceNoun(at, te_)) at = *named;
      if (const Mention* m = mentionAt(at); m && m->tokenBegin == at && in(kBuildings, lw(objectEnd))) takePlace(*m);
    }
    if (capture && !location) return std::nullopt;
    // "recaptured Wad Madani, the capital of Gezira state, from the RSF": whom it was taken from.
    if (capture && !passive && objectEnd > t) {
      for (std::uint32_t k = objectEnd + 1; k < te_ && k <= objectEnd + 12; ++k) {
        if (lw(k) == "." || lw(k) == ";") break;
        if (lw(k) != "from") continue;
        for (auto a : actorList(k + 1)) addUnique(targets, a);
        break;
      }
    }
    // "struck a deal", "struck a conciliatory tone": no attack.
    if (w == "struck") {
      static constexpr std::array<std::string_view, 12> kNotHit = {"deal",  "deals", "agreement", "accord", "pact", "truce",
                                                                   "balance", "tone", "note", "chord", "compromise", "bargain"};
      for (auto k = t + 1; k <= t + 4 && k < te_; ++k)
        if (in(kNotHit, lw(k)) || triggerClass(lw(k)) == Class::Agreement) return std::nullopt;
      if (attackers.empty() && targets.empty() && !location) return std::nullopt;
    }
    // "abducted 40 people from a village in X state": where they were taken from is where.
    if (core == "kidnapping" && !passive && objectEnd == t) {
      // "abducted at least 40 people", "kidnapped more than 20 students"
      std::uint32_t k = t + 1;
      if ((lw(k) == "at" && (lw(k + 1) == "least" || lw(k + 1) == "most")) || (lw(k) == "more" && lw(k + 1) == "than") ||
          (lw(k) == "up" && lw(k + 1) == "to"))
        k += 2;
      else if (lw(k) == "about" || lw(k) == "nearly" || lw(k) == "some" || lw(k) == "over" || lw(k) == "around")
        ++k;
      static constexpr std::array<std::string_view, 5> kCounted = {"CD", "JJ", "NN", "NNS", "DT"};
      if (const std::uint32_t e = untaggedRunEnd(k, te_, kCounted); e > k) objectEnd = e - 1;
    }
    // ("were kidnapped from a school in X": no object named.)
    if (core == "kidnapping" && !passive && lw(objectEnd + 1) == "from") {
      std::uint32_t k = objectEnd + 2;
      if (lw(k) == "the" || lw(k) == "a" || lw(k) == "an" || lw(k) == "their" || lw(k) == "its") ++k;
      if (const Mention* m = mentionAt(k); m && m->tokenBegin == k) {
        if (takePlace(*m)) objectEnd = m->tokenEnd - 1;
      } else {
        static constexpr std::array<std::string_view, 4> kNoun = {"JJ", "NN", "NNS", "VBN"};
        if (const std::uint32_t e = untaggedRunEnd(k, te_, kNoun); e > k) objectEnd = e - 1;
      }
    }
    // Kidnappings counted over years ("have kidnapped more than 1,400 students since 2014") are
    // a tally, not one event.
    if (core == "kidnapping" && targets.empty()) {
      for (auto k = t + 1; k + 1 < te_; ++k)
        if (lw(k) == "since" && doc_.tokens[k + 1].pos == "CD") return std::nullopt;
    }
    // People "attack" with words ("the minister attacked the decision"): a person on either side
    // is no armed attack. (A kidnapping takes people, named or not.)
    const auto person = [&](std::uint32_t node) { return isPersonNode(node); };
    if (core != "kidnapping" &&
        (std::any_of(attackers.begin(), attackers.end(), person) || std::any_of(targets.begin(), targets.end(), person)))
      return std::nullopt;
    Occurrence o;
    o.sentence = s;
    // The anchors after the object belong to the event: "shelled the city of Nyala | on Sunday".
    o.head = objectEnd;
    o.begin = t;
    o.cls = cls;
    o.core = std::string(core);
    o.strength = 0.7;
    for (auto a : attackers) addUnique(o.participants, a);
    for (auto a : targets) addUnique(o.participants, a);
    if (location) {
      o.location = location;
      o.locationPhrase = (core == "capture" ? "of " : "in ") + locationPhrase;  // "capture of Goma"
    }
    return o;
  }

  /// "The RSF killed 40 civilians in an attack on the camp": who killed made the attack (the
  /// verb at t). "Gunmen killed 26 tourists in Pahalgam": unnamed attackers killing people at a
  /// named place make an attack there.
  void killedInAnAttack(std::size_t s, std::uint32_t t, std::vector<Occurrence>& occ) {
    const auto w = lw(t);
    if (t > tb_ && lw(t - 1) != "was" && lw(t - 1) != "were" && lw(t - 1) != "been" && lw(t + 1) != "by") {
      for (auto& c : occ) {
        if (c.begin <= t + 1 || c.begin > t + 20 || (c.cls != Class::Attack && c.cls != Class::ArmedClash)) continue;
        std::uint32_t d = lw(c.begin - 1) == "in" ? c.begin - 1 : lw(c.begin - 2) == "in" ? c.begin - 2 : 0;
        if (d == 0 || (d == c.begin - 2 && lw(c.begin - 1) != "a" && lw(c.begin - 1) != "an" && lw(c.begin - 1) != "the"))
          d = 0;
        // "killed 200 people in three days of attacks".
        static constexpr std::array<std::string_view, 5> kSpans = {"days", "weeks", "months", "hours", "nights"};
        if (d == 0 && c.begin >= tb_ + 4 && lw(c.begin - 1) == "of" && in(kSpans, lw(c.begin - 2)) &&
            numberWord(lw(c.begin - 3)) > 0 && lw(c.begin - 4) == "in")
          d = c.begin - 4;
        if (d == 0) break;
        bool clause = true;  // nothing but the victims in between: "killed at least 40 civilians in"
        for (auto k = t + 1; k < d && clause; ++k) {
          // "killed at least 70 people, including a mother and her newborn, in an attack".
          if (lw(k) == "," && lw(k + 1) == "including") {
            auto close = k + 2;
            while (close < d && lw(close) != ",") ++close;
            if (close + 1 == d) break;
          }
          clause = lw(k) != "," && lw(k) != "and" && !mentionAt(k);
        }
        if (!clause) break;
        for (auto a : attackerBefore(t)) addUnique(c.participants, a);
        break;
      }
    }
    if (w != "killed" || t == tb_) return;
    // Also "RSF fighters killed 460 patients at the X Hospital", "Chadian troops killed".
    static constexpr std::array<std::string_view, 19> kAttackers = {
        "gunmen",  "militants", "attackers", "assailants", "insurgents", "bandits",  "jihadists",
        "bomber",  "bombers",   "terrorists", "gunman",    "attacker",   "fighters", "rebels",
        "militiamen", "paramilitaries", "troops", "soldiers", "forces"};
    std::uint32_t g = t;
    while (g > tb_ && (lw(g - 1) == "have" || lw(g - 1) == "had" || lw(g - 1) == "has" || lw(g - 1) == "reportedly")) --g;
    if (g == tb_ || !in(kAttackers, lw(g - 1))) return;
    for (const auto& c : occ)
      if ((c.cls == Class::Attack || c.cls == Class::ArmedClash) && c.begin > t && c.begin <= t + 12) return;
    for (auto k = t + 1; k + 1 < te_ && k <= t + 16; ++k) {
      // "killed 12 people and wounded 30 others at ...", "killed 460 patients and their
      // companions at ...": the victims of both verbs, more victims; not a second clause.
      if (lw(k) == "and" && (lw(k + 1) == "wounded" || lw(k + 1) == "injured" || !doc_.tokens[k + 1].pos.starts_with("VB")))
        continue;
      if (lw(k) == "," || lw(k) == ";" || lw(k) == "and") return;
      if (lw(k) != "in" && lw(k) != "at" && lw(k) != "near") continue;
      if (lw(k) == "at" && (lw(k + 1) == "least" || lw(k + 1) == "most")) continue;  // "killed at least 12"
      std::uint32_t q = lw(k + 1) == "the" ? k + 2 : k + 1;
      if (directionBefore(q)) ++q;
      const Mention* m = mentionAt(q);
      // "at a busy market in X": the named place after an unnamed one.
      if (!m && (lw(k + 1) == "a" || lw(k + 1) == "an" || lw(k + 1) == "the")) continue;
      if (!m || m->tokenBegin != q) return;
      // "in northeastern Nigeria's Borno state": the place the country's name is before.
      if (m->cls == Class::Country && isPossessive(m->tokenEnd)) {
        const Mention* inner = mentionAt(m->tokenEnd + 1);
        if (inner && inner->tokenBegin == m->tokenEnd + 1) m = inner;
      }
      if (m->cls == Class::Country) return;
      const auto place = placeOfMention(*m);
      if (!place) return;
      Occurrence o;
      o.sentence = s;
      o.begin = t;
      o.head = m->tokenEnd - 1;
      o.cls = Class::Attack;
      o.core = "attack";
      o.strength = 0.7;
      o.location = *place;
      o.locationPhrase = std::string(lw(k)) + " " + std::string(doc_.slice(m->span));
      // "RSF fighters killed ...": the group the attackers are of.
      for (auto a : attackerBefore(t))
        if (!isPersonNode(a)) addUnique(o.participants, a);
      occ.push_back(std::move(o));
      return;
    }
  }

  /// "..., with Cuba, Norway and Mexico acting as guarantors" ("acting" at t): the talks'
  /// mediators, those of the sentence's talks or else of the article's.
  void actingAsMediators(std::uint32_t t, std::uint32_t roleAt, std::vector<Occurrence>& occ) {
    const auto role = lw(roleAt);
    if (role != "guarantors" && role != "mediators" && role != "facilitators" && role != "guarantor" && role != "mediator")
      return;
    for (auto k = t; k > tb_ && t - k < 20; --k) {
      if (lw(k - 1) != "with") continue;
      std::uint32_t stop = k;
      const auto list = actorList(k, &stop);
      if (stop != t || list.empty()) return;
      Occurrence* talks = nullptr;
      for (auto& c : occ)
        if (c.cls == Class::Negotiation && c.head < k) talks = &c;
      for (auto a : list) {
        if (talks) addUnique(talks->mediators, a);
        else deferredMediators_.push_back(a);
      }
      return;
    }
  }

  /// "Hezbollah fired rockets at Israeli troops", "Tehran launched about 180 ballistic missiles at
  /// Israel": an attack by the subject with the weapon, on the actor or place after "at".
  std::optional<Occurrence> verbFire(std::size_t s, std::uint32_t t) {
    static constexpr std::array<std::string_view, 16> kWeapons = {
        "rockets", "rocket",  "missiles", "missile", "drones", "drone",   "shells",  "mortars",
        "mortar",  "rounds",  "projectiles", "bombs", "grenades", "munitions", "salvos", "barrages"};
    static constexpr std::array<std::string_view, 10> kCount = {"about", "more", "than", "over", "some", "a",
                                                                "dozens", "of", "at", "least"};
    if (t == tb_ || lw(t - 1) == "was" || lw(t - 1) == "were" || lw(t - 1) == "been") return std::nullopt;
    std::uint32_t k = t + 1, weapon = 0, firstWeapon = 0;
    for (; k < te_ && k <= t + 9; ++k) {
      if (in(kWeapons, lw(k))) {
        weapon = k;
        if (firstWeapon == 0) firstWeapon = k;
      } else if (weapon && (lw(k) == "and" || lw(k) == "or" || lw(k) == ",") && k + 1 < te_ &&
                 (in(kWeapons, lw(k + 1)) || (k + 2 < te_ && doc_.tokens[k + 1].pos == "CD" && in(kWeapons, lw(k + 2))))) {
        continue;  // "rockets and drones at", "476 drones and 48 missiles against"
      } else if (weapon && doc_.tokens[k].pos == "CD" && k + 1 < te_ && in(kWeapons, lw(k + 1))) {
        continue;
      } else if (weapon) {
        break;
      } else if (!(in(kCount, lw(k)) || doc_.tokens[k].pos == "CD" || doc_.tokens[k].pos == "JJ" ||
                   isPremodifier(lw(k)))) {
        return std::nullopt;
      }
    }
    if (weapon == 0) return std::nullopt;
    const auto prep = lw(k);
    if (!(prep == "at" || prep == "towards" || prep == "toward" || prep == "into" || prep == "on" || prep == "against"))
      return std::nullopt;
    Occurrence o;
    o.sentence = s;
    o.begin = t;
    o.cls = Class::Attack;
    const auto wp = lw(firstWeapon);
    o.core = wp.starts_with("rocket") ? "rocket attack" : wp.starts_with("missile") ? "missile attack"
             : wp.starts_with("drone") ? "drone attack" : "attack";
    o.strength = 0.7;
    for (auto a : attackerBefore(t)) addUnique(o.participants, a);
    std::uint32_t q = k + 1;
    if (lw(q) == "the") ++q;
    // "at northern Israel": a part of the country named after its direction.
    if (directionBefore(q)) ++q;
    o.head = q > k + 1 ? q - 1 : k;
    if (const Mention* m = mentionAt(q); m && m->tokenBegin == q) {
      // "fired a ballistic missile toward the East Sea": a launch into open water, no attack.
      if (prep == "toward" || prep == "towards" || prep == "into") {
        static constexpr std::array<std::string_view, 4> kWaters = {"sea", "ocean", "waters", "gulf"};
        for (auto u = m->tokenBegin; u < m->tokenEnd; ++u)
          if (in(kWaters, lw(u))) return std::nullopt;
      }
      const auto place = placeOfMention(*m);
      if (place && m->cls != Class::Country && !m->demonym) {
        o.location = *place;
        o.locationPhrase = "on " + std::string(doc_.slice(m->span));
      } else if (auto a = actors_.actorOfMention(actors_.mentionAtToken(q), true); a && !isPersonNode(*a)) {
        addUnique(o.participants, *a);
      }
      // "at Israeli soldiers near X": the anchors after the object are the attack's.
      std::uint32_t e = m->tokenEnd;
      while (e < te_ && (doc_.tokens[e].pos == "NNS" || doc_.tokens[e].pos == "NN") && !mentionAt(e)) ++e;
      o.head = e - 1;
    }
    if (o.participants.empty() && !o.location) return std::nullopt;
    return o;
  }

  /// "Army officers in Gabon seized power on Wednesday", "the junta took power in a coup": a takeover by
  /// the subject's actors (not a country), in the place the subject or the words after name.
  std::optional<Occurrence> verbTakeover(std::size_t s, std::uint32_t t) {
    const auto w = lw(t);
    if (!(w == "seized" || w == "took" || w == "grabbed" || w == "assumed") || lw(t + 1) != "power" || t == tb_)
      return std::nullopt;
    // "took power" is also an elected leader's: only with "in a coup", "by force".
    if (w == "took" || w == "assumed") {
      bool force = false;
      for (auto k = t + 2; k < te_ && k < t + 8 && !force; ++k) force = lw(k) == "coup" || lw(k) == "putsch" || lw(k) == "force";
      if (!force) return std::nullopt;
    }
    Occurrence o;
    o.sentence = s;
    o.head = t + 1;
    o.begin = t;
    o.cls = Class::Takeover;
    o.core = "takeover";
    o.strength = 0.7;
    std::uint32_t stop = t;
    for (auto a : subjectBefore(t, true, stop))
      if (sink_.graph().nodes[a].cls != Class::Country) addUnique(o.participants, a);
    // "officers in Gabon seized power": the place in the subject.
    std::uint32_t c = t;
    while (c > tb_ && t - c < 12 && lw(c - 1) != "," && lw(c - 1) != ";" && lw(c - 1) != "\xE2\x80\x94" && lw(c - 1) != "-") --c;
    for (auto k = c; k + 1 < t; ++k) {
      const Mention* m = lw(k) == "in" ? mentionAt(k + 1) : nullptr;
      if (!m || m->tokenBegin != k + 1) continue;
      if (auto p = placeOfMention(*m)) {
        o.location = *p;
        o.locationPhrase = "in " + std::string(doc_.slice(m->span));
        break;
      }
    }
    return o;
  }

  /// "A and B spoke by telephone", "A and B held talks", "A and B signed a truce": the subject
  /// names the parties.
  void verbEvents(std::size_t s, std::vector<Occurrence>& occ) {
    for (auto t = tb_; t < te_; ++t) {
      const auto w = lw(t);
      if (auto o = verbTakeover(s, t)) {
        occ.push_back(std::move(*o));
        continue;
      }
      // "took control of X": a capture, as "seized" is.
      const bool tookControl = (w == "took" || w == "taken" || w == "wrested" || w == "gained") && lw(t + 1) == "control" &&
                               lw(t + 2) == "of";
      // "Russian missiles hit Kryvyi Rih": "hit" is an attack only after a weapon ("an airstrike
      // hit": the noun names that attack already).
      static constexpr std::array<std::string_view, 8> kStrikers = {"missile", "missiles", "rocket", "rockets",
                                                                    "drone",   "drones",   "shells", "shell"};
      const bool weaponHit = (w == "hit" || w == "hits") && t > tb_ && in(kStrikers, lw(t - 1));
      // "a hijacked train", "the captured soldiers": the participle modifies a noun.
      const bool modifier = t > tb_ && (lw(t - 1) == "a" || lw(t - 1) == "an" || lw(t - 1) == "the");
      if (const auto attack = modifier ? std::nullopt
                              : tookControl ? attackVerb("seized") : weaponHit ? attackVerb("struck") : attackVerb(w)) {
        if (auto o = verbAttack(s, t, attack->first, attack->second)) {
          addAttack(occ, std::move(*o), t);
          continue;
        }
      }
      // "militants blew up a railway track", "gunmen opened fire on a bus".
      const bool blewUp = (w == "blew" || w == "blow") && lw(t + 1) == "up";
      const bool openedFire = (w == "opened" || w == "open") && lw(t + 1) == "fire" && (lw(t + 2) == "on" || lw(t + 2) == "at");
      // "A suicide bomber blew himself up outside a court in X": a bombing, the place after it.
      if ((w == "blew" || w == "blows") && (lw(t + 1) == "himself" || lw(t + 1) == "herself" || lw(t + 1) == "themselves") &&
          lw(t + 2) == "up") {
        Occurrence o;
        o.sentence = s;
        o.begin = t;
        o.head = t + 2;
        o.cls = Class::Attack;
        o.core = "bombing";
        o.strength = 0.7;
        for (auto a : attackerBefore(t)) addUnique(o.participants, a);
        addAttack(occ, std::move(o), t);
        continue;
      }
      // "a police helicopter was shot down by a drone in X", "rebels shot down a plane".
      static constexpr std::array<std::string_view, 12> kAircraft = {
          "helicopter", "helicopters", "plane", "planes", "jet", "jets", "aircraft", "drone", "drones", "airliner",
          "warplane", "warplanes"};
      const bool shotDown = (w == "shot" || w == "shoot") && lw(t + 1) == "down" &&
                            ((t >= tb_ + 2 && (lw(t - 1) == "was" || lw(t - 1) == "were") && in(kAircraft, lw(t - 2))) ||
                             std::any_of(words_.begin() + (std::min(te_, t + 2) - tb_), words_.begin() + (std::min(te_, t + 6) - tb_),
                                         [](std::string_view x) { return in(kAircraft, lowerAscii(x)); }));
      // "Indian and Pakistani troops exchanged (small-arms) fire along the border": a clash of
      // the two.
      if ((w == "exchanged" || w == "exchange" || w == "traded" || w == "trade") && t > tb_) {
        std::uint32_t f = t + 1;
        while (f < te_ && f < t + 4 && lw(f) != "fire" && !mentionAt(f) &&
               (doc_.tokens[f].pos == "JJ" || doc_.tokens[f].pos.starts_with("NN")))
          ++f;
        if (f < te_ && lw(f) == "fire")
          if (auto o = verbAttack(s, t, Class::ArmedClash, "clashes", f - t)) {
            addAttack(occ, std::move(*o), t);
            continue;
          }
      }
      if (blewUp || openedFire || shotDown) {
        if (auto o = verbAttack(s, t, Class::Attack, blewUp ? "bombing" : "attack", openedFire ? 2 : 1)) {
          addAttack(occ, std::move(*o), t);
          continue;
        }
      }
      if (w == "fired" || w == "launched") {
        if (auto o = verbFire(s, t)) {
          occ.push_back(std::move(*o));
          continue;
        }
      }
      const bool spoke = (w == "spoke" || w == "talked") && (lw(t + 1) == "by" || lw(t + 1) == "over") &&
                         (lw(t + 2) == "phone" || lw(t + 2) == "telephone");
      static constexpr std::array<std::string_view, 26> kHold = {
          "held",      "hold",      "holding",    "began",  "opened",    "resumed", "signed",
          "reached",   "agreed",    "struck",     "concluded", "sealed", "initialed", "initialled",
          "inked",     "suspended", "halted",     "joined", "attended",  "ended",   "postponed",
          "conducted", "completed", "carried",    "announced", "declared"};
      // "Qatari and Egyptian mediators met Hamas negotiators in Cairo on Tuesday": a meeting of
      // the two sides, an event only with a place or a day (weak).
      // "A hosted B in Sochi on Monday": a meeting of the two, likewise.
      if ((w == "met" || w == "hosted") && t > tb_ && lw(t + 1) != "by") {
        std::uint32_t stop = t;
        auto subject = subjectBefore(t, true, stop);
        // "Anwar Ibrahim, who hosted the talks in Putrajaya": the name before the relative.
        if (w == "hosted" && t >= tb_ + 3 && lw(t - 1) == "who" && lw(t - 2) == ",") {
          if (const Mention* m = mentionAt(t - 3)) {
            if (auto a = actors_.actorOfMention(actors_.mentionAtToken(m->tokenBegin), false)) {
              subject = {*a};
              stop = t;
            }
          }
        }
        // "The EU's foreign policy chief, Josep Borrell, hosted": the person in apposition.
        if (subject.empty()) {
          if (auto a = personInAppositionBefore(t)) {
            subject = {*a};
            stop = t;
          }
        }
        // "Jane Doe, the deputy U.S. envoy for the region, met": the person the description
        // between commas is of, at the start of the sentence.
        const Mention* visited = nullptr;
        if (subject.empty() && t >= tb_ + 4 && lw(t - 1) == ",") {
          std::uint32_t c = t - 2;
          while (c > tb_ && lw(c) != "," && t - c < 24) --c;
          const Mention* m = lw(c) == "," ? mentionAt(c - 1) : nullptr;
          const bool described = lw(c + 1) == "the" || lw(c + 1) == "a" || lw(c + 1) == "an" || lw(c + 1) == "who";
          if (m && described && m->cls == Class::Person && m->tokenEnd == c && (m->tokenBegin == tb_ || isDash(lw(m->tokenBegin - 1)))) {
            if (auto a = actors_.actorOfMention(actors_.mentionAtToken(m->tokenBegin), false)) {
              subject = {*a};
              stop = t;
            }
          }
        }
        // "Daniel Chapo visited Kigali in April and met Paul Kagame": the subject of the
        // sentence's first verb, when nothing but its object, places and days come between.
        if ((subject.empty() || stop != t) && w == "met" && t >= tb_ + 3 && lw(t - 1) == "and") {
          std::uint32_t v = tb_;
          while (v + 1 < t && !(doc_.tokens[v].pos == "VBD" && !mentionAt(v))) ++v;
          bool plain = v + 1 < t;
          for (auto k = v + 1; k + 1 < t && plain; ++k) plain = lw(k) != "," && lw(k) != ";" && doc_.tokens[k].pos != "VBD";
          if (plain) {
            std::uint32_t first = v;
            auto head = subjectBefore(v, true, first);
            if (head.empty()) {
              // "The current president, Daniel Chapo, visited": the name in apposition.
              if (auto a = personInAppositionBefore(v)) head = {*a};
            } else if (first != v) {
              head.clear();
            }
            if (!head.empty()) {
              subject = head;
              stop = t;
              // "visited Kigali ... and met": the meeting is in the place visited.
              if (const Mention* m = lw(v) == "visited" ? mentionAt(v + 1) : nullptr; m && m->tokenBegin == v + 1)
                if (m->cls != Class::Country) visited = m;
            }
          }
        }
        const bool mediating = lw(stop) == "mediators" || lw(stop) == "mediator";
        // "A and B later met", "mediators had hosted": adverbs and auxiliaries before the verb.
        std::uint32_t verb = t;
        while (verb > stop && (doc_.tokens[verb - 1].pos.starts_with("RB") || lw(verb - 1) == "had" ||
                               lw(verb - 1) == "has" || lw(verb - 1) == "have"))
          --verb;
        if (subject.empty() || stop + (mediating ? 1 : 0) != verb) continue;
        // "A and B met separately with C": two meetings, A with C and B with C.
        const bool separately = w == "met" && lw(t + 1) == "separately" && lw(t + 2) == "with";
        const std::uint32_t from = separately ? t + 3 : lw(t + 1) == "with" ? t + 2 : t + 1;
        std::uint32_t objectStop = from;
        const auto object = actorList(from, &objectStop, true);
        // "Qatar hosted (several rounds of direct) talks between A and B": the host mediates.
        // So does the host of "the talks" right after the verb.
        if (w == "hosted" && object.empty() && !mediating) {
          for (auto& c : occ) {
            if (c.begin > t && c.begin <= t + 6 && c.cls == Class::Negotiation &&
                (lw(c.head + 1) == "between" || c.begin <= t + 2)) {
              for (auto a : subject) addUnique(c.mediators, a);
              break;
            }
          }
          continue;
        }
        // Without an object, only several who met: "A and B met in Pretoria".
        if (object.empty() && (w != "met" || subject.size() < 2 || mediating)) continue;
        // "... for talks": the parties of the talks, with the place and day after the verb.
        Occurrence* talks = nullptr;
        for (auto& c : occ) {
          // "for talks", "for a round of talks", "for their first direct peace talks".
          std::uint32_t f = c.begin;
          while (f > t + 1 && c.begin - f < 5 && modifiesTalks(f - 1)) --f;
          // "for a new round of the EU-facilitated dialogue".
          if (f > t + 3 && lw(f - 1) == "of" && (lw(f - 2) == "round" || lw(f - 2) == "rounds")) {
            f -= 2;
            while (f > t + 1 && c.begin - f < 9 && modifiesTalks(f - 1)) --f;
          }
          const bool forTalks = lw(f - 1) == "for";
          if (c.begin > t + 1 && c.begin <= std::max(t + 6, objectStop) + 14 && forTalks && c.cls != Class::Attack && c.cls != Class::ArmedClash) {
            talks = &c;
            break;
          }
        }
        if (talks && !mediating) {
          // "X hosted A and B for talks": the host of two others mediates.
          const bool host = w == "hosted" && object.size() >= 2;
          for (auto a : subject) addUnique(host ? talks->mediators : talks->participants, a);
          for (auto a : object) addUnique(talks->participants, a);
          talks->strength = std::max(talks->strength, 0.7);
          talks->head = t;
          // "hosted A's minister X and B's minister Y | in Z": anchors counted from after the parties.
          if (!object.empty()) talks->partiesEnd = std::max(talks->partiesEnd, objectStop);
          continue;
        }
        if (separately && !object.empty() && subject.size() >= 2 && !mediating) {
          for (auto a : subject) {
            Occurrence o = meetingAt(s, t, "meeting", 0.7);
            o.participants = {a};
            for (auto b : object) addUnique(o.participants, b);
            o.separate = o.distinct = true;
            occ.push_back(std::move(o));
          }
          continue;
        }
        Occurrence o = meetingAt(s, t, "meeting", 0.7);
        o.weak = true;
        if (visited) {
          if (auto p = placeOfMention(*visited)) {
            o.location = *p;
            o.locationPhrase = "in " + std::string(doc_.slice(visited->span));
          }
        }
        for (auto a : object) addUnique(o.participants, a);
        for (auto a : subject) addUnique(mediating ? o.mediators : o.participants, a);
        occ.push_back(std::move(o));
        continue;
      }
      // "Russia and Ukraine exchanged 150 prisoners each", "the two sides swapped the bodies of".
      if ((w == "exchanged" || w == "swapped") && t > tb_) {
        bool taken = false;
        for (auto k = t + 1; k < te_ && k <= t + 6 && !taken; ++k) {
          if (lw(k) == "," || lw(k) == "." || lw(k) == "fire" || lw(k) == "views") break;
          taken = isExchangedPeople(lw(k));
        }
        std::uint32_t stop = t;
        const auto subject = taken ? subjectBefore(t, false, stop) : std::vector<std::uint32_t>{};
        if (subject.size() >= 2 && stop + 1 >= t) {
          Occurrence o = meetingAt(s, t, "prisoner exchange", 0.7);
          o.cls = Class::PrisonerExchange;
          o.participants = subject;
          occ.push_back(std::move(o));
          continue;
        }
      }
      // "Israel freed 1,968 Palestinian prisoners in exchange for 20 hostages held by Hamas",
      // "X released 20 hostages in exchange for 2,000 Y prisoners": one prisoner exchange.
      if ((w == "freed" || w == "released" || w == "frees" || w == "releases") && t > tb_) {
        std::uint32_t x = 0;
        bool people = false;
        for (auto k = t + 1; k + 2 < te_ && k <= t + 8; ++k) {
          if (lw(k) == "," || lw(k) == ".") break;
          people = people || isExchangedPeople(lw(k));
          if (lw(k) == "in" && lw(k + 1) == "exchange" && lw(k + 2) == "for") {
            x = k;
            break;
          }
        }
        bool peopleAfter = false;
        for (auto k = x + 3; x > 0 && k < te_ && k <= x + 8 && !peopleAfter; ++k) peopleAfter = isExchangedPeople(lw(k));
        std::uint32_t stop = t;
        const auto subject = x > 0 && people && peopleAfter ? subjectBefore(t, false, stop) : std::vector<std::uint32_t>{};
        if (!subject.empty() && stop + 1 >= t && std::none_of(subject.begin(), subject.end(), [&](auto a) { return isPersonNode(a); })) {
          Occurrence o = meetingAt(s, t, "prisoner exchange", 0.7);
          o.cls = Class::PrisonerExchange;
          o.participants = subject;
          // The other side: "held by Hamas" after the people, else the demonym of the people
          // the subject freed ("Israel freed Palestinian prisoners"; those it got back in
          // exchange are its own).
          for (auto k = t + 1; k + 1 < te_ && k <= x + 12; ++k) {
            if (lw(k) == "by" && (lw(k - 1) == "held" || lw(k - 1) == "holding" || lw(k - 1) == "captured")) {
              for (auto a : actorList(k + 1)) addUnique(o.participants, a);
              break;
            }
          }
          if (o.participants.size() < 2) {
            for (auto k = t + 1; k < x; ++k) {
              const Mention* m = mentionAt(k);
              if (!m || !m->demonym || !isExchangedPeople(lw(m->tokenEnd))) continue;
              if (auto a = actors_.actorOfMention(actors_.mentionAtToken(k), false)) addUnique(o.participants, *a);
            }
          }
          occ.push_back(std::move(o));
          continue;
        }
      }
      if (w == "killed" || w == "kills") killedInAnAttack(s, t, occ);
      if (w == "acting" && lw(t + 1) == "as") actingAsMediators(t, t + 2, occ);
      // "... with Venezuela, Cuba and Norway as guarantors": likewise.
      if (w == "as" && t > tb_ && mentionAt(t - 1)) actingAsMediators(t, t + 1, occ);
      // "indirect talks, in which X carried messages between the two delegations": X mediates
      // the talks named before.
      if ((w == "carried" || w == "relayed" || w == "passed" || w == "shuttled" || w == "ferried") &&
          (lw(t + 1) == "messages" || lw(t + 2) == "messages") && t > tb_) {
        const std::uint32_t m = lw(t + 1) == "messages" ? t + 1 : t + 2;
        if (lw(m + 1) == "between") {
          std::uint32_t stop = t;
          const auto subject = subjectBefore(t, true, stop);
          if (!subject.empty() && stop == t)
            for (auto it = occ.rbegin(); it != occ.rend(); ++it)
              if (it->cls == Class::Negotiation && it->head < t) {
                for (auto a : subject) addUnique(it->mediators, a);
                it->strength = std::max(it->strength, 0.75);
                break;
              }
        }
      }
      // "..., Malaysian Prime Minister X said after hosting talks between A and B": the one who
      // said it hosted.
      if (w == "hosting" && t >= tb_ + 3 && lw(t - 1) == "after" && (lw(t - 2) == "said" || lw(t - 2) == "told")) {
        std::uint32_t c = t - 2;
        while (c > tb_ && lw(c - 1) != "," && t - c < 12) --c;
        std::uint32_t stop = c;
        const auto speaker = lw(c - 1) == "," ? actorList(c, &stop) : std::vector<std::uint32_t>{};
        if (!speaker.empty() && stop == t - 2) {
          for (auto& o : occ) {
            if (o.begin <= t || o.begin > t + 3 || o.cls != Class::Negotiation) continue;
            for (auto a : speaker) addUnique(o.mediators, a);
            break;
          }
        }
        continue;
      }
      // "Qatar, after hosting talks between A and B, said": the subject before the comma hosts.
      if (w == "hosting" && t >= tb_ + 3 && lw(t - 2) == "," &&
          (lw(t - 1) == "after" || lw(t - 1) == "while" || lw(t - 1) == "before")) {
        for (auto& c : occ) {
          if (c.begin <= t || c.begin > t + 3 || c.cls != Class::Negotiation) continue;
          std::uint32_t stop = tb_;
          const auto subject = actorList(tb_, &stop);
          if (stop == t - 2)
            for (auto a : subject) addUnique(c.mediators, a);
          break;
        }
        continue;
      }
      // "Turkey helped (to) broker the truce", "Turkey said it had helped to broker the truce".
      if ((w == "broker" || w == "mediate") && t >= tb_ + 2 && lw(t + 1) != "by") {
        const std::uint32_t v = lw(t - 1) == "to" ? t - 2 : t - 1;
        if (v > tb_ && (lw(v) == "helped" || lw(v) == "help" || lw(v) == "helps")) {
          Occurrence* deal = dealAfter(occ, t);
          std::uint32_t k = v;
          while (k > tb_ && (lw(k - 1) == "had" || lw(k - 1) == "has" || lw(k - 1) == "have")) --k;
          std::uint32_t subjectEnd = k;
          if (k >= tb_ + 2 && (lw(k - 1) == "it" || lw(k - 1) == "they")) {
            // "X said (that) it had helped": the speaker.
            std::uint32_t said = k - 2;
            if (lw(said) == "that" && said > tb_) --said;
            subjectEnd = lw(said) == "said" || lw(said) == "says" ? said : tb_;
          }
          std::uint32_t stop = subjectEnd;
          const auto subject = subjectEnd > tb_ ? subjectBefore(subjectEnd, false, stop) : std::vector<std::uint32_t>{};
          if (deal && !subject.empty() && stop + 1 >= subjectEnd) mediatedBy(*deal, subject);
        }
        continue;
      }
      // "China brokered a ceasefire between ...": the subject mediates.
      if ((w == "brokered" || w == "mediated") && t > tb_ && lw(t - 1) != "was" && lw(t - 1) != "were" &&
          lw(t + 1) != "by") {
        Occurrence* deal = dealAfter(occ, t);
        if (deal) {
          std::uint32_t stop = t;
          const auto subject = subjectBefore(t, false, stop);
          if (!subject.empty() && stop + 1 >= t) mediatedBy(*deal, subject);
          // "..., adding that Washington had mediated the talks": the name right before the verb.
          else if (const auto named = attackerBefore(t); !named.empty()) mediatedBy(*deal, named);
        }
        continue;
      }
      // "Saudi Arabia and Iran agreed (in Beijing) (on Friday) to restore ties": an agreement of
      // the parties named before the verb, when no deal, truce or talks noun follows for it to be
      // about ("agreed to a ceasefire" is that ceasefire).
      if (w == "agreed" && t > tb_) {
        std::uint32_t k = t + 1;
        while (k < te_ && k < t + 8 && lw(k) != "to" && lw(k) != "," && lw(k) != "that") ++k;
        const bool toVerb = k + 1 < te_ && lw(k) == "to" && doc_.tokens[k + 1].pos == "VB";
        const bool aboutEvent = std::any_of(occ.begin(), occ.end(), [&](const Occurrence& c) {
          return c.begin > t && c.begin <= k + 8;
        });
        if (toVerb && !aboutEvent) {
          std::uint32_t stop = t;
          const auto subject = subjectBefore(t, false, stop);
          if (subject.size() >= 2 && stop + 1 >= t) {
            Occurrence o = meetingAt(s, t, "agreement", 0.7);
            o.cls = Class::Agreement;
            o.participants = subject;
            o.specific = true;
            // "... at a second round of direct talks in Istanbul": the talks were theirs.
            for (auto& c : occ) {
              if (c.cls != Class::Negotiation || c.begin <= k || c.begin > k + 16) continue;
              std::uint32_t f = c.begin;
              while (f > k && c.begin - f < 8 && lw(f - 1) != "at" && lw(f - 1) != "during" && lw(f - 1) != ",") --f;
              if (lw(f - 1) == "at" || lw(f - 1) == "during")
                for (auto a : subject) addUnique(c.participants, a);
              break;
            }
            occ.push_back(std::move(o));
            continue;
          }
        }
      }
      Occurrence* target = nullptr;
      if (!spoke) {
        if (!in(kHold, w)) continue;
        // "signed a truce", "agreed on Wednesday to a ceasefire deal": a day in between is fine.
        const auto dayOrFiller = [&](std::uint32_t k) {
          static constexpr std::array<std::string_view, 24> kWords = {
              "a", "an", "the", "to", "on", "upon", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "late", "early", "last", "this", "night", "week", "text", "draft", "of",
              "phase", "stage"};
          // "agreed to a full and immediate ceasefire": adjectives before the noun.
          // 'an "immediate and unconditional" ceasefire': quotation marks around them.
          // "agreed to extend the ceasefire", "agreed to respect a truce": the truce is theirs too.
          static constexpr std::array<std::string_view, 10> kKeep = {"extend", "renew", "prolong", "respect", "observe",
                                                                     "restore", "uphold", "maintain", "honour", "honor"};
          return in(kWords, lw(k)) || lw(k) == "and" || doc_.tokens[k].pos == "JJ" || isDoubleQuoteMark(doc_.tokenText(k)) ||
                 (in(kKeep, lw(k)) && k > tb_ && lw(k - 1) == "to");
        };
        for (auto& o : occ) {
          if (o.begin <= t || o.cls == Class::ArmedClash || o.cls == Class::Attack) continue;
          bool near = o.begin <= t + 3;
          if (!near && o.begin <= t + 9) {
            near = true;
            for (auto k = t + 1; k < o.begin && near; ++k) near = dayOrFiller(k);
          }
          if (near) {
            target = &o;
            break;
          }
        }
        if (!target) continue;
      }
      std::uint32_t stop = t;
      auto subject = subjectBefore(t, false, stop);
      // "Donald Trump and the leaders of Egypt, Qatar and Turkey signed a declaration": the
      // person and the states, all parties to what they signed.
      if (!spoke && subject.size() == 1 && isPersonNode(subject[0]) && target->cls == Class::Agreement) {
        std::uint32_t stopAll = t;
        if (auto all = subjectBefore(t, false, stopAll, false); all.size() >= 2 && stopAll == stop) subject = std::move(all);
      }
      // Only when the list runs right up to the verb ("A and B held"), maybe past a comma clause
      // or an apposition ("A and B, the country's largest rebel group, resumed talks").
      const auto apposition = [&] {
        if (t < stop + 2 || t > stop + 12 || lw(t - 1) != ",") return false;
        const std::uint32_t open = lw(stop) == "," ? stop : lw(stop - 1) == "," ? stop - 1 : lw(stop - 2) == "," ? stop - 2 : 0;
        if (open == 0 || open < tb_) return false;
        for (auto k = open + 1; k + 1 < t; ++k)
          if (lw(k) == "," || doc_.tokens[k].pos == "VBD" || doc_.tokens[k].pos == "VBZ" || doc_.tokens[k].pos == "VBP" ||
              lw(k) == "which" || lw(k) == "who")
            return false;
        return true;
      };
      // "A declared a unilateral truce", "Myanmar's military government has announced a
      // ceasefire": one side's own truce.
      const bool ownTruce = !spoke && (w == "announced" || w == "declared") && target->cls == Class::Ceasefire;
      std::vector<std::uint32_t> own = subject;
      std::uint32_t v = stop;
      // "Myanmar's military government": the state whose government it is.
      const auto stateOfGovernment = [&](std::uint32_t& end) -> std::optional<std::uint32_t> {
        std::uint32_t c = t;
        while (c > tb_ + 1 && t - c < 6 && !isPossessive(c)) --c;
        if (const Mention* m = isPossessive(c) ? mentionAt(c - 1) : nullptr; m && m->cls == Class::Country && m->tokenEnd == c)
          if (auto a = actors_.actorOfMention(actors_.mentionAtToken(m->tokenBegin), false)) {
            end = m->tokenEnd;
            return a;
          }
        return std::nullopt;
      };
      // Past "'s [military] government|junta|army" and auxiliaries: true when that reaches the verb.
      const auto reachesVerb = [&](std::uint32_t v) {
        if (isPossessive(v)) {
          ++v;
          while (v < t && (doc_.tokens[v].pos == "JJ" || lw(v) == "military")) ++v;
          if (lw(v) == "government" || lw(v) == "junta" || lw(v) == "army" || lw(v) == "military") ++v;
        }
        while (v < t && (lw(v) == "has" || lw(v) == "had" || lw(v) == "have" || lw(v) == "also" || lw(v) == "earlier")) ++v;
        return v == t;
      };
      if (ownTruce && own.empty())
        if (auto a = stateOfGovernment(v)) own = {*a};
      if (ownTruce && own.size() == 1 && !isPersonNode(own[0])) {
        if (reachesVerb(v) || apposition()) {
          addUnique(target->participants, own[0]);
          target->strength = std::max(target->strength, 0.7);
          continue;
        }
      }
      // "Chad's government signed a peace agreement with two armed groups": the state signed.
      if (!spoke && subject.empty() && lw(target->head + 1) == "with") {
        std::uint32_t end = t;
        if (auto a = stateOfGovernment(end); a && reachesVerb(end)) {
          addUnique(target->participants, *a);
          target->strength = std::max(target->strength, 0.7);
          continue;
        }
      }
      if (stop + 3 < t && !(lw(stop) == "," || lw(stop) == "reportedly") && !apposition()) continue;
      if (spoke) {
        if (subject.size() < 2) continue;
        Occurrence o = meetingAt(s, t, "phone call", 0.75);
        o.participants = subject;
        occ.push_back(std::move(o));
      } else if (!subject.empty() && (subject.size() >= 2 || lw(target->head + 1) == "with")) {
        for (auto a : subject) addUnique(target->participants, a);
        target->strength = std::max(target->strength, 0.7);
        target->joined = w == "attended" || w == "joined";
        // "A and B agreed to a ceasefire following talks in Kunming": the talks were theirs.
        for (auto& c : occ) {
          if (c.cls != Class::Negotiation || c.begin <= target->head || c.begin > target->head + 8) continue;
          const auto before = lw(c.begin - 1) == "the" ? lw(c.begin - 2) : lw(c.begin - 1);
          if (before == "following" || before == "after")
            for (auto a : subject) addUnique(c.participants, a);
        }
      }
    }
  }

  /// "an agreement on a ceasefire", "a deal that established a truce": the agreement is the
  /// ceasefire, one event.
  static void absorbCeasefireAgreements(std::vector<Occurrence>& occ) {
    // "a ceasefire deal": the ceasefire is the deal's modifier, one event, the deal.
    for (std::size_t i = 0; i + 1 < occ.size(); ++i) {
      Occurrence& c = occ[i];
      Occurrence& a = occ[i + 1];
      if (c.cls != Class::Ceasefire || a.cls != Class::Agreement || a.begin > c.head || a.head <= c.head) continue;
      for (auto x : c.participants) addUnique(a.participants, x);
      for (auto x : c.mediators) addUnique(a.mediators, x);
      if (!a.location) {
        a.location = c.location;
        a.locationPhrase = c.locationPhrase;
      }
      a.strength = std::max(a.strength, c.strength);
      occ.erase(occ.begin() + static_cast<long>(i));
    }
    for (std::size_t i = 0; i + 1 < occ.size(); ++i) {
      if (occ[i].cls != Class::Agreement || occ[i + 1].cls != Class::Ceasefire) continue;
      if (occ[i + 1].begin - occ[i].head > 16) continue;
      // "signed a declaration of principles, committing to a permanent ceasefire": a document
      // that promises a truce is itself the agreement.
      if (isDocument(occ[i].core)) continue;
      Occurrence& a = occ[i];
      Occurrence& c = occ[i + 1];
      a.cls = Class::Ceasefire;
      a.core = c.core;
      for (auto x : c.participants) addUnique(a.participants, x);
      for (auto x : c.mediators) addUnique(a.mediators, x);
      if (!a.location) {
        a.location = c.location;
        a.locationPhrase = c.locationPhrase;
      }
      a.entity = a.entity >= 0 ? a.entity : c.entity;
      a.strength = std::max(a.strength, c.strength);
      occ.erase(occ.begin() + static_cast<long>(i) + 1);
    }
  }

  /// The occurrence an anchor at token `pos` belongs to: the nearest trigger on its left within
  /// `maxLeft` tokens, else the first one on its right within `maxRight`.
  static Occurrence* ownerOf(std::vector<Occurrence>& occ, std::uint32_t pos, std::uint32_t maxLeft,
                             std::uint32_t maxRight) {
    Occurrence* best = nullptr;
    for (auto& o : occ) {
      // "talks between A's minister X and B's minister Y | in Z": counted from after the parties.
      const std::uint32_t from = o.partiesEnd > o.head && o.partiesEnd <= pos ? o.partiesEnd : o.head;
      if (o.head < pos && pos - from <= maxLeft) best = &o;
    }
    if (best) return best;
    for (auto& o : occ) {
      if (o.begin > pos && o.begin - pos <= maxRight) return &o;
    }
    return nullptr;
  }

  /// A month with or without its year ("October 2025", "October") or a year ("2021") at token
  /// `t`, and how many tokens it takes. A month without a year is in the article's year, or the
  /// year before when that would be months ahead; without an article date it gives nothing.
  [[nodiscard]] std::pair<Period, std::uint32_t> periodAt(std::uint32_t t) const {
    if (t >= te_) return {};
    const auto yearOf = [&](std::uint32_t k) {
      const auto w = lw(k);
      if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return 0;
      const int y = std::stoi(std::string(w));
      return y >= 1900 && y <= 2100 ? y : 0;
    };
    if (const int month = monthNumber(words_[t - tb_]); month && std::isupper(static_cast<unsigned char>(words_[t - tb_][0]))) {
      if (const int year = t + 1 < te_ ? yearOf(t + 1) : 0) return {Period{year, month}, 2};
      const auto& published = dates_.articleDate();
      if (!published) return {};
      // As for days without a year (DateResolver): the article's year unless that is more than
      // four months ahead of it ("a fourth round in December" in November is this December).
      return {Period{month <= published->month + 4 ? published->year : published->year - 1, month}, 1};
    }
    if (const int year = yearOf(t)) return {Period{year, 0}, 1};
    return {};
  }

  void attachAnchors(std::vector<Occurrence>& occ) {
    bool future = false;
    for (auto t = tb_; t < te_; ++t) {
      const auto w = lw(t);
      // Mediators and hosts: "mediated by Egypt and Turkey", "brokered by Egypt", "hosted by
      // Kenya", "under the auspices of", "with mediation from", "attended by mediators from".
      const bool byVerb = (w == "mediated" || w == "brokered" || w == "hosted" || w == "facilitated" ||
                           w == "sponsored" || w == "attended") && lw(t + 1) == "by";
      std::uint32_t from = 0;
      if (byVerb) {
        from = t + 2;
        if (w == "attended") {
          if (!(lw(from) == "mediators" && lw(from + 1) == "from")) from = 0;
          else from += 2;
        }
      } else if ((w == "auspices" && lw(t + 1) == "of") || (w == "mediation" && (lw(t + 1) == "from" || lw(t + 1) == "by" || lw(t + 1) == "of")) ||
                 (w == "mediators" && lw(t + 1) == "from")) {
        from = t + 2;
      }
      if (from) {
        auto list = actorList(from);
        if (!list.empty()) {
          if (Occurrence* o = ownerOf(occ, t, 28, 10)) {
            for (auto a : list) addUnique(o->mediators, a);
            o->strength = std::max(o->strength, 0.85);
          } else {
            // "a grain deal mediated by X": X mediated something that is no event here, so a
            // later "thanked X for its mediation" is not about the article's talks.
            for (auto a : list) addUnique(mediatedOther_, a);
          }
        }
      }
      // "Turkish and Egyptian mediators".
      if (w == "mediators" && t > tb_) {
        std::uint32_t c = t;
        while (c > tb_ && (lw(c - 1) == "and" || lw(c - 1) == "," || (mentionAt(c - 1) && mentionAt(c - 1)->demonym))) --c;
        std::vector<std::uint32_t> list;
        for (auto k = c; k < t; ++k) {
          if (const Mention* m = mentionAt(k); m && m->demonym && m->entity >= 0) addUnique(list, sink_.entityNode(m->entity));
        }
        if (!list.empty()) {
          if (Occurrence* o = ownerOf(occ, t, 28, 10)) {
            for (auto a : list) addUnique(o->mediators, a);
            o->strength = std::max(o->strength, 0.75);
          } else {
            for (auto a : list) deferredMediators_.push_back(a);
          }
        }
      }
      // Parties: "talks between A and B", "talks with B".
      if ((w == "between" || w == "with") && t > tb_) {
        static constexpr std::array<std::string_view, 8> kGap = {"reportedly", "reached", "held",    "signed",
                                                                 "agreed",     "struck",  "brokered", "being"};
        Occurrence* o = nullptr;
        for (auto& c : occ) {
          // "talks between", "talks held between", "talks in Istanbul between".
          bool near = c.head < t && t - c.head <= 7;
          for (auto k = c.head + 1; near && k < t; ++k) {
            const Mention* m = mentionAt(k);
            near = in(kGap, lw(k)) || ((lw(k) == "in" || lw(k) == "at") && mentionAt(k + 1)) ||
                   (m && placeOfMention(*m) && m->cls != Class::Country);
          }
          if (near) o = &c;
        }
        if (o && (w == "between" || o->cls != Class::Attack)) {
          std::uint32_t listStop = t + 1;
          auto list = actorList(t + 1, &listStop, o->cls == Class::Meeting);
          // "talks between the leaders of the two Southeast Asian neighbours": the two parties of
          // another event of the sentence ("A and B agreed to a ceasefire").
          if (list.empty() && w == "between") list = twoSidesOfTheSentence(t + 1, occ, o);
          // "talks between Chad and the rebels": one side named, the other described; the
          // place and day come after both.
          std::uint32_t named = lw(t + 1) == "the" ? t + 2 : t + 1;
          if (const Mention* first = mentionAt(named); first && first->tokenBegin == named) named = first->tokenEnd;
          if (w == "between" && list.size() == 1 && lw(named) == "and" && lw(named + 1) == "the" &&
              named + 2 < te_ && !mentionAt(named + 2) && doc_.tokens[named + 2].pos.starts_with("NN")) {
            std::uint32_t end = named + 2;
            while (end + 1 < te_ && !mentionAt(end + 1) && doc_.tokens[end + 1].pos.starts_with("NN") &&
                   std::islower(static_cast<unsigned char>(doc_.tokenText(end + 1).front())))
              ++end;
            addUnique(o->participants, list.front());
            o->strength = std::max(o->strength, 0.75);
            o->partiesEnd = std::max(o->partiesEnd, end + 1);
          }
          if (w == "with" || list.size() >= 2) {
            for (auto a : list) addUnique(o->participants, a);
            if (!list.empty()) {
              o->strength = std::max(o->strength, 0.75);
              o->partiesEnd = std::max(o->partiesEnd, listStop);
            }
          }
        }
      }
      // Places: "in Geneva", "along the Blue Line", "held in Cairo".
      static constexpr std::array<std::string_view, 7> kPrep = {"in", "at", "near", "along", "across", "inside", "outside"};
      // "an attack by gangs on the town of X": the place attacked.
      // "opened fire on a patrol boat on the Cuyuni River": a body of water named after "on the".
      const auto onWater = [&]() {
        const Mention* m = mentionAt(t + 2);
        if (!m || m->tokenBegin != t + 2 || m->tokenEnd < t + 4) return false;
        static constexpr std::array<std::string_view, 6> kWater = {"river", "lake", "sea", "canal", "gulf", "strait"};
        return in(kWater, lw(m->tokenEnd - 1)) && std::isupper(static_cast<unsigned char>(doc_.tokenText(m->tokenEnd - 1).front()));
      };
      const bool onPlace = w == "on" && lw(t + 1) == "the" && (nameAfterPlaceNoun(t + 2, te_).has_value() || onWater());
      if (in(kPrep, w) || onPlace) {
        std::uint32_t k = t + 1;
        if (lw(k) == "the") ++k;
        // "near the town of Boulkessi", "in the southern city of Sweida".
        const auto named = nameAfterPlaceNoun(k, te_);
        bool placeNoun = named.has_value();
        if (placeNoun) k = *named;
        // "in the districts of Muidumbe and Macomia": the first of the places the gazetteer knows.
        if (placeNoun && !mentionAt(k) && k + 2 < te_ && std::isupper(static_cast<unsigned char>(doc_.tokenText(k).front())) &&
            lw(k + 1) == "and" && mentionAt(k + 2) && mentionAt(k + 2)->tokenBegin == k + 2)
          k += 2;
        // "in the Black Sea resort of Sochi": a name before the place noun.
        if (const Mention* before = placeNoun ? nullptr : mentionAt(k);
            before && before->tokenBegin == k && isPlaceNoun(lw(before->tokenEnd)) && lw(before->tokenEnd + 1) == "of" &&
            mentionAt(before->tokenEnd + 2)) {
          k = before->tokenEnd + 2;
          placeNoun = true;
        }
        const bool direction = !placeNoun && directionBefore(k);
        if (direction) ++k;  // "in northern Shan state"
        bool inCountry = false;
        // "in Nigeria's (northwestern) Zamfara state", "in Tigray's capital Mekelle": the place
        // inside the country or region.
        if (const Mention* c = placeNoun || direction ? nullptr : mentionAt(k);
            c && c->tokenBegin == k && (c->cls == Class::Country || c->cls == Class::Region) && isPossessive(c->tokenEnd)) {
          std::uint32_t inner = c->tokenEnd + 1;
          // "northwestern", "restive", "French-speaking", "Russian-occupied": adjectives before
          // the name (a hyphenated one may hold a country's name).
          const auto compoundAdjective = [&](std::uint32_t k) {
            const std::string_view w = doc_.tokenText(k);
            const auto dash = w.rfind('-');
            return dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z';
          };
          while (inner < te_ && inner <= c->tokenEnd + 3 &&
                 ((mentionAt(inner) == nullptr && (isDirection(lw(inner)) || doc_.tokens[inner].pos == "JJ")) ||
                  compoundAdjective(inner)))
            ++inner;
          if (lw(inner) == "capital") ++inner;
          if (const Mention* p = mentionAt(inner); p && p->tokenBegin == inner && p->cls != Class::Country &&
                                                     placeOfMention(*p)) {
            k = inner;
            inCountry = true;
          }
        }
        // "clashes broke out in the Libyan capital": the capital the article names elsewhere;
        // "raided UN offices in the capital": the one capital the article named before.
        const Mention* d = placeNoun || direction || inCountry ? nullptr : mentionAt(k);
        const bool demonymCapital = d && d->tokenBegin == k && d->demonym && lw(d->tokenEnd) == "capital";
        const bool bareCapital = !d && !placeNoun && !direction && lw(t + 1) == "the" && lw(k) == "capital" && !mentionAt(k + 1) &&
                                 lw(k + 1) != "," && lw(k + 1) != "of";
        if ((bareCapital || (demonymCapital && !mentionAt(d->tokenEnd + 1))) &&
            (w == "in" || w == "near" || w == "across")) {
          if (const Mention* cap = demonymCapital ? capitalNamed(doc_.slice(d->span)) : onlyCapitalBefore(t)) {
            const auto p = placeOfMention(*cap);
            if (Occurrence* o = ownerOf(occ, t, 10, 0);
                p && o && !o->location && gapOk(gapFrom(*o), t) && (w == "in" || o->cls == Class::ArmedClash || o->cls == Class::Attack)) {
              o->location = *p;
              o->locationPhrase = std::string(words_[t - tb_]) + " " + sink_.graph().nodes[*p].label;  // not a dateline's "TRIPOLI"
              o->strength = std::max(o->strength, 0.8);
            }
          }
        }
        if (const Mention* m = mentionAt(k); m && m->tokenBegin == k && !isPossessive(m->tokenEnd)) {
          const bool spot = w == "in" || w == "at";
          if (auto p = placeOfMention(*m)) {
            if (Occurrence* o = ownerOf(occ, t, 10, 0); o && !o->location && gapOk(gapFrom(*o), t) &&
                (spot || o->cls == Class::ArmedClash || o->cls == Class::Attack)) {
              o->location = *p;
              // "ambush near Boulkessi" for "near the town of Boulkessi".
              o->locationPhrase = placeNoun || direction || inCountry || (lw(t + 1) == "the" && headNounAfter(m->tokenEnd)) ? std::string(words_[t - tb_]) + " " + std::string(doc_.slice(m->span))
                                            : std::string(doc_.slice(Span{doc_.tokens[t].span.begin, m->span.end}));
              o->strength = std::max(o->strength, 0.8);
            }
          }
        }
      }
      // Durations: "three days of talks", "a four-day engagement", "over two days".
      if ((w == "days" || w == "day") && t > tb_) {
        const int n = numberWord(lw(t - 1));
        // "came two days after the attack", "two days earlier": a time, not how long.
        const auto after = lw(t + 1);
        const bool interval = after == "after" || after == "before" || after == "later" || after == "earlier" ||
                              after == "ago" || after == "since" || after == "into";
        if (n >= 2 && n <= 31 && !interval) {
          if (lw(t + 1) == "of") {
            for (auto& o : occ) {
              if (o.head > t && o.head - t <= 4) o.duration = n;
            }
          } else if (Occurrence* o = ownerOf(occ, t, 20, 0)) {
            o->duration = n;
          }
        }
      } else if (w.size() > 4 && w.ends_with("-day")) {
        const int n = numberWord(w.substr(0, w.size() - 4));
        if (n >= 2 && n <= 31) {
          // "the four-day talks": a premodifier of the trigger; else "a four-day round of talks".
          Occurrence* o = nullptr;
          for (auto& c : occ) {
            if (c.begin <= t && t < c.head) o = &c;
          }
          if (!o) o = ownerOf(occ, t, 0, 14);
          if (o) o->duration = n;
        }
      }
      if (isFutureMarker(w)) future = true;
      // Months and years: "clashes in October 2025", "the violence in October", "since 2021".
      if ((w == "in" || w == "since" || w == "during" || w == "throughout") && !dates_.at(words_, t + 1 - tb_)) {
        if (auto [period, words] = periodAt(t + 1); period) {
          if (Occurrence* o = ownerOf(occ, t, 6, 0); o && !o->period && gapOk(gapFrom(*o), t)) {
            period.since = w == "since";
            o->period = period;
            o->strength = std::max(o->strength, 0.6);
          }
          t += static_cast<std::uint32_t>(words);
          continue;
        }
      }
      // Dates: "on Friday, November 7", "of November 12", "since October 10".
      if (auto d = dates_.at(words_, t - tb_, future)) {
        const std::uint32_t dtok = t;
        t = tb_ + static_cast<std::uint32_t>(d->end) - 1;
        const auto prev = lw(dtok - 1);
        // "next Saturday", "last Friday" name their day as a weekday does.
        const bool relativeDay = (lw(dtok) == "next" || lw(dtok) == "last" || lw(dtok) == "this") && dtok + 1 < te_ &&
                                 weekdayNumber(words_[dtok + 1 - tb_]) >= 0;
        // The day of the first undated occurrence that `fits`.
        const auto dateFirst = [&](auto fits) {
          for (auto& c : occ) {
            if (c.date || c.start || c.end || !fits(c)) continue;
            c.date = d->date;
            c.strength = std::max(c.strength, 0.8);
            break;
          }
        };
        // "Tuesday's assault", "Sunday's deadly attack": the day of the event named after it.
        if (t + 1 < te_ && isPossessive(t + 1) && weekdayNumber(words_[t - tb_]) >= 0) {
          dateFirst([&](const Occurrence& c) { return c.head > t + 1 && c.head <= t + 5; });
          continue;
        }
        // "On Wednesday, troops opened fire on ...", "Late on Tuesday, X struck ...": a day that
        // opens the sentence is the day of the sentence's first event.
        {
          std::uint32_t open = dtok;
          if (open > tb_ && (prev == "on" || prev == "late" || prev == "early")) --open;
          if (open > tb_ && (lw(open - 1) == "late" || lw(open - 1) == "early" || lw(open - 1) == "earlier")) --open;
          if (open == tb_ && t + 1 < te_ && lw(t + 1) == ",") {
            dateFirst([&](const Occurrence& c) { return c.begin > t; });
            continue;
          }
        }
        // "a ceasefire until 22 April": the day it ends.
        if (prev == "until" || prev == "till") {
          Occurrence* o = ownerOf(occ, dtok, 6, 0);
          if (o && o->cls == Class::Ceasefire && !o->end) {
            o->end = d->date;
            o->strength = std::max(o->strength, 0.8);
          }
          continue;
        }
        if (!(prev == "on" || prev == "of" || prev == "since" || prev == "from" || prev == "late" || prev == "early" ||
              prev == "by" || relativeDay || lw(dtok) == "yesterday" ||
              (lw(dtok) != "today" && weekdayNumber(words_[dtok - tb_]) >= 0)))
          continue;
        if (prev == "by" || lw(dtok) == "today") continue;
        Occurrence* o = nullptr;
        // "A and B agreed on Monday to an immediate ceasefire": the day of the deal the verb
        // names after it.
        static constexpr std::array<std::string_view, 7> kConclude = {"agreed", "signed", "reached", "announced",
                                                                      "declared", "sealed", "struck"};
        if (prev == "on" && dtok >= tb_ + 2 && in(kConclude, lw(dtok - 2))) {
          for (auto& c : occ) {
            if (c.begin > t && c.begin <= t + 8 && !c.date && !c.start && !c.end &&
                (c.cls == Class::Ceasefire || c.cls == Class::Agreement)) {
              o = &c;
              break;
            }
          }
        }
        // "14 people were killed on Sunday when the RSF shelled the city": the day of the act the
        // "when" clause right after names.
        if (!o && prev == "on" && dtok >= tb_ + 2 && (lw(dtok - 2) == "killed" || lw(dtok - 2) == "wounded") &&
            lw(dtok + 1) == "when") {
          dateFirst([&](const Occurrence& c) {
            return c.begin > dtok + 1 && c.begin <= dtok + 8 && (c.cls == Class::Attack || c.cls == Class::ArmedClash);
          });
          continue;
        }
        if (!o) o = ownerOf(occ, dtok, 22, 0);
        // "An airstrike by X on a monastery in Y killed at least 23 people, including four
        // children, early on Friday": the day of the killing, counted from its verb, is that of
        // the attack that killed, however long the words between.
        bool ofKilling = false;
        if ((!o || !gapOk(gapFrom(*o), dtok)) && (prev == "on" || prev == "early" || prev == "late")) {
          for (std::uint32_t k = dtok - 1; k > tb_ && dtok - k <= 18; --k) {
            const auto v = lw(k);
            if (v == "." || v == ";" || v == "said" || v == "when") break;
            if (v != "killed" && v != "injured" && v != "wounded") continue;
            Occurrence* c = ownerOf(occ, k, 22, 0);
            // (The attack the sentence opens with is the killing verb's subject when no other
            // finite verb stands between them.)
            const auto subject = [&](const Occurrence& x) {
              if (x.begin > tb_ + 3) return false;
              for (std::uint32_t u = x.head + 1; u < k; ++u) {
                const auto& pos = doc_.tokens[u].pos;
                if (pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD") return false;
              }
              return true;
            };
            if (c && (c->cls == Class::Attack || c->cls == Class::ArmedClash) && c->head < k && !c->date &&
                (gapOk(gapFrom(*c), k) || subject(*c))) {
              o = c;
              ofKilling = true;
            }
            break;
          }
        }
        if (!o || (!ofKilling && !gapOk(gapFrom(*o), dtok))) continue;
        // "The round will be held in Rome on April 19, X said on Sunday": the day of the saying
        // does not replace the event's own.
        static constexpr std::array<std::string_view, 6> kSaid = {"said", "says", "told", "added", "stated", "reported"};
        if (prev == "on" && dtok >= tb_ + 2 && in(kSaid, lw(dtok - 2)) && (o->date || o->start || o->end)) continue;
        // The verb between the trigger and the date tells what the date marks; so does a noun
        // just before the trigger ("the collapse of the talks on Friday").
        bool endVerb = false, startVerb = false;
        for (auto k = o->begin >= tb_ + 3 ? o->begin - 3 : tb_; k < o->begin; ++k) endVerb = endVerb || isEndNoun(lw(k));
        for (auto k = o->head + 1; k < dtok; ++k) {
          endVerb = endVerb || (isEndVerb(lw(k)) && !startsAt(k));
          startVerb = startVerb || startsAt(k);
        }
        if (prev == "since") {
          if (o->cls == Class::ArmedClash || o->cls == Class::Attack || o->cls == Class::Ceasefire) o->start = d->date;
        } else if (endVerb) {
          o->end = d->date;
        } else if (startVerb) {
          o->start = d->date;
        } else {
          o->date = d->date;
        }
        o->strength = std::max(o->strength, 0.8);
      }
    }
  }

  /// "the two neighbours", "both sides", "the leaders of the two countries" from token k: the
  /// two participants of another occurrence of the sentence that has exactly two.
  std::vector<std::uint32_t> twoSidesOfTheSentence(std::uint32_t k, const std::vector<Occurrence>& occ,
                                                   const Occurrence* self) const {
    static constexpr std::array<std::string_view, 10> kSides = {"sides",  "countries", "neighbours", "neighbors", "nations",
                                                                "parties", "states",   "governments", "rivals",   "foes"};
    bool two = false;
    for (auto u = k; u < te_ && u < k + 9; ++u) {
      if (lw(u) == "," || lw(u) == ";" || (mentionAt(u) && !mentionAt(u)->demonym)) break;
      if (lw(u) == "two" || lw(u) == "both") two = true;
      if (two && in(kSides, lw(u))) {
        for (const auto& c : occ)
          if (&c != self && c.participants.size() == 2) return c.participants;
        break;
      }
    }
    return {};
  }

  /// A direction word at k before a name that starts right after it ("northern Shan state"); not
  /// the first word of a name ("Western Sahara", "Central African Republic").
  [[nodiscard]] bool directionBefore(std::uint32_t k) const {
    const Mention* next = k + 1 < te_ ? mentionAt(k + 1) : nullptr;
    return isDirection(lw(k)) && mentionAt(k) == nullptr && next != nullptr && next->tokenBegin == k + 1;
  }

  /// Where the name starts after a place noun and "of" at token k, maybe after up to two
  /// adjectives, participles, lowercase nouns or demonyms before `end`: "town of X", "southern city of X",
  /// "lakeside resort of X" (the tagger may call "lakeside" an adjective or a noun); also after
  /// "capital" without "of": "the Libyan capital X".
  [[nodiscard]] std::optional<std::uint32_t> nameAfterPlaceNoun(std::uint32_t k, std::uint32_t end) const {
    std::uint32_t n = k;
    const auto demonym = [&](std::uint32_t u) { const Mention* m = mentionAt(u); return m && m->demonym; };
    const auto nounModifier = [&](std::uint32_t j) {
      return doc_.tokens[j].pos == "NN" && doc_.tokenText(j) == lw(j) && !(isPlaceNoun(lw(j)) && lw(j + 1) == "of") &&
             lw(j) != "capital";
    };
    // "the disputed territory of X", "the besieged city of X".
    const auto participle = [&](std::uint32_t j) { return doc_.tokens[j].pos == "VBN" && doc_.tokenText(j) == lw(j); };
    while (n < k + 2 && n < end &&
           (doc_.tokens[n].pos == "JJ" || isDirection(lw(n)) || lw(n) == "border" || nounModifier(n) || demonym(n) ||
            participle(n)))
      ++n;
    // "the Libyan capital Tripoli": the capital's name right after it.
    if (lw(n) == "capital" && n + 1 < end && mentionAt(n + 1) && !mentionAt(n + 1)->demonym) return n + 1;
    // "in the capital, Sanaa,", "in the town, X,": the name in apposition.
    if ((lw(n) == "capital" || lw(n) == "city" || lw(n) == "town") && n + 2 < end && lw(n + 1) == "," &&
        mentionAt(n + 2) && mentionAt(n + 2)->tokenBegin == n + 2 && !mentionAt(n + 2)->demonym &&
        (mentionAt(n + 2)->tokenEnd >= end || lw(mentionAt(n + 2)->tokenEnd) == "," || lw(mentionAt(n + 2)->tokenEnd) == "."))
      return n + 2;
    if (!isPlaceNoun(lw(n)) || lw(n + 1) != "of") return std::nullopt;
    return n + 2;
  }

  /// A common noun at k that the name before it modifies, with the article before the name
  /// belonging to it: "in the Catatumbo region" is "in Catatumbo" ("in the Red Sea" keeps it).
  [[nodiscard]] bool headNounAfter(std::uint32_t k) const {
    static constexpr std::array<std::string_view, 12> kHeads = {"region", "province", "state", "district", "area",
                                                               "valley", "county", "governorate", "camp", "city",
                                                               "town", "village"};
    return in(kHeads, lw(k)) && doc_.tokenText(k) == lw(k);
  }

  /// A verb of beginning at token k: "began", "took effect", "came into force".
  [[nodiscard]] bool startsAt(std::uint32_t k) const {
    return isStartVerb(lw(k)) || ((lw(k) == "took" || lw(k) == "takes") && lw(k + 1) == "effect") ||
           ((lw(k) == "came" || lw(k) == "comes") && lw(k + 1) == "into") ||
           ((lw(k) == "broke" || lw(k) == "breaks") && lw(k + 1) == "out");  // "clashes broke out", not "talks broke down
  }

  /// True when the words between an event's trigger and an anchor at `to` can still belong
  /// to the event's clause: no other noun phrase opens in between ("talks, held in Cairo",
  /// "talks collapsed in a deadlock on Friday"), unless past the clause's verb.
  /// A lowercase word that may stand between "for" and the talks it introduces: a determiner,
  /// a possessive, an adjective, a number or a noun modifier ("their first direct peace").
  [[nodiscard]] bool modifiesTalks(std::uint32_t k) const {
    const auto& pos = doc_.tokens[k].pos;
    const auto w = words_[k - tb_];
    if (w.empty() || !std::islower(static_cast<unsigned char>(w.front()))) return false;
    return pos == "DT" || pos == "PRP$" || pos == "JJ" || pos == "JJR" || pos == "JJS" || pos == "CD" || pos == "NN";
  }

  /// A preposition that makes an event a time for another ("after the talks", "ahead of").
  static bool isTimePrep(std::string_view w) {
    return w == "after" || w == "before" || w == "following" || w == "since" || w == "ahead" || w == "until";
  }

  /// Where the words between an event and an anchor start: after its parties when "between A
  /// and the rebels" named them.
  [[nodiscard]] static std::uint32_t gapFrom(const Occurrence& o) {
    return o.partiesEnd > o.head + 1 ? o.partiesEnd - 1 : o.head;
  }

  [[nodiscard]] bool gapOk(std::uint32_t from, std::uint32_t to) const {
    static constexpr std::array<std::string_view, 9> kDeterminers = {"the", "a",   "an",  "this", "that",
                                                                     "its", "their", "his", "her"};
    const auto clauseVerb = [&](std::uint32_t k) { return isEndVerb(lw(k)) || startsAt(k) || lw(k) == "held"; };
    static constexpr std::array<std::string_view, 6> kReportVerbs = {"said", "told", "says", "tells", "added", "announced"};
    // "Hours after the talks, a drone struck a bus in X": an event named in a fronted phrase of
    // time ends at the comma; what follows is another clause's.
    std::uint32_t lead = from;
    while (lead > tb_ && lead > from - 4 && !isTimePrep(lw(lead - 1)) && lw(lead - 1) != ",") --lead;
    const bool timePhrase = lead > tb_ && isTimePrep(lw(lead - 1));
    for (auto k = from + 1; k < to; ++k) {
      if (timePhrase && lw(k) == ",") return false;
      if (clauseVerb(k)) return true;
      // "killed in the fighting, a spokesman told reporters in New York": the report's place.
      if (in(kReportVerbs, lw(k))) return false;
      // "committed to the agreement but accused X of violating it by killing three people on
      // Sunday": the day of the other act.
      if (lw(k) == "accused" || lw(k) == "accusing" ||
          (doc_.tokens[k].pos == "VBG" && (lw(k - 1) == "by" || lw(k - 1) == "of")))
        return false;
      // "the violence that erupted since ...": a relative clause about the event itself.
      if ((lw(k) == "that" || lw(k) == "which") && k + 1 < to && clauseVerb(k + 1)) return true;
      if (in(kDeterminers, lw(k))) {
        // "in the early hours of Monday": a time.
        if (lw(k) == "the" && (lw(k + 1) == "early" || lw(k + 1) == "small" || lw(k + 1) == "wee") && lw(k + 2) == "hours")
          continue;
        // "signed earlier this month in Doha": a time, no other noun phrase.
        if ((lw(k) == "this" || lw(k) == "that") &&
            (lw(k + 1) == "week" || lw(k + 1) == "month" || lw(k + 1) == "year" || lw(k + 1) == "weekend" ||
             lw(k + 1) == "morning"))
          continue;
        // "an airstrike hit a market in X": the object of the event's own verb.
        static constexpr std::array<std::string_view, 7> kHitVerbs = {"hit", "struck", "targeted", "destroyed",
                                                                      "damaged", "wrecked", "targeting"};
        if (k == from + 1 ? false : in(kHitVerbs, lw(k - 1))) continue;
        // "fighting near the front line in Marib": a place phrase of the event's own.
        // "talks on a ceasefire resumed in Cairo": what the talks are about.
        static constexpr std::array<std::string_view, 10> kPlacePreps = {"near", "along", "across", "at",    "around",
                                                                          "outside", "on", "over", "about", "for"};
        if (k == from + 2 && in(kPlacePreps, lw(k - 1))) continue;
        // "an attack by gunmen on an army post in X": whom the act was by, then what it hit.
        if (k >= from + 3 && lw(from + 1) == "by" && (lw(k - 1) == "on" || lw(k - 1) == "against")) continue;
        // "a truck bomb killed six people outside an air base in X": a spot in the place.
        if (k > from + 2 && (lw(k - 1) == "outside" || lw(k - 1) == "near" || lw(k - 1) == "at" || lw(k - 1) == "inside")) continue;
        const Mention* m = mentionAt(k + 1);
        // "raided offices in the capital on Sunday": the capital is a place of the event's own.
        if (lw(k) == "the" && k > from + 1 && lw(k - 1) == "in" && lw(k + 1) == "capital" &&
            (k + 2 == to || (k + 3 == to && lw(k + 2) == "on")))
          continue;
        // "near the town of Boulkessi", "in the lakeside resort of X": a place noun before its name.
        const auto named = nameAfterPlaceNoun(k + 1, to);
        const bool placeOfName = named && *named < to && mentionAt(*named);
        if (!m && !(k + 2 < to && mentionAt(k + 2)) && !placeOfName) return false;
      }
    }
    return true;
  }

  /// Sentences about the article's main talks without naming them: "Delegations from A and B
  /// convened", "the Chadian delegation, led by Minister X", "Turkey's role as mediator",
  /// "Egypt and Egypt pledged continued mediation for a fifth round", "thanked Norway for
  /// mediation". They attach to the sentence's Negotiation, else to the article's main one.
  void mainEventPatterns(std::size_t s, std::vector<Occurrence>& occ) {
    Occurrence* here = nullptr;
    for (auto& o : occ) {
      if (o.cls == Class::Negotiation) {
        here = &o;
        break;
      }
    }
    auto participant = [&](std::uint32_t a) {
      if (here) addUnique(here->participants, a);
      else deferredParticipants_.push_back(a);
    };
    auto mediator = [&](std::uint32_t a, Occurrence* target) {
      if (target) addUnique(target->mediators, a);
      else deferredMediators_.push_back(a);
    };
    // "The breakdown, confirmed by mediators on Friday, ...": the end of the main talks.
    if (!here && te_ > tb_ + 2 && lw(tb_) == "the" && (lw(tb_ + 1) == "breakdown" || lw(tb_ + 1) == "collapse") &&
        !deferredEnd_) {
      for (auto t = tb_ + 2; t < te_; ++t) {
        if (auto d = dates_.at(words_, t - tb_)) {
          deferredEnd_ = d->date;
          break;
        }
      }
    }
    for (auto t = tb_; t < te_; ++t) {
      const auto w = lw(t);
      if (w == "delegations" && (lw(t + 1) == "from" || lw(t + 1) == "of")) {
        auto list = actorList(t + 2);
        if (list.size() >= 2)
          for (auto a : list) participant(a);
      }
      if (w == "delegation") {
        // Whose delegation: "Chad's delegation", "the Sudanese delegation", "the delegation of Chad".
        std::optional<std::uint32_t> owner;
        if (t > tb_ && isPossessive(t - 1)) {
          if (mentionAt(t - 2)) owner = actors_.actorOfMention(actors_.mentionAtToken(t - 2), true);
        } else if (const Mention* m = mentionAt(t - 1); m && m->demonym) {
          owner = actors_.actorOfMention(actors_.mentionAtToken(t - 1), true);
        } else if (lw(t + 1) == "of" || lw(t + 1) == "from") {
          auto list = actorList(t + 2);
          if (list.size() == 1) owner = list.front();
        }
        if (owner && sink_.graph().nodes[*owner].cls == Class::Country) participant(*owner);
        // "..., led by Special Envoy A and Minister B".
        std::uint32_t k = t + 1;
        if (lw(k) == ",") ++k;
        if (lw(k) == "led" && lw(k + 1) == "by" && owner) {
          for (auto a : actorList(k + 2))
            if (isPersonNode(a)) participant(a);
        }
      }
      // "Turkey's role as mediator".
      if (w == "role" && lw(t + 1) == "as" && (lw(t + 2) == "mediator" || lw(t + 2) == "a") && t >= tb_ + 2 &&
          isPossessive(t - 1)) {
        if (auto a = actors_.actorOfMention(actors_.mentionAtToken(t - 2), false)) mediator(*a, here);
      }
      // "A and B pledged continued mediation for a fourth round", "X offered to mediate".
      if ((w == "mediation" || w == "mediate") && t > tb_) {
        static constexpr std::array<std::string_view, 7> kPledge = {"pledged", "offered", "promised", "vowed",
                                                                    "agreed",  "pledge",  "offer"};
        std::uint32_t v = t;
        while (v > tb_ && t - v < 4 && !in(kPledge, lw(v))) --v;
        if (!in(kPledge, lw(v))) continue;
        std::uint32_t c = tb_;
        std::uint32_t stop = c;
        auto subject = actorList(c, &stop);
        if (subject.empty() || stop != v) continue;
        Occurrence* target = nullptr;
        for (auto& o : occ) {
          if (o.head > t && o.cls == Class::Negotiation) {
            target = &o;
            break;
          }
        }
        for (auto a : subject) mediator(a, target ? target : here);
      }
      // "Qatar, Egypt and the United States have been mediating between Israel and Hamas".
      if (w == "mediating" && lw(t + 1) == "between" && t > tb_) {
        std::uint32_t v = t;
        while (v > tb_ && (lw(v - 1) == "been" || lw(v - 1) == "have" || lw(v - 1) == "has" || lw(v - 1) == "are" ||
                           lw(v - 1) == "is" || lw(v - 1) == "were" || lw(v - 1) == "was"))
          --v;
        std::uint32_t stop = tb_;
        auto subject = actorList(tb_, &stop);
        std::uint32_t listStop = t + 2;
        auto sides = actorList(t + 2, &listStop);
        if (!subject.empty() && stop == v && sides.size() >= 2) {
          // The talks of this sentence, else those the sentence before named ("Talks in Doha
          // remain stuck. Qatar ... have been mediating"), else the article's main talks.
          Record* before = nullptr;
          for (auto& r : records_)
            if (s > 0 && r.cls == Class::Negotiation && r.lastSentence + 1 == s) before = &r;
          for (auto a : subject) {
            if (here || !before) mediator(a, here);
            else addUnique(before->mediators, a);
          }
          for (auto a : sides) {
            if (here) addUnique(here->participants, a);
            else if (before) addUnique(before->participants, a);
            else deferredParticipants_.push_back(a);
          }
        }
      }
      // "a deal negotiated with help from Qatar", "signed with the help of Turkey".
      if (w == "help" && t >= tb_ + 2 && lw(t - 1) == "with" && (lw(t + 1) == "from" || lw(t + 1) == "of")) {
        Occurrence* deal = nullptr;
        for (auto& o : occ)
          if (o.head < t && o.cls != Class::ArmedClash && o.cls != Class::Attack) deal = &o;
        if (deal) {
          for (auto a : actorList(t + 2)) addUnique(deal->mediators, a);
        } else if (lw(t - 2) == "negotiated" || lw(t - 2) == "brokered" || lw(t - 2) == "reached") {
          for (auto a : actorList(t + 2)) mediator(a, nullptr);
        }
      }
      // "thanked Egypt and Egypt for (their) mediation".
      if (w == "thanked") {
        std::uint32_t stop = t + 1;
        auto list = actorList(t + 1, &stop);
        std::uint32_t k = stop;
        if (lw(k) == "for") ++k;
        if (lw(k) == "their" || lw(k) == "its") ++k;
        if (!list.empty() && (lw(k) == "mediation" || lw(k) == "mediating" || lw(k) == "hosting"))
          for (auto a : list) mediator(a, here);
      }
    }
  }

  // ---------------------------------------------------------------- merging
  /// True when place node `inner` lies in the country node `outer` by the gazetteer ("Tyre" in
  /// "Lebanon"): the same event may be placed in either.
  [[nodiscard]] bool inCountry(std::uint32_t inner, std::uint32_t outer) const {
    const auto& nodes = sink_.graph().nodes;
    if (nodes[outer].cls != Class::Country || nodes[inner].cls == Class::Country) return false;
    for (const auto& p : gaz_.lookup(nodes[inner].label)) {
      if (p.cls == Class::Country) continue;
      if (const auto c = gaz_.countryName(p.country); c && *c == nodes[outer].label) return true;
    }
    return false;
  }

  /// A town or place the gazetteer does not know (so it may lie anywhere) and a country or
  /// region: "the strike near the town of X" may be "the drone strike in Y" told again.
  [[nodiscard]] bool unknownPlaceIn(std::uint32_t inner, std::uint32_t outer) const {
    const auto& nodes = sink_.graph().nodes;
    if (!gaz_.lookup(nodes[inner].label).empty()) return false;
    // ... or a palace, a camp or a field the gazetteer does not know and a city: "the talks at
    // the Palais des Nations" after "talks in Geneva".
    if (nodes[outer].cls == Class::City) return nodes[inner].cls == Class::Place;
    return (nodes[outer].cls == Class::Country || nodes[outer].cls == Class::Region) &&
           (nodes[inner].cls == Class::City || nodes[inner].cls == Class::Place);
  }

  [[nodiscard]] bool compatible(const Record& r, const Occurrence& o) const {
    if (r.cls != o.cls) return false;
    // A kidnapping is another attack than a bombing or a raid.
    if (isKidnapping(r.core) != isKidnapping(o.core)) return false;
    if (r.entity >= 0 && o.entity >= 0 && r.entity != o.entity) return false;
    if (r.location && o.location && *r.location != *o.location && !inCountry(*r.location, *o.location) &&
        !inCountry(*o.location, *r.location) && !(o.definite && unknownPlaceIn(*o.location, *r.location)))
      return false;
    if (r.ordinal && o.ordinal && r.ordinal != o.ordinal) return false;
    const auto day = [](const std::optional<CalendarDate>& a, const std::optional<CalendarDate>& b) {
      return !a || !b || *a == *b;
    };
    if (!day(r.date, o.date) || !day(r.end, o.end) || !day(r.start, o.start)) return false;
    if (r.date && o.end && *r.date != *o.end) return false;
    if (r.end && o.date && *r.end != *o.date) return false;
    if (!r.period.fits(o.period)) return false;
    for (const auto* d : {&o.date, &o.start, &o.end}) {
      if (!r.period.fits(*d)) return false;
    }
    for (const auto* d : {&r.date, &r.start, &r.end}) {
      if (!o.period.fits(*d)) return false;
    }
    // "... signed the deal": a bare definite refers back, whoever its signers are named as.
    const bool refersBack = o.bare && !o.location && !o.date && o.entity < 0;
    if (r.participants.size() >= 2 && o.participants.size() >= 2 && !(o.joined && o.definite) && !refersBack) {
      bool shared = false;
      for (auto a : o.participants) shared = shared || std::find(r.participants.begin(), r.participants.end(), a) != r.participants.end();
      if (!shared) return false;
    }
    return true;
  }

  static bool sharesAnchor(const Record& r, const Occurrence& o) {
    const auto common = [](const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
      return std::any_of(a.begin(), a.end(), [&](auto x) { return std::find(b.begin(), b.end(), x) != b.end(); });
    };
    return (r.entity >= 0 && r.entity == o.entity) || (r.location && o.location) || (r.date && o.date) ||
           (r.period && o.period) || common(r.participants, o.participants);
  }

  /// "A ceasefire between X and Y took effect ... The deal, brokered by Z": with no agreement
  /// before it, "the deal" is the ceasefire the article reported. Its record, or -1 (and `o`
  /// becomes a mention of that ceasefire).
  int ceasefireTheDealNames(Occurrence& o) const {
    if (o.cls != Class::Agreement || !o.definite || o.entity >= 0 || o.distinct) return -1;
    int ceasefire = -1;
    // (A declaration or memorandum the article reported is a document, not "the deal".)
    for (std::size_t r = 0; r < records_.size(); ++r) {
      if (records_[r].cls == Class::Agreement && !isDocument(records_[r].core)) return -1;
      if (records_[r].cls == Class::Ceasefire) ceasefire = static_cast<int>(r);
    }
    if (ceasefire < 0) return -1;
    Occurrence asCeasefire = o;
    asCeasefire.cls = Class::Ceasefire;
    if (!compatible(records_[static_cast<std::size_t>(ceasefire)], asCeasefire)) return -1;
    o.cls = Class::Ceasefire;
    return ceasefire;
  }

  void place(Occurrence& o) {
    int target = ceasefireTheDealNames(o);
    if (target < 0 && o.anchored()) {
      int bestScore = -1;
      for (std::size_t r = 0; r < records_.size() && !o.distinct; ++r) {
        if (!compatible(records_[r], o)) continue;
        const Record& rec = records_[r];
        if ((o.cls == Class::ArmedClash || o.cls == Class::Attack) && !o.definite && !sharesAnchor(rec, o)) continue;
        // Two kinds of attack ("a missile attack" by one side, "strikes" in response by the
        // other) are one only when they share the place or the day, not just a party.
        if ((o.cls == Class::ArmedClash || o.cls == Class::Attack) && !o.definite && rec.core != o.core &&
            !(rec.location && o.location) && !((rec.date || rec.end) && (o.date || o.end)))
          continue;
        int score = 0;
        if (rec.entity >= 0 && rec.entity == o.entity) score += 4;
        if (rec.location && o.location) score += 2;
        if (rec.ordinal && o.ordinal) score += 2;
        if ((rec.date || rec.end) && (o.date || o.end)) score += 2;
        if (rec.period && o.period) score += 1;
        if (score >= bestScore) {
          bestScore = score;
          target = static_cast<int>(r);
        }
      }
      // A lone ordinal round or place-less date never joins an event that has a different one.
      if (target < 0) {
        Record rec;
        rec.cls = o.cls;
        rec.core = o.core;
        records_.push_back(rec);
        target = static_cast<int>(records_.size() - 1);
      }
    } else if (target < 0 && o.definite) {
      // "the talks": the most recently mentioned event of that class.
      target = latestRecord(o.cls);
      if (target < 0) return;
    } else if (target < 0) {
      return;
    }
    Record& rec = records_[static_cast<std::size_t>(target)];
    if (rec.entity < 0) rec.entity = o.entity;
    // The more precise place: "a strike in southern Lebanon" ... "the strike near Tyre".
    // (A landmark the gazetteer does not know leaves the city the place: "Geneva talks".)
    if (o.location && (!rec.location || inCountry(*o.location, *rec.location) ||
                       (o.definite && unknownPlaceIn(*o.location, *rec.location) &&
                        sink_.graph().nodes[*rec.location].cls != Class::City))) {
      rec.location = o.location;
      rec.locationPhrase = o.locationPhrase;
    }
    if (!rec.ordinal) rec.ordinal = o.ordinal;
    if (!rec.date) rec.date = o.date;
    if (!rec.start) rec.start = o.start;
    if (!rec.end) rec.end = o.end;
    if (!rec.period) rec.period = o.period;
    if (!rec.duration) rec.duration = o.duration;
    for (auto a : o.participants) addUnique(rec.participants, a);
    if (o.side && o.anchored()) addUnique(rec.participants, *o.side);
    for (auto a : o.mediators) addUnique(rec.mediators, a);
    // Anchored mentions rate by their strongest anchor; a bare "the talks" adds no confidence.
    double conf = o.anchored() ? std::max(o.strength, 0.6) : 0.0;
    if (o.entity >= 0) conf = std::max(conf, 0.8);
    rec.confidence = std::max(rec.confidence, conf);
    if (!o.form.empty() && std::find(rec.forms.begin(), rec.forms.end(), o.form) == rec.forms.end())
      rec.forms.push_back(o.form);
    if (std::find(rec.sentences.begin(), rec.sentences.end(), o.sentence) == rec.sentences.end())
      rec.sentences.push_back(o.sentence);
    rec.lastSentence = o.sentence;
    occurrenceRecords_.push_back({o.sentence, o.head, target});
  }

  /// The record of class `cls` mentioned last (the last made of those last mentioned in one
  /// sentence), or -1.
  [[nodiscard]] int latestRecord(Class cls) const {
    int found = -1;
    std::size_t latest = 0;
    for (std::size_t r = 0; r < records_.size(); ++r) {
      if (records_[r].cls == cls && records_[r].lastSentence >= latest) {
        latest = records_[r].lastSentence;
        found = static_cast<int>(r);
      }
    }
    return found;
  }

  /// The talks a main-event pattern refers to: the Negotiation with the most evidence.
  [[nodiscard]] int mainNegotiation() const {
    int best = -1;
    std::size_t most = 0;
    for (std::size_t r = 0; r < records_.size(); ++r) {
      if (records_[r].cls == Class::Negotiation && records_[r].sentences.size() > most) {
        most = records_[r].sentences.size();
        best = static_cast<int>(r);
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- output
  std::string nameOf(std::uint32_t node) const { return sink_.graph().nodes[node].label; }

  std::string labelOf(const Record& r) const {
    std::string base;
    std::vector<std::string> parties;
    for (auto a : r.participants) parties.push_back(nameOf(a));
    std::sort(parties.begin(), parties.end());
    if (r.cls == Class::Negotiation) {
      if (r.location) base = nameOf(*r.location) + " talks";
      else if (r.ordinal) base = ordinalWord(r.ordinal) + " round of talks";
      else if (parties.size() >= 2) base = parties[0] + "-" + parties[1] + " talks";
      else base = "talks";
    } else if (r.cls == Class::Takeover && r.participants.size() == 1) {
      base = nameOf(r.participants.front()) + " " + r.core;  // "army takeover", "junta coup"
    } else {
      base = r.core;
      if (r.location && r.locationPhrase.find(' ') != std::string::npos) base += " " + r.locationPhrase;
      else if (r.location) base = r.locationPhrase + " " + base;
      else if (parties.size() >= 2) base += " between " + parties[0] + " and " + parties[1];
    }
    return base;
  }

  /// "2025-10" or "2021".
  static std::string periodText(const Period& p) {
    std::string text = std::to_string(p.year);
    if (p.month) text += (p.month < 10 ? "-0" : "-") + std::to_string(p.month);
    return text;
  }

  static std::string ordinalWord(int n) {
    static constexpr std::array<std::string_view, 10> kWords = {"first", "second", "third",   "fourth", "fifth",
                                                                "sixth", "seventh", "eighth", "ninth",  "tenth"};
    return n >= 1 && n <= 10 ? std::string(kWords[static_cast<std::size_t>(n - 1)]) : std::to_string(n) + "th";
  }

  void emit() {
    std::vector<std::string> labels(records_.size());
    for (std::size_t r = 0; r < records_.size(); ++r) labels[r] = labelOf(records_[r]);
    // Two events of one class with one label in this article: tell them apart by round or day.
    const std::vector<std::string> plain = labels;
    for (std::size_t r = 0; r < records_.size(); ++r) {
      for (std::size_t q = 0; q < records_.size(); ++q) {
        if (q == r || plain[q] != plain[r] || records_[q].cls != records_[r].cls) continue;
        const Record& rec = records_[r];
        if (rec.ordinal) labels[r] += ", " + ordinalWord(rec.ordinal) + " round";
        else if (auto d = rec.end ? rec.end : rec.date ? rec.date : rec.start) labels[r] += " of " + d->iso();
        else if (rec.period) labels[r] += " of " + periodText(rec.period);
        break;
      }
    }
    // Still one label ("A and B met separately with C in Brussels on Friday"): by the parties.
    const std::vector<std::string> dated = labels;
    for (std::size_t r = 0; r < records_.size(); ++r) {
      for (std::size_t q = 0; q < records_.size(); ++q) {
        if (q == r || dated[q] != dated[r] || records_[q].cls != records_[r].cls) continue;
        std::vector<std::string> parties;
        for (auto a : records_[r].participants) parties.push_back(nameOf(a));
        std::sort(parties.begin(), parties.end());
        if (parties.size() >= 2 && labels[r].find(" between ") == std::string::npos)
          labels[r] += " between " + parties[0] + " and " + parties[1];
        break;
      }
    }
    for (std::size_t r = 0; r < records_.size(); ++r) {
      Record& rec = records_[r];
      if (rec.sentences.empty()) continue;
      if (rec.entity >= 0) {
        rec.node = sink_.entityNode(rec.entity);
        for (auto s : rec.sentences) sink_.addEvidence(rec.node, s);
      } else {
        rec.node = sink_.addFact(rec.cls, labels[r], rec.sentences.front(), rec.confidence, std::string(kExtractor));
        for (auto s : rec.sentences) sink_.addEvidence(rec.node, s);
      }
      // The ways the article names the event become its other labels.
      auto& forms = sink_.graph().nodes[rec.node].forms;
      for (const auto& f : rec.forms) {
        if (f != sink_.graph().nodes[rec.node].label && std::find(forms.begin(), forms.end(), f) == forms.end())
          forms.push_back(f);
      }
      for (auto a : rec.participants) {
        if (a != rec.node) sink_.addEdge(rec.node, Prop::participant, a);
      }
      for (auto a : rec.mediators) {
        if (a != rec.node && std::find(rec.participants.begin(), rec.participants.end(), a) == rec.participants.end())
          sink_.addEdge(rec.node, Prop::mediator, a);
      }
      if (rec.location) sink_.addEdge(rec.node, Prop::location, *rec.location);
      // Dates: one day, or a span from its end and duration.
      std::optional<CalendarDate> start = rec.start, end = rec.end;
      if (rec.date && !start && !end && rec.duration <= 1) {
        sink_.addEdge(rec.node, Prop::date, Literal{rec.date->iso(), Literal::Type::Date});
      } else {
        if (!end && rec.date && rec.duration > 1) end = rec.date;
        if (end && !start && rec.duration > 1) start = end->plusDays(-(rec.duration - 1));
        if (start && end && *start > *end) start.reset();
        if (start) sink_.addEdge(rec.node, Prop::startDate, Literal{start->iso(), Literal::Type::Date});
        if (end) sink_.addEdge(rec.node, Prop::endDate, Literal{end->iso(), Literal::Type::Date});
      }
      // No day, but a month or a year: "the clashes in October 2025", "the takeover in 2021".
      if (!rec.date && !rec.start && !rec.end && rec.period && !rec.period.since) {
        if (rec.period.month) sink_.addEdge(rec.node, Prop::month, Literal{periodText(rec.period), Literal::Type::YearMonth});
        else sink_.addEdge(rec.node, Prop::year, Literal{periodText(rec.period), Literal::Type::Year});
      }
    }
    for (const auto& [s, head, r] : occurrenceRecords_) {
      if (sentenceEvents_.size() <= s) sentenceEvents_.resize(s + 1);
      const Record& rec = records_[static_cast<std::size_t>(r)];
      sentenceEvents_[s].push_back({head, rec.cls, rec.node});
    }
  }

  struct Placed {
    std::size_t sentence;
    std::uint32_t head;
    int record;
  };

  FactSink& sink_;
  const Document& doc_;
  const Gazetteer& gaz_;
  ActorResolver actors_;
  DateResolver dates_;
  std::uint32_t tb_ = 0, te_ = 0;
  std::vector<std::string_view> words_;
  std::vector<Record> records_;
  std::vector<Placed> occurrenceRecords_;
  std::vector<std::uint32_t> deferredParticipants_, deferredMediators_;
  std::vector<std::uint32_t> mediatedOther_;  // mediators of something other than talks ("a grain deal mediated by X")
  std::optional<CalendarDate> deferredEnd_;
  std::vector<std::vector<SentenceEvent>> sentenceEvents_;
};

}  // namespace

void extractEvents(FactSink& sink, const Gazetteer& gaz) { EventExtractor(sink, gaz).run(); }

}  // namespace ng
