"""Flags: things worth reconsidering, each with a plain suggestion.

* ``jargon`` / ``label`` / ``diagnosis`` - a term from ``jargon.csv``;
* ``judgement`` - a term from ``judgement.csv`` (blame, character words);
* ``vague`` - a term from ``vague.csv`` (hard to see or check);
* ``service_as_goal`` - a goal or plan built on a service from ``services.csv``;
* ``absence_goal`` - a goal that says what will NOT happen, or a plan step made
  only of "will not" (named first, before any other check);
* ``long_sentence`` - a sentence of more than 35 words (45 in a harm or danger
  statement or a goal, which carry four to six parts);
* ``hard_reading`` - reading grade above 12 with many long words;
* ``why_question`` / ``closed_question`` / ``leading_question`` - for questions.
"""

from __future__ import annotations

from . import lazyre as re
from .goalstates import services_in
from .questions import QuestionReading
from .reading import Reading
from .result import Flag
from .text import phrase, reading_grade, syllables, words

__all__ = [
    "HARD_GRADE", "LONG_SENTENCE_WORDS", "LONG_STATEMENT_WORDS", "LONG_WORD_SHARE",
    "find_flags",
]

LONG_SENTENCE_WORDS = 35
#: Harm and danger statements and goals carry four to six parts in one sentence.
LONG_STATEMENT_WORDS = 45
_SPARED = re.compile(r"(?:have|need) to\b", re.I)
HARD_GRADE = 12.0
LONG_WORD_SHARE = 0.15


#: Uses of a listed word that are ordinary English, not the flagged sense:
#: "admitted to hospital", "how things are going", "For Rosa to be safe".
_ORDINARY = {
    "admitted": re.compile(r"\s+(?:to|into)\s+(?:the\s+)?(?:hospital|a&e|ward|intensive|"
                           r"emergency|care)", re.I),
    "admits": re.compile(r"\s+(?:to|into)\s+(?:the\s+)?(?:hospital|a&e|ward)", re.I),
    "things": re.compile(r"(?<=\bhow )", re.I),
    "be safe": re.compile(r"(?<=\bto )|(?=\s+(?:when|because|with|at|in)\b)", re.I),
}


def _ordinary_use(text: str, m: re.Match[str]) -> bool:
    rx = _ORDINARY.get(m.group(0).lower())
    if rx is None:
        return False
    return bool(rx.match(text, m.end()) or rx.match(text, m.start()))


def _lexicon_flags(r: Reading, kind: str) -> list[Flag]:
    out: list[Flag] = []
    seen: set[str] = set()
    for file in ("jargon", "judgement", "vague"):
        default_code = file
        for entry, m in r.p.lexicon.terms[file].find(r.text):
            word = m.group(0)
            if word.lower() in seen or _ordinary_use(r.text, m):
                continue
            seen.add(word.lower())
            code = entry.category if file == "jargon" and entry.category else default_code
            intro = {"jargon": "is agency jargon", "label": "is a label",
                     "diagnosis": "is a diagnosis",
                     "judgement": "can sound like blame or judgement",
                     "vague": "is vague"}.get(code, "could be clearer")
            out.append(Flag(code, f'"{word}" {intro}. {entry.suggestion}', word))
    if kind in {"goal", "plan"}:
        kept = {m.start() for m in services_in(r, r.text)}  # not "meds out of reach"
        for entry, m in r.p.lexicon.terms["services"].find(r.text):
            word = m.group(0)
            if word.lower() in seen or m.start() not in kept:
                continue
            seen.add(word.lower())
            what = "goal" if kind == "goal" else "plan step"
            out.append(Flag("service_as_goal",
                            f'"{word}" is a service, not a behaviour. {entry.suggestion}'
                            + ("" if kind == "goal"
                               else f" (A {what} lists actions, not services.)"),
                            word))
    return out


def _absence_flags(r: Reading, kind: str) -> list[Flag]:
    """A goal that says what will not happen; a plan step made only of "will not".

    A plan may hold a "will not" rule when it also says what will happen instead
    ("Mum will not bring the baby along; Nan will mind him"), as published plans do.
    """
    # "Samir will not have to step in" is what the child is spared, not an absence goal
    negated = [c for c in r.commitments if c.negated and not _SPARED.match(c.phrase)
               and not (kind == "goal" and r.child_like(c.subject))]
    if not negated or kind not in {"goal", "plan"}:
        return []
    words = f"\u201c{phrase(negated[0].words, 14)}\u201d"
    if kind == "goal":
        return [Flag("absence_goal",
                     f"{words} says what will not happen. A safety goal says what the person "
                     "will do instead (for example 'will talk things through calmly' rather "
                     "than 'will not yell'), so everyone knows what to look for.",
                     phrase(negated[0].words, 14))]
    if any(not c.negated for c in r.commitments) or r.action or r.backup:
        return []
    return [Flag("absence_goal",
                 f"{words} says what will not happen. Add what will happen instead and who "
                 "makes sure of it (for example 'Nan will mind the baby at her flat').",
                 phrase(negated[0].words, 14))]


def _reading_flags(r: Reading, kind: str) -> list[Flag]:
    out = []
    limit = LONG_STATEMENT_WORDS if kind in {"harm", "danger", "goal"} else LONG_SENTENCE_WORDS
    for s in r.sentences:
        n = len(words(s))
        if n > limit:
            out.append(Flag("long_sentence",
                            f"This sentence has {n} words. Try splitting it so a family member can "
                            "follow it in one reading.", phrase(s, 10)))
            break
    ws = words(r.text)
    if len(ws) >= 12:
        grade = reading_grade(r.text)
        long_share = sum(syllables(w) >= 3 for w in ws if not w[0].isupper()) / len(ws)
        if grade > HARD_GRADE and long_share > LONG_WORD_SHARE:
            out.append(Flag("hard_reading",
                            f"This reads at about grade {grade:.0f}. Shorter words and sentences "
                            "will make it easier for the family to read.", f"grade {grade:.1f}"))
    return out


def _question_flags(q: QuestionReading) -> list[Flag]:
    out = []
    if q.why:
        out.append(Flag("why_question",
                        '"Why" can sound like blame. Try "How come ...", "What happened ..." or '
                        '"What was going on for you when ...".', "why"))
    if q.form == "leading":
        out.append(Flag("leading_question",
                        "This question suggests its own answer. Ask openly instead, for example "
                        '"Tell me about ..." or "What happened next?". With children this also '
                        "protects their own account.", q.form_evidence))
    elif q.form == "closed" and q.then_open:
        out.append(Flag("closed_then_open",
                        'This starts with a yes-or-no question and opens only at the end ("'
                        f'{q.then_open}"). Ask the open part on its own.', q.form_evidence))
    elif q.form == "closed":
        out.append(Flag("closed_question",
                        'This can be answered with "yes" or "no". Opening with what, how, when or '
                        '"tell me about" invites the person to say more.', q.form_evidence))
    if q.fronted:
        out.append(Flag("fronted_question",
                        "The person is set before the question and the two only loosely joined. "
                        'Ask it as one question, for example "What does your sister do that '
                        'helps, and who else could help like that?"', q.fronted))
    if q.problem and not q.why:
        out.append(Flag("problem_question",
                        "This asks about the problem, not the way out of it. Ask about the times "
                        "it went better, who helped or what they did then.", q.problem))
    if q.sets_aside:
        out.append(Flag("sets_aside",
                        "This puts the person already helping to one side. Build on them: ask "
                        "what they do that helps, and who else could join them.", q.sets_aside))
    elif q.bare:
        out.append(Flag("bare_question",
                        "Nobody is in this question, not even the person you ask. Name them "
                        '("your sister", "you") and the moment ("on the hard days").', ""))
    return out


def find_flags(r: Reading, kind: str, question: QuestionReading | None = None) -> list[Flag]:
    """All flags for a reading checked as ``kind`` (see the module doc for the rules)."""
    flags = _absence_flags(r, kind) + _lexicon_flags(r, kind) + _reading_flags(r, kind)
    if question is not None:
        flags += _question_flags(question)
    return flags
