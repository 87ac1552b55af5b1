"""Late and missing work, judged by each learner's due date in force.

A learner's due date in force is the assignment's, moved by an extension or an
accommodation (:mod:`soplab.cohort.extensions`). Work is **late** when it was
submitted after that date, **missing** when that date has passed and nothing was
submitted (counted only for assignments of which something has been collected).
The step counts them per assignment and says who has more time, without
naming anyone (the report pseudonymises learners).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pandas as pd

from ..extensions import extensions_in_force
from .data import CourseData

__all__ = ["late_and_missing", "late_work_step"]


def late_and_missing(data: CourseData, now: datetime | None = None) -> pd.DataFrame:
    """One row per learner x assignment that is late or missing: ``student_id,
    assignment, due, due_in_force, extension`` (how it was moved, or ""), ``kind``."""
    cols = ["student_id", "assignment", "due", "due_in_force", "extension", "kind"]
    sc = data.scores
    if sc.empty:
        return pd.DataFrame(columns=cols)
    now = now or datetime.now(UTC).replace(tzinfo=None)
    force = extensions_in_force(data.config.root, data.config.db_url, data.config.course_id)
    # before anything of an assignment is collected, "missing" cannot be told apart from
    # "not collected yet": such assignments are left out
    collected = set(sc.loc[sc["status"] != "not submitted", "assignment"])
    rows = []
    for r in sc[sc["assignment"].isin(collected)].itertuples(index=False):
        due = r.duedate if pd.notna(r.duedate) else None
        ext = force.get((r.student_id, r.assignment))
        in_force = ext.until if ext is not None else due
        if in_force is None:
            continue
        submitted = r.status != "not submitted"
        when = r.timestamp if pd.notna(r.timestamp) else None
        kind = ("late" if submitted and when is not None and when > in_force else
                "missing" if not submitted and in_force < now else "")
        if kind:
            rows.append([r.student_id, r.assignment, due, in_force,
                         ext.source if ext is not None else "", kind])
    return pd.DataFrame(rows, columns=cols)


def late_work_step(data: CourseData, label: Callable[[str], str], step_cls, line_cls,
                   now: datetime | None = None):
    """The report's "late and missing work" step, or None when there is none."""
    found = late_and_missing(data, now)
    if found.empty:
        return None
    lines = []
    for assignment, group in found.groupby("assignment", sort=False):
        late, missing = int((group["kind"] == "late").sum()), int((group["kind"] == "missing")
                                                                   .sum())
        moved = group[group["extension"] != ""]
        text = f"{label(assignment)}: {late} submitted late, {missing} missing"
        if not moved.empty:
            latest = max(moved["due_in_force"])
            text += (f"; {len(moved)} of them judged by an extension or accommodation "
                     f"(latest due {latest:%-d %b %Y %H:%M} UTC)")
        lines.append(line_cls(text))
    return step_cls(
        "late", len(found),
        f"Late or missing work: {len(found)} (by each learner's due date in force)",
        how="Late means submitted after the learner's due date, missing means that date "
            "has passed with nothing submitted; an extension or an accommodation moves "
            "the date. To give one learner more time:",
        commands=("soplab extend LEARNER ASSIGNMENT --days N",), lines=tuple(lines))
