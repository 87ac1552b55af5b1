"""Detectors for goals and plans that are not behaviour, and for labels: a plan made
of services, "do better", a label or diagnosis standing for what a person did, a
goal that describes the harm going on. The rules are declared in
:mod:`soplab.coach.safety_rules`; the shared quoting helpers are in
:mod:`soplab.coach.harmful`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from . import lazyre as re
from .goalacts import is_check
from .goalstates import services_in
from .harmful import VIOLENCE, own, quote, side, subject_before
from .harmful_fault import fault_owned, habit_owned
from .lexicon import alternation
from .reading import Commitment, Reading

__all__ = ["concrete", "continued_harm", "label_as_behaviour", "services_only"]


# --- services instead of behaviour --------------------------------------------
_VAGUE_ONLY = re.compile(
    r"^(?:(?:try(?: to)?|really|always|also|just|start to|learn to)\s+)*(?:do|be|get|behave|act|"
    r"parent|become|make|keep|improve|change|work on)\b(?:\s+(?:things|everything|it|the "
    r"family|the kids|the children|things))?(?:\s+(?:much|a lot|even|more|\w+ly))?"
    r"(?:\s+(?:better|well|good|safe|safer|right|okay|fine|appropriately|properly|"
    r"responsibl\w*|changes?|better choices|good choices|the right thing|a (?:better|good|safe) "
    r"(?:parent|mum|mom|dad|father|mother|person)|(?:their|his|her) best|(?:his|her|their) "
    r"(?:parenting|behaviou?r|life|ways)|safe(?:ty)?))?\s*$", re.I)


#: Words that name no behaviour anyone could see on their own.
_GENERIC = set("""
a an the of to and or in on at for with her his their them him she he they it its all any
be do does did done get make made keep show shows demonstrate demonstrates maintain provide
ensure ensures engage participate complete attend follow comply improve change try start
continue learn work become behave act parent parenting supervision care safety safe safer
better well good right properly appropriately adequately adequate appropriate proper
children kids child family home house things everything always more much very really
them programme programmes program programs course courses class classes session sessions
meeting meetings appointment appointments group groups go going clinic centre center
arrangement arrangements support services service needs plan plans arrange arranges arranged
arranging protective capacity capacities demonstrate demonstrates demonstrating show showing
by from about into
week weeks weekly month months substance use progress report reports sent send sending
compliance monitor monitors monitored verified verify expected completed maintained
as agency department worker caseworker social court will that
father mother dad mum mom husband wife partner person role model responsible loving caring
nurturing positive twins baby babies boy boys girl girls son sons daughter daughters now
find finds found finding childcare cared referral referrals terms case sw
enroll enrol enrolls enrols enrolled attended attends attending completes completing signed
submit submits submitted returned monthly
""".split())  # the role words: "be a better father and husband" names no deed


_NEXT_PROMISE = re.compile(r",?\s+(?:and|but|so|while)\s+(?:[\w']+\s+){0,3}?(?:will|must|should|"
                           r"can|is going to|are going to)\b", re.I)


def concrete(r: Reading, words: str) -> bool:
    """A behaviour someone could see: not a service, not only "do better", "be safe" or
    "demonstrate adequate supervision"."""
    words = _NEXT_PROMISE.split(words, maxsplit=1)[0].strip(" .,;")  # this promise only
    if not words or _VAGUE_ONLY.match(words):
        return False
    if _GOES_ON_HARM.match(words) and (_GOES_ON.match(words) or VIOLENCE.match(words)):
        return False  # "keep pushing Thanh" is the harm, not a behaviour to build on
    services = r.p.lexicon.terms["services"].find(words)
    content = _content(r, words)
    if services:  # "go to therapy on Tuesdays" is still the service
        pieces = _PIECES.split(words)
        if len(pieces) > 1:  # "go to counselling and take any medication": each piece, and a
            # piece of its own with two words of behaviour ("and cook dinner with the kids")
            return any(concrete(r, piece) and (r.p.lexicon.terms["services"].find(piece)
                                               or len(_content(r, piece)) >= 2
                                               or _with_child(r, piece))
                       for piece in pieces)  # "sit with Leo at dinner": a deed with a child
        return len(content) >= 3
    return bool(content)


def _with_child(r: Reading, piece: str) -> bool:
    """A deed done with or for a child ("sit with Leo at dinner", "get Kai up for school")."""
    if _SHOWS.match(piece):
        return False  # "show protective capacity for Sara": report words, no deed
    return bool(r.child_ref.search(piece) or _WITH_NAMED.search(piece)) or any(
        r.is_child(n) for n in re.findall(r"\b[A-Z][\w-]+", piece))


_SHOWS = re.compile(r"\s*(?:show|shows|demonstrat\w+|ensur\w+|maintain\w*|provid\w+|compl\w+|"
                    r"engag\w+|participat\w+)\b", re.I)
_WITH_NAMED = re.compile(r"\b(?:with|to|for)\s+(?-i:[A-Z][\w-]+)\b")


def _content(r: Reading, words: str) -> list[str]:
    """The words of ``words`` that name a behaviour: not a service, a vague word, a time,
    a name or a generic word."""
    rest = words
    spans = [m.span() for _, m in r.p.lexicon.terms["vague"].find(words)
             + r.p.lexicon.terms["services"].find(words)]
    spans += [m.span() for rx in (r.p.duration, r.p.plan_time, _PROOF) for m in rx.finditer(words)]
    for start, end in sorted(spans, reverse=True):  # how long and when are no behaviour
        rest = rest[:start] + " " + rest[end:]
    # names say who, not what: "ensure appropriate childcare arrangements for Sara" is empty
    rest = re.sub(r"\bafter[- ]school\s+(?=childcare|care|supervision|arrangements?|program)",
                  " ", rest, flags=re.I)  # "find after-school childcare": only arranging
    return [w for w in re.findall(r"[A-Za-z']+", rest)  # "f/u w/": note letters, no deed
            if w.lower() not in _GENERIC and not w[0].isupper() and len(w) > 1]


#: Proof of going to a service, given to the agency: "bring his attendance sheet to the
#: worker", "check in weekly like terms", "hand in the sign-in sheet".
_PROOF = re.compile(r"\b(?:(?:bring|brings|hand|hands|show|shows|give|gives|send|sends|"
                    r"provide|provides|turn|turns)\s+(?:in\s+)?)?(?:(?:his|her|their|the|an?)\s+)?"
                    r"(?:attendance|sign-?in|signed|proof|progress)\s+(?:sheets?|slips?|"
                    r"letters?|logs?|records?|forms?|of\s+attendance)\b(?:\s+(?:in\s+)?to\s+"
                    r"(?:the\s+)?(?:worker|SW|social\s+worker|caseworker|court|agency|"
                    r"department|probation(?:\s+officer)?))?|\bcheck(?:s|ing)?[- ]in(?:\s+with\s+"
                    r"(?:the\s+)?(?:worker|SW|probation|agency|department))?(?:\s+\w+ly)?"
                    r"(?:\s+(?:like|as|per)\s+(?:the\s+)?(?:terms|ordered|required|court\s+order))?",
                    re.I)
#: A service set aside, not asked for: "instead of anger management", "rather than a class".
_REJECTED = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|not\s+just|not\s+only|"
                       r"more\s+than|without)\s+(?:(?:a|an|the|his|her|going\s+to|just)\s+)?$",
                       re.I)
#: Where one promise in a list ends: "go to counselling, take her tablets and cook dinner".
_PIECES = re.compile(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?:then\s+|also\s+)?")


def services_only(r: Reading) -> str:
    """A goal or plan made of services ("attends anger management weekly", "attends a
    parenting class") with no behaviour someone could see."""
    found = [m for m in services_in(r, r.text)  # "meds out of reach": a safe home, no service
             if not _REJECTED.search(r.text, max(0, m.start() - 24), m.start())]
    if not found:  # "stay calm instead of anger management": the service set aside
        return ""
    if any(not c.negated and concrete(r, c.phrase) and not (
            is_check(c.phrase) and len(c.phrase.split()) <= 2)  # "Marie will check": the
           for c in _adult_commitments(r)):  # service checked, nothing done with the child
        return ""
    if any(not a.negated and not services_in(r, a.phrase) and side(r, a.subject) != "professional"
           and not _checks_service(r, a) and (a.presence or concrete(r, a.phrase))
           for a in r.present_acts):
        return ""  # "an awake adult watches Tommy ...": a behaviour told without "will"
    m = found[0]
    return quote(r, m.start(), m.end(), 12)


def _adult_commitments(r: Reading) -> Iterator[Commitment]:
    kept = r.caregiver_commitments
    named = [c for c in r.commitments if c not in kept and r.is_adult_person(c.subject)
             and not _OBSERVES.match(c.phrase)]  # "Dad will go to AA, show proof of
    for c in [*kept, *named]:  # attendance, and cook dinner": read as his, not a hurt
        if not r.child_like(c.subject) and side(r, c.subject) != "professional" and not \
                _checks_service(r, c):  # "Marie will check he goes to his class": a service
            yield c


#: A network person's watching ("Nan will see this"): no deed of the caregiver's.
_OBSERVES = re.compile(r"(?:\w+\s+){0,2}?(?:see|sees|watch|watches|check|checks|notice|observe|"
                       r"confirm|visit|hear|know|tell|report|call|ring|text)\b", re.I)


def _checks_service(r: Reading, c: Commitment) -> bool:
    m = _ATTENDS.match(c.phrase)
    return bool(m and (services_in(r, c.phrase) or _SESSIONS.search(c.phrase) or re.match(
        r"\s*(?:every\s+\w+|each\s+\w+|weekly|regularly|on\s+time|all\s+of\s+them)?\s*$",
        c.phrase[m.end():], re.I)))  # "make sure he attends every week": the service


#: A check that someone goes to the service ("check she goes to her appointments", "make
#: sure he attends every week", "drive him to his class"): the service checked, not a
#: behaviour with the children.
_ATTENDS = re.compile(r"^(?:\w+\s+){0,2}?(?:(?:check|make\s+sure|ensure|see|confirm|verify|"
                      r"remind|nudge)(?:s|es)?\s+(?:that\s+)?(?:he|she|they|him|her|(?-i:[A-Z][\w-]+))"
                      r"\s+(?:\w+\s+){0,2}?(?:goes|go|going|attends?|attending|gets?|makes?\s+it|"
                      r"turns?\s+up|shows?\s+up|keeps?|is\s+at|completes?|finishes|stays?\s+in)|"
                      r"(?:drive|drives|take|takes|bring|brings|go|goes)\s+(?:with\s+)?(?:him|her|"
                      r"(?-i:[A-Z][\w-]+))\s+to)\b", re.I)
_SESSIONS = re.compile(r"\b(?:class(?:es)?|appointments?|sessions?|meetings?|program(?:me)?s?|"
                       r"groups?|course|counsell?(?:ing|or)|therap\w+|treatment|AA|NA|BIP|"
                       r"batterer\w*|rehab)\b", re.I)


# --- labels used as behaviour ------------------------------------------------------
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|a|an|because(?: of)?|"
                        r"suffer(?:s|ed|ing)? from|diagnosed with|struggl(?:es|ed|ing) with|"
                        r"battl\w+|liv\w+ with|go\w* through|went through|deal\w* with|"
                        r"due to|as|seems?|very|so|too|being|called|labelled|labeled)\s+"
                        r"(?:(?:an?|the|very|so|really|quite|severely|chronically|extremely|mentally|"
                        r"emotionally|psychologically)\s+)?"
                        r"(?:(?:the\s+)?[A-Za-z.]+(?:'s|"
                        r"s')\s+(?:[a-z]+\s+)?)?$"  # "the father's ..."
                        r"|\b(?:due to|because of|as a result of|owing to|caused by|resulting "
                        r"from|stemming from|thanks to)\s+(?:the\s+)?(?:(?:(?:Mr|Mrs|Ms|Miss|Dr)"
                        r"\.?\s+)?[A-Za-z]+(?:'s|s'|\u2019s)\s+)?(?:[a-z]+\s+){0,2}$"
                        r"|\b(?:history|hx)\s+of\s+(?:[\w-]+\s+){0,4}?(?:and\s+)?$"
                        r"|\bat\s+(?:\w+\s+)?risk\s+(?:of|for)\s+(?:(?:continued|further|ongoing|more|"
                        r"future|an?|the)\s+)*$"  # "at risk of continued educational neglect"
                        r"|(?:^|\n|[:;,]\s)\s*(?:[-*\u2022]\s*)?(?:(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|"
                        r"mum|mom|dad|mother|father|mama|papa)\s*[:\-\u2013]?\s*(?:(?:severe|"
                        r"chronic|untreated|major|bad|ongoing)\s+)?$",
                        re.I)  # a list line "Renee: depression" (a note drops the colon)
#: A label as the doer of what happened: "Mom's depression -> Tommy gets into meds",
#: "Mother's misuse of pain medication resulted in ...", "... will lead to another overdose".
_POSSESSED = re.compile(r"(?:\b[A-Za-z]+(?:'s|s')|\b(?:her|his|their))\s+(?:[a-z]+\s+)?$", re.I)
_CAUSES = re.compile(r"(?:\s+(?:behaviou?r|issues?|problems?|habits?|ways|tendencies))?"
                     r"(?:\s+(?:of|and|with|after|at|in|on|when|since)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
                     r"\s*(?:->|\u2192|=>|"
                     r",\s*then\b|"  # a note's arrow, spelt out
                     r"(?:has |have |had )?(?:resulted|results?|led|leads?|caused|causes|impairs?|"
                     r"impaired|means?|meant|puts|placed|places|prevents?|prevented|renders?|"
                     r"rendered|gets in the way|got in the way)\b|(?:will|would|"
                     r"could|may|might|can)\s+(?:lead|cause|result|mean|put|place|prevent|"
                     r"render|get in the way)\b|"
                     r"is why|"
                     r"was why)", re.I)
#: Jargon that labels a person when it stands for what they do ("his substance abuse").
_PERSON_JARGON = {"substance abuse", "drug abuse", "alcohol abuse", "neglect*", "general neglect"}
#: A person called a name: "Mr. Price is a drunk", "she's a junkie".
_CALLED = re.compile(r"(?:\b(?:is|was|are|were|'s|being|been)|,)\s+(?:an?|such an?|"
                     r"just an?)\s+(?:\w+\s+)?"
                     r"(?:drunk|druggie|junkie|user|crackhead|stoner|pothead|wino|boozer|"
                     r"deadbeat|wife-?beater|batterer|abuser|addict|alcoholic|pill[- ]?popper|"
                     r"pill[- ]?head|"
                     r"meth[- ]?head|tweaker|lush|drunkard|alk(?:y|ie)|(?:manic\s+)?depressive|"
                     r"schizophrenic|psycho|(?:heavy|problem|binge|big|hard|chronic|daily) "
                     r"drinker)\b", re.I)
#: A label as what the worry is about: "worried about dad's alcoholism".
_WORRIED_ABOUT = re.compile(r"\b(?:worried|concerned|worry|worries|concern|afraid)\s+(?:about|over|"
                            r"by|with)\s+(?:the\s+)?(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Za-z.]+"
                            r"(?:'s|s')|her|his|their)\s+)?"
                            r"(?:[a-z]+\s+)?$", re.I)
_LABEL_ACTS = re.compile(r"\b(?:(?:engaged in|perpetrated|committed|exposed (?:\w+ ){0,2}to) "
                         r"(?:an? )?(?:acts? of |incidents? of )?(?:domestic (?:violence|abuse)|"
                         r"DV|neglect|abuse)|"
                         r"fail(?:ed|s)? to (?:protect|supervise|watch|keep \w+ safe)|"
                         r"failure to (?:protect|supervise)|lack of supervision|inadequate "
                         r"supervision|neglect(?:ed|ing|s)\b|(?:is|are|was|were) (?:being )?"
                         r"neglectful|mental health (?:issues|problems)|"
                         r"(?:experience|suffer|suffered|experienced) neglect|"
                         r"abus(?:es|ed|ing) (?:alcohol|drugs|substances|pills|medication|"
                         r"prescription\w*)|"
                         r"(?:\w+[\s-]+){0,2}[a-z]+ disorder|"
                         r"(?:is|was|are|were|'s|seems?|seemed|appears?|appeared)\s+(?:not|never)"
                         r"\s+(?:\w+ly\s+)?(?:mentally|emotionally|psychologically)\s+(?:stable|"
                         r"well|fit|sound|healthy)|(?:isn't|wasn't|aren't|weren't)\s+(?:\w+ly\s+)?"
                         r"(?:mentally|emotionally|psychologically)\s+(?:stable|well|fit|sound|"
                         r"healthy)|(?:is|are|was|were|has been|have been|'s)"
                         r"\s+(?:very\s+|severely\s+|clinically\s+|too\s+|so\s+)?depressed|"
                         r"(?:(?-i:[A-Z][a-z]+)|\b(?:mom|mum|mother|dad|father))\s+(?:very\s+|"
                         r"so\s+|severely\s+)?depressed(?=\s*(?:[,;:/\n+-]|$|and\b)))\b(?!-)",
                         re.I)  # a note: "mom depressed, stays in bed"
#: The parent naming the condition herself ("Renee says she has depression", "Mom told us
#: she was diagnosed with PTSD", "Dad shared that he is in recovery from alcoholism").
_OWN_WORD = re.compile(r"\b(?:says?|said|tells?|told|reports?|reported|shares?|shared|explains?|"
                       r"explained|describes?|described|mentions?|mentioned)\s+(?:(?:us|me|the\s+"
                       r"\w+)\s+)?(?:that\s+)?(?:she|he|they|I|her|his|their|my)\s+"
                       r"(?:\w+\s+){0,4}?$", re.I)
_CHARACTER = {"lazy", "selfish", "irresponsible", "careless", "uncaring", "manipulative", "crazy",
              "deadbeat", "negligent", "bad mother", "bad father", "bad parent", "bad parents",
              "terrible parent", "terrible parents", "unfit"}


#: A mental-health label told as the time of the worry ("when Renee's mental health gets
#: bad", "during her depressive episodes", "whenever Mum is manic") and followed, in the
#: same clause, by nothing she does, only what she cannot do ("she can't supervise Tommy",
#: "may not be able to care for"): the label stands where the behaviour should be.
_WHEN_LABELLED = re.compile(
    r"\b(?:when(?:ever)?|during|if|while|at times|on days)\s+(?:[\w'.-]+\s+){0,5}?"
    r"(?:mental\s+(?:health|illness|state)|mentally\s+(?:ill|unwell)|depressi\w+|manic|"
    r"mania|psychos[ie]s|psychotic|bipolar|(?:nervous\s+)?breakdowns?|PTSD|"
    r"(?:her|his|their)\s+(?:illness|condition|symptoms|diagnosis))\b", re.I)
_ONLY_CANNOT = re.compile(
    r"(?:(?!\band\b|\bbut\b)[^.;:!?\n,]){0,40}?[,]?\s*(?:[\w'-]+\s+)?(?:(?:may|might|could|will|would)\s+)?"
    r"(?:not\s+be\s+able\s+to|be\s+unable\s+to|can't|cannot|can\s+not|couldn't|"
    r"(?:is|isn't|are|was|wasn't)\s+(?:not\s+)?(?:able|unable)\s+to|won't\s+be\s+able\s+to|"
    r"struggles?\s+to|fails?\s+to)\s+(?:properly\s+|safely\s+|adequately\s+)?"
    r"(?:supervise|care\s+for|parent|look\s+after|watch|meet|provide|protect|function|cope|"
    r"manage|attend\s+to|keep\s+(?:\w+\s+){1,2}safe)\b", re.I)


def _labelled_time(r: Reading) -> str:
    """"When Renee's mental health gets bad she can't supervise Tommy": the label told as
    when, with only an inability after it (not "when her depression is bad she stays in
    bed and ...": what she does is said)."""
    for m in _WHEN_LABELLED.finditer(r.text):
        after = _ONLY_CANNOT.match(r.text, m.end())
        if after and not re.search(r"\band\b", r.text[m.end():after.end()]):
            return quote(r, m.start(), after.end(), 14)
    return ""


#: Words after a condition that make it a service or a medicine, not the person's state:
#: "her mental health worker", "his depression medication".
_SERVICE_NOUN = (r"(?:worker|clinic\w*|services?|treatment|appointments?|provider|counsel\w*|"
                 r"care|team|support|check\w*|medications?|meds|tablets|pills|assessment|"
                 r"programs?|programmes?|group|doctor|therapist|nurse|records?)")


@lru_cache(maxsize=8)
def _owned_condition(terms: tuple[str, ...]) -> re.Pattern[str]:
    """A condition named as someone's own: "Renee's depression", "his bipolar", "the
    mother's untreated mental illness"; or "the depression" told as what acts ("when the
    depression takes over")."""
    what = alternation(terms)
    return re.compile(
        r"(?:(?P<owner>\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Za-z]+)(?:'s|s'|\u2019s)|\b(?P<pron>her|"
        r"his|their))\s+(?:(?:own|untreated|severe|ongoing|chronic|major|worsening|clinical|"
        r"bad|deep|long-?standing|unmanaged|[a-z-]+(?:ed|al|ic))\s+)*"  # "complicated", "medical"
        r"(?:(?P<co>[a-z]+)\s+(?:and|&|/)\s+)?"  # "her grief and depression"
        r"(?P<what>" + what + r")(?!\s+" + _SERVICE_NOUN
        + r"\b)|\bthe\s+(?P<acting>" + what + r")\s+(?:\w+\s+)?(?:takes?|took|kicks?|kicked|"
        r"gets?|got|wins?|won|keeps?|kept|makes?|made|stops?|stopped|hits?|comes?|came|"
        r"flares?|flared)\b(?!\s+(?:better|well|easier)\b)", re.I)


def _condition_owned(r: Reading) -> str:
    """A caregiver's condition named as theirs ("Renee's depression keeps her in bed",
    "because of his bipolar", "her PTSD makes her ..."): the diagnosis stands where what
    she does belongs. A child's condition ("Bao's anxiety") is what the child lives with."""
    terms = r.p.lexicon.cues.get("condition", ()) + tuple(  # and the diagnoses of jargon.csv
        e.term for e in r.p.lexicon.terms["jargon"].entries if e.category == "diagnosis")
    for m in _owned_condition(tuple(terms)).finditer(r.text) if terms else ():
        if m.group("co") and r.p.person_word.fullmatch(m.group("co")) or m.group("pron") and \
                _OWN_WORD.search(r.text[max(0, m.start() - 60):m.start()] + "she "):
            continue  # "her son and depression"; "Renee told us her depression ...": her word
        owner = m.group("owner") or ""
        if m.group("pron"):  # "her", "his": the person last named before it
            named = [w for rx in (r.p.name_re, r.p.caregiver_word)
                     for w in rx.finditer(r.text, 0, m.start())]
            owner = max(named, key=lambda w: w.start()).group(0) if named else ""
            if owner and (r.child_like(owner) or side(r, owner) == "child"):
                continue
        elif m.group("owner") and (side(r, owner) not in ("adult", "") or not (
                r.is_adult_person(owner) or r.p.caregiver_word.fullmatch(owner.split()[-1]))
                or r.child_like(owner) and not re.match(r"(?:Mr|Mrs|Ms|Dr)\b", owner)):
            continue  # "Bao's anxiety", "the worker's diagnosis"
        return quote(r, m.start(), m.end(), 12)
    return ""


def label_as_behaviour(r: Reading) -> str:
    """A label, diagnosis or judgement standing where the behaviour should be ("Mom is
    an alcoholic", "Dad is neglecting the kids", "Thanh failed to protect")."""
    m = _CALLED.search(r.text)
    if m:
        return quote(r, m.start(), m.end(), 12)
    for m in _LABEL_ACTS.finditer(r.text):
        who = subject_before(r, m.start())
        if who and m.group(0).lower().startswith("fail") and side(r, who[0]) == "child":
            continue  # "Kai failed to watch Tommy": a child given the adult's job (child-blamed)
        return quote(r, m.start(), m.end(), 12)
    found = [(e, m) for e, m in r.p.lexicon.terms["jargon"].find(r.text)
             if e.category in ("label", "diagnosis") or e.term in _PERSON_JARGON]
    found += [(e, m) for e, m in r.p.lexicon.terms["judgement"].find(r.text)
              if m.group(0).lower() in _CHARACTER]
    for _, m in sorted(found, key=lambda em: em[1].start()):
        who = subject_before(r, m.start()) if m.group(0).lower() in _CHARACTER else None
        if who and side(r, who[0]) == "child":
            continue  # "if Kai is careless again": a child blamed (child-blamed), not a label
        if _OWN_WORD.search(r.text, max(0, m.start() - 60), m.start()):
            continue  # "Renee says she has depression": the parent's own word for it
        if _PREDICATE.search(r.text, max(0, m.start() - 45), m.start()) or _WORRIED_ABOUT.search(
                r.text, max(0, m.start() - 45), m.start()) or (
                _POSSESSED.search(r.text, max(0, m.start() - 30), m.start())
                and _CAUSES.match(r.text, m.end())):
            return quote(r, m.start(), m.end(), 12)
    return _labelled_time(r) or _condition_owned(r) or fault_owned(r, "adult") or habit_owned(r)


# --- a goal that describes the harm going on ------------------------------------
_GOES_ON_HARM = re.compile(
    r"^(?:(?:keep|continue|carry on|go on|still)\s+(?:to\s+)?(?:\w+\s+)?)?(?:push|shov|hit|slap|"
    r"punch|kick|chok|strangl|grab|threaten|beat|hurt|smack|yell|scream|shout|swear|"
    r"put (?:her|him|them) down|call (?:her|him|them) names|isolat|control)\w*\b", re.I)
_GOES_ON = re.compile(r"^(?:keep|continue|carry on|go on|still)\b", re.I)


def continued_harm(r: Reading) -> str:
    """A goal or plan step that describes the harm going on ("Minh will keep pushing
    Thanh for six months, and Phuoc will see this")."""
    for c in r.commitments:
        if c.negated or side(r, c.subject) != "adult":
            continue
        m = _GOES_ON_HARM.match(c.phrase)
        if m and (_GOES_ON.match(c.phrase) or VIOLENCE.match(c.phrase)):
            return own(c)
    return ""
