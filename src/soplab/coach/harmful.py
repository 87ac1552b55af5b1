"""Detectors for harmful practice in a written answer (each rule's ``find``).

Each takes a :class:`~soplab.coach.reading.Reading` and returns the learner's own words
that show the problem, as a whole phrase, or ``""``. The rules that use them (messages,
lessons, costs, test sentences) are declared in :mod:`soplab.coach.safety_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .reading import Commitment, Reading
from .text import TITLE_DOT, clause, phrase

__all__ = [
    "VIOLENCE", "blames_child", "dv_context", "memo", "mutual_framing", "object_after", "own",
    "partner_trigger", "quote", "side", "subject_before", "survivor_monitors",
    "violence_to_adults",
]

#: What one adult does to another (or to a child): the acts of violence.
VIOLENCE = re.compile(
    r"\b(?:push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|hit(?:s|ting)?|slap(?:ped|s|ping)?|"
    r"punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|"
    r"grab(?:bed|s|bing)?|threaten(?:ed|s|ing)?|beat(?:s|ing|en)?|assault(?:ed|s|ing)?|"
    r"smack(?:ed|s|ing)?|pinn(?:ed|ing)|attack(?:ed|s|ing)?|hurt(?:s|ing)?|"
    r"shook|shak(?:e|es|ing)|thr(?:ew|ow|ows|owing)\s+(?:\w+\s+)?(?:at))\b", re.I)
_DV_WORDS = re.compile(r"\b(?:domestic (?:violence|abuse|incident)|DV|IPV|lash(?:es|ed|ing)? out|"
                       r"(?:get|gets|got|become|becomes|"
                       r"became|becoming|getting) physical|(?:intimate )?partner (?:violence|"
                       r"abuse)|coercive|controlling behaviou?r|restraining order|protective "
                       r"order|EPO|batterer\w*|women's refuge|DV advocate)\b")
_PARTNER = re.compile(r"\b(?:mom|mum|mother|mama|wife|partner|girlfriend|boyfriend|husband|"
                      r"fianc\w*|spouse|ex)\b", re.I)
_LEAD = {"that", "and", "because", "when", "if", "so", "but", "while", "as", "or", "then",
         "after", "before", "since", "once", "whenever", "until", "the", "also"}
_WORD = re.compile(r"[\w'.&-]+")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|St)\.")
_DETS = {"the", "his", "her", "their", "my", "our", "a", "an"}
_STOP_OBJECT = re.compile(r"\b(?:with|in|on|at|because|and|when|so|while|against|into|to|"
                          r"across|after|before|for|as|until|if|by|over|down|up)\b|[,.;:!?]",
                          re.I)


def memo(r: Reading, key: str, fn: Callable[[], object]):
    cache = r.__dict__.setdefault("_harmful", {})
    if key not in cache:
        cache[key] = fn()
    return cache[key]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` (titles such as "Mr." do not end it)."""
    start = 0
    for m in re.finditer(r"(?:" + TITLE_DOT + r"|[!?])\s|\n", text):
        if m.end() <= pos:
            start = m.end()
        else:
            return start, m.start() + 1
    return start, len(text)


def quote(r: Reading, start: int, end: int, max_words: int = 16) -> str:
    return clause(r.text, start, end, max_words)


def subject_before(r: Reading, pos: int) -> tuple[str, int] | None:
    """The person (adult or child) named in the few words just before ``pos``."""
    before = list(_WORD.finditer(r.text, max(0, pos - 60), pos))[-4:]
    ends = [i for i, w in enumerate(before) if w.group(0)[-1] in ".,;:!?"
            and not _TITLE.fullmatch(w.group(0))]
    if ends:  # only words of this clause
        before = before[ends[-1] + 1:]
    while before and before[0].group(0).lower() in _LEAD:
        before.pop(0)
    for k in range(len(before)):
        subj = r.text[before[k].start():before[-1].end()]
        if (before[k].group(0)[0].isupper() or before[k].group(0).lower() in _DETS) and (
                r.is_adult_person(subj) or r.is_child(subj)):
            return subj, before[k].start()
    return None


_ADVERBS = {"again", "hard", "twice", "repeatedly", "once", "badly", "too", "up", "down",
            "around", "about", "off", "away", "back", "so", "very", "really", "last", "this",
            "next", "every", "today", "yesterday", "tonight", "several", "many", "more"}
_NOUN_PHRASE = re.compile(r"\s*((?:(?:his|her|their|the|my|our|baby|little)\s+)*"
                          r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|"
                          r"[a-z][\w'-]*)(?:\s*\(\s*\d{1,2}\s*\))?)")


def object_after(r: Reading, pos: int) -> str:
    """The person (or thing) named just after ``pos``: "Thanh", "his mum", "Mia (7)"."""
    m = _NOUN_PHRASE.match(r.text, pos)
    if not m or _STOP_OBJECT.fullmatch(m.group(1).split()[0]):
        return ""
    words = m.group(1).split()
    if len(words) > 1 and (_STOP_OBJECT.fullmatch(words[-1]) or words[-1] in _ADVERBS):
        words.pop()  # "her into the wall": the person is "her"
    return " ".join(words)


def side(r: Reading, who: str) -> str:
    """"child", "network", "professional", "adult" (a caregiver or partner) or ""."""
    who = who.strip()
    if not who:
        return ""
    if r.is_child(who):
        return "child"
    if r.p.professional_word.search(who) and not r.p.caregiver_word.search(who):
        return "professional"
    if r.p.network_word.search(who) and not _PARTNER.search(who):
        return "network"
    return "adult" if r.is_adult_person(who) or _PARTNER.search(who) else ""


def violence_to_adults(r: Reading) -> list[tuple[str, re.Match[str]]]:
    """(who acted, the act) for each act of violence against an adult partner."""
    def find() -> list[tuple[str, re.Match[str]]]:
        out = []
        for m in VIOLENCE.finditer(r.text):
            obj = object_after(r, m.end())
            her = obj.lower() in {"her", "him"} and _two_adults(r)
            # a bare name is an adult only where the text marks its children ("Phuoc (6)")
            named = (side(r, obj) == "adult" and not r.child_like(obj)
                     and (bool(_PARTNER.search(obj)) or bool(r.child_names)))
            if not obj or not (her or named):
                continue
            actor = subject_before(r, m.start())
            if actor is None and out and out[0][0]:  # "he has pushed her": the same adult
                actor = (out[0][0], 0)
            elif actor is None:  # "he may push ...": the adult last named before the act
                named = [w for w in _adults_in(r, 0, m.start(), obj)]
                actor = (named[-1], 0) if named else None
            out.append((actor[0] if actor else "", m))
        return out
    return memo(r, "violence", find)


def _two_adults(r: Reading) -> bool:
    return memo(r, "two", lambda: len({w.lower() for w in _adults_in(r, 0, len(r.text), "")
                                        if not r.child_like(w)}) >= 2)


def dv_context(r: Reading) -> bool:
    """The text is about violence between adults (named, told as an act, or framed as
    fights between them)."""
    return memo(r, "dv", lambda: bool(_DV_WORDS.search(r.text) or violence_to_adults(r)
                                       or _MUTUAL.search(r.text)))


# --- violence framed as mutual -------------------------------------------------
_MUTUAL_NOUN = (r"(?:fights?|fighting|arguments?|arguing|disagreements?|conflicts?|rows|"
                r"disputes?|altercations?|quarrels?|domestics?|bickering)")
_MUTUAL = re.compile(
    rf"\b(?:their|the parents'|the adults'|the couple's|parental|marital|couple|relationship|"
    rf"domestic|verbal|physical|mutual)\s+(?:\w+\s+)?{_MUTUAL_NOUN}\b"
    rf"|\b(?:they|the parents|the couple|the adults|both parents|the two of them|each other)\s+"
    rf"(?:\w+\s+)?(?:argue|argued|argues|fight|fought|quarrel\w*|bicker\w*|rowed|clash\w*|"
    rf"were (?:arguing|fighting)|had words)\b"
    rf"|\b(?:had|have|has|having|get into|got into|gets into|getting into)\s+(?:a|an|another|"
    rf"the|many|frequent|regular|big|loud|heated|physical|verbal|violent|some)\s+(?:\w+\s+)?"
    rf"(?:fights?|arguments?|rows?|altercations?|disagreements?|domestic)\b"
    rf"|\b(?:talk through|settle|resolve|work through|work out|sort out|manage|handle)\s+"
    rf"(?:their\s+|any\s+|the\s+|our\s+|those\s+|future\s+)?(?:\w+\s+)?(?:disagreements?|"
    rf"conflicts?|arguments?|fights?|differences)\b"
    rf"|\bmutual(?:ly)?\s+(?:combat|violence|fighting|abuse|aggression)\b|\bhigh[- ]conflict\b"
    rf"|\b{_MUTUAL_NOUN}\s+between\s+(?:the\s+)?(?:parents|adults|couple|partners|[A-Z]\w+\s+"
    rf"and\s+[A-Z]\w+)\b"
    rf"|\bwhen(?:ever)?\s+(?:they|the parents|the adults|the couple)\s+(?:argue|fight|disagree)\b"
    rf"|\bdisagreements?\s+(?:start|starts|begin|begins|come up|arise)\b"
    rf"|\bdomestic\s+(?:incident|dispute|disturbance)s?\b|\bincidents?\s+between\s+(?:the\s+)?"
    rf"(?:parents|adults|couple|partners)\b", re.I)
_JOINT = re.compile(r"^(?:(?:both|each|all|also|always|calmly|respectfully|together|learn to|"
                    r"try to|work on|start to|begin to)\s+)*(?:talk|"
                    r"speak|communicate|discuss|listen to each other|resolve|work (?:out|through|"
                    r"things)|sort (?:out|things)|settle|compromise|co-?operate|make decisions "
                    r"together|stay calm|keep calm|calm down|manage (?:their|any|money)|argue|"
                    r"fight|disagree|take (?:a )?time[- ]?out|respect each other|treat each other|"
                    r"get along|get on)\b", re.I)
#: What two partners "will stop" doing ("will stop arguing", "won't fight"; "stop" is the negation)
_JOINT_STOPPED = re.compile(r"^(?:(?:both|each|ever|always|again)\s+)*(?:argu(?:e|ing)|"
                            r"fight(?:ing)?|bicker(?:ing)?|rowing|quarrel\w*|(?:yelling|shouting) "
                            r"at each other|having (?:fights|arguments|rows))\b", re.I)


_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:[A-Z]\w+|he|she|they)\s+(?:will|must|can)\b|"
                          r",\s+(?:and|but|so)\s+|;\s")


def own(c: Commitment) -> str:
    """The commitment's words up to where the next person's commitment starts."""
    cut = _NEXT_CLAUSE.search(c.words, len(c.subject))
    return phrase(c.words[:cut.start()] if cut else c.words, 16)


def _people(r: Reading, subject: str) -> list[str]:
    seen: dict[str, str] = {}
    for p in re.split(r",\s*|\s+(?:and|&)\s+", subject.strip()):
        if p:
            seen.setdefault(p.lower(), p)
    return list(seen.values())


def mutual_framing(r: Reading) -> str:
    """Violence told as something both partners do ("their fights", "when they argue",
    "Minh and Thanh will talk through their money worries calmly")."""
    m = _MUTUAL.search(r.text)
    if m:
        for c in r.commitments:  # quote the whole commitment it is part of
            if c.start - len(c.subject) - 2 <= m.start() < c.start + len(c.words):
                return own(c)
        return quote(r, m.start(), m.end())
    for c in r.commitments:
        people = _people(r, c.subject)
        joint = _JOINT_STOPPED.match(c.phrase) if c.negated else _JOINT.match(c.phrase)
        if (len(people) >= 2 and joint
                and all(side(r, p) == "adult" for p in people)
                and not any(r.is_child(p) for p in people)):
            return own(c)
    return ""


# --- the survivor made the monitor ---------------------------------------------
_REPORTS = re.compile(r"^(?:(?:also|then|immediately|always|straight away)\s+)*(?:(?:text|call|"
                      r"ring|phone|tell|inform|report\s+(?:\w+\s+){0,3}?to|report|let|email|"
                      r"message|contact|update|alert)(?:s|es)?)\s+(?:(?:the\s+)?(?:police|911)\s+"
                      r"(?:or|and)\s+)?(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:\w+\s+)?"
                      r"(?:social worker|worker|caseworker|case worker|CWS|DCFS|CPS|SW|agency|"
                      r"department|probation|court|children's services|investigator|team)\b"
                      r"|^(?:(?:also|then|immediately|always)\s+)*(?:call|ring|phone)s?\s+(?:the\s+)?"
                      r"(?:police|911)\b(?=[^.;]*\b(?:any time|whenever|if|when)\s+\w+\s+"
                      r"(?:drinks|starts|gets|raises|yells|shouts|is|has been|argues|swears))",
                      re.I)
_MANAGES = re.compile(r"^(?:(?:also|then|always|helps?|tries to|try to)\s+)*(?:makes? sure|"
                      r"ensures?|keeps?|stops?|prevents?|watch(?:es)?|checks? on|checks? that|"
                      r"monitors?|reminds?|calms?|supervises?|keeps? an eye on|talks?)\s+"
                      r"(?:that\s+)?", re.I)


def _adults_in(r: Reading, start: int, end: int, besides: str) -> list[str]:
    found = []
    for rx in (r.p.name_re, r.p.caregiver_word):
        for m in rx.finditer(r.text, start, end):
            who = m.group(0)
            if who not in besides and side(r, who) == "adult":
                found.append(who)
    return found


def survivor_monitors(r: Reading) -> str:
    """A partner made the one who reports on or manages the person using violence
    ("Thanh will text the worker if Minh ...", "Mum will keep Dad calm")."""
    for c in [*r.commitments, *r.present_acts]:  # also "Thanh calls the police if ..."
        people = [p for p in _people(r, c.subject) if not r.is_child(p)]
        if c.negated or len(people) != 1 or side(r, people[0]) != "adult":
            continue
        s, e = _sentence(r.text, c.start)
        others = _adults_in(r, s, e, c.subject)
        if not others:
            continue
        if _REPORTS.match(c.phrase):
            return own(c)
        m = _MANAGES.match(c.phrase)
        partners = bool(_gender(people[0]) and _gender(others[0])
                        and _gender(people[0]) != _gender(others[0]))
        if m and (dv_context(r) or partners):  # "Mum will make sure Dad does not drink"
            at = r.text.find(c.phrase, c.start)
            obj = object_after(r, at + m.end())
            if re.match(r"(?:[A-Z]|(?:her|his|their) \w+)", obj) and side(r, obj) == "adult":
                return own(c)
    return ""


# --- the child blamed ---------------------------------------------------------
_BLAME = re.compile(
    r"\b(?:makes?|made|making|gets?|got)\s+(?:him|her|them|(?:his|her|their)\s+\w+|[A-Z]\w+)\s+"
    r"(?:so\s+|really\s+|very\s+)?(?:angry|mad|cross|furious|lose\s+(?:his|her|their)\s+temper|"
    r"snap|wound up)\b"
    r"|\b(?:provok\w+|winds?\s+(?:him|her|them)\s+up|wound\s+(?:him|her|them)\s+up|pushe[sd]\s+"
    r"(?:his|her|their)\s+buttons|asked for it|deserved\s+(?:it|to)|brought it on)"
    r"|\b(?:her|his|their|[A-Z]\w+'s)\s+(?:behaviou?r|crying|screaming|tantrums?|attitude|"
    r"back-?chat|defiance|disobedience|lying|whining)\s+(?:makes|made|caused|causes|triggered|"
    r"triggers|led to|leads to|sets off|set off)\b", re.I)
#: A child given the adult's duty: "Kai (13) was supposed to be watching Tommy".
_CHILD_DUTY = re.compile(r"\b(?:was|were|is)\s+(?:supposed|meant|expected)\s+to\s+(?:be\s+)?"
                         r"(?:watch\w*|look\w* after|mind\w*|supervis\w+|babysit\w*|car\w+ for)"
                         r"|\bfail(?:ed|s)? to (?:watch|supervise|look after|mind)", re.I)
_BECAUSE = re.compile(r"\b(?:because|as|since|for|after)\s+(?P<s>[\w']+)\s+(?P<v>[\w']+)", re.I)
_PRONOUN = {"her": "she", "him": "he", "them": "they", "she": "she", "he": "he", "they": "they"}
_NOT_BLAME_VERB = {"was", "is", "were", "had", "has"}


_HE = re.compile(r"\b(?:dad\w*|father|papa|stepdad|stepfather|step-dad|boyfriend|husband|"
                 r"uncle|grandpa|grandad|granddad|grandfather|he|mr)\b", re.I)
_SHE = re.compile(r"\b(?:mom\w*|mum\w*|mother|mama|stepmom|stepmum|stepmother|girlfriend|"
                  r"wife|aunt\w*|grandma|nan\w*|granny|grandmother|she|mrs|ms)\b", re.I)


def _gender(who: str) -> str:
    if _HE.search(who) and not _SHE.search(who):
        return "he"
    return "she" if _SHE.search(who) and not _HE.search(who) else ""


def blames_child(r: Reading) -> str:
    """The child (or the partner) told as the cause of the violence: "makes him angry",
    "Dad hit Mia because she went in the shower"."""
    m = _BLAME.search(r.text)
    if m:
        return quote(r, m.start(), m.end())
    for m in _CHILD_DUTY.finditer(r.text):
        who = subject_before(r, m.start())
        if who and r.is_child(who[0]):
            return quote(r, who[1], m.end())
    for act in VIOLENCE.finditer(r.text):
        obj = object_after(r, act.end())
        if not obj:
            continue
        s, e = _sentence(r.text, act.start())
        for b in _BECAUSE.finditer(r.text, act.end(), e):
            who, verb = b.group("s"), b.group("v").lower()
            first = re.findall(r"[A-Za-z']+", obj)[-1] if re.search("[A-Za-z]", obj) else "?"
            actor = subject_before(r, act.start())
            actor_is = _gender(actor[0]) if actor else ""
            same = (who.lower() == first.lower()
                    or _PRONOUN.get(who.lower()) == _PRONOUN.get(first.lower(), "?")
                    or bool(actor_is and _PRONOUN.get(who.lower()) in {"he", "she"}
                            and _PRONOUN[who.lower()] != actor_is))
            victim = r.is_child(obj) or side(r, obj) == "adult"
            if same and victim and (verb not in _NOT_BLAME_VERB or r.is_child(obj)):
                return quote(r, act.start(), b.end())
    return ""


# --- anger as the cause, the partner as the trigger ---------------------------
_ANGRY_WITH = re.compile(r"\b(?:is|are|was|were|gets?|got|getting|becomes?|became|feels?|felt|"
                         r"being)\s+(?:\w+\s+)?(?:angry|mad|furious|cross|frustrated|jealous|"
                         r"annoyed|irritated|upset|wound up)\s+(?:with|at)\s+", re.I)
_ANGER_FRAME = re.compile(r"\bwhen(?:ever)?\s+(?:he|she|[A-Z]\w+|(?:her|his|the)\s+\w+)\s+"
                          r"(?:gets?|is|becomes?|feels?)\s+(?:\w+\s+)?(?:angry|mad|jealous|"
                          r"stressed|frustrated|furious)\b|\blos(?:es|t|ing|e)\s+(?:his|her|their)"
                          r"\s+(?:temper|cool)\b|\banger (?:issues|problems?)\b|\b(?:his|her|"
                          r"[A-Z]\w+'s)\s+(?:anger|temper)\b|\bcan(?:'t|not) control (?:his|her) "
                          r"(?:anger|temper)\b", re.I)


_SHE_SETS_OFF = re.compile(r"\bwhen(?:ever)?\s+(?P<who>[A-Z][\w-]+)\s+(?:winds "
                           r"(?:him|her|[A-Z]\w+) up|annoys|provokes|pushes (?:his|her) buttons|"
                           r"brings up|mentions|"
                           r"asks (?:him|her) (?:about|for)|talks back|nags|questions|challenges|"
                           r"refuses|says no|disagrees|argues|spends|goes out|comes home late)\b")
_ANGRY = re.compile(r"\b(?:angry|mad|furious|temper|jealous)\b", re.I)


def partner_trigger(r: Reading) -> str:
    """Anger told as the cause of violence, with the partner as its trigger ("when he is
    angry with her"), or an anger frame where there is violence between adults."""
    for m in _ANGRY_WITH.finditer(r.text):
        obj = object_after(r, m.end())
        if side(r, obj) == "adult" and not r.child_like(obj) or (
                obj.lower() in {"her", "him"} and (dv_context(r) or _two_adults(r))):
            return quote(r, m.start(), m.end() + len(obj))
    for m in _SHE_SETS_OFF.finditer(r.text):
        if side(r, m.group("who")) == "adult" and (dv_context(r) or _ANGRY.search(r.text)):
            return quote(r, m.start(), m.end())
    if dv_context(r):
        m = _ANGER_FRAME.search(r.text)
        if m:
            return quote(r, m.start(), m.end())
    return ""
