"""The review queue in formgrader: a writing part the coach is not sure of waits as a
manual grade, formgrader shows the rubric line, the coach's reading and the suggested
score under its grade box, and the score a person types there closes it.

04-graded-goal has no hand-graded cell of its own: before the queue its automatic
score was final and formgrader showed nothing to grade.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

GOALS = "04-goals-and-plans"
CELL = "score-04-graded-goal"
LEARNER = "learner-q"
FIGHTS = "Minh and Thanh will stop fighting and settle their disagreements calmly."
GOOD_2 = ("Every day for the next three months, Mr. and Mrs. Harper will keep the kitchen "
          "floor clear of broken glass and spoiled food. Their cousin and the worker will see "
          "this at every visit, so the twins can play and eat safely at home.")


def _run(course: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", *args], cwd=course, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def queued_course(lab, lab_root: Path):
    """The instructor's course (the one formgrader serves) with one learner's 04
    submission autograded by nbgrader."""
    from browser.harness import REPO

    course = lab_root / "course"
    for name in ("data", "source"):
        if not (course / name).is_dir():  # test_instructor.py may have set them up
            shutil.copytree(REPO / name, course / name,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
    if not (course / "release" / GOALS).is_dir():
        _run(course, "soplab", "build", GOALS)
    folder = course / "submitted" / LEARNER / GOALS
    shutil.copytree(course / "release" / GOALS, folder)
    (folder / "answers").mkdir(exist_ok=True)
    (folder / "answers" / "04-graded-goal.json").write_text(json.dumps(
        {"schema": "soplab-answers", "version": 1, "exercise": "04-graded-goal",
         "answers": {"gp-gg1": {"value": FIGHTS}, "gp-gg2": {"value": GOOD_2}}}))
    _run(course, "nbgrader", "autograde", GOALS, "--create", "--log-level=WARN")
    return course


def _grade(course: Path):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        g = gb.find_grade(CELL, GOALS, GOALS, LEARNER)
        return g.manual_score, g.needs_manual_grade


def test_formgrader_shows_the_reading_and_the_typed_score_closes_the_part(page, lab,
                                                                          queued_course):
    assert _grade(queued_course) == (None, True)
    page.goto(lab.lab_url())
    page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
    page.get_by_role("menuitem", name="Formgrader", exact=True).click()
    frame = page.frame_locator("iframe").first
    expect(frame.get_by_text("Manage Assignments").first).to_be_visible(timeout=30_000)
    frame.get_by_role("link", name="Manual Grading").click()
    frame.get_by_role("link", name=GOALS, exact=True).click()
    frame.get_by_role("link", name=GOALS, exact=True).click()  # the notebook
    frame.get_by_role("link", name="Submission #1").click()

    cell = frame.locator(".nbgrader_cell", has=frame.locator(f'input.score[id="{CELL}"]'))
    review = frame.locator(".soplab-review")
    expect(review).to_contain_text("In the review queue", timeout=30_000)
    expect(review).to_contain_text("Rubric:")
    expect(review).to_contain_text("settle their disagreements calmly")
    expect(review).to_contain_text("Suggested score:")
    expect(review.locator("script")).to_have_count(0)
    assert cell.count() == 1

    score = frame.locator(f'input.score[id="{CELL}"]')
    score.fill("1.5")
    score.press("Tab")
    deadline = time.monotonic() + 30
    while _grade(queued_course) != (1.5, False) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _grade(queued_course) == (1.5, False)
