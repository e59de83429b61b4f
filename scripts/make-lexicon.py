#!/usr/bin/env python3
"""Generate data/lexicon/english.tsv, a general-purpose English lexicon for the POS tagger.

Sources (Debian packages; see data/lexicon/README.md for licenses):
  wordnet-base  /usr/share/wordnet/index.{noun,verb,adj,adv} (lemmas by part of speech) and
                noun.exc, verb.exc, adj.exc, adv.exc (irregular inflected forms)
  wamerican     /usr/share/dict/american-english (which words are written in lowercase and
                which capitalized)

Every row: the lowercase word, its classes, its case in the dictionary.
  classes  letters, in this order, or "-" for none:
           n v a r   a WordNet noun / verb / adjective / adverb lemma
           s         a noun plural (noun.exc, or the regular -s/-es/-ies of a noun lemma)
           z d g     a verb form in -s / past or participle / -ing (verb.exc, or regular
                     morphology of a verb lemma: -s/-es/-ies, -ed/-d/-ied, -ing/-e+ing)
           c t       a comparative / superlative (adj.exc, adv.exc, or -er/-est of an adjective)
  case     "l" written in lowercase in the dictionary, "u" capitalized, "lu" both, "-" neither
Only single words (no WordNet collocations with "_"). Regular forms made by doubling the final
consonant ("stopped") and comparatives are kept only when the dictionary has them (in any
case); other regular forms are kept always.

The output is deterministic: rows sorted by their UTF-8 bytes, "\\n" line ends.
Usage: scripts/make-lexicon.py [--out FILE] [--wordnet DIR] [--dict FILE]
"""

import argparse
import os
import sys

WORDNET_DIR = "/usr/share/wordnet"
DICT_WORDS = "/usr/share/dict/american-english"
CLASS_ORDER = "nvarszdgct"
VOWELS = set("aeiou")


def read_index(path):
    """Lemmas of one WordNet index file (single words only)."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):  # license header
                continue
            lemma = line.split(" ", 1)[0]
            if lemma and "_" not in lemma:
                out.add(lemma)
    return out


def read_exceptions(path):
    """Inflected form -> base forms of one WordNet exception list (single words only)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or "_" in parts[0]:
                continue
            out.setdefault(parts[0], set()).update(parts[1:])
    return out


def s_forms(base):
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return [base + "es"]
    if len(base) > 1 and base.endswith("y") and base[-2] not in VOWELS:
        return [base[:-1] + "ies"]
    return [base + "s"]


def cvc(base):
    """Ends consonant-vowel-consonant (not w, x, y): may double the consonant ("stop")."""
    return (len(base) >= 3 and base[-1] not in VOWELS and base[-1] not in "wxy" and base[-2] in VOWELS
            and base[-3] not in VOWELS)


def ed_ing_forms(base):
    """(always kept, kept when in the dictionary) forms for 'd' and for 'g'."""
    if base.endswith("e"):
        ed, ing = [base + "d"], [base[:-1] + "ing"] if not base.endswith(("ee", "ye", "oe")) else [base + "ing"]
    elif len(base) > 1 and base.endswith("y") and base[-2] not in VOWELS:
        ed, ing = [base[:-1] + "ied"], [base + "ing"]
    else:
        ed, ing = [base + "ed"], [base + "ing"]
    doubled_ed, doubled_ing = [], []
    if cvc(base):
        doubled_ed.append(base + base[-1] + "ed")
        doubled_ing.append(base + base[-1] + "ing")
    return ed, ing, doubled_ed, doubled_ing


def er_est_forms(base):
    if base.endswith("e"):
        return [base + "r"], [base + "st"]
    if len(base) > 1 and base.endswith("y") and base[-2] not in VOWELS:
        return [base[:-1] + "ier"], [base[:-1] + "iest"]
    er, est = [base + "er"], [base + "est"]
    if cvc(base):
        er.append(base + base[-1] + "er")
        est.append(base + base[-1] + "est")
    return er, est


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "data", "lexicon", "english.tsv"))
    ap.add_argument("--wordnet", default=WORDNET_DIR)
    ap.add_argument("--dict", default=DICT_WORDS)
    args = ap.parse_args()
    for name in ("index.noun", "index.verb", "index.adj", "index.adv", "noun.exc", "verb.exc", "adj.exc"):
        if not os.path.isfile(os.path.join(args.wordnet, name)):
            sys.exit(f"make-lexicon.py: {os.path.join(args.wordnet, name)} missing (apt-get install wordnet-base)")
    if not os.path.isfile(args.dict):
        sys.exit(f"make-lexicon.py: {args.dict} missing (apt-get install wamerican)")

    # The dictionary: lowercase form -> case letters.
    dict_case = {}
    with open(args.dict, encoding="utf-8") as f:
        for line in f:
            w = line.rstrip("\n")
            if not w or w.endswith("'s"):
                continue
            low = w.lower()
            dict_case.setdefault(low, set()).add("l" if w == low else "u")
    def in_dict(w):
        return w in dict_case

    classes = {}

    def add(word, cls):
        classes.setdefault(word, set()).add(cls)

    wn = lambda name: os.path.join(args.wordnet, name)  # noqa: E731
    nouns, verbs = read_index(wn("index.noun")), read_index(wn("index.verb"))
    adjs, advs = read_index(wn("index.adj")), read_index(wn("index.adv"))
    for letter, lemmas in (("n", nouns), ("v", verbs), ("a", adjs), ("r", advs)):
        for w in lemmas:
            add(w, letter)

    # Irregular forms.
    for form in read_exceptions(wn("noun.exc")):
        add(form, "s")
    for form in read_exceptions(wn("verb.exc")):
        add(form, "g" if form.endswith("ing") else "z" if form.endswith("s") and not form.endswith("ss") else "d")
    for name in ("adj.exc", "adv.exc"):
        if not os.path.isfile(wn(name)):
            continue
        for form in read_exceptions(wn(name)):
            if form.endswith("est"):
                add(form, "t")
            elif form.endswith("er"):
                add(form, "c")

    # Regular forms, of lemmas of two or more ASCII letters only.
    def plain(w):
        return len(w) >= 2 and w.isalpha() and w.isascii()

    for n in sorted(nouns):
        if plain(n):
            for f in s_forms(n):
                add(f, "s")
    for v in sorted(verbs):
        if not plain(v):
            continue
        for f in s_forms(v):
            add(f, "z")
        ed, ing, doubled_ed, doubled_ing = ed_ing_forms(v)
        for f in ed:
            add(f, "d")
        for f in ing:
            add(f, "g")
        for f in doubled_ed:
            if in_dict(f):
                add(f, "d")
        for f in doubled_ing:
            if in_dict(f):
                add(f, "g")
    for a in sorted(adjs):
        if not plain(a):
            continue
        er, est = er_est_forms(a)
        for f in er:
            if in_dict(f):
                add(f, "c")
        for f in est:
            if in_dict(f):
                add(f, "t")

    words = set(classes) | set(dict_case)
    rows = []
    for w in words:
        if "\t" in w or not w:
            continue
        cls = "".join(c for c in CLASS_ORDER if c in classes.get(w, ()))
        case = "".join(c for c in "lu" if c in dict_case.get(w, ()))
        rows.append((w.encode("utf-8"), w, cls or "-", case or "-"))
    rows.sort()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("# word\tclasses\tcase (scripts/make-lexicon.py; see README.md)\n")
        for _, w, cls, case in rows:
            f.write(f"{w}\t{cls}\t{case}\n")
    os.replace(tmp, args.out)
    print(f"make-lexicon.py: {len(rows)} rows -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
