#!/bin/bash
# Every test (unit and end-to-end) under AddressSanitizer and UndefinedBehaviorSanitizer: builds an
# optimized tree (RelWithDebInfo, -O2 -g: the 1 MB and 50 MB input tests take minutes at -O0)
# with -DNEWSGRAPH_SANITIZE=ON into build-asan/ and runs ctest there. Any memory error, leak or
# undefined behaviour aborts the test that hit it, so the run fails. scripts/test.sh (and so CI)
# runs it after the plain test pass.
# Usage: scripts/sanitize.sh [ctest args...], e.g. scripts/sanitize.sh -E virtuoso
# NG_ASAN_DIR overrides the build folder (default build-asan/).
set -euo pipefail
NG_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$NG_ROOT/scripts/deps.sh"
ng_install "${NG_BUILD_PKGS[@]}" "${NG_TEST_PKGS[@]}"
SHARED=${NG_SHARED_DIR:-$NG_ROOT/../shared}
[ -d "$SHARED/tools" ] || { echo "newsgraph: $SHARED/tools not found (set NG_SHARED_DIR)" >&2; exit 2; }
"$SHARED/tools/rdf-validate.sh" --install
BUILD=${NG_ASAN_DIR:-$NG_ROOT/build-asan}
ng_build "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_SANITIZE=ON -DNG_SHARED_DIR="$SHARED"

# abort_on_error: a report ends the process with SIGABRT, which ctest counts as a failure even in
# scripts that only look at an exit status; halt_on_error does the same for UBSan.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD"
ctest --output-on-failure -j 2 --timeout 1800 "$@"
