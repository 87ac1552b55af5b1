"""Keyed scoring: the points a set of saved answers earns against the item banks.

Pure functions of data: ``score_values(bank, exercise, values)`` takes the
answers as already-read values (see :func:`soplab.engine.answers.read_values`) and
returns a :class:`SetScore`. The sealed grader, the hidden tests of nbgrader's
own commands, feedback and the analytics all score through here, so a score
is the same wherever it is computed.

Each widget kind has one scorer in :data:`SCORERS` that turns one saved value
into ``(answered, credit 0..1)``; a value of the wrong shape is unanswered and
earns nothing. There is no fallback that gives credit: if a part of the course
cannot score (for example the statement coach is missing), grading stops with
an error instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from soplab.coach import written_score

from .items import Exercise, Item, ItemBank
from .rubrics import RUBRICS, builder_credit, rubric_credit

__all__ = [
    "DEFAULT_TEXT_POINTS", "PASS_SHARE", "SCORERS", "ScoringError", "SetScore", "item_credit",
    "max_points", "practice_right", "score_values",
]

#: Points a writing item is worth when exercises.csv gives none.
DEFAULT_TEXT_POINTS = 2.0
#: Share of a plan or network checklist met at which practice counts as right.
PASS_SHARE = 0.8


class ScoringError(RuntimeError):
    """The course's own files cannot score a set (an instructor-side problem)."""


@dataclass
class SetScore:
    """The score of one exercise set for one learner, with what it is made of."""
    exercise: str
    points: float
    max_points: float
    answered: int
    total: int
    right: int = 0
    message: str = ""
    #: item id -> points earned
    per_item: dict[str, float] = field(default_factory=dict)
    #: item id -> credit 0..1 (1 = fully right)
    credit: dict[str, float] = field(default_factory=dict)
    #: item ids with a valid answer
    answered_ids: frozenset[str] = frozenset()

    def summary(self) -> str:
        lines = [self.message] if self.message else []
        if self.max_points:
            lines.append(f"Points for this part: {_fmt(self.points)} of "
                         f"{_fmt(self.max_points)}.")
        else:
            lines.append("Your instructor reads this part and grades it by hand.")
        return "\n".join(lines)


def _fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def max_points(ex: Exercise, n_items: int) -> float:
    """Points a graded set is worth: ``points`` from exercises.csv, else one per item
    (``DEFAULT_TEXT_POINTS`` per writing item)."""
    if ex.points is not None:
        return float(ex.points)
    return float(n_items) * (DEFAULT_TEXT_POINTS if ex.widget == "text" else 1.0)


def _choice_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """Classify and scenario items: 1 if the saved option is the key, else 0."""
    if not isinstance(value, str):
        return False, 0.0
    valid = set(item.options(ex)) if ex.widget == "classify" else {
        chr(65 + i) for i in range(len(item.choices))}
    return value in valid, 1.0 if value == item.label else 0.0


def _text_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """Writing items: the coach's checklist score; reflections are graded by a person."""
    if not (isinstance(value, str) and value.strip()):
        return False, 0.0
    if item.label == "reflection":
        return True, 0.0

    return True, float(written_score(value, item.label))


#: How each widget kind turns one saved answer into (answered, credit 0..1).
#: New widget kinds register their scorer here.
SCORERS: dict[str, Callable[[Exercise, Item, Any], tuple[bool, float]]] = {
    "classify": _choice_credit,
    "scenario": _choice_credit,
    "text": _text_credit,
    "plan": builder_credit,
    "network": builder_credit,
}


def item_credit(ex: Exercise, item: Item, value: Any) -> tuple[bool, float]:
    """``(answered, credit 0..1)`` of one saved value for one item."""
    scorer = SCORERS.get(ex.widget)
    if scorer is None:
        raise ScoringError(f"exercise set '{ex.id}': no scorer for widget '{ex.widget}'")
    return scorer(ex, item, value)


def score_values(bank: ItemBank, exercise_id: str, values: dict[str, Any],
                 note: str = "") -> SetScore:
    """Score one exercise set from its saved values against the bank's key."""
    ex = bank.exercises.get(exercise_id)
    if ex is None:
        raise ScoringError(f"exercise set '{exercise_id}' is not in data/exercises.csv")
    items = bank.items_for(exercise_id)
    top = max_points(ex, len(items))
    result = SetScore(exercise_id, 0.0, top, 0, len(items))
    per_item_points = top / len(items) if items else 0.0
    answered = set()
    for item in items:
        ok, credit = item_credit(ex, item, values.get(item.id))
        if ok:
            answered.add(item.id)
        result.answered += ok
        result.right += credit == 1.0
        result.credit[item.id] = credit
        result.per_item[item.id] = credit * per_item_points
    result.answered_ids = frozenset(answered)
    result.points = round(sum(result.per_item.values()), 4)
    parts = []
    if note and not result.answered:
        parts.append(note)
    else:
        if ex.widget in ("classify", "scenario"):
            parts.append(f"{result.answered} of {result.total} answered; {result.right} right.")
        elif ex.widget == "text":
            parts.append(f"{result.answered} of {result.total} writing task(s) answered.")
        else:  # forms scored by a checklist (plan and network builders)
            share = round(100 * result.points / top) if top else 0
            parts.append(f"{result.answered} of {result.total} form(s) filled in; "
                         f"{share}% of the checklist met.")
        if note:
            parts.append(note)
    result.message = " ".join(parts)
    return result


def practice_right(widget: str, item: Any, value: Any) -> bool | None:
    """Whether one practice answer is right, from the key the learner's side holds
    (``item.answer`` for choices, ``item.expects`` for builders); ``None`` where
    there is no key (writing is judged by a person)."""
    if widget in ("classify", "scenario"):
        return value == item.answer
    if widget in ("plan", "network") and item.expects in RUBRICS:
        return rubric_credit(item.expects, value) >= PASS_SHARE
    return None
