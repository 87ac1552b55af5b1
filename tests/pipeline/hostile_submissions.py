"""Named hostile submissions: what a learner who wants marks, keys or harm might send.

Each builder gets the submission folder (a fresh copy of the release with the
learner's honest answers, 3 of 5 right in the graded set, already saved) and a
:class:`Scene` (the course, a victim who earned 5 of 5, a secret file outside
the course), and attacks in one way. ``CASES`` says what must happen:
``("graded", points)``: the graded set earns exactly ``points``, the honest
score of what the answer files hold; ``("reported", None)``: not graded, with a
reason, and nothing written for it. In every case nobody else's grade or file
changes, and no key, secret, hidden test or planted cell reaches autograded/
or feedback/.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

NOTEBOOK = "00-orientation.ipynb"
GRADED_SET = "00-how-it-works"
TEXT_SET = "00-hopes"
#: A string planted in every hostile cell and file: it must never come back.
MARKER = "HOSTILE-MARKER-7f3a"
#: Learner text with HTML in it: shown back to them escaped, never run.
SCRIPT = "<script>alert('pwned')</script>"


@dataclass
class Scene:
    root: Path
    victim: Path  # the victim's submitted folder (5 of 5)
    secret: Path  # a file outside the course that nobody may read

    @property
    def key_file(self) -> Path:
        return self.root / "data" / "items" / "00-orientation.csv"

    @property
    def gradebook(self) -> Path:
        return self.root / "gradebook.db"


def _nb(folder: Path):
    return nbformat.read(folder / NOTEBOOK, as_version=4)


def _add_cell(folder: Path, source: str, at: int = 2) -> None:
    nb = _nb(folder)
    nb.cells.insert(at, new_code_cell(f"# {MARKER}\n{source}"))
    nbformat.write(nb, folder / NOTEBOOK)


def patch_grading(folder: Path, scene: Scene) -> None:
    _add_cell(folder, "import soplab.grading as g\ng.check = lambda *a, **k: 5.0\n"
                      "g.grade = lambda *a, **k: None")


def display_hook(folder: Path, scene: Scene) -> None:
    _add_cell(folder, "ip = get_ipython()\n"
                      "ip.display_formatter.formatters['text/plain'].for_type(type(None), "
                      "lambda *a: '5.0')\nimport sys\nsys.displayhook = lambda v: print(5.0)")


def last_value(folder: Path, scene: Scene) -> None:
    nb = _nb(folder)
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade"):
            cell.source = f"5.0  # {MARKER}"
    nbformat.write(nb, folder / NOTEBOOK)


def shadow_modules(folder: Path, scene: Scene) -> None:
    body = f"# {MARKER}\ndef check(*a, **k):\n    return 5.0\ngrade = check\nshow = check\n"
    (folder / "soplab.py").write_text(body)
    (folder / "nbgrader.py").write_text(body)
    (folder / "ipywidgets").mkdir()
    (folder / "ipywidgets" / "__init__.py").write_text(body)
    (folder / "sitecustomize.py").write_text(body)


def read_keys(folder: Path, scene: Scene) -> None:
    _add_cell(folder, f"print(open({str(scene.key_file)!r}).read())\n"
                      f"print(open({str(scene.secret)!r}).read())\n"
                      f"print(open({str(scene.gradebook)!r}, 'rb').read()[:5000])")


def write_harm(folder: Path, scene: Scene) -> None:
    victim_answers = scene.victim / "answers" / f"{GRADED_SET}.json"
    _add_cell(folder, f"open({str(victim_answers)!r}, 'w').write('{{}}')\n"
                      f"open({str(scene.key_file)!r}, 'a').write('x')\n"
                      f"open({str(scene.gradebook)!r}, 'w').write('')")


def link_answers_to_victim(folder: Path, scene: Scene) -> None:
    mine = folder / "answers" / f"{GRADED_SET}.json"
    mine.unlink()
    mine.symlink_to(scene.victim / "answers" / f"{GRADED_SET}.json")


def link_answers_folder(folder: Path, scene: Scene) -> None:
    import shutil

    shutil.rmtree(folder / "answers")
    (folder / "answers").symlink_to(scene.victim / "answers")


def link_extras_to_secrets(folder: Path, scene: Scene) -> None:
    (folder / "notes.txt").symlink_to(scene.secret)
    (folder / "key.csv").symlink_to(scene.key_file)
    (folder / "gradebook.db").symlink_to(scene.gradebook)
    (folder / "answers" / "00-privacy.json").symlink_to(scene.secret)
    (folder / "elsewhere").symlink_to(scene.secret.parent, target_is_directory=True)


def fifo_answers(folder: Path, scene: Scene) -> None:
    mine = folder / "answers" / f"{GRADED_SET}.json"
    mine.unlink()
    os.mkfifo(mine)


def fifo_extra(folder: Path, scene: Scene) -> None:
    os.mkfifo(folder / "pipe.txt")


def device_answers(folder: Path, scene: Scene) -> None:
    mine = folder / "answers" / f"{GRADED_SET}.json"
    mine.unlink()
    mine.symlink_to("/dev/zero")


def deep_nesting(folder: Path, scene: Scene) -> None:
    depth = 200_000
    (folder / "answers" / f"{GRADED_SET}.json").write_text("[" * depth + "]" * depth)


def duplicated_cells(folder: Path, scene: Scene) -> None:
    """An honest learner copies and pastes a locked exercise cell and the check cell."""
    nb = _nb(folder)
    copies = [copy.deepcopy(c) for c in nb.cells if c.cell_type == "code"
              and c.metadata.get("nbgrader", {}).get("locked")][:3]
    for n, cell in enumerate(copies):
        cell.id = f"pasted-{n}"  # JupyterLab gives a pasted cell a new id
    nb.cells.extend(copies)
    nbformat.write(nb, folder / NOTEBOOK)


def changed_metadata(folder: Path, scene: Scene) -> None:
    nb = _nb(folder)
    nb.metadata["kernelspec"] = {"name": "evil", "display_name": MARKER, "language": "python"}
    for cell in nb.cells:
        if "nbgrader" in cell.metadata:
            cell.metadata["nbgrader"]["points"] = 99
            cell.metadata["nbgrader"]["grade"] = True
    nbformat.write(nb, folder / NOTEBOOK)


def notebook_is_a_link(folder: Path, scene: Scene) -> None:
    (folder / NOTEBOOK).unlink()
    (folder / NOTEBOOK).symlink_to(scene.victim / NOTEBOOK)


def script_in_answers(folder: Path, scene: Scene) -> None:
    from coursekit import write_answers

    write_answers(folder, TEXT_SET, {"or-t01": SCRIPT + " I hope to learn."})


def bogus_timestamp(folder: Path, scene: Scene) -> None:
    (folder / "timestamp.txt").write_text(f"not a time {MARKER}")


def answers_for_other_sets(folder: Path, scene: Scene) -> None:
    """Answer files named after another assignment's sets and with unknown items."""
    (folder / "answers" / "04-graded-plan.json").write_text(json.dumps({"x": MARKER}))
    path = folder / "answers" / f"{GRADED_SET}.json"
    data = json.loads(path.read_text())
    data["answers"]["or-x99"] = {"value": "True"}
    data["answers"]["or-a01"] = {"value": {"nested": ["x"]}}  # wrong shape: unanswered
    path.write_text(json.dumps(data))


#: case -> (builder, expectation, points of the graded set when graded)
CASES = {
    "patch-grading": (patch_grading, "graded", 3.0),
    "display-hook": (display_hook, "graded", 3.0),
    "last-value": (last_value, "graded", 3.0),
    "shadow-modules": (shadow_modules, "graded", 3.0),
    "read-keys": (read_keys, "graded", 3.0),
    "write-harm": (write_harm, "graded", 3.0),
    "link-answers-to-victim": (link_answers_to_victim, "graded", 0.0),
    "link-answers-folder": (link_answers_folder, "graded", 0.0),
    "link-extras-to-secrets": (link_extras_to_secrets, "graded", 3.0),
    "fifo-answers": (fifo_answers, "graded", 0.0),
    "fifo-extra": (fifo_extra, "graded", 3.0),
    "device-answers": (device_answers, "graded", 0.0),
    "deep-nesting": (deep_nesting, "graded", 0.0),
    "duplicated-cells": (duplicated_cells, "graded", 3.0),
    "changed-metadata": (changed_metadata, "graded", 3.0),
    "notebook-is-a-link": (notebook_is_a_link, "reported", None),
    "script-in-answers": (script_in_answers, "graded", 3.0),
    "bogus-timestamp": (bogus_timestamp, "graded", 3.0),
    # or-a01 (answered wrongly) now has the wrong shape: unanswered, still 3 right
    "answers-for-other-sets": (answers_for_other_sets, "graded", 3.0),
}
