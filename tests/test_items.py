"""The item bank loader: every problem named as file:row: field: reason."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from soplab.cohort.analytics.bank import items_frame
from soplab.engine.items import BankError, load_bank


def _append(path: Path, row: dict) -> None:
    with path.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    with path.open("a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, fieldnames=header).writerow(row)


def _rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as fh:
        return sum(1 for _ in fh)


GOOD = {
    "id": "zz-01", "objective": "ORIENTATION", "exercise": "00-privacy", "kind": "practice",
    "prompt": "A made-up example.", "label": "Fine to type here",
    "explanation": "Made-up examples are fine.", "misconception": "",
}


def test_real_course_loads(course: Path) -> None:
    bank = load_bank(course)
    assert "00-how-it-works" in bank.exercises
    assert all(item.exercise in bank.exercises for item in bank.items.values())
    frame = items_frame(bank)
    assert len(frame) == len(bank.items)
    assert set(frame["assignment"]) >= {"00-orientation"}


def test_good_row_is_accepted(course: Path) -> None:
    _append(course / "data/items/00-orientation.csv", GOOD)
    assert "zz-01" in load_bank(course).items


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"id": "or-p01"}, "id", "already used in data/items/00-orientation.csv:2"),
        ({"id": "bad id!"}, "id", "may use only letters"),
        ({"objective": "LO99"}, "objective", "'LO99' is not in data/objectives.csv"),
        ({"exercise": "nope"}, "exercise", "'nope' is not in data/exercises.csv"),
        ({"kind": "quiz"}, "kind", "'quiz' is not one of practice, assessment"),
        ({"kind": "assessment"}, "kind", "does not match set '00-privacy'"),
        ({"label": "Maybe"}, "label", "'Maybe' is not one of the set's choices"),
        ({"explanation": ""}, "explanation", "practice items need an explanation"),
        ({"prompt": ""}, "prompt", "is empty"),
        ({"misconception": "made-up-tag"}, "misconception", "not in data/misconceptions.csv"),
    ],
)
def test_bad_item_is_named_by_file_row_field(course: Path, change, field, words) -> None:
    path = course / "data/items/00-orientation.csv"
    row_number = _rows(path) + 1
    _append(path, {**GOOD, **change})
    with pytest.raises(BankError) as caught:
        load_bank(course)
    lines = str(caught.value).splitlines()
    expected_prefix = f"data/items/00-orientation.csv:{row_number}: {field}: "
    assert any(line.startswith(expected_prefix) and words in line for line in lines), lines


def test_scenario_item_checks(course: Path) -> None:
    path = course / "data/items/00-orientation.csv"
    n = _rows(path) + 1
    _append(path, {**GOOD, "id": "zz-s", "exercise": "00-saving", "label": "D",
                   "choices": "one | two", "choice_feedback": "only one"})
    with pytest.raises(BankError) as caught:
        load_bank(course)
    text = str(caught.value)
    assert f"00-orientation.csv:{n}: choice_feedback: has 1 explanations for 2 options" in text
    assert f"00-orientation.csv:{n}: label: 'D' must be the letter of the best option (A, B)" \
        in text


def test_exercise_file_problems(course: Path) -> None:
    n = _rows(course / "data/exercises.csv") + 1
    _append(course / "data/exercises.csv",
            {"exercise": "00-privacy", "assignment": "", "widget": "slider",
             "kind": "practice", "title": "x"})
    with pytest.raises(BankError) as caught:
        load_bank(course)
    text = str(caught.value)
    assert f"data/exercises.csv:{n}: exercise: '00-privacy' is listed twice" in text
    assert f"data/exercises.csv:{n}: widget: 'slider' is not one of" in text
    assert f"data/exercises.csv:{n}: assignment: is empty" in text


def test_missing_column_and_bad_encoding(course: Path) -> None:
    (course / "data/items/extra.csv").write_text("id,prompt\nx,y\n", encoding="utf-8")
    (course / "data/items/latin.csv").write_bytes(
        "id,objective\n\xe9t\xe9,LO1\n".encode("latin-1"))
    with pytest.raises(BankError) as caught:
        load_bank(course)
    text = str(caught.value)
    assert "data/items/extra.csv:1: objective, exercise, kind, label, explanation, " \
        "misconception: column missing" in text
    assert "data/items/latin.csv: file: is not UTF-8 text" in text


def test_no_course_root_is_a_plain_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOPLAB_COURSE_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BankError, match="no course folder found"):
        load_bank()


def test_keep_order_is_yes_or_empty_and_only_for_choice_sets(course: Path) -> None:
    path = course / "data/exercises.csv"
    n = _rows(path) + 1
    base = {"assignment": "00-orientation", "kind": "practice", "title": "x"}
    _append(path, {**base, "exercise": "zz-a", "widget": "classify", "choices": "Yes|No",
                   "keep_order": "sometimes"})
    _append(path, {**base, "exercise": "zz-b", "widget": "text", "keep_order": "yes"})
    with pytest.raises(BankError) as caught:
        load_bank(course)
    text = str(caught.value)
    assert f"data/exercises.csv:{n}: keep_order: 'sometimes' must be yes" in text
    assert f"data/exercises.csv:{n + 1}: keep_order: a text set has no options to keep " \
        "in order" in text


def test_keep_order_is_read_and_blank_by_default(course: Path) -> None:
    bank = load_bank(course)
    assert not any(ex.keep_order for ex in bank.exercises.values())
    path = course / "data/exercises.csv"
    text = path.read_text(encoding="utf-8").replace(
        "Fine to type here|Never type here,,\"For each example, choose whether it belongs in "
        "this course.\"", "Fine to type here|Never type here,,\"For each example, choose "
        "whether it belongs in this course.\",yes")
    path.write_text(text, encoding="utf-8")
    assert load_bank(course).exercises["00-privacy"].keep_order
