"""What a goal says of the child and of things, told as people write it (issue 21,
generalisation; the doers are read in :mod:`soplab.coach.goalacts`):

* :func:`child_experience` - what the child lives, as the child's present, a note or a
  wish: "Vy and Bao feel peaceful", "twins safe to crawl", "Kai back in school",
  "Kids: not scared", "so the kitchen is a good place for the baby to crawl";
* :func:`noted_state` - a thing kept safe with the doer unsaid: "glass swept, spoiled
  food out", "meds out of reach";
* :func:`services_in` - the services named, less things only put away ("meds in a
  lockbox" is a safe home, not a treatment);
* :func:`rota` - a schedule of who has the children on which days (a plan's, not a goal's).
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from . import lazyre as re
from .goalacts import CLAUSE_START, NOT_A_VERB, TIME_LEAD
from .grammar import LIST_WORDS, ci, parts
from .patterns import LazyPattern
from .text import phrase

if TYPE_CHECKING:  # pragma: no cover - types only
    from .patterns import Patterns

__all__ = ["A_ROLE", "child_experience", "general_help", "noted_state", "rota", "services_in",
           "vague_state"]

_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Miss)\b")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr)\.\s+$")
_STORED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:out of (?:\w+\s+)?reach|locked|lock-?box|"
                           r"up high|(?:put|kept|stored|tucked)\s+(?:away|up|high)|in a "
                           r"(?:\w+\s+)?(?:box|cupboard|cabinet|safe))", re.I)
_STORED_BEFORE = re.compile(r"\b(?:lock(?:s|ed)?(?:\s+up|\s+away)?|keep(?:s)?|kept|put(?:s)?"
                            r"\s+away|store(?:s|d)?|hide(?:s)?|hidden)\s+(?:(?:the|all|any|"
                            r"her|his|their|of)\s+){0,2}$", re.I)


@lru_cache(maxsize=8)
def _grammar(p: Patterns) -> SimpleNamespace:
    """The child patterns for one lexicon (built once, compiled when first used)."""
    g = parts(p.lexicon)
    start, lead = CLAUSE_START, TIME_LEAD
    out = SimpleNamespace(
        # (also the child wished for: "she wants Sara never waiting", "to see Kai going")
        child=LazyPattern(rf"(?m)(?:{start}|(?<=\bso\s)|(?<=\bso\sthat\s)|(?<=\bwith\s)|"
                          rf"(?<=\bwants\s)|(?<=\bwant\s)|(?<=\bwanted\s)|(?<=\bsee\s)|"
                          rf"(?<=\bseeing\s)){lead}"
                          rf"(?P<c>{g.child_ref})(?:'s|,\s+who\s+[^,]{{1,30}},)?\s+"
                          rf"(?=(?P<rest>[^\n]*))"),
        for_child=LazyPattern(rf"\bfor\s+(?P<c>{g.child_ref})\s+to\s+(?P<verb>[a-z]+)\b"
                              rf"[^.;,\n]*"),
    )
    # "so the floor is clean for the twins", "so that home is a calm place for Kai"
    out.so_for = LazyPattern(rf"\bso\s+(?:that\s+)?(?P<body>[^.;,\n]{{0,60}}?)\s+for\s+"
                             rf"(?P<c>{g.child_ref})\b[^.;,\n]*")
    # what a child does on a safe day (the ``child_day`` cues, with -s/-es), going to
    # school or home, having (not "having to")
    day = "|".join(r"\s+".join([re.escape(t.split()[0]) + "(?:s|es|ing)?"]
                                + [re.escape(w) for w in t.split()[1:]])
                   for t in sorted(p.lexicon.cues.get("child_day", ()), key=len, reverse=True))
    out.lives = re.compile(rf"(?:{day})\b(?!\s+(?:hurt|harmed|between|into)\b)|(?:go|goes|"
                           r"going|get|gets|getting)\s+(?:to|back|home|off|out to|outside|ready|"
                           r"(?:his|her|their)\s+\w+)\b|(?:has|have|having)\b(?!\s+to\b)|(?:is|"
                           r"are)\s+doing\s+(?:well|better|fine|great)\b", re.I)
    out.for_child.needs = re.compile(r"(?i:\bfor\b)")
    out.so_for.needs = re.compile(r"(?i:\bso\b)")
    for rx in (out.child, out.for_child, out.so_for):  # a text with no list of people
        rx.without(g.list_tail, LIST_WORDS)
    return out


_CAN = re.compile(r"(?:(?:will|would|can|could|should|might|may|gets? to|is able to|are able "
                  r"to|be able to|able to|always|also|then|now|finally|again|each|both|all|"
                  r"(?:is|are) going to)\s+)*", re.I)
#: "not", "never", "no longer need to", "stop": what follows is spared ("not scared", "never
#: alone", "no hiding", "don't have to step in", "will stop wetting the bed").
_NO = re.compile(r"(?:(?:(?:is|are|be|feel|feels)\s+)?(?:not|never|no longer|no more|no|"
                 r"without)|aren't|isn't|won't be|don't feel|doesn't feel|stops?|(?:don't|"
                 r"doesn't|won't|do not|does not|will not|no longer)(?:\s+(?:have|has|need|needs)"
                 r"\s+to)?)\b", re.I)
#: A fear or a harm, after :data:`_NO`.
_FEAR = re.compile(r"\b(?:alone|by (?:her|him|them)sel\w+|on (?:her|his|their) own|hid\w*|"
                   r"step\w* in|worr\w*|wait\w*|"
                   r"scared|afraid|frightened|hurt|cut|hungry|hide|miss\w*|late|fear\w*)\b",
                   re.I)


def _spared(r, rest: str) -> bool:
    """``rest`` says what the child is spared: a negation, then a fear or a harm within a
    few words."""
    no = _NO.match(rest)
    if not no:
        return False
    near = " ".join(rest[no.end():].split()[:4])
    return bool(_FEAR.search(near) or r.p.impact.search(near))


#: The one told is a carer, whatever their name: "Minh will be a better father and husband".
A_ROLE = re.compile(r"\b(?:be|become|is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:father|mother|"
                     r"dad|mum|mom|parent|husband|wife|partner|carer|caregiver|grandparent|"
                     r"role model)s?\b", re.I)


def child_experience(r) -> str:
    """What the child lives, told as the child's present, a note or a wish: a child as
    the subject of a safe day ("Vy and Bao feel peaceful", "twins eat and crawl safely",
    "Kai goes to school"), of a state ("twins safe to crawl", "Kai back in school"), of a
    fear spared ("Kids: not scared", "Sara never alone after dark"), or "for the twins
    to play". Harm told of a child ("Vy could be hurt") is no experience."""
    g = _grammar(r.p)
    state = ci(r.p.lexicon.cue_regex("experience"))
    for m in g.child.finditer(r.text):
        if (not r.child_like(m.group("c")) or _TITLE.match(m.group("c"))
                or _TITLE_BEFORE.search(r.text, 0, m.start("c"))):
            continue  # "Ms. Nez will hear about it": a title names an adult
        rest = m.group("rest").lstrip("\"\u201c\u201d'")  # the child's words quoted
        rest = rest[_CAN.match(rest).end():]
        spared = _spared(r, rest)
        lives = (spared or g.lives.match(rest)
                 or re.match(rf"(?:(?:is|are|be|feel|feels|stay|stays|remain|remains|being|"
                             rf"get|gets)\s+)?(?:\w+\s+)?{state}", rest, re.I))
        if not lives:
            continue
        words = phrase(f"{m.group('c')} {_tail(m.group('rest'))}", 16)
        if _harmed(r, words) and not spared or A_ROLE.search(words):
            continue
        return words
    for m in g.so_for.finditer(r.text):
        if (r.child_like(m.group("c")) and re.search(state, m.group("body"), re.I)
                and not _harmed(r, m.group(0))):
            return phrase(m.group(0))
    for m in g.for_child.finditer(r.text):
        if r.child_like(m.group("c")) and g.lives.match(m.group("verb")) \
                and not _harmed(r, m.group(0)):
            return phrase(m.group(0))
    return ""


def _tail(rest: str) -> str:
    end = re.search(r"[.;,\n]", rest)
    return rest[:end.start()] if end else rest


def _harmed(r, words: str) -> bool:
    """What happens to a child that is harm, not a safe experience ("could be hurt")."""
    return bool(r.p.impact.search(words)) and not re.search(
        r"\b(?:never|not|no|no longer|without|safe|safely|out of|won't|don't|doesn't)\b",
        words, re.I)


def services_in(r, text: str) -> list[re.Match[str]]:
    """The services named in ``text``, less the things only put away: "meds out of
    reach", "lock up the medication" are a safe home, not a treatment."""
    out = []
    for _, m in r.p.lexicon.terms["services"].find(text):
        if _STORED_AFTER.match(text, m.end()) or _STORED_BEFORE.search(text, 0, m.start()):
            continue
        out.append(m)
    return out


_DAY = (r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|week-?ends?|weekdays?|"
        r"weeknights?|M-F|(?:the\s+)?other\s+days|(?:the\s+)?rest\s+of\s+the\s+week)")
_SLOT = re.compile(rf"(?i)\b{_DAY}(?:\s*[-/&]\s*{_DAY}|\s+(?:to|and|through)\s+{_DAY})?\b")


def rota(r) -> str:
    """A schedule of who has the children on which days ("Mon/Tue Lorraine takes Tommy;
    Wed-Fri Marie stays over"): two or more day slots. A rota is a plan's, not a goal's."""
    slots = list(_SLOT.finditer(r.text))
    if len({m.group(0).lower() for m in slots}) < 2:
        return ""
    return phrase(r.text[slots[0].start():slots[-1].end()], 16)


#: A thing and the state it is kept in, the doer left unsaid, as a note writes it: "glass
#: swept", "spoiled food out", "meds out of reach", "pills in a lockbox", "floor clear".
_NOTED_STATE = re.compile(
    r"(?m)(?:^|(?<=[.;:,]\s)|(?<=\band\s)|(?<=\bsee\s)|(?<=\bthat\s))(?P<thing>(?:(?:[Tt]he|"
    r"[Aa]ll|[Aa]ny|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s+"
    r"(?:(?:is|are|gets?|kept|stays?|always)\s+)?(?P<state>(?:swept|cleared|cleaned|picked|"
    r"thrown|tossed|binned|put|locked|stored|removed|wiped)(?:\s+(?:up|out|away|off))?|out of "
    r"(?:\w+\s+)?reach|up high|in (?:a |the )?(?:locked\s+)?(?:lock-?box|box|cupboard|cabinet|"
    r"safe)|out(?=\s*(?:[,;.\n]|$|daily|every|each))|clear(?:\s+of)?|clean|tidy)\b")


def noted_state(r) -> str:
    """A safe state of things with the doer unsaid, told as a note ("- daily: glass
    swept, spoiled food out"; "meds out of reach"): a goal's behaviour in the passive,
    which the expert's scale takes as complete. Not a person's state ("Kai out")."""
    for m in _NOTED_STATE.finditer(r.text):
        thing = m.group("thing")
        if thing.split()[0].lower() in NOT_A_VERB - {"the", "a", "an", "his", "her", "their",
                                                     "all", "any", "every"}:
            continue
        if r.p.person_word.search(thing) or r.p.child_word.search(thing):
            continue
        return phrase(m.group(0), 12)
    return ""


#: A state no one could check on a visit: "clean", "safe and sanitary", "free of hazards".
_VAGUE = (r"(?:clean|cleaner|tidy|tidier|neat|safe|safer|sanitary|hygienic|healthy|healthier|"
          r"appropriate|adequate|decent|orderly|nice|good|better|stable|hazard-free|"
          r"(?:free|clear) of (?:all )?(?:hazards|clutter|dangers?|risks?|mess))")
_VAGUES = rf"{_VAGUE}(?:\s*(?:,|and|or|&)\s*{_VAGUE})*"
#: What may follow the state: for whom, how often, how it is seen.
_VAGUE_TAIL = (r"(?:\s+(?:for|so|every|each|daily|at all times|all the time|as|"
               r"at (?:all|every|each)|"
               r"in (?:the|their) home)\b.*)?$")
_KEEP = (r"(?:keep|keeps|keeping|maintain|maintains|maintaining|have|has|provide|provides|"
         r"ensure|ensures)")
_VAGUE_STATE = re.compile(
    rf"^(?:.*?\b)?{_KEEP}\s+(?:(?:a|an|the|their|her|his)\s+)?(?:(?!and\b)[\w'-]+\s+){{0,3}}?"
    rf"{_VAGUES}{_VAGUE_TAIL}|^(?:.*?\b)?{_KEEP}\s+(?:(?:a|an|the|their|her|his)\s+)?{_VAGUES}"
    rf"\s+(?:(?!and\b)[\w'-]+\s*){{1,3}}?(?:\s+{_VAGUE})?{_VAGUE_TAIL}", re.I)


def vague_state(words: str) -> bool:
    """A goal's behaviour that only keeps a place in a vague state ("keep the floor clean",
    "maintain a safe and sanitary home free of hazards", "have a clean, safe kitchen"):
    thin for the expert, who wants the glass and the food named. A state with a thing
    named ("clean and clear of broken glass") or another deed ("and cook dinner") is not."""
    return bool(_VAGUE_STATE.match(words.strip(" .,;")))


#: Help told only in general: a helping verb with at most whom and "more" ("will help her
#: more", "will support Renee", "will be there for her", "will help out", "will step up").
_GENERAL_HELP = re.compile(
    r"^(?:.*?\b)?(?:will|would|can|could|must|should|needs? to|is going to|are going to|"
    r"(?:is|are) to)\s+(?:also\s+|all\s+|really\s+|try to\s+)?(?:help|support|assist|"
    r"step up|pitch in|do more|be there for|be more involved|be more supportive|give (?:her|"
    r"him|them)\s+(?:more\s+)?(?:help|support))(?:\s+(?:her|him|them|out|each other|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]+)(?:\s+out)?)?(?:\s+(?:more|more often|a lot|"
    r"a lot more|as needed|when needed|when (?:she|he|they) needs? it|to help))?$")


def general_help(words: str) -> bool:
    """A goal's behaviour that is help told only in general ("Renee's family will help her
    more"): no deed the family could be seen doing, so the behaviour is thin. Help with a
    deed or a time ("help her with Tommy every day", "help by waking Tommy") is not."""
    return bool(_GENERAL_HELP.match(words.strip(" .,;")))
