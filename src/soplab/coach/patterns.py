"""Regular expressions the coach reads with, built once per lexicon.

The people, child, impact and monitoring words come from ``cues.csv`` so
authors can extend them; the grammar around them (who is worried, "will" +
behaviour, time phrases) lives here. Every pattern is compiled once and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .grammar import LIST_WORDS, NOCOMMA, NOSTOP, PRESENT_ACTS, ci, parts
from .lazyre import Waiting
from .lexicon import Lexicon, alternation, load_lexicon
from .needs import NEEDED_WORDS
from .wording import NAMED_THREAT, NAMELESS_CONCERN

__all__ = ["LazyPattern", "Patterns", "child_ref_pattern", "patterns_for"]


@dataclass(frozen=True, eq=False)
class Patterns:
    """Compiled patterns for one lexicon (see :func:`patterns_for`)."""

    lexicon: Lexicon
    name: str
    persons: str
    child_word: LazyPattern
    child_name_markers: tuple[LazyPattern, ...]
    caregiver_word: LazyPattern
    network_word: LazyPattern
    professional_word: LazyPattern
    person_word: LazyPattern
    name_re: LazyPattern
    worry: tuple[LazyPattern, ...]
    worry_negated: LazyPattern
    modal_behaviour: LazyPattern
    present_behaviour: LazyPattern
    about_behaviour: LazyPattern
    plain_behaviour: LazyPattern
    past_action: LazyPattern
    passive_action: LazyPattern
    past_verb: LazyPattern
    harm_act: LazyPattern
    child_subject_impact: LazyPattern
    relative: LazyPattern
    seen_doing: LazyPattern
    subject_tail: LazyPattern
    report: LazyPattern
    impact: LazyPattern
    context: LazyPattern
    future: LazyPattern
    modal: LazyPattern
    harm_time: LazyPattern
    plan_time: LazyPattern
    duration: LazyPattern
    will: LazyPattern
    observer: tuple[LazyPattern, ...]
    experience: tuple[LazyPattern, ...]
    monitoring: LazyPattern
    backup: tuple[LazyPattern, ...]
    goal_words: LazyPattern
    plan_words: LazyPattern
    list_line: LazyPattern
    action_subject: tuple[LazyPattern, ...]


class LazyPattern(Waiting):
    """A regular expression compiled the first time it is used (a
    :class:`~soplab.coach.lazyre.Waiting` pattern) that may also answer without compiling.

    The person patterns are large; compiling only those a text needs keeps the
    first analysis in a process quick. It offers the methods the coach uses.
    """

    __slots__ = ("needs", "_parts", "_shorter")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        #: Words without which the pattern cannot match: a text lacking them is
        #: answered at once, without compiling (see :mod:`soplab.coach.needs`).
        self.needs: re.Pattern[str] | None = None
        self._parts: list[tuple[re.Pattern[str], str]] = []
        self._shorter: dict[tuple[str, ...], re.Pattern[str]] = {}

    def without(self, part: str, words: str) -> None:
        """Read a text lacking ``words`` with this pattern minus ``part`` (every copy),
        a part that cannot match without them: the same matches, from a pattern that
        compiles quicker (``part`` holds no group, so the groups stay the same)."""
        if part and part in self.pattern:
            self._parts.append((re.compile(words), part))

    def _cannot(self, args) -> bool:
        return self.needs is not None and not self.needs.search(args[0])

    def _for(self, args) -> re.Pattern[str]:
        if not self._parts:
            return self.rx
        gone = tuple(part for words, part in self._parts if not words.search(args[0]))
        if not gone:
            return self.rx
        if gone not in self._shorter:
            pattern = self.pattern
            for part in gone:  # (in the order given: a part inside another goes last)
                pattern = pattern.replace(part, "")
            self._shorter[gone] = re.compile(pattern, self._flags)
        return self._shorter[gone]

    def search(self, *args):
        return None if self._cannot(args) else self._for(args).search(*args)

    def match(self, *args):
        return None if self._cannot(args) else self._for(args).match(*args)

    def fullmatch(self, *args):
        return None if self._cannot(args) else self._for(args).fullmatch(*args)

    def finditer(self, *args):
        return iter(()) if self._cannot(args) else self._for(args).finditer(*args)

    def findall(self, *args):
        return [] if self._cannot(args) else self._for(args).findall(*args)


def _build(lex: Lexicon) -> Patterns:
    g = parts(lex)
    name, persons, role, child, subj = g.name, g.persons, g.role, g.child, g.subj
    past_verbs, impact, monitoring, reporting = g.past_verbs, g.impact, g.monitoring, g.reporting
    harm_time, plan_time, duration = g.harm_time, g.plan_time, g.duration
    experience_verbs, child_ref = g.experience_verbs, g.child_ref
    built = Patterns(
        lexicon=lex,
        name=name,
        persons=persons,
        child_word=LazyPattern(child),
        child_name_markers=(
            LazyPattern(rf"(?P<n>{name})\s*\(\s*(?:age\s*)?\d{{1,2}}\s*(?:months?|years?|yrs?)?\s*"
                       rf"\)"),
            LazyPattern(rf"\d{{1,2}}[- ](?:year|month|week)s?[- ]old\s+(?:(?:son|daughter|boy|girl|"
                       rf"baby|child|twins?)\s+)?(?P<n>{name})"),
            LazyPattern(rf"(?P<n>{name}),\s+(?:age\s+|aged\s+)?\d{{1,2}}\b"),
            LazyPattern(rf"(?i:son|daughter|baby|grandson|granddaughter|niece|nephew|toddler|"
                       rf"infant|newborn|stepson|stepdaughter|children|kids)\s+(?P<n>{name})"),
            LazyPattern(rf"(?P<n>{name})\s+and\s+(?P<n2>{name})\s*\(\s*\d{{1,2}}\s+and\s+\d{{1,2}}"
                       rf"\)"),
        ),
        caregiver_word=LazyPattern(ci(alternation(lex.cues.get("caregiver", ())))),
        network_word=LazyPattern(ci(alternation(lex.cues.get("network", ())))),
        professional_word=LazyPattern(ci(alternation(lex.cues.get("professional", ())))),
        person_word=LazyPattern(role),
        name_re=LazyPattern(name),
        worry=(
            LazyPattern(rf"(?P<who>{persons}|[Ww]e|I|[Tt]hey|[Ee]veryone(?: involved)?|[Tt]he "
                       rf"family|[Tt]he (?:safety )?network)(?:\s*\([^)]*\))?(?:'re|'m|'s)?\s+"
                       rf"(?:(?:is|are|am|feel|"
                       rf"feels|remain|remains|were|was|have been|has been|also|very|really|"
                       rf"still|both|all|each|deeply|most)\s+){{0,3}}(?P<w>worried|concerned|"
                       rf"afraid|scared|frightened|worry|worries|fear|fears)\b"),
            LazyPattern(rf"(?P<who>{persons}|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er)(?:'s|')?\s+"
                       rf"(?:main\s+|biggest\s+|greatest\s+|shared\s+)?(?P<w>worry|worries|concern|"
                       rf"concerns|fear|fears)\s+(?:(?:is|are)\s+that|(?:is|are|was|were)\s+"
                       rf"(?:[\w'-]+\s+){{0,3}}[\w'-]+\s*:)"),  # "main worry was neglect: ..."
            LazyPattern(rf"(?i:it\s+)?(?P<w>worries|concerns|frightens|scares)\s+(?P<who>{persons}|"
                       rf"us|me|them|everyone)\s+that"),
            # "What worries everyone at the table is that ...", "What scares Nan most is ..."
            LazyPattern(r"\b(?i:what)\s+(?P<w>worries|concerns|frightens|scares)\s+(?P<who>[\w' ]"
                        r"{2,40}?)\s+(?:(?:most|the most|now)\s+)?(?:is|was)\s+(?:that|how)\b"),
            LazyPattern(rf"(?P<who>{persons}|[Ww]e|I|[Tt]hey)\s+(?:(?:all|both|also|seem to|seems "
                       rf"to|appear to|appears to)\s+)?(?:share|"
                       rf"shares|have|has|hold|holds)\s+(?:the|this|that|a)\s+"
                       rf"(?P<w>worry|concern|fear)"),
            # the worry as a noun with its people after it ("There is concern among the
            # worker, Marie and Lorraine that ...", "a worry shared by Nan and the school")
            LazyPattern(rf"(?P<w>(?i:concern|worry|fear))\s+(?i:among|shared by|from|for)\s+"
                       rf"(?:both\s+)?(?P<who>{persons})\s+(?:that|about)\b"),
            LazyPattern(r"(?:^|(?<=[.;!?:]\s)|(?<=\n))(?P<who>[^.;:!?\n]{2,120}?)\s+(?:is|are|was|"
                       r"were|remain|remains|feel|feels)\s+(?:(?:still|also|very|really|all|both|"
                       r"deeply|now|quite|most)\s+){0,2}(?:(?P<w>worried|concerned)\s+(?:that|about|"
                       r"for|because|if|when)|(?P<w2>scared|afraid|frightened)\s+that)\b"),
            LazyPattern(rf"(?i:it\s+is\s+(?:a\s+)?(?:real\s+|serious\s+|major\s+|shared\s+)?)"
                       rf"(?P<w>(?i:concern|worry))\s+(?i:to|for)\s+(?:both\s+)?(?P<who>{persons})"
                       rf"\s+that"),
            LazyPattern(r"(?:^|(?<=[.;!?:]\s)|(?<=\n))(?P<who>[^.;:!?\n]{2,80}?)\s+"
                       r"(?P<w>reckons?|think|thinks|believe|believes)\s+that\b"
                       r"(?=[^.;!?]*\b(?:might|may|could)\b)"),
            # a threat named then told, a concern with nobody named (see wording)
            LazyPattern(NAMED_THREAT), LazyPattern(NAMELESS_CONCERN),
            LazyPattern(r"(?P<who>)\b(?i:there\s+is|there's)\s+(?:a\s+)?(?:(?i:real|serious|"
                       r"high|significant|strong|big)\s+)?(?P<w>(?i:risk|danger|chance|worry|"
                       r"concern))\s+that\b"),
            LazyPattern(r"(?P<who>)\b(?i:the|a|one|another)\s+(?:main\s+|big\s+|biggest\s+)?"
                       r"(?P<w>(?i:worry|concern|danger|fear|risk))\s+(?:is|here is)\s+(?:that|"
                       r"about)\b"),
            # the worry with whom it is for before "is that" ("The worry for the court is
            # that ...", "The main concern of the school now is that ...")
            LazyPattern(r"(?P<who>)\b(?i:the|our|a)\s+(?:main\s+|real\s+|biggest\s+|central\s+)?"
                       r"(?P<w>(?i:worry|concern|fear))\s+(?i:for|of|among|from|shared by)\s+"
                       r"(?:[\w'.-]+\s+){1,4}?(?:(?i:now|here|today|still)\s+)?(?i:is|remains|"
                       r"was)\s+(?i:that)\b"),
        ),
        worry_negated=LazyPattern(r"(?i:\b(?:no longer|not|never|isn't|aren't|won't be|less)\s+"
                                 r"(?:\w+\s+)?(?:worried|concerned|afraid|scared)|no longer worr|"
                                 r"\b(?:nobody|no one)\s+(?:is|was|feels?)\s+(?:\w+\s+)?worried)"),
        modal_behaviour=LazyPattern(
            rf"{subj}\s+(?:(?:also|again|sometimes|still|often)\s+)?(?P<modal>may|might|could|"
            rf"will|would|can|is likely to|are likely to|is going to|"
            rf"are going to)\s+(?:(?:again|continue\s+to|keep|start|also|not|go\s+back\s+to|"
            rf"be\s+too|become|get\s+too|still)\s+)*(?P<verb>[a-z]+)(?P<rest>{NOCOMMA}*)"),
        present_behaviour=LazyPattern(
            rf"\b(?:(?i:when|whenever|if|while|that|because|after|each time|"
            rf"every time))\s+(?:(?i:lately|recently|often|sometimes|now|still|again)\s+)?"
            # a time put first ("worried that after his shift Mr Price has a few beers")
            rf"(?:(?i:after|before|on|at|during|most|some|in the)\s+(?:[a-z']+\s+){{0,3}}?"
            rf"(?i:shifts?|work|school|dark|nights?|evenings?|weekends?|days?|mornings?|"
            rf"payday|dinner|bedtime),?\s+)?"
            rf"{subj}\s+(?:(?:is|are|gets|get|has been|"
            rf"have been)\s+)?(?P<verb>[a-z]+(?:s|es|ing))\b(?P<rest>{NOCOMMA}*)"),
        plain_behaviour=LazyPattern(
            rf"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bthat\s)){subj}\s+"
            rf"(?:(?:often|always|still|sometimes|regularly|repeatedly|keeps|then)\s+)?"
            rf"(?P<verb>[a-z]+s)\b(?P<rest>{NOCOMMA}*)"),
        about_behaviour=LazyPattern(rf"\babout\s+{subj}(?:'s|')\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^,"
                                   rf".;]*)"),
        past_action=LazyPattern(
            rf"{subj}\s+(?:(?:also|then|again|repeatedly|reportedly|allegedly|regularly|often|"
            rf"sometimes|usually|always|frequently|had|has|was|were|"
            rf"just|once|twice)\s+)*(?P<verb>did not|didn't|had not|hadn't|has not|hasn't|"
            rf"have not|haven't|did|failed to|could not|couldn't|"
            rf"was not able to|was unable to|(?:was|were|kept) [a-z]+ing|{past_verbs}|"
            rf"[a-z]{{2,}}ed)\b(?P<rest>{NOCOMMA}*)"),
        passive_action=LazyPattern(
            rf"\b(?:was|were|got)\s+(?:\w+\s+)?(?P<verb>[a-z]+ed|hit|left|shaken|thrown|struck|"
            rf"bitten|beaten|locked|driven|"
            rf"taken)\s+(?:[^,.;]{{0,40}}?\s)?by\s+(?P<subj>{persons})"),
        past_verb=LazyPattern(rf"\b(?:{reporting})\b"),
        harm_act=LazyPattern(ci(alternation(lex.cues.get("harm_act", ())))),
        child_subject_impact=LazyPattern(
            rf"(?P<c>{persons})\s+(?:(?:also|then|later|even|soon|has|have|had|"
            rf"been)\s+)*(?:(?:could|may|might|would|will|can)\s+(?:(?:also|then|even|"
            rf"easily)\s+)?(?P<v1>(?:be|get|feel|become|go)\s+[a-z]+|[a-z]+)|(?P<v2>[a-z]+ed|"
            rf"had|got|went|hit|fell|lost|broke|ran|hid|cried|began|became|threw|bled|slept|"
            rf"woke|saw|heard|was \w+ing|were \w+ing|is \w+ing|started \w+ing))\b"),
        relative=LazyPattern(rf"(?:\b(?:his|her|their|my|your)|[A-Z][a-z]+'s)\s+(?:{role})"),
        subject_tail=LazyPattern(
            rf"(?P<s>{persons}|(?i:he|she|they|we|I|someone|somebody|everyone|nobody|"
            rf"no one))\s+(?:(?i:also|then|both|all|each|still|now|only|always)\s+)*$"),
        seen_doing=LazyPattern(rf"\b(?:see|seeing|notice|observe)\s+(?P<who>{persons})\s+"
                              rf"(?P<beh>[a-z]+ing\b{NOSTOP}*)"),
        report=LazyPattern(r"(?i:\bit was reported\b|\breported that\b|\bas a result\b|\bresulting "
                          r"in\b|\bwhich (?:caused|left|led)\b|\bthe assessment found\b|"
                          r"\bwas found\b|\bwe learned\b|\bdisclosed\b|\btold (?:the|her|his|"
                          r"their|a|an) \w+(?: (?:that\b|(?=(?:his|her|their|my) ))|:))"),
        impact=LazyPattern(rf"{impact}(?!\s+asleep)"),
        context=LazyPattern(
            r"\b(?i:when(?:ever)?|while|after|before|during|each time|every time|any time|"
            r"because|at night|at bedtime|late at night|in the (?:evening|night|morning)s?|"
            r"on weekends|at weekends|on paydays|in front of|overnight|"
            r"on (?:the )?(?:other |same )?(?:days|nights)|if)\b"
            r"(?!\s+(?:nothing|things\s+(?:stay|do not|don't)|"
            r"this\s+(?:continues|keeps)|no one|the (?:situation|family) (?:does not|"
            r"doesn't)))" + NOCOMMA + "{3,}"),
        future=LazyPattern(
            r"(?i:\bif nothing (?:else )?changes?\b|\bif (?:things|the situation) (?:stay|stays|"
            r"remain|remains|do not change|don't change|continues?)\b|\bunless\b|"
            r"\bif this (?:continues|keeps (?:happening|going)|goes on)\b|\bin the future\b|"
            r"\bfrom now on\b|\bgoing forward\b|\bagain\b|\bone day\b|\bsooner or later\b|"
            r"\bwithout (?:any )?(?:changes?|help|support)\b|"
            r"\bif (?:the|this) (?:pattern|drinking|fighting|use) continues\b)"),
        modal=LazyPattern(r"\b(?:may|might|could|would|will|is likely to|are likely to|is going to|"
                         r"are going to)\b"),
        harm_time=LazyPattern(harm_time, re.IGNORECASE),
        plan_time=LazyPattern(plan_time, re.IGNORECASE),
        duration=LazyPattern(duration, re.IGNORECASE),
        will=LazyPattern(r"\b(?:will need to|will have to|will|shall|needs? to|must|has to|have to|"
                        r"is going to|are going to|agrees? to|agreed to|"
                        r"commits? to|"
                        r"committed to|plans? to|promises? to|won't)\b", re.IGNORECASE),
        observer=(
            LazyPattern(rf"(?P<obs>{persons}|[Ee]veryone|[Ww]e|[Tt]hey|[Tt]he (?:safety )?network)"
                       rf"\s+(?:(?:will|can|would|must|should|need to|needs to|(?:is|are|am) "
                       rf"going to|gonna)\s+)(?:(?:be able to|all|both|regularly|also|have|"
                       rf"continue to)\s+)*(?P<v>see|observe|notice|hear|confirm|witness|check|"
                       rf"agree|report|tell|verify|say|know)\b(?!\s+to\s+it\b)"),  # not "see to it"
            LazyPattern(rf"(?P<obs>{persons}|[Ww]e|[Ee]veryone|[Tt]he (?:safety )?network)\s+"
                       rf"(?:(?:will|would)\s+)?(?:need|needs)\s+to\s+(?P<v>see|hear|notice)\b"),
            LazyPattern(rf"(?P<obs>{persons})\s+(?:(?:have|has)\s+)?(?P<v>sees|observes|notices|"
                       rf"checks|hears|see|observe|notice|check|hear|know|knows|seen|noticed|"
                       rf"confirmed)\s+(?:this|that|it|them|him|her|the|his|their)\b"),
            LazyPattern(rf"\b(?P<v>(?i:seen|observed|noticed|confirmed|witnessed|checked|verified|"
                       rf"reported))\s+(?:\w+\s+){{0,4}}?by\s*:?\s+(?P<obs>{persons}|everyone|"
                       rf"the network)"),
            LazyPattern(rf"\b(?P<v>show|shows|showing|demonstrate|demonstrates|demonstrating|prove)"
                       rf"\s+(?:to\s+)?(?P<obs>{persons}|everyone|us|the network|"
                       rf"the safety network)"),
            LazyPattern(r"\b(?P<v>in front of|in the presence of|witnessed by|with)\s+"
                       r"(?P<obs>(?:the\s+)?(?:safety network|network members?|social worker|"
                       r"CWS))"),
            # "... for six months, as Aunty sees on her visits"
            LazyPattern(rf"\bas\s+(?P<obs>{persons})\s+(?:(?:will|can|does)\s+)?"
                       rf"(?P<v>sees?|notices?|observes?|checks?|hears?)\b"),
        ),
        experience=(
            LazyPattern(rf"\bso\s+(?:that\s+)?(?P<c>{child_ref}|they|he|she)\b[^.;]*"),
            LazyPattern(rf"(?i:\bfor\s+)(?P<c>{child_ref})\s+to\s+(?:feel|be|know|stay|grow|go|"
                       rf"sleep|live)\b[^.;,]*"),
            LazyPattern(rf"(?P<c>{child_ref})\s+(?:(?:will|can|would|is able to|are able to|"
                       rf"(?:is|are) going to|gonna|"
                       rf"gets? to|always|also|then|each)\s+)+(?:\w+\s+)?{experience_verbs}"
                       rf"\b[^.;,]*"),
            LazyPattern(r"(?i:\bfeel(?:s|ing)?\s+(?:\w+\s+)?(?:safe|calm|cared for|loved|protected|"
                       r"secure|relaxed|settled|comfortable|happy|confident|heard|"
                       r"at ease)\b[^.;,]*)"),
            LazyPattern(rf"(?i:\bwill experience\b[^.;,]*|(?:{child})(?:'s|s')\s+(?:days|nights|"
                       rf"mornings|evenings|routine)\s+(?:will|are)\b[^.;,]*)"),
            # a goal told as the child's present ("Sara gets home safe", "Kai's back at school",
            # "the twins have a clean floor to play on", "Vy never has to hide")
            LazyPattern(rf"(?P<c>{child_ref})(?:'s\s+|\s+(?:is|are|will be|can be|gets?|has|have|"
                       rf"(?:is|are) going to (?:be|have)|"
                       rf"will have|can have)\s+)(?:\w+\s+)?(?:back (?:at|in|to)|at school|in "
                       rf"school|home safe(?:ly)?|safe|never alone|not alone|(?:a|an) "
                       rf"(?:clean|safe|calm|quiet|sober|awake|grown-up|adult))\b[^.;,]*"),
            LazyPattern(rf"(?P<c>{child_ref})\s+(?:never|no longer|(?:does|do|will) ?n[o']t|"
                       rf"won't)\s+(?:has|have|needs?|gets?) to (?:wait|be|stay|hide|worry|"
                       rf"look after|care for|miss|mind)\b[^.;,]*"),
        ),
        monitoring=LazyPattern(monitoring),
        backup=(
            LazyPattern(rf"(?i:\b(?:if|whenever|in case|any time|should)\b(?!\s+nothing){NOSTOP}"
                       rf"{{2,140}}?,?\s*(?:then\s+)?(?:[^.;,]{{0,40}}?)\b(?:will|should|must|"
                       rf"is to|are to|can|calls?|takes?|goes|go|stays?|comes?|picks?|leaves?|"
                       rf"drives?|brings?|rings?|collects?)\b)"),
            LazyPattern(rf"(?i:\b(?:will|should|must|can|to)\s+{NOSTOP}{{1,80}}?\b(?:if|whenever|"
                        rf"in case|any time)\b(?!\s+nothing){NOSTOP}{{3,}})"),
            LazyPattern(r"(?i:\bback-?\s*up\b[^.;]*|\botherwise\b[^.;]*|\bplan b\b[^.;]*|\bin an "
                       r"emergency\b[^.;]*|\bif (?:this|the plan|that|a step) (?:is not|isn't|"
                       r"does not|doesn't|cannot|can't)\b[^.;]*)"),
        ),
        goal_words=LazyPattern(r"(?i:\bsafety goal\b|\bgoal\b|\bclose the case\b|"
                               r"\bcase (?:can|will) close\b|\bclosing the case\b|"
                               r"\bconsistently\b|\bover time\b|"
                               r"\bdemonstrat\w+|\bshow(?:s|ing)? (?:that|everyone|the|CWS|us)\b|"
                               r"\bwhat (?:CWS|we|the agency) (?:needs|need) to see\b)"),
        plan_words=LazyPattern(r"(?i:\bsafety plan\b|\bplan\b|\brules?\b|\bsteps?\b|\bagreed\b|"
                              r"\bagree\b|\bsigned\b|\b911\b|\bphone number\b|\bkeys?\b|"
                              r"\bspare\b|\block(?:ed)?\b|\bcar seat\b|\bpick(?:s)? up\b|"
                              r"\bdrop(?:s)? off\b|\bstay(?:s)? (?:with|at|overnight)\b|"
                              r"\bsleep(?:s)? (?:at|over)\b)"),
        list_line=LazyPattern(r"(?m)^\s*(?:[-*\u2022]|\d+[.)])\s+"),
        action_subject=(LazyPattern(
            rf"{subj}\s+(?:(?:also|then|will|shall|must|can|should|agrees to|has agreed to|"
            rf"is to|are to|is going to|are going to)\s+)+(?P<verb>[a-z]+)(?P<rest>{NOCOMMA}*)"),
            LazyPattern(rf"{subj}\s+(?:(?:also|then|always|usually|is|are)\s+)?(?P<verb>(?:"
                       rf"{PRESENT_ACTS})\b)(?P<rest>{NOCOMMA}*)")),
    )
    _add_needs(built)
    for value in vars(built).values():  # a text with no list of people reads without one
        for rx in value if isinstance(value, tuple) else (value,):
            if isinstance(rx, LazyPattern):
                rx.without(g.list_tail, LIST_WORDS)
    return built


def _add_needs(p: Patterns) -> None:
    """Tell the large person patterns which words they cannot match without (see
    :mod:`soplab.coach.needs`): a text without them is answered without compiling."""
    for name, index, words in NEEDED_WORDS:
        found = getattr(p, name)
        chosen = found if index is None else (found[index],)
        for rx in chosen if isinstance(chosen, tuple) else (chosen,):
            rx.needs = re.compile(rf"(?i:\b(?:{words}))")


@lru_cache(maxsize=8)
def patterns_for(directory: str | Path | None = None) -> Patterns:
    """Patterns for the lexicon in ``directory`` (the package's own by default)."""
    return _build(load_lexicon(directory))


def child_ref_pattern(p: Patterns, child_names: frozenset[str]) -> LazyPattern:
    """Pattern for a reference to a child, including this text's named children."""
    return _child_ref_cached(p, child_names)


@lru_cache(maxsize=512)
def _child_ref_cached(p: Patterns, child_names: frozenset[str]) -> LazyPattern:
    names = "|".join(re.escape(n) for n in sorted(child_names, key=len, reverse=True))
    body = p.child_word.pattern + (f"|\\b(?:{names})\\b" if names else "")
    return re.compile(body)
