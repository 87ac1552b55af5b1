"""Goals in court-report language and in the passive (goalread2, issue 21): the doer
of a deed told in the passive ("the twins are bathed by their mother"), durations told
as "for the duration of ...", observers and children named by their role ("the assigned
worker", "the minor"), and the child named last in a list of people. Sentences are the
project's own, in new words; each failed before."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess


def _present(text: str, kind: str = "goal") -> set[str]:
    return {c.name for c in analyse(text, expected_kind=kind).present}


@pytest.mark.parametrize("text", [
    "Bedtime is handled calmly by Dad every night.",
    "The boys are read a story each night by their father.",
    "Sara is greeted at the stop every school day by her grandmother.",
    "Money worries are talked through calmly with Thanh by Minh.",
    "Lunches are packed and the kids are woken on time by Mom.",
    "Dinner is cooked for the kids by their aunt each evening.",
    "Thanh and the kids are spoken to kindly by Minh, even on the nights money is short.",
])
def test_a_deed_in_the_passive_names_its_doer(text: str) -> None:
    assert {"who", "positive_behaviour"} <= _present(text)


@pytest.mark.parametrize("text", [
    "Dad will read to the boys for six months; this is seen by their aunt.",  # a check
    "Dad will stay calm for six months, as observed by the worker on visits.",
    "For six months Mom is referred by the worker to a parenting class.",  # a service
    "Leo was hit by his father last spring.",  # harm, not a goal's deed
    "The kids were scared by Dad's shouting.",
])
def test_a_check_a_referral_or_harm_in_the_passive_is_no_deed_of_theirs(text: str) -> None:
    r = analyse(text, expected_kind="goal")
    deeds = [a for a in r_acts(text) if a.subject.lower() in {"the worker", "the aunt",
                                                              "their aunt", "his father",
                                                              "dad's shouting"}]
    assert not deeds, (text, deeds, r)


def r_acts(text: str):
    from soplab.coach.stages import clauses, segment
    return clauses(segment(text)).present_acts


@pytest.mark.parametrize("text", [
    "For the duration of the school year, Mom will have an adult meet Sara at the stop.",
    "Throughout the length of the case, Dad will come home sober.",
    "During the course of the safety plan the parents will keep the floor clear.",
    "For the duration of this plan, Renee will keep her tablets locked away.",
    "Over the life of the court order Minh will leave for Phuoc's when he is angry.",
])
def test_for_the_duration_of_is_how_long(text: str) -> None:
    assert "duration" in _present(text)


@pytest.mark.parametrize("text", [
    "Mom will meet Sara at the stop for six months, as verified by the assigned worker.",
    "Dad will come home sober for a year; this will be confirmed by the designated worker.",
    "The parents will keep the floor clear for three months, checked by the primary worker.",
    "For six months Renee will lock the tablets away, verified by the responsible nurse.",
    "Minh will stay calm for six months, as observed by the assigned social worker.",
])
def test_an_observer_named_by_their_role(text: str) -> None:
    assert "observer" in _present(text)


@pytest.mark.parametrize("text", [
    "Mom will meet Sara at the stop for six months so that the minor is not alone after dark.",
    "The parents will keep the floor clear for three months so the minors can play safely.",
    "Dad will stay sober for a year, seen by Nan and Aunt Rose, and Lily and Sam are able to "
    "sleep soundly.",
    "Renee will lock the pills away for six months, checked by Marie and the nurse, and Tommy "
    "and Kai can stay home safely.",
    "Minh will leave when angry for six months, watched by Phuoc, Bà Lan, and the twins "
    "will feel at ease at dinner.",
])
def test_the_child_named_last_or_by_their_role(text: str) -> None:
    assert "child_experience" in _present(text)


@pytest.mark.parametrize("text", [
    "For the school year, someone she trusts will be at the bus stop for Sara.",
    "For six months an adult they both know meets Lily at the gate.",
    "Someone you trust will sit with Tommy while Renee sleeps, for three months.",
    "A grown-up she picked will walk Sara home each night for the school year.",
    "For the term, somebody we know will be home with Jo after school.",
])
def test_an_adult_chosen_by_a_pronoun_is_the_doer(text: str) -> None:
    assert {"who", "positive_behaviour"} <= _present(text)


@pytest.mark.parametrize("text", [
    'Ms. Rahimi says she wants Sara "never waiting in the dark."',
    'Dad will come home sober for six months; Mom wants Lily "not scared at bedtime."',
    "Mom will meet Sara at the stop for the school year. She wants Sara never alone after dark.",
    'Minh will walk away when angry; Thanh wants the kids "not hiding anymore".',
    "Renee wanted Tommy safe at home, so she will lock her pills away.",
])
def test_the_child_wished_for_in_the_parents_words(text: str) -> None:
    assert "child_experience" in _present(text)


@pytest.mark.parametrize("text", [
    # the right behaviour as a routine, nothing else: half there (the expert's 0.5)
    "Grandma walks Lily to the school gate every morning.",
    "A sober grown-up is with the twins every bedtime.",
    "Dad will put the boys to bed sober every night.",
    "sober adult w/ baby daily",
    "Mom will meet Jo at the school bus every school day.",
    "The parents sweep the patio for glass after each meal.",
    # on the days it is needed (scoread8)
    "Grandma waits with Sara at the bus stop on late nights.",
    "Aunt Rosa picks Lily up from daycare on school days.",
    "A sober adult sits with the kids at dinner whenever Dad works late.",
    "Nan meets Theo off the bus on week nights.",
])
def test_a_plain_routine_alone_is_half_there(text: str) -> None:
    assert assess(text, "goal").score == 0.5


@pytest.mark.parametrize("text", [
    "Renee will keep the medicines locked up.",  # no routine: little of what was asked
    "Mom will be a better parent every day.",  # vague
    "Dad will go to AA meetings every night.",  # a service
    "Mom will demonstrate adequate supervision daily.",  # jargon, vague
    "Grandma waits with Sara at the bus stop sometimes.",  # no routine
    "Grandma might wait with Sara at the bus stop on late nights.",  # a hope
    "Mum will attend parenting classes on school days.",  # a service
])
def test_a_routine_that_is_vague_a_service_or_missing_is_not(text: str) -> None:
    assert assess(text, "goal").score <= 0.25


_REST = " for six months, seen by their aunt at each visit, so the twins crawl safely."


@pytest.mark.parametrize("deed", [
    # a place kept in a vague state: thin (the expert wants the glass and food named)
    "The parents will keep the patio tidy",
    "Mom and Dad will maintain a safe, hygienic home",
    "The Okafors keep the house clean and safe",
    "Dad will have a clean kitchen",
    "The parents will maintain a sanitary kitchen free of clutter",
    "Mum will keep the flat decent",
])
def test_a_place_kept_in_a_vague_state_is_a_thin_behaviour(deed: str) -> None:
    assert round(assess(deed + _REST, "goal").score * 4) / 4 == 0.75  # the expert's quarter


@pytest.mark.parametrize("deed", [
    "The parents will keep the patio clean and clear of broken glass",
    "Dad will keep the house tidy and cook a hot dinner each night",
    "Mom will keep the pool gate shut",
    "The parents will keep the floor clear of pins and coins",
    "Dad will keep the pills locked in the cupboard",
])
def test_a_state_with_the_thing_named_is_a_full_behaviour(deed: str) -> None:
    assert assess(deed + _REST, "goal").score == 1.0


@pytest.mark.parametrize("text", [
    # the stop of a title ends no clause: "on nights Ms. Rahimi works late" is a time
    "On nights Ms. Rahimi works late, Sara feels safe at the stop.",
    "When Mrs. Harper works, the twins eat well.",
    "Whenever Mr. Price works a late shift, Lily might perhaps be looked after.",
    "On days Dr. Tsosie is on call, the kids feel calm at home.",
    "Any night Mx. Lee drinks, the baby sleeps soundly at Nan's.",
])
def test_a_time_clause_after_a_title_is_no_deed(text: str) -> None:
    assert "positive_behaviour" not in _present(text)


@pytest.mark.parametrize("text", [
    # a sound statement of another kind where a goal is asked: "some useful content"
    "Dad shoved Mom into the door on Friday night and Leo, 4, saw it and cried for an hour.",
    "The worker and Nan are worried that Dad may drive Lily home drunk again and she could be "
    "badly hurt.",
    "Mon/Wed: Nan has the boys\nTue/Thu: Aunt Rose\nFri: Dad's cousin\nPills in the lockbox",
])
def test_another_kind_with_content_earns_a_quarter(text: str) -> None:
    result = analyse(text, expected_kind="goal")
    assert result.wrong_kind and result.kind in {"harm", "danger", "plan"}
    assert assess(text, "goal").score == 0.25


@pytest.mark.parametrize("text", [
    # the child has an adult there: the adult's presence is the behaviour (goalread2)
    "Sara has a grown-up waiting at her stop every night her mom works.",
    "For six months the twins have an adult with them at bath time.",
    "Tommy has someone awake with him all day while his mom rests.",
    "Lily gets an adult she trusts to walk her home from the bus.",
    "Jo will have a family member there when she gets off the bus.",
    # a deed named as a thing that happens, with its doer
    "The bus stop pickup happens every day by an adult her mom trusts.",
])
def test_an_adult_there_for_the_child_is_the_doer(text: str) -> None:
    assert {"who", "positive_behaviour"} <= _present(text)


def test_a_name_after_a_title_is_no_child() -> None:
    text = ("For the school year an adult meets Sara at the stop when Ms. Rahimi works late, "
            "seen by Grandma.")
    assert "child_experience" not in _present(text)


@pytest.mark.parametrize(("text", "doer"), [
    # a watcher's "will vouch for it / will see it" is the observer, not the goal's deed
    ("The glass gets swept up by the Harpers daily for three months; the cousin will vouch "
     "for it.", "the Harpers"),
    ("Sara is met at the stop by her grandmother each school day; the worker will vouch for "
     "that.", "her grandmother"),
    ("For six months Aunt Rose will see that the boys are put to bed by their dad sober.",
     "their dad"),
    ("Nan will vouch that Lily is walked home by her father every day for a year.",
     "her father"),
    ("The twins are bathed by their mom each night; Gran will check on visits for 3 months.",
     "their mom"),
])
def test_the_watcher_is_not_the_doer(text: str, doer: str) -> None:
    r = analyse(text, expected_kind="goal")
    who = next(c.evidence for c in r.components if c.name == "who")
    assert who == doer
    assert "observer" in {c.name for c in r.present}
