"""The checklist for each kind of statement, and the rule that checks each item.

Each :class:`Spec` names one component, its plain label, the hint shown when it
is missing, and a rule (a function of a :class:`~soplab.coach.reading.Reading`)
that returns the words that satisfy it, or ``""``.

Danger statement (the future if nothing changes)
    who is worried ("X is/are worried|concerned|afraid that", "X's worry is",
    "The department, the school and Kai's aunt are worried that");
    the caregiver's behaviour ("Dad may drink ...", "when Mom drinks ...",
    "If Dad keeps drinking ...", "Dad drinks and yells");
    the context ("when / while / after / at night / if ...");
    the impact on the child (a word from the ``impact`` cue list outside the
    "who is worried" phrase: hurt, burned, scared, go hungry ...);
    the future ("if nothing changes", "again", "in the future", or may/might/could).
(Where the template readers find nothing, the loose forms of :mod:`soplab.coach.loose`
count too: "Worried: worker, police", "Renee sleep in bed", "cud get hurt", "on bad days".)
Harm statement (the past)
    who did what (a person, not a child, with a past-tense act, or "by <person>"; in a note
    or second-language English any form of the verb, with a day: "Wednesday, Renee sleep
    in bed");
    when (a date, a day, "last night", "twice in May" ...);
    the impact on the child (as above).
Safety goal (the destination)
    who (an adult who "will ...", "needs to ...", "must ..."); a positive
    behaviour (a commitment that is not "will not / never / no longer / stop"
    and not a service); how long ("for six months", "over the next 90 days",
    "for the rest of the school term"); who will see it ("X will see", "X needs
    to see", "seen by", "show the network"); what the child will experience
    ("so that ...", "For Ana to feel ...", "<child> will feel/sleep/go ...",
    "feel safe"); not a service (a behaviour is named, and no class, test or
    treatment from ``services.csv``: an absence alone is no behaviour).
    The same parts told without "will", in the present, the base form or notes
    ("Minh talk calm with Thanh", "adult at bus stop every school day", "Cousin
    checks weekly", "6 mo", "twins safe to crawl") are read by
    :mod:`soplab.coach.goalacts` and :mod:`soplab.coach.goalstates`; a hope
    ("it would be hoped that Minh could ...") or the harm going on ("leaves glass
    on the floor") is no behaviour.
Safety plan step (the route)
    who does what (a person with "will/must/agrees to" or a present-tense act);
    when ("every night", "by 8 pm", "on Saturdays", "tonight", "when she goes
    out");
    named network people (aunt, nan, neighbour, pastor, "safety network" ...);
    monitoring (check in, call, ring, visit, review ...; a call that happens
    only "if ..." is the back-up);
    what happens if it fails ("if ..., X will ...", "back-up", "otherwise").
Question
    open wording; a solution-focused aim (see :mod:`soplab.coach.questions`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import lazyre as re
from . import loose
from . import ownwords as own
from .goalacts import is_check
from .goalstates import noted_state, services_in
from .harmful import VIOLENCE
from .misframed import concrete
from .questions import read_question
from .reading import Reading
from .result import Component
from .text import phrase

__all__ = ["CHECKLISTS", "COMPONENT_NAMES", "Spec", "check"]


@dataclass(frozen=True)
class Spec:
    """One checklist item: machine name, plain label, hint if missing, and its rule."""

    name: str
    label: str
    hint: str
    rule: Callable[[Reading], str]


def _who_worried(r: Reading) -> str:
    return r.worry.group("who") if r.worry else loose.worriers(r)  # "Worried: worker, police"


def _service(r: Reading) -> str:
    found = services_in(r, r.text)  # "meds out of reach" is no service
    return found[0].group(0) if found else ""


def _positive(r: Reading) -> str:
    """A behaviour someone could see: not an absence, a service or only "do better"."""
    for c in r.caregiver_commitments:
        if not c.negated and c.phrase and concrete(r, c.phrase) and not is_check(c.phrase):
            return c.words
    # told without "will" ("Minh speaks calmly ...", "adult at bus stop every day"), or
    # inside a frame ("Minh needs to show Phuoc that he can talk calmly"); not a service
    for a in r.present_acts:
        if (not a.negated and not a.hedged and not services_in(r, a.phrase)
                and not _harm_goes_on(a.phrase) and (a.presence or concrete(r, a.phrase))):
            return a.words
    if not any(not c.negated for c in r.caregiver_commitments):
        # "Sara is met at the bus stop by a grown-up ...", "- glass swept, food out daily"
        return own.state_goal(r) or noted_state(r)
    return ""


#: The harm told in the present: "drinks and shouts", "leave broken glass on the floor",
#: "leaves Sara alone" (not "leaves for Phuoc's when he is angry").
_HARM_NOW = re.compile(r"^(?:(?:still|often|always|sometimes|then|again)\s+)*(?:(?:drinks?|uses?|"
                       r"yells?|shouts?|screams?|swears?|smokes?|loses?\s+(?:his|her|their)\s+"
                       r"temper)\b|leaves?\s+(?:\w+\s+){0,4}?(?:alone|glass|food|pills|"
                       r"medicines?|meds|out|open|unlocked|around|lying|within reach|on the "
                       r"(?:floor|stairs|table|counter)|unattended|by (?:her|him|them)sel\w+)\b)",
                       re.I)


def _harm_goes_on(words: str) -> bool:
    """An act told in the present that is the harm going on, not a safe behaviour: a
    violent act or a harmful habit ("clear any broken glass" is a safe one)."""
    return bool(_HARM_NOW.match(words) or VIOLENCE.match(words))


def _goal_who(r: Reading) -> str:
    """Who will do it; a goal told as a state kept ("the kitchen floor is kept clear
    every day") needs no doer named: the expert's scale takes the passive as complete."""
    doers = [c for c in r.caregiver_commitments if not is_check(c.phrase)]
    if doers or r.caregiver_commitments and not r.present_acts:  # a watcher's check only:
        return (doers or r.caregiver_commitments)[0].subject  # still who is named
    if r.present_acts:
        return r.present_acts[0].subject
    return own.state_goal_who(r) or own.kept_state(r) or noted_state(r)


def _not_service(r: Reading) -> str:
    """A behaviour named, and no service: an absence ("will not drink") is no behaviour."""
    if _service(r):
        return ""
    return _positive(r)


def _absence(r: Reading) -> str:
    return next((c.words for c in r.caregiver_commitments if c.negated), "")


def _plan_who(r: Reading) -> str:
    if r.action:
        return r.action
    if r.caregiver_commitments:
        return r.caregiver_commitments[0].words
    if r.present_acts:  # "Mr. Dorsey sees the boys only when ...", "- Nan w/ Leo at night"
        return r.present_acts[0].words
    # a rule that names its people: "The father is not to contact ...", "Only Nan or
    # Uncle Tui can pick the kids up", "We tell Nana Jo if ..."
    rule = own.rule_form(r)
    words = rule.split()
    if any(r.is_adult_person(" ".join(words[i:i + n])) for n in (1, 2) for i in range(4)) \
            or re.match(r"(?:We|I)\b", rule):
        return rule
    return ""


def _open_form(r: Reading) -> str:
    """Open wording; a "why" question is open in form but asks for a reason, which can
    sound like blame, so it does not count."""
    q = read_question(r.text)
    return q.form_evidence if q.form == "open" and not q.why else ""


def _solution_focus(r: Reading) -> str:
    return read_question(r.text).sf_evidence


CHECKLISTS: dict[str, tuple[Spec, ...]] = {
    "danger": (
        Spec("who_worried", "Who is worried",
             "say who is worried (for example the family, grandmother, the school, the agency)",
             _who_worried),
        Spec("caregiver_behaviour", "What the caregiver may do",
             "name the caregiver's specific action or inaction in plain words",
             lambda r: r.future_behaviour or loose.act(r)),
        Spec("context", "When or where it could happen",
             "add the situation in which it could happen (when, while, after ...)",
             lambda r: r.context or loose.context(r)),
        Spec("impact", "Impact on the child",
             "add what could happen to the child (hurt, scared, hungry ...)",
             lambda r: r.impact),
        Spec("future", "What could happen if nothing changes",
             "say what could happen in the future if nothing changes",
             lambda r: r.future or loose.future(r)),
    ),
    "harm": (
        Spec("who_did_what", "Who did what",
             "name the caregiver and what they did or did not do",
             lambda r: (r.past_action or own.witnessed_act(r) or own.omission_in_clause(r)
                        or own.missed_care(r)
                        or (loose.act(r) if r.harm_time or loose.when(r) else ""))),
        Spec("when", "When it happened",
             "add when it happened or how often (a date, 'last Tuesday', 'twice in May')",
             lambda r: r.harm_time or loose.when(r)),
        Spec("impact", "Impact on the child",
             "add what it did to the child (hurt, ill, scared ...)", lambda r: r.impact),
    ),
    "goal": (
        Spec("who", "Who will do it", "name the caregivers (and network) who will do it",
             _goal_who),
        Spec("positive_behaviour", "What they will do (a presence, not an absence)",
             "describe what the caregiver WILL do, not what they will stop doing", _positive),
        Spec("duration", "For how long",
             "say for how long it must be seen (for example 'for the next six months')",
             lambda r: r.duration),
        Spec("observer", "Who will see it",
             "say who will see it happening (the safety network, the social worker ...)",
             lambda r: r.goal_observer),
        Spec("child_experience", "What the child will experience",
             "add what the child will experience ('so that Mia feels safe and ...')",
             lambda r: r.goal_experience),
        Spec("not_service", "Behaviour, not a service",
             "replace services (classes, testing) with the behaviour the child needs to see",
             _not_service),
    ),
    "plan": (
        Spec("who_does_what", "Who does what", "name who will do each step", _plan_who),
        Spec("when", "When", "say when or how often ('every evening by 7', 'on Saturdays')",
             lambda r: r.plan_time),
        Spec("network", "Named network people",
             "name the network people and their part (an aunt, a neighbour, a friend)",
             lambda r: r.network),
        Spec("monitoring", "How it is checked",
             "say who checks that the plan is working (calls, visits, check-ins)",
             lambda r: r.monitoring),
        Spec("backup", "What happens if it fails",
             "add a back-up: 'If ..., then ... will ...'", lambda r: r.backup),
    ),
    "question": (
        Spec("open_form", "Open wording",
             "start with what, how, when, who or 'tell me about' so the person can answer freely",
             _open_form),
        Spec("solution_focus", "A solution-focused aim",
             "ask about exceptions, coping, a 0-10 scale, a better future or the network",
             _solution_focus),
    ),
    "other": (),
}

#: Component names per kind, in checklist order (used by the benchmark and tests).
COMPONENT_NAMES = {kind: tuple(s.name for s in specs) for kind, specs in CHECKLISTS.items()}


def check(reading: Reading, kind: str) -> list[Component]:
    """Run the checklist of ``kind`` on a reading."""
    out = []
    for spec in CHECKLISTS.get(kind, ()):
        evidence = spec.rule(reading)
        present = bool(evidence)
        hint = spec.hint
        if spec.name == "not_service" and not present:
            evidence = _service(reading)
            if not evidence:
                hint = "name a behaviour the child will see, not only what will stop"
        elif spec.name == "positive_behaviour" and not present:
            evidence = _absence(reading)  # shown as "you wrote ..."
        out.append(Component(spec.name, present, phrase(evidence, 20), spec.label, hint))
    return out
