"""What the cohort has learnt: mastery, confusions, missed items, writing, cohorts.

Mastery of an objective by a learner is the share of its assessment items the
learner got right (``correct / items``, keyed items only); the objective is
*mastered* at or above :data:`MASTERY_THRESHOLD`. Misconception views
(confusion matrices, most-missed items, misconception tags) read practice and
assessment answers alike unless ``kinds`` says otherwise: practice is low
stakes, so it shows thinking, but learners may change a practice answer after
seeing its explanation (only the last answer is stored).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

from soplab.engine.items import ItemBank, label_kind

from .bank import items_frame
from .itemstats import NO_ANSWER

__all__ = [
    "COACH_KINDS", "COACH_SAMPLE", "MASTERY_THRESHOLD", "MISCONCEPTION_KINDS",
    "coach_components", "cohort_comparison", "confusion_matrices", "mastery",
    "mastery_by_objective", "misconception_summary", "most_missed",
]

MASTERY_THRESHOLD = 0.8
COACH_KINDS = ("harm", "danger", "goal", "plan", "question")
MISCONCEPTION_KINDS = ("assessment", "practice")
#: Texts per writing item read by the coach (a seeded random sample): enough to rank
#: the parts most often missing (a share's margin of error is at most about 8 points).
COACH_SAMPLE = 150


def _kind_or_none(label: Any) -> str | None:
    """The kind part of an item's label ("question:exception" -> "question"), or None
    for a label that is no writing kind (a choice's letter, a rubric name)."""
    try:
        return label_kind(str(label))
    except ValueError:
        return None


def mastery(responses: pd.DataFrame, threshold: float = MASTERY_THRESHOLD) -> pd.DataFrame:
    """One row per learner x objective: items, correct, score (0..1), mastered."""
    r = responses[(responses["kind"] == "assessment") & responses["correct"].notna()]
    cols = ["student_id", "objective", "items", "correct", "score", "mastered"]
    if r.empty:
        return pd.DataFrame(columns=cols)
    out = r.groupby(["student_id", "objective"]).agg(
        items=("correct", "size"), correct=("correct", "sum")).reset_index()
    out["score"] = out["correct"] / out["items"]
    out["mastered"] = out["score"] >= threshold
    return out[cols]


def mastery_by_objective(learner_mastery: pd.DataFrame, bank: ItemBank | None = None,
                         group: pd.Series | None = None) -> pd.DataFrame:
    """Per objective (and group, when ``group`` maps student_id -> group):
    n learners, mean score and share who mastered it."""
    m = learner_mastery
    keys = ["objective"]
    if group is not None:
        m = m.assign(group=m["student_id"].map(group).astype(object).fillna(""))
        keys = ["group", "objective"]
    if m.empty:
        return pd.DataFrame(columns=[*keys, "n", "mean_score", "mastered_share"])
    out = m.groupby(keys).agg(n=("student_id", "nunique"), mean_score=("score", "mean"),
                              mastered_share=("mastered", "mean")).reset_index()
    if bank is not None:
        titles = {o.id: o.short_title for o in bank.objectives.values()}
        out.insert(keys.index("objective") + 1, "title", out["objective"].map(titles))
    return out


def confusion_matrices(responses: pd.DataFrame, bank: ItemBank,
                       kinds: Iterable[str] = MISCONCEPTION_KINDS) -> dict[str, pd.DataFrame]:
    """Correct label x chosen option counts for each classify choice list.

    Classify sets that offer the same choices (e.g. harm / danger /
    complicating factor) are pooled; the name is the choices joined by ``/``.
    Rows are the key, columns the chosen option (plus ``(no answer)``).
    """
    r = responses[(responses["widget"] == "classify") & responses["kind"].isin(list(kinds))]
    out: dict[str, pd.DataFrame] = {}
    groups: dict[tuple[str, ...], list[str]] = {}
    for ex in bank.exercises.values():
        if ex.widget == "classify":
            groups.setdefault(ex.choices, []).append(ex.id)
    for choices, exercises in groups.items():
        part = r[r["exercise"].isin(exercises)]
        if part.empty:
            continue
        chosen = part["chosen"].where(part["chosen"].notna(), NO_ANSWER)
        table = pd.crosstab(part["label"], chosen)
        cols = list(choices) + sorted(c for c in table.columns if c not in choices)
        table = table.reindex(index=list(choices), columns=cols, fill_value=0).fillna(0)
        table = table.astype(int)
        table.index.name = "correct answer"
        table.columns.name = "chosen"
        out[" / ".join(choices)] = table
    return out


def most_missed(responses: pd.DataFrame, bank: ItemBank, top: int = 10,
                kinds: Iterable[str] = MISCONCEPTION_KINDS) -> pd.DataFrame:
    """Items with the lowest share right, with the most common wrong answer and the
    item's explanation and misconception tag."""
    r = responses[responses["correct"].notna() & responses["kind"].isin(list(kinds))]
    cols = ["item_id", "kind", "objective", "n", "share_correct", "common_wrong",
            "common_wrong_share", "correct_option", "prompt", "explanation", "misconception"]
    if r.empty:
        return pd.DataFrame(columns=cols)
    stats = r.groupby("item_id").agg(n=("correct", "size"), share_correct=("correct", "mean"))
    wrong = r[(r["correct"] == 0) & r["answered"]]
    common = (wrong.groupby(["item_id", "chosen_option"]).size().rename("count").reset_index()
              .sort_values(["item_id", "count"], ascending=[True, False])
              .drop_duplicates("item_id").set_index("item_id"))
    stats["common_wrong"] = common["chosen_option"]
    stats["common_wrong_share"] = common["count"] / stats["n"]
    stats = stats.sort_values(["share_correct", "n"], ascending=[True, False]).head(top)
    items = items_frame(bank).set_index("item_id")
    stats = stats.join(items[["kind", "objective", "correct_option", "prompt", "explanation",
                              "misconception"]])
    return stats.reset_index()[cols]


def misconception_summary(responses: pd.DataFrame, bank: ItemBank,
                          kinds: Iterable[str] = MISCONCEPTION_KINDS) -> pd.DataFrame:
    """Per misconception tag: items carrying it, answers, and the share answered wrongly."""
    r = responses[responses["correct"].notna() & responses["kind"].isin(list(kinds))
                  & (responses["misconception"].fillna("") != "")]
    cols = ["misconception", "description", "items", "answers", "share_wrong"]
    if r.empty:
        return pd.DataFrame(columns=cols)
    out = r.groupby("misconception").agg(items=("item_id", "nunique"),
                                         answers=("correct", "size"),
                                         share_wrong=("correct", lambda c: 1.0 - c.mean()))
    out = out.reset_index()
    out.insert(1, "description", out["misconception"].map(bank.misconceptions))
    return out.sort_values("share_wrong", ascending=False)[cols].reset_index(drop=True)


def coach_components(responses: pd.DataFrame, analyse: Callable[..., Any] | None = None,
                     max_per_item: int | None = COACH_SAMPLE, seed: int = 0,
                     progress: Callable[[Iterable], Iterable] | None = None) -> pd.DataFrame:
    """Which parts of harm/danger statements, goals, plans and questions the cohort
    most often leaves out, from the writing coach's ``analyse(text, expected_kind=)``.

    Returns per kind x component: the component's plain label (the coach's own,
    e.g. "Who did what"), texts analysed, times missing and share missing.
    ``max_per_item`` caps the texts read per item (a seeded random sample) to keep
    large cohorts quick; identical texts are analysed once.
    Empty when no coach is given.
    """
    cols = ["kind", "component", "label", "texts", "missing", "share_missing"]
    if analyse is None:
        return pd.DataFrame(columns=cols)
    r = responses[~responses["widget"].isin(["classify", "scenario"])
                  & responses["text"].notna()]
    # a "question:exception" item counts with the questions
    r = r.assign(asked_kind=r["label"].map(_kind_or_none))
    r = r[r["asked_kind"].isin(COACH_KINDS) & (r["text"].astype(str).str.strip() != "")]
    if max_per_item is not None and not r.empty:
        r = (r.groupby("item_id", group_keys=False)
             .apply(lambda g: g.sample(min(len(g), max_per_item), random_state=seed)))
    counts: dict[tuple[str, str], list[int]] = {}
    labels: dict[tuple[str, str], str] = {}
    triples = list(zip(r["text"].astype(str), r["label"], r["asked_kind"], strict=True))
    seen: dict[tuple[str, str], list[Any]] = {}
    for text, asked, kind in (progress(triples) if progress else triples):
        if (text, asked) not in seen:
            try:
                result = analyse(text, expected_kind=asked)
                seen[(text, asked)] = list(getattr(result, "components", []) or [])
            except Exception:  # one odd text must not stop the report
                seen[(text, asked)] = []
        for comp in seen[(text, asked)]:
            name = str(getattr(comp, "name", "?"))
            labels.setdefault((kind, name), str(getattr(comp, "label", "") or name))
            slot = counts.setdefault((kind, name), [0, 0])
            slot[0] += 1
            slot[1] += 0 if bool(getattr(comp, "present", False)) else 1
    rows = [dict(kind=k, component=c, label=labels[(k, c)], texts=v[0], missing=v[1],
                 share_missing=v[1] / v[0] if v[0] else np.nan) for (k, c), v in counts.items()]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["share_missing", "texts"], ascending=False).reset_index(drop=True)


def cohort_comparison(scores: pd.DataFrame, learner_mastery: pd.DataFrame,
                      cohorts: pd.Series) -> pd.DataFrame:
    """One row per cohort, ordered by its first submission: learners, started (date),
    submission rate, mean assignment score (%) and share of objectives mastered.

    ``scores`` is :func:`soplab.cohort.analytics.gradebook.assignment_scores`' frame,
    ``cohorts`` maps student_id -> cohort name. Small groups are *not*
    suppressed here; the report does that (:mod:`soplab.cohort.analytics.privacy`).
    """
    cols = ["cohort", "n", "started", "submission_rate", "mean_percent", "mastered_share"]
    if scores.empty:
        return pd.DataFrame(columns=cols)
    s = scores.assign(cohort=scores["student_id"].map(cohorts).astype(object).fillna("").replace("",
                                                                                "(no cohort)"))
    out = s.groupby("cohort").agg(
        n=("student_id", "nunique"), started=("timestamp", "min"),
        submission_rate=("submitted", "mean"), mean_percent=("percent", "mean"))
    if not learner_mastery.empty:
        cohort = learner_mastery["student_id"].map(cohorts).astype(object).fillna("")
        m = learner_mastery.assign(cohort=cohort.replace("", "(no cohort)"))
        out["mastered_share"] = m.groupby("cohort")["mastered"].mean()
    else:
        out["mastered_share"] = np.nan
    out = out.reset_index().sort_values(["started", "cohort"], na_position="last")
    return out[cols].reset_index(drop=True)
