"""What autograding tells the instructor: one outcome per submission."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AutogradeError", "AutogradeReport", "Outcome"]


class AutogradeError(RuntimeError):
    """Grading could not start at all; the message is one line."""


@dataclass
class Outcome:
    """What happened to one learner's submission."""

    student: str
    ok: bool
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None
    seconds: float = 0.0


@dataclass
class AutogradeReport:
    assignment: str
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    def lines(self) -> list[str]:
        out = [f"{self.assignment}: graded {len(self.graded)} of {len(self.outcomes)} "
               f"submission(s) in {self.seconds:.1f} s"]
        for o in self.outcomes:
            if not o.ok:
                out.append(f"  NOT GRADED {o.student}: {o.reason}")
            for note in o.notes:
                out.append(f"  note {o.student}: {note}")
        return out
