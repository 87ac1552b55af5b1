"""Item banks: the course's questions, kept in spreadsheets.

Files (all CSV, UTF-8, editable in any spreadsheet program):

``data/objectives.csv``
    objective, short_title, text
``data/misconceptions.csv``
    tag, description
``data/exercises.csv``
    exercise, assignment, widget (classify | scenario | text), kind
    (practice | assessment), title, choices (classify only, separated by
    ``|``), points (optional, assessment only), instructions (optional),
    keep_order (optional: ``yes`` when the options must be shown in the
    order written, e.g. a scale; blank lets each learner see them shuffled)
``data/items/*.csv``
    id, objective, exercise, kind, prompt, label, explanation, misconception,
    and for scenario items: choices (options separated by ``|``),
    choice_feedback (one explanation per option, separated by ``|``);
    a scenario item's label is the letter of its best option (A, B, ...).
    A text item's label is the coach kind it asks for (harm, danger, goal,
    plan, question) or ``reflection`` when only a person grades it.
    Builder items (widget ``plan`` or ``network``, see
    ``soplab.engine.widgets.builder``) are forms the learner fills in; their label
    names the rubric that scores them: ``plan-rubric`` (rules with who and
    when, two or more network people with roles, monitoring, a back-up step,
    a review date) or ``network-rubric`` (three or more people, each with a
    relationship, what they know of the worries and a role; two or more
    know the full worry).

Every problem is reported as ``file:row: field: what is wrong`` where ``row``
is the spreadsheet row (the header is row 1).
"""

from __future__ import annotations

import csv
import string
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from soplab._core.labels import QUESTION_TYPES, split_kind
from soplab._core.paths import course_root

__all__ = [
    "BUILDER_LABELS", "BankError", "CHOICE_WIDGETS", "EXERCISE_COLUMNS", "Exercise",
    "ITEM_COLUMNS", "Item", "ItemBank", "KINDS", "Objective", "Problem", "TEXT_LABELS",
    "WIDGETS", "label_kind", "load_bank",
]

WIDGETS = ("classify", "scenario", "text", "plan", "network")
#: Builder widgets and the rubric labels their items may use.
BUILDER_LABELS = {"plan": ("plan-rubric",), "network": ("network-rubric",)}
KINDS = ("practice", "assessment")
TEXT_LABELS = ("harm", "danger", "goal", "plan", "question", "reflection")
ITEM_COLUMNS = (
    "id", "objective", "exercise", "kind", "prompt", "label", "explanation", "misconception",
)
EXERCISE_COLUMNS = ("exercise", "assignment", "widget", "kind", "title")
#: Widgets whose options a learner picks from (shown shuffled unless keep_order is yes).
CHOICE_WIDGETS = ("classify", "scenario")


def label_kind(label: str) -> str:
    """The kind part of a writing item's label: a question item may name the
    solution-focused type it asks for (``"question:exception"`` -> ``"question"``).
    Raises ValueError for a type the coach does not know."""
    return split_kind(label)[0] or ""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a course file."""

    file: str
    row: int | None
    field: str
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.row}" if self.row is not None else self.file
        return f"{place}: {self.field}: {self.message}"


class BankError(ValueError):
    """The item banks cannot be used; ``problems`` says why, one line each."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Objective:
    id: str
    short_title: str
    text: str


@dataclass(frozen=True)
class Exercise:
    id: str
    assignment: str
    widget: str
    kind: str
    title: str
    choices: tuple[str, ...] = ()
    points: float | None = None
    instructions: str = ""
    #: Show the options in the order written (a scale, say), not shuffled per learner.
    keep_order: bool = False

    @property
    def is_practice(self) -> bool:
        return self.kind == "practice"


@dataclass(frozen=True)
class Item:
    id: str
    objective: str
    exercise: str
    kind: str
    prompt: str
    label: str
    explanation: str = ""
    misconception: str = ""
    choices: tuple[str, ...] = ()
    choice_feedback: tuple[str, ...] = ()
    source: str = ""
    row: int = 0

    def options(self, exercise: Exercise) -> tuple[str, ...]:
        """The answer options a learner sees for this item."""
        return self.choices if exercise.widget == "scenario" else exercise.choices

    def correct_option(self, exercise: Exercise) -> str | None:
        """The option text that is right, or None for text items."""
        if exercise.widget == "scenario":
            return self.choices[string.ascii_uppercase.index(self.label)]
        if exercise.widget == "classify":
            return self.label
        return None


@dataclass
class ItemBank:
    """Objectives, exercise sets and items of one course, validated."""

    root: Path
    objectives: dict[str, Objective] = field(default_factory=dict)
    misconceptions: dict[str, str] = field(default_factory=dict)
    exercises: dict[str, Exercise] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)

    def items_for(self, exercise_id: str) -> list[Item]:
        """Items of one exercise set, in file order (indexed once: grading asks often)."""
        index = self.__dict__.get("_by_exercise")
        if index is None or index[0] != len(self.items):
            grouped: dict[str, list[Item]] = {}
            for item in self.items.values():
                grouped.setdefault(item.exercise, []).append(item)
            index = self.__dict__["_by_exercise"] = (len(self.items), grouped)
        return list(index[1].get(exercise_id, ()))

    def exercises_for(self, assignment: str) -> list[Exercise]:
        return [ex for ex in self.exercises.values() if ex.assignment == assignment]


def _read_csv(path: Path, required: Iterable[str], problems: list[Problem], rel: str):
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in required if c not in header]
            if missing:
                problems.append(
                    Problem(rel, 1, ", ".join(missing), "column missing from the header row; "
                            "add it (see data/README.md for the columns)")
                )
                return []
            rows = []
            for number, raw in enumerate(reader, start=2):
                row = {
                    (k or "").strip(): (v or "").strip()
                    for k, v in raw.items()
                    if k is not None
                }
                if any(row.values()):
                    rows.append((number, row))
            return rows
    except UnicodeDecodeError:
        problems.append(Problem(rel, None, "file", "is not UTF-8 text; save it as 'CSV UTF-8'"))
    except csv.Error as exc:
        problems.append(Problem(rel, None, "file", f"is not readable CSV ({exc})"))
    return []


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|")) if value.strip() else ()


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def load_bank(root: Path | str | None = None) -> ItemBank:
    """Load and validate the item banks under ``root`` (the course root).

    Raises :class:`BankError` listing every problem found.
    """
    root = Path(root) if root is not None else course_root()
    if root is None:
        raise BankError([Problem("data/items", None, "folder", "no course folder found; run "
                                 "this from the course folder or set SOPLAB_COURSE_ROOT")])
    data = root / "data"
    problems: list[Problem] = []
    bank = ItemBank(root=root)

    for _row, row in _read_csv(data / "objectives.csv", ("objective", "short_title", "text"),
                                 problems, "data/objectives.csv"):
        bank.objectives[row["objective"]] = Objective(
            row["objective"], row["short_title"], row["text"])
    for _row, row in _read_csv(data / "misconceptions.csv", ("tag", "description"),
                                 problems, "data/misconceptions.csv"):
        bank.misconceptions[row["tag"]] = row["description"]

    rel = "data/exercises.csv"
    for number, row in _read_csv(data / "exercises.csv", EXERCISE_COLUMNS, problems, rel):
        ex_id = row["exercise"]
        bad = len(problems)
        if not ex_id:
            problems.append(Problem(rel, number, "exercise", "is empty; give the set a short id"))
        elif ex_id in bank.exercises:
            problems.append(Problem(rel, number, "exercise", f"'{ex_id}' is listed twice; "
                                    "give each exercise set its own id"))
        if row["widget"] not in WIDGETS:
            problems.append(Problem(rel, number, "widget", f"'{row['widget']}' is not one of "
                                    f"{', '.join(WIDGETS)}"))
        if row["kind"] not in KINDS:
            problems.append(Problem(rel, number, "kind", f"'{row['kind']}' is not one of "
                                    f"{', '.join(KINDS)}"))
        if not row["assignment"]:
            problems.append(Problem(rel, number, "assignment", "is empty; name the assignment "
                                    "folder, e.g. 01-sop-foundations"))
        choices = _split(row.get("choices", ""))
        if row["widget"] == "classify" and len(choices) < 2:
            problems.append(Problem(rel, number, "choices", "a classify set needs at least two "
                                    "choices separated by |"))
        points = _number(row.get("points", "")) if row.get("points") else None
        if row.get("points") and (points is None or points <= 0):
            problems.append(Problem(rel, number, "points", f"'{row['points']}' is not a "
                                    "positive number"))
        keep_order = row.get("keep_order", "")
        if keep_order.lower() not in ("", "yes"):
            problems.append(Problem(rel, number, "keep_order", f"'{keep_order}' must be yes "
                                    "(show the options in the order written) or left empty "
                                    "(shuffle them for each learner)"))
        elif keep_order and row["widget"] in WIDGETS and row["widget"] not in CHOICE_WIDGETS:
            problems.append(Problem(rel, number, "keep_order", f"a {row['widget']} set has no "
                                    "options to keep in order; leave it empty"))
        if len(problems) == bad:
            bank.exercises[ex_id] = Exercise(
                id=ex_id, assignment=row["assignment"], widget=row["widget"], kind=row["kind"],
                title=row["title"] or ex_id, choices=choices, points=points,
                instructions=row.get("instructions", ""), keep_order=bool(keep_order),
            )

    item_files = sorted((data / "items").glob("*.csv"))
    if not item_files:
        problems.append(Problem("data/items", None, "folder", "holds no .csv item banks"))
    for path in item_files:
        rel = f"data/items/{path.name}"
        for number, row in _read_csv(path, ITEM_COLUMNS, problems, rel):
            item = _validate_item(bank, row, rel, number, problems)
            if item is not None:
                bank.items[item.id] = item

    for ex in list(bank.exercises.values()):
        members = bank.items_for(ex.id)
        if members and ex.widget == "text" and all(i.label == "reflection" for i in members):
            # Only a person grades reflections: the set's check cell is worth 0 points
            # (it still tells Validate whether the learner wrote something).
            if ex.points is not None:
                problems.append(Problem("data/exercises.csv", None, ex.id,
                                        "points: a reflection-only set earns no automatic "
                                        "points; leave points empty and put the points on "
                                        "its manual task cell"))
            bank.exercises[ex.id] = replace(ex, points=0.0)
    for ex in bank.exercises.values():
        if not any(item.exercise == ex.id for item in bank.items.values()):
            problems.append(Problem("data/exercises.csv", None, ex.id,
                                    "exercise set has no items in data/items; add some or "
                                    "remove the set"))
    if problems:
        raise BankError(problems)
    return bank


def _check_text_label(item_id: str, label: str, bad) -> None:
    """A writing item's label: one of TEXT_LABELS, a question optionally naming its type."""
    try:
        kind = label_kind(label)
    except ValueError:
        bad("label", f"item {item_id}: '{label}' names a question type the coach does not "
            f"know; write question:<type> with one of {', '.join(QUESTION_TYPES)}")
        return
    if kind not in TEXT_LABELS:
        bad("label", f"item {item_id}: '{label}' must be one of {', '.join(TEXT_LABELS)} "
            "for a writing item")


def _validate_item(bank: ItemBank, row: dict, rel: str, number: int,
                   problems: list[Problem]) -> Item | None:
    before = len(problems)

    def bad(fieldname: str, message: str) -> None:
        problems.append(Problem(rel, number, fieldname, message))

    item_id = row["id"]
    if not item_id:
        bad("id", "is empty; every item needs a unique id")
    elif not all(ch.isalnum() or ch in "-_." for ch in item_id):
        bad("id", f"'{item_id}' may use only letters, digits, '-', '_' and '.'")
    elif item_id in bank.items:
        first = bank.items[item_id]
        bad("id", f"'{item_id}' is already used in {first.source}:{first.row}; ids must be unique")
    if row["objective"] not in bank.objectives:
        bad("objective", f"'{row['objective']}' is not in data/objectives.csv "
            f"(known: {', '.join(bank.objectives)})")
    ex = bank.exercises.get(row["exercise"])
    if ex is None:
        bad("exercise", f"'{row['exercise']}' is not in data/exercises.csv; add the set there "
            "first")
    if row["kind"] not in KINDS:
        bad("kind", f"'{row['kind']}' is not one of {', '.join(KINDS)}")
    elif ex is not None and row["kind"] != ex.kind:
        bad("kind", f"'{row['kind']}' does not match set '{ex.id}', which is {ex.kind}")
    if not row["prompt"]:
        bad("prompt", "is empty; write what the learner reads")
    tag = row.get("misconception", "")
    if tag and tag not in bank.misconceptions:
        bad("misconception", f"'{tag}' is not in data/misconceptions.csv")

    choices = _split(row.get("choices", ""))
    feedback = _split(row.get("choice_feedback", ""))
    label = row["label"]
    if ex is not None:
        if ex.widget == "classify":
            if label not in ex.choices:
                bad("label", f"'{label}' is not one of the set's choices: "
                    f"{', '.join(ex.choices)}")
        elif ex.widget == "scenario":
            if len(choices) < 2:
                bad("choices", "a scenario item needs at least two options separated by |")
            elif len(feedback) != len(choices):
                bad("choice_feedback", f"has {len(feedback)} explanations for {len(choices)} "
                    "options; give one per option, separated by |")
            letters = string.ascii_uppercase[: len(choices)]
            if label not in letters or not label:
                bad("label", f"'{label}' must be the letter of the best option "
                    f"({', '.join(letters) or 'A, B, ...'})")
        elif ex.widget == "text":
            _check_text_label(item_id, label, bad)
        elif ex.widget in BUILDER_LABELS and label not in BUILDER_LABELS[ex.widget]:
            bad("label", f"'{label}' must name the set's rubric: "
                f"{', '.join(BUILDER_LABELS[ex.widget])}")
        if ex.is_practice and not row["explanation"] and ex.widget != "scenario":
            bad("explanation", "is empty; practice items need an explanation the learner sees "
                "after answering")
    if len(problems) > before:
        return None
    return Item(
        id=item_id, objective=row["objective"], exercise=row["exercise"], kind=row["kind"],
        prompt=row["prompt"], label=label, explanation=row["explanation"],
        misconception=tag, choices=choices, choice_feedback=feedback, source=rel, row=number,
    )
