"""Builder exercises: a safety plan and a safety-network map, filled in field by field.

Two widget kinds (``data/exercises.csv`` widget column): ``plan`` (a safety plan
builder: rules with who and when, the named network people and their roles, how
the plan is checked, the back-up step and the review date; label
``plan-rubric``) and ``network`` (a safety-network map: one row per person with
relationship, what they know of the worries and a role; label
``network-rubric``). The saved shape and the rubrics live in
:mod:`soplab.engine.rubrics`; this module is the form learners fill in, with the same
checklist shown live as they type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from ..rubrics import (
    KNOWS_CHOICES,
    MIN_NETWORK_PEOPLE,
    PLAN_TEXT_FIELDS,
    ROLE_SUGGESTIONS,
    RUBRICS,
    empty_value,
    is_answered,
    normalise,
)
from ..views import checklist_html
from .base import INFO, NOT_SAVED, ExerciseWidget, announce, esc, fold_html

__all__ = ["BuilderExercise", "NetworkExercise", "PlanExercise", "checklist_html"]


# -- the widgets -----------------------------------------------------------------
def _field(widget: w.Widget) -> w.Widget:
    """A form field with its label above the box (see ``STYLE`` in base)."""
    widget.add_class("soplab-field")
    return widget


class _Row:
    """One editable row: its field widgets and the box that holds them."""

    def __init__(self, fields: dict[str, w.Widget], remove: w.Button, box: w.Box):
        self.fields = fields
        self.remove = remove
        self.box = box
        #: Each field's short visible label ("Who"), by ``id`` of the field.
        self.labels: dict[int, str] = {}

    def value(self) -> dict[str, str]:
        return {k: (v.value or "") for k, v in self.fields.items()}


class BuilderExercise(ExerciseWidget):
    """Shared machinery: forms of rows and fields, saved as one dict per item."""

    kind = ""

    def __init__(self, exercise, folder=None):
        super().__init__(exercise, folder)
        self._quiet = False
        self.forms: dict[str, dict[str, Any]] = {}
        self.checklists: dict[str, w.HTML] = {}
        self.saved_note: dict[str, w.HTML] = {}
        cards = []
        for number, item in enumerate(exercise.items, start=1):
            prompt = w.HTML(f'<p class="soplab-prompt"><strong>{number}.</strong> '
                            f"{esc(item.prompt)}</p>")
            self.checklists[item.id] = w.HTML()
            self.saved_note[item.id] = w.HTML()
            saved = self.store.value(item.id)
            start = normalise(self.kind, saved) if isinstance(saved, dict) else None
            parts = [prompt, *self.build_form(item, number, start),
                     self.saved_note[item.id], self.checklists[item.id]]
            if exercise.is_practice and item.explanation:
                tip = w.HTML(fold_html("Show an example", f"<p>{esc(item.explanation)}</p>"))
                parts.append(tip)
            self._refresh_checklist(item)
            card = w.VBox(parts)
            card.add_class("soplab-card")
            cards.append(card)
        self.update_progress()
        self.box.children = [*self.header(), *cards]

    # -- subclasses fill these in ------------------------------------------------
    def build_form(self, item, number: int, start: dict | None) -> list[w.Widget]:
        raise NotImplementedError

    def form_value(self, item_id: str) -> dict[str, Any]:
        raise NotImplementedError

    def load_value(self, item_id: str, value: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- shared helpers ---------------------------------------------------------------
    def _text(self, description: str, value: str = "", placeholder: str = "",
              area: bool = False, width: str = "100%") -> w.Widget:
        extra = {"rows": 3} if area else {}
        cls = w.Textarea if area else w.Text
        field = cls(value=value, description=description, placeholder=placeholder,
                    continuous_update=True, style={"description_width": "initial"},
                    layout=w.Layout(width=width), **extra)
        field.add_class("soplab-field")
        return field

    def _watch(self, item_id: str, widget: w.Widget) -> None:
        widget.observe(lambda change: self._changed(item_id), names="value")

    def _changed(self, item_id: str) -> None:
        if self._quiet:
            return
        self._schedule(item_id)

    def _commit(self, item_id: str) -> None:
        value = self.form_value(item_id)
        self._write(item_id, value if is_answered(self.kind, value) else None)
        self._refresh_checklist(self.exercise.item(item_id))
        self.stored()

    def _announce(self, item_id: str) -> None:
        """One short status line, e.g. "Saved. Checklist: 4 of 7 done.", once typing pauses."""
        value = self.form_value(item_id)
        if item_id in self.unsaved:
            self.saved_note[item_id].value = announce(esc(NOT_SAVED), urgent=True,
                                                      css="soplab-wrong")
            return
        line = "Saved." if is_answered(self.kind, value) else "Nothing saved yet."
        label = self.exercise.item(item_id).expects
        if label in RUBRICS:
            criteria = RUBRICS[label][1](value)
            line += f" Checklist: {sum(c.met for c in criteria)} of {len(criteria)} done."
        self.saved_note[item_id].value = announce(line, css="soplab-saved")

    def _refresh_checklist(self, item) -> None:
        label = item.expects
        if label in RUBRICS:
            self.checklists[item.id].value = checklist_html(label, self.form_value(item.id))
        else:
            self.checklists[item.id].value = announce(
                f"{INFO} This form has no checklist; ask your instructor.")

    # -- programmatic answering ------------------------------------------------------
    def answer(self, item_id: str, value: dict[str, Any]) -> str:
        """Fill the whole form of one item as a learner would; returns the checklist HTML."""
        self.exercise.item(item_id)
        if not isinstance(value, dict):
            raise ValueError(f"the answer to {item_id} must be a form (a dict)")
        self._quiet = True
        try:
            self.load_value(item_id, normalise(self.kind, value))
        finally:
            self._quiet = False
        self._save_now(item_id)
        return self.checklists[item_id].value


class _RowList:
    """A growing list of rows with Add and Remove buttons."""

    def __init__(self, owner: BuilderExercise, item_id: str, noun: str,
                 make_fields: Callable[[int, dict[str, str]], dict[str, w.Widget]],
                 starting: list[dict[str, str]], minimum: int):
        self.owner = owner
        self.item_id = item_id
        self.noun = noun
        self.make_fields = make_fields
        self.rows: list[_Row] = []
        self.box = w.VBox()
        self.add_button = w.Button(description=f"Add a {noun}", icon="plus",
                                   tooltip=f"Add another {noun}")
        self.add_button.on_click(lambda _b: self.add({}, save=True))
        self.set_rows(starting + [{}] * max(0, minimum - len(starting)))

    def set_rows(self, values: list[dict[str, str]]) -> None:
        self.rows = []
        for value in values:
            self._make(value)
        self._relabel()

    def _make(self, value: dict[str, str]) -> _Row:
        number = len(self.rows) + 1
        fields = self.make_fields(number, value)
        for field in fields.values():
            self.owner._watch(self.item_id, field)
        remove = w.Button(description="Remove", icon="trash",
                          tooltip=f"Remove this {self.noun}",
                          layout=w.Layout(width="auto"))
        row_box = w.HBox([*fields.values(), remove],
                         layout=w.Layout(width="100%", flex_flow="row wrap"))
        row_box.add_class("soplab-row")
        row = _Row(fields, remove, row_box)
        remove.on_click(lambda _b, r=row: self.remove(r))
        self.rows.append(row)
        return row

    def _relabel(self) -> None:
        """Number the rows: the first field shows "Rule 2"; the others keep their short
        visible label ("Who") and are named "Who, rule 2" for screen readers, so no two
        fields of a form share a name."""
        for n, row in enumerate(self.rows, start=1):
            fields = list(row.fields.values())
            fields[0].description = f"{self.noun.capitalize()} {n}"
            for field in fields[1:]:
                label = row.labels.setdefault(id(field), field.description)
                field.description_allow_html = True
                field.description = (f'{esc(label)}<span class="soplab-sr-only">, '
                                     f"{esc(self.noun)} {n}</span>")
            row.remove.description = f"Remove {self.noun} {n}"
        self.box.children = [r.box for r in self.rows]

    def add(self, value: dict[str, str], *, save: bool = False) -> None:
        self._make(value)
        self._relabel()
        if save:
            self.owner._save_now(self.item_id)

    def remove(self, row: _Row) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._relabel()
            self.owner._save_now(self.item_id)

    def values(self) -> list[dict[str, str]]:
        return [r.value() for r in self.rows]

    def widgets(self) -> list[w.Widget]:
        return [self.box, self.add_button]


class PlanExercise(BuilderExercise):
    """Build a safety plan: rules (what, who, when), people and roles, checking,
    back-up and review."""

    kind = "plan"

    def build_form(self, item, number, start):
        start = start or empty_value("plan")

        def rule_fields(n: int, v: dict[str, str]) -> dict[str, w.Widget]:
            return {
                "rule": self._text(f"Rule {n}", v.get("rule", ""),
                                   "What will happen, in everyday words", area=True,
                                   width="48%"),
                "who": self._text("Who", v.get("who", ""), "Who does it", width="24%"),
                "when": self._text("When", v.get("when", ""), "When or how often",
                                   width="22%"),
            }

        def person_fields(n: int, v: dict[str, str]) -> dict[str, w.Widget]:
            return {
                "name": self._text(f"Person {n}", v.get("name", ""),
                                   "Name and who they are (e.g. aunt)", width="40%"),
                "role": _field(w.Combobox(
                    value=v.get("role", ""), options=list(ROLE_SUGGESTIONS),
                    description="Role", placeholder="What they will do",
                    ensure_option=False, continuous_update=True,
                    style={"description_width": "initial"}, layout=w.Layout(width="52%"))),
            }

        rules = _RowList(self, item.id, "rule", rule_fields, start["rules"], 2)
        people = _RowList(self, item.id, "person", person_fields, start["people"], 2)
        monitoring = self._text("How the plan is checked", start["monitoring"],
                                "Who sees that the rules are kept, and how", area=True)
        backup = self._text("If the plan is not followed", start["backup"],
                            "The back-up step: what happens, and who does it", area=True)
        review = self._text("Review date", start["review"],
                            "When everyone looks at the plan again (e.g. in 7 days, "
                            "on Monday 14 December)", width="70%")
        for field in (monitoring, backup, review):
            self._watch(item.id, field)
        self.forms[item.id] = {"rules": rules, "people": people, "monitoring": monitoring,
                               "backup": backup, "review": review}
        return [
            w.HTML("<h4>Rules: what will happen, who does it, and when</h4>"),
            *rules.widgets(),
            w.HTML("<h4>People in the safety network, and their roles</h4>"),
            *people.widgets(),
            w.HTML("<h4>Checking, back-up and review</h4>"),
            monitoring, backup, review,
        ]

    def form_value(self, item_id):
        form = self.forms.get(item_id)
        if form is None:
            return empty_value("plan")
        return {
            "rules": form["rules"].values(),
            "people": form["people"].values(),
            "monitoring": form["monitoring"].value,
            "backup": form["backup"].value,
            "review": form["review"].value,
        }

    def load_value(self, item_id, value):
        form = self.forms[item_id]
        form["rules"].set_rows(value["rules"] or [{}])
        form["people"].set_rows(value["people"] or [{}])
        for key in PLAN_TEXT_FIELDS:
            form[key].value = value[key]


class NetworkExercise(BuilderExercise):
    """Map the safety network: who, relationship, what they know, role."""

    kind = "network"

    def build_form(self, item, number, start):
        start = start or empty_value("network")

        def person_fields(n: int, v: dict[str, str]) -> dict[str, w.Widget]:
            knows = v.get("knows", "")
            return {
                "name": self._text(f"Person {n}", v.get("name", ""), "Name", width="22%"),
                "relationship": self._text("Relationship", v.get("relationship", ""),
                                           "e.g. aunt, neighbour, pastor", width="30%"),
                "knows": _field(w.Dropdown(
                    options=[(c or "(choose)", c) for c in KNOWS_CHOICES],
                    value=knows if knows in KNOWS_CHOICES else "",
                    description="What they know of the worries",
                    style={"description_width": "initial"}, layout=w.Layout(width="44%"))),
                "role": _field(w.Combobox(
                    value=v.get("role", ""), options=list(ROLE_SUGGESTIONS),
                    description="Role they could take", placeholder="Pick or type",
                    ensure_option=False, continuous_update=True,
                    style={"description_width": "initial"}, layout=w.Layout(width="70%"))),
            }

        people = _RowList(self, item.id, "person", person_fields, start["people"],
                          MIN_NETWORK_PEOPLE)
        self.forms[item.id] = {"people": people}
        return [w.HTML("<h4>People around the family</h4>"), *people.widgets()]

    def form_value(self, item_id):
        form = self.forms.get(item_id)
        return {"people": form["people"].values()} if form else empty_value("network")

    def load_value(self, item_id, value):
        self.forms[item_id]["people"].set_rows(value["people"] or [{}])
