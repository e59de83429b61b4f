# Writes OUT, a C++ file defining ng::onto::ontologyTurtle() that returns the bytes of IN.
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUT} "// Generated from ontology/newsgraph.ttl; do not edit.\n"
  "#include \"ontology/OntologyText.h\"\n"
  "namespace ng::onto {\n"
  "namespace { constexpr unsigned char kText[] = {${bytes} 0x00}; }\n"
  "std::string_view ontologyTurtle() {\n"
  "  return {reinterpret_cast<const char*>(kText), sizeof(kText) - 1};\n"
  "}\n}  // namespace ng::onto\n")
