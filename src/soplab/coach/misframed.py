"""Detectors for goals and plans that are not behaviour, and for labels: a plan made
of services, "do better", a label or diagnosis standing for what a person did, a
goal that describes the harm going on. The rules are declared in
:mod:`soplab.coach.safety_rules`; the shared quoting helpers are in
:mod:`soplab.coach.harmful`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .harmful import VIOLENCE, own, quote, side
from .reading import Commitment, Reading

__all__ = ["concrete", "continued_harm", "label_as_behaviour", "services_only"]


# --- services instead of behaviour --------------------------------------------
_VAGUE_ONLY = re.compile(
    r"^(?:(?:try(?: to)?|really|always|also|just|start to|learn to)\s+)*(?:do|be|get|behave|act|"
    r"parent|become|make|keep|improve|change|work on)\b(?:\s+(?:things|everything|it|the "
    r"family|the kids|the children|things))?(?:\s+(?:much|a lot|even|more|\w+ly))?"
    r"(?:\s+(?:better|well|good|safe|safer|right|okay|fine|appropriately|properly|"
    r"responsibl\w*|changes?|better choices|good choices|the right thing|a (?:better|good|safe) "
    r"(?:parent|mum|mom|dad|father|mother|person)|(?:their|his|her) best|(?:his|her|their) "
    r"(?:parenting|behaviou?r|life|ways)|safe(?:ty)?))?\s*$", re.I)


def concrete(r: Reading, words: str) -> bool:
    """A behaviour someone could see: not a service, not only "do better" or "be safe"."""
    words = words.strip(" .,;")
    if not words or _VAGUE_ONLY.match(words):
        return False
    if r.p.lexicon.terms["services"].find(words):
        return False
    vague = r.p.lexicon.terms["vague"].find(words)
    rest = words
    for _, m in reversed(vague):
        rest = rest[:m.start()] + rest[m.end():]
    return len(rest.split()) >= 2 or (len(rest.split()) == 1 and not vague)


def services_only(r: Reading) -> str:
    """A goal or plan made of services ("attends anger management weekly", "attends a
    parenting class") with no behaviour someone could see."""
    found = r.p.lexicon.terms["services"].find(r.text)
    if not found:
        return ""
    if any(not c.negated and concrete(r, c.phrase) for c in _adult_commitments(r)):
        return ""
    m = found[0][1]
    return quote(r, m.start(), m.end(), 12)


def _adult_commitments(r: Reading) -> Iterator[Commitment]:
    for c in r.caregiver_commitments:
        if not r.child_like(c.subject):
            yield c


# --- labels used as behaviour ------------------------------------------------------
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|a|an|because(?: of)?|"
                        r"due to|as|seems?|very|so|too|being|called|labelled|labeled)\s+"
                        r"(?:(?:an?|the|very|so|really|quite|severely|chronically|extremely)\s+)?$",
                        re.I)
_LABEL_ACTS = re.compile(r"\b(?:failed to protect|failure to protect|neglect(?:ed|ing|s)\b|"
                         r"(?:is|are|was|were) (?:being )?neglectful)", re.I)
_CHARACTER = {"lazy", "selfish", "irresponsible", "careless", "uncaring", "manipulative", "crazy",
              "deadbeat", "negligent", "bad mother", "bad father", "bad parent", "bad parents",
              "terrible parent", "terrible parents", "unfit"}


def label_as_behaviour(r: Reading) -> str:
    """A label, diagnosis or judgement standing where the behaviour should be ("Mom is
    an alcoholic", "Dad is neglecting the kids", "Thanh failed to protect")."""
    m = _LABEL_ACTS.search(r.text)
    if m:
        return quote(r, m.start(), m.end(), 12)
    found = [(e, m) for e, m in r.p.lexicon.terms["jargon"].find(r.text)
             if e.category in ("label", "diagnosis")]
    found += [(e, m) for e, m in r.p.lexicon.terms["judgement"].find(r.text)
              if m.group(0).lower() in _CHARACTER]
    for _, m in sorted(found, key=lambda em: em[1].start()):
        if _PREDICATE.search(r.text, max(0, m.start() - 30), m.start()):
            return quote(r, m.start(), m.end(), 12)
    return ""


# --- a goal that describes the harm going on ------------------------------------
_GOES_ON_HARM = re.compile(
    r"^(?:(?:keep|continue|carry on|go on|still)\s+(?:to\s+)?(?:\w+\s+)?)?(?:push|shov|hit|slap|"
    r"punch|kick|chok|strangl|grab|threaten|beat|hurt|smack|yell|scream|shout|swear|"
    r"put (?:her|him|them) down|call (?:her|him|them) names|isolat|control)\w*\b", re.I)
_GOES_ON = re.compile(r"^(?:keep|continue|carry on|go on|still)\b", re.I)


def continued_harm(r: Reading) -> str:
    """A goal or plan step that describes the harm going on ("Minh will keep pushing
    Thanh for six months, and Phuoc will see this")."""
    for c in r.commitments:
        if c.negated or side(r, c.subject) != "adult":
            continue
        m = _GOES_ON_HARM.match(c.phrase)
        if m and (_GOES_ON.match(c.phrase) or VIOLENCE.match(c.phrase)):
            return own(c)
    return ""
