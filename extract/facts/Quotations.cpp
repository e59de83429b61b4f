// Direct quotations and who said them.
//
// The spans come from findQuotes(); this file decides which of them reproduce someone's words
// and finds the speaker with the attribution patterns of news English:
//   after the quote    "...," X said / "...," said X / "...," X told <outlet> / "...," according to X
//   before the quote   X said: "..." / X told <outlet>, "..." / X, the <title> of Y, said "..."
//                      X stated that Y had failed, adding, "..."  (the clause subject of a gerund)
//   nowhere            a quote that opens a sentence right after another quote continues it;
//                      a headline quote takes the speaker of the body quote holding its words.
// Pronouns (he, she, they, it) go to the last salient actor: a quote's speaker or a sentence
// subject of the previous sentences. Unnamed officials with a nationality ("Sudanese officials
// said") give the country; a capital used for its government gives the country; a media outlet
// that only reports the words is never the speaker.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/TextNorm.h"
#include "extract/facts/Actors.h"
#include "extract/facts/Extractors.h"
#include "extract/facts/QuoteFinder.h"
#include "extract/facts/RoleIndex.h"

namespace ng {
namespace {

using onto::Class;
using onto::Prop;

constexpr std::string_view kExtractor = "quotations";

// ------------------------------------------------------------------ vocabulary

using Words = std::initializer_list<std::string_view>;

bool oneOf(std::string_view w, Words list) { return std::find(list.begin(), list.end(), w) != list.end(); }

/// A fixed set of words, hashed: the long lists below are asked of most words of an article,
/// where a scan of the list cost a comparison per listed word.
class WordSet {
 public:
  WordSet(Words words) : words_(words.begin(), words.end()) {}
  [[nodiscard]] bool contains(std::string_view w) const { return words_.contains(w); }

 private:
  std::unordered_set<std::string_view> words_;
};

/// Verbs that report speech or a stance taken in words, in the forms news text uses. Present
/// plurals that are mostly nouns ("claims", "calls", "remarks") are left out.
bool isSpeechVerb(std::string_view w) {
  static const WordSet kVerbs = {
      "say",         "said",         "says",        "saying",      "tell",         "told",         "tells",
      "telling",     "add",          "added",       "adds",        "adding",       "stated",       "stating",
      "declare",     "declared",     "declares",    "declaring",   "noted",        "noting",       "warn",
      "warned",      "warns",        "warning",     "insist",      "insisted",     "insists",      "insisting",
      "emphasize",   "emphasized",   "emphasizes",  "emphasizing", "emphasise",    "emphasised",   "emphasises",
      "emphasising", "assert",       "asserted",    "asserts",     "asserting",    "claimed",      "claiming",
      "wrote",       "writes",       "writing",     "tweeted",     "tweeting",     "posted",       "announce",
      "announced",   "announces",    "announcing",  "stress",      "stressed",     "stresses",     "stressing",
      "remarked",    "remarking",    "explain",     "explained",   "explains",     "explaining",   "vow",
      "vowed",       "vows",         "vowing",      "pledge",      "pledged",      "pledging",     "reiterate",
      "reiterated",  "reiterates",   "reiterating", "echoed",      "echoing",      "confirm",      "confirmed",
      "confirms",    "confirming",   "urge",        "urged",       "urges",        "urging",       "argue",
      "argued",      "argues",       "arguing",     "acknowledge", "acknowledged", "acknowledges", "acknowledging",
      "ask",         "asked",        "asks",        "asking",      "replied",      "replies",      "replying",
      "responded",   "responding",   "answered",    "recalled",    "recalls",      "recalling",    "admit",
      "admitted",    "admits",       "admitting",   "concluded",   "concluding",   "observed",     "observing",
      "mentioned",   "reaffirm",     "reaffirmed",  "reaffirms",   "reaffirming",  "affirmed",     "affirming",
      "maintained",  "maintaining",  "contended",   "contending",  "suggested",    "suggesting",   "predicted",
      "predicting",  "promised",     "promising",   "threatened",  "threatening",  "accuse",       "accused",
      "accuses",     "accusing",     "charged",     "blamed",      "blaming",      "described",    "describes",
      "describing",  "called",       "calling",     "termed",      "terming",      "labelled",     "labeled",
      "labelling",   "labeling",     "branded",     "branding",    "decried",      "decrying",     "lambasted",
      "lambasting",  "slammed",      "slamming",    "condemned",   "condemning",   "criticized",   "criticised",
      "criticizing", "criticising",  "denounced",   "denouncing",  "rejected",     "rejecting",    "dismissed",
      "dismissing",  "denied",       "denies",      "denying",     "demanded",     "demanding",    "quoted",
      "cautioned",   "cautions",     "cautioning",  "revealed",    "revealing",    "alleged",      "alleging",
      "complained",  "complaining",  "lamented",    "lamenting",   "welcomed",     "welcoming",    "praised",
      "praising",    "hailed",       "hailing",     "exclaimed",   "shouted",      "chanted",      "chanting",
      "testified",   "recounted",    "recounting",  "underscored", "underscoring", "underlined",   "underlining",
      "highlighted", "highlighting", "questioned",  "countered",   "retorted",     "conceded",     "conceding",
      "boasted",     "continued",    "pointed",     "reported",    "messaged",     "reassured",    "assured",
      "assuring",    "signalled",    "signaled",    "proclaimed",  "proclaiming",  "thanked"};
  return kVerbs.contains(w);
}

bool isGerund(std::string_view w) { return w.size() > 4 && w.ends_with("ing"); }

/// Nouns naming a statement: "in a statement", "his remarks", "Ethiopia's insistence on".
bool isSpeechNoun(std::string_view w) {
  static const WordSet kWords = {
      "statement", "statements", "remarks", "remark", "words", "comments", "comment", "insistence", "demand",
      "demands", "call", "calls", "warning", "warnings", "message", "speech", "interview", "letter", "post",
      "tweet", "address", "briefing", "rebuke", "description", "pledge", "promise", "vow", "threat", "appeal",
      "plea", "response", "reply", "announcement", "declaration", "assurances", "accusation", "accusations",
      "claim", "claims", "view", "position", "stance"};
  return kWords.contains(w);
}

/// People who speak for a state or an organization: unnamed ones speak for it.
bool isOfficialNoun(std::string_view w) {
  static const WordSet kWords = {
      "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
      "minister", "ministers", "ministry", "government", "authorities", "authority", "diplomat", "diplomats",
      "envoy", "envoys", "delegation", "negotiator", "negotiators", "military", "army", "commander",
      "commanders", "officer", "officers", "embassy", "president", "leader", "leaders", "leadership",
      "administration", "cabinet", "office", "representative", "representatives", "ambassador", "side",
      "forces", "police", "regime", "statement", "officialdom", "presidency", "junta", "command",
      "headquarters", "council", "parliament", "spokespersons"};
  return kWords.contains(w);
}

/// People who speak for themselves: an unnamed one is no speaker, whatever their nationality.
bool isPrivatePersonNoun(std::string_view w) {
  static const WordSet kWords = {
      "expert", "experts", "analyst", "analysts", "observer", "observers", "journalist", "journalists",
      "reporter", "reporters", "resident", "residents", "witness", "witnesses", "civilian", "civilians",
      "villager", "villagers", "refugee", "refugees", "scholar", "scholars", "researcher", "researchers",
      "commentator", "commentators", "lawyer", "lawyers", "activist", "activists", "doctor", "doctors", "man",
      "woman", "men", "women", "people", "professor", "student", "students", "worker", "workers", "farmer",
      "farmers", "survivor", "survivors", "relative", "relatives", "mother", "father", "son", "daughter",
      "wife", "husband", "user", "users", "voter", "voters", "trader", "traders", "economist", "economists",
      "critic", "critics", "supporter", "supporters", "protester", "protesters", "fighter", "fighters",
      "soldier", "soldiers", "shopkeeper", "teacher", "nurse", "victim", "victims", "friend", "neighbour",
      "neighbor"};
  return kWords.contains(w);
}

/// Words that may stand inside a noun phrase naming a speaker besides names and titles.
bool isNpModifier(std::string_view w) {
  static const WordSet kWords = {
      "senior", "top", "former", "chief", "deputy", "acting", "security", "intelligence", "foreign", "defence",
      "defense", "interior", "military", "local", "regional", "provincial", "federal", "national", "state",
      "presidential", "unnamed", "anonymous", "political", "prominent", "high-ranking", "government",
      "diplomatic", "delegation", "ministry", "army", "police", "official", "press", "information", "health",
      "finance", "trade", "another", "western", "independent", "leading", "veteran", "well-known", "rebel",
      "opposition", "militant", "group", "party", "border", "district", "city", "village", "tribal",
      "religious", "community", "elder", "elders", "aid", "humanitarian", "relief", "un", "u.n.", "vice",
      "assistant", "special", "joint", "head", "secretary", "general", "affairs", "public", "media",
      "communications", "communication", "coast", "guard", "navy", "naval", "air", "justice", "education",
      "energy", "transport", "agriculture", "electoral", "election", "prison", "prisons", "customs",
      "immigration", "emergency", "civil", "protection", "disaster", "migration"};
  return kWords.contains(w);
}

bool isDeterminer(std::string_view w) {
  return oneOf(w, {"the", "a", "an", "one", "another", "some", "several", "two", "three", "four", "many", "both", "its",
                   "their", "this", "that", "these", "those", "other"});
}
bool isNpConnector(std::string_view w) {
  return oneOf(w, {"of", "for", "and", "'s", "\u2019s", "'", "\u2019", "-", "&", "on", "in"});
}
bool isPossessiveMark(std::string_view w) { return oneOf(w, {"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"}); }

bool isPersonPronoun(std::string_view w) { return oneOf(w, {"he", "she"}); }
bool isGroupPronoun(std::string_view w) { return oneOf(w, {"they", "it"}); }
bool isPossessivePronoun(std::string_view w) { return oneOf(w, {"his", "her", "their", "its"}); }

/// Adverbs and auxiliaries between a speaker and the verb: "X had previously warned".
bool isVerbFiller(std::string_view w) {
  if (w.size() > 3 && w.ends_with("ly") && w != "only" && w != "early") return true;
  static const WordSet kWords = {
      "also", "has", "have", "had", "was", "were", "is", "are", "been", "then", "later", "earlier", "again",
      "once", "still", "further", "would", "will", "could", "can", "may", "might", "should", "did", "does",
      "do", "not", "never", "even", "just", "soon", "today", "yesterday", "first", "previously", "recently",
      "reportedly", "too", "however", "separately", "subsequently", "repeatedly", "publicly"};
  return kWords.contains(w);
}
bool isPassiveAux(std::string_view w) { return oneOf(w, {"was", "were", "is", "are", "been", "be", "being"}); }

/// Words right before a quotation mark that make the quoted words a name or a title of a work,
/// not speech: "the so-called", "a film titled", "the hashtag".
bool isNamingCue(std::string_view w) {
  static const WordSet kWords = {
      "so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "headlined", "codenamed",
      "code-named", "hashtag", "word", "words", "term", "phrase", "slogan", "motto", "book", "novel", "film",
      "movie", "song", "album", "documentary", "play", "poem", "series", "show", "programme", "program",
      "podcast", "magazine", "newspaper", "column", "op-ed", "article", "essay", "report", "campaign",
      "operation", "exercise", "initiative", "brand", "label", "tagline", "banner", "headline", "titles",
      "nickname", "website", "site", "blog", "channel", "account", "page", "newsletter", "handle",
      "exhibition", "painting", "opera", "musical", "game", "app"};
  return kWords.contains(w);
}

/// Words that open an introductory phrase before a sentence's subject, ended by a comma.
bool isIntroWord(std::string_view w) {
  static const WordSet kWords = {
      "in", "on", "at", "after", "before", "following", "during", "speaking", "despite", "amid", "since",
      "while", "when", "as", "addressing", "responding", "asked", "earlier", "later", "last", "this", "with",
      "without", "under", "for", "from", "through", "until", "once", "if", "although", "though", "unlike",
      "like", "according", "meanwhile", "however", "separately", "instead", "still", "moreover", "furthermore",
      "nevertheless", "nonetheless", "indeed", "today", "yesterday", "writing", "by", "over", "into", "upon",
      "to", "next", "then", "first", "finally", "also", "additionally", "elsewhere", "there", "here", "again"};
  return kWords.contains(w);
}
bool isLeadingConjunction(std::string_view w) { return oneOf(w, {"but", "and", "yet", "so", "or", "also"}); }

bool startsUpper(std::string_view w) {
  if (w.empty()) return false;
  utf8proc_int32_t cp = 0;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()), static_cast<utf8proc_ssize_t>(w.size()),
                       &cp) <= 0)
    return false;
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}
bool hasAlpha(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; });
}

// ------------------------------------------------------------------ records

struct Pick {
  std::optional<std::uint32_t> node;
  bool person = false;
  bool phrase = false;   ///< a speaker phrase was there, named or not ("one expert")
  bool pronoun = false;  ///< found through a pronoun
};

/// How the speaker was found, strongest first: an attribution after or before the quote, the
/// subject of the clause, the quote before it, another quote repeating its words.
enum class Via : std::uint8_t { None, After, Before, Subject, Continued, Echo };

struct Quote {
  QuoteSpan span;
  std::uint32_t openTok = 0;   ///< token of the opening mark
  std::uint32_t innerEnd = 0;  ///< one past the last token inside the marks
  std::uint32_t afterTok = 0;  ///< first token after the closing mark
  std::size_t firstSentence = 0;
  std::size_t lastSentence = 0;
  std::string text;
  int words = 0;
  Pick speaker;
  Via via = Via::None;
  bool speechCue = false;  ///< a speech verb, a speech noun or a colon introduces it
  bool naming = false;     ///< a name or a title of a work, not speech
  bool accepted = false;
};

struct Salient {
  std::uint32_t token;
  std::size_t sentence;
  std::uint32_t node;
  bool person;
};

class QuotationExtractor {
 public:
  QuotationExtractor(FactSink& sink, const Gazetteer& gaz)
      : sink_(sink),
        doc_(sink.doc()),
        gaz_(gaz),
        actors_(sink, gaz),
        roles_(doc_, gaz),
        inQuote_(doc_.tokens.size(), false),
        inTitle_(doc_.tokens.size(), false) {
    // Titles of several words ("prime minister", "head of mission") belong to a speaker phrase.
    std::vector<std::string_view> words;  // of one sentence; one buffer for all of them
    for (const Sentence& sent : doc_.sentences) {
      words.clear();
      for (auto t = sent.tokenBegin; t < sent.tokenEnd; ++t) words.push_back(doc_.tokenText(t));
      for (std::size_t i = 0; i < words.size(); ++i) {
        const std::size_t n = gaz_.matchTitle(words, i);
        for (std::size_t k = i; k < i + n && k < words.size(); ++k) inTitle_[sent.tokenBegin + k] = true;
      }
    }
  }

  void run() {
    collect();
    if (quotes_.empty()) return;
    std::size_t qi = 0;
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (auto subj = subjectOf(s); subj.pick.node) remember(subj.token, s, subj.pick);
      if (auto last = trailingSpeaker(s); last.pick.node) remember(last.token, s, last.pick);
      for (; qi < quotes_.size() && quotes_[qi].firstSentence <= s; ++qi) {
        attribute(qi);
        const Quote& q = quotes_[qi];
        if (q.speaker.node) remember(q.openTok, q.lastSentence, q.speaker);
      }
    }
    for (std::size_t i = 0; i < quotes_.size(); ++i) borrowSpeaker(i);
    for (auto& q : quotes_) q.accepted = accept(q);
    emit();
  }

 private:
  // ---------------------------------------------------------------- tokens

  [[nodiscard]] std::string_view tok(std::uint32_t t) const { return doc_.tokenText(t); }
  [[nodiscard]] std::string low(std::uint32_t t) const { return lowerAscii(tok(t)); }
  [[nodiscard]] bool isComma(std::uint32_t t) const { return tok(t) == ","; }

  /// First token starting at or after byte `at`.
  [[nodiscard]] std::uint32_t tokenFrom(std::uint32_t at) const {
    const auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                                     [](const Token& t, std::uint32_t v) { return t.span.begin < v; });
    return static_cast<std::uint32_t>(it - doc_.tokens.begin());
  }

  [[nodiscard]] const Sentence& sentence(std::size_t s) const { return doc_.sentences[s]; }

  // ---------------------------------------------------------------- quotes

  void collect() {
    for (auto& span : findQuotes(doc_.text())) {
      Quote q;
      q.openTok = tokenFrom(span.open.begin);
      q.innerEnd = tokenFrom(span.parts.back().end);
      q.afterTok = span.closed() ? tokenFrom(span.close.end) : q.innerEnd;
      if (q.openTok >= doc_.tokens.size()) continue;
      // A nickname inside a name, Jimmy "Barbecue" Cherizier: part of the name, no quotation.
      if (const int m = actors_.mentionAtToken(q.openTok);
          m >= 0 && q.afterTok < doc_.tokens.size() && m == actors_.mentionAtToken(q.afterTok))
        continue;
      q.firstSentence = doc_.sentenceAt(doc_.tokens[q.openTok].span.begin);
      const std::uint32_t lastByte = span.end() - 1;
      q.lastSentence = doc_.sentenceAt(lastByte);
      if (q.firstSentence >= doc_.sentences.size()) continue;
      if (q.lastSentence >= doc_.sentences.size() || q.lastSentence < q.firstSentence) q.lastSentence = q.firstSentence;
      for (const Span& part : span.parts) {
        if (!q.text.empty()) q.text += ' ';
        q.text += doc_.slice(part);
      }
      // Punctuation before the closing mark belongs to the sentence around a fragment ("as
      // 'illogical.'") and to the attribution after a full quote ("...,' he said").
      const bool fragment = !q.text.empty() && std::islower(static_cast<unsigned char>(q.text.front())) != 0;
      while (!q.text.empty() && (q.text.back() == ',' || q.text.back() == ';' || q.text.back() == ':' ||
                                 q.text.back() == ' ' || (fragment && q.text.back() == '.')))
        q.text.pop_back();
      for (std::uint32_t t = q.openTok + 1; t < q.innerEnd; ++t)
        if (hasAlpha(tok(t))) ++q.words;
      for (std::uint32_t t = q.openTok; t < q.afterTok && t < inQuote_.size(); ++t) inQuote_[t] = true;
      q.span = std::move(span);
      if (q.words > 0) quotes_.push_back(std::move(q));
    }
  }

  // ---------------------------------------------------------------- noun phrases

  /// A token that can be part of a noun phrase naming a speaker.
  [[nodiscard]] bool npToken(std::uint32_t t, bool heading) const {
    if (actors_.mentionAtToken(t) >= 0 || inTitle_[t]) return true;
    const std::string_view w = tok(t);
    const std::string l = lowerAscii(w);
    if (isDeterminer(l) || isNpConnector(l) || isOfficialNoun(l) || isPrivatePersonNoun(l) || isNpModifier(l))
      return true;
    if (isPossessivePronoun(l) || gaz_.titleKind(w).has_value()) return true;  // "his spokesman", "Her statement"
    // Capitalized words are names and titles, except verbs capitalized in a headline.
    return startsUpper(w) && !(heading && isSpeechVerb(l)) && !isPersonPronoun(l) && !isGroupPronoun(l);
  }

  /// The noun phrase ending right before token `end`, no further back than `lo`: [b, end).
  [[nodiscard]] std::uint32_t npStartBackward(std::uint32_t lo, std::uint32_t end, bool heading) const {
    std::uint32_t b = end;
    while (b > lo && !inQuote_[b - 1]) {
      if (tok(b - 1) == ")") {  // "the Ministry of Interior (MoI)"
        std::uint32_t o = b - 1;
        while (o > lo && b - o < 10 && tok(o - 1) != "(" && !inQuote_[o - 1]) --o;
        if (o > lo && tok(o - 1) == "(") {
          b = o - 1;
          continue;
        }
        break;
      }
      if (!npToken(b - 1, heading)) break;
      --b;
    }
    return b;
  }

  /// The noun phrase starting at `b`, up to `hi`: [b, end). With `appositive`, one ", ... ," of
  /// noun-phrase words after it belongs to it ("X, the foreign minister of Y, said").
  [[nodiscard]] std::uint32_t npEndForward(std::uint32_t b, std::uint32_t hi, bool heading, bool appositive) const {
    std::uint32_t e = b;
    while (e < hi && !inQuote_[e] && npToken(e, heading)) ++e;
    if (appositive && e > b && e < hi && isComma(e)) {
      std::uint32_t f = e + 1;
      while (f < hi && !inQuote_[f] && npToken(f, heading) && f - e < 16) ++f;
      if (f > e + 1 && f < hi && isComma(f)) e = f + 1;
    }
    return e;
  }

  [[nodiscard]] bool possessive(const Mention& m) const {
    return m.tokenEnd < doc_.tokens.size() && isPossessiveMark(tok(m.tokenEnd));
  }

  [[nodiscard]] Class classOf(const Mention& m) const {
    return m.entity >= 0 ? doc_.entities[static_cast<std::size_t>(m.entity)].cls : m.cls;
  }

  /// The speaker a noun phrase names. `ranges` are token ranges; the first is the phrase itself,
  /// a second one an appositive ("Y's minister, X,"). `at` is where the phrase is, for pronouns.
  Pick choose(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges, std::uint32_t at) {
    Pick pick;
    if (ranges.empty() || ranges.front().first >= ranges.front().second) return pick;
    const auto [b, e] = ranges.front();

    // A pronoun: "he said", "His statement ... lambasted".
    const std::string first = low(b);
    if (e - b == 1 && (isPersonPronoun(first) || isGroupPronoun(first))) return resolvePronoun(first, at);
    // ("Its commander, General X, urged": the person in apposition, below.)
    const bool namedAfter = ranges.size() > 1 && [&] {
      for (int m : actors_.mentionsIn(ranges[1].first, ranges[1].second))
        if (classOf(doc_.mentions[static_cast<std::size_t>(m)]) == Class::Person) return true;
      return false;
    }();
    if (isPossessivePronoun(first) && e - b <= 3 && !namedAfter) return resolvePronoun(first, at);

    struct Cand {
      std::uint32_t node;
      bool person;
      bool country;
      bool possessive;
      bool inFirst;
    };
    std::vector<Cand> cands;
    bool content = false;
    for (std::size_t r = 0; r < ranges.size(); ++r) {
      const auto [rb, re] = ranges[r];
      for (int m : actors_.mentionsIn(rb, re)) {
        const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
        const Class cls = classOf(mention);
        if (onto::isA(cls, Class::MediaOutlet)) continue;
        content = true;
        // A nationality before a noun outside the speaker lexicons ("Malian teenagers") is not
        // an official voice of the country.
        if (mention.demonym && mention.tokenEnd < doc_.tokens.size() && !inQuote_[mention.tokenEnd]) {
          const std::string next = low(mention.tokenEnd);
          if (hasAlpha(next) && !startsUpper(tok(mention.tokenEnd)) && !npToken(mention.tokenEnd, false) &&
              !isSpeechVerb(next) && !isVerbFiller(next))
            continue;
        }
        if (auto node = actors_.actorOfMention(m, true))
          cands.push_back({*node, cls == Class::Person, sink_.graph().nodes[*node].cls == Class::Country,
                           possessive(mention), r == 0});
      }
      for (std::uint32_t t = rb; t < re; ++t) {
        if (actors_.mentionAtToken(t) < 0 && !isDeterminer(low(t)) && !isNpConnector(low(t)) && hasAlpha(tok(t)))
          content = true;
      }
    }
    pick.phrase = content;

    // Head word: the last word of the phrase that is not part of a name.
    std::string head;
    for (std::uint32_t t = e; t > b; --t) {
      if (actors_.mentionAtToken(t - 1) >= 0) break;
      if (hasAlpha(tok(t - 1)) && !isPossessiveMark(tok(t - 1))) {
        head = low(t - 1);
        break;
      }
    }
    const bool endsPossessive = isPossessiveMark(tok(e - 1));

    const auto distinct = [](const std::vector<Cand>& cs, auto pred) {
      std::vector<const Cand*> out;
      for (const auto& c : cs) {
        if (pred(c) && std::none_of(out.begin(), out.end(), [&](const Cand* o) { return o->node == c.node; }))
          out.push_back(&c);
      }
      return out;
    };
    // A named person: the phrase's own, else the appositive's.
    for (bool inFirst : {true, false}) {
      const auto persons =
          distinct(cands, [&](const Cand& c) { return c.person && !c.possessive && c.inFirst == inFirst; });
      if (persons.size() == 1) return named(pick, persons.front()->node, true);
      if (persons.size() > 1) return pick;  // "X and Y said": no single speaker
    }
    // "the foreign minister said": the one person the article names in that post.
    if (cands.empty() || std::none_of(cands.begin(), cands.end(), [](const Cand& c) { return c.person; })) {
      if (const auto r = roles_.resolveAt(b); r && r->holder >= 0 && r->tokenEnd <= e)
        return named(pick, sink_.entityNode(r->holder), true);
    }
    if (isPrivatePersonNoun(head)) return pick;  // "a Yemeni analyst said"
    // Organizations and countries count in the phrase itself only: in "X, the minister of Y,"
    // Y is not the speaker, even when the finder missed the name X.
    // A country or nationality speaks through officials only: "Kenyan officials", "Kenya said",
    // but not "a group of Kenyan teenagers".
    const bool officialHead = head.empty() || isOfficialNoun(head) || gaz_.isTitleWord(head) || gaz_.orgCue(head);
    const auto groups = distinct(
        cands, [&](const Cand& c) { return !c.person && !c.possessive && c.inFirst && (officialHead || !c.country); });
    if (groups.size() == 1) return named(pick, groups.front()->node, false);
    if (groups.size() > 1) return pick;
    // "Sudan's army spokesman", "Kenya's foreign ministry": the possessor speaks through them.
    const auto owners =
        distinct(cands, [&](const Cand& c) { return c.inFirst && c.possessive && (!c.person || endsPossessive); });
    if (owners.size() == 1 && ((officialHead && !head.empty()) || endsPossessive))
      return named(pick, owners.front()->node, owners.front()->person);
    // "the army's general staff said": the state whose army it is (as "the army said").
    if (cands.empty() && low(b) == "the" && b + 3 < e && (low(b + 2) == "'s" || low(b + 2) == "\xE2\x80\x99s")) {
      std::uint32_t end = 0;
      if (auto node = actors_.unnamedStateBody(b, end); node && end == b + 2) return named(pick, *node, false);
    }
    if (cands.empty() && !head.empty() && (isOfficialNoun(head) || gaz_.orgCue(head))) {
      const bool definite = low(b) == "the";
      // "the group's executive committee said": the group speaks through it.
      if (definite && b + 3 < e && low(b + 1) == "group" && (low(b + 2) == "'s" || low(b + 2) == "\xE2\x80\x99s")) {
        if (auto node = definiteReference("group", at)) return named(pick, *node, false);
      }
      if (definite) {
        if (auto node = definiteReference(head, at)) return named(pick, *node, false);
      }
      // "the army said" in an article from a dateline in that army's country.
      std::uint32_t end = 0;
      if (auto node = actors_.unnamedStateBody(b, end); node && end == e) return named(pick, *node, false);
    }
    return pick;
  }

  static Pick named(Pick pick, std::uint32_t node, bool person) {
    pick.node = node;
    pick.person = person;
    pick.phrase = true;
    return pick;
  }

  /// "the ministry", "the mission": the latest organization mentioned in the few sentences before
  /// whose name holds that word.
  std::optional<std::uint32_t> definiteReference(const std::string& head, std::uint32_t at) {
    const std::size_t s = doc_.sentenceAt(doc_.tokens[at].span.begin);
    const std::size_t from = s >= 5 ? s - 5 : 0;
    const std::uint32_t lo = from < doc_.sentences.size() ? sentence(from).tokenBegin : 0;
    const auto ms = actors_.mentionsIn(lo, at);
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
      const Mention& m = doc_.mentions[static_cast<std::size_t>(*it)];
      const Class cls = classOf(m);
      if (!onto::isA(cls, Class::Organization) || onto::isA(cls, Class::MediaOutlet) || m.entity < 0) continue;
      const std::string name = " " + lowerAscii(doc_.entities[static_cast<std::size_t>(m.entity)].name) + " ";
      if (name.find(" " + head + " ") != std::string::npos) return actors_.actorOfMention(*it, true);
    }
    // "the group": else the armed group named last (a party, a movement, a front).
    if (head == "group") {
      for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        const Mention& m = doc_.mentions[static_cast<std::size_t>(*it)];
        if (classOf(m) == Class::ArmedGroup && m.entity >= 0) return actors_.actorOfMention(*it, true);
      }
    }
    return std::nullopt;
  }

  // ---------------------------------------------------------------- salience and pronouns

  void remember(std::uint32_t token, std::size_t s, const Pick& p) {
    if (p.node) salient_.push_back({token, s, *p.node, p.person});
  }

  Pick resolvePronoun(const std::string& pronoun, std::uint32_t at) {
    Pick pick;
    pick.phrase = true;
    pick.pronoun = true;
    const bool person = isPersonPronoun(pronoun) || pronoun == "his" || pronoun == "her";
    const std::size_t s = doc_.sentenceAt(doc_.tokens[at].span.begin);
    for (auto it = salient_.rbegin(); it != salient_.rend(); ++it) {
      if (it->token >= at) continue;
      if (s < doc_.sentences.size() && it->sentence + 3 < s) break;
      if (it->person == person) {
        pick.node = it->node;
        pick.person = person;
        return pick;
      }
    }
    return pick;
  }

  // ---------------------------------------------------------------- subjects

  struct Subject {
    Pick pick;
    std::uint32_t token = 0;
  };

  /// The subject of sentence `s`: the noun phrase it opens with, after an introductory phrase
  /// ("In a statement, X said", "According to a local radio, X ..."). Empty when it opens with a quote.
  Subject subjectOf(std::size_t s) {
    const Sentence& sent = sentence(s);
    std::uint32_t t = sent.tokenBegin;
    const std::uint32_t end = sent.tokenEnd;
    const bool heading = sent.heading;
    while (t < end && !hasAlpha(tok(t)) && !inQuote_[t]) ++t;  // bullets, dashes
    for (int round = 0; round < 3 && t < end; ++round) {
      const std::string w = low(t);
      if (inQuote_[t]) return {};
      if (isLeadingConjunction(w)) {
        ++t;
        if (t < end && isComma(t)) ++t;
        continue;
      }
      if (isIntroWord(w) && actors_.mentionAtToken(t) < 0) {
        std::uint32_t c = t + 1;
        while (c < end && !isComma(c) && !inQuote_[c]) ++c;
        if (c >= end || inQuote_[c]) return {};
        t = c + 1;
        continue;
      }
      break;
    }
    if (t >= end || inQuote_[t]) return {};
    const std::uint32_t e = npEndForward(t, end, heading, true);
    if (e == t) {
      const std::string w = low(t);
      if (isPersonPronoun(w) || isGroupPronoun(w) || isPossessivePronoun(w)) return {resolvePronoun(w, t), t};
      return {};
    }
    return {chooseWithAppositive(t, e), t};
  }

  /// Who reports the sentence in a closing attribution outside quotes: "Eight civilians were
  /// freed, X wrote on Telegram." (a "he said" after it is X's).
  Subject trailingSpeaker(std::size_t s) {
    const Sentence& sent = sentence(s);
    const std::uint32_t lo = sent.tokenBegin;
    for (std::uint32_t v = sent.tokenEnd; v-- > lo + 2;) {
      if (inQuote_[v]) return {};
      if (isComma(v)) return {};
      if (!isSpeechVerb(low(v))) continue;
      std::uint32_t c = v;
      while (c > lo && v - c < 8 && !isComma(c - 1) && !inQuote_[c - 1]) --c;
      if (c == lo || c == v || !isComma(c - 1) || inQuote_[c - 1]) return {};
      return {subjectBeforeVerb(c, v, sent.heading), c};
    }
    return {};
  }

  /// choose() for a phrase that may hold ", appositive ," inside it.
  Pick chooseWithAppositive(std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t c = b; c < e; ++c) {
      if (isComma(c)) return choose({{b, c}, {c + 1, e - (isComma(e - 1) ? 1 : 0)}}, b);
    }
    return choose({{b, e}}, b);
  }

  // ---------------------------------------------------------------- attribution

  /// The speaker of the verb at `v`: the phrase right before it, across an appositive.
  Pick subjectBeforeVerb(std::uint32_t lo, std::uint32_t v, bool heading) {
    std::uint32_t e = v;
    // ("Ethiopia's government on Thursday accused": a day between the subject and its verb.)
    const auto dayBefore = [&](std::uint32_t k) {
      static const WordSet kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
      return k >= lo + 2 && low(k - 2) == "on" && kDays.contains(low(k - 1));
    };
    while (e > lo && !inQuote_[e - 1] && (isVerbFiller(low(e - 1)) || dayBefore(e))) e -= dayBefore(e) ? 2 : 1;
    // "X welcomed it on Friday and called ...": a second verb of the clause has no subject of its
    // own ("Friday" is none); the caller takes the clause's.
    if (e > lo && (low(e - 1) == "and" || low(e - 1) == "but")) return {};
    // "X of the Y movement, who said", "the Z mission, which said": the phrase before the
    // relative pronoun speaks; after "who", the person named in it.
    if (e > lo + 2 && (low(e - 1) == "who" || low(e - 1) == "which") && isComma(e - 2)) {
      const std::uint32_t ce = e - 2;
      // "X, an aide to Y, who said": the description in commas is X's, and X speaks, not the Y
      // named in it.
      if (low(e - 1) == "who") {
        std::uint32_t c = ce;
        while (c > lo && ce - c < 10 && !inQuote_[c - 1] && !isComma(c - 1)) --c;
        if (c > lo + 1 && c < ce && isComma(c - 1) && oneOf(low(c), {"a", "an", "the"})) {
          const int m = actors_.mentionAtToken(c - 2);
          if (m >= 0 && classOf(doc_.mentions[static_cast<std::size_t>(m)]) == Class::Person)
            if (auto node = actors_.actorOfMention(m, true)) return named(Pick{}, *node, true);
        }
      }
      // The phrase may end in a common noun: "the African Union mission, which said".
      const bool nounHead = !npToken(ce - 1, heading) && (doc_.tokens[ce - 1].pos == "NN" || doc_.tokens[ce - 1].pos == "NNS");
      const std::uint32_t cb = npStartBackward(lo, nounHead ? ce - 1 : ce, heading);
      // The clause's subject is not who speaks in it ("Kenya praised the mission, which said"):
      // an antecedent that names nobody leaves the quote without a speaker.
      Pick unnamed;
      unnamed.phrase = true;
      if (cb == ce) return unnamed;
      Pick p = choose({{cb, ce}}, cb);
      if (low(e - 1) == "who" && !p.person) {
        for (std::uint32_t k = cb; k < ce; ++k) {
          const int m = actors_.mentionAtToken(k);
          if (m < 0 || classOf(doc_.mentions[static_cast<std::size_t>(m)]) != Class::Person) continue;
          if (auto node = actors_.actorOfMention(m, true)) return named(Pick{}, *node, true);
        }
      }
      return p.node ? p : unnamed;
    }
    if (e > lo && isComma(e - 1)) {  // "X, the minister of Y, said" / "Y's minister, X, said"
      const std::uint32_t innerEnd = e - 1;
      std::uint32_t c = innerEnd;
      while (c > lo && innerEnd - c < 12 && !inQuote_[c - 1] && !isComma(c - 1) && tok(c - 1) != ";") --c;
      if (c <= lo || c == innerEnd || !isComma(c - 1)) return {};
      const std::uint32_t innerBegin = c;
      const std::uint32_t outerEnd = innerBegin - 1;
      const std::uint32_t outerBegin = npStartBackward(lo, outerEnd, heading);
      if (outerBegin < outerEnd) return choose({{outerBegin, outerEnd}, {innerBegin, innerEnd}}, outerBegin);
      // "The head of the council (CEI), X, said": only a person named in between can speak.
      Pick p = choose({{innerBegin, innerEnd}}, innerBegin);
      return p.person ? p : Pick{};
    }
    const std::uint32_t b = npStartBackward(lo, e, heading);
    if (b == e && e > lo) {
      const std::string w = low(e - 1);
      if (isPersonPronoun(w) || isGroupPronoun(w)) return resolvePronoun(w, e - 1);
      return {};
    }
    return choose({{b, e}}, b);
  }

  /// "...," X said / "...," said X / "...," according to X, in the quote's last sentence.
  bool attributeAfter(Quote& q) {
    if (!q.span.closed()) return false;
    const Sentence& sent = sentence(q.lastSentence);
    const std::uint32_t end = sent.tokenEnd;
    const bool heading = sent.heading;
    std::uint32_t t = q.afterTok;
    // The quote must not have ended its sentence: ".” He said" starts a new one.
    if (t >= end || inQuote_[t]) return false;
    while (t < end && (isComma(t) || tok(t) == "\u2014" || tok(t) == "-")) ++t;
    if (t >= end || inQuote_[t]) return false;
    const std::string w = low(t);
    if (w == "according" && t + 1 < end && low(t + 1) == "to") {
      const std::uint32_t e = npEndForward(t + 2, end, heading, true);
      const Pick p = chooseWithAppositive(t + 2, e);
      if (!p.node) return false;  // an outlet or nobody: the report, not the speaker
      q.speaker = p;
      q.via = Via::After;
      return true;
    }
    if (isSpeechVerb(w) && !isGerund(w)) {  // "said X"
      std::uint32_t b = t + 1;
      while (b < end && isVerbFiller(low(b))) ++b;
      const std::uint32_t e = npEndForward(b, end, heading, true);
      const Pick p = chooseWithAppositive(b, e);
      if (!p.phrase) return false;
      q.speaker = p;
      q.via = Via::After;
      return true;
    }
    // "X said", "one expert noted", "X was quoted as saying"; not "..." and urged (a verb of the
    // clause before the quote).
    if (isNpConnector(w) || isLeadingConjunction(w)) return false;
    std::uint32_t e = npEndForward(t, end, heading, true);
    if (e == t && (isPersonPronoun(w) || isGroupPronoun(w))) e = t + 1;
    std::uint32_t v = e;
    while (v < end && isVerbFiller(low(v))) ++v;
    if (e == t || e - t > 16 || v >= end || !isSpeechVerb(low(v))) {
      // A plain noun phrase outside the lexicons: "the court said", "a statement said"; not a
      // relative clause ("which he described as").
      if (!isDeterminer(w) && !startsUpper(tok(t))) return false;
      e = t;
      while (e < end && e - t < 5 && !inQuote_[e] && hasAlpha(tok(e)) && !isSpeechVerb(low(e))) ++e;
      v = e;
      if (e == t || v >= end || !isSpeechVerb(low(v)) || isGerund(low(v))) return false;
    }
    // '"...," X quoted him as saying', '"...," state media quoted President Y as saying': the one
    // quoted speaks, not who quotes.
    if (low(v) == "quoted" && v + 2 < end) {
      const std::uint32_t b = v + 1;
      if ((low(b) == "him" || low(b) == "her") && low(b + 1) == "as") {
        const Pick p = resolvePronoun(low(b) == "him" ? "he" : "she", b);
        if (p.node) {
          q.speaker = p;
          q.via = Via::After;
          return true;
        }
      } else if (const std::uint32_t qe = npEndForward(b, end, heading, true); qe > b && qe < end && low(qe) == "as") {
        const Pick p = chooseWithAppositive(b, qe);
        if (p.node) {
          q.speaker = p;
          q.via = Via::After;
          return true;
        }
      }
    }
    const Pick p =
        (e == t + 1 && (isPersonPronoun(w) || isGroupPronoun(w))) ? resolvePronoun(w, t) : chooseWithAppositive(t, e);
    if (!p.phrase) return false;
    q.speaker = p;
    q.via = Via::After;
    return true;
  }

  /// Speech verb before the quote in its first sentence, and the speaker it has.
  bool attributeBefore(Quote& q) {
    const Sentence& sent = sentence(q.firstSentence);
    const bool heading = sent.heading;
    const std::uint32_t lo = sent.tokenBegin;
    Pick owner;  // the owner of a speech noun, used when no speech verb speaks for the quote
    for (std::uint32_t v = q.openTok; v > lo; --v) {
      const std::uint32_t t = v - 1;
      if (inQuote_[t]) continue;
      const std::string w = low(t);
      if (w == "according" && t + 1 < q.openTok && low(t + 1) == "to") {
        const std::uint32_t e = npEndForward(t + 2, q.openTok, heading, false);
        // "According to X, Y declared '...'": an introductory source gives way to the clause's
        // own subject, which may be the real speaker while X only reported it.
        if (e < q.openTok && isComma(e) && t == firstContentToken(q.firstSentence)) {
          if (auto subj = subjectOf(q.firstSentence); subj.pick.node && subj.token < q.openTok) {
            q.speaker = subj.pick;
            q.via = Via::Subject;
            q.speechCue = true;
            return true;
          }
        }
        const Pick p = choose({{t + 2, e}}, t + 2);
        if (p.node) {
          q.speaker = p;
          q.via = Via::Before;
          q.speechCue = true;
          return true;
        }
        continue;
      }
      // "X's insistence on '...'", "his call for '...'": the owner of the words.
      if (isSpeechNoun(w) && t > lo + 1 && !inQuote_[t - 1]) {
        Pick p;
        if (isPossessivePronoun(low(t - 1))) {
          p = resolvePronoun(low(t - 1), t - 1);
        } else if (isPossessiveMark(tok(t - 1))) {
          const int m = actors_.mentionAtToken(t - 2);
          if (m >= 0 && !onto::isA(classOf(doc_.mentions[static_cast<std::size_t>(m)]), Class::MediaOutlet)) {
            if (auto node = actors_.actorOfMention(m, true))
              p = named(p, *node, classOf(doc_.mentions[static_cast<std::size_t>(m)]) == Class::Person);
          }
        }
        if (p.node && !owner.node) owner = p;
        continue;
      }
      if (!isSpeechVerb(w) || (!heading && startsUpper(tok(t)) && t != lo)) continue;
      q.speechCue = true;
      const bool gerund = isGerund(w);
      // Passive voice: the subject is not the speaker ("the plan was described as '...'"),
      // except for "X was quoted as saying".
      std::uint32_t f = t;
      while (f > lo && isVerbFiller(low(f - 1)) && !isPassiveAux(low(f - 1))) --f;
      const bool passive = f > lo && isPassiveAux(low(f - 1)) && w != "quoted" && !gerund;
      if (passive) return false;
      if (!gerund) {
        Pick p = subjectBeforeVerb(lo, t, heading);
        if (p.phrase || p.pronoun) {
          q.speaker = p;
          q.via = Via::Before;
          return true;
        }
      }
      // A gerund ("..., adding") or a verb after a conjunction ("but stressed"): the clause subject,
      // or the speaker of a quote earlier in the sentence ('"...," X said, adding that ...').
      if (auto subj = subjectOf(q.firstSentence); subj.pick.phrase || subj.pick.node) {
        if (subj.token < t) {
          q.speaker = subj.pick;
          q.via = Via::Subject;
          return true;
        }
      }
      for (auto it = quotes_.rbegin(); it != quotes_.rend(); ++it) {
        if (&*it == &q || it->openTok >= t || it->lastSentence != q.firstSentence) continue;
        if (it->speaker.node && it->via == Via::After) {
          q.speaker = it->speaker;
          q.via = Via::Subject;
          return true;
        }
      }
      return false;
    }
    if (owner.node) {
      q.speaker = owner;
      q.via = Via::Before;
      q.speechCue = true;
      return true;
    }
    return false;
  }

  void attribute(std::size_t i) {
    Quote& q = quotes_[i];
    const Sentence& first = sentence(q.firstSentence);
    q.naming = namingCue(q);
    if (q.naming) return;
    if (q.openTok > first.tokenBegin && (tok(q.openTok - 1) == ":" || tok(q.openTok - 1) == "\u2014"))
      q.speechCue = true;
    if (attributeAfter(q)) {
      q.speechCue = true;
      return;
    }
    if (attributeBefore(q)) return;
    const bool opensSentence = q.openTok == firstContentToken(q.firstSentence);
    if (opensSentence && i > 0 && endsSentence(q)) {
      // A quote that opens a sentence right after another quote goes on with the same speaker.
      const Quote& prev = quotes_[i - 1];
      if (prev.speaker.node && !prev.naming && prev.lastSentence + 1 >= q.firstSentence) {
        q.speaker = prev.speaker;
        q.via = Via::Continued;
        q.speechCue = true;
        return;
      }
    }
    if (!opensSentence) {
      if (auto subj = subjectOf(q.firstSentence); subj.pick.node && subj.token < q.openTok) {
        q.speaker = subj.pick;
        q.via = Via::Subject;
        for (std::uint32_t t = first.tokenBegin; t < q.openTok; ++t)
          if (!inQuote_[t] && isSpeechNoun(low(t))) q.speechCue = true;
      }
    }
  }

  /// True when nothing but punctuation follows the quote in its sentence.
  [[nodiscard]] bool endsSentence(const Quote& q) const {
    for (std::uint32_t t = q.afterTok; t < sentence(q.lastSentence).tokenEnd; ++t)
      if (hasAlpha(tok(t))) return false;
    return true;
  }

  [[nodiscard]] std::uint32_t firstContentToken(std::size_t s) const {
    std::uint32_t t = sentence(s).tokenBegin;
    while (t < sentence(s).tokenEnd && !hasAlpha(tok(t)) && !isQuoteMark(tok(t))) ++t;
    return t;
  }

  /// True when the words right before the quote make it a name or a title, not speech.
  [[nodiscard]] bool namingCue(const Quote& q) const {
    const std::uint32_t lo = sentence(q.firstSentence).tokenBegin;
    std::uint32_t t = q.openTok;
    if (t > lo && isComma(t - 1)) --t;  // "his book, 'X'"
    if (t <= lo) return false;
    const std::string w = low(t - 1);
    if (isNamingCue(w)) return true;
    if (w == "as" && t - 1 > lo && oneOf(low(t - 2), {"known", "referred", "billed"})) return true;
    if (oneOf(w, {"called", "labelled", "labeled", "termed"}) &&
        t - 1 > lo) {  // "a group called 'X'" names; "what they called 'X'" speaks
      const std::string before = low(t - 2);
      return !(isPersonPronoun(before) || isGroupPronoun(before) ||
               oneOf(before, {"what", "which", "who", "it", "them", "him", "her"}) ||
               actors_.mentionAtToken(t - 2) >= 0);
    }
    return false;
  }

  /// A quote without its own attribution that repeats words of an attributed one (a headline
  /// quoting the body) takes that speaker.
  void borrowSpeaker(std::size_t i) {
    Quote& q = quotes_[i];
    if (q.speaker.node || q.naming || q.speaker.phrase) return;
    std::vector<std::string> content;
    std::string cur;
    for (char c : lowerAscii(q.text) + " ") {
      if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
        cur.push_back(c);
      } else {
        if (cur.size() >= 3) content.push_back(cur);
        cur.clear();
      }
    }
    if (content.empty()) return;
    std::optional<std::uint32_t> found;
    bool person = false;
    for (std::size_t j = 0; j < quotes_.size(); ++j) {
      const Quote& o = quotes_[j];
      if (j == i || !o.speaker.node || o.via == Via::Echo) continue;
      const std::string hay = " " + lowerAscii(o.text) + " ";
      const bool all = std::all_of(content.begin(), content.end(),
                                   [&](const std::string& w) { return hay.find(w) != std::string::npos; });
      if (!all) continue;
      if (found && *found != *o.speaker.node) return;  // two speakers used those words
      found = o.speaker.node;
      person = o.speaker.person;
    }
    if (!found) return;
    q.speaker.node = found;
    q.speaker.person = person;
    q.via = Via::Echo;
    q.speechCue = true;
  }

  // ---------------------------------------------------------------- acceptance and output

  [[nodiscard]] bool allCapitalized(const Quote& q) const {
    int words = 0;
    for (std::uint32_t t = q.openTok + 1; t < q.innerEnd; ++t) {
      if (!hasAlpha(tok(t))) continue;
      ++words;
      const std::string l = low(t);
      if (!startsUpper(tok(t)) &&
          !oneOf(l, {"of", "the", "and",   "for",  "in",   "on",    "a",  "an",  "to", "from", "with",
                     "at", "by",  "about", "into", "over", "under", "as", "vs.", "or", "'s",   "\u2019s"}))
        return false;
    }
    return words >= 1;
  }

  /// Does the quote reproduce someone's words? Names, titles and scare quotes do not.
  bool accept(const Quote& q) {
    if (q.naming || q.words == 0) return false;
    if (!q.span.closed() && !q.speechCue) return false;  // more often a typo than a quote
    const bool heading = sentence(q.firstSentence).heading;
    if (q.speechCue) return heading || q.words >= 2 || q.via != Via::None || q.speaker.phrase || !allCapitalized(q);
    if (heading) return q.words >= 2 && q.speaker.node.has_value();
    if (allCapitalized(q)) return false;  // 'Operation Dawn', a film title
    if (q.words >= 4) return true;
    // A short quote without a speech cue is a scare quote, unless its sentence is about someone
    // whose words the article has been quoting.
    if (!q.speaker.node) return false;
    for (const auto& o : quotes_) {
      if (&o == &q || !o.accepted || !o.speaker.node || *o.speaker.node != *q.speaker.node) continue;
      if (o.firstSentence <= q.firstSentence && o.lastSentence + 3 >= q.firstSentence) return true;
    }
    return false;
  }

  static double confidence(const Quote& q) {
    double c = 0.6;
    switch (q.via) {
      case Via::After:
        c = 0.9;
        break;
      case Via::Before:
        c = 0.85;
        break;
      case Via::Subject:
        c = q.speechCue ? 0.75 : 0.65;
        break;
      case Via::Continued:
        c = 0.75;
        break;
      case Via::Echo:
        c = 0.7;
        break;
      case Via::None:
        c = 0.6;
        break;
    }
    if (q.speaker.pronoun) c -= 0.1;
    if (!q.span.closed()) c -= 0.1;
    return c;
  }

  static std::string label(const std::string& text) {
    constexpr int kWords = 8;
    std::string out;
    int n = 0;
    bool space = true;
    for (char c : text) {
      const bool sp = c == ' ' || c == '\n' || c == '\t';
      if (sp && !space && ++n == kWords) return out + "\u2026";
      if (!sp || !space) out.push_back(sp ? ' ' : c);
      space = sp;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  void emit() {
    struct Done {
      std::string text;
      std::optional<std::uint32_t> speaker;
      std::uint32_t node;
    };
    std::vector<Done> done;
    for (const Quote& q : quotes_) {
      if (!q.accepted) continue;
      // The same words by the same speaker twice (a headline repeated as a lead) are one quotation.
      const auto same = std::find_if(done.begin(), done.end(),
                                     [&](const Done& d) { return d.text == q.text && d.speaker == q.speaker.node; });
      std::uint32_t node = 0;
      if (same != done.end()) {
        node = same->node;
      } else {
        node = sink_.addFact(Class::Quotation, label(q.text), q.firstSentence, confidence(q), std::string(kExtractor));
        sink_.addEdge(node, Prop::text, Literal{q.text, Literal::Type::String});
        if (q.speaker.node) sink_.addEdge(node, Prop::speaker, *q.speaker.node);
        done.push_back({q.text, q.speaker.node, node});
      }
      for (std::size_t s = q.firstSentence; s <= q.lastSentence; ++s) sink_.addEvidence(node, s);
    }
  }

  FactSink& sink_;
  const Document& doc_;
  const Gazetteer& gaz_;
  ActorResolver actors_;
  RoleIndex roles_;            ///< "the foreign minister" -> the person holding that post
  std::vector<bool> inQuote_;  ///< tokens inside a quotation, marks included
  std::vector<bool> inTitle_;  ///< tokens of a person title
  std::vector<Quote> quotes_;
  std::vector<Salient> salient_;
};

}  // namespace

void extractQuotations(FactSink& sink, const Gazetteer& gaz) { QuotationExtractor(sink, gaz).run(); }

}  // namespace ng
