"""The real course must pass ``soplab check``: nothing lands broken.

The quick test runs every check except the release comparison; the slow one
compares release/ with a fresh build (in a temporary copy) once.
"""

from __future__ import annotations

import pytest

from soplab._core.paths import repo_root
from soplab.course.check import check_course
from soplab.course.check.corpora import corpus_texts


def test_the_course_has_no_errors():
    report = check_course(repo_root(), release=False)
    assert not report.errors, "\n" + report.text(notes=False)


@pytest.mark.slow
def test_release_equals_a_fresh_build():
    report = check_course(repo_root(), only=["release"])
    assert not report.errors, "\n" + report.text(notes=False)


def test_the_course_gives_no_answer_away_and_keeps_one_cast():
    """Issue #14: 0 length-cue (and other flaw) warnings; issue #22: the test-wise
    learner within 10 points of chance on every graded set; every name in the course
    agrees with data/cast.csv, and so does every row of the coach's corpora
    (data/coach/**) and lexicon (data/lexicon/): none borrows a course family's name
    with other facts."""
    report = check_course(repo_root(), release=False, only=["flaws", "testwise", "cast"])
    assert not report.errors and not report.warnings, "\n" + report.text(notes=False)
    read = {t.file for t in corpus_texts(repo_root())}
    assert {"data/coach/field.csv", "data/coach/synthetic.csv"} <= read
    assert any(f.startswith("data/lexicon/") for f in read)
    assert report.notes and any("test-wise learner" in n.message for n in report.notes)
