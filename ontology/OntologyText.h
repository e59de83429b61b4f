#pragma once
#include <string_view>

namespace ng::onto {
/// The text of ontology/newsgraph.ttl as it was at build time (Turtle, UTF-8).
[[nodiscard]] std::string_view ontologyTurtle();
}  // namespace ng::onto
