"""Named bad submissions, built in code from the released orientation notebook.

Each builder receives the submission folder (a fresh copy of the release with
good answers already saved) and damages it in one way. ``EXPECT`` says what
must happen: "graded" (nbgrader grades it; the score is checked where it is
predictable) or "reported" (not graded, with a reason). Grading is sealed
(scores from the answer files, no kernel), so damage to the notebook's cells
costs nothing and gains nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

NOTEBOOK = "00-orientation.ipynb"
GRADED_SET = "00-how-it-works"
#: Right answers for the graded set, and a learner who gets 3 of 5.
KEY = {"or-a01": "True", "or-a02": "False", "or-a03": "False", "or-a04": "True",
       "or-a05": "False"}
THREE_OF_FIVE = {**KEY, "or-a01": "False", "or-a04": "False"}


def _nb(folder: Path):
    return nbformat.read(folder / NOTEBOOK, as_version=4)


def _save(nb, folder: Path) -> None:
    nbformat.write(nb, folder / NOTEBOOK)


def _insert(folder: Path, source: str, at: int = 3) -> None:
    nb = _nb(folder)
    nb.cells.insert(at, new_code_cell(source))
    _save(nb, folder)


def endless_loop(folder: Path) -> None:
    _insert(folder, "while True:\n    pass")


def exception(folder: Path) -> None:
    _insert(folder, "raise RuntimeError('something went wrong in my notebook')")


def kernel_dies(folder: Path) -> None:
    _insert(folder, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")


def deleted_cells(folder: Path) -> None:
    nb = _nb(folder)
    nb.cells = [c for c in nb.cells if c.cell_type == "markdown"][:3]
    _save(nb, folder)


def edited_locked_cell(folder: Path) -> None:
    nb = _nb(folder)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade"):
            cell.source = "5.0  # full marks, please"
    _save(nb, folder)


def answers_wrong_types(folder: Path) -> None:
    path = folder / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    data["answers"]["or-a01"]["value"] = 1
    data["answers"]["or-a02"]["value"] = ["False"]
    data["answers"]["or-a03"] = "False"
    path.write_text(json.dumps(data))


def answers_unknown_ids(folder: Path) -> None:
    path = folder / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    for n in range(50):
        data["answers"][f"made-up-{n}"] = {"value": "True", "changed": "x", "changes": 1}
    path.write_text(json.dumps(data))


def answers_huge(folder: Path) -> None:
    path = folder / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    data["answers"]["or-a01"]["value"] = "True" + " " * 3_000_000
    path.write_text(json.dumps(data))


def answers_not_json(folder: Path) -> None:
    (folder / "answers" / f"{GRADED_SET}.json").write_text("{ this is not json")


def corrupt_notebook(folder: Path) -> None:
    (folder / NOTEBOOK).write_text('{"cells": [ {"cell_type": "code", "sou')


def missing_notebook(folder: Path) -> None:
    (folder / NOTEBOOK).unlink()


def renamed_notebook(folder: Path) -> None:
    (folder / NOTEBOOK).rename(folder / "00-orientation (1).ipynb")


def extra_files(folder: Path) -> None:
    (folder / "notes.txt").write_text("my own notes\n")
    (folder / "photo.bin").write_bytes(b"\0" * 200_000)
    (folder / "scratch").mkdir()
    (folder / "scratch" / "draft.ipynb").write_text("{}")


#: case -> (builder, expectation, expected points of the graded set or None)
CASES = {
    # No cell a learner sent is run: these earn what their answers earn.
    "endless-loop": (endless_loop, "graded", 3.0),
    "exception": (exception, "graded", 3.0),
    "kernel-dies": (kernel_dies, "graded", 3.0),
    "deleted-cells": (deleted_cells, "graded", 3.0),
    "edited-locked-cell": (edited_locked_cell, "graded", 3.0),
    # Entries of the wrong shape are skipped; the two well-formed ones (one right)
    # still count, and the autograder leaves the submitted file where it is.
    "answers-wrong-types": (answers_wrong_types, "graded", 1.0),
    "answers-unknown-ids": (answers_unknown_ids, "graded", 3.0),
    "answers-huge": (answers_huge, "graded", 0.0),
    "answers-not-json": (answers_not_json, "graded", 0.0),
    # The notebook file is not used for the score: the answers are.
    "corrupt-notebook": (corrupt_notebook, "graded", 3.0),
    "missing-notebook": (missing_notebook, "reported", None),
    # the answers are the data: a renamed notebook is graded from the saved answers
    "renamed-notebook": (renamed_notebook, "graded", 3.0),
    "extra-files": (extra_files, "graded", 3.0),
}
