"""Which questions have an answer: per exercise set and for a whole assignment.

Pure functions of the learner-safe content and the saved answers (read as data
through :func:`soplab.engine.answers.read_values`), and the one owner of their wording:
the graded checks at the end of a notebook, the page header's progress line,
Validate's message and "My progress" all say it the same way. Whether an answer
is *right* is never known here (graded keys are not on a learner's computer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .answers import read_values
from .content import LearnerExercise

__all__ = [
    "AssignmentStatus", "SetStatus", "assignment_status", "numbers_in_words", "read_status",
    "set_status",
]


def numbers_in_words(numbers: Sequence[int]) -> str:
    """``[2]`` -> "question 2"; ``[2, 5, 6, 7, 9]`` -> "questions 2, 5 to 7 and 9"."""
    numbers = sorted(set(numbers))
    if not numbers:
        return "no question"
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]} to {run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    noun = "question" if len(numbers) == 1 else "questions"
    if len(parts) == 1:
        return f"{noun} {parts[0]}"
    return f"{noun} {', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(frozen=True)
class SetStatus:
    """One exercise set: how many questions it has and which still need an answer."""

    id: str
    title: str
    practice: bool
    total: int
    #: Question numbers (counted from 1, as the page numbers them) still to answer.
    missing: tuple[int, ...] = ()

    @property
    def answered(self) -> int:
        return self.total - len(self.missing)

    @property
    def done(self) -> bool:
        return not self.missing

    @property
    def first_missing(self) -> int:
        """The first question still to answer (0 when all are answered)."""
        return self.missing[0] if self.missing else 0

    def count(self) -> str:
        """"3 of 5 answered", "all 5 answered"; for a single question "answered" or
        "not answered yet"."""
        if self.total == 1:
            return "answered" if self.done else "not answered yet"
        if self.done:
            return f"all {self.total} answered"
        return f"{self.answered} of {self.total} answered"

    def line(self) -> str:
        """One plain sentence or two, e.g. for a graded check at the end of the page."""
        if self.done:
            return f"“{self.title}”: {self.count()} and saved."
        return (f"“{self.title}”: {self.count()}. Still to answer: "
                f"{numbers_in_words(self.missing)}.")


def set_status(exercise: LearnerExercise, values: dict[str, Any]) -> SetStatus:
    """The status of one set given its saved values (item id -> value)."""
    missing = tuple(number for number, item in enumerate(exercise.items, start=1)
                    if not exercise.valid_value(item, values.get(item.id)))
    return SetStatus(exercise.id, exercise.title, exercise.is_practice, len(exercise.items),
                     missing)


def read_status(exercise: LearnerExercise, folder: Path | str) -> SetStatus:
    """The status of one set from its answer file in ``folder`` (read as data)."""
    values, _note = read_values(Path(folder), exercise.id)
    return set_status(exercise, values)


@dataclass(frozen=True)
class AssignmentStatus:
    """Every set of one assignment, in the order the page shows them."""

    sets: tuple[SetStatus, ...]

    @property
    def graded(self) -> list[SetStatus]:
        return [s for s in self.sets if not s.practice]

    @property
    def practice(self) -> list[SetStatus]:
        return [s for s in self.sets if s.practice]

    @staticmethod
    def _tally(sets: Iterable[SetStatus]) -> tuple[int, int]:
        sets = list(sets)
        return sum(s.answered for s in sets), sum(s.total for s in sets)

    def line(self) -> str:
        """The page's progress line: "Graded: 9 of 12 answered · Practice: 20 of 31 answered"."""
        parts = []
        for name, sets in (("Graded", self.graded), ("Practice", self.practice)):
            if sets:
                done, total = self._tally(sets)
                parts.append(f"{name}: {done} of {total} answered")
        return " · ".join(parts) or "No questions on this page"

    @property
    def graded_done(self) -> bool:
        return all(s.done for s in self.graded)

    def graded_left(self) -> str:
        """Short: "every graded question answered", "3 graded questions still to answer"."""
        left = sum(len(s.missing) for s in self.graded)
        if not left:
            return "every graded question answered"
        return f"{left} graded question{'s' if left > 1 else ''} still to answer"

    def graded_line(self) -> str:
        """The whole assignment's graded work in one sentence."""
        done, total = self._tally(self.graded)
        if not self.graded:
            return "Nothing on this page is graded."
        if done == total:
            return "Every graded question has an answer and is saved."
        left = [s for s in self.graded if not s.done]
        parts = "part" if len(left) == 1 else "parts"
        return (f"All graded questions: {done} of {total} answered; {total - done} still to "
                f"answer in {len(left)} {parts}.")


def assignment_status(exercises: Iterable[LearnerExercise], folder: Path | str,
                      known: dict[str, SetStatus] | None = None) -> AssignmentStatus:
    """The status of every set in ``exercises`` from the answer files in ``folder``.

    ``known`` holds statuses already read (set id -> status); only the others
    are read from their files.
    """
    known = known or {}
    return AssignmentStatus(tuple(known.get(ex.id) or read_status(ex, folder)
                                  for ex in exercises))
