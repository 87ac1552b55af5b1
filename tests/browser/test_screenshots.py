"""Screenshots for the README, taken from the real thing so they stay current.

Written to docs/screenshots/ only with SOPLAB_SCREENSHOTS=1 (``make
screenshots``); otherwise to the test's tmp_path, so a normal test run never
changes the repository. Each test also checks what it photographs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from browser.harness import REPO, release_assignments, release_content

pytestmark = pytest.mark.browser

PRACTICE_SHOT = "practice-exercise.png"
COACH_SHOT = "coach-checklist.png"
REPORT_SHOT = "cohort-report.png"
STATEMENT_KINDS = ("harm", "danger", "goal", "plan", "question")


def test_practice_exercise_screenshot(page, learner, shots):
    content = release_content("00-orientation")["exercises"]
    practice = content["00-privacy"]
    notebook = learner(page, "00-orientation")
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    exercise = notebook.exercise(practice["title"])
    cards = exercise.locator(".soplab-card")
    first, second = practice["items"][:2]
    cards.nth(0).get_by_role("radio", name=first["answer"], exact=True).click()
    wrong = next(o for o in second["options"] if o != second["answer"])
    cards.nth(1).get_by_role("radio", name=wrong, exact=True).click()
    expect(cards.nth(1).get_by_role("alert")).to_contain_text("Not quite.")
    # The heading and the two answered questions, at the top of the notebook's view.
    exercise.evaluate("e => e.scrollIntoView({block: 'start'})")
    top, bottom = exercise.bounding_box(), cards.nth(1).bounding_box()
    path = shots / PRACTICE_SHOT
    page.screenshot(path=str(path), clip={
        "x": top["x"] - 8, "y": top["y"] - 8, "width": top["width"] + 16,
        "height": bottom["y"] + bottom["height"] - top["y"] + 16})
    assert path.stat().st_size > 10_000


def test_coach_screenshot(page, learner, shots):
    found = None
    for assignment in release_assignments():
        for ex in release_content(assignment)["exercises"].values():
            items = [i for i in ex["items"] if i.get("expects") in STATEMENT_KINDS]
            if ex["widget"] == "text" and ex["kind"] == "practice" and items:
                found = found or (assignment, ex, items[0])
    if found is None:
        pytest.skip("no practice text exercise with a coach label in release/ yet")
    assignment, ex, item = found
    notebook = learner(page, assignment)
    notebook.run_all()
    notebook.wait_idle()
    exercise = notebook.exercise(ex["title"])
    number = [i["id"] for i in ex["items"]].index(item["id"])
    card = exercise.locator(".soplab-card").nth(number)
    card.get_by_role("textbox").click()
    page.keyboard.type(
        "The social worker and Hazel's grandmother are worried that Graham may drink "
        "until he falls asleep while caring for Hazel, 4.", delay=2)
    checklist = card.locator(".soplab-checklist")
    expect(checklist).to_contain_text("✓")
    # The short line screen readers hear once the learner pauses.
    expect(card.get_by_role("status")).to_contain_text("Checklist:")
    path = shots / COACH_SHOT
    card.screenshot(path=str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.slow
def test_cohort_report_screenshot(page, shots, tmp_path):
    """A small synthetic cohort, autograded, reported; the report's first screen."""
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", course)
    for name in ("data", "source"):
        shutil.copytree(REPO / name, course / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
    assignments = release_assignments()[:2]

    def soplab(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "soplab", *args], cwd=course,
                              capture_output=True, text=True)
        assert done.returncode == 0, f"soplab {args[0]}: {done.stderr[-1500:]}"

    soplab("build", *assignments)
    soplab("simulate", "--learners", "6", *assignments)
    soplab("autograde", "--quiet", *assignments)
    soplab("report", "--out", str(tmp_path / "report"), "--min-group", "3", "--quiet")
    report = tmp_path / "report" / "index.html"
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(report.as_uri())
    expect(page.locator("h1").first).to_be_visible()
    expect(page.locator("#next-steps-h")).to_be_in_viewport()
    path = shots / REPORT_SHOT
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
