"""The learner's feedback page: built from data, plain words, no keys unless allowed."""

from __future__ import annotations

import json
import re

import pytest

from soplab.cohort.feedback import build_feedback, render_page
from soplab.cohort.feedback.model import task_title
from soplab.engine.items import load_bank
from soplab.engine.rubrics import perfect_answer

from coursekit import REPO

ASSIGNMENT = "04-goals-and-plans"


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO)


def _graded_sets(bank):
    return [ex for ex in bank.exercises_for(ASSIGNMENT) if not ex.is_practice]


def _grades(bank, manual_task=None, comment=""):
    rows = {}
    for ex in _graded_sets(bank):
        rows[f"score-{ex.id}"] = {"auto": 1.0, "manual": None, "extra": None,
                                  "max": float(ex.points or len(bank.items_for(ex.id)))}
    rows["task-04-reflection"] = {"auto": None, "manual": manual_task, "extra": None,
                                  "max": 3.0, "comment": comment}
    return rows


def _values(bank):
    values = {}
    for ex in bank.exercises_for(ASSIGNMENT):
        items = bank.items_for(ex.id)
        if ex.widget in ("classify", "scenario"):
            values[ex.id] = {i.id: i.label for i in items}
        elif ex.widget in ("plan", "network"):
            values[ex.id] = {i.id: perfect_answer(i) for i in items}
        else:
            values[ex.id] = {i.id: "Dad will not drink." for i in items}
    return values


TASKS = {"task-04-reflection": "**For your instructor (3 points).** The explanation ..."}


def test_hand_graded_part_waits_then_shows_points_and_comment(bank):
    waiting = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04 · Goals", values=_values(bank),
                             grades=_grades(bank), tasks=TASKS)
    page = render_page(waiting)
    assert waiting.waiting_points == 3
    assert "waiting for your instructor" in page and "3 points wait for your instructor" in page
    assert "0 of 3" not in page  # waiting work never shows as a zero
    done = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04 · Goals", values=_values(bank),
                          grades=_grades(bank, 2.5, "Clear <b>example</b>."), tasks=TASKS)
    page = render_page(done)
    assert done.waiting_points == 0
    assert "2.5 of 3 points from your instructor" in page
    assert "Clear &lt;b&gt;example&lt;/b&gt;." in page  # the comment is escaped


def test_graded_questions_say_right_or_not_without_the_key(bank):
    values = _values(bank)
    sort = next(ex for ex in _graded_sets(bank) if ex.widget == "classify")
    first = bank.items_for(sort.id)[0]
    wrong = next(o for o in sort.choices if o != first.label)
    values[sort.id][first.id] = wrong
    fb = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04", values=values, grades=_grades(bank),
                        tasks=TASKS)
    part = next(p for p in fb.parts if p.id == sort.id)
    assert part.questions[0].status == "wrong" and part.questions[0].right_answer == ""
    assert all(q.status == "right" for q in part.questions[1:])
    page = render_page(fb)
    assert "The right answer:" not in page.split("Practice parts")[0]
    assert first.explanation not in page
    shown = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04", values=values,
                           grades=_grades(bank), tasks=TASKS, review="explanations")
    part = next(p for p in shown.parts if p.id == sort.id)
    assert part.questions[0].right_answer == first.label
    assert part.questions[0].explanation == first.explanation


def test_writing_shows_the_checklist_and_absence(bank):
    fb = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04", values=_values(bank),
                        grades=_grades(bank), tasks=TASKS)
    goal = next(p for p in fb.parts if p.id == "04-graded-goal")
    lines = [text for text, _met, _why in goal.questions[0].checklist]
    assert any("will not" in line.lower() or "absence" in line.lower() for line in lines)


def test_summary_for_my_progress_has_no_answers_or_keys(bank):
    fb = build_feedback(bank, ASSIGNMENT, ASSIGNMENT, "04", values=_values(bank),
                        grades=_grades(bank), tasks=TASKS)
    page = render_page(fb)
    blob = re.search(r'id="soplab-feedback">(.*?)</script>', page, re.S).group(1)
    data = json.loads(blob)
    assert data["waiting_points"] == 3 and data["parts"]
    assert "Dad will not drink" not in blob
    assert "</" not in blob  # cannot close the script element early


@pytest.mark.parametrize("source, title", [
    ("### For your instructor: the bias reflection (4 points)\n\nText", "The bias reflection"),
    ("**For your instructor (3 points).** The explanation of goal and plan above is read",
     "The explanation of goal and plan above is read"),
    ("", "A part your instructor grades by hand"),
])
def test_task_titles_are_plain(source, title):
    assert task_title(source) == title
