"""The cues :mod:`soplab.coach.kinds` reads a text's kind by that are not word lists: a
danger put as a condition, a plan arrangement in force for a while, a denial, a finding
and a finding of no harm, a rule told in the present, list items on one line, and a
police, court or hospital event (not an adult's own stay in hospital); a harm set aside
(history, denied, not found, an agency's prior referrals), a heading naming a kind or a
section, coercive control and threats told, what a caregiver is told to have said, a
professional's own step told, and the harms a learned reader must leave alone."""

from __future__ import annotations

from . import lazyre as re
from . import ownwords as own
from .patterns import LazyPattern
from .reading import Reading
from .text import phrase

__all__ = [
    "ARRANGEMENT", "BE_TO", "CONDITION", "CONTROL", "DENIAL", "EVENT", "FINDING", "INLINE_ITEM",
    "KIND_LABEL", "NEGATED_FINDING", "NOT_UPHELD", "NO_CHILD_THERE", "PRESENT_RULE",
    "PRIOR_HISTORY", "PROCEDURE", "THREAT_TOLD", "VIOLENCE_TOLD", "VIOLENT", "WITHOUT",
    "caregiver_denies", "conditional_danger", "control_told", "event", "harm_set_aside",
    "harm_told", "labelled_kind", "order_form",
    "lazy_pattern", "practice_record", "reported", "said_words",
]

#: A police, court or hospital event told in the past ("was charged with", "admitted to
#: hospital").
EVENT = re.compile(r"\b(?:was|were|got|been|being)\s+(?:\w+\s+)?(?:charged|arrested|convicted|"
                   r"cautioned|admitted|hospitali[sz]ed|treated|rushed|taken\s+to\s+(?:the\s+)?"
                   r"(?:hospital|A&E|ER|emergency))\b|"
                   r"\b(?:ended up|landed|was|were)\s+(?:in|at)\s+(?:the\s+)?"
                   r"(?:hospital|A&E|ER|emergency)\b|\bpolice\s+(?:were\s+called|attended|came|"
                   r"stopped|arrested|charged|found)\b|\b(?:admitted|taken|rushed)\s+to\s+"
                   r"(?:the\s+)?(?:\w+\s+)?(?:hospital|A&E|ER\b|emergency)|\b(?:found|"
                   r"discovered)\s+by\s+(?:the\s+)?police\b", re.I)
#: A caregiver's act put as a condition, with what could then happen in the main clause:
#: "If Mr. Dorsey returns to using, they could be left ...", "Should Mum go back to
#: drinking, Nia could be left ...", "Unless Dad ..., the baby may ...". (A main clause
#: with "will" is a plan's back-up: "If Dad drinks, Nan will take the kids".)
CONDITION = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?:if|should|unless|once|were)\s+"
                       r"(?P<subj>(?:[\w'.-]+\s+){0,3}?[\w'.-]+)\s+[a-z]+\b[^.;!?]*?,\s*"
                       r"(?P<main>[^.;!?]*?\b(?:could|may|might|would|is likely to|"
                       r"are likely to)\b[^.;!?]*)", re.I)
#: Care missing, put as a condition: "Without a sober adult in the house, the baby could ...".
WITHOUT = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))without\s+(?:an?\s+|the\s+|any\s+)?"
                     r"(?:\w+\s+){0,2}(?:adult|grown-?up|carer|caregiver|parent|supervision|help|support|"
                     r"changes?)\b[^,.;]*,\s*(?P<main>[^.;!?]*?\b(?:could|may|might|would|"
                     r"is likely to|are likely to)\b[^.;!?]*)", re.I)
#: What makes a present-tense sentence an arrangement in force for a while, not a strength
#: already there: "until the team meets again", "only when another adult is there", "for
#: the next 30 days", "at every visit", a form's field ("Responsible: Lorna").
ARRANGEMENT = re.compile(r"\buntil\b|\bonly\s+(?:when|if|while|with|in|at|after|before)\b|"
                         r"\bfor the (?:next|coming)\b|\b(?:at|during|after)\s+(?:every|each)\s+"
                         r"(?:visit|contact|meeting|handover|changeover)\b|(?:^|\.\s+)(?:"
                         r"responsible|starts?|timeframe|time frame|who|when|strategy|"
                         r"protection strategy)\s*:|\bfrom\s+\w+day\s+to\s+\w+day\b|\bwhile\s+"
                         r"(?:[\w'.]+\s+){1,3}(?:is|are)\s+(?:on shift|at work|out|away|working)\b",
                         re.I | re.M)
#: A denial told as a report: "told the court that the father has never been rough",
#: "says it was an accident", "denies that anything happened".
DENIAL = re.compile(r"\b(?:told|tells|said|says|claims?|claimed|insists?|insisted|maintains?|"
                    r"maintained)\b[^.;]{0,60}?\b(?:(?:did not|didn't|does not|doesn't|has never|"
                    r"had never|never|was not|wasn't|is not|isn't)\s+(?:\w+\s+)?(?:know|knew|hit|"
                    r"hurt|touch\w*|do|did|happen\w*|mean|meant|realis\w+|realiz\w+|aware|rough|"
                    r"violent|harm\w*|abus\w+|lose|lost|raised?)|nothing (?:happened|was wrong)|"
                    r"(?:was|an) accident|fate|mak\w+ (?:it|this|that|things) up|made (?:it|this|"
                    r"that|things) up|lying)\b|\bden(?:y|ies|ied)\b", re.I)
#: A finding by a court, the police or a doctor: "The court found that ...", "A child
#: protection medical on 3 June found ...", "the judge accepted that ...".
FINDING = re.compile(r"\b(?:court|judge|magistrate|tribunal|police|investigation|investigator|"
                     r"assessment|medical|doctor|paediatrician|pediatrician|examination|scan|"
                     r"x-rays?)\b[^.;]{0,40}?\b(?:found|concluded|accepted|was satisfied|"
                     r"confirmed|determined|substantiated|showed|revealed)\b", re.I)
NEGATED_FINDING = re.compile(r"\b(?:no|not|nothing|never|nobody|n't)\b", re.I)
#: Harm looked for and not found: "No harm was found", "found to be accidental", "The
#: report said ..., but the worker found ...", "not substantiated".
NOT_UPHELD = re.compile(r"\bno (?:harm|abuse|neglect|injur\w+) (?:was|were|has been) found\b|"
                        r"\bfound to be (?:accidental|unfounded|untrue|false|an accident)\b|"
                        r"\b(?:not|un)(?: |-)?(?:substantiated|founded|upheld)\b|"
                        r"\b(?:could not|couldn't|was unable to|were unable to)\s+(?:decide|"
                        r"determine|establish|say|find out)\b|"
                        r"\b(?:report|referral|allegation|claim)s?\s+(?:said|says|claimed|"
                        r"alleged|stated)\b[^.]*\b(?:but|however)\b", re.I)
#: A rule told in the present: "Dad does not drink while the kids are with him".
PRESENT_RULE = re.compile(r"\b(?:does not|doesn't|do not|don't|never)\s+\w+\b[^.;]{0,40}?"
                          r"\b(?:while|when|whenever|around|in front of|near)\b", re.I)
#: The kind named by the writer as a heading: "Danger:", "Danger statement -", "Harm
#: statement:", "Safety goal:", "Goal -", "Plan:", with up to two words before it ("Safe
#: care plan:", "Long term goal -", "Our family's vision:"); a section that is none of the
#: kinds ("Strengths:", "Protective factors:", "History -", "Learning:") names "other"
#: (group ``kind``: the word as written).
KIND_LABEL = re.compile(r"^\s*(?:(?:my|the|our)\s+)?(?:[\w'-]+\s+){0,2}?(?P<kind>danger|worry|"
                        r"worries|harm|goal|plan|vision|wants?|hopes?|wish(?:es)?|aims?|strengths?|protective(?:\s+factors?)?|"
                        r"(?:protective|parental|parenting)\s+capacit(?:y|ies)|"
                        r"history|background|learning|lessons learn[te]d|what(?:'s| is) working"
                        r"(?:\s+well)?)(?:\s+statement)?\s*(?::|-|\u2013|\u2014)\s+", re.I)
#: The kind each heading word names.
LABEL_KINDS = {"danger": "danger", "worry": "danger", "worries": "danger", "harm": "harm",
               "goal": "goal", "vision": "goal", "plan": "plan", "want": "goal", "wants": "goal",
               "hope": "goal", "hopes": "goal", "wish": "goal", "wishes": "goal", "aim": "goal",
               "aims": "goal"}


def labelled_kind(text: str) -> str:
    """The kind the writer named in a heading ("Danger: ...", "Strengths: ..." names
    "other"), or ""."""
    m = KIND_LABEL.match(text)
    return LABEL_KINDS.get(m.group("kind").lower(), "other") if m else ""


#: No child there when it happened: "no child was there", "the children were not at
#: home", "none of the kids were present" - an adult's history, not a child's harm.
NO_CHILD_THERE = re.compile(r"\b(?:(?:no|neither)\s+(?:child|children|kid|kids|baby)|none of "
                            r"the\s+(?:children|kids)|(?:the|his|her|their)\s+(?:children|kids|"
                            r"child|baby)\s+(?:was|were)\s+(?:not|never)|(?:the|his|her|their)\s+"
                            r"(?:children|kids)\s+(?:weren't|wasn't))\s+(?:(?:was|were)\s+)?"
                            r"(?:there|present|home|at home|in the (?:house|home|car|flat)|around|"
                            r"involved|nearby)\b", re.I)


#: A rule told as "is to" / "is not to" with any verb ("the father is not to care for her
#: on his own", "Mum is to ring Nan"), not what a goal, aim or plan "is to" be.
BE_TO = re.compile(r"\b(?<!goal )(?<!aim )(?<!plan )(?<!idea )(?<!hope )(?<!task )(?<!job )"
                   r"(?<!purpose )(?<!intention )(?:is|are)\s+(?:not\s+)?to\s+(?!be\s+(?:seen|"
                   r"worried|concerned|expected|hoped)\b)(?!blame\b)[a-z]+\b")


#: The professionals' own steps told as what happened: "the worker arranged for him to be
#: seen", "the team referred the family", "Kylie was told she could bring ..." - what was
#: done about a worry, not the harm itself.
PROCEDURE = re.compile(r"\b(?:worker|caseworker|social worker|officer|agency|department|society|"
                       r"authority|council|team|practitioner|nurse|visitor)\s+(?:then\s+|also\s+)?"
                       r"(?:arranged|referred|interviewed|convened|scheduled|contacted|informed|"
                       r"advised|explained|offered|invited)\b|\b(?:was|were)\s+(?:told|informed|"
                       r"advised|invited)\s+(?:that\s+)?(?:she|he|they|the)\s+(?:could|can|may|"
                       r"would|had the right)\b", re.I)


#: List items written in one line: "1. Nan picks the girls up. 2. Mum texts Nan ...".
INLINE_ITEM = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+[A-Z]")


def conditional_danger(r: Reading) -> str:
    """A caregiver's act as a condition and what could then happen to a child."""
    for m in CONDITION.finditer(r.text):
        subj, main = m.group("subj"), m.group("main")
        if (r.is_adult_person(subj) and not r.is_child(subj)
                and (r.p.impact.search(main) or r.child_ref.search(main)
                     or re.match(r"\s*(?:they|he|she)\s", main, re.I))):
            return phrase(m.group(0))
    for m in WITHOUT.finditer(r.text):
        if r.p.impact.search(m.group("main")) or r.child_ref.search(m.group("main")):
            return phrase(m.group(0))
    return ""


#: A task written as an order, with no "will" ("Nan to hold the car keys on weekends",
#: "Father not to drink on contact days", "Both parents to ring the worker each Friday"):
#: a sentence that opens with up to five words and then "(not) to" and a verb.
_ORDER = re.compile(r"(?:^|(?<=[.;!:]\s)|(?<=\n))(?P<who>(?:[\w'.-]+\s+){1,5}?)(?:not\s+)?to\s+"
                    r"(?!(?:feel|be|know|have\s+(?:fun|a\s+good)|the|a|an|his|her|their|my|"
                    r"our|your)\b)[a-z]+\b")


_NAMING = frozenset({"and", "or", "&", "both", "the", "his", "her", "their", "maternal",
                     "paternal", "each", "every", "one", "another", "a", "an", "safe"})


def order_form(r: Reading) -> str:
    """A task written as an order whose subject is an adult named by words that only name
    ("Maternal aunt to supervise every visit", "Both parents to ring ..."); not a wish, a
    purpose or a verb's object ("For Mia to feel safe", "Mum wants Dad to", "forgot to")."""
    for m in _ORDER.finditer(r.text):
        who = m.group("who").strip()
        words = who.split()
        if (r.is_adult_person(who) and not r.is_child(who) and all(
                w[0].isupper() or w.lower() in _NAMING or r.p.person_word.fullmatch(w)
                or r.p.person_word.fullmatch(w.removesuffix("'s")) for w in words)
                and not re.match(r"(?:for|if|when|so|in|\w+ing|\w+ed)\b", who, re.I)):
            return phrase(m.group(0))
    return ""


def event(r: Reading) -> re.Match[str] | None:
    """A police, court or hospital event; a stay in hospital told of a caregiver ("their
    mum was in hospital", "The father ... was hospitalised in 2015") is not."""
    for m in EVENT.finditer(r.text):
        if re.search(r"hospital|A&E|ER\b|emergency", m.group(0), re.I) and _of_an_adult(r, m):
            continue
        return m
    return None


def caregiver_denies(r: Reading) -> str:
    """A caregiver's denial with no harmful act told outside it ("Mum says she did not know
    the baby was in danger", "The father told the court that he has never ..."): other,
    not harm. A child's account ("Kai told the nurse that ...") is no denial."""
    m = DENIAL.search(r.text)
    if not m:
        return ""
    start = max(r.text.rfind(".", 0, m.start()), r.text.rfind(";", 0, m.start()), 0)
    speaker = r.text[start:m.start() + len(m.group(0).split()[0])]
    if not r.p.caregiver_word.search(speaker) or r.child_ref.search(speaker):
        return ""
    act = r.text.find(r.past_action.lstrip(".")) if r.past_action else -1
    return "" if 0 <= act < m.start() else phrase(m.group(0))


def _of_an_adult(r: Reading, m: re.Match[str]) -> bool:
    """The clause's subject before ``m`` is a caregiver, with no child named after it."""
    start = max(r.text.rfind(".", 0, m.start()), r.text.rfind(";", 0, m.start()), 0)
    before = r.text[start:m.start()]
    adults = list(r.p.caregiver_word.finditer(before))
    return bool(adults) and not r.child_ref.search(before, adults[-1].end())


def lazy_pattern(pattern: str, flags: int = 0, needs: str = "") -> LazyPattern:
    """A pattern compiled on first use; with ``needs``, words it cannot match without (a
    text lacking them is answered at once, without compiling: start-up stays quick)."""
    rx = LazyPattern(pattern, flags)
    if needs:
        rx.needs = LazyPattern(rf"(?i:\b(?:{needs}))")
    return rx


_lazy = lazy_pattern  # this module's own short name for it


#: What someone said, threatened or wrote, up to a point: "told the kids that if their mum
#: leaves, CPS will take them", "says that he will ..." (the words after it are reported).
_SAID_THAT = _lazy(r"\b(?:told|tells|said|says|threatened|threatens|warned|warns|yelled|"
                        r"screamed|shouted|texted|wrote|writes|claimed|claims)\b[^.;!?]*\bthat\b"
                        r"[^.;!?]*$", re.I)


def reported(r: Reading, at: int) -> bool:
    """The words at ``at`` are what a caregiver is told to have said ("Dad told the kids
    that if Mum leaves, CPS will take them"): a threat or a claim reported, not a step
    planned. A helper's or a professional's offer ("Nan said she would take them") is not
    set aside."""
    text = r.text
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), 0)
    m = _SAID_THAT.search(text, start, at)
    if not m:
        return False
    speaker = text[start:m.start()]
    return not (r.p.network_word.search(speaker) or (r.p.professional_word.search(speaker)
                                                     and not r.p.caregiver_word.search(speaker)))


#: An agency's history told as the subject: "2 prior referrals (2020, 2022) for DV ...",
#: "Two earlier police call-outs ...", "Previous CPS involvement: ...".
PRIOR_HISTORY = _lazy(r"^\s*(?:[\w -]{1,30}:\s*)?(?:[\w(),-]+\s+){0,2}?(?:prior|previous|"
                           r"earlier|past|historic(?:al)?|historic)\s+(?:[\w/-]+\s+){0,2}?"
                           r"(?:referrals?|reports?|calls?|call-?outs?|investigations?|cases?|"
                           r"contacts?|incidents?|involvement|history|allegations?)\b", re.I,
                      needs="prior|previous|earlier|past|historic")

#: A professional's own step at a meeting or visit, told as what happened, at the start:
#: "SW went over the worries ...", "Explained to Mom that ...", "The CSO explained at the
#: conference ...", "I explained to the team that ...", "Facilitator appointed ...".
_PRACTICE = _lazy(r"^\s*(?:[\w -]{1,30}:\s*)?(?P<who>(?:[\w'.]+\s+){0,3}?)(?:then\s+|"
                       r"also\s+)?(?P<v>explained|went (?:over|through)|talked (?:through|about)|"
                       r"discussed|appointed|read out|reviewed|walked (?:\w+\s+)?through|"
                       r"introduced|facilitated|shared (?:the|our|her|his|their)|"
                       r"referred (?!by\b)|"
                       r"gave (?:\w+\s+)?(?:the|a|her|him|them)\s+(?:\w+\s+)?"
                       r"(?:number|leaflet|information|details|referral))\b", re.I,
                  needs="explained|went|talked|discussed|appointed|read out|reviewed|walked|"
                        "introduced|facilitated|shared|gave|referred")


def practice_record(r: Reading) -> str:
    """A professional's (or the writer's own) step told at the start, as what happened:
    a record of the work, not a harm, danger, goal or plan ("" if none)."""
    m = _PRACTICE.match(r.text)
    if not m:
        return ""
    who = m.group("who").strip()
    if who and not (re.fullmatch(r"(?:I|we|then)", who, re.I) or (
            r.p.professional_word.search(who) and not r.p.caregiver_word.search(who))):
        return ""
    return phrase(m.group(0))


#: Coercive control told as acts: a partner who took or keeps the other's money, phone,
#: keys or papers ("has taken Keisha's paychecks", "keeps the car keys on him", "took her
#: bank card", "checks her phone"), or stops her seeing people or going out.
CONTROL = _lazy(r"\b(?:has\s+|have\s+|had\s+)?(?:taken|took|takes|kept|keeps|holds|held|"
                     r"withheld|withholds|controls|controlled|checks|checked|went through|"
                     r"goes through|smashed|broke|hid|hides|confiscated)\s+(?:all\s+(?:of\s+)?)?"
                     r"(?:her|his|their|the|[A-Z][\w-]*'s?)\s+(?:own\s+)?(?:\w+\s+)?(?:money|"
                     r"wages|pay|paychecks?|pay ?slips?|salary|benefits?|bank ?cards?|cards?|"
                     r"phones?|mobiles?|keys|passports?|papers|documents|ID|car)\b|"
                     r"\b(?:stopped|stops|stopping|won't let|doesn't let|does not let|"
                     r"would not let|wouldn't let|didn't let|did not let)\s+(?:her|him|them|"
                     r"[A-Z]\w+)\s+(?:from\s+)?(?:see|seeing|go|going|work|working|leave|leaving|"
                     r"visit|visiting|talk|talking|call|calling|drive|driving)\b",
                needs="taken|took|takes|kept|keeps|holds|held|withh|control|check|went|goes|"
                      "smashed|broke|hid|confiscated|stop|won't|doesn't|does not|would|didn't|"
                      "did not")

#: A threat told as said in the past: "told Tasha that if she ever left he would take
#: Caleb", "texted her that he was going to ...", "said he'd burn the house down".
THREAT_TOLD = _lazy(r"\b(?:told|said|texted|threatened|screamed|yelled|shouted|warned)\b"
                         r"[^.;!?]{0,60}?\b(?:that\s+)?(?:if\b[^.;!?]*?,?\s+)?(?:he|she|they)"
                         r"(?:\s+would|'d|\s+was going to|\s+were going to)\s+(?:\w+\s+)?"
                         r"(?:kill|hurt|burn|hit|beat|break|smash|stab|shoot|throw|take\b[^.;!?]{0,60}?\b"
                         r"(?:away|never see)|"
                         r"disappear|ruin|destroy|harm|get rid of|make (?:her|him|them) pay)\b|"
                         r"\bthreatened\s+(?:\w+\s+){0,3}?(?:to|that)\b", re.I,
                    needs="told|said|texted|threatened|screamed|yelled|shouted|warned")


def said_words(r: Reading, words: str) -> bool:
    """``words`` are what a caregiver is told to have said ("told her that if she left he
    would take the kids")."""
    at = r.text.find(words)
    return at >= 0 and reported(r, at)


def harm_set_aside(r: Reading, acted: bool) -> bool:
    """The harm told is history, not found, denied or with no child there ("Mum was abused
    as a child", "No harm was found", "Dad says he never ...", "the kids were not there")."""
    text = r.text
    return bool(own.own_childhood(r) or caregiver_denies(r)
                or PRIOR_HISTORY.match(text)
                or (NO_CHILD_THERE.search(text) and not r.impact)
                or (PROCEDURE.search(text) and not acted)
                or (NOT_UPHELD.search(text) and not acted))

#: An act of violence, whoever reads it: "hit", "pushed", "shouted at" (not "kept", "left" or
#: "drove", which a strength can be told with too).
_VIOLENT = (r"\b(?:hit|hits|slapped|punched|kicked|pushed|shoved|choked|strangled|grabbed|"
            r"beat|beaten|struck|stabbed|threw|dragged|shook|shaken|burned|scalded|bit|"
            r"whipped|assaulted|smacked|pinched|(?:shouted|screamed|yelled|swore) at|"
            r"pulled\s+(?:\w+'s\s+|her\s+|his\s+|my\s+)?hair)\b")
VIOLENT = _lazy(_VIOLENT, re.I)
#: A violent act in what someone told or said, quoted or reported: "Tia said: 'Dad pulled
#: Mum's hair'", "Kai told his teacher his dad punched the wall and then his mum" (not a
#: denial, "said he never hit her", nor what may come: "said she'd leave if he hit her").
VIOLENCE_TOLD = _lazy(r"\b(?:said|says|told|tells|disclosed|described|reported|wrote|"
                      r"in (?:her|his|their) (?:own )?words)\b(?![^.!?]"
                      r"{0,50}?\b(?:never|not|didn't|did not|denie[sd]|wasn't|no one|if|when|"
                      r"whenever|will|would|might|could)\b|[^.!?]{0,50}?'ll\b)"
                      r"[^.!?]{0,50}?" + _VIOLENT, re.I,
                      needs="said|says|told|tells|disclosed|described|reported|wrote|words")


#: The subject pronoun each possessive goes with: "he ... his", "she ... her".
_OWNER = {"his": ("he", "him"), "her": ("she",), "their": ("they",), "my": ("i",),
          "our": ("we",)}
#: A thing a safety plan gives someone, not a thing taken from them.
_SAFETY_THING = re.compile(r"\b(?:safety|emergency|spare)\s+\w+$|\bown\b", re.I)
#: A thing kept ready for use ("keeps her phone charged", "... on her", "... in his bag"):
#: a state of use, or a place held by the thing's own owner (group ``at``), not control.
_KEPT_READY = re.compile(r"\s*(?:(?:fully\s+)?(?:charged|switched on|turned on|topped up|on)\b"
                         r"(?!\s+(?:him|her|them|me|us|his|their|my|our|the|a)\b)|(?:on|with|near|by|in|under|beside|"
                         r"next to)\s+(?P<at>him|her|them|me|us|his|their|my|our)\b)", re.I)
_OBJECT = {"his": "him", "her": "her", "their": "them", "my": "me", "our": "us"}


def control_told(r: Reading) -> str:
    """Coercive control told ("" if none): someone's money, phone, cards or papers taken,
    kept or checked, or someone stopped from going out (:data:`CONTROL`), but not a person
    keeping their own things ("he keeps his safety card in his bag", "Mia keeps her phone
    charged"): the owner named by the possessive is then the subject, or a child, or the
    thing is one a safety plan gives (a safety card, an emergency phone, spare keys), or it
    is kept ready for use (charged, on its owner, in its owner's bag: a name's gender is
    unknown, and one's own phone kept ready is no control)."""
    for m in CONTROL.finditer(r.text):
        words = m.group(0).split()
        owner = next((w.lower() for w in words if w.lower() in _OWNER), "")
        start = max(r.text.rfind(p, 0, m.start()) for p in ".;!?\n,")
        subject = r.text[start + 1:m.start()].strip()
        last = subject.split()[-1].lower() if subject else ""
        ready = _KEPT_READY.match(r.text, m.end()) if "keep" in m.group(0).lower() else None
        at = ready and (ready.group("at") or owner).lower()  # kept ready by its owner
        if (owner and (last in _OWNER[owner] or (subject and r.is_child(subject))
                       or at in (owner, _OBJECT[owner])) or _SAFETY_THING.search(m.group(0))):
            continue
        return phrase(m.group(0))
    return ""


def harm_told(r: Reading, other: str) -> str:
    """A harm the rules read that a learned reader must leave alone ("" if none): a violent
    act told (against "other"; not a strength told beside it), coercive control or a threat
    told, with no promise but what is reported or is itself control ("won't let her")."""
    if other == "other" and r.past_action and VIOLENT.search(r.past_action) and not (
            own.past_strength(r)):
        return "a violent act told"
    if other == "other" and VIOLENCE_TOLD.search(r.text):
        return "a violent act someone told"  # "Tia said: 'Dad pulled Mum's hair ...'"
    if (control_told(r) or THREAT_TOLD.search(r.text)) and all(
            said_words(r, c.words) or CONTROL.search(c.words) for c in r.commitments):
        return "coercive control told"
    return ""

