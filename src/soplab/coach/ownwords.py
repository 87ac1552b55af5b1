"""People's own words: the shapes practitioners and learners write in that the
template readers miss (issue 21.3).

Each function reads a :class:`~soplab.coach.reading.Reading` and returns the words
it found (a whole phrase) or ``""``; :mod:`soplab.coach.kinds` and
:mod:`soplab.coach.components` use them as cues and as fallbacks:

* plan rules with no "will": "No babysitting.", "Must have sight and sound
  supervision", "Never ...", "Call Nan if ...", "We tell a trusted adult if ...",
  "The father is not to contact ...", "to take place at a contact centre";
* danger without "worried": "Kirsty could be at serious risk of ...";
* harm told as a narrative or a court finding: "the midwife saw Noah's father push
  his mother", "the father controlled the family's money";
* a goal told as a present state or without "X will": "Sara is met at the bus stop
  by a grown-up", "the worker should be able to say that Minh speaks calmly";
* the caregiver's omission inside a when/while clause: "while Renee was in bed";
* what is not harm though told in the past: a parent's own childhood, a strength.
"""

from __future__ import annotations

from . import lazyre as re
from .reading import Reading
from .text import clause, phrase

__all__ = [
    "NO_ADULT", "kept_state", "missed_care", "omission_in_clause", "own_childhood",
    "past_strength", "risk", "rule_form",
    "state_goal", "state_goal_who", "witnessed_act",
]

_START = r"(?:^|(?<=[.;!?:]\s)|(?<=\n))\s*(?:[-*\u2022]\s*|\d+[.)]\s*)?"
_RULE = re.compile(
    _START + r"(?:No\s+(?:\w+ing|one(?!\s+(?:criticis|criticiz|doubts|disputes|questions|"
    r"denies|says|thinks|believes|suggests|claims|knows))|unsupervised|contact|overnights?|babysitting|alcohol|"
    r"visits?|sleepovers?|guns?|weapons?|drugs?)\b|Never\s+\w+|Must\s+(?:not\s+)?\w+|"
    r"Always\s+(?:call|ring|keep|lock|check|tell|ask|take|have|make|let|put)\b|"
    r"(?:Do not|Don't)\s+\w+|Only\s+\w+|"
    r"You\s+(?:must|mustn't|should|shouldn't|need to|have to|are to|are not to|can't|cannot)\s+"
    r"(?:not\s+|never\s+|only\s+)?\w+|"
    r"(?:Call|Ring|Phone|Text|Keep|Lock|Put|Take|Check|Leave|Stay|Tell|Ask|Make sure|Bring|"
    r"Go)\s+(?:\w+\s+){0,6}?(?:if|when|whenever|before|after|every|each|at|by|until|away|"
    r"in|with|the|your|her|his|their)\b|"
    r"We\s+(?:always\s+)?(?:tell|call|keep|go|ring|text|lock|check|take|stay|meet|leave|get|"
    r"put|use|have|sleep|walk|talk|ask|phone|make sure)\b|"
    r"I\s+(?:always\s+)?(?:tell|call|go|ring|text|stay|ask|phone)\b)"
    r"|\bI\s+(?:go|run|tell|ring|call|text|phone)\s+(?:to|next door|my|the|round)\b")
_RULE_ANYWHERE = re.compile(
    r"\b(?:is|are)\s+(?:not\s+)?to\s+(?:be\s+)?(?:contact|go|have|see|stay|collect|supervise|"
    r"visit|leave|drive|let|take|bring|keep|call|return|live|sleep|meet|attend|be)\b|"
    r"\bto\s+take\s+place\b|\b(?:happen|happens|takes place|take place)\s+(?:at|in|on)\b|"
    r"\bcan\s+(?:only\s+)?(?:see|visit|have (?:contact|time))\b[^.;]*\b(?:with|at|on|every|"
    r"supervised)\b|\bwith\s+(?:a|an|the)\s+(?:\w+\s+)?(?:worker|supervisor|adult)\s+present\b|"
    r"\b(?:sight and sound|line of sight)\s+supervision\b|\bsupervised\s+(?:by|at|contact)\b",
    re.I)


def rule_form(r: Reading) -> str:
    """A plan rule written without "will" (see the module doc)."""
    m = _RULE.search(r.text) or _RULE_ANYWHERE.search(r.text)
    return clause(r.text, m.start(), m.end(), 14) if m else ""


_RISK = re.compile(r"\b(?:(?:is|are|be|being|remains?|would be|could be|may be|might be)\s+)?"
                   r"at\s+(?:[a-z]+\s+){0,3}?risk\b|"
                   r"\b(?:likely|liable)\s+to\s+(?:suffer|be harmed|be hurt|be exposed)\b|"
                   r"\brisk of (?:[a-z]+\s+){0,2}?(?:harm|abuse|neglect|injury|violence|"
                   r"exploitation)\b|"
                   r"\bexpos(?:e|es|ing)\s+(?:[\w']+\s+){1,3}?to\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?"
                   r"(?:risk|danger)\b|"
                   r"\b(?:poses?|posing|"
                   r"constitutes?|presents?|creates?)\s+(?:a\s+)?(?:\w+\s+)?risk\b|"
                   r"\brisk factors?\b|\b(?:be|is|are|remains?)\s+in\s+(?:\w+\s+)?danger\b", re.I)


def risk(r: Reading) -> str:
    """A danger told as a risk rather than a worry ("could be at serious risk of ...")."""
    m = _RISK.search(r.text)
    return clause(r.text, m.start(), m.end(), 16) if m else ""


_ACT_BASE = (r"(?:push|shove|hit|slap|kick|throw|smash|choke|strangle|grab|punch|threaten|"
             r"scream|yell|shout|hurt|strike|drag|shake|pin|bite|burn|lock|break|spit|swear|"
             r"kick|pull|punch)")
_SAW = re.compile(r"\b(?:saw|heard|watched|witnessed|seen|heard)\s+(?P<rest>(?:[\w'.]+\s+){1,4}?)"
                  rf"(?P<verb>{_ACT_BASE}(?:ing|s|ed)?)\b", re.I)


def witnessed_act(r: Reading) -> str:
    """A harmful act someone saw or heard an adult do, told in the past ("the midwife saw
    Noah's father push his mother against the cot")."""
    for m in _SAW.finditer(r.text):
        who = m.group("rest").strip()
        if r.is_adult_person(who) and not r.is_child(who):
            stop = re.search(r"[,;.!?]", r.text[m.end():])
            end = m.end() + (stop.start() if stop else len(r.text) - m.end())
            return phrase(r.text[m.start("rest"):end], 16)
    return ""


_STATE = re.compile(
    r"\b(?:is|are|gets?|has been|have been|being|(?:will|would|should|can)\s+(?:\w+ly\s+)?be)"
    r"\s+(?:\w+ly\s+)?"
    r"(?:always\s+|still\s+|each day\s+|every day\s+)?(?:met|picked up|collected|supervised|"
    r"looked after|cared for|walked|fed|kept\s+(?:clear|clean|safe|tidy|locked|free|away)|"
    r"locked away|put away|clear of|clean|tidy|back home|home with|up and)\b[^.;]*", re.I)
_THERE_IS = re.compile(r"\bthere(?:'s| is| will be| would be| has been)\s+(?:always\s+)?(?:an?\s+)?"
                       r"(?:\w+\s+){0,2}(?:grown-?up|adult|caregiver|carer|person|parent)\b"
                       r"[^.;]*", re.I)
_HAS_ADULT = re.compile(r"\b(?:has|have|having)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:grown-?up|adult|"
                        r"caregiver|carer)\s+with\s+(?:her|him|them)\b[^.;]*", re.I)
_ABLE_TO_SAY = re.compile(r"\b(?:be able to|can|could|will|would)\s+(?:all\s+)?(?:say|see|tell|"
                          r"confirm|know)\s+that\s+(?P<clause>[^.;]+)", re.I)
_BY_WHOM = re.compile(r"\bby\s+(?P<who>(?:an?|the|her|his|their)\s+(?:\w+\s+){0,3}?(?:grown-?up|"
                      r"adult|caregiver|carer|relative|parent|person)|[A-Z][\w'-]+(?:\s+[A-Z]"
                      r"[\w'-]+)?)", re.I)


#: A clause that only points back at a deed told elsewhere ("see that it happens").
_IT_HAPPENS = re.compile(r"(?:it|this|that)\s+(?:happens|is happening|keeps happening|works|is "
                         r"done|gets done|goes on)\b", re.I)


def state_goal(r: Reading) -> str:
    """A goal told as the safe state everyone will see, without "X will ..."."""
    m = _ABLE_TO_SAY.search(r.text)
    if m and not _IT_HAPPENS.match(m.group("clause")):  # "see that it happens": the deed is
        return phrase(m.group("clause"), 18)  # told elsewhere, not in this clause
    for rx in (_STATE, _THERE_IS, _HAS_ADULT):
        m = rx.search(r.text)
        if m:
            return phrase(m.group(0), 18)
    return ""


def kept_state(r: Reading) -> str:
    """A state someone keeps or a care act told in the passive ("the floor is kept clear",
    "Sara is met at the bus stop"): a goal with its doer left unsaid."""
    m = _STATE.search(r.text)
    return phrase(m.group(0), 18) if m else ""


def state_goal_who(r: Reading) -> str:
    """Who keeps the state: the adult "by" whom it is done, or the subject of "... be able
    to say that Minh speaks calmly"."""
    m = _ABLE_TO_SAY.search(r.text)
    if m:
        words = m.group("clause").split()
        for n in range(min(4, len(words)), 0, -1):
            who = " ".join(words[:n])
            if r.is_adult_person(who) and not r.is_child(who):
                return who
    for rx in (_THERE_IS, _HAS_ADULT):
        m = rx.search(r.text)
        if m:
            return re.search(r"(?:\w+\s+){0,2}(?:grown-?up|adult|caregiver|carer|person|parent)",
                             m.group(0), re.I).group(0)
    if _STATE.search(r.text):
        m = _BY_WHOM.search(r.text)
        if m:
            return m.group("who")
    return ""


_WHILE = re.compile(r"\b(?:while|when|as)\s+(?P<who>(?:[\w'.]+\s+){0,2}?[\w'.]+)\s+(?:was|were)\s+"
                    r"(?:still\s+)?(?:in bed|asleep|sleeping|out|drunk|high|passed out|using|"
                    r"drinking|away|not (?:home|there|watching|awake)|at (?:the|a|work)\b|on "
                    r"(?:the|her|his) phone|upstairs|outside)", re.I)


_NOT_TAKEN = re.compile(r"\b(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?"
                        r"(?:taken|brought)\s+to\s+(?:any of\s+|most of\s+)?(?:her|his|their|the)"
                        r"\s+(?:\w+\s+){0,2}"
                        r"(?:appointments?|check-?ups?|vaccinations?|clinic|doctor|dentist|"
                        r"hospital)\b", re.I)


def missed_care(r: Reading) -> str:
    """Care a child went without, told in the passive ("Noor was not taken to any of her
    vaccination appointments")."""
    m = _NOT_TAKEN.search(r.text)
    return clause(r.text, m.start(), m.end(), 14) if m else ""


#: Nobody there for the child, told without a doer: "nobody is watching Tommy", "no adult
#: awake with him", "no one will be up to watch her", "there's no grown-up keeping an eye".
NO_ADULT = re.compile(r"\b(?:nobody|no-?one|no one|no (?:adult|grown-?up|parent|carer|caregiver|"
                       r"one else)s?|not (?:a single|one|an) (?:adult|grown-?up))\s+"
                       r"(?:\w+\s+){0,2}?"
                       r"(?:(?:is|was|will be|would be|are|were|being|gets?|'s)\s+)?(?:\w+\s+)?"
                       r"(?:awake|up|watching|watch|looking after|look after|supervising|"
                       r"supervise|keeping (?:an eye|watch)|minding|mind|checking on|sober|"
                       r"home|around|there|with (?:him|her|them|the))\b", re.I)


def omission_in_clause(r: Reading) -> str:
    """The caregiver's omission told inside a while/when clause: "Tommy swallowed pills
    while Renee was in bed"."""
    for m in _WHILE.finditer(r.text):
        who = m.group("who")
        if r.is_adult_person(who) and not r.is_child(who):
            return phrase(r.text[m.start("who"):m.end()], 14)
    return ""


_CHILDHOOD = re.compile(r"\b(?:as a (?:child|kid|girl|boy|teenager|teen)|when (?:she|he|they|[A-Z]"
                        r"\w+) (?:was|were) (?:a (?:child|kid|girl|boy|teenager|teen)|young|little|"
                        r"growing up|in care)|grew up|growing up|(?:her|his|their) (?:own )?"
                        r"childhood|(?:her|his|their) own (?:father|mother|parents?|dad|mum|mom|"
                        r"stepfather|stepmother))\b", re.I)


def own_childhood(r: Reading) -> str:
    """A parent's own childhood ("was abused as a child", "her own father hit her"): history
    that may complicate things, not harm to this child."""
    for m in _CHILDHOOD.finditer(r.text):
        before = r.text[max(0, m.start() - 25):m.start()]
        if m.group(0).lower().startswith(("grew", "growing")) and r.p.child_word.search(before):
            continue  # "the children grew up in a house where ...": this child's harm
        return clause(r.text, m.start(), m.end(), 14)
    return ""


_STRENGTH = re.compile(r"\b(?:looked after|took care of|cared for|protected (?:the|them|her|his)|"
                       r"(?:has |have )?kept (?:them|the (?:kids|children|baby|twins|boys|girls))"
                       r" (?:fed|clothed|clean|warm|at school)|(?:took turns|taking turns)\s+"
                       r"(?:looking after|caring for|minding|having)|did not miss (?:a|one) "
                       r"(?:day|session|appointment)|stepped in|kept (?:them|the "
                       r"(?:kids|children|baby|twins)|him|her) safe|(?:took|has taken|have taken) "
                       r"(?:them|the (?:kids|children|twins)) to|stopped (?:drinking|using|"
                       r"smoking)|(?:has|have) been sober|got sober|came (?:over|round) to help|"
                       r"helped (?:with|out)|made sure|called (?:her|his|their) (?:sister|brother|"
                       r"mum|mom|mother|dad|father|sponsor|friend)|"
                       # "has kept every appointment", "attended all of the contact visits"
                       r"(?:kept|attended|made|went to)\s+(?:every|all|each)\s+(?:of\s+)?"
                       r"(?:(?:the|her|his|their)\s+)?(?:[\w-]+\s+){0,2}?(?:appointments?|"
                       r"visits?|sessions?|check-?ups?|meetings?|classes|groups?|tests?)|"
                       r"kept (?:the|their|her|his) (?:house|home|flat|place) (?:clean|tidy|safe)|"
                       # a survivor's own steps: "changed her number", "got a protection order"
                       r"changed (?:her|his|their|the) (?:phone )?(?:number|locks)|got (?:a|an) "
                       r"(?:\w+ )?(?:protection|protective|restraining|non-molestation) order)"
                       r"\b", re.I)


def past_strength(r: Reading) -> str:
    """Something an adult did that kept the children safe, told in the past, with no
    harmful act outside it ("Grandma looked after the kids for a month ...", "Dad stopped
    drinking in 2019")."""
    m = _STRENGTH.search(r.text)
    if not m:
        return ""
    rest = r.text[:m.start()] + " " + r.text[m.end():]
    if r.p.harm_act.search(rest) and not _STRENGTH.search(rest):
        return ""
    return clause(r.text, m.start(), m.end(), 14)
