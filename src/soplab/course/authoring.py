"""Building blocks for source notebooks, so every assignment follows one pattern.

Cell kinds (all carry nbgrader metadata, schema 3):

* ``markdown(text)``: teaching text (locked, so learners cannot delete it by accident).
* ``exercise(set_id)``: a widget cell, code hidden, locked.
* ``graded_check(bank, set_id)``: the locked test cell of a graded set: a hidden
  ``grade`` call and a visible ``check`` call, worth the set's points.
* ``manual_task(grade_id, text, points)``: a task an instructor grades by hand in
  formgrader (a reflection, the quality of a written statement).
* ``figure(code, alt)``: a hidden code cell that draws a picture.
* ``page_header()``: the page header under the title (progress line and outline),
  code hidden, locked.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from soplab.engine.items import ItemBank
from soplab.engine.scoring import max_points

__all__ = [
    "CHECK_LEAD", "FIGURE_LEAD", "KERNELSPEC", "NBGRADER_SCHEMA", "PAGE_LEAD", "WIDGET_LEAD",
    "exercise", "figure", "graded_check", "manual_task", "markdown", "notebook", "page_header",
    "write",
]

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
NBGRADER_SCHEMA = 3


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "cell"


def _meta(grade_id: str, *, grade=False, solution=False, locked=True, points=None, task=False):
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": NBGRADER_SCHEMA,
        "solution": solution,
        "task": task,
    }
    if points is not None:
        meta["points"] = points
    return meta


def markdown(text: str, grade_id: str | None = None):
    cell = new_markdown_cell(text.strip())
    cell.metadata["nbgrader"] = _meta(grade_id or f"md-{_slug(text)}")
    return cell


#: First lines of hidden cells. JupyterLab previews a hidden cell's first line,
#: so it is plain words for the learner, not code.
WIDGET_LEAD = "# The exercise appears below. Nothing to change here."
CHECK_LEAD = "# This box checks your graded answers. Nothing to change here."
FIGURE_LEAD = "# This box draws the picture below. Nothing to change here."
PAGE_LEAD = "# Your progress and this page's outline appear below. Nothing to change here."


def exercise(set_id: str):
    cell = new_code_cell(f'{WIDGET_LEAD}\nfrom soplab import show\nshow("{set_id}")')
    cell.metadata["nbgrader"] = _meta(f"show-{set_id}")
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["tags"] = ["soplab-widget"]
    return cell


def page_header():
    """The page header: one progress line for the assignment and an outline of its parts.

    Goes right after the title cell; after *Run All Cells* it also brings the learner
    to the first question."""
    cell = new_code_cell(f"{PAGE_LEAD}\nfrom soplab.page import show_page\nshow_page()")
    cell.metadata["nbgrader"] = _meta("page-header")
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["tags"] = ["soplab-page"]
    return cell


def graded_check(bank: ItemBank, set_id: str):
    ex = bank.exercises[set_id]
    points = max_points(ex, len(bank.items_for(set_id)))
    source = (
        f"{CHECK_LEAD}\n"
        "### BEGIN HIDDEN TESTS\n"
        f'from soplab.grading import grade; grade("{set_id}")\n'
        "### END HIDDEN TESTS\n"
        f'from soplab.grading import check; check("{set_id}")'
    )
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = _meta(f"score-{set_id}", grade=True, points=points)
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["tags"] = ["soplab-check"]
    return cell


def manual_task(grade_id: str, text: str, points: float):
    cell = new_markdown_cell(text.strip())
    cell.metadata["nbgrader"] = _meta(grade_id, task=True, points=points)
    return cell


def figure(code: str, grade_id: str):
    cell = new_code_cell(f"{FIGURE_LEAD}\n{code.strip()}")
    cell.metadata["nbgrader"] = _meta(grade_id)
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["tags"] = ["soplab-figure"]
    return cell


def notebook(cells, title: str):
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["soplab"] = {"title": title, "schema_version": 1}
    return nb


def write(nb, path: Path | str) -> Path:
    """Write a source notebook (no outputs, stable cell ids)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for index, cell in enumerate(nb.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        cell["id"] = (grade_id or f"cell-{index}")[:64]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.validate(nb)
    nbformat.write(nb, str(path))
    return path
