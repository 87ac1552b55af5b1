"""Learner-safe content: practice carries answers, assessment carries no key."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from soplab.engine.content import (
    ContentMissing,
    learner_content,
    load_exercise,
    write_learner_content,
)


def test_assessment_sets_carry_no_key(bank) -> None:
    for assignment in {ex.assignment for ex in bank.exercises.values()}:
        content = learner_content(bank, assignment)
        for ex_id, ex in content["exercises"].items():
            for item in ex["items"]:
                if bank.exercises[ex_id].kind == "assessment":
                    assert "answer" not in item and "explanation" not in item
                    assert "option_feedback" not in item
                elif bank.exercises[ex_id].widget in ("classify", "scenario"):
                    assert item["answer"] == bank.items[item["id"]].label


def test_load_from_release_file_without_course(tmp_path: Path, bank, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    write_learner_content(bank, "00-orientation", tmp_path)
    ex = load_exercise("00-privacy", tmp_path)
    assert ex.is_practice and len(ex.items) == len(bank.items_for("00-privacy"))
    graded = load_exercise("00-how-it-works", tmp_path)
    assert all(item.answer is None for item in graded.items)


def test_missing_content_is_plain(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    try:
        load_exercise("00-privacy", tmp_path)
    except ContentMissing as exc:
        assert "Ask your instructor" in str(exc)
    else:
        raise AssertionError("expected ContentMissing")
    (tmp_path / "exercises.json").write_text(json.dumps({"exercises": {}}), encoding="utf-8")
    try:
        load_exercise("00-privacy", tmp_path)
    except ContentMissing as exc:
        assert "is not in exercises.json" in str(exc)
    else:
        raise AssertionError("expected ContentMissing")


def test_keep_order_reaches_the_learner_only_when_set(tmp_path: Path, bank,
                                                      monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    content = learner_content(bank, "00-orientation")["exercises"]
    assert not any("keep_order" in ex for ex in content.values())  # release files unchanged
    bank.exercises["00-saving"] = replace(bank.exercises["00-saving"], keep_order=True)
    write_learner_content(bank, "00-orientation", tmp_path)
    assert load_exercise("00-saving", tmp_path).keep_order
    assert not load_exercise("00-privacy", tmp_path).keep_order
