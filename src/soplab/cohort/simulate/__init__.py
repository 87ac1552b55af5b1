"""A synthetic cohort: made-up learners who answer the course the way people do.

Each simulated learner has a latent ability, a few misconceptions (tags of
``data/misconceptions.csv``), a habit of skipping items, and a chance of not
submitting or of submitting late. On an item tagged with a misconception the
learner holds, they usually choose the tempting wrong answer. Written answers
are put together from fragments: able learners include more of what a good
statement needs; learners with a misconception write it in (jargon, an
absence goal, a service as a goal, a closed question, past harm written as
danger).

Submissions look exactly like collected ones:
``<out>/<learner>/<assignment>/`` holds the release notebook, ``exercises.json``,
``answers/<set>.json`` (written with :class:`soplab.engine.answers.AnswerFile`) and
nbgrader's ``timestamp.txt``. Everything is seeded: the same seed gives the
same cohort and the same files. All names are invented; emails use example.org."""

from __future__ import annotations

from .handgrading import SIMULATED_COMMENT, SimulatedGrading, hand_grade, simulate_hand_grading
from .learners import COMMON, FIRST_NAMES, LAST_NAMES, SimLearner, learner_rng, make_cohort
from .submissions import (
    DEFAULT_DUE,
    TIMESTAMP_FORMAT,
    Simulation,
    answer_assignment,
    due_date,
    schedule,
    simulate,
    write_submission,
)
from .writing import (
    FRAGMENTS,
    WRITING_MISCONCEPTIONS,
    answer_item,
    choose,
    write_form,
    write_text,
)

__all__ = [
    "answer_item",
    "COMMON", "DEFAULT_DUE", "FIRST_NAMES", "FRAGMENTS", "LAST_NAMES", "SIMULATED_COMMENT",
    "SimLearner", "SimulatedGrading", "Simulation", "TIMESTAMP_FORMAT",
    "WRITING_MISCONCEPTIONS", "answer_assignment", "choose", "due_date", "hand_grade",
    "learner_rng", "make_cohort", "schedule", "simulate", "simulate_hand_grading", "write_form",
    "write_submission", "write_text",
]
