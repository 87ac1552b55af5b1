"""Round 11: a goal whose behaviour is help told only in general ("will help her more")
has its behaviour thin (goalstates.general_help). Sentences written for these tests."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.assessment import points
from soplab.coach.goalstates import general_help

GENERAL = [
    "Renee's sisters will help her more so Tommy is safe.",
    "Dad's family will help Mum out more so the kids feel safe.",
    "Nan will be there for her so Leo is okay.",
    "The aunties will help out more so the baby is safe.",
    "Grandpa will step up so Mia can feel safe at home.",
    "Her mother will help her a lot more so the boys are safe.",
    "The neighbours will assist Ms. Cole so Ava is looked after.",
    "Uncle Ray will pitch in so the children are safe.",
    "The church ladies will give her more support so Kai is okay.",
    "Jo's grandma will help her when she needs it so Jo feels safe.",
]
DEED = [
    "Renee's sisters will help her by waking with Tommy every morning so he is safe.",
    "Nan will help Mum cook dinner and bath the kids every night so they feel safe.",
    "Dad's family will take turns to stay awake with Tommy each day so he is safe.",
    "The aunties will help her with Tommy every day so he is safe.",
    "Grandpa will sit with Mia at the bus stop each morning so she feels safe.",
    "Her mother will keep the pills in a lockbox and check it daily so the boys are safe.",
    "Uncle Ray will walk the kids to school every weekday so they get there on time.",
    "Nan will come over at six each evening and stay until Mum is up.",
    "Jo's grandma will call every night at eight and come over if Mum has been drinking.",
    "The neighbours will watch Ava after school on Tuesdays while Ms. Cole works.",
]


def _behaviour(text: str) -> str:
    res = analyse(text, expected_kind="goal")
    return next((c.evidence for c in res.components if c.name == "positive_behaviour"), "")


@pytest.mark.parametrize("text", GENERAL)
def test_help_told_only_in_general_is_thin(text: str) -> None:
    assert general_help(_behaviour(text)), _behaviour(text)
    assert assess(text, "goal").score <= 0.25


@pytest.mark.parametrize("text", DEED)
def test_help_with_a_deed_is_not_general(text: str) -> None:
    assert not general_help(_behaviour(text))


# A vague state ("keep the flat clean and tidy") is a thin behaviour: it takes a grade off
# a goal otherwise whole or missing one part, but a goal already missing two other parts
# is graded by those (0.5 before wording flags), where help with no deed still counts.
STATE_TWO_MISSING = [
    "Mum and Dad will keep the flat clean and tidy, and Nan will check on her visits.",
    "Ms. Okafor will keep the bathroom safe and hygienic so baby Zara can play safely.",
    "The parents will maintain a clean and safe bedroom for the boys, checked by the worker.",
    "Dad will keep the house tidy so Ava and Jo feel calm at home.",
    "Mum will keep the kitchen clean and safe, which her sister will see when she visits.",
    "For three months the Harpers will keep the living room neat and safe.",
    "For 90 days the parents will keep the nursery clean and sanitary.",
    "Every week for two months Mr. Diaz will keep the garage tidy and safe.",
    "Aunt Bea will keep the porch clean so little Theo can play there.",
    "The Nguyens will keep the back yard neat and clean, and the worker will check.",
]
STATE_ONE_MISSING = [
    "For three months Mum will keep the flat clean and tidy, and Nan will see it on visits.",
    "For six weeks Dad will keep the house tidy so Ava and Jo feel calm, checked by Nan.",
]


@pytest.mark.parametrize("text", STATE_TWO_MISSING)
def test_a_vague_state_in_a_goal_missing_two_parts_is_graded_by_them(text: str) -> None:
    assert 0.4 <= points(analyse(text, expected_kind="goal")) <= 0.5


@pytest.mark.parametrize("text", STATE_ONE_MISSING)
def test_a_vague_state_still_thins_a_nearly_whole_goal(text: str) -> None:
    assert points(analyse(text, expected_kind="goal")) <= 0.75


def test_help_with_no_deed_counts_whatever_else_is_missing() -> None:
    assert points(analyse("Nan will help her more so Leo is safe.", expected_kind="goal")) <= 0.25
