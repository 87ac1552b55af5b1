"""Train the coach's learned second opinion on a text's kind, and say honestly if it helps.

The coach reads a kind by hand-written rules (:mod:`soplab.coach.kinds`); those rules
reached 0.97 on the real-world statements they were tuned on but about 0.80 on sources
nobody had read. This script trains a multinomial logistic regression over a text's words,
word pairs and the coach's own general readings (:func:`soplab.coach.stages.kind_cues`) on

* the ``tune`` rows of ``data/coach/field.csv`` and ``data/coach/synthetic.csv`` (never
  their ``holdout`` rows: those give ``coach_eval.py``'s figures), and
* the real-world statements of the splits named in :data:`SPLITS` (never any other split:
  a later held-out split is the blind test and is never read),

and prints, **leave one source out** over those real-world statements (train without the
source, test on it): the model's accuracy alone, the rules' accuracy (not blind: the rules
were tuned on these rows), and the coach's reading with the second opinion (the model's
kind taken where the rules are unsure and the model sure:
:func:`soplab.coach.stages.second_opinion`). Then it trains on
all of them and writes ``data/lexicon/kind_weights.csv`` (one row a feature, one weight
column a kind), which the coach scores in pure Python (:mod:`soplab.coach.kindmodel`).

Run: ``.venv/bin/python benchmarks/kind_reader.py [--no-write]`` (numpy, a few minutes).
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import Counter

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from soplab._core.paths import data_path  # noqa: E402
from soplab.coach import kindmodel as km  # noqa: E402
from soplab.coach.kinds import settled  # noqa: E402
from soplab.coach.stages import (  # noqa: E402
    clauses,
    kind_cues,
    rules_kind,
    second_opinion,
    segment,
)

#: The real-world splits trained on, named here and never taken from another list. Round
#: 10 added heldout9 and heldout10: leave one source out, the model alone rose from 0.906 to
#: 0.919 on dev..heldout8's statements (heldout10's sources 0.917 -> 0.931), the second
#: opinion held (0.952); the one synthetic holdout row it then misread (a referral's
#: allegation, coach_eval 0.936 -> 0.927) is a harm the rules' reading rests on
#: (:func:`soplab.coach.kinds.settled`), so coach_eval holds too. Round 11 tried heldout11
#: too and kept round 10's weights: on heldout11's 74 statements, round 10's weights (never
#: trained on them) read 68 (model alone) and 69 (second opinion); leave one source out with
#: heldout11's other sources trained on, 67 and 69: no rise.
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7", "heldout8", "heldout9", "heldout10")
#: L2 strength, epochs and step of the full-batch gradient descent; features seen fewer
#: than MIN_COUNT times in the training rows are dropped.
L2, EPOCHS, STEP, MIN_COUNT = 2.0, 300, 2.5, 2


def _rows(path, keep) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if keep(r)]


def load() -> list[tuple[str, dict[str, str]]]:
    rows = [("corpus", r) for name in ("field", "synthetic")
            for r in _rows(data_path("coach", f"{name}.csv"), lambda r: r["split"] == "tune")]
    rows += [("realworld", r) for r in _rows(data_path("coach", "realworld", "statements.csv"),
                                             lambda r: r["split"] in SPLITS)]
    return rows


def train(feats: list[set[str]], labels: list[int],
          n_labels: int = len(km.KIND_LABELS)) -> dict[str, list[float]]:
    """Weights (feature -> one per label) of a multinomial logistic regression: full-batch
    gradient descent with an L2 penalty (``harm_reader.py`` trains its model with it too)."""
    counts = Counter(f for fs in feats for f in fs)
    vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    vocab["<bias>"] = len(vocab)
    x = np.zeros((len(feats), len(vocab)), dtype=np.float32)
    for i, fs in enumerate(feats):
        x[i, [vocab[f] for f in fs if f in vocab]] = 1.0
        x[i, vocab["<bias>"]] = 1.0
    y = np.zeros((len(feats), n_labels), dtype=np.float32)
    y[np.arange(len(feats)), labels] = 1.0
    w = np.zeros((len(vocab), n_labels), dtype=np.float32)
    n = len(feats)
    for _ in range(EPOCHS):
        z = x @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        w -= STEP * (x.T @ (p - y) / n + L2 / n * w)
    return {f: [float(v) for v in w[j]] for f, j in vocab.items()}


def as_table(weights: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {f: dict(zip(km.KIND_LABELS, ws, strict=True)) for f, ws in weights.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="only print the figures")
    ap.add_argument("--grid", action="store_true",
                    help="also print, leave one source out, the second opinion's accuracy at "
                         "other thresholds (rules' confidence below, model's probability at least)")
    args = ap.parse_args()
    rows = load()
    readings = [clauses(segment(r["text"])) for _, r in rows]
    feats = [km.features(rd.text, kind_cues(rd)) for rd in readings]
    labels = [km.KIND_LABELS.index(r["kind"]) for _, r in rows]
    real = [i for i, (src, _) in enumerate(rows) if src == "realworld"]
    sources = sorted({rows[i][1]["source"] for i in real})
    model_ok = rules_ok = both_ok = changed = 0
    per_split: dict[str, list[int]] = {}
    held: list[tuple[str, str, float, str, float, bool]] = []  # gold, rules, model, settled
    for source in sources:
        test = [i for i in real if rows[i][1]["source"] == source]
        keep = [i for i in range(len(rows)) if i not in set(test)]
        table = as_table(train([feats[i] for i in keep], [labels[i] for i in keep]))
        for i in test:
            gold = rows[i][1]["kind"]
            p = km.probabilities(feats[i], table)
            mk = max(p, key=p.get)
            rk, rc = rules_kind(readings[i])
            second = second_opinion(readings[i], rk, rc, None, table)[0]
            held.append((gold, rk, rc, mk, p[mk], bool(mk != rk and settled(readings[i], rk, mk))))
            model_ok += mk == gold
            rules_ok += rk == gold
            both_ok += second == gold
            changed += second != rk
            tally = per_split.setdefault(rows[i][1]["split"], [0, 0, 0, 0])
            tally[0] += mk == gold
            tally[1] += rk == gold
            tally[2] += second == gold
            tally[3] += 1
    n = len(real)
    print(f"real-world statements of {', '.join(SPLITS)}: {n} from {len(sources)} sources, "
          "leave one source out")
    for split, (m, r, b, t) in sorted(per_split.items()):
        print(f"  {split:9} n={t:3}  model {m / t:.3f}  rules {r / t:.3f}  rules+model {b / t:.3f}")
    print(f"loso_model_kind_accuracy: {model_ok / n:.3f}")
    print(f"rules_kind_accuracy_not_blind: {rules_ok / n:.3f}")
    print(f"loso_second_opinion_kind_accuracy: {both_ok / n:.3f} ({changed} readings changed)")
    if args.grid:
        print_grid(held)
    if args.no_write:
        return
    write_weights(km.WEIGHTS_FILE, km.KIND_LABELS, train(feats, labels))


def print_grid(held: list[tuple[str, str, float, str, float, bool]]) -> None:
    """The second opinion's leave-one-source-out accuracy at other thresholds (the same
    decision as :func:`soplab.coach.stages.second_opinion`, with no expected kind)."""
    print("second opinion, leave one source out: rules' confidence below x model sure")
    sures = (0.4, 0.5, 0.6, 0.7, 0.8)
    print("  below " + " ".join(f"{s:>6}" for s in sures))
    for below in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01):
        cells = []
        for sure in sures:
            ok = sum((mk if rc < below and mk != rk and ps >= sure and not st else rk) == gold
                     for gold, rk, rc, mk, ps, st in held)
            cells.append(f"{ok / len(held):6.3f}")
        print(f"  {below:5.2f} " + " ".join(cells))


def write_weights(name: str, labels: tuple[str, ...], weights: dict[str, list[float]]) -> None:
    """Write a model's weights to ``data/lexicon/<name>`` (one row a feature, one column a
    label; weights under 0.005 left out) and say so."""
    path = data_path("lexicon", name)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", *labels])
        for f in sorted(weights):
            if max(abs(v) for v in weights[f]) >= 0.005:
                out.writerow([f, *(f"{v:.3f}" for v in weights[f])])
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
