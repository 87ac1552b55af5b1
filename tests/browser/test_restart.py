"""No silent loss: when the kernel behind the page is gone, the page says so at once.

In the learner's own JupyterLab (``make lab``, default settings): after Kernel >
Restart, after a kernel that is killed (and that JupyterLab restarts by itself),
and after the whole server is restarted, every exercise and the page header say
"The notebook restarted: choose Run All to bring your answers back", no question
takes a click, a key or the keyboard focus, the answer file keeps what was saved,
and Run All brings the answers back.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.harness import LabServer, NotebookPage, release_content
from browser.test_learner_lab import _open, _saved

pytestmark = pytest.mark.browser

ORIENTATION = "00-orientation"
CONTENT = release_content(ORIENTATION)["exercises"]
GRADED = "00-how-it-works"
GONE = "The notebook restarted: choose Run All to bring your answers back"
#: While the connection is lost and may still come back (a restarted server).
LOST = "The connection to the notebook is lost: until it comes back, this part takes no answers"


def _answer_true(notebook: NotebookPage) -> str:
    """Choose True for the first graded question; wait for "Saved."; its item id."""
    notebook.run_all()
    notebook.wait_for_exercises(len(CONTENT))
    notebook.wait_idle()
    card = notebook.exercise(CONTENT[GRADED]["title"]).locator(".soplab-card").first
    card.get_by_role("radio", name="True", exact=True).click()
    expect(card.get_by_role("status").filter(has_text="Saved.")).to_have_count(1)
    item = CONTENT[GRADED]["items"][0]["id"]
    assert _saved(notebook.folder, GRADED) == {item: "True"}
    return item


def _assert_retired(notebook: NotebookPage, item: str, words: str | re.Pattern = GONE) -> None:
    """Every part says the kernel is gone; a click, a key or a focus changes nothing."""
    page = notebook.page
    gone = page.locator(".soplab-exercise .soplab-gone")
    expect(gone).to_have_count(len(CONTENT), timeout=15_000)
    expect(gone.first).to_have_attribute("role", "alert")
    expect(gone.first).to_contain_text(words)
    expect(page.locator(".soplab-page .soplab-gone")).to_contain_text(words)
    # ipywidgets' red "disconnected" marks are hidden: the notice says it once, in words.
    marks = page.locator(".soplab-exercise .jupyter-widgets-disconnected").evaluate_all(
        "els => els.filter(e => getComputedStyle(e, '::before').display !== 'none').length")
    assert marks == 0

    card = notebook.exercise(CONTENT[GRADED]["title"]).locator(".soplab-card").first
    false = card.locator('input[type="radio"][value="False"]')
    box = false.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    false.focus()
    page.keyboard.press("Space")
    page.wait_for_timeout(1500)
    assert not false.is_checked()
    assert not page.evaluate("() => !!document.activeElement?.closest('.soplab-dead .soplab-card')")
    assert _saved(notebook.folder, GRADED) == {item: "True"}
    # The dead questions are inert: out of the Tab order and of what screen readers offer.
    assert card.evaluate("c => c.inert && c.getAttribute('aria-disabled') === 'true'")
    # "Go to question" in the page header does not take the focus onto them.
    link = page.locator(".soplab-page .soplab-outline a").first
    link.dispatch_event("click")
    page.wait_for_timeout(500)
    assert not page.evaluate("() => !!document.activeElement?.closest('.soplab-dead')")


def _run_all_brings_back(notebook: NotebookPage) -> None:
    page = notebook.page
    page.evaluate("() => document.querySelectorAll('.soplab-exercise')"
                  ".forEach(e => e.dataset.soplabOld = '1')")
    notebook.run_all()
    page.wait_for_function(
        "n => document.querySelectorAll('.soplab-exercise:not([data-soplab-old])').length >= n",
        arg=len(CONTENT), timeout=90_000)
    notebook.wait_idle()
    expect(page.locator(".soplab-gone")).to_have_count(0)
    card = notebook.exercise(CONTENT[GRADED]["title"]).locator(".soplab-card").first
    expect(card.get_by_role("radio", name="True", exact=True)).to_be_checked()


def _dismiss_dialogs(page) -> None:
    """JupyterLab's own "Kernel Restarting" or "Server Connection Error" dialogs."""
    dialog = page.locator(".jp-Dialog")
    for _ in range(3):
        if not dialog.count():
            return
        dialog.locator(".jp-Dialog-button").last.click()
        page.wait_for_timeout(300)


def test_after_restart_the_old_widgets_say_so_and_take_nothing(page, learner_lab, request,
                                                               shots: Path):
    notebook = _open(page, learner_lab, request, ORIENTATION)
    item = _answer_true(notebook)
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel…")).first.click()
    page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
    notice = notebook.exercise(CONTENT[GRADED]["title"]).locator(".soplab-gone")
    expect(notice).to_contain_text(GONE)
    page.locator(".jp-Notebook").click(position={"x": 5, "y": 5})  # no cell editor open
    notice.evaluate("""e => {
        const scroller = e.closest('.jp-WindowedPanel-outer');
        scroller.scrollTop += e.getBoundingClientRect().top
            - scroller.getBoundingClientRect().top - 120;
    }""")
    page.wait_for_timeout(500)
    page.screenshot(path=str(shots / "restart-message.png"))
    _assert_retired(notebook, item)
    _run_all_brings_back(notebook)


def _kernel_pid(server: LabServer, notebook: str) -> int:
    """The process of the notebook's kernel (found by its connection file's name)."""
    kernel = next(s["kernel"]["id"] for s in server.api("/api/sessions")
                  if s["path"] == notebook)
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if f"kernel-{kernel}.json" in command:
            return int(proc.name)
    raise AssertionError(f"no process for kernel {kernel}")


def test_a_killed_kernel_is_said_at_once(page, learner_lab, request):
    notebook = _open(page, learner_lab, request, ORIENTATION)
    item = _answer_true(notebook)
    os.kill(_kernel_pid(learner_lab, notebook.path), signal.SIGKILL)
    _dismiss_dialogs(page)
    _assert_retired(notebook, item)
    _dismiss_dialogs(page)


def test_a_restarted_server_is_said_too(page, tmp_path: Path):
    """The hub restarts the learner's server: the page's kernel is gone with it."""
    server = LabServer.start_learner(tmp_path / "workspace", tmp_path / "state")
    try:
        folder = server.root  # ``soplab lab`` copied release/ into its workspace
        notebook = NotebookPage(page, server,
                                f"{ORIENTATION}/{ORIENTATION}.ipynb").open()
        notebook.folder = folder / ORIENTATION
        item = _answer_true(notebook)
        server.restart()
        page.wait_for_timeout(2000)
        _dismiss_dialogs(page)
        # At once: the connection is lost; once JupyterLab finds the kernel gone (or the
        # kernel that answers is another), the restart note. Either way nothing is taken.
        _assert_retired(notebook, item, re.compile(f"{re.escape(GONE)}|{re.escape(LOST)}"))
    finally:
        server.stop()
