#include "extract/facts/Extractors.h"

namespace ng {

void extractQuotations(FactSink& sink, const Gazetteer& gaz) {
  (void)sink;
  (void)gaz;
}

}  // namespace ng
