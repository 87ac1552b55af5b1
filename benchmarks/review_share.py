"""Share of the simulated cohort's graded writing answers scored automatically with
confidence (not sent to the review queue).

The answers are the simulated cohort's (``soplab.cohort.simulate``: sentences
assembled from a few fixed fragments). This is NOT the expert-scored set
(data/writing/, benchmarks/writing_agreement.py) and not blind: it says how much
of an instructor's reading the queue leaves on a synthetic cohort, nothing
about agreement with an expert.

An answer is "honest" when it is built only from the simulation's good and weak
fragments; "with a practice warned against" when it holds a fragment the
simulation writes for a misconception (labels, services, absence goals, the
wrong kind, closed, why or leading questions).

    python benchmarks/review_share.py [--learners N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from soplab._core.paths import repo_root
from soplab.cohort.review import read_set, writing_sets
from soplab.cohort.simulate import make_cohort
from soplab.cohort.simulate.writing import FRAGMENTS, WRITING_MISCONCEPTIONS, write_text
from soplab.engine.items import load_bank


def _warned(kind: str, text: str) -> bool:
    slots = {slot for _tag, slot in WRITING_MISCONCEPTIONS.get(kind, [])}
    return any(frag in text for slot in slots for frag in FRAGMENTS[kind].get(slot, []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    bank = load_bank(repo_root())
    tags = sorted(bank.misconceptions) or None
    learners = make_cohort(args.learners, args.seed, tags=tags)
    rng = random.Random(args.seed)
    counts: Counter[tuple[str, bool]] = Counter()
    reasons: Counter[str] = Counter()
    assignments = sorted({ex.assignment for ex in bank.exercises.values()})
    sets = [ex for a in assignments for ex in writing_sets(bank, a)]
    for learner in learners:
        for ex_id in sets:
            items = [i for i in bank.items_for(ex_id) if i.label != "reflection"]
            values = {i.id: write_text(learner, i.label, rng) for i in items}
            for reading in read_set(bank, ex_id, values):
                group = "warned" if _warned(reading.expected_kind, reading.text) else "honest"
                counts[group, reading.needs_review] += 1
                if reading.needs_review:
                    reasons.update(reading.signature)
    print("Simulated cohort (synthetic fragments; NOT the expert set; not blind)")
    print(f"learners: {args.learners}, graded writing sets: {len(sets)}, seed {args.seed}")
    for group, label in (("honest", "honest answers"),
                         ("warned", "answers with a practice warned against")):
        auto, queued = counts[group, False], counts[group, True]
        total = auto + queued
        share = auto / total if total else 0.0
        print(f"{label}: {total}; scored automatically with confidence: {auto} "
              f"({100 * share:.1f}%); to a person: {queued}")
    print("why answers went to a person: " + ", ".join(
        f"{why} {n}" for why, n in reasons.most_common(8)))
    honest = counts["honest", False] + counts["honest", True]
    print(f"honest_auto_share: {counts['honest', False] / honest if honest else 0.0:.3f}")


if __name__ == "__main__":
    main()
