"""The page header of an assignment: one progress line and an outline of its parts.

Shown by the locked cell right after each notebook's title
(``from soplab.page import show_page; show_page()``). The progress line covers
the whole assignment ("Graded: 9 of 12 answered · Practice: 20 of 31
answered"); the outline lists each exercise in the order of the page, with how
much of it is answered, and *Check your work*; each entry takes the learner
there. Both update as the learner answers (:mod:`soplab.engine.widgets.live`). After
*Run All Cells* the header moves the keyboard focus to the first question
(see ``page.js``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from html import escape
from pathlib import Path

import anywidget
import traitlets

from ..completeness import AssignmentStatus, assignment_status
from ..content import ContentMissing, LearnerExercise, load_assignment
from . import live
from .base import Problem
from .guard import GUARD_CSS, GUARD_JS, answer_pings
from .summary import NAV_JS, PAGE_CSS

__all__ = ["PageHeader", "show_page"]

_HERE = Path(__file__).resolve().parent


class PageHeader(anywidget.AnyWidget):
    """A navigation landmark: the assignment's progress line and its outline."""

    _esm = GUARD_JS + NAV_JS + (_HERE / "page.js").read_text(encoding="utf-8")
    _css = PAGE_CSS + GUARD_CSS

    line = traitlets.Unicode("").tag(sync=True)
    #: One entry per exercise, in page order: id, title, practice, done, status, first_missing.
    sets = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: The *Check your work* entry ("" when nothing on the page is graded).
    check_status = traitlets.Unicode("").tag(sync=True)
    check_done = traitlets.Bool(False).tag(sync=True)
    #: One id per run of the cell: the page lands on the first question once per run.
    run_id = traitlets.Unicode("").tag(sync=True)

    def __init__(self, exercises: Sequence[LearnerExercise], folder: Path | str):
        super().__init__(run_id=uuid.uuid4().hex)
        self._exercises = list(exercises)
        self.folder = Path(folder).resolve()
        self.last = self.refresh()
        answer_pings(self)
        live.listen(self)
        live.claim(("page", self.folder), self)

    def refresh(self, changed: str | None = None) -> AssignmentStatus:
        """Read the answer files again (only ``changed``'s when given) and show them."""
        known = {} if changed is None else {s.id: s for s in self.last.sets if s.id != changed}
        status = assignment_status(self._exercises, self.folder, known)
        self.last = status
        with self.hold_sync():
            self.line = status.line()
            self.sets = [{"id": s.id, "title": s.title, "practice": s.practice, "done": s.done,
                          "status": s.count(), "first_missing": s.first_missing}
                         for s in status.sets]
            self.check_status = status.graded_left() if status.graded else ""
            self.check_done = status.graded_done
        return status

    def answers_saved(self, exercise_id: str, folder: Path) -> None:
        if self.comm is None:  # closed: replaced by a later run of its cell
            return
        if folder == self.folder and any(ex.id == exercise_id for ex in self._exercises):
            self.refresh(exercise_id)

    def _repr_mimebundle_(self, **kwargs):
        data, metadata = super()._repr_mimebundle_(**kwargs)  # anywidget: (data, metadata)
        data["text/plain"] = f"Your progress: {self.line}"
        data["text/html"] = (f'<p class="soplab-page-line"><strong>Your progress:</strong> '
                               f"{escape(self.line)}</p>")
        return data, metadata


def show_page(folder: Path | str | None = None) -> PageHeader | Problem:
    """The page header for the notebook in ``folder`` (default: here)."""
    folder = Path(folder or Path.cwd())
    try:
        exercises = load_assignment(folder)
    except ContentMissing as exc:
        return Problem(str(exc))
    return PageHeader(exercises, folder)
