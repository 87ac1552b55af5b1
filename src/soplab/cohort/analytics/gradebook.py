"""The nbgrader gradebook, read with a few SQL queries straight into pandas.

:func:`read_gradebook` returns one row per learner x graded cell (grade cells
and task cells of every assignment of the course), *including* learners who
did not submit and cells still waiting for manual grading. ``status`` says
which, and ``score`` is only a number for cells that are graded:

================== ============================================== ==========
status             meaning                                        score
================== ============================================== ==========
graded             a score exists and no manual grading is due    number
needs manual grade the cell waits for a person in formgrader      NaN
not autograded     submitted, but ``nbgrader autograde`` not run  NaN
not submitted      nothing was collected for this assignment      NaN
================== ============================================== ==========

A cell's score follows nbgrader: ``manual_score`` when set, else
``auto_score``, plus ``extra_credit``. Late penalties are recorded per
notebook and applied per assignment (``score = max(0, raw - penalty)``), as
``nbgrader export`` does.

The queries read whole tables (four queries in all, whatever the cohort size),
where ``nbgrader export`` asks the database once per learner and assignment.
Any SQLAlchemy URL works (``sqlite:///...``, ``postgresql+psycopg://...``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa

__all__ = ["GRADEBOOK_COLUMNS", "GradebookError", "STATUSES", "assignment_scores", "read_gradebook",
           "simulated_comments"]

STATUSES = ("graded", "needs manual grade", "not autograded", "not submitted")

_CELLS_SQL = """
SELECT a.name AS assignment, a.duedate AS duedate, n.name AS notebook,
       bc.id AS cell_id, bc.name AS cell, bc.type AS cell_kind,
       COALESCE(gc.max_score, tc.max_score) AS max_score,
       COALESCE(gc.cell_type, tc.cell_type) AS cell_type
FROM base_cell bc
JOIN notebook n ON n.id = bc.notebook_id
JOIN assignment a ON a.id = n.assignment_id
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
WHERE (gc.id IS NOT NULL OR tc.id IS NOT NULL) {course_filter}
ORDER BY a.duedate, a.name, n.name, bc.name
"""

_STUDENTS_SQL = """
SELECT id AS student_id, first_name, last_name, email, lms_user_id FROM student
ORDER BY id
"""

_SUBMISSIONS_SQL = """
SELECT sa.student_id AS student_id, a.name AS assignment, sa.timestamp AS timestamp
FROM submitted_assignment sa
JOIN assignment a ON a.id = sa.assignment_id
WHERE 1 = 1 {course_filter}
"""

_GRADES_SQL = """
SELECT sa.student_id AS student_id, g.cell_id AS cell_id, g.auto_score AS auto_score,
       g.manual_score AS manual_score, g.extra_credit AS extra_credit,
       g.needs_manual_grade AS needs_manual_grade,
       sn.late_submission_penalty AS late_submission_penalty
FROM grade g
JOIN submitted_notebook sn ON sn.id = g.notebook_id
JOIN submitted_assignment sa ON sa.id = sn.assignment_id
JOIN assignment a ON a.id = sa.assignment_id
WHERE 1 = 1 {course_filter}
"""

GRADEBOOK_COLUMNS = (
    "student_id", "first_name", "last_name", "email", "lms_user_id", "assignment", "duedate",
    "notebook", "cell", "cell_kind", "cell_type", "max_score", "submitted", "timestamp",
    "auto_score", "manual_score", "extra_credit", "needs_manual_grade",
    "late_submission_penalty", "score", "status",
)


class GradebookError(ValueError):
    """The gradebook cannot be read; the message says which database and why."""


def _engine(db: str | sa.Engine) -> sa.Engine:
    return db if isinstance(db, sa.Engine) else sa.create_engine(db)


def read_gradebook(db: str | sa.Engine, course_id: str | None = None) -> pd.DataFrame:
    """Read the gradebook at ``db`` (URL or engine): one row per learner x graded cell.

    ``course_id`` limits the read to that course's assignments (nbgrader keeps
    one course per database by default). Columns: :data:`GRADEBOOK_COLUMNS`.
    Raises :class:`GradebookError` when the database is missing or is not an
    nbgrader gradebook.
    """
    try:
        engine = _engine(db)
    except (sa.exc.SQLAlchemyError, ValueError) as exc:
        raise GradebookError(f"{db}: is not a usable database URL ({exc}); give e.g. "
                             "sqlite:////path/gradebook.db with --db") from exc
    database = engine.url.database
    if (engine.url.get_backend_name() == "sqlite" and database and database != ":memory:"
            and not database.startswith("file:") and not Path(database).is_file()):
        raise GradebookError(f"{database}: gradebook file not found; run nbgrader (e.g. "
                             "`nbgrader autograde`) first, or point --db at the gradebook")
    params = {}
    course_filter = ""
    if course_id:
        course_filter = "AND a.course_id = :course_id"
        params["course_id"] = course_id
    try:
        with engine.connect() as conn:
            missing = {"assignment", "notebook", "base_cell", "grade", "student"} - set(
                sa.inspect(conn).get_table_names())
            if missing:
                raise GradebookError(
                    f"{engine.url.render_as_string(hide_password=True)}: tables "
                    f"{', '.join(sorted(missing))} are missing; this is not an nbgrader "
                    "gradebook (run `nbgrader generate_assignment` first, or pass --db)")
            cells = pd.read_sql(sa.text(_CELLS_SQL.format(course_filter=course_filter)), conn,
                                params=params)
            students = pd.read_sql(sa.text(_STUDENTS_SQL), conn)
            subs = pd.read_sql(sa.text(_SUBMISSIONS_SQL.format(course_filter=course_filter)),
                               conn, params=params)
            grades = pd.read_sql(sa.text(_GRADES_SQL.format(course_filter=course_filter)), conn,
                                 params=params)
    except sa.exc.SQLAlchemyError as exc:
        raise GradebookError(f"{engine.url.render_as_string(hide_password=True)}: cannot be "
                             f"read ({exc.__class__.__name__}: {str(exc).splitlines()[0]}); "
                             "check the path or --db URL") from exc
    finally:
        if not isinstance(db, sa.Engine):
            engine.dispose()
    return _combine(cells, students, subs, grades)


def _combine(cells: pd.DataFrame, students: pd.DataFrame, subs: pd.DataFrame,
             grades: pd.DataFrame) -> pd.DataFrame:
    subs = subs.assign(submitted=True)
    frame = students.merge(cells, how="cross")
    frame = frame.merge(subs, on=["student_id", "assignment"], how="left")
    frame = frame.merge(grades, on=["student_id", "cell_id"], how="left")
    frame["submitted"] = frame["submitted"].astype("boolean").fillna(False).astype(bool)
    has_grade = frame["needs_manual_grade"].notna()
    needs = frame["needs_manual_grade"].astype("float").fillna(0).astype(bool)
    for col in ("auto_score", "manual_score", "extra_credit", "late_submission_penalty",
                "max_score"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
    base = frame["manual_score"].where(frame["manual_score"].notna(), frame["auto_score"])
    score = base.fillna(0.0) + frame["extra_credit"].fillna(0.0)
    status = np.select(
        [~frame["submitted"], ~has_grade, needs],
        ["not submitted", "not autograded", "needs manual grade"],
        default="graded",
    )
    frame["status"] = pd.Categorical(status, categories=STATUSES)
    frame["score"] = score.where(frame["status"] == "graded")
    frame["needs_manual_grade"] = needs & has_grade
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], errors="coerce", format="mixed")
    frame["duedate"] = pd.to_datetime(frame["duedate"], errors="coerce", format="mixed")
    return frame[list(GRADEBOOK_COLUMNS)].reset_index(drop=True)


def assignment_scores(gradebook: pd.DataFrame) -> pd.DataFrame:
    """One row per learner x assignment from :func:`read_gradebook`'s frame.

    ``score = max(0, sum(cell scores) - sum(notebook late penalties))`` when
    every cell is graded; NaN otherwise. ``partial_score`` sums what is graded
    so far, ``pending`` counts cells waiting for a person, and ``status`` is
    ``graded``, ``pending manual grading``, ``not autograded`` or ``not
    submitted``.
    """
    cols = ["student_id", "first_name", "last_name", "email", "lms_user_id", "assignment"]
    if gradebook.empty:
        return pd.DataFrame(columns=[*cols, "duedate", "timestamp", "max_score", "partial_score",
                                     "pending", "score", "percent", "status"])
    g = gradebook.assign(
        pending=gradebook["status"] == "needs manual grade",
        ungraded=gradebook["status"] == "not autograded",
    )
    penalties = (g.dropna(subset=["late_submission_penalty"])
                 .drop_duplicates(["student_id", "assignment", "notebook"])
                 .groupby(["student_id", "assignment"])["late_submission_penalty"].sum())
    out = g.groupby(cols, sort=False, dropna=False).agg(
        duedate=("duedate", "first"),
        timestamp=("timestamp", "first"),
        submitted=("submitted", "first"),
        max_score=("max_score", "sum"),
        partial_score=("score", "sum"),
        pending=("pending", "sum"),
        ungraded=("ungraded", "sum"),
    ).reset_index()
    penalty = out.set_index(["student_id", "assignment"]).index.map(penalties)
    out["late_penalty"] = np.asarray(penalty, dtype=float)
    out["late_penalty"] = out["late_penalty"].fillna(0.0)
    status = np.select(
        [~out["submitted"].astype(bool), out["ungraded"] > 0, out["pending"] > 0],
        ["not submitted", "not autograded", "pending manual grading"], default="graded")
    out["status"] = status
    final = (out["partial_score"] - out["late_penalty"]).clip(lower=0.0)
    out["score"] = final.where(out["status"] == "graded")
    out["percent"] = 100.0 * out["score"] / out["max_score"].where(out["max_score"] > 0)
    return out.drop(columns=["ungraded"])


def simulated_comments(db: str | sa.Engine, marker: str) -> int:
    """How many hand-grading comments in the gradebook start with ``marker`` (the demo's
    "Simulated grade for the demo."); 0 when there is no comment table."""
    try:
        with _engine(db).connect() as conn:
            return int(conn.execute(sa.text(
                "SELECT COUNT(*) FROM comment WHERE manual_comment LIKE :m"),
                {"m": marker.replace("%", "") + "%"}).scalar() or 0)
    except sa.exc.SQLAlchemyError:
        return 0
