#include "extract/facts/SpeechLexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace ng::speech {
namespace {

/// A verb (or verb + particle) in its four written forms: base, third person, past, -ing.
struct VerbEntry {
  std::array<std::string_view, 4> forms;
  Act act;
  Frame frame;
  bool actorObjectOnly = false;
};

// clang-format off
constexpr VerbEntry kVerbs[] = {
    // accusations and blame
    {{"accuse", "accuses", "accused", "accusing"}, Act::Accuse, Frame::ObjectOf},
    {{"blame", "blames", "blamed", "blaming"}, Act::Accuse, Frame::ObjectFor},
    {{"allege", "alleges", "alleged", "alleging"}, Act::Accuse, Frame::Clause},
    {{"point the finger at", "points the finger at", "pointed the finger at", "pointing the finger at"}, Act::Accuse, Frame::ObjectFor},
    {{"point fingers at", "points fingers at", "pointed fingers at", "pointing fingers at"}, Act::Accuse, Frame::ObjectFor},
    {{"attribute", "attributes", "attributed", "attributing"}, Act::Accuse, Frame::ObjectTo},
    // demands and appeals
    {{"demand", "demands", "demanded", "demanding"}, Act::Demand, Frame::Clause},
    {{"insist", "insists", "insisted", "insisting"}, Act::Demand, Frame::Clause},
    {{"call on", "calls on", "called on", "calling on"}, Act::Appeal, Frame::ObjectTo},
    {{"call upon", "calls upon", "called upon", "calling upon"}, Act::Appeal, Frame::ObjectTo},
    {{"call for", "calls for", "called for", "calling for"}, Act::Appeal, Frame::ObjectTo},
    {{"urge", "urges", "urged", "urging"}, Act::Appeal, Frame::ObjectTo},
    {{"press", "presses", "pressed", "pressing"}, Act::Appeal, Frame::ObjectTo, true},
    {{"press for", "presses for", "pressed for", "pressing for"}, Act::Demand, Frame::ObjectTo},
    {{"appeal to", "appeals to", "appealed to", "appealing to"}, Act::Appeal, Frame::ObjectTo},
    {{"appeal for", "appeals for", "appealed for", "appealing for"}, Act::Appeal, Frame::ObjectTo},
    {{"ask", "asks", "asked", "asking"}, Act::Appeal, Frame::ObjectTo, true},
    // rejections and denials
    {{"reject", "rejects", "rejected", "rejecting"}, Act::Reject, Frame::Object},
    {{"dismiss", "dismisses", "dismissed", "dismissing"}, Act::Reject, Frame::Object},
    {{"refuse", "refuses", "refused", "refusing"}, Act::Reject, Frame::Object},
    {{"rebuff", "rebuffs", "rebuffed", "rebuffing"}, Act::Reject, Frame::Object},
    {{"spurn", "spurns", "spurned", "spurning"}, Act::Reject, Frame::Object},
    {{"turn down", "turns down", "turned down", "turning down"}, Act::Reject, Frame::Object},
    {{"deny", "denies", "denied", "denying"}, Act::Deny, Frame::Object},
    // criticism
    {{"criticize", "criticizes", "criticized", "criticizing"}, Act::Criticize, Frame::ObjectFor},
    {{"criticise", "criticises", "criticised", "criticising"}, Act::Criticize, Frame::ObjectFor},
    {{"condemn", "condemns", "condemned", "condemning"}, Act::Criticize, Frame::ObjectFor},
    {{"denounce", "denounces", "denounced", "denouncing"}, Act::Criticize, Frame::ObjectFor},
    {{"decry", "decries", "decried", "decrying"}, Act::Criticize, Frame::ObjectFor},
    {{"deplore", "deplores", "deplored", "deploring"}, Act::Criticize, Frame::ObjectFor},
    {{"lambast", "lambasts", "lambasted", "lambasting"}, Act::Criticize, Frame::ObjectFor},
    {{"lambaste", "lambastes", "lambasted", "lambasting"}, Act::Criticize, Frame::ObjectFor},
    {{"rebuke", "rebukes", "rebuked", "rebuking"}, Act::Criticize, Frame::ObjectFor},
    {{"castigate", "castigates", "castigated", "castigating"}, Act::Criticize, Frame::ObjectFor},
    {{"censure", "censures", "censured", "censuring"}, Act::Criticize, Frame::ObjectFor},
    {{"chastise", "chastises", "chastised", "chastising"}, Act::Criticize, Frame::ObjectFor},
    {{"berate", "berates", "berated", "berating"}, Act::Criticize, Frame::ObjectFor},
    {{"slam", "slams", "slammed", "slamming"}, Act::Criticize, Frame::ObjectFor, true},
    {{"blast", "blasts", "blasted", "blasting"}, Act::Criticize, Frame::ObjectFor, true},
    {{"assail", "assails", "assailed", "assailing"}, Act::Criticize, Frame::ObjectFor, true},
    {{"hit out at", "hits out at", "hit out at", "hitting out at"}, Act::Criticize, Frame::ObjectFor},
    {{"lash out at", "lashes out at", "lashed out at", "lashing out at"}, Act::Criticize, Frame::ObjectFor},
    // threats
    {{"threaten", "threatens", "threatened", "threatening"}, Act::Threaten, Frame::Threat},
    {{"warn", "warns", "warned", "warning"}, Act::Warn, Frame::Warn},
    // praise and support
    {{"praise", "praises", "praised", "praising"}, Act::Praise, Frame::ObjectFor},
    {{"commend", "commends", "commended", "commending"}, Act::Praise, Frame::ObjectFor},
    {{"laud", "lauds", "lauded", "lauding"}, Act::Praise, Frame::ObjectFor},
    {{"hail", "hails", "hailed", "hailing"}, Act::Praise, Frame::ObjectFor, true},
    {{"thank", "thanks", "thanked", "thanking"}, Act::Praise, Frame::ObjectFor, true},
    {{"applaud", "applauds", "applauded", "applauding"}, Act::Praise, Frame::ObjectFor},
    {{"welcome", "welcomes", "welcomed", "welcoming"}, Act::Praise, Frame::ObjectFor},
    {{"endorse", "endorses", "endorsed", "endorsing"}, Act::Support, Frame::Object},
    {{"back", "backs", "backed", "backing"}, Act::Support, Frame::Object, true},
    {{"support", "supports", "supported", "supporting"}, Act::Support, Frame::Object},
    // two sides at once
    {{"trade", "trade", "traded", "trading"}, Act::Accuse, Frame::Reciprocal},
    {{"exchange", "exchange", "exchanged", "exchanging"}, Act::Accuse, Frame::Reciprocal},
};
// clang-format on

struct NounEntry {
  std::string_view word;
  Act act;
};

constexpr NounEntry kNouns[] = {
    {"accusation", Act::Accuse},   {"accusations", Act::Accuse}, {"allegation", Act::Accuse},
    {"allegations", Act::Accuse},  {"demand", Act::Demand},      {"demands", Act::Demand},
    {"insistence", Act::Demand},   {"ultimatum", Act::Demand},   {"call", Act::Appeal},
    {"calls", Act::Appeal},        {"appeal", Act::Appeal},      {"criticism", Act::Criticize},
    {"condemnation", Act::Criticize}, {"rebuke", Act::Criticize}, {"critique", Act::Criticize},
    {"threat", Act::Threaten},     {"threats", Act::Threaten},   {"rejection", Act::Reject},
    {"refusal", Act::Reject},      {"denial", Act::Deny},        {"denials", Act::Deny},
    {"praise", Act::Praise},
};

constexpr NounEntry kAnswerable[] = {
    {"demand", Act::Demand},        {"demands", Act::Demand},        {"request", Act::Appeal},
    {"requests", Act::Appeal},      {"call", Act::Appeal},           {"calls", Act::Appeal},
    {"appeal", Act::Appeal},        {"ultimatum", Act::Demand},      {"insistence", Act::Demand},
    {"accusation", Act::Accuse},    {"accusations", Act::Accuse},    {"allegation", Act::Accuse},
    {"allegations", Act::Accuse},   {"charge", Act::Accuse},         {"charges", Act::Accuse},
    {"claim", Act::Accuse},         {"claims", Act::Accuse},         {"criticism", Act::Criticize},
};

constexpr std::string_view kReporting[] = {
    "said",      "says",      "stated",   "states",   "added",    "claimed",  "claims",   "claiming",
    "maintained", "maintains", "argued",  "argues",   "asserted", "asserts",  "asserting", "insisted",
    "insists",   "charged",   "contended", "contends", "noted",   "told",     "saying",   "stressed",
};

constexpr std::string_view kBlame[] = {
    "failed",     "fails",      "violated",  "violates",   "violating", "breached",   "breaches",
    "broke",      "breaks",     "harboured", "harbored",   "harbours",  "harbors",    "harbouring",
    "harboring",  "sheltered",  "shelters",  "sheltering", "sponsored", "sponsors",   "sponsoring",
    "sabotaged",  "sabotages",  "sabotaging", "obstructed", "obstructs", "undermined", "undermines",
    "derailed",   "derails",    "disrupted", "disrupts",   "provoked",  "provokes",   "reneged",
    "abandoned",  "armed",      "arms",      "funded",     "funds",     "funding",    "attacked",
    "attacks",    "targeted",   "targets",   "orchestrated", "masterminded", "plotted", "planned",
};

constexpr std::string_view kForce[] = {
    "war",        "wars",        "attack",       "attacks",     "strike",      "strikes",
    "airstrikes", "air",         "military",     "force",       "retaliation", "retaliate",
    "retaliatory", "countermeasures", "counter-measures", "hostilities", "operations", "offensive",
    "invasion",   "invade",      "bomb",         "bombing",     "reprisals",   "reprisal",
    "consequences", "counter-terrorism", "troops", "fire",      "respond",     "response",
    "counterattack", "counter-attack", "incursion", "incursions", "action",   "ultimatum",
};

constexpr std::string_view kAccuseAggression[] = {"aggression", "attack", "attacks", "airstrikes", "airstrike",
                                                  "airspace", "sovereignty", "incursion", "incursions",
                                                  "invasion", "shelling", "violating", "violation", "violations"};

/// True when `needle` starts a word of `hay` ("negotiat" in "negotiations", not "ties" in "hostilities").
bool contains(std::string_view hay, std::string_view needle) {
  for (auto at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    if (at == 0 || !std::isalpha(static_cast<unsigned char>(hay[at - 1]))) return true;
  }
  return false;
}

template <std::size_t N>
bool inList(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

/// Number of space-separated words of a phrase.
std::size_t wordCount(std::string_view p) { return static_cast<std::size_t>(std::count(p.begin(), p.end(), ' ')) + 1; }

bool phraseAt(const std::vector<std::string>& words, std::size_t at, std::string_view phrase) {
  std::size_t i = at;
  while (!phrase.empty()) {
    const auto sp = phrase.find(' ');
    const auto word = phrase.substr(0, sp);
    if (i >= words.size() || words[i] != word) return false;
    ++i;
    phrase = sp == std::string_view::npos ? std::string_view{} : phrase.substr(sp + 1);
  }
  return true;
}

/// A verb form of kVerbs: which entry, which of its forms, and how many words it has.
struct FormRef {
  const VerbEntry* entry;
  std::size_t form;
  std::size_t words;
};

/// The forms of kVerbs by their first word, each list in kVerbs order. matchVerb() is tried at
/// every token of every article, so it looks up the one word there instead of trying every form.
const std::unordered_map<std::string_view, std::vector<FormRef>>& formsByFirstWord() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<FormRef>> out;
    for (const auto& e : kVerbs) {
      for (std::size_t f = 0; f < e.forms.size(); ++f) {
        const std::string_view form = e.forms[f];
        out[form.substr(0, form.find(' '))].push_back(FormRef{&e, f, wordCount(form)});
      }
    }
    return out;
  }();
  return index;
}

/// A noun list as a hash table (the first entry of a word wins, as in a scan of the list):
/// nounAct() is asked of every word of an article.
std::unordered_map<std::string_view, Act> actsByWord(std::span<const NounEntry> list) {
  std::unordered_map<std::string_view, Act> out;
  for (const auto& n : list) out.emplace(n.word, n.act);
  return out;
}

std::optional<Act> actOf(const std::unordered_map<std::string_view, Act>& index, std::string_view word) {
  const auto it = index.find(word);
  if (it == index.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<VerbMatch> matchVerb(const std::vector<std::string>& words, std::size_t at) {
  if (at >= words.size()) return std::nullopt;
  const auto& index = formsByFirstWord();
  const auto it = index.find(std::string_view(words[at]));
  if (it == index.end()) return std::nullopt;
  // The first of the longest forms that match wins, as the lexicon lists them.
  std::optional<VerbMatch> best;
  for (const auto& ref : it->second) {
    const VerbEntry& e = *ref.entry;
    if ((!best || ref.words > best->words) && phraseAt(words, at, e.forms[ref.form]))
      best = VerbMatch{e.act, e.frame, static_cast<Form>(ref.form), ref.words, e.actorObjectOnly, e.forms[0]};
  }
  return best;
}

std::optional<Act> nounAct(std::string_view word) {
  static const auto index = actsByWord(kNouns);
  return actOf(index, word);
}

std::optional<Act> answerableNoun(std::string_view word) {
  static const auto index = actsByWord(kAnswerable);
  return actOf(index, word);
}

bool isReportingVerb(std::string_view word) {
  // Asked of every word of an article: hashed, not scanned.
  static const std::unordered_set<std::string_view> kSet(std::begin(kReporting), std::end(kReporting));
  return kSet.contains(word);
}
bool isBlamePredicate(std::string_view word) { return inList(kBlame, word); }
bool isForceWord(std::string_view word) { return inList(kForce, word); }

onto::Class classOf(Act act) {
  using onto::Class;
  switch (act) {
    case Act::Accuse: return Class::Accusation;
    case Act::Demand:
    case Act::Appeal: return Class::Demand;
    case Act::Reject: return Class::Rejection;
    case Act::Deny: return Class::Denial;
    case Act::Criticize: return Class::Criticism;
    case Act::Threaten:
    case Act::Warn: return Class::Threat;
    case Act::Praise: return Class::Praise;
    case Act::Support: return Class::Support;
  }
  return Class::Statement;
}

std::string cameoCode(Act act, std::string_view topic) {
  auto any = [&](std::initializer_list<std::string_view> ws) {
    return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return contains(topic, w); });
  };
  switch (act) {
    case Act::Accuse:
      if (any({"war crime", "genocide", "ethnic cleansing"})) return "1124";
      if (any({"human rights", "torture", "abuses"})) return "1122";
      if (any({"espionage", "spying", "treason"})) return "1125";
      if (any({"corruption", "bribery", "fraud"})) return "1121";
      for (auto w : kAccuseAggression)
        if (contains(topic, w)) return "1123";
      return "112";
    case Act::Demand:
    case Act::Appeal:
      if (any({"ceasefire", "truce", "end to hostilities", "end hostilities", "cease-fire"})) return "107";
      if (any({"withdraw", "pull out", "pullout"})) return "106";
      if (any({"talks", "negotiat", "dialogue", "meeting"})) return "108";
      if (any({"mediat"})) return "105";
      if (any({"investigat", "inquiry", "information"})) return "101";
      return act == Act::Appeal ? "020" : "100";
    case Act::Reject:
      if (any({"mediat"})) return "126";
      if (any({"proposal to meet", "offer of talks", "talks", "negotiat", "dialogue"})) return "125";
      if (any({"ceasefire", "truce", "peace plan", "agreement", "deal", "settlement", "accord"})) return "127";
      return "120";
    case Act::Deny: return "016";
    case Act::Criticize: return "111";
    case Act::Threaten:
    case Act::Warn:
      if (any({"sanction", "embargo", "boycott"})) return "1312";
      if (any({"relations", "ties"})) return "1313";
      if (any({"pull out of talks", "halt talks", "suspend talks", "quit talks", "negotiations"})) return "134";
      if (any({"ultimatum"})) return "139";
      for (auto w : kForce)
        if (contains(topic, w) && w != "consequences" && w != "action" && w != "response" && w != "respond")
          return "138";
      if (any({"military action", "military response"})) return "138";
      return "130";
    case Act::Praise:
    case Act::Support: return "051";
  }
  return "010";
}

std::string_view labelVerb(Act act) {
  switch (act) {
    case Act::Accuse: return "accuses";
    case Act::Demand: return "demands of";
    case Act::Appeal: return "appeals to";
    case Act::Reject: return "rejects";
    case Act::Deny: return "denies";
    case Act::Criticize: return "criticizes";
    case Act::Threaten:
    case Act::Warn: return "threatens";
    case Act::Praise: return "praises";
    case Act::Support: return "supports";
  }
  return "says";
}

}  // namespace ng::speech
