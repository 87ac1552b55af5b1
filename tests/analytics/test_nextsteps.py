"""Next steps and the follow-up list, worked out from small gradebooks built here."""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from analytics_course import venv_on_path

from soplab.cohort.analytics import learners_to_follow_up, load_course_data, next_steps
from soplab.cohort.analytics.labels import assignment_label, assignment_titles, plain_flag
from soplab.cohort.analytics.summary import analyse_course

TITLES = {"01-a": "01 · A", "02-b": "02 · B"}


def _grade(root: Path, changes: dict[str, float | None]) -> None:
    """Set the hand-graded reflection of 01-a per learner: a score, or None (waiting)."""
    from nbgrader.api import Gradebook

    with (venv_on_path(), warnings.catch_warnings(),
          Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id="er-test") as gb):
        warnings.simplefilter("ignore")
        for sid, score in changes.items():
            g = gb.find_grade("reflection", "01-a", "01-a", sid)
            g.manual_score = score
            g.needs_manual_grade = score is None
        gb.db.commit()


def _steps(root: Path, min_group: int = 5, flag: dict[str, str] | None = None):
    data = load_course_data(root, progress=False)
    analytics = analyse_course(data, coach=None)
    if flag:
        items = analytics.item_analysis.copy()
        items["flag"] = items["item_id"].map(flag).fillna(items["flag"])
        analytics = replace(analytics, item_analysis=items)
    follow = learners_to_follow_up(data, analytics)
    return {s.key: s for s in next_steps(data, analytics, TITLES, follow, min_group)}, follow


def test_hand_grading_waits_per_assignment_with_the_formgrader_page(tiny_course):
    _grade(tiny_course, {"s01": None, "s02": None, "s03": None})  # s07 waits already
    steps, _ = _steps(tiny_course)
    grade = steps["grade"]
    assert grade.count == 4
    assert grade.title == "Hand grading waits: 4 submissions in 1 assignment"
    (line,) = grade.lines
    assert line.text == "4 × 01 · A: 4 parts to grade"
    assert line.code == "/formgrader/gradebook/01-a/01-a"
    assert "Nbgrader › Formgrader › Manual Grading" in grade.how


def test_feedback_is_ready_only_where_every_part_is_graded(tiny_course):
    steps, _ = _steps(tiny_course)
    feedback = steps["feedback"]
    assert feedback.commands == ("soplab feedback 02-b --release",)
    assert "01 · A waits until every part is graded" in feedback.note

    _grade(tiny_course, {"s07": 1.0})  # the last reflection graded
    steps, _ = _steps(tiny_course)
    assert "grade" not in steps
    assert steps["feedback"].commands == ("soplab feedback 01-a 02-b --release",)
    assert steps["feedback"].count == 2


def test_feedback_already_made_is_said(tiny_course):
    (tiny_course / "feedback" / "s01" / "02-b").mkdir(parents=True)
    steps, _ = _steps(tiny_course)
    assert "Feedback pages exist already for 02 · B" in steps["feedback"].note


def test_submissions_not_autograded_yet(tiny_course):
    data = load_course_data(tiny_course, progress=False)
    scores = data.scores.copy()
    mark = (scores["student_id"] == "s02") & (scores["assignment"] == "01-a")
    scores.loc[mark, "status"] = "not autograded"
    data = replace(data, scores=scores)
    analytics = analyse_course(data, coach=None)
    steps = {s.key: s for s in next_steps(data, analytics, TITLES,
                                          learners_to_follow_up(data, analytics), 5)}
    step = steps["autograde"]
    assert step.count == 1 and [ln.text for ln in step.lines] == ["1 × 01 · A"]
    assert step.commands == ("soplab autograde 01-a",)
    assert "01-a" not in steps["feedback"].commands[0]  # not all graded: no feedback yet


def test_items_whose_key_to_check_name_the_bank_row(tiny_course):
    steps, _ = _steps(tiny_course)
    assert "keys" not in steps  # "does not discriminate" is not about the key
    steps, _ = _steps(tiny_course, flag={"a2": "negative discrimination: check the key"})
    keys = steps["keys"]
    assert keys.count == 1 and keys.title == "Check the key of 1 graded question"
    (line,) = keys.lines
    assert line.text.startswith("a2 (01 · A): learners who did well overall got it wrong")
    assert line.code == "data/items/bank.csv, row 4"
    assert keys.commands == ("soplab check", "soplab autograde 01-a")
    # a small cohort's figures are marked as such, with how many learners they rest on
    assert keys.note.startswith("Small sample: these figures come from at most ")
    assert re.search(r"at most \d+ learners per question \(under 30\)", keys.note)
    # an item seen by too few learners is not judged
    steps, _ = _steps(tiny_course, min_group=8, flag={"a2": "no one correct: check the key"})
    assert "keys" not in steps


def test_learners_who_may_need_a_call_with_the_names_hint(tiny_course):
    steps, follow = _steps(tiny_course)
    reasons = dict(zip(follow["student_id"], follow["reason"], strict=True))
    # s08 submitted nothing; s04 and s05 got 1 of 4 graded questions right, the lowest
    # quarter of the cohort; s03 (3 of 4) is not listed
    assert set(reasons) == {"s04", "s05", "s08"}
    assert reasons["s08"] == "submitted 0 of 2 assignments"
    assert reasons["s04"] == "got 1 of 4 graded questions right (25%)"
    assert list(follow["student_id"]) in (["s08", "s04", "s05"], ["s08", "s05", "s04"])
    step = steps["learners"]
    assert step.count == 3 and step.title == "3 learners may need a call"
    assert step.commands == ("soplab report --names --out report-names",)
    assert "pseudonyms" in step.how and step.link == "#follow-up"


def test_a_cohort_that_does_well_has_no_one_to_call_for_their_answers(tiny_course):
    data = load_course_data(tiny_course, progress=False)
    analytics = analyse_course(data, coach=None)
    lm = analytics.learner_mastery.assign(correct=analytics.learner_mastery["items"])
    follow = learners_to_follow_up(data, replace(analytics, learner_mastery=lm))
    assert list(follow["student_id"]) == ["s08"]  # only the one who submitted nothing


def test_unreadable_answer_files_are_a_step(tiny_course):
    steps, _ = _steps(tiny_course)
    assert steps["data"].count == 1 and steps["data"].link == "#problems"


def test_assignment_labels_from_the_notebook_heading(tmp_path):
    folder = tmp_path / "source" / "02-at-the-door"
    folder.mkdir(parents=True)
    (folder / "02-at-the-door.ipynb").write_text(
        '{"cells": [{"cell_type": "code", "source": "x = 1"}, {"cell_type": "markdown", '
        '"source": ["# 02 · At the door: what we bring\\n", "text"]}]}', encoding="utf-8")
    (tmp_path / "source" / "00-orientation").mkdir()
    (tmp_path / "source" / "00-orientation" / "00-orientation.ipynb").write_text(
        '{"cells": [{"cell_type": "markdown", "source": "# Welcome: how this course works"}]}',
        encoding="utf-8")
    assert assignment_titles(tmp_path, ["02-at-the-door", "00-orientation", "03-harm"]) == {
        "02-at-the-door": "02 · At the door", "00-orientation": "00 · Welcome",
        "03-harm": "03 · Harm"}
    assert assignment_label("capstone") == "Capstone"


@pytest.mark.parametrize(("flag", "plain"), [
    ("too easy", "too easy: almost everyone got it right"),
    ("too easy; does not discriminate", "too easy: almost everyone got it right; does not "
     "tell stronger from weaker learners apart"),
    ("distractor 'B' attracts strong learners: check the key", "wrong option 'B' draws "
     "learners who did well overall: check the key and that option"),
    ("negative discrimination: check the key", "learners who did well overall got it wrong "
     "more often: check the key"),
    ("", ""),
])
def test_flags_in_plain_words(flag, plain):
    assert plain_flag(flag) == plain
