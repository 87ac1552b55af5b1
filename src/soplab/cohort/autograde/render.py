"""The rendered view of a submission, built from the master without any kernel.

The notebook that formgrader and nbgrader's feedback show is not the learner's
file: it is the instructor's master from ``source/`` (every cell, its metadata
and kernelspec), with outputs that the grader writes itself from the answer
files as data:

* an exercise cell (``show("<set>")``) shows the saved answers as the same
  static HTML the widget shows where it cannot run (:func:`soplab.engine.views.summary_html`);
* a grade cell (``score-<set>``) shows the sealed score's plain summary; for a
  graded writing set also each question's rubric line, the coach's reading and
  suggested score, and whether the part waits in the review queue;
* every other code cell (figures, progress) is left without output.

No cell of any notebook is executed, so nothing a learner sent can run, and a
learner's edited, added or duplicated cells simply do not exist here.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from soplab.engine.content import SHOW_CALL, LearnerExercise
from soplab.engine.scoring import SetScore
from soplab.engine.views import summary_html

from ..review.formgrader import reading_html

__all__ = ["SHOW_CALL", "load_master", "render", "to_bytes"]

_MASTERS: dict[tuple[str, int], Any] = {}


def load_master(path: Path):
    """The master notebook with nbgrader checksums, as nbgrader records them (cached)."""
    import nbformat
    from nbgrader import utils

    key = (str(path), path.stat().st_mtime_ns)
    if key not in _MASTERS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
            if utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell):
                cell.metadata.nbgrader["checksum"] = utils.compute_checksum(cell)
        if len(_MASTERS) > 64:
            _MASTERS.clear()
        _MASTERS[key] = nb
    return _MASTERS[key]


def _display(html: str, plain: str) -> dict[str, Any]:
    from nbformat.v4 import new_output

    return new_output("display_data", data={"text/html": html, "text/plain": plain})


def _stream(text: str) -> dict[str, Any]:
    from nbformat.v4 import new_output

    return new_output("stream", name="stdout", text=text + "\n")


def render(master, exercises: dict[str, LearnerExercise], values: dict[str, dict],
           scores: dict[str, SetScore], *, readings: dict[str, list] | None = None,
           rubrics: dict[str, str] | None = None):
    """A copy of ``master`` with outputs from the learner's data (see the module doc);
    ``readings``: writing set -> :class:`~soplab.cohort.review.reading.Reading` list."""
    nb = copy.deepcopy(master)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if cell.metadata.get("nbgrader", {}).get("grade") and grade_id.startswith("score-"):
            ex_id = grade_id[len("score-"):]
            score = scores.get(ex_id)
            if score is not None:
                cell.outputs = [_stream(score.summary())]
                if readings and ex_id in readings:
                    cell.outputs.append(_display(
                        reading_html(readings[ex_id], rubrics or {}, score),
                        "The coach's reading of each answer, with the rubric"))
            continue
        match = SHOW_CALL.search(cell.source)
        if match and match.group(1) in exercises:
            ex = exercises[match.group(1)]
            saved = values.get(ex.id, {})
            done = sum(1 for item in ex.items if ex.valid_value(item, saved.get(item.id)))
            cell.outputs = [_display(summary_html(ex, saved),
                                     f"{ex.title}: {done} of {len(ex.items)} answered")]
    return nb


def to_bytes(nb) -> bytes:
    import nbformat

    return (nbformat.writes(nb) + "\n").encode("utf-8")
