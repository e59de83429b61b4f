// Finding the actor behind a stretch of text, shared by the fact extractors: a named person or
// organization as itself; a country or its demonym ("Sudanese officials") as the country; a capital
// used for its government ("N'Djamena insisted") as the country, while the city stays a city.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/Gazetteer.h"
#include "extract/facts/FactSink.h"

namespace ng {

/// A lowercase word that may stand before a state's body named without its state: "the ruling
/// junta", "the military government", "the federal government".
[[nodiscard]] bool isStateBodyModifier(std::string_view w);

class ActorResolver {
 public:
  ActorResolver(FactSink& sink, const Gazetteer& gaz);

  /// Index of the mention covering token `t`, or -1.
  [[nodiscard]] int mentionAtToken(std::uint32_t t) const;
  /// Mentions whose first token lies in [b, e), in text order.
  [[nodiscard]] std::vector<int> mentionsIn(std::uint32_t b, std::uint32_t e) const;

  /// The actor a mention stands for. Places other than countries are actors only when
  /// `asGovernment` and they are a capital (then their country). Events are never actors.
  [[nodiscard]] std::optional<std::uint32_t> actorOfMention(int mention, bool asGovernment);

  /// The first actor named in tokens [b, e) (see actorOfMention).
  [[nodiscard]] std::optional<std::uint32_t> firstActorIn(std::uint32_t b, std::uint32_t e, bool asGovernment);
  /// Every actor named in tokens [b, e), without duplicates, in text order.
  [[nodiscard]] std::vector<std::uint32_t> actorsIn(std::uint32_t b, std::uint32_t e, bool asGovernment);

  /// The country the article reports from: that of the place of its dateline ("KANO, Nigeria,
  /// March 12 (Reuters) -", "PATTANI:"), when no other country is named more often in the
  /// article (a correspondent in Washington writing about another war has no home there; a tie
  /// goes to the dateline).
  /// nullopt without a dateline.
  [[nodiscard]] std::optional<std::uint32_t> homeCountry();
  /// The gazetteer's readings of a mention: of its canonical form when the finder gave one,
  /// else of its text.
  [[nodiscard]] std::vector<Gazetteer::Place> placesNamed(const Mention& m) const;
  /// True when `mention` names a place other than a country that the gazetteer knows only in
  /// countries other than the country node `country` ("In Caracas, ..." in a story from Guyana).
  [[nodiscard]] bool placeOutside(int mention, std::uint32_t country) const;
  /// The home country when the words at `t` name one of its state's own bodies without saying
  /// whose ("the army", "the military", "the government", "police", "the authorities", "the
  /// health ministry"): the state speaks for them, as "a spokesman for the X army" does. Sets
  /// `end` past the words. nullopt otherwise.
  [[nodiscard]] std::optional<std::uint32_t> unnamedStateBody(std::uint32_t t, std::uint32_t& end);
  /// The state whose `body` ("army", "junta"; with `ministry`, the "health" of "health ministry")
  /// the article means before token `before`: the one named with it before ("Sudan's army"),
  /// else homeCountry().
  [[nodiscard]] std::optional<std::uint32_t> stateOfBody(std::string_view body, bool ministry, std::uint32_t before);

  [[nodiscard]] FactSink& sink() { return sink_; }
  [[nodiscard]] const Gazetteer& gazetteer() const { return gaz_; }

 private:
  FactSink& sink_;
  const Gazetteer& gaz_;
  std::vector<int> mentionOfToken_;
  std::vector<std::pair<std::uint32_t, int>> byFirstToken_;  // (first token, mention), sorted: for mentionsIn()
  std::optional<std::optional<std::uint32_t>> home_;          // homeCountry(), once computed
  struct OwnedBody {
    std::uint32_t token;  // the body's word ("army", "ministry")
    std::string key;      // "army" (also for "military", "junta"), "health ministry", "police"...
    std::uint32_t node;   // the country named with it
  };
  std::optional<std::vector<OwnedBody>> ownedBodies_;         // for stateOfBody(), once computed
};

}  // namespace ng
