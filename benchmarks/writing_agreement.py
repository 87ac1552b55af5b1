"""Agreement between the automatic writing score and an expert's score.

Data (written and scored before the coach's issue-21 rules, see
``data/writing/README.md`` and ``data/coach/realworld/SOURCES.md``):

* ``data/writing/answers.csv``: answers to the course's graded writing items,
  each with an expert score in quarters and harmful-practice marks;
* ``data/coach/realworld/statements.csv``: real-world-style statements with
  their kind.

Both are split by a hash of the writer or source id (``held_out``). Prints, for
one split:

* the quadratic weighted kappa (QWK) of ``soplab.coach.written_score(text,
  expected_kind)`` rounded to quarters against ``expert_score``;
* with ``soplab.coach.assess``: the QWK of the answers scored with confidence
  (``needs_review`` false) alone, and the share so scored, of all answers and of the
  honest ones (no harmful practice: issue 21 asks for >= 60% of those);
* how many harmful answers get 0.5 or more;
* the coach's kind accuracy (``soplab.coach.analyse(text).kind``) on the
  real-world statements;
* the inter-rater ("human-human") agreement: ``expert_score`` against a
  second rater's blind ``rater2_score`` (``data/writing/rater2.csv``): QWK,
  exact agreement and agreement on the harmful flag (with its kappa), the
  ceiling to read the coach's figures against;
* and LAST ``writing_qwk: X``.

Splits: ``dev`` is tuned on. ``heldout``, ``heldout2`` (new writers W20-W28 and
sources R16-R22), ``heldout3`` (W29-W40, R23-R32), ``heldout4`` (W55-W66,
R33-R42), ``heldout5`` (W67-W78, R43-R52), ``heldout6`` (W79-W90, R53-R62) and
``heldout7`` (W91-W102, R63-R72), ``heldout8`` (W103-W114, R73-R82),
``heldout9`` (W115-W126, R83-R92), ``heldout10`` (W127-W138, R93-R102),
``heldout11`` (W139-W150, R103-R112) and ``heldout12`` (W151-W162, R113-R122) each gave
blind figures and are now *spent*: later rounds tune on them too, so their figures are
not blind any more. ``--split tune`` is dev and the spent splits together. ``heldout13``
(the default: new writers W163 and up, sources R123 and up, written by another hand
before the twelfth round's rules were written, never read by those writing them) is the
split for reported, blind figures (run once at the round's start and once at its end: a
next round needs ``heldout14``, written before it);
``--errors`` (the disagreements
answer by answer, for adjusting rules) is refused on it. Rater 2 scored only the
first dev writers and ``heldout``, so the inter-rater line covers those rows of
the split, or says there are none.
``--baseline`` runs against a coach without ``assess`` (main before issue 21)
and prints the written_score figures only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from soplab import coach

#: The data travel with this script, not with the installed package, so that a
#: different checkout's coach (``--baseline``) is measured on these files.
DATA = Path(__file__).resolve().parents[1] / "data"
ANSWERS = DATA / "writing" / "answers.csv"
STATEMENTS = DATA / "coach" / "realworld" / "statements.csv"
RATER2 = DATA / "writing" / "rater2.csv"
QUARTERS = (0.0, 0.25, 0.5, 0.75, 1.0)
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
          "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "tune")
#: Held-out splits already used for a blind figure: tuned on since, so not blind.
SPENT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
         "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12")
#: What ``--split tune`` reads: every split that may be looked at answer by answer.
TUNE = ("dev", *SPENT)
#: The split for reported, blind figures (never looked at answer by answer).
BLIND = "heldout13"
#: The splits the blind second rater (``rater2.csv``) scored.
RATED_SPLITS = ("dev", "heldout")
#: Dev writers added after rater 2 had scored (W41-W54, data/writing/README.md): the
#: inter-rater line leaves their answers out.
UNRATED_WRITERS = frozenset(f"W{i}" for i in range(41, 55))


def held_out(name: str) -> bool:
    """The split rule for writers (``W01``) and sources (``R01``): SHA-1 divisible by 3."""
    return int(hashlib.sha1(name.encode("ascii")).hexdigest(), 16) % 3 == 0


def to_quarter(score: float) -> float:
    """Round a 0-1 score to the nearest quarter (the expert's scale), halves up."""
    return math.floor(min(1.0, max(0.0, float(score))) * 4 + 0.5) / 4


def qwk(rater_a: list[float], rater_b: list[float], labels: tuple[float, ...] = QUARTERS) -> float:
    """Quadratic weighted kappa of two raters over the ordered ``labels``.

    1 - sum(W*O) / sum(W*E), with O the observed table, E the table expected
    from the two raters' marginals and W[i, j] = (i - j)^2 / (k - 1)^2.
    """
    if len(rater_a) != len(rater_b) or not rater_a:
        raise ValueError("qwk needs two equally long, non-empty lists of scores")
    index = {value: i for i, value in enumerate(labels)}
    k = len(labels)
    observed = np.zeros((k, k))
    for a, b in zip(rater_a, rater_b, strict=True):
        observed[index[a], index[b]] += 1
    i, j = np.indices((k, k))
    weights = (i - j) ** 2 / (k - 1) ** 2
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    disagreement = (weights * expected).sum()
    if disagreement == 0:
        return 1.0 if (weights * observed).sum() == 0 else 0.0
    return float(1 - (weights * observed).sum() / disagreement)


def load(path: Path, split: str | None) -> list[dict[str, str]]:
    """The rows of a CSV file; only those of ``split`` unless it is None."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        sys.exit(f"{path}: cannot read it ({exc.strerror}); run from a full checkout.")
    wanted = TUNE if split == "tune" else (split,)
    return [r for r in rows if split is None or r["split"] in wanted]


def score_answers(rows: list[dict[str, str]], with_assess: bool) -> list[dict]:
    """The coach's reading of every answer: written_score, and assess when asked."""
    out = []
    for row in rows:
        auto = float(coach.written_score(row["text"], row["expected_kind"]))
        item = {"row": row, "expert": float(row["expert_score"]), "auto": auto,
                "auto_q": to_quarter(auto), "harmful": row["harmful"] == "1"}
        if with_assess:
            result = coach.assess(row["text"], row["expected_kind"])
            item.update(assess=float(result.score), assess_q=to_quarter(result.score),
                        confidence=float(result.confidence),
                        review=bool(result.needs_review))
        out.append(item)
    return out


def report_answers(scored: list[dict], with_assess: bool, errors: bool) -> float:
    expert = [s["expert"] for s in scored]
    kappa = qwk(expert, [s["auto_q"] for s in scored])
    exact = sum(s["expert"] == s["auto_q"] for s in scored) / len(scored)
    print(f"written_score vs expert: QWK {kappa:.3f}, exact agreement {exact:.3f} "
          f"({len(scored)} answers)")

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for s in scored:
        by_kind[s["row"]["expected_kind"]].append(s)
    print("\nby expected kind          n   expert mean   auto mean   exact")
    for kind, group in sorted(by_kind.items()):
        n = len(group)
        print(f"  {kind:<20} {n:>5} {sum(g['expert'] for g in group) / n:>11.2f} "
              f"{sum(g['auto'] for g in group) / n:>11.2f} "
              f"{sum(g['expert'] == g['auto_q'] for g in group) / n:>7.2f}")

    harmful = [s for s in scored if s["harmful"]]
    high = [s for s in harmful if s["auto"] >= 0.5]
    print(f"\nharmful answers scoring >= 0.5: {len(high)} of {len(harmful)}")
    rules = Counter(rule for s in high for rule in s["row"]["harmful_rule"].split(";"))
    if rules:
        print("  by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(rules.items())))

    wrong = [s for s in scored if "wrong-kind" in s["row"]["harmful_rule"].split(";")]
    if wrong:
        print(f"wrong-kind answers scoring > 0.25: {sum(s['auto'] > 0.25 for s in wrong)} "
              f"of {len(wrong)}")

    if with_assess:
        sure = [s for s in scored if not s["review"]]
        share = len(sure) / len(scored)
        print(f"\nscored with confidence (needs_review false): {len(sure)} of {len(scored)} "
              f"= {share:.3f}")
        honest = [s for s in scored if not s["harmful"]]
        honest_sure = [s for s in honest if not s["review"]]
        print(f"honest answers (no harmful practice) scored with confidence: "
              f"{len(honest_sure)} of {len(honest)} = {len(honest_sure) / max(1, len(honest)):.3f}")
        if sure:
            print(f"QWK of the confidently scored part: "
                  f"{qwk([s['expert'] for s in sure], [s['assess_q'] for s in sure]):.3f}")
        missed = [s for s in harmful if not s["review"] and s["assess"] >= 0.5]
        print(f"harmful answers scored >= 0.5 and not sent to review: {len(missed)}")
    if errors:
        print("\ndisagreements (expert vs automatic, largest first):")
        for s in sorted(scored, key=lambda s: -abs(s["expert"] - s["auto_q"])):
            if s["expert"] != s["auto_q"]:
                r = s["row"]
                review = ("" if "review" not in s
                          else f" conf {s['confidence']:.2f}{' REVIEW' if s['review'] else ''}")
                print(f"  {r['id']:<14} expert {s['expert']:.2f} auto {s['auto']:.2f}{review} "
                      f"{r['harmful_rule'] or '-'} | {r['text'][:110]!r}")
    return kappa


def report_kinds(rows: list[dict[str, str]], errors: bool) -> None:
    if not rows:
        print("\nreal-world statements: none in this split")
        return
    ok = 0
    misses = []
    for row in rows:
        read = coach.analyse(row["text"]).kind
        ok += read == row["kind"]
        if read != row["kind"]:
            misses.append((row, read))
    sources = sorted({r["source"] for r in rows})
    print(f"\nreal-world statements: kind accuracy {ok / len(rows):.3f} ({ok}/{len(rows)}, "
          f"{len(sources)} sources: {' '.join(sources)})")
    if errors:
        for row, read in misses:
            print(f"  KIND {row['id']} [{row['shape']}] gold={row['kind']} read={read} | "
                  f"{row['text'][:110]!r}")


def human_agreement(answers: list[dict[str, str]], path: Path = RATER2) -> str:
    """One line: the expert (rater 1) against the blind second rater on these answers."""
    second = {r["id"]: r for r in load(path, split=None)}
    missing = [r["id"] for r in answers if r["id"] not in second]
    if missing:
        sys.exit(f"{path}: no rater2 row for answer {missing[0]} ({len(missing)} missing); "
                 f"score it or drop it from answers.csv.")
    pairs = []
    for r in answers:
        row = second[r["id"]]
        try:
            score = float(row.get("rater2_score") or "")
        except ValueError:
            score = -1.0
        if score not in QUARTERS or row.get("rater2_harmful") not in ("0", "1"):
            sys.exit(f"{path}: row {r['id']}: rater2_score must be 0, 0.25, 0.5, 0.75 or 1 "
                     f"and rater2_harmful 0 or 1.")
        pairs.append((float(r["expert_score"]), score, int(r["harmful"]),
                      int(row["rater2_harmful"])))
    one, two, flag_one, flag_two = (list(column) for column in zip(*pairs, strict=True))
    n = len(pairs)
    exact = sum(a == b for a, b in zip(one, two, strict=True)) / n
    apart = sum(abs(a - b) >= 0.5 for a, b in zip(one, two, strict=True))
    flags = sum(a == b for a, b in zip(flag_one, flag_two, strict=True)) / n
    return (f"inter-rater (expert vs blind rater 2, {n} answers): QWK "
            f"{qwk(one, two):.3f}, exact agreement {exact:.3f}, {apart} apart by >= 0.5; "
            f"harmful flag agreement {flags:.3f} (kappa {qwk(flag_one, flag_two, (0, 1)):.3f}; "
            f"flagged {sum(flag_one)} vs {sum(flag_two)})")


def inter_rater(answers: list[dict[str, str]], split: str, path: Path = RATER2) -> str:
    """The inter-rater line for one split: the figures on the rows rater 2 scored (the
    first dev writers and ``heldout``), or why there are none."""
    rated = [r for r in answers
             if r["split"] in RATED_SPLITS and r["writer"] not in UNRATED_WRITERS]
    if rated:
        return human_agreement(rated, path)
    return (f"inter-rater (expert vs blind rater 2): none for split {split!r}; "
            f"rater 2 scored only the {' and '.join(RATED_SPLITS)} answers")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, default=BLIND,
                    help=f"which answers and statements (default {BLIND}, the blind one; "
                         f"'tune' = {' + '.join(TUNE)})")
    ap.add_argument("--errors", action="store_true",
                    help=f"list the disagreements (not with --split {BLIND})")
    ap.add_argument("--baseline", action="store_true",
                    help="coach without assess (before issue 21): written_score figures only")
    args = ap.parse_args(argv)
    if args.errors and args.split not in (*TUNE, "tune"):
        ap.error(f"--errors is refused on the blind split {args.split!r}: it is never looked "
                 f"at answer by answer (use --split tune)")
    with_assess = not args.baseline
    if with_assess and not hasattr(coach, "assess"):
        ap.error("soplab.coach.assess is missing from this coach; add --baseline to measure "
                 "written_score alone")

    answers = load(ANSWERS, args.split)
    statements = load(STATEMENTS, args.split)
    if not answers:
        sys.exit(f"{ANSWERS}: no answers in split {args.split!r}.")
    writers = sorted({r["writer"] for r in answers})
    print(f"split: {args.split}{'  (baseline: written_score only)' if args.baseline else ''}")
    print(f"answers: {len(answers)} from {len(writers)} writers ({' '.join(writers)}), "
          f"{sum(r['harmful'] == '1' for r in answers)} harmful")

    kappa = report_answers(score_answers(answers, with_assess), with_assess, args.errors)
    report_kinds(statements, args.errors)
    print("\n" + inter_rater(answers, args.split))
    print(f"writing_qwk: {kappa:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
