// The speech-act vocabulary of the statement extractor: the verbs and nouns English news uses to
// report accusations, demands and appeals, rejections, denials, criticism, threats, praise and
// support; the frame each verb's arguments follow; and the CAMEO 1.1b3 code of each act.
// General news vocabulary, compiled in: the fact extractors get the gazetteer but no data folder.
// Words are matched lowercased, with the typographic apostrophe folded to "'".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/Vocabulary.h"

namespace ng::speech {

/// Kinds of speech act. Appeal ("urge", "call on") is a softer demand: class ng:Demand, CAMEO 020.
/// Warn is a threat only when what is warned of is force ("warned of war").
enum class Act : std::uint8_t { Accuse, Demand, Appeal, Reject, Deny, Criticize, Threaten, Warn, Praise, Support };

/// How a verb's arguments follow it.
enum class Frame : std::uint8_t {
  ObjectOf,   ///< accuse Y of Z
  ObjectFor,  ///< blame / criticize / praise Y (for Z); blame Z on Y
  ObjectTo,   ///< urge / call on / press Y to Z; call for Z
  Clause,     ///< demand / insist / allege (that) Y Z; demand Z (of Y)
  Object,     ///< reject / deny / back Z
  Threat,     ///< threaten Y (with Z); threaten to Z
  Warn,       ///< warn (Y) of Z / warn (that) S
  Reciprocal, ///< trade / exchange accusations, threats ...
};

/// The inflection a verb was written in; -ing forms may be participles of the main clause.
enum class Form : std::uint8_t { Base, Third, Past, Gerund };

struct VerbMatch {
  Act act;
  Frame frame;
  Form form;
  std::size_t words;           ///< tokens the verb phrase spans ("called on" = 2)
  bool actorObjectOnly;        ///< ambiguous verbs ("slam", "blast", "ask") count only with an actor object
  std::string_view lemma;      ///< the base form ("call on")
};

/// The speech-act verb starting at `words[at]` (lowercased tokens), the longest phrase first.
[[nodiscard]] std::optional<VerbMatch> matchVerb(const std::vector<std::string>& words, std::size_t at);

/// Act named by a noun ("accusations", "demand", "insistence", "rebuke", "refusal"), or nullopt.
[[nodiscard]] std::optional<Act> nounAct(std::string_view word);

/// Verbs that report speech ("said", "claimed", "stated", "maintains") whose complement may
/// carry blame ("X said Y failed to ...").
[[nodiscard]] bool isReportingVerb(std::string_view word);
/// Predicates that put blame on their subject ("failed", "violated", "harboured", "sabotaged").
[[nodiscard]] bool isBlamePredicate(std::string_view word);
/// Words that make a warning or threat one of force ("war", "strikes", "retaliation").
[[nodiscard]] bool isForceWord(std::string_view word);
/// Nouns that name a statement another act can answer ("demand", "request", "accusation").
[[nodiscard]] std::optional<Act> answerableNoun(std::string_view word);

/// The ng: class of an act's node.
[[nodiscard]] onto::Class classOf(Act act);
/// CAMEO 1.1b3 code of an act, refined by words of its topic (lowercase) where CAMEO has a
/// sub-code for them: "accused of war crimes" 1124, "demanded a ceasefire" 107, "threatened
/// military strikes" 138.
[[nodiscard]] std::string cameoCode(Act act, std::string_view topic);
/// Verb for a node label: "accuses", "demands", "rejects" ...
[[nodiscard]] std::string_view labelVerb(Act act);

}  // namespace ng::speech
