"""Sealed autograde: honest scores, the same through nbgrader's own command, no lost
grades, bad submissions isolated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bad_submissions import CASES, GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import (
    COURSE,
    ORIENTATION,
    course_subset,
    kernel_twin,
    release_copy,
    sequential_autograde,
    sqlite_url,
)

from soplab.cohort.autograde import autograde, autograde_many, cell_scores
from soplab.cohort.simulate import simulate

COURSE_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow
SCORE_CELL = f"{ORIENTATION}/score-{GRADED_SET}"
#: Every assignment with graded parts.
ASSIGNMENTS = sorted(p.parent.name for p in COURSE_ROOT.glob("source/*/*.ipynb")
                     if p.parent.name != "09-my-progress")


def _answer(folder: Path, values: dict) -> None:
    from coursekit import write_answers

    write_answers(folder, GRADED_SET, values)


def test_soplab_equals_nbgrader_with_the_course_config(mini_course: Path, tmp_path: Path):
    """``soplab autograde`` and plain ``nbgrader autograde`` (sealed through the course's
    config) give the same scores, both for ordinary and for damaged submissions."""
    sim = simulate(mini_course, [ORIENTATION], n=7, seed=11)
    for name in ("exception", "edited-locked-cell", "deleted-cells", "answers-wrong-types",
                 "kernel-dies", "extra-files"):
        folder = release_copy(mini_course, f"case-{name}")
        _answer(folder, THREE_OF_FIVE)
        CASES[name][0](folder)
    twin = tmp_path / "twin"
    shutil.copytree(mini_course, twin, symlinks=True)

    report = autograde(mini_course, ORIENTATION)
    sequential_autograde(twin)

    assert not report.failed, report.lines()
    ours = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    nbgraders = cell_scores(sqlite_url(twin), ORIENTATION, COURSE)
    assert len(ours) == len(sim.submitted[ORIENTATION]) + 6
    assert ours == nbgraders
    assert len({s[SCORE_CELL] for s in ours.values()}) > 1  # not all the same score
    for sid in ours:
        for root in (mini_course, twin):
            done = root / "autograded" / sid / ORIENTATION
            assert (done / "00-orientation.ipynb").exists()
            assert sorted(p.name for p in done.iterdir()) <= ["00-orientation.ipynb", "answers",
                                                              "timestamp.txt"]


@pytest.fixture(scope="module")
def whole_cohort(tmp_path_factory):
    """The whole course with a small simulated cohort, graded both ways: sealed, and the
    old way (stock nbgrader runs each learner's notebook in a kernel)."""
    root = course_subset(tmp_path_factory.mktemp("cohort") / "course", tuple(ASSIGNMENTS))
    simulate(root, ASSIGNMENTS, n=3, seed=5)
    kernels = kernel_twin(root, root.parent / "kernels")
    reports = autograde_many(root, ASSIGNMENTS)
    for assignment in ASSIGNMENTS:
        sequential_autograde(kernels, assignment)
    return root, kernels, {r.assignment: r for r in reports}


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_honest_scores_equal_kernel_grading(assignment: str, whole_cohort):
    """On a simulated cohort, every grade cell's sealed score equals the score the
    learner's own notebook earned when nbgrader ran it in a kernel (the old way)."""
    root, kernels, reports = whole_cohort
    assert not reports[assignment].failed, reports[assignment].lines()
    sealed = cell_scores(sqlite_url(root), assignment, COURSE)
    old = cell_scores(sqlite_url(kernels), assignment, COURSE)
    assert sealed.keys() == old.keys() and sealed
    assert any(v for scores in sealed.values() for v in scores.values())  # not all zero
    for sid in sealed:
        assert sealed[sid] == pytest.approx(old[sid], abs=1e-6), sid


def test_rerun_is_safe_and_keeps_manual_grades(mini_course: Path):
    from nbgrader.api import Gradebook

    for sid, values in (("ana", KEY), ("ben", THREE_OF_FIVE)):
        _answer(release_copy(mini_course, sid), values)
    first = autograde(mini_course, ORIENTATION)
    assert [o.score for o in first.outcomes] == [5.0, 3.0]
    with Gradebook(sqlite_url(mini_course), COURSE) as gb:
        grade = gb.find_grade(f"score-{GRADED_SET}", ORIENTATION, ORIENTATION, "ben")
        grade.manual_score = 4.5
        gb.db.commit()
    second = autograde(mini_course, ORIENTATION)
    assert not second.failed
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    assert scores == {"ana": {SCORE_CELL: 5.0}, "ben": {SCORE_CELL: 4.5}}
    with Gradebook(sqlite_url(mini_course), COURSE) as gb:
        assert len(gb.assignment_submissions(ORIENTATION)) == 2
        grade = gb.find_grade(f"score-{GRADED_SET}", ORIENTATION, ORIENTATION, "ben")
        assert grade.auto_score == 3.0 and grade.needs_manual_grade


def test_bad_submissions_are_graded_or_reported(mini_course: Path):
    good = {"good-1": KEY, "good-2": THREE_OF_FIVE, "good-3": {"or-a01": "True"}}
    for sid, values in good.items():
        _answer(release_copy(mini_course, sid), values)
    for name, (build, _, _) in CASES.items():
        folder = release_copy(mini_course, name)
        _answer(folder, THREE_OF_FIVE)
        build(folder)
    bad_id = mini_course / "submitted" / "not a valid id" / ORIENTATION
    shutil.copytree(mini_course / "release" / ORIENTATION, bad_id)

    report = autograde(mini_course, ORIENTATION)
    outcomes = {o.student: o for o in report.outcomes}
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)

    assert set(outcomes) == {*good, *CASES, "not a valid id"}
    assert scores["good-1"][SCORE_CELL] == 5.0
    assert scores["good-2"][SCORE_CELL] == 3.0
    assert scores["good-3"][SCORE_CELL] == 1.0
    for name, (_, expect, points) in CASES.items():
        o = outcomes[name]
        if expect == "graded":
            assert o.ok, f"{name}: {o.reason}"
            if points is not None:
                assert scores[name][SCORE_CELL] == points, name
        else:
            assert not o.ok and o.reason, name
            assert name not in scores, f"{name}: a failed submission left grades"
    assert not outcomes["not a valid id"].ok
    assert "not a learner id" in outcomes["not a valid id"].reason
    assert "00-orientation.ipynb is not in the submission" in outcomes["missing-notebook"].reason
    assert "00-orientation.ipynb was renamed (00-orientation (1).ipynb); graded from the " \
        "saved answers" in "\n".join(outcomes["renamed-notebook"].notes)
    text = "\n".join(report.lines())
    assert "NOT GRADED missing-notebook" in text
    assert "note extra-files: ignored" in text and "notes.txt" in text


def test_worker_processes_give_the_same_scores(mini_course: Path, monkeypatch, tmp_path):
    from soplab.cohort.autograde import run

    simulate(mini_course, [ORIENTATION], n=9, seed=3)
    twin = tmp_path / "twin"
    shutil.copytree(mini_course, twin, symlinks=True)
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    monkeypatch.setattr(run, "_CHUNK", 2)
    pooled = autograde(mini_course, ORIENTATION, jobs=2)
    serial = autograde(twin, ORIENTATION, jobs=1)
    assert not pooled.failed and len(pooled.outcomes) == len(serial.outcomes) >= 8
    assert cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE) == \
        cell_scores(sqlite_url(twin), ORIENTATION, COURSE)


def _lying_worker_score(sids):
    """A worker that reports its learners' results under each other's names."""
    from soplab.cohort.autograde.run import _WORKER, _score_one

    results = [_score_one(_WORKER["root"], _WORKER["sealed"], sid) for sid in sids]
    return [(sids[-1 - n], *rest) for n, (_, *rest) in enumerate(results)]


def test_a_worker_answering_for_another_learner_is_not_trusted(mini_course: Path,
                                                               monkeypatch):
    from soplab.cohort.autograde import AutogradeError, run

    for sid in ("ana", "ben", "cy", "dee"):
        _answer(release_copy(mini_course, sid), KEY if sid == "ana" else THREE_OF_FIVE)
    monkeypatch.setattr(run, "PARALLEL_FROM", 2)
    monkeypatch.setattr(run, "_worker_score", _lying_worker_score)
    with pytest.raises(AutogradeError, match="other learners than it was given"):
        autograde(mini_course, ORIENTATION, jobs=2)
    assert not cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)  # nothing written


def test_grading_stops_when_its_own_code_is_missing(mini_course: Path, monkeypatch):
    """A part of the course that cannot be imported never gives credit: grading stops
    with one line and writes nothing."""
    from soplab.cohort.autograde import AutogradeError
    from soplab.cohort.autograde.sealed import SealedAssignment

    _answer(release_copy(mini_course, "ana"), KEY)

    def broken(self, student, intake):
        raise ImportError("No module named 'soplab.coach'")

    monkeypatch.setattr(SealedAssignment, "grade", broken)
    with pytest.raises(AutogradeError, match="cannot be loaded"):
        autograde(mini_course, ORIENTATION)
    assert not cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)


def test_an_unexpected_error_costs_only_that_submission(mini_course: Path, monkeypatch):
    from soplab.cohort.autograde.sealed import SealedAssignment

    for sid in ("ana", "ben"):
        _answer(release_copy(mini_course, sid), KEY)
    real = SealedAssignment.grade

    def flaky(self, student, intake):
        if student == "ben":
            raise ValueError("something odd in ben's data")
        return real(self, student, intake)

    monkeypatch.setattr(SealedAssignment, "grade", flaky)
    report = autograde(mini_course, ORIENTATION)
    outcomes = {o.student: o for o in report.outcomes}
    assert outcomes["ana"].ok and not outcomes["ben"].ok
    assert "could not be scored: something odd" in outcomes["ben"].reason
    assert set(cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)) == {"ana"}
