#!/usr/bin/env python3
"""Builds a JSON Lines corpus of news-like articles of a given size for the benchmark.

The text comes from the sentences of the training corpora (the "# text =" lines of the GUM and
UD English Web Treebank CoNLL-U files), grouped by document into articles: a GUM document is one
article, consecutive short EWT documents are joined until an article has a few kilobytes.
Identifiers and publication dates are synthetic.

The corpora hold about 2 MB of text, so larger corpora repeat it in passes. Pass 0 keeps the
original names; every later pass renames the proper nouns (PROPN words other than country, city,
region, demonym, title, organization-cue and calendar words) to a synthetic name chosen by
(word, pass modulo --name-variants). The number of distinct names therefore grows with the
corpus for --name-variants passes, then stays put: corpora of 50 and 100 MB have the same
entities and differ only in the amount of text, which is what the memory figures compare.

The output is deterministic: the same arguments give the same bytes.

    bench/make-corpus.py --mb 50 -o /tmp/corpus-50.jsonl [--corpora DIR] [--name-variants N] [--single-article]

--single-article writes the same text as one article, to time extraction on one long text.

Besides the corpus it writes OUT.meta.json: articles, words (whitespace-separated, as `wc -w`
counts them in the article texts), text bytes, passes, distinct names.
"""

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONLLU = [
    "gum/en_gum-ccby-train.conllu",
    "gum/en_gum-ccby-dev.conllu",
    "gum/en_gum-ccby-test.conllu",
    "ud-english-ewt/en_ewt-ud-train.conllu",
    "ud-english-ewt/en_ewt-ud-dev.conllu",
    "ud-english-ewt/en_ewt-ud-test.conllu",
]
MIN_ARTICLE_BYTES = 2000  # EWT documents are often a single sentence; news articles are 2-50 KB
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh",
          "sh", "tr", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]
CODAS = ["", "", "n", "r", "l", "s", "m", "k"]


def load_protected_words(data_dir):
    """Words that must keep their spelling so that places, titles and dates stay recognizable."""
    words = set(CALENDAR)
    columns = {"countries.tsv": 1, "cities.tsv": 0, "regions.tsv": 0, "demonyms.tsv": 0,
               "subdivisions.tsv": 1, "titles.tsv": 0, "orgcues.tsv": 0}
    for name, col in columns.items():
        path = data_dir / "gazetteer" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) <= col:
                    continue
                parts = fields[col].lower().split()
                # Every word of a country or region name ("United", "Kingdom"); of the long
                # city list only one-word names, or "Eau Claire" would protect "Claire".
                if len(parts) == 1 or name != "cities.tsv":
                    words.update(parts)
    return words


def read_documents(corpora):
    """Yields (doc_id, title, paragraphs, propn_words) per CoNLL-U document."""
    for rel in CONLLU:
        path = corpora / rel
        if not path.exists():
            sys.exit(f"make-corpus: cannot read {path}")
        doc_id, title, paragraphs, propn = None, "", [], set()
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("# newdoc id = "):
                    if doc_id is not None and paragraphs:
                        yield doc_id, title, paragraphs, propn
                    doc_id, title, paragraphs, propn = line[14:].strip(), "", [], set()
                elif line.startswith("# meta::title = "):
                    title = line[16:].strip()
                elif line.startswith("# newpar") and not line.startswith("# newpar_"):
                    paragraphs.append([])
                elif line.startswith("# text = "):
                    if not paragraphs:
                        paragraphs.append([])
                    paragraphs[-1].append(line[9:].strip())
                elif line and line[0].isdigit():
                    cols = line.split("\t")
                    if len(cols) > 3 and "-" not in cols[0] and "." not in cols[0] and cols[3] == "PROPN":
                        propn.add(cols[1])
        if doc_id is not None and paragraphs:
            yield doc_id, title, paragraphs, propn


def source_articles(corpora):
    """Groups documents into articles: (title, list of paragraph strings, proper nouns)."""
    articles, pending = [], None
    for doc_id, title, paragraphs, propn in read_documents(corpora):
        paras = [" ".join(p) for p in paragraphs if p]
        if not paras:
            continue
        if pending is None:
            pending = [title or paras[0], paras, set(propn)]
        else:
            pending[1].extend(paras)
            pending[2].update(propn)
        if sum(len(p) + 2 for p in pending[1]) >= MIN_ARTICLE_BYTES or doc_id.startswith("GUM_"):
            articles.append(pending)
            pending = None
    if pending is not None:
        articles.append(pending)
    return articles


def synthetic_name(word, variant):
    """A pronounceable made-up name, the same for the same (word, variant)."""
    digest = hashlib.sha1(f"{word}\t{variant}".encode()).digest()
    syllables = 2 + digest[0] % 2
    name = ""
    for i in range(syllables):
        name += ONSETS[digest[1 + 3 * i] % len(ONSETS)] + VOWELS[digest[2 + 3 * i] % len(VOWELS)]
        if i == syllables - 1:
            name += CODAS[digest[3 + 3 * i] % len(CODAS)]
    if word.isupper() and len(word) > 1:
        return name.upper()[: max(2, len(word))]
    return name.capitalize()


class Renamer:
    """Rewrites the proper nouns of a text for one name variant."""

    def __init__(self, protected):
        self.protected = protected
        self.names = set()
        self.cache = {}  # (text, variant) -> renamed text; bounded by name variants x source text

    def rename(self, text, propn, variant):
        if variant == 0:
            return text
        key = (text, variant)
        if key not in self.cache:
            self.cache[key] = self._rename(text, propn, variant)
        return self.cache[key]

    def _rename(self, text, propn, variant):
        mapping = {}
        for w in propn:
            if not w[:1].isupper() or w.lower() in self.protected or not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w):
                continue
            mapping[w] = synthetic_name(w, variant)
        if not mapping:
            return text
        self.names.update(mapping.values())
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(mapping, key=len, reverse=True))
                             + r")(?![\w-])")
        return pattern.sub(lambda m: mapping[m.group(1)], text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="megabytes of article text to write")
    ap.add_argument("-o", "--output", type=Path, required=True, help="the .jsonl file to write")
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora",
                    help="folder holding gum/ and ud-english-ewt/ (default: ../shared/corpora)")
    ap.add_argument("--data", type=Path, default=ROOT / "data",
                    help="newsgraph's data/ folder, for the words that are never renamed")
    ap.add_argument("--single-article", action="store_true",
                    help="write all the text as one article (to time extraction on one long text)")
    ap.add_argument("--name-variants", type=int, default=8,
                    help="passes after which names repeat (default 8: distinct names stop growing at ~17 MB)")
    args = ap.parse_args()

    sources = source_articles(args.corpora)
    renamer = Renamer(load_protected_words(args.data))
    target = int(args.mb * 1_000_000)
    written = words = articles = 0
    passes = 0
    tmp = args.output.with_name(args.output.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        while written < target:
            variant = passes % max(1, args.name_variants)
            for n, (title, paras, propn) in enumerate(sources):
                if written >= target:
                    break
                text = renamer.rename("\n\n".join(paras), propn, variant)
                day = (passes * len(sources) + n) % 730
                year, doy = 2024 + day // 365, day % 365
                month, dom = 1 + doy // 31 % 12, 1 + doy % 28
                record = {
                    "id": f"bench-{passes:03d}-{n:05d}",
                    "title": renamer.rename(title, propn, variant),
                    "date": f"{year}-{month:02d}-{dom:02d}",
                    "source": "Bench Wire",
                    "text": text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += len(text.encode("utf-8"))
                words += len(text.split())
                articles += 1
            passes += 1
    if args.single_article:
        texts = [json.loads(line)["text"] for line in tmp.read_text(encoding="utf-8").splitlines()]
        record = {"id": f"long-{args.mb:g}mb", "title": "One long article", "date": "2025-03-14",
                  "source": "Bench Wire", "text": "\n\n".join(texts)}
        tmp.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        words, written, articles = len(record["text"].split()), len(record["text"].encode("utf-8")), 1
    tmp.replace(args.output)
    meta = {"articles": articles, "words": words, "text_bytes": written, "passes": passes,
            "source_articles": len(sources), "synthetic_names": len(renamer.names)}
    args.output.with_name(args.output.name + ".meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
