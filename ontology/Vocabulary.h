// The newsgraph ontology as C++ values: every class and property of the public contract
// (../shared/ONTOLOGY.md) plus the few terms newsgraph adds. IRIs are built from these names,
// so a term is spelled in exactly one place.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ng::onto {

inline constexpr std::string_view kNs = "https://w3id.org/newsgraph/ontology#";

/// Classes, in contract order. Subclass relations are given by parent().
enum class Class : std::uint8_t {
  Article,
  Actor,
  Person,
  Organization,
  GovernmentBody,
  ArmedGroup,
  MediaOutlet,
  InternationalOrganization,
  Place,
  Country,
  Region,
  City,
  Border,
  Event,
  Negotiation,
  Ceasefire,
  Agreement,
  ArmedClash,
  Attack,
  Meeting,
  Takeover,  // added by newsgraph
  PrisonerExchange,  // added by newsgraph
  Statement,
  Accusation,
  Demand,
  Rejection,
  Criticism,
  Threat,
  Praise,   // added by newsgraph
  Support,  // added by newsgraph
  Denial,   // added by newsgraph
  Role,
  Quotation,
  CasualtyCount,
};
inline constexpr int kClassCount = static_cast<int>(Class::CasualtyCount) + 1;

/// Properties of the ng: namespace.
enum class Prop : std::uint8_t {
  mentionedIn,
  evidence,
  confidence,
  hasRole,
  holder,
  title,
  roleIn,
  spokespersonFor,
  leaderOf,
  memberOf,
  locatedIn,
  participant,
  mediator,
  location,
  date,
  startDate,
  endDate,
  agent,
  target,
  topic,
  accuses,
  demandsFrom,
  criticizes,
  threatens,
  rejects,
  cameoCode,
  speaker,
  text,
  killed,
  wounded,
  victims,
  side,
  reportedBy,
  ofEvent,
  connectedComponents,  // added by newsgraph: dataset statistics in void.ttl
  mostCentralActor,     // added by newsgraph
  degree,               // added by newsgraph
  month,                // added by newsgraph: an event the text dates only by its month (xsd:gYearMonth)
  year,                 // added by newsgraph: an event the text dates only by its year (xsd:gYear)
};
inline constexpr int kPropCount = static_cast<int>(Prop::year) + 1;

[[nodiscard]] std::string_view name(Class c);
[[nodiscard]] std::string_view name(Prop p);
[[nodiscard]] std::string iri(Class c);
[[nodiscard]] std::string iri(Prop p);
[[nodiscard]] std::optional<Class> classFromName(std::string_view localName);

/// Direct superclass inside ng:, or nullopt for top classes (Article, Actor, Place, Event, Role,
/// Quotation, CasualtyCount). Country has two parents (Place and Actor); parent() gives Place.
[[nodiscard]] std::optional<Class> parent(Class c);
/// True when c is sub (or equal to) super, following every parent including Country -> Actor.
[[nodiscard]] bool isA(Class c, Class super);
/// Classes whose instances are real-world things resolved across articles (actors, places, events
/// other than statements). Roles, quotations, statements and casualty counts are facts.
[[nodiscard]] bool isResolvable(Class c);

// Other vocabularies used in the output.
namespace iri_ {
inline constexpr std::string_view rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view rdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view skosAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
inline constexpr std::string_view owlSameAs = "http://www.w3.org/2002/07/owl#sameAs";
inline constexpr std::string_view provWasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";
inline constexpr std::string_view dctIdentifier = "http://purl.org/dc/terms/identifier";
inline constexpr std::string_view dctTitle = "http://purl.org/dc/terms/title";
inline constexpr std::string_view dctDate = "http://purl.org/dc/terms/date";
inline constexpr std::string_view dctPublisher = "http://purl.org/dc/terms/publisher";
inline constexpr std::string_view schemaUrl = "https://schema.org/url";
inline constexpr std::string_view xsdString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view xsdDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view xsdGYearMonth = "http://www.w3.org/2001/XMLSchema#gYearMonth";
inline constexpr std::string_view xsdGYear = "http://www.w3.org/2001/XMLSchema#gYear";
inline constexpr std::string_view xsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view xsdDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
}  // namespace iri_

/// Prefixes written at the top of every Turtle/TriG file, in this order.
struct Prefix {
  std::string_view name;
  std::string_view iri;
};
inline constexpr Prefix kPrefixes[] = {
    {"ng", kNs},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"schema", "https://schema.org/"},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
    {"void", "http://rdfs.org/ns/void#"},
};

}  // namespace ng::onto
