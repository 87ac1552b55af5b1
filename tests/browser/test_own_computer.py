"""Submitting from one's own computer: ``make lab`` (``soplab lab``) sets up an nbgrader
exchange for one learner, so the Assignments tab fetches, submits and fetches feedback.

The learner's half runs in the browser, in JupyterLab started as ``make lab`` starts
it. The instructor's half (collect, sealed autograde, feedback pages, release of the
feedback) runs on the same computer with the course's own library calls, the ones
``soplab demo`` uses, against the exchange that ``soplab lab`` made.
"""

from __future__ import annotations

import getpass
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.harness import REPO, LabServer, NotebookPage

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ORIENTATION = "00-orientation"
LATER = "01-sop-foundations"
COURSE = "sop-er-best-practices"
ERRORS = ("Error fetching", "does not exist", "could not be created", "Traceback")


def _answer_the_graded_part(notebook: NotebookPage) -> None:
    """Run the notebook and answer the graded part with the mouse."""
    page = notebook.page
    notebook.run_all()
    notebook.wait_idle(120)
    graded = page.locator(".soplab-set-00-how-it-works")
    graded.first.wait_for()
    for card in graded.locator(".soplab-card").all():
        card.scroll_into_view_if_needed()
        card.get_by_role("radio", name="True", exact=True).click()
        expect(card.get_by_role("status").filter(has_text="Saved.")).to_have_count(1)


def _instructor_returns_feedback(workspace: Path, course: Path) -> None:
    """What an instructor on this computer runs: build, roster, collect, autograde,
    feedback pages and ``release_feedback``, through the exchange ``soplab lab`` made."""
    from nbgrader.api import Gradebook

    from soplab.cohort import exchange
    from soplab.cohort.autograde import autograde_many
    from soplab.cohort.demo import prepare_workspace
    from soplab.cohort.feedback import generate_feedback
    from soplab.course.build import build
    from soplab.course.config import course_id, gradebook_url

    ws = prepare_workspace(REPO, course)
    assert build(ws, [ORIENTATION], progress=lambda _line: None)
    with Gradebook(gradebook_url(ws), course_id(ws)) as gradebook:
        gradebook.update_or_create_student(getpass.getuser())
        gradebook.update_or_create_assignment(ORIENTATION)
    ex_root = workspace / ".soplab" / "exchange"
    assert exchange.collect(ws, ORIENTATION, ex_root)
    for report in autograde_many(ws, [ORIENTATION], progress=False):
        assert report.graded and not report.failed, report.lines()
    pages = generate_feedback(ws, ORIENTATION)
    assert pages.pages, pages
    exchange.release_feedback(ws, ORIENTATION, ex_root)
    assert list((ex_root / COURSE / "feedback").glob("*.html"))


def test_submit_and_fetch_feedback_from_the_assignments_tab(page, tmp_path: Path, shots: Path):
    server = LabServer.start_learner(tmp_path / "workspace", tmp_path / "state")
    workspace = server.root
    try:
        shutil.rmtree(workspace / LATER)  # not fetched yet: the tab offers to fetch it
        notebook = NotebookPage(page, server, f"{ORIENTATION}/{ORIENTATION}.ipynb").open()
        _answer_the_graded_part(notebook)
        notebook.menu("Nbgrader", "Assignment List")
        panel = page.locator(".jp-MainAreaWidget:not(.lm-mod-hidden)").filter(
            has=page.locator("#released_assignments_list"))
        released = page.locator("#released_assignments_list")
        expect(released).to_contain_text(LATER, timeout=30_000)
        for error in ERRORS:
            assert error not in panel.inner_text(), panel.inner_text()

        # Fetch: the assignment comes into the workspace.
        released.locator(".list_item").filter(has_text=LATER).get_by_role(
            "button", name="Fetch").click()
        fetched = page.locator("#fetched_assignments_list")
        expect(fetched).to_contain_text(LATER, timeout=30_000)
        assert (workspace / LATER / f"{LATER}.ipynb").is_file()

        # Submit: a timestamped copy, with the answer files, lands in the exchange.
        row = fetched.locator(".list_item").filter(has_text=ORIENTATION).first
        row.get_by_role("button", name="Submit").click()
        submitted = page.locator("#submitted_assignments_list")
        expect(submitted).to_contain_text(ORIENTATION, timeout=60_000)
        inbound = list((workspace / ".soplab" / "exchange" / COURSE / "inbound").glob(
            f"*+{ORIENTATION}+*"))
        assert len(inbound) == 1, inbound
        assert (inbound[0] / "answers" / "00-how-it-works.json").is_file()
        page.screenshot(path=str(shots / "own-computer-submitted.png"))

        # Feedback: the instructor's pages come back with Fetch Feedback.
        _instructor_returns_feedback(workspace, tmp_path / "course")
        notebook.menu("Nbgrader", "Assignment List")
        button = submitted.get_by_role("button", name="Fetch Feedback")
        expect(button).to_be_enabled(timeout=60_000)
        button.click()
        expect(submitted.get_by_text("view feedback")).to_have_count(1, timeout=60_000)
        pages = list((workspace / ORIENTATION / "feedback").glob("*/*.html"))
        assert pages, "Fetch Feedback brought no page"
        assert "How this course works" in pages[0].read_text(encoding="utf-8")
    finally:
        server.stop()
