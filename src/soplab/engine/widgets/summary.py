"""The live check of a graded part, shown by ``check()`` in a learner's own kernel.

Under *Check your work*, each graded part says in plain words whether every
question has an answer ("“Sorting”: 6 of 9 answered. Still to answer: questions
2, 5 and 7."), with a button to the first question still to answer and a
*Check again* button. It updates as the learner answers (every exercise tells
:mod:`soplab.engine.widgets.live` when it saves). The last graded part of a page with
several also says how the whole assignment stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

import anywidget
import traitlets

from ..completeness import SetStatus, assignment_status, read_status
from ..content import LearnerExercise
from ..views import RIGHT
from . import live
from .guard import GUARD_CSS, GUARD_JS, answer_pings

__all__ = ["CheckSummary", "WARN", "show_check"]

_HERE = Path(__file__).resolve().parent
NAV_JS = (_HERE / "nav.js").read_text(encoding="utf-8")
PAGE_CSS = (_HERE / "page.css").read_text(encoding="utf-8")
WARN = "⚠"


class CheckSummary(anywidget.AnyWidget):
    """One graded part's check: its line, "Go to question N" and "Check again"."""

    _esm = GUARD_JS + NAV_JS + (_HERE / "summary.js").read_text(encoding="utf-8")
    _css = PAGE_CSS + GUARD_CSS

    exercise = traitlets.Unicode("").tag(sync=True)
    text = traitlets.Unicode("").tag(sync=True)
    done = traitlets.Bool(False).tag(sync=True)
    first_missing = traitlets.Int(0).tag(sync=True)
    #: How the whole assignment's graded work stands ("" except on the last graded part).
    overall = traitlets.Unicode("").tag(sync=True)

    def __init__(self, exercise: LearnerExercise, folder: Path | str,
                 whole: Sequence[LearnerExercise] = ()):
        super().__init__(exercise=exercise.id)
        self._set = exercise
        self.folder = Path(folder).resolve()
        self._whole = list(whole)
        self.last = self.refresh()
        self.on_msg(self._message)
        answer_pings(self)
        live.listen(self)
        live.claim(("check", exercise.id, self.folder), self)

    def refresh(self) -> SetStatus:
        """Read the answer files again and show what they hold."""
        status = read_status(self._set, self.folder)
        self.last = status
        with self.hold_sync():
            self.text = status.line()
            self.done = status.done
            self.first_missing = status.first_missing
            if self._whole:
                self.overall = assignment_status(self._whole, self.folder,
                                                 {status.id: status}).graded_line()
        return status

    def answers_saved(self, exercise_id: str, folder: Path) -> None:
        if folder != self.folder or self.comm is None:  # elsewhere, or closed
            return
        if exercise_id == self._set.id or any(ex.id == exercise_id for ex in self._whole):
            self.refresh()

    def check_again(self) -> SetStatus:
        """What the *Check again* button does (the page then reads the result out)."""
        status = self.refresh()
        self.send({"checked": True})
        return status

    def _message(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("do") == "check":
            self.check_again()

    def plain(self) -> str:
        symbol = RIGHT if self.done else WARN
        return " ".join(filter(None, [f"{symbol} {self.text}", self.overall]))

    def _repr_mimebundle_(self, **kwargs):
        data, metadata = super()._repr_mimebundle_(**kwargs)  # anywidget: (data, metadata)
        data["text/plain"] = self.plain()
        data["text/html"] = f'<p class="soplab-check-line">{escape(self.plain())}</p>'
        return data, metadata


def show_check(exercise: LearnerExercise, folder: Path | str,
               whole: Sequence[LearnerExercise] = ()) -> CheckSummary:
    """Display the live check of ``exercise`` in the current cell."""
    from IPython.display import display

    summary = CheckSummary(exercise, folder, whole)
    display(summary)
    return summary
