#!/usr/bin/env bash
# The benchmark in one command (see README, "Benchmark"):
#   1. builds newsgraph and newsgraph-bench in Release (build-bench/, incremental);
#   2. generates corpora of 10, 50 and 100 MB of article text (bench/make-corpus.py) in $BENCH_DIR;
#   3. runs `newsgraph build` end to end on each with -j 1 and -j 2 under /usr/bin/time -v:
#      wall time, processor time, peak RSS; BENCH_RUNS rounds (default 3) over all of them, so the
#      runs of a row are minutes apart, and the report gives the fastest and the median of each;
#   4. runs newsgraph-bench on the 50 MB corpus with 1 and 2 threads: time per stage;
#   5. times serdi re-serializing the graph.nq, graph.ttl and graph.trig that newsgraph-bench
#      wrote, against newsgraph's own export of the same statements;
#   6. runs newsgraph-bench on single long articles of 0.25 to 2 MB: extraction time per word
#      should not grow with the length of an article;
#   7. writes bench/results.md (and prints it).
#
# Environment: BENCH_DIR (default /tmp/newsgraph-bench) for corpora and outputs,
# BENCH_BUILD (default build-bench), BENCH_SIZES (default "10 50 100"), BENCH_STAGE_SIZE
# (default 50), BENCH_THREADS (default "1 2"), BENCH_LONG (default "0.25 0.5 1 2", MB per
# article), BENCH_RUNS (default 3, rounds of end-to-end builds), BENCH_RESULTS (default
# bench/results.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BENCH_BUILD:-$ROOT/build-bench}"
DIR="${BENCH_DIR:-/tmp/newsgraph-bench}"
SIZES="${BENCH_SIZES:-10 50 100}"
STAGE_SIZE="${BENCH_STAGE_SIZE:-50}"
THREADS="${BENCH_THREADS:-1 2}"
LONG="${BENCH_LONG:-0.25 0.5 1 2}"
RESULTS="${BENCH_RESULTS:-$ROOT/bench/results.md}"
REPEAT=3
RUNS="${BENCH_RUNS:-3}"

for tool in cmake ninja python3 serdi /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (Debian: cmake ninja-build python3 serdi time)" >&2; exit 2; }
done

echo "== build (Release) in $BUILD"
if [[ ! -f "$BUILD/build.ninja" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$BUILD" newsgraph newsgraph-bench >/dev/null

mkdir -p "$DIR/results"
rm -f "$DIR"/results/*
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "start $(date -u +%Y-%m-%dT%H:%M:%SZ) load $(loadavg)" >"$DIR/results/machine.txt"

echo "== corpora in $DIR"
for mb in $SIZES $STAGE_SIZE; do
  corpus="$DIR/corpus-$mb.jsonl"
  if [[ ! -f "$corpus.meta.json" || "$corpus.meta.json" -ot "$ROOT/bench/make-corpus.py" ]]; then
    python3 "$ROOT/bench/make-corpus.py" --mb "$mb" -o "$corpus" >/dev/null
  fi
  echo "   $corpus: $(cat "$corpus.meta.json" | tr -d '\n ')"
done

echo "== newsgraph build, end to end ($RUNS rounds)"
for ((run = 1; run <= RUNS; ++run)); do
  for mb in $SIZES; do
    for j in $THREADS; do
      echo "   round $run: $mb MB, -j $j (load $(loadavg))"
      tag="build-$mb-j$j.r$run"
      echo "$(loadavg)" >"$DIR/results/$tag.load"
      /usr/bin/time -v -o "$DIR/results/$tag.time" \
        "$BUILD/newsgraph" -q build "$DIR/corpus-$mb.jsonl" -o "$DIR/out-$mb-j$j" -j "$j" ||
        echo "   newsgraph build exited with $? (see the table)" >&2
    done
  done
done

echo "== newsgraph-bench, per stage, $STAGE_SIZE MB"
for j in $THREADS; do
  echo "   -j $j (load $(loadavg))"
  echo "$(loadavg)" >"$DIR/results/stages-j$j.load"
  "$BUILD/bench/newsgraph-bench" "$DIR/corpus-$STAGE_SIZE.jsonl" --threads "$j" --out "$DIR/bench-out-j$j" \
    --export-repeat "$REPEAT" --json "$DIR/results/stages-j$j.json" | sed 's/^/   /'
done

# The bench runs the stages of extractArticle() one by one; its graph must be the build's.
first_j="${THREADS%% *}"
if [[ -d "$DIR/out-$STAGE_SIZE-j$first_j" ]]; then
  if cmp -s "$DIR/bench-out-j$first_j/graph.nq" "$DIR/out-$STAGE_SIZE-j$first_j/graph.nq"; then
    echo "same graph.nq as newsgraph build" >"$DIR/results/check.txt"
  else
    echo "graph.nq DIFFERS from newsgraph build's: newsgraph-bench no longer mirrors extractArticle()" | tee "$DIR/results/check.txt" >&2
  fi
fi

echo "== serdi re-serializing the same files (fastest of $REPEAT)"
out="$DIR/bench-out-j$first_j"
echo "$(loadavg)" >"$DIR/results/serdi.load"
for spec in "graph.nq nquads" "graph.ttl turtle" "graph.trig trig"; do
  set -- $spec
  for ((r = 0; r < REPEAT; ++r)); do
    /usr/bin/time -f '%e %U %S' -a -o "$DIR/results/serdi-$1.time" \
      serdi -i "$2" -o "$2" "$out/$1" >"$DIR/serdi-copy-$1"
  done
done
rm -f "$DIR"/serdi-copy-*
echo "== single long articles"
for mb in $LONG; do
  corpus="$DIR/long-$mb.jsonl"
  if [[ ! -f "$corpus.meta.json" || "$corpus.meta.json" -ot "$ROOT/bench/make-corpus.py" ]]; then
    python3 "$ROOT/bench/make-corpus.py" --mb "$mb" --single-article -o "$corpus" >/dev/null
  fi
  echo "   $mb MB (load $(loadavg))"
  "$BUILD/bench/newsgraph-bench" "$corpus" --threads 1 --out "$DIR/long-out" --export-repeat 1 \
    --json "$DIR/results/long-$mb.json" >/dev/null
done

echo "end $(date -u +%Y-%m-%dT%H:%M:%SZ) load $(loadavg)" >>"$DIR/results/machine.txt"

python3 "$ROOT/bench/report.py" "$DIR" "$SIZES" "$STAGE_SIZE" "$THREADS" "$LONG" >"$RESULTS"
cat "$RESULTS"
echo "written to $RESULTS"
