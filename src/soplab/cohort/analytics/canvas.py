"""Grades as a CSV that Canvas's Gradebook "Import" accepts.

Layout (as Canvas exports it): ``Student, ID, SIS User ID, SIS Login ID,
Section``, then one column per assignment; the first data row is
``Points Possible`` with each assignment's maximum; every field quoted.

Identity columns come from ``roster.csv`` when present (``lms_id`` -> ID,
``id`` -> SIS User ID, ``email`` -> SIS Login ID, ``section``), else from the
gradebook (``lms_user_id``, student id, email). This file carries *real* ids:
it is meant for the LMS only, never for sharing.

A cell is filled only when the assignment is fully graded. Learners who did
not submit, and work still waiting for manual grading, are left blank (Canvas
then leaves that grade unchanged) unless ``missing_as_zero`` asks for 0 for
work not submitted.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from soplab._core.csvsafe import neutralise_row

__all__ = ["IDENTITY_COLUMNS", "POINTS_POSSIBLE", "canvas_grades", "write_canvas_csv"]

IDENTITY_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "    Points Possible"


def _fmt(value: float) -> str:
    if value is None or pd.isna(value):
        return ""
    return format(round(float(value), 2), "g")


def canvas_grades(scores: pd.DataFrame, roster: pd.DataFrame | None = None,
                  missing_as_zero: bool = False) -> pd.DataFrame:
    """Build the Canvas table (strings) from :func:`assignment_scores`' frame."""
    if scores.empty:
        return pd.DataFrame(columns=list(IDENTITY_COLUMNS))
    order = (scores[["assignment", "duedate"]].drop_duplicates("assignment")
             .sort_values(["duedate", "assignment"], na_position="last")["assignment"].tolist())
    values = scores["score"].copy()
    if missing_as_zero:
        values = values.where(scores["status"] != "not submitted", 0.0)
    wide = (scores.assign(value=values)
            .pivot(index="student_id", columns="assignment", values="value")
            .reindex(columns=order))
    people = scores.drop_duplicates("student_id").set_index("student_id")[
        ["first_name", "last_name", "email", "lms_user_id"]]
    if roster is not None and not roster.empty:
        r = roster.set_index("id")
        for src, dst in (("first_name", "first_name"), ("last_name", "last_name"),
                         ("email", "email"), ("lms_id", "lms_user_id")):
            better = people.index.map(r[src]).to_series(index=people.index)
            better = better.where(better.fillna("") != "")
            people[dst] = better.fillna(people[dst])
        people["section"] = people.index.map(r["section"]).to_series(index=people.index)
    else:
        people["section"] = ""
    people = people.astype(object).fillna("")
    maxima = scores.groupby("assignment")["max_score"].max()
    rows = [[POINTS_POSSIBLE, "", "", "", ""] + [_fmt(maxima.get(a)) for a in order]]
    people = people.assign(_last=people["last_name"].astype(str).str.lower(),
                           _first=people["first_name"].astype(str).str.lower(),
                           _id=people.index.astype(str))
    people = people.sort_values(["_last", "_first", "_id"])
    cells = wide.reindex(people.index).to_numpy(dtype=object)
    for sid, p, grades in zip(people.index, people.itertuples(index=False), cells,
                              strict=True):
        name = ", ".join(x for x in (str(p.last_name), str(p.first_name)) if x) or str(sid)
        rows.append([name, str(p.lms_user_id), str(sid), str(p.email), str(p.section)]
                    + [_fmt(v) for v in grades])
    return pd.DataFrame(rows, columns=[*IDENTITY_COLUMNS, *order])


def write_canvas_csv(table: pd.DataFrame, path: Path | str) -> Path:
    """Write the Canvas table with every field quoted (``csv.QUOTE_ALL``), UTF-8.

    A text cell that a spreadsheet would run as a formula gets a leading ``'``
    (:mod:`soplab._core.csvsafe`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(neutralise_row(table.columns))
        writer.writerows(neutralise_row(row) for row in table.itertuples(index=False, name=None))
    return path
