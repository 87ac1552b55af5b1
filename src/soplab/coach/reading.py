"""One text, read once: the shared findings that components, kinds and flags use.

A :class:`Reading` finds people, children, time phrases, "will" commitments and
so on, each at most once (``cached_property``), so the whole analysis stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from . import lazyre as re
from . import wording as w
from .patterns import Patterns, child_ref_pattern
from .pieces import GoalPlanPieces
from .text import clause, phrase, sentences, tidy, unaside
from .truecase import course_children

__all__ = ["Commitment", "PHRASE_WINDOW", "Reading", "SUBJECT_WINDOW"]

#: How far before a "will" its subject is looked for, and after it its phrase (in
#: characters): each commitment is read in a bounded window, so reading is linear.
SUBJECT_WINDOW = 160
PHRASE_WINDOW = 300
#: A name right after an impact word ("could hurt Thanh"); a name with an age is a child.
_NAME_AFTER = re.compile(r"\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+)\b(?!\s*\(|,\s*\d)")


@dataclass(frozen=True)
class Commitment:
    """A "will ..." clause: who commits, to what, and whether it is an absence.

    ``words`` is the clause as written ("Mom will stop using drugs").
    """

    subject: str
    phrase: str
    negated: bool
    start: int
    words: str = ""


class Reading(GoalPlanPieces):
    """Findings about one text, computed lazily and at most once (the goal and plan
    pieces are in :class:`~soplab.coach.pieces.GoalPlanPieces`)."""

    def __init__(self, text: str, patterns: Patterns) -> None:
        self.text = tidy(text)
        self.p = patterns

    # --- people -----------------------------------------------------------
    @cached_property
    def child_names(self) -> frozenset[str]:
        """Names written with an age or a child word ("Ana (4)", "her son Leo")."""
        names: set[str] = set()
        for rx in self.p.child_name_markers:
            for m in rx.finditer(self.text):
                for key in ("n", "n2"):
                    if key in rx.groupindex and m.group(key):
                        names.add(m.group(key).split()[-1])
        return frozenset(names)

    @cached_property
    def child_ref(self) -> re.Pattern[str]:
        return child_ref_pattern(self.p, self.child_names)

    def is_child(self, phrase: str) -> bool:
        """True when the phrase names a child (and no adult role such as a parent).

        In "Noor's stepmother" the person is the stepmother, not Noor.
        """
        if "'s " in phrase:
            phrase = phrase.rsplit("'s ", 1)[1]
        if not self.child_ref.search(phrase):
            return False
        return not (self.p.person_word.search(phrase) and not self.p.child_word.search(phrase)
                    and not any(n in phrase for n in self.child_names))

    def _likely_child(self, phrase: str) -> bool:
        """A child, or a bare name that is neither worried nor the one acting.

        In "Mom may drink ... and Jaden could be left alone", Jaden is the child.
        """
        if self.is_child(phrase):
            return True
        phrase = re.split(r",\s*|\s+(?:and|or|&)\s+", phrase.strip())[-1]
        if self.p.person_word.search(phrase) or not self.p.name_re.fullmatch(phrase):
            return False
        who = self.worry.group("who") if self.worry else ""
        others = f"{who} {self.future_behaviour[:30]} {self.past_action[:30]}"
        return phrase not in others

    def child_like(self, phrase: str) -> bool:
        """A child, or bare names in a text that calls its adults by family roles.

        In "Max will spend his weekends with Dad" the adult is "Dad", so "Max" is the
        child; in "Maria and Jon will talk calmly" nobody is called by a role. The
        course's own children are children by name.
        """
        if self.is_child(phrase):
            return True
        names = [n for n in re.split(r",\s*|\s+(?:and|or|&)\s+", phrase.strip()) if n]
        if names and all(n in course_children() for n in names):
            return True  # the course's children by name ("Kai", "Sara": data/lexicon/names.csv)
        return (bool(names) and not self.p.person_word.search(phrase)
                and all(self.p.name_re.fullmatch(n) for n in names)
                and self._has_caregiver_word)

    @cached_property
    def _has_caregiver_word(self) -> bool:
        return bool(self.p.caregiver_word.search(self.text))

    def is_adult_person(self, phrase: str) -> bool:
        """A named person or role that is not (only) a child and not a bare pronoun."""
        phrase = phrase.strip()
        if not phrase or w.PRONOUN_ONLY.match(phrase):
            return False
        if self.p.person_word.search(phrase):
            return True
        return bool(self.p.name_re.search(phrase)) and not self.is_child(phrase)

    # --- sentences and commitments ---------------------------------------
    @cached_property
    def sentences(self) -> list[str]:
        return sentences(self.text)

    @cached_property
    def commitments(self) -> list[Commitment]:
        """Every "X will ..." clause (also "agrees to", "is going to", "won't")."""
        out = []
        for m in self.p.will.finditer(self.text):
            if w.NO_NEED.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "so the parents do not have to meet": no promise, no need
            # a subject is at most a few words: look back a bounded window (linear time)
            window = max(0, m.start() - SUBJECT_WINDOW)
            left = window if window == 0 else self.text.find(" ", window, m.start()) + 1
            for b in w.BOUNDARY.finditer(self.text, window, m.start()):
                left = b.end()
            # "Mom and Dad will": take the whole list of people before "will"
            window_start = max(0, m.start() - 120)
            tail = self.p.subject_tail.search(self.text[window_start:m.start()])
            if tail:
                left = min(left, window_start + tail.start("s"))
            subject = self.text[left:m.start()].strip(" ,")
            end_m = w.PHRASE_END.search(self.text, m.end(), m.end() + PHRASE_WINDOW)
            phrase_end = end_m.start() if end_m else min(len(self.text), m.end() + PHRASE_WINDOW)
            phrase = self.text[m.end():phrase_end].strip(" ,")
            words = self.text[left:phrase_end].strip(" ,")
            negated = m.group(0).lower() == "won't"
            neg = w.NEGATION.match(phrase)
            if neg:
                negated = True
                phrase = phrase[neg.end():].strip()
            if w.ABSENCE_WORDS.search(phrase) and not w.KEEPS_CLEAR.match(phrase):
                negated = True
            out.append(Commitment(subject, phrase, negated, m.start(), words))
        return out

    def _adult_or_pronoun(self, c: Commitment) -> bool:
        if self.is_adult_person(c.subject):
            return True
        # "he/she/they will ..." counts when an adult was named earlier in the text
        if not w.PERSONAL_PRONOUN.fullmatch(c.subject.strip()):
            return False
        before = self.text[:c.start]
        return any(self.is_adult_person(m.group(0))
                   for rx in (self.p.person_word, self.p.name_re) for m in rx.finditer(before))

    @cached_property
    def caregiver_commitments(self) -> list[Commitment]:
        """Commitments by adults (not children) that are not about watching others.

        "The network will see Dawn caring for Rae" counts as Dawn's commitment.
        """
        out = []
        for c in self.commitments:
            if w.OBSERVER_VERBS.match(c.phrase):
                m = self.p.seen_doing.search(self.text, c.start, c.start + PHRASE_WINDOW)
                if m and not self.is_child(m.group("who")):
                    out.append(Commitment(m.group("who"), m.group("beh"), False, m.start(),
                                          f"{m.group('who')} {m.group('beh')}"))
                continue
            # "he will keep getting hurt" is what could happen to a child, not a promise;
            # "will sweep up any broken glass" or "will stay calm ... when he is upset" is one
            if (w.SUFFERS.match(c.phrase) and self.p.impact.search(c.phrase[:40])
                    and not w.NEGATED_HARM.search(c.phrase)):
                continue
            if self._adult_or_pronoun(c):
                out.append(c)
        return out

    # --- worries ----------------------------------------------------------
    @cached_property
    def worry(self) -> re.Match[str] | None:
        """The first "X is/are worried" phrase that is not negated ("no longer worried")."""
        for rx in self.p.worry:
            for m in rx.finditer(self.text):
                at = m.start("w") if m.group("w") else m.start("w2")
                before = self.text[max(0, at - 25):at + 12]
                if self.p.worry_negated.search(before) or w.IF_FEELING.search(
                        self.text, max(0, m.start() - 12), m.start() + 1) or w.IF_FEELING.match(
                        (m.group("who") or "") + " "):  # who read as "If Osian"
                    continue  # "If I feel scared, I go to ...": a condition, not a worry
                if (m.group("w") or "").lower() in {"scared", "afraid", "frightened"} and (
                        self.child_like(m.group("who").strip())):
                    continue  # "Bao scared, hide": what the child lives through
                if w.BARE_FEAR.fullmatch(m.group(0)) and not w.FEAR_OF.match(self.text, m.end()):
                    continue  # "Bao scared, hid": how a child felt, told in notes
                return m
        return None

    def outside_worry(self, m: re.Match[str]) -> bool:
        w = self.worry
        return w is None or not (w.start() <= m.start() < w.end())

    # --- behaviours ---------------------------------------------------------
    @cached_property
    def future_behaviour(self) -> str:
        """A caregiver's possible action: "Dad may drink ...", "when Mom drinks ...", or
        one that goes on: "If Dad keeps drinking ..." (quoted up to the clause's end)."""
        for m in w.GOES_ON.finditer(self.text):
            subj = m.group("subj")
            if self.is_adult_person(subj) and not self.is_child(subj):
                return self._behaviour_from(m.start("subj"), m.end())
        # what the child lives through, told with the adult's act ("Kate and Harry see
        # Jason hit their mum")
        for m in w.WITNESSED.finditer(self.text):
            words = list(islice(w.WORD.finditer(self.text, m.end()), 4))
            for n in range(1, len(words)):
                subj = self.text[words[0].start():words[n - 1].end()]
                verb = words[n].group(0)
                if (verb.islower() and verb not in w.NOT_BEHAVIOUR
                        and self.is_adult_person(subj) and not self.is_child(subj)):
                    return self._behaviour_from(words[0].start(), words[n].end())
        for rx in (self.p.modal_behaviour, self.p.present_behaviour, self.p.about_behaviour,
                   self.p.plain_behaviour):
            for m in rx.finditer(self.text):
                subj = m.group("subj")
                verb = m.group("verb").lower()
                if self.is_child(subj) or (verb in w.NOT_BEHAVIOUR
                                           and not w.HAS_A_DRINK.match(self.text, m.end("verb"))):
                    continue
                if rx is self.p.plain_behaviour and (verb in w.STATE_VERBS
                                                     or not self.is_adult_person(subj)):
                    continue
                if not self.outside_worry(m) and m.start("verb") < self.worry.end():
                    continue
                if rx is self.p.modal_behaviour and self._suffers(m.end("modal")):
                    continue  # "Kai may keep missing school": what happens to a child
                return phrase(self.text[m.start("subj"):m.end()])
        # what the adult does not do ("Amelia's stepmother does not give her the inhaler")
        for m in w.DOES_NOT.finditer(self.text):
            before = list(w.WORD.finditer(self.text, max(0, m.start() - 60), m.start()))[-3:]
            while before and before[0].group(0).lower() in w.LEAD_WORDS:
                before.pop(0)
            for k in range(len(before)):  # the longest subject that names an adult
                subj = self.text[before[k].start():before[-1].end()]
                if self.is_adult_person(subj) and not self.is_child(subj):
                    return self._behaviour_from(before[k].start(), m.end())
        # what keeps an adult from caring ("when grief keeps Renee in bed")
        for m in w.KEPT_FROM_CARE.finditer(self.text):
            subj = m.group("subj") or m.group("subj2") or m.group("subj3")
            if self.is_adult_person(subj) and not self.is_child(subj):
                return phrase(m.group(0))
        return ""

    def _suffers(self, at: int) -> bool:
        rest = self.text[at:at + 60].lstrip()
        return bool(w.SUFFERS.match(rest) and self.p.impact.search(rest[:35]))

    def _behaviour_from(self, start: int, end: int) -> str:
        """The behaviour from ``start`` to the end of its clause, as a whole phrase."""
        stop = w.CLAUSE_END.search(self.text, end, end + PHRASE_WINDOW)
        stop_at = stop.start() if stop else min(len(self.text), end + PHRASE_WINDOW)
        return phrase(self.text[start:stop_at])

    @cached_property
    def past_action(self) -> str:
        """A caregiver's past act: "Dad hit ...", "was left alone by her mother"."""
        bare = unaside(self.text)  # "Dad, who was diagnosed with ..., hit Kai": "Dad ... hit"
        if act := self._past_act(self.text) or bare != self.text and self._past_act(bare):
            return act
        # told in the present, as a child or a report tells it: "his stepfather hits him"
        for m in self.p.plain_behaviour.finditer(self.text):
            verb = m.group("verb").lower()
            if (self.p.harm_act.fullmatch(verb) or self.p.harm_act.fullmatch(verb[:-1])
                    or self.p.harm_act.fullmatch(verb[:-2])) and self.is_adult_person(
                        m.group("subj")) and not self.is_child(m.group("subj")):
                return phrase(self.text[m.start("subj"):m.end()])
        m = self.p.passive_action.search(self.text)
        if m and not self.is_child(m.group("subj")):
            return clause(self.text, m.start(), m.end(), 16)
        return ""

    def _past_act(self, text: str) -> str:
        """The past act in ``text`` (``self.text``, or it with asides blanked), or ""."""
        pos = 0
        while (m := self.p.past_action.search(text, pos)) is not None:
            # read on after a skipped match's verb: "The court accepted that the father hit"
            pos = m.end("verb")
            subj, verb = m.group("subj"), m.group("verb")
            if (self.is_child(subj) or self.p.past_verb.fullmatch(verb.lower())
                    or verb.lower() in w.LIFE_EVENTS  # "her brother died": not an act
                    or subj.split()[-1] in course_children()):  # "Tommy swallowed pills"
                continue
            if (re.match(r"(?:was|were)\s", self.text[m.end("subj"):m.start("verb")].strip() + " ")
                    and verb.lower().endswith("ed")
                    and not re.search(r"\bby\b", m.group("rest"))
                    and not re.match(r"\s*out\b", m.group("rest"))):  # "was passed out"
                continue  # "he was watched for hours": done to him, nobody's act
            if w.IF_JUST_BEFORE.search(self.text, max(0, m.start("subj") - 10), m.start("subj")):
                continue  # "would be at risk if they went home": a condition, not a past act
            reporter = self.p.professional_word.fullmatch(subj.split()[-1])
            if reporter and not self.p.caregiver_word.search(subj):
                continue
            return phrase(self.text[m.start("subj"):m.end()])
        return ""

    # --- what happens to the child --------------------------------------------
    @cached_property
    def impacts(self) -> list[re.Match[str]]:
        return [m for m in self.p.impact.finditer(self.text)
                if self.outside_worry(m) and not self._done_to_an_adult(m)]

    def _done_to_an_adult(self, m: re.Match[str]) -> bool:
        """"Minh could hurt Thanh again": the harm is done to an adult, named right after
        it, so it is the caregiver's behaviour, not what could happen to a child."""
        after = _NAME_AFTER.match(self.text, m.end())
        if after and self.is_adult_person(after.group(1)) and not self.child_like(after.group(1)):
            return True
        # "when their mum was in hospital", "The father ... was hospitalised": it happened
        # to the adult; "a report from the hospital": the hospital is who reported
        if w.FROM_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
            return True
        before = w.ADULT_WAS.search(self.text, max(0, m.start() - 40), m.start())
        if not before:
            return False
        if self.p.caregiver_word.fullmatch(before.group("who")):
            return not self.is_child(before.group("who"))
        if before.group("who").lower() not in {"and", "but", "then", "later"}:
            return False  # "she was sick": a pronoun, most often the child's
        start = max(self.text.rfind(".", 0, m.start()), self.text.rfind(";", 0, m.start()), 0)
        adults = list(self.p.caregiver_word.finditer(self.text, start, before.end()))
        return bool(adults) and not self.child_ref.search(self.text, adults[-1].end(),
                                                          before.end())

    @cached_property
    def impact(self) -> str:
        """Impact words (hurt, scared ...) or a clause with a child doing or suffering
        something ("Abel could fall behind", "Mateo hit his head")."""
        for m in self.impacts:
            return clause(self.text, m.start(), m.end())
        for m in self.p.child_subject_impact.finditer(self.text):
            verb_words = (m.group("v1") or m.group("v2") or "").lower().split()
            if len(verb_words) == 2 and verb_words[0] in {"be", "get", "feel", "become", "go"}:
                if verb_words[1] in w.NOT_IMPACT_STATES:
                    continue
            elif verb_words[0] in w.NOT_IMPACT:
                continue
            if not self._likely_child(m.group("c")):
                continue
            if not self.outside_worry(m):
                continue
            return clause(self.text, m.start(), m.end())
        return ""

    # --- times ------------------------------------------------------------
    @cached_property
    def harm_time(self) -> str:
        m = self.p.harm_time.search(self.text)
        return m.group(0) if m else ""

    @cached_property
    def plan_time(self) -> str:
        m = self.p.plan_time.search(self.text)
        return m.group(0) if m else ""

    @cached_property
    def duration(self) -> str:
        m = self.p.duration.search(self.text)
        return m.group(0) if m else ""

    @cached_property
    def context(self) -> str:
        for m in self.p.context.finditer(self.text):
            if not self.outside_worry(m) and self.worry and m.start() < self.worry.end():
                continue
            return phrase(m.group(0))
        return ""

    @cached_property
    def future(self) -> str:
        m = self.p.future.search(self.text)
        if m:  # the clause around "again" or "if nothing changes", not the word alone
            return clause(self.text, m.start(), m.end(), 16)
        for m in self.p.modal.finditer(self.text):
            if self.outside_worry(m):
                return clause(self.text, m.start(), m.end(), 10)
        return ""
