"""Parallel autograde: same scores as nbgrader, no lost grades, bad submissions isolated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from bad_submissions import CASES, GRADED_SET, KEY, THREE_OF_FIVE
from pipeline_kit import COURSE, ORIENTATION, release_copy, sequential_autograde, sqlite_url

from soplab.autograde import autograde, cell_scores
from soplab.simulate import simulate

pytestmark = pytest.mark.slow
SCORE_CELL = f"{ORIENTATION}/score-{GRADED_SET}"


def _answer(folder: Path, values: dict) -> None:
    from coursekit import write_answers

    write_answers(folder, GRADED_SET, values)


def test_parallel_equals_sequential_nbgrader(mini_course: Path, tmp_path: Path):
    sim = simulate(mini_course, [ORIENTATION], n=7, seed=11)
    for name in ("exception", "edited-locked-cell", "deleted-cells", "answers-wrong-types"):
        folder = release_copy(mini_course, f"case-{name}")
        _answer(folder, THREE_OF_FIVE)
        CASES[name][0](folder)
    twin = tmp_path / "twin"
    shutil.copytree(mini_course, twin, symlinks=True)

    report = autograde(mini_course, ORIENTATION, jobs=2)
    sequential_autograde(twin)

    assert not report.failed, report.lines()
    parallel = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    sequential = cell_scores(sqlite_url(twin), ORIENTATION, COURSE)
    assert len(parallel) == len(sim.submitted[ORIENTATION]) + 4
    assert parallel == sequential
    assert len({s[SCORE_CELL] for s in parallel.values()}) > 1  # not all the same score
    for sid in parallel:
        assert (mini_course / "autograded" / sid / ORIENTATION / "00-orientation.ipynb").exists()


def test_rerun_is_safe_and_keeps_manual_grades(mini_course: Path):
    from nbgrader.api import Gradebook

    for sid, values in (("ana", KEY), ("ben", THREE_OF_FIVE)):
        _answer(release_copy(mini_course, sid), values)
    first = autograde(mini_course, ORIENTATION, jobs=2)
    assert [o.score for o in first.outcomes] == [5.0, 3.0]
    with Gradebook(sqlite_url(mini_course), COURSE) as gb:
        grade = gb.find_grade(f"score-{GRADED_SET}", ORIENTATION, ORIENTATION, "ben")
        grade.manual_score = 4.5
        gb.db.commit()
    second = autograde(mini_course, ORIENTATION, jobs=2)
    assert not second.failed
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    assert scores == {"ana": {SCORE_CELL: 5.0}, "ben": {SCORE_CELL: 4.5}}
    with Gradebook(sqlite_url(mini_course), COURSE) as gb:
        assert len(gb.assignment_submissions(ORIENTATION)) == 2
        grade = gb.find_grade(f"score-{GRADED_SET}", ORIENTATION, ORIENTATION, "ben")
        assert grade.auto_score == 3.0 and grade.needs_manual_grade


def test_prestarted_kernel_sees_the_notebook_folder(mini_course: Path, tmp_path: Path):
    """A kernel started ahead of need behaves like one started in the notebook's folder."""
    probe = "import os, sys\nprint(os.getcwd()); print(sys.path[:3])"
    for sid in ("p1", "p2"):
        folder = release_copy(mini_course, sid)
        nb = nbformat.read(folder / "00-orientation.ipynb", as_version=4)
        nb.cells.insert(1, nbformat.v4.new_code_cell(probe))
        nbformat.write(nb, folder / "00-orientation.ipynb")
    twin = tmp_path / "twin"
    shutil.copytree(mini_course, twin, symlinks=True)
    autograde(mini_course, ORIENTATION, jobs=1, prestart=True)
    autograde(twin, ORIENTATION, jobs=1, prestart=False)
    for sid in ("p1", "p2"):
        outputs = []
        for root in (mini_course, twin):
            nb = nbformat.read(root / "autograded" / sid / ORIENTATION / "00-orientation.ipynb",
                               as_version=4)
            text = nb.cells[1].outputs[0]["text"]
            text = re.sub(r"\.autograde-[^/]+", ".autograde-X", text)
            outputs.append(text.replace(str(root), "<root>"))
        assert outputs[0] == outputs[1]
        assert f"<root>/autograded/{sid}/{ORIENTATION}" not in outputs[0]  # scratch folder
        assert f"/{sid}/{ORIENTATION}\n" in outputs[0]


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

    report = autograde(mini_course, ORIENTATION, jobs=2,
                       extra_config={"Execute": {"timeout": 5}}, timeout=120)
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
    assert "not a valid learner id" in outcomes["not a valid id"].reason
    assert "00-orientation.ipynb is not in the submission" in outcomes["missing-notebook"].reason
    assert "found 00-orientation (1).ipynb instead" in outcomes["renamed-notebook"].reason
    text = "\n".join(report.lines())
    assert "NOT GRADED corrupt-notebook" in text and "NOT GRADED kernel-dies" in text


def test_a_submission_over_the_time_limit_is_stopped_and_others_graded(mini_course: Path):
    slow = release_copy(mini_course, "slowpoke")
    nb = nbformat.read(slow / "00-orientation.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell("import time\ntime.sleep(3600)"))
    nbformat.write(nb, slow / "00-orientation.ipynb")
    for sid in ("ok-1", "ok-2"):
        _answer(release_copy(mini_course, sid), KEY)
    report = autograde(mini_course, ORIENTATION, jobs=1, timeout=20)
    outcomes = {o.student: o for o in report.outcomes}
    assert not outcomes["slowpoke"].ok
    assert "longer than 20 s" in outcomes["slowpoke"].reason
    assert outcomes["ok-1"].ok and outcomes["ok-2"].ok
    scores = cell_scores(sqlite_url(mini_course), ORIENTATION, COURSE)
    assert scores["ok-1"][SCORE_CELL] == scores["ok-2"][SCORE_CELL] == 5.0
    assert "slowpoke" not in scores
