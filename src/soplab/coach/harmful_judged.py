"""A child judged for what happened (rule ``child-blamed``, declared in
:mod:`soplab.coach.safety_rules`): a verdict on a child, read from two general word classes
and the clause's subject, not from one answer's words:

- a past duty: "should have", "shouldn't have", "ought to have", "was supposed to", "was
  meant to" ("Kai was supposed to have him", "Vy got between them, which she shouldn't
  have done", "Kai should have kept them out of reach");
- a verdict on the child: "cannot be trusted", "can't be relied on", "is not mature enough
  to", "knows better", "made it worse", "was foolish/careless to", "let it happen",
  "too wrapped up in ... to notice", "it was Kai's responsibility".

The one judged is the clause's subject (the person just before, or the person a "he"/"she"
just before points back to: the last one named earlier in the sentence), and must be a
child; a harm, an impact or violence must be told in the text. Not a verdict: a duty taken
from the child ("should not have to", "was never supposed to", "isn't supposed to"), a
duty told in the passive of someone else's care ("Vy should have been kept safe"), a
child's own view of himself ("Kai feels he should have"), a plan or promise ("will").
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import VIOLENCE, quote, sentence_span, side, subject_before
from .reading import Reading

__all__ = ["child_judged"]

#: A past duty laid on the doer. Not "should not have to" (relief), not "should have been
#: <done>" (someone else's care owed to the child), not "was never/not supposed to".
_DUTY = re.compile(
    r"\b(?:should(?:n't|\s+not|\s+never)?|ought(?:n't|\s+not)?\s+to)\s+have\s+"
    r"(?!to\b|had\s+to\b|been\s+\w+(?<!ing)\b)"
    r"|\b(?:was|were)\s+(?:(?:the\s+one\s+)?(?:supposed|meant)\s+to|to\s+have\s+been)\s+"
    r"(?!have\s+been\s+\w+ed\b)", re.I)
#: A verdict on the doer (what the child is, or did to the outcome).
_VERDICT = re.compile(
    r"\b(?:can(?:not|'t|\s+not)|could(?:n't|\s+not)|isn't|is\s+not|wasn't|was\s+not)\s+"
    r"(?:be\s+)?(?:trusted|relied\s+(?:on|upon)|counted\s+on|(?:mature|responsible|"
    r"reliable|careful|grown[\s-]up)\s+enough)\b"
    r"|\b(?:has|had)\s+(?:shown|proven|proved)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:can(?:not|'t)|could(?:n't|\s+not)|is\s+not|isn't)\b"
    r"|\b(?:knows?|knew)\s+better\b"
    r"|\b(?:made|makes|make)\s+(?:it|things|matters|everything|the\s+situation)\s+worse\b"
    r"|\b(?:was|were|is|are|being)\s+(?:\w+ly\s+)?(?:foolish|careless|irresponsible|reckless|"
    r"negligent|lazy|silly|selfish|naughty|thoughtless|inattentive)\b"
    r"|\blet\s+(?:it|this|that|all\s+this)\s+happen\b"
    r"|\b(?:too|so)\s+(?:busy|wrapped\s+up|caught\s+up|absorbed|distracted|engrossed|"
    r"preoccupied)\b[^.;!?]{0,40}?\bto\s+(?:notice|see|watch|check|hear|stop|keep)\b"
    r"|\b(?:should(?:['\u2019]?ve|a|\s+of)|shouldn['\u2019]?t(?:['\u2019]?ve|a))\s+\w+"
    r"|\b(?:chose|chooses|decided|decides)\s+to\s+(?:insert|put|get|involve|step|intervene|"
    r"interfere|jump|throw|go|run|skip|wander|leave)\w*"
    r"|\b(?:showed|shows|demonstrated|demonstrates|used|uses)\s+(?:poor|bad|no)\s+judge?ment\b"
    r"|\b(?:meddl|interfer|disobey|misbehav)\w*"
    r"|\b(?:stick|sticks|sticking|stuck|poke|pokes|poking|poked)\s+(?:her|his|their)\s+nose\b"
    r"|\b(?:is|was|being|a)\s+(?:(?:very|really|such\s+a|a)\s+)*(?:naughty|defiant|"
    r"disobedient|attention[\s-]seeking|manipulative)\b"
    r"|\b(?:acting|acts|acted)\s+out\b|\battention[\s-]seeking\b"
    r"|\b(?:old|big|grown)\s+enough\s+to\s+know\s+better\b"
    r"|\b(?:failed|fails|neglected)\s+to\s+(?:remove|keep|get)\s+(?:herself|himself|"
    r"themselves)\b", re.I)
#: A verdict that names its owner by a pronoun inside it ("her own fault", "brought it on
#: herself", "her own decision to intervene", "contributed to her own injury"): the owner
#: is the one the pronoun points back to.
_SELF = re.compile(
    r"\b(?:(?:her|his|their)\s+own\s+(?:fault|doing|decision|choice|making)|brought\s+(?:it|this|"
    r"that|\w+\s+\w+)\s+on\s+(?:herself|himself|themselves)|contributed\s+to\s+(?:her|his|"
    r"their)\s+own\s+\w+|(?:put|puts|putting|placed|places)\s+(?:herself|himself|themselves)\s+"
    r"in\s+harm['\u2019]?s\s+way)\b", re.I)
#: A fault noun owned by a child by name: "Vy's reckless meddling", "Kai's lapse".
_CHILDS_FAULT = re.compile(
    r"\b(?P<who>[A-Z][\w-]+)['\u2019]s\s+(?:\(\d{1,2}\)\s+)?(?:\w+\s+)?(?:meddling|"
    r"interference|lapse|carelessness|negligence|misbehaviou?r|defiance|disobedience|"
    r"irresponsibility|mistake|recklessness|poor\s+judge?ment)\b")
#: "it was Kai's responsibility", "that was Vy's job": the outcome made a child's own.
_OWNED = re.compile(r"\b(?:was|is|were)\s+(?P<who>[A-Z][\w-]+)['\u2019]s\s+(?:responsibility|"
                    r"job|duty|fault|mistake|doing)\b")
#: A pronoun just before the verdict: "which she shouldn't", "he cannot be trusted".
_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:\w+ly\s+|also\s+|just\s+|really\s+)?$", re.I)
#: Not the doer's act: his own view of himself, a plan, a denial of the fault.
_VIEW = re.compile(r"\b(?:feels?|felt|thinks?|thought|believes?|believed|blames?|blamed|"
                   r"worries|worried|fears?|feared|says?|said|told|tells|wishes|wished|"
                   r"(?:is|was)\s+(?:scared|afraid)|no\s+one|nobody|not\s+(?:because|that)|"
                   r"never\s+(?:because|that)|will|won't|going\s+to)\b", re.I)
#: The fault denied just before the child: "no one thinks Kai ...", "not that Vy ...".
_DENIED = re.compile(r"\b(?:no\s+one|nobody|not|never|none\s+of\s+this)\b(?:\s+\w+){0,3}\s+$",
                     re.I)
_NAME = re.compile(r"\b[A-Z][\w-]+")
#: A copula just before a verdict that starts after it ("Kai was | too busy to notice").
_COPULA = re.compile(r"\b(?:was|were|is|are|got|gets|had|has|been)\s+$", re.I)


def _antecedent(r: Reading, start: int, pos: int) -> tuple[str, int] | None:
    """The last person named in ``start``..``pos`` (what "he"/"she" points back to)."""
    names = [m for m in _NAME.finditer(r.text, start, pos) if side(r, m.group(0))]
    return (names[-1].group(0), names[-1].start()) if names else None


def _judged(r: Reading, pos: int) -> tuple[str, int] | None:
    """The one the verdict at ``pos`` is about: the subject just before, or the person a
    pronoun just before points back to."""
    s, _ = sentence_span(r.text, pos)
    copula = _COPULA.search(r.text, max(s, pos - 8), pos)
    pos = copula.start() if copula else pos
    if _PRONOUN.search(r.text, max(s, pos - 25), pos):
        return _antecedent(r, s, pos) or _antecedent(r, max(0, s - 200), s)
    return subject_before(r, pos)


def _harm_told(r: Reading) -> bool:
    return bool(r.p.impact.search(r.text) or VIOLENCE.search(r.text) or r.worry is not None)


def child_judged(r: Reading) -> str:
    """A child judged: a past duty or a verdict with a child as its subject, a harm told."""
    if not _harm_told(r):
        return ""
    for pattern in (_DUTY, _VERDICT):
        for m in pattern.finditer(r.text):
            who = _judged(r, m.start())
            if not who or side(r, who[0]) != "child":
                continue
            if _VIEW.search(r.text, who[1] + len(who[0]), m.start()) or _DENIED.search(
                    r.text, max(0, who[1] - 30), who[1]):
                continue  # "Kai feels he should have", "Kai will not be ..."
            return quote(r, who[1], m.end(), 14)
    for m in _SELF.finditer(r.text):
        s, _ = sentence_span(r.text, m.start())
        who = _antecedent(r, s, m.start()) or _antecedent(r, max(0, s - 200), s)
        if who and side(r, who[0]) == "child" and not _DENIED.search(
                r.text, max(s, m.start() - 30), m.start()):
            return quote(r, who[1], m.end(), 14)
    for m in _CHILDS_FAULT.finditer(r.text):
        if side(r, m.group("who")) == "child":
            return quote(r, m.start(), m.end())
    for m in _OWNED.finditer(r.text):
        if side(r, m.group("who")) == "child" and not re.search(
                r"(?:\bnot|\bnever|n't)\s*$", r.text[max(0, m.start() - 12):m.start()], re.I):
            return quote(r, m.start(), m.end())
    return ""
