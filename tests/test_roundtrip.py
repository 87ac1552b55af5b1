"""The nbgrader round trip on the orientation: build, answer as a learner, autograde."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from soplab._core.paths import tool_env

from coursekit import write_answers, write_raw

pytestmark = pytest.mark.slow

ASSIGNMENT = "00-orientation"
SET = "00-how-it-works"


def nbgrader(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=root,
                          capture_output=True, text=True, env=tool_env())


def submit(root: Path, learner: str) -> Path:
    folder = root / "submitted" / learner / ASSIGNMENT
    shutil.copytree(root / "release" / ASSIGNMENT, folder)
    (folder / "timestamp.txt").write_text("2026-11-27 10:00:00.000000 UTC")
    return folder


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> dict:
    from soplab.course.build import build
    from soplab.engine.items import load_bank

    from coursekit import copy_course

    root = copy_course(tmp_path_factory.mktemp("roundtrip") / "course",
                       ("nbgrader_config.py", "data", "source"))
    build(root, [ASSIGNMENT], progress=lambda line: None)
    key = {i.id: i.label for i in load_bank(root).items_for(SET)}
    flip = {k: ("False" if v == "True" else "True") for k, v in key.items()}

    write_answers(submit(root, "all-right"), SET, key)
    write_answers(submit(root, "all-wrong"), SET, flip)
    write_answers(submit(root, "partial"), SET, dict(list(key.items())[:2]))
    submit(root, "no-answers")
    write_raw(submit(root, "damaged"), SET, '{"schema": "soplab-answers", "answ')

    tampered = submit(root, "tampered")
    write_answers(tampered, SET, flip)
    nb_path = tampered / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == f"score-{SET}":
            cell.source = "5.0  # full marks, please"
    nbformat.write(nb, nb_path)

    deleted = submit(root, "deleted-cell")
    write_answers(deleted, SET, key)
    nb_path = deleted / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(nb_path, as_version=4)
    nb.cells = [c for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") != f"score-{SET}"]
    nbformat.write(nb, nb_path)

    run = nbgrader(root, "autograde", ASSIGNMENT, "--create")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        scores = {s.student.id: s.score for s in gb.assignment_submissions(ASSIGNMENT)}
    return {"root": root, "scores": scores, "log": run.stderr}


@pytest.mark.parametrize(
    ("learner", "expected"),
    [("all-right", 5.0), ("all-wrong", 0.0), ("partial", 2.0), ("no-answers", 0.0),
     ("damaged", 0.0), ("tampered", 0.0), ("deleted-cell", 5.0)],
)
def test_scores(graded: dict, learner: str, expected: float) -> None:
    assert graded["scores"][learner] == expected, graded["log"][-2000:]


def _check_cell_outputs(graded: dict, learner: str) -> list:
    path = graded["root"] / "autograded" / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") == f"score-{SET}")
    return cell.outputs


@pytest.mark.parametrize("learner", ["no-answers", "damaged"])
def test_unusable_answers_give_plain_message_not_traceback(graded, learner) -> None:
    outputs = _check_cell_outputs(graded, learner)
    # the grader writes the score's plain summary; no value, no traceback
    assert [o.output_type for o in outputs] == ["stream"]
    assert outputs[0].name == "stdout"
    assert "scores 0" in outputs[0].text and "Points for this part: 0 of" in outputs[0].text


def test_edited_locked_cell_was_restored(graded) -> None:
    outputs = _check_cell_outputs(graded, "tampered")
    assert "0 right" in outputs[0].text


def test_formgrader_sees_saved_answers(graded) -> None:
    path = graded["root"] / "autograded" / "partial" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    shown = next(c for c in nb.cells if c.source.endswith(f'show("{SET}")'))
    html = shown.outputs[0].data["text/html"]
    assert html.count("Saved answer:</em> True") + html.count("Saved answer:</em> False") == 2
    # formgrader and feedback render with nbconvert's HTML exporter: no widget state is
    # stored, so the plain summary is what an instructor sees
    from nbconvert import HTMLExporter

    page, _ = HTMLExporter().from_notebook_node(nb)
    assert page.count("Saved answer:</em> True") + page.count("Saved answer:</em> False") == 2
