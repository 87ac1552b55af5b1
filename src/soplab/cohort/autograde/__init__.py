"""Sealed autograding: scores from the learners' answers as data, outside any kernel.

A learner of this course never writes code: every answer is data in
``answers/<set>.json``. So grading runs no line a learner sent. The grader
takes a submission in as data (:mod:`.submissions`), computes each grade
cell's score from the answer files against the item banks (:mod:`.sealed`),
writes the scores to nbgrader's gradebook (:mod:`.gradebook`), and builds the
view formgrader shows from the instructor's master (:mod:`.render`).
nbgrader's own commands run the same steps through the course's
``nbgrader_config.py`` (:mod:`.preprocessors`).
"""

from __future__ import annotations

from .gradebook import cell_scores, record_assignment
from .report import AutogradeError, AutogradeReport, Outcome
from .run import autograde, autograde_many, find_submissions

__all__ = [
    "AutogradeError", "AutogradeReport", "Outcome", "autograde", "autograde_many",
    "cell_scores", "find_submissions", "record_assignment",
]
