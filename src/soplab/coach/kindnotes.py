"""Round 10's readings of a note that is none of the kinds (issue 21, the kindread lane),
read from grammar rather than a source's layout: a rule for whoever holds a role about any
child (guidance, not one family's plan), what a plan still has to say (a requirement
written for the plan's makers, not the plan), topics listed after a heading as "what ...,
who ..., where ..." (things to talk about, not steps), and a step of the agency's own
process told as done or decided ("Alert sent to ...", "legal advice requested", "agreed to go
to a conference": a record of the work, not a safety plan). :mod:`soplab.coach.kinds`
weighs them as it weighs a professional's step told (:func:`soplab.coach.kindcues.practice_record`).
"""

from __future__ import annotations

from functools import cache

from . import lazyre as re
from .kindcues import VIOLENT, lazy_pattern
from .lexicon import alternation
from .reading import Reading
from .text import phrase

__all__ = ["AGENCY_STEP", "GENERIC_RULE", "INDEFINITE_CHILD", "PLAN_NEEDS", "agency_step",
           "allegation", "care_period", "carer_account", "guidance", "legal_advice", "note",
           "own_health", "plan_needs", "topics_listed"]

#: Whoever holds a role, named by the role alone: "Carers", "All foster parents", "Any
#: worker who ...", "Every kinship carer", "A social worker" (not "the parents", "Mum").
_ROLE = (r"(?:(?:a|an|any|every|each|all)\s+)?(?:(?:foster|kinship|resource|approved|relative|"
         r"adoptive|host|respite|other)\s+)*(?:carers?|care-?givers?|parents?|families|"
         r"adults?|staff|workers?|social workers?|case-?workers?|professionals?|agenc(?:y|ies)|"
         r"schools?|teachers?|providers?|practitioners?|households?|placements?)")
#: A rule put to such a role: the role opens a sentence (a "who ..." or "in ..." after it)
#: and a modal of duty follows.
GENERIC_RULE = lazy_pattern(
    r"(?:^|[.;!?]\s+)\s*(?:[\w -]{1,30}:\s*)?" + _ROLE + r"\b(?:\s+(?:who|in|of|on|at|with)"
    r"\b[^.;!?]{0,50}?)?\s+(?:must|should|shall|need to|needs to|are required to|is required "
    r"to|have to|has to|are expected to|is expected to|may not|cannot|can't|are to|is to|"
    r"(?:are|is) not (?:allowed|permitted) to)\b",
    re.I, needs="must|should|shall|need|required|have to|has to|expected|may not|cannot|"
                "can't|are to|is to|allowed|permitted")
#: Any child, not one named: "a child in their care", "any child placed", "every baby",
#: "children in your care".
INDEFINITE_CHILD = lazy_pattern(
    r"\b(?:a|any|every|each|no)\s+(?:\w+\s+)?(?:child|young person|baby|infant|minor|youth|"
    r"toddler|teenager)\b|\b(?:child|children|kids|young people)\s+(?:in|placed in|placed with)"
    r"\s+(?:their|your|our|the|its)\s+(?:care|home|homes|placement)\b",
    re.I, needs="child|young|baby|infant|minor|youth|toddler|teenager|kids")
#: A person's name or a role written with a capital inside a sentence (acronyms allowed).
_NAME = re.compile(r"(?<![.;!?:]\s)(?<!^)(?<!\n)\b[A-Z][a-z]+\b")


def guidance(r: Reading) -> str:
    """A rule for whoever holds a role about any child ("" if none): "Carers must tell the
    caseworker within 24 hours if a child in their care is injured", "Any worker who sees a
    bruise on a baby must ...": an agency's policy, not one family's plan. The text names
    nobody (no name inside a sentence) and no child but any child."""
    text = r.text
    m = GENERIC_RULE.search(text)
    if not m or not INDEFINITE_CHILD.search(text) or _NAME.search(text.strip()):
        return ""
    return phrase(text[m.start():].lstrip(".;!? "), 8)


#: What an agency's own process is made of: a note names one of these.
_PROCESS = (r"(?:alerts?|referrals?|(?:legal\s+)?advice|legal (?:planning|meeting)|strategy "
            r"(?:discussion|meeting)|(?:case\s+)?conferences?|(?:core\s+|initial\s+|child and "
            r"family\s+|single\s+|parenting\s+)?assessments?|enquir(?:y|ies)|inquir(?:y|ies)|"
            r"investigations?|(?:police|background|record|criminal|DBS|PNC|LADO)\s+checks?|"
            r"checks?|notifications?|applications?|(?:court\s+|emergency\s+|protection\s+)?"
            r"orders?|petitions?|hearings?|case (?:file|notes?|closure)|section \d+\w*|"
            r"core group|TDM|CFT meeting|team decision meeting|minutes|letters?|e-?mails?)")
#: A step of the agency's process noted as done or decided, at a clause's start: "Alert sent
#: to ...", "Legal advice requested on ...", "Referral made to ...", "Strategy meeting held
#: ...", "agreed to go to a core assessment and a conference".
AGENCY_STEP = lazy_pattern(
    r"(?:^|[.;!?]\s+|:\s*)(?:(?:an?|the|further|urgent|initial|\w+'s)\s+)?(?:\w+\s+){0,3}?"
    + _PROCESS + r"\s+(?:(?:was|were|has been|have been)\s+)?(?:sent|requested|made|held|"
    r"completed|convened|sought|obtained|opened|closed|filed|lodged|logged|booked|started|"
    r"initiated|submitted|issued|done|undertaken|carried out|raised|recorded|"
    r"considered|approved|granted|declined|ended)\b|"
    r"(?:^|[.;!?]\s+|:\s*)(?:it was\s+|(?:the\s+)?(?:meeting|discussion|panel|professionals|"
    r"team|group)\s+)?(?:agreed|decided|resolved|recommended)\s+(?:to|that)\s+(?:\w+\s+){0,4}?"
    + _PROCESS + r"\b",
    re.I, needs="sent|requested|made|held|completed|convened|sought|obtained|opened|closed|"
                "filed|lodged|logged|booked|started|initiated|submitted|issued|done|"
                "undertaken|carried|raised|recorded|considered|approved|granted|"
                "declined|ended|agreed|decided|resolved|recommended")


def agency_step(r: Reading) -> str:
    """A step of the agency's own process noted as done or decided (:data:`AGENCY_STEP`; ""
    if none), with no caregiver or family member committing to anything: a record of the
    work ("Alert sent to the maternity units in case ...; legal advice requested"), not a
    safety plan (whose steps someone in the family or network takes)."""
    m = AGENCY_STEP.search(r.text)
    if not m or r.caregiver_commitments and any(
            not r.p.professional_word.search(c.subject) for c in r.caregiver_commitments):
        return ""
    return phrase(r.text[m.start():].lstrip(".;:!? "), 8)


#: What a plan or another paper still has to say: "The family plan needs to say who looks
#: after the children if ...", "Any safety plan should set out ...", "The agreement must
#: include ..." (not "The plan says Nan collects Ava ...", which tells the plan itself).
PLAN_NEEDS = lazy_pattern(
    r"\b(?:plan|agreement|arrangements?|contract)\s+(?:\w+\s+)?(?:needs to|need to|should|"
    r"must|will need to|has to|have to|ought to|is to|would need to)\s+(?:also\s+|clearly\s+|"
    r"still\s+)?(?:say|says|include|set out|cover|show|name|explain|spell out|make clear|"
    r"describe|state|list|address|answer|specify|set down|be clear about)\b",
    re.I, needs="plan|agreement|arrangement|contract")


def plan_needs(r: Reading) -> str:
    """What a plan still has to say, written for its makers (:data:`PLAN_NEEDS`; "" if
    none): a note on the plan, not the plan's own steps."""
    m = PLAN_NEEDS.search(r.text)
    return phrase(r.text[m.start():], 8) if m else ""


#: A heading, then the list: "Second visit, 'my house': ...", "Topics for Friday - ...".
_HEADED = re.compile(r"^[^.?!:\n]{2,80}?(?::|\s-|\s\u2013|\s\u2014)\s+(?P<body>\S.*)$", re.S)
#: A list's items: split at commas, semicolons, and an "and"/"or" before a wh-word.
_ITEMS = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=(?:what|who|where|when|"
                    r"how|why|whether|which)\b)", re.I)
_WH = re.compile(r"(?:what|who|whom|whose|where|when|how|why|whether|which)\b", re.I)


def topics_listed(r: Reading) -> str:
    """Topics listed after a heading, every item a clause that opens with a wh-word ("Second
    visit: what happens at bedtime, who is in the house, and where Lola sleeps"): things to
    talk about or find out, not a plan's steps ("" if none; not a question asked)."""
    text = r.text.strip()
    m = _HEADED.match(text)
    if not m or text.endswith("?"):
        return ""
    items = [i for i in _ITEMS.split(m.group("body").rstrip(" .!")) if i.strip(" '\"")]
    if len(items) >= 2 and all(_WH.match(i.strip(" '\"")) for i in items):
        return phrase(m.group("body"), 8)
    return ""


#: A harm alleged in a referral or report: "A referral was received alleging neglect",
#: "The hotline call alleges that ...", "an allegation that Mum slapped ...".
_ALLEGED = re.compile(r"\balleg(?:ing|es|ed that|ations?\s+(?:of|that))\b", re.I)


def allegation(r: Reading) -> str:
    """A harm told as alleged in a referral or report ("" if none; not a history of earlier
    allegations, which :func:`soplab.coach.kindcues.harm_set_aside` reads): what the rules
    read as a harm rests on it, whatever words the learned reader weighs."""
    m = _ALLEGED.search(r.text)
    return phrase(r.text[m.start():], 8) if m else ""


#: A period in care told with its dates: "section 20 placement ... 14 February 2015 to 2
#: November 2016", "In foster care 2016-2018", "placed with her aunt from May 2021 until
#: January 2022" (a care history, whatever harm led to it).
_IN_CARE = re.compile(r"\b(?:placements?|placed|in (?:foster |kinship |residential )?care|"
                      r"accommodated|looked after|section 20|foster(?:ed| care| carers?)|"
                      r"kinship care|care episode)\b", re.I)
_YEAR = r"(?:19|20)\d\d"
_DATES = re.compile(rf"\b{_YEAR}\s*(?:-|\u2013|to|until|till)\s*(?:\d{{1,2}}\s+)?"
                    rf"(?:[A-Z][a-z]+\s+)?{_YEAR}\b|\b(?:from|between)\b[^.;]{{0,30}}?{_YEAR}[^.;]{{0,10}}?\b(?:to|"
                    rf"until|till|and)\b[^.;]{{0,20}}?{_YEAR}\b|\b{_YEAR}\s+to\s+[^.;]{{0,20}}?"
                    rf"{_YEAR}\b", re.I)


def care_period(r: Reading) -> str:
    """A period in care told with the dates it began and ended ("" if none): a care
    history, not a harm told, though the harm that led to it is named ("... after Child V
    was found alone in the flat overnight")."""
    m = _DATES.search(r.text)
    return phrase(r.text[m.start():], 8) if m and _IN_CARE.search(r.text) else ""


#: The writer is the child's carer: "came to us", "has lived with me", "placed with us".
_WITH_US = re.compile(r"\b(?:came|come|moved in|moved|was placed|were placed|arrived|has lived|"
                      r"have lived|has been|have been|settled)\s+(?:back\s+)?(?:to live\s+)?"
                      r"(?:with|to)\s+(?:us|me)\b", re.I)


def carer_account(r: Reading) -> str:
    """The child's carer telling, in the first person, of the child's life with them
    ("When Jarrah came to us at three he had never ...; we just kept ...", "Since Tayla
    moved in with us she ...": "" if not): a carer's own account, not a harm statement."""
    m = _WITH_US.search(r.text)
    return phrase(r.text[m.start():], 8) if m else ""


#: A harm to others named beside the history ("Hx of neglect and alcohol abuse ...").
_HARM_NAMED = re.compile(r"\b(?:neglect\w*|domestic (?:violence|abuse)|DV|IPV|violen\w+|"
                         r"abuse of|maltreat\w*|cruelty)\b", re.I)


@cache
def _health_history(terms: tuple[str, ...]) -> re.Pattern:
    """An adult's health history named: "a (documented) history of <condition>", "was
    diagnosed with <condition>" (the conditions are the lexicon's ``condition`` cues)."""
    return re.compile(r"\b(?:history of|hx of|diagnosed with|diagnosis of)\s+(?:[\w-]+\s+){0,2}?"
                      + alternation(terms), re.I)


def own_health(r: Reading) -> str:
    """An adult's own health history ("The father has a documented history of depression
    and anxiety, with two hospital admissions after self-harm attempts ...": "" if none):
    a complicating factor, not a harm, when no child is named in it and no violence told
    (not "a history of depression, and has left the children alone ...", nor a history
    that names a harm to others: "Hx of neglect and alcohol abuse")."""
    terms = tuple(r.p.lexicon.cues.get("condition", ()))
    m = _health_history(terms).search(r.text) if terms else None
    if not m or r.child_ref.search(r.text) or VIOLENT.search(r.text) or _HARM_NAMED.search(
            r.text):
        return ""
    return phrase(r.text[m.start():], 8)


#: A lawyer for a party: "his attorney", "Counsel for the mother", "the public defender".
_LAWYER = (r"(?:attorney|lawyer|counsel|solicitor|barrister|public defender|legal (?:aid|"
           r"representative|rep|adviser|advisor)|duty solicitor)s?")
#: What a party's lawyer told them: "Counsel advised the father not to ...", "his attorney
#: told him the plan is voluntary but ...", "on the advice of her solicitor, Mum ...".
LEGAL_ADVICE = lazy_pattern(
    rf"\b{_LAWYER}\b(?:\s+for\s+(?:the\s+)?\w+)?\s+(?:has\s+|had\s+|have\s+)?(?:advised|"
    rf"told|warned|counsel+ed|explained to|recommended|informed|instructed)\b|\b(?:on|"
    rf"following|after|against)\s+(?:the\s+)?(?:legal\s+)?advice\s+(?:of|from)\s+(?:\w+\s+)?"
    rf"{_LAWYER}\b", re.I, needs="attorney|lawyer|counsel|solicitor|barrister|defender|legal")


def legal_advice(r: Reading) -> str:
    """What a party's own lawyer told them ("Counsel advised the father not to sign the
    plan until ...", "his attorney told him the plan is voluntary but ...": "" if none),
    with no one in the family committing to anything and no harm told beside it ("Dad hit Kai;
    his lawyer told him to ..."): a note of the legal position, not a plan's step (a plan's
    steps are the family's and network's, not a lawyer's advice)."""
    m = LEGAL_ADVICE.search(r.text)
    if not m or r.past_action and r.p.harm_act.search(r.past_action) or any(
            not r.p.professional_word.search(c.subject) for c in r.caregiver_commitments):
        return ""
    return phrase(r.text[m.start():], 8)


def note(r: Reading) -> str:
    """What a text that is a note, no statement of any kind, says it is (the first of this
    module's readings that finds it; an alleged harm is not one), or ""."""
    for read in (agency_step, guidance, plan_needs, topics_listed, care_period, carer_account,
                 own_health, legal_advice):
        if found := read(r):
            return found
    return ""
