"""Choice exercises: classification sets and scenario choices."""

from __future__ import annotations

import string

import ipywidgets as w

from ..views import RIGHT, WRONG
from .base import ExerciseWidget, announce, esc


class ChoiceExercise(ExerciseWidget):
    """A list of items, each answered by picking one option.

    Classify sets share one list of options (e.g. Harm / Danger / Neither);
    scenario items each have their own options and show why each option helps
    or harms engagement. Practice mode explains at once; assessment mode only
    confirms that the answer was saved and never shows correctness.
    """

    def __init__(self, exercise, folder=None):
        super().__init__(exercise, folder)
        self.pickers: dict[str, w.RadioButtons] = {}
        self.feedback: dict[str, w.HTML] = {}
        cards = []
        for number, item in enumerate(exercise.items, start=1):
            options = list(item.options)
            labels = (
                [f"{string.ascii_uppercase[i]}. {text}" for i, text in enumerate(options)]
                if exercise.widget == "scenario" else options
            )
            picker = w.RadioButtons(
                options=list(zip(labels, self._values(item), strict=True)),
                value=None,
                description=f"Answer {number}",
                layout=w.Layout(width="auto"),
                style={"description_width": "initial"},
            )
            picker.add_class("soplab-choice")
            prompt = w.HTML(f'<p class="soplab-prompt"><strong>{number}.</strong> '
                            f"{esc(item.prompt)}</p>")
            note = w.HTML()
            self.pickers[item.id] = picker
            self.feedback[item.id] = note
            saved = self.store.value(item.id)
            if exercise.valid_value(item, saved):
                picker.value = saved
                note.value = self._feedback_html(item, saved, announce_it=False)
            picker.observe(self._on_pick(item.id), names="value")
            card = w.VBox([prompt, picker, note])
            card.add_class("soplab-card")
            cards.append(card)
        self.update_progress()
        self.box.children = [*self.header(), *cards]

    def _values(self, item) -> list[str]:
        if self.exercise.widget == "scenario":
            return list(string.ascii_uppercase[: len(item.options)])
        return list(item.options)

    def _on_pick(self, item_id: str):
        def handler(change):
            if change["new"] is not None:
                self.answer(item_id, change["new"])
        return handler

    def answer(self, item_id: str, value: str) -> str:
        """Answer one item as a learner would; returns the feedback text shown.

        ``value`` is the option text for classify sets, or the option letter
        (or text) for scenarios.
        """
        item = self.exercise.item(item_id)
        if self.exercise.widget == "scenario" and value in item.options:
            value = string.ascii_uppercase[item.options.index(value)]
        if not self.exercise.valid_value(item, value):
            raise ValueError(f"'{value}' is not an option for item {item_id}")
        self.store.set(item_id, value)
        picker = self.pickers[item_id]
        if picker.value != value:
            picker.value = value  # the observer calls back here; saving twice is harmless
        self.feedback[item_id].value = self._feedback_html(item, value, announce_it=True)
        self.update_progress()
        return self.feedback[item_id].value

    def _feedback_html(self, item, value, *, announce_it: bool) -> str:
        if not self.exercise.is_practice:
            return announce("Saved.", urgent=False, css="soplab-saved")
        right = value == item.answer
        symbol, word = (RIGHT, "Right.") if right else (WRONG, "Not quite.")
        parts = [f"<strong>{symbol} {word}</strong>"]
        if self.exercise.widget == "scenario":
            index = string.ascii_uppercase.index(value)
            if index < len(item.option_feedback):
                parts.append(esc(item.option_feedback[index]))
            if not right and item.answer:
                best = item.options[string.ascii_uppercase.index(item.answer)]
                parts.append(f"A better move: <em>{esc(best)}</em>")
        elif not right and item.answer:
            parts.append(f"The answer is <strong>{esc(item.answer)}</strong>.")
        if item.explanation:
            parts.append(esc(item.explanation))
        css = "soplab-right" if right else "soplab-wrong"
        text = " ".join(parts)
        return announce(text, urgent=announce_it, css=css)
