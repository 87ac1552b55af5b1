"""The learned second opinion on a text's kind (kindread3): its features, its weights read
on first use, where it may change the rules' reading and where it may not. Sentences are
the project's own, in words no tuning statement uses."""

from __future__ import annotations

import pytest

from soplab.coach import analyse, assess
from soplab.coach.kindmodel import features, model_kind, weights
from soplab.coach.stages import WRONG_KIND_SURE, clauses, kind, rules_kind, segment


def test_names_and_numbers_are_folded() -> None:
    feats = features("On 3 May, Kiri hit Tama (4) while Mum was out.")
    assert {"w:<num>", "w:<name>", "w:mum", "b:kiri_hit"} - feats == {"b:kiri_hit"}
    assert "w:kiri" not in feats and "w:tama" not in feats


def test_no_weights_no_second_opinion(tmp_path) -> None:
    assert weights(str(tmp_path)) == {}
    assert model_kind("Nan to hold the car keys.", (), {}) == ("", 0.0)


@pytest.mark.parametrize(("text", "rules", "read"), [
    # a caregiver's behaviour going on, as a condition, with what may then happen: a danger
    ("If the boys go home while Dad is still using, they may be left without food for days.",
     "plan", "danger"),
    # a back-up step told in the present ("comes round if ..."): a plan
    ("Nana Rose keeps the spare key and comes round if Mum does not answer her phone by 9.",
     "other", "plan"),
])
def test_the_second_opinion_reads_what_the_rules_miss(text: str, rules: str, read: str) -> None:
    r = clauses(segment(text))
    assert rules_kind(r)[0] == rules
    assert kind(r).kind == read
    assert kind(r).confidence < WRONG_KIND_SURE  # a reading the rules doubt stays doubted


@pytest.mark.parametrize(("text", "read"), [
    # the rules' reading rests on what words alone do not show: it stays
    ("Last year Dad was arrested for a fight at a pub; the kids were not there.", "other"),
    ("Mum says she did not know the baby was in danger.", "other"),
    ("If Papa keeps leaving the boys with his friend who hits them, they will keep getting "
     "hurt.", "danger"),
    ("Ivan may drink too much again when his brother visits.", "danger"),
    ("Tina will not go out at night.", "goal"),
    ("Who: Papa\nWhat: cooks dinner with the kids every night\nWho sees: Abuela\n"
     "How long: until summer\nKids: eat together at the table", "goal"),
])
def test_a_settled_reading_is_left_alone(text: str, read: str) -> None:
    assert analyse(text).kind == read


@pytest.mark.parametrize("text", [
    "Minh will go to anger management and AA, and Thanh will go to a support group.",
    "Mr. and Mrs. Harper will keep the kitchen clear of broken glass for the twins.",
])
def test_the_model_alone_never_makes_an_answer_the_wrong_kind(text: str) -> None:
    graded = assess(text, "goal")
    assert not graded.wrong_kind


def test_the_model_never_takes_a_wrong_kind_verdict_away() -> None:
    text = ("Tues/Thurs Nana has the baby after daycare; Mon/Wed/Fri Dad stays sober and picks "
            "her up, so baby is safe.")
    assert assess(text, "goal").wrong_kind


@pytest.mark.parametrize(("text", "read"), [
    # a task written as an order, with no "will": a plan step (kindcues.order_form)
    ("Uncle Tavita to stay at the house on the nights Mum works late, from this Friday.", "plan"),
    ("Mrs. Lowe to drive the girls to school each morning until the next meeting.", "plan"),
    ("Nan to hold the car keys on weekends.", "plan"),
    ("Ms. Reid to keep the baby's medicine locked away.", "plan"),
    ("Aroha's uncle to drive her to school.", "plan"),
    ("Cousin Pita to pick Ava up from kindy every afternoon this month.", "plan"),
    # a wish, a purpose, a verb's object or a gerund is no order
    ("Mum wants Dad to move out.", "other"),
    ("Dad was told to leave the house by police on Friday.", "other"),
    ("Going to school every day has helped Kai settle.", "other"),
    ("For Mia to feel safe, Dad needs to stop shouting.", "goal"),
])
def test_a_task_written_as_an_order_is_a_plan(text: str, read: str) -> None:
    assert analyse(text).kind == read
