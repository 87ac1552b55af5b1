"""The review queue: writing answers the machine is not sure of go to a person.

Autograde reads every graded writing answer with the coach (:mod:`.reading`): an
automatic score and a confidence. Confident, safe answers are final. An answer
with low confidence, a harmful-practice finding or the wrong kind keeps its
grade cell open in nbgrader's gradebook (``needs_manual_grade``); formgrader
shows the coach's reading and the rubric line beside it (:mod:`.formgrader`),
and ``soplab review`` lets a person go through the queue in a terminal
(:mod:`.queue`, :mod:`.session`), saving ``manual_score`` and a comment
(:mod:`.record`). The learner's feedback page says "waiting for your
instructor" for those answers until then.
"""

from __future__ import annotations

from .queue import Entry, Group, group_entries, load_queue, queue_counts
from .reading import Reading, is_writing_set, needs_person, read_set, writing_sets
from .record import ReviewError, save_decision
from .rubrics import RubricError, load_rubrics, missing_rubrics
from .run import Queue, describe_queue, open_queue, review_assignment
from .session import SessionResult, run_session

__all__ = [
    "Entry", "Group", "Queue", "Reading", "ReviewError", "RubricError", "SessionResult",
    "describe_queue", "group_entries", "is_writing_set", "load_queue", "load_rubrics",
    "missing_rubrics", "needs_person", "open_queue", "queue_counts", "read_set",
    "review_assignment", "run_session", "save_decision", "writing_sets",
]
