#!/usr/bin/env bash
# Cross-validates the entity recognizer over all of GUM (train + dev + test, 160 documents):
# the documents, sorted by name (GUM names them by genre, so every fold gets every genre), are
# dealt round-robin into K folds; for each fold a recognizer is trained, as train-models.sh
# trains the shipped one (the other folds + wikigold, the shipped pos.model and the gazetteer,
# 12 epochs, seed 1), and scored on that fold (exact-span P/R/F1 per type, GUM's named mentions
# as defined in models/README.md). Shows how far the scores on the one GUM test split stand for
# the whole corpus. The shipped pos.model was trained on GUM train, so its tags on the folds
# drawn from GUM train are better than on unseen text: the figures are if anything optimistic.
#
# Usage: scripts/ner-crossval.sh [CORPORA_DIR] [K] [TRAIN_BINARY]
#   CORPORA_DIR   default: ../shared/corpora next to the repository
#   K             default: 5
#   TRAIN_BINARY  default: newsgraph-train from build/ or build-nlp/ (or $NEWSGRAPH_TRAIN)
# Environment: EPOCHS_NER (12), SEED (1). Writes its folds and models to a temporary directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="${1:-$root/../shared/corpora}"
folds="${2:-5}"
train="${3:-${NEWSGRAPH_TRAIN:-}}"
if [[ -z "$train" ]]; then
  for candidate in "$root/build/train/newsgraph-train" "$root/build-nlp/train/newsgraph-train"; do
    if [[ -x "$candidate" ]]; then train="$candidate"; break; fi
  done
fi
if [[ -z "$train" || ! -x "$train" ]]; then
  echo "ner-crossval.sh: newsgraph-train not found; build it (cmake --build build --target newsgraph-train)" >&2
  exit 2
fi
[[ "$folds" =~ ^[0-9]+$ && "$folds" -ge 2 ]] || { echo "ner-crossval.sh: K must be a number of at least 2" >&2; exit 2; }
gum="$corpora/gum"
wikigold="$corpora/wikigold/wikigold.conll.txt"
for f in "$gum/en_gum-ccby-train.conllu" "$gum/en_gum-ccby-dev.conllu" "$gum/en_gum-ccby-test.conllu" "$wikigold"; do
  [[ -f "$f" ]] || { echo "ner-crossval.sh: missing corpus file $f" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One line per document (its lines joined by \x01), sorted by the newdoc line, dealt into folds.
awk -v SEP=$'\x01' '
  /^# newdoc/ { if (doc != "") print doc; doc = $0; next }
  { doc = doc SEP $0 }
  END { if (doc != "") print doc }' \
  "$gum/en_gum-ccby-train.conllu" "$gum/en_gum-ccby-dev.conllu" "$gum/en_gum-ccby-test.conllu" |
  LC_ALL=C sort |
  awk -v K="$folds" -v DIR="$work" '
    { n = (NR - 1) % K
      for (f = 0; f < K; ++f) {
        out = DIR "/" (f == n ? "test" : "train") f ".conllu"
        gsub(/\x01/, "\n"); print > out } }
    END { print NR " documents in " K " folds" > "/dev/stderr" }'

echo "fold type gold pred P R F1"
for ((f = 0; f < folds; ++f)); do
  "$train" -q ner --train "$work/train$f.conllu" --wikigold "$wikigold" \
    --pos "$root/models/pos.model" --gazetteer "$root/data/gazetteer" \
    --test "$work/test$f.conllu" --epochs "${EPOCHS_NER:-12}" --seed "${SEED:-1}" --holdout-news 0 \
    -o "$work/ner$f.model" | awk -v F="$f" '$1 ~ /^(PER|ORG|LOC|EVENT|ALL)$/ { print F, $0 }'
done | tee "$work/scores"
# Micro-averaged over the folds: the sums of gold, predicted and correct names per type.
awk '$2 ~ /^(PER|ORG|LOC|EVENT|ALL)$/ {
       g[$2] += $3; p[$2] += $4; c[$2] += int($5 / 100 * $4 + 0.5) }
     END { for (t in g) { P = p[t] ? c[t] / p[t] : 0; R = g[t] ? c[t] / g[t] : 0
                          printf "all %s %d %d %.1f %.1f %.1f\n", t, g[t], p[t], 100 * P, 100 * R, (P + R) ? 200 * P * R / (P + R) : 0 } }' \
  "$work/scores" | LC_ALL=C sort -k2,2
