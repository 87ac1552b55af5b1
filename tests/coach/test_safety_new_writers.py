"""Harmful practice as new writers put it (round 5b, from what heldout5 showed): a child
among the adults who share the care, a child who "can't be counted on", and a child named
as the one cared for after a linking verb ("will feel safe and cared for"), which is no
duty. Sentences written for these tests, not taken from any tuning answer."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, kind).findings}


#: child-blamed: the child one of the carers, or told as the one who can't be relied on.
CHILD_CARER_FIRES = [
    ("goal", "For six months Nan, Dad and Mia (12) will share making sure the baby is looked "
             "after every evening, and the worker will see it."),
    ("goal", "Aunt Rosa and Leo (14) will take turns making sure the twins are supervised "
             "after school for the next six months."),
    ("danger", "We are worried that Kai (13) can not be relied upon to supervise Tommy all "
               "day, and Tommy could be hurt."),
    ("danger", "The worker is worried that the 12-year-old cannot be counted on to mind the "
               "baby and the baby could be hurt."),
    ("plan", "Grandma, Uncle Joe and Ana (11) will make sure her little brother is watched "
             "at night."),
]
#: Sound: the child the one cared for, after a linking verb; adults share the care.
CHILD_CARER_PASSES = [
    ("goal", "For six months Nan will collect Mia (8) from school every day, and Mia will be "
             "fed and looked after until Mum is home. Nan and the worker will see it."),
    ("goal", "Dad will stay sober for six months and the teacher will see it; Leo (5) will "
             "feel loved and protected."),
    ("goal", "Every school day this year an aunt will meet Ana (9) off the bus and stay until "
             "her dad is home; Ana will feel calm and looked after, and the school will see it."),
    ("goal", "Leo (5) will seem happy and cared for at nursery, and Dad will drop him off "
             "sober every day for six months; the teacher will see it."),
    ("goal", "For six months Nan and Aunt Lorraine will make sure Tommy is watched every day "
             "Renee cannot get up, and Kai will go to school. The worker will see it."),
    ("plan", "Kai (13) will make sure he is okay at school and will call Nan if he is worried."),
]


@pytest.mark.parametrize(("kind", "text"), CHILD_CARER_FIRES)
def test_a_child_among_the_carers_is_found(kind: str, text: str) -> None:
    assert "child-blamed" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), CHILD_CARER_PASSES)
def test_a_child_cared_for_is_not_blamed(kind: str, text: str) -> None:
    assert "child-blamed" not in _rules(text, kind)


#: label: a mental-health label told as when, with only what the caregiver cannot do after.
LABELLED_TIME_FIRES = [
    ("danger", "We are worried that during her manic phases Mum is unable to care for Leo (5) "
               "and he could be hurt."),
    ("danger", "The agency is worried that whenever Dad is psychotic he cannot keep the kids "
               "safe, and Mia (4) could be hurt."),
    ("danger", "We are worried that when Mum is mentally unwell she struggles to look after "
               "Leo, and Leo (5) could go hungry."),
    ("danger", "Worried that when Gran's depression flares up she might not be able to watch "
               "the baby, who could be hurt."),
    # her diagnosis named as hers, even with what she does after it (heldout6's expert)
    ("danger", "We are worried that when Mum's depression is bad she stays in bed and can't "
               "supervise Leo (5), who could go without breakfast."),
]
#: Sound: what the caregiver does is said, or no label stands for it.
LABELLED_TIME_PASSES = [
    ("danger", "We are worried that when Mum stays in bed all day she cannot watch Leo (5), "
               "and he could get into the pills."),
    ("danger", "We are worried that when Renee is grieving and stays in bed, she cannot watch "
               "Tommy (2), and he could swallow her pills again."),
]


@pytest.mark.parametrize(("kind", "text"), LABELLED_TIME_FIRES)
def test_a_label_told_as_when_with_only_an_inability_is_found(kind: str, text: str) -> None:
    assert "label" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), LABELLED_TIME_PASSES)
def test_what_the_caregiver_does_is_not_a_label(kind: str, text: str) -> None:
    assert "label" not in _rules(text, kind)


#: dv-partner-trigger: her act as when, with his violence told in everyday words.
HANDS_ON_FIRES = [
    ("danger", "We are worried that if Ana questions Joe about his phone, Joe could lay hands "
               "on her again and Leo (5) could be hurt."),
    ("danger", "The worker is worried that when Mum confronts Dad about the rent he may put "
               "his hands on her, and Mia (6) could be hurt."),
    ("danger", "We worry that once Maria brings up his drinking, Carlos may rough her up again and "
               "the twins (4) could be hurt."),
]
#: Sound: his violence in everyday words, her act not told as its cause.
HANDS_ON_PASSES = [
    ("danger", "We are worried that Minh may put his hands on Thanh again when he has been "
               "drinking, and Phuoc (6) could be hurt."),
    ("goal", "Minh will keep his hands to himself and speak calmly to Thanh for six months, "
             "and Phuoc will see this."),
]


@pytest.mark.parametrize(("kind", "text"), HANDS_ON_FIRES)
def test_her_act_as_the_trigger_of_violence_in_everyday_words(kind: str, text: str) -> None:
    assert "dv-partner-trigger" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), HANDS_ON_PASSES)
def test_his_violence_in_everyday_words_without_her_trigger(kind: str, text: str) -> None:
    assert "dv-partner-trigger" not in _rules(text, kind)


#: dv-survivor-monitors: she reports on him to a network member, not only to the worker.
TELLS_NETWORK_FIRES = [
    ("goal", "For six months Thanh will text her brother Bao whenever Minh starts drinking, so "
             "Bao can come over; Phuoc will feel safe."),
    ("plan", "Mum will ring Nan if Dad gets angry, and Nan will come and take the kids."),
    ("plan", "Thanh will let Grandma know if Minh has been drinking, so Grandma can fetch the "
             "kids."),
]
#: Sound: her own state, his own promise, or her ordinary contact with family.
TELLS_NETWORK_PASSES = [
    ("plan", "Thanh will call her sister if she feels unsafe, and her sister will come and take "
             "the kids."),
    ("goal", "Minh will tell Uncle Bao when he feels angry and go to Bao's house for the night, "
             "for six months; Thanh and Phuoc will see this."),
    ("plan", "Thanh can call her mum any time, and Phuoc will sleep at Nan's on Fridays."),
]


@pytest.mark.parametrize(("kind", "text"), TELLS_NETWORK_FIRES)
def test_she_reports_on_him_to_the_network(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" in _rules(text, kind)


@pytest.mark.parametrize(("kind", "text"), TELLS_NETWORK_PASSES)
def test_her_own_call_for_help_is_not_monitoring(kind: str, text: str) -> None:
    assert "dv-survivor-monitors" not in _rules(text, kind)
