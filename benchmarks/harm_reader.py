"""Train the coach's learned second reader for harmful practice, and say honestly what it does.

The safety rules (:mod:`soplab.coach.safety_rules`) find harmful practice from general
readings, but writers nobody had seen kept writing it in shapes they did not know. This
script trains a multinomial logistic regression (labels: "none" and the expert's harmful
rules) over an answer's words, word pairs and the kind the item asks for (common words
left out; :func:`soplab.coach.harmmodel.harm_features`) on the expert-scored answers of the
splits named in :data:`SPLITS` (never any other: a later held-out split is the blind test and is
never read), the course's model answers and the project's own answers
(``data/coach/harm_own.csv``), and prints, **leave one split out** (each split was written
by its own writers, so a fold's writers are never trained on), fold by fold:

* the reader alone: the share of harmful answers it flags and the share of sound answers
  it flags, at :data:`soplab.coach.harmmodel.HARMFUL_AT` and at a few other thresholds;
* beside the rules (not blind: the rules were tuned on these answers): of the harmful
  answers no rule finds, how many the reader flags, and of the sound answers no rule finds
  anything in, how many it flags (each would be capped and sent to a person).

Then it trains on all of them and writes ``data/lexicon/harm_weights.csv`` (one row a
feature, one weight column a label), which the coach scores in pure Python.

Run: ``.venv/bin/python benchmarks/harm_reader.py [--no-write]`` (numpy, about two minutes).
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
from soplab.coach.lexicon import read_rows
from soplab.coach.safety_rules import find_findings
from soplab.coach.stages import clauses, segment
from soplab.engine.items import load_bank

#: The expert-scored splits trained on, named here and never taken from another list.
#: Since round 10 every spent split: the reader reads the course's people by their part
#: (:func:`soplab.coach.harmmodel.roles`), and an answer whose only harm is
#: "dv-source-exposed" is not trained on (:func:`label`). Before both, trained with
#: heldout8 it took "drink" in any goal for harmful practice ("Mom will not drink."),
#: learning one vignette's fact (Minh's drinking is what Thanh told the worker in private)
#: as a word cue; the rules, which know the names, carry that practice.
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12")
#: The folds told apart in the figures: the latest writers, most like the next ones.
LATE = ("heldout9", "heldout10", "heldout11", "heldout12")
#: The training answers written for this reader (round 12), one file a writing helper:
#: answers to the course's items with the harmful phrase of each harmful one marked, half of
#: them harmful. Tried and NOT shipped (``--corpus`` shows the figures): leave one split out
#: it rose from 252 to 270 of 384 harmful answers flagged (late splits 63 -> 69 of 113), but
#: sound answers flagged rose from 0 to 3 of 1,089, and it took plain harm statements of the
#: guard tests for harmful practice ("Dad hit Mom in the kitchen while Ellie (3) watched":
#: 0.40 -> 0.83; its many "while Kai was ..." lapses taught "while <child>" as blame); with
#: only the marked phrase as the harmful row, 0.74. A word model cannot tell a child who
#: watched from a child who was meant to watch: the corpus serves the rules' tests instead
#: (tests/coach/test_harm_corpus.py).
CORPUS_GLOB = "harm_train_*.csv"
#: A remainder shorter than this (in words) once the harmful phrase is cut out is too little
#: to stand as a sound answer of its own.
REST_WORDS = 6
THRESHOLDS = tuple(sorted({0.4, 0.45, 0.5, 0.55, HARMFUL_AT}))
#: An answer the expert scored at least this (and not harmful) is a sound one.
SOUND_AT = 0.75


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


def own_answers() -> list[dict[str, str]]:
    """The project's own answers (``data/coach/harm_own.csv``; split ``own``): sound ones
    that share words with harmful practice, and harmful ones of a practice the scored
    answers show in few words. Always trained on, never a fold."""
    return [{"split": "own", "text": r["text"], "expected_kind": r["kind"],
             "harmful": "0" if r["label"] == "none" else "1",
             "harmful_rule": "" if r["label"] == "none" else r["label"]}
            for r in read_rows(data_path("coach", "harm_own.csv"))]


def corpus_answers() -> list[dict[str, str]]:
    """The training answers of ``data/writing/harm_train_*.csv`` (split ``corpus``), with
    ``--corpus``: always trained on, never a fold. Each harmful one also gives its text with
    the marked harmful phrase cut out as a sound row (split ``corpus-rest``): the same
    answer without the harm tells the reader that the harm lies in those words, not in the
    rest of the answer."""
    out = []
    for path in sorted(data_path("writing").glob(CORPUS_GLOB)):
        for r in read_rows(path):
            harmful = r["label"] != "none"
            out.append({"split": "corpus", "text": r["text"], "expected_kind": r["expected_kind"],
                        "harmful": "1" if harmful else "0",
                        "harmful_rule": r["label"] if harmful else ""})
            span = r["harmful_span"].strip()
            rest = " ".join(r["text"].replace(span, " ").split()) if span else ""
            if harmful and span in r["text"] and len(rest.split()) >= REST_WORDS:
                out.append({"split": "corpus-rest", "text": rest,
                            "expected_kind": r["expected_kind"], "harmful": "0",
                            "harmful_rule": ""})
    return out


def label(row: dict[str, str]) -> int:
    """The row's label: its first harmful rule, or "none" (a wrong kind is not harmful)."""
    if row["harmful"] != "1":
        return 0
    rules = [r for r in row["harmful_rule"].split(";") if r in HARM_LABELS]
    return HARM_LABELS.index(rules[0]) if rules else 0


def train_label(row: dict[str, str]) -> int | None:
    """The label trained on: :func:`label`, but "dv-source-exposed" is left out (the next
    harmful rule, or no training row at all): whether a sentence exposes a source is a fact
    of one vignette (what Thanh told in private), which the rules carry by name; as words
    it taught the reader "drinking" and "told" as harm."""
    rules = [r for r in row["harmful_rule"].split(";") if r in HARM_LABELS]
    if row["harmful"] != "1" or not rules:
        return 0
    rest = [r for r in rules if r != "dv-source-exposed"]
    return HARM_LABELS.index(rest[0]) if rest else None


def as_table(weights: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {f: dict(zip(HARM_LABELS, ws, strict=True)) for f, ws in weights.items()}


def fit(feats: list[set[str]], labels: list[int | None],
        ids: list[int]) -> dict[str, list[float]]:
    keep = [i for i in ids if labels[i] is not None]
    return train([feats[i] for i in keep], [labels[i] for i in keep], len(HARM_LABELS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="only print the figures")
    ap.add_argument("--corpus", action="store_true",
                    help=f"also train on the training answers of data/writing/{CORPUS_GLOB} (to "
                         "compare: not shipped, see CORPUS_GLOB; implies --no-write)")
    ap.add_argument("--show", metavar="SPLIT", choices=SPLITS,
                    help="also print each harmful and sound answer of SPLIT with its probability")
    args = ap.parse_args()
    corpus = corpus_answers() if args.corpus else []
    rows = load() + course_models() + own_answers() + corpus
    kinds = [split_kind(r["expected_kind"])[0] for r in rows]
    feats = [harm_features(r["text"], k) for r, k in zip(rows, kinds, strict=True)]
    truth = [label(r) for r in rows]
    labels = [train_label(r) for r in rows]
    by_rules = [bool(find_findings(clauses(segment(r["text"])), k))
                for r, k in zip(rows, kinds, strict=True)]
    p_harm = [0.0] * len(rows)
    for split in SPLITS:
        table = as_table(fit(feats, labels, [i for i, r in enumerate(rows)
                                             if r["split"] != split]))
        for i, r in enumerate(rows):
            if r["split"] == split:
                p_harm[i] = 1.0 - probabilities(feats[i], table, HARM_LABELS)["none"]
    scored = [i for i, r in enumerate(rows) if r["split"] in SPLITS]
    harmful = [i for i in scored if truth[i]]
    sound = [i for i in scored if not truth[i] and rows[i]["harmful"] != "1"
             and float(rows[i]["expert_score"]) >= SOUND_AT]
    print(f"expert-scored answers of {', '.join(SPLITS)}: {len(scored)} ({len(harmful)} "
          f"harmful, {len(sound)} sound: expert >= {SOUND_AT}), leave one split out; the "
          f"course's model answers, {len(own_answers())} answers of the project's own "
          f"(data/coach/harm_own.csv) and {len(corpus)} training answers and remainders "
          f"(data/writing/{CORPUS_GLOB}) always trained on")

    def flagged(ids: list[int], at: float = HARMFUL_AT) -> str:
        return f"{sum(p_harm[i] >= at for i in ids):3}/{len(ids):3}"

    def figures(splits: tuple[str, ...], at: float = HARMFUL_AT) -> str:
        h = [i for i in harmful if rows[i]["split"] in splits]
        s = [i for i in sound if rows[i]["split"] in splits]
        return (f"beside the rules: harmful no rule finds flagged "
                f"{flagged([i for i in h if not by_rules[i]], at)}, sound no rule finds "
                f"anything in flagged {flagged([i for i in s if not by_rules[i]], at)};  alone: "
                f"harmful {flagged(h, at)}, sound {flagged(s, at)}")

    print(f"at HARMFUL_AT {HARMFUL_AT} (beside the rules is not blind: they were tuned on "
          "these answers)")
    for split in SPLITS:
        print(f"  {split:9} {figures((split,))}")
    print(f"  {'late':9} {figures(LATE)}")
    print(f"  {'all':9} {figures(SPLITS)}")
    thin = [i for i in scored if not truth[i] and i not in set(sound)]
    print(f"  not harmful, scored under {SOUND_AT} (a flag costs agreement): flagged "
          f"{flagged(thin)}; of those no rule finds anything in: "
          f"{flagged([i for i in thin if not by_rules[i]])}")
    for at in THRESHOLDS:
        print(f"at {at:.2f}: late {figures(LATE, at)}\n{'':9} all {figures(SPLITS, at)}")
    if args.show:
        for i in [j for j in harmful + sound if rows[j]["split"] == args.show]:
            r = rows[i]
            print(f"  {p_harm[i]:.2f} {'rules' if by_rules[i] else 'none '} "
                  f"{r['harmful_rule'] or 'sound':22} {kinds[i]:8} {r['text'][:110]!r}")
    recall = len([i for i in harmful if p_harm[i] >= HARMFUL_AT]) / len(harmful)
    flagged = len([i for i in sound if p_harm[i] >= HARMFUL_AT]) / len(sound)
    print(f"loso_harm_reader_recall: {recall:.3f}")
    print(f"loso_harm_reader_sound_flagged: {flagged:.3f}")
    if args.no_write or args.corpus:
        return
    write_weights(HARM_WEIGHTS_FILE, HARM_LABELS, fit(feats, labels, list(range(len(rows)))))


if __name__ == "__main__":
    main()
