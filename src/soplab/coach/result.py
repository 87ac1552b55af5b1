"""The typed result of an analysis: components, flags and the overall reading."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .safety import Finding

__all__ = ["CoachResult", "Component", "Flag", "KINDS"]

#: Kinds the coach can recognise, in the order they are explained to learners.
KINDS = ("harm", "danger", "goal", "plan", "question", "other")



@dataclass(frozen=True)
class Component:
    """One checklist item of a statement kind.

    ``present`` says whether the text has it; ``evidence`` quotes the words that
    satisfied it (or, for a missing item, the words that got in the way, if any).
    """

    name: str
    present: bool
    evidence: str
    label: str
    hint: str


@dataclass(frozen=True)
class Flag:
    """Something to reconsider, with a plain suggestion and the words that raised it."""

    code: str
    message: str
    evidence: str


@dataclass(frozen=True)
class CoachResult:
    """What the coach read in a text (data only; :class:`soplab.coach.render.Feedback`
    is the same result that prints as feedback for a person)."""

    text: str
    kind: str
    confidence: float
    components: list[Component] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    question_type: str | None = None
    question_form: str | None = None
    checked_as: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    #: The learner's own words that most made the text read as ``kind``.
    evidence: str = ""
    #: Harmful practice found (checked as ``checked_as``), named before anything else.
    findings: tuple[Finding, ...] = ()
    #: Reads, with confidence, as another kind than ``checked_as``.
    wrong_kind: bool = False
    #: Why it reads as ``kind`` rather than ``checked_as`` (plain words), when wrong_kind.
    wrong_kind_reason: str = ""
    #: The text was longer than the coach reads: only ``read_chars`` characters were read.
    truncated: bool = False
    read_chars: int = 0

    @property
    def open(self) -> bool | None:
        """True for an open question, False for closed or leading, None if not a question."""
        return None if self.question_form is None else self.question_form == "open"

    @property
    def present(self) -> list[Component]:
        return [c for c in self.components if c.present]

    @property
    def missing(self) -> list[Component]:
        return [c for c in self.components if not c.present]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (the CLI's ``--json`` output)."""
        return {
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "checked_as": self.checked_as,
            "components": [asdict(c) for c in self.components],
            "flags": [asdict(f) for f in self.flags],
            "question_type": self.question_type,
            "question_form": self.question_form,
            "open": self.open,
            "scores": {k: round(v, 2) for k, v in self.scores.items()},
            "evidence": self.evidence,
            "findings": [asdict(f) for f in self.findings],
            "wrong_kind": self.wrong_kind,
            "wrong_kind_reason": self.wrong_kind_reason,
            "truncated": self.truncated,
            "read_chars": self.read_chars,
            "text": self.text,
        }
