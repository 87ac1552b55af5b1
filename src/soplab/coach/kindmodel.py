"""A learned second opinion on a text's kind, scored in pure Python.

The rules in :mod:`soplab.coach.kinds` read a kind from named cues; this module reads it
from the words (single words and pairs, names and numbers folded) and from the coach's
own general readings (which parts the text has, whether it is put as a question), with a
multinomial logistic regression trained offline by ``benchmarks/kind_reader.py`` on the
coach corpora and the spent real-world statements. Its weights are a small CSV,
``data/lexicon/kind_weights.csv`` (``feature`` and one weight column a kind), read on
first use (not at import: start-up stays as fast).
"""

from __future__ import annotations

import csv
import math
from functools import cache
from pathlib import Path

from . import lazyre as re

__all__ = ["KIND_LABELS", "WEIGHTS_FILE", "features", "model_kind", "probabilities", "weights"]

KIND_LABELS = ("harm", "danger", "goal", "plan", "question", "other")
WEIGHTS_FILE = "kind_weights.csv"

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.:/]\d+)*|[?:;]")
#: Words written with a capital that still mean what they say (roles, days, months).
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|St)$")
_KEEP_CAPS = re.compile(r"(?:Mum|Mom|Mam|Mummy|Mommy|Dad|Daddy|Papa|Nan|Nana|Grandma|Grandpa|"
                        r"Granny|Aunt|Auntie|Uncle|Mr|Mrs|Ms|Dr|I|Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December|If|When|What|How)$")


def _tokens(text: str) -> list[str]:
    """Lower-case words; numbers as ``<num>``; a capitalised word inside a sentence (not a
    role, day or month) as ``<name>`` (names tell nothing about a kind)."""
    out: list[str] = []
    start, end = True, 0
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if "\n" in text[end:m.start()]:
            start = True
        if tok[0].isdigit():
            out.append("<num>")
        elif tok[0].isupper() and not start and not _KEEP_CAPS.match(tok):
            out.append("<name>")
        else:
            out.append(tok.lower().replace("’", "'"))
        end = m.end()
        start = tok in ("?", ":") or (text[end:end + 1] in (".", "!")
                                      and not _TITLE.match(tok))
    return out


def features(text: str, cues: tuple[str, ...] = ()) -> set[str]:
    """The features of ``text``: its words, pairs of words, and the given cue names."""
    toks = _tokens(text)
    feats = {f"w:{t}" for t in toks}
    feats.update(f"b:{a}_{b}" for a, b in zip(["<s>", *toks], toks, strict=False))
    if toks:
        feats.add(f"first:{toks[0]}")
        feats.add(f"last:{toks[-1]}")
    feats.update(f"c:{c}" for c in cues)
    return feats


@cache
def weights(folder: str, name: str = WEIGHTS_FILE,
            labels: tuple[str, ...] = KIND_LABELS) -> dict[str, dict[str, float]]:
    """A model's weights in ``folder`` (feature -> label -> weight; empty without a file).

    ``name`` and ``labels`` name another model's file and columns (the kind model's by
    default; :mod:`soplab.coach.harmmodel` reads its own the same way)."""
    table: dict[str, dict[str, float]] = {}
    path = Path(folder) / name
    if not path.exists():
        return table
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows, [])
        cols = [(i, k) for i, k in enumerate(header) if k in labels]
        for row in rows:  # a plain reader: the file is read on the first analysis
            table[row[0]] = {k: float(row[i]) for i, k in cols if i < len(row) and row[i]}
    return table


def probabilities(feats: set[str], weights: dict[str, dict[str, float]],
                  labels: tuple[str, ...] = KIND_LABELS) -> dict[str, float]:
    """The model's probability of each label (each kind by default) for these features."""
    z = dict.fromkeys(labels, 0.0)
    for f in ("<bias>", *feats):
        for k, v in weights.get(f, {}).items():
            z[k] += v
    top = max(z.values())
    e = {k: math.exp(v - top) for k, v in z.items()}
    total = sum(e.values())
    return {k: v / total for k, v in e.items()}


def model_kind(text: str, cues: tuple[str, ...],
               table: dict[str, dict[str, float]]) -> tuple[str, float]:
    """The kind the model reads and its probability (("", 0.0) without weights)."""
    if not table:
        return "", 0.0
    p = probabilities(features(text, cues), table)
    best = max(p, key=p.get)
    return best, p[best]
