"""Run All clicked the moment a notebook shows: the page must fill, never stay blank.

In the learner's own JupyterLab (``make lab``, default settings), each notebook is
opened in a fresh page and Run > Run All Cells is chosen as soon as its cells are on
the page, without waiting for the kernel: 20 times in all, over three assignments.
Each time, every exercise must appear (or, should the kernel be replaced under it,
the page must say so in words); the test counts the kernels the server started.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser.harness import NotebookPage, release_content, tagged_cells, release_notebook

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: (assignment, tries): 20 in all; the three where blank pages were seen.
PLAN = [("00-orientation", 7), ("03-harm-and-danger", 7), ("08-capstone", 6)]
STARTED = re.compile(r"Kernel started: ([0-9a-f-]{36})")


def _kernels_started(server) -> list[str]:
    return STARTED.findall(server.log_path.read_text(errors="replace"))


@pytest.mark.parametrize(("assignment", "tries"), PLAN, ids=[a for a, _ in PLAN])
def test_run_all_at_once_never_leaves_a_blank_page(browser, learner_lab, assignment, tries):
    expected = len(tagged_cells(release_notebook(assignment), "soplab-widget"))
    assert expected == len(release_content(assignment)["exercises"])
    path = f"{assignment}/{assignment}.ipynb"
    blank = []
    for attempt in range(tries):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        before = len(_kernels_started(learner_lab))
        try:
            page.goto(learner_lab.lab_url(path))
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
            started = time.monotonic()
            notebook = NotebookPage(page, learner_lab, path)
            notebook.menu("Run", "Run All Cells")
            try:
                page.wait_for_function(
                    """n => document.querySelectorAll('.soplab-exercise').length >= n
                        || document.querySelector('.soplab-gone')""",
                    arg=expected, timeout=120_000)
                notebook.wait_idle(120)
            except PlaywrightTimeout:
                pass
            shown = page.locator(".soplab-exercise").count()
            gone = page.locator(".soplab-gone").count()
            kernels = len(_kernels_started(learner_lab)) - before
            if shown < expected:
                blank.append(f"{assignment} try {attempt + 1}: {shown} of {expected} "
                             f"exercises, {gone} restart notes, {kernels} kernel(s) started, "
                             f"{time.monotonic() - started:.0f} s")
        finally:
            context.close()
            learner_lab.shutdown_kernels()
    assert not blank, "\n".join(blank)
