"""The instructor's side: formgrader in JupyterLab, grading written work by hand.

The fixture sets up a real course in the session's course folder (copies of
nbgrader_config.py, data/ and source/), builds it with the gradebook, writes
one learner's submission with answers, and autogrades it with nbgrader.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from browser.harness import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LEARNER = "learner-a"
STATEMENT_KINDS = ("harm", "danger", "goal", "plan", "question")
#: Fictional writing for the submission (about the course's made-up families).
WRITING = {
    "harm": "It was reported that on 2 March Mr. Tsosie pushed 8-year-old Kai against a wall "
            "when he was angry, and as a result Kai had a bruise on his arm and was afraid.",
    "danger": "The social worker and Kai's grandmother are worried that Mr. Tsosie may push or "
              "hit Kai again when he is angry in the evening, and Kai could be hurt and scared.",
    "goal": "Kai's family and the agency will know Kai is safe when his father stays calm and "
            "calls Kai's grandmother whenever he is angry, every evening for the next six months.",
    "plan": "When Mr. Tsosie feels angry he will call Kai's grandmother, who will come within "
            "an hour and stay until he is calm.",
    "question": "What has helped you keep Kai safe on the evenings when things were hard?",
    "reflection": "I noticed how a knock on the door can frighten a family. Next time I will "
                  "explain why I came, ask what they want me to know, and slow down.",
}


@dataclass(frozen=True)
class Task:
    assignment: str
    grade_id: str
    kind: str  # "statement" or "reflection"
    exercise: str
    points: float


def _manual_tasks(root: Path) -> list[Task]:
    """Manual tasks in the source notebooks, each with the writing set just above it."""
    from soplab.engine.items import load_bank

    bank = load_bank(root)
    found = []
    for path in sorted((root / "source").glob("*/*.ipynb")):
        nb = nbformat.read(str(path), as_version=4)
        last_set = None
        for cell in nb.cells:
            if "soplab-widget" in cell.metadata.get("tags", []):
                last_set = cell.source.split('show("')[-1].split('"')[0]
            meta = cell.metadata.get("nbgrader", {})
            if not meta.get("task") or last_set not in bank.exercises:
                continue
            ex = bank.exercises[last_set]
            labels = {item.label for item in bank.items_for(last_set)}
            if ex.widget != "text":
                continue
            kind = "reflection" if labels == {"reflection"} else \
                "statement" if labels & set(STATEMENT_KINDS) else None
            if kind:
                found.append(Task(path.parent.name, meta["grade_id"], kind, last_set,
                                  float(meta["points"])))
    return found


def _pick(tasks: list[Task]) -> list[Task]:
    """A statement task and a reflection task, from one assignment when one has both."""
    for assignment in dict.fromkeys(t.assignment for t in tasks):
        here = {t.kind: t for t in tasks if t.assignment == assignment}
        if {"statement", "reflection"} <= set(here):
            return [here["statement"], here["reflection"]]
    picked = {}
    for task in tasks:
        picked.setdefault(task.kind, task)
    return list(picked.values())


def _nbgrader(course: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args, "--log-level=WARN"],
                          cwd=course, capture_output=True, text=True)
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stderr[-2000:]}"


@pytest.fixture(scope="package")
def graded_course(lab, lab_root: Path):
    """The course folder with an autograded submission holding a statement and a reflection."""
    from soplab.engine.answers import AnswerFile
    from soplab.engine.items import load_bank

    course = lab_root / "course"
    for name in ("data", "source"):
        shutil.copytree(REPO / name, course / name,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "answers"))
    tasks = _pick(_manual_tasks(course))
    assert {t.kind for t in tasks} == {"statement", "reflection"}, \
        f"the course needs a statement and a reflection graded by hand; found {tasks}"
    assignments = sorted({t.assignment for t in tasks})
    done = subprocess.run([sys.executable, "-m", "soplab", "build", *assignments], cwd=course,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    bank = load_bank(course)
    for assignment in assignments:
        folder = course / "submitted" / LEARNER / assignment
        shutil.copytree(course / "release" / assignment, folder)
        for task in (t for t in tasks if t.assignment == assignment):
            store = AnswerFile(task.exercise, folder)
            for item in bank.items_for(task.exercise):
                store.set(item.id, WRITING.get(item.label, WRITING["reflection"]))
        _nbgrader(course, "autograde", assignment, "--create")
    return course, tasks


def _grading_frame(page):
    frame = page.frame_locator("iframe").first
    frame.locator("body").wait_for()
    return frame


def _wait_saved(course: Path, tasks: list[Task], graded: dict, timeout: float = 30) -> None:
    """Formgrader saves in the background; wait until the gradebook has every hand grade."""
    from nbgrader.api import Gradebook

    deadline = time.monotonic() + timeout
    while True:
        with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
            scores = {t.grade_id: gb.find_grade(t.grade_id, t.assignment, t.assignment,
                                                LEARNER).manual_score
                      for t in tasks if t.grade_id in graded}
        if all(scores[k] == v for k, v in graded.items()) or time.monotonic() > deadline:
            return
        time.sleep(0.3)


def test_formgrader_hand_grading_reaches_the_gradebook(page, lab, graded_course):
    from nbgrader.api import Gradebook

    course, tasks = graded_course
    page.goto(lab.lab_url())
    page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
    page.get_by_role("menuitem", name="Formgrader", exact=True).click()
    frame = _grading_frame(page)
    expect(frame.get_by_text("Manage Assignments").first).to_be_visible(timeout=30_000)

    graded = {}
    for assignment in sorted({t.assignment for t in tasks}):
        frame.get_by_role("link", name="Manual Grading").click()
        frame.get_by_role("link", name=assignment, exact=True).click()
        frame.get_by_role("link", name=assignment, exact=True).click()  # the notebook
        frame.get_by_role("link", name="Submission #1").click()
        for task in (t for t in tasks if t.assignment == assignment):
            score = frame.locator(f'input.score[id="{task.grade_id}"]')
            points = task.points - 1 if task.kind == "statement" else task.points
            score.fill(f"{points:g}")
            score.press("Tab")
            comment = frame.locator(f'textarea.comment[id="{task.grade_id}-comment"]')
            comment.fill(f"Clear and specific ({task.kind}).")
            comment.press("Tab")
            graded[task.grade_id] = points
        _wait_saved(course, tasks, graded)

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for task in tasks:
            grade = gb.find_grade(task.grade_id, task.assignment, task.assignment, LEARNER)
            assert grade.manual_score == graded[task.grade_id]
            comment = gb.find_comment(task.grade_id, task.assignment, task.assignment, LEARNER)
            assert comment.manual_comment == f"Clear and specific ({task.kind})."
        for assignment in {t.assignment for t in tasks}:
            submission = gb.find_submission(assignment, LEARNER)
            hand = sum(graded[t.grade_id] for t in tasks if t.assignment == assignment)
            assert submission.score >= hand


#: A name as someone could store it with nbgrader's own tools (the course's roster import
#: refuses markup): if formgrader printed it raw, it would run as script.
HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=1\">"


def test_formgrader_shows_a_hostile_name_escaped(page, lab, graded_course, tmp_path):
    from nbgrader.api import Gradebook

    course, tasks = graded_course
    url = f"sqlite:///{course / 'gradebook.db'}"
    with Gradebook(url) as gb:
        gb.update_or_create_student(LEARNER, first_name=HOSTILE_NAME, last_name="<b>Cruz</b>")
    try:
        page.goto(lab.lab_url())
        page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
        page.get_by_role("menuitem", name="Formgrader", exact=True).click()
        frame = _grading_frame(page)
        expect(frame.get_by_text("Manage Assignments").first).to_be_visible(timeout=30_000)
        assignment = tasks[0].assignment
        frame.get_by_role("link", name="Manual Grading").click()
        frame.get_by_role("link", name=assignment, exact=True).click()
        frame.get_by_role("link", name=assignment, exact=True).click()  # the notebook
        frame.get_by_role("link", name="Submission #1").click()
        # formgrader's grading page (rendered by the formgrade template, not by script)
        header = frame.locator("li.live-notebook")
        expect(header).to_be_visible(timeout=30_000)
        header.locator(".glyphicon-eye-open").click()  # show the learner's name
        shown = header.locator("a.name-shown")
        expect(shown).to_be_visible(timeout=15_000)
        # the name is text on the page, exactly as stored; no element was made from it
        assert shown.inner_text().strip() == f"<b>Cruz</b>, {HOSTILE_NAME}"
        assert shown.locator("img, b").count() == 0
        body = frame.locator("body")
        assert body.evaluate("b => b.ownerDocument.defaultView.__pwned === undefined")
        assert body.evaluate("b => b.ownerDocument.querySelectorAll('img[src=\"x\"]').length") \
            == 0
        page.screenshot(path=str(tmp_path / "formgrader-escaped-name.png"))
    finally:
        with Gradebook(url) as gb:
            gb.update_or_create_student(LEARNER, first_name="", last_name="")
