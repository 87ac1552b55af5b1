"""Writing sealed scores into nbgrader's gradebook, fast and without losing anything.

The grader alone writes the gradebook, with nbgrader's own tables (SQLite or
any SQLAlchemy server such as PostgreSQL), exactly as nbgrader's
``SaveAutoGrades`` and ``AssignLatePenalties`` would leave them:

* a grade cell's ``auto_score`` is replaced; its ``manual_score`` is kept, and
  ``needs_manual_grade`` is set when a manual score exists (a person should look
  again), or when the cell is in the review queue (a writing answer the coach is
  not sure of, or one with a harmful-practice or wrong-kind finding);
* task cells (hand-graded) get their empty grade rows once and are never touched;
* the submission's time comes from its ``timestamp.txt``; the late penalty uses
  the course's configured nbgrader ``LateSubmissionPlugin``.

Submissions are written in batches, one transaction each; if a batch fails, its
submissions are written one by one so that one bad row costs only its own
learner. Rows are written with SQLAlchemy Core (tens of thousands of grades a
second), not one ORM object at a time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

from soplab._core.paths import tool_env

from .report import AutogradeError

__all__ = [
    "CellSpec", "Layout", "NotebookSpec", "Recorded", "SubmissionScores", "cell_scores",
    "read_layout", "record_assignment", "write_scores",
]

#: Submissions per transaction.
BATCH = 400


@dataclass(frozen=True)
class CellSpec:
    id: str
    name: str
    max_score: float


@dataclass(frozen=True)
class NotebookSpec:
    id: str
    name: str
    grade_cells: tuple[CellSpec, ...]
    task_cells: tuple[CellSpec, ...]
    #: cells that carry a comment row (solution and task cells)
    comment_cells: tuple[str, ...]

    @property
    def max_score(self) -> float:
        return sum(c.max_score for c in (*self.grade_cells, *self.task_cells))


@dataclass(frozen=True)
class Layout:
    """An assignment as the gradebook knows it (recorded by generate_assignment)."""
    id: str
    name: str
    duedate: datetime | None
    notebooks: tuple[NotebookSpec, ...]
    #: learner -> extension for submissions recorded for the first time
    #: (:func:`soplab.cohort.extensions.extensions_in_force`)
    extensions: dict[str, timedelta] = field(default_factory=dict, compare=False, hash=False)

    @property
    def max_score(self) -> float:
        return sum(nb.max_score for nb in self.notebooks)


@dataclass
class SubmissionScores:
    """The sealed scores of one learner's submission of one assignment."""
    student: str
    #: notebook name -> grade cell name -> automatic score; a notebook that was not
    #: submitted is absent (its grade cells score 0, as nbgrader does)
    notebooks: dict[str, dict[str, float]] = field(default_factory=dict)
    timestamp: datetime | None = None
    #: notebook name -> grade cells whose automatic score waits for a person
    review: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Recorded:
    student: str
    score: float
    max_score: float


def read_layout(url: str, course: str, assignment: str) -> Layout | None:
    """The assignment's notebooks and cells, or None if the gradebook does not have it."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(url, course) as gb:
        try:
            a = gb.find_assignment(assignment)
        except MissingEntry:
            return None
        notebooks = []
        for nb in sorted(a.notebooks, key=lambda n: n.name):
            notebooks.append(NotebookSpec(
                id=nb.id, name=nb.name,
                grade_cells=tuple(CellSpec(c.id, c.name, float(c.max_score))
                                  for c in sorted(nb.grade_cells, key=lambda c: c.name)),
                task_cells=tuple(CellSpec(c.id, c.name, float(c.max_score))
                                 for c in sorted(nb.task_cells, key=lambda c: c.name)),
                comment_cells=tuple(sorted(c.id for c in [*nb.solution_cells, *nb.task_cells])),
            ))
        return Layout(a.id, a.name, a.duedate, tuple(notebooks))


def record_assignment(root: Path, assignment: str, url: str) -> None:
    """Record an assignment in a gradebook that does not have it yet (nbgrader
    ``generate_assignment`` in a scratch folder, so release/ is left alone)."""
    with tempfile.TemporaryDirectory(prefix=".record-", dir=root) as tmp:
        scratch = Path(tmp)
        shutil.copy(root / "nbgrader_config.py", scratch / "nbgrader_config.py")
        (scratch / "source").mkdir()
        (scratch / "source" / assignment).symlink_to(root / "source" / assignment)
        done = subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force",
             "--log-level=WARN", f"--CourseDirectory.db_url={url}"],
            cwd=scratch, capture_output=True, text=True, env=tool_env())
        if done.returncode != 0:
            last = [ln for ln in done.stderr.splitlines() if ln.strip()]
            raise AutogradeError(f"source/{assignment}: could not record it in the gradebook: "
                                 f"{last[-1] if last else 'no message'}")


def _penalty_fn(config) -> Callable[[str, float, float], float | None]:
    """The course's late-submission rule (nbgrader's LateSubmissionPlugin or its own)."""
    from nbgrader.preprocessors import AssignLatePenalties

    step = AssignLatePenalties(config=config)
    step.init_plugin()
    return step.plugin_inst.late_submission_penalty


def _uid() -> str:
    return uuid4().hex


class _Batch:
    """Rows to insert and update for a group of submissions."""
    def __init__(self) -> None:
        self.students: list[dict] = []
        self.submissions: list[dict] = []
        self.stamps: list[dict] = []
        self.notebooks: list[dict] = []
        self.penalties: list[dict] = []
        self.grades: list[dict] = []
        self.grade_updates: list[dict] = []
        self.comments: list[dict] = []
        self.comment_updates: list[dict] = []


def _existing(db, layout: Layout, students: list[str]):
    """Earlier submissions of these learners: their rows and manual grades."""
    from nbgrader.api import Comment, Grade, Student, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy import select

    sa, sn = SubmittedAssignment.__table__, SubmittedNotebook.__table__
    g, cm, st = Grade.__table__, Comment.__table__, Student.__table__
    known = set(db.execute(select(st.c.id).where(st.c.id.in_(students))).scalars())
    subs = {row.student_id: (row.id, row.extension) for row in db.execute(
        select(sa.c.id, sa.c.student_id, sa.c.extension).where(
            sa.c.assignment_id == layout.id, sa.c.student_id.in_(students)))}
    nbs: dict[tuple[str, str], str] = {}
    grades: dict[tuple[str, str], tuple[str, float | None, float | None]] = {}
    comments: dict[tuple[str, str], str] = {}
    if subs:
        sub_ids = [v[0] for v in subs.values()]
        for row in db.execute(select(sn.c.id, sn.c.assignment_id, sn.c.notebook_id).where(
                sn.c.assignment_id.in_(sub_ids))):
            nbs[row.assignment_id, row.notebook_id] = row.id
        if nbs:
            nb_ids = list(nbs.values())
            for row in db.execute(select(g.c.id, g.c.notebook_id, g.c.cell_id, g.c.manual_score,
                                         g.c.extra_credit).where(g.c.notebook_id.in_(nb_ids))):
                grades[row.notebook_id, row.cell_id] = (row.id, row.manual_score,
                                                        row.extra_credit)
            for row in db.execute(select(cm.c.id, cm.c.notebook_id, cm.c.cell_id).where(
                    cm.c.notebook_id.in_(nb_ids))):
                comments[row.notebook_id, row.cell_id] = row.id
    return known, subs, nbs, grades, comments


def _plan(db, layout: Layout, results: list[SubmissionScores], penalty) -> tuple[_Batch, dict]:
    batch = _Batch()
    totals: dict[str, Recorded] = {}
    known, subs, nbs, grades, comments = _existing(db, layout, [r.student for r in results])
    for result in results:
        sid = result.student
        if sid not in known:
            batch.students.append({"id": sid})
            known.add(sid)
        if sid in subs:
            sub_id, extension = subs[sid]
            if result.timestamp is not None:
                batch.stamps.append({"b_id": sub_id, "b_timestamp": result.timestamp})
        else:
            sub_id, extension = _uid(), layout.extensions.get(sid)
            batch.submissions.append({"id": sub_id, "assignment_id": layout.id,
                                      "student_id": sid, "timestamp": result.timestamp,
                                      "extension": extension})
        due = layout.duedate + extension if layout.duedate and extension else layout.duedate
        late = 0.0
        if result.timestamp is not None and due is not None:
            late = max(0.0, (result.timestamp - due).total_seconds())
        score = 0.0
        for nb in layout.notebooks:
            autos = result.notebooks.get(nb.name)  # None: notebook not submitted
            nb_id = nbs.get((sub_id, nb.id))
            fresh = nb_id is None
            if fresh:
                nb_id = _uid()
            nb_score = 0.0
            for cell in nb.grade_cells:
                auto = 0.0 if autos is None else float(autos.get(cell.name, 0.0))
                old = grades.get((nb_id, cell.id))
                manual, extra = (old[1], old[2]) if old else (None, None)
                needs = manual is not None or cell.name in result.review.get(nb.name, ())
                nb_score += (manual if manual is not None else auto) + (extra or 0.0)
                if old is None:
                    batch.grades.append({"id": _uid(), "notebook_id": nb_id, "cell_id": cell.id,
                                         "auto_score": auto, "manual_score": None,
                                         "extra_credit": None, "needs_manual_grade": needs})
                else:
                    batch.grade_updates.append({"b_id": old[0], "b_auto": auto,
                                                "b_needs": needs})
            for cell in nb.task_cells:
                old = grades.get((nb_id, cell.id))
                if old is None:
                    batch.grades.append({"id": _uid(), "notebook_id": nb_id, "cell_id": cell.id,
                                         "auto_score": None, "manual_score": None,
                                         "extra_credit": None, "needs_manual_grade": True})
                else:
                    nb_score += (old[1] or 0.0) + (old[2] or 0.0)
            for cell_id in nb.comment_cells:
                old_comment = comments.get((nb_id, cell_id))
                if old_comment is None:
                    batch.comments.append({"id": _uid(), "notebook_id": nb_id,
                                           "cell_id": cell_id, "auto_comment": None,
                                           "manual_comment": None})
                else:
                    batch.comment_updates.append({"b_id": old_comment})
            cut = None
            if late > 0:
                cut = penalty(sid, nb_score, late)
                if cut is not None:
                    cut = min(max(0.0, float(cut)), nb_score)
            if fresh:
                batch.notebooks.append({"id": nb_id, "assignment_id": sub_id,
                                        "notebook_id": nb.id, "flagged": False,
                                        "late_submission_penalty": cut})
            else:
                batch.penalties.append({"b_id": nb_id, "b_penalty": cut})
            score += nb_score - (cut or 0.0)
        totals[sid] = Recorded(sid, round(score, 4), layout.max_score)
    return batch, totals


def _apply(db, batch: _Batch) -> None:
    from nbgrader.api import Comment, Grade, Student, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy import bindparam, update

    sa, sn = SubmittedAssignment.__table__, SubmittedNotebook.__table__
    g, cm = Grade.__table__, Comment.__table__
    if batch.students:
        db.execute(Student.__table__.insert(), batch.students)
    if batch.submissions:
        db.execute(sa.insert(), batch.submissions)
    if batch.stamps:
        db.execute(update(sa).where(sa.c.id == bindparam("b_id"))
                   .values(timestamp=bindparam("b_timestamp")), batch.stamps)
    if batch.notebooks:
        db.execute(sn.insert(), batch.notebooks)
    if batch.penalties:
        db.execute(update(sn).where(sn.c.id == bindparam("b_id"))
                   .values(late_submission_penalty=bindparam("b_penalty")), batch.penalties)
    if batch.grades:
        db.execute(g.insert(), batch.grades)
    if batch.grade_updates:
        db.execute(update(g).where(g.c.id == bindparam("b_id"))
                   .values(auto_score=bindparam("b_auto"),
                           needs_manual_grade=bindparam("b_needs")), batch.grade_updates)
    if batch.comments:
        db.execute(cm.insert(), batch.comments)
    if batch.comment_updates:
        db.execute(update(cm).where(cm.c.id == bindparam("b_id")).values(auto_comment=None),
                   batch.comment_updates)


def write_scores(url: str, course: str, layout: Layout, results: Iterable[SubmissionScores],
                 *, config=None, batch_size: int = BATCH,
                 on_done: Callable[[int], None] | None = None,
                 ) -> tuple[dict[str, Recorded], dict[str, str]]:
    """Write sealed scores; returns (recorded totals by learner, error by learner)."""
    from nbgrader.api import Gradebook
    from traitlets.config import Config

    penalty = _penalty_fn(config if config is not None else Config())
    todo = list(results)
    recorded: dict[str, Recorded] = {}
    errors: dict[str, str] = {}
    with Gradebook(url, course) as gb:
        db = gb.db
        for start in range(0, len(todo), batch_size):
            chunk = todo[start:start + batch_size]
            try:
                batch, totals = _plan(db, layout, chunk, penalty)
                _apply(db, batch)
                db.commit()
                recorded.update(totals)
            except Exception:  # noqa: BLE001 - retry one by one, so only the bad one fails
                db.rollback()
                for one in chunk:
                    try:
                        batch, totals = _plan(db, layout, [one], penalty)
                        _apply(db, batch)
                        db.commit()
                        recorded.update(totals)
                    except Exception as exc:  # noqa: BLE001
                        db.rollback()
                        errors[one.student] = f"could not record the grades: {exc}"[:300]
            if on_done:
                on_done(len(chunk))
    return recorded, errors


def cell_scores(url: str, assignment: str, course: str = "default_course"
                ) -> dict[str, dict[str, float | None]]:
    """``{learner: {"notebook/cell": score}}`` for one assignment (for comparisons)."""
    from nbgrader.api import Gradebook

    out: dict[str, dict[str, float | None]] = {}
    with Gradebook(url, course) as gb:
        for sub in gb.assignment_submissions(assignment):
            out[sub.student_id] = {f"{nb.name}/{g.name}": g.score
                                   for nb in sub.notebooks for g in nb.grades}
    return out
