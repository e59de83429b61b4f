#!/bin/bash
# The competency questions of docs/queries/*.rq, run over HTTP against a real Virtuoso loaded
# with the build of samples/; each must return the answer the sample articles give.
# With NG_ENDPOINT set, queries that endpoint instead (daily_runs.sh loads it day by day).
source "$(dirname "$0")/lib.sh" "$@"
if [ -n "${NG_ENDPOINT:-}" ]; then
  url=$NG_ENDPOINT
else
  command -v virtuoso-t >/dev/null || fail "virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)"
  "$BIN" -q build "$REPO/samples" -o "$WORK/out"
  port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  http=29190; while ! port_free "$http"; do http=$((http + 1)); done
  sql=21411; while ! port_free "$sql"; do sql=$((sql + 1)); done
  VDIR=$WORK/virtuoso
  cleanup_hooks+=("'$TOOLS/virtuoso-down.sh' --dir '$VDIR' >&2")
  url=$("$TOOLS/virtuoso-up.sh" --dir "$VDIR" --http-port "$http" --sql-port "$sql" --load "$WORK/out/graph.trig")
fi
Q=$REPO/docs/queries
run() {  # run FILE [SED]: the query's CSV result
  local q; q=$(sed "${2:-}" "$1")
  curl -sS --fail-with-body -H 'Accept: text/csv' --data-urlencode "query=$q" "$url"
}
has() {  # has NAME CSV REGEX: some row matches
  grep -Eq "$3" <<<"$2" || { echo "$2" | head -30 >&2; fail "$1: no row matching /$3/"; }
}
rows() { tail -n +2 <<<"$1" | grep -c . || true; }

r=$(run "$Q/mediators.rq"); echo "$r" | head -12
# Two rounds of talks in Istanbul (ended 28 October and 7 November), both mediated by Turkey and
# Qatar, and the ceasefire Qatar brokered on 19 October.
for m in Turkey Qatar; do
  has mediators "$r" "[Tt]alks\",\"$m\",\"Istanbul\",2025-11-07"
  has mediators "$r" "[Tt]alks\",\"$m\",\"Istanbul\",2025-10-28"
done
has mediators "$r" '"[Cc]easefire[^"]*","Qatar",[^,]*,2025-10-19'
pass "who mediated which talks, where, when"

r=$(run "$Q/spokespersons.rq"); echo "$r"
has spokespersons "$r" '^"Zabihullah Mujahid","(Afghanistan|Afghan Taliban|Taliban)"'
pass "who speaks for whom"

r=$(run "$Q/accusations.rq")
has accusations "$r" '^"Pakistan","(Afghanistan|Afghan Taliban|Taliban)"'
has accusations "$r" '^"(Afghanistan|Afghan Taliban|Taliban)","Pakistan"'
[ "$(rows "$r")" -ge 5 ] || fail "accusations: expected at least 5 rows, got $(rows "$r")"
pass "which actor accused which ($(rows "$r") accusations with evidence)"

r=$(run "$Q/ceasefire-dates.rq"); echo "$r"
has ceasefire-dates "$r" ',2025-10-19,'
pass "the dates of the ceasefire"

r=$(run "$Q/casualties.rq"); echo "$r"
has casualties "$r" '^"[^"]*",4,5,"civilians","Afghanistan"'
has casualties "$r" ',50,447,"civilians",'
has casualties "$r" ',23,29,"soldiers",'
[ "$(rows "$r")" -ge 6 ] || fail "casualties: expected at least 6 counts, got $(rows "$r")"
pass "casualty counts with their sources, kept apart"

r=$(run "$Q/quotations-of-person.rq" 's/"PERSON NAME"/"Zabihullah Mujahid" "Mujahid"/'); echo "$r" | head -5
[ "$(rows "$r")" -ge 4 ] || fail "quotations of one person: expected at least 4, got $(rows "$r")"
has quotations "$r" '"Afghanistan does not want insecurity in the region'
pass "all quotations of one person ($(rows "$r"))"
echo "competency_queries: 0 failed"
