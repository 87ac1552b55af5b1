"""Fault told in general word classes (rules ``child-blamed`` and ``label``, declared in
:mod:`soplab.coach.safety_rules`), read from two cue groups of ``data/lexicon/cues.csv``:

- ``care_lapse``: a lapse in watching someone ("let him out of his sight", "took her eyes
  off him", "turned his back", "left him alone"). With a child as its doer and another
  child's harm in the same sentence, the child is made the one at fault.
- ``fault``: a noun for a failing or a trait ("carelessness", "a lapse", "mistake").
  Owned by a person ("Kai's carelessness", "the mother's laziness", "his negligence") it
  is told as the cause: a child's is ``child-blamed``, an adult's a ``label``.
- ``substance`` + ``habit_noun`` ("Dad's vodka habit", "has an alcohol use problem") and
  ``label_attribute`` before a caregiver word ("the depressed mother"): a ``label``.

Not fault: what a child feels or thinks of himself ("Kai thinks it was his fault"), a
fault denied ("it was not Kai's fault", "no one blames Kai"), an adult's lapse told as it
is ("Renee left Tommy alone": her act, not a label), and a child's own day (asleep, at
school, in the shower).
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .harmful import VIOLENCE, quote, sentence_span, side, subject_before
from .lexicon import alternation
from .reading import Reading

__all__ = ["care_lapse", "cue_pattern", "fault_owned", "habit_owned", "own_hurt_blamed"]


@lru_cache(maxsize=16)
def _group(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(terms), re.I)


def cue_pattern(r: Reading, group: str) -> re.Pattern[str] | None:
    """A cue group of ``data/lexicon/cues.csv`` as one pattern (None if it is empty)."""
    terms = r.p.lexicon.cues.get(group, ())
    return _group(tuple(terms)) if terms else None


#: A denial or relief just before: "it wasn't Kai's fault", "no one blames Kai for".
_DENIED = re.compile(r"(?:\b(?:not|never|no|nobody|none)\b|n't)\s+(?:\w+\s+){0,4}$", re.I)
#: A person's own view of himself: "Kai thinks it was his fault", "Kai feels he let him".
_VIEW = re.compile(r"\b(?:feels?|felt|thinks?|thought|believes?|believed|blames?|blamed|says?|"
                   r"said|told|tells|worries|worried|fears?|feared|cries|cried|is\s+scared)\b",
                   re.I)
_AGE = re.compile(r"\s*(?:\(\s*\d{1,2}\s*\)?|,\s*\d{1,2}\s*,)")


def _is_child(r: Reading, who: str) -> bool:
    who = _AGE.sub("", who).strip()
    return bool(who) and (side(r, who) == "child" or side(r, who.title()) == "child")


def _own_view(r: Reading, start: int, pos: int, who: str) -> bool:
    """``who`` tells it of himself: a view verb between the sentence's start and ``pos``
    after ``who`` is named in it, or just after "he"/"she" ("Sam (12) told the worker he
    thinks it was his fault", "Sam is carrying the guilt and believes it was his fault")."""
    name = _AGE.sub("", who).split()[-1].lower() if who.strip() else "?"
    for v in _VIEW.finditer(r.text, start, pos):
        before = r.text[start:v.start()]
        if name in re.findall(r"[\w'-]+", before.lower()) or re.search(
                r"\b(?:he|she)\s+(?:\w+\s+)?$|\b(?:himself|herself)\b", before, re.I) or any(
                side(r, w) == "child" for w in re.findall(r"\b[A-Z][\w-]+", before)):
            return True
    return False


def _other_child(r: Reading, s: int, e: int, skip: tuple[int, int]) -> bool:
    """Another child than the one at ``skip`` is named in ``s``..``e``, or a hurt is told."""
    rest = r.text[s:skip[0]] + " " * (skip[1] - skip[0]) + r.text[skip[1]:e]
    names = [w for w in re.findall(r"\b[A-Z][\w-]+", rest) if side(r, w) == "child"]
    return bool(names or r.child_ref.search(rest) or r.p.impact.search(rest)
                or VIOLENCE.search(rest))


#: The one left, in the passive: "Tommy is never left alone", "could be hurt, left alone".
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+"
                      r"(?:\w+,?\s+(?:or\s+|and\s+)?){0,2}$", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|was|were|are|gets?|got|(?:has|had)\s+been)\s+$", re.I)
_AGES = re.compile(r"\(\s*\d{1,2}\s*\)")
_AGED_NAME = re.compile(r"\b(?P<who>[A-Z][\w-]+)\s*\(\s*\d{1,2}\s*\)\s*$")


def _aged_before(r: Reading, pos: int) -> tuple[str, int] | None:
    """"Sam (12) left ...": the name with its age just before ``pos``."""
    m = _AGED_NAME.search(r.text, max(0, pos - 40), pos)
    return (m.group("who"), m.start("who")) if m else None


def care_lapse(r: Reading) -> str:
    """A child as the doer of a lapse in watching another child ("Tommy got the pills when
    Kai let him out of his sight", "because his sister (12) took her eyes off him")."""
    terms = r.p.lexicon.cues.get("care_lapse", ())
    plain = _AGES.sub(lambda a: " " * len(a.group(0)), r.text)  # "let Leo (2) play with"
    for m in _group(tuple(terms)).finditer(plain) if terms else ():
        too = m.group(0).lower().startswith("too")  # "Sam was too busy to notice"
        if not too and _PASSIVE.search(plain, max(0, m.start() - 24), m.start()):
            continue  # "Tommy (2) is never left alone": the one left, not the one leaving
        be = _BE_BEFORE.search(plain, max(0, m.start() - 16), m.start())  # "Sam was too busy"
        at = be.start() if be and too else m.start()
        who = subject_before(r, at) or _aged_before(r, at)
        if not who or not _is_child(r, who[0]):
            continue
        s, e = sentence_span(r.text, m.start())
        if _DENIED.search(r.text, max(s, who[1] - 40), who[1]) or _own_view(
                r, s, m.start(), who[0]):
            continue  # "not because Kai looked away", "Kai feels he let him out of his sight"
        if _other_child(r, s, e, (who[1], m.end())):
            return quote(r, who[1], m.end(), 14)
    return ""


#: A person's own fault noun: "Kai's carelessness", "the 13-year-old's lapse", "his mistake".
_OWNER = (r"(?P<owner>\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:the\s+)?(?:\d{1,2}[- ]?(?:year[- ]old|yo)|"
          r"[A-Za-z]+))(?:\s*\(\s*\d{1,2}\s*\))?(?:'s|s'|\u2019s)|\b(?P<pron>his|her|their)")


@lru_cache(maxsize=8)
def _owned_fault(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:" + _OWNER + r")\s+(?:[a-z]+\s+)?(?P<what>" + alternation(terms)
                      + r")", re.I)


def fault_owned(r: Reading, whose: str) -> str:
    """A fault noun owned by a child (``whose`` = "child") or an adult ("adult")."""
    terms = r.p.lexicon.cues.get("fault", ())
    for m in _owned_fault(tuple(terms)).finditer(r.text) if terms else ():
        owner = m.group("owner") or ""
        if m.group("pron"):  # the person last named before it
            named = [w.group(0) for w in re.finditer(r"\b[A-Z][\w-]+", r.text[:m.start()])
                     if side(r, w.group(0)) in ("adult", "child")]
            owner = named[-1] if named else ""
        if not owner or r.p.professional_word.search(owner):
            continue
        child = _is_child(r, owner) or bool(re.match(r"(?:the\s+)?\d", owner))
        if ("child" if child else "adult" if side(r, owner) == "adult" else "") != whose:
            continue
        s, _ = sentence_span(r.text, m.start())
        if _DENIED.search(r.text, max(s, m.start() - 40), m.start()) or _own_view(
                r, s, m.start(), owner):
            continue  # "it was not Kai's fault", "Kai thinks it was his fault"
        return quote(r, m.start(), m.end(), 12)
    return ""


#: The person's own word for it: "Dad says he has a drinking problem", "told us her pill habit".
_HIS_WORD = re.compile(r"\b(?:says?|said|tells?|told|shares?|shared|admits?|admitted|explains?|"
                       r"explained|reports?|reported|describes?|described)\s+(?:\w+\s+){0,3}?"
                       r"(?:that\s+)?(?:he|she|his|her|they|their|I|my)\b[^.;!?]*$", re.I)


@lru_cache(maxsize=8)
def _habit(substance: tuple[str, ...], noun: tuple[str, ...], attribute: tuple[str, ...],
           carer: tuple[str, ...]) -> re.Pattern[str]:
    what = alternation(substance) + r"(?:\s+use)?\s+" + alternation(noun)
    return re.compile(
        r"(?:(?:" + _OWNER + r")|\b(?P<has>has|have|had|with)\s+(?:an?|some|a\s+\w+)?)\s+"
        r"(?:[a-z]+\s+)?(?P<what>" + what + r")"
        r"|\b(?:the|a|an|this|her|his|their)\s+(?P<attr>" + alternation(attribute) + r")\s+"
        r"(?P<carer>" + alternation(carer) + r")", re.I)


def habit_owned(r: Reading) -> str:
    """A use made a condition and owned by an adult ("Mr. Price's wine problem", "Mom has a
    pill habit"), or a condition used as a caregiver's description ("the alcoholic father"),
    unless it is the person's own word ("Dad says he has a drinking problem")."""
    cues = r.p.lexicon.cues
    groups = tuple(tuple(cues.get(g, ())) for g in ("substance", "habit_noun", "label_attribute",
                                                     "caregiver"))
    if not all(groups):
        return ""
    for m in _habit(*groups).finditer(r.text):
        s, _ = sentence_span(r.text, m.start())
        if m.group("attr"):
            pass  # "the depressed mother": the caregiver word names the adult
        elif m.group("has"):
            who = subject_before(r, m.start())
            if not who or side(r, who[0]) != "adult":
                continue  # "the family has a drinking problem"? no one named: left alone
        else:
            owner = m.group("owner") or ""
            if m.group("pron"):
                named = [w.group(0) for w in re.finditer(r"\b[A-Z][\w-]+", r.text[:m.start()])
                         if side(r, w.group(0)) in ("adult", "child")]
                owner = named[-1] if named else ""
            if not owner or side(r, owner) != "adult" or _is_child(r, owner):
                continue
        if _HIS_WORD.search(r.text, s, m.end()) or _DENIED.search(r.text, max(s, m.start() - 30),
                                                             m.start()):
            continue  # "Dad says he has a drinking problem", "not a drug problem"
        return quote(r, m.start(), m.end(), 12)
    return ""


#: A hurt told in the sentence ("got cut", "was hurt", "needed stitches").
_HURT = re.compile(r"\b(?:hurt|cut|injur\w*|stitch\w*|bruis\w*|burn(?:ed|t)|harm\w*|bleed\w*|"
                   r"bled|wound\w*|fell|broke)\b", re.I)


def own_hurt_blamed(r: Reading) -> str:
    """A child's own act told as her fault for her own hurt ("Vy got cut because she
    interfered", "Vy cut her hand after she got involved in the fight")."""
    terms = r.p.lexicon.cues.get("meddle", ())
    for m in _group(tuple(terms)).finditer(r.text) if terms else ():
        s, e = sentence_span(r.text, m.start())
        who = subject_before(r, m.start())
        said = re.search(r"\b(?:she|he)\s+(?:\w+\s+)?$", r.text[max(s, m.start() - 20):m.start()],
                         re.I)
        if said:  # "she": the child last named in the sentence
            kids = [w for w in re.findall(r"\b[A-Z][\w-]+", r.text[s:m.start()])
                    if side(r, w) == "child"]
            who = (kids[-1], s) if kids else None
        if not who or not _is_child(r, who[0]):
            continue
        between = r.text[who[1] + len(who[0]):m.start()]
        if re.search(r"\b(?:not|never|no\s+longer)\b|n't", between, re.I) and not re.search(
                r"n't|\bnot\b", m.group(0)) or _DENIED.search(r.text, max(s, who[1] - 40), who[1]):
            continue  # "Vy will not have to get involved", "it is not because she interfered"
        if _HIS_WORD.search(r.text, s, m.start()) or _VIEW_OF_HERS.search(between):
            continue  # "Vy says she got involved to protect her mum": her own account
        if _HURT.search(r.text, s, e) or VIOLENCE.search(r.text, s, e):
            return quote(r, who[1], m.end(), 14)
    return ""


_VIEW_OF_HERS = re.compile(r"\b(?:says?|said|told|tells|feels?|felt|thinks?|thought)\b", re.I)
