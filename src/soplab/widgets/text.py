"""Free-text answers, with live coach feedback where the task is a statement."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from .base import ExerciseWidget, announce, esc, fold_html


def _coach_feedback(text: str, expects: str) -> str:
    """Checklist HTML from the coach, or an empty string where it does not apply."""
    if expects in ("", "reflection") or not text.strip():
        return ""
    from ..coach import analyse, checklist_html

    return checklist_html(analyse(text, expected_kind=expects))


class TextExercise(ExerciseWidget):
    """One text area per item, saved to the answer file as the learner types."""

    def __init__(self, exercise, folder=None,
                 feedback: Callable[[str, str], str] = _coach_feedback):
        super().__init__(exercise, folder)
        self._feedback_fn = feedback
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
                layout=w.Layout(width="100%", height="9em"),
                style={"description_width": "initial"},
            )
            area.add_class("soplab-text")
            checklist = w.HTML()
            checklist.add_class("soplab-checklist")
            saved = w.HTML()
            self.areas[item.id] = area
            self.checklists[item.id] = checklist
            self.saved_note[item.id] = saved
            if area.value:
                checklist.value = self._feedback_fn(area.value, item.expects)
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

    def _on_type(self, item_id: str):
        def handler(change):
            self._schedule(item_id)
        return handler

    def _commit(self, item_id: str) -> None:
        self._pending.pop(item_id, None)
        text = self.areas[item_id].value
        item = self.exercise.item(item_id)
        if text.strip():
            self.store.set(item_id, text)
            self.saved_note[item_id].value = announce(f"Saved ({len(text.split())} words).")
        else:
            self.store.clear(item_id)
            self.saved_note[item_id].value = announce("Nothing saved yet.")
        self.checklists[item_id].value = self._feedback_fn(text, item.expects)
        self.update_progress()

    def answer(self, item_id: str, text: str) -> str:
        """Type ``text`` as the answer to one item; returns the checklist HTML."""
        self.exercise.item(item_id)
        self.areas[item_id].value = text
        self._commit(item_id)
        return self.checklists[item_id].value
