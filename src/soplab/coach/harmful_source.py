"""Detector for a source the person using violence will hear: what only the survivor or
a child said in private, named as theirs (rule ``dv-source-exposed`` in
:mod:`soplab.coach.safety_rules`). His own words are his, and the lessons ask workers to
record a parent's disagreement ("Minh says it was one bad night")."""

from __future__ import annotations

from functools import lru_cache

from soplab._core.paths import data_path

from . import lazyre as re
from .harmful import (
    TOWARD_HER,
    VIOLENCE,
    Later,
    dv_context,
    gender,
    memo,
    object_after,
    quote,
    sentence_span,
    side,
    subject_before,
    violence_to_adults,
)
from .lexicon import read_rows
from .reading import Reading
from .truecase import course_people

__all__ = ["exposes_source", "his_drinking_as_goal"]

_TOLD = re.compile(r"\b(?:told|tells|disclosed|discloses|reported|reports|said|says|say|shared|"
                   r"shares|admitted|admits|explained|confided|stated|revealed|described|"
                   r"mentions|explains|confides|describes|reveals|states|informed|informs|"
                   r"opened up|let (?:us|me|the worker|the SW) know|lets? slip|lets? on|"
                   r"whisper(?:s|ed)|hint(?:s|ed)|"
                   r"confirm(?:s|ed)|acknowledg(?:es|ed)|puts? it(?=\s*[,:])|"
                   r"(?<!will )(?<!to )(?<!can )"
                   r"tell (?:us|me|the worker|the teacher)|"
                   r"mentioned|asked (?:us|me|the worker|the police|them) not to (?:tell|share|"
                   r"say)|(?:does|did)(?: not|n't) want (?:him|Minh|\w+) to (?:know|find out))\b",
                   re.I)
#: Her or a child's words set out as theirs: 'Vy: "Dad pushed Mom"', 'Thanh (alone): "..."'.
_QUOTED_BY = Later(r"\b(?P<who>[A-Z][\w-]+)(?:\s*\([^)]{0,20}\))?\s*:\s*[\"\u201c]")
#: '"Dad pushed Mom," said Vy': the speaker after the quote.
_SAID_AFTER = Later(r"[\"\u201d]\s*,?\s*(?:said|says|told\s+(?:us|me|the\s+\w+)|asked|added|"
                         r"explained|recalled)\s+(?P<who>[A-Z][\w-]+)")
_ACCORDING = re.compile(r"\b(?:according to|(?:as )?per|in the words of|(?:as\s+)?(?:disclosed|"
                        r"reported|told|said|shared|stated|described|explained|confided|"
                        r"admitted)\s+(?:\w+\s+){0,3}?by|(?:hear|hears|heard|learn\w*|found out|"
                        r"find out)\s+(?:\w+\s+)?from)\s+", re.I)
_WHOSE_WORDS = re.compile(r"\b(?P<who>[A-Z][\w-]+)'s\s+(?:own\s+)?(?:report|account|disclosure|"
                          r"statement|words|story|version|description|fears?|worry|worries)\b")


#: What the person using violence does to his partner, beside violence itself: his own
#: words ("Minh says it was one bad night") are his, and the lesson asks to record them.
_HOSTILE = re.compile(r"\b(?:shouts?|shouted|shouting|yells?|yelled|yelling|screams?|screamed|"
                      r"swears?|swore)\s+at\b|" + VIOLENCE.pattern, re.I)


def _hostile_subjects(r: Reading) -> set[str]:
    """Who shouts at, threatens or hurts someone in the text (the subject named before
    the act)."""
    def find() -> set[str]:
        out = set()
        for m in _HOSTILE.finditer(r.text):
            if (_SUFFERED.search(r.text, max(0, m.start() - 12), m.start())
                    and not m.group(0).split()[0].lower().endswith("ing")):
                continue  # "Vy could get hurt": what happens to her, not what she does
            who = subject_before(r, m.start())
            if who and who[0].lower() not in _PRONOUNS:
                out.add(who[0].lower())
        return out
    return memo(r, "hostile", find)


_HIT_BEFORE = Later(r"(?:" + VIOLENCE.pattern + r")\s+(?:\w+\s+)?$", re.I)
_IF_SHE = Later(r"\b(?:if|when|whenever|every\s+time|each\s+time|any\s+time|once)\s+$", re.I)
_SUFFERED = re.compile(r"\b(?:get|gets|got|getting|be|been|being|was|were|is|are)\s+$", re.I)
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we", "you"}
_FILLER = {"the", "a", "an", "his", "her", "their", "-", "may", "might", "could", "will", "would",
           "can", "then", "also", "again", "later", "has", "had", "have", "himself", "still",
           "already", "always", "just", "even", "once"}


def _acts(who: str, actors: set[str]) -> bool:
    """``who`` is one of the people who act against someone: the same words, whatever
    stands around them ("Minh" in "police - Minh may", the act's subject in a list)."""
    words = {w for w in who.lower().split() if w not in _FILLER}
    return bool(words) and any(words <= _actor_words(a) for a in actors)


def _actor_words(actor: str) -> set[str]:
    """The words of the one who acts: "Minh, who" is Minh; "Thanh, Minh" (after "Per
    Thanh,") is Minh."""
    actor = re.sub(r"[,\s]+(?:who|that|which)$", "", actor.strip())
    return set(re.findall(r"[\w'&.-]+", actor.rsplit(",", 1)[-1]))


#: His drinking named as a thing he has, a habit ("Mr. Tran's drinking", "his beer
#: drinking", "Dad's alcohol use"): only she could have told it. "When he has been drinking"
#: tells a time, as the police report's Sunday night does, and is left alone.
_HIS_HABIT = Later(r"(?:\b(?P<owner>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]*|dad|father|husband|"
                   r"(?:the\s+)?(?:father|dad|husband|partner|boyfriend))(?:'s|s'|\u2019s)|"
                   r"\bhis)\s+"
                   r"(?:(?:heavy|constant|daily|nightly|weekend|evening|beer|binge|own)\s+)?"
                   r"(?:drinking|alcohol(?:\s+(?:use|consumption|intake))?|drinking\s+habits?|"
                   r"drink(?:ing)?\s+problem|habit\s+of\s+drinking)\b", re.I)
#: What others saw of his drinking: the police noted it, he smelt of alcohol.
_SEEN_DRUNK = Later(r"\b(?:(?:smel\w+|odou?r)\s+(?:of\s+)?|(?:saw|seen|found)\s+(?:him\s+)?)"
                    r"(?:alcohol|beer|drunk|intoxicated)|\bintoxicated\b|\bbreath\w*\s+"
                    r"test|\b(?:police|officers?|neighbou?rs?)\s+(?:\w+\s+)?(?:noted|found|saw|"
                    r"observed|reported|smelled|smelt)\b", re.I)


def _his_drinking_named(r: Reading) -> str:
    """His drinking named as his habit where he is violent to his partner."""
    actors = {a.lower() for a, _ in violence_to_adults(r) if a}
    for m in _HIS_HABIT.finditer(r.text):
        owner = m.group("owner") or "he"
        if owner != "he" and not (_acts(owner, actors) or gender(owner) == "he"):
            continue
        s, e = sentence_span(r.text, m.start())
        if not _SEEN_DRUNK.search(r.text, s, e):
            return quote(r, m.start(), m.end())
    return ""


def exposes_source(r: Reading) -> str:
    """What only the survivor or a child said, named as theirs, where there is violence
    between adults ("Thanh told the worker that ...", "Phuoc said his dad ...")."""
    drinking = (his_drinking_as_goal(r) or _her_account_of_him(r)
                or _his_drinking_told(r, private_only=True))
    if drinking or not dv_context(r):
        return drinking
    drinking = _his_drinking_named(r) or _his_drinking_told(r)
    if drinking:
        return drinking
    history = _how_often(r)
    if history:
        return history
    actors = {a.lower() for a, _ in violence_to_adults(r) if a} | _hostile_subjects(r)
    for m in _TOLD.finditer(r.text):
        who = subject_before(r, m.start())
        if who and _HIT_BEFORE.search(r.text, max(0, who[1] - 30), who[1]):
            continue  # "he pushed Thanh and says it was one bad night": she is his act's object
        if who and _IF_SHE.search(r.text, max(0, who[1] - 16), who[1]):
            continue  # "if Thanh says anything about money": what she might say, not her account
        if who and not _acts(who[0], actors) and side(r, who[0]) in ("adult", "child"):
            return quote(r, who[1], m.end())
    for m in _WHOSE_WORDS.finditer(r.text):
        who = m.group("who")
        if side(r, who) == "child" and re.search(r"(?:fear|worr)\w*$", m.group(0), re.I):
            continue  # "Bao's fear (hiding, wetting)": what he lives through, seen by others
        if not _acts(who, actors) and side(r, who) in ("adult", "child"):
            return quote(r, m.start(), m.end())
    for m in [*_QUOTED_BY.finditer(r.text), *_SAID_AFTER.finditer(r.text)]:  # 'Vy: "Dad ..."'
        if not _acts(m.group("who"), actors) and side(r, m.group("who")) in ("adult", "child"):
            return quote(r, m.start(), m.end())
    for m in _ACCORDING.finditer(r.text):
        who = object_after(r, m.end())
        if who and not _acts(who, actors) and side(r, who) in ("adult", "child"):
            return quote(r, m.start(), m.end() + len(who))
    return _her_worry(r)


#: Who is worried, up to where the worry itself begins ("There is some concern, shared by
#: the worker and possibly Thanh herself, that ...", "Thanh and the worker are worried that").
_WORRIERS = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))(?P<who>[^.;!?\n]{0,160}?\b(?:worried|"
                       r"concerned|afraid|scared|worry|worries|concern|fears?)\b(?:\s*,[^.;!?\n]"
                       r"{0,120}?,)?)\s*(?:that|about)\b", re.I)


def _her_worry(r: Reading) -> str:
    """The partner he hurts named among the worried: her worry is what she said to you."""
    acts = violence_to_adults(r)
    hurt = {object_after(r, m.end()) for _, m in acts}
    if any(h.lower() in {"her", "him"} for h in hurt):  # "push her": the one other adult named
        actors = {a.lower() for a, _ in acts if a}
        named = {n for n in re.findall(r"\b[A-Z][\w-]+", r.text)
                 if side(r, n) == "adult" and not _acts(n, actors)}
        hurt |= named if len(named) == 1 else set()
    hurt = {h for h in hurt if h and h.lower() not in _PRONOUNS and side(r, h) == "adult"}
    if not hurt and dv_context(r):  # "he may become physically aggressive again": the
        # course's parent who is not the one whose behaviour is the worry
        doer = r.future_behaviour.split()[0] if r.future_behaviour else ""
        hurt = {n for n, (_, network) in course_people().items()
                if not network and n != doer and n in r.text and gender(n) != gender(doer)
                and side(r, n) == "adult"}
    for m in _WORRIERS.finditer(r.text):
        for h in hurt:
            at = re.search(rf"\b{re.escape(h)}\b(?!'s)", m.group("who"))
            if at:
                return quote(r, m.start("who") + at.start(), m.end("who"))
    return ""


#: His drinking made the promise: sobriety, not drinking, testing, AA, an alcohol
#: assessment or treatment ("Minh will stay sober", "will not drink", "test clean").
_SOBER = Later(
    r"\b(?:(?:stay|stays|remain|remains|be|keep|keeps)\s+(?:\w+\s+)?sober|sobriety|abstain\w*|"
    r"(?:not|never|no longer|stop|stops|quit|quits|refrain from|cease|give up|cut down on|"
    r"cut back on)\s+(?:\w+\s+)?(?:drink\w*|consum\w+\s+alcohol|alcohol|beer)|no\s+(?:more\s+)?"
    r"(?:drinking|alcohol|beer)|alcohol[- ]free|tests?\s+(?:clean|negative)|(?:random|alcohol|"
    r"drug|breath)\s+test\w*|(?-i:AA)\b|alcoholics anonymous|(?:alcohol|substance|drug|drinking)"
    r"\s+(?:use\s+|abuse\s+)?(?:assessment|treatment|program\w*|counsel\w*|class\w*|course|"
    r"evaluation|group))\b", re.I)


def his_drinking_as_goal(r: Reading) -> str:
    """His drinking (which only she could have told) made the goal or a plan step, where
    the promise is about his violence: "Minh will stay sober and speak calmly to Thanh",
    "Minh will not drink, and Thanh will see this", "Dad will complete AA and not hit Mum"."""
    for c in [*r.commitments, *r.present_acts]:
        doer = [p for p in re.split(r",\s*|\s+(?:and|&)\s+", c.subject) if side(r, p) == "adult"]
        at = r.text.find(c.phrase, c.start)
        said = _SOBER.search(r.text, c.start, at + len(c.phrase)) if at >= 0 else None
        if len(doer) != 1 or not said:
            continue
        partners = [n for n in re.findall(r"\b[A-Z][\w-]+|\b(?:mum|mom|mother|wife|partner)\b",
                                          r.text) if side(r, n) == "adult"
                    and gender(n) and gender(doer[0]) and gender(n) != gender(doer[0])]
        if dv_context(r) or partners and TOWARD_HER.search(r.text):  # "a 52-week batterer
            # intervention program and a substance use assessment": his violence is named
            return quote(r, said.start(), said.end())
    return ""


#: What she tells or fears of him, where no violence is named: "Thanh also mentions that it
#: has happened before, when he drinks", "Thanh is afraid he will do it again".
_SHE_TELLS = Later(r"\b(?P<who>[A-Z][\w-]+|(?:the\s+)?(?:mum|mom|mother|wife|partner))\s+"
                        r"(?:(?:also|has|had|then|later|privately|quietly)\s+)*(?P<v>"
                        + _TOLD.pattern[5:-3] + r"|is\s+(?:afraid|scared|frightened|worried)|"
                        r"fears|worries)\b", re.I)
_OF_HIM = Later(r"\b(?:he|him|his|dad|father|husband|boyfriend|stepdad)\b[^.;!?]{0,60}?"
                     r"\b(?:drink\w*|beer|alcohol|drunk|happened|"
                     r"again|before|times|loud|yell\w*|shout\w*|angry|anger|temper|scar\w+|hurt)\b",
                     re.I)


def _her_account_of_him(r: Reading) -> str:
    for m in _SHE_TELLS.finditer(r.text):
        who = m.group("who")
        if side(r, who) != "adult" or gender(who) != "she":
            continue
        _, e = sentence_span(r.text, m.start())
        if _OF_HIM.search(r.text, m.end(), e):
            return quote(r, m.start(), m.end())
    for m in _ACCORDING.finditer(r.text):  # "Per mum, dad drinks most nights"
        who = object_after(r, m.end())
        _, e = sentence_span(r.text, m.start())
        if who and side(r, who) == "adult" and gender(who) == "she" and _OF_HIM.search(
                r.text, m.end() + len(who), e):
            return quote(r, m.start(), m.end() + len(who))
    return ""


#: How often he has hurt her, which only she could have told: "three times this year",
#: "it has happened before", "not the first time", "prior incidents", "the third time".
_COUNT = Later(r"\b(?:(?:\d+|two|three|four|five|six|several|many|multiple|a few|numerous|"
                    r"countless)\s+(?:other\s+)?times|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+"
                    r"time|\d\s*x\b|not\s+"
                    r"the\s+first\s+time|previous(?:ly)?|prior\s+(?:incidents?|occasions?|times)|"
                    r"in\s+the\s+past|on\s+other\s+occasions|again\s+and\s+again|history\s+of|"
                    r"before(?=\s*(?:[.;,)\u2014-]|$|and\b|but\b)))", re.I)
#: A public source of the history (police, records, a report, a neighbour).
_PUBLIC = Later(r"\b(?:police|officers?|report(?:ed)?|records?|neighbou?r\w*|court|911|"
                     r"arrest\w*|CAD|CWS|history\s+(?:with|at)\s+the)\b", re.I)
_HAPPENED = Later(r"\b(?:it|this|that)\s+(?:has|had|'s)\s+happened\b|\bincidents?\b|"
                       r"\bdone\s+(?:it|this|that)\b", re.I)


def _how_often(r: Reading) -> str:
    """How often he has hurt her, with no public source named in the sentence."""
    hurt = [m for m in VIOLENCE.finditer(r.text)  # his acts against her, not a child
            if side(r, object_after(r, m.end())) == "adult"
            or object_after(r, m.end()).lower().split()[:1] in (["her"], ["him"])]
    for m in [*hurt, *_HAPPENED.finditer(r.text)]:
        s, e = sentence_span(r.text, m.start())
        count = _COUNT.search(r.text, m.end(), min(e, m.end() + 60))  # in his act's clause
        if count and not _PUBLIC.search(r.text, s, e) and not re.search(
                r"[;:]|\b(?:like|as)\s+$", r.text[m.end():count.start()]):
            return quote(r, m.start(), count.end())
        for at in [e, *(c.end() for c in re.finditer(";", r.text[m.end():e]))]:
            at += m.end() if at != e else 0  # "... shoved her. Third time this year.", "; it
            nxt = _NEXT_COUNT.match(r.text, at)  # was the fourth time"
            if nxt and not _PUBLIC.search(r.text, at, sentence_span(r.text, nxt.end())[1]):
                return quote(r, nxt.start("count"), nxt.end())
    return ""


#: How often, told as the next sentence of his act: "Third time this year.", "Not the first
#: time.", "This is the 3rd time", "Apparently happened twice before".
_NEXT_COUNT = Later(r"[.!;\s\u2014-]*\s*(?:(?:this|it|that)\s+(?:is|was|'s|has\s+been)\s+"
                    r"(?:the\s+)?|(?:apparently|reportedly|allegedly|also|and)\s+|(?:has\s+)?"
                    r"happened\s+)?(?P<count>" + _COUNT.pattern
                    + r"|\btwice\s+(?:before|already|this\s+year|"
                    r"(?:in\s+)?the\s+(?:past|last)\b))(?=[^.;!?\n,]{0,24}(?:[.;!?\n]|$))",
                    re.I)



#: His drinking told at all, as a time or a condition as much as a habit ("when he has been
#: drinking", "after a few beers", "when Minh's had a few", "comes home drunk", "stays
#: sober"): where he hurts his partner and no one else reported it, only she could have told
#: it (the course's DV practice: "his drinking if no one else reported it" stays out).
_DRINK = Later(r"\b(?:(?:drink(?:s|ing)?|drank)(?!\s+(?:\w+\s+){0,2}?(?:coffee|tea|water|juice|"
               r"milk|soda|pop|cola|smoothie)s?\b)|drunk(?:en)?|beers?|alcohol|booze\w*|liquor|"
               r"cans|pints?|six-?packs?|sober|sobriety|tipsy|buzzed|"
               r"(?:had|has|having|'s\s+had)\s+a\s+few\b(?!\s+"
               r"(?:days|weeks|times|months|words|minutes|hours))|(?-i:AA|ETOH|EtOH)|under\s+the\s+"
               r"influence)\b", re.I)
#: The person words of a clause, the last of which is the drinker ("when Minh has been
#: drinking", "Minh may push Thanh again when he drinks").
_WHO_WORD = Later(r"\b(?:(?:Mr|Mrs|Ms)\.?\s+)?[A-Z][\w-]+|\b(?:he|his|him|she|her|they|their|"
                  r"dad|father|husband|mum|mom|mother|wife)\b")
_CLAUSE_END = Later(r"[.;:!?\n,(]|\s-\s|\b(?:and|but|so|while)\s+(?=(?:[A-Z]\w+|he|she|they)"
                    r"\s)", re.I)
_NOT_WHO = {"when", "whenever", "if", "after", "on", "the", "nights", "for", "over", "next",
            "every", "even", "once", "while", "until", "worker", "police", "phone"}


_POLICE_NAMED = Later(r"\b(?:police|officers?|deputies|deputy|PD|law\s+enforcement|arrest\w*|"
                      r"911)\b", re.I)


@lru_cache(maxsize=1)
def _private_drinkers() -> frozenset[str]:
    """The course's people whose drinking only their partner told, in private
    (``data/lexicon/harmful_private.csv``)."""
    return frozenset(r["name"].lower()
                     for r in read_rows(data_path("lexicon", "harmful_private.csv"))
                     if r.get("name") and r.get("fact") == "drinking")


def _drinker(r: Reading, pos: int) -> str:
    """The person whose drinking the words at ``pos`` tell: the last person named in the
    clause before them ("he", "Minh", "Minh's"), else the one after ("after drinking,
    Shane threw ...")."""
    s, e = sentence_span(r.text, pos)
    ends = list(_CLAUSE_END.finditer(r.text, s, pos))
    start = ends[-1].end() if ends else s

    def people(a: int, b: int) -> list[str]:
        found = [w for w in _WHO_WORD.finditer(r.text, a, b)
                 if w.group(0).lower() not in _NOT_WHO and (
                     w.group(0).lower() in _PRONOUNS - {"we", "i", "you", "they", "them"}
                     or side(r, w.group(0)) in ("adult", "child"))]
        if len(found) > 1 and _HIT_BEFORE.search(r.text, max(a, found[-1].start() - 30),
                                                 found[-1].start()):
            found.pop()  # "Minh could hit Thanh again after a few cans": the one who hits
        return [w.group(0) for w in found]
    if re.match(r"\s*(?:who|that)\b", r.text[start:pos], re.I) and ends:  # "Minh, who had
        start = ends[-2].end() if len(ends) > 1 else s  # been drinking, pushed ...": Minh
        pos = ends[-1].start()
    words = people(start, pos)[-1:] or people(pos, e)[:1] or people(s, pos)[:1]
    return re.sub(r"(?:'s|\u2019s)$", "", words[0]) if words else ""


def _his_drinking_told(r: Reading, private_only: bool = False) -> str:
    """His drinking named in any shape where he hurts his partner (or, with
    ``private_only``, the drinking of one of the course's people whose drinking only his
    partner told), with no one else named as having seen it."""
    private = _private_drinkers()
    named = {n.lower() for n in re.findall(r"\b[A-Z][\w-]+", r.text)} & private
    actors = set() if private_only else {a.lower() for a, _ in violence_to_adults(r) if a}
    public = not private_only and _POLICE_NAMED.search(r.text)  # the police may have told it
    for m in _DRINK.finditer(r.text):
        who = _drinker(r, m.start())
        low = who.lower()
        if not who or side(r, who) == "child" or gender(who) == "she":
            continue
        if low in ("he", "his", "him", "dad", "father", "husband"):
            mine = bool(named) if private_only else not public
        elif private_only or low in private:
            mine = low in private
        else:  # someone else's drinking only where he is the one who hurts her
            mine = not public and (gender(who) == "he" or _acts(who, actors))
        s, e = sentence_span(r.text, m.start())
        if mine and not _SEEN_DRUNK.search(r.text, s, e):
            return quote(r, max(s, m.start() - 40), m.end())
    return ""
