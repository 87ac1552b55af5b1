"""Leave-one-writer-out on the spent answers: does the coach's confidence predict agreement?

Reads only the spent splits of ``data/writing/answers.csv`` (``dev``, ``heldout``,
``heldout2``, ``heldout3``, ``heldout4``, ``heldout5``: each was used once for a blind
figure and is now tuning data; ``heldout4`` was round 5's validation set until 15:05 UTC;
any later held-out split is never read). Every figure printed here is **not blind**: the coach's
rules were adjusted while looking at these answers.

1. Per writer: how often the automatic score (rounded to quarters) equals the expert's
   and its mean distance, so a rule that helps one writer only shows as such.
2. Confidence, leave one writer out: :func:`soplab.coach.assessment.confidence` takes
   the score's own doubt (``BETWEEN_GRADES``, ``MIDDLE_GRADE``) and the doubt of a grade
   the answer's length does not support (``FULL_WORDS``, ``LOW_WORDS``, ``PART_WORDS``,
   ``LONG_WORDS``)
   off the reading's confidence. For each writer these are chosen on the other writers
   (the set whose confidently scored answers agree best with the expert, QWK, once at
   least 60% of the answers without harmful practice are confident, or as many as can
   be), then applied to that writer's answers. The pooled held-out-writer predictions
   give the confident part's agreement against the rest's, beside the same figures with
   the doubts off (the reading's confidence alone).
3. The values chosen on all writers (the values to keep in ``assessment.py``).
4. The same answers in other hands: each answer re-typed as another writer would
   (all lower case, a list marker, "I would write: ...", "is going to" for "will",
   "&" for "and") and how many automatic scores change (0 is the aim: the score should
   follow the content, not the typing).
5. Confidence, leave one split out: the same choice made on the other spent splits and
   applied to each split's answers (new writers at another time, the nearest thing to a
   blind figure).
6. Last ``lowo_confident_exact: X``, ``lowo_rest_exact: Y``, ``lowo_confident_share: S``,
   ``lowo_confident_qwk: Q``, ``other_hands_changed: Z``,
   ``loso_heldout5_confident_share: S5`` and ``loso_heldout5_confident_qwk: Q5`` (the spent
   split written last).

Run: ``.venv/bin/python benchmarks/coach_lowo.py``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import product

from soplab import coach
from soplab.coach import assessment
from soplab.coach.text import shorthand
from writing_agreement import ANSWERS, load, qwk, to_quarter

#: The spent splits, named here and never taken from another list: a later held-out split
#: (``heldout13`` ...) is the blind test and is never read.
SPENT_SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
                "heldout11", "heldout12")
#: The spent split written last: its leave-one-split-out figure is the one to watch.
LAST_SPLIT = SPENT_SPLITS[-1]
GRID = {
    "between": (0.0, 0.2),
    "middle": (0.2, 0.4),
    "full_harm": (30, 35, 40, 45),
    "full_danger": (25, 30, 35),
    "full_goal": (15, 20, 25, 30),
    "low_words": (30,),
    "part_words": (0, 20, 25, 30),
    "long_words": (40,),
}
#: The share of answers without harmful practice that should stay confident: issue 21 asks
#: for 0.6 on new writers, and new writers' share has come out lower than the tuning
#: writers' (0.53 blind on heldout4 at 0.6 here), so the values are chosen at a margin.
MIN_SHARE = 0.65
#: The doubts off: the reading's confidence alone.
NONE = {"between": 0.0, "middle": 0.0, "full_harm": 0, "full_danger": 0, "full_goal": 0,
        "low_words": 10**6, "part_words": 0, "long_words": 10**6}


def read_answers() -> list[dict]:
    out = []
    rows = [(split, row) for split in SPENT_SPLITS for row in load(ANSWERS, split)]
    for split, row in rows:
        kind = row["expected_kind"]
        result = coach.analyse(row["text"], expected_kind=kind)
        graded = coach.assess(row["text"], kind)
        quarters = graded.score * 4
        out.append({
            "writer": row["writer"], "split": split, "expert": float(row["expert_score"]),
            "auto": to_quarter(graded.score), "harmful": row["harmful"] == "1",
            "forced": bool(graded.findings) or graded.wrong_kind,
            "base": (assessment.reading_confidence(result, kind)
                     - (assessment.NOTES if shorthand(row["text"]) else 0.0)
                     - (assessment.CAUTION if assessment.caution(result.text) else 0.0)),
            "between": abs(quarters - math.floor(quarters + 0.5)),
            "middle": 0.375 <= graded.score < 0.625 and kind != "question",
            "words": len(result.text.split()), "question": kind == "question", "kind": kind,
        })
    return out


def confident(a: dict, p: dict) -> bool:
    grade, n = a["auto"], a["words"]
    full = p.get(f"full_{a['kind']}", p["full_danger"])  # a plan: as a danger statement
    part = p["part_words"] if a["kind"] in ("harm", "danger") else 0
    agree = (a["question"] or (0.25 < grade < 0.75) or (grade >= 1.0 and n >= full)
             or (grade == 0.75 and part <= n < p["long_words"])
             or (grade <= 0.25 and n < p["low_words"]))
    sure = (a["base"] - p["between"] * 2 * a["between"] - p["middle"] * a["middle"]
            - (0.0 if agree else assessment.LENGTH_DOUBT))
    return not a["forced"] and round(max(0.0, sure), 3) >= assessment.CONFIDENT


def agreement(group: list[dict]) -> float:
    return qwk([a["expert"] for a in group], [a["auto"] for a in group]) if group else 0.0


def share(answers: list[dict], p: dict) -> float:
    honest = [a for a in answers if not a["harmful"]]
    return sum(confident(a, p) for a in honest) / max(1, len(honest))


def fit(answers: list[dict]) -> dict:
    best: tuple = ()
    for values in product(*GRID.values()):
        p = dict(zip(GRID, values, strict=True))
        sure = [a for a in answers if confident(a, p)]
        key = (round(min(share(answers, p), MIN_SHARE), 3), round(agreement(sure), 4))
        if not best or key > best[0]:
            best = (key, p)
    return best[1]


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
    answers = read_answers()
    by_writer: dict[str, list[dict]] = defaultdict(list)
    for a in answers:
        by_writer[a["writer"]].append(a)
    print(f"spent answers only, not blind: {len(answers)} from {len(by_writer)} writers\n")
    print("per writer (automatic score vs expert)")
    for writer, group in sorted(by_writer.items()):
        print(f"  {writer}  {figures(group)}")

    print("\nconfidence, leave one writer out (values chosen without that writer)")
    sure_lowo, rest_lowo = [], []
    for writer, group in sorted(by_writer.items()):
        p = fit([a for a in answers if a["writer"] != writer])
        for a in group:
            (sure_lowo if confident(a, p) else rest_lowo).append(a)
    honest = [a for a in answers if not a["harmful"]]
    lowo_share = sum(a in sure_lowo for a in honest) / len(honest)
    print(f"  confident  {figures(sure_lowo)}")
    print(f"  the rest   {figures(rest_lowo)}")
    print(f"  share of answers without harmful practice scored with confidence: "
          f"{lowo_share:.3f}")
    print(f"  answers with harmful practice scored with confidence: "
          f"{sum(a['harmful'] for a in sure_lowo)}")

    loso = leave_one_split_out(answers)

    base_sure = [a for a in answers if confident(a, NONE)]
    base_rest = [a for a in answers if not confident(a, NONE)]
    print("\nthe reading's confidence alone (doubts off)")
    print(f"  confident  {figures(base_sure)}")
    print(f"  the rest   {figures(base_rest)}")

    p = fit(answers)
    in_use = {"between": assessment.BETWEEN_GRADES, "middle": assessment.MIDDLE_GRADE,
              **{f"full_{k}": v for k, v in assessment.FULL_WORDS.items() if k != "plan"},
              "low_words": assessment.LOW_WORDS, "part_words": assessment.PART_WORDS["harm"],
              "long_words": assessment.LONG_WORDS}
    print(f"\nchosen on all writers: {p}\n(in use: {in_use})")
    changed = other_hands()
    exact = lambda g: sum(a["auto"] == a["expert"] for a in g) / max(1, len(g))  # noqa: E731
    print(f"lowo_confident_exact: {exact(sure_lowo):.3f}")
    print(f"lowo_rest_exact: {exact(rest_lowo):.3f}")
    print(f"lowo_confident_share: {lowo_share:.3f}")
    print(f"lowo_confident_qwk: {agreement(sure_lowo):.3f}")
    print(f"other_hands_changed: {changed}")
    print(f"loso_{LAST_SPLIT}_confident_share: {loso[0]:.3f}")
    print(f"loso_{LAST_SPLIT}_confident_qwk: {loso[1]:.3f}")


def leave_one_split_out(answers: list[dict]) -> tuple[float, float]:
    """Each spent split scored with the values chosen on the other spent splits: the
    view closest to a blind figure (new writers, at another time, on values fitted
    without them). Returns the confident share and confident-part QWK of
    :data:`LAST_SPLIT`, the split written last."""
    print("\nconfidence, leave one split out (values chosen on the other spent splits)")
    out = (0.0, 0.0)
    for split in SPENT_SPLITS:
        group = [a for a in answers if a["split"] == split]
        p = fit([a for a in answers if a["split"] != split])
        sure = [a for a in group if confident(a, p)]
        out_share, kappa = share(group, p), agreement(sure)
        print(f"  {split:<9} share {out_share:.3f}  confident {figures(sure)}  "
              f"harmful confident {sum(a['harmful'] for a in sure)}")
        if split == LAST_SPLIT:
            out = (out_share, kappa)
    return out


if __name__ == "__main__":
    main()
