#include "ontology/Vocabulary.h"

#include <array>

namespace ng::onto {
namespace {

constexpr std::array<std::string_view, kClassCount> kClassNames = {
    "Article",     "Actor",        "Person",     "Organization", "GovernmentBody",
    "ArmedGroup",  "MediaOutlet",  "InternationalOrganization",  "Place",
    "Country",     "Region",       "City",       "Border",       "Event",
    "Negotiation", "Ceasefire",    "Agreement",  "ArmedClash",   "Attack",
    "Meeting",     "Takeover",     "PrisonerExchange", "Statement",    "Accusation", "Demand",       "Rejection",
    "Criticism",   "Threat",       "Praise",     "Support",      "Denial",
    "Role",        "Quotation",    "CasualtyCount",
};

constexpr std::array<std::string_view, kPropCount> kPropNames = {
    "mentionedIn", "evidence",    "confidence", "hasRole",    "holder",     "title",
    "roleIn",      "spokespersonFor", "leaderOf", "memberOf", "locatedIn",  "participant",
    "mediator",    "location",    "date",       "startDate",  "endDate",    "agent",
    "target",      "topic",       "accuses",    "demandsFrom", "criticizes", "threatens",
    "rejects",     "cameoCode",   "speaker",    "text",       "killed",     "wounded",
    "victims",     "side",        "reportedBy", "ofEvent",    "connectedComponents",
    "mostCentralActor", "degree", "month", "year",
};

}  // namespace

std::string_view name(Class c) { return kClassNames.at(static_cast<std::size_t>(c)); }
std::string_view name(Prop p) { return kPropNames.at(static_cast<std::size_t>(p)); }
std::string iri(Class c) { return std::string(kNs) + std::string(name(c)); }
std::string iri(Prop p) { return std::string(kNs) + std::string(name(p)); }

std::optional<Class> classFromName(std::string_view localName) {
  for (int i = 0; i < kClassCount; ++i) {
    if (kClassNames[static_cast<std::size_t>(i)] == localName) return static_cast<Class>(i);
  }
  return std::nullopt;
}

std::optional<Class> parent(Class c) {
  switch (c) {
    case Class::Person:
    case Class::Organization: return Class::Actor;
    case Class::GovernmentBody:
    case Class::ArmedGroup:
    case Class::MediaOutlet:
    case Class::InternationalOrganization: return Class::Organization;
    case Class::Country:
    case Class::Region:
    case Class::City:
    case Class::Border: return Class::Place;
    case Class::Negotiation:
    case Class::Ceasefire:
    case Class::Agreement:
    case Class::ArmedClash:
    case Class::Attack:
    case Class::Meeting:
    case Class::Takeover:
    case Class::PrisonerExchange:
    case Class::Statement: return Class::Event;
    case Class::Accusation:
    case Class::Demand:
    case Class::Rejection:
    case Class::Criticism:
    case Class::Threat:
    case Class::Praise:
    case Class::Support: return Class::Statement;
    case Class::Denial: return Class::Rejection;
    default: return std::nullopt;
  }
}

bool isA(Class c, Class super) {
  if (c == Class::Country && super == Class::Actor) return true;
  for (std::optional<Class> k = c; k; k = parent(*k)) {
    if (*k == super) return true;
  }
  return false;
}

bool isResolvable(Class c) {
  if (isA(c, Class::Statement)) return false;
  return isA(c, Class::Actor) || isA(c, Class::Place) || isA(c, Class::Event);
}

}  // namespace ng::onto
