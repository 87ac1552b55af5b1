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

With Canvas ids (:mod:`.canvasids`: an assignment map or a gradebook exported
from Canvas) each column is ``Title (canvas_id)``, so Canvas updates that
assignment and never creates a new one; assignments without an id are left out
(never an unknown column). With a Canvas gradebook the identity columns are
copied from it, and learners it does not hold are left out. Excused work is
``EX``. Where Canvas's points differ from the course's, the score is scaled to
Canvas's points. Without ids, a non-numeric ``lms_id`` is never written as
``ID`` (Canvas would read ``12ab`` as user 12); SIS User ID and SIS Login ID match.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Collection
from pathlib import Path

import pandas as pd

from soplab._core.csvsafe import neutralise_row

from ..extensions import extensions_in_force
from .canvasids import (
    ASSIGNMENT_MAP,
    EXCUSED_FILE,
    CanvasIds,
    canvas_column,
    read_assignment_map,
    read_canvas_gradebook,
    read_excused,
)
from .labels import assignment_titles

__all__ = ["EXCUSED", "IDENTITY_COLUMNS", "POINTS_POSSIBLE", "canvas_grades", "course_canvas_table",
           "write_canvas_csv"]

IDENTITY_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
POINTS_POSSIBLE = "    Points Possible"
#: What Canvas reads as "excused" in a grade cell.
EXCUSED = "EX"
_DIGITS = re.compile(r"^\d+$")


def _fmt(value: float) -> str:
    if value is None or pd.isna(value):
        return ""
    return format(round(float(value), 2), "g")


def canvas_grades(scores: pd.DataFrame, roster: pd.DataFrame | None = None,
                  missing_as_zero: bool = False, ids: CanvasIds | None = None,
                  excused: Collection[tuple[str, str]] = ()) -> pd.DataFrame:
    """Build the Canvas table (strings) from :func:`assignment_scores`' frame.

    ``ids`` gives the Canvas columns (and people); ``excused`` holds (learner,
    assignment) pairs written as ``EX``. ``table.attrs["notes"]`` lists what was
    left out and why, one line each."""
    if scores.empty:
        return pd.DataFrame(columns=list(IDENTITY_COLUMNS))
    order = (scores[["assignment", "duedate"]].drop_duplicates("assignment")
             .sort_values(["duedate", "assignment"], na_position="last")["assignment"].tolist())
    notes: list[str] = list(ids.notes) if ids is not None else []
    if ids is not None:
        left = [a for a in order if a not in ids.assignments]
        if left:
            notes.append(f"{', '.join(left)}: no Canvas id in {ids.source}; left out")
        order = [a for a in order if a in ids.assignments]
    values = scores["score"].copy()
    if missing_as_zero:
        values = values.where(scores["status"] != "not submitted", 0.0)
    wide = (scores.assign(value=values)
            .pivot(index="student_id", columns="assignment", values="value")
            .reindex(columns=order))
    maxima = scores.groupby("assignment")["max_score"].max()
    points = {a: maxima.get(a) for a in order}
    if ids is not None:
        for a in order:
            target = ids.assignments[a].points
            if target is not None and points[a] and abs(target - points[a]) > 1e-9:
                wide[a] = wide[a] * (target / points[a])
                notes.append(f"{a}: scores scaled from {_fmt(points[a])} to Canvas's "
                             f"{_fmt(target)} points")
                points[a] = target
    people = _people(scores, roster, ids)
    if ids is not None and ids.people is not None:
        people = people[people.index.isin(list(ids.people))]
    rows = [[POINTS_POSSIBLE, "", "", "", ""] + [_fmt(points[a]) for a in order]]
    cells = wide.reindex(people.index).to_numpy(dtype=object)
    excused = set(excused)
    for sid, p, grades in zip(people.index, people.itertuples(index=False), cells,
                              strict=True):
        rows.append([p.name, p.canvas_id, p.sis_user_id, p.sis_login_id, p.section]
                    + [EXCUSED if (sid, a) in excused else _fmt(v)
                       for a, v in zip(order, grades, strict=True)])
    headers = [canvas_column(ids.assignments[a]) for a in order] if ids is not None else order
    table = pd.DataFrame(rows, columns=[*IDENTITY_COLUMNS, *headers])
    table.attrs["notes"] = notes
    return table


def _people(scores: pd.DataFrame, roster: pd.DataFrame | None,
            ids: CanvasIds | None) -> pd.DataFrame:
    """One row per learner, sorted by name: the five identity columns' values."""
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
    people = people.assign(_last=people["last_name"].astype(str).str.lower(),
                           _first=people["first_name"].astype(str).str.lower(),
                           _id=people.index.astype(str))
    people = people.sort_values(["_last", "_first", "_id"])
    out = pd.DataFrame(index=people.index)
    out["name"] = [", ".join(x for x in (str(p.last_name), str(p.first_name)) if x) or str(sid)
                   for sid, p in zip(people.index, people.itertuples(index=False), strict=True)]
    lms = people["lms_user_id"].astype(str)
    out["canvas_id"] = lms.where(lms.str.match(_DIGITS), "")
    out["sis_user_id"] = people.index.astype(str)
    out["sis_login_id"] = people["email"].astype(str)
    out["section"] = people["section"].astype(str)
    known = ids.people if ids is not None and ids.people is not None else {}
    for sid, person in known.items():
        if sid in out.index:
            out.loc[sid, ["name", "canvas_id", "sis_user_id", "sis_login_id", "section"]] = [
                person.name, person.canvas_id, person.sis_user_id, person.sis_login_id,
                person.section]
    return out


def write_canvas_csv(table: pd.DataFrame, path: Path | str) -> Path:
    """Write the Canvas table with every field quoted (``csv.QUOTE_ALL``), UTF-8.

    A text cell that a spreadsheet would run as a formula gets a leading ``'``
    (:mod:`soplab._core.csvsafe`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
            writer.writerow(neutralise_row(table.columns))
            writer.writerows(neutralise_row(row)
                             for row in table.itertuples(index=False, name=None))
        os.replace(partial, path)  # a failed write never leaves half a file in its place
    finally:
        partial.unlink(missing_ok=True)
    return path


def course_canvas_table(root: Path | str, scores: pd.DataFrame, roster: pd.DataFrame,
                        *, canvas_map: Path | str | None = None,
                        canvas_gradebook: Path | str | None = None,
                        missing_as_zero: bool = False, db_url: str | None = None,
                        course: str | None = None) -> pd.DataFrame:
    """The Canvas table for a course, with the ids it keeps (``lms/canvas-assignments.csv``,
    ``lms/excused.csv``) or the files given. Raises :class:`CanvasMapError`. With the
    gradebook's ``db_url`` and ``course``, the notes list each extension in force."""
    root = Path(root)
    assignments = list(dict.fromkeys(scores["assignment"])) if not scores.empty else []
    titles = assignment_titles(root, assignments)
    if canvas_map is None and (root / ASSIGNMENT_MAP).is_file():
        canvas_map = root / ASSIGNMENT_MAP
    ids = read_assignment_map(canvas_map, assignments, titles) if canvas_map else None
    if canvas_gradebook is not None:
        records = roster.to_dict("records") if roster is not None and not roster.empty else [
            {"id": r.student_id, "email": r.email, "lms_id": r.lms_user_id}
            for r in scores.drop_duplicates("student_id").itertuples()]
        ids = read_canvas_gradebook(canvas_gradebook, assignments, records, titles, ids)
    excused: set[tuple[str, str]] = set()
    if (root / EXCUSED_FILE).is_file():
        excused = read_excused(root / EXCUSED_FILE, scores["student_id"].unique(), assignments)
    table = canvas_grades(scores, roster, missing_as_zero=missing_as_zero, ids=ids,
                          excused=excused)
    if db_url and course:  # Canvas has no column for due dates: say them beside the file
        for (learner, name), ext in sorted(extensions_in_force(root, db_url, course).items()):
            if name in assignments:
                table.attrs["notes"].append(f"{learner}: {name} {ext.describe()}")
    return table
