"""What she or a child told in private, named as theirs, in shapes the named-teller reading
of :mod:`soplab.coach.harmful_source` does not see (rule ``dv-source-exposed``, declared in
:mod:`soplab.coach.safety_rules`):

- :func:`pronoun_teller`: the teller as "she" (or "he"), standing for the partner he hurts
  or a child named before ("when I saw Mum alone she told me it had happened before").
- :func:`told_in_relative`: what he does, as a noun with her telling of it as a relative
  clause ("the shoving Mum has told us about", "the drinking that Fatima mentioned").
- :func:`told_in_question`: a question put to him that names what she or a child said
  ("Colin, Dana told me about the other times, so ...", "Dad, Mia says ... you ...").

Not these: his own words ("he says it was one bad night"), what she told the police (a
public record), the network's or the worker's words, and a question that gives her back
her own words ("you told me some mornings go right").
"""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    VIOLENCE,
    Later,
    dv_context,
    gender,
    quote,
    sentence_span,
    side,
    violence_to_adults,
)
from .harmful_fault import cue_pattern
from .reading import Reading

__all__ = ["pronoun_teller", "told_in_question", "told_in_relative"]

#: Verbs that tell what someone said (past and present).
_TELL = (r"(?:told|tells|said|says|disclosed|discloses|shared|shares|admitted|admits|"
         r"confided|confides|mentioned|mentions|revealed|reveals|described|describes|"
         r"explained|explains|reported|reports|let\s+(?:us|me)\s+know|opened\s+up)")
#: "she told me", "she has also said", not "she told the police".
_SHE_TOLD = Later(r"\b(?P<p>she|he)\s+(?:(?:also|later|then|privately|quietly|has|had|first|"
                  r"finally|eventually|even)\s+)*(?P<v>" + _TELL + r")\b(?!\s+(?:the\s+)?"
                  r"(?:police|officers?|deputies|deputy|911|PD|court|judge)\b)", re.I)
#: What is told is him or his violence: "it had happened before", "this was not the first
#: time", "he drinks", "Dad pushed her".
_OF_HIM = Later(r"\b(?:he|him|his)\b|\b(?:it|this|that)\s+(?:had|has|was|is|'s)\s+(?:\w+\s+)?"
                r"(?:happened|not\s+the\s+first|the\s+(?:second|third|fourth)|before|"
                r"going\s+on)|\b(?:before|again|times|first\s+time)\b", re.I)


def _actors(r: Reading) -> set[str]:
    return {a.lower() for a, _ in violence_to_adults(r) if a}


def _teller(r: Reading, who: str) -> bool:
    """``who`` is one whose private word is hers or a child's: a child, or an adult of the
    family (not the network, not a professional) who is not the one who uses violence."""
    who = re.sub(r"(?:'s|\u2019s)$", "", who.strip())
    s = side(r, who)
    return s == "child" or (s == "adult" and who.lower() not in _actors(r)
                            and gender(who) != "he")


def pronoun_teller(r: Reading) -> str:
    """"she told me ..." where "she" is the partner he hurts or a child named before."""
    if not dv_context(r):
        return ""
    for m in _SHE_TOLD.finditer(r.text):
        named = [n.group(0) for rx in (r.p.name_re, r.p.caregiver_word)
                 for n in rx.finditer(r.text, 0, m.start())]
        named = sorted(named, key=lambda n: r.text.rfind(n, 0, m.start()))
        same = [n for n in named if gender(n) == m.group("p").lower()]
        if not same or not _teller(r, same[-1]):
            continue
        _, e = sentence_span(r.text, m.start())
        if _OF_HIM.search(r.text, m.end(), e):
            return quote(r, m.start(), m.end())
    return ""


#: A noun, then her telling of it as a relative clause: "the shoving Mum has told us about",
#: "the beers that Thanh mentioned".
_RELATIVE = Later(r"\b(?:the|any|all|those|these|that)\s+(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                  r"(?:that\s+|which\s+)?(?P<who>(?-i:[A-Z][\w-]+)|(?:his\s+)?(?:wife|partner|"
                  r"mum|mom|mother))(?:\s*\(\d{1,2}\))?\s+"
                  r"(?:(?:has|had|have|also|already|often|first)\s+)*"
                  r"(?:told\s+(?:us|me|you|the\s+\w+)\s+(?:about|of)|talked\s+(?:to\s+\w+\s+)?"
                  r"about|spoke\s+(?:to\s+\w+\s+)?(?:of|about)|mentioned|described|disclosed|"
                  r"reported|shared|raised|brought\s+up|complained\s+(?:of|about)|confided)\b",
                  re.I)
#: What he does as a noun: the violence, his voice, drinking and its drink, how often.
_CONDUCT = Later(r"\b(?:yell\w*|shout\w*|scream\w*|swear\w*|temper|rages?|outbursts?|"
                 r"incidents?|episodes?|times|threats?|violence|name-calling|drunk\w*)\b", re.I)


def told_in_relative(r: Reading) -> str:
    """What he does, told as what she (or a child) has told of it."""
    substance = cue_pattern(r, "substance")
    for m in _RELATIVE.finditer(r.text):
        what = m.group("what")
        words = [w[:-1] if w.lower().endswith("s") and len(w) > 3 else w for w in what.split()]
        conduct = bool(VIOLENCE.search(what) or _CONDUCT.search(what) or substance and any(
            substance.fullmatch(w) for w in words))
        if conduct and _teller(r, m.group("who")) and (
                dv_context(r) or any(gender(n.group(0)) == "he"
                                     for n in r.p.name_re.finditer(r.text))):
            return quote(r, m.start(), m.end())
    return ""


#: The addressee named first: "Colin, ...", "Dad - ...".
_VOCATIVE = Later(r"^\s*(?P<to>(?-i:[A-Z][\w-]+))\s*[,:\u2014-]")
#: A teller before a telling verb: "Dana told me", "Mia says", "your wife said".
_NAMED_TOLD = Later(r"\b(?P<who>(?-i:[A-Z][\w-]+)|(?:your|the)\s+(?:wife|partner|girlfriend|"
                    r"daughter|son|kids?|children))(?:\s*\(\d{1,2}\))?\s+"
                    r"(?:(?:has|had|also|once)\s+)*" + _TELL + r"\b", re.I)
#: What was told is his conduct, or how often ("the other times", "after you've been yelling").
_OF_YOU = Later(r"\b(?:times|before|again|happened|drink\w*|drunk|yell\w*|shout\w*|scream\w*|"
                r"hit\w*|push\w*|shov\w*|temper|ang(?:er|ry)|scared|afraid|frightened|hurt)\b",
                re.I)


def told_in_question(r: Reading) -> str:
    """A question put to him (named first) that names what she or a child said of him."""
    if "?" not in r.text:
        return ""
    voc = _VOCATIVE.match(r.text)
    to = voc.group("to") if voc else ""
    if not to or side(r, to) != "adult" or gender(to) != "he":
        return ""  # put to her, the network or nobody named: not him
    for m in _NAMED_TOLD.finditer(r.text, voc.end()):
        who = m.group("who")
        if who == to or not (_teller(r, who) or re.match(r"(?:your|the)\s", who, re.I)):
            continue
        _, e = sentence_span(r.text, m.start())
        if _OF_YOU.search(r.text, m.end(), e):
            return quote(r, m.start(), m.end())
    return ""
