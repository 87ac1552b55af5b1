"""The notebook page around the exercises, in the learner's own JupyterLab (started as
``make lab`` starts it, JupyterLab's default settings, windowing included).

After Run All the learner lands on the first question; the header under the title
counts the whole assignment and takes the learner to each part; the checks under
*Check your work* keep up and say what is left; Validate answers in plain words,
from the toolbar and from the Assignments panel; no code, counter or prompt is on
the page; *My progress* names objectives by their titles and shows what was
submitted and what came back.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.harness import RELEASE, NotebookPage, copy_release, release_content, tagged_cells
from browser.test_accessibility import BLOCKING, _run_axe
from browser.test_learner_lab import _open

pytestmark = pytest.mark.browser

ORIENTATION = "00-orientation"
LONG = "03-harm-and-danger"
PROGRESS = "09-my-progress"
GRADED = "00-how-it-works"
PRACTICE = "00-privacy"
COURSE = "sop-er-best-practices"
#: Signs of code, of a traceback or of nbgrader's fixed phrases.
CODE = re.compile(r"\bimport\b|\w\(|\)|=|Traceback|\bError\b|passes all the tests|cell failed")

#: Where the keyboard focus is: the question, its exercise (set) and whether it shows.
_FOCUS = """() => {
    const e = document.activeElement;
    const group = e.closest('[role=radiogroup]');
    const exercise = e.closest('.soplab-exercise');
    const set = [...(exercise?.classList || [])].find(c => c.startsWith('soplab-set-'));
    const card = e.closest('.soplab-card');
    const cards = exercise ? [...exercise.querySelectorAll('.soplab-card')] : [];
    const view = e.closest('.jp-WindowedPanel-outer')?.getBoundingClientRect();
    const box = e.getBoundingClientRect();
    return {tag: e.tagName, type: e.type || '', set: set ? set.slice('soplab-set-'.length) : '',
            number: cards.indexOf(card) + 1,
            question: group ? document.getElementById(group.getAttribute('aria-labelledby'))
                .textContent : '',
            shown: !!view && box.top >= view.top && box.bottom <= view.bottom,
            status: document.querySelector('.jp-StatusBar-Widget')?.innerText || ''};
}"""


def _focus(page) -> dict:
    return page.evaluate(_FOCUS)


def _text(locator) -> str:
    """What a part of the page says (textContent: also off-screen parts, which
    JupyterLab's default windowing does not lay out)."""
    return " ".join(locator.text_content().split())


def _scroll_to(locator) -> None:
    locator.evaluate("e => e.scrollIntoView({block: 'center'})")


def _first_set(assignment: str) -> tuple[str, dict]:
    return next(iter(release_content(assignment)["exercises"].items()))


# -- landing on the first question ---------------------------------------------------------
def test_after_run_all_the_learner_lands_on_the_first_question(page, learner_lab, request):
    set_id, first = _first_set(LONG)
    notebook = _open(page, learner_lab, request, LONG)
    notebook.run_all()
    page.wait_for_function("() => document.activeElement.type === 'radio'", timeout=120_000)
    notebook.wait_idle(120)
    page.wait_for_timeout(1500)  # by now JupyterLab would have moved away again
    here = _focus(page)
    assert (here["set"], here["number"]) == (set_id, 1), here
    assert here["question"] == f"1. {first['items'][0]['prompt']}"
    assert here["shown"], here
    # JupyterLab's own idea of where the learner is: that question's cell.
    widget_cell = tagged_cells(notebook_of(LONG), "soplab-widget")[0]
    assert f"Cell {widget_cell + 1}/" in here["status"], here
    # The keyboard works from there: the arrow keys choose within the first question.
    page.keyboard.press("ArrowDown")
    assert _focus(page)["number"] == 1
    expect(page.locator(f".soplab-set-{set_id} .soplab-card").first.locator(
        "input:checked")).to_have_count(1)


def test_landing_works_with_every_windowing_mode(page, tmp_path):
    """A learner who set JupyterLab's windowing to 'full' (cells far from the view are
    taken off the page) still lands on the first question, not on one near the end."""
    from browser.harness import LabServer

    server = LabServer.start_learner(tmp_path / "workspace", tmp_path / "state")
    try:
        settings = Path(server.env["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab" / \
            "notebook-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "tracker.jupyterlab-settings").write_text(
            json.dumps({"windowingMode": "full"}), encoding="utf-8")
        set_id, _first = _first_set(LONG)
        notebook = NotebookPage(page, server, f"{LONG}/{LONG}.ipynb").open()
        notebook.run_all()
        page.wait_for_function("() => document.activeElement.type === 'radio'",
                               timeout=120_000)
        here = _focus(page)
        assert (here["set"], here["number"]) == (set_id, 1) and here["shown"], here
    finally:
        page.context.close()
        server.stop()


def notebook_of(assignment: str):
    import nbformat

    return nbformat.read(str(RELEASE / assignment / f"{assignment}.ipynb"), as_version=4)


def test_the_page_does_not_move_a_learner_who_has_started(page, learner_lab, request):
    """A learner who scrolls while the page runs stays where they are; the next Run All
    lands again, once."""
    set_id, _first = _first_set(LONG)
    notebook = _open(page, learner_lab, request, LONG)
    notebook.run_all()
    page.locator(".soplab-page").wait_for(state="attached", timeout=60_000)
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer").hover()
    page.mouse.wheel(0, 300)
    notebook.wait_idle(120)
    page.wait_for_timeout(2000)
    assert _focus(page)["set"] == "", _focus(page)

    notebook.run_all()
    page.wait_for_function("() => document.activeElement.type === 'radio'", timeout=120_000)
    notebook.wait_idle(120)
    here = _focus(page)
    assert (here["set"], here["number"]) == (set_id, 1), here
    # Then the learner works further down: the page never takes them back.
    graded = release_content(LONG)["exercises"]["03-graded-sort"]
    card = page.locator(".soplab-set-03-graded-sort .soplab-card").nth(2)
    _scroll_to(card)
    card.get_by_role("radio", name=graded["items"][2]["options"][0], exact=True).click()
    page.wait_for_timeout(2000)
    assert _focus(page)["set"] == "03-graded-sort", _focus(page)


# -- the page header ---------------------------------------------------------------------------
def test_the_header_counts_the_whole_assignment_as_the_learner_answers(page, learner_lab,
                                                                      request):
    content = release_content(ORIENTATION)["exercises"]
    graded = sum(len(s["items"]) for s in content.values() if s["kind"] != "practice")
    practice = sum(len(s["items"]) for s in content.values() if s["kind"] == "practice")
    notebook = _open(page, learner_lab, request, ORIENTATION)
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    header = page.get_by_role("navigation", name="This assignment")
    expect(header).to_have_count(1)
    line = header.locator(".soplab-page-line")
    expect(line).to_have_text(
        f"Your progress: Graded: 0 of {graded} answered · Practice: 0 of {practice} answered")
    links = header.get_by_role("link")
    expect(links).to_have_text([s["title"] for s in content.values()] + ["Check your work"])

    item = content[PRACTICE]["items"][0]
    card = notebook.exercise(content[PRACTICE]["title"]).locator(".soplab-card").first
    card.get_by_role("radio", name=item["answer"], exact=True).click()
    expect(line).to_have_text(re.compile(rf"Practice: 1 of {practice} answered$"))
    graded_card = notebook.exercise(content[GRADED]["title"]).locator(".soplab-card").first
    _scroll_to(graded_card)
    graded_card.get_by_role("radio").first.click()
    expect(line).to_have_text(re.compile(rf"Graded: 1 of {graded} answered"))
    entry = header.locator("li").filter(has_text=content[GRADED]["title"])
    expect(entry).to_contain_text(f"1 of {len(content[GRADED]['items'])} answered")

    # An outline entry takes the learner to the first question still to answer there,
    # with the keyboard alone.
    _scroll_to(header)
    header.get_by_role("link", name=content[GRADED]["title"]).focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.type === 'radio'")
    here = _focus(page)
    assert (here["set"], here["number"]) == (GRADED, 2) and here["shown"], here


# -- the live check ------------------------------------------------------------------------------
def test_the_check_says_what_is_left_and_keeps_up(page, learner_lab, request, axe_source):
    content = release_content(ORIENTATION)["exercises"]
    items = content[GRADED]["items"]
    title = content[GRADED]["title"]
    notebook = _open(page, learner_lab, request, ORIENTATION)
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    check = page.locator(".soplab-check-summary")
    expect(check).to_have_count(1)
    line = check.locator(".soplab-check-line")
    expect(line).to_have_text(f"⚠ “{title}”: 0 of {len(items)} answered. Still to answer: "
                              f"questions 1 to {len(items)}.")
    cards = notebook.exercise(title).locator(".soplab-card")
    for number in (0, 2):
        _scroll_to(cards.nth(number))
        cards.nth(number).get_by_role("radio").first.click()
    expect(line).to_have_text(f"⚠ “{title}”: 2 of {len(items)} answered. Still to answer: "
                              "questions 2, 4 and 5.")
    colour = line.evaluate("e => getComputedStyle(e.closest('.soplab-check-summary'))"
                           ".backgroundColor")

    # Go to question 2: the learner is there, keyboard focus on that question.
    _scroll_to(check)
    check.get_by_role("button", name="Go to question 2").click()
    page.wait_for_function("() => document.activeElement.type === 'radio'")
    here = _focus(page)
    assert (here["set"], here["number"]) == (GRADED, 2) and here["shown"], here
    for key in ("Space", "Tab", "Tab", "Space", "Tab", "Space"):  # 2, past 3 (answered), 4, 5
        page.keyboard.press(key)
    expect(line).to_have_text(f"✓ “{title}”: all {len(items)} answered and saved.")
    expect(check.get_by_role("button", name=re.compile("Go to question"))).to_be_hidden()
    assert line.evaluate("e => getComputedStyle(e.closest('.soplab-check-summary'))"
                         ".backgroundColor") != colour  # done looks different, not only says so
    # Check again reads the files once more and says the result once.
    _scroll_to(check)
    check.get_by_role("button", name="Check again").click()
    expect(check.get_by_role("status")).to_have_text(
        f"“{title}”: all {len(items)} answered and saved.")
    assert not CODE.search(check.inner_text())
    blocking = [f for f in _run_axe(page, axe_source) if f["ours"]
                and f["impact"] in BLOCKING]
    assert not blocking, blocking


# -- Validate ------------------------------------------------------------------------------------
def _dialog_text(page, folder: Path, name: str) -> str:
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=90_000)
    page.wait_for_function(
        "el => !/Validating|Loading|Saving/i.test(el.innerText) && "
        "el.querySelector('#validation-message')", arg=dialog.element_handle(), timeout=90_000)
    page.wait_for_timeout(300)
    dialog.locator(".jp-Dialog-content").screenshot(path=str(folder / name))
    text = " ".join(dialog.locator("#validation-message").inner_text().split())
    dialog.get_by_role("button").last.click()
    dialog.wait_for(state="detached")
    return text


def _answer_everything(folder: Path) -> None:
    content = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for set_id, body in content["exercises"].items():
        answers = {}
        for item in body["items"]:
            value = item["options"][0] if body["widget"] == "classify" else (
                "A" if body["widget"] == "scenario" else "A few plain words.")
            answers[item["id"]] = {"value": value, "changed": stamp, "changes": 1}
        (folder / "answers").mkdir(exist_ok=True)
        (folder / "answers" / f"{set_id}.json").write_text(json.dumps({
            "schema": "soplab-answers", "version": 1, "exercise": set_id, "updated": stamp,
            "answers": answers}), encoding="utf-8")


def test_validate_answers_in_plain_words(page, learner_lab, request, tmp_path, axe_source):
    """From the notebook's toolbar and from the Assignments panel: what is left, by part
    and question; then, all answered, that the learner can submit. No code, no
    'cell failed', no 'passes all the tests'."""
    # make lab's own copy of the orientation: where nbgrader's Assignments panel finds it.
    folder = learner_lab.root / ORIENTATION
    request.addfinalizer(lambda: shutil.rmtree(folder / "answers", ignore_errors=True))
    request.addfinalizer(learner_lab.shutdown_kernels)
    notebook = NotebookPage(page, learner_lab, f"{ORIENTATION}/{ORIENTATION}.ipynb").open()
    title = release_content(ORIENTATION)["exercises"][GRADED]["title"]
    page.get_by_role("button", name="Validate", exact=True).click()
    said = _dialog_text(page, tmp_path, "validate-incomplete.png")
    assert said == (f"5 graded questions still need an answer. “{title}”: 0 of 5 answered. "
                    "Still to answer: questions 1 to 5. Everything you have answered so far "
                    "is saved. Answer these, then press Validate again. Check your work at the "
                    "end of the notebook shows the same list and takes you to each question."), \
        said
    assert not CODE.search(said)
    message = page.locator("#validation-message")
    expect(message).to_have_count(0)

    # The Assignments panel: the assignment as nbgrader's exchange (the one ``soplab lab``
    # sets up in the workspace) lists it, fetched.
    outbound = learner_lab.root / ".soplab" / "exchange" / COURSE / "outbound" / ORIENTATION
    assert outbound.is_dir()
    notebook.menu("Nbgrader", "Assignment List")
    fetched = page.locator("#fetched_assignments_list")
    fetched.locator("a.assignment-notebooks-link").filter(has_text=ORIENTATION).click()
    button = fetched.get_by_role("button", name="Validate")
    expect(button).to_have_count(1)
    button.click()
    said_there = _dialog_text(page, tmp_path, "validate-panel-incomplete.png")
    assert said_there.startswith("5 graded questions still need an answer.") and \
        not CODE.search(said_there), said_there

    _answer_everything(folder)
    button.click()
    done_there = _dialog_text(page, tmp_path, "validate-panel-complete.png")
    expect(button).to_have_class(re.compile("btn-success"))  # green, as nbgrader shows success
    page.get_by_role("tab", name=re.compile(r"^00-orientation\.ipynb")).click()
    page.get_by_role("button", name="Validate", exact=True).click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for()
    page.wait_for_function("() => document.querySelector('#validation-message')")
    # The course's words (drawn by the page's style) and none of nbgrader's.
    shown = page.evaluate("""() => {
        const m = document.querySelector('#validation-message');
        const p = m.querySelector('p');
        return {before: getComputedStyle(m.firstElementChild, '::before').content,
                stock: p && p.offsetParent !== null};
    }""")
    dialog.locator(".jp-Dialog-content").screenshot(path=str(tmp_path / "validate-complete.png"))
    blocking = [f for f in _run_axe(page, axe_source) if f["impact"] in BLOCKING
                and "validation-message" in f["target"]]
    dialog.get_by_role("button").last.click()
    assert "Every graded question has an answer and is saved. You can submit when you are " \
           "ready." in shown["before"], shown
    assert shown["stock"] is False, shown  # "passes all the tests" is not shown
    assert done_there == "", done_there  # only the course's sentence, drawn by its style
    assert not blocking, blocking


# -- no code, no counters --------------------------------------------------------------------
def test_no_code_prompts_or_counters_before_or_after_run_all(page, learner_lab, request):
    content = release_content(ORIENTATION)["exercises"]
    notebook = _open(page, learner_lab, request, ORIENTATION)
    cells = page.locator(".jp-Notebook .jp-CodeCell")

    def shown() -> dict:
        return page.evaluate("""() => {
            const visible = e => e.offsetParent !== null
                && getComputedStyle(e).visibility !== 'hidden';
            const cells = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')];
            return {placeholders: cells.filter(c => [...c.querySelectorAll(
                        '.jp-InputPlaceholder, .jp-InputArea')].some(visible)).length,
                    prompts: cells.flatMap(c => [...c.querySelectorAll(
                        '.jp-InputPrompt, .jp-OutputPrompt')]).filter(visible)
                        .map(e => e.textContent.trim()).filter(Boolean),
                    text: document.querySelector('.jp-Notebook').innerText};
        }""")

    before = shown()
    assert cells.count() > 0 and before["placeholders"] == 0 and not before["prompts"], before
    assert "Nothing to change here" not in before["text"] and not re.search(
        r"\[\d*\]:", before["text"])
    notebook.run_all()
    notebook.wait_for_exercises(len(content))
    notebook.wait_idle()
    after = shown()
    assert after["placeholders"] == 0 and not after["prompts"], after
    assert not re.search(r"\[\d*\]:|from soplab|show\(", after["text"]), after["text"][:500]
    # The cells still run and show their exercises; the page still works with the keys.
    assert notebook.exercises.count() == len(content)

    # A notebook of the learner's own keeps JupyterLab's usual look.
    own = learner_lab.root / "my-notes.ipynb"
    own.write_text(json.dumps({"cells": [{"cell_type": "code", "execution_count": None,
                                          "id": "c1", "metadata": {}, "outputs": [],
                                          "source": "1 + 1"}],
                               "metadata": {"kernelspec": {"name": "python3",
                                                           "display_name": "Python 3"}},
                               "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    request.addfinalizer(lambda: own.unlink(missing_ok=True))
    mine = NotebookPage(page, learner_lab, "my-notes.ipynb").open()
    mine.menu("Run", "Run All Cells")
    mine.wait_idle()
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt").first
           ).to_have_text("[1]:")
    expect(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputArea-editor").first
           ).to_be_visible()


# -- My progress ---------------------------------------------------------------------------------
def _feedback_page(assignment: str) -> tuple[str, dict]:
    """A feedback page as the course writes it (soplab feedback's renderer)."""
    from soplab._core.paths import repo_root
    from soplab.cohort.feedback import build_feedback, render_page
    from soplab.engine.items import load_bank

    bank = load_bank(repo_root())
    values, grades = {}, {}
    for ex in bank.exercises_for(assignment):
        values[ex.id] = {i.id: i.label for i in bank.items_for(ex.id)}
        if not ex.is_practice:
            grades[f"score-{ex.id}"] = {"auto": 1.0, "manual": None, "extra": None, "max": 2.0}
    fb = build_feedback(bank, assignment, assignment, "04", values=values, grades=grades,
                        tasks={})
    return render_page(fb), fb.summary()


def test_my_progress_shows_titles_submissions_and_returned_results(page, learner_lab, request,
                                                                   axe_source, tmp_path):
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:60]
    request.addfinalizer(learner_lab.shutdown_kernels)
    home = copy_release(learner_lab.root / name,
                        ["04-goals-and-plans", "05-solution-focused-questions", PROGRESS])
    submitted = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the same day in any time zone
    stamp = submitted.strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    html, summary = _feedback_page("04-goals-and-plans")
    returned = home / "04-goals-and-plans" / "feedback" / stamp
    returned.mkdir(parents=True)
    (returned / "04-goals-and-plans.html").write_text(html, encoding="utf-8")
    cache = (learner_lab.state / "home" / ".local" / "share" / "jupyter" / "nbgrader_cache"
             / COURSE)
    for when in (submitted - timedelta(days=2), submitted):
        (cache / f"learner+04-goals-and-plans+{when.strftime('%Y-%m-%d %H:%M:%S.%f UTC')}"
         ).mkdir(parents=True, exist_ok=True)

    notebook = NotebookPage(page, learner_lab, f"{name}/{PROGRESS}/{PROGRESS}.ipynb").open()
    notebook.run_all()
    panel = page.get_by_role("region", name="My progress")
    panel.wait_for(timeout=60_000)
    notebook.wait_idle()
    # Run All brings the learner to the panel, not to the notes at the end of the page.
    page.wait_for_function("() => document.activeElement.getAttribute('aria-label') === "
                           "'My progress'", timeout=30_000)
    top = panel.evaluate("e => e.getBoundingClientRect().top - e.closest("
                         "'.jp-WindowedPanel-outer').getBoundingClientRect().top")
    assert 0 <= top < 100, top
    said = _text(panel)
    assert not re.search(r"\bLO\d\b|ORIENTATION", said), said
    assert "Goals versus plans" in said and "Solution-focused questions" in said
    graded = panel.get_by_role("table", name="Graded work")
    row = graded.get_by_role("row").filter(has_text="04 · ")
    expect(row).to_contain_text(f"{summary['points']:g} of {summary['max_points']:g} points")
    expect(row).to_contain_text(re.compile(r"Submitted 2 times; the last on 20 November 2026"))
    expect(graded.get_by_role("row").filter(has_text="05 · ")).to_contain_text(
        "Not submitted yet")
    button = page.get_by_role("button", name="Refresh my progress")
    _scroll_to(button)
    expect(button).to_be_visible()
    assert button.evaluate("b => b.scrollWidth <= b.clientWidth + 1"), "label cut short"
    _scroll_to(panel)
    panel.screenshot(path=str(tmp_path / "my-progress-panel.png"))
    blocking = [f for f in _run_axe(page, axe_source) if f["ours"]
                and f["impact"] in BLOCKING]
    assert not blocking, blocking
