// The fact extractors, run in this order by the pipeline after entities and coreference.
// Each reads the Document through the FactSink and adds fact nodes and edges to the article
// graph; each fact carries its evidence sentence and a confidence. Precision before recall:
// an extractor leaves out what it cannot support.
#pragma once

#include "extract/Gazetteer.h"
#include "extract/facts/FactSink.h"

namespace ng {

/// Roles and titles (ng:Role with holder/title/roleIn, ng:hasRole), ng:spokespersonFor,
/// ng:leaderOf, ng:memberOf, ng:locatedIn.
void extractRoles(FactSink& sink, const Gazetteer& gaz);

/// Events (talks, ceasefires, agreements, clashes, attacks, meetings and calls) with
/// participants, mediators, location and dates resolved against the article date; and casualty
/// counts (ng:CasualtyCount) tied to them where the text does.
void extractEvents(FactSink& sink, const Gazetteer& gaz);

/// Speech acts: accusations, demands, rejections, criticism, threats (and praise, support,
/// denial) as ng:Statement subclasses with agent, target, topic and CAMEO code, plus the
/// shortcut triples (ng:accuses, ng:demandsFrom, ng:criticizes, ng:threatens, ng:rejects).
void extractStatements(FactSink& sink, const Gazetteer& gaz);

/// Direct quotations with their speaker.
void extractQuotations(FactSink& sink, const Gazetteer& gaz);

}  // namespace ng
