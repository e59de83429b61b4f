#!/bin/bash
# Bad inputs: each gets a clear message naming the file (and line), the other articles are still
# processed, the exit code is 1, the outputs stay valid RDF, and a failed run replaces nothing.
source "$(dirname "$0")/lib.sh" "$@"
in=$WORK/in
mkdir -p "$in/sub"
printf 'Title: A good article\nDate: 2024-03-02\n\nThe Kenyan President William Ruto met officials in Nairobi on Monday.\n' >"$in/good.txt"
printf 'Caf\xe9 society in Lisbon \xff\xfe.\n' >"$in/latin1.txt"
printf 'abc\0\0\0\x01\x02binary' >"$in/binary.txt"
: >"$in/empty.txt"
printf 'notes that are not articles\n' >"$in/sub/notes.md"
{
  printf '{"id":"j1","title":"Talks in Geneva","date":"2024-01-05","source":"Wire","url":"https://example.org/a b","text":"Delegates met in Geneva on Friday."}\n'
  printf '{"id":"j2","text": "broken\n'
  printf '{"id":"j3","title":42,"text":"Wrong type for title."}\n'
  printf '[1,2,3]\n'
  printf '{"id":"j<4>{|}^`\\\\ \\"x\\"","title":"Illegal <IRI> chars \\"{}|^`\\\\","text":"The Sudanese army said \\"we will not retreat\\" in Khartoum."}\n'
  printf '{"id":"j5","text":"Nothing after this"}\n'
  printf '{"id":"j1","text":"A second article with the id of the first."}\n'
} >"$in/feed.jsonl"

set +e
"$BIN" build "$in" -o "$WORK/out" 2>"$WORK/log"
code=$?
set -e
cat "$WORK/log"
[ "$code" = 1 ] || fail "expected exit code 1 when inputs are rejected, got $code"
expect() { grep -qF -- "$1" "$WORK/log" || fail "no message containing: $1"; }
expect "latin1.txt: invalid UTF-8 at byte 3"
expect "binary.txt: binary data"
expect "empty.txt: empty file"
expect "feed.jsonl:2: broken JSON"
expect "feed.jsonl:3: field \"title\" must be a string"
expect "feed.jsonl:4: expected a JSON object"
expect "feed.jsonl:7: duplicate article id \"j1\""
expect "notes.md: not a .txt or .jsonl file, skipped"
pass "every bad input named with its problem"

n=$(serdi -q -i turtle -o ntriples "$WORK/out/graph.ttl" | grep -c 'ontology#Article>' || true)
[ "$n" = 4 ] || fail "expected the 4 good articles (good.txt, j1, j4, j5) in the output, found $n"
for f in graph.ttl graph.trig graph.nq; do
  serdi -q -i "$(case $f in *.ttl) echo turtle;; *.trig) echo trig;; *) echo nquads;; esac)" -o ntriples "$WORK/out/$f" >/dev/null ||
    fail "$f is not valid RDF"
done
skip=(); [ "${CI:-}" = true ] || skip=(--skip-missing)
"$TOOLS/rdf-validate.sh" "${skip[@]}" --quiet "$WORK/out/graph.ttl" "$WORK/out/graph.trig" "$WORK/out/graph.nq" ||
  fail "output with hostile characters rejected by a parser"
grep -qF 'Illegal <IRI> chars' "$WORK/out/graph.ttl" || fail "the title with illegal IRI characters was lost"
pass "good articles kept, output valid with hostile ids and titles"

# A run that fails (bad base IRI) exits 2 and leaves the earlier outputs as they were.
sum_before=$(cat "$WORK/out"/graph.* | md5sum)
set +e
"$BIN" build "$in/good.txt" -o "$WORK/out" --base 'http://bad base/' 2>"$WORK/log2"
code=$?
set -e
[ "$code" = 2 ] || fail "expected exit code 2 for a bad --base, got $code"
grep -qF "base IRI" "$WORK/log2" || fail "no message about the base IRI"
[ "$(cat "$WORK/out"/graph.* | md5sum)" = "$sum_before" ] || fail "a failed run changed the earlier outputs"
ls "$WORK/out" | grep -q tmp && fail "temporary files left behind"
pass "a failed run leaves the previous outputs intact"

# Usage errors exit 2; a missing input is a rejected input (exit 1) that names the path.
set +e
"$BIN" build 2>/dev/null; [ $? = 2 ] || fail "missing arguments should exit 2"
"$BIN" frobnicate 2>/dev/null; [ $? = 2 ] || fail "an unknown subcommand should exit 2"
"$BIN" build "$WORK/nope.txt" "$in/good.txt" -o "$WORK/out3" 2>"$WORK/log3"; code=$?
set -e
[ "$code" = 1 ] || fail "a missing input file should exit 1, got $code"
grep -qF "nope.txt: no such file or folder" "$WORK/log3" || fail "missing file not named"
pass "usage errors exit 2, missing inputs exit 1"
echo "bad_inputs: 0 failed"
