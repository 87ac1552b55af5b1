"""Evaluate the statement coach on the labelled corpus in ``data/coach/corpus.csv``.

Prints kind accuracy, the confusion matrix, per-component precision, recall and
F1, question type and form accuracy, the median analysis time, and last the line
``coach_kind_accuracy: A``. The default split is ``holdout``; use
``--split tune`` while adjusting rules (``--errors`` lists the misses).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections import Counter

from soplab.coach import analyse
from soplab.coach.components import COMPONENT_NAMES
from soplab.coach.result import KINDS
from soplab.paths import data_path


def load(split: str) -> list[dict[str, str]]:
    with data_path("coach", "synthetic.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows if split == "all" else [r for r in rows if r["split"] == split]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", choices=["tune", "holdout", "all"], default="holdout")
    ap.add_argument("--errors", action="store_true", help="list misread kinds and components")
    args = ap.parse_args(argv)
    rows = load(args.split)
    analyse("warm up")  # compile patterns once, outside the timing

    confusion: Counter[tuple[str, str]] = Counter()
    counts: dict[str, list[int]] = {}
    qtype_ok = qform_ok = nq = 0
    times = []
    for row in rows:
        gold = row["kind"]
        t0 = time.perf_counter()
        result = analyse(row["text"])
        times.append((time.perf_counter() - t0) * 1000)
        confusion[(gold, result.kind)] += 1
        if args.errors and result.kind != gold:
            print(f"KIND {row['id']}: gold={gold} read={result.kind} {result.scores} | "
                  f"{row['text']}")
        if gold == "other":
            continue
        checked = analyse(row["text"], expected_kind=gold)
        gold_present = set(filter(None, row["components"].split(";")))
        for comp in checked.components:
            key = f"{gold}.{comp.name}"
            tp_fp_fn = counts.setdefault(key, [0, 0, 0])
            truth = comp.name in gold_present
            if comp.present and truth:
                tp_fp_fn[0] += 1
            elif comp.present:
                tp_fp_fn[1] += 1
                if args.errors:
                    print(f"FP {key} {row['id']}: {comp.evidence!r} | {row['text']}")
            elif truth:
                tp_fp_fn[2] += 1
                if args.errors:
                    print(f"FN {key} {row['id']}: | {row['text']}")
        if gold == "question":
            nq += 1
            qtype_ok += checked.question_type == row["question_type"]
            qform_ok += checked.question_form == row["question_form"]
            if args.errors and (checked.question_type != row["question_type"]
                                or checked.question_form != row["question_form"]):
                print(f"Q {row['id']}: gold={row['question_type']}/{row['question_form']} "
                      f"read={checked.question_type}/{checked.question_form} | {row['text']}")

    n = len(rows)
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    accuracy = correct / n if n else 0.0
    print(f"split: {args.split}  texts: {n}")
    print(f"kind accuracy: {accuracy:.3f} ({correct}/{n})")
    print("\nconfusion matrix (rows = labelled kind, columns = read as):")
    print(" " * 10 + "".join(f"{k:>10}" for k in KINDS))
    for g in KINDS:
        print(f"{g:>10}" + "".join(f"{confusion[(g, p)]:>10}" for p in KINDS))
    print("\ncomponent                          P      R     F1   (tp/fp/fn)")
    total = [0, 0, 0]
    for kind in KINDS:
        for name in COMPONENT_NAMES.get(kind, ()):
            key = f"{kind}.{name}"
            if key not in counts:
                continue
            tp, fp, fn = counts[key]
            total = [a + b for a, b in zip(total, counts[key], strict=True)]
            p, r, f = prf(tp, fp, fn)
            print(f"{key:<32} {p:6.3f} {r:6.3f} {f:6.3f}   ({tp}/{fp}/{fn})")
    p, r, f = prf(*total)
    print(f"{'ALL (micro)':<32} {p:6.3f} {r:6.3f} {f:6.3f}   ({total[0]}/{total[1]}/{total[2]})")
    if nq:
        print(f"\nquestion type accuracy: {qtype_ok / nq:.3f}  form accuracy: {qform_ok / nq:.3f}")
    print(f"median analysis time: {statistics.median(times):.2f} ms "
          f"(max {max(times):.2f} ms, {n} texts)")
    print(f"coach_component_f1: {f:.3f}")
    print(f"coach_kind_accuracy: {accuracy:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
