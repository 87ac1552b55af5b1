"""Detector for a partner made the one who watches, reports on, manages or verifies the
person using violence (rule ``dv-survivor-monitors``, declared in
:mod:`soplab.coach.safety_rules`): "Thanh will text the worker if Minh raises his voice",
"Thanh to text SW when he drinks", "the worker will be kept informed by Thanh", "Thanh and
her mum will keep a close watch on Minh"."""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    TOWARD_HER,
    Later,
    adults_in,
    dv_context,
    gender,
    object_after,
    own,
    people,
    quote,
    sentence_span,
    side,
    violence_to_adults,
)
from .harmful_occasion import GIVES_WORD
from .harmful_track import about_others_only, survivor_tracks_him
from .reading import Reading
from .truecase import course_names

__all__ = ["survivor_monitors"]


# --- the survivor made the monitor ---------------------------------------------
_REPORTS = re.compile(r"^(?:(?:also|then|immediately|always|straight away|\w+ly)\s+)*"
                      r"(?:(?:text|call|"
                      r"ring|phone|tell|inform|report\s+(?:\w+\s+){0,3}?to|report|let|email|"
                      r"message|contact|update|alert|notify|txt|msg|share\s+with)(?:s|es)?)\s+"
                      r"(?:(?:the\s+)?"
                      r"(?:police|911)\s+"
                      r"(?:or|and)\s+)?(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:\w+\s+)?"
                      r"(?:social worker|worker|caseworker|case worker|CWS|DCFS|CPS|SW|agency|"
                      r"department|probation|court|children's services|investigator|team|me|us)\b"
                      r"|^(?:(?:also|then|immediately|always)\s+)*(?:call|ring|phone)s?\s+(?:the\s+)?"
                      r"(?:police|911)\b(?=[^.;]*\b(?:any time|whenever|if|when)\s+\w+\s+"
                      r"(?:drinks|starts|gets|raises|yells|shouts|is|has been|argues|swears))"
                      r"|^(?:\w+ly\s+)?keeps?\s+(?:the\s+)?(?:social worker|worker|caseworker|SW|"
                      r"us|me|agency|department)\s+(?:updated|informed|posted|in the loop)\b",
                      re.I)
_MANAGES = Later(r"^(?:(?:also|then|always|helps?|tries to|try to|be responsible for|take "
                 r"responsibility for)\s+)*(?:makes? sure|making sure|ensuring|"
                 r"ensures?|keeps?\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:eye|watch|tabs)\s+on|"
                 r"keeps?|stops?|prevents?|watch(?:es)?|checks? on|checks? that|"
                 r"monitors?|reminds?|calms?|supervises?|keeps? an eye on|talks?|keeping|"
                 r"stopping|preventing|calming|monitoring|supervising)\s+"
                 r"(?:that\s+)?", re.I)


#: His violence, unnamed, as what she reports: "if it happens again", "any further incidents".
_IT_AGAIN = Later(r"\b(?:if|when|whenever|should)\s+(?:it|this|that|anything(?:\s+like\s+"
                       r"(?:this|that))?|something)\s+(?:ever\s+)?(?:happens|happen|starts|kicks\s+"
                       r"off)\s+again\b|\bany\s+(?:further\s+|more\s+|new\s+)?(?:incidents?|"
                       r"violence|episodes?)\b", re.I)


#: What he does that she would be made to report ("any yelling", "every outburst").
_HIS_CONDUCT = (r"(?:yelling|shouting|screaming|drinking|violence|threats?|incidents?|outbursts?|"
                r"episodes?|pushing|hitting|rages?|tempers?|blow-?ups?)")
_AGENCY = (r"(?:social worker|worker|caseworker|case worker|SW|CWS|DCFS|CPS|agency|department|"
           r"us)")
#: Reporting to the agency anywhere in a promise, in any form ("by calling the worker if ...",
#: "has to let us know", "- Thanh to report any drinking to worker").
_REPORTS_TO = Later(
    r"\b(?:(?:call|text|txt|msg|ring|phone|tell|inform|report|contact|alert|email|message|notify|"
    r"update|bring\s+it\s+to|show\s+it\s+to|give\s+it\s+to|check\s+in\s+with|share\s+with)"
    r"(?:s|es|ed|ing)?"
    r"(?:\s+(?:back\s+)?to|\s+in\s+with)?"
    r"(?:\s+(?-i:[A-Z]\w+)\s+(?:and|or|\+))?"  # "text Phuoc and the worker"
    r"|report(?:s|ing)?\s+(?:any|all|his|every)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+to)\s+(?:the\s+|her\s+|a\s+)?"
    r"(?:social worker|worker|caseworker|case worker|SW|CWS|DCFS|CPS|agency|department|us)\b"
    r"|\blet(?:s|ting)?\s+(?:the\s+|her\s+)?(?:social worker|worker|caseworker|SW|CWS|agency|us|"
    r"me)\s+know\b"
    # the same in everyday words: "reach out to the SW", "get in touch with CWS", "flag any
    # yelling to the worker", "give the worker a heads-up", "loop in the worker"
    r"|\b(?:reach(?:es|ed|ing)?\s+out|g(?:et|ets|ot|etting)\s+in\s+touch|touch(?:es)?\s+base|"
    r"flag(?:s|ged|ging)?(?:\s+[\w-]+){0,3}?|pass(?:es|ing)?(?:\s+[\w-]+){0,3}?\s+on|"
    r"loop(?:s|ing)?\s+in)\s+(?:(?:to|with)\s+)?(?:the\s+|her\s+|a\s+)?" + _AGENCY + r"\b"
    r"|\bg(?:ive|ives|ave|iving)\s+(?:the\s+|her\s+|a\s+)?" + _AGENCY
    + r"\s+(?:a\s+)?(?:heads?[- ]?ups?|call|ring|shout|bell|text|update|report)\b"
    # his conduct reported with nobody named to hear it: "Thanh to flag any yelling",
    # "Mum will report all drinking", "she is to write down every outburst"
    r"|\b(?:flag|report|log|note|record|write\s+down|jot\s+down|document|keep\s+track\s+of)"
    r"(?:s|ed|ged|ging|ing)?\s+(?:any|all|every)\s+(?:further\s+|new\s+|more\s+)?"
    + _HIS_CONDUCT + r"\b(?!\s+(?:at|in)\s+(?:school|class|daycare))", re.I)
_PROMISE_BEFORE = re.compile(r"\b(?:will|must|should|shall|can|to|2|has to|have to|needs? to|"
                             r"agrees? to|is going to)\b", re.I)


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
        names = [n for n in adults_in(r, s, s + end, "")
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
        others = [named] if named and named.lower() not in {"he", "she", "it"} \
            and side(r, named) != "child" else []  # "if Tommy gets into pills": a child
        others += [n for n in adults_in(r, 0, len(r.text), who) if n != who]
        him = watched and (watched.group("who") or "").lower() in {"he", "she"} and gender(who) \
            and gender(who) != watched.group("who").lower()
        said = (watched.group("who") or "").lower() if watched else ""
        him = him or bool(watched and not said and gender(who) == "she" and re.search(
            _HIS_CONDUCT, watched.group(0), re.I))  # "Thanh to flag any yelling": his
        if (others or him) and watched and (not said or said in {"he", "she", "it"}
                                            | {o.lower() for o in others}) and (
                dv_context(r) or him or (gender(who) and gender(others[0])
                                  and gender(who) != gender(others[0]))):
            return quote(r, s + before.rfind(who), m.end())
    return ""


#: What the person who uses violence does, as the thing reported: "if Minh drinks", "if it
#: happens again", "any drinking".
_ON_HIM = re.compile(r"\b(?:if|when|whenever|any time|every time)\s+(?P<who>(?-i:[A-Z][\w-]+)|he|"
                     r"she|it|dad|father|husband|boyfriend|partner)\b"
                     r"(?!\s+(?:notice|see|hear|think|feel|are|is worried))"
                     r"|\b(?:any|his|her|all|every)\s+(?:further\s+|new\s+|more\s+)?(?:"
                     + _HIS_CONDUCT + r"|changes in (?:him|his))\b|\bof\s+any\s+(?:incidents?|"
                     r"drinking|trouble|problems)\b|\b(?-i:[A-Z]\w+)'s\s+(?:drinking|moods?|"
                     r"temper|behaviou?r)\b|\babout\s+(?:how\s+|whether\s+|what\s+)?(?:him|his|"
                     r"(?-i:[A-Z]\w+)\s+(?:is|was|has|does|did|behaves|acts|drinks))\b", re.I)


def _his_own(r: Reading, who: str) -> bool:
    """``who`` is the one who uses violence, reporting on himself: he acts against her, or
    he promises how he will treat her ("Minh will tell the worker how he is managing and
    will speak calmly to Thanh")."""
    if gender(who) == "she":
        return False
    if who.lower() in {a.lower() for a, _ in violence_to_adults(r) if a}:
        return True
    return any(who in people(r, c.subject) and TOWARD_HER.search(c.phrase) and any(
        n != who and side(r, n) == "adult" for n in re.findall(r"\b[A-Z][\w-]+", c.phrase))
        for c in r.commitments)


def survivor_monitors(r: Reading) -> str:
    """A partner made the one who reports on or manages the person using violence
    ("Thanh will text the worker if Minh ...", "Mum will keep Dad calm")."""
    for c in [*r.commitments, *r.present_acts]:  # also "Thanh calls the police if ..."
        adults = [p for p in people(r, c.subject) if not r.is_child(p)]
        adults = [p for p in adults if side(r, p) == "adult" and not re.match(  # "Thanh and
            r"(?:her|his|their)\s+(?:mother|mum|mom|father|dad|parents?)\b", p, re.I)]  # her mum"
        if c.negated or len(adults) != 1 or _his_own(r, adults[0]):
            continue
        s, e = sentence_span(r.text, c.start)
        others = [o for o in adults_in(r, s, e, c.subject)  # "go to Phuoc's": a place, and
                  if not o.endswith("'s") and not (gender(o) and gender(o) == gender(adults[0]))]
        # not a person of his own side (he reports on him); word given to the office counts
        # where his conduct toward her is told ("give the worker an update at every visit")
        reports = _REPORTS.match(c.phrase) or (GIVES_WORD.match(c.phrase) and (
            dv_context(r) or TOWARD_HER.search(r.text)))
        if not reports and _tells_network_on_him(r, adults[0], c.phrase):
            return own(c)  # "Thanh will let Phuoc know if Minh starts yelling"
        if not others and reports:  # "Thanh will gently let us know each week": he is
            others = [n for n in adults_in(r, 0, len(r.text), c.subject)  # named elsewhere
                      if gender(n) and gender(adults[0]) and gender(n) != gender(adults[0])]
        if reports and not others and gender(adults[0]) == "she" and _IT_AGAIN.search(c.phrase):
            return own(c)  # "Thanh will call the worker if it happens again": his violence
        if not others and _WATCHES.search(c.phrase):  # "check Minh's mood": him, by his
            others = [o[:-2] for o in adults_in(r, s, e, c.subject)  # possessive
                      if o.endswith("'s") and side(r, o[:-2]) == "adult"
                      and gender(o[:-2]) and gender(o[:-2]) != gender(adults[0])]
        if not others:
            continue
        if reports and about_others_only(r, c.phrase):
            continue  # "Thanh will tell the worker how Vy and Bao are doing": not him
        if reports:
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
            named = adults_in(r, at + w.start(), at + min(len(c.phrase), w.end() + 40),
                               c.subject) if watches else []  # "watch for signs that Minh"
            him = obj.lower() in {"he", "him"} and gender(adults[0]) == "she"  # "make sure he"
            if (re.match(r"(?:[A-Z]|(?:her|his|their) \w+)", obj) and side(r, obj) == "adult" or him
                    or any(side(r, re.sub(r"'s$", "", n)) == "adult" and n != adults[0]
                           for n in named)):
                return own(c)
    return _partner_reports(r) or _partner_verifies(r) or _informed_by_partner(r) or \
        _keeps_him_calm(r) or survivor_tracks_him(r)


#: Her own conduct promised as what keeps him from anger: "so he does not get angry",
#: "not argue back when Minh is angry", "avoid upsetting him", "keep the peace".
_SOOTHES = Later(r"\bso\s+(?:that\s+)?(?P<who>he|(?-i:[A-Z][\w-]+))\s+(?:does\s+not|doesn't|"
                 r"won't|will\s+not|never|cannot|can't|do\s+not|don't)\s+(?:get|become|feel|"
                 r"go|lose)\s+(?:\w+\s+)?(?:angry|mad|upset|jealous|stressed|wound\s+up|"
                 r"(?:his|her)\s+temper)"
                 # her act kept up for his calm: "so Minh stays calm", "so he won't blow up"
                 r"|\bso\s+(?:that\s+)?(?P<who2>he|(?-i:[A-Z][\w-]+))\s+(?:(?:stays|remains|"
                 r"keeps|is|will\s+(?:stay|be|remain|keep))\s+(?:calm|relaxed|settled|happy|in\s+a\s+"
                 r"good\s+mood|cool)|(?:does\s+not|doesn't|won't|will\s+not|never|do\s+not|don't)\s+"
                 r"(?:blow\s+up|lose\s+it|snap|kick\s+off|explode|lash\s+out|get\s+physical|flip\s+out))"
                 r"|\b(?:not|never|no\s+longer|stop)\s+(?:argu(?:e|ing)|talk(?:ing)?|answer(?:ing)?)"
                 r"\s+back\b|\b(?:avoid|not|stop|never)\s+(?:upsetting|angering|provoking|"
                 r"annoying|upset|anger|provoke|annoy)\s+(?P<obj>him|(?-i:[A-Z][\w-]+))"
                 r"|\bkeep\s+(?P<calm>him|(?-i:[A-Z][\w-]+))\s+(?:calm|happy)\b"
                 r"|\b(?P<own>(?:keep(?:s|ing)?|kept)\s+(?:the\s+peace|things\s+(?:calm|quiet|"
                 r"peaceful|smooth)|(?:the\s+)?(?:house|home|it)\s+(?:calm|quiet|peaceful))|"
                 r"(?:not|never|stop|avoid|no\s+more)\s+(?:winding|wind|setting|set|riling|rile|"
                 r"pushing|push)\s+(?P<obj2>him|dad|(?-i:[A-Z][\w-]+))\s+(?:up|off|'s\s+buttons)|"
                 r"(?:walk(?:s|ing)?|tread(?:s|ing)?)\s+on\s+eggshells|"
                 r"(?:not|never|avoid)\s+rock(?:ing)?\s+the\s+boat)",
                 re.I)


def _keeps_him_calm(r: Reading) -> str:
    """A partner's promise about her own conduct, told as what keeps him from anger ("Thanh
    will stay calm and not argue back when Minh is angry", "Thanh will talk to Minh more
    gently so he does not get angry"): she is made to manage his violence."""
    for c in r.commitments:
        adults = [p for p in people(r, c.subject) if side(r, p) == "adult"
                  and not r.is_child(p)]
        if len(adults) != 1 or _his_own(r, adults[0]):
            continue
        tail = r.text[c.start:sentence_span(r.text, c.start)[1]]  # "... so he does not"
        nxt = re.search(r"[;,]?\s+and\s+(?:[A-Z]\w+|he|she)\s+(?:\w+\s+)?(?:will|can)\b", tail)
        m = _SOOTHES.search(tail[:nxt.start()] if nxt else tail)
        back = re.match(r"\s*(?:argu|talk|answer)\w*\s+back", c.phrase, re.I)
        if c.negated and not back and not (
                m and (m.group("who") or m.group("who2") or m.group("own"))):  # "avoid the
            # bills so he ...", "not set Dad off"
            continue
        him = m and (m.group("who") or m.group("who2") or m.group("obj") or m.group("calm")
                     or re.sub(r"(?i)^dad$", "he", m.group("obj2") or "he"))
        if not m or him.lower() in {"she", "her"}:
            continue
        others = [o for o in adults_in(r, 0, len(r.text), c.subject)
                  if o != adults[0] and not o.endswith("'s")]
        if him.lower() not in {"he", "him"} and (him == adults[0] or side(r, him) != "adult"):
            continue
        if m.group("own") and gender(adults[0]) == "she" and any(  # "Thanh will keep the
                gender(o) == "he" for o in others):  # peace when Minh comes home"
            return own(c)
        if (others or him.lower() in {"he", "him"}) and gender(adults[0]) != "he" and (
                dv_context(r) or re.search(r"\b(?:angry|anger|temper|mad|drink\w*|drunk|yell\w*|"
                                                  r"shout\w*)\b", r.text, re.I)
                or (m.group("who") or m.group("who2")) and side(r, him) == "adult" and (
                    gender(him) == "he" or re.search(r"blow|lose it|snap|kick|explod|lash|"
                                                     r"physical|flip", m.group(0)))):
            return own(c)  # "so Minh stays calm": him
    return ""


#: Telling someone, by name or kin word: "let Phuoc know", "text her brother", "call Nan".
_TELLS = re.compile(r"^(?:(?:also|then|immediately|always|straight away|\w+ly)\s+)*(?:lets?\s+"
                    r"(?P<a>(?:her\s+|his\s+|the\s+)?[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)\s+know|"
                    r"(?:text|call|ring|phone|tell|message|alert|warn|contact|txt|inform)(?:s|es)?"
                    r"\s+(?P<b>(?:her\s+|his\s+|the\s+)?[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?))\b",
                    re.I)


def _tells_network_on_him(r: Reading, her: str, phrase: str) -> bool:
    """Her promise to tell a network member what he does ("let Phuoc know if Minh starts
    yelling", "text her brother whenever Dad drinks"): she still watches and reports on
    him, only to someone else. Her own state ("call Nan if she feels unsafe") is not."""
    m = _TELLS.match(phrase)
    if not m:
        return False
    to = m.group("a") or m.group("b")
    if "network" not in (side(r, to), side(r, to.split()[-1])):
        return False
    hint = _ON_HIM.search(phrase, m.end())
    him = (hint.group("who") or "") if hint else ""
    return bool(him and him.lower() not in {"she", "it"} and (
        him.lower() in {"he", "dad", "father", "husband", "boyfriend", "partner"}
        and gender(her) == "she" or side(r, him) == "adult" and him.lower() != her.lower()
        and gender(her) != "he" and gender(him) != "she"))


#: The worker kept informed by her, in the passive: "the worker will be kept informed by
#: Thanh of any drinking", "SW to be updated by mum if dad drinks".
_INFORMED_BY = Later(r"\b(?:(?:informed|updated|told|notified|alerted|called|texted|phoned|"
                          r"rung|contacted|reported|ensured|checked|monitored|confirmed)\s+"
                          r"(?:\w+\s+){0,2}?by|hears?\s+(?:back\s+)?from|heard\s+from)\s+"
                          r"(?P<who>(?:his\s+|the\s+)?[\w-]+)", re.I)


def _informed_by_partner(r: Reading) -> str:
    for m in _INFORMED_BY.finditer(r.text):
        who = m.group("who")
        if side(r, who) != "adult":
            continue
        s, e = sentence_span(r.text, m.start())
        others = [n for n in adults_in(r, s, e, who) if n.lower() != who.lower()]
        if others and (dv_context(r) or gender(who) and gender(others[0])
                       and gender(who) != gender(others[0])):
            return quote(r, m.start(), m.end())
    return ""


def _partner_verifies(r: Reading) -> str:
    """The partner his promise is about made the one who sees or verifies it ("Minh shall
    refrain from all physical contact with Thanh ..., as verified by Thanh")."""
    for rx in r.p.observer:
        for m in rx.finditer(r.text):
            seers = people(r, m.group("obs"))
            if about_others_only(r, r.text[m.start():sentence_span(r.text, m.start())[1]]):
                continue  # "Thanh will tell the worker how Vy and Bao are doing": not him
            if len(seers) != 1:
                continue  # she is one of several who see it: the network sees it too
            for who in seers:
                if side(r, who) != "adult" or who.lower() in {"we", "everyone", "they"}:
                    continue
                at = m.start("obs") + m.group("obs").find(who)
                for c in r.caregiver_commitments:
                    doer = people(r, c.subject)
                    begins = r.text.find(c.phrase, c.start)
                    his = bool(gender(who) and gender(doer[0]) and gender(who) != gender(
                        doer[0]) and (dv_context(r) or TOWARD_HER.search(c.phrase)))
                    if (who not in c.subject and (who in c.phrase or his) and len(doer) == 1
                            and side(r, doer[0]) == "adult"
                            and not begins <= at < begins + len(c.phrase)):
                        return quote(r, m.start(), m.end())
    return ""


#: Watching him, anywhere in her promise: "watch for signs that Minh is drinking", "keep a
#: log of Dad's drinking", "keep track of his moods".
_WATCHES = Later(r"\b(?:watch(?:es|ing)?\s+(?:out\s+)?for|look(?:s|ing)?\s+out\s+for|"
                 r"keep(?:s|ing)?\s+(?:an\s+)?eyes?\s+out\s+for|check(?:s|ing)?\s+(?:on\s+)?"
                 r"(?:his|(?-i:[A-Z]\w+)'s)\s+(?:mood|temper|breath|drinking|state)|"
                 r"keep(?:s|ing)?\s+(?:a\s+)?(?:log|diary|record|note|notes|track|tabs)\s+"
                 r"(?:of|on)|monitor(?:s|ing)?|check(?:s|ing)?\s+(?:on|up on))\b", re.I)

