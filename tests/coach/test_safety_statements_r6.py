"""Harmful practice in harm and danger statements as new writers put it (round 6, from
what heldout6 showed): a caregiver's diagnosis named as theirs and told as what acts on
them, the survivor's private account in reported speech after his act is told with
"and". Sentences written for these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, kind).findings}


#: label: a caregiver's condition named as theirs, as the subject or cause of what happens.
CONDITION_FIRES = [
    ("danger", "The worker and Nan are worried that Mum's anxiety stops her from taking Leo (5) "
               "to school, and he could fall behind."),
    ("danger", "We are worried that Dad's PTSD makes him shout at the kids at night, and Mia (4) "
               "could be scared."),
    ("danger", "The school is worried that Renee's illness means nobody is awake to watch "
               "Tommy (2), and he could swallow pills again."),
    ("danger", "We are worried that when the depression takes over, Mum stays in bed and Leo (5) "
               "could go hungry."),
    ("danger", "Nan and the worker are worried that the mother's untreated depression will keep "
               "her in bed and Leo (5) could be hurt."),
    ("danger", "We are worried that Dad's alcoholism leaves Lily (5) alone at night and she "
               "could get hurt."),
    ("danger", "We are worried that Mum's addiction means Leo (5) could be left alone."),
    ("harm", "On Monday, because of her mental health, Mum did not get up and Ava (3) was alone "
             "all morning."),
    ("danger", "Auntie and the worker worry that her bipolar could leave Ava (3) without anyone "
               "awake to watch her."),
    ("danger", "We worry that Renee's mental illness keeps her in bed and Tommy could get hurt."),
]
#: Sound: what the caregiver does, grief, drinking, a child's own worries, a service named.
CONDITION_PASSES = [
    ("danger", "We are worried that on days Renee's grief keeps her in bed, Tommy (2) could "
               "swallow pills again."),
    ("danger", "We are worried that Bao's anxiety will keep him hiding in the closet and he "
               "could fall behind at school."),
    ("danger", "The worker and aunt are worried that Mr. Price drinks after his shift and falls "
               "asleep, and Lily (5) could get hurt."),
    ("danger", "We are worried that Mum misses her mental health appointments and stays in bed, "
               "and Leo (5) could go hungry."),
    ("danger", "We are worried that Tommy's condition could get worse if he swallows pills "
               "again."),
    ("danger", "We are worried that on days Mum can't get out of bed, Leo (5) could be left "
               "alone."),
    ("harm", "On Sunday night Minh pushed Thanh into the wall, and Bao (6) now shows anxiety "
             "and wets himself at school."),
]


@pytest.mark.parametrize(("kind", "text"), CONDITION_FIRES)
def test_a_caregivers_condition_told_as_what_acts_is_a_label(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CONDITION_PASSES)
def test_grief_drinking_or_a_childs_worry_is_not_a_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)
