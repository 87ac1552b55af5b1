"""Detectors for the child (or the partner) told as the cause of the violence or the harm
(rule ``child-blamed``) and for anger told as the cause with the partner as its trigger
(rule ``dv-partner-trigger``), declared in :mod:`soplab.coach.safety_rules`."""

from __future__ import annotations

from . import lazyre as re
from .harmful import (
    VIOLENCE,
    dv_context,
    gender,
    object_after,
    quote,
    sentence_span,
    side,
    subject_before,
    two_adults,
)
from .harmful_duty import child_given_duty, child_takes_a_turn
from .harmful_fault import care_lapse, fault_owned, own_hurt_blamed
from .harmful_judged import child_judged
from .harmful_lapse import child_lapse_told
from .harmful_occasion import quarrel_as_occasion
from .harmful_trigger import child_act_as_cause, child_sets_off, survivor_act_as_trigger
from .reading import Reading

__all__ = ["blames_child", "blaming_question", "partner_trigger"]


# --- the child blamed ---------------------------------------------------------
_BLAME = re.compile(
    r"\b(?:makes?|made|making|gets?|got)\s+(?:him|her|them|(?:his|her|their)\s+\w+|[A-Z]\w+)\s+"
    r"(?:so\s+|really\s+|very\s+)?(?:angry|mad|cross|furious|lose\s+(?:his|her|their)\s+temper|"
    r"snap|wound up)\b"
    r"|\b(?:provok\w+|winds?\s+(?:him|her|them)\s+up|wound\s+(?:him|her|them)\s+up|pushe[sd]\s+"
    r"(?:his|her|their)\s+buttons|asked for it|deserved\s+(?:it|to)|brought it on)"
    r"|\b(?:her|his|their|[A-Z]\w+'s)\s+(?:behaviou?r|crying|screaming|tantrums?|attitude|"
    r"back-?chat|defiance|disobedience|lying|whining)\s+(?:makes|made|caused|causes|triggered|"
    r"triggers|led to|leads to|sets off|set off|sets? (?:him|her|them|[A-Z]\w+) off)\b", re.I)
#: A child given the adult's duty: "Kai (13) was supposed to be watching Tommy".
_CHILD_DUTY = re.compile(r"\b(?:(?:was|were|is)\s+)?(?:supposed|meant|expected)\s+to\s+(?:be?\s+)?"
                         r"(?:watch\w*|look\w* after|mind\w*|supervis\w+|babysit\w*|car\w+ for)"
                         r"|\bfail(?:ed|s)? to (?:\w+ly )?(?:watch|supervise|look after|mind|"
                         r"keep an eye on|"
                         r"check on|keep \w+ safe)|\b(?:(?:was|were|is)\s+)?(?:supposed|meant|"
                         r"expected)\s+to\s+be\s+(?:in charge|responsible)\b"
                         r"|\b(?:was|were|is)\s+(?:left\s+)?(?:in charge of|"
                         r"responsible for)\b", re.I)
_BECAUSE = re.compile(r"\b(?:because|as|since|for|after)\s+(?P<s>[\w']+)\s+(?P<v>[\w']+)", re.I)
_PRONOUN = {"her": "she", "him": "he", "them": "they", "she": "she", "he": "he", "they": "they"}
_NOT_BLAME_VERB = {"was", "is", "were", "had", "has"}
#: "as Thanh says", "as Vy told the worker": whose account it is, not a cause.
_REPORTING = set("""says said say told tells tell reports reported explains explained mentions
mentioned describes described shares shared recalls recalled notes noted states stated puts put
remembers remembered knows knew believes believed thinks thought confirms confirmed
disclosed discloses""".split())


def _doer(r: Reading, pos: int) -> tuple[str, int] | None:
    """Who does what starts at ``pos``: the subject just before it, or the last person
    named earlier in its sentence ("when Thanh talk about money and make Minh angry")."""
    who = subject_before(r, pos)
    if who:
        return who
    s, _ = sentence_span(r.text, pos)
    names = [m for m in re.finditer(r"\b[A-Z][\w-]+", r.text[s:pos]) if side(r, m.group(0))]
    return (names[-1].group(0), s + names[-1].start()) if names else None


#: The one a relative clause tells of: "Kai, who was supposed to ...", "Kai (13) - the one
#: meant to ...".
_WHO_REL = re.compile(r"\b(?P<who>[A-Z][\w-]+)(?:\s*\(\s*\d{1,2}\s*\))?\s*(?:,|\s-|\u2014)\s*"
                      r"(?:who|that|the\s+one)\s+(?:(?:had|has|also|had\s+been)\s+)?$")


def _relative_subject(r: Reading, pos: int) -> tuple[str, int] | None:
    m = _WHO_REL.search(r.text, max(0, pos - 60), pos)
    return (m.group("who"), m.start("who")) if m and m.end() == pos else None


def blames_child(r: Reading) -> str:
    """The child (or the partner) told as the cause of the violence: "makes him angry",
    "Dad hit Mia because she went in the shower"."""
    for m in _BLAME.finditer(r.text):
        who = _doer(r, m.start())
        if (_MAKES_ANGRY.match(r.text, m.start()) or _PROVOKED.match(r.text, m.start())) \
                and who and side(r, who[0]) == "adult":
            continue  # "Thanh makes him angry", "Thanh provoked Minh": the partner as trigger
        return quote(r, m.start(), m.end())
    for m in _CHILD_DUTY.finditer(r.text):
        who = _relative_subject(r, m.start()) or subject_before(r, m.start())
        if who and (side(r, who[0]) == "child" or re.fullmatch(  # "his brother was meant to"
                r"(?:his|her|their)\s+(?:(?:big|older|little|younger)\s+)?(?:brother|sister|bro|"
                r"sis)", who[0], re.I)):
            return quote(r, who[1], m.end())
    found = _child_as_cause(r) or _child_lapse(r) or child_given_duty(r) or child_takes_a_turn(r) \
        or child_act_as_cause(r) or child_sets_off(r) or care_lapse(r) or fault_owned(r, "child") \
        or own_hurt_blamed(r) or child_lapse_told(r) or child_judged(r)
    if found:
        return found
    for act in VIOLENCE.finditer(r.text):
        obj = object_after(r, act.end())
        if not obj:
            continue
        s, e = sentence_span(r.text, act.start())
        for b in _BECAUSE.finditer(r.text, act.end(), e):
            who, verb = b.group("s"), b.group("v").lower()
            if verb in _REPORTING and b.group(0).lower().startswith("as "):
                continue  # "as Thanh says this has happened before": her account
            first = re.findall(r"[A-Za-z']+", obj)[-1] if re.search("[A-Za-z]", obj) else "?"
            actor = subject_before(r, act.start())
            actor_is = gender(actor[0]) if actor else ""
            same = (who.lower() == first.lower()
                    or _PRONOUN.get(who.lower()) == _PRONOUN.get(first.lower(), "?")
                    or bool(actor_is and _PRONOUN.get(who.lower()) in {"he", "she"}
                            and _PRONOUN[who.lower()] != actor_is))
            victim = r.is_child(obj) or side(r, obj) == "adult"
            if same and victim and (verb not in _NOT_BLAME_VERB or r.is_child(obj)):
                return quote(r, act.start(), b.end())
    return ""


#: "because <someone> <did something>": the cause of what happened given to a person.
_CAUSE = re.compile(r"\b(?:because|since|cos|cause)\s+(?P<who>(?:(?:the|her|his|their)\s+)?"
                    r"(?:[\w'-]+\s+){0,2}?[\w'-]+(?:\s*\(\s*\d{1,2}\s*\))?)\s+(?P<v>(?:did not|"
                    r"didn't|was not|wasn't|"
                    r"had not|hadn't|never|just|always|kept|keeps|keep)\s+\w+|[a-z]+)\b")
#: A perfect tense before "since" makes it a time ("has been wetting since Vy got hurt").
_PERFECT = re.compile(r"\b(?:has|have|had|'s|'ve)\s+(?:\w+\s+)?(?:been|had|\w+ed)\b", re.I)
#: What a child is, feels or goes through (not something a child did): "because he was
#: scared", "because Vy got hurt", "because Bao heard the shouting".
_NOT_AN_ACT = set("""is are was were be been has had have feels felt feel saw sees see heard hears
hear got gets get needed needs need wanted wants want can could cannot can't couldn't likes loves
knows knew thinks thought seemed seems looks looked lives lived is's cried cries missed misses
""".split())
#: A child's lapse told with "was": "because Kai was in the shower", "was on his phone".
_WAS_LAPSE = re.compile(r"\s*(?:in the (?:shower|bath|toilet|bathroom)|busy|playing|out|asleep|"
                        r"sleeping|on (?:his|her|the) (?:phone|tablet|game|computer)|not "
                        r"(?:watching|looking|there|home))\b", re.I)


#: A child's lapse told as what let the harm happen ("Kai (13) left the pills out"), or a
#: child's protective act told as her choice ("Vy keeps getting involved", "chose to get in
#: the middle").
_CHILD_LAPSE = re.compile(
    r"\b(?:slips?|slipped|slipping|mess(?:es|ed)?|screw(?:s|ed)?)\s+up\b|\bdrop(?:s|ped)?\s+the\s+ball\b|"
    r"\b(?:gets?|got)\s+distracted\b|"
    r"\b(?:is|was|were|are|be|been|being|gets?|got|getting|becomes?|became)\s+(?:so\s+|too\s+|very\s+|"
    r"a\s+bit\s+|really\s+)?(?:careless|sloppy|lazy|irresponsible|forgetful|negligent|slack)\b|"
    r"\b(?:left|leaves|leave)\s+(?:(?:the\s+|her\s+|his\s+|their\s+|mum's\s+|mom's\s+)?[\w-]+\s+)?"
    r"(?:out|open|unlocked|lying around|within reach|on the (?:table|counter|nightstand|bench|"
    r"floor|shelf|side|bed))\b|\b(?:forgot|forgets) to\b|"
    r"\b(?:didn't|did not|wasn't|was not|isn't|is not|doesn't|does not|don't|do not)\s+"
    r"(?:watch|check|lock|look after|mind|watching|looking|paying attention)\b|\blet (?:him|her|"
    r"[A-Z]\w+) (?:get|take|have|eat)\b"
    r"|\b(?:chose|chooses|decided|decides|insist(?:s|ed)? on|keeps?|"
    r"kept)\s+(?:to\s+)?(?:getting|get|"
    r"putting|put|throwing|throw|stepping|step|jumping|jump|running|run)?\s*(?:herself|himself|"
    r"themselves)?\s*(?:involved|in the middle|in between|between them)\b", re.I)


#: A lapse in general words ("slips up", "gets distracted"): the child's fault only where
#: another child's harm follows, not his own ("Kai could slip up at school and fall behind").
_SLIPS = re.compile(r"(?:slip|mess|screw|drop|get|got)", re.I)


def _child_lapse(r: Reading) -> str:
    """A child's lapse or choice told as what let another child's harm happen."""
    for m in _CHILD_LAPSE.finditer(r.text):
        who = subject_before(r, m.start())
        said = r.text[max(0, m.start() - 4):m.start()].strip().lower()
        if (not who or who[0].split()[-1].lower() == said) and said in {"she", "he"}:  # "when
            # she chose to get in the middle", "Kai is watching Tommy and he slips up"
            s, _ = sentence_span(r.text, m.start())
            named = [n for n in re.finditer(r"\b[A-Z][\w-]+", r.text[s:m.start()])
                     if side(r, n.group(0))]
            kids = [n for n in named if side(r, n.group(0)) == "child"]  # "the worker and
            named = kids[:1] if _SLIPS.match(m.group(0)) and kids else named  # Marie worry
            who = (named[0].group(0), s + named[0].start()) if named else None  # Kai ... he"
        if not who or "child" not in (side(r, who[0]), side(r, who[0].split()[-1])):
            continue
        s, e = sentence_span(r.text, m.start())
        rest = r.text[s:who[1]] + r.text[m.end():e]
        if _SLIPS.match(m.group(0)):  # "Kai is watching Tommy and he slips up": the other
            rest = r.text[s:who[1]] + r.text[who[1] + len(who[0]):e]  # child is before it
        others = [c.group(0) for c in r.child_ref.finditer(rest)] + [
            w for w in re.findall(r"\b[A-Z][\w-]+", rest) if side(r, w) == "child"]
        if any(o.lower() not in who[0].lower() for o in others) or (
                r.p.impact.search(rest) or VIOLENCE.search(rest)) and not _SLIPS.match(m.group(0)):
            return quote(r, who[1], m.end(), 14)
    return ""


#: A child's own hurt told as her fault: "got in the way", "put herself in the middle",
#: "chose to get involved", "wouldn't stay out of it".
_HER_FAULT = re.compile(r"(?:got|gets|get)\s+(?:in the way|involved)|(?:put|puts|putting)\s+"
                        r"(?:herself|himself)|(?:chose|chooses|decided|insisted)\b|(?:would not|"
                        r"wouldn't|won't|will not)\s+stay out", re.I)


def _child_as_cause(r: Reading) -> str:
    """A child's act or lapse given as the cause of another child's harm: "Tommy got into her
    pills because Kai went in the shower", "the kids keep getting hurt because Vy keeps
    putting herself in the middle". A child's own feelings ("because he was scared") and
    what a child saw or heard are not a cause given to the child."""
    for m in _CAUSE.finditer(r.text):
        who, verb = m.group("who"), m.group("v").lower()
        if who.lower() in {"she", "he"}:  # "... because she got in the way": the child named
            s, _ = sentence_span(r.text, m.start())
            named = [n for n in re.findall(r"\b[A-Z][\w-]+", r.text[s:m.start()]) if side(r, n)]
            who = named[0] if named and side(r, named[0]) == "child" else who
        if verb == "got" and re.match(r"\s*(?:in the way|in the middle|involved|between)",
                                      r.text[m.end("v"):]):
            verb = "got-in"  # "got in the way": something she did
        if side(r, who) != "child" or r.p.person_word.search(who) and not r.is_child(who):
            continue
        first = verb.split()[0]
        if first in {"was", "were", "wasn't"}:
            if not _WAS_LAPSE.match(r.text, m.end("v") if first != "wasn't" else m.start("v")
                                    + len(first)) and first != "wasn't":
                continue
        elif first in _NOT_AN_ACT:
            continue
        s, _ = sentence_span(r.text, m.start())
        main = r.text[s:m.start()]
        if m.group(0).lower().startswith("since") and _PERFECT.search(main):
            continue  # "Bao has had nightmares since Vy fell": since when, not why
        hurt_child = next((c.group(0) for c in r.child_ref.finditer(main)), "") or next(
            (w for w in re.findall(r"[A-Z][\w-]+", main) if side(r, w) == "child"), "")
        own_story = hurt_child and hurt_child.lower() == who.lower()
        if own_story and _HER_FAULT.match(r.text, m.end("v") - 3 if verb == "got-in" else
                                          m.start("v")):
            return quote(r, m.start(), m.end(), 14)  # "Vy got cut because she got in the way"
        if not main.strip() or own_story:
            continue  # "Kai missed school because Kai stayed home": his own story
        if hurt_child or r.p.impact.search(main) or VIOLENCE.search(main):
            return quote(r, m.start(), m.end(), 14)
    return ""


# --- anger as the cause, the partner as the trigger ---------------------------
_ANGRY_WITH = re.compile(r"\b(?:is|are|was|were|gets?|got|getting|becomes?|became|feels?|felt|"
                         r"being)\s+(?:\w+\s+)?(?:angry|mad|furious|cross|frustrated|jealous|"
                         r"annoyed|irritated|upset|wound up)\s+(?:with|at)\s+"
                         r"|\b(?:his|[A-Z]\w+'s)\s+(?:anger|rage|temper|frustration|jealousy)\s+"
                         r"(?:at|with|towards?)\s+", re.I)
# "when he is angry about money" tells the situation (the lessons accept it); anger as
# the cause is "his anger", "loses his temper" ("anger issues" is a label: misframed.py)
_ANGER_FRAME = re.compile(r"\blos(?:es|t|ing|e)\s+(?:his|her|their)"
                          r"\s+(?:temper|cool)\b|\b(?:his|her|"
                          r"[A-Z]\w+'s)\s+(?:anger|temper)\b|\bcan(?:'t|not) control (?:his|her) "
                          r"(?:anger|temper)\b", re.I)


#: What the partner does, told as what sets him off, in any form a writer uses ("when Thanh
#: brings up the bills", "When: Thanh brings up money", "when Thanh talk about money").
_SHE_SETS_OFF = re.compile(
    r"\b(?i:when(?:ever)?|each time|every time)\s*:?\s+(?P<who>[A-Z][\w-]+)\s+"
    r"(?:(?:tries to|try to|starts to|start to|starts|keeps|keep)\s+)?(?:winds? (?:him|her|"
    r"[A-Z]\w+) "
    r"up|annoys?|provokes?|push(?:es)? (?:his|her) buttons|brings? up|raises?|mentions?|asks? "
    r"(?:(?:him|her|[A-Z]\w+) )?(?:about|for)|talks? (?:about|back)|answers? back|nags?|"
    r"questions?|challenges?|critici[sz]es?|complains?|refuses?|says? no|disagrees?|argues?|"
    r"spends?|go(?:es)? out|comes? home late|makes? (?:him|her|[A-Z]\w+) (?:angry|mad|cross|"
    r"jealous|upset)|(?:upsets?|angers?|annoys?|irritates?|frustrates?) (?:him|her|[A-Z]\w+))\b")
#: The partner told as provoking him, with "if" too and in the -ing form ("if Thanh keeps
#: nagging Minh", "when she argues back", "Thanh provoked Minh").
_PROVOKES = re.compile(
    r"\b(?i:if|when(?:ever)?|each time|every time)\s*:?\s+(?P<who>(?-i:[A-Z][\w-]+)|she|he)\s+"
    r"(?:(?:keeps?|starts?|goes on)\s+)?(?P<v>nag\w*|provok\w+|wind(?:s|ing)? (?:him|her|"
    r"[A-Z]\w+) up|"
    r"push(?:es|ing)? (?:his|her) buttons|argu(?:es|ing) back|talk(?:s|ing)? back|answer(?:s|ing)? "
    r"back|back-?chat\w*|critici[sz]\w+|disrespect\w*|mak(?:es|ing) (?:him|her|[A-Z]\w+) "
    r"(?:angry|mad|jealous))\b", re.I)
_PROVOKED = re.compile(r"\b(?:provok\w+|wound (?:him|her|[A-Z]\w+) up|winds? (?:him|her|[A-Z]\w+) "
                       r"up|push(?:ed|es) (?:his|her) buttons|sets? (?:him|her|[A-Z]\w+) off|"
                       r"triggered (?:him|her|[A-Z]\w+)|set (?:him|her|[A-Z]\w+) off)\b", re.I)
#: Someone told as making the person who uses violence angry ("Thanh makes him angry").
_MAKES_ANGRY = re.compile(r"\b(?:makes?|made|making|gets?|got)\s+(?:him|her|[A-Z]\w+)\s+(?:so\s+|"
                          r"really\s+|very\s+)?(?:angry|mad|cross|furious|jealous|lose\s+(?:his|"
                          r"her)\s+temper|snap|wound up)\b", re.I)
_ANGRY = re.compile(r"\b(?:angry|anger|mad|furious|temper|jealous)\b", re.I)


def partner_trigger(r: Reading) -> str:
    """Anger told as the cause of violence, with the partner as its trigger ("when he is
    angry with her"), or an anger frame where there is violence between adults."""
    for m in _ANGRY_WITH.finditer(r.text):
        obj = object_after(r, m.end())
        if side(r, obj) == "adult" and not r.child_like(obj) or (
                obj.lower() in {"her", "him"} and (dv_context(r) or two_adults(r))):
            return quote(r, m.start(), m.end() + len(obj))
    for m in _SHE_SETS_OFF.finditer(r.text):
        if side(r, m.group("who")) == "adult" and (dv_context(r) or _ANGRY.search(r.text)):
            return quote(r, m.start(), m.end())
    for m in _PROVOKES.finditer(r.text):
        who = m.group("who")
        if (side(r, who) == "adult" or who.lower() in {"she", "he"}) and dv_context(r):
            return quote(r, m.start(), m.end())
    for m in _PROVOKED.finditer(r.text):
        who = _doer(r, m.start())
        if who and side(r, who[0]) == "adult" and dv_context(r):  # "Thanh provoked Minh"
            return quote(r, who[1], m.end())
    for m in _MAKES_ANGRY.finditer(r.text):
        who = _doer(r, m.start())
        if who and side(r, who[0]) == "adult":  # "Thanh makes him angry": the partner
            return quote(r, who[1], m.end())
    if dv_context(r):
        m = _ANGER_FRAME.search(r.text)
        if m:
            return quote(r, m.start(), m.end())
    return survivor_act_as_trigger(r) or quarrel_as_occasion(r)


# --- the question that blames ------------------------------------------------
#: Asked what the survivor ("you") or a child did or said: "what did you do", "were you
#: saying", "could Vy stop", "can you avoid".
_ASKED = re.compile(r"\b(?:did|do|does|were|was|are|is|could|can|should|would|might|will)\s+"
                    r"(?P<who>you|she|(?-i:[A-Z][\w-]+)|the\s+(?:kids|children))\s+(?:\w+\s+){0,3}?"
                    r"(?:do|doing|say|saying|said|did|done|change|try|avoid|stop|quit|make\s+sure)\b"
                    r"|\b(?P<you2>you)\s+(?:do|did|say|said|(?:are|were)\s+(?:doing|saying))\b"
                    r"|\b(?P<you>you)\s+(?:\w+\s+)?(?=(?:provok|upset|annoy|trigger|anger|make|made|"
                    r"set|wind|keep|get|got)\w*\s)", re.I)
_HIM = (r"(?:him|(?-i:[A-Z][\w-]+)|(?:her|your|their|the)\s+"
        r"(?:dad|father|husband|partner|boyfriend))")
#: His anger or violence told as what her (or a child's) act brings about.
_BRINGS_ON = re.compile(
    r"\b(?:make|makes|made|making|get|gets|got|getting)\s+(?P<o1>" + _HIM + r")\s+(?:so\s+|that\s+|"
    r"really\s+)?(?:angry|mad|cross|furious|upset|jealous|violent|snap|lose\s+(?:it|his\s+temper))"
    r"|\b(?:set|sets|setting|wind|winds|winding|wound|rile|riles|riling)\s+(?P<o2>" + _HIM
    + r")\s+(?:off|up)\b"
    r"|\b(?:upset\w*|provok\w+|anger\w*|annoy\w*|trigger\w*)\s+(?P<o3>" + _HIM + r")\b"
    r"|\b(?:keep|keeps|keeping)\s+(?P<o4>" + _HIM + r")\s+(?:calm|happy|settled)\b"
    r"|\b(?:before|so\s+(?:that\s+)?|and\s+then|(?:make\s+sure|ensure)\s+(?:that\s+)?)\s*(?P<o5>he|(?-i:[A-Z][\w-]+))\s+(?:(?:doesn't|does\s+not|"
    r"won't|will\s+not|wouldn't|didn't|got|gets|get|started|starts)\s+){0,2}(?:angry|mad|upset|"
    r"yell\w*|shout\w*|hit\w*|push\w*|shov\w*|slap\w*|grab\w*|snap\w*|los[et]\w*|blew|blow\w*|"
    r"lash\w*|kick\w*\s+off|physical)\b", re.I)


def blaming_question(r: Reading) -> str:
    """A question that asks the survivor or a child what she (or the child) did to bring
    on his anger or violence: "What did you do to make him so angry?", "What were you
    saying before he pushed you?", "How could Vy stop winding her dad up?"."""
    if "?" not in r.text and not re.match(r"\s*(?:what|why|how|when|who|did|do|could|can)\b",
                                          r.text, re.I):
        return ""
    for m in _ASKED.finditer(r.text):
        who = m.group("who") or m.group("you") or m.group("you2")
        if who.lower() not in {"you", "she", "the kids", "the children"} and not (
                side(r, who) == "child" or side(r, who) == "adult" and gender(who) == "she"):
            continue  # "what did Minh do ...": his own act is his
        s, e = sentence_span(r.text, m.start())
        for b in _BRINGS_ON.finditer(r.text, m.end() - 9 if m.group(0).endswith("sure")
                                     else m.end(), e):  # "can you make sure he ..."
            him = next(g for g in b.groups() if g)
            if him.lower() != who.lower() and side(r, him) != "child" and gender(him) != "she":
                return quote(r, m.start(), b.end())
    for m in _WHAT_CAUSED.finditer(r.text):  # "What set him off?", "What made Minh so angry
        him = next(g for g in m.groups() if g)  # on Sunday?": a cause of his violence sought
        if side(r, him) != "child" and gender(him) != "she" and (
                dv_context(r) or him.lower() == "him" or gender(him) == "he"):
            return quote(r, m.start(), m.end())
    return ""


#: A cause of his anger asked for: "what set him off", "what made Minh so angry", "what
#: triggered him", "what was it that got him going".
_WHAT_CAUSED = re.compile(r"\b(?:what|which\s+\w+)\s+(?:(?:was\s+it\s+)?(?:that\s+)?|(?:do|did)\s+"
                          r"you\s+think\s+)(?:" + _BRINGS_ON.pattern.replace("(?P<o", "(?P<w")
                          + r"|(?:got|gets|get)\s+(?P<w9>him|(?-i:[A-Z][\w-]+))\s+(?:going|started|"
                          r"worked\s+up))", re.I)
