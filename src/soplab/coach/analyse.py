"""The coach's entry point: read a text once, decide its kind, check it, flag it."""

from __future__ import annotations

from pathlib import Path

from .components import check
from .flags import find_flags
from .kinds import decide, kind_evidence, score_kinds
from .patterns import patterns_for
from .questions import read_question
from .reading import Reading
from .render import Feedback
from .result import KINDS, CoachResult

__all__ = ["analyse"]


def analyse(text: str, expected_kind: str | None = None, *,
            lexicon_dir: str | Path | None = None) -> CoachResult:
    """Analyse ``text`` and return what it reads as, its checklist and flags.

    ``expected_kind`` (harm, danger, goal, plan, question) checks the text
    against that kind's checklist even if it reads as another kind; the result's
    ``kind`` still says what it reads as. ``lexicon_dir`` points at another copy
    of the lexicon CSV files (default: the course's own).
    """
    if expected_kind is not None and expected_kind not in KINDS:
        raise ValueError(f"expected_kind must be one of {', '.join(KINDS)}, not {expected_kind!r}")
    reading = Reading(text, patterns_for(str(lexicon_dir) if lexicon_dir else None))
    if not reading.text:
        return Feedback(text="", kind="other", confidence=1.0, checked_as=expected_kind)
    scores = score_kinds(reading)
    kind, confidence = decide(scores)
    checked = expected_kind or kind
    question = read_question(reading.text) if "question" in (kind, checked) else None
    return Feedback(
        text=reading.text,
        kind=kind,
        confidence=confidence,
        components=check(reading, checked),
        flags=find_flags(reading, checked, question),
        question_type=question.question_type if question else None,
        question_form=question.form if question else None,
        checked_as=checked,
        scores=scores,
        evidence=kind_evidence(reading, kind),
    )
