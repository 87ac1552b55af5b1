"""The coach's reading of each graded writing answer, and which need a person.

Every answered graded writing item (a ``text`` set of kind ``assessment``;
reflections excluded, a person grades those in their own task cells) is read
by :func:`soplab.coach.assess`: an automatic score *and* a confidence. An
answer whose reading ``needs_review`` (low confidence, a harmful-practice
finding, or the wrong kind of statement) is not final: its grade cell stays
open for a person (``soplab review`` or formgrader). Autograde, the feedback
pages and ``soplab review`` all ask here, so they agree on what waits.

Pure data: the answers are values already read from the answer files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from soplab.coach import assess
from soplab.engine.items import ItemBank
from soplab.engine.scoring import max_points

__all__ = ["Reading", "is_writing_set", "needs_person", "read_set", "writing_sets"]


@dataclass(frozen=True)
class Reading:
    """One learner's answer to one graded writing item, as the coach reads it."""

    item: str
    #: the question's number in its set (1-based, the order of the item bank)
    number: int
    prompt: str
    expected_kind: str
    text: str
    #: automatic points (the coach's score times the item's points)
    points: float
    max_points: float
    assessment: Any

    @property
    def suggested(self) -> float:
        """The score a person is offered: the automatic points to the nearest quarter
        point (a person grades in quarters, not in hundredths)."""
        return round(round(self.points * 4) / 4, 2)

    @property
    def needs_review(self) -> bool:
        return bool(self.assessment.needs_review)

    @property
    def signature(self) -> tuple[str, ...]:
        """What a person would group this answer by: its findings' rules, a wrong
        kind, or low confidence."""
        a = self.assessment
        parts = sorted({f.rule for f in a.findings})
        if a.wrong_kind:
            parts.append(f"reads as {a.kind_read}")
        if not parts:
            parts.append("not sure")
        return tuple(parts)


def is_writing_set(bank: ItemBank, exercise_id: str) -> bool:
    """A graded set of writing the coach scores (not practice, not only reflections)."""
    ex = bank.exercises.get(exercise_id)
    return bool(ex and ex.widget == "text" and not ex.is_practice and any(
        item.label != "reflection" for item in bank.items_for(exercise_id)))


def writing_sets(bank: ItemBank, assignment: str) -> list[str]:
    """The graded writing sets of an assignment."""
    return [ex.id for ex in bank.exercises_for(assignment) if is_writing_set(bank, ex.id)]


def read_set(bank: ItemBank, exercise_id: str, values: dict[str, Any]) -> list[Reading]:
    """The readings of every answered writing item of a set (empty for other sets)."""
    if not is_writing_set(bank, exercise_id):
        return []
    items = bank.items_for(exercise_id)
    each = max_points(bank.exercises[exercise_id], len(items)) / len(items)
    out = []
    for number, item in enumerate(items, start=1):
        value = values.get(item.id)
        if item.label == "reflection" or not (isinstance(value, str) and value.strip()):
            continue
        result = assess(value, item.label)
        out.append(Reading(item.id, number, item.prompt, item.label, value,
                           round(float(result.score) * each, 4), each, result))
    return out


def needs_person(readings: list[Reading]) -> bool:
    """Whether any of these answers waits for a person."""
    return any(r.needs_review for r in readings)
