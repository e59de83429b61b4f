// Speech acts from a verb and noun lexicon (SpeechLexicon.h) and shallow clause patterns:
//   active verbs      X accused Y of Z; X blamed Y for Z; X urged Y to Z; X demanded (that) Y Z
//   participles       ..., accusing Y of Z  (agent: the subject of the main clause)
//   passives          Y was accused by X of Z; a boundary rejected by X
//   nominals          X's demand that Y Z; accusations by X against Y; X issued a rebuke
//   reciprocals       both sides accused each other; X and Y traded accusations
//   reported blame    X said (that) Y failed to / violated / harboured ...
// The noun phrases around a verb are read without a parser: runs of names, titles, determiners
// and actor nouns ("officials", "delegation"), so anything the patterns cannot vouch for is left
// out. Negated ("did not accuse"), modal ("could demand") and conditional ("if X rejects")
// uses are skipped, and so is everything inside quotation marks, whose speaker the quotation
// extractor owns.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "extract/Segmenter.h"
#include "extract/TextNorm.h"
#include "extract/facts/Actors.h"
#include "extract/facts/DateResolver.h"
#include "extract/facts/Extractors.h"
#include "extract/facts/SpeechLexicon.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;
using speech::Act;
using speech::Form;
using speech::Frame;
using speech::VerbMatch;

constexpr const char* kExtractor = "statements";
constexpr std::uint32_t kNoActor = UINT32_MAX;

// Confidence by pattern: how directly the text states agent, act and target.
constexpr double kActiveBoth = 0.8;
constexpr double kActiveAgentOnly = 0.7;
constexpr double kNominal = 0.6;
constexpr double kReportedBlame = 0.55;
constexpr double kPronounPenalty = 0.1;
constexpr double kBothSidesPenalty = 0.15;

template <std::size_t N>
bool oneOf(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "this", "these", "those", "both", "two", "each",
                                             "some", "several", "many", "its", "their", "his", "her", "all"};
// Nouns and modifiers that name a speaker or its parts: "Sudanese officials", "Sudan's army chief".
constexpr std::string_view kActorNouns[] = {
    "chairman",   "chairwoman",    "chairperson", "director",    "governor",    "mayor",       "ambassador",
    "official",   "officials",     "government",  "governments", "delegation",  "delegations", "spokesman",
    "spokeswoman", "spokesperson", "spokespeople", "ministry",    "minister",    "ministers",   "military",
    "army",       "forces",        "side",        "sides",       "authorities", "authority",   "leaders",
    "leader",     "leadership",    "representatives", "representative", "negotiators", "negotiator",
    "sources",    "envoy",         "envoys",      "president",   "diplomats",   "diplomat",    "regime",
    "administration", "cabinet",   "council",     "embassy",     "office",      "troops",      "commander",
    "commanders", "chief",         "junta",       "rebels",      "militants",   "parliament",  "lawmakers",
    "mission",    "command",       "police",      "foreign",     "defense",     "defence",     "interior",
    "affairs",    "information",   "security",    "intelligence", "senior",     "top",         "federal",
    "national",   "deputy",        "acting",      "former",      "prime",       "general",     "secretary",
    "countries",  "country",       "parties",     "neighbours",  "neighbors",   "capitals",    "camp",
    "state",      "media",         "team",        "negotiating", "security",    "local",       "gang",
    "gangs",      "militia",       "militias",    "fighters",    "insurgents",  "guerrillas",  "paramilitaries",
    "paramilitary", "soldiers",    "separatists", "jihadists",   "group",       "groups",      "coalition",
    "opposition", "movement",      "experts",     "investigators", "monitors",  "inspectors",  "observers",
    "prosecutors", "prosecutor",   "rebel",       "armed",         "militant",  "insurgent",   "jihadist",
    "terrorist",  "separatist"};
constexpr std::string_view kSidesWords[] = {"sides", "countries", "parties", "neighbours", "neighbors",
                                            "governments", "capitals", "side", "camps"};
constexpr std::string_view kAdverbs[] = {"also",   "long",    "further", "again",   "then",    "now",
                                         "still",  "already", "once",    "too",     "even",    "just",
                                         "first",  "later",   "earlier", "swiftly", "quickly", "openly",
                                         "has",    "have",    "had",     "was",     "were",    "is",
                                         "are",    "did",     "does",    "do",      "be",      "been",
                                         "being",  "itself",  "themselves", "himself", "herself", "thus",
                                         "thereby", "instead"};
constexpr std::string_view kNegations[] = {"not", "n't", "never", "no", "without", "nor", "neither"};
constexpr std::string_view kNegatingVerbs[] = {"refused", "refuses", "declined", "declines", "failed", "fails",
                                               "avoided", "avoids", "stopped", "refrained"};
constexpr std::string_view kModals[] = {"would", "could", "might", "may", "should", "will", "can", "must",
                                        "'d", "'ll", "shall"};
constexpr std::string_view kConditionals[] = {"if", "unless", "whether", "lest"};
// Opening words of an introductory phrase before the main clause: "Speaking in X, Y said".
constexpr std::string_view kIntroWords[] = {
    "after",  "following", "speaking", "in",     "during",    "despite", "on",        "at",      "amid",
    "before", "since",     "as",       "when",   "while",     "with",    "addressing", "according",
    "responding", "meanwhile", "however", "earlier", "later", "yesterday", "today", "separately",
    "for",    "by",        "writing",  "reacting", "under",   "over",    "within",    "without", "through"};
constexpr std::string_view kTopicStops[] = {";", ":", "—", "–", "(", ")", "while", "whereas", "but", "according", "after"};
constexpr std::string_view kPersonPronouns[] = {"he", "she"};
constexpr std::string_view kPossessivePronouns[] = {"his", "her"};
constexpr std::string_view kSpeakerPronouns[] = {"it", "they", "we", "he", "she", "i"};
// Verbs that carry a noun of speech: "X issued a rebuke", "X countered with demands".
constexpr std::string_view kLightVerbs[] = {
    "issued", "issues", "issue", "made", "makes", "make", "leveled", "levelled", "levels", "voiced", "voices",
    "repeated", "repeats", "renewed", "renews", "reiterated", "reiterates", "presented", "presents",
    "lodged", "delivered", "laid", "lays", "laying", "expressed", "expresses", "put", "placed", "pinned",
    "shifted", "sent", "with"};
constexpr std::string_view kModifierStops[] = {"and", "or", "of", "to", "for", "in", "on", "by", "at", "from",
                                               "that", "which", "who", "as", "with", "said", "says"};
constexpr std::string_view kStatementWords[] = {"remark", "remarks", "quote", "comment", "comments", "statement",
                                                "statements", "words", "quotes", "claim"};


/// Lowercase (ASCII) with the typographic apostrophe folded to "'".
std::string foldWord(std::string_view s) {
  // lowerAscii() is what std::tolower() byte by byte gave in the "C" locale the program runs in;
  // the rare apostrophes are then found with find(), not tested for at every byte.
  std::string out = lowerAscii(s);
  for (auto i = out.find("\u2019"); i != std::string::npos; i = out.find("\u2019", i + 1)) out.replace(i, 3, "'");
  return out;
}

/// The actors on one side of a speech act.
struct Party {
  std::vector<std::uint32_t> actors;
  bool pronoun = false;    ///< resolved from "he" / "she" / "his"
  bool bothSides = false;  ///< "both sides", "the two countries": resolved from context
  bool possessor = false;  ///< "Y's demand": Y owns the thing, it is not the thing itself
  bool person = false;     ///< the only actor is a person
  [[nodiscard]] bool empty() const { return actors.empty(); }
};

/// One statement made so far: rejections and denials point back at them.
struct Made {
  std::uint32_t node;
  Act act;
  std::size_t sentence;
  std::uint32_t trigger;
  std::uint32_t agent;
  std::vector<std::uint32_t> targets;
};

class StatementFinder {
 public:
  StatementFinder(FactSink& sink, const Gazetteer& gaz)
      : sink_(sink),
        doc_(sink.doc()),
        gaz_(gaz),
        actors_(sink, gaz),
        words_(doc_.tokens.size()),
        quoted_(doc_.tokens.size()),
        inName_(doc_.tokens.size()) {
    for (std::size_t t = 0; t < doc_.tokens.size(); ++t) words_[t] = foldWord(doc_.tokenText(t));
    for (const auto& m : doc_.mentions)
      for (auto t = m.tokenBegin; t < m.tokenEnd && t < inName_.size(); ++t) inName_[t] = true;
    markQuotes();
  }

  void run() {
    for (s_ = 0; s_ < doc_.sentences.size(); ++s_) {
      b_ = doc_.sentences[s_].tokenBegin;
      e_ = std::min<std::uint32_t>(doc_.sentences[s_].tokenEnd, static_cast<std::uint32_t>(words_.size()));
      lastSubject_.reset();
      for (std::uint32_t t = b_; t < e_; ++t) {
        // A word of a name is no verb or noun of speech: "the Rapid Support Forces".
        if (quoted_[t] || inName_[t] || done_.count(t)) continue;
        if (auto vm = speech::matchVerb(words_, t)) {
          if (handleVerb(t, *vm)) continue;
        }
        if (speech::isReportingVerb(words_[t])) {
          handleReportedBlame(t);
          continue;
        }
        if (auto act = speech::nounAct(words_[t])) handleNoun(t, *act);
      }
    }
  }

 private:
  // ---- token helpers ---------------------------------------------------------------------------

  [[nodiscard]] const std::string& w(std::uint32_t t) const {
    static const std::string kEmpty;
    return t < words_.size() ? words_[t] : kEmpty;
  }
  [[nodiscard]] bool inSentence(std::uint32_t t) const { return t >= b_ && t < e_; }
  /// "on Friday" starts at t, within the sentence.
  [[nodiscard]] bool onWeekday(std::uint32_t t) const {
    return t + 1 < e_ && w(t) == "on" && weekdayNumber(doc_.tokenText(t + 1)) >= 0;
  }
  /// The first word after "on Friday" or "on Sunday night" at t, or t.
  [[nodiscard]] std::uint32_t afterWeekday(std::uint32_t t) const {
    if (!onWeekday(t)) return t;
    t += 2;
    static constexpr std::string_view kDayParts[] = {"night", "morning", "evening", "afternoon"};
    if (t < e_ && oneOf(kDayParts, w(t))) ++t;
    return t;
  }
  [[nodiscard]] bool isPunct(std::uint32_t t) const {
    return w(t) != "'s" && w(t) != "'" && isPunctuation(doc_.tokenText(t));
  }
  [[nodiscard]] bool capitalized(std::uint32_t t) const {
    const auto text = doc_.tokenText(t);
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text[0]);
    return std::isupper(c) || c >= 0x80;
  }
  [[nodiscard]] bool isAdverb(std::uint32_t t) const {
    const auto& x = w(t);
    return oneOf(kAdverbs, x) || (x.size() > 4 && x.ends_with("ly") && !capitalized(t));
  }

  void markQuotes() {
    for (const auto& s : doc_.sentences) {
      bool open = false;
      for (auto t = s.tokenBegin; t < s.tokenEnd && t < words_.size(); ++t) {
        const auto text = doc_.tokenText(t);
        if (text == "\u201C") {
          open = true;
        } else if (text == "\u201D") {
          open = false;
        } else if (text == "\"") {
          open = !open;
        } else {
          quoted_[t] = open;
        }
      }
    }
  }

  /// The actor a mention stands for (capitals as governments). A named organization that
  /// coreference put into a country's entity is no reading of the country: left out.
  std::optional<std::uint32_t> actorOf(int m) {
    const auto& mention = doc_.mentions[static_cast<std::size_t>(m)];
    if (mention.entity >= 0 && doc_.entities[static_cast<std::size_t>(mention.entity)].cls == Class::Country &&
        !mention.demonym && onto::isA(mention.cls, Class::Organization))
      return std::nullopt;
    return actors_.actorOfMention(m, true);
  }
  /// The actor a mention at token t stands for.
  std::optional<std::uint32_t> actorAt(std::uint32_t t) {
    const int m = actors_.mentionAtToken(t);
    if (m < 0) return std::nullopt;
    return actorOf(m);
  }

  /// The actor named by the noun phrase a relative clause hangs on: "Chadian airstrikes that
  /// X condemned", "the HTS (Hayat Tahrir ash-Sham), which X alleges". `rel` is the "that" / "which".
  std::vector<std::uint32_t> relativeAntecedent(std::uint32_t rel) {
    static constexpr std::string_view kStops[] = {"on", "in", "of", "against", "by", "from", "at", "to", "with", "for"};
    if (rel <= b_) return {};
    auto j = rel;
    if (w(j - 1) == ",") --j;
    if (j > b_ && w(j - 1) == ")") {
      while (j > b_ && w(j - 1) != "(") --j;
      if (j > b_) --j;
    }
    for (std::uint32_t k = 0; k < 4 && j > b_; ++k, --j) {
      const auto u = j - 1;
      if (isPunct(u) || oneOf(kStops, w(u))) break;
      if (auto a = actorAt(u)) return {*a};
    }
    return {};
  }
  /// The "that" / "which" before the subject of the verb at t, when t heads a relative clause.
  [[nodiscard]] std::optional<std::uint32_t> relativeWord(std::uint32_t t) const {
    std::uint32_t i = t;
    while (i > b_ && isAdverb(i - 1)) --i;
    const auto begin = npLeft(i);
    if (begin == i || begin <= b_) return std::nullopt;
    if (w(begin - 1) == "that" || w(begin - 1) == "which") return begin - 1;
    return std::nullopt;
  }
  [[nodiscard]] bool isPersonNode(std::uint32_t node) const { return sink_.graph().nodes[node].cls == Class::Person; }
  [[nodiscard]] bool isDemonymAt(std::uint32_t t) const {
    const int m = actors_.mentionAtToken(t);
    return m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].demonym;
  }

  /// A token that can belong to a noun phrase naming an actor.
  [[nodiscard]] bool npWord(std::uint32_t t) const {
    if (!inSentence(t) || quoted_[t]) return false;
    if (actors_.mentionAtToken(t) >= 0) return true;
    const auto& x = w(t);
    if (x == "'s" || x == "'") return true;
    if (oneOf(kDeterminers, x) || oneOf(kActorNouns, x)) return true;
    // "His statement lambasted", "the ministry's statement condemned"
    if (oneOf(kStatementWords, x) && t > b_ && (oneOf(kPossessivePronouns, w(t - 1)) || w(t - 1) == "'s")) return true;
    if (isPunct(t)) return false;
    // "accused the ruling junta of ...": a modifier of a state's body.
    if (isStateBodyModifier(x) && t + 1 < e_ && npWord(t + 1)) return true;
    // "Lebanon's caretaker Prime Minister X", "the acting President": a lowercase modifier of
    // the title after it.
    if (!capitalized(t) && t + 1 < e_ && capitalized(t + 1) && gaz_.titleKind(x) == Gazetteer::TitleKind::Modifier)
      return true;
    return capitalized(t) && !oneOf(kIntroWords, x) && !oneOf(kPersonPronouns, x) && !oneOf(kSpeakerPronouns, x);
  }

  /// "the U.S. embassy in Baghdad": the place after "in" at token t only locates the body named
  /// before it; the body is not the place's state.
  [[nodiscard]] bool placeOfABody(std::uint32_t t) const {
    static constexpr std::string_view kLocated[] = {"embassy", "embassies", "consulate", "office", "offices",
                                                    "mission", "bureau", "headquarters", "delegation", "ambassador"};
    return t >= b_ + 2 && (w(t - 1) == "in" || w(t - 1) == "at") && oneOf(kLocated, w(t - 2));
  }

  /// First token of the noun phrase that ends just before `end` (coordination with "and" kept).
  [[nodiscard]] std::uint32_t npLeft(std::uint32_t end) const {
    std::uint32_t i = end;
    while (i > b_) {
      if (npWord(i - 1)) {
        --i;
      } else if (i < end && placeOfABody(i) && actors_.mentionAtToken(i) >= 0) {
        --i;  // past "in": "the U.S. embassy in Baghdad"
      } else if (w(i - 1) == "and" && i - 1 > b_ && npWord(i - 2) && i < end) {
        --i;
      } else {
        break;
      }
    }
    return i;
  }
  /// One past the last token of the noun phrase starting at `begin`.
  [[nodiscard]] std::uint32_t npRight(std::uint32_t begin) const {
    std::uint32_t i = begin;
    while (i < e_) {
      if (npWord(i)) {
        ++i;
      } else if (w(i) == "and" && i > begin && npWord(i + 1)) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }

  /// The actors a noun phrase [b, e) names: for each "and"-part, its last actor mention.
  Party partyIn(std::uint32_t b, std::uint32_t e) {
    Party p;
    if (b >= e) return p;
    std::uint32_t partBegin = b;
    auto closePart = [&](std::uint32_t partEnd) {
      if (partBegin >= partEnd) return;
      if (partEnd - partBegin == 1 && oneOf(kPersonPronouns, w(partBegin))) {
        if (auto a = personBefore(partBegin)) {
          p.actors.push_back(*a);
          p.pronoun = true;
        }
        return;
      }
      std::optional<std::uint32_t> last;
      std::uint32_t lastEnd = partBegin;
      bool sides = false;
      for (auto t = partBegin; t < partEnd; ++t) {
        if (oneOf(kSidesWords, w(t)) && t > partBegin &&
            (w(t - 1) == "both" || w(t - 1) == "two" || w(t - 1) == "each" || w(t - 1) == "other"))
          sides = true;
        const int m = actors_.mentionAtToken(t);
        if (m < 0) continue;
        if (placeOfABody(t)) {
          t = std::max(t, doc_.mentions[static_cast<std::size_t>(m)].tokenEnd - 1);
          continue;
        }
        if (auto a = actorOf(m)) {
          last = a;
          lastEnd = doc_.mentions[static_cast<std::size_t>(m)].tokenEnd;
        }
        t = std::max(t, doc_.mentions[static_cast<std::size_t>(m)].tokenEnd - 1);
      }
      if (!last && oneOf(kPossessivePronouns, w(partBegin)) && partEnd - partBegin == 2 &&
          oneOf(kStatementWords, w(partBegin + 1))) {
        if (auto a = personBefore(partBegin)) {
          p.actors.push_back(*a);
          p.pronoun = true;
        }
        return;
      }
      if (last) {
        if (std::find(p.actors.begin(), p.actors.end(), *last) == p.actors.end()) p.actors.push_back(*last);
        if (lastEnd < partEnd && (w(lastEnd) == "'s" || w(lastEnd) == "'")) p.possessor = true;
      } else if (sides) {
        p.bothSides = true;
      } else {
        // "The army denied ..." in an article from a dateline in that army's country.
        std::uint32_t end = 0;
        if (auto a = actors_.unnamedStateBody(partBegin, end); a && end == partEnd) p.actors.push_back(*a);
        else if (partEnd == partBegin + 2 && w(partBegin) == "the") {
          const auto& noun = w(partBegin + 1);
          const bool group = noun == "group" || noun == "movement";
          // "called on the group to lay down its arms": the one armed group the sentence named;
          // "The group demanded ...", "The rebels denied ..." opening a sentence: the armed
          // group the sentence before named last.
          std::optional<std::uint32_t> g = group ? armedGroupBefore(partBegin) : std::nullopt;
          if (!g && partBegin == b_ && (group || noun == "rebels" || noun == "militia" || noun == "militants"))
            g = lastArmedGroupOfPreviousSentence();
          if (g) p.actors.push_back(*g);
        }
      }
    };
    for (auto t = b; t < e; ++t) {
      if (w(t) == "and") {
        closePart(t);
        partBegin = t + 1;
      }
    }
    closePart(e);
    if (p.bothSides && p.actors.empty()) p.actors = bothSidesActors();
    else p.bothSides = false;
    p.person = p.actors.size() == 1 && isPersonNode(p.actors[0]);
    return p;
  }

  Party pronounParty(std::uint32_t t) {
    Party p;
    if (auto a = personBefore(t)) {
      p.actors = {*a};
      p.pronoun = true;
      p.person = true;
    }
    return p;
  }

  /// The one armed group named in the sentence before token t ("the rebel group" after "the
  /// National Liberation Army (ELN)"); none when none or several different ones are.
  std::optional<std::uint32_t> armedGroupBefore(std::uint32_t t) {
    std::optional<std::uint32_t> found;
    for (const auto& m : doc_.mentions) {
      if (m.tokenBegin < b_ || m.tokenEnd > t || m.entity < 0) continue;
      if (doc_.entities[static_cast<std::size_t>(m.entity)].cls != Class::ArmedGroup) continue;
      const auto node = sink_.entityNode(m.entity);
      if (found && *found != node) return std::nullopt;
      found = node;
    }
    return found;
  }

  /// The armed group the sentence before this one named last, if any.
  std::optional<std::uint32_t> lastArmedGroupOfPreviousSentence() {
    if (s_ == 0) return std::nullopt;
    std::optional<std::uint32_t> found;
    for (const auto& m : doc_.mentions) {
      if (m.tokenEnd > b_) break;
      if (m.entity < 0 || doc_.sentenceAt(m.span.begin) != s_ - 1) continue;
      if (doc_.entities[static_cast<std::size_t>(m.entity)].cls == Class::ArmedGroup) found = sink_.entityNode(m.entity);
    }
    return found;
  }

  /// The person a "he" / "his" at token t refers to: the last person named before it in this
  /// or the two previous sentences.
  std::optional<std::uint32_t> personBefore(std::uint32_t t) {
    const std::size_t minSentence = s_ >= 2 ? s_ - 2 : 0;
    for (std::size_t k = doc_.mentions.size(); k-- > 0;) {
      const auto& m = doc_.mentions[k];
      if (m.tokenBegin >= t) continue;
      if (doc_.sentenceAt(m.span.begin) < minSentence) break;
      if (m.entity >= 0 && doc_.entities[static_cast<std::size_t>(m.entity)].cls == Class::Person)
        return sink_.entityNode(m.entity);
    }
    return std::nullopt;
  }

  /// The two parties meant by "both sides": the two participants of the one event of two the
  /// sentence itself evidences ("A and B began talks ..., as both sides traded accusations"),
  /// else of the one such event of the article, else the two countries the article is about
  /// when no third one competes.
  std::vector<std::uint32_t> bothSidesActors() {
    const auto& g = sink_.graph();
    std::map<std::uint32_t, std::vector<std::uint32_t>> participants;
    for (const auto& edge : g.edges) {
      const auto* o = std::get_if<std::uint32_t>(&edge.object);
      if (edge.prop != Prop::participant || !o) continue;
      const auto cls = g.nodes[edge.subject].cls;
      if (!onto::isA(cls, Class::Event) || onto::isA(cls, Class::Statement)) continue;
      auto& v = participants[edge.subject];
      if (std::find(v.begin(), v.end(), *o) == v.end()) v.push_back(*o);
    }
    // (Not two persons: "X said the meeting went well and called on both sides to rebuild
    // trust" after a meeting of two leaders means their states, found below.)
    std::set<std::pair<std::uint32_t, std::uint32_t>> here;
    for (const auto& [event, v] : participants) {
      const auto& evidence = sink_.sentencesOf(event);
      const auto person = [&](std::uint32_t n) { return g.nodes[n].cls == Class::Person; };
      if (v.size() == 2 && !person(v[0]) && !person(v[1]) && std::find(evidence.begin(), evidence.end(), s_) != evidence.end())
        here.insert({std::min(v[0], v[1]), std::max(v[0], v[1])});
    }
    if (here.size() == 1) return {here.begin()->first, here.begin()->second};
    if (bothSides_) return *bothSides_;
    std::vector<std::uint32_t> result;
    std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (const auto& [event, v] : participants)
      if (v.size() == 2) pairs.insert({std::min(v[0], v[1]), std::max(v[0], v[1])});
    if (pairs.size() == 1) {
      result = {pairs.begin()->first, pairs.begin()->second};
    } else {
      std::vector<std::pair<std::size_t, std::uint32_t>> counts;
      for (std::size_t i = 0; i < doc_.entities.size(); ++i)
        if (doc_.entities[i].cls == Class::Country) counts.push_back({doc_.entities[i].mentions.size(), static_cast<std::uint32_t>(i)});
      std::sort(counts.rbegin(), counts.rend());
      if (counts.size() >= 2 && counts[1].first >= 3 && (counts.size() == 2 || counts[2].first * 2 <= counts[1].first))
        result = {counts[0].second, counts[1].second};
    }
    bothSides_ = result;
    return result;
  }

  // ---- clause helpers --------------------------------------------------------------------------

  /// The subject of the verb at v: the noun phrase before it, past adverbs, auxiliaries and a
  /// parenthesis between commas ("X, led by Y, accused").
  Party subjectBefore(std::uint32_t v) {
    std::uint32_t i = v;
    std::optional<std::uint32_t> leader;
    while (i > b_ && isAdverb(i - 1)) --i;
    // "The African Union Mission (AUM) condemned": the bracketed acronym of the name before.
    if (i >= b_ + 4 && w(i - 1) == ")" && w(i - 3) == "(" && actors_.mentionAtToken(i - 2) >= 0) i -= 3;
    i = beforeTimePhrase(i);
    while (i > b_ && isAdverb(i - 1)) --i;
    if (i > b_ && w(i - 1) == ",") {
      std::uint32_t j = i - 1;
      while (j > b_ && w(j - 1) != "," && i - j < 16) --j;
      if (j <= b_ || w(j - 1) != ",") return {};
      // "X's minister, Jane Doe, said": the named person in the parenthesis is the speaker.
      const int m = actors_.mentionAtToken(j);
      if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].tokenEnd == i - 1) {
        if (auto a = actorOf(m); a && isPersonNode(*a)) {
          Party p;
          p.actors = {*a};
          p.person = true;
          return p;
        }
        // "The UN peacekeeping mission in the country, MINUCHAD, accused": the name in the
        // parenthesis names the body the common noun before it describes.
        // (The sentence opens with the description: no verb in it, a common noun before the comma.)
        if (auto a = actorOf(m); a && j >= b_ + 3 && j - b_ <= 12 && w(b_) == "the" && capitalized(j)) {
          const auto& head = doc_.tokens[j - 2].pos;
          bool described = !capitalized(j - 2) && (head == "NN" || head == "NNS");
          for (std::uint32_t k = b_; described && k + 1 < j; ++k)
            described = !doc_.tokens[k].pos.starts_with("VB") && w(k) != "," && !quoted_[k];
          if (described) {
            Party p;
            p.actors = {*a};
            return p;
          }
        }
      }
      // "The government's delegation, headed by Minister X, rejected": the person heading a
      // subject that names no actor speaks for it.
      if ((w(j) == "led" || w(j) == "headed") && w(j + 1) == "by") {
        for (std::uint32_t u = j + 2; u + 1 < i && !leader; ++u) {
          const int pm = actors_.mentionAtToken(u);
          if (pm < 0) continue;
          if (auto a = actorOf(pm); a && isPersonNode(*a)) leader = *a;
          u = std::max(u, doc_.mentions[static_cast<std::size_t>(pm)].tokenEnd - 1);
        }
      }
      i = j - 1;
    }
    const auto byLeader = [&](Party p) {
      if (p.empty() && leader) {
        p.actors = {*leader};
        p.person = true;
      }
      return p;
    };
    if (i > b_ && oneOf(kPersonPronouns, w(i - 1))) return pronounParty(i - 1);
    const auto begin = npLeft(i);
    if (begin == i) return byLeader({});
    // "Speaking in Khartoum, X" has no subject before the comma; a preposition before the phrase
    // ("the talks with X accused") means the phrase is no subject either.
    if (begin > b_ && (w(begin - 1) == "of" || w(begin - 1) == "to" || w(begin - 1) == "from" ||
                       w(begin - 1) == "by" || w(begin - 1) == "against" || w(begin - 1) == "for" ||
                       w(begin - 1) == "on" || w(begin - 1) == "at"))
      return {};
    return byLeader(partyIn(begin, i));
  }

  /// Where a time phrase between a subject and its verb begins ("Russia | on Monday | accused",
  /// "X on Friday night said", "X last week rejected"); `i` when there is none before it.
  [[nodiscard]] std::uint32_t beforeTimePhrase(std::uint32_t i) const {
    const auto day = [&](std::uint32_t t) { return t >= b_ && weekdayNumber(doc_.tokenText(t)) >= 0; };
    const auto at = [&](std::uint32_t back) { return i >= b_ + back ? w(i - back) : std::string(); };
    if (i >= b_ + 2 && day(i - 1) && at(2) == "on") return i - 2;
    if (i >= b_ + 3 && (at(1) == "night" || at(1) == "morning" || at(1) == "evening" || at(1) == "afternoon") &&
        day(i - 2) && at(3) == "on")
      return i - 3;
    if (i >= b_ + 2 && (at(2) == "last" || at(2) == "this") && (at(1) == "week" || at(1) == "month" || day(i - 1)))
      return i - 2;
    return i;
  }

  /// The subject of the sentence's main clause, for participles ("..., accusing Y of Z").
  Party mainSubject() {
    std::uint32_t start = b_;
    // A dateline first: "BOGOTÁ —", "CAIRO (AP) —", "KYIV, May 10 (Reuters) -".
    for (auto k = b_; k < e_ && k < b_ + 10; ++k) {
      const auto& x = w(k);
      if (isDash(x)) {
        start = k + 1;
        break;
      }
      if (!(capitalized(k) || isPunct(k) || x == "(" || x == ")" || std::isdigit(static_cast<unsigned char>(x.front()))))
        break;
    }
    if (oneOf(kIntroWords, w(start)) || (w(start).ends_with("ing") && !capitalizedName(start))) {
      while (start < e_ && w(start) != ",") ++start;
      ++start;
    }
    if (start >= e_) return {};
    if (oneOf(kPersonPronouns, w(start))) return pronounParty(start);
    const auto end = npRight(start);
    if (end >= e_) return {};
    // "The Group for the Support of Islam and Muslims (JNIM) announced ...": the bracketed
    // acronym after the name.
    std::uint32_t verb = end;
    if (w(verb) == "(" && verb + 2 < e_ && w(verb + 2) == ")" && capitalizedName(verb + 1)) verb += 3;
    // "Congo on Sunday cut ties with Kigali and accused ...": a day between the subject and its
    // verb, whose past tense the tagger knows ("cut", "hit") when its form does not tell.
    if (onWeekday(verb)) verb += 2;
    const bool pastTagged = verb < e_ && verb > end && (doc_.tokens[verb].pos == "VBD" || doc_.tokens[verb].pos == "VBZ");
    if (!clauseGoesOn(verb) && !pastTagged) return {};
    return partyIn(start, end);
  }

  /// True when the token after a subject noun phrase can begin its predicate: a comma, an
  /// adverb or auxiliary, a speech verb, or a past tense ("The talks deadlock casts" fails: a
  /// noun phrase whose head is no actor).
  [[nodiscard]] bool clauseGoesOn(std::uint32_t t) const {
    static constexpr std::string_view kPast[] = {"went", "said", "told", "made", "took", "gave", "came", "saw",
                                                 "held", "met", "spoke", "left", "sent", "put", "kept", "stood",
                                                 "says", "tells", "goes", "warns", "urges", "sought", "seeks"};
    const auto& x = w(t);
    return x == "," || isAdverb(t) || oneOf(kModals, x) || oneOf(kPast, x) || x.ends_with("ed") ||
           speech::matchVerb(words_, t).has_value() || speech::isReportingVerb(x);
  }
  [[nodiscard]] bool capitalizedName(std::uint32_t t) const { return actors_.mentionAtToken(t) >= 0; }

  /// True when the act at t is denied, hedged or conditional: "did not accuse", "refused to
  /// condemn", "could demand", "if X rejects".
  [[nodiscard]] bool negatedOrHypothetical(std::uint32_t t) const {
    for (std::uint32_t k = 1; k <= 4 && t >= b_ + k; ++k) {
      const auto& x = w(t - k);
      if (isPunct(t - k)) break;
      if (oneOf(kNegations, x) || oneOf(kModals, x)) return true;
      if (x == "to" && k + 1 <= t - b_ && oneOf(kNegatingVerbs, w(t - k - 1))) return true;
    }
    for (std::uint32_t k = t; k > b_; --k) {
      const auto& x = w(k - 1);
      if (x == ";" || x == "—" || x == "–" || x == ",") break;
      if (oneOf(kConditionals, x)) return true;
    }
    return false;
  }

  /// A topic phrase starting at p: up to the clause end, at most `maxTokens` tokens.
  std::pair<std::uint32_t, std::uint32_t> topicSpan(std::uint32_t p, std::uint32_t maxTokens = 16) const {
    // The day of the act is no part of what it is about: "threatened | on Friday | to resume
    // attacks", "welcomed the resolution | on Friday", "... | in a speech".
    const auto speechAt = [&](std::uint32_t u) {
      if (u + 1 >= e_ || w(u) != "in") return false;
      const std::uint32_t n = (w(u + 1) == "a" || w(u + 1) == "an" || w(u + 1) == "the") ? u + 2 : u + 1;
      static constexpr std::string_view kSpeechNouns[] = {"speech", "statement", "interview", "address",
                                                          "post",   "message",   "letter"};
      return n < e_ && oneOf(kSpeechNouns, w(n));
    };
    p = afterWeekday(p);
    std::uint32_t q = p;
    bool verb = false;  // a finite verb in the phrase so far: it is a clause, not a noun phrase
    const auto finite = [&](std::uint32_t u) {
      const std::string& pos = doc_.tokens[u].pos;
      if (pos == "VBN" && u + 1 < e_) {
        // A past tense the tagger took for a participle, before its object: "and promised more police".
        const std::string& next = doc_.tokens[u + 1].pos;
        return next == "DT" || next == "PRP$" || next == "JJR" || next == "CD" || next == "TO";
      }
      return pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD";
    };
    while (q < e_ && q - p < maxTokens) {
      const auto& x = w(q);
      if (x == "," || x == "." || x == "?" || x == "!" || oneOf(kTopicStops, x)) break;
      if (q > p && (onWeekday(q) || speechAt(q))) break;
      if ((x == "and" || x == "but") && q > p && startsClause(q + 1)) break;
      // "condemned the killings | and promised reinforcements": the subject's second verb.
      if ((x == "and" || x == "but") && q > p && !verb && q + 1 < e_ && finite(q + 1)) break;
      verb = verb || finite(q);
      ++q;
    }
    return {p, q};
  }
  /// True when a new speech verb follows within a short noun phrase: "and accuses", "and X claiming".
  [[nodiscard]] bool startsClause(std::uint32_t t) const {
    for (auto u = t; u < e_ && u < t + 5; ++u) {
      if (speech::matchVerb(words_, u) || speech::isReportingVerb(w(u))) return true;
      if (!npWord(u) && !isAdverb(u)) return false;
    }
    return false;
  }

  std::string topicText(std::uint32_t p, std::uint32_t q) const {
    while (p < q && (isPunct(p) || isQuoteMark(w(p)))) ++p;
    while (q > p && (isPunct(q - 1) || isQuoteMark(w(q - 1)))) --q;
    if (p >= q) return {};
    const auto text = doc_.text().substr(doc_.tokens[p].span.begin, doc_.tokens[q - 1].span.end - doc_.tokens[p].span.begin);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text.compare(i, 3, "\u201C") == 0 || text.compare(i, 3, "\u201D") == 0) {
        i += 2;
        continue;
      }
      if (text[i] == '"' || text[i] == '\n') continue;
      if (text[i] == ' ' && !out.empty() && out.back() == ' ') continue;
      out += text[i];
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
  }
  std::string topicFrom(std::uint32_t p, std::uint32_t maxTokens = 16) const {
    const auto [b, e] = topicSpan(p, maxTokens);
    return topicText(b, e);
  }

  /// The first demonym ("Sudanese action", "Russian withdrawal") among the first tokens of a topic:
  /// whose act the topic asks for.
  std::optional<std::uint32_t> demonymTarget(std::uint32_t p) {
    const auto [b, e] = topicSpan(p, 6);
    for (auto t = b; t < e; ++t)
      if (isDemonymAt(t)) return actorAt(t);
    return std::nullopt;
  }

  /// Actors named after a preposition of direction inside a topic: "resume operations inside
  /// Sudanese territory", "retaliation against X".
  std::vector<std::uint32_t> aimedActors(std::uint32_t p) {
    const auto [b, e] = topicSpan(p, 16);
    std::vector<std::uint32_t> out;
    for (auto t = b; t + 1 < e; ++t) {
      const auto& x = w(t);
      if (x != "against" && x != "on" && x != "inside" && x != "into" && x != "in" && x != "toward" && x != "towards")
        continue;
      auto u = t + 1;
      if (w(u) == "the") ++u;
      if (auto a = actorAt(u)) {
        out.push_back(*a);
        break;
      }
    }
    return out;
  }

  /// "each other", "one another", "the other": the object of a reciprocal act.
  [[nodiscard]] std::uint32_t reciprocalObject(std::uint32_t p) const {
    if ((w(p) == "each" && w(p + 1) == "other") || (w(p) == "one" && w(p + 1) == "another") ||
        (w(p) == "the" && w(p + 1) == "other"))
      return 2;
    return 0;
  }

  // ---- output ----------------------------------------------------------------------------------

  std::string label(std::uint32_t agent, Act act, const std::vector<std::uint32_t>& targets, const std::string& topic,
                    std::optional<std::uint32_t> topicNode, const std::string& objectText = {}) {
    const auto& nodes = sink_.graph().nodes;
    std::string out = nodes[agent].label + " ";
    if (topicNode && targets.empty()) {
      // "Venezuela rejects Colombia's demand"
      for (const auto& m : made_) {
        if (m.node != *topicNode) continue;
        static constexpr std::string_view kNoun[] = {"accusation", "demand", "appeal", "rejection", "denial",
                                                     "criticism", "threat", "threat", "praise", "support"};
        const auto verb = speech::labelVerb(act);
        out += std::string(verb.substr(0, verb.find(' '))) + " " + nodes[m.agent].label + "'s " +
               std::string(kNoun[static_cast<std::size_t>(m.act)]);
        return out;
      }
    }
    if (!targets.empty()) {
      out += speech::labelVerb(act);
      for (std::size_t i = 0; i < targets.size(); ++i) out += (i ? " and " : " ") + nodes[targets[i]].label;
      return out;
    }
    static constexpr std::string_view kBare[] = {"accuses", "demands", "appeals for", "rejects", "denies",
                                                 "criticizes", "threatens", "threatens", "praises", "supports"};
    out += kBare[static_cast<std::size_t>(act)];
    if (!objectText.empty()) out += " " + objectText + " of";  // "accuses the army of shelling"
    std::size_t words = 0, i = 0;
    for (; i < topic.size() && words < 6; ++i)
      if (topic[i] == ' ') ++words;
    out += " " + topic.substr(0, words < 6 ? topic.size() : i - 1);
    return out;
  }

  struct Emit {
    Act act;
    Party agent;
    std::vector<std::uint32_t> targets;
    std::string topic;
    double confidence = kActiveBoth;
    std::uint32_t trigger = 0;
    std::optional<std::uint32_t> topicNode;  ///< a statement answered (rejected, denied)
    bool rejectsActor = false;               ///< the rejected thing is the target actor itself
    std::string objectText;                  ///< "the army": an accused the text names by no actor
  };

  /// Adds one statement node per agent; returns the first node made.
  std::optional<std::uint32_t> emit(const Emit& e) {
    std::optional<std::uint32_t> first;
    double conf = e.confidence;
    if (e.agent.pronoun) conf -= kPronounPenalty;
    if (e.agent.bothSides) conf -= kBothSidesPenalty;
    // "each side threatened to resume fighting": each threatens the other
    const bool eachOther = e.agent.bothSides && e.targets.empty() && e.agent.actors.size() == 2 &&
                           (e.act == Act::Accuse || e.act == Act::Criticize || e.act == Act::Threaten || e.act == Act::Warn);
    for (auto agent : e.agent.actors) {
      std::vector<std::uint32_t> targets;
      if (eachOther) targets.push_back(agent == e.agent.actors[0] ? e.agent.actors[1] : e.agent.actors[0]);
      for (auto t : e.targets)
        if (t != agent && std::find(targets.begin(), targets.end(), t) == targets.end()) targets.push_back(t);
      if (!e.targets.empty() && targets.empty()) continue;  // only itself as target: a misreading
      if (targets.empty() && e.topic.empty() && !e.topicNode) continue;
      if (e.act == Act::Accuse && targets.empty() && (e.objectText.empty() || e.topic.empty())) continue;
      const auto key = std::make_tuple(static_cast<int>(speech::classOf(e.act)), agent, targets, s_, e.topic);
      if (!seen_.insert(key).second) continue;

      const auto node = sink_.addFact(speech::classOf(e.act),
                                      label(agent, e.act, targets, e.topic, e.topicNode, targets.empty() ? e.objectText : std::string()),
                                      s_, conf, kExtractor);
      sink_.addEdge(node, Prop::agent, agent);
      for (auto t : targets) sink_.addEdge(node, Prop::target, t);
      if (e.topicNode) sink_.addEdge(node, Prop::topic, *e.topicNode);
      else if (!e.topic.empty()) sink_.addEdge(node, Prop::topic, Literal{e.topic, Literal::Type::String});
      std::string cameoText = foldWord(e.topic);
      if (e.topicNode) cameoText += " " + foldWord(sink_.graph().nodes[*e.topicNode].label);
      sink_.addEdge(node, Prop::cameoCode, Literal{speech::cameoCode(e.act, cameoText), Literal::Type::String});
      for (auto t : targets) {
        switch (e.act) {
          case Act::Accuse: sink_.addEdge(agent, Prop::accuses, t); break;
          case Act::Demand:
          case Act::Appeal: sink_.addEdge(agent, Prop::demandsFrom, t); break;
          case Act::Criticize: sink_.addEdge(agent, Prop::criticizes, t); break;
          case Act::Threaten:
          case Act::Warn: sink_.addEdge(agent, Prop::threatens, t); break;
          case Act::Reject:
            if (e.rejectsActor) sink_.addEdge(agent, Prop::rejects, t);
            break;
          default: break;
        }
      }
      if (e.act == Act::Reject && e.topicNode) sink_.addEdge(agent, Prop::rejects, *e.topicNode);
      made_.push_back({node, e.act, s_, e.trigger, agent, targets});
      if (!first) first = node;
    }
    return first;
  }

  /// Both directions of a reciprocal act between the parties.
  void emitReciprocal(Act act, const std::vector<std::uint32_t>& parties, const std::string& topic, double conf,
                      std::uint32_t trigger) {
    if (parties.size() != 2) return;
    for (int k = 0; k < 2; ++k) {
      Emit e{act, {}, {parties[1 - k]}, topic, conf, trigger};
      e.agent.actors = {parties[k]};
      emit(e);
    }
  }

  /// The latest statement of one of `acts` made before token `before` (this sentence) or in the
  /// `back` previous sentences, not made by `notBy`.
  std::optional<std::uint32_t> latestStatement(const std::vector<Act>& acts, std::uint32_t before,
                                               std::uint32_t notBy, std::size_t back = 2) const {
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
      if (it->sentence + back < s_) break;
      if (it->sentence == s_ && it->trigger >= before) continue;
      if (std::find(acts.begin(), acts.end(), it->act) == acts.end()) continue;
      if (it->agent == notBy) continue;
      return it->node;
    }
    return std::nullopt;
  }
  std::optional<std::uint32_t> statementAt(std::uint32_t trigger) const {
    for (const auto& m : made_)
      if (m.sentence == s_ && m.trigger == trigger) return m.node;
    return std::nullopt;
  }

  // ---- verbs -----------------------------------------------------------------------------------

  /// Returns true when the token was taken as this verb (even if nothing was emitted).
  /// The first word after a time phrase at p, or p: "warned | last month | that", "demanded | on
  /// Sunday night | that", "accused | again | X of".
  [[nodiscard]] std::uint32_t afterTimePhrase(std::uint32_t p) const {
    static constexpr std::string_view kRelative[] = {"last", "this", "next"};
    static constexpr std::string_view kPeriods[] = {"week", "month", "year", "weekend", "night"};
    static constexpr std::string_view kAdverbs[] = {"again", "repeatedly", "earlier", "previously", "yesterday",
                                                    "today", "recently"};
    for (int round = 0; round < 2 && p < e_; ++round) {
      if (onWeekday(p)) {
        p = afterWeekday(p);
      } else if (p + 1 < e_ && oneOf(kRelative, w(p)) && oneOf(kPeriods, w(p + 1))) {
        p += 2;
      } else if (p + 2 < e_ && w(p) == "on" && monthNumber(doc_.tokenText(p + 1)) > 0 &&
                 doc_.tokens[p + 2].pos == "CD") {
        p += 3;  // "on March 3"
      } else if (oneOf(kAdverbs, w(p))) {
        ++p;
      } else {
        break;
      }
      if (p < e_ && w(p) == ",") break;  // "said on Friday, adding": not a skipped phrase
    }
    return p;
  }

  bool handleVerb(std::uint32_t t, const VerbMatch& vm) {
    const std::uint32_t after = afterTimePhrase(t + static_cast<std::uint32_t>(vm.words));
    Party agent;
    double conf = kActiveBoth;
    std::uint32_t k = t;
    while (k > b_ && isAdverb(k - 1) && w(k - 1) != "was" && w(k - 1) != "were" && w(k - 1) != "been" &&
           w(k - 1) != "is" && w(k - 1) != "are" && w(k - 1) != "being")
      --k;
    while (k > b_ && isQuoteMark(w(k - 1))) --k;  // ...,” warning of
    const auto& before = k > b_ ? w(k - 1) : std::string();
    const bool passiveAux = before == "was" || before == "were" || before == "been" || before == "is" ||
                            before == "are" || before == "being";

    if (vm.frame == Frame::Reciprocal) return handleTrade(t, after);
    // "Chad's demands", "the threat": a noun, read by handleNoun
    if (t > b_ && (w(t - 1) == "'s" || w(t - 1) == "'" || oneOf(kDeterminers, w(t - 1)) ||
                   oneOf(kPossessivePronouns, w(t - 1))))
      return false;
    if (vm.form == Form::Past && (passiveAux || w(after) == "by")) return handlePassive(t, vm, after, passiveAux ? k - 1 : t);
    if (before == "to") return false;  // an infinitive: intent or report, not the act itself
    if (vm.form == Form::Gerund) {
      if (t == b_ || before == "," || before == "—" || before == "–") {
        agent = mainSubject();
        conf = kNominal;
      } else {
        agent = subjectBefore(t);
      }
    } else {
      agent = subjectBefore(t);
    }
    // "X issued a statement but called on Y", "X demands A and accuses Y": the subject of the
    // first verb of the sentence
    if (agent.empty() && (before == "and" || before == "but")) agent = lastSubject_ ? *lastSubject_ : mainSubject();
    if (agent.empty() && (vm.act == Act::Reject || vm.act == Act::Deny)) agent = accusedAnswering(t, after);
    if (agent.empty()) return false;
    lastSubject_ = agent;
    if (negatedOrHypothetical(t)) return true;
    done_.insert(t);

    switch (vm.frame) {
      case Frame::ObjectOf: return verbAccuse(t, vm, after, agent, conf);
      case Frame::ObjectFor: return verbObjectFor(t, vm, after, agent, conf);
      case Frame::ObjectTo:
        if (vm.lemma == "attribute") return verbAttribute(t, after, agent, conf);
        return verbAppeal(t, vm, after, agent, conf);
      case Frame::Clause: return verbClause(t, vm, after, agent, conf);
      case Frame::Object: return verbObject(t, vm, after, agent, conf);
      case Frame::Threat: return verbThreaten(t, after, agent, conf);
      case Frame::Warn: return verbWarn(t, after, agent, conf);
      case Frame::Reciprocal: return true;
    }
    return true;
  }

  bool verbAccuse(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, const Party& agent, double conf) {
    if (auto n = reciprocalObject(after)) {
      if (!agent.bothSides && agent.actors.size() != 2) return true;
      const auto of = after + n;
      emitReciprocal(vm.act, agent.actors, w(of) == "of" ? topicFrom(of + 1) : std::string(), kNominal, t);
      return true;
    }
    // "accused neighbouring Eritrea of ...": an adjective before the accused's name.
    if (after + 1 < e_ && !npWord(after) && (doc_.tokens[after].pos.starts_with("JJ") || doc_.tokens[after].pos == "VBG") &&
        !capitalized(after) &&
        actors_.mentionAtToken(after + 1) >= 0)
      ++after;
    const auto oe = npRight(after);
    const auto obj = partyIn(after, oe);
    if (obj.empty()) {
      // "X accused the army of shelling markets": an accused that is no named actor. The
      // statement keeps the agent and the charge; its label says whom.
      if (vm.act == Act::Accuse && w(oe) == "of" && oe > after + 1 && oe <= after + 4 &&
          (w(after) == "the" || oneOf(kPossessivePronouns, w(after)))) {
        Emit e{vm.act, agent, {}, topicFrom(oe + 1), kActiveAgentOnly, t};
        e.objectText = topicText(after, oe);
        // "accusing the rebel group of ...": the armed group the sentence named before.
        if (w(after) == "the" &&
            (w(oe - 1) == "group" || w(oe - 1) == "movement" || w(oe - 1) == "militia" || w(oe - 1) == "rebels")) {
          // ("accused the rebels of shelling villages": also the group the sentence before named last.)
          auto g = armedGroupBefore(after);
          if (!g) g = lastArmedGroupOfPreviousSentence();
          if (g) {
            e.targets = {*g};
            e.confidence = conf;
          }
        }
        emit(e);
      }
      return true;
    }
    // "accused Eritrea on Monday of preparing for war": a day between the accused and the charge.
    std::uint32_t of = oe;
    if (onWeekday(of)) of += 2;
    // "accused China's coast guard of ramming": the nouns after the possessive.
    if (w(of) != "of" && obj.possessor) {
      std::uint32_t k = of;
      while (k < e_ && k < of + 3 && doc_.tokens[k].pos.starts_with("NN") && !capitalized(k)) ++k;
      if (k > of && w(k) == "of") of = k;
    }
    Emit e{vm.act, agent, obj.actors, w(of) == "of" ? topicFrom(of + 1) : std::string(), conf, t};
    emit(e);
    return true;
  }

  bool verbObjectFor(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, const Party& agent, double conf) {
    if (auto n = reciprocalObject(after)) {
      if (!agent.bothSides && agent.actors.size() != 2) return true;
      const auto p = after + n;
      emitReciprocal(vm.act, agent.actors, w(p) == "for" ? topicFrom(p + 1) : std::string(), kNominal, t);
      return true;
    }
    const auto oe = npRight(after);
    const auto obj = partyIn(after, oe);
    if (obj.empty() && (vm.act == Act::Criticize || vm.act == Act::Accuse)) {
      // "Chadian airstrikes that Sudan condemned as ..."
      if (const auto rel = relativeWord(t)) {
        const auto target = relativeAntecedent(*rel);
        if (!target.empty()) {
          std::uint32_t from = *rel;
          while (from > b_ && rel.value() - from < 4 && !isPunct(from - 1) && w(from - 1) != "the" && !w(from - 1).ends_with("ing")) --from;
          emit({vm.act, agent, target, topicText(from, *rel), kNominal, t});
        }
        return true;
      }
    }
    if (vm.actorObjectOnly && obj.empty()) return true;
    if (vm.lemma == "welcome" && !obj.empty() && !obj.possessor) return true;  // hosting a visitor
    Emit e{vm.act, agent, obj.actors, {}, obj.empty() ? kActiveAgentOnly : conf, t};
    if (w(oe) == "for") {
      e.topic = topicFrom(oe + 1);
    } else if (obj.empty() || obj.possessor) {
      e.topic = topicFrom(after);
      // "blamed the attack on X"
      if (vm.act == Act::Accuse && obj.empty()) {
        const auto [b, q] = topicSpan(after, 12);
        for (auto u = b; u < q; ++u) {
          if (w(u) != "on") continue;
          e.topic = topicText(b, u);
          e.targets = partyIn(u + 1, npRight(u + 1)).actors;
          break;
        }
      }
    }
    emit(e);
    return true;
  }

  /// "X attributed the bombing to Y": blame, when Y is a country or organization.
  bool verbAttribute(std::uint32_t t, std::uint32_t after, const Party& agent, double conf) {
    const auto [b, q] = topicSpan(after, 10);
    for (auto u = b; u < q; ++u) {
      if (oneOf(kStatementWords, w(u))) return true;  // a quotation attributed to its speaker
      if (w(u) != "to") continue;
      const auto obj = partyIn(u + 1, npRight(u + 1));
      if (obj.empty() || obj.person) return true;
      emit({Act::Accuse, agent, obj.actors, u > b ? topicText(b, u) : topicFrom(u + 1), conf, t});
      return true;
    }
    return true;
  }

  bool verbAppeal(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, const Party& agent, double conf) {
    if (vm.lemma.ends_with(" for")) {
      // "called for X to Z" / "pressed for Sudanese action"
      const auto oe = npRight(after);
      const auto obj = partyIn(after, oe);
      Emit e{vm.act, agent, {}, topicFrom(after), kActiveAgentOnly, t};
      if (!obj.empty() && w(oe) == "to") {
        e.targets = obj.actors;
        e.topic = topicFrom(oe + 1);
        e.confidence = conf;
      } else if (auto d = demonymTarget(after)) {
        e.targets = {*d};
        e.confidence = kNominal;
      }
      emit(e);
      return true;
    }
    const auto oe = npRight(after);
    const auto obj = partyIn(after, oe);
    if (obj.empty()) {
      if (vm.actorObjectOnly || vm.lemma.find(' ') != std::string_view::npos) return true;
      emit({vm.act, agent, {}, topicFrom(after), kActiveAgentOnly, t});  // "urged restraint"
      return true;
    }
    auto to = oe;
    // "urged the United States and France, which chair the committee, to press ...": past a
    // relative clause between commas.
    if (w(to) == "," && (w(to + 1) == "which" || w(to + 1) == "who")) {
      auto k = to + 2;
      while (k < e_ && k < to + 25 && w(k) != "," && w(k) != "\"") ++k;
      if (w(k) == "," && w(k + 1) == "to") to = k + 1;
    }
    while (to < e_ && isQuoteMark(w(to))) ++to;
    if (w(to) != "to") return true;  // "asked X about", "pressed X": no demand stated
    emit({vm.act, agent, obj.actors, topicFrom(to + 1), conf, t});
    return true;
  }

  /// demand / insist / allege, with a clause ("that Y Z", "Y Z") or an object.
  bool verbClause(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, const Party& agent, double conf) {
    const bool insist = vm.lemma == "insist";
    const bool allege = vm.act == Act::Accuse;
    std::uint32_t p = after;
    const bool that = w(p) == "that";
    if (that) ++p;
    if (insist && w(p) == "on") {
      Emit e{Act::Demand, agent, {}, topicFrom(p + 1), kActiveAgentOnly, t};
      if (auto d = demonymTarget(p + 1)) e.targets = {*d};
      emit(e);
      return true;
    }
    const auto ce = npRight(p);
    const auto subj = partyIn(p, ce);
    // "demanded that Israel 'immediately stop the bombing'": the predicate in quotation marks.
    const bool quotedPredicate = ce + 1 < e_ && isQuoteMark(w(ce)) && !isPunct(ce + 1);
    if (!subj.empty() && !subj.possessor && ce < e_ && (!isPunct(ce) || quotedPredicate)) {
      auto pred = quotedPredicate ? ce + 1 : ce;
      // (For a demand, adverbs only: an auxiliary, "insisted that X was lying", tells an
      // assertion; an allegation's topic starts after it.)
      static constexpr std::string_view kAux[] = {"has", "have", "had", "was",  "were", "is",   "are",
                                                  "did", "does", "do",  "be",   "been", "being"};
      while (pred < e_ && isAdverb(pred) && (allege || !oneOf(kAux, w(pred)))) ++pred;
      if (w(pred) == "not" || w(pred) == "never" || w(pred) == "n't") return true;
      if (!allege && !subjunctive(pred)) return true;  // "insisted that X was ...": an assertion
      emit({vm.act, agent, subj.actors, topicFrom(pred), conf, t});
      return true;
    }
    if (allege && !that && subj.empty() && !npWord(p) && !isPunct(p)) {
      // "the group, which X alleges operates from Y"
      if (const auto rel = relativeWord(t)) {
        const auto target = relativeAntecedent(*rel);
        if (!target.empty()) emit({vm.act, agent, target, topicFrom(p), kNominal, t});
      }
      return true;
    }
    // "demanded that other countries send more troops": a demand of no named actor, whose words
    // are the topic (a subject of lowercase words, then a bare verb).
    if (that && vm.act == Act::Demand && subj.empty() && !capitalized(p) && !isPunct(p)) {
      for (auto k = p + 1; k < e_ && k <= p + 8; ++k) {
        if (isPunct(k) || capitalized(k)) break;
        if (doc_.tokens[k].pos.starts_with("VB") && subjunctive(k)) {
          emit({vm.act, agent, {}, topicFrom(p), kActiveAgentOnly, t});
          return true;
        }
      }
    }
    if (insist || allege || that) return true;
    // "demanded the withdrawal of X troops", "demanded an apology from X"
    if (w(p) == "of" || w(p) == "from") return true;
    Emit e{vm.act, agent, {}, topicFrom(p), kActiveAgentOnly, t};
    if (subj.possessor) e.targets = subj.actors;
    else if (auto d = demonymTarget(p)) e.targets = {*d};
    const auto [b, q] = topicSpan(p, 12);
    for (auto u = b; u < q && e.targets.empty(); ++u)
      if (w(u) == "from" || w(u) == "of") {
        if (auto a = actorAt(u + 1 + (w(u + 1) == "the" ? 1 : 0)); a && !isDemonymAt(u + 1)) e.targets = {*a};
      }
    if (!e.targets.empty()) e.confidence = kNominal;
    emit(e);
    return true;
  }

  /// A bare or modal verb after the subject of a demanded clause: "that X withdraw", "X should".
  [[nodiscard]] bool subjunctive(std::uint32_t pred) const {
    const auto& x = w(pred);
    if (x == "should" || x == "must" || x == "shall" || x == "be" || x == "stop" || x == "take") return true;
    if (x == "was" || x == "were" || x == "is" || x == "are" || x == "had" || x == "has" || x == "have" ||
        x == "would" || x == "will" || x == "could" || x == "did" || x == "does")
      return false;
    if (capitalized(pred) || isPunct(pred) || x.size() < 3) return false;
    return !x.ends_with("ed") && !(x.ends_with("s") && !x.ends_with("ss"));
  }

  /// reject / dismiss / refuse / deny / back / support.
  bool verbObject(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, const Party& agent, double conf) {
    const bool answers = vm.act == Act::Reject || vm.act == Act::Deny;
    const std::vector<Act> answeredActs =
        vm.act == Act::Deny ? std::vector<Act>{Act::Accuse} : std::vector<Act>{Act::Demand, Act::Appeal};
    const std::uint32_t self = agent.actors.size() == 1 ? agent.actors[0] : kNoActor;
    if (after >= e_ || isPunct(after) || (answers && w(after) == "as" && antecedentBefore(t, vm.act))) {
      if (!answers) return true;
      // "a demand X flatly rejected", "The rebels refused.", "which X rejected as unacceptable"
      Emit e{vm.act, agent, {}, {}, kNominal, t};
      if (const auto noun = antecedentBefore(t, vm.act)) {
        // what the noun refers back to: a statement made earlier in the sentence, else the words
        // of an earlier noun of the same kind ("..., and demands that X ..., a demand Y rejected"),
        // else a statement of the previous sentences
        const std::vector<Act> answered =
            speech::answerableNoun(w(*noun)) == Act::Accuse ? std::vector<Act>{Act::Accuse} : answeredActs;
        e.topicNode = latestStatement(answered, t, self, 0);
        for (auto u = b_; u < *noun && !e.topicNode && e.topic.empty(); ++u)
          if (speech::answerableNoun(w(u)) == speech::answerableNoun(w(*noun))) e.topic = topicFrom(u);
        if (!e.topicNode && e.topic.empty()) e.topicNode = latestStatement(answered, t, self);
        if (!e.topicNode && e.topic.empty()) e.topic = std::string(doc_.tokenText(*noun));
      } else if (vm.lemma == "refuse" || vm.lemma == "deny") {
        e.topicNode = latestStatement(answeredActs, t, self);
      }
      emit(e);
      return true;
    }
    if (w(after) == "to" || w(after) == "that") {
      if (!answers || (w(after) == "to" && vm.lemma != "refuse")) return true;
      emit({vm.act, agent, {}, topicFrom(after + 1), kActiveAgentOnly, t});
      return true;
    }
    const auto oe = npRight(after);
    const auto obj = partyIn(after, oe);
    if (vm.lemma == "dismiss" && ((obj.person && !obj.possessor) || namesPost(after))) return true;  // fired
    if (vm.actorObjectOnly && obj.empty()) return true;
    if (vm.lemma == "deny" && !obj.empty() && !obj.possessor) return true;  // "denied X entry"
    // the topic is what is rejected or backed; an actor object is the target instead
    Emit e{vm.act, agent, obj.actors, obj.empty() || obj.possessor ? topicFrom(after) : std::string(),
           obj.empty() ? kActiveAgentOnly : conf, t};
    e.rejectsActor = !obj.empty() && !obj.possessor;
    if (answers) {
      const auto [b, q] = topicSpan(after, 8);
      for (auto u = b; u < q && !e.topicNode; ++u) {
        const auto act = speech::answerableNoun(w(u));
        if (!act) continue;
        if (auto made = statementAt(u)) {
          e.topicNode = made;
        } else if (speech::nounAct(w(u)) && handleNoun(u, *speech::nounAct(w(u)))) {
          e.topicNode = statementAt(u);
        }
        if (!e.topicNode && u > b_ && (w(u - 1) == "the" || w(u - 1) == "this" || w(u - 1) == "that" ||
                                        w(u - 1) == "these" || w(u - 1) == "such" || w(u - 1) == "those"))
          e.topicNode = latestStatement({*act == Act::Accuse ? Act::Accuse : Act::Demand,
                                         *act == Act::Accuse ? Act::Accuse : Act::Appeal},
                                        t, self);
      }
      if (e.topicNode) {
        // the demand's maker is whom the rejection answers
        e.targets.clear();
        e.rejectsActor = false;
      }
    }
    emit(e);
    return true;
  }

  /// True when the phrase at p names a post ("the army chief", "two ministers"): "dismissed" then
  /// means removed from office.
  [[nodiscard]] bool namesPost(std::uint32_t p) const {
    const auto [b, e] = topicSpan(p, 5);
    for (auto u = b; u < e; ++u) {
      const auto& x = w(u);
      if (actors_.gazetteer().isTitleWord(doc_.tokenText(u)) || x == "ministers" || x == "officials" ||
          x == "officers" || x == "generals" || x == "commanders" || x == "chief" || x == "head")
        return true;
    }
    return false;
  }

  /// The noun of a statement just before the subject of t: "a demand X rejected", "his demand
  /// for a two-state solution, which X rejected".
  [[nodiscard]] std::optional<std::uint32_t> antecedentBefore(std::uint32_t t, Act act) const {
    std::uint32_t i = t;
    while (i > b_ && isAdverb(i - 1)) --i;
    const auto begin = npLeft(i);
    auto k = begin;
    const bool relative = k > b_ && (w(k - 1) == "that" || w(k - 1) == "which");
    if (relative) --k;
    if (k <= b_) return std::nullopt;
    // A denial answers an accusation; a rejection a demand or an accusation ("a charge X rejected").
    const auto answers = [&](std::uint32_t u) {
      const auto noun = speech::answerableNoun(w(u));
      return noun && (act != Act::Deny || *noun == Act::Accuse);
    };
    if (answers(k - 1)) return k - 1;
    // ", which": the noun heads the phrase before the comma ("his demand for a ... solution").
    if (relative && w(k - 1) == ",") {
      for (std::uint32_t u = k - 1; u > b_ && k - u < 10; --u) {
        if (isPunct(u - 1)) break;
        if (answers(u - 1)) return u - 1;
      }
    }
    return std::nullopt;
  }

  /// "X accused Malian troops of Y, a charge the government denied": an unnamed government,
  /// army or office answering the accusation made earlier in the sentence is the side accused
  /// (the one actor it targets). Empty when the verb does not close such a phrase.
  Party accusedAnswering(std::uint32_t t, std::uint32_t after) {
    static constexpr std::string_view kBodies[] = {"government", "authorities", "army", "military", "ministry",
                                                   "office", "junta", "administration", "presidency", "police"};
    Party p;
    if (!(after >= e_ || isPunct(after) || w(after) == "as")) return p;
    std::uint32_t i = t;
    while (i > b_ && isAdverb(i - 1)) --i;
    if (i < b_ + 2 || !oneOf(kBodies, w(i - 1))) return p;
    const auto& det = w(i - 2);
    if (det != "the" && det != "its" && det != "his" && det != "her" && det != "their") return p;
    const auto noun = antecedentBefore(t, Act::Deny);
    if (!noun) return p;
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
      if (it->sentence != s_) break;
      if (it->act != Act::Accuse || it->trigger >= *noun) continue;
      if (it->targets.size() == 1) p.actors = {it->targets.front()};
      break;
    }
    return p;
  }

  bool verbThreaten(std::uint32_t t, std::uint32_t after, const Party& agent, double conf) {
    // "threatened to strike", "threatened that the group's leader would be next".
    if (w(after) == "to" || w(after) == "that") {
      Emit e{Act::Threaten, agent, aimedActors(after + 1), topicFrom(after + 1), kActiveAgentOnly, t};
      emit(e);
      return true;
    }
    if (auto n = reciprocalObject(after)) {
      if (agent.bothSides || agent.actors.size() == 2) {
        const auto p = after + n;
        emitReciprocal(Act::Threaten, agent.actors, w(p) == "with" ? topicFrom(p + 1) : std::string(), kNominal, t);
      }
      return true;
    }
    const auto oe = npRight(after);
    const auto obj = partyIn(after, oe);
    if (!obj.empty() && !obj.possessor) {
      emit({Act::Threaten, agent, obj.actors, w(oe) == "with" ? topicFrom(oe + 1) : std::string(), conf, t});
      return true;
    }
    // "threatened retaliation against X": only threats of force without a named target
    const auto topic = topicFrom(after);
    Emit e{Act::Threaten, agent, aimedActors(after), topic, kActiveAgentOnly, t};
    if (!hasForceWord(after) && e.targets.empty()) return true;
    emit(e);
    return true;
  }

  [[nodiscard]] bool hasForceWord(std::uint32_t p) const {
    const auto [b, e] = topicSpan(p, 16);
    for (auto u = b; u < e; ++u)
      if (speech::isForceWord(w(u))) return true;
    return false;
  }

  /// A warning is a threat when the speaker warns of force it would use, or warns a named actor
  /// of force.
  bool verbWarn(std::uint32_t t, std::uint32_t after, const Party& agent, double conf) {
    std::uint32_t p = after;
    std::vector<std::uint32_t> targets;
    const auto oe = npRight(p);
    const auto obj = partyIn(p, oe);
    if (!obj.empty() && !obj.possessor) {
      targets = obj.actors;
      p = oe;
    }
    if (w(p) == "of" || w(p) == "against") {
      if (!hasForceWord(p + 1)) return true;
      if (targets.empty()) targets = aimedActors(p + 1);
      emit({Act::Threaten, agent, targets, topicFrom(p + 1), targets.empty() ? kActiveAgentOnly : conf, t});
      return true;
    }
    if (w(p) == "that") ++p;
    // "warned that any further attack would be met with a befitting response": force promised
    // in answer, whoever the clause's subject is.
    for (auto q = p; q + 3 < e_ && q < p + 10; ++q) {
      if (!oneOf(kModals, w(q)) || w(q + 1) != "be" || w(q + 2) != "met" || w(q + 3) != "with") continue;
      if (hasForceWord(q + 4)) emit({Act::Threaten, agent, targets, topicFrom(p), targets.empty() ? kActiveAgentOnly : conf, t});
      return true;
    }
    // the speaker itself as the subject of what it would do: "warned it would resume strikes";
    // also the speaker's state or group named before the verb: "Israeli Prime Minister X warned
    // that Israel would respond".
    const auto subject = actorAt(p);
    bool selfSubject = oneOf(kSpeakerPronouns, w(p)) || (subject && agent.actors.size() == 1 && subject == agent.actors[0]);
    // "warned that his country would wage war": the speaker's own state or group.
    static constexpr std::string_view kOwnSide[] = {"country", "government", "forces", "army", "group", "movement", "state"};
    if (!selfSubject && (w(p) == "his" || w(p) == "her" || w(p) == "its" || w(p) == "their") && oneOf(kOwnSide, w(p + 1))) {
      selfSubject = true;
      ++p;
    }
    if (!selfSubject && subject && agent.person && agent.actors.size() == 1) {
      for (auto u = b_; u < t && !selfSubject; ++u) {
        const int m = actors_.mentionAtToken(u);
        if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].entity < 0) continue;
        const Class c = doc_.entities[static_cast<std::size_t>(doc_.mentions[static_cast<std::size_t>(m)].entity)].cls;
        selfSubject = c != Class::Person && actorAt(u) == subject;
      }
    }
    if (!selfSubject) return true;
    auto q = p + 1;
    while (q < e_ && (actors_.mentionAtToken(q) >= 0 && actors_.mentionAtToken(q) == actors_.mentionAtToken(p))) ++q;
    if (!oneOf(kModals, w(q))) return true;
    if (!hasForceWord(q + 1)) return true;
    if (targets.empty()) targets = aimedActors(q + 1);
    emit({Act::Threaten, agent, targets, topicFrom(q + 1), targets.empty() ? kActiveAgentOnly : conf, t});
    return true;
  }

  /// "X and Y traded accusations", "both sides exchanged threats".
  bool handleTrade(std::uint32_t t, std::uint32_t after) {
    auto p = after;
    if (p < e_ && !npWord(p) && !speech::nounAct(w(p)) && w(p) != "blame" && !isPunct(p)) ++p;  // "fresh", "bitter"
    Act act;
    const auto& x = w(p);
    if (x == "accusations" || x == "blame" || x == "allegations" || x == "recriminations" || x == "barbs" ||
        x == "insults")
      act = Act::Accuse;
    else if (x == "threats" || x == "warnings")
      act = Act::Threaten;
    else if (x == "criticism" || x == "condemnations")
      act = Act::Criticize;
    else
      return false;
    Party agent = t > b_ && (w(t - 1) == "," || w(t - 1) == "—") ? mainSubject() : subjectBefore(t);
    if (agent.actors.size() != 2 || negatedOrHypothetical(t)) return true;
    done_.insert(t);
    std::string topic;
    if (w(p + 1) == "over" || w(p + 1) == "for" || w(p + 1) == "about") topic = topicFrom(p + 2);
    emitReciprocal(act, agent.actors, topic, kNominal - (agent.bothSides ? kBothSidesPenalty : 0.0), t);
    return true;
  }

  /// "Y was accused by X of Z", "a boundary rejected by X".
  bool handlePassive(std::uint32_t t, const VerbMatch& vm, std::uint32_t after, std::uint32_t subjEnd) {
    if (w(after) != "by") return false;
    const auto ae = npRight(after + 1);
    const auto agent = partyIn(after + 1, ae);
    if (agent.empty() || negatedOrHypothetical(subjEnd)) return false;
    done_.insert(t);
    Party patient;
    std::string topic;
    if (subjEnd != t) {
      patient = subjectBefore(subjEnd);
    } else {
      // reduced relative: the noun phrase before the participle, or the name it stands beside
      // "a vote hailed by Rabat as a win and rejected by X": the noun phrase before the first
      // participle of the two.
      std::uint32_t end = t;
      if (t > b_ + 1 && w(t - 1) == "and") {
        for (std::uint32_t k = t - 1; k > b_ && t - k < 12 && w(k) != ","; --k) {
          if (doc_.tokens[k].pos == "VBN" && w(k + 1) == "by") {
            end = k;
            break;
          }
        }
        if (end == t) return true;  // "... and rejected by X": what was rejected is unclear
      }
      std::uint32_t i = end;
      while (i > b_ && w(i - 1) != "," && w(i - 1) != "that" && w(i - 1) != "which" && end - i < 8) --i;
      topic = topicText(i, end);
      if (i > b_ + 1 && w(i - 1) == ",") {
        const int m = actors_.mentionAtToken(i - 2);
        if (m >= 0) topic = std::string(doc_.slice(doc_.mentions[static_cast<std::size_t>(m)].span));
      }
    }
    const auto& next = w(ae);
    switch (vm.act) {
      case Act::Accuse:
      case Act::Criticize:
      case Act::Threaten:
        if (patient.empty()) return true;
        emit({vm.act, agent, patient.actors,
              (next == "of" || next == "for" || next == "with") ? topicFrom(ae + 1) : std::string(), kNominal, t});
        return true;
      case Act::Reject:
      case Act::Deny: {
        if (topic.empty() && subjEnd != t) topic = topicText(npLeft(subjEnd), subjEnd);
        if (topic.empty()) return true;
        emit({vm.act, agent, {}, topic, kNominal, t});
        return true;
      }
      default: return true;
    }
  }

  /// "X said (that) Y failed to ...": the blame a speaker puts on a named actor.
  void handleReportedBlame(std::uint32_t t) {
    const bool gerund = w(t).ends_with("ing");
    const auto& before = t > b_ ? w(t - 1) : std::string();
    if (before == "to") return;
    Party agent = gerund && (t == b_ || before == ",") ? mainSubject() : subjectBefore(t);
    if (agent.empty() || negatedOrHypothetical(t)) return;
    std::uint32_t p = t + 1;
    for (std::uint32_t k = p; k < e_ && k < t + 7; ++k) {
      if (isPunct(k)) break;
      if (w(k) == "that") {
        p = k + 1;
        break;
      }
    }
    if (quoted_[p]) return;
    const auto ce = npRight(p);
    const auto subj = partyIn(p, ce);
    if (subj.empty() || subj.possessor || subj.bothSides) return;
    auto pred = ce;
    while (pred < e_ && isAdverb(pred)) ++pred;
    const auto& x = w(pred);
    // "X said (on Saturday) that Armenia must change its constitution": what X demands of Y.
    // ("should expect another attack", "should brace for": a warning, not a demand.)
    static constexpr std::string_view kForeseen[] = {"expect", "anticipate", "see", "face", "know", "brace", "realize",
                                                     "realise", "understand", "remember", "fear"};
    if ((x == "must" || x == "should") && pred + 1 < e_ && doc_.tokens[pred + 1].pos == "VB" && !gerund &&
        !oneOf(kForeseen, w(pred + 1))) {
      for (auto k = ce; k <= pred + 1; ++k)
        if (w(k) == "not" || w(k) == "never") return;
      emit({Act::Demand, agent, subj.actors, topicFrom(pred + 1), kReportedBlame, t});
      return;
    }
    const bool beBlame = (x == "behind" || x == "responsible") && pred > ce;
    if (!speech::isBlamePredicate(x) && !beBlame) return;
    for (auto k = ce; k < pred; ++k)
      if (w(k) == "not" || w(k) == "never") return;
    emit({Act::Accuse, agent, subj.actors, topicFrom(beBlame ? pred - 1 : pred), kReportedBlame, t});
  }

  // ---- nouns -----------------------------------------------------------------------------------

  /// "X's demand that Y Z", "accusations by X against Y", "X issued a rebuke", "X's criticism of
  /// Y". Returns true when a statement was made.
  bool handleNoun(std::uint32_t t, Act act) {
    if (done_.count(t)) return statementAt(t).has_value();
    done_.insert(t);
    if (t > b_ && (oneOf(kNegations, w(t - 1)))) return false;
    if ((act == Act::Appeal) && w(t + 1) != "for" && w(t + 1) != "on") return false;  // a phone call

    // agent: possessor, "by X", or the subject of a light verb
    Party agent;
    std::uint32_t i = t;
    for (int mods = 0; i > b_ && mods < 3; ++mods) {
      const auto& x = w(i - 1);
      if (isPunct(i - 1) || isQuoteMark(x) || capitalized(i - 1) || oneOf(kModifierStops, x) || oneOf(kDeterminers, x) ||
          oneOf(kPossessivePronouns, x) || x == "'s" || x == "'" || actors_.mentionAtToken(i - 1) >= 0)
        break;
      --i;
    }
    if (i > b_ && (w(i - 1) == "'s" || w(i - 1) == "'")) {
      agent = partyIn(npLeft(i - 1), i - 1);
    } else if (i > b_ && oneOf(kPossessivePronouns, w(i - 1))) {
      if (auto a = personBefore(i - 1)) {
        agent.actors = {*a};
        agent.pronoun = true;
      }
    } else {
      auto k = i;
      while (k > b_ && oneOf(kDeterminers, w(k - 1))) --k;
      if (k > b_ && oneOf(kLightVerbs, w(k - 1))) {
        auto v = k - 1;
        if (w(v) == "with" && v > b_) --v;  // "countered with demands"
        agent = subjectBefore(v);
        if (!agent.empty() && negatedOrHypothetical(v)) return false;
      }
    }
    std::uint32_t p = t + 1;
    if (agent.empty() && w(p) == "by") {
      const auto ae = npRight(p + 1);
      agent = partyIn(p + 1, ae);
      p = ae;
    }
    if (agent.empty() || agent.possessor) return false;

    Emit e{act, agent, {}, {}, kNominal, t};
    switch (act) {
      case Act::Accuse:
        if (w(p) == "against") {
          const auto oe = npRight(p + 1);
          e.targets = partyIn(p + 1, oe).actors;
          p = oe;
        }
        if (w(p) == "of") e.topic = nounTopicFrom(p + 1);
        if (w(p) == "that") return clauseNoun(e, p + 1, true);
        break;
      case Act::Demand:
      case Act::Appeal:
        if (w(p) == "that") return clauseNoun(e, p + 1, false);
        if ((w(p) == "for" || w(p) == "on") && npWord(p + 1)) {
          const auto oe = npRight(p + 1);
          const auto obj = partyIn(p + 1, oe);
          if (!obj.empty() && w(oe) == "to") {
            e.targets = obj.actors;
            e.topic = nounTopicFrom(oe + 1);
            break;
          }
        }
        if (w(p) == "for" || w(p) == "on" || w(p) == "to") {
          e.topic = nounTopicFrom(p + 1);
          if (auto d = demonymTarget(p + 1)) e.targets = {*d};
        }
        break;
      case Act::Criticize:
        if (w(p) == "of" || w(p) == "against") {
          const auto oe = npRight(p + 1);
          const auto obj = partyIn(p + 1, oe);
          e.targets = obj.actors;
          if (w(oe) == "for" || w(oe) == "over") e.topic = nounTopicFrom(oe + 1);
          else if (obj.empty()) e.topic = nounTopicFrom(p + 1);
        }
        break;
      case Act::Threaten:
        if (w(p) == "against") e.targets = partyIn(p + 1, npRight(p + 1)).actors;
        else if (w(p) == "of" && hasForceWord(p + 1)) e.topic = nounTopicFrom(p + 1);
        else return false;
        break;
      case Act::Reject:
      case Act::Deny:
        if (w(p) != "of" && w(p) != "to") return false;
        e.topic = nounTopicFrom(p + 1);
        break;
      case Act::Praise:
        if (w(p) != "for") return false;
        {
          const auto oe = npRight(p + 1);
          e.targets = partyIn(p + 1, oe).actors;
          if (e.targets.empty()) e.topic = nounTopicFrom(p + 1);
        }
        break;
      default: return false;
    }
    return emit(e).has_value();
  }

  /// The topic of a noun of speech, a noun phrase: it ends before a finite verb ("Ankara's demand
  /// for two states | was unacceptable").
  std::string nounTopicFrom(std::uint32_t p) const {
    auto [b, e] = topicSpan(p, 16);
    for (auto u = b + 1; u < e; ++u) {
      const std::string& pos = doc_.tokens[u].pos;
      if (pos == "VBD" || pos == "VBZ" || pos == "VBP" || pos == "MD") {
        e = u;
        break;
      }
    }
    return topicText(b, e);
  }

  /// The "that" clause of a nominal: "X's demand that Y withdraw", "X's accusation that Y armed".
  bool clauseNoun(Emit& e, std::uint32_t p, bool accusation) {
    const auto ce = npRight(p);
    const auto subj = partyIn(p, ce);
    if (subj.empty() || subj.possessor) return false;
    auto pred = ce;
    while (pred < e_ && isAdverb(pred)) ++pred;
    if (w(pred) == "not" || w(pred) == "never") return false;
    if (!accusation && !subjunctive(pred)) return false;
    e.targets = subj.actors;
    e.topic = topicFrom(pred);
    return emit(e).has_value();
  }

  FactSink& sink_;
  const Document& doc_;
  const Gazetteer& gaz_;
  ActorResolver actors_;
  std::vector<std::string> words_;
  std::vector<bool> quoted_;
  std::vector<bool> inName_;  // per token: inside a mention
  std::size_t s_ = 0;
  std::uint32_t b_ = 0;
  std::uint32_t e_ = 0;
  std::set<std::uint32_t> done_;
  std::vector<Made> made_;
  std::set<std::tuple<int, std::uint32_t, std::vector<std::uint32_t>, std::size_t, std::string>> seen_;
  std::optional<std::vector<std::uint32_t>> bothSides_;
  std::optional<Party> lastSubject_;  ///< subject of the last speech verb in the sentence
};

}  // namespace

void extractStatements(FactSink& sink, const Gazetteer& gaz) { StatementFinder(sink, gaz).run(); }

}  // namespace ng
