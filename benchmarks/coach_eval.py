"""Evaluate the statement coach on its two labelled corpora (``data/coach/``).

* ``field.csv``: examples written in the shapes found in published agency and
  trainer material (see ``data/coach/SOURCES.md``). Its holdout is whole shapes
  and whole sources that were never looked at while adjusting the rules, so the
  figure says how the coach reads writing it has not seen.
* ``synthetic.csv``: the older corpus written in the course's own shapes, with
  a hash-assigned holdout.

For each corpus and split it prints kind accuracy, the confusion table,
per-component precision, recall and F1, and (for the field corpus) accuracy
per shape and per source. Then the median analysis time, the time of the first
analysis in a fresh process, and last the figures as ``name: value`` lines::

    coach_kind_accuracy: A            (field holdout)
    coach_kind_accuracy_synthetic: B  (synthetic holdout)
    coach_component_f1: C             (field holdout)
    coach_component_f1_synthetic: D   (synthetic holdout)
    coach_median_ms: E
    coach_first_analysis_s: F

Use ``--split tune`` while adjusting rules (``--errors`` lists the misses);
the default, ``holdout``, is for reported figures.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict

from soplab._core.paths import data_path
from soplab.coach import analyse
from soplab.coach.components import COMPONENT_NAMES
from soplab.coach.result import KINDS

CORPORA = ("field", "synthetic")


def held_out(name: str) -> bool:
    """The field corpus's split rule: a quarter of shapes and of sources, by name hash."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4 == 0


def load(corpus: str, split: str) -> list[dict[str, str]]:
    with data_path("coach", f"{corpus}.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows if split == "all" else [r for r in rows if r["split"] == split]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(corpus: str, split: str, errors: bool, times: list[float]) -> tuple[float, float]:
    """Print the figures of one corpus and split; return (kind accuracy, component F1)."""
    rows = load(corpus, split)
    confusion: Counter[tuple[str, str]] = Counter()
    counts: dict[str, list[int]] = {}
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    qtype_ok = qform_ok = nq = 0
    for row in rows:
        gold = row["kind"]
        t0 = time.perf_counter()
        result = analyse(row["text"])
        times.append((time.perf_counter() - t0) * 1000)
        confusion[(gold, result.kind)] += 1
        for key in ("shape", "source"):
            if row.get(key):
                cell = by_group[f"{key} {row[key]}"]
                cell[0] += result.kind == gold
                cell[1] += 1
        if errors and result.kind != gold:
            print(f"KIND {row['id']} [{row.get('shape', '')}]: gold={gold} read={result.kind} "
                  f"{result.scores} | {row['text']!r}")
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
                if errors:
                    print(f"FP {key} {row['id']}: {comp.evidence!r} | {row['text']!r}")
            elif truth:
                tp_fp_fn[2] += 1
                if errors:
                    print(f"FN {key} {row['id']}: | {row['text']!r}")
        if gold == "question":
            nq += 1
            qtype_ok += checked.question_type == row["question_type"]
            qform_ok += checked.question_form == row["question_form"]
            if errors and (checked.question_type != row["question_type"]
                           or checked.question_form != row["question_form"]):
                print(f"Q {row['id']}: gold={row['question_type']}/{row['question_form']} "
                      f"read={checked.question_type}/{checked.question_form} | {row['text']}")

    n = len(rows)
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    accuracy = correct / n if n else 0.0
    print(f"\n=== corpus: {corpus}  split: {split}  texts: {n}")
    print(f"kind accuracy: {accuracy:.3f} ({correct}/{n})")
    print("\nconfusion table (rows = labelled kind, columns = read as):")
    print(" " * 10 + "".join(f"{k:>10}" for k in KINDS))
    for g in KINDS:
        if any(confusion[(g, p)] for p in KINDS):
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
    if by_group:
        print("\nkind accuracy by shape and by source:")
        for key in sorted(by_group):
            ok, m = by_group[key]
            print(f"  {key:<34} {ok / m:6.3f} ({ok}/{m})")
    if nq:
        print(f"\nquestion type accuracy: {qtype_ok / nq:.3f}  form accuracy: {qform_ok / nq:.3f}")
    return accuracy, f


_FIRST = ("import time; t0 = time.perf_counter(); from soplab.coach import analyse; "
          "t1 = time.perf_counter(); c1 = time.process_time(); analyse('Grandma is worried that "
          "Dad may drink and drive with Leo (5) in the car, and Leo could be hurt.'); "
          "print(t1 - t0, time.perf_counter() - t1, time.process_time() - c1)")


def first_analysis() -> tuple[float, float, float]:
    """Seconds to import the coach, and wall and processor seconds of the first analysis
    (loading the word lists and patterns), in a fresh process: the median of five runs."""
    runs = [subprocess.run([sys.executable, "-c", _FIRST], check=True, capture_output=True,
                           text=True).stdout.split() for _ in range(5)]
    return tuple(statistics.median(float(r[i]) for r in runs) for i in range(3))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "holdout", "all"], default="holdout")
    ap.add_argument("--corpus", choices=[*CORPORA, "both"], default="both")
    ap.add_argument("--errors", action="store_true", help="list misread kinds and components")
    args = ap.parse_args(argv)
    analyse("warm up")  # compile patterns once, outside the timing
    times: list[float] = []
    figures: dict[str, tuple[float, float]] = {}
    for corpus in CORPORA:
        if args.corpus in (corpus, "both"):
            figures[corpus] = evaluate(corpus, args.split, args.errors, times)
    import_s, first_s, first_cpu = first_analysis()
    print(f"\nmedian analysis time: {statistics.median(times):.2f} ms "
          f"(max {max(times):.2f} ms, {len(times)} texts)")
    print(f"fresh process: import {import_s:.3f} s, first analysis {first_s:.3f} s "
          f"({first_cpu:.3f} s of processor time)")
    suffix = "" if args.split == "holdout" else f"_{args.split}"
    if "field" in figures:
        print(f"coach_kind_accuracy{suffix}: {figures['field'][0]:.3f}")
    if "synthetic" in figures:
        print(f"coach_kind_accuracy_synthetic{suffix}: {figures['synthetic'][0]:.3f}")
    if "field" in figures:
        print(f"coach_component_f1{suffix}: {figures['field'][1]:.3f}")
    if "synthetic" in figures:
        print(f"coach_component_f1_synthetic{suffix}: {figures['synthetic'][1]:.3f}")
    print(f"coach_median_ms: {statistics.median(times):.2f}")
    print(f"coach_first_analysis_s: {first_s:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
