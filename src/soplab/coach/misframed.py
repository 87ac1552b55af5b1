"""Detectors for goals and plans that are not behaviour, and for labels: a plan made
of services, "do better", a label or diagnosis standing for what a person did, a
goal that describes the harm going on. The rules are declared in
:mod:`soplab.coach.safety_rules`; the shared quoting helpers are in
:mod:`soplab.coach.harmful`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .goalstates import services_in
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


#: Words that name no behaviour anyone could see on their own.
_GENERIC = set("""
a an the of to and or in on at for with her his their them him she he they it its all any
be do does did done get make made keep show shows demonstrate demonstrates maintain provide
ensure ensures engage participate complete attend follow comply improve change try start
continue learn work become behave act parent parenting supervision care safety safe safer
better well good right properly appropriately adequately adequate appropriate proper
children kids child family home house things everything always more much very really
them programme programmes program programs course courses class classes session sessions
meeting meetings appointment appointments group groups go going clinic centre center
arrangement arrangements support services service needs plan plans
""".split())


_NEXT_PROMISE = re.compile(r",?\s+(?:and|but|so|while)\s+(?:[\w']+\s+){0,3}?(?:will|must|should|"
                           r"can|is going to|are going to)\b", re.I)


def concrete(r: Reading, words: str) -> bool:
    """A behaviour someone could see: not a service, not only "do better", "be safe" or
    "demonstrate adequate supervision"."""
    words = _NEXT_PROMISE.split(words, maxsplit=1)[0].strip(" .,;")  # this promise only
    if not words or _VAGUE_ONLY.match(words):
        return False
    if _GOES_ON_HARM.match(words) and (_GOES_ON.match(words) or VIOLENCE.match(words)):
        return False  # "keep pushing Thanh" is the harm, not a behaviour to build on
    services = r.p.lexicon.terms["services"].find(words)
    rest = words
    spans = [m.span() for _, m in r.p.lexicon.terms["vague"].find(words) + services]
    spans += [m.span() for rx in (r.p.duration, r.p.plan_time) for m in rx.finditer(words)]
    for start, end in sorted(spans, reverse=True):  # how long and when are no behaviour
        rest = rest[:start] + " " + rest[end:]
    # names say who, not what: "ensure appropriate childcare arrangements for Sara" is empty
    content = [w for w in re.findall(r"[A-Za-z']+", rest)
               if w.lower() not in _GENERIC and not w[0].isupper()]
    if services:  # "go to therapy on Tuesdays" is still the service
        return len(content) >= 3
    return bool(content)


def services_only(r: Reading) -> str:
    """A goal or plan made of services ("attends anger management weekly", "attends a
    parenting class") with no behaviour someone could see."""
    found = services_in(r, r.text)  # "meds out of reach" is a safe home, not a service
    if not found:
        return ""
    if any(not c.negated and concrete(r, c.phrase) for c in _adult_commitments(r)):
        return ""
    if any(not a.negated and not services_in(r, a.phrase)
           and (a.presence or concrete(r, a.phrase)) for a in r.present_acts):
        return ""  # "an awake adult watches Tommy ...": a behaviour told without "will"
    m = found[0]
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
_LABEL_ACTS = re.compile(r"\b(?:(?:engaged in|perpetrated|committed|exposed (?:\w+ ){0,2}to) "
                         r"(?:an? )?(?:acts? of |incidents? of )?(?:domestic (?:violence|abuse)|"
                         r"DV|neglect|abuse)|"
                         r"fail(?:ed|s)? to (?:protect|supervise|watch|keep \w+ safe)|"
                         r"failure to (?:protect|supervise)|lack of supervision|inadequate "
                         r"supervision|neglect(?:ed|ing|s)\b|(?:is|are|was|were) (?:being )?"
                         r"neglectful|mental health (?:issues|problems)|protective capacit\w+|"
                         r"(?:experience|suffer|suffered|experienced) neglect|"
                         r"(?:\w+\s+){0,2}(?:use|depressive|personality|hoarding|anxiety|"
                         r"bipolar|mood|eating) disorder|(?:is|are|was|were|has been|have been)"
                         r"\s+(?:very\s+|severely\s+|clinically\s+)?depressed)\b", re.I)
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
