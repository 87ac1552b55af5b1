"""Detectors for harmful practice in a written answer (each rule's ``find``).

Each takes a :class:`~soplab.coach.reading.Reading` and returns the learner's own words
that show the problem, as a whole phrase, or ``""``. The rules that use them (messages,
lessons, costs, test sentences) are declared in :mod:`soplab.coach.safety_rules`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import lazyre as re
from .reading import Commitment, Reading
from .text import TITLE_DOT, clause, phrase
from .truecase import course_children, course_names, course_people

__all__ = [
    "MUTUAL", "MUTUAL_NOUN", "TOWARD_HER", "VIOLENCE", "Later", "adults_in", "dv_context",
    "gender", "memo", "object_after", "own", "people", "quote", "sentence_span", "side",
    "subject_before", "two_adults", "violence_to_adults",
]

#: A pattern compiled on first use, not at import: :func:`soplab.coach.lazyre.compile` (this
#: module's ``re``), under the name the harmful-practice readers know it by.
Later = re.compile


#: What one adult does to another (or to a child): the acts of violence.
VIOLENCE = re.compile(
    r"\b(?:push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|hit(?:s|ting)?|slap(?:ped|s|ping)?|"
    r"punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|"
    r"grab(?:bed|s|bing)?|threaten(?:ed|s|ing)?|beat(?:s|ing|en)?|assault(?:ed|s|ing)?|"
    r"smack(?:ed|s|ing)?|pinn(?:ed|ing)|attack(?:ed|s|ing)?|hurt(?:s|ing)?|strik(?:e|es|ing)|"
    r"struck|"
    r"shook|shak(?:e|es|ing)|thr(?:ew|ow|ows|owing)\s+(?:\w+\s+){0,2}?(?:at)|"
    # the same told in everyday words: "put his hands on her", "laid a finger on her"
    r"(?:put(?:s|ting)?|lay(?:s|ing)?|laid)\s+(?:(?:his|her|their|a)\s+)?(?:hands?|finger)\s+on"
    r"\s+(?:her|him|them|(?-i:[A-Z])\w+)|"
    r"manhandl(?:e|ed|es|ing)|rough(?:s|ed|ing)?\s+(?:her|him|them)\s+up|"
    r"g(?:et|ets|ot|etting)\s+rough\s+with)\b", re.I)
_DV_WORDS = re.compile(r"\b(?:domestic (?:violence|abuse|incident)|DV|IPV|lash(?:es|ed|ing)? out|"
                       r"(?:get|gets|got|become|becomes|"
                       r"became|becoming|getting) physical|(?:intimate )?partner (?:violence|"
                       r"abuse)|coercive|controlling behaviou?r|restraining order|protective "
                       r"order|EPO|batterer\w*|women's refuge|DV advocate|physically "
                       r"aggressive|(?:get|gets|got|become|becomes|became) violent|physical force|"
                       r"(?i:(?:shout|yell|scream|swear)(?:s|ed|ing)?\s+at\s+(?:his|her|the)\s+"
                       r"(?:wife|partner|girlfriend|mum|mom|mother|husband)))\b")
_PARTNER = re.compile(r"\b(?:mom|mum|mother|mama|wife|partner|girlfriend|boyfriend|husband|"
                      r"fianc\w*|spouse|ex)\b", re.I)
#: How he treats her, in a goal or a promise: the sign that it is about his violence
#: ("speak calmly to Thanh", "no yelling at Mum", "keep his hands to himself").
TOWARD_HER = re.compile(r"\b(?:calm\w*|respect\w*|kind\w*|gentl\w*|yell\w*|shout\w*|scream\w*|"
                        r"hands|physical\w*|violen\w*|hit\w*|push\w*|shov\w*|temper|voice|"
                        r"ang[e]?r\w*|threat\w*)\b", re.I)
_LEAD = {"that", "and", "because", "when", "if", "so", "but", "while", "as", "or", "then",
         "after", "before", "since", "once", "whenever", "until", "the", "also"}
#: Words that report speech: the person after them is the subject of what was reported
#: ("Mom reports dad pushed her": "dad").
_SAYS = {"said", "says", "told", "tells", "reports", "reported", "stated", "states", "disclosed",
         "discloses", "shared", "shares", "admitted", "admits", "explained", "informed",
         "mentioned", "claims", "claimed", "confided"}
_PRONOUN_WORDS = {"he", "she", "they", "him", "her", "them", "it", "i", "we", "you"}
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
    if before and before[-1].group(0).lower() in {"and", "then"}:
        first = _clause_subject(r, pos)  # "Minh was yelling at Thanh about money and pushed
        if first:  # her": the clause's subject, not "Thanh about money and"
            return first
    ends = [i for i, w in enumerate(before) if (w.group(0)[-1] in ".,;:!?" and not
                                                _TITLE.fullmatch(w.group(0)))
            or w.group(0) == "-" or "\n" in r.text[w.end():pos]]
    if ends:  # only words of this clause (a list line, a quote, a sentence)
        before = before[ends[-1] + 1:]
    quoted = [i for i, w in enumerate(before) if r.text[w.start() - 1:w.start()] in "\"\u201c'"
              and w.start() > 0]
    if quoted:  # 'Vy told officers "Dad pushed Mom"': the quote's own subject
        before = before[quoted[-1]:]
    says = [i for i, w in enumerate(before) if w.group(0).lower() in _SAYS]
    if says and any(w.group(0).lower() not in _PRONOUN_WORDS | _LEAD
                    for w in before[says[-1] + 1:]):  # "Mom reports dad pushed her": "dad"
        before = before[says[-1] + 1:]
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


_OPENS = _SAYS | {"say", "tell", "tells"} | (_LEAD - {"and", "the", "also", "then"})
_CLAUSE_START = Later(r"[.;!?\n][^.;!?\n]*$")


def _clause_subject(r: Reading, pos: int) -> tuple[str, int] | None:
    """The person who opens the sentence ``pos`` is in, when the verb at ``pos`` follows
    "and" ("Dad yelled at Mum and pushed her": Dad)."""
    start = m.start() + 1 if (m := _CLAUSE_START.search(r.text, 0, pos)) else 0
    opens = [w.end() for w in _WORD.finditer(r.text, start, pos)  # "Bao tell us his dad shout
             if w.group(0).lower() in _OPENS]  # and push": after what was said, "his dad"
    start = opens[-1] if opens else start
    found = sorted((m for rx in (r.p.name_re, r.p.caregiver_word)
                    for m in rx.finditer(r.text, start, pos)), key=lambda m: m.start())
    for m in found[:1]:
        if side(r, m.group(0)) in ("adult", "child"):
            return m.group(0), m.start()
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
                named = [w for w in adults_in(r, 0, m.start(), obj)]
                actor = (named[-1], 0) if named else None
            out.append((actor[0] if actor else "", m))
        return out
    return memo(r, "violence", find)


def two_adults(r: Reading) -> bool:
    """The text names at least two adults."""
    return memo(r, "two", lambda: len({w.lower() for w in adults_in(r, 0, len(r.text), "")
                                        if _course_adult(w) or not r.child_like(w)}) >= 2)


def _course_adult(who: str) -> bool:
    """One of the course's adults by name ("Thanh", "Renee": data/lexicon/names.csv)."""
    return who.lower() in course_names() and who not in course_children()


def dv_context(r: Reading) -> bool:
    """The text is about violence between adults (named, told as an act, or framed as
    fights between them)."""
    return memo(r, "dv", lambda: bool(_DV_WORDS.search(r.text) or violence_to_adults(r)
                                       or MUTUAL.search(r.text) or _adult_hurt(r)))


#: An adult told as the one hurt, in the passive ("Thanh could be hurt again", "Mum was
#: pushed"), or "he ... her" where the woman last named is an adult ("Thanh says he drinks
#: and he will push her again").
_HURT_DONE = Later(r"\b(?P<who>[A-Z][\w-]+|(?:his|the)\s+(?:wife|partner|girlfriend))\s+"
                        r"(?:(?:could|may|might|will|would|can)\s+)?(?:also\s+|again\s+)?"
                        r"(?:be|get|got|gets|was|were|been|is|has been)\s+(?:\w+\s+)?(?:hurt|"
                        r"pushed|shoved|hit|slapped|punched|kicked|choked|strangled|grabbed|"
                        r"beaten|assaulted|attacked|injured|harmed|threatened)\b"
                        r"|\b(?P<he>he)\s+(?:\w+\s+){0,3}?" + VIOLENCE.pattern[2:-2] + r"\s+her\b")


def _adult_hurt(r: Reading) -> bool:
    for m in _HURT_DONE.finditer(r.text):
        if m.group("he"):
            shes = [n for n in re.findall(r"\b[A-Z][\w-]+", r.text[:m.start()])
                    if gender(n) == "she" and side(r, n)]
            if shes and side(r, shes[-1]) == "adult":
                return True
        elif side(r, m.group("who")) == "adult" and (_course_adult(m.group("who"))
                                                     or not r.child_like(m.group("who"))):
            return True
    return False


# --- violence framed as mutual -------------------------------------------------
MUTUAL_NOUN = (r"(?:fights?|fighting|arguments?|arguing|disagreements?|conflicts?|rows|"
               r"disputes?|altercations?|quarrels?|domestics?|bickering|(?:shouting|screaming) "
               r"match(?:es)?|spats?|bust-?ups?|(?:heated |angry )?exchanges?|tensions?|"
               r"barney|tiffs?|set-tos?|ding-?dongs?|punch-?ups?|falling[- ]outs?|blow-?ups?|"
               r"scuffles?|brawls?|squabbles?|scraps)")
MUTUAL = re.compile(
    rf"\b(?:their|the parents'|the adults'|the couple's|the family's|parental|marital|couple|"
    rf"relationship|family|household|"
    rf"domestic|verbal|physical|mutual)\s+(?:\w+\s+)?{MUTUAL_NOUN}\b"
    rf"|\b(?:they|the parents|the couple|the adults|both parents|the two of them|each other)\s+"
    rf"(?:\w+\s+)?(?:argue|argued|argues|fight|fought|quarrel\w*|bicker\w*|rowed|clash\w*|"
    rf"were (?:arguing|fighting)|had words)\b"
    rf"|\b(?:had|have|has|having|get into|got into|gets into|getting into)\s+(?:a|an|another|"
    rf"the|many|frequent|regular|big|loud|heated|physical|verbal|violent|some)\s+(?:\w+\s+)?"
    rf"(?:fights?|arguments?|rows?|altercations?|disagreements?|domestic|barney|tiff|set-to|"
    rf"ding-?dong|punch-?up|falling[- ]out|bust-?up|blow-?up|scuffle|brawl)\b"
    rf"|\b(?:talk through|settle|resolve|work through|work out|sort out|manage|handle)\s+"
    rf"(?:their\s+|any\s+|the\s+|our\s+|those\s+|future\s+)?(?:\w+\s+)?(?:disagreements?|"
    rf"conflicts?|arguments?|fights?|differences)\b"
    rf"|\bmutual(?:ly)?\s+(?:combat|violence|fighting|abuse|aggression)\b|\bhigh[- ]conflict\b"
    rf"|\bthings\s+(?:got|get|gets|getting|became)\s+(?:heated|out of hand|ugly|physical)\b"
    rf"|\b(?:physical|violent|rough)\s+with\s+each\s+other\b"
    rf"|\b(?:the two of them|both of them|both parents|both adults)\s+(?:\w+\s+)?(?:got|get|gets|"
    rf"were|was|became|become)\s+(?:physical|violent|yelling|shouting|screaming)\b"
    rf"|\bthere\s+(?:was|were|has been)\s+(?:some\s+|a lot of\s+)?(?:pushing|shoving|hitting|"
    rf"fighting)\b"
    rf"|\b(?:argument|fight|disagreement|dispute|row|quarrel)s?\s+(?:\w+\s+){{0,4}}?"
    rf"(?:turn(?:s|ed)?|"
    rf"get|gets|got|become|becomes|became|escalat(?:e|es|ed)(?:\s+into)?|go|goes|went)\s+"
    rf"(?:physical|violent)\b"
    rf"|\bheated\s+between\b|\bcouples?\s+(?:counsel\w*|therapy|work)\b"
    rf"|\b(?:volatile|toxic|abusive|violent|unhealthy|turbulent|tumultuous|stormy|rocky|"
    rf"dysfunctional)\s+relationship\b|\brelationship\s+(?:violence|problems|issues|"
    rf"difficulties)\b"
    rf"|\b(?:{MUTUAL_NOUN}|incidents?|it|things)\b[^.;,]{{0,25}}?\bbetween\s+(?:the\s+)?(?:parents|"
    rf"adults|couple|partners|them|(?:(?:Mr|Mrs|Ms)\.?\s+)?[A-Z]\w+\s+and\s+(?:(?:Mr|Mrs|Ms)\.?\s+)?"
    rf"[A-Z]\w+|(?:mum|mom|dad)\s+and\s+(?:mum|mom|dad)|him\s+and\s+her|her\s+and\s+him)\b"
    rf"|\b(?:lead|leads|led|leading)\s+to\s+(?:more\s+|the\s+)?(?:fights|arguments|rows|"
    rf"conflict)\b(?!\s+(?:at\s+school|in\s+class|with|for|between\s+(?:the\s+)?(?:kids|children)))"
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


def adults_in(r: Reading, start: int, end: int, besides: str) -> list[str]:
    found = []
    for rx in (r.p.name_re, r.p.caregiver_word):
        for m in rx.finditer(r.text, start, end):
            who = m.group(0)
            if who not in besides and side(r, who) == "adult":
                found.append(who)
    return found


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
