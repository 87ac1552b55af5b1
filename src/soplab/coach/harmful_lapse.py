"""A child told as the one whose lapse let another child come to harm (rule ``child-blamed``,
declared in :mod:`soplab.coach.safety_rules`), read from the grammar of the clause, not
from one answer's words:

- a past negation of a watching word (cue group ``vigilance`` of ``data/lexicon/cues.csv``:
  "notice", "catch", "keep an eye", "check on", "put ... away") with a child as its doer:
  "Kai (13) was home that day too but didn't catch it", "Kai was home and didn't keep an eye
  out", "his sister never noticed";
- a child's state told as the occasion (cue group ``occupied``: "busy", "on his phone",
  "gaming"): "while Kai was busy on his phone", "Kai was gaming and Tommy got the pills".

The doer is the clause's subject: the person just before the verb, or the one who opens
the sentence when the verb is joined to it by "and"/"but" ("Kai (13) was home and didn't
..."). Either fires only where another child's harm is told in the text. Not a lapse: a
plan or a promise ("Kai will not have to watch Tommy", "won't"), what a child feels of
himself ("Kai feels he didn't notice"), a fault denied ("it wasn't that Kai didn't
watch"), an adult's lapse ("Renee didn't notice": hers, told as it is).
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import VIOLENCE, quote, sentence_span, side, subject_before
from .harmful_fault import cue_pattern
from .reading import Reading

__all__ = ["child_lapse_told"]

#: A past negation (a lapse told as what happened), not a rule or a promise.
_NOT = re.compile(r"\b(?:(?<!will\s)(?<!would\s)never|didn't|didnt|did\s+not|wasn't|wasnt|"
                  r"was\s+not|weren't|were\s+not|"
                  r"hasn't|has\s+not|hadn't|had\s+not|failed\s+to|fails\s+to|forgot\s+to|"
                  r"forgets\s+to|neglected\s+to|couldn't\s+be\s+bothered\s+to|never\s+bothered\s+"
                  r"to)\s+(?:(?:\w+ly|even|really|quite|properly)\s+)?(?:been\s+)?$", re.I)
#: A lapse feared in a worry: "we are worried Kai (13) won't notice when Tommy ...".
_WONT = re.compile(r"\b(?:won't|will\s+not|may\s+not|might\s+not|could\s+not|couldn't|can't|"
                   r"cannot)\s+(?:\w+ly\s+)?$", re.I)
#: Told in the state, with its verb: "while Kai was busy", "Kai is on his phone".
_STATE = re.compile(r"\b(?:was|were|is|are|gets?|got|been|being)\s+(?:(?:too|so|really|just|"
                    r"all|always|still|a\s+bit)\s+)?$", re.I)
#: Not what the child did: his own view of it, or the fault denied.
_VIEW = re.compile(r"\b(?:feels?|felt|thinks?|thought|believes?|believed|blames?|blamed|worries|"
                   r"worried|is\s+scared|says?|said|told|tells)\b", re.I)
#: A child's own day after the state: "busy with homework", "busy at school".
_OWN_DAY = re.compile(r"\s+(?:\w+\s+){0,2}?(?:school|homework|class|lessons?|practice|work|"
                      r"chores|studying|exams?)\b", re.I)
_DENIED = re.compile(r"(?:\b(?:not|never|no|nobody)\b|n't)\s+(?:\w+\s+){0,3}$", re.I)
_AGE = re.compile(r"\s*(?:\(\s*\d{1,2}\s*\)?|,\s*\d{1,2}\s*,?|\s+\d{1,2}\b)")
_NAMED = re.compile(r"(?:(?:his|her|their|the)\s+(?:(?:big|older|little|younger|\w+-year-old)\s+)?"
                    r"(?:brother|sister|son|daughter|bro|sis)|(?-i:[A-Z][\w-]+))", re.I)
#: Words that join a second verb to the sentence's subject: "Kai was home and didn't ...".
_JOIN = re.compile(r"^[^,;:.!?]*?\b(?:and|but|yet|so)\s+(?:\w+\s+){0,2}$", re.I)


def _opener(r: Reading, start: int, pos: int) -> tuple[str, int] | None:
    """The person who opens the clause ``start``..``pos`` when the verb at ``pos`` is joined
    to him by "and"/"but" and no other person is named between."""
    while start < pos and r.text[start].isspace():
        start += 1
    m = _NAMED.match(r.text, start)
    if not m or not side(r, m.group(0).split()[-1]) and not re.search(
            r"brother|sister|son|daughter|bro|sis", m.group(0), re.I):
        return None
    between = _AGE.sub(" ", r.text[m.end():pos])
    if between.strip() and not _JOIN.match(between) or any(
            side(r, w) for w in re.findall(r"\b[A-Z][\w-]+", between)):
        return None
    return m.group(0), m.start()


def _is_child(r: Reading, who: str) -> bool:
    who = _AGE.sub("", who).strip()
    if re.fullmatch(r"(?:his|her|their|the)\s+(?:\S+\s+)?(?:brother|sister|bro|sis)", who, re.I):
        return True
    return bool(who) and (side(r, who) == "child" or side(r, who.split()[-1]) == "child")


def _doer(r: Reading, s: int, pos: int) -> tuple[str, int] | None:
    clause_start = s
    for b in re.finditer(r"[,;:]\s+|\b(?:while|when|whilst|as|because|since)\s+", r.text[s:pos],
                         re.I):
        clause_start = s + b.end()
    return subject_before(r, pos) or _opener(r, clause_start, pos) or _opener(r, s, pos)


def _another_childs_harm(r: Reading, who: str) -> bool:
    """Another child than ``who`` is named in the text, and a harm is told."""
    name = _AGE.sub("", who).split()[-1].lower()
    others = [w for w in re.findall(r"\b[A-Z][\w-]+", r.text)
              if w.lower() != name and side(r, w) == "child"]
    others += [c.group(0) for c in r.child_ref.finditer(r.text) if name not in c.group(0).lower()]
    reached = cue_pattern(r, "reached")
    return bool(others) and bool(r.p.impact.search(r.text) or VIOLENCE.search(r.text) or (
        reached is not None and reached.search(r.text)))


def child_lapse_told(r: Reading) -> str:
    """A child's lapse or state told as what let another child come to harm."""
    for group, before in (("vigilance", _NOT), ("occupied", _STATE)):
        pat = cue_pattern(r, group)
        for m in pat.finditer(r.text) if pat is not None else ():
            neg = before.search(r.text, max(0, m.start() - 40), m.start()) or (
                r.worry is not None and before is _NOT
                and _WONT.search(r.text, max(0, m.start() - 30), m.start()))
            if not neg:
                continue
            s, _ = sentence_span(r.text, m.start())
            who = _doer(r, s, neg.start())
            if not who or not _is_child(r, who[0]):
                continue
            if _DENIED.search(r.text, max(s, who[1] - 30), who[1]) or _VIEW.search(
                    r.text, who[1], neg.start()) or _OWN_DAY.match(r.text, m.end()):
                continue  # "not because Kai didn't watch", "Kai feels he didn't notice"
            if _another_childs_harm(r, who[0]):
                return quote(r, who[1], m.end(), 14)
    return ""
