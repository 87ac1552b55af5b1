"""The graded choice and sorting items: not passable by surface cues, explained, and
the keys an expert review disputed (issue 22) written the way the course teaches."""

from __future__ import annotations

import string

import pytest

from soplab.course.check import testwise
from soplab.course.check.config import CheckConfig
from soplab.engine.items import load_bank

from coursekit import REPO


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO)


def _key(bank, item_id: str) -> str:
    item = bank.items[item_id]
    return item.choices[string.ascii_uppercase.index(item.label)]


def _wrong(bank, item_id: str) -> list[str]:
    item = bank.items[item_id]
    key = string.ascii_uppercase.index(item.label)
    return [c for i, c in enumerate(item.choices) if i != key]


def test_the_test_wise_learner_is_within_ten_points_of_chance_on_every_graded_set(bank):
    results = testwise.results(bank, CheckConfig())
    assert len(results) >= 15
    over = {r.name: r.over(0.10) for r in results if r.over(0.10)}
    assert over == {}, over


def test_every_graded_choice_and_sorting_item_explains_itself(bank):
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        if ex.is_practice or ex.widget not in ("scenario", "classify"):
            continue
        assert len(item.explanation) >= 40, item.id
        if ex.widget == "scenario":
            assert len(item.choice_feedback) == len(item.choices), item.id
            assert all(len(f) >= 30 for f in item.choice_feedback), item.id


def test_sf_g02_is_a_coping_question_not_a_success_that_reads_as_an_exception(bank):
    item = bank.items["sf-g02"]
    assert item.label == "Coping"
    prompt = item.prompt.lower()
    assert "every day" not in prompt and "managed to get" not in prompt
    assert "exhausting" in prompt and "kept yourself going" in prompt


def test_the_graded_dv_danger_statement_names_his_behaviour_without_a_trigger_in_her(bank):
    key = _key(bank, "hd-v11")
    assert "Mr. Webb may throw things" in key
    for word in ("argue", "angry", "temper", "upsets", "Mrs. Webb and the worker"):
        assert word not in key
    wrong = " ".join(_wrong(bank, "hd-v11"))
    assert "argue" in wrong and "upsets" in wrong and "Mrs. Webb and the worker" in wrong


def test_the_graded_dv_goal_is_his_behaviour_seen_by_others_not_anger_management(bank):
    key = _key(bank, "hd-v13")
    assert key.count("Mr. Webb will") == 1 and "Mrs. Webb will" not in key
    assert "anger" not in key.lower() and "disagreements" not in key
    assert "seen weekly by his brother" in key


def test_what_only_mrs_webb_said_stays_out_of_the_statement_until_she_agrees(bank):
    key = _key(bank, "hd-v12")
    assert "notes" in key and "unless she agrees" in key
    assert "out of your notes" in " ".join(_wrong(bank, "hd-v12"))


def test_icwa_steps_reason_to_believe_is_inquiry_not_formal_notice(bank):
    key = _key(bank, "th-rg3")
    assert "reason to believe" in key and "contact the tribe" in key
    assert "formal notice" not in key
    assert any("formal notice" in w for w in _wrong(bank, "th-rg3"))


def test_contacting_the_tribe_does_not_wait_for_the_familys_agreement(bank):
    key = _key(bank, "cp-k02")
    assert "Navajo Nation" in key and "agree" not in key
    assert any("only if she says she agrees" in w for w in _wrong(bank, "cp-k02"))


def test_no_graded_goal_or_key_puts_the_trigger_of_violence_in_the_partner(bank):
    for item in bank.items.values():
        ex = bank.exercises[item.exercise]
        if ex.is_practice or ex.widget not in ("scenario", "classify"):
            continue
        right = _key(bank, item.id) if ex.widget == "scenario" else item.prompt
        for phrase in ("angry with his wife", "angry with her", "when they argue",
                       "upsets him", "anger management"):
            if ex.widget == "classify" and item.label != "Safety goal":
                continue
            assert phrase not in right, (item.id, phrase)
