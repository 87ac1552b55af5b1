"""A danger statement whose only impact on the child is a general harm ("the kids could
get hurt") has that part thin: a part missing on the expert's scale (thinimpact.py)."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.thinimpact import generic_impact, no_child

GENERAL = [
    "Grandpa Tomas is worried that when Elena drinks in the evening she falls asleep, and "
    "Sofia (4) could get hurt.",
    "The worker and the neighbour are worried that Ray may hit Dana again when he is angry "
    "about work, and the children could be hurt.",
    "The teacher and the worker worry that on nights Mum uses she passes out on the sofa "
    "and the twins might be harmed if nothing changes.",
    "Auntie Rose and the worker are worried that when Dad drinks after his shift he "
    "sleeps all evening. Jonah, 3, may be injured.",
    "the school + sw worried mom leaves for hours when she is high, baby could get hurt",
    "The social worker and the grandmother are concerned that when Mr. Silva yells about "
    "rent he may shove Ana again, and the kids may get seriously injured.",
    "Everyone in the network is worried that if Paul keeps drinking at night and falls "
    "asleep, Mia could end up hurt.",
    "Uncle Joe and the worker worry that when Kim is too low to get up, Leo (2) could get "
    "badly hurt.",
    "The worker is worried that Dad may hit Mom again when he is drunk, and the boys would "
    "be in danger.",
    "Nana and the worker are worried that when Tia has been using she sleeps through the "
    "day, and Max, 4, could get hurt again.",
]

SPECIFIC = [
    "Grandpa Tomas is worried that when Elena drinks in the evening she falls asleep, and "
    "Sofia (4) could get hurt with no adult awake to watch her.",
    "The worker and the neighbour are worried that Ray may hit Dana again when he is angry "
    "about work, and Eli could get hurt stepping in while Zoe keeps hiding in fear.",
    "The teacher and the worker worry that on nights Mum uses she passes out on the sofa "
    "and the twins could get into her pills and overdose.",
    "Auntie Rose and the worker are worried that when Dad drinks after his shift he sleeps "
    "all evening, and Jonah, 3, could wander outside or touch the stove.",
    "the school + sw worried mom leaves for hours when she is high, baby could be left alone "
    "and go hungry",
    "The social worker and the grandmother are concerned that when Mr. Silva yells about "
    "rent he may shove Ana again, and Ben could be cut if he tries to stop him.",
    "Everyone in the network is worried that if Paul keeps drinking at night and falls "
    "asleep, Mia could get hurt and keep missing school.",
    "Uncle Joe and the worker worry that when Kim is too low to get up, Leo (2) could get "
    "hold of her medication and end up in hospital.",
    "The worker is worried that Dad may hit Mom again when he is drunk, and the boys could "
    "go on being scared to come home.",
    "Nana and the worker are worried that when Tia has been using she sleeps through the "
    "day, and Max, 4, could get hurt with nobody watching him.",
]


@pytest.mark.parametrize("text", GENERAL)
def test_a_general_harm_alone_is_a_thin_impact(text: str) -> None:
    assert generic_impact(analyse(text, expected_kind="danger"))
    assert assess(text, "danger").score <= 0.75


@pytest.mark.parametrize("text", SPECIFIC)
def test_a_specific_impact_is_not_thin(text: str) -> None:
    assert not generic_impact(analyse(text, expected_kind="danger"))


def test_only_danger_statements_are_read() -> None:
    harm = "On Sunday Dad pushed Mum into the wall and Eli (7) got hurt."
    assert not generic_impact(analyse(harm, expected_kind="harm"))


#: A caregiver's act told with a state verb ("get violent", "becomes aggressive"): vague,
#: but the adult's behaviour is there (the expert reads it as a thin behaviour, not none).
GETS_VIOLENT = [
    "The worker is worried that Ray could get violent with Dana again when he drinks.",
    "Nan is worried that Dad gets physical with the boys when he has had a bad day.",
    "The worker and the school worry that Mom may become aggressive toward Eli when she "
    "is high.",
    "The neighbours are worried Paul might get rough with Mia again at bedtime.",
    "The worker is worried that Mr. Silva gets abusive toward Ana when rent is late.",
    "Auntie Rose worries that Dad will get really violent if the baby keeps crying at night.",
]
STATE_ONLY = [
    "The worker is worried that Dad may get sick again this winter.",
    "Nan is worried that Mom may get lonely after the move.",
    "The teacher is worried Mia could get upset at school.",
    "The worker is worried Eli might become scared of the dark.",
]


@pytest.mark.parametrize(("text", "acts"), [(t, True) for t in GETS_VIOLENT]
                         + [(t, False) for t in STATE_ONLY])
def test_getting_violent_is_the_adults_behaviour(text: str, acts: bool) -> None:
    read = analyse(text, expected_kind="danger")
    assert any(c.name == "caregiver_behaviour" and c.present for c in read.components) is acts


#: A danger statement whose outlook names no child at all ("Dad could hurt Mum again"): the
#: outlook is the adults', the child's is missing (the expert: "no children", 0.25).
NO_CHILD = [
    "I'm worried Dad could hurt Mum again.",
    "We worry Dad could hit Mom again.",
    "The worker is worried that Minh may shove Thanh into the wall again.",
    "Worker worried mum's boyfriend might choke her again",
    "The police are concerned he will assault his partner again if nothing changes.",
]
SOME_CHILD = [
    "The worker is worried that Mom could leave the baby alone again.",
    "Nan is worried Dad may hit Mum again and Leo, 4, could be hurt.",
    "Grandma worries Dad could come home drunk and hurt someone at home.",
    "The aunt fears that Mr. Price might pass out again while Lily (5) is up.",
    "The worker worries that Dad could hit Mum again in front of the 3-year-old.",
    "Police are worried that Minh may push Thanh again and Vy could step in.",
]


@pytest.mark.parametrize("text", NO_CHILD)
def test_an_outlook_with_no_child_in_it_is_the_adults(text: str) -> None:
    assert no_child(analyse(text, expected_kind="danger"))
    assert assess(text, "danger").score <= 0.25


@pytest.mark.parametrize("text", SOME_CHILD)
def test_an_outlook_with_a_child_in_it_is_the_childs(text: str) -> None:
    assert not no_child(analyse(text, expected_kind="danger"))


#: Fear told as what the child lives with ("keep living in fear", "grow up fearful", "stay on
#: edge", "jumpy", "startling at loud noises") is a specific impact, not a general harm.
FEAR = [
    "The worker and Nan are worried that when money is short Dad may hit Mum again, and Leo "
    "(4) could be hurt or keep living in fear.",
    "Grandma worries that on payday nights Dad may punch Mum again and Ava, 7, could be hurt "
    "or stay fearful at home.",
    "The worker is worried that Dad may throw things at Mum again when the rent is late, and "
    "Eli (5) could be hurt and stay on edge.",
    "The school and the worker worry that if Mike keeps hitting Sara when he loses his job, "
    "Noah (6) could be hurt and keep startling at loud noises.",
    "The worker and the police worry that Paul may shove Kim again when he is jealous, and "
    "the kids could be hurt and grow jumpy.",
]


@pytest.mark.parametrize("text", FEAR)
def test_fear_the_child_lives_with_is_a_specific_impact(text: str) -> None:
    assert not generic_impact(analyse(text, expected_kind="danger"))
    assert assess(text, "danger").score >= 0.95
