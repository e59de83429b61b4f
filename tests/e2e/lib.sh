# Shared helpers for the end-to-end scripts. Usage: source lib.sh BIN REPO SHARED
set -euo pipefail
BIN=$1 REPO=$2 SHARED=$3
TOOLS=$SHARED/tools
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-e2e.XXXXXX")
cleanup_hooks=()
cleanup() { for h in "${cleanup_hooks[@]}"; do eval "$h" || true; done; rm -rf -- "$WORK"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
[ -x "$BIN" ] || fail "newsgraph binary not found: $BIN"
[ -d "$TOOLS" ] || fail "shared tools not found in $TOOLS (pass -DNG_SHARED_DIR=...)"
# Counts the triples of an RDF file with serdi (an independent parser).
count_triples() { serdi -q -i "$2" -o ntriples "$1" | wc -l; }
