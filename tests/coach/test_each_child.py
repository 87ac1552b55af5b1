"""A danger or harm statement or a goal that names one child of a course family and
nothing of the others has the part about each child thin (eachchild.py)."""

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

#: A parent's brother or sister is not the child's: "since losing her brother" is Renee's
#: grief, "her sister Lorraine" an aunt. Kai is still left out of each of these.
ADULT_SIBLING = [
    "The worker and Marie worry that since losing her brother Renee cannot get up some "
    "days, and Tommy could swallow her tablets again.",
    "Lorraine is worried that when Renee is grieving her brother and stays in bed, Tommy "
    "could get to the pills on her nightstand again.",
    "Renee's mother and her sister Lorraine worry that on the days grief for Renee's "
    "brother keeps her in bed, Tommy could overdose.",
    "We are worried that Renee, sad about her brother's death, stays in bed and Tommy "
    "could get into her medicine again with no adult up.",
    "Marie and the worker worry that since her brother Ray died Renee sleeps most days, and "
    "Tommy could swallow her pills while nobody is watching him.",
]
CHILD_SIBLING = [
    "Marie is worried that Tommy could get to the pills again and his brother could keep "
    "staying home from school.",
    "The worker worries that Vy could be hurt again stepping in, and her little brother "
    "could keep hiding.",
]


def test_the_families_come_from_the_cast() -> None:
    assert {"Kai", "Tommy", "Shandiin"} <= families()["Tsosie"]
    assert "Lily" not in {k for kids in families().values() for k in kids}


@pytest.mark.parametrize(("text", "left_out"), [(t, True) for t in ONE_CHILD + ADULT_SIBLING]
                         + [(t, False) for t in EVERY_CHILD + CHILD_SIBLING])
def test_a_child_left_out(text: str, left_out: bool) -> None:
    assert bool(child_left_out(analyse(text, expected_kind="danger"))) is left_out
    if left_out:
        assert assess(text, "danger").score <= 0.75


#: Harm statements that tell what happened to one child of the family and nothing of the
#: other (the expert: "Kai's missed school is left out", "Bao's hiding is left out": 0.75).
HARM_ONE_CHILD = [
    "On Wednesday Tommy, 2, swallowed Renee's pills.",
    "Last Wednesday, with his mother asleep upstairs, Tommy got hold of her pain tablets "
    "and had to be kept at urgent care for hours.",
    "Wed afternoon Tommy (age 2) ate some of Renee's tablets off the bedside table while "
    "she slept and was watched by doctors until evening.",
    "Tommy, two, was taken to urgent care on Wednesday after he swallowed pain pills his "
    "mum had left by her bed.",
    "on wednesday renee was in bed and tommy got to her pills, he spent hours at urgent "
    "care being monitored",
    "On Sunday night Minh pushed Thanh hard against the wall and Vy, 12, got a deep cut "
    "on her hand from the broken glass.",
    "Sunday night Minh yelled at Thanh and shoved her; Vy cut her palm stepping in and "
    "needed four stitches.",
    "Minh shoved Thanh into the kitchen wall on Sunday evening. Vy got between them and "
    "her hand was cut open on glass.",
    "On Sunday Minh screamed at Thanh about money and pushed her over. Bao, 6, hid in the "
    "closet with his hands on his ears.",
    "Since Sunday night, when Minh pushed Thanh into the wall, Bao has been wetting "
    "himself at school and hiding when his father shouts.",
]
HARM_EVERY_CHILD = [
    "On Wednesday Tommy, 2, swallowed Renee's pills while she was in bed and was "
    "monitored for hours; Kai, 13, has missed 14 days of school since March.",
    "On Sunday night Minh pushed Thanh into the wall; Vy cut her hand on glass stepping "
    "in and Bao hid in the closet.",
    "Sunday night Minh shoved Thanh, and both children were hurt: one cut, one hiding.",
    "On Wednesday Tommy swallowed his mother's tablets and was watched at urgent care, "
    "and his big brother has missed weeks of school looking after him.",
    "Since her brother died in March Renee stays in bed; on Wednesday Tommy swallowed "
    "her pills, and Kai keeps missing school to care for him.",
]
#: Goals that tell what one child of the family will live and nothing of the other.
GOAL_ONE_CHILD = [
    "For the next six months an adult who is awake will look after Tommy every day and "
    "the pills will be locked away; Marie and Lorraine will see it, and Tommy will be safe "
    "and playing at home.",
    "Every day for six months, Marie or Lorraine will be up with Tommy while Renee rests, "
    "with all medicine in a locked box; Mr. Yazzie will see it. Tommy will be safe.",
    "Over the next six months Minh will speak calmly at home and keep his hands to "
    "himself, his brother Phuoc will see this, and Vy will feel safe at home.",
]
GOAL_EVERY_CHILD = [
    "For the next six months an awake adult will look after Tommy every day with the "
    "pills locked away; Marie and Lorraine will see it. Tommy will be safe and Kai will be "
    "at school every day.",
    "Over the next six months Minh will speak calmly and keep his hands to himself; Phuoc "
    "will see it, and the children will feel safe at home.",
]


@pytest.mark.parametrize(("text", "kind", "left_out"), [
    *[(t, "harm", True) for t in HARM_ONE_CHILD], *[(t, "harm", False) for t in HARM_EVERY_CHILD],
    *[(t, "goal", True) for t in GOAL_ONE_CHILD], *[(t, "goal", False) for t in GOAL_EVERY_CHILD],
])
def test_a_child_left_out_of_a_harm_statement_or_goal(text: str, kind: str,
                                                       left_out: bool) -> None:
    assert bool(child_left_out(analyse(text, expected_kind=kind))) is left_out
    if left_out:
        assert assess(text, kind).score <= 0.75


def test_a_child_left_out_costs_no_part_already_missing() -> None:
    """A goal with no child's experience at all has that part missing once, not twice."""
    text = ("For six months an adult who is awake will be with Tommy every day and the "
            "medicine will be locked up. Marie and Lorraine will see it.")
    assert child_left_out(analyse(text, expected_kind="goal"))
    assert assess(text, "goal").score == 0.75


def test_plans_and_questions_are_not_read() -> None:
    assert not child_left_out(analyse("What helped Tommy on the good days?",
                                      expected_kind="question"))

