// Casualty counts: "at least 17 civilians were killed and 346 injured", "artillery fire that
// killed three Sudanese civilians", "50 civilians killed and 447 wounded, alongside 23 soldiers dead
// and 29 injured" (two counts). One ng:CasualtyCount per stated figure group, never summed;
// vague amounts ("dozens", "hundreds") stay absent and a statement without any number gives
// nothing.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/facts/Actors.h"
#include "ontology/Vocabulary.h"

namespace ng {

/// An event node the event extractor tied to a trigger word of a sentence.
struct SentenceEvent {
  std::uint32_t head = 0;  ///< token of the trigger noun
  onto::Class cls = onto::Class::Event;
  std::uint32_t node = 0;  ///< the event's node in the article graph
};

/// Adds casualty counts with ng:killed, ng:wounded, ng:victims, ng:side, ng:reportedBy and
/// ng:ofEvent. `events[s]` lists the event nodes of sentence s (may be shorter than the
/// sentence list).
void extractCasualties(ActorResolver& actors, const std::vector<std::vector<SentenceEvent>>& events);

}  // namespace ng
