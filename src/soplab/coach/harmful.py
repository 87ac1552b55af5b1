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
from .truecase import course_children, course_names, course_people

__all__ = [
    "MUTUAL", "MUTUAL_NOUN", "VIOLENCE", "dv_context", "gender", "memo", "object_after", "own",
    "people", "quote", "sentence_span", "side", "subject_before", "survivor_monitors",
    "two_adults", "violence_to_adults",
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
                       r"order|EPO|batterer\w*|women's refuge|DV advocate|physically "
                       r"aggressive|(?:get|gets|got|become|becomes|became) violent)\b")
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


def sentence_span(text: str, pos: int) -> tuple[int, int]:
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
    ends = [i for i, w in enumerate(before) if (w.group(0)[-1] in ".,;:!?" and not
                                                _TITLE.fullmatch(w.group(0)))
            or w.group(0) == "-" or "\n" in r.text[w.end():pos]]
    if ends:  # only words of this clause (a list line, a quote, a sentence)
        before = before[ends[-1] + 1:]
    quoted = [i for i, w in enumerate(before) if r.text[w.start() - 1:w.start()] in "\"\u201c'"
              and w.start() > 0]
    if quoted:  # 'Vy told officers "Dad pushed Mom"': the quote's own subject
        before = before[quoted[-1]:]
    leads = [i for i, w in enumerate(before) if w.group(0).lower() in _LEAD - {"and", "the"}]
    if leads:  # "Tommy overdosed because Kai was ...": the words after "because"
        before = before[leads[-1] + 1:]
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
    if r.is_child(who) or (who.split()[-1] in course_children()  # "Vy": the course's child
                           and not r.p.person_word.search(who)):
        return "child"
    if r.p.professional_word.search(who) and not r.p.caregiver_word.search(who):
        return "professional"
    if r.p.network_word.search(who) and not _PARTNER.search(who) or (
            course_people().get(who.split()[-1], ("", False))[1]
            and not r.p.caregiver_word.search(who)):  # "Phuoc", "Ba Lan": the family's network
        return "network"
    return "adult" if r.is_adult_person(who) or _PARTNER.search(who) else ""


def violence_to_adults(r: Reading) -> list[tuple[str, re.Match[str]]]:
    """(who acted, the act) for each act of violence against an adult partner."""
    def find() -> list[tuple[str, re.Match[str]]]:
        out = []
        for m in VIOLENCE.finditer(r.text):
            obj = object_after(r, m.end())
            her = obj.lower() in {"her", "him"} and two_adults(r)
            # a bare name is an adult only where the text marks its children ("Phuoc (6)")
            named = side(r, obj) == "adult" and (_course_adult(obj) or (
                not r.child_like(obj) and (bool(_PARTNER.search(obj)) or bool(r.child_names))))
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


def two_adults(r: Reading) -> bool:
    """The text names at least two adults."""
    return memo(r, "two", lambda: len({w.lower() for w in _adults_in(r, 0, len(r.text), "")
                                        if _course_adult(w) or not r.child_like(w)}) >= 2)


def _course_adult(who: str) -> bool:
    """One of the course's adults by name ("Thanh", "Renee": data/lexicon/names.csv)."""
    return who.lower() in course_names() and who not in course_children()


def dv_context(r: Reading) -> bool:
    """The text is about violence between adults (named, told as an act, or framed as
    fights between them)."""
    return memo(r, "dv", lambda: bool(_DV_WORDS.search(r.text) or violence_to_adults(r)
                                       or MUTUAL.search(r.text)))


# --- violence framed as mutual -------------------------------------------------
MUTUAL_NOUN = (r"(?:fights?|fighting|arguments?|arguing|disagreements?|conflicts?|rows|"
               r"disputes?|altercations?|quarrels?|domestics?|bickering|(?:shouting|screaming) "
               r"match(?:es)?|spats?|bust-?ups?|(?:heated |angry )?exchanges?|tensions?)")
MUTUAL = re.compile(
    rf"\b(?:their|the parents'|the adults'|the couple's|parental|marital|couple|relationship|"
    rf"domestic|verbal|physical|mutual)\s+(?:\w+\s+)?{MUTUAL_NOUN}\b"
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
    rf"|\bthings\s+(?:got|get|gets|getting|became)\s+(?:heated|out of hand|ugly|physical)\b"
    rf"|\bheated\s+between\b|\bcouples?\s+(?:counsel\w*|therapy|work)\b"
    rf"|\b(?:volatile|toxic|abusive|violent|unhealthy|turbulent|tumultuous|stormy|rocky|"
    rf"dysfunctional)\s+relationship\b|\brelationship\s+(?:violence|problems|issues|"
    rf"difficulties)\b"
    rf"|\b{MUTUAL_NOUN}\s+between\s+(?:the\s+)?(?:parents|adults|couple|partners|[A-Z]\w+\s+"
    rf"and\s+[A-Z]\w+)\b"
    rf"|\bwhen(?:ever)?\s+(?:they|the parents|the adults|the couple)\s+(?:argue|fight|disagree)\b"
    rf"|\bdisagreements?\s+(?:start|starts|begin|begins|come up|arise)\b"
    rf"|\bdomestic\s+(?:incident|dispute|disturbance)s?\b|\bincidents?\s+between\s+(?:the\s+)?"
    rf"(?:parents|adults|couple|partners)\b", re.I)
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:[A-Z]\w+|he|she|they)\s+(?:will|must|can)\b|"
                          r",\s+(?:and|but|so)\s+|;\s")


def own(c: Commitment) -> str:
    """The commitment's words up to where the next person's commitment starts."""
    cut = _NEXT_CLAUSE.search(c.words, len(c.subject))
    return phrase(c.words[:cut.start()] if cut else c.words, 16)


def people(r: Reading, subject: str) -> list[str]:
    """The people of a subject ("Mom, Dad and Nan"), each once."""
    seen: dict[str, str] = {}
    for p in re.split(r",\s*|\s+(?:and|&)\s+", subject.strip()):
        if p:
            seen.setdefault(p.lower(), p)
    return list(seen.values())


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


#: Reporting to the agency anywhere in a promise, in any form ("by calling the worker if ...",
#: "has to let us know", "- Thanh to report any drinking to worker").
_REPORTS_TO = re.compile(
    r"\b(?:(?:call|text|ring|phone|tell|inform|report|contact|alert|email|message|notify|"
    r"update|bring\s+it\s+to|show\s+it\s+to|give\s+it\s+to)(?:s|es|ed|ing)?"
    r"(?:\s+(?-i:[A-Z]\w+)\s+(?:and|or|\+))?"  # "text Phuoc and the worker"
    r"|report(?:s|ing)?\s+(?:any|all|his|every)\s+[\w-]+(?:\s+[\w-]+)?\s+to)\s+(?:the\s+|her\s+|a\s+)?"
    r"(?:social worker|worker|caseworker|case worker|SW|CWS|DCFS|CPS|agency|department|us)\b"
    r"|\blet(?:s|ting)?\s+(?:the\s+|her\s+)?(?:social worker|worker|caseworker|SW|CWS|agency|us|"
    r"me)\s+know\b", re.I)
_PROMISE_BEFORE = re.compile(r"\b(?:will|must|should|can|to|has to|have to|needs? to|agrees? to|"
                             r"is going to)\b", re.I)


def _partner_reports(r: Reading) -> str:
    """A partner (not the one who uses violence, not the network) given the reporting."""
    actors = {a.lower() for a, _ in violence_to_adults(r) if a}
    for m in _REPORTS_TO.finditer(r.text):
        s, _ = sentence_span(r.text, m.start())
        before = r.text[s:m.start()]
        promises = list(_PROMISE_BEFORE.finditer(before))
        # who promises: before "will"/"to", or (a note, second-language English: "Thanh call
        # the worker when Minh drink") the clause before the report
        end = promises[0].start() if promises else len(before)
        doer = before[:end]
        if any(side(r, m2.group(0)) in ("network", "professional")
               for rx in (r.p.name_re, r.p.person_word) for m2 in rx.finditer(doer)):
            continue  # "Ba Lan will keep an eye on Minh ...": the network's part
        names = [n for n in _adults_in(r, s, s + end, "")
                 if (not r.child_like(n) or n.lower() in course_names())
                 and not n.endswith("'s")]  # "Minh's drinking" is what is watched
        if not names or side(r, names[-1]) != "adult" or names[-1].lower() in actors:
            continue
        who = names[-1]  # the person just before the report
        role = before[:before.rfind(who)].split()[-1:]
        if role and side(r, f"{role[0]} {who}") in ("network", "professional"):
            continue  # "Uncle Phuoc will ring the caseworker ..."
        _, e = sentence_span(r.text, m.start())
        watched = _ON_HIM.search(r.text, s, e)  # what he does, reported by her
        named = watched.group("who") if watched else None
        others = [named] if named and named.lower() not in {"he", "she", "it"} else []
        others += [n for n in _adults_in(r, 0, len(r.text), who) if n != who]
        if others and watched and (watched.group("who") is None or watched.group("who").lower()
                                   in {"he", "she", "it"} | {o.lower() for o in others}) and (
                dv_context(r) or (gender(who) and gender(others[0])
                                  and gender(who) != gender(others[0]))):
            return quote(r, s + before.rfind(who), m.end())
    return ""


#: What the person who uses violence does, as the thing reported: "if Minh drinks", "if it
#: happens again", "any drinking".
_ON_HIM = re.compile(r"\b(?:if|when|whenever|any time|every time)\s+(?P<who>(?-i:[A-Z][\w-]+)|he|"
                     r"she|it)\b(?!\s+(?:notice|see|hear|think|feel|are|is worried))"
                     r"|\b(?:any|his|her|all)\s+(?:drinking|yelling|shouting|violence|threats|"
                     r"incidents?|changes in (?:him|his))\b|\bof\s+any\s+(?:incidents?|"
                     r"drinking|trouble|problems)\b|\b(?-i:[A-Z]\w+)'s\s+(?:drinking|moods?|"
                     r"temper|behaviou?r)\b", re.I)


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
        adults = [p for p in people(r, c.subject) if not r.is_child(p)]
        if c.negated or len(adults) != 1 or side(r, adults[0]) != "adult":
            continue
        s, e = sentence_span(r.text, c.start)
        others = _adults_in(r, s, e, c.subject)
        if not others:
            continue
        if _REPORTS.match(c.phrase):
            return own(c)
        watches = _WATCHES.search(c.phrase)
        m = _MANAGES.match(c.phrase) or watches
        partners = bool(gender(adults[0]) and gender(others[0])  # the cast tells "Thanh"
                        and gender(adults[0]) != gender(others[0])
                        and not (m and m.group(0).lower().rstrip().endswith("talk")))
        if m and (dv_context(r) or partners):  # "Mum will make sure Dad does not drink"
            at = r.text.find(c.phrase, c.start)
            obj = object_after(r, at + m.end())
            w = watches or m
            named = _adults_in(r, at + w.start(), at + min(len(c.phrase), w.end() + 40),
                               c.subject) if watches else []  # "watch for signs that Minh"
            if (re.match(r"(?:[A-Z]|(?:her|his|their) \w+)", obj) and side(r, obj) == "adult"
                    or any(side(r, n) == "adult" and n != adults[0] for n in named)):
                return own(c)
    return _partner_reports(r) or _partner_verifies(r)


def _partner_verifies(r: Reading) -> str:
    """The partner his promise is about made the one who sees or verifies it ("Minh shall
    refrain from all physical contact with Thanh ..., as verified by Thanh")."""
    for rx in r.p.observer:
        for m in rx.finditer(r.text):
            seers = people(r, m.group("obs"))
            if len(seers) != 1:
                continue  # she is one of several who see it: the network sees it too
            for who in seers:
                if side(r, who) != "adult" or who.lower() in {"we", "everyone", "they"}:
                    continue
                at = m.start("obs") + m.group("obs").find(who)
                for c in r.caregiver_commitments:
                    doer = people(r, c.subject)
                    begins = r.text.find(c.phrase, c.start)
                    if (who not in c.subject and who in c.phrase and len(doer) == 1
                            and side(r, doer[0]) == "adult"
                            and not begins <= at < begins + len(c.phrase)):
                        return quote(r, m.start(), m.end())
    return ""


#: Watching him, anywhere in her promise: "watch for signs that Minh is drinking", "keep a
#: log of Dad's drinking", "keep track of his moods".
_WATCHES = re.compile(r"\b(?:watch(?:es|ing)?\s+(?:out\s+)?for|look(?:s|ing)?\s+out\s+for|"
                      r"keep(?:s|ing)?\s+(?:a\s+)?(?:log|diary|record|note|notes|track|tabs)\s+"
                      r"(?:of|on)|monitor(?:s|ing)?|check(?:s|ing)?\s+(?:on|up on))\b", re.I)


_HE = re.compile(r"\b(?:dad\w*|father|papa|stepdad|stepfather|step-dad|boyfriend|husband|"
                 r"uncle|grandpa|grandad|granddad|grandfather|he|mr)\b", re.I)
_SHE = re.compile(r"\b(?:mom\w*|mum\w*|mother|mama|stepmom|stepmum|stepmother|girlfriend|"
                  r"wife|aunt\w*|grandma|nan\w*|granny|grandmother|she|mrs|ms)\b", re.I)


def gender(who: str) -> str:
    """"he" or "she" from a family word ("Dad", "his mum"), a pronoun or the course's cast
    ("Thanh"); "" if unsure."""
    if not (_HE.search(who) or _SHE.search(who)) and who.split():
        return course_people().get(re.sub(r"'s?$", "", who.split()[-1]), ("", False))[0]
    if _HE.search(who) and not _SHE.search(who):
        return "he"
    return "she" if _SHE.search(who) and not _HE.search(who) else ""
