"""How far the reading behind an automatic score can be trusted: the doubts that
:func:`soplab.coach.assessment.confidence` takes off (split out of
:mod:`soplab.coach.assessment`).

* :func:`grade_doubt`: a score between two quarters, or the middle grade;
* :func:`length_doubt`: a grade the answer's length does not support;
* :func:`thin_reading`: a part read from the wrong clause (the caregiver's act read
  from a clause whose subject is a child, "Tommy can take the pills again", with the
  adult's part not told even as an absence, "nobody is watching him"; the
  child's impact read inside the situation: "when Renee is very sad"): the checklist
  counts the part, but a supervisor often finds it only implied; and a goal's child
  experience told only as the harm avoided ("so the twins don't get hurt or sick");
* :func:`report_language`: agency or clinical terms in sentences hard to read.
"""

from __future__ import annotations

import math
from functools import lru_cache

from . import lazyre as re
from .lexicon import load_lexicon
from .ownwords import NO_ADULT
from .result import CoachResult
from .truecase import course_children

__all__ = [
    "BETWEEN_GRADES", "CORE", "FULL_WORDS", "LENGTH_DOUBT", "LONG_WORDS", "LOW_WORDS",
    "MIDDLE_GRADE", "MIDDLE_UNREAD", "PART_WORDS", "REPORT_LANGUAGE", "THIN_READING",
    "core_read", "grade_doubt", "length_doubt", "report_language", "thin_reading",
]

#: Confidence taken off a score half-way between two quarters (see :func:`grade_doubt`).
BETWEEN_GRADES = 0.2
#: Confidence taken off the middle grade, 0.5, of a statement, goal or plan (see
#: :func:`grade_doubt`; a question's 0.5 is a cap of the expert's scale, a clear grade).
#: Alone it leaves a clear reading confident (the kind read with a margin): on the eleven
#: spent splits the 0.5s it kept from a person were never a half-point from the expert
#: (39 of 55 exact), and the confident part agreed better with them than without (QWK
#: 0.914 -> 0.918; heldout10 0.759 -> 0.821), where at 0.4 every 0.5 went to a person.
MIDDLE_GRADE = 0.2
#: The middle grade of an answer whose core act was not read (a goal without its behaviour,
#: a danger statement without the caregiver's, a harm statement without who did what): the
#: two parts it earned are its edges, and half such 0.5s were a grade off (8 of 17 exact).
MIDDLE_UNREAD = 0.4
#: The core act of each kind: what the adult did, does or will do.
CORE = {"goal": "positive_behaviour", "danger": "caregiver_behaviour", "harm": "who_did_what",
        "plan": "who"}
#: The words a statement, goal or plan of each kind needs for a full score to be sure: a
#: harm statement tells what happened to each child, a danger statement who is worried,
#: the behaviour, when and the outlook; a goal's parts are short ("for six months",
#: "seen by Nan"). A score of 0.25 or less is sure on fewer than :data:`LOW_WORDS`, 0.75
#: on at least :data:`PART_WORDS` of its kind and fewer than :data:`LONG_WORDS` (see
#: :func:`length_doubt`); chosen leave-one-writer-out on the tuning writers
#: (``benchmarks/coach_lowo.py``).
FULL_WORDS = {"harm": 40, "danger": 30, "goal": 20, "plan": 30}
LOW_WORDS = 30
LONG_WORDS = 40
#: A statement graded 0.75 (one part missing) on fewer words usually has another part
#: there only thinly ("The worker is worried that Mum may drink and the baby could be
#: hurt."): half such answers on the tuning writers were a grade lower by the expert's.
#: A goal or plan missing one part is as sure short as long.
PART_WORDS = {"harm": 25, "danger": 25}
#: Confidence taken off a grade the answer's length does not support.
LENGTH_DOUBT = 0.4
def length_doubt(score: float, n_words: int, expected_kind: str) -> float:
    """:data:`LENGTH_DOUBT` when a statement's grade and its length disagree, else 0.

    Two readings of the same answer: the checklist's grade, and how much the answer
    says. A full score on a short answer (under its kind's :data:`FULL_WORDS` words), or
    0.75 on a statement under :data:`PART_WORDS`, usually has a part that is there only
    thinly; a low score (0.25 or less) on an answer of :data:`LOW_WORDS` words or more,
    or 0.75 on one of :data:`LONG_WORDS` or more, usually has a part the coach did not
    read. A question is judged by its form, not its length."""
    if expected_kind == "question":
        return 0.0
    grade = round(score * 4) / 4
    if grade >= 1.0:
        agree = n_words >= FULL_WORDS.get(expected_kind, max(FULL_WORDS.values()))
    elif grade >= 0.75:
        agree = PART_WORDS.get(expected_kind, 0) <= n_words < LONG_WORDS
    elif grade <= 0.25:
        agree = n_words < LOW_WORDS
    else:
        agree = True  # 0.5: the middle grade's own doubt (grade_doubt)
    return 0.0 if agree else LENGTH_DOUBT


def core_read(result: CoachResult) -> bool:
    """The core act of the answer's kind (:data:`CORE`) was read (True where it has none)."""
    core = CORE.get(result.checked_as or "", "")
    return not core or any(c.present for c in result.components if c.name == core)


def grade_doubt(score: float, expected_kind: str = "", core: bool = True) -> float:
    """How far a score sits from a clear grade, as confidence to take off.

    On the expert's scale a complete answer (1), an empty or harmful one (0 or 0.25)
    are clear; 0.5 and 0.75 ("one part missing or thin", "two parts missing") are
    where two careful raters most often differ, and a score between two quarters
    (0.83, 0.6) is the reading itself hesitating between two grades. A question's 0.5
    is a cap of its own (a question with nobody in it, or closed then open): a clear
    grade. Both weights were chosen on the spent writers with leave-one-writer-out
    (``benchmarks/coach_lowo.py``); a middle grade without its ``core`` act read
    (:func:`core_read`) takes :data:`MIDDLE_UNREAD` off.
    """
    quarters = score * 4
    between = abs(quarters - math.floor(quarters + 0.5))  # 0 on a quarter, 0.5 half-way
    middle = 0.375 <= score < 0.625 and expected_kind != "question"
    return BETWEEN_GRADES * 2 * between + (MIDDLE_GRADE if core else MIDDLE_UNREAD) * middle


#: Confidence taken off a part read from the wrong clause (see :func:`thin_reading`).
THIN_READING = 0.35
#: The caregiver's part of a statement: what the adult did or may do.
_ACTS = ("caregiver_behaviour", "who_did_what")
#: Where a statement tells the situation, not what happens to the child.
_SITUATION = ("context", "when")


@lru_cache(maxsize=1)
def _child_subject() -> re.Pattern[str]:
    """A clause that opens on a child: one of the course's children by name, or a child
    word ("the kids", "her toddler", "the twins")."""
    names = "|".join(sorted(course_children(), key=len, reverse=True)) or "(?!x)x"
    lex = load_lexicon()
    # not a child's adult: "Lily's aunt", "Lily aunty and the worker"
    adult = "|".join(f"(?:{lex.cue_regex(g)})" for g in ("caregiver", "network"))
    return re.compile(rf"^(?:(?:the|her|his|their|both|my|our|a)\s+)?(?:(?:little|baby|"
                      rf"younger|youngest|older|oldest)\s+)?(?:{names}|"
                      + lex.cue_regex("child") + rf")\b(?!'s|\s+(?:{adult})\b)", re.I)


def _same_clause(part: str, clause: str) -> bool:
    """``part`` read from the opening words of ``clause`` ("when Renee is too sad ...")."""
    return len(part) >= 10 and clause.lower().startswith(part.lower()[:20])


#: A child's experience told only as the harm avoided ("so the twins don't get hurt or
#: sick", "Kai will not be injured"): no safe day the child lives, only what will not happen.
_HARM_AVOIDED = re.compile(r"\b(?:will not|won't|wont|don't|dont|doesn't|do not|does not|not|"
                           r"never|no longer|can't|cannot)\s+(?:\w+\s+){0,2}?(?:hurt|sick|"
                           r"injured|injure|harmed|harm|cut|burn\w*|ill|poisoned|in danger)\b",
                           re.I)
#: What a child lives on a safe day: with it, the harm avoided is only part of the picture.
_SAFE_DAY = re.compile(r"\b(?:safe\w*|feels?|play\w*|crawl\w*|walk\w*|run\w*|sleep\w*|"
                       r"eat\w*|learn\w*|enjoy\w*|calm\w*|happy|relax\w*|able|can (?!not)|"
                       r"gets? to|free to|explore\w*|home)\b", re.I)


def thin_reading(result: CoachResult) -> str:
    """The part of a harm or danger statement read from the wrong clause, or "".

    The caregiver's act read from a clause whose subject is a child ("Tommy can take
    the pills again", "the kids could find the bottle"): the adult's part is only
    implied. The impact on the child read inside the situation ("when Renee is too
    sad to get up"): what happens to the child is only implied."""
    parts = {c.name: c.evidence for c in result.components if c.present}
    lived = parts.get("child_experience", "")
    if _HARM_AVOIDED.search(lived) and not _SAFE_DAY.search(lived):
        return lived
    for name in _ACTS:  # the adult's part not told even as an absence ("nobody is up")
        if _child_subject().match(parts.get(name, "")) and not NO_ADULT.search(result.text):
            return parts[name]
    impact = parts.get("impact", "")
    return impact if any(_same_clause(impact, parts.get(n, "")) for n in _SITUATION) else ""


#: Confidence taken off a statement in report language (see :func:`report_language`).
REPORT_LANGUAGE = 0.35
#: Agency or clinical terms: the ``jargon``, ``label`` and ``diagnosis`` wording flags.
_TERMS = frozenset({"jargon", "label", "diagnosis"})


def report_language(result: CoachResult) -> bool:
    """A statement, goal or plan written in report language: agency or clinical terms
    ("the minor ingested", "perpetrate physical violence") in sentences hard to read.
    The checklist finds every part, but where plain words were asked a supervisor
    often takes a grade off; a person checks the score."""
    codes = {f.code for f in result.flags}
    return result.checked_as != "question" and bool(codes & _TERMS) and "hard_reading" in codes
