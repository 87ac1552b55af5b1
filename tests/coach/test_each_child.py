"""A danger statement that names one child of a course family and nothing of the others
has the impact on each child thin (eachchild.py)."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.eachchild import child_left_out, families

ONE_CHILD = [
    "The police and the worker worry that Minh could push Thanh into the wall again, and Vy "
    "could be cut again.",
    "The worker is worried that when Renee cannot get out of bed, Shandiin could miss her "
    "meals and go to school hungry.",
    "The school and the worker worry that on nights Dad drinks, Luz could be left alone "
    "and go hungry.",
    "Nan is worried that when Mum is low she stays in bed all day, and Tommy could get "
    "into the medicine cabinet again and overdose.",
    "The worker and the police worry that when Minh shouts about money he could shove "
    "Thanh again, and Bao could keep hiding in the closet and wetting at school.",
]
EVERY_CHILD = [
    "Grace and the worker are worried that when Emeka is short of sleep he may hit Chidi "
    "again over homework, and Chidi could be bruised while Ada keeps hiding upstairs.",
    "The worker is worried that Mr. Okafor may slap the children when he is exhausted, and "
    "they could keep flinching at home.",
    "Nan is worried that when Mum is low she stays in bed, Tommy could swallow her pills "
    "again and Kai could keep missing school to mind him.",
    "The worker worries that when Minh shouts about money he could shove Thanh again; Vy "
    "could be cut stepping in and Bao could keep hiding.",
    "The worker is worried Minh may push Thanh again, and both kids could be hurt or live "
    "in fear.",
    "The worker is worried that Tommy could overdose and his big brother could keep "
    "missing school.",
    "The aunt is worried that Mr. Price falls asleep after beers and Lily, 5, could wander "
    "outside.",  # an only child: nobody left out
    "Grace and the worker are worried that when Emeka is short of sleep after night shifts "
    "he may hit Chidi again over homework, and Chidi could be bruised or scared to ask for "
    "help.",  # the Okafors' danger is Chidi's alone (the vignette): Ada is not left out
]


def test_the_families_come_from_the_cast() -> None:
    assert {"Kai", "Tommy", "Shandiin"} <= families()["Tsosie"]
    assert "Lily" not in {k for kids in families().values() for k in kids}


@pytest.mark.parametrize(("text", "left_out"), [(t, True) for t in ONE_CHILD]
                         + [(t, False) for t in EVERY_CHILD])
def test_a_child_left_out(text: str, left_out: bool) -> None:
    assert bool(child_left_out(analyse(text, expected_kind="danger"))) is left_out
    if left_out:
        assert assess(text, "danger").score <= 0.75


def test_only_danger_statements_are_read() -> None:
    assert not child_left_out(analyse("On Wednesday Tommy, 2, swallowed Renee's pills.",
                                      expected_kind="harm"))
