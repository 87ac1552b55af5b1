"""Confidence says where the automatic score is a clear grade (issue 21.4): a score
between two quarters, or a middle grade, is less sure than a complete answer."""

from __future__ import annotations

import pytest

from soplab.coach import assess
from soplab.coach.analyse import analyse
from soplab.coach.assessment import (
    BETWEEN_GRADES,
    MIDDLE_GRADE,
    grade_doubt,
    reading_confidence,
)


@pytest.mark.parametrize(("score", "doubt"), [
    (1.0, 0.0), (0.0, 0.0), (0.25, 0.0),
    (0.75, MIDDLE_GRADE), (0.5, MIDDLE_GRADE),
    (0.83, BETWEEN_GRADES * 2 * 0.32 + MIDDLE_GRADE),
    (0.125, BETWEEN_GRADES),  # half-way between 0 and 0.25
])
def test_grade_doubt(score: float, doubt: float) -> None:
    assert grade_doubt(score) == pytest.approx(doubt)


def test_weights_are_in_use() -> None:
    """The weights chosen leave-one-writer-out on dev (benchmarks/coach_lowo.py)."""
    assert BETWEEN_GRADES > 0 and MIDDLE_GRADE > 0


COMPLETE = ("For the next six months Dad will walk Leo (7) to school every morning and read "
            "with him at bedtime, and Nan and the worker will see it, so Leo feels safe.")
ONE_PART_SHORT = ("Dad will walk Leo (7) to school every morning and read with him at bedtime, "
                  "and Nan will see it, so Leo feels safe.")


def test_a_complete_answer_is_surer_than_one_between_grades() -> None:
    whole, short = assess(COMPLETE, "goal"), assess(ONE_PART_SHORT, "goal")
    assert whole.score == 1.0 and 0.5 < short.score < 1.0
    # the two read alike; the score between grades is what costs the confidence
    assert abs(reading_confidence(analyse(COMPLETE, expected_kind="goal"), "goal")
               - reading_confidence(analyse(ONE_PART_SHORT, expected_kind="goal"), "goal")) < 0.15
    assert short.confidence <= whole.confidence - grade_doubt(short.score) + 0.15
    assert whole.confidence > short.confidence
