"""Screenshots for the README, taken from the real thing so they stay current.

Written to docs/screenshots/ only with SOPLAB_SCREENSHOTS=1 (``make
screenshots``); otherwise to the test's tmp_path, so a normal test run never
changes the repository. Each test also checks what it photographs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from browser.harness import (
    REPO,
    NotebookPage,
    copy_release,
    release_assignments,
    release_content,
)

pytestmark = pytest.mark.browser

PRACTICE_SHOT = "practice-exercise.png"
COACH_SHOT = "coach-checklist.png"
REPORT_SHOT = "cohort-report.png"
START_SHOT = "notebook-start.png"
FEEDBACK_SHOT = "feedback-page.png"
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


def test_notebook_start_screenshot(page, learner_lab, request, shots):
    """The start of the orientation in the learner's JupyterLab after Run All: the title,
    the header (progress line and outline) and the first question, which has the
    keyboard focus; a practice question answered, so the header shows progress."""
    assignment = "00-orientation"
    content = release_content(assignment)["exercises"]
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:60]
    request.addfinalizer(learner_lab.shutdown_kernels)
    copy_release(learner_lab.root / name, [assignment])
    page.set_viewport_size({"width": 1180, "height": 1700})
    notebook = NotebookPage(page, learner_lab, f"{name}/{assignment}/{assignment}.ipynb").open()
    page.get_by_role("tab", name="File Browser").click()  # more room for the page
    notebook.run_all()
    page.wait_for_function("() => document.activeElement.type === 'radio'", timeout=60_000)
    notebook.wait_idle()
    practice = content["00-privacy"]
    saving = content["00-saving"]
    card = notebook.exercise(saving["title"]).locator(".soplab-card").first
    card.get_by_role("radio", name=saving["items"][0]["options"][0], exact=True).click()
    header = page.get_by_role("navigation", name="This assignment")
    expect(header.locator(".soplab-page-line")).to_contain_text("Practice: 1 of")
    first = notebook.exercise(practice["title"]).locator(".soplab-card").first
    # Back to the first question with the keyboard, from the outline (its focus ring shows).
    header.get_by_role("link", name=practice["title"], exact=True).focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.activeElement.closest('.soplab-set-00-privacy .soplab-card')")
    page.wait_for_timeout(400)  # the outline has finished moving the page
    scroller = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
    scroller.evaluate("e => e.scrollTo(0, 0)")
    page.wait_for_timeout(500)
    top = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").bounding_box()
    bottom = first.bounding_box()
    assert bottom["y"] + bottom["height"] < top["y"] + top["height"], "not all on one screen"
    path = shots / START_SHOT
    page.screenshot(path=str(path), clip={
        "x": top["x"], "y": top["y"], "width": top["width"],
        "height": bottom["y"] + bottom["height"] + 12 - top["y"]})
    assert path.stat().st_size > 10_000


#: A fictional harm and danger statement about the course's made-up Nguyen family.
NGUYEN = {
    "harm": "On 3 March Minh pushed Thanh against the kitchen wall while Vy, 12, and Bao, 6, "
            "watched; Vy ran to a neighbour, and Bao has woken with nightmares since.",
    "danger": "Thanh, Ba Lan and the social worker are worried that Minh may push or hit "
              "Thanh again when he is angry in the evening, and Vy and Bao could be hurt or "
              "badly frightened if nothing changes.",
}


@pytest.mark.slow
def test_feedback_page_screenshot(page, shots, tmp_path):
    """A small graded course (one assignment, one learner): built, autograded and its
    feedback written by the course's own commands; the page's first screen."""
    from pipeline.pipeline_kit import course_subset
    from soplab.cohort.autograde import autograde
    from soplab.cohort.feedback import generate_feedback
    from soplab.engine.items import load_bank

    from coursekit import write_answers

    assignment = "03-harm-and-danger"
    root = course_subset(tmp_path / "course", (assignment,))
    folder = root / "submitted" / "ana" / assignment
    shutil.copytree(root / "release" / assignment, folder)
    (folder / "timestamp.txt").write_text("2026-11-20 12:00:00.000000 UTC")
    bank = load_bank(root)
    for ex in bank.exercises_for(assignment):
        items = bank.items_for(ex.id)
        if ex.widget in ("classify", "scenario"):
            # most right, a few not, so the page shows both
            values = {i.id: i.label if n % 4 else next(
                o for o in (ex.choices or i.choices or ("A", "B")) if o != i.label)
                for n, i in enumerate(items, start=1)}
            if ex.widget == "scenario":
                values = {i.id: i.label if n % 4 else ("B" if i.label == "A" else "A")
                          for n, i in enumerate(items, start=1)}
        else:
            values = {i.id: NGUYEN.get(i.label, "I would ask the family first.") for i in items}
        write_answers(folder, ex.id, values)
    autograde(root, assignment)
    report = generate_feedback(root, assignment)
    assert not report.problems and report.pages
    page.set_viewport_size({"width": 1100, "height": 1300})
    page.goto(report.pages[0].as_uri())
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your feedback")
    expect(page.locator(".total")).to_contain_text("points so far")
    text = page.locator("main").inner_text()
    assert not re.search(r"import |Traceback|score-|grade_id|In \[", text)
    path = shots / FEEDBACK_SHOT
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
