#!/bin/bash
# One command that runs every test: installs what is missing (build and test tools, Virtuoso, the
# independent RDF parsers), builds into build/, and runs ctest (unit and end-to-end tests); then
# builds build-asan/ with AddressSanitizer and UndefinedBehaviorSanitizer and runs every test
# again there (scripts/sanitize.sh). NG_SKIP_SANITIZE=1 skips that second pass.
set -euo pipefail
NG_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$NG_ROOT/scripts/deps.sh"
ng_install "${NG_BUILD_PKGS[@]}" "${NG_TEST_PKGS[@]}"
SHARED=${NG_SHARED_DIR:-$NG_ROOT/../shared}
[ -d "$SHARED/tools" ] || { echo "newsgraph: $SHARED/tools not found (set NG_SHARED_DIR)" >&2; exit 2; }
"$SHARED/tools/rdf-validate.sh" --install  # N3.js from npm; the rest is installed above
ng_build "$NG_ROOT/build" -DNG_SHARED_DIR="$SHARED"
(cd "$NG_ROOT/build" && ctest --output-on-failure -j 2 --timeout 900)
if [ "${NG_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== the same tests under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh)"
  "$NG_ROOT/scripts/sanitize.sh"
fi
