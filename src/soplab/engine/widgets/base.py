"""What every exercise widget shares: its answer file, progress line and notices."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import ipywidgets as w

from ..answers import AnswerFile
from ..content import LearnerExercise
from ..runtime import kernel_loop, validating
from ..views import esc, summary_html
from . import live
from .guard import KernelGuard

__all__ = [
    "ANNOUNCE_SECONDS", "DEBOUNCE_SECONDS", "ExerciseWidget", "INFO", "NOT_SAVED", "Problem",
    "STYLE", "announce", "fold_html",
]

#: Seconds of quiet typing before a text or form answer is saved and checked.
DEBOUNCE_SECONDS = 0.4
#: Seconds of quiet typing before the short spoken summary ("Saved (12 words).
#: Checklist: 3 of 5 parts found.") is updated: screen readers hear it once the
#: learner pauses, not at every key.
ANNOUNCE_SECONDS = 1.5

INFO = "ℹ"
#: What a question says when its answer could not be written (disk full, folder read-only).
NOT_SAVED = ("⚠ Not saved: the computer could not write your answer (the disk may be full, "
             "or the folder may not accept changes). Answer again in a moment; if this "
             "message comes back, tell your instructor.")

#: Page styles for the exercises, scoped to ``.soplab-exercise`` (the choice
#: questions bring their own, see ``choice_group.css``).
#:
#: - Feedback shows right and wrong with a symbol, words *and* colour.
#: - Form fields (``.soplab-field``) put their label above the box, so no label
#:   or placeholder is cut short, fill the width they are given without pushing
#:   past the cell (no sideways scroll bar), and use the page's font, not the
#:   code font.
STYLE = """<style>
.soplab-exercise .soplab-card { max-width: 100%; box-sizing: border-box; overflow: visible; }
.soplab-exercise .soplab-msg.soplab-right, .soplab-exercise .soplab-msg.soplab-wrong {
  margin: 0.2em 0 0.4em 0; padding: 0.45em 0.75em; border-radius: 4px; line-height: 1.5;
}
.soplab-exercise .soplab-msg.soplab-right {
  color: #14532d; background: #e6f4ea; border-left: 5px solid #1e7d3c;
}
.soplab-exercise .soplab-msg.soplab-wrong {
  color: #7a1d12; background: #fdecea; border-left: 5px solid #b3261e;
}
.soplab-exercise .soplab-msg.soplab-right strong { color: #14532d; }
.soplab-exercise .soplab-msg.soplab-wrong strong { color: #7a1d12; }
.soplab-exercise .soplab-field {
  flex-direction: column; align-items: stretch; box-sizing: border-box;
  max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); min-width: min(11em, 100%);
}
.soplab-exercise .soplab-field > .widget-label {
  width: auto !important; max-width: none; height: auto; min-height: 0;
  line-height: 1.4; white-space: normal; overflow: visible; text-overflow: clip;
  text-align: left; padding: 0.1em 0 0.2em 0; margin: 0;
}
.soplab-exercise .soplab-field textarea, .soplab-exercise .soplab-field input,
.soplab-exercise .soplab-field select {
  width: 100%; max-width: 100%; box-sizing: border-box; flex: none;
  font-family: var(--jp-ui-font-family); font-size: var(--jp-content-font-size1, 14px);
  line-height: 1.45;
}
.soplab-exercise .soplab-field textarea { resize: vertical; }
.soplab-exercise .soplab-row { gap: 0 0.5em; align-items: flex-end; }
.soplab-exercise .soplab-fold summary { cursor: pointer; min-height: 24px; line-height: 24px; }
.soplab-exercise textarea:focus, .soplab-exercise input:focus, .soplab-exercise select:focus,
.soplab-exercise button:focus-visible, .soplab-exercise summary:focus-visible {
  outline: 3px solid #1a5fb4 !important; outline-offset: 1px;
}
.soplab-exercise select, .soplab-exercise button { min-height: 28px; }
.soplab-exercise .soplab-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
</style>"""


def announce(text: str, *, urgent: bool = False, css: str = "") -> str:
    """HTML that screen readers announce: role=alert for feedback, status otherwise."""
    role = 'role="alert"' if urgent else 'role="status" aria-live="polite"'
    return f'<div {role} class="soplab-msg {css}">{text}</div>'


def fold_html(title: str, body: str) -> str:
    """A fold the learner opens on request (e.g. an example answer).

    A native ``<details>`` element: it opens with the mouse, Enter or Space,
    and screen readers announce it as expandable (ipywidgets' Accordion header
    cannot be reached with the keyboard). ``body`` is HTML; ``title`` is text.
    """
    return (f'<details class="soplab-fold"><summary>{esc(title)}</summary>'
            f"{body}</details>")


class Problem:
    """Shown instead of a part of the page that cannot be loaded: plain words, no traceback."""

    def __init__(self, message: str):
        self.message = message

    def _repr_html_(self) -> str:
        return announce(f"{INFO} {esc(self.message)}", urgent=True)

    def __repr__(self) -> str:
        return self.message


class ExerciseWidget:
    """Base class: one exercise set bound to its answer file.

    Subclasses build ``self.box`` and implement ``answer(item_id, value)``, the
    programmatic way to answer (tests use it; the UI calls the same code).
    """

    def __init__(self, exercise: LearnerExercise, folder: Path | str | None = None):
        self.exercise = exercise
        # An automatic run (autograding, Validate) must not move a submission's files.
        self.store = AnswerFile.load(exercise.id, folder, keep_aside=not validating())
        self.progress = w.HTML()
        self.notice = w.HTML()
        if self.store.notice:
            self.notice.value = announce(f"{INFO} {esc(self.store.notice)}", urgent=True)
        self._pending: dict[tuple[str, str], asyncio.TimerHandle] = {}
        #: Items whose last change could not be written (see ``_write``).
        self.unsaved: set[str] = set()
        self.box = w.VBox(layout=w.Layout(width="100%", max_width="60rem"))
        self.box.add_class("soplab-exercise")
        # The page header and the graded checks find an exercise on the page by its set.
        self.box.add_class(f"soplab-set-{exercise.id}")

    # -- saving as people type -------------------------------------------------
    def _schedule(self, item_id: str) -> None:
        """Save and check ``item_id`` once typing pauses for ``DEBOUNCE_SECONDS``
        (``self._commit``), and say so once it pauses for ``ANNOUNCE_SECONDS``
        (``self._announce``).

        Outside a Jupyter kernel (plain Python, tests) both happen at once: only a
        kernel's event loop is sure to run the delayed calls.
        """
        loop = kernel_loop()
        if loop is None:
            self._commit(item_id)
            self._announce(item_id)
            return
        for key, delay, call in (("commit", DEBOUNCE_SECONDS, self._commit),
                                 ("announce", ANNOUNCE_SECONDS, self._announce)):
            pending = self._pending.pop((key, item_id), None)
            if pending is not None:
                pending.cancel()
            self._pending[(key, item_id)] = loop.call_later(delay, self._run, key, item_id,
                                                            call)

    def _save_now(self, item_id: str) -> None:
        """Save, check and announce at once (a button press, or answering in code)."""
        for key in ("commit", "announce"):
            pending = self._pending.pop((key, item_id), None)
            if pending is not None:
                pending.cancel()
        self._commit(item_id)
        self._announce(item_id)

    def _run(self, key: str, item_id: str, call) -> None:
        self._pending.pop((key, item_id), None)
        call(item_id)

    def _write(self, item_id: str, value: Any) -> bool:
        """Write ``value`` (None or "": clear it) to the answer file; False if that failed.

        The item is then in ``self.unsaved`` until a later write succeeds, and the
        question says "Not saved" (:data:`NOT_SAVED`) instead of "Saved."."""
        try:
            if value is None or value == "":
                self.store.clear(item_id)
            else:
                self.store.set(item_id, value)
        except OSError:
            self.unsaved.add(item_id)
            return False
        self.unsaved.discard(item_id)
        return True

    def _commit(self, item_id: str) -> None:  # pragma: no cover - subclasses define it
        raise NotImplementedError

    def _announce(self, item_id: str) -> None:
        """Update the item's spoken status line (subclasses with typing define it)."""

    # -- shared pieces ---------------------------------------------------------
    def header(self) -> list[w.Widget]:
        ex = self.exercise
        if not ex.is_practice:
            kind = "Graded: your answers are saved; results come with your feedback"
        elif self.gives_feedback():
            kind = "Practice: you get feedback at once"
        else:
            kind = "Practice: your answer is saved; nobody grades it"
        parts = [STYLE, f"<h3>{esc(ex.title)}</h3>", f"<p><em>{esc(kind)}.</em></p>"]
        if ex.instructions:
            parts.append(f"<p>{esc(ex.instructions)}</p>")
        # The guard shows nothing until the kernel is gone (see guard.py).
        return [w.HTML("".join(parts)), KernelGuard(), self.notice, self.progress]

    def gives_feedback(self) -> bool:
        """Whether a practice answer here is answered with feedback (not only saved)."""
        return True

    def answered_count(self) -> int:
        return sum(
            1 for item in self.exercise.items
            if self.exercise.valid_value(item, self.store.value(item.id))
        )

    def stored(self) -> None:
        """An answer was just saved or cleared: update the progress line and tell the
        page header and the graded checks (:mod:`soplab.engine.widgets.live`)."""
        self.update_progress()
        live.saved(self.exercise.id, self.store.folder)

    def update_progress(self) -> None:
        done, total = self.answered_count(), len(self.exercise.items)
        tail = " All done." if done == total else ""
        self.progress.value = (
            f'<p role="status" aria-live="polite" class="soplab-progress">'
            f"{done} of {total} answered.{tail}</p>"
        )

    def answers(self) -> dict[str, Any]:
        return self.store.values()

    # -- display -----------------------------------------------------------------
    def summary_html(self) -> str:
        """Static text shown where widgets cannot run (feedback, formgrader, exports)."""
        return summary_html(self.exercise, self.store.values())

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, with the static summary for places that cannot show it.

        The output's metadata names the exercise, so a saved notebook can say
        which exercise comes back with *Run All Cells* (see
        :mod:`soplab.course.saved_notebook`).
        """
        bundle = self.box._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = (
            f"{self.exercise.title}: {self.answered_count()} of "
            f"{len(self.exercise.items)} answered")
        bundle["text/html"] = self.summary_html()
        return bundle, {"soplab": {"exercise": self.exercise.id, "title": self.exercise.title}}
