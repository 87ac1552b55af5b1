"""The automatic score of a graded written answer, with how sure it is and why.

:func:`assess` reads the answer once (:func:`soplab.coach.analyse`) and turns the
reading into points::

    points  = 1 - 0.25 x (parts missing), at least 0.25 with any part there
              (a goal's who, what they will do and "a behaviour, not a service"
              read one clause and count as one part: :data:`ONE_PART`; a goal
              with only its behaviour, told plainly as a routine, is half there:
              :data:`ROUTINE_ONLY`; a danger statement whose only impact is a
              general harm, "the kids could get hurt", has that part thin: one
              missing, :func:`soplab.coach.thinimpact.generic_impact`; one whose
              outlook names no child at all, "Dad could hurt Mum again", has two
              missing, the child's impact and outlook:
              :func:`soplab.coach.thinimpact.no_child`; so is a
              statement or goal that tells the child's part for one child of a course
              family and none of the others, where at most one part is missing:
              :func:`soplab.coach.eachchild.child_left_out`; and one with every part
              there but told in chart words or hedged: :func:`soplab.coach.plainwords.report_words`)
              (a statement, goal or plan: the expert's scale), or present / total
              (a question), minus 0.05 x (distinct wording flags, at most 4);
              0.25 for a question that is still closed (yes or no), at most
              :data:`QUESTION_CAPS` for one that leads, asks only about the
              problem, sets aside the helper already named or has nobody in it
    score   = points, at most the finding's cost while a harmful-practice
              finding stands (0.25; 0 for a goal or plan made only of services
              or describing the harm going on; 0 for two or more findings, and 0 when
              nothing sound stands beside it: at most one part there), and
              at most 0.25 when the answer reads, with confidence, as another
              kind than the item asks for

clipped to [0, 1] and rounded to two decimals. ``confidence`` says how sure the
automatic score is (see :func:`confidence`): the kind read as asked, a grade the
answer's length supports, no note-taking shorthand and no words that often come with
harmful practice; an answer with a finding, of the wrong kind or below
:data:`CONFIDENT` needs a person (``needs_review``).
:func:`soplab.coach.written_score` is this score.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from soplab._core.labels import split_kind

from . import lazyre as re
from .analyse import analyse
from .doubts import (
    BETWEEN_GRADES,
    FULL_WORDS,
    LENGTH_DOUBT,
    LONG_WORDS,
    LOW_WORDS,
    MIDDLE_GRADE,
    PART_WORDS,
    REPORT_LANGUAGE,
    THIN_READING,
    core_read,
    grade_doubt,
    length_doubt,
    report_language,
    thin_reading,
)
from .eachchild import child_left_out
from .goalstates import general_help, vague_state
from .harmful import VIOLENCE
from .lexicon import load_lexicon
from .plainwords import report_words
from .questionforms import counts_only, mixed_forms
from .render import KIND_NAMES
from .result import CoachResult
from .safety import Finding, cap
from .text import shorthand
from .thinimpact import generic_impact, no_child
from .truecase import course_children, course_people

__all__ = [
    "BETWEEN_GRADES", "CAUTION", "CLOSED_QUESTION", "CONFIDENT", "FLAG_PENALTY", "FULL_WORDS",
    "KIND_AGREES", "LENGTH_DOUBT", "LONG_WORDS", "LOW_WORDS", "MAX_PENALISED_FLAGS",
    "MIDDLE_GRADE", "MIXED_FORMS", "NOTES", "ONE_PART", "OPEN_PROBLEM", "PART_COST", "PART_WORDS",
    "QUESTION_CAPS", "REPORT_LANGUAGE", "ROUTINE_ONLY", "SHORT_WORDS", "SOMETHING_THERE",
    "THIN_READING", "WRONG_KIND_CAP",
    "Assessment", "assess", "caution", "confidence", "grade_doubt", "length_doubt", "points",
    "reading_confidence", "report_language", "thin_reading",
]

FLAG_PENALTY = 0.05
MAX_PENALISED_FLAGS = 4
#: The most an answer that reads, with confidence, as another kind can earn.
WRONG_KIND_CAP = 0.25
#: What each missing part of a statement, goal or plan costs (the expert's scale).
PART_COST = 0.25
#: The least a statement, goal or plan with any part at all earns.
SOMETHING_THERE = 0.25
#: What a question still closed (yes or no) earns: the rubric's "at most a quarter" (and
#: not nothing: it asks about the right thing, only in a way that invites a yes or a no).
CLOSED_QUESTION = 0.25
#: At or above this confidence the automatic score stands without a person.
CONFIDENT = 0.6
#: Where the reading of a text that reads as the kind asked starts, whatever the margin
#: of its kind (see :func:`reading_confidence`): on the tuning writers how clearly a text
#: read as its kind did not tell whether its score agreed with the expert (leave one split
#: out), so the doubts below, not the kind's margin, decide what a person checks.
KIND_AGREES = 0.6
#: Confidence taken off an answer in note-taking shorthand (see :func:`confidence`).
NOTES = 0.4
#: A question shorter than this (in words) is not scored with confidence.
SHORT_WORDS = 4
#: Confidence taken off an answer with words that often come with harmful practice
#: (``caution`` in ``data/lexicon/cues.csv``: "fighting", "told us", "in the middle").
CAUTION = 0.4
#: Confidence taken off questions of different forms read as one (``mixed_forms``).
MIXED_FORMS = 0.35


@dataclass(frozen=True)
class Assessment:
    """The automatic score of one written answer and whether a person should check it."""

    #: 0-1, always equal to ``written_score(text, expected_kind)``.
    score: float
    #: 0-1: how sure the automatic score is.
    confidence: float
    #: The kind the text reads as ("harm", "danger", "goal", "plan", "question", "other").
    kind_read: str
    #: Reads, with confidence, as another kind than expected.
    wrong_kind: bool
    findings: tuple[Finding, ...]
    #: Findings, wrong kind, or confidence below :data:`CONFIDENT`.
    needs_review: bool
    #: Plain-words reasons (shown to the instructor in the review queue).
    reasons: tuple[str, ...]


def points(result: CoachResult) -> float:
    """The checklist's points minus wording flags, before any cap (see the module doc).

    A statement, goal or plan follows the expert's scale: every part there is 1, each
    part missing costs :data:`PART_COST` (one missing 0.75, two 0.5), and an answer
    with any part at all keeps :data:`SOMETHING_THERE` ("little of what was asked").
    A question's checklist (open form, solution focus ...) is not a list of parts of
    equal weight: it earns the share of its checklist.
    """
    if not result.components:
        return 0.0
    codes = {f.code for f in result.flags}
    flags = FLAG_PENALTY * min(len(codes), MAX_PENALISED_FLAGS)
    if result.checked_as == "question":
        return len(result.present) / len(result.components) - flags
    thin = _thin_behaviour(result)
    missing = _parts_missing(result, thin) + bool(generic_impact(result)) + 2 * no_child(result)
    if not missing and report_words(result):
        missing = 1  # every part there, but in chart words or hedged: plain words thin
    if missing <= 1 and child_left_out(result) and any(
            c.present for c in result.components if c.name in _CHILD_PART):
        missing += 1  # the impact on each child: thin, not a part lost twice
    score = 1.0 - PART_COST * missing - flags
    if _routine_only(result, thin):
        score = max(score, ROUTINE_ONLY - flags)
    return max(score, SOMETHING_THERE) if result.present else score


#: The part that tells what happens to the child (a statement's impact, a goal's child's
#: experience): a child left out thins it only where it is there.
_CHILD_PART = ("impact", "child_experience")


#: What a goal earns with its behaviour alone, told plainly as a routine someone could
#: see ("Adult meets Sara at the bus stop every school day", "awake adult w/ Tommy
#: daily"): the expert's "the right behaviour, nothing else", half there. A vague
#: behaviour ("keep the house clean and safe"), a service or jargon is not.
ROUTINE_ONLY = 0.5
_ROUTINE = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:school\s+|week\s*)?(?:day|night|"
                      r"morning|evening|afternoon|weekday|weeknight|bedtime|mealtime|meal)s?\b|"
                      r"\b(?:daily|nightly|every\s+time|(?:morning|night|day)\s+and\s+"
                      r"(?:night|day)|after\s+(?:every|each)\s+meal)\b|"
                      # the days it is needed: "on late nights", "on school days", "on the
                      # nights Mom works late", "whenever she works late"
                      r"\b(?:on|all)\s+(?:the\s+)?(?:late|school|work|week|shift)\s*(?:day|"
                      r"night|evening|morning)s\b|\bon\s+the\s+(?:day|night|evening|morning)s\s+"
                      r"(?:\w+\s+){1,3}?works?\b|\bwhenever\s+(?:\w+\s+){1,3}?works?\b", re.I)


def _thin_behaviour(result: CoachResult) -> str:
    """A goal's thin behaviour: "help" ("help her more"), "state" ("keep it clean") or ""."""
    act = "" if result.checked_as != "goal" else next(
        (c.evidence for c in result.components if c.name == "positive_behaviour"), "")
    return "help" if general_help(act) else "state" if vague_state(act) else ""


def _routine_only(result: CoachResult, thin: str) -> bool:
    present = {c.name for c in result.present}
    return (result.checked_as == "goal"
            and present == {"who", "positive_behaviour", "not_service"}
            and not result.findings and not result.wrong_kind
            and not any(f.code in {"vague", "jargon", "label", "service_as_goal"}
                        for f in result.flags)
            and bool(_ROUTINE.search(result.text)) and not thin)


#: Checklist items that together are one part of the expert's scale: a goal's "who",
#: "what they will do" and "a behaviour, not a service" all read the same clause (who
#: does what), so one clause the coach could not read costs one part, not three.
ONE_PART = {"goal": ("who", "positive_behaviour", "not_service")}


def _parts_missing(result: CoachResult, thin: str = "") -> int:
    """Parts of the expected kind's checklist missing, on the expert's scale; a goal's thin
    behaviour is one: "help" always, a vague "state" with at most one other part missing."""
    grouped = ONE_PART.get(result.checked_as or "", ())
    missing = {c.name for c in result.components if not c.present}
    others = len(missing - set(grouped))
    if grouped and not missing & set(grouped) and (thin == "help" or thin and others <= 1):
        missing.add("positive_behaviour")
    return len(missing - set(grouped)) + bool(missing & set(grouped))


def confidence(result: CoachResult, expected_kind: str, score: float | None = None,
               notes: bool = False) -> float:
    """How sure the automatic score is: :func:`reading_confidence` less the score's
    own doubt (:func:`grade_doubt`) and the doubt of a grade the answer's length does
    not support (:func:`length_doubt`) when ``score`` is given, less :data:`NOTES`
    for an answer written in note-taking shorthand (``notes``: "w/", "+", "Vy - cut
    hand": the readers are built for sentences, and a note without a verb can hide
    a part the coach does not see) and less :data:`CAUTION` for words that often
    come with harmful practice (:func:`caution`): a person reads those."""
    sure = reading_confidence(result, expected_kind) - (NOTES if notes else 0.0)
    if score is not None and result.text:
        sure -= grade_doubt(score, expected_kind, core_read(result)) + length_doubt(
            score, len(result.text.split()), expected_kind)
    if caution(result.text):
        sure -= CAUTION
    if thin_reading(result):
        sure -= THIN_READING
    if report_language(result):
        sure -= REPORT_LANGUAGE
    if expected_kind == "question" and mixed_forms(result.text):
        sure -= MIXED_FORMS
    return round(max(0.0, min(1.0, sure)), 3)


#: A child told as the teller or the one who failed ("Vy told the worker ...", "according to
#: the oldest boy", "Kai (13) failed to ..."): the children named as the source of a worry
#: are exposed to retaliation, and a child is never the one responsible.
_TELLS = (r"(?:later\s+|also\s+|then\s+|privately\s+)?(?:told|tells|said|says|disclosed|"
          r"discloses|reported|reports|shared|admitted|admits|confided|mentioned|revealed|"
          r"stated|explained|described)\b")
_A_CHILD = (r"(?:(?:the|her|his|their|a|one|older|oldest|eldest|younger|youngest)\s+(?:\w+\s+)?"
            r"(?:child|children|kids?|daughter|son|girl|boy)|{children}"
            # a name told with a child's age: "Daniel (9)", "Mia, 7,"
            r"|(?-i:[A-Z][a-z]+)(?=,?\s*\(?\s*(?:1[0-7]|[1-9])\b))(?:,?\s*\(?\d+\)?,?)?")


@lru_cache(maxsize=1)
def _caution_words() -> re.Pattern[str]:
    children = "|".join(sorted(course_children(), key=len, reverse=True)) or "(?!x)x"
    child = _A_CHILD.format(children=children)
    return re.compile(load_lexicon().cue_regex("caution")
                      + rf"|\b{child}\s+{_TELLS}|\b(?:per|according to)\s+{child}"
                      rf"|\b{child}\s+(?:failed|forgot|neglected)\s+to\b"
                      rf"|\b{child}\s+(?:should|ought to|was meant to|needed to)\s+have\b"
                      # a child told as the cause: "because Kai went in the shower"
                      + rf"|\bbecause\s+(?:(?:her|his|their|the)\s+)?(?:(?i:older|oldest|"
                      rf"eldest|big)\s+)?(?:{children}|sister|brother)\b"
                      # a child as the carer: "Kai will keep the pills up high and watch Tommy"
                      rf"|\b(?:{children})(?:\s*\(?,?\s*\d+\)?)?,?\s+(?:will|must|has to|needs "
                      rf"to|is to|should)\s+(?:\w+\s+)?(?:keep|watch|look after|mind|care for|"
                      rf"take care|feed|wake|get (?:him|her|them|the)|check on|protect)\b", re.I)


@lru_cache(maxsize=1)
def _survivor_tells() -> re.Pattern[str]:
    mothers = "|".join(sorted((name for name, (gender, network) in course_people().items()
                               if gender == "she" and not network), key=len, reverse=True))
    return re.compile(rf"\b(?:she|(?:the\s+)?(?:mother|mom|mum|wife|partner|girlfriend|"
                      rf"survivor|victim)|{mothers or '(?!x)x'})\s+(?:later\s+|also\s+|"
                      rf"privately\s+|then\s+)?(?:told|tells?|disclosed|admitted|confided|"
                      rf"revealed|shared|said|says?)\b", re.I)


def caution(text: str) -> str:
    """Words that often come with harmful practice (the ``caution`` cues: violence told
    as a fight between two, a private source named, the partner as the trigger; a child
    told as the cause: "because Kai ...", "Kai failed to ..."; a child as the carer: "Kai
    will watch Tommy"; a child as the teller: "Vy told the officer ..."; where violence is
    told, the mother as the teller: "Thanh later told the worker ..."), or ""."""
    m = _caution_words().search(text or "")
    if m:
        return m.group(0)
    violence = any(not v.group(0).lower().startswith("hurt")  # "could get hurt": any harm
                   for v in VIOLENCE.finditer(text or ""))
    m = _survivor_tells().search(text or "") if violence else None
    return m.group(0) if m else ""


def reading_confidence(result: CoachResult, expected_kind: str) -> float:
    """How sure the coach is of its reading, before looking at the score.

    It starts from how clearly the text read as its kind: a text read as the kind asked
    starts at :data:`KIND_AGREES` and gains a little with its kind's confidence; one
    read as another kind from how sure that reading is. It is lowered for
    parts found on thin evidence, for very short or very long texts and for a text
    only partly read. A finding leaves it where it is: a person looks anyway.
    """
    if not result.text:
        return 1.0
    if result.kind == expected_kind:
        sure = KIND_AGREES + 0.35 * result.confidence
    elif result.wrong_kind:
        sure = result.confidence
    else:  # reads as nothing clear, or only weakly as another kind
        sure = min(result.confidence, 0.5)
    n_words = len(result.text.split())
    if expected_kind == "question" and n_words < SHORT_WORDS:
        sure -= 0.4  # a word or two: too little to be sure of
    elif n_words > 120:
        sure -= 0.15
    if result.truncated:
        sure -= 0.3
    return max(0.0, min(1.0, sure))


#: The most a question earns when it asks only about the problem ("How come they were
#: late?"), sets aside the helper already named ("Who besides your sister ...?") or puts
#: her before the question, loosely joined ("Your sister, how she help you?"), has
#: nobody in it ("Who else can help?") or leads ("Who has hurt you?"): the expert's scale.
QUESTION_CAPS = {"problem_question": 0.0, "sets_aside": 0.75, "bare_question": 0.5,
                 "leading_question": CLOSED_QUESTION, "closed_then_open": 0.5,
                 "fronted_question": 0.75}
#: A question about the problem asked openly with "what" ("What made the kids late?", "What
#: makes mornings hard?"): open, only not solution-focused, half its checklist (the expert's
#: "open but about the problem", 0.5). "Why", "how come", "how many" keep the problem cap.
OPEN_PROBLEM = 0.5
_ASKS_WHAT = re.compile(r"\bwhat\b", re.I)
_WHY_LIKE = re.compile(r"\b(?:why|how come|how many|how often)\b", re.I)


def _question_cap(result: CoachResult, expected_kind: str) -> float:
    if expected_kind != "question" or result.kind != "question":
        return 1.0
    caps = dict(QUESTION_CAPS)
    if _ASKS_WHAT.search(result.text) and not _WHY_LIKE.search(result.text):
        caps["problem_question"] = OPEN_PROBLEM
    return min([caps[f.code] for f in result.flags if f.code in caps], default=1.0)


def _closed_question(result: CoachResult, expected_kind: str) -> bool:
    """A real question, still closed ("Did the kids get to school on time some days?"):
    the rubric's "at most a quarter", whatever else it has, and not nothing."""
    return (expected_kind == "question" and result.kind == "question"
            and any(f.code == "closed_question" for f in result.flags))


def _reasons(result: CoachResult, expected_kind: str, conf: float) -> tuple[str, ...]:
    out = [f"{f.message} ({f.lesson})" for f in result.findings]
    if result.wrong_kind and result.kind in (expected_kind, "other"):  # a question of
        # another type, a note about the answer, a statement where a question is asked
        out.append(f"{result.wrong_kind_reason[:1].upper()}{result.wrong_kind_reason[1:]}, "
                   f"so it earns at most {WRONG_KIND_CAP:.2f}.")
    elif result.wrong_kind:
        out.append(f"It reads as {KIND_NAMES[result.kind]}, not {KIND_NAMES[expected_kind]} "
                   f"as the item asks, so it earns at most {WRONG_KIND_CAP:.2f}.")
    if conf < CONFIDENT:
        out.append(f"The coach is not sure of its reading (confidence {conf:.2f}).")
    if result.truncated:
        out.append(f"Only the first {result.read_chars:,} characters were read.")
    return tuple(out)


@lru_cache(maxsize=1024)
def assess(text: str, expected_kind: str) -> Assessment:
    """Score ``text`` written as ``expected_kind`` and say how sure the score is.

    Cached on ``(text, expected_kind)``: autograde reads each answer twice (score and
    review), and the live checklist re-reads an unchanged text. The result is frozen.
    """
    if not text or not text.strip():
        return Assessment(0.0, 1.0, "other", False, (), False, ("The answer is empty.",))
    result = analyse(text, expected_kind=expected_kind)
    expected_kind = split_kind(expected_kind)[0] or expected_kind
    score = points(result)
    if _closed_question(result, expected_kind):
        score = CLOSED_QUESTION
    if expected_kind == result.kind == "question" and counts_only(text):
        score = min(score, CLOSED_QUESTION)  # asks only for a number: a closed question's
    score = min(score, _question_cap(result, expected_kind))
    if result.wrong_kind:
        score = min(score, WRONG_KIND_CAP)
        if result.kind not in ("other", expected_kind) and not result.findings:
            score = WRONG_KIND_CAP  # a sound statement of another kind: "some useful content"
    sound = score
    score = min(score, cap(result.findings))  # several practices found: nothing to credit
    if result.findings and sound <= SOMETHING_THERE:
        score = 0.0  # harmful practice with nothing sound beside it (the expert's 0)
    score = round(min(1.0, max(0.0, score)), 2)
    conf = confidence(result, expected_kind, score, notes=shorthand(text))
    review = bool(result.findings) or result.wrong_kind or conf < CONFIDENT
    return Assessment(score, conf, result.kind, result.wrong_kind, tuple(result.findings),
                      review, _reasons(result, expected_kind, conf))
