"""The coach's reading as named stages, each usable and testable alone (issue 21.7).

:data:`STAGES` lists them in order, as spaCy's ``nlp.pipe_names`` lists its
components; :func:`soplab.coach.analyse` runs them one after the other:

``segment``
    tidy the text, put back the capitals of a text typed in lower case
    (:mod:`soplab.coach.truecase`), cut it at :data:`READ_LIMIT` characters (said out loud)
    and split it into sentences (titles such as "Mr." do not end one): :class:`Segment`.
``clauses``
    read who commits to what ("X will ...", "agrees to", "won't") and the clauses
    around them: a :class:`~soplab.coach.reading.Reading`.
``components``
    the parts the text has, whatever its kind (who is worried, the caregiver's
    behaviour, when, the impact, how long, who will see it, the back-up ...):
    a name -> words mapping.
``kind``
    what the text reads as, with a confidence and the words behind it: :class:`KindReading`.
``safety``
    harmful practice (:mod:`soplab.coach.safety_rules`): a tuple of findings.
``score``
    the checklist of the expected kind, the wording flags and the automatic score
    (:func:`soplab.coach.assess`).

A new rule has one obvious place: a word list in ``data/lexicon/``, a reader in the
stage it belongs to, or a declared safety rule; ``tests/coach/test_stages.py`` keeps
a table of sentences per stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import kindcues
from . import lazyre as re
from . import ownwords as own
from .harmmodel import second_reading
from .kindmodel import model_kind
from .kindmodel import weights as model_weights
from .kinds import decide, kind_evidence, score_kinds, settled
from .patterns import patterns_for
from .questions import looks_like_question, opens_like_question
from .reading import Reading
from .render import KIND_NAMES
from .safety import Finding
from .safety_rules import find_findings
from .text import phrase, sentences, tidy, unframe, unnote
from .truecase import truecase

__all__ = [
    "NOTE", "READ_LIMIT", "SECOND_OPINION_BELOW", "SECOND_OPINION_SURE", "STAGES",
    "WRONG_KIND_SURE", "KindReading", "Segment", "clauses", "components", "kind", "kind_cues",
    "rules_kind", "safety", "second_opinion", "segment", "wrong_kind",
]

STAGES = ("segment", "clauses", "components", "kind", "safety", "score")

#: The coach reads at most this many characters of a text (and says so when it stops).
READ_LIMIT = 2000
#: A text reads as another kind "with confidence" at or above this confidence, when the
#: expected kind scored at most half of the winner's score.
WRONG_KIND_SURE = 0.65


@dataclass(frozen=True)
class Segment:
    """The text as read: tidied, cut at :data:`READ_LIMIT`, split into sentences."""

    text: str
    sentences: tuple[str, ...]
    truncated: bool
    #: Characters read (the cut point when ``truncated``).
    read_chars: int


def segment(text: str) -> Segment:
    """Stage 1: tidy, cap and split ``text``."""
    raw = text or ""
    truncated = len(raw) > READ_LIMIT
    if truncated:
        cut = raw.rfind(" ", 0, READ_LIMIT)
        raw = raw[:cut if cut > READ_LIMIT // 2 else READ_LIMIT]
    tidied = truecase(unnote(unframe(tidy(raw))))
    return Segment(tidied, tuple(sentences(tidied)), truncated,
                   len(raw) if truncated else len(tidied))


def clauses(seg: Segment, lexicon_dir: str | Path | None = None) -> Reading:
    """Stage 2: the reading of a segment (commitments are read here, the rest lazily)."""
    reading = Reading(seg.text, patterns_for(str(lexicon_dir) if lexicon_dir else None))
    reading.__dict__["sentences"] = list(seg.sentences)
    return reading


#: The parts a text can have, in the order a person would look for them.
PARTS = ("who_worried", "caregiver_behaviour", "context", "impact", "future", "past_action",
         "harm_time", "duration", "observer", "child_experience", "plan_time", "network",
         "monitoring", "backup", "rule", "risk", "state_goal")


def components(r: Reading) -> dict[str, str]:
    """Stage 3: every part the text has, whatever its kind (name -> the learner's words)."""
    found = {
        "who_worried": r.worry.group("who") if r.worry else "",
        "caregiver_behaviour": r.future_behaviour,
        "context": r.context,
        "impact": r.impact,
        "future": r.future,
        "past_action": r.past_action or own.witnessed_act(r) or own.omission_in_clause(r),
        "harm_time": r.harm_time,
        "duration": r.duration,
        "observer": r.goal_observer,
        "child_experience": r.goal_experience,
        "plan_time": r.plan_time,
        "network": r.network,
        "monitoring": r.monitoring,
        "backup": r.backup,
        "rule": own.rule_form(r),
        "risk": own.risk(r),
        "state_goal": own.state_goal(r),
    }
    return {name: words for name, words in found.items() if words}


@dataclass(frozen=True)
class KindReading:
    """What a text reads as, how sure the coach is, and why."""

    kind: str
    confidence: float
    scores: dict[str, float]
    #: The learner's own words that most made it read as ``kind``.
    evidence: str
    #: A schedule of who does what on which days ("Mon/Wed Nan, Tue/Thu the neighbour"):
    #: the shape of a plan whatever else the text says ("" if none).
    schedule: str = ""


#: The learned second opinion (:mod:`soplab.coach.kindmodel`) is taken when the rules'
#: confidence is below SECOND_OPINION_BELOW and the model's probability is at least
#: SECOND_OPINION_SURE (chosen leave one source out: ``benchmarks/kind_reader.py``).
SECOND_OPINION_BELOW = 0.8
SECOND_OPINION_SURE = 0.6


def kind_cues(r: Reading) -> tuple[str, ...]:
    """The coach's general readings the learned second opinion uses beside the words:
    the parts the text has, a question's form, a heading naming a kind, a commitment."""
    cues = [f"part:{name}" for name in components(r)]
    if looks_like_question(r.text):
        cues.append("question")
    if opens_like_question(r.text):
        cues.append("opens_question")
    label = kindcues.labelled_kind(r.text)
    if label:
        cues.append(f"label:{label}")
    if r.caregiver_commitments:
        cues.append("commit")
    if any(c.negated for c in r.commitments):
        cues.append("commit_neg")
    return tuple(cues)


def rules_kind(r: Reading) -> tuple[str, float]:
    """The kind the rules alone read, with their confidence."""
    return decide(score_kinds(r)) if r.text else ("other", 1.0)


def second_opinion(r: Reading, name: str, confidence: float, expected_kind: str | None = None,
                   table: dict[str, dict[str, float]] | None = None) -> tuple[str, float]:
    """The kind and confidence after the learned reader's second opinion on the rules'.

    Where the rules are unsure (below :data:`SECOND_OPINION_BELOW`) and the learned reader
    is sure (:data:`SECOND_OPINION_SURE`) of another kind, that kind is read, with a
    confidence below :data:`WRONG_KIND_SURE`: the model alone never makes an answer the
    wrong kind, nor takes that verdict away (a text read, with confidence, as another kind
    than ``expected_kind`` keeps the rules' reading), and it leaves alone a reading that
    rests on what words alone do not show (:func:`soplab.coach.kinds.settled`). ``table``
    is the model's weights (by default ``data/lexicon/kind_weights.csv``)."""
    wrong = (expected_kind not in (None, name, "other") and name != "other"
             and confidence >= WRONG_KIND_SURE)
    if confidence >= SECOND_OPINION_BELOW or wrong:
        return name, confidence
    if table is None:
        table = model_weights(str(r.p.lexicon.directory))
    second, sure = model_kind(r.text, kind_cues(r), table)
    if (not second or second == name or sure < SECOND_OPINION_SURE
            or settled(r, name, second)):
        return name, confidence
    return second, round(min(confidence, sure, WRONG_KIND_SURE - 0.05), 3)


def kind(r: Reading, expected_kind: str | None = None) -> KindReading:
    """Stage 4: the kind, its confidence and the words behind it: the rules' reading
    (:mod:`soplab.coach.kinds`) with a learned second opinion (:func:`second_opinion`)."""
    if not r.text:
        return KindReading("other", 1.0, {}, "")
    scores = score_kinds(r)
    name, confidence = second_opinion(r, *decide(scores), expected_kind)
    return KindReading(name, confidence, scores, kind_evidence(r, name), r.rota)


#: A note about the answer instead of the answer: what the writer would do or ask
#: ("I would ask Renee what happened ...", "I'd talk to the parents about ...").
_MEANS = (r"\s*(?:would|'d|will|'ll|might|could|should|want to|need to|plan to|am going to|"
          r"'m going to)\s+(?:\w+\s+)?")
NOTE = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?:(?:first|then|next|so),?\s+)?(?:(?:I|we)"
                  + _MEANS + r"(?:ask|talk|speak|explore|find out|discuss|interview|meet|sit down|"
                  r"check with|work with|go over|go and see|bring up|raise|look into|see if|"
                  r"see whether|get more)"
                  # "I would call / visit / check ...": the writer's own step ("we will visit
                  # every week" is the agency's part of a goal or plan)
                  r"|I" + _MEANS + r"(?:call|visit|check))\b", re.I)


def _not_its_kind(written: str, expected_kind: str) -> str:
    """Why a text that reads as no kind is not what the item asks for: a note about the
    answer ("I would ask ..."), or a statement where a question is asked ("" if neither)."""
    written = tidy(written)
    if not written:
        return ""
    note = NOTE.search(written)
    if note:
        return (f"it reads as a note about what you would do next (\u201c{phrase(note.group(0))}"
                f" ...\u201d), not {KIND_NAMES[expected_kind]} itself")
    if (expected_kind == "question" and not looks_like_question(written)
            and not opens_like_question(written)):
        return "it reads as a statement, not a question"
    return ""


def wrong_kind(read: KindReading, expected_kind: str | None, written: str = "") -> str:
    """Why the text reads, with confidence, as another kind than expected ("" if not).

    An answer where a goal is asked that shares the work out by days (a rota) is a
    plan, whatever the margin between the goal and plan readings.

    A text that reads as no kind is of the wrong kind when the text as ``written`` is a
    note about the answer or, where a question is asked, a statement (see
    :func:`_not_its_kind`)."""
    if expected_kind not in (None, "other", "question") and NOTE.match(tidy(written)):
        return _not_its_kind(written, expected_kind)  # "I'd sit down with Dad and ..."
    if read.kind == "other" and expected_kind not in (None, "other"):
        return _not_its_kind(written, expected_kind)
    if expected_kind == "goal" and read.kind in ("goal", "plan") and read.schedule:
        # the work shared out by days is a plan's shape, even with a time frame and a
        # "so the kids are safe" added: the goal is the one picture the rota serves
        return (f"it reads as a safety plan, a schedule of who does what on which days "
                f"(\u201c{read.schedule}\u201d), more than as {KIND_NAMES[expected_kind]}")
    if (expected_kind is None or read.kind in (expected_kind, "other")
            or expected_kind == "other" or read.confidence < WRONG_KIND_SURE
            or read.scores.get(expected_kind, 0.0) > 0.5 * read.scores.get(read.kind, 0.0)):
        return ""
    because = f" (\u201c{read.evidence}\u201d)" if read.evidence else ""
    return (f"it reads as {KIND_NAMES[read.kind]}{because} more than as "
            f"{KIND_NAMES[expected_kind]}")


def safety(r: Reading, checked_kind: str, item_answer: bool = False) -> tuple[Finding, ...]:
    """Stage 5: harmful practice in the text, checked as ``checked_kind``. For an item's
    answer (the kind given by the item) where no rule finds anything, the learned second
    reader may raise a ``possible-harm`` finding
    (:func:`soplab.coach.harmmodel.second_reading`)."""
    found = find_findings(r, checked_kind)
    if found or not item_answer:
        return found
    guess = second_reading(r.text, checked_kind, r.p.lexicon.directory)
    return (guess,) if guess else ()
