"""Choice exercises: classification sets and scenario choices."""

from __future__ import annotations

import string
from pathlib import Path

import anywidget
import ipywidgets as w
import traitlets

from ..runtime import validating
from ..scoring import practice_right
from ..views import RIGHT, WRONG
from .base import NOT_SAVED, ExerciseWidget, announce, esc
from .order import display_order, learner_key

__all__ = ["ChoiceExercise", "ChoiceGroup"]

_HERE = Path(__file__).resolve().parent


class ChoiceGroup(anywidget.AnyWidget):
    """One question: its prompt and a native radio group of its options.

    In the page it is one Tab stop; the arrow keys move and choose within it and
    never reach JupyterLab; Space or Enter choose; the group is named by the
    prompt and each option by its own text (see ``choice_group.js``).
    ``value`` is what the answer file keeps (None until something is chosen);
    ``options`` holds ``(label, value)`` pairs in the order shown.
    """

    _esm = (_HERE / "choice_group.js").read_text(encoding="utf-8")
    _css = (_HERE / "choice_group.css").read_text(encoding="utf-8")

    number = traitlets.Int(1).tag(sync=True)
    prompt = traitlets.Unicode("").tag(sync=True)
    options = traitlets.List(traitlets.Tuple(traitlets.Unicode(), traitlets.Unicode())
                             ).tag(sync=True)
    value = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    #: Raised by the kernel once a choice is handled (written, or not): until then the
    #: page shows "Saving…" in place of the question's last note, so an old "Saved."
    #: never stands under a new choice.
    ack = traitlets.Int(0).tag(sync=True)

    @traitlets.validate("value")
    def _known_value(self, proposal):
        value = proposal["value"]
        if value is not None and value not in {v for _label, v in self.options}:
            raise traitlets.TraitError(f"'{value}' is not one of the options")
        return value


class ChoiceExercise(ExerciseWidget):
    """A list of items, each answered by picking one option.

    Classify sets share one list of options (e.g. Harm / Danger / Neither);
    scenario items each have their own options and show why each option helps
    or harms engagement. Practice mode explains at once; assessment mode only
    confirms that the answer was saved and never shows correctness.

    Each learner sees the options in an order of their own (see
    :mod:`soplab.engine.widgets.order`); what is saved does not depend on it: the
    option text for classify sets, the letter of the option as written for
    scenarios. Scenario options are shown without letters, so no letter on
    the page can disagree with the one saved.
    """

    def __init__(self, exercise, folder=None):
        super().__init__(exercise, folder)
        learner = learner_key(self.store.folder, create=not validating())
        self.pickers: dict[str, ChoiceGroup] = {}
        self.feedback: dict[str, w.HTML] = {}
        cards = []
        for number, item in enumerate(exercise.items, start=1):
            values = self._values(item)
            order = display_order(exercise, item, learner)
            picker = ChoiceGroup(
                number=number, prompt=item.prompt,
                options=[(item.options[i], values[i]) for i in order],
            )
            picker.add_class("soplab-choice")
            note = w.HTML()
            note.add_class("soplab-note")
            self.pickers[item.id] = picker
            self.feedback[item.id] = note
            saved = self.store.value(item.id)
            if exercise.valid_value(item, saved):
                picker.value = saved
                note.value = self._feedback_html(item, saved, announce_it=False)
            picker.observe(self._on_pick(item.id), names="value")
            card = w.VBox([picker, note])
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
        (or text) for scenarios; letters are those of the options as written,
        whatever order the learner sees.
        """
        item = self.exercise.item(item_id)
        if self.exercise.widget == "scenario" and value in item.options:
            value = string.ascii_uppercase[item.options.index(value)]
        if not self.exercise.valid_value(item, value):
            raise ValueError(f"'{value}' is not an option for item {item_id}")
        written = self._write(item_id, value)
        picker = self.pickers[item_id]
        if picker.value != value:
            picker.value = value  # the observer calls back here; saving twice is harmless
        if written:
            html = self._feedback_html(item, value, announce_it=True)
        else:
            html = announce(esc(NOT_SAVED), urgent=True, css="soplab-wrong")
        self.feedback[item_id].value = html
        picker.ack += 1
        self.stored()
        return html

    def _feedback_html(self, item, value, *, announce_it: bool) -> str:
        if not self.exercise.is_practice:
            return announce("Saved.", urgent=False, css="soplab-saved")
        right = practice_right(self.exercise.widget, item, value)
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
