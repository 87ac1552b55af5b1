"""Round 11: a goal whose behaviour is help told only in general ("will help her more")
has its behaviour thin (goalstates.general_help). Sentences written for these tests."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
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
