"""Each checklist item of each kind: present when written, missing when left out."""

from __future__ import annotations

import pytest

from soplab.coach import analyse

DANGER_FULL = ("Grandpa Tomas and the social worker are worried that when Elena drinks in the "
               "evening she may fall asleep with the stove on, and Sofia (4) could be burned.")
HARM_FULL = "On March 3, Dad hit Kai (6) with a belt and Kai had bruises on his legs."
GOAL_FULL = ("Jon will speak calmly to Maria and the children and walk to the porch when he "
             "feels tense, for the next six months. The safety network will see this at family "
             "dinners so that Ana and Ben feel safe at home.")
PLAN_FULL = ("Every evening Aunt Lila will check in with Mom by phone at 7 pm. If Mom has been "
             "drinking, Aunt Lila will pick up the kids and they will sleep at her house.")


def present(text: str, kind: str) -> dict[str, bool]:
    return {c.name: c.present for c in analyse(text, expected_kind=kind).components}


@pytest.mark.parametrize(("text", "kind"), [(DANGER_FULL, "danger"), (HARM_FULL, "harm"),
                                            (GOAL_FULL, "goal"), (PLAN_FULL, "plan")])
def test_complete_statements_have_every_component(text: str, kind: str) -> None:
    result = analyse(text, expected_kind=kind)
    assert result.kind == kind
    assert all(c.present for c in result.components), [c.name for c in result.missing]
    assert all(c.evidence for c in result.components)


@pytest.mark.parametrize(("text", "missing"), [
    ("Elena may fall asleep with the stove on when she drinks, and Sofia (4) could be burned.",
     "who_worried"),
    ("Grandpa Tomas is worried that at night Sofia (4) could be burned.",
     "caregiver_behaviour"),
    ("Grandpa Tomas is worried that Elena may leave the stove on, and Sofia (4) could be burned.",
     "context"),
    ("Grandpa Tomas is worried that when Elena drinks in the evening she may leave the stove on.",
     "impact"),
    ("Grandpa Tomas is worried because Elena drinks in the evening and Sofia (4) gets burned.",
     "future"),
])
def test_danger_component_missing(text: str, missing: str) -> None:
    comps = present(text, "danger")
    assert comps[missing] is False
    assert sum(comps.values()) >= 2  # the rest is still recognised


def test_danger_evidence_quotes_the_text() -> None:
    comps = {c.name: c for c in analyse(DANGER_FULL).components}
    assert comps["who_worried"].evidence == "Grandpa Tomas and the social worker"
    assert "burned" in comps["impact"].evidence
    assert "when" in comps["context"].evidence.lower()


@pytest.mark.parametrize(("text", "missing"), [
    ("On March 3, Kai (6) had bruises on his legs.", "who_did_what"),
    ("Dad hit Kai (6) with a belt and Kai had bruises on his legs.", "when"),
    ("On March 3, Dad hit Kai (6) with a belt.", "impact"),
])
def test_harm_component_missing(text: str, missing: str) -> None:
    comps = present(text, "harm")
    assert comps[missing] is False
    assert sum(comps.values()) == 2


@pytest.mark.parametrize(("text", "missing"), [
    ("For the next six months the safety network will see that the children feel safe.", "who"),
    ("Jon will not yell at Maria for the next six months, and the safety network will see this "
     "so that Ana feels safe.", "positive_behaviour"),
    ("Jon will speak calmly to Maria, and the safety network will see this so that "
     "Ana feels safe.", "duration"),
    ("Jon will speak calmly to Maria for the next six months so that Ana feels safe.",
     "observer"),
    ("Jon will speak calmly to Maria for the next six months, and Grandma will see "
     "this.", "child_experience"),
    ("Jon will complete anger management classes for six months, and Grandma will see this so "
     "that Ana feels safe.", "not_service"),
])
def test_goal_component_missing(text: str, missing: str) -> None:
    comps = present(text, "goal")
    assert comps[missing] is False
    assert sum(comps.values()) >= 3


def test_goal_service_evidence_names_the_service() -> None:
    result = analyse("Dad will attend parenting classes.", expected_kind="goal")
    comp = {c.name: c for c in result.components}["not_service"]
    assert not comp.present and comp.evidence.lower() == "parenting classes"


@pytest.mark.parametrize(("text", "missing"), [
    ("Every evening the phone will ring at 7 pm.", "who_does_what"),
    ("Aunt Lila will check in with Mom by phone. If Mom has been drinking, Aunt Lila will pick "
     "up the kids.", "when"),
    ("Every evening the social worker will check in with Mom by phone at 7 pm. If Mom has been "
     "drinking, the social worker will call the police.", "network"),
    ("Every evening Aunt Lila will take the kids to the park at 5 pm. If it rains, Aunt Lila "
     "will take them to the library.", "monitoring"),
    ("Every evening Aunt Lila will check in with Mom by phone at 7 pm.", "backup"),
])
def test_plan_component_missing(text: str, missing: str) -> None:
    assert present(text, "plan")[missing] is False


def test_other_has_no_checklist() -> None:
    result = analyse("Thank you for meeting with me today.")
    assert result.kind == "other"
    assert result.components == []


def test_expected_kind_checks_another_checklist() -> None:
    result = analyse(HARM_FULL, expected_kind="danger")
    assert result.kind == "harm"  # what it reads as
    assert result.checked_as == "danger"
    assert [c.name for c in result.components] == [
        "who_worried", "caregiver_behaviour", "context", "impact", "future"]
    assert not {c.name: c.present for c in result.components}["who_worried"]


def test_unknown_expected_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        analyse("text", expected_kind="poem")


def test_present_tense_behaviour_is_the_caregivers_behaviour() -> None:
    r = analyse("Dad drinks and yells, the kids are at risk", expected_kind="danger")
    behaviour = next(c for c in r.components if c.name == "caregiver_behaviour")
    assert behaviour.present and behaviour.evidence == "Dad drinks and yells"


def test_evidence_is_quoted_as_a_whole_phrase() -> None:
    r = analyse("Thanh, Ba Lan and the worker are worried that when Minh has been drinking, Minh "
                "may push or hit Thanh again. Vy could be badly hurt, and Vy and Bao could keep "
                "living in fear at home.", expected_kind="danger")
    found = {c.name: c.evidence for c in r.components if c.present}
    assert found["caregiver_behaviour"] == "Minh may push or hit Thanh again"
    assert found["future"] != "again" and len(found["future"].split()) >= 3
    for evidence in found.values():
        assert evidence in r.text or evidence.rstrip(".").rstrip(".").rstrip(".") in r.text


def test_a_boyfriend_or_girlfriend_is_an_adult() -> None:
    r = analyse("Last week Dad's girlfriend pinched Ellie's arms until they bruised.",
                expected_kind="harm")
    assert r.kind == "harm"
    who = next(c for c in r.components if c.name == "who_did_what")
    assert who.present and who.evidence.startswith("Dad's girlfriend pinched")


@pytest.mark.parametrize(("text", "behaviour"), [
    # a behaviour that goes on: the caregiver's act, not what happens to the child
    ("If Papa keeps leaving the boys with his friend who hits them, they will keep getting hurt.",
     "Papa keeps leaving the boys with his friend who hits them"),
    # what the children see or hear an adult do
    ("The school is worried that Lola and Sami hear their stepdad Marco screaming at their mum "
     "late at night, and they could stop feeling safe at home.",
     "their stepdad Marco screaming at their mum late at night"),
    # what an adult does not do, told in the present
    ("Grandma Ines is worried that Leo's father does not give him his seizure medicine on "
     "weekends, and Leo could have a seizure.",
     "Leo's father does not give him his seizure medicine on weekends"),
])
def test_the_caregivers_behaviour_is_quoted_whole(text: str, behaviour: str) -> None:
    found = {c.name: c for c in analyse(text, expected_kind="danger").components}
    assert found["caregiver_behaviour"].present
    assert found["caregiver_behaviour"].evidence == behaviour


@pytest.mark.parametrize(("text", "check"), [
    # a red-flag step: someone notices the sign, then acts
    ("If Grandpa Joe notices that Mum has been using when he drops off the shopping, he will "
     "take Ellie and Sam to his flat.", "Grandpa Joe notices that Mum has been using when he "
     "drops off the shopping"),
    ("If the neighbour hears the twins crying for a long time at night, she will knock and "
     "stay with them until Aunt Rita comes.", "the neighbour hears the twins crying for a long "
     "time at night"),
    ("Uncle Kofi will watch for the signs that Dad is getting angry, and he will take the boys "
     "to football.", "Uncle Kofi will watch for the signs"),
])
def test_noticing_the_signs_is_how_a_plan_is_checked(text: str, check: str) -> None:
    found = {c.name: c for c in analyse(text, expected_kind="plan").components}
    assert found["monitoring"].present
    assert found["monitoring"].evidence == check
