"""Simulated hand grading for the demo (clearly marked as simulated); a real course
grades these parts by hand in formgrader."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .learners import SimLearner

__all__ = [
    "SIMULATED_COMMENT", "SimulatedGrading", "hand_grade", "simulate_hand_grading",
]


#: What every simulated hand grade says first (a real course never runs the simulator).
SIMULATED_COMMENT = "Simulated grade for the demo."


#: A short remark after it, by how well the part was done (share of its points).
#: Hand-graded parts are reflections and written statements of every kind, so the remarks
#: speak of what any of them needs (not of a plan's "who will do what, and when").
_REMARKS = ((0.85, "Clear, specific and in plain words; well done."),
            (0.6, "A good start: add one concrete detail from the family's situation."),
            (0.0, "Say more, in plain words, about what this part asks for."))


@dataclass(frozen=True)
class SimulatedGrading:
    """What :func:`simulate_hand_grading` filled in."""

    parts: int
    submissions: int


def hand_grade(learner: SimLearner | None, max_score: float,
               rng: random.Random) -> tuple[float, str]:
    """A plausible hand grade of one part (in half points) and its comment: able
    learners score higher, with some spread. ``None``: a learner the simulator does
    not know, graded as an average one."""
    ability = learner.ability if learner is not None else 0.0
    strength = 1.0 / (1.0 + math.exp(-1.5 * ability))
    share = min(1.0, max(0.0, 0.3 + 0.7 * strength + rng.gauss(0.0, 0.1)))
    score = min(max_score, max(0.0, round(share * max_score * 2) / 2))
    remark = next(text for floor, text in _REMARKS if share >= floor)
    return score, f"{SIMULATED_COMMENT} {remark}"


def simulate_hand_grading(db_url: str, course: str, assignments: list[str],
                          learners: list[SimLearner], seed: int = 0) -> SimulatedGrading:
    """Grade every hand-graded part (nbgrader task cell) of the submissions of
    ``assignments`` that nobody has graded yet, as formgrader would: the part's grade
    gets a ``manual_score`` (and no longer needs manual grading), its comment a
    ``manual_comment`` that starts with :data:`SIMULATED_COMMENT`. Scores follow each
    learner's ability (seeded).

    For the demo and tests only: a real course grades these parts by hand in formgrader.
    """
    from uuid import uuid4

    from nbgrader.api import (
        Assignment,
        BaseCell,
        Comment,
        Grade,
        Gradebook,
        SubmittedAssignment,
        SubmittedNotebook,
        TaskCell,
    )
    from sqlalchemy import and_, bindparam, select, update

    g, cm, tc, bc = (Grade.__table__, Comment.__table__, TaskCell.__table__,
                     BaseCell.__table__)
    sn, sa, a = SubmittedNotebook.__table__, SubmittedAssignment.__table__, Assignment.__table__
    by_id = {p.id: p for p in learners}
    with Gradebook(db_url, course) as gb:
        db = gb.db
        rows = db.execute(
            select(g.c.id, g.c.notebook_id, g.c.cell_id, tc.c.max_score, bc.c.name,
                   sa.c.id.label("submission"), sa.c.student_id, a.c.name.label("assignment"),
                   cm.c.id.label("comment_id"))
            .join(tc, tc.c.id == g.c.cell_id)
            .join(bc, bc.c.id == tc.c.id)
            .join(sn, sn.c.id == g.c.notebook_id)
            .join(sa, sa.c.id == sn.c.assignment_id)
            .join(a, a.c.id == sa.c.assignment_id)
            .outerjoin(cm, and_(cm.c.notebook_id == g.c.notebook_id,
                                cm.c.cell_id == g.c.cell_id))
            .where(a.c.name.in_(assignments), g.c.manual_score.is_(None))
            .order_by(a.c.name, sa.c.student_id, bc.c.name)).all()
        grades, comments, new_comments = [], [], []
        for row in rows:
            rng = random.Random(f"{seed}:{row.assignment}:{row.student_id}:{row.name}:hand")
            score, text = hand_grade(by_id.get(row.student_id), float(row.max_score), rng)
            grades.append({"b_id": row.id, "b_score": score})
            if row.comment_id is None:
                new_comments.append({"id": uuid4().hex, "notebook_id": row.notebook_id,
                                     "cell_id": row.cell_id, "auto_comment": None,
                                     "manual_comment": text})
            else:
                comments.append({"b_id": row.comment_id, "b_text": text})
        try:
            if grades:
                db.execute(update(g).where(g.c.id == bindparam("b_id"))
                           .values(manual_score=bindparam("b_score"), needs_manual_grade=False),
                           grades)
            if comments:
                db.execute(update(cm).where(cm.c.id == bindparam("b_id"))
                           .values(manual_comment=bindparam("b_text")), comments)
            if new_comments:
                db.execute(cm.insert(), new_comments)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return SimulatedGrading(len(rows), len({row.submission for row in rows}))
