"""Builder exercises: a safety plan and a safety-network map, filled in field by field.

Two widget kinds (``data/exercises.csv`` widget column):

``plan``
    A safety plan builder: rules (what, who, when), the named network people
    and their roles, how the plan is checked, what happens if it is not
    followed, and when it is reviewed. Item label: ``plan-rubric``.
``network``
    A safety-network map: one row per person (name, relationship to the
    family, what they know of the worries, the role they could take).
    Item label: ``network-rubric``.

Saved value (one dict per item in ``answers/<set>.json``)::

    plan:    {"rules": [{"rule": str, "who": str, "when": str}, ...],
              "people": [{"name": str, "role": str}, ...],
              "monitoring": str, "backup": str, "review": str}
    network: {"people": [{"name": str, "relationship": str,
                          "knows": str, "role": str}, ...]}

The rubrics are structural checklists (each criterion met earns an equal share
of the item's points). Learners see the same checklist as they fill the form,
just as the statement coach shows its checklist; a person judges the quality
of the content where the notebook adds a manual task.

* plan-rubric: (1) at least one rule is written; (2) every rule says who does
  it and when; (3) at least two network people are named, each with a role;
  (4) it says how the plan is checked (monitoring, three words or more);
  (5) it says what happens if the plan is not followed (three words or more);
  (6) it gives a review date or time (a date, a weekday or a number of days).
* network-rubric: (1) at least three people are named; (2) every named person
  has a relationship to the family; (3) every named person has a note on what
  they know of the worries; (4) at least two people know the full worry (a
  network that does not know the worries cannot hold the plan); (5) every named
  person has a role they could take.

``perfect_answer(item)`` returns a value that meets every criterion (the shared
assignment tests use it to build a perfect submission).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from .base import INFO, RIGHT, ExerciseWidget, announce, esc, fold_html

#: Choices for "what they know of the worries" (network map).
KNOWS_CHOICES = (
    "",
    "Knows the full worry",
    "Knows part of the worry",
    "Does not know yet",
)
FULL_WORRY = KNOWS_CHOICES[1]

#: Suggested roles (the learner may type any other).
ROLE_SUGGESTIONS = (
    "Is at the home at the time of day the worry happens",
    "Checks in every evening by phone",
    "Is the person the children can call, any time",
    "Takes the children to school",
    "Gives the children a place to stay if the plan breaks down",
    "Comes to network meetings and tells the worker how the plan is going",
    "Supervises visits",
    "Helps with bedtime on hard evenings",
)

#: Smallest numbers the rubrics ask for.
MIN_NETWORK_PEOPLE = 3
MIN_PLAN_PEOPLE = 2
MIN_FULL_WORRY = 2

_TIME_WORDS = re.compile(
    r"\d|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(tomorrow|week|weeks|month|"
    r"months|days|fortnight)\b",
    re.IGNORECASE,
)


# -- values ----------------------------------------------------------------------
def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _rows(value: Any, key: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a saved form, cleaned: strings only, empty rows dropped."""
    raw = value.get(key) if isinstance(value, dict) else None
    rows = []
    for row in raw if isinstance(raw, list) else []:
        if not isinstance(row, dict):
            continue
        clean = {f: _text(row.get(f)) for f in fields}
        if any(clean.values()):
            rows.append(clean)
    return rows


PLAN_RULE_FIELDS = ("rule", "who", "when")
PLAN_PERSON_FIELDS = ("name", "role")
PLAN_TEXT_FIELDS = ("monitoring", "backup", "review")
NETWORK_FIELDS = ("name", "relationship", "knows", "role")


def empty_value(widget: str) -> dict[str, Any]:
    if widget == "plan":
        return {"rules": [], "people": [], "monitoring": "", "backup": "", "review": ""}
    return {"people": []}


def normalise(widget: str, value: Any) -> dict[str, Any]:
    """A clean copy of a saved form value (anything malformed counts as empty)."""
    if widget == "plan":
        clean = {
            "rules": _rows(value, "rules", PLAN_RULE_FIELDS),
            "people": _rows(value, "people", PLAN_PERSON_FIELDS),
        }
        for key in PLAN_TEXT_FIELDS:
            clean[key] = _text(value.get(key)) if isinstance(value, dict) else ""
        return clean
    return {"people": _rows(value, "people", NETWORK_FIELDS)}


def is_answered(widget: str, value: Any) -> bool:
    """Whether a builder form has anything filled in (not whether it is complete)."""
    clean = normalise(widget, value)
    return any(bool(v) for v in clean.values())


# -- rubrics ---------------------------------------------------------------------
@dataclass(frozen=True)
class Criterion:
    """One rubric line: what it asks, and whether the answer meets it."""

    text: str
    met: bool


def _words(text: str) -> int:
    return len(text.split())


def plan_rubric(value: Any) -> list[Criterion]:
    plan = normalise("plan", value)
    rules, people = plan["rules"], plan["people"]
    named = [p for p in people if p["name"] and p["role"]]
    return [
        Criterion("At least one rule is written.", any(r["rule"] for r in rules)),
        Criterion("Every rule says who does it and when.",
                  bool(rules) and all(r["rule"] and r["who"] and r["when"] for r in rules)),
        Criterion(f"At least {MIN_PLAN_PEOPLE} people from the network are named, each with "
                  "a role.", len(named) >= MIN_PLAN_PEOPLE and len(named) == len(people)),
        Criterion("It says how the plan is checked.", _words(plan["monitoring"]) >= 3),
        Criterion("It says what happens if the plan is not followed.",
                  _words(plan["backup"]) >= 3),
        Criterion("It gives a review date or time.", bool(_TIME_WORDS.search(plan["review"]))),
    ]


def network_rubric(value: Any) -> list[Criterion]:
    people = normalise("network", value)["people"]
    named = [p for p in people if p["name"]]
    every = bool(named) and len(named) == len(people)
    return [
        Criterion(f"At least {MIN_NETWORK_PEOPLE} people are named.",
                  len(named) >= MIN_NETWORK_PEOPLE),
        Criterion("Every person has a relationship to the family.",
                  every and all(p["relationship"] for p in people)),
        Criterion("Every person has a note on what they know of the worries.",
                  every and all(p["knows"] for p in people)),
        Criterion(f"At least {MIN_FULL_WORRY} people know the full worry.",
                  sum(p["knows"] == FULL_WORRY for p in named) >= MIN_FULL_WORRY),
        Criterion("Every person has a role they could take.",
                  every and all(p["role"] for p in people)),
    ]


#: Rubric name (the item's label) -> (widget kind, rubric function).
RUBRICS: dict[str, tuple[str, Callable[[Any], list[Criterion]]]] = {
    "plan-rubric": ("plan", plan_rubric),
    "network-rubric": ("network", network_rubric),
}


def rubric_credit(label: str, value: Any) -> float:
    """Share of rubric criteria met (0..1)."""
    criteria = RUBRICS[label][1](value)
    return sum(c.met for c in criteria) / len(criteria)


def builder_credit(ex, item, value: Any) -> tuple[bool, float]:
    """The grading scorer of builder sets: (answered, rubric share met)."""
    if not is_answered(ex.widget, value):
        return False, 0.0
    return True, rubric_credit(item.label, value)


def perfect_answer(item) -> dict[str, Any]:
    """A value that meets every criterion of ``item``'s rubric (for tests and demos)."""
    kind = RUBRICS[item.label][0]
    if kind == "plan":
        return {
            "rules": [
                {"rule": "An adult who has not been drinking is with the children every "
                         "evening", "who": "Aunt Rosa", "when": "Every evening, 5 pm to "
                         "bedtime"},
                {"rule": "The children can phone their grandfather whenever they feel scared",
                 "who": "Grandfather Tomas and the children", "when": "Any time"},
            ],
            "people": [
                {"name": "Rosa (aunt)", "role": "Is at the home every evening"},
                {"name": "Tomas (grandfather)", "role": "Is the person the children call"},
            ],
            "monitoring": "Rosa texts the social worker each Friday to say how the week went.",
            "backup": "If Rosa cannot come, the children stay at Tomas's home that night.",
            "review": "Review together with the network in 7 days, on Monday 14 December.",
        }
    return {
        "people": [
            {"name": "Rosa", "relationship": "Aunt", "knows": FULL_WORRY,
             "role": "Is at the home every evening"},
            {"name": "Tomas", "relationship": "Grandfather", "knows": FULL_WORRY,
             "role": "Is the person the children can call"},
            {"name": "Ms. Han", "relationship": "Neighbour", "knows": KNOWS_CHOICES[2],
             "role": "Takes the children to school"},
        ]
    }


def checklist_html(label: str, value: Any) -> str:
    """The rubric as a list of met (✓) and still-open (○) lines, for people to read."""
    criteria = RUBRICS[label][1](value)
    met = sum(c.met for c in criteria)
    lines = "".join(
        f"<li>{RIGHT if c.met else '○'} {esc(c.text)}"
        f"<span class='soplab-sr'>{' (done)' if c.met else ' (still to do)'}</span></li>"
        for c in criteria
    )
    return (f"<div class='soplab-rubric'><p><strong>Checklist: {met} of {len(criteria)} "
            f"done.</strong></p><ul style='list-style:none;padding-left:0.5em'>{lines}</ul>"
            "</div>")


def describe(label: str, value: Any) -> str:
    """The saved form as plain text (formgrader and feedback show this)."""
    kind = RUBRICS[label][0]
    clean = normalise(kind, value)
    lines: list[str] = []
    if kind == "plan":
        for n, r in enumerate(clean["rules"], start=1):
            lines.append(f"Rule {n}: {r['rule'] or '(empty)'}; who: {r['who'] or '(empty)'}; "
                         f"when: {r['when'] or '(empty)'}")
        for p in clean["people"]:
            lines.append(f"Network person: {p['name'] or '(no name)'}; role: "
                         f"{p['role'] or '(empty)'}")
        lines.append(f"How it is checked: {clean['monitoring'] or '(empty)'}")
        lines.append(f"If it is not followed: {clean['backup'] or '(empty)'}")
        lines.append(f"Review: {clean['review'] or '(empty)'}")
    else:
        for p in clean["people"]:
            lines.append(f"{p['name'] or '(no name)'}: {p['relationship'] or '(relationship?)'}; "
                         f"{p['knows'] or '(knows?)'}; role: {p['role'] or '(empty)'}")
    return "\n".join(lines)


# -- the widgets -----------------------------------------------------------------
class _Row:
    """One editable row: its field widgets and the box that holds them."""

    def __init__(self, fields: dict[str, w.Widget], remove: w.Button, box: w.Box):
        self.fields = fields
        self.remove = remove
        self.box = box

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
        cls = w.Textarea if area else w.Text
        field = cls(value=value, description=description, placeholder=placeholder,
                    continuous_update=True, style={"description_width": "initial"},
                    layout=w.Layout(width=width, height="4.5em" if area else "auto"))
        return field

    def _watch(self, item_id: str, widget: w.Widget) -> None:
        widget.observe(lambda change: self._changed(item_id), names="value")

    def _changed(self, item_id: str) -> None:
        if self._quiet:
            return
        self._schedule(item_id)

    def _commit(self, item_id: str) -> None:
        self._pending.pop(item_id, None)
        value = self.form_value(item_id)
        if is_answered(self.kind, value):
            self.store.set(item_id, value)
            self.saved_note[item_id].value = announce("Saved.", css="soplab-saved")
        else:
            self.store.clear(item_id)
            self.saved_note[item_id].value = announce("Nothing saved yet.")
        self._refresh_checklist(self.exercise.item(item_id))
        self.update_progress()

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
        self._commit(item_id)
        return self.checklists[item_id].value

    def describe_value(self, item, value) -> str:
        if not isinstance(value, dict) or not is_answered(self.kind, value):
            return "(no answer)"
        if item.expects not in RUBRICS:
            return str(value)
        return describe(item.expects, value)

    def summary_html(self) -> str:
        rows = []
        for number, item in enumerate(self.exercise.items, start=1):
            value = self.store.value(item.id)
            shown = esc(self.describe_value(item, value)).replace("\n", "<br>")
            check = checklist_html(item.expects, value) if item.expects in RUBRICS else ""
            rows.append(f"<li><strong>{number}.</strong> {esc(item.prompt)}<br>"
                        f"<em>Saved answer:</em><br>{shown}{check}</li>")
        return (f"<div class='soplab-summary'><h4>{esc(self.exercise.title)}</h4>"
                f"<ol>{''.join(rows)}</ol></div>")


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
        row = _Row(fields, remove, row_box)
        remove.on_click(lambda _b, r=row: self.remove(r))
        self.rows.append(row)
        return row

    def _relabel(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            first = next(iter(row.fields.values()))
            first.description = f"{self.noun.capitalize()} {n}"
            row.remove.description = f"Remove {self.noun} {n}"
        self.box.children = [r.box for r in self.rows]

    def add(self, value: dict[str, str], *, save: bool = False) -> None:
        self._make(value)
        self._relabel()
        if save:
            self.owner._commit(self.item_id)

    def remove(self, row: _Row) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._relabel()
            self.owner._commit(self.item_id)

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
                                   "What will happen, in everyday words", width="48%"),
                "who": self._text("Who", v.get("who", ""), "Who does it", width="24%"),
                "when": self._text("When", v.get("when", ""), "When or how often",
                                   width="22%"),
            }

        def person_fields(n: int, v: dict[str, str]) -> dict[str, w.Widget]:
            return {
                "name": self._text(f"Person {n}", v.get("name", ""),
                                   "Name and who they are (e.g. aunt)", width="40%"),
                "role": w.Combobox(value=v.get("role", ""), options=list(ROLE_SUGGESTIONS),
                                   description="Role", placeholder="What they will do",
                                   ensure_option=False, continuous_update=True,
                                   style={"description_width": "initial"},
                                   layout=w.Layout(width="52%")),
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
                "knows": w.Dropdown(options=[(c or "(choose)", c) for c in KNOWS_CHOICES],
                                    value=knows if knows in KNOWS_CHOICES else "",
                                    description="What they know of the worries",
                                    style={"description_width": "initial"},
                                    layout=w.Layout(width="44%")),
                "role": w.Combobox(value=v.get("role", ""), options=list(ROLE_SUGGESTIONS),
                                   description="Role they could take",
                                   placeholder="Pick or type", ensure_option=False,
                                   continuous_update=True,
                                   style={"description_width": "initial"},
                                   layout=w.Layout(width="70%")),
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


__all__ = [
    "BuilderExercise", "Criterion", "NetworkExercise", "PlanExercise", "RUBRICS",
    "builder_credit", "checklist_html", "is_answered", "network_rubric", "perfect_answer",
    "plan_rubric", "rubric_credit",
]
