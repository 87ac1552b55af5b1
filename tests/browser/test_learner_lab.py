"""The learner's own JupyterLab, started as ``make lab`` starts it, with its defaults.

No harness-only settings here: JupyterLab's default windowing (cells far from
the view are not on the page until scrolled to) and the learner configuration
that ``soplab lab`` puts in place (and adds ``--allow-root`` for, when
the tests run as root, as in CI's container).
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from browser.harness import NotebookPage, copy_release, release_content

pytestmark = pytest.mark.browser

#: A long notebook: with default windowing its last exercises start off the page.
LONG = "01-sop-foundations"
GRADED_SCENARIO = "01-graded-scale"
ORIENTATION = "00-orientation"


def _open(page, lab, request, assignment: str) -> NotebookPage:
    """A fresh copy of ``assignment`` in the learner's workspace, open in the page."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:60]
    request.addfinalizer(lab.shutdown_kernels)
    folder = copy_release(lab.root / name, [assignment])
    notebook = NotebookPage(page, lab, f"{name}/{assignment}/{assignment}.ipynb").open()
    notebook.folder = folder / assignment
    return notebook


def _bring_into_view(page, locator, tries: int = 80) -> None:
    """Scroll the notebook until ``locator`` is on the page (windowing attaches cells
    only near the view), then scroll it into view."""
    scroller = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer")
    scroller.evaluate("e => e.scrollTo(0, 0)")
    for _ in range(tries):
        if locator.count():
            locator.first.scroll_into_view_if_needed()
            return
        scroller.evaluate("e => e.scrollBy(0, e.clientHeight * 0.7)")
        page.wait_for_timeout(150)
    raise AssertionError(f"never appeared while scrolling: {locator}")


def _focus(page) -> dict:
    """Where the keyboard focus is, and the notebook's state as its status bar says it
    ("Mode: Command", "Cell 18/22"): what a key reaching the notebook would change."""
    found = page.evaluate("""() => {
        const e = document.activeElement;
        const group = e.closest('[role=radiogroup]');
        const cell = document.querySelector('.jp-Notebook .jp-Cell.jp-mod-active');
        return {type: e.type || e.tagName, label: e.parentElement?.innerText.trim() || '',
                checked: !!e.checked, group: group?.getAttribute('aria-labelledby') || '',
                question: group ? document.getElementById(
                    group.getAttribute('aria-labelledby')).innerText : '',
                code: !!cell?.classList.contains('jp-CodeCell'),
                status: document.querySelector('.jp-StatusBar-Widget')?.innerText || ''};
    }""")
    mode = re.search(r"Mode: (\w+)", found["status"])
    cell = re.search(r"Cell (\d+)/(\d+)", found["status"])
    found["mode"] = mode.group(1) if mode else ""
    found["cell"] = cell.groups() if cell else ()
    return found


def _saved(folder, set_id: str) -> dict:
    path = folder / "answers" / f"{set_id}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {item: entry["value"] for item, entry in data["answers"].items()}


def test_no_instructor_tools_for_a_learner(page, learner_lab, request):
    notebook = _open(page, learner_lab, request, ORIENTATION)
    expect(page.get_by_role("button", name="Validate", exact=True)).to_be_visible()
    notebook.menu("Nbgrader", "Assignment List")
    expect(page.locator(".lm-DockPanel-tabBar").get_by_text("Assignments")).to_be_visible()
    page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
    menu = page.locator(".lm-Menu").last
    expect(menu).to_be_visible()
    items = " ".join(menu.inner_text().split())
    page.keyboard.press("Escape")
    assert "Assignment List" in items
    for instructor in ("Formgrader", "Create", "Course List"):
        assert instructor not in items, items
    tabs = " ".join(page.locator(".jp-SideBar .lm-TabBar-tab").evaluate_all(
        "tabs => tabs.map(t => t.title + ' ' + t.innerText)"))
    for tool in ("Create Assignment", "Formgrader", "Debugger", "Extension Manager"):
        assert tool not in tabs, tabs


def test_keyboard_only_in_the_default_settings(page, learner_lab, request):
    """Tab reaches each question once; arrows and Space choose; the notebook's own
    keys (arrows, j/k, a/b, dd, m, Enter) never act while a question has focus."""
    content = release_content(LONG)["exercises"][GRADED_SCENARIO]
    items = content["items"]
    notebook = _open(page, learner_lab, request, LONG)
    notebook.run_all()
    notebook.wait_idle(120)
    exercise = notebook.exercise(content["title"])
    _bring_into_view(page, exercise)
    cards = exercise.locator(".soplab-card")
    cards.first.get_by_role("radio").first.focus()  # where a screen reader lands
    start = _focus(page)
    assert start["question"].startswith("1. ") and start["mode"] == "Command", start
    assert start["cell"] and start["code"], start

    for key in ("j", "k", "a", "b", "d", "d", "m", "ArrowLeft", "ArrowUp", "Home",
                "ArrowDown", "Shift+Enter"):
        page.keyboard.press(key)
        now = _focus(page)
        assert (now["group"], now["cell"], now["mode"], now["code"]) == (
            start["group"], start["cell"], "Command", True), (key, now)
    expect(exercise).to_have_count(1)

    picks = [(number + 1) % len(item["options"]) for number, item in enumerate(items)]
    tabs = 0
    for number, (item, pick) in enumerate(zip(items, picks, strict=True)):
        card = cards.nth(number)
        shown = [" ".join(t.split()) for t in card.locator(".soplab-option").all_inner_texts()]
        wanted = item["options"][pick]
        if number:
            page.keyboard.press("Tab")
            tabs += 1
        here = _focus(page)
        assert here["question"].startswith(f"{number + 1}. "), here
        position = shown.index(here["label"])
        while shown[position] != wanted:
            page.keyboard.press("ArrowDown")  # moves and chooses, wrapping at the end
            position = (position + 1) % len(shown)
        page.keyboard.press("Enter")
        now = _focus(page)
        assert now["label"] == wanted and now["checked"], now
        assert now["cell"] == start["cell"], now
        expect(card.get_by_role("radio", name=wanted, exact=True)).to_be_checked()
        expect(card.get_by_role("status")).to_have_text("Saved.")
    assert tabs == len(items) - 1  # one Tab stop per question, whatever the options
    want = {item["id"]: "ABCDEFGH"[pick] for item, pick in zip(items, picks, strict=True)}
    assert _saved(notebook.folder, GRADED_SCENARIO) == want


def test_a_reopened_notebook_says_how_to_see_the_answers(page, learner_lab, request, browser):
    """Saved, closed and opened again without running: a plain note at each exercise,
    no widget error; after Run All Cells the exercises come back with the answers."""
    content = release_content(ORIENTATION)["exercises"]
    practice = content["00-privacy"]
    item = practice["items"][0]
    notebook = _open(page, learner_lab, request, ORIENTATION)
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    card = notebook.exercise(practice["title"]).locator(".soplab-card").first
    card.get_by_role("radio", name=item["answer"], exact=True).click()
    expect(card.get_by_role("alert")).to_contain_text("✓ Right.")
    page.get_by_role("menuitem", name="File", exact=True).click()  # File > Save Notebook
    page.get_by_role("menuitem", name=re.compile(r"^Save Notebook\b(?! As)")).click()
    expect(page.locator(".jp-mod-dirty")).to_have_count(0)
    path = notebook.path
    folder = notebook.folder
    page.context.close()
    learner_lab.shutdown_kernels()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        again = NotebookPage(page, learner_lab, path).open()
        notes = page.locator(".jp-Notebook .soplab-rerun")
        exercise_notes = notes.filter(has_text="to see your saved answers")
        expect(exercise_notes).to_have_count(len(content))
        expect(exercise_notes.first).to_have_text(
            f"ℹ {practice['title']}: Choose Run > Run All Cells to see your saved answers.")
        # The page header and the graded check say the same in a general way.
        expect(notes).to_have_count(len(content) + 2)
        page.wait_for_timeout(1000)  # time for any widget renderer to have failed
        assert page.get_by_text("Error displaying widget").count() == 0
        assert page.get_by_text("Loading widget").count() == 0

        again.run_all()
        again.wait_for_exercises(len(content))
        again.wait_idle()
        expect(notes).to_have_count(0)
        card = again.exercise(practice["title"]).locator(".soplab-card").first
        expect(card.get_by_role("radio", name=item["answer"], exact=True)).to_be_checked()
        expect(card).to_contain_text("✓ Right.")
        assert _saved(folder, "00-privacy") == {item["id"]: item["answer"]}
    finally:
        context.close()
