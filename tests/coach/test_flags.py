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
