"""Safety before form: harmful practice a written answer can carry, found by declared
rules (:mod:`soplab.coach.safety_rules`).

A :class:`SafetyRule` is data: a stable id, the plain-words message the learner
reads, the lesson it breaks, its cost (the most the item can earn while it is
there) and a table of sentences that must and must not raise it. Its ``find``
reads a :class:`~soplab.coach.reading.Reading` and returns the learner's own
words that raised it (a whole phrase), or ``""``. The detectors are in
:mod:`soplab.coach.harmful`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .reading import Reading

__all__ = ["Finding", "SafetyRule"]


@dataclass(frozen=True)
class Finding:
    """A harmful-practice finding: what it is, in plain words, and the words behind it."""

    #: Stable id of the rule ("dv-mutual", "child-blamed", "label" ...).
    rule: str
    #: What the learner reads (plain words, no programming words).
    message: str
    #: The lesson it breaks, e.g. "03 Harm and danger: when there is violence at home".
    lesson: str
    #: The learner's own words that raised it (a whole phrase).
    evidence: str
    #: The most the item can earn while this finding stands (0-1).
    cost: float = 0.25


@dataclass(frozen=True)
class SafetyRule:
    """One declared rule: what it looks for, what the learner is told, what it costs.

    ``fires`` and ``passes`` are (kind, sentence) pairs that must and must not raise
    it (``tests/coach/test_safety.py`` runs every table).
    """

    id: str
    message: str
    lesson: str
    cost: float
    kinds: tuple[str, ...]
    find: Callable[[Reading], str]
    fires: tuple[tuple[str, str], ...] = ()
    passes: tuple[tuple[str, str], ...] = ()

    def finding(self, evidence: str) -> Finding:
        return Finding(self.id, self.message.format(words=f"\u201c{evidence}\u201d"),
                       self.lesson, evidence, self.cost)

