"""The coach's entry point: read a text once, decide its kind, check it, flag it."""

from __future__ import annotations

from pathlib import Path

from .components import check
from .flags import find_flags
from .kinds import decide, kind_evidence, score_kinds
from .patterns import patterns_for
from .questions import read_question
from .reading import Reading
from .render import KIND_NAMES, Feedback
from .result import KINDS, CoachResult
from .safety_rules import find_findings

__all__ = ["READ_LIMIT", "WRONG_KIND_SURE", "analyse", "wrong_kind"]

#: The coach reads at most this many characters of a text (and says so when it stops).
READ_LIMIT = 4000
#: A text reads as another kind "with confidence" at or above this confidence, when the
#: expected kind scored at most half of the winner's score.
WRONG_KIND_SURE = 0.6


def wrong_kind(kind: str, confidence: float, scores: dict[str, float],
               expected_kind: str | None) -> bool:
    """True when the text reads, with confidence, as another kind than expected."""
    if expected_kind is None or kind in (expected_kind, "other") or expected_kind == "other":
        return False
    return (confidence >= WRONG_KIND_SURE
            and scores.get(expected_kind, 0.0) <= 0.5 * scores.get(kind, 0.0))


def _cut(text: str) -> tuple[str, bool]:
    """The text up to :data:`READ_LIMIT` characters, cut at a word boundary."""
    if len(text) <= READ_LIMIT:
        return text, False
    cut = text.rfind(" ", 0, READ_LIMIT)
    return text[:cut if cut > READ_LIMIT // 2 else READ_LIMIT], True


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
    text, truncated = _cut(text or "")
    reading = Reading(text, patterns_for(str(lexicon_dir) if lexicon_dir else None))
    if not reading.text:
        return Feedback(text="", kind="other", confidence=1.0, checked_as=expected_kind)
    scores = score_kinds(reading)
    kind, confidence = decide(scores)
    checked = expected_kind or kind
    question = read_question(reading.text) if "question" in (kind, checked) else None
    evidence = kind_evidence(reading, kind)
    wrong = wrong_kind(kind, confidence, scores, expected_kind)
    reason = ""
    if wrong:
        reason = (f"it reads as {KIND_NAMES[kind]}"
                  + (f" (\u201c{evidence}\u201d)" if evidence else "")
                  + f" more than as {KIND_NAMES[checked]}")
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
        evidence=evidence,
        findings=find_findings(reading, checked),
        wrong_kind=wrong,
        wrong_kind_reason=reason,
        truncated=truncated,
        read_chars=len(text) if truncated else len(reading.text),
    )
