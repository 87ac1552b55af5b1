"""Round 8's general shapes of a kind, read from grammar rather than a source's layout
(issue 21, the kindread lane): a capacity someone has now (a goal's observable part), the
situation of that capacity (no back-up step), and help offered or given (a service told,
not a harm), what someone was told (a step taken, not a rule), why something was done (a past
purpose, not a child's experience to come). :mod:`soplab.coach.kinds`
weighs them."""

from __future__ import annotations

from . import lazyre as re
from .kindcues import lazy_pattern, reported
from .reading import Reading
from .text import phrase

__all__ = ["ABILITY", "SERVICE_GIVEN", "TOLD_THAT", "WISHED", "ability_goal", "not_a_step",
           "past_purpose", "safety_routine", "told_that", "topic_not_rule", "wished_state"]


#: A capacity someone has now, the part of a goal others can see or hear: "Tia can name
#: three safe adults", "Jaden knows where the phone is kept", "the boys are able to say who
#: they would call" (not "will know", not "Do you know ...?", not "knows what happened",
#: not the writer's "I can tell.", nor "who he can tell, and ..." in a list of topics).
ABILITY = lazy_pattern(
    r"(?<!\bI\s)(?<!\byou\s)(?<!\bwe\s)\b(?:can|is able to|are able to|(?:is|are) now able to)"
    r"\s+(?:now\s+|clearly\s+|confidently\s+|easily\s+)?(?:name|say|tell|show|describe|list|"
    r"explain|point (?:to|out)|recite|draw)\b(?=\s+(?!and\b|or\b)\w|,\s+in\b)|"
    r"\b(?:knows|(?<!\bwill\s)(?<!'ll\s)(?<!\bto\s)(?<!\bdo\s)(?<!\bdon't\s)(?<!\bnot\s)know)"
    r"\s+(?:exactly\s+)?(?:who|where|how|which|what)\s+"
    r"(?:to\b|(?:[\w'-]+\s+){0,4}?(?:is|are)\s+kept\b)",
    re.I, needs="can|able|know|knows")


def ability_goal(r: Reading) -> str:
    """A capacity someone has now, told as what they can say or show, or know to do (""
    if none; not in a question): the observable part of a goal, without "will"."""
    m = ABILITY.search(r.text)
    if not m or r.text.rstrip().endswith("?"):
        return ""
    return phrase(r.text[m.start():], 8)


def not_a_step(r: Reading, backup: str) -> bool:
    """The "if ..." of ``backup`` is no back-up step: words a caregiver is reported to have
    said (:func:`reported`), or the situation of a capacity shown ("Mia can name who she
    would go to if Dad turns up drunk", "Ruby knows who to ring if ...")."""
    at = r.text.find(backup)
    if reported(r, at):
        return True
    m = ABILITY.search(r.text)
    return bool(m and not r.text.rstrip().endswith("?") and at >= m.start() - 1
                and not re.search(r"[.;!?]", r.text[m.end():at]))


#: Help offered or given to someone, told in the passive ("has been offered the kinship
#: carers' group", "was referred to parenting", "were given the refuge number"): a service
#: told, whatever words of harm its name has ("trauma training", "DV advocate").
SERVICE_GIVEN = lazy_pattern(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+|also\s+){0,2}"
    r"(?:offered|referred|signposted|provided with|linked (?:in )?with|connected (?:to|with)|"
    r"given\s+(?:[\w'-]+\s+){0,4}?(?:numbers?|info|information|details|leaflets?|referrals?|"
    r"contacts?|places?|a place))\b",
    re.I, needs="offered|referred|signposted|provided|linked|connected|given")


#: What someone was told, advised or reassured, in the past: "Jaden was told plainly that
#: stopping the fighting is not his job", "Both parents were advised that ...".
TOLD_THAT = lazy_pattern(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:told|advised|reminded|"
    r"reassured|informed|warned)\b[^.;!?]*?\bthat\b",
    re.I, needs="told|advised|reminded|reassured|informed|warned")


def told_that(r: Reading, words: str) -> bool:
    """``words`` are part of what someone was told ("Jaden was told that nothing that happens
    at home is his fault"): a step taken and recorded, not a rule or a promise."""
    at = r.text.find(words)
    return at >= 0 and any(m.end() <= at and not re.search(r"[.;!?]", r.text[m.end():at])
                           for m in TOLD_THAT.finditer(r.text))


_WOULD_PURPOSE = lazy_pattern(r"^(?:so that|so|in order that)\b[^.;!?]*\b(?:would|could|might)\b",
                              re.I)


def past_purpose(r: Reading) -> bool:
    """The text's "so that ..." tells why something was done, in the past ("In March Dad
    applied for an order so that Zsofi would spend weekends with him"), not what a child
    will experience: the purpose says "would" and follows a past act or a past time told."""
    return bool(r.experience and _WOULD_PURPOSE.search(r.experience) and (
        (r.past_action and r.experience in r.past_action) or r.harm_time))


#: "what happens at home", "nothing that goes on there": a thing talked about, not a rule.
_TOPIC = lazy_pattern(r"\b(?:what|whatever|(?:nothing|anything|everything) that)\s+(?:\w+\s+)?"
                      r"(?:happens|happened|goes on|went on)\b", re.I)


#: What comes before a concessive "Whatever happens, ...": nothing in its sentence.
_OPENS = lazy_pattern(r"(?:^|[.;!?\n])\s*(?:(?i:no matter)\s*)?$")


def topic_not_rule(r: Reading, words: str) -> bool:
    """``words``, read as a rule's form, are what someone was told (:func:`told_that`) or a
    topic named by a clause ("what happens at her house" in a session's list of topics; not
    "No matter what happens, Dad is not to ...", "Whatever happens at the weekend, Dad ...")."""
    at = r.text.find(words)
    if at < 0 or (told := told_that(r, words)):
        return at >= 0 and told
    return any(m.end() > at and not _OPENS.search(r.text[:m.start()])  # the rule's own words,
               for m in _TOPIC.finditer(r.text, max(0, at - 20), at + len(words)))


#: A state wished for, the way a court, conference or family plan writes an outcome: a
#: heading of what someone wants ("What we want:", "Our hope -", "Aim:") or a sentence that
#: opens with "That" and a person ("That the children have a relationship with their father
#: in which ...", "That Kai lives at home with ...").
WISHED = lazy_pattern(
    r"^\s*(?:(?:what\s+)?(?:we|I|everyone|the family|our family|the children|the kids)\s+"
    r"(?:want|wants|hope|hopes|wish|wishes)(?:\s+for)?|(?:our|my|the)\s+(?:hopes?|wish(?:es)?|"
    r"aims?)|aims?)\s*(?::|-|\u2013|\u2014)\s+\S|"
    r"^\s*(?:[\w' ]{1,30}:\s*)?That\s+(?P<rest>(?:[\w'.-]+\s+){1,6})",
    re.I, needs="want|hope|wish|aim|that")
#: The verbs a wished-for state takes after "That" and its person: present forms.
_WISHED_VERB = lazy_pattern(r"(?!was$|does$|needs$|says$)[a-z]+s|have|are|can|live|feel|go|"
                            r"get|stay|know|grow|remain|continue|spend|attend|receive|return|"
                            r"keep|sleep|see|enjoy|play|learn|understand|develop|experience|"
                            r"are\s+able|be")
#: A "That" clause that is the subject of what follows: "That Mum drinks is the worry".
_CLAUSE_AS_SUBJECT = lazy_pattern(r"\b(?:is|was|are|were)\s+(?:the|a|an|not|what|why|clear|"
                                  r"well|known|a)\b|\b(?:worries|concerns|means|shows|"
                                  r"suggests)\b", re.I)
#: Words that only name a person ("the children", "their mother", "Kai and Mia").
_WHO_WORDS = frozenset({"the", "his", "her", "their", "our", "both", "all", "each", "and", "&",
                        "maternal", "paternal", "two", "three", "young", "baby"})


def wished_state(r: Reading) -> str:
    """A state wished for (see :data:`WISHED`; "" if none): a goal's outcome told as what
    is wanted, not as "X will ...". The "That" form needs a person named by naming words
    and then a present-tense verb ("That the father hit her is not disputed", "That night
    Dad ..." are no wish)."""
    m = WISHED.search(r.text)
    if not m or r.text.rstrip().endswith("?"):
        return ""
    if m.group("rest") is None:
        return phrase(m.group(0), 8)
    words = m.group("rest").split()
    for n in range(1, len(words)):
        who, verb = " ".join(words[:n]), words[n].lower()
        if not all(w[0].isupper() or w.lower() in _WHO_WORDS or r.p.person_word.fullmatch(w)
                   or r.is_child(w) for w in words[:n]):
            return ""
        if (r.is_child(who) or r.is_adult_person(who)) and _WISHED_VERB.fullmatch(verb):
            rest = re.split(r"[.;!?]", r.text[m.start("rest"):], maxsplit=1)[0]
            if _CLAUSE_AS_SUBJECT.search(rest):
                return ""
            return phrase(r.text[m.start("rest") - 5:], 8)
    return ""


#: What someone does, now, each time the trouble starts: "When there's fighting the kids go
#: to their room and shut the door", "Whenever Dad starts drinking, Mia takes her brother
#: next door", "If the yelling starts, Jayden calls his uncle" (a present-tense step for a
#: trigger, not "When Dad is angry he hits the kids", nor "When there was fighting, ...").
SAFETY_ROUTINE = lazy_pattern(
    r"(?:^|[.;!?]\s+)(?:when|whenever|if|any ?time|every time|once)\b[^.;!?]{0,60}?\b(?:fight\w*|"
    r"argu\w*|yell\w*|shout\w*|scream\w*|drink\w*|drunk|high|using|angry|mad|loud|violen\w*|"
    r"rows?|kicks? off|blows? up|temper|aggressive|rough|hits?|hitting|threaten\w*)\b"
    r"[^.;!?]{0,40}?[,\s]\s*(?:then\s+)?(?:the\s+)?(?:kids|children|girls|boys|twins|"
    r"siblings|[A-Z][a-z]+(?:\s+and\s+(?:her|his|their|the)?\s*[A-Za-z]+)?)\s+(?:(?:go|goes|walk|"
    r"walks|run|runs|head|heads|get|gets)\s+(?:straight\s+)?(?:to|next door|upstairs|"
    r"downstairs|over to|across to|out to)\b|(?:take|takes)\s+[^.;!?]{1,30}?\s+(?:to|next door|"
    r"upstairs|outside)\b|(?:call|calls|ring|rings|text|texts|phone|phones)\s+\S|(?:stay|"
    r"stays)\s+(?:at|with|in)\b)", re.I, needs="when|if|time|once")


def safety_routine(r: Reading) -> str:
    """A safety step someone takes, now, each time the trouble starts (:data:`SAFETY_ROUTINE`;
    "" if none): a plan's back-up told as what is done, like "if ..., then ..."."""
    m = SAFETY_ROUTINE.search(r.text)
    return phrase(r.text[m.start():].lstrip(".;!? "), 12) if m else ""
