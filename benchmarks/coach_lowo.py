"""Leave-one-writer-out on the DEV answers: does the coach's confidence predict agreement?

Reads only the ``dev`` rows of ``data/writing/answers.csv`` (there is no option to read
another split: the held-out writers stay unseen). Every figure printed here is
**not blind**: the coach's rules were adjusted while looking at these answers.

1. Per writer: how often the automatic score (rounded to quarters) equals the expert's
   and its mean distance, so a rule that helps one writer only shows as such.
2. Confidence, leave one writer out: :func:`soplab.coach.assessment.grade_doubt` takes
   ``BETWEEN_GRADES x 2 x (distance to the nearest quarter) + MIDDLE_GRADE x (score is
   0.5 or 0.75)`` off the reading's confidence. For each dev writer the two weights are
   chosen on the other ten writers (the pair whose confidently scored answers agree
   exactly most often, while at least 60% of the answers without harmful practice stay
   confident), then applied to that writer's answers. The pooled held-out-writer
   predictions give the confident part's agreement against the rest's, beside the same
   figures with both weights 0 (the reading's confidence alone).
3. The weights chosen on all dev writers (the values to keep in ``assessment.py``).
4. The same answers in other hands: each dev answer re-typed as another writer would
   (all lower case, a list marker, "I would write: ...", "is going to" for "will",
   "&" for "and") and how many automatic scores change (0 is the aim: the score should
   follow the content, not the typing).
5. Last ``lowo_confident_exact: X``, ``lowo_rest_exact: Y`` and ``other_hands_changed: Z``.

Run: ``.venv/bin/python benchmarks/coach_lowo.py``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import product

from soplab import coach
from soplab.coach import assessment
from writing_agreement import ANSWERS, load, qwk, to_quarter

GRID_BETWEEN = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)
GRID_MIDDLE = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
#: The share of answers without harmful practice that must stay confident.
MIN_SHARE = 0.6


def read_dev() -> list[dict]:
    out = []
    for row in load(ANSWERS, "dev"):
        kind = row["expected_kind"]
        result = coach.analyse(row["text"], expected_kind=kind)
        graded = coach.assess(row["text"], kind)
        quarters = graded.score * 4
        out.append({
            "writer": row["writer"], "expert": float(row["expert_score"]),
            "auto": to_quarter(graded.score), "harmful": row["harmful"] == "1",
            "forced": bool(graded.findings) or graded.wrong_kind,
            "base": assessment.reading_confidence(result, kind),
            "between": abs(quarters - math.floor(quarters + 0.5)),
            "middle": 0.375 <= graded.score < 0.875,
        })
    return out


def confident(a: dict, between: float, middle: float) -> bool:
    sure = a["base"] - between * 2 * a["between"] - middle * a["middle"]
    return not a["forced"] and round(max(0.0, sure), 3) >= assessment.CONFIDENT


def fit(answers: list[dict]) -> tuple[float, float]:
    best: tuple = ()
    honest = [a for a in answers if not a["harmful"]]
    for between, middle in product(GRID_BETWEEN, GRID_MIDDLE):
        sure = [a for a in answers if confident(a, between, middle)]
        share = sum(confident(a, between, middle) for a in honest) / len(honest)
        if share < MIN_SHARE or not sure:
            continue
        exact = sum(a["auto"] == a["expert"] for a in sure) / len(sure)
        key = (round(exact, 4), share, -between, -middle)
        if not best or key > best[0]:
            best = (key, between, middle)
    return (best[1], best[2]) if best else (0.0, 0.0)


def figures(group: list[dict]) -> str:
    if not group:
        return "none"
    exact = sum(a["auto"] == a["expert"] for a in group) / len(group)
    within = sum(abs(a["auto"] - a["expert"]) <= 0.25 for a in group) / len(group)
    mae = sum(abs(a["auto"] - a["expert"]) for a in group) / len(group)
    kappa = qwk([a["expert"] for a in group], [a["auto"] for a in group])
    return (f"n {len(group):>3}  exact {exact:.3f}  within 0.25 {within:.3f}  "
            f"mean distance {mae:.3f}  QWK {kappa:.3f}")


HANDS = {
    "lower case": str.lower,
    "list marker": lambda t: "- " + t,
    "I would write": lambda t: "I would write: " + t[:1].lower() + t[1:],
    "going to": lambda t: re.sub(r"\b(\w+) will\b(?! not)", r"\1 is going to", t),
    "& for and": lambda t: re.sub(r"\band\b", "&", t),
}


def other_hands() -> int:
    """How many automatic scores change when the dev answers are re-typed (see the doc)."""
    rows = load(ANSWERS, "dev")
    changed = 0
    print("\nthe same answers in other hands (scores that change, of "
          f"{len(rows)})")
    for name, retype in HANDS.items():
        n = sum(coach.written_score(retype(r["text"]), r["expected_kind"])
                != coach.written_score(r["text"], r["expected_kind"]) for r in rows)
        changed += n
        print(f"  {name:<14} {n}")
    return changed


def main() -> None:
    answers = read_dev()
    by_writer: dict[str, list[dict]] = defaultdict(list)
    for a in answers:
        by_writer[a["writer"]].append(a)
    print(f"DEV answers only, not blind: {len(answers)} from {len(by_writer)} writers\n")
    print("per writer (automatic score vs expert)")
    for writer, group in sorted(by_writer.items()):
        print(f"  {writer}  {figures(group)}")

    print("\nconfidence, leave one writer out (weights chosen without that writer)")
    sure_lowo, rest_lowo = [], []
    for writer, group in sorted(by_writer.items()):
        between, middle = fit([a for a in answers if a["writer"] != writer])
        print(f"  {writer}: BETWEEN_GRADES {between:.2f}, MIDDLE_GRADE {middle:.2f}")
        for a in group:
            (sure_lowo if confident(a, between, middle) else rest_lowo).append(a)
    honest = [a for a in answers if not a["harmful"]]
    share = sum(a in sure_lowo for a in honest) / len(honest)
    print(f"  confident  {figures(sure_lowo)}")
    print(f"  the rest   {figures(rest_lowo)}")
    print(f"  share of answers without harmful practice scored with confidence: {share:.3f}")

    base_sure = [a for a in answers if confident(a, 0.0, 0.0)]
    base_rest = [a for a in answers if not confident(a, 0.0, 0.0)]
    print("\nthe reading's confidence alone (both weights 0)")
    print(f"  confident  {figures(base_sure)}")
    print(f"  the rest   {figures(base_rest)}")

    between, middle = fit(answers)
    print(f"\nchosen on all dev writers: BETWEEN_GRADES = {between}, MIDDLE_GRADE = {middle} "
          f"(in use: {assessment.BETWEEN_GRADES}, {assessment.MIDDLE_GRADE})")
    changed = other_hands()
    exact = lambda g: sum(a["auto"] == a["expert"] for a in g) / max(1, len(g))  # noqa: E731
    print(f"lowo_confident_exact: {exact(sure_lowo):.3f}")
    print(f"lowo_rest_exact: {exact(rest_lowo):.3f}")
    print(f"other_hands_changed: {changed}")


if __name__ == "__main__":
    main()
