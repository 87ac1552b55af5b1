"""Round 9's general kind readings (issue 21, the kindread lane), each written from
heldout9's misses and checked on the other splits: ten ways practitioners write each
shape, in the project's own words, read by the rules alone (so the learned second opinion
cannot hide a rule that does not carry over) and by the whole coach, and sentences the
reading must leave alone."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.kindcues import control_told, labelled_kind
from soplab.coach.kinds import settled
from soplab.coach.kindshapes import wished_state
from soplab.coach.stages import clauses, rules_kind, segment


def _rules(text: str) -> str:
    return rules_kind(clauses(segment(text)))[0]


#: A state wished for: a court's, conference's or family's outcome written as "That ..."
#: with a person and a present-tense verb, or under a heading of what someone wants.
WISHED_GOALS = [
    "That the children have a relationship with their father in which he comes on time and "
    "they come back from his house calm.",
    "That Kai lives at home with his mum and feels safe when his dad visits.",
    "That the twins go to school every day and come home to a sober parent.",
    "That Amara and her brother grow up in a home where nobody is hit.",
    "That their mother is able to keep them safe from the shouting, and they sleep through "
    "the night.",
    "What we want: Leo and Ruby living with their mum, going to nursery every day and "
    "knowing Gran is there if things go wrong.",
    "What the family wants - the baby sleeping in her own cot, fed on time and seen by the "
    "health visitor.",
    "Our hope: Sienna back at her own school, laughing again and not scared of bedtime.",
    "We hope for - Josh feeling calm at home and talking to his teacher when he is worried.",
    "Mum's hope - the boys having regular, relaxed time with their dad that ends with them "
    "happy to go back.",
]

#: "That ..." told as a fact, a worry or a past event, and a hope told as a question: no
#: wished state.
NOT_WISHED = [
    ("That night Dad hit Mum in front of the children.", "harm"),
    ("That Mum drinks every evening is the worry.", ""),
    ("That the father pushed her is not disputed by anyone.", ""),
    ("That was when the police were called to the flat.", ""),
    ("That Dad is drinking again worries the school.", ""),
    ("What do you hope for Kai by the summer?", "question"),
]


@pytest.mark.parametrize("text", WISHED_GOALS)
def test_a_state_wished_for_reads_as_a_goal(text: str) -> None:
    assert wished_state(clauses(segment(text))) or labelled_kind(text) == "goal"
    assert _rules(text) == "goal"
    assert analyse(text).kind == "goal"


@pytest.mark.parametrize(("text", "kind"), NOT_WISHED)
def test_that_told_as_a_fact_is_no_wish(text: str, kind: str) -> None:
    assert not wished_state(clauses(segment(text)))
    if kind:
        assert analyse(text).kind == kind


#: A task written as an order ("X to ..."), by a professional or a named adult, also after
#: a heading ("Exclusion order: ..."), and a rule told with "is to": a plan step, which
#: the learned second opinion leaves alone.
ORDER_PLANS = [
    "SSW to update the foster carers' safer caring plan within five working days.",
    "Caseworker to visit the home weekly and see each child on their own.",
    "Exclusion order: Darren Moss to leave the family home and not return while the order "
    "is in place.",
    "Contact: Mr Reyes to see the girls at the family centre on Saturdays, supervised.",
    "Conditions: Jodie Kerr to stay at her sister's and not come to the house without the "
    "worker.",
    "Handovers are to take place at the police station front desk; Mum is not required to "
    "talk to Dad.",
    "Changeover is to happen in the school car park, and Gran may come along with Mum.",
    "Contact is to be supervised by the aunt at her flat every Sunday afternoon.",
    "Collection is to be by Nan only, from the school gate, on the days Dad has the kids.",
    "Agreement: Tanya Price to ring the duty worker every Friday until the review.",
]


@pytest.mark.parametrize("text", ORDER_PLANS)
def test_an_order_or_a_rule_reads_as_a_plan(text: str) -> None:
    assert _rules(text) == "plan"
    assert analyse(text).kind == "plan"


#: A risk a child would be exposed to, in a lawyer's, court's or worker's words: a danger.
EXPOSED_TO_RISK = [
    "The children's lawyer submits that overnight time with the father would expose the "
    "children to an unacceptable risk of family violence.",
    "Returning home now could expose Mia to a real risk of being hurt again.",
    "Unsupervised contact would expose the boys to a serious risk, because Dad still "
    "drinks before he drives.",
    "Leaving the baby with Mr Tate would expose her to the danger of being shaken.",
    "The department says that going back to the flat would expose the twins to risk of "
    "violence from their stepfather.",
    "Living with her mum while the partner is there may expose Ella to a high risk of "
    "abuse.",
    "Sending Kai back now would put him at risk of harm from his father's drinking.",
    "The court was told that weekends at Dad's house could expose the girls to risk of "
    "further violence.",
    "Staying in the refuge's shared flat with the ex-partner nearby exposes the kids to "
    "danger every day.",
    "Any contact without the worker would expose Noah to a risk of neglect.",
]


@pytest.mark.parametrize("text", EXPOSED_TO_RISK)
def test_a_risk_a_child_is_exposed_to_reads_as_a_danger(text: str) -> None:
    assert _rules(text) == "danger"
    assert analyse(text).kind == "danger"


#: Exposure told in the past is a harm, not a danger.
EXPOSED_IN_THE_PAST = [
    "On 3 May the children were exposed to domestic violence when Dad hit Mum in the "
    "kitchen.",
    "Last night Dad exposed the kids to his fighting with Mum and they hid upstairs.",
]


@pytest.mark.parametrize("text", EXPOSED_IN_THE_PAST)
def test_exposure_told_in_the_past_is_no_danger(text: str) -> None:
    assert _rules(text) == "harm"


#: Someone keeping their own things, or the things a safety plan gives them: no coercive
#: control (round 8 left "he keeps his safety card" read as control).
OWN_THINGS = [
    "He keeps his safety card with him at all times.",
    "Jaden keeps his safety card in his school bag and knows who to call.",
    "She keeps her emergency phone charged and under her pillow.",
    "Mum keeps her own bank card now and pays the rent herself.",
    "Nan keeps the spare keys at her flat.",
    "They keep their safety cards in the kitchen drawer.",
    "He holds his own passport since the separation.",
    "The kids keep their emergency phone by the back door.",
    "She now keeps her own money in a separate account.",
    "I keep my safety card in my coat pocket.",
]
#: Someone else's things taken, kept or checked: still coercive control, a harm.
CONTROL_TOLD = [
    "Dad keeps her phone and bank card and checks her messages every night.",
    "Since May he has taken her wages and kept her passport.",
    "She holds his passport and his bank card.",
    "He took Maria's car keys so she could not leave.",
    "Andre kept all of her money and her ID in his truck.",
    "He checks her phone every evening and took her bank card.",
]


@pytest.mark.parametrize("text", OWN_THINGS)
def test_keeping_ones_own_things_is_no_control(text: str) -> None:
    r = clauses(segment(text))
    assert not control_told(r)
    assert analyse(text).kind != "harm"


@pytest.mark.parametrize("text", CONTROL_TOLD)
def test_someone_elses_things_kept_is_control(text: str) -> None:
    assert control_told(clauses(segment(text)))
    assert _rules(text) == "harm"


#: A plan's arrangement in force (a form's fields, "until ...", "only when ...") rests on
#: what words alone do not show: the learned second opinion leaves the plan alone.
ARRANGEMENTS = [
    "Strategy: Uncle Rob walks the boys to school every day. Responsible: Rob. Starts: "
    "Tuesday.",
    "Gran sleeps over on Fridays until the review meeting on the 12th.",
    "Dad sees the girls only when Aunt Lisa is in the room.",
    "Who: Mrs Obi. When: every school morning. Strategy: she checks Mum is sober before "
    "the kids leave.",
]


@pytest.mark.parametrize("text", ARRANGEMENTS)
def test_an_arrangement_in_force_is_settled_as_a_plan(text: str) -> None:
    assert settled(clauses(segment(text)), "plan", "other")
