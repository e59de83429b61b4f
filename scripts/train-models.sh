#!/usr/bin/env bash
# Retrains the statistical models (models/pos.model, models/ner.model) from the openly licensed
# corpora and prints their scores. Deterministic: the same corpora give the same model files.
#
# Usage: scripts/train-models.sh [CORPORA_DIR] [MODELS_DIR] [TRAIN_BINARY]
#   CORPORA_DIR   default: ../shared/corpora next to the repository
#   MODELS_DIR    default: models/ in the repository
#   TRAIN_BINARY  default: newsgraph-train from build/ or build-nlp/ (or $NEWSGRAPH_TRAIN)
# Environment: EPOCHS_POS (8), EPOCHS_NER (12), SEED (1), HOLDOUT_NEWS (4: every 4th GUM news
# document is held out of both models' training and scored on its own), POS_LEXICON (1: train
# the POS tagger with the English lexicon data/lexicon/english.tsv, as the shipped pos.model is;
# 0: without it, see models/README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="${1:-$root/../shared/corpora}"
models="${2:-$root/models}"
train="${3:-${NEWSGRAPH_TRAIN:-}}"
if [[ -z "$train" ]]; then
  for candidate in "$root/build/train/newsgraph-train" "$root/build-nlp/train/newsgraph-train" \
                   "$root/build/newsgraph-train" "$root/build-nlp/newsgraph-train"; do
    if [[ -x "$candidate" ]]; then train="$candidate"; break; fi
  done
fi
if [[ -z "$train" || ! -x "$train" ]]; then
  echo "train-models.sh: newsgraph-train not found; build it (cmake --build build --target newsgraph-train)" \
       "or pass its path as the third argument" >&2
  exit 2
fi

gum="$corpora/gum"
ewt="$corpora/ud-english-ewt"
wikigold="$corpora/wikigold/wikigold.conll.txt"
for f in "$gum/en_gum-ccby-train.conllu" "$ewt/en_ewt-ud-train.conllu" "$wikigold"; do
  [[ -f "$f" ]] || { echo "train-models.sh: missing corpus file $f" >&2; exit 2; }
done
mkdir -p "$models"
seed="${SEED:-1}"
holdout="${HOLDOUT_NEWS:-4}"

lexicon=()
if [[ "${POS_LEXICON:-1}" == 1 ]]; then
  [[ -f "$root/data/lexicon/english.tsv" ]] || { echo "train-models.sh: missing data/lexicon/english.tsv (scripts/make-lexicon.py)" >&2; exit 2; }
  lexicon=(--lexicon "$root/data/lexicon/english.tsv")
fi

echo "== POS tagger (EWT train + GUM train) -> $models/pos.model"
"$train" pos \
  --train "$ewt/en_ewt-ud-train.conllu" "$gum/en_gum-ccby-train.conllu" \
  --dev "$ewt/en_ewt-ud-dev.conllu" "$gum/en_gum-ccby-dev.conllu" \
  --epochs "${EPOCHS_POS:-8}" --seed "$seed" --holdout-news "$holdout" \
  "${lexicon[@]}" -o "$models/pos.model"

gazetteer=()
if [[ -d "$root/data/gazetteer" ]]; then gazetteer=(--gazetteer "$root/data/gazetteer"); fi

echo "== Entity recognizer (GUM train + wikigold) -> $models/ner.model"
"$train" ner \
  --train "$gum/en_gum-ccby-train.conllu" --wikigold "$wikigold" \
  --pos "$models/pos.model" "${gazetteer[@]}" \
  --dev "$gum/en_gum-ccby-dev.conllu" --test "$gum/en_gum-ccby-test.conllu" \
  --epochs "${EPOCHS_NER:-12}" --seed "$seed" --holdout-news "$holdout" \
  -o "$models/ner.model"

ls -l "$models/pos.model" "$models/ner.model"
