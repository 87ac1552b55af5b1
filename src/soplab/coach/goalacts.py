"""Goals (and plan steps) told without "X will": the present tense, the base form of
second-language English, notes and lists (issue 21, generalisation).

People write the same goal in many shapes::

    Minh will speak calmly to Thanh ...          (the template: Reading.commitments)
    Minh speaks calmly to Thanh ...              (present tense)
    Minh talk calm with Thanh ...                (base form)
    For the next three months an adult Ms. Rahimi trusts meets Sara ...
    What we need to see: Minh being the dad ...  (a gerund after a frame)
    ... for the Harpers to get to a point where ...
    - awake adult w/ Tommy daily                 (a note: an adult with, at, by ...)
    Parents: sweep glass, throw out spoiled food

:func:`acts` reads each as an :class:`Act` (who, what, negated), a clause whose subject
is an adult (a person word, a name, or an ``adult`` word from ``cues.csv``: "an awake
adult", "a grown-up her mum trusts") and whose next word is an action, not a word of
the closed classes (:data:`NOT_A_VERB`). :func:`observer` reads who will see it in any
tense ("Cousin checks weekly", "Seen by: Phuoc", "would be the ones seeing it",
"verified at each home visit"). What the child lives, things kept safe with the doer
unsaid, services and schedules are read in :mod:`soplab.coach.goalstates`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from . import lazyre as re
from .grammar import LIST_WORDS, ci, parts
from .lexicon import alternation
from .patterns import LazyPattern
from .text import phrase
from .truecase import course_children
from .wording import NEGATION, PHRASE_END

if TYPE_CHECKING:  # pragma: no cover - types only
    from .patterns import Patterns

__all__ = ["CLAUSE_START", "NOT_A_VERB", "TIME_LEAD", "Act", "acts", "doer", "is_check",
           "is_doer", "observer"]


@dataclass(frozen=True)
class Act:
    """Who does what, told without "will" (the fields of a ``Commitment``)."""

    subject: str
    phrase: str
    negated: bool
    start: int
    words: str = ""
    #: An adult there with the child ("adult at the bus stop", "is there every day"):
    #: a presence, a behaviour whatever words follow.
    presence: bool = False
    #: Told as a hope, not a goal: "it would be hoped that Minh could speak calmly",
    #: "perhaps Ms. Rahimi might ..." (the expert reads the behaviour as thin).
    hedged: bool = False


#: Words that are not an action after a subject: the closed classes of English (and
#: the verbs that tell a state, a feeling or an observation rather than a deed).
NOT_A_VERB = frozenset("""
a an the this that these those his her their its my our your and or but nor so if when
whenever while because as than then until who whom whose which what where why how of in on
at to for from by with without into onto over under about after before during through
across around near between among within per via is are was were be been am has have had
do does did will would shall should can could may might must need needs ought seem seems
feel feels felt see sees saw seen hear hears heard know knows knew notice notices say says
said tell tells told think thinks thought believe believes want wants wanted hope hopes
wish wishes like likes love loves worry worries trust trusts also always still just only
even really very not never no nothing yes he she they it we i you him them us me one two
three four five six seven eight nine ten both all each every some any many much more most
s t d ll re ve m year years day days week weeks month months night nights time term
semester morning evening visit visits
""".split())
#: A presence: an adult with the child, at the place, or there ("adult at bus stop").
_PRESENCE = re.compile(r"(?:(?:is|are|be|stays?|remains?)\s+)?(?:there|with|at|by|beside|"
                       r"present|around|nearby|waiting|awake|up and|home with|in the house)\b",
                       re.I)
_ADVERBS = re.compile(r"(?:(?:also|always|still|then|now|really|consistently|reliably|actually|"
                      r"both|all|each|usually|calmly|quietly|together)\s+)*", re.I)
#: The adult's relative clause left unmarked: "an adult Ms. Rahimi trusts (meets Sara)".
_CHOSEN = re.compile(r"(?:trusts|chooses|chose|picks|knows|names|likes|approves of|agrees on|"
                     r"agree on)\s+(?=[a-z])")
_NOT = re.compile(r"(?:not|never|no longer|no|doesn't|don't|does not|do not|won't|stops?|quits?)\b",
                  re.I)
_OBSERVE = (r"see|sees|seeing|check|checks|checking|notice|notices|noticing|observe|observes|"
            r"observing|confirm|confirms|verify|verifies|witness|witnesses|watch(?:es|ing)? for|"
            r"know(?:s|ing)?(?=\s*(?:[,;.\n]|$|about\b|it\b|this\b|that's\b))|"
            r"keep(?:s|ing)? (?:an eye|watch)|(?:look|looks|watch|watches)(?=\s*(?:[,;.\n]|$|"
            r"at it\b|it\b|this\b))|visit(?:s|ing)?(?=\s+(?:monthly|weekly|regularly|"
            r"often|every|each|twice|the (?:home|house)))|vouch(?:es|ing)? (?:for|that)|"
            # "Grandma will keep track", "Aunt Jo will make sure it happens"
            r"keep(?:s|ing)? track|make(?:s)? sure (?:it|this|that) (?:happens|is happening|"
            r"goes on|keeps happening)")
_OBSERVE_MODAL = r"say|tell|know|hear|report|vouch"
_MODAL = (r"will|would|can|could|should|must|shall|might|may|(?:is|are|am) going to|gonna|"
          r"need to|needs to|have to|has to|(?:will|would|should) be able to|be able to")
_NOTED = re.compile(r"\b(?:seen|observed|checked|verified|confirmed|witnessed|noticed)\s+"
                    r"(?:(?:at|during|on|in)\s+(?:\w+\s+){0,2}(?:visits?|check-?ins?|"
                    r"meetings?)|(?:\w+\s+){0,3}?by\b\s*:?)|\b(?:who\s+(?:sees|will see|checks|"
                    r"notices|watches|knows)(?:\s+it)?|observers?|witness(?:es)?|watchers?)\s*:",
                    re.I)


#: Where a clause starts (an act after "so" or "so that" is a purpose, not a deed).
CLAUSE_START = (r"(?:^|(?<=[.;:!?,]\s)|(?<=\n)|(?<=\band\s)|(?<=\bthat\s)(?<!\bso\sthat\s)|"
                r"(?<=\bthen\s)|(?<=\bwhere\s)|(?<=\bbut\s)|(?<=\bsee:\s)|(?<=\bbecause\s)|"
                # a consequence told as one: "..., which means the twins can play"
                r"(?<=\bmeans\s))")
#: A time put first ("For the next three months an adult ...", "Each day 3 month parents").
TIME_LEAD = (r"(?:(?i:for|over|during|in|within|every|each|from|until|throughout|this|daily|"
             r"starting)\b[^,.;:\n]{0,40}?\b(?i:days?|weeks?|months?|mos?|years?|terms?|"
             r"semesters?|nights?|mornings?|evenings?|afternoons?|weekends?|time|now|daily|"
             r"today|tonight)\s+)?")


@lru_cache(maxsize=8)
def _grammar(p: Patterns) -> SimpleNamespace:
    """The patterns of this module for one lexicon (built once, like ``patterns_for``)."""
    g = parts(p.lexicon)
    adult = ci(alternation(p.lexicon.cues.get("adult", ())))
    # "an awake adult", "a grown-up her mum trusts", "an adult who is awake", "an adult
    # from the family": a person named by what they are, not by who they are
    relative = (r"(?:\s+(?:who|that|whom)\s+(?:is|'s|are)\s+[\w-]+(?:\s+and\s+[\w-]+)?"
                r"|\s+thats\s+[\w-]+"
                r"|\s+(?:from|in|of)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?"
                r"\s+)?[\w'-]+"
                r"|\s+(?:who\s+|that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+|[A-Z][\w'-]+"
                r"|(?:her|his|their|the)\s+[\w-]+)\s+(?:trusts|chooses|chose|picks|knows|names|"
                r"likes|approves of|agrees on|agree on)"
                # "someone she trusts", "an adult they both know", "a grown-up you pick"
                r"|\s+(?:who\s+|that\s+|whom\s+)?(?:she|he|they|we|you)\s+(?:both\s+|all\s+)?"
                r"(?:trusts?|chooses?|chose|picks?|picked|knows?|names?|named|likes?|approves? of|"
                r"agreed on|agrees? on)){0,2}")
    # (the words before the adult word describe them: not an article or a time)
    adult_np = (rf"(?:(?i:an?|the|one|another|some|any)\s+)?(?:(?!(?:an?|the|and|or|every|each|"
                rf"days?|weeks?|months?|mos?|years?|time)\b)[a-z][\w-]*\s+){{0,2}}?{adult}"
                rf"{relative}")
    # "the mom and dad of the twins", "the aunt of Lily": whose they are, told after them
    who = rf"(?P<subj>{g.persons}(?:\s+of\s+{g.persons})?|{adult_np}|(?i:we|they|he|she))"
    start, lead = CLAUSE_START, TIME_LEAD
    # "Dad to walk Leo to school": a case plan's note ("Grandma to pick up Sara")
    modal = rf"(?:(?P<modal>(?i:{_MODAL}|(?:is\s+|are\s+)?to))\s+)?"
    # an adult's conduct told with "is"/"are": a state ("is calm and respectful", the
    # ``conduct`` cues) or an act going on ("are keeping the floor clear")
    conduct = ci(alternation(p.lexicon.cues.get("conduct", ())))
    g2 = SimpleNamespace(
        conduct=re.compile(rf"(?P<aux>(?:is|are|am|be|being|has been|have been)\s+)(?:\w+ly\s+)?"
                           rf"(?:(?P<state>{conduct})|(?=[a-z]+ing\b))", re.I),
        act=LazyPattern(rf"(?m){start}{lead}{who}\s+{modal}(?=(?P<rest>[^\n]*))"),
        # "for the Harpers to get to a point where", "we want to see Minh speaking calmly"
        for_to=LazyPattern(rf"\b(?:for|want|wants|need|needs|expect|expects|like|see|seeing)\s+"
                           # "What we need to see is Kane getting the children to school"
                           rf"(?:(?<=see\s)(?:is|are)\s+)?"
                           rf"{who}\s+(?:to\s+)?(?=(?P<rest>[^\n]*))"),
        # "Sara met at the bus stop every day by an adult": a note in the passive
        passive=LazyPattern(rf"\b(?P<rest>(?:met|picked up|collected|walked|supervised|watched|"
                            rf"looked after|cared for|taken|driven|fed|minded|bathed|put to "
                            rf"bed)\b[^.;\n]{{0,60}}?)\s+by\s+{who}"),
        # any deed told in the passive with its doer: "the children are spoken to calmly by
        # Minh", "Sara is always met at the stop by an adult", "bedtime is handled by Dad"
        passive_be=LazyPattern(rf"(?:\b(?i:is|are|am|be|being|been|gets?|getting)\s+(?:\w+ly\s+)?|"
                               rf"(?=(?:happens?|takes place)\b))"
                               rf"(?P<rest>(?P<pp>happens?|takes place|"
                               rf"[a-z]+(?:ed|en|wn|ght|pt|lt)|met|fed|read|put|"
                               rf"held|told|sent|kept|spent|done|made|run|hung|swept|led)\b"
                               rf"[^.;\n]{{0,60}}?)\s+by\s+{who}"),
        # the child has an adult there: "Sara has a grown-up waiting at her stop"
        has_adult=LazyPattern(rf"(?:\b(?:has|have|gets?|will have|can have)|(?:\b(?:is|are)|'s|'re)"
                              rf"\s+(?:gonna|going to) have)\s+(?P<subj>(?:(?i:an?|the|"
                              rf"one|some)\s+)?(?:[\w-]+\s+){{0,2}}?{adult}(?:\s+(?:awake|sober|present|"
                              rf"home|close by|nearby|they trust|she trusts|he trusts|"
                              rf"(?-i:[a-z]+)))?)\s+"
                              rf"(?P<rest>(?:waiting|"
                              rf"there|with|at|by|beside|to (?:meet|pick|walk|take|sit|stay|be))\b"
                              rf"[^.;\n]{{0,60}})", re.I),
        observe=LazyPattern(rf"\b(?:(?:(?i:{_MODAL})\s+(?:\w+\s+){{0,2}}?)?(?:{_OBSERVE})|"
                            rf"(?i:{_MODAL})\s+(?:\w+\s+){{0,2}}?(?:{_OBSERVE_MODAL}))\b"
                            r"(?!\s+to\s+it\b)", re.I),  # "will see to it that": ensure, not see
        person=LazyPattern(rf"{g.persons}|{adult_np}|(?i:\b(?:we|everyone|the (?:safety )?"
                           rf"network|the family)\b)"),
        after_noted=LazyPattern(rf"\s*(?:{g.persons}|(?i:everyone|the network|the worker|CWS))"),
    )
    # without " of " a text names no "aunt of Lily": its clauses are read by a pattern
    # half the size (one list of people, not two: the coach's cold start)
    for rx in (g2.act, g2.for_to, g2.passive, g2.passive_be):
        rx.without(rf"(?:\s+of\s+{g.persons})?", r"(?i:\sof\s)")
        rx.without(g.list_tail, LIST_WORDS)  # (after: the part above holds this one)
    # words without which a pattern cannot match: such a text is answered without compiling
    g2.passive.needs = g2.passive_be.needs = re.compile(r"\bby\b")
    g2.observe.needs = re.compile(r"(?i:see|check|notic|observ|confirm|verif|witness|watch|know|"
                                  r"eye|visit|say|tell|hear|report|vouch|look|track|sure)")
    g2.for_to.needs = re.compile(r"(?i:\b(?:for|wants?|needs?|expects?|like|see|seeing)\b)")
    return g2


def _verb(rest: str, conduct: re.Pattern[str]) -> tuple[str, bool, bool] | None:
    """The action at the start of ``rest`` (after adverbs and a negation): (phrase, negated,
    presence), or None when the next word is no action."""
    rest = rest[_ADVERBS.match(rest).end():]
    neg = _NOT.match(rest)
    if neg:
        rest = rest[neg.end():].lstrip()
        rest = rest[_ADVERBS.match(rest).end():]
    end = PHRASE_END.search(rest)
    words = rest[:end.start()] if end else rest
    words = words.strip(" ,")
    if _PRESENCE.match(words):
        return phrase(words), bool(neg), True
    conduct = conduct.match(words)  # "is calm and respectful with Thanh", "are keeping ..."
    if conduct:
        words = words[conduct.end("aux"):].lstrip()
        if conduct.group("state"):
            return phrase(words), bool(neg), False
    first = re.match(r"[a-z][a-z'-]*", words)
    if not first or first.group(0) in NOT_A_VERB or re.match(rf"(?:{_OBSERVE})\b", words, re.I):
        return None
    if first.group(0).endswith("ed") and not neg:
        return None  # "Grandma looked after ...": history, not a goal
    return phrase(words), bool(neg or NEGATION.match(words)), False


def acts(r) -> list[Act]:
    """Who does what, told without "will" (see the module doc), adults only, in order."""
    g = _grammar(r.p)
    out: list[Act] = []
    for m in g.passive.finditer(r.text):
        subj = m.group("subj").strip()
        if _adult(r, subj):
            out.append(Act(subj, phrase(m.group("rest")), False, m.start("subj"),
                           phrase(m.group(0)), True))
    for m in g.has_adult.finditer(r.text):
        out.append(Act(m.group("subj"), phrase(m.group("rest")), False, m.start("subj"),
                       phrase(f"{m.group('subj')} {m.group('rest')}"), True))
    for m in g.passive_be.finditer(r.text):
        subj, pp = m.group("subj").strip(), m.group("pp")
        if (_adult(r, subj) and not _NOT_A_DEED.fullmatch(pp) and not r.p.harm_act.fullmatch(pp)
                and not any(a.start == m.start("subj") for a in out)):
            out.append(Act(subj, phrase(m.group("rest")), False, m.start("subj"),
                           f"{subj}: {phrase(m.group('rest'))}"))
    for rx in (g.act, g.for_to):
        for m in rx.finditer(r.text):
            subj = m.group("subj").strip()
            if not _adult(r, subj) or _TITLED_TIME.search(r.text, 0, m.start("subj")):
                continue
            rest = m.group("rest")
            chosen = _CHOSEN.match(rest)  # "a neighbour Mrs. Ortiz trusts waits with Jo"
            if chosen:
                subj, rest = f"{subj} {chosen.group(0).strip()}", rest[chosen.end():]
            read = _verb(rest, g.conduct)
            if read is None:
                continue
            words, negated, presence = read
            modal = m.group("modal") if "modal" in m.re.groupindex else None
            hedged = bool(modal and _HEDGE_MODAL.fullmatch(modal)) or _hedged(r.text, m.start())
            out.append(Act(subj, words, negated, m.start("subj"), f"{subj} {words}", presence,
                           hedged))
    return sorted(out, key=lambda a: a.start)


#: Participles that tell a check, a report or a feeling, not the doer's deed ("seen by Nan").
_NOT_A_DEED = re.compile(r"seen|observed|noticed|confirmed|witnessed|checked|verified|reported|"
                         r"known|heard|watched|monitored|assessed|reviewed|documented|recorded|"
                         r"told|loved|liked|scared|frightened|worried|concerned|affected|"
                         r"upset|bothered|troubled|ordered|required|asked|referred|mandated|"
                         r"given|sent|shown", re.I)
#: A name after a title in a time clause: "on nights Ms. | Rahimi works late" (the stop of
#: the title ends no clause, and the clause is the time, not the goal's deed).
_TITLED_TIME = re.compile(r"\b(?:when|whenever|while|if|nights?|days?|evenings?|mornings?|"
                          r"weekends?)\s+(?:Mr|Mrs|Ms|Dr|Mx)\.\s+$", re.I)
_HEDGE_MODAL = re.compile(r"might|may|could", re.I)
_HEDGE = re.compile(r"\b(?:(?:would|is) (?:be )?hoped|hopefully|ideally|perhaps|maybe|possibly|"
                    r"might be able to|try to|work toward)\b", re.I)


def _hedged(text: str, at: int) -> bool:
    """The sentence before ``at`` tells a hope ("It would be hoped that ...")."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    return bool(_HEDGE.search(text, start, at + 40))


def _adult(r, subj: str) -> bool:
    subj = re.split(r"\s+of\s+(?=the\s|[A-Z])", subj)[0]  # "the mom and dad (of the twins)"
    if re.fullmatch(r"(?i:he|she|they|we)", subj):
        return bool(r.p.person_word.search(r.text) or r.p.name_re.search(r.text))
    return (r.is_adult_person(subj) or bool(_grammar(r.p).person.fullmatch(subj))) \
        and not _child(r, subj)


def _child(r, who: str) -> bool:
    """A child by a child word, an age or the course's children's names ("Vy and Bao");
    a bare name is not taken for a child here ("Minh" in a text that says "dad")."""
    names = [n for n in re.split(r",\s*|\s+(?:and|or|&)\s+", who.strip()) if n]
    return r.is_child(who) or bool(names) and all(n in course_children() for n in names)


def observer(r) -> str:
    """Who will see it, told in any tense: the nearest adult before a seeing or checking
    verb in its sentence ("Phuoc and Ba Lan see every week", "the ones seeing it"), or
    after "seen by" ("Seen by: Phuoc, Ba Lan"), or the visits it is verified at. The
    doer of the goal checking their own behaviour is no observer."""
    g = _grammar(r.p)
    text = r.text
    for m in _NOTED.finditer(text):
        if not m.group(0).rstrip(": ").endswith("by") and not m.group(0).endswith(":"):
            return phrase(m.group(0))
        after = g.after_noted.match(text, m.end())
        if after:
            return phrase(text[m.start():after.end()])
    for m in g.observe.finditer(text):
        if re.search(r"\blet\b", m.group(0), re.I):
            continue  # "has to let us know": a report, not someone who sees
        begin = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()),
                    text.rfind(";", 0, m.start()), m.start() - 100) + 1
        before = text[begin:m.start()]
        if re.search(r"\b(?:if|when|whenever|unless|as soon as)\b[^,]*$|\blet\s+(?:\w+\s+)?$",
                     before, re.I):
            continue  # "if Nan sees Dad drunk, ...": a step's signal; "let us know": a report
        people = [p for p in g.person.finditer(before) if p.group(0).strip()]
        if not people:
            continue
        who = people[-1].group(0).strip()
        if _child(r, who) or is_doer(r, who):
            continue
        return phrase(text[begin + people[-1].start():m.end()])
    return ""


def doer(r) -> str:
    """Who does the goal's behaviour: the first adult who commits to, or does, something
    other than watching ("Minh will check in with Phuoc when he is angry" is Minh's deed;
    his own check is no observer's)."""
    for c in r.caregiver_commitments:
        if not c.negated and (_CONTACTS.match(c.phrase) or not _OBSERVED.match(c.phrase)):
            return c.subject
    return next((a.subject for a in r.present_acts if not a.negated), "")


def is_doer(r, who: str) -> bool:
    """``who`` is the goal's doer (see :func:`doer`; "For six months Minh" is Minh)."""
    found, who = doer(r), who.strip()
    return bool(who) and (found == who or found.endswith(f" {who}"))


_OBSERVED = re.compile(rf"(?:(?:be able to|all|both|also)\s+)?(?:{_OBSERVE})\b", re.I)
#: Getting in touch with someone: a deed of the doer, not a check on them.
_CONTACTS = re.compile(r"(?:check(?:s|ing)? (?:in )?with|talk(?:s|ing)? (?:to|with))\b", re.I)


def is_check(phrase: str) -> bool:
    """A commitment to watch, not to do: "will see it", "will vouch for it", "checks"
    (getting in touch, "check in with Phuoc", is a deed)."""
    return bool(_OBSERVED.match(phrase)) and not _CONTACTS.match(phrase)
