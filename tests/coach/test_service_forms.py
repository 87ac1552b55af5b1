"""A service told by its form, not by a name in services.csv (rule ``services-as-plan``,
:mod:`soplab.coach.harmful_service`): a verb of joining or taking part and a service noun
a few words on ("attend the neighbourhood fathers' circle", "work with a peer recovery
worker"). Sentences written for this test (other families' names), not the corpus's."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def rules_found(text: str, kind: str) -> set[str]:
    return {f.rule for f in analyse(text, expected_kind=kind).findings}


FIRES = [
    ("goal", "Darnell will attend the neighbourhood fathers' circle every Thursday for four "
             "months."),
    ("goal", "Over four months, Ms. Brennan will work with a peer recovery worker on her "
             "parenting goals."),
    ("goal", "The Okafors will cooperate with a housing support service and a weekly home visit "
             "for two months."),
    ("plan", "Jamal gets himself into a fathers' accountability group and stays with it until "
             "the summer, and his aunt keeps encouraging him to go."),
    ("goal", "For three months Priya would make progress in a care plan with her community "
             "nurse."),
    ("goal", "Mr. Haddad will sign up for a money skills workshop and his brother will cheer "
             "him on, for six months."),
    ("goal", "Ms. Okafor will go on a money skills programme for four months, so the rent is "
             "paid and Sara's back at school."),  # a child's day is what it is for, no deed
]
PASSES = [
    ("goal", "Darnell will go on a walk with Aisha every evening after dinner, and his brother "
             "will see it for four months."),
    ("goal", "Ms. Brennan will work with Jayden on his reading every night for three months, "
             "and her mother will see it."),
    ("goal", "Ms. Okafor will go on a visit to her mother's with the twins every Sunday and keep "
             "the kitchen floor clear, for two months."),
    ("plan", "Priya will attend to Maya as soon as she wakes and make her breakfast every day, "
             "and Nani will see it for three months."),
    ("goal", "Dad will join a fathers' group and walk Amir to school every morning, and his "
             "aunt will see it for six months."),
    ("goal", "Mr. Haddad will attend a money skills workshop and sit down with Yusuf to pay "
             "the bills together every Friday, for six months."),
    ("goal", "Ms. Okafor will join a budgeting programme and walk Tobi to school every day for "
             "three months, so Tobi's back at school."),
]


@pytest.mark.parametrize(("kind", "text"), FIRES)
def test_a_service_told_by_its_form_is_services_as_plan(kind: str, text: str) -> None:
    assert "services-as-plan" in rules_found(text, kind)


@pytest.mark.parametrize(("kind", "text"), PASSES)
def test_a_joining_verb_without_a_service_or_with_a_deed_is_not(kind: str, text: str) -> None:
    assert "services-as-plan" not in rules_found(text, kind)
