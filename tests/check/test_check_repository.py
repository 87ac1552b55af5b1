"""The real course must pass ``soplab check``: nothing lands broken.

The quick test runs every check except the release comparison; the slow one
compares release/ with a fresh build (in a temporary copy) once.
"""

from __future__ import annotations

import pytest

from soplab._core.paths import repo_root
from soplab.course.check import check_course


def test_the_course_has_no_errors():
    report = check_course(repo_root(), release=False)
    assert not report.errors, "\n" + report.text(notes=False)


@pytest.mark.slow
def test_release_equals_a_fresh_build():
    report = check_course(repo_root(), only=["release"])
    assert not report.errors, "\n" + report.text(notes=False)


def test_the_course_gives_no_answer_away_and_keeps_one_cast():
    """Issue #14: 0 length-cue (and other flaw) warnings, and every name agrees with
    data/cast.csv."""
    report = check_course(repo_root(), release=False, only=["flaws", "cast"])
    assert not report.errors and not report.warnings, "\n" + report.text(notes=False)
