"""What a goal or a plan step is made of: who will see it, what the child will
experience, the network, how it is checked, the back-up and the actions. A mixin of
:class:`soplab.coach.reading.Reading` (it reads ``self.text`` with ``self.p``)."""

from __future__ import annotations

from functools import cached_property

from . import goalacts, goalstates
from . import lazyre as re
from . import wording as w
from .text import clause, phrase
from .truecase import course_children

__all__ = ["GoalPlanPieces"]


class GoalPlanPieces:
    """Goal and plan findings of a :class:`~soplab.coach.reading.Reading`."""

    @cached_property
    def observer(self) -> str:
        for rx in self.p.observer:
            for m in rx.finditer(self.text):
                # "... to Thanh and the kids, and Phuoc and Nan will see it": the watchers are
                # the people after the last ", and", not the list the sentence began with
                obs = re.split(r",\s*(?:and|but|so)\s+", m.group("obs"))[-1]
                if self.is_child(obs) or obs in course_children():  # "so Vy sees ..."
                    # "the girls, their nan and the worker will all say ...": the adults
                    # listed with the children watch too
                    obs = next((o for o in reversed(re.split(r",\s*|\s+and\s+", obs))
                                if o and not self.is_child(o) and o not in course_children()
                                and self.is_adult_person(o)), "")
                    if not obs:
                        continue
                # "Minh will check in with Phuoc when he is angry": the doer's own deed
                if not (self.p.professional_word.search(obs) or self.p.network_word.search(obs)) \
                        and goalacts.is_doer(self, obs):
                    continue
                return phrase(self.text[m.start():m.end()])
        return ""

    @cached_property
    def goal_observer(self) -> str:
        """Who will see it, also in any tense or as a note ("Cousin checks weekly",
        "Seen by: Phuoc, Ba Lan"): a goal's checklist reads it; the kind reads the
        template's :attr:`observer` (a plan's "Marie checks" is monitoring)."""
        return self.observer or goalacts.observer(self)

    @cached_property
    def goal_experience(self) -> str:
        """What the child lives, also as the child's present, a note or a wish ("Vy and
        Bao feel peaceful", "twins safe to crawl"): read by a goal's checklist."""
        return self.experience or goalstates.child_experience(self)

    @cached_property
    def rota(self) -> str:
        """A schedule of who has the children on which days (:func:`goalstates.rota`),
        read once: the kind, the wrong-kind check and the plan's weight all ask."""
        return goalstates.rota(self)

    @cached_property
    def present_acts(self) -> list[goalacts.Act]:
        """Who does what, told without "will": "Minh speaks calmly ...", "an adult Ms.
        Rahimi trusts meets Sara", "adult at bus stop" (:func:`goalacts.acts`)."""
        return goalacts.acts(self)

    @cached_property
    def experience(self) -> str:
        for i, rx in enumerate(self.p.experience):
            for m in rx.finditer(self.text):
                who = m.group("c") if "c" in rx.groupindex else ""
                told = m.group(0)
                if i >= 1:  # "on Fridays, and Sara gets home safe": the child is the last one
                    who = re.split(r",\s*(?:and\s+)?", who)[-1]
                    told = told[told.rfind(who, 0, len(m.group("c"))) if who else 0:]
                if i > 0 and who and (not self.child_like(who) or goalstates.A_ROLE.search(told)):
                    continue  # "Minh will be a better father": the one told is an adult
                if (i == 0 and self.p.caregiver_word.search(who)
                        and not self.child_like(who)):
                    continue  # "so the parents do not have to meet": the adults, not a child
                # "the children will be left alone" is a danger's impact, not an experience
                if self.p.impact.search(told) and not w.NEGATED_HARM.search(told):
                    continue
                return phrase(told)
        return ""

    @cached_property
    def network(self) -> str:
        """A relative, friend or neighbour: a network word, or "her mom", "Leah's dad"."""
        for m in self.p.network_word.finditer(self.text):
            after = self.p.name_re.match(self.text, m.end() + 1)
            return self.text[m.start():after.end()] if after else m.group(0)
        m = self.p.relative.search(self.text)
        return m.group(0) if m else ""

    @cached_property
    def monitoring(self) -> str:
        """Someone checks, visits, calls or reviews, or notices the signs ("If Nan
        notices that Dad has been drinking, ..."); an emergency call in an "if" step
        is the back-up, not monitoring."""
        for m in w.NOTICING.finditer(self.text):
            who = m.group("who")
            if self.is_adult_person(who) and not self.is_child(who):
                return self._behaviour_from(m.start("who"), m.end())
        for m in self.p.monitoring.finditer(self.text):
            sentence_start = max(self.text.rfind(".", 0, m.start()),
                                 self.text.rfind("\n", 0, m.start()))
            if w.EMERGENCY_CALL.match(self.text, m.start()) or w.IF_BEFORE.search(
                    self.text[sentence_start + 1:m.start()]):
                continue
            # "will call her brother if ..." is the back-up; "to visit", "on call" are not checks
            if w.IF_AFTER.match(self.text, m.end()) or w.NOT_A_CHECK.search(
                    self.text, max(0, m.start() - 8), m.end() + 1):
                continue
            return clause(self.text, m.start(), m.end(), 12)
        return ""

    @cached_property
    def backup(self) -> str:
        for rx in self.p.backup:
            m = rx.search(self.text)
            if m:
                return phrase(m.group(0))
        return ""

    @cached_property
    def action(self) -> str:
        for rx in self.p.action_subject:
            for m in rx.finditer(self.text):
                if w.PRONOUN_ONLY.match(m.group("subj")) or m.group("verb") in {"not", "never"}:
                    continue  # "Dad will not drink" is an absence, not an action
                return phrase(self.text[m.start("subj"):m.end()])
        return ""
