"""Grading has a time budget per learner: a learner over it is reported, never scored."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_submissions import GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import COURSE, ORIENTATION, release_copy, sqlite_url

from soplab.cohort.autograde import autograde, cell_scores

pytestmark = pytest.mark.slow


def _class(root: Path) -> None:
    from coursekit import write_answers

    for sid, values in (("ana", KEY), ("ben", THREE_OF_FIVE)):
        write_answers(release_copy(root, sid), GRADED_SET, values)


def test_a_learner_over_the_budget_is_reported_and_not_scored(mini_course: Path):
    _class(mini_course)
    report = autograde(mini_course, ORIENTATION, time_budget=0)
    assert [o.student for o in report.outcomes if not o.ok] == ["ana", "ben"]
    for outcome in report.outcomes:
        assert "0-second budget per learner" in outcome.reason and outcome.score is None
        assert any("budget" in line for line in report.lines())
    # nothing was written for them: no score in the gradebook, no formgrader view
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    assert not any(scores.get(sid) for sid in ("ana", "ben")), scores
    assert not (mini_course / "autograded" / "ana").exists()


def test_within_the_budget_everyone_is_scored(mini_course: Path):
    _class(mini_course)
    report = autograde(mini_course, ORIENTATION, time_budget=60)
    assert [o.score for o in report.outcomes] == [5.0, 3.0]
