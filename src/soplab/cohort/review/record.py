"""Writing a person's decision to nbgrader's gradebook.

The decision on one queue entry becomes the grade cell's ``manual_score`` (which
nbgrader counts instead of the automatic score) with ``needs_manual_grade``
cleared, and a comment, if one is typed, becomes the ``manual_comment`` of that
cell's comment row (made if the cell has none yet; nbgrader keeps comments by
cell). One
transaction per entry: a decision is saved whole or not at all.
"""

from __future__ import annotations

from uuid import uuid4

from .queue import Entry

__all__ = ["ReviewError", "save_decision"]


class ReviewError(RuntimeError):
    """A decision cannot be saved; the message says which learner and why."""


def save_decision(url: str, course: str, assignment: str, entry: Entry, score: float,
                  comment: str) -> None:
    """Set the entry's part to ``score`` points with ``comment`` (see the module doc)."""
    from nbgrader.api import Comment, Gradebook, MissingEntry

    if not 0.0 <= score <= entry.max_points:
        raise ReviewError(f"{entry.student}: {score:g} is outside 0 to "
                          f"{entry.max_points:g} points")
    with Gradebook(url, course) as gb:
        try:
            grade = gb.find_grade(entry.cell, entry.notebook, assignment, entry.student)
        except MissingEntry as exc:
            raise ReviewError(f"{entry.student}: {entry.cell} is not in the gradebook any "
                              "more (was the submission removed?)") from exc
        try:
            grade.manual_score = round(float(score), 4)
            grade.needs_manual_grade = False
            row = gb.db.query(Comment).filter(Comment.notebook_id == grade.notebook_id,
                                              Comment.cell_id == grade.cell_id).one_or_none()
            if row is None:
                row = Comment(id=uuid4().hex, notebook_id=grade.notebook_id,
                              cell_id=grade.cell_id, auto_comment=None)
                gb.db.add(row)
            if comment.strip():  # no comment typed: an earlier one stays
                row.manual_comment = comment.strip()
            gb.db.commit()
        except Exception as exc:
            gb.db.rollback()
            raise ReviewError(f"{entry.student}: the grade could not be saved: {exc}"[:300]) \
                from exc
