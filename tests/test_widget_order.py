"""Each learner sees the options in an order of their own; what is saved never changes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from soplab import show
from soplab.engine.answers import answers_path
from soplab.engine.content import load_exercise, write_learner_content
from soplab.engine.widgets import order
from soplab.engine.widgets.choice import ChoiceExercise
from soplab.engine.widgets.order import LEARNER_FILE, display_order, learner_key

ASSIGNMENTS = ("00-orientation", "01-sop-foundations", "02-at-the-door")


@pytest.fixture
def folders(tmp_path: Path, bank, monkeypatch) -> dict[str, Path]:
    """Learner folders with release content only (no course root in reach)."""
    found = {}
    for assignment in ASSIGNMENTS:
        folder = tmp_path / "learner" / assignment
        folder.mkdir(parents=True)
        write_learner_content(bank, assignment, folder)
        found[assignment] = folder
    monkeypatch.delenv("SOPLAB_COURSE_ROOT")
    return found


def _as(monkeypatch, user: str) -> None:
    monkeypatch.setenv("JUPYTERHUB_USER", user)


def _shown(widget: ChoiceExercise) -> dict[str, list[str]]:
    """What the learner sees: each question's option labels, top to bottom."""
    return {item_id: [label for label, _ in p.options] for item_id, p in widget.pickers.items()}


def _choice_sets(folders, kind: str | None = None):
    for assignment, folder in folders.items():
        data = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
        for set_id, ex in data["exercises"].items():
            if ex["widget"] in ("classify", "scenario") and kind in (None, ex["widget"]):
                yield assignment, set_id


def test_same_learner_same_order_after_a_restart(folders, monkeypatch) -> None:
    _as(monkeypatch, "jdoe")
    for assignment, set_id in _choice_sets(folders):
        first = _shown(show(set_id, folders[assignment]))
        again = _shown(show(set_id, folders[assignment]))  # a new kernel builds it again
        assert first == again, set_id


def test_different_learners_see_different_orders(folders, monkeypatch) -> None:
    seen: dict[str, set[tuple[str, ...]]] = {}
    for user in ("jdoe", "akim", "tnguyen", "mrivera", "lchen"):
        _as(monkeypatch, user)
        for assignment, set_id in _choice_sets(folders):
            for item_id, labels in _shown(show(set_id, folders[assignment])).items():
                seen.setdefault(item_id, set()).add(tuple(labels))
    varied = [item_id for item_id, orders in seen.items() if len(orders) > 1]
    assert len(varied) > len(seen) / 2, f"only {len(varied)} of {len(seen)} questions vary"


def test_the_options_are_all_there_and_a_classify_set_shares_one_order(folders,
                                                                         monkeypatch) -> None:
    _as(monkeypatch, "akim")
    for assignment, set_id in _choice_sets(folders):
        widget = show(set_id, folders[assignment])
        orders = set()
        for item in widget.exercise.items:
            labels = [label for label, _ in widget.pickers[item.id].options]
            assert sorted(labels) == sorted(item.options)
            orders.add(tuple(labels))
        if widget.exercise.widget == "classify":
            assert len(orders) == 1, f"{set_id}: questions of one set differ in order"


def test_saved_values_do_not_depend_on_the_order(folders, monkeypatch) -> None:
    """A click on the option shown first saves the option's text (classify) or its
    letter as written (scenario), for every learner."""
    folder = folders["00-orientation"]
    for user in ("jdoe", "akim", "tnguyen"):
        _as(monkeypatch, user)
        for set_id in ("00-privacy", "00-saving"):
            answers_path(set_id, folder).unlink(missing_ok=True)
            widget = show(set_id, folder)
            item = widget.exercise.items[0]
            label, value = widget.pickers[item.id].options[0]
            widget.pickers[item.id].value = value  # what a click on the first option does
            saved = json.loads(answers_path(set_id, folder).read_text(encoding="utf-8"))
            stored = saved["answers"][item.id]["value"]
            if widget.exercise.widget == "classify":
                assert stored == label
            else:
                assert stored == "ABCDEFGH"[item.options.index(label)]
            feedback = widget.feedback[item.id].value
            assert ("✓" in feedback) == (stored == item.answer)


def test_keep_order_shows_the_order_written(folders, monkeypatch) -> None:
    _as(monkeypatch, "akim")
    folder = folders["00-orientation"]
    for set_id in ("00-privacy", "00-saving"):
        exercise = replace(load_exercise(set_id, folder), keep_order=True)
        widget = ChoiceExercise(exercise, folder)
        for item in exercise.items:
            assert [label for label, _ in widget.pickers[item.id].options] == list(item.options)


def test_learner_key_prefers_the_hub_then_the_account(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JUPYTERHUB_USER", "jdoe")
    assert learner_key(tmp_path) == "user:jdoe"
    monkeypatch.delenv("JUPYTERHUB_USER")
    monkeypatch.setattr(order.getpass, "getuser", lambda: "worker7")
    assert learner_key(tmp_path) == "user:worker7"
    assert not (tmp_path / "answers").exists()


def test_without_a_name_a_random_id_is_kept_beside_the_answers(tmp_path: Path,
                                                                monkeypatch) -> None:
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)

    def no_name():
        raise KeyError("uid 4242 has no passwd entry")

    monkeypatch.setattr(order.getpass, "getuser", no_name)
    assert learner_key(tmp_path, create=False) == ""  # automatic runs write nothing
    assert not (tmp_path / "answers").exists()
    key = learner_key(tmp_path)
    assert key.startswith("id:") and (tmp_path / "answers" / LEARNER_FILE).is_file()
    assert learner_key(tmp_path) == key == learner_key(tmp_path, create=False)


def test_order_is_a_pure_function_of_learner_set_and_item(folders) -> None:
    exercise = load_exercise("00-saving", folders["00-orientation"])
    item = exercise.items[0]
    assert display_order(exercise, item, "user:a") == display_order(exercise, item, "user:a")
    assert display_order(exercise, item, "") == list(range(len(item.options)))
