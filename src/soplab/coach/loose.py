"""Harm and danger statements written in loose forms (issue 21.3): the parts the template
readers miss when a writer drops the tense, the "that" or the sentence.

* a caregiver's act in any form of its verb ("Renee sleep in bed", "Minh push Thanh into
  wall", "worried dad drinks after work"): the subject is an adult, the verb is one of the
  lexicon's ``action_verb`` words in its base, -s, -ed or -ing form (second-language
  English, notes and the present tense tell the same act);
* a caregiver's own words in quotes ("Mr. Price told us, 'after my shift I have a few
  beers and fall asleep on the couch.'");
* what could happen told with "can", "maybe" or a note's spelling ("she can go outside
  or get hurt", "maybe get hurt", "cud get hurt");
* who is worried as a list heading ("Worried: worker, police", "Who is worried - ...");
* the situation as "on bad days", "after work", "after his shift".

Each function reads a :class:`~soplab.coach.reading.Reading` and returns the learner's
words (a whole phrase) or ``""``; :mod:`soplab.coach.components` uses them where the
template readers find nothing.
"""

from __future__ import annotations

from functools import lru_cache

from . import lazyre as re
from .lexicon import alternation
from .reading import Reading
from .text import clause, phrase
from .wording import HAS_A_DRINK

__all__ = ["absent", "act", "context", "future", "own_words", "undone", "when", "worriers"]


@lru_cache(maxsize=8)
def _acts(verbs: tuple[str, ...]) -> re.Pattern[str]:
    forms = []
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        forms += [v, v + ("es" if v.endswith(("sh", "ch", "ss", "o")) else "s"), stem + "ing",
                  stem + "ed" if not v.endswith("e") else v + "d",
                  v + v[-1] + "ing", v + v[-1] + "ed"]  # "stopping", "grabbed"
    return re.compile(r"(?P<verb>" + alternation(forms) + ")", re.I)


_WORD = re.compile(r"[\w'.-]+")
_HAS = re.compile(r"\b(?:has|have|had|having)\b", re.I)
_LEAD = {"that", "when", "whenever", "if", "while", "because", "and", "so", "then", "worried",
         "worry", "worries", "concerned", "afraid", "scared", "after", "before", "once", "as"}


def _subject(r: Reading, pos: int) -> str:
    """The adult named in the (at most three) words just before ``pos``, within its clause,
    or the sentence's first adult when the verb follows "and" ("Minh got loud about money
    and pushed Thanh")."""
    words = list(_WORD.finditer(r.text, max(0, pos - 50), pos))[-3:]
    if words and words[-1].group(0).lower() in {"and", "then"}:
        start = max(r.text.rfind(mark, 0, pos) for mark in ".\n;")
        found = [m for rx in (r.p.name_re, r.p.caregiver_word)
                 for m in rx.finditer(r.text, start + 1, pos)]
        for m in sorted(found, key=lambda m: m.start()):
            if r.is_adult_person(m.group(0)) and not r.child_like(m.group(0)):
                return m.group(0)
        return ""
    for i, w in enumerate(words):
        if re.search(r"[,;:!?\n]|\.(?!\w)", r.text[w.end():pos]) and not re.fullmatch(
                r"(?:Mr|Mrs|Ms|Mx|Dr)\.", w.group(0)):
            words = words[i + 1:]
            break
    while words and words[0].group(0).lower() in _LEAD:
        words.pop(0)
    last = words[-1].group(0) if words else ""
    if last.lower() in {"he", "she", "him", "her"} and _ADULT_NAMED.search(
            r.text) and not r.child_ref.search(r.text[max(0, pos - 60):pos]):
        return last  # "... may lead to him falling asleep": the adult named before
    if not (r.p.person_word.fullmatch(last) or r.p.name_re.fullmatch(last)):
        return ""  # "Renee's grief is going to ...": the words before the verb end in a person
    for k in range(len(words)):
        who = r.text[words[k].start():words[-1].end()]
        if r.is_adult_person(who) and (_TITLED.match(who) or not r.child_like(who)):
            return who
    return ""


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s")
_ADULT_NAMED = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+[A-Z]|\b(?i:dad|mum|mom|father|mother)\b")


def act(r: Reading) -> str:
    """A caregiver's act in any form of its verb: "Renee sleep in bed", "dad drinks after
    work", "Minh push Thanh into wall"."""
    verbs = r.p.lexicon.cues.get("action_verb", ())
    drinks = [m for m in _HAS.finditer(r.text) if HAS_A_DRINK.match(r.text, m.end())]
    for m in [*_acts(tuple(verbs)).finditer(r.text), *drinks]:  # "Dad has some beers"
        who = _subject(r, m.start())
        if who:
            start = r.text.rfind(who, 0, m.start())
            return clause(r.text, start, m.end(), 14)
    return own_words(r) or absent(r) or undone(r)


#: A caregiver not there for the child, told as a note or with a pronoun: "Renee in bed",
#: "while she was asleep", "Dad passed out on the couch".
_ABSENT = re.compile(r"\b(?:(?:was|were|is|stayed|stays|lay|lies)\s+)?(?:still\s+)?(?:in bed|"
                     r"asleep|"
                     r"passed out|out cold|drunk|high|not home|not there|not awake|at the pub|"
                     r"on (?:the|her|his) phone)\b", re.I)


#: What the caregiver cannot do, or what is left undone, told without a doer: "she cannot get
#: out of bed", "the pills may be left within reach", "Tommy may not be supervised".
_UNDONE = re.compile(r"\b(?:can't|cannot|can not|is unable to|isn't able to|couldn't|is too \w+ "
                     r"to)\s+"
                     r"(?:get (?:out of|up from) bed|get up|wake up|look after|care for|watch|"
                     r"supervise|get (?:him|her|them) to school)\b|\b(?:may|might|could|will|"
                     r"would|can)\s+(?:also\s+)?(?:be\s+)?left\s+(?:out|accessible|within reach|"
                     r"unlocked|alone|on (?:her|his|their) own|unsupervised|lying around)\b|"
                     r"\b(?:may|might|could|will|would)\s+not\s+be\s+(?:supervised|watched|"
                     r"looked after|fed|collected|picked up)\b", re.I)


def undone(r: Reading) -> str:
    """Care left undone, told without a doer or with a pronoun ("she cannot get out of bed",
    "medications may be left accessible")."""
    m = _UNDONE.search(r.text)
    if not m or not (_ADULT_NAMED.search(r.text) or r.p.name_re.search(r.text)):
        return ""
    return clause(r.text, max(0, m.start() - 20), m.end(), 12)


def absent(r: Reading) -> str:
    """A caregiver not there for the child: a note ("Renee in bed") or a pronoun when the
    text names one adult ("while she was asleep")."""
    for m in _ABSENT.finditer(r.text):
        before = r.text[max(0, m.start() - 30):m.start()].split()
        if not before:
            continue
        who = _subject(r, m.start())
        if not who and before[-1].lower() in {"she", "he"} and before[-2:-1] != ["and"]:
            adults = {n for n in re.findall(r"\b[A-Z][\w-]+", r.text)
                      if r.is_adult_person(n) and not r.child_like(n)}
            who = before[-1] if adults or r.p.caregiver_word.search(r.text) else ""
        if who:
            start = r.text.rfind(who, 0, m.start())
            return clause(r.text, start, m.end(), 12)
    return ""


_QUOTE = re.compile(r"(?:told|tells|said|says|put it|explained)[^'\"\u201c\u2018]{0,25}"
                    r"['\"\u201c\u2018](?P<q>[^'\"\u201d\u2019]{5,200})")


def own_words(r: Reading) -> str:
    """A caregiver's own words in quotes, told in the first person ("I have a few beers and
    fall asleep on the couch")."""
    for m in _QUOTE.finditer(r.text):
        before = r.text[max(0, m.start() - 40):m.start()].split()
        who = " ".join(before[-2:]) if before else ""
        if (before and (r.is_adult_person(who) or r.is_adult_person(before[-1]))
                and re.search(r"\bI\s+(?:\w+\s+)?[a-z]+", m.group("q"))):
            return phrase(m.group("q"), 18)
    return ""


_MAYBE = re.compile(r"\b(?:can|cud|cld|coud|maybe|mite|possibly|probably|risks?|chance|next time|"
                    r"likely|liable)\s+(?:\w+\s+){0,3}?", re.I)


def future(r: Reading) -> str:
    """What could happen told with "can", "maybe" or a note's spelling, followed by what it
    would do to a child ("she can go outside or get hurt", "cud get hurt")."""
    for m in _MAYBE.finditer(r.text):
        rest = re.split(r"[.;\n]", r.text[m.start():], maxsplit=1)[0]
        if r.p.impact.search(rest):
            return clause(r.text, m.start(), m.start() + len(rest), 12)
    return ""


_HEADING = re.compile(r"(?:^|\n)\s*(?:[-*\u2022]\s*)?(?:who(?:'s| is| are)\s+)?(?:worried|"
                      r"worry|concerned|concern|worriers?)(?:\s+about)?\s*[:\-\u2013]?\s+"
                      r"(?P<who>[^\n.;]{2,80})", re.I)


_THINK = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?P<who>[^.;!?\n]{2,80}?)\s+(?:think|thinks|"
                    r"believe|"
                    r"believes|reckon|reckons|fear|fears|expect|expects)\b(?=[^.;!?]*\b"
                    r"(?:might|may|could|likely|will|would)\b)", re.I)


_BY = re.compile(r"\b(?:worried|concerned|feared)\s+(?:by|among)\s+(?P<who>[^.;!?\n]{2,80}?)\s+"
                 r"that\b", re.I)


def worriers(r: Reading) -> str:
    """Who is worried as a list heading ("Worried: worker, police"), or who thinks something
    could happen ("The police and the worker think Minh is likely to ...")."""
    for m in [*_HEADING.finditer(r.text), *_THINK.finditer(r.text), *_BY.finditer(r.text)]:
        who = m.group("who").strip()
        if any(r.is_adult_person(p.strip()) for p in re.split(r",|\band\b", who) if p.strip()):
            return phrase(who, 10)
    return ""


_SITUATION = re.compile(r"\bon\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:days|nights|mornings|evenings|"
                        r"weekends)\b|\bafter\s+(?:work|(?:his|her|their|a|the)\s+(?:\w+\s+)?"
                        r"shifts?|payday|drinking|a drink|dark)\b", re.I)


def context(r: Reading) -> str:
    """The situation told as "on bad days", "after work", "after his shift"."""
    m = _SITUATION.search(r.text)
    return clause(r.text, m.start(), m.end(), 10) if m else ""


_DAY = re.compile(r"(?:^|(?<=[.;\n]\s)|(?<=\n))\s*(?:[-*\u2022]\s*)?(?:last\s+)?(?P<day>(?:Mon|"
                  r"Tues|Wednes|"
                  r"Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?(?:\s+(?:night|nite|"
                  r"morning|afternoon|evening|arvo))?(?=\s*[,:\-\n]|\s+[A-Za-z])")


_WHEN = re.compile(r"\b(?:the other (?:night|day|evening|morning|week)|at the weekend|(?:in )?the "
                   r"early hours|mid-?week|on the \d{1,2}(?:st|nd|rd|th)\b|(?-i:(?:Mon|Tues|Wednes|"
                   r"Thurs|Fri|Satur|Sun)day)(?!s))", re.I)


def when(r: Reading) -> str:
    """A day written as a note's heading or a sentence's first word ("Wednesday, Mum sleep
    on sofa ...", "- Wed", "Sat night Dad ..."), or a day or time told without "on" or
    "last" ("Late Sunday", "the other night", "at the weekend", "on the 14th")."""
    m = _DAY.search(r.text) or _WHEN.search(r.text)
    return m.group(0).strip(" -*\u2022") if m else ""
