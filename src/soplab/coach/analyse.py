"""The coach's entry point: read a text once, decide its kind, check it, flag it."""

from __future__ import annotations

from pathlib import Path

from soplab._core.labels import split_kind

from .components import check
from .flags import find_flags
from .questions import SF_DESCRIPTIONS, SF_PATTERNS, read_question
from .render import Feedback
from .result import KINDS, CoachResult
from .stages import READ_LIMIT, WRONG_KIND_SURE, clauses, kind, safety, segment, wrong_kind

__all__ = ["DEFINING", "READ_LIMIT", "WRONG_KIND_SURE", "analyse"]


#: The parts that make a text the kind it is: a text with all of them is of that kind,
#: whatever else it has (a goal written as a list with its time frame and who will see
#: it, a harm told with a past act and its time); a question is a question whatever parts
#: it names.
DEFINING = {"goal": ("duration", "observer"), "harm": ("who_did_what", "when"),
            "danger": ("who_worried", "future")}


def _other_question(question, asks: str | None, text: str) -> str:
    """Why a question reads as another solution-focused type than the one asked ("")."""
    if not asks or question is None or not question.sf_type or question.sf_type == asks:
        return ""
    if SF_PATTERNS[asks].search(text):
        return ""  # the type asked is there too ("Think of the mornings that went okay. How
        # did you pull that off?" reads as coping, and is the exception asked for)
    read, wanted = question.sf_type.replace("_", " "), asks.replace("_", " ")
    return (f"it reads as a {read} question (it {SF_DESCRIPTIONS[question.sf_type]}) more "
            f"than the {wanted} question the item asks for")


def analyse(text: str, expected_kind: str | None = None, *,
            lexicon_dir: str | Path | None = None) -> CoachResult:
    """Analyse ``text`` and return what it reads as, its checklist, flags and findings.

    ``expected_kind`` (harm, danger, goal, plan, question) checks the text
    against that kind's checklist even if it reads as another kind; the result's
    ``kind`` still says what it reads as. A question item may name the type it asks
    for (``"question:exception"``): a question of another solution-focused type (a
    scaling question where an exception question was asked) is then of the wrong kind.
    ``lexicon_dir`` points at another copy of the lexicon CSV files (default: the
    course's own). The stages are those of :mod:`soplab.coach.stages`: segment,
    clauses, (components), kind, safety; the score is :func:`soplab.coach.assess`.
    """
    expected_kind, asks = split_kind(expected_kind)
    if expected_kind is not None and expected_kind not in KINDS:
        raise ValueError(f"expected_kind must be one of {', '.join(KINDS)}, not {expected_kind!r}")
    seg = segment(text)
    reading = clauses(seg, lexicon_dir)
    if not reading.text:
        return Feedback(text="", kind="other", confidence=1.0, checked_as=expected_kind)
    read = kind(reading, expected_kind)
    checked = expected_kind or read.kind
    question = read_question(reading.text) if "question" in (read.kind, checked) else None
    components = check(reading, checked)
    present = {c.name for c in components if c.present}
    defined = (read.kind != "question" and DEFINING.get(checked)
               and set(DEFINING[checked]) <= present)
    reason = (("" if defined else wrong_kind(read, expected_kind, text))
              or _other_question(question, asks, reading.text))
    return Feedback(
        text=reading.text,
        kind=read.kind,
        confidence=read.confidence,
        components=components,
        flags=find_flags(reading, checked, question),
        question_type=question.question_type if question else None,
        question_form=question.form if question else None,
        checked_as=checked,
        scores=read.scores,
        evidence=read.evidence,
        findings=safety(reading, checked, item_answer=expected_kind is not None),
        wrong_kind=bool(reason),
        wrong_kind_reason=reason,
        truncated=seg.truncated,
        read_chars=seg.read_chars,
    )
