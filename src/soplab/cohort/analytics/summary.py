"""All cohort analytics of a course in one object, for the report and the dashboard."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from soplab.coach import analyse as coach_analyse

from .bank import items_frame
from .data import CourseData
from .itemstats import AssessmentAnalysis, Thresholds, analyse_assessment
from .learning import (
    COACH_SAMPLE,
    coach_components,
    cohort_comparison,
    confusion_matrices,
    mastery,
    mastery_by_objective,
    misconception_summary,
    most_missed,
)

__all__ = ["CohortAnalytics", "ITEM_ANALYSIS_COLUMNS", "analyse_course", "progress_table"]

ITEM_ANALYSIS_COLUMNS = (
    "item_id", "assignment", "exercise", "objective", "kind", "n", "facility", "sd",
    "discrimination_index", "discriminative_efficiency", "flag", "prompt",
)


@dataclass
class CohortAnalytics:
    """Results computed from :class:`CourseData`."""
    assessments: dict[str, AssessmentAnalysis]
    #: one row per assessment item (:data:`ITEM_ANALYSIS_COLUMNS`)
    item_analysis: pd.DataFrame
    #: one row per assignment: test statistics
    tests: pd.DataFrame
    #: one row per assignment: learners by status and mean score
    progress: pd.DataFrame
    learner_mastery: pd.DataFrame
    objective_mastery: pd.DataFrame
    confusions: dict[str, pd.DataFrame]
    most_missed: pd.DataFrame
    misconceptions: pd.DataFrame
    coach: pd.DataFrame
    coach_available: bool
    cohorts: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def progress_table(scores: pd.DataFrame) -> pd.DataFrame:
    """Per assignment: learners graded, pending, not autograded, not submitted, mean %."""
    cols = ["assignment", "graded", "pending", "not_autograded", "not_submitted",
            "mean_percent", "median_percent"]
    if scores.empty:
        return pd.DataFrame(columns=cols)
    counts = pd.crosstab(scores["assignment"], scores["status"])
    out = pd.DataFrame(index=counts.index)
    for col, status in (("graded", "graded"), ("pending", "pending manual grading"),
                        ("not_autograded", "not autograded"),
                        ("not_submitted", "not submitted")):
        out[col] = counts[status] if status in counts else 0
    out["mean_percent"] = scores.groupby("assignment")["percent"].mean()
    out["median_percent"] = scores.groupby("assignment")["percent"].median()
    order = (scores[["assignment", "duedate"]].drop_duplicates("assignment")
             .sort_values(["duedate", "assignment"], na_position="last")["assignment"])
    return out.reindex(order).reset_index().rename(columns={"index": "assignment"})[cols]


def analyse_course(data: CourseData, thresholds: Thresholds | None = None,
                   coach: Callable[..., Any] | None | str = "auto",
                   coach_sample: int | None = COACH_SAMPLE,
                   progress: Callable[[Iterable], Iterable] | None = None) -> CohortAnalytics:
    """Compute every table of the report. ``coach="auto"`` uses ``soplab.coach`` if present."""
    bank = data.bank
    resp = data.responses.frame
    notes: list[str] = []
    option_text: dict[tuple[str, str], str] = {}
    options: dict[str, list[str]] = {}
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        if ex.widget == "scenario":
            options[item.id] = [chr(65 + i) for i in range(len(item.choices))]
            for i, text in enumerate(item.choices):
                option_text[(item.id, chr(65 + i))] = f"{chr(65 + i)}: {text}"
        elif ex.widget == "classify":
            options[item.id] = list(ex.choices)
    assignments = list(dict.fromkeys(
        ex.assignment for ex in bank.exercises.values() if ex.kind == "assessment"))
    keyed = resp[resp["kind"] == "assessment"] if not resp.empty else resp
    keyed = keyed[keyed["correct"].notna()] if not keyed.empty else keyed
    parts = dict(list(keyed.groupby("assignment", sort=False))) if not keyed.empty else {}
    assessments = {a: analyse_assessment(parts.get(a, keyed.iloc[:0]), a, thresholds,
                                         option_text, options)
                   for a in assignments}
    items = items_frame(bank).set_index("item_id")
    rows = []
    tests = []
    for a, res in assessments.items():
        if not res.items.empty:
            frame = res.items.join(items[["exercise", "objective", "kind", "prompt"]])
            frame["assignment"] = a
            rows.append(frame.reset_index())
        tests.append({"assignment": a, **res.summary})
    item_analysis = (pd.concat(rows, ignore_index=True) if rows
                     else pd.DataFrame(columns=list(ITEM_ANALYSIS_COLUMNS)))
    item_analysis = item_analysis[list(ITEM_ANALYSIS_COLUMNS)]
    if not resp.empty and (~resp["widget"].isin(["classify", "scenario"])).any():
        notes.append("Writing items have no automatic key, so they are not part of the item "
                     "and test statistics.")
    lm = mastery(resp)
    om = mastery_by_objective(lm, bank)
    analyse = coach_analyse if coach == "auto" else coach
    coach_table = coach_components(resp, analyse, max_per_item=coach_sample, progress=progress)
    return CohortAnalytics(
        assessments=assessments, item_analysis=item_analysis, tests=pd.DataFrame(tests),
        progress=progress_table(data.scores), learner_mastery=lm, objective_mastery=om,
        confusions=confusion_matrices(resp, bank), most_missed=most_missed(resp, bank),
        misconceptions=misconception_summary(resp, bank), coach=coach_table,
        coach_available=analyse is not None,
        cohorts=cohort_comparison(data.scores, lm, data.cohorts), notes=notes)
