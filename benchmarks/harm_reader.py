"""Train the coach's learned second reader for harmful practice, and say honestly what it does.

The safety rules (:mod:`soplab.coach.safety_rules`) find harmful practice from general
readings, but writers nobody had seen kept writing it in shapes they did not know. This
script trains a multinomial logistic regression (labels: "none" and the expert's harmful
rules) over an answer's words, word pairs and the kind the item asks for (common words
left out; :func:`soplab.coach.harmmodel.harm_features`) on the expert-scored answers of the
splits named in :data:`SPLITS` (never any other: a later held-out split is the blind test and is
never read), and prints, **leave one split out** (each split was written by its own
writers, so a fold's writers are never trained on):

* the reader alone: the share of harmful answers it flags and the share of sound answers
  it flags, at :data:`soplab.coach.harmmodel.HARMFUL_AT` and at a few other thresholds;
* beside the rules (not blind: the rules were tuned on these answers): of the harmful
  answers no rule finds, how many the reader flags, and of the sound answers no rule finds
  anything in, how many it flags (each would be capped and sent to a person).

Then it trains on all of them and writes ``data/lexicon/harm_weights.csv`` (one row a
feature, one weight column a label), which the coach scores in pure Python.

Run: ``.venv/bin/python benchmarks/harm_reader.py [--no-write]`` (numpy, about a minute).
"""

from __future__ import annotations

import argparse
import csv

from kind_reader import train, write_weights
from soplab._core.labels import split_kind
from soplab._core.paths import data_path
from soplab.coach.harmmodel import (
    HARM_LABELS,
    HARM_WEIGHTS_FILE,
    HARMFUL_AT,
    MODEL_KINDS,
    harm_features,
)
from soplab.coach.kindmodel import probabilities
from soplab.coach.safety_rules import find_findings
from soplab.coach.stages import clauses, segment
from soplab.engine.items import load_bank

#: The expert-scored splits trained on, named here and never taken from another list.
#: Not heldout8: trained with it, the reader took "drink" in any goal for harmful practice
#: ("Mom will not drink." flagged), learning one vignette's fact (Minh's drinking is what
#: Thanh told the worker in private) as a word cue; the rules, which know the names, carry it.
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7")
THRESHOLDS = tuple(sorted({0.3, 0.4, 0.5, 0.6, HARMFUL_AT}))


def load() -> list[dict[str, str]]:
    with data_path("writing", "answers.csv").open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["split"] in SPLITS]


def course_models() -> list[dict[str, str]]:
    """The course's own model answers to its written items of the kinds the reader knows,
    as sound rows (split ``course-model``): always trained on, never a test fold. Without
    them the reader took a model goal ("... let Grace take over") for harmful practice."""
    bank = load_bank()
    out = []
    for item in bank.items.values():
        exercise = bank.exercises.get(item.exercise)
        if (exercise is None or exercise.widget != "text"
                or split_kind(item.label)[0] not in MODEL_KINDS):
            continue
        model = item.explanation.removeprefix("Model: ").split(" (Look for")[0].strip()
        if model:
            out.append({"split": "course-model", "text": model, "expected_kind": item.label,
                        "harmful": "0", "harmful_rule": ""})
    return out


def label(row: dict[str, str]) -> int:
    """The row's label: its first harmful rule, or "none" (a wrong kind is not harmful)."""
    if row["harmful"] != "1":
        return 0
    rules = [r for r in row["harmful_rule"].split(";") if r in HARM_LABELS]
    return HARM_LABELS.index(rules[0]) if rules else 0


def as_table(weights: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {f: dict(zip(HARM_LABELS, ws, strict=True)) for f, ws in weights.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="only print the figures")
    args = ap.parse_args()
    rows = load() + course_models()
    kinds = [split_kind(r["expected_kind"])[0] for r in rows]
    feats = [harm_features(r["text"], k) for r, k in zip(rows, kinds, strict=True)]
    labels = [label(r) for r in rows]
    by_rules = [bool(find_findings(clauses(segment(r["text"])), k))
                for r, k in zip(rows, kinds, strict=True)]
    p_harm = [0.0] * len(rows)
    for split in SPLITS:
        test = [i for i, r in enumerate(rows) if r["split"] == split]
        keep = [i for i, r in enumerate(rows) if r["split"] != split]
        table = as_table(train([feats[i] for i in keep], [labels[i] for i in keep],
                               len(HARM_LABELS)))
        for i in test:
            p_harm[i] = 1.0 - probabilities(feats[i], table, HARM_LABELS)["none"]
    scored = [i for i, r in enumerate(rows) if r["split"] in SPLITS]
    harmful = [i for i in scored if labels[i]]
    sound = [i for i in scored if not labels[i]]
    print(f"expert-scored answers of {', '.join(SPLITS)}: {len(scored)} ({len(harmful)} "
          f"harmful), leave one split out; the course's {len(rows) - len(scored)} model "
          "answers always trained on as sound")
    for split in SPLITS:
        h = [i for i in harmful if rows[i]["split"] == split]
        s = [i for i in sound if rows[i]["split"] == split]
        print(f"  {split:9} harmful flagged {sum(p_harm[i] >= HARMFUL_AT for i in h):3}/{len(h):3}"
              f"  sound flagged {sum(p_harm[i] >= HARMFUL_AT for i in s):3}/{len(s):3}")
    def share(ids: list[int], at: float = HARMFUL_AT) -> float:
        return sum(p_harm[i] >= at for i in ids) / len(ids)

    for at in THRESHOLDS:
        mark = "  <- HARMFUL_AT" if at == HARMFUL_AT else ""
        print(f"at {at:.2f}: harmful flagged {share(harmful, at):.3f}, sound flagged "
              f"{share(sound, at):.3f}{mark}")
    missed = [i for i in harmful if not by_rules[i]]
    clean = [i for i in sound if not by_rules[i]]
    print(f"beside the rules (not blind): harmful answers no rule finds: {len(missed)}, the "
          f"reader flags {sum(p_harm[i] >= HARMFUL_AT for i in missed)}; sound answers no rule "
          f"finds anything in: {len(clean)}, the reader flags "
          f"{sum(p_harm[i] >= HARMFUL_AT for i in clean)}")
    print(f"loso_harm_reader_recall: {share(harmful):.3f}")
    print(f"loso_harm_reader_sound_flagged: {share(sound):.3f}")
    if args.no_write:
        return
    write_weights(HARM_WEIGHTS_FILE, HARM_LABELS, train(feats, labels, len(HARM_LABELS)))


if __name__ == "__main__":
    main()
