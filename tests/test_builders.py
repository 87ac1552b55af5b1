"""The plan and network builders: rubrics, saving and restoring, and grading."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from soplab.engine.content import LearnerExercise, LearnerItem
from soplab.engine.items import BankError, load_bank
from soplab.engine.rubrics import (
    FULL_WORRY,
    is_answered,
    network_rubric,
    perfect_answer,
    plan_rubric,
    rubric_credit,
)
from soplab.engine.widgets import WIDGETS, show
from soplab.engine.widgets.builder import NetworkExercise, PlanExercise
from soplab.grading import SCORERS, score_set


class _Item:
    def __init__(self, label: str):
        self.label = label


PLAN = perfect_answer(_Item("plan-rubric"))
NETWORK = perfect_answer(_Item("network-rubric"))


def _exercise(widget: str, kind: str = "practice") -> LearnerExercise:
    label = f"{widget}-rubric"
    return LearnerExercise(
        id=f"t-{widget}", title=f"Test {widget}", widget=widget, kind=kind, instructions="",
        items=(LearnerItem(id="i1", prompt="Build it.", expects=label,
                           explanation="An example." if kind == "practice" else ""),))


def _saved(folder: Path, exercise_id: str) -> dict:
    data = json.loads((folder / "answers" / f"{exercise_id}.json").read_text(encoding="utf-8"))
    return data["answers"]["i1"]["value"]


# -- rubrics ---------------------------------------------------------------------
def test_perfect_answers_meet_every_criterion() -> None:
    assert all(c.met for c in plan_rubric(PLAN))
    assert all(c.met for c in network_rubric(NETWORK))
    assert rubric_credit("plan-rubric", PLAN) == 1.0
    assert rubric_credit("network-rubric", NETWORK) == 1.0


@pytest.mark.parametrize("change, criterion", [
    (lambda v: v.update(rules=[]), 0),
    (lambda v: v["rules"][0].update(when=""), 1),
    (lambda v: v["rules"][0].update(rule="Dad attends AA meetings every week"), 2),
    (lambda v: v["rules"][1].update(rule="Dad will not drink when the children are home"), 2),
    (lambda v: v.update(people=v["people"][:1]), 3),
    (lambda v: v["people"][1].update(role=""), 3),
    (lambda v: v.update(monitoring="calls"), 4),
    (lambda v: v.update(monitoring="Random drug testing twice a week"), 4),
    (lambda v: v.update(backup=""), 5),
    (lambda v: v.update(backup="Everyone will keep trying hard"), 5),
    (lambda v: v.update(review="soon"), 6),
])
def test_each_plan_criterion_can_fail(change, criterion: int) -> None:
    value = copy.deepcopy(PLAN)
    change(value)
    met = [c.met for c in plan_rubric(value)]
    assert not met[criterion]
    assert rubric_credit("plan-rubric", value) < 1.0


@pytest.mark.parametrize("change, criterion", [
    (lambda v: v.update(people=v["people"][:2]), 0),
    (lambda v: v["people"][2].update(relationship=""), 1),
    (lambda v: v["people"][0].update(knows=""), 2),
    (lambda v: v["people"][1].update(knows="Does not know yet"), 3),
    (lambda v: [p.update(relationship="Therapist") for p in v["people"][:2]], 4),
    (lambda v: v["people"][2].update(role=""), 5),
    (lambda v: v["people"][2].update(role="Attends counselling with Dad"), 5),
    (lambda v: v["people"][2].update(role="Helps"), 5),
    (lambda v: v["people"].append({"name": "", "relationship": "cousin"}), 1),
])
def test_each_network_criterion_can_fail(change, criterion: int) -> None:
    value = copy.deepcopy(NETWORK)
    change(value)
    assert not network_rubric(value)[criterion].met


@pytest.mark.parametrize("value", [None, "text", 3, [], {"rules": "x"}, {"people": [1, None]},
                                   {"rules": [{"rule": 5}], "review": ["7 days"]}])
def test_malformed_values_score_zero_without_error(value) -> None:
    assert rubric_credit("plan-rubric", value) == 0.0
    assert rubric_credit("network-rubric", value) == 0.0
    assert not is_answered("plan", value)


def test_a_plan_of_services_does_not_earn_full_marks() -> None:
    """The review's example: services and a 'will not' instead of safe actions."""
    services = {
        "rules": [{"rule": "Dad attends AA weekly", "who": "Dad", "when": "Weekly"},
                  {"rule": "Mom completes a parenting class", "who": "Mom", "when": "By May"}],
        "people": [{"name": "AA sponsor", "role": "Signs the attendance sheet"},
                   {"name": "Parenting teacher", "role": "Reports attendance"}],
        "monitoring": "Random drug testing by the agency.",
        "backup": "If he relapses the case goes to court.",
        "review": "In 30 days.",
    }
    criteria = plan_rubric(services)
    assert rubric_credit("plan-rubric", services) <= 5 / 7
    weak = next(c for c in criteria if "not a service" in c.text)
    assert not weak.met and "rule 1 is a service" in weak.why_not


def test_empty_rows_do_not_count() -> None:
    value = {"people": [{"name": "", "relationship": "", "knows": "", "role": ""}] * 3}
    assert not is_answered("network", value)
    assert is_answered("network", {"people": [{"name": "Rosa"}]})
    assert rubric_credit("network-rubric", {"people": [{"name": "Rosa", "knows": FULL_WORRY}]}) \
        < 0.5


# -- widgets -----------------------------------------------------------------------
def test_plan_widget_saves_restores_and_shows_checklist(tmp_path: Path) -> None:
    ex = _exercise("plan")
    widget = PlanExercise(ex, tmp_path)
    assert widget.answered_count() == 0
    html = widget.answer("i1", PLAN)
    assert "7 of 7 done" in html
    assert _saved(tmp_path, ex.id)["review"] == PLAN["review"]
    again = PlanExercise(ex, tmp_path)
    assert again.form_value("i1")["rules"] == PLAN["rules"]
    assert again.answered_count() == 1
    assert "7 of 7 done" in again.checklists["i1"].value


def test_typing_in_a_field_saves_it(tmp_path: Path) -> None:
    ex = _exercise("plan")
    widget = PlanExercise(ex, tmp_path)
    widget.answer("i1", PLAN)
    widget.forms["i1"]["review"].value = "next time"
    assert _saved(tmp_path, ex.id)["review"] == "next time"
    assert "6 of 7 done" in widget.checklists["i1"].value


def test_add_and_remove_rows(tmp_path: Path) -> None:
    ex = _exercise("network")
    widget = NetworkExercise(ex, tmp_path)
    widget.answer("i1", NETWORK)
    people = widget.forms["i1"]["people"]
    people.add_button.click()
    assert len(people.rows) == 4
    people.rows[-1].fields["name"].value = "Coach Lee"
    assert [p["name"] for p in _saved(tmp_path, ex.id)["people"]][-1] == "Coach Lee"
    people.rows[0].remove.click()
    saved = [p["name"] for p in _saved(tmp_path, ex.id)["people"]]
    assert saved[0] == NETWORK["people"][1]["name"] and len(saved) == 3
    assert [r.fields["name"].description for r in people.rows][:2] == ["Person 1", "Person 2"]


def test_clearing_the_form_removes_the_answer(tmp_path: Path) -> None:
    ex = _exercise("network")
    widget = NetworkExercise(ex, tmp_path)
    widget.answer("i1", NETWORK)
    widget.answer("i1", {"people": []})
    data = json.loads((tmp_path / "answers" / f"{ex.id}.json").read_text(encoding="utf-8"))
    assert "i1" not in data["answers"]


def test_summary_shows_the_saved_form_and_checklist(tmp_path: Path) -> None:
    ex = _exercise("plan", kind="assessment")
    widget = PlanExercise(ex, tmp_path)
    widget.answer("i1", PLAN)
    bundle, _metadata = widget._repr_mimebundle_()
    assert "Rule 1: A sober adult is with the children" in bundle["text/html"]
    assert "Checklist: 7 of 7 done" in bundle["text/html"]
    assert bundle["text/plain"].endswith("1 of 1 answered")


def test_answer_rejects_a_non_form(tmp_path: Path) -> None:
    widget = PlanExercise(_exercise("plan"), tmp_path)
    with pytest.raises(ValueError):
        widget.answer("i1", "a plan")  # type: ignore[arg-type]


# -- registered everywhere ---------------------------------------------------------
def test_kinds_are_registered() -> None:
    assert WIDGETS["plan"] is PlanExercise and WIDGETS["network"] is NetworkExercise
    assert {"plan", "network"} <= set(SCORERS)


def test_show_and_grade_a_builder_set(course: Path, tmp_path: Path) -> None:
    bank = load_bank(course)
    set_id = "04-graded-plan"
    item = bank.items_for(set_id)[0]
    widget = show(set_id, tmp_path)
    assert isinstance(widget, PlanExercise)
    widget.answer(item.id, perfect_answer(item))
    result = score_set(bank, set_id, tmp_path)
    assert result.points == result.max_points == 6
    half = copy.deepcopy(perfect_answer(item))
    half.update(monitoring="", backup="", review="")  # 4 of 7 criteria still met
    widget.answer(item.id, half)
    assert score_set(bank, set_id, tmp_path).points == pytest.approx(6 * 4 / 7, abs=1e-3)


def test_a_builder_item_must_name_its_rubric(course: Path) -> None:
    path = course / "data" / "items" / "04-goals-and-plans.csv"
    text = path.read_text(encoding="utf-8").replace(",plan-rubric,", ",network-rubric,", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match="must name the set's rubric"):
        load_bank(course)
