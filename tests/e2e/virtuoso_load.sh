#!/bin/bash
# Loads the build of samples/ into a real Virtuoso and queries it over HTTP with SPARQL.
source "$(dirname "$0")/lib.sh" "$@"
command -v virtuoso-t >/dev/null || fail "virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)"
"$BIN" -q build "$REPO/samples" -o "$WORK/out"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http=28990; while ! port_free "$http"; do http=$((http + 1)); done
sql=21211; while ! port_free "$sql"; do sql=$((sql + 1)); done
VDIR=$WORK/virtuoso
cleanup_hooks+=("'$TOOLS/virtuoso-down.sh' --dir '$VDIR' >&2")
url=$("$TOOLS/virtuoso-up.sh" --dir "$VDIR" --http-port "$http" --sql-port "$sql" --load "$WORK/out/graph.trig")
pass "graph.trig bulk-loaded into Virtuoso at $url"

sparql() {
  curl -sS --fail-with-body -H 'Accept: text/csv' --data-urlencode "query=$1" "$url"
}
q_articles='PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id WHERE { GRAPH ?g { ?a a ng:Article ; dcterms:identifier ?id . FILTER(?g = ?a) } } ORDER BY ?id'
sparql "$q_articles" >"$WORK/articles.csv"
cat "$WORK/articles.csv"
n=$(tail -n +2 "$WORK/articles.csv" | grep -c . || true)
[ "$n" = 5 ] || fail "expected 5 articles each in its own named graph, got $n"
for f in "$REPO"/samples/*.txt; do grep -qF "\"$(basename "$f")\"" "$WORK/articles.csv" || fail "article $(basename "$f") missing"; done

q_entities='PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label (COUNT(DISTINCT ?art) AS ?n) WHERE { GRAPH ?g { ?e a ng:Country ; rdfs:label ?label ; ng:mentionedIn ?art } }
GROUP BY ?label ORDER BY DESC(?n) ?label'
sparql "$q_entities" >"$WORK/entities.csv"
cat "$WORK/entities.csv"
grep -q '^"Pakistan",5$' "$WORK/entities.csv" || fail "expected the country Pakistan mentioned in all 5 articles"
grep -q '^"Afghanistan",5$' "$WORK/entities.csv" || fail "expected the country Afghanistan mentioned in all 5 articles"
pass "SPARQL over HTTP returns the articles and the entities"
echo "virtuoso_load: 0 failed"
