#!/bin/bash
# Daily runs: day 1 (three sample articles) and day 2 (the other two) with --state; day-1 IRIs stay
# unchanged, the delta is exactly the difference, and loading day 1 then day 2's delta into a real
# Virtuoso leaves the endpoint holding exactly the full day-2 graph. Then a changed and a retracted
# article, and a run killed before its commit.
source "$(dirname "$0")/lib.sh" "$@"
command -v virtuoso-t >/dev/null || fail "virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)"
mkdir -p "$WORK/day1" "$WORK/day2"
mapfile -t all < <(ls "$REPO"/samples/*.txt | sort)
cp "${all[0]}" "${all[1]}" "${all[2]}" "$WORK/day1/"
cp "${all[3]}" "${all[4]}" "$WORK/day2/"
state=$WORK/state

"$BIN" -q build "$WORK/day1" -o "$WORK/out1" --state "$state" || fail "day 1 failed"
"$BIN" build "$WORK/day2" -o "$WORK/out2" --state "$state" 2>"$WORK/log2" || { cat "$WORK/log2"; fail "day 2 failed"; }
grep -q "2 article(s) extracted, 3 from earlier runs" "$WORK/log2" || { cat "$WORK/log2"; fail "day 2 should extract only the 2 new articles"; }

nq() { serdi -q -i nquads -o nquads "$1" | LC_ALL=C sort -u; }
# The full day-2 graph holds what a fresh build of all five articles holds (IRIs may differ:
# day 1's are kept), apart from owl:sameAs links from IRIs that day 2's evidence merged away.
sameas='<http://www.w3.org/2002/07/owl#sameAs>'
"$BIN" -q build "$REPO/samples" -o "$WORK/fresh"
grep -q -F "$sameas" "$WORK/fresh/graph.nq" && fail "a build without --state has owl:sameAs links"
n_fresh=$(nq "$WORK/fresh/graph.nq" | wc -l)
n_day2=$(nq "$WORK/out2/graph.nq" | grep -v -F " $sameas " | wc -l)
[ "$n_fresh" = "$n_day2" ] || fail "day 2's full graph has $n_day2 quads (without owl:sameAs), a fresh build $n_fresh"
subjects() { serdi -q -i nquads -o nquads "$1" | cut -d' ' -f1 | grep -v '/fact/' | LC_ALL=C sort -u; }
# Every IRI of day 1 is still there on day 2: things keep their IRIs, and a thing merged into
# another by day 2's evidence keeps its IRI as the subject of owl:sameAs to the one it joined.
missing=$(LC_ALL=C comm -23 <(subjects "$WORK/out1/graph.nq") <(subjects "$WORK/out2/graph.nq") | wc -l)
[ "$missing" = 0 ] || { LC_ALL=C comm -23 <(subjects "$WORK/out1/graph.nq") <(subjects "$WORK/out2/graph.nq") | head; fail "$missing day-1 IRIs changed on day 2"; }
while read -r former _ target _; do
  [ "$former" != "$target" ] || fail "owl:sameAs from $former to itself"
  grep -q "^$target <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " "$WORK/out2/graph.nq" || fail "owl:sameAs to $target, which has no type"
  grep -q "^$former <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " "$WORK/out2/graph.nq" && fail "$former is both merged away and a thing"
done < <(grep -F " $sameas " "$WORK/out2/graph.nq")
pass "day-1 IRIs unchanged on day 2 ($(grep -c -F " $sameas " "$WORK/out2/graph.nq" || true) owl:sameAs quads for IRIs merged away)"

# The delta is exactly the difference between the two full graphs.
LC_ALL=C comm -13 <(nq "$WORK/out1/graph.nq") <(nq "$WORK/out2/graph.nq") >"$WORK/expect_added"
LC_ALL=C comm -23 <(nq "$WORK/out1/graph.nq") <(nq "$WORK/out2/graph.nq") >"$WORK/expect_removed"
cmp -s "$WORK/expect_added" <(nq "$WORK/out2/delta/added.nq") || fail "delta/added.nq is not day 2 minus day 1"
cmp -s "$WORK/expect_removed" <(nq "$WORK/out2/delta/removed.nq") || fail "delta/removed.nq is not day 1 minus day 2"
[ -s "$WORK/out2/delta/added.nq" ] || fail "day 2 added nothing"
pass "delta is exactly the difference ($(wc -l <"$WORK/expect_added") added, $(wc -l <"$WORK/expect_removed") removed)"

# Load day 1, then day 2's delta, into Virtuoso; the endpoint then holds exactly day 2.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http=29090; while ! port_free "$http"; do http=$((http + 1)); done
sql=21311; while ! port_free "$sql"; do sql=$((sql + 1)); done
VDIR=$WORK/virtuoso
cleanup_hooks+=("'$TOOLS/virtuoso-down.sh' --dir '$VDIR' >&2")
url=$("$TOOLS/virtuoso-up.sh" --dir "$VDIR" --http-port "$http" --sql-port "$sql")
update=${url%/sparql}/sparql-auth
"$BIN" load "$WORK/out1" --endpoint "$update" --user dba --password dba --chunk 300 || fail "loading day 1 failed"
"$BIN" load "$WORK/out2" --delta --endpoint "$update" --user dba --password dba || fail "loading day 2's delta failed"
# Dump every article graph from the endpoint as N-Triples and compare with day 2's graph.nq.
: >"$WORK/endpoint.nq"
for g in $(sed -nE 's/.* (<[^>]*>) \.$/\1/p' "$WORK/out2/graph.nq" | LC_ALL=C sort -u); do
  curl -sS --fail-with-body -H 'Accept: application/n-triples' \
    --data-urlencode "query=CONSTRUCT { ?s ?p ?o } WHERE { GRAPH $g { ?s ?p ?o } }" "$url" |
    sed -E "s| \.\$| $g .|" >>"$WORK/endpoint.nq"
done
norm() {  # Virtuoso writes xsd:decimal 0.80 as 0.8 and may return plain literals as xsd:string
  sed -E 's/"([0-9]+\.[0-9]*[1-9])0+"\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#decimal>/"\1"^^<http:\/\/www.w3.org\/2001\/XMLSchema#decimal>/g;
          s/"([0-9]+)\.0+"\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#decimal>/"\1"^^<http:\/\/www.w3.org\/2001\/XMLSchema#decimal>/g;
          s/\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#string>//g' | LC_ALL=C sort -u
}
nq "$WORK/endpoint.nq" >"$WORK/endpoint.sorted.nq"  # the same serializer on both sides
n_end=$(norm <"$WORK/endpoint.sorted.nq" | wc -l)
n_day2=$(nq "$WORK/out2/graph.nq" | norm | wc -l)
if ! cmp -s <(norm <"$WORK/endpoint.sorted.nq") <(nq "$WORK/out2/graph.nq" | norm); then
  diff <(norm <"$WORK/endpoint.sorted.nq") <(nq "$WORK/out2/graph.nq" | norm) | head -20
  fail "the endpoint ($n_end quads) does not hold exactly the day-2 graph ($n_day2 quads)"
fi
pass "after day 1 + day 2's delta the endpoint holds exactly the day-2 graph ($n_day2 quads)"
NG_ENDPOINT=$url bash "$(dirname "$0")/competency_queries.sh" "$BIN" "$REPO" "$SHARED" >"$WORK/cq.log" 2>&1 ||
  { cat "$WORK/cq.log"; fail "the competency queries fail on the endpoint loaded day by day"; }
pass "the competency queries answer on the endpoint loaded day by day"

# A changed article replaces its facts; a retracted one disappears; unchanged ones are not extracted.
changed=$WORK/day3/$(basename "${all[0]}")
mkdir -p "$WORK/day3"
{ cat "${all[0]}"; printf '\nThe Kenyan President William Ruto said on Monday that talks would resume in Nairobi.\n'; } >"$changed"
"$BIN" build "$WORK/day3" -o "$WORK/out3" --state "$state" --retract "$(basename "${all[4]}")" 2>"$WORK/log3" ||
  { cat "$WORK/log3"; fail "day 3 failed"; }
grep -q "changed since the last run" "$WORK/log3" || fail "the changed article was not detected"
grep -q "1 article(s) extracted, 3 from earlier runs" "$WORK/log3" || { cat "$WORK/log3"; fail "day 3 should extract only the changed article"; }
grep -qF "William Ruto" "$WORK/out3/graph.ttl" || fail "the changed article's new content is missing"
n=$(serdi -q -i turtle -o ntriples "$WORK/out3/graph.ttl" | grep -c 'ontology#Article>' || true)
[ "$n" = 4 ] || fail "expected 4 articles after retracting one, found $n"
grep -qF "$(basename "${all[4]}")" "$WORK/out3/delta/removed.nq" || fail "the retracted article's quads are not in the delta"
pass "changed article re-extracted, retracted article removed"

# A run that dies before its commit leaves the previous state usable: simulate by making the
# output folder unwritable for the state commit (a file where delta/ should go).
cp -r "$state" "$WORK/state.before"
mkdir -p "$WORK/out4" && : >"$WORK/out4/delta"
set +e
"$BIN" -q build "$WORK/day3" -o "$WORK/out4" --state "$state" 2>/dev/null
code=$?
set -e
[ "$code" = 3 ] || fail "a failed run should exit 3, got $code"
ls -A "$WORK/out4" | grep -q 'newsgraph-work' && fail "a failed run left its scratch folder"
diff -r "$state" "$WORK/state.before" >/dev/null || fail "a failed run changed the state"
"$BIN" -q build "$WORK/day3" -o "$WORK/out5" --state "$state" || fail "the state is not usable after a failed run"
pass "a failed run leaves the previous state intact and usable"
echo "daily_runs: 0 failed"
