"""The partner he hurts made the one who sees to it that he keeps his promise, told in a
frame other than her own "will" (rule ``dv-survivor-monitors``, declared in
:mod:`soplab.coach.safety_rules`), read from the ``oversee`` and ``tell_on`` cue groups of
``data/lexicon/cues.csv``:

- :func:`partner_oversees`: her act of seeing to it (``oversee``: "check", "make sure",
  "confirm", "vouch") as a gerund after "with" ("with Thanh checking that he sticks to
  it"), as a duty laid on her ("Thanh is responsible for making sure he goes", "it is
  Mum's job to check that Dad ..."), or as what she does, with nothing but a time after it
  ("Thanh confirms monthly"), where what it is about is him.
- :func:`asks_her_to_report`: a question that asks "you" to pass on to the worker, or keep
  a record of, what he does ("could you ring to tell us whenever Minh loses it", "can you
  keep track for me of which nights Minh had been drinking").

Not these: a network person or the worker who sees to it ("with Uncle Bao checking in
every week"), her own safety or the children's as what she checks ("with Thanh making sure
the kids are in bed"), and a question about who she could call for her own help.
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    TOWARD_HER,
    Later,
    adults_in,
    dv_context,
    gender,
    quote,
    sentence_span,
    side,
    violence_to_adults,
)
from .harmful_fault import cue_pattern
from .reading import Reading

__all__ = ["asks_her_to_report", "partner_oversees"]

#: A person named where she is the doer: a name, or a family word ("Mum", "his wife").
_WHO = (r"(?P<who>(?:(?:Mrs|Ms|Miss)\.?\s+)?(?-i:[A-Z][\w-]+)|(?:his\s+|the\s+)?(?:wife|"
        r"partner|girlfriend|mum|mom|mother))")
#: The frames that lay the seeing-to-it on her, up to where the ``oversee`` verb begins.
_WITH = Later(r"\bwith\s+" + _WHO + r"\s+(?:(?:also|then|always|herself|\w+ly)\s+)?(?=\w+ing\b)",
              re.I)
_DUTY = (Later(r"\b" + _WHO + r"\s+(?:is|will\s+be|to\s+be|would\s+be|being|remains|'s)\s+"
               r"(?:\w+\s+)?(?:responsible|in\s+charge|accountable|tasked|charged)\s+(?:for|with)"
               r"\s+", re.I),
         Later(r"\b(?:it\s+is|it's|it\s+will\s+be)\s+" + _WHO + r"'s\s+(?:job|role|"
               r"responsibility|task|duty)\s+to\s+", re.I),
         Later(r"\b" + _WHO + r"'s\s+(?:job|role|responsibility|task|duty)\s+(?:is|will\s+be)"
               r"\s+to\s+", re.I))
#: Her act, with nothing but a time or "that he ..." after it: "Thanh confirms monthly".
_DOES = Later(r"(?:^|[;:.]\s*|\b(?:and|while)\s+)" + _WHO + r"\s+(?:will\s+|to\s+|can\s+)?"
              r"(?=\w+\s*(?:\w+\s*)?(?:[.;,]|$|(?:each|every|once|twice|weekly|monthly|daily|"
              r"fortnightly|nightly|regularly)\b|that\s+(?:he|it|this)\b))", re.I)
#: What follows the verb: him, what he does, or his promise ("that he sticks to it",
#: "he goes to Phuoc's", "Minh's temper").
_HIM_AFTER = Later(r"\s*(?:(?:that|whether|if)\s+)?(?:(?P<pron>he|him|his|it|this)\b|"
                   r"(?P<name>(?-i:[A-Z][\w-]+))(?:'s)?\b)", re.I)
#: Nothing after the verb but a time: "confirms monthly", "checks every week".
_ONLY_TIME = Later(r"\s*(?:(?:each|every|once|twice|a)\s+\w+|weekly|monthly|daily|fortnightly|"
                   r"nightly|regularly)?\s*(?:[.;,]|$)", re.I)


def _actors(r: Reading) -> set[str]:
    return {a.lower() for a, _ in violence_to_adults(r) if a}


def _her(r: Reading, who: str) -> bool:
    """``who`` is the partner he hurts: an adult of the family (not the network, not a
    professional), not the one who uses violence, and not a man."""
    return (side(r, who) == "adult" and gender(who) != "he"
            and who.lower() not in _actors(r) and not r.is_child(who))


def _him_named(r: Reading, who: str) -> list[str]:
    """The adults of the other side of the couple: named, of another gender than her."""
    return [n for n in adults_in(r, 0, len(r.text), who)
            if not n.endswith("'s") and gender(n) == "he" and n != who]


def partner_oversees(r: Reading) -> str:
    """Her act of seeing to it that he keeps his promise, in a "with", duty or bare frame
    ("with Thanh checking that he sticks to it", "Thanh is responsible for making sure he
    goes to Phuoc's", "Thanh confirms monthly")."""
    oversee = cue_pattern(r, "oversee")
    if oversee is None or not (dv_context(r) or TOWARD_HER.search(r.text)):
        return ""
    for frame, bare in ((_WITH, False), *((d, False) for d in _DUTY), (_DOES, True)):
        for m in frame.finditer(r.text):
            who = m.group("who")
            verb = oversee.match(r.text, m.end())
            if not verb or not _her(r, who):
                continue
            if frame is _WITH and not verb.group(0).split()[0].lower().endswith("ing"):
                continue
            him = _him_named(r, who)
            after = _HIM_AFTER.match(r.text, verb.end())
            about = bool(after and (after.group("pron") or after.group("name") in him))
            if him and (about or bare and _ONLY_TIME.match(r.text, verb.end())):
                end = after.end() if about else verb.end()
                return quote(r, m.start("who"), end)
    return ""


#: The addressee named first: "Thanh, ...", "Minh - ...".
_VOCATIVE = Later(r"^\s*(?P<to>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)\s*[,:\u2014-]")
#: What he does, as what she is to pass on: "whenever Minh loses it", "which nights Minh had
#: been drinking", "when he drinks", "his drinking".
_HIS_DOING = Later(r"\b(?:when|whenever|if|every\s+time|any\s+time|each\s+time|which|what)\s+"
                   r"(?:(?:nights?|days?|times?|evenings?|weekends?|mornings?)\s+)?"
                   r"(?P<him>(?-i:[A-Z][\w-]+)|he|your\s+(?:husband|partner|boyfriend))\b"
                   r"|\b(?P<his>his|(?-i:[A-Z][\w-]+)'s)\s+(?:drinking|temper|moods?|yelling|"
                   r"shouting|behaviou?r|outbursts?)\b", re.I)


def asks_her_to_report(r: Reading) -> str:
    """A question that asks "you" to pass on to the worker, or keep a record of, what
    he does ("could you ring to tell us whenever Minh loses it")."""
    if "?" not in r.text:
        return ""
    tell = cue_pattern(r, "tell_on")
    if tell is None:
        return ""
    voc = _VOCATIVE.match(r.text)
    to = voc.group("to") if voc else ""
    if to and (side(r, to) in ("network", "professional", "child") or gender(to) == "he"):
        return ""  # put to the network, a child or him: not her
    for you in re.finditer(r"\byou\b", r.text, re.I):
        s, e = sentence_span(r.text, you.start())
        for m in tell.finditer(r.text, you.end(), min(e, you.end() + 60)):
            doing = _HIS_DOING.search(r.text, m.end(), min(e, m.end() + 60))
            if not doing:
                continue
            him = doing.group("him") or re.sub(r"'s$", "", doing.group("his") or "")
            if him.lower() in {"he", "his"} or him.lower().startswith("your") or (
                    side(r, him) == "adult" and gender(him) == "he"
                    and him.lower() != to.lower()):
                return quote(r, you.start(), doing.end())
    return ""
