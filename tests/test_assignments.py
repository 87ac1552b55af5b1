"""Every assignment builds, runs clean and autogrades a perfect and an empty submission."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from soplab._core.paths import tool_env
from soplab.course.build import assignments, build
from soplab.engine.items import load_bank
from soplab.grading import max_points, score_set

from coursekit import REPO, copy_course, write_answers

pytestmark = pytest.mark.slow

ASSIGNMENTS = assignments(REPO)
CHOICE_WIDGETS = ("classify", "scenario")


def perfect_value(bank, item):
    ex = bank.exercises[item.exercise]
    if ex.widget in CHOICE_WIDGETS:
        return item.label
    if ex.widget == "text":
        return item.explanation or "A considered answer written for the test."
    from soplab.engine.rubrics import perfect_answer  # builder kinds (plan, network)

    return perfect_answer(item)


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    root = copy_course(tmp_path_factory.mktemp("assignments") / "course",
                       ("nbgrader_config.py", "data", "source"))
    build(root, progress=lambda line: None)
    return root


def _graded_sets(nb) -> list[str]:
    found = []
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if cell.metadata.get("nbgrader", {}).get("grade") and grade_id.startswith("score-"):
            found.append(grade_id.removeprefix("score-"))
    return found


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_perfect_and_empty_submissions(course: Path, assignment: str) -> None:
    bank = load_bank(course)
    notebook_path = course / "release" / assignment / f"{assignment}.ipynb"
    graded = _graded_sets(nbformat.read(notebook_path, as_version=4))
    sets = [ex for ex in bank.exercises_for(assignment)]
    assert sets, f"{assignment} has no exercise sets in data/exercises.csv"

    for learner, fill in (("perfect", True), ("empty", False)):
        folder = course / "submitted" / f"{learner}-{assignment}" / assignment
        shutil.copytree(course / "release" / assignment, folder)
        if fill:
            for ex in sets:
                write_answers(folder, ex.id, {i.id: perfect_value(bank, i)
                                              for i in bank.items_for(ex.id)})
    run = subprocess.run(
        [sys.executable, "-m", "nbgrader", "autograde", assignment, "--create"],
        cwd=course, capture_output=True, text=True, env=tool_env())
    assert run.returncode == 0, run.stderr[-3000:]

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for learner in ("perfect", "empty"):
            student = f"{learner}-{assignment}"
            nb = gb.find_submission_notebook(assignment, assignment, student)
            scores = {g.name: (g.auto_score, g.max_score) for g in nb.grades}
            for set_id in graded:
                ex = bank.exercises[set_id]
                top = max_points(ex, len(bank.items_for(set_id)))
                auto, maximum = scores[f"score-{set_id}"]
                assert maximum == top
                if learner == "empty":
                    assert auto == 0, f"{student}: {set_id} scored {auto} with no answers"
                elif ex.widget == "text":
                    folder = course / "autograded" / student / assignment
                    assert auto == pytest.approx(score_set(bank, set_id, folder).points)
                else:
                    assert auto == top, f"{student}: {set_id} scored {auto} of {top}"

    autograded = course / "autograded" / f"perfect-{assignment}" / assignment
    nb = nbformat.read(autograded / f"{assignment}.ipynb", as_version=4)
    errors = [(c.id, o.get("ename")) for c in nb.cells if c.cell_type == "code"
              for o in c.outputs if o.output_type == "error" or o.get("name") == "stderr"]
    assert not errors, f"{assignment}: a perfect submission left errors: {errors}"
