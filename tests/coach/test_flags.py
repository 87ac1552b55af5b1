"""Flags: jargon, labels, judgement, vague words, services, absences, hard reading."""

from __future__ import annotations

import pytest

from soplab.coach import analyse


def codes(text: str, kind: str | None = None) -> set[str]:
    return {f.code for f in analyse(text, expected_kind=kind).flags}


@pytest.mark.parametrize(("text", "code", "word"), [
    ("We are worried about neglect and Mia could be hurt.", "jargon", "neglect"),
    ("Grandma is worried that Dad's substance abuse will continue.", "jargon", "substance abuse"),
    ("CWS is worried because Mom is an alcoholic.", "label", "alcoholic"),
    ("Mom has bipolar and the kids could be hurt.", "diagnosis", "bipolar"),
    ("CWS is worried because the parents are lazy.", "judgement", "lazy"),
    ("Dad claims he was home.", "judgement", "claims"),
    ("Mom will parent appropriately.", "vague", "appropriately"),
    ("Dad will keep the kids safe.", "vague", "keep the kids safe"),
])
def test_lexicon_flags(text: str, code: str, word: str) -> None:
    flags = [f for f in analyse(text).flags if f.code == code]
    assert flags, analyse(text).flags
    assert flags[0].evidence.lower() == word
    assert flags[0].message  # a plain suggestion


def test_capital_terms_match_only_in_capitals() -> None:
    assert "jargon" in codes("The kids saw DV at home.")
    assert "jargon" not in codes("The kids saw dv at home.")


def test_service_flag_only_for_goals_and_plans() -> None:
    text = "Mom will complete parenting classes and drug testing."
    assert "service_as_goal" in codes(text, "goal")
    assert "service_as_goal" in codes(text, "plan")
    assert "service_as_goal" not in codes("The kids said their parenting classes helped.", "harm")


@pytest.mark.parametrize("text", ["Dad will not yell at the kids.", "Mom won't drink.",
                                  "Dad will stop hitting.", "Mom will never leave them alone.",
                                  "The home will be free of violence."])
def test_absence_goal(text: str) -> None:
    assert "absence_goal" in codes(text, "goal")


def test_presence_goal_is_not_flagged() -> None:
    assert "absence_goal" not in codes("Dad will talk calmly with the kids at dinner.", "goal")


def test_long_sentence() -> None:
    long = ("Grandma is worried that " + "when Dad comes home late and tired after work " * 4
            + "he may yell at Leo (5) and Leo could be scared.")
    assert "long_sentence" in codes(long)
    assert "long_sentence" not in codes("Grandma is worried that Dad may yell at Leo (5).")


def test_hard_reading() -> None:
    hard = ("The family's intergenerational communication difficulties necessitate comprehensive "
            "interdisciplinary intervention, considering environmental vulnerabilities.")
    assert "hard_reading" in codes(hard)
    easy = "Dad will read to Leo at bedtime every night, and Grandma will see it."
    assert "hard_reading" not in codes(easy)


def test_clean_statement_has_no_flags() -> None:
    text = ("Grandpa Tomas is worried that when Elena drinks she may fall asleep with the stove "
            "on, and Sofia (4) could be burned.")
    assert analyse(text).flags == []


def test_messages_use_plain_words() -> None:
    text = ("CWS is worried about neglect because Mom is lazy and will not attend parenting "
            "classes. Why?")
    for flag in analyse(text, expected_kind="goal").flags:
        for word in ("regex", "None", "True", "False", "lexicon", "csv", "{", "}"):
            assert word not in flag.message


@pytest.mark.parametrize(("text", "kind"), [
    # ordinary words that are not jargon, vague or services (issues #14 and #15)
    ("The school is worried that after a minor scare at the pool, Dad may leave Ana (4) alone "
     "near the water, and she could drown.", "danger"),
    ("Every school day Aunt Mele will pick up the boys from their after-school program at 5 pm "
     "and stay with them until Mum is home.", "plan"),
    ("Nan will pay for two days of child care each week so that Mum is never alone with the "
     "baby when she is exhausted.", "plan"),
    ("Mum will have some help from Nan on weekday evenings.", "plan"),
    ("For the next six months Dad will cook dinner every evening, and children's services and "
     "Nan will see this, so that Kai is fed and calm at bedtime.", "goal"),
])
def test_everyday_words_are_not_flagged(text: str, kind: str) -> None:
    assert not codes(text, kind) & {"jargon", "vague", "service_as_goal"}, analyse(text, kind).flags


def test_the_minor_is_still_jargon() -> None:
    assert "jargon" in codes("CWS is worried that the minor may be hurt.")


def test_services_are_still_flagged() -> None:
    assert "service_as_goal" in codes("Mom will complete a drug program and attend services.",
                                      "goal")


def test_absence_is_named_before_anything_else() -> None:
    r = analyse("Graham will not drink.", expected_kind="goal")
    assert r.flags[0].code == "absence_goal"
    assert r.flags[0].evidence == "Graham will not drink"
    not_service = next(c for c in r.components if c.name == "not_service")
    assert not not_service.present  # an absence is no behaviour
    positive = next(c for c in r.components if c.name == "positive_behaviour")
    assert not positive.present and positive.evidence == "Graham will not drink"


def test_a_plan_rule_with_what_happens_instead_is_not_an_absence() -> None:
    assert "absence_goal" not in codes("Mum will not bring the baby along when she goes out; "
                                       "Nan will mind him at her flat.", "plan")
    assert "absence_goal" in codes("Dad will not drink around the kids.", "plan")


@pytest.mark.parametrize(("text", "kind", "word"), [
    ("Tomasz (9) was admitted to hospital last week after Mum did not feed him.", "harm",
     "admitted"),
    ("Aunty Fe will ring the worker each evening to say how things are.", "plan", "things"),
    ("For baby Rosa to be safe, Mum will put her to sleep in her cot every night for six "
     "months, and the nurse will see this.", "goal", "be safe"),
])
def test_ordinary_uses_of_listed_words_are_not_flagged(text: str, kind: str, word: str) -> None:
    assert word not in {f.evidence.lower() for f in analyse(text, expected_kind=kind).flags}


def test_listed_words_in_their_flagged_sense_still_are() -> None:
    assert "judgement" in codes("Dad admitted he hit Leo.")
    assert "vague" in codes("Dad will be safe.", "goal")


def test_what_a_child_is_spared_is_not_an_absence() -> None:
    assert "absence_goal" not in codes(
        "Mr. Karimi will talk calmly and take a walk when he feels angry; Aunt Farah will see "
        "this for six months, and Samir will not have to step in to protect his mother.", "goal")
