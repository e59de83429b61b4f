#!/bin/bash
# One command from a fresh Debian 12 machine to a knowledge graph of samples/:
# installs what is missing, builds newsgraph into build/, runs `newsgraph build samples -o out`.
# Usage: scripts/run.sh [OUT]   (default OUT: out)
set -euo pipefail
NG_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$NG_ROOT/scripts/deps.sh"
ng_install "${NG_BUILD_PKGS[@]}"
ng_build "$NG_ROOT/build"
out=${1:-out}
"$NG_ROOT/build/newsgraph" build "$NG_ROOT/samples" -o "$out"
echo "newsgraph: the graph of samples/ is in $out/ (graph.ttl, graph.trig, graph.nq, ontology.ttl)"
