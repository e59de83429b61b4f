#!/bin/bash
# Graph-tool outputs of a build (GraphML, GEXF, DOT), the N-Triples file, the manifest, and
# `newsgraph render`, each checked by an independent tool: xmllint against the GraphML schema,
# Graphviz, serdi, Python's json (and NetworkX where it is installed).
source "$(dirname "$0")/lib.sh" "$@"
for tool in xmllint dot serdi python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/deps.sh installs it)"
done
out=$WORK/out

"$BIN" build "$REPO/samples" -o "$out" 2>"$WORK/log" || { cat "$WORK/log"; fail "build exited $?"; }
for f in graph.graphml graph.gexf graph.dot graph.nt manifest.json; do
  [ -s "$out/$f" ] || fail "missing or empty output $f"
done
ls "$out" | grep -q 'tmp' && fail "temporary files left in the output folder"
pass "graph.graphml, graph.gexf, graph.dot, graph.nt and manifest.json written"

# GraphML: valid against the GraphML 1.0 structure schema (a subset kept in tests/data/graphml,
# since no Debian package ships the schema and the test runs offline).
xmllint --noout --schema "$REPO/tests/data/graphml/graphml.xsd" "$out/graph.graphml" 2>"$WORK/xmllint.log" ||
  { cat "$WORK/xmllint.log"; fail "graph.graphml does not validate against the GraphML schema"; }
nodes=$(grep -c '<node id=' "$out/graph.graphml" || true)
edges=$(grep -c '<edge id=' "$out/graph.graphml" || true)
[ "$nodes" -ge 20 ] || fail "expected at least 20 nodes in graph.graphml, found $nodes"
[ "$edges" -ge 10 ] || fail "expected at least 10 edges in graph.graphml, found $edges"
grep -q '<data key="kind">accuses</data>' "$out/graph.graphml" || fail "no accusation edge in graph.graphml"
grep -q '<data key="kind">participant</data>' "$out/graph.graphml" || fail "no participant edge in graph.graphml"
pass "graph.graphml valid against the GraphML schema: $nodes nodes, $edges edges"

# GEXF: well-formed XML with the same nodes and edges.
xmllint --noout "$out/graph.gexf" || fail "graph.gexf is not well-formed XML"
grep -q "<nodes count=\"$nodes\">" "$out/graph.gexf" || fail "graph.gexf does not have the $nodes nodes of graph.graphml"
grep -q "<edges count=\"$edges\">" "$out/graph.gexf" || fail "graph.gexf does not have the $edges edges of graph.graphml"
pass "graph.gexf well-formed, same nodes and edges"

# An independent graph library reads both, where it is installed.
if python3 -c 'import networkx' 2>/dev/null; then
  python3 - "$out" "$nodes" "$edges" <<'EOF' || fail "NetworkX disagrees with the GraphML/GEXF files"
import sys, networkx as nx
out, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for name, g in (("graphml", nx.read_graphml(f"{out}/graph.graphml", force_multigraph=True)),
                ("gexf", nx.read_gexf(f"{out}/graph.gexf"))):
    assert g.number_of_nodes() == nodes, (name, g.number_of_nodes(), nodes)
    assert g.number_of_edges() == edges, (name, g.number_of_edges(), edges)
    for _, data in g.nodes(data=True):
        assert data.get("label") and data.get("type"), (name, data)
g = nx.read_graphml(f"{out}/graph.graphml", force_multigraph=True)
assert all(d["weight"] >= 1 and d["articles"] for _, _, d in g.edges(data=True))
EOF
  pass "NetworkX reads the same graph from graph.graphml and graph.gexf"
fi

# DOT: Graphviz renders the whole graph.
dot -Tsvg "$out/graph.dot" -o "$WORK/full.svg" 2>"$WORK/dot.log" || { cat "$WORK/dot.log"; fail "dot cannot render graph.dot"; }
grep -q '<svg' "$WORK/full.svg" || fail "dot produced no SVG from graph.dot"
dotnodes=$(grep -cE '^  "[^"]+" \[label=' "$out/graph.dot" || true)
[ "$dotnodes" = "$nodes" ] || fail "graph.dot has $dotnodes nodes, graph.graphml $nodes"
pass "graph.dot rendered by Graphviz ($dotnodes nodes)"

# N-Triples: the merged graph, the same triples as graph.ttl.
serdi -q -i ntriples -o ntriples "$out/graph.nt" >"$WORK/nt" || fail "serdi rejects graph.nt"
serdi -q -i turtle -o ntriples "$out/graph.ttl" | sort >"$WORK/ttl.sorted"
sort "$WORK/nt" >"$WORK/nt.sorted"
cmp -s "$WORK/nt.sorted" "$WORK/ttl.sorted" || fail "graph.nt and graph.ttl hold different triples"
triples=$(wc -l <"$out/graph.nt")
pass "graph.nt: $triples triples, the same as graph.ttl"

# Manifest: valid JSON with the inputs' SHA-256, the counts and the outputs.
python3 -m json.tool "$out/manifest.json" >/dev/null || fail "manifest.json is not valid JSON"
python3 - "$out" "$REPO/samples" "$triples" <<'EOF' || fail "manifest.json content is wrong"
import hashlib, json, os, sys
out, samples, triples = sys.argv[1], sys.argv[2], int(sys.argv[3])
m = json.load(open(f"{out}/manifest.json"))
assert m["version"] == "0.1.0", m["version"]
assert m["started"].endswith("Z") and "T" in m["started"], m["started"]
assert m["seconds"] >= 0 and m["threads"] >= 1
assert m["baseIri"] == "https://w3id.org/newsgraph/id/"
files = sorted(f for f in os.listdir(samples) if f.endswith((".txt", ".jsonl")))
assert len(m["inputs"]) == len(files), (len(m["inputs"]), files)
for i in m["inputs"]:
    data = open(i["path"], "rb").read()
    assert i["sha256"] == hashlib.sha256(data).hexdigest(), i["path"]
    assert i["bytes"] == len(data) and i["articles"] == len(i["ids"]) >= 1, i
c = m["counts"]
assert c["articles"] == sum(i["articles"] for i in m["inputs"]) == len(files), c
assert c["rejected"] == 0 and c["triples"] == triples and c["quads"] >= triples, c
assert c["entities"] == sum(c["entitiesPerClass"].values()) > 0, c
names = {o["path"] for o in m["outputs"]}
for f in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.graphml", "graph.gexf", "graph.dot"):
    assert f in names, (f, names)
for o in m["outputs"]:
    assert o["sha256"] == hashlib.sha256(open(f"{out}/{o['path']}", "rb").read()).hexdigest(), o
EOF
pass "manifest.json: inputs with SHA-256, counts and outputs"

# Determinism: reversed input order and another thread count give byte-identical files.
mapfile -t reversed < <(ls "$REPO"/samples/*.txt | sort -r)
"$BIN" -q build "${reversed[@]}" -o "$WORK/out2" -j 1
for f in graph.graphml graph.gexf graph.dot graph.nt; do
  cmp -s "$out/$f" "$WORK/out2/$f" || fail "$f differs between two runs (input order, threads)"
done
pass "graph formats byte-identical across input order and thread count"

# render: SVG and PNG of the main actors.
"$BIN" render "$out" -o "$WORK/pic.svg" 2>"$WORK/render.log" || { cat "$WORK/render.log"; fail "render to SVG failed"; }
grep -q '<svg' "$WORK/pic.svg" || fail "render wrote no SVG"
drawn=$(grep -c 'class="node"' "$WORK/pic.svg" || true)
[ "$drawn" -ge 5 ] && [ "$drawn" -le 40 ] || fail "expected 5 to 40 nodes in the picture, found $drawn"
"$BIN" -q render "$out" -o "$WORK/pic.png" --top 10 --layout sfdp || fail "render to PNG failed"
[ "$(head -c 8 "$WORK/pic.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "render wrote no PNG"
"$BIN" -q render "$out" -o "$WORK/pic.pdf" --top 5 --no-edge-labels || fail "render to PDF failed"
head -c 5 "$WORK/pic.pdf" | grep -q '%PDF-' || fail "render wrote no PDF"
pass "render: SVG ($drawn nodes), PNG and PDF"

# render errors: exit 2 for a usage error, 3 when Graphviz is missing; nothing replaced.
expect_exit() {  # expect_exit CODE MESSAGE CMD...
  local code=$1 msg=$2; shift 2
  set +e; "$@" 2>"$WORK/err.log"; local rc=$?; set -e
  [ "$rc" = "$code" ] || { cat "$WORK/err.log"; fail "expected exit $code from: $*; got $rc"; }
  grep -qF -- "$msg" "$WORK/err.log" || { cat "$WORK/err.log"; fail "no message containing: $msg"; }
}
mkdir -p "$WORK/empty"
expect_exit 2 "holds no graph" "$BIN" render "$WORK/empty" -o "$WORK/x.svg"
expect_exit 2 ".svg, .png or .pdf" "$BIN" render "$out" -o "$WORK/x.jpg"
expect_exit 2 "layout" "$BIN" render "$out" -o "$WORK/x.svg" --layout nosuch
cp "$WORK/pic.svg" "$WORK/keep.svg"
expect_exit 3 "apt-get install graphviz" env PATH=/nonexistent "$BIN" render "$out" -o "$WORK/pic.svg"
cmp -s "$WORK/pic.svg" "$WORK/keep.svg" || fail "a failed render replaced the picture"
ls "$WORK" | grep -q 'tmp' && fail "a failed render left a temporary file"
pass "render errors: clear messages, exit codes 2 and 3, nothing replaced"
echo "graph_formats: 0 failed"
