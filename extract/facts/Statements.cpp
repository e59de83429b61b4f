#include "extract/facts/Extractors.h"

namespace ng {

void extractStatements(FactSink& sink, const Gazetteer& gaz) {
  (void)sink;
  (void)gaz;
}

}  // namespace ng
