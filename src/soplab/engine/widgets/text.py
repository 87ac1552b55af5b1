"""Free-text answers, with live coach feedback where the task is a statement.

The coach's checklist is shown as the learner types but is not a live region:
a screen reader would read the whole list again at every pause. Instead one
short status line per answer ("Saved (12 words). Checklist: 3 of 5 parts
found.") is updated once the learner pauses typing (``ANNOUNCE_SECONDS``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import ipywidgets as w

from soplab.coach import analyse, checklist_html

from ..answers import MAX_TEXT, fit_text
from .base import NOT_SAVED, ExerciseWidget, announce, esc, fold_html

__all__ = ["Checklist", "LIMIT_SHOWN_FROM", "TextExercise"]

#: From this share of the limit on, the status line says how many characters are left.
LIMIT_SHOWN_FROM = 0.8

#: The coach's checklist opens as a polite live region; here it is shown without one.
_LIVE = ' role="status" aria-live="polite"'


@dataclass(frozen=True)
class Checklist:
    """Feedback on one text: the checklist to show and a short line to announce."""
    html: str = ""
    #: e.g. "Checklist: 3 of 5 parts found." ("" when there is nothing to count).
    summary: str = ""


def _coach_feedback(text: str, expects: str) -> Checklist:
    """The coach's checklist, or nothing where it does not apply."""
    if expects in ("", "reflection") or not text.strip():
        return Checklist()

    result = analyse(text, expected_kind=expects)
    html = checklist_html(result).replace(_LIVE, "", 1)
    found = sum(1 for c in result.components if c.present)
    summary = (f"Checklist: {found} of {len(result.components)} parts found."
               if result.components else "")
    return Checklist(html, summary)


class TextExercise(ExerciseWidget):
    """One text area per item, saved to the answer file as the learner types."""
    def __init__(self, exercise, folder=None,
                 feedback: Callable[[str, str], Checklist | str] = _coach_feedback):
        super().__init__(exercise, folder)
        self._feedback_fn = feedback
        self._last: tuple[str, str, Checklist] = ("", "", Checklist())
        self.areas: dict[str, w.Textarea] = {}
        self.checklists: dict[str, w.HTML] = {}
        self.saved_note: dict[str, w.HTML] = {}
        cards = []
        for number, item in enumerate(exercise.items, start=1):
            area = w.Textarea(
                value=self.store.value(item.id) or "",
                placeholder="Type your answer here. It is saved as you type.",
                description=f"Your answer {number}",
                continuous_update=True,
                rows=6,
                layout=w.Layout(width="100%"),
                style={"description_width": "initial"},
            )
            area.add_class("soplab-text")
            area.add_class("soplab-field")
            checklist = w.HTML()
            checklist.add_class("soplab-checklist")
            saved = w.HTML()
            self.areas[item.id] = area
            self.checklists[item.id] = checklist
            self.saved_note[item.id] = saved
            if area.value:
                checklist.value = self._feedback(area.value, item.expects).html
            area.observe(self._on_type(item.id), names="value")
            prompt = w.HTML(f'<p class="soplab-prompt"><strong>{number}.</strong> '
                            f"{esc(item.prompt)}</p>")
            parts = [prompt, area, saved, checklist]
            if exercise.is_practice and item.explanation:
                tip = w.HTML(fold_html("Show an example answer",
                                       f"<p>{esc(item.explanation)}</p>"))
                parts.append(tip)
            card = w.VBox(parts)
            card.add_class("soplab-card")
            cards.append(card)
        self.update_progress()
        self.box.children = [*self.header(), *cards]

    def gives_feedback(self) -> bool:
        """Only writing the coach reads gets feedback; a reflection is only saved."""
        return any(item.expects not in ("", "reflection") for item in self.exercise.items)

    def _on_type(self, item_id: str):
        def handler(change):
            self._schedule(item_id)
        return handler

    def _feedback(self, text: str, expects: str) -> Checklist:
        """The coach's feedback on ``text`` (the last one is kept: announcing reuses it)."""
        if self._last[:2] == (text, expects):
            return self._last[2]
        result = self._feedback_fn(text, expects)
        checklist = Checklist(result) if isinstance(result, str) else result
        self._last = (text, expects, checklist)
        return checklist

    def _commit(self, item_id: str) -> None:
        """Save what is typed and refresh the (silent) checklist."""
        text = self.areas[item_id].value
        item = self.exercise.item(item_id)
        # Past the limit, the words that fit are kept (never cut mid-word), and the
        # status line says so (``_announce``).
        self._write(item_id, fit_text(text) if text.strip() else None)
        self.checklists[item_id].value = self._feedback(text, item.expects).html
        self.stored()

    def _announce(self, item_id: str) -> None:
        """The one status line screen readers hear, once typing pauses."""
        text = self.areas[item_id].value
        note = self.saved_note[item_id]
        if item_id in self.unsaved:
            note.value = announce(esc(NOT_SAVED), urgent=True, css="soplab-wrong")
            return
        if not text.strip():
            note.value = announce("Nothing saved yet.")
            return
        if len(text) > MAX_TEXT:
            kept = fit_text(text)
            note.value = announce(esc(
                f"⚠ Too long: an answer keeps at most {MAX_TEXT:,} characters, and this one "
                f"has {len(text):,}. Only the first {len(kept.split()):,} words are saved "
                f"(up to “…{kept[-40:].lstrip()}”). Please shorten your answer."),
                urgent=True, css="soplab-wrong")
            return
        summary = self._feedback(text, self.exercise.item(item_id).expects).summary
        line = f"Saved ({len(text.split())} words)."
        if len(text) >= LIMIT_SHOWN_FROM * MAX_TEXT:
            line += f" {MAX_TEXT - len(text):,} characters left of {MAX_TEXT:,}."
        line += f" {summary}" if summary else ""
        note.value = announce(esc(line))

    def answer(self, item_id: str, text: str) -> str:
        """Type ``text`` as the answer to one item; returns the checklist HTML."""
        self.exercise.item(item_id)
        self.areas[item_id].value = text
        self._commit(item_id)
        self._announce(item_id)
        return self.checklists[item_id].value
